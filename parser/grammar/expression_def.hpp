// SPDX-License-Identifier: MIT
/// @file expression_def.hpp Expressions of SPARQL 1.1 ([69]-[72], [110]-[128]): operators by
/// precedence, built-in calls, aggregates, EXISTS, function calls.
#pragma once

#include <array>
#include <string_view>

#include "parser/grammar/actions.hpp"
#include "parser/grammar/rules.hpp"

namespace cg::parser::grammar {

struct Expression_class : RecordSpan {};
struct BrackettedExpression_class : RecordSpan {};
struct BuiltInCall_class : RecordSpan {};
struct FunctionCall_class : RecordSpan {};
struct Constraint_class : RecordSpan {};

namespace expression {

using x3::lit;

/// Arity of a built-in function ([121] BuiltInCall); max < 0: any number.
struct BuiltinSpec {
  std::string_view name;
  int min;
  int max;
};
inline constexpr std::array<BuiltinSpec, 52> k_builtins{{
    {"STR", 1, 1},        {"LANG", 1, 1},       {"LANGMATCHES", 2, 2}, {"DATATYPE", 1, 1},
    {"BOUND", 1, 1},      {"IRI", 1, 1},        {"URI", 1, 1},         {"BNODE", 0, 1},
    {"RAND", 0, 0},       {"ABS", 1, 1},        {"CEIL", 1, 1},        {"FLOOR", 1, 1},
    {"ROUND", 1, 1},      {"CONCAT", 0, -1},    {"SUBSTR", 2, 3},      {"STRLEN", 1, 1},
    {"REPLACE", 3, 4},    {"UCASE", 1, 1},      {"LCASE", 1, 1},       {"ENCODE_FOR_URI", 1, 1},
    {"CONTAINS", 2, 2},   {"STRSTARTS", 2, 2},  {"STRENDS", 2, 2},     {"STRBEFORE", 2, 2},
    {"STRAFTER", 2, 2},   {"YEAR", 1, 1},       {"MONTH", 1, 1},       {"DAY", 1, 1},
    {"HOURS", 1, 1},      {"MINUTES", 1, 1},    {"SECONDS", 1, 1},     {"TIMEZONE", 1, 1},
    {"TZ", 1, 1},         {"NOW", 0, 0},        {"UUID", 0, 0},        {"STRUUID", 0, 0},
    {"MD5", 1, 1},        {"SHA1", 1, 1},       {"SHA256", 1, 1},      {"SHA384", 1, 1},
    {"SHA512", 1, 1},     {"COALESCE", 0, -1},  {"IF", 3, 3},          {"STRLANG", 2, 2},
    {"STRDT", 2, 2},      {"SAMETERM", 2, 2},   {"ISIRI", 1, 1},       {"ISURI", 1, 1},
    {"ISBLANK", 1, 1},    {"ISLITERAL", 1, 1},  {"ISNUMERIC", 1, 1},   {"REGEX", 2, 3},
}};

inline const BuiltinSpec* find_builtin(std::string_view upper) {
  for (const auto& b : k_builtins)
    if (b.name == upper) return &b;
  return nullptr;
}

/// A built-in name as matched: upper-case, with where it was written.
struct NameAt {
  std::string name;
  SourceSpan span;
};

/// The name of a built-in function: a word ending at a word boundary (so "str:x" is a prefixed
/// name), found in k_builtins.
struct BuiltinName : x3::parser<BuiltinName> {
  using attribute_type = NameAt;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    std::string name;
    while (it != last && ((*it >= 'a' && *it <= 'z') || (*it >= 'A' && *it <= 'Z') ||
                          (*it >= '0' && *it <= '9') || *it == '_')) {
      char c = *it++;
      name += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      if (name.size() > 16) return false;
    }
    if (name.empty() || (it != last && is_word_char(*it)) || !find_builtin(name)) return false;
    if constexpr (!std::is_same_v<std::remove_cv_t<Attr>, x3::unused_type>)
      attr = NameAt{std::move(name), span_between(first, it)};
    first = it;
    return true;
  }
};
inline constexpr BuiltinName builtin_name{};

inline ast::Expression make_expr(auto node, SourceSpan span) {
  ast::Expression e;
  e.span = span;
  e.node = std::move(node);
  return e;
}

template <ast::BinaryOp Op>
inline constexpr auto binary = [](auto& ctx) {
  auto& left = x3::_val(ctx);
  auto& right = x3::_attr(ctx);
  if (++t_operators > k_max_operators) {
    throw GrammarFailure{DiagKind::unsupported, right.span.offset, right.span.length,
                         "expression with more than " + std::to_string(k_max_operators) +
                             " operators"};
  }
  SourceSpan span = cover(left.span, right.span);
  ast::BinaryExpr b;
  b.op = Op;
  b.left = std::move(left);
  b.right = std::move(right);
  left = make_expr(std::move(b), span);
};

template <ast::UnaryOp Op>
inline constexpr auto unary = [](auto& ctx) {
  ast::UnaryExpr u;
  u.op = Op;
  u.operand = std::move(x3::_attr(ctx));
  x3::_val(ctx) = make_expr(std::move(u), {});
};

template <bool Negated>
inline constexpr auto in_list = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  ast::InExpr in;
  in.negated = Negated;
  SourceSpan span = v.span;
  in.operand = std::move(v);
  in.list = std::move(x3::_attr(ctx));
  v = make_expr(std::move(in), span);
};

/// _val = the term in _attr (a Var or a literal node)
inline constexpr auto term = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  SourceSpan span = a.span;
  x3::_val(ctx) = make_expr(ast::ExprTerm(std::move(a)), span);
};
inline constexpr auto iri_term = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  SourceSpan span = std::visit([](auto const& x) { return x.span; }, a);
  x3::_val(ctx) = make_expr(act::convert_variant<ast::ExprTerm>(std::move(a)), span);
};
/// The iri already in _val becomes the function of a call with the arguments in _attr.
inline constexpr auto to_call = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  auto& t = std::get<ast::ExprTerm>(v.node);
  ast::FunctionCall call = std::move(x3::_attr(ctx));
  if (auto* i = std::get_if<ast::Iri>(&t)) call.function = std::move(*i);
  else call.function = std::get<ast::PrefixedName>(std::move(t));
  v.node = std::move(call);
};

inline constexpr auto set_distinct = [](auto& ctx) { x3::_val(ctx).distinct = true; };
inline constexpr auto set_args = [](auto& ctx) { x3::_val(ctx).args = std::move(x3::_attr(ctx)); };

/// Builds a BuiltinCall from (name, args) and checks the number of arguments.
inline constexpr auto builtin_call = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::BuiltinCall call;
  SourceSpan span = boost::fusion::at_c<0>(a).span;
  call.name = std::move(boost::fusion::at_c<0>(a).name);
  call.args = std::move(boost::fusion::at_c<1>(a));
  const BuiltinSpec* spec = find_builtin(call.name);
  auto n = static_cast<int>(call.args.size());
  if (n < spec->min || (spec->max >= 0 && n > spec->max)) {
    std::string msg = call.name + " takes ";
    if (spec->max < 0) msg += "at least " + std::to_string(spec->min);
    else if (spec->min == spec->max) msg += std::to_string(spec->min);
    else msg += std::to_string(spec->min) + " to " + std::to_string(spec->max);
    msg += spec->max == 1 && spec->min == 1 ? " argument" : " arguments";
    msg += ", not " + std::to_string(n);
    throw GrammarFailure{DiagKind::syntax, span.offset, span.length, std::move(msg)};
  }
  if (call.name == "BOUND") {
    const auto* t = std::get_if<ast::ExprTerm>(&call.args[0].node);
    if (!t || !std::holds_alternative<ast::Var>(*t)) {
      SourceSpan s = call.args[0].span;
      throw GrammarFailure{DiagKind::syntax, s.offset, s.length, "BOUND takes a variable"};
    }
  }
  x3::_val(ctx) = make_expr(std::move(call), span);
};

inline auto aggregate_start(const char* name) {
  return [name](auto& ctx) {
    ast::AggregateExpr agg;
    agg.name = name;
    x3::_val(ctx) = make_expr(std::move(agg), {});
  };
}
inline constexpr auto agg_distinct = [](auto& ctx) {
  std::get<ast::AggregateExpr>(x3::_val(ctx).node).distinct = true;
};
inline constexpr auto agg_star = [](auto& ctx) {
  std::get<ast::AggregateExpr>(x3::_val(ctx).node).star = true;
};
inline constexpr auto agg_arg = [](auto& ctx) {
  std::get<ast::AggregateExpr>(x3::_val(ctx).node).args.push_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto agg_separator = [](auto& ctx) {
  std::get<ast::AggregateExpr>(x3::_val(ctx).node).separator = std::move(x3::_attr(ctx));
};

template <bool Negated>
inline constexpr auto exists = [](auto& ctx) {
  ast::ExistsExpr e;
  e.negated = Negated;
  e.pattern = std::move(x3::_attr(ctx));
  x3::_val(ctx) = make_expr(std::move(e), {});
};

}  // namespace expression

// ---- local rules ----
x3::rule<struct ConditionalAndExpression_class, ast::Expression> const ConditionalAndExpression =
    "expression";
x3::rule<struct RelationalExpression_class, ast::Expression> const RelationalExpression =
    "expression";
x3::rule<struct AdditiveExpression_class, ast::Expression> const AdditiveExpression = "expression";
x3::rule<struct AdditiveSignedTail_class, ast::Expression> const AdditiveSignedTail = "expression";
x3::rule<struct MultiplicativeExpression_class, ast::Expression> const MultiplicativeExpression =
    "expression";
x3::rule<struct UnaryExpression_class, ast::Expression> const UnaryExpression = "expression";
x3::rule<struct PrimaryExpression_class, ast::Expression> const PrimaryExpression = "expression";
x3::rule<struct ExpressionList_class, std::vector<ast::Expression>> const ExpressionList =
    "expression list '( ... )'";
x3::rule<struct ArgList_class, ast::FunctionCall> const ArgList = "argument list";
x3::rule<struct Aggregate_class, ast::Expression> const Aggregate = "aggregate";
x3::rule<struct iriOrFunction_class, ast::Expression> const iriOrFunction = "IRI or function call";
x3::rule<struct SignedNumber_class, ast::NumericLiteral> const SignedNumber = "signed number";

struct ConditionalAndExpression_class : RecordSpan {};
struct RelationalExpression_class : RecordSpan {};
struct AdditiveExpression_class : RecordSpan {};
struct AdditiveSignedTail_class : RecordSpan {};
struct MultiplicativeExpression_class : RecordSpan {};
struct UnaryExpression_class : RecordSpan {};
struct PrimaryExpression_class : RecordSpan {};
struct ExpressionList_class : RecordSpan {};
struct ArgList_class : RecordSpan {};
struct Aggregate_class : RecordSpan {};
struct iriOrFunction_class : RecordSpan {};
struct SignedNumber_class : RecordSpan {};

using x3::lit;
namespace ex = expression;

// [110] Expression ::= ConditionalOrExpression
// [111] ConditionalOrExpression ::= ConditionalAndExpression ( '||' ConditionalAndExpression )*
auto const Expression_def = located[ConditionalAndExpression[act::assign] >>
                            *(lit("||") > ConditionalAndExpression[ex::binary<ast::BinaryOp::or_>])];

// [112] ConditionalAndExpression ::= ValueLogical ( '&&' ValueLogical )*
// [113] ValueLogical ::= RelationalExpression
auto const ConditionalAndExpression_def =
    located[RelationalExpression[act::assign] >>
    *(lit("&&") > RelationalExpression[ex::binary<ast::BinaryOp::and_>])];

// [114] RelationalExpression ::= NumericExpression ( '=' NumericExpression | '!=' NumericExpression
//   | '<' NumericExpression | '>' NumericExpression | '<=' NumericExpression
//   | '>=' NumericExpression | 'IN' ExpressionList | 'NOT' 'IN' ExpressionList )?
// [115] NumericExpression ::= AdditiveExpression
// (Longest token first: "?x<?a&&?b>?y" holds the IRIREF <?a&&?b>, so '<' is not less-than.)
auto const RelationalExpression_def =
    located[AdditiveExpression[act::assign] >>
    -((lit('=') > AdditiveExpression[ex::binary<ast::BinaryOp::eq>]) |
      (lit("!=") > AdditiveExpression[ex::binary<ast::BinaryOp::ne>]) |
      ((!IRIREF >> lit("<=")) > AdditiveExpression[ex::binary<ast::BinaryOp::le>]) |
      (lit(">=") > AdditiveExpression[ex::binary<ast::BinaryOp::ge>]) |
      ((!IRIREF >> lit('<')) > AdditiveExpression[ex::binary<ast::BinaryOp::lt>]) |
      (lit('>') > AdditiveExpression[ex::binary<ast::BinaryOp::gt>]) |
      (kw("IN") > ExpressionList[ex::in_list<false>]) |
      ((kw("NOT") >> kw("IN")) > ExpressionList[ex::in_list<true>]))];

// [116] AdditiveExpression ::= MultiplicativeExpression ( '+' MultiplicativeExpression
//   | '-' MultiplicativeExpression | ( NumericLiteralPositive | NumericLiteralNegative )
//     ( ( '*' UnaryExpression ) | ( '/' UnaryExpression ) )* )*
auto const AdditiveExpression_def =
    located[MultiplicativeExpression[act::assign] >>
    *(AdditiveSignedTail[ex::binary<ast::BinaryOp::add>] |
      (lit('+') > MultiplicativeExpression[ex::binary<ast::BinaryOp::add>]) |
      (lit('-') > MultiplicativeExpression[ex::binary<ast::BinaryOp::sub>]))];

// A signed number directly after an operand ("?x -1") is added, as the spec's [116] says.
auto const SignedNumber_def = located[&(lit('+') | lit('-')) >> NumericLiteral[act::assign]];
auto const AdditiveSignedTail_def =
    located[SignedNumber[ex::term] >> *((lit('*') > UnaryExpression[ex::binary<ast::BinaryOp::mul>]) |
                                (lit('/') > UnaryExpression[ex::binary<ast::BinaryOp::div>]))];

// [117] MultiplicativeExpression ::= UnaryExpression ( '*' UnaryExpression | '/' UnaryExpression )*
auto const MultiplicativeExpression_def =
    located[UnaryExpression[act::assign] >>
    *((lit('*') > UnaryExpression[ex::binary<ast::BinaryOp::mul>]) |
      (lit('/') > UnaryExpression[ex::binary<ast::BinaryOp::div>]))];

// [118] UnaryExpression ::= '!' PrimaryExpression | '+' PrimaryExpression
//   | '-' PrimaryExpression | PrimaryExpression
// (PrimaryExpression first, so "-1" is the number -1 and "-?x" is unary minus.)
auto const UnaryExpression_def =
    located[PrimaryExpression[act::assign] |
    (lit('!') > PrimaryExpression[ex::unary<ast::UnaryOp::not_>]) |
    (lit('+') > PrimaryExpression[ex::unary<ast::UnaryOp::plus>]) |
    (lit('-') > PrimaryExpression[ex::unary<ast::UnaryOp::minus>])];

// [119] PrimaryExpression ::= BrackettedExpression | BuiltInCall | iriOrFunction | RDFLiteral
//   | NumericLiteral | BooleanLiteral | Var
auto const PrimaryExpression_def =
    located[BrackettedExpression[act::assign] | BuiltInCall[act::assign] | iriOrFunction[act::assign] |
    RDFLiteral[ex::term] | NumericLiteral[ex::term] | BooleanLiteral[ex::term] | Var[ex::term]];

// [120] BrackettedExpression ::= '(' Expression ')'
auto const BrackettedExpression_def = located[lit('(') > Expression > close_paren];

// [128] iriOrFunction ::= iri ArgList?
auto const iriOrFunction_def = located[iri[ex::iri_term] >> -ArgList[ex::to_call]];

// [70] FunctionCall ::= iri ArgList
auto const FunctionCall_def = located[iri[ex::iri_term] >> ArgList[ex::to_call]];

// [71] ArgList ::= NIL | '(' 'DISTINCT'? Expression ( ',' Expression )* ')'
auto const ArgList_def =
    located[(lit('(') >> lit(')')) |
    (lit('(') > -kw("DISTINCT")[ex::set_distinct] > (Expression % ',')[ex::set_args] > close_paren)];

// [72] ExpressionList ::= NIL | '(' Expression ( ',' Expression )* ')'
auto const ExpressionList_def =
    located[(lit('(') >> lit(')'))[act::reset] | (lit('(') > (Expression % ',')[act::assign] > close_paren)];

// [69] Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall
auto const Constraint_def = located[BrackettedExpression | BuiltInCall | FunctionCall];

// [121] BuiltInCall ::= Aggregate | 'STR' '(' Expression ')' | ... | RegexExpression
//   | ExistsFunc | NotExistsFunc       (the functions with plain argument lists share one rule,
//   [122]-[124] SubstringExpression, StrReplaceExpression, RegexExpression included; the
//   number of arguments is checked per name)
// [125] ExistsFunc ::= 'EXISTS' GroupGraphPattern
// [126] NotExistsFunc ::= 'NOT' 'EXISTS' GroupGraphPattern
auto const BuiltInCall_def =
    located[Aggregate[act::assign] | (kw("EXISTS") > GroupGraphPattern[ex::exists<false>]) |
    ((kw("NOT") >> kw("EXISTS")) > GroupGraphPattern[ex::exists<true>]) |
    (ex::builtin_name > named("'(' and the arguments", ExpressionList))[ex::builtin_call]];

// [127] Aggregate ::= 'COUNT' '(' 'DISTINCT'? ( '*' | Expression ) ')'
//   | 'SUM' '(' 'DISTINCT'? Expression ')' | 'MIN' ... | 'MAX' ... | 'AVG' ... | 'SAMPLE' ...
//   | 'GROUP_CONCAT' '(' 'DISTINCT'? Expression ( ';' 'SEPARATOR' '=' String )? ')'
auto const aggregate_body = lit('(') > -kw("DISTINCT")[ex::agg_distinct] > Expression[ex::agg_arg];
auto const Aggregate_def =
    located[(kw("COUNT")[ex::aggregate_start("COUNT")] > lit('(') > -kw("DISTINCT")[ex::agg_distinct] >
     (lit('*')[ex::agg_star] | Expression[ex::agg_arg]) > close_paren) |
    (kw("SUM")[ex::aggregate_start("SUM")] > aggregate_body > close_paren) |
    (kw("MIN")[ex::aggregate_start("MIN")] > aggregate_body > close_paren) |
    (kw("MAX")[ex::aggregate_start("MAX")] > aggregate_body > close_paren) |
    (kw("AVG")[ex::aggregate_start("AVG")] > aggregate_body > close_paren) |
    (kw("SAMPLE")[ex::aggregate_start("SAMPLE")] > aggregate_body > close_paren) |
    (kw("GROUP_CONCAT")[ex::aggregate_start("GROUP_CONCAT")] > aggregate_body >
     -(lit(';') > kw("SEPARATOR") > lit('=') > String[ex::agg_separator]) > close_paren)];

BOOST_SPIRIT_DEFINE(Expression, ConditionalAndExpression, RelationalExpression, AdditiveExpression,
                    AdditiveSignedTail, SignedNumber, MultiplicativeExpression, UnaryExpression,
                    PrimaryExpression, BrackettedExpression, iriOrFunction, FunctionCall, ArgList,
                    ExpressionList, Constraint, BuiltInCall, Aggregate)

}  // namespace cg::parser::grammar
