// SPDX-License-Identifier: MIT
#include "parser/parse.hpp"

#include <cctype>
#include <exception>

#include "common/utf8.hpp"
#include "parser/check.hpp"
#include "parser/grammar/rules.hpp"

namespace cg::parser {

namespace {

namespace x3 = boost::spirit::x3;

/// Deepest bracket nesting the grammar accepts; deeper input would exhaust the stack of the
/// recursive-descent parser. Real queries stay far below this.
constexpr std::size_t k_max_nesting = 200;

/// Skips whitespace and comments from `offset` (error positions point at the next token).
std::size_t skip_blank(std::string_view text, std::size_t offset) {
  while (offset < text.size()) {
    char c = text[offset];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++offset;
    } else if (c == '#') {
      while (offset < text.size() && text[offset] != '\n' && text[offset] != '\r') ++offset;
    } else {
      break;
    }
  }
  return offset;
}

/// Length in bytes of the token at `offset`, for the caret (at least one code point).
std::size_t token_length(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return 0;
  auto is_name = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           u == '_' || u >= 0x80;
  };
  std::size_t end = offset;
  if (is_name(text[end])) {
    while (end < text.size() && is_name(text[end])) ++end;
  } else {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  return end - offset;
}

Diagnostic syntax_error(std::string_view text, std::size_t offset, std::string message,
                        const ParseOptions& options, DiagKind kind = DiagKind::syntax) {
  Diagnostic d = make_diagnostic(kind, std::move(message), options.source_name);
  d.span = SourceSpan{offset, token_length(text, offset)};
  return d;
}

/// When a parse fails at a quote, says what is wrong with the string there (a bad escape, no
/// closing quote) rather than which token was expected. nullopt when the string is fine.
std::optional<Diagnostic> string_problem(std::string_view text, std::size_t at,
                                         const ParseOptions& options) {
  if (at >= text.size() || (text[at] != '"' && text[at] != '\'')) return std::nullopt;
  const char q = text[at];
  const bool is_long = text.substr(at, 3) == std::string(3, q);
  std::size_t i = at + (is_long ? 3 : 1);
  while (i < text.size()) {
    char c = text[i];
    if (c == '\\') {
      char e = i + 1 < text.size() ? text[i + 1] : '\0';
      auto hex_ok = [&](std::size_t n) {
        if (i + 2 + n > text.size()) return false;
        for (std::size_t k = 0; k < n; ++k)
          if (!std::isxdigit(static_cast<unsigned char>(text[i + 2 + k]))) return false;
        return true;
      };
      if (std::string_view("tbnrf\\\"'").find(e) != std::string_view::npos && e != '\0') {
        i += 2;
      } else if ((e == 'u' && hex_ok(4)) || (e == 'U' && hex_ok(8))) {
        i += e == 'u' ? 6 : 10;
      } else {
        Diagnostic d = make_diagnostic(DiagKind::syntax,
                                       "invalid escape sequence in a string (allowed: \\t \\b \\n \\r "
                                       "\\f \\\\ \\\" \\' \\uXXXX \\UXXXXXXXX)",
                                       options.source_name);
        d.span = SourceSpan{i, i + 1 < text.size() ? 2u : 1u};
        return d;
      }
      continue;
    }
    if (!is_long && (c == '\n' || c == '\r')) break;
    if (c == q && (!is_long || text.substr(i, 3) == std::string(3, q))) return std::nullopt;
    ++i;
  }
  Diagnostic d = make_diagnostic(DiagKind::syntax,
                                 is_long ? "unterminated string: no closing " + std::string(3, q)
                                         : "unterminated string: no closing " + std::string(1, q) +
                                               " on this line",
                                 options.source_name);
  d.span = SourceSpan{at, 1};
  return d;
}

/// Rejects input nested deeper than k_max_nesting before the recursive parser sees it. Brackets
/// inside strings, IRIs and comments do not count; everything else does (over-counting only
/// makes the limit stricter, never looser).
std::optional<std::size_t> too_deep(std::string_view text) {
  std::size_t depth = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    char c = text[i];
    if (c == '\\') {
      ++i;  // PN_LOCAL_ESC such as ex:a\(b
    } else if (c == '#') {
      while (i < n && text[i] != '\n' && text[i] != '\r') ++i;
    } else if (c == '<') {
      std::size_t j = i + 1;
      while (j < n && static_cast<unsigned char>(text[j]) > 0x20 &&
             std::string_view("<>\"{}|^`").find(text[j]) == std::string_view::npos)
        ++j;
      if (j < n && text[j] == '>') i = j;  // an IRIREF; otherwise '<' is an operator
    } else if (c == '"' || c == '\'') {
      const bool is_long = text.substr(i, 3) == std::string(3, c);
      std::size_t j = i + (is_long ? 3 : 1);
      while (j < n) {
        if (text[j] == '\\') {
          j += 2;
          continue;
        }
        if (!is_long && (text[j] == '\n' || text[j] == '\r')) break;
        if (text[j] == c && (!is_long || text.substr(j, 3) == std::string(3, c))) {
          if (is_long) j += 2;
          break;
        }
        ++j;
      }
      i = std::min(j, n);
    } else if (c == '(' || c == '[' || c == '{') {
      if (++depth > k_max_nesting) return i;
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

template <class Attr, class Rule>
Result<Attr> run(Rule const& rule, std::string_view text, const ParseOptions& options) {
  if (auto bad = utf8::find_invalid(text)) {
    Diagnostic d = make_diagnostic(DiagKind::syntax, "invalid UTF-8", options.source_name);
    d.span = SourceSpan{*bad, 1};
    return unexpected(std::move(d));
  }
  if (auto deep = too_deep(text)) {
    return unexpected(syntax_error(text, *deep,
                                   "brackets nested more than " + std::to_string(k_max_nesting) +
                                       " deep",
                                   options, DiagKind::unsupported));
  }
  static const char k_empty[] = "";
  const char* begin = text.empty() ? k_empty : text.data();
  const char* first = begin;
  const char* last = begin + text.size();
  grammar::t_input_begin = begin;
  grammar::t_operators = 0;
  Attr attr;
  try {
    bool ok = x3::phrase_parse(first, last, rule, grammar::skipper, attr);
    if (!ok) {
      std::size_t at = skip_blank(text, static_cast<std::size_t>(first - begin));
      return unexpected(syntax_error(text, at, "unexpected input", options));
    }
  } catch (x3::expectation_failure<const char*> const& e) {
    std::size_t at = skip_blank(text, static_cast<std::size_t>(e.where() - begin));
    if (auto bad = string_problem(text, at, options)) return unexpected(std::move(*bad));
    std::string message = "expected " + e.which();
    if (at >= text.size()) {
      // Point just after the last token rather than at an empty last line.
      at = text.size();
      while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t' || text[at - 1] == '\n' ||
                        text[at - 1] == '\r'))
        --at;
      message += ", found the end of the text";
    }
    Diagnostic d = syntax_error(text, at, std::move(message), options);
    d.expected.push_back(e.which());
    return unexpected(std::move(d));
  } catch (grammar::GrammarFailure const& g) {
    Diagnostic d = make_diagnostic(g.kind, g.message, options.source_name);
    d.span = SourceSpan{g.offset, g.length};
    return unexpected(std::move(d));
  } catch (std::exception const& e) {  // e.g. std::bad_alloc: no exception leaves the parser
    return unexpected(make_diagnostic(DiagKind::internal, std::string("parser failed: ") + e.what(),
                                      options.source_name));
  }
  if (options.check) {
    auto checked = check(attr, options.source_name);
    if (!checked) return unexpected(std::move(checked).error());
  }
  return attr;
}

}  // namespace

Result<ast::Query> parse_query(std::string_view text, const ParseOptions& options) {
  return run<ast::Query>(grammar::QueryUnit, text, options);
}

Result<ast::Update> parse_update(std::string_view text, const ParseOptions& options) {
  return run<ast::Update>(grammar::UpdateUnit, text, options);
}

}  // namespace cg::parser
