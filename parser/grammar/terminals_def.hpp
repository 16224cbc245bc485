// SPDX-License-Identifier: MIT
/// @file terminals_def.hpp Terminals of SPARQL 1.1 (section 19.8, [136]-[173]): IRIs, prefixed
/// names, blank nodes, variables, literals and numbers.
#pragma once

#include <charconv>

#include "parser/detail/lexical.hpp"
#include "parser/grammar/actions.hpp"
#include "parser/grammar/rules.hpp"

namespace cg::parser::grammar {

struct IRIREF_class : RecordSpan {};
struct iri_class : RecordSpan {};
struct PNAME_NS_class : RecordSpan {};
struct Var_class : RecordSpan {};
struct String_class : RecordSpan {};
struct RDFLiteral_class : RecordSpan {};
struct NumericLiteral_class : RecordSpan {};
struct BooleanLiteral_class : RecordSpan {};
struct BlankNode_class : RecordSpan {};
struct NIL_class : RecordSpan {};
struct INTEGER_class : RecordSpan {};
struct VarOrIri_class : RecordSpan {};
struct VarOrTerm_class : RecordSpan {};
struct DataBlockValue_class : RecordSpan {};

namespace terminals {

using x3::lexeme;
using x3::lit;

// Character classes (no skipping; only used inside lexeme[]).
inline constexpr CodePoint<is_pn_chars_base> PN_CHARS_BASE{};
inline constexpr CodePoint<is_pn_chars_u> PN_CHARS_U{};
inline constexpr CodePoint<is_pn_chars> PN_CHARS{};
inline constexpr CodePoint<is_pn_chars_u_or_digit> PN_CHARS_U_OR_DIGIT{};
inline constexpr CodePoint<is_varname_char> VARNAME_CHAR{};
inline constexpr CodePoint<is_iri_char> IRI_CHAR{};
inline constexpr CodePoint<is_string1_char> STRING1_CHAR{};
inline constexpr CodePoint<is_string2_char> STRING2_CHAR{};
inline constexpr CodePoint<is_long_char> LONG_CHAR{};

// [172] HEX ::= [0-9] | [A-F] | [a-f]
inline constexpr CodePoint<is_hex> HEX{};
inline constexpr CodePoint<is_digit> DIGIT{};
inline constexpr CodePoint<is_alpha> ALPHA{};
inline constexpr CodePoint<is_alnum> ALNUM{};
// UCHAR ::= '\u' HEX HEX HEX HEX | '\U' HEX HEX HEX HEX HEX HEX HEX HEX
auto const UCHAR = lit('\\') >> ((lit('u') >> x3::repeat(4)[HEX]) | (lit('U') >> x3::repeat(8)[HEX]));
// [160] ECHAR ::= '\' [tbnrf\"']
auto const ECHAR = lit('\\') >> CodePoint<is_echar>{};
// [171] PERCENT ::= '%' HEX HEX
auto const PERCENT = lit('%') >> HEX >> HEX;
// [173] PN_LOCAL_ESC ::= '\' ( '_' | '~' | '.' | '-' | '!' | '$' | '&' | "'" | '(' | ')' | '*'
//                              | '+' | ',' | ';' | '=' | '/' | '?' | '#' | '@' | '%' )
auto const PN_LOCAL_ESC = lit('\\') >> CodePoint<is_local_esc>{};
// [170] PLX ::= PERCENT | PN_LOCAL_ESC
auto const PLX = PERCENT | PN_LOCAL_ESC;
// [168] PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS|'.')* PN_CHARS)?
auto const PN_PREFIX = PN_CHARS_BASE >> *(PN_CHARS | (+lit('.') >> &PN_CHARS));
// [169] PN_LOCAL ::= (PN_CHARS_U | ':' | [0-9] | PLX ) ((PN_CHARS | '.' | ':' | PLX)*
//                    (PN_CHARS | ':' | PLX) )?
auto const PN_LOCAL_CHAR = PN_CHARS | lit(':') | PLX;
auto const PN_LOCAL = (PN_CHARS_U | lit(':') | DIGIT | PLX) >>
                      *(PN_LOCAL_CHAR | (+lit('.') >> &PN_LOCAL_CHAR));
// [166] VARNAME ::= ( PN_CHARS_U | [0-9] ) ( PN_CHARS_U | [0-9] | #x00B7 | [#x0300-#x036F]
//                    | [#x203F-#x2040] )*
auto const VARNAME = PN_CHARS_U_OR_DIGIT >> *VARNAME_CHAR;
// [155] EXPONENT ::= [eE] [+-]? [0-9]+
auto const EXPONENT = lit('e') | lit('E');
auto const EXPONENT_FULL = EXPONENT >> -(lit('+') | lit('-')) >> +DIGIT;
// [148] DOUBLE ::= [0-9]+ '.' [0-9]* EXPONENT | '.' ([0-9])+ EXPONENT | ([0-9])+ EXPONENT
auto const DOUBLE = (+DIGIT >> lit('.') >> *DIGIT >> EXPONENT_FULL) |
                    (lit('.') >> +DIGIT >> EXPONENT_FULL) | (+DIGIT >> EXPONENT_FULL);
// [147] DECIMAL ::= [0-9]* '.' [0-9]+
auto const DECIMAL = *DIGIT >> lit('.') >> +DIGIT;
// [146] INTEGER ::= [0-9]+
auto const INTEGER_TOKEN = +DIGIT;
auto const SIGN = -(lit('+') | lit('-'));
// [145] LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
auto const LANGTAG = lexeme[lit('@') >> raw_text[+ALPHA >> *(lit('-') >> +ALNUM)]];

// [156]-[159] string bodies
auto const STRING_LITERAL_LONG1 =
    lit("'''") >> raw_text[*(!lit("'''") >> (ECHAR | UCHAR | LONG_CHAR))] >> lit("'''");
auto const STRING_LITERAL_LONG2 =
    lit("\"\"\"") >> raw_text[*(!lit("\"\"\"") >> (ECHAR | UCHAR | LONG_CHAR))] >> lit("\"\"\"");
auto const STRING_LITERAL1 = lit('\'') >> raw_text[*(ECHAR | UCHAR | STRING1_CHAR)] >> lit('\'');
auto const STRING_LITERAL2 = lit('"') >> raw_text[*(ECHAR | UCHAR | STRING2_CHAR)] >> lit('"');

// ---- actions ----
/// Rejects \uD800 and the like: escapes must denote Unicode scalar values.
inline void check_uchars(TextRange r) {
  std::size_t bad = detail::find_bad_uchar(r.view());
  if (bad != std::string_view::npos) {
    SourceSpan s = span_between(r.first + bad, r.first + bad + 2);
    throw GrammarFailure{DiagKind::syntax, s.offset, s.length,
                         "escape sequence does not denote a Unicode character (a surrogate or "
                         "beyond U+10FFFF)"};
  }
}
inline constexpr auto make_iri = [](auto& ctx) {
  check_uchars(x3::_attr(ctx));
  x3::_val(ctx).value = detail::decode_iri(act::text_of(x3::_attr(ctx)));
};
inline constexpr auto make_pname = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.prefix = act::text_of(boost::fusion::at_c<0>(x3::_attr(ctx)));
  v.local = detail::decode_local(act::text_of(boost::fusion::at_c<1>(x3::_attr(ctx))));
};
inline constexpr auto make_var = [](auto& ctx) {
  x3::_val(ctx).name = act::text_of(x3::_attr(ctx));
};
inline constexpr auto make_string = [](auto& ctx) {
  check_uchars(x3::_attr(ctx));
  x3::_val(ctx) = detail::decode_string(act::text_of(x3::_attr(ctx)));
};
inline constexpr auto make_string_plain = [](auto& ctx) {
  x3::_val(ctx) = act::text_of(x3::_attr(ctx));
};
inline constexpr auto lit_lexical = [](auto& ctx) {
  x3::_val(ctx) = ast::Literal{};
  x3::_val(ctx).lexical = std::move(x3::_attr(ctx));
};
inline constexpr auto lit_lang = [](auto& ctx) {
  x3::_val(ctx).language = act::text_of(x3::_attr(ctx));
};
inline constexpr auto lit_datatype = [](auto& ctx) {
  x3::_val(ctx).datatype = std::move(x3::_attr(ctx));
};
template <ast::NumericLiteral::Kind K>
inline constexpr auto make_number = [](auto& ctx) {
  x3::_val(ctx).kind = K;
  x3::_val(ctx).lexical = act::text_of(x3::_attr(ctx));
};
inline constexpr auto make_integer = [](auto& ctx) {
  std::string_view r = x3::_attr(ctx).view();
  std::uint64_t value = 0;
  auto [ptr, ec] = std::from_chars(r.data(), r.data() + r.size(), value);
  if (ec != std::errc{} || ptr != r.data() + r.size()) {
    SourceSpan s = act::span_of_range(x3::_attr(ctx));
    throw GrammarFailure{DiagKind::syntax, s.offset, s.length, "integer out of range"};
  }
  x3::_val(ctx) = value;
};
template <bool B>
inline constexpr auto make_bool = [](auto& ctx) { x3::_val(ctx).value = B; };
inline constexpr auto make_bnode = [](auto& ctx) {
  x3::_val(ctx).label = act::text_of(x3::_attr(ctx));
  x3::_val(ctx).anonymous = false;
};
inline constexpr auto make_anon = [](auto& ctx) {
  x3::_val(ctx).label.clear();
  x3::_val(ctx).anonymous = true;
};
/// _val (a variant) = the alternatives of _attr (another variant)
inline constexpr auto from_iri = [](auto& ctx) {
  using T = std::decay_t<decltype(x3::_val(ctx))>;
  x3::_val(ctx) = act::convert_variant<T>(std::move(x3::_attr(ctx)));
};
inline constexpr auto term_value = [](auto& ctx) {
  x3::_val(ctx) = ast::Term(std::move(x3::_attr(ctx)));
};
inline constexpr auto term_iri = [](auto& ctx) {
  x3::_val(ctx) = act::convert_variant<ast::Term>(std::move(x3::_attr(ctx)));
};
inline constexpr auto undef = [](auto& ctx) { x3::_val(ctx) = std::nullopt; };

}  // namespace terminals

using x3::lexeme;
using x3::lit;

// [139] IRIREF ::= '<' ([^<>"{}|^`\]-[#x00-#x20])* '>'   (UCHAR escapes allowed, decoded)
auto const IRIREF_def =
    located[lexeme[lit('<') >> raw_text[*(terminals::IRI_CHAR | terminals::UCHAR)][terminals::make_iri] >> lit('>')]];

// [137] PrefixedName ::= PNAME_LN | PNAME_NS
// [140] PNAME_NS ::= PN_PREFIX? ':'      [141] PNAME_LN ::= PNAME_NS PN_LOCAL
x3::rule<struct PrefixedName_class_, ast::PrefixedName> const PrefixedName = "prefixed name";
struct PrefixedName_class_ : RecordSpan {};
auto const PrefixedName_def =
    located[lexeme[(raw_text[-terminals::PN_PREFIX] >> lit(':') >> raw_text[-terminals::PN_LOCAL])[terminals::make_pname]]];

auto const PNAME_NS_def =
    located[lexeme[raw_text[-terminals::PN_PREFIX][terminals::make_string_plain] >> lit(':')]];

// [136] iri ::= IRIREF | PrefixedName
auto const iri_def = located[IRIREF[act::assign] | PrefixedName[act::assign]];

// [108] Var ::= VAR1 | VAR2     [143] VAR1 ::= '?' VARNAME     [144] VAR2 ::= '$' VARNAME
auto const Var_def = located[lexeme[(lit('?') | lit('$')) >> raw_text[terminals::VARNAME][terminals::make_var]]];

// [135] String ::= STRING_LITERAL1 | STRING_LITERAL2 | STRING_LITERAL_LONG1 | STRING_LITERAL_LONG2
auto const String_def = located[lexeme[terminals::STRING_LITERAL_LONG1[terminals::make_string] |
                               terminals::STRING_LITERAL_LONG2[terminals::make_string] |
                               terminals::STRING_LITERAL1[terminals::make_string] |
                               terminals::STRING_LITERAL2[terminals::make_string]]];

// [129] RDFLiteral ::= String ( LANGTAG | ( '^^' iri ) )?
auto const RDFLiteral_def =
    located[String[terminals::lit_lexical] >>
    -(terminals::LANGTAG[terminals::lit_lang] | (lit("^^") > iri[terminals::lit_datatype]))];

// [130] NumericLiteral ::= NumericLiteralUnsigned | NumericLiteralPositive | NumericLiteralNegative
// [131]-[133] with INTEGER, DECIMAL, DOUBLE and their _POSITIVE / _NEGATIVE forms
auto const NumericLiteral_def = located[lexeme[
    raw_text[terminals::SIGN >> terminals::DOUBLE][terminals::make_number<ast::NumericLiteral::Kind::double_>] |
    raw_text[terminals::SIGN >> terminals::DECIMAL][terminals::make_number<ast::NumericLiteral::Kind::decimal>] |
    raw_text[terminals::SIGN >> terminals::INTEGER_TOKEN][terminals::make_number<ast::NumericLiteral::Kind::integer>]]];

// [146] INTEGER ::= [0-9]+   (LIMIT / OFFSET values)
auto const INTEGER_def = located[lexeme[raw_text[terminals::INTEGER_TOKEN][terminals::make_integer]]];

// [134] BooleanLiteral ::= 'true' | 'false'
auto const BooleanLiteral_def =
    located[kw("TRUE")[terminals::make_bool<true>] | kw("FALSE")[terminals::make_bool<false>]];

// [138] BlankNode ::= BLANK_NODE_LABEL | ANON
// [142] BLANK_NODE_LABEL ::= '_:' ( PN_CHARS_U | [0-9] ) ((PN_CHARS|'.')* PN_CHARS)?
// [163] ANON ::= '[' WS* ']'
auto const BlankNode_def =
    located[lexeme[lit("_:") >> raw_text[terminals::PN_CHARS_U_OR_DIGIT >>
                            *(terminals::PN_CHARS | (+lit('.') >> &terminals::PN_CHARS))][terminals::make_bnode]] |
    (lit('[') >> lit(']'))[terminals::make_anon]];

// [161] NIL ::= '(' WS* ')'
auto const NIL_def = located[lit('(') >> lit(')')];

// [107] VarOrIri ::= Var | iri
auto const VarOrIri_def = located[Var[act::assign] | iri[terminals::from_iri]];

// [106] VarOrTerm ::= Var | GraphTerm
// [109] GraphTerm ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | BlankNode | NIL
auto const VarOrTerm_def = located[Var[terminals::term_value] | iri[terminals::term_iri] |
                           RDFLiteral[terminals::term_value] | NumericLiteral[terminals::term_value] |
                           BooleanLiteral[terminals::term_value] | BlankNode[terminals::term_value] |
                           NIL[terminals::term_value]];

// [65] DataBlockValue ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | 'UNDEF'
auto const DataBlockValue_def = located[iri[terminals::term_iri] | RDFLiteral[terminals::term_value] |
                                NumericLiteral[terminals::term_value] |
                                BooleanLiteral[terminals::term_value] | kw("UNDEF")[terminals::undef]];

BOOST_SPIRIT_DEFINE(IRIREF, PrefixedName, PNAME_NS, iri, Var, String, RDFLiteral, NumericLiteral,
                    INTEGER, BooleanLiteral, BlankNode, NIL, VarOrIri, VarOrTerm, DataBlockValue)

}  // namespace cg::parser::grammar
