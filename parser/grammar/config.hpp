// SPDX-License-Identifier: MIT
/// @file config.hpp X3 configuration shared by the grammar units: iterator, skipper (whitespace
/// and '#' comments), context type, and the small primitives every unit uses (keywords, code
/// point classes, named expectations, span recording). Only included inside parser/.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "parser/ast.hpp"

namespace cg::parser::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

/// [162] WS ::= #x20 | #x9 | #xD | #xA, plus comments: '#' to the end of the line.
struct Skipper : x3::parser<Skipper> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last) return false;
    char c = *first;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++first;
      return true;
    }
    if (c == '#') {
      while (first != last && *first != '\n' && *first != '\r') ++first;
      return true;
    }
    return false;
  }
};
inline constexpr Skipper skipper{};

using context_type = x3::phrase_parse_context<Skipper>::type;

/// Start of the text being parsed (one parse per thread at a time), for byte offsets in spans.
inline thread_local const char* t_input_begin = nullptr;

/// Binary operators seen so far in this parse. Operator chains build left-deep trees, and trees
/// deeper than a few thousand levels would exhaust the stack of whoever walks them recursively
/// (printers, checks, the engine), so parse() rejects more than k_max_operators as unsupported.
inline thread_local std::size_t t_operators = 0;
inline constexpr std::size_t k_max_operators = 4000;

/// Thrown from a semantic action for an error the grammar itself cannot word well (a wrong
/// number of arguments, an integer out of range). Caught in parse.cpp.
struct GrammarFailure {
  DiagKind kind = DiagKind::syntax;
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string message;
};

inline SourceSpan span_between(const char* first, const char* last) {
  return SourceSpan{static_cast<std::size_t>(first - t_input_begin),
                    static_cast<std::size_t>(last - first)};
}

inline SourceSpan cover(SourceSpan a, SourceSpan b) {
  std::size_t begin = std::min(a.offset, b.offset);
  std::size_t end = std::max(a.offset + a.length, b.offset + b.length);
  return SourceSpan{begin, end - begin};
}

/// on_success handler: stores the rule's source span into AST nodes derived from Located.
struct RecordSpan {
  template <class It, class Attr, class Ctx>
  void on_success(It const& first, It const& last, Attr& attr, Ctx const&) const {
    if constexpr (std::is_base_of_v<ast::Located, Attr>) attr.span = span_between(first, last);
  }
};

/// Name characters for keyword word boundaries: a keyword must not run into a name.
constexpr bool is_word_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
         u == ':' || u >= 0x80;
}

/// A keyword, matched case-insensitively and ending at a word boundary (spec 19.3). `word` is
/// upper-case.
struct Keyword : x3::parser<Keyword> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* word;
  constexpr explicit Keyword(const char* w) : word(w) {}

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    It it = first;
    for (const char* w = word; *w; ++w, ++it) {
      if (it == last) return false;
      char c = *it;
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (c != *w) return false;
    }
    if (it != last && is_word_char(*it)) return false;
    first = it;
    return true;
  }
};
constexpr Keyword kw(const char* w) { return Keyword{w}; }

/// The case-sensitive keyword 'a' (rdf:type), ending at a word boundary.
struct KeywordA : x3::parser<KeywordA> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    if (first == last || *first != 'a') return false;
    It it = first + 1;
    if (it != last && is_word_char(*it)) return false;
    first = it;
    return true;
  }
};
inline constexpr KeywordA kw_a{};

/// Decodes one code point of valid UTF-8 (the text is checked before parsing).
inline char32_t decode_at(const char* p, const char* last, int& len) {
  auto b = [&](int k) -> char32_t { return static_cast<unsigned char>(p[k]); };
  char32_t c = b(0);
  std::ptrdiff_t avail = last - p;
  if (c < 0x80) { len = 1; return c; }
  if (c >= 0xC0 && c < 0xE0 && avail >= 2) { len = 2; return ((c & 0x1F) << 6) | (b(1) & 0x3F); }
  if (c >= 0xE0 && c < 0xF0 && avail >= 3) {
    len = 3;
    return ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  }
  if (c >= 0xF0 && avail >= 4) {
    len = 4;
    return ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
  len = 1;
  return 0xFFFFFFFF;
}

/// One code point satisfying Pred (no skipping: use inside lexeme).
template <bool (*Pred)(char32_t)>
struct CodePoint : x3::parser<CodePoint<Pred>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    x3::skip_over(first, last, ctx);
    if (first == last) return false;
    int len = 1;
    char32_t c = decode_at(first, last, len);
    if (!Pred(c)) return false;
    first += len;
    return true;
  }
};

/// A parser that reports `name` when expected and missing ("expected '}' to close ...").
template <class Subject>
struct Named : x3::unary_parser<Subject, Named<Subject>> {
  using base_type = x3::unary_parser<Subject, Named<Subject>>;
  static bool const is_pass_through_unary = true;
  const char* name;
  constexpr Named(Subject const& wrapped, const char* n) : base_type(wrapped), name(n) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
template <class P>
constexpr auto named(const char* name, P const& p) {
  using subject_type = typename x3::extension::as_parser<P>::value_type;
  return Named<subject_type>{x3::as_parser(p), name};
}

/// raw_text[p]: the source text matched by p, as a std::string_view (x3::raw needs an
/// iterator_range attribute, which does not fit local attributes of semantic actions).
/// The attribute of raw_text[] (not a container, so X3 does not try to append to it).
struct TextRange {
  const char* first = nullptr;
  const char* last = nullptr;
  std::string_view view() const {
    return std::string_view(first, static_cast<std::size_t>(last - first));
  }
};
template <class Subject>
struct RawText : x3::unary_parser<Subject, RawText<Subject>> {
  using base_type = x3::unary_parser<Subject, RawText<Subject>>;
  using attribute_type = TextRange;
  static bool const has_attribute = true;
  constexpr explicit RawText(Subject const& wrapped) : base_type(wrapped) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It i = first;
    if (!this->subject.parse(i, last, ctx, rctx, x3::unused)) return false;
    if constexpr (!std::is_same_v<Attr, x3::unused_type const> &&
                  !std::is_same_v<Attr, x3::unused_type>)
      attr = TextRange{first, i};
    first = i;
    return true;
  }
};
struct RawTextGen {
  template <class P>
  constexpr auto operator[](P const& p) const {
    using subject_type = typename x3::extension::as_parser<P>::value_type;
    return RawText<subject_type>{x3::as_parser(p)};
  }
};
inline constexpr RawTextGen raw_text{};

/// located[p]: records the source span of p's match in the enclosing rule's value (when it
/// derives from ast::Located). Rules whose body has semantic actions get `unused` in X3's
/// on_success, so their spans are recorded here instead, through the rule context (_val).
template <class Subject>
struct Locate : x3::unary_parser<Subject, Locate<Subject>> {
  using base_type = x3::unary_parser<Subject, Locate<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit Locate(Subject const& wrapped) : base_type(wrapped) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It start = first;
    if (!this->subject.parse(first, last, ctx, rctx, attr)) return false;
    if constexpr (std::is_base_of_v<ast::Located, std::remove_cv_t<RCtx>>)
      rctx.span = span_between(start, first);
    return true;
  }
};
struct LocateGen {
  template <class P>
  constexpr auto operator[](P const& p) const {
    using subject_type = typename x3::extension::as_parser<P>::value_type;
    return Locate<subject_type>{x3::as_parser(p)};
  }
};
inline constexpr LocateGen located{};

// ---- character classes of SPARQL 1.1 section 19.8 ----

// ASCII classes (x3::digit and friends assert on bytes >= 0x80 in debug builds).
constexpr bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_hex(char32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool is_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char32_t c) { return is_alpha(c) || is_digit(c); }
constexpr bool is_echar(char32_t c) {
  return c == 't' || c == 'b' || c == 'n' || c == 'r' || c == 'f' || c == '\\' || c == '"' ||
         c == '\'';
}
constexpr bool is_local_esc(char32_t c) {
  switch (c) {
    case '_': case '~': case '.': case '-': case '!': case '$': case '&': case '\'': case '(':
    case ')': case '*': case '+': case ',': case ';': case '=': case '/': case '?': case '#':
    case '@': case '%':
      return true;
    default:
      return false;
  }
}

// [164] PN_CHARS_BASE
constexpr bool is_pn_chars_base(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}
// [165] PN_CHARS_U ::= PN_CHARS_BASE | '_'
constexpr bool is_pn_chars_u(char32_t c) { return is_pn_chars_base(c) || c == '_'; }
// ( PN_CHARS_U | [0-9] ): first character of VARNAME and BLANK_NODE_LABEL
constexpr bool is_pn_chars_u_or_digit(char32_t c) {
  return is_pn_chars_u(c) || (c >= '0' && c <= '9');
}
// [167] PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
constexpr bool is_pn_chars(char32_t c) {
  return is_pn_chars_u(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}
// [166] VARNAME tail ::= PN_CHARS_U | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
constexpr bool is_varname_char(char32_t c) { return is_pn_chars(c) && c != '-'; }
// [139] IRIREF body: [^<>"{}|^`\]-[#x00-#x20]
constexpr bool is_iri_char(char32_t c) {
  return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' &&
         c != '^' && c != '`' && c != '\\' && c != 0xFFFFFFFF;
}
constexpr bool is_string1_char(char32_t c) {  // [^#x27#x5C#xA#xD]
  return c != '\'' && c != '\\' && c != '\n' && c != '\r' && c != 0xFFFFFFFF;
}
constexpr bool is_string2_char(char32_t c) {  // [^#x22#x5C#xA#xD]
  return c != '"' && c != '\\' && c != '\n' && c != '\r' && c != 0xFFFFFFFF;
}
constexpr bool is_long_char(char32_t c) { return c != '\\' && c != 0xFFFFFFFF; }

}  // namespace cg::parser::grammar

namespace boost::spirit::x3 {
template <>
struct get_info<cg::parser::grammar::Keyword> {
  using result_type = std::string;
  std::string operator()(cg::parser::grammar::Keyword const& k) const {
    return std::string("'") + k.word + "'";
  }
};
template <>
struct get_info<cg::parser::grammar::KeywordA> {
  using result_type = std::string;
  std::string operator()(cg::parser::grammar::KeywordA const&) const { return "'a'"; }
};
template <class Subject>
struct get_info<cg::parser::grammar::Locate<Subject>> {
  using result_type = std::string;
  std::string operator()(cg::parser::grammar::Locate<Subject> const& p) const {
    return what(p.subject);
  }
};
template <class Subject, class Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};
template <class Subject>
struct get_info<cg::parser::grammar::Named<Subject>> {
  using result_type = std::string;
  std::string operator()(cg::parser::grammar::Named<Subject> const& n) const { return n.name; }
};
}  // namespace boost::spirit::x3
