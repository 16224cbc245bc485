// SPDX-License-Identifier: MIT
#include "common/diagnostic.hpp"

#include "common/utf8.hpp"

namespace cg {

std::string_view to_string(DiagKind kind) {
  switch (kind) {
    case DiagKind::syntax: return "error";
    case DiagKind::semantic: return "error";
    case DiagKind::unsupported: return "unsupported";
    case DiagKind::io: return "error";
    case DiagKind::data: return "error";
    case DiagKind::usage: return "usage error";
    case DiagKind::internal: return "internal error";
  }
  return "error";
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  TextPosition pos;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      line_start = i + 1;
    }
  }
  pos.column = 1 + utf8::count_code_points(text.substr(line_start, offset - line_start));
  return pos;
}

Diagnostic make_diagnostic(DiagKind kind, std::string message, std::string source) {
  Diagnostic d;
  d.kind = kind;
  d.message = std::move(message);
  d.source = std::move(source);
  return d;
}

std::string render(const Diagnostic& diag, std::string_view text) {
  std::optional<TextPosition> pos = diag.position;
  if (diag.span && !text.empty()) pos = position_of(text, diag.span->offset);
  std::string out;
  if (!diag.source.empty()) {
    out += diag.source;
    if (pos) out += ":" + std::to_string(pos->line) + ":" + std::to_string(pos->column);
    out += ": ";
  } else if (pos) {
    out += std::to_string(pos->line) + ":" + std::to_string(pos->column) + ": ";
  }
  out += to_string(diag.kind);
  out += ": ";
  out += diag.message;
  if (!diag.expected.empty() && diag.message.find("expected") == std::string::npos) {
    out += " (expected ";
    for (std::size_t i = 0; i < diag.expected.size(); ++i) {
      if (i) out += i + 1 == diag.expected.size() ? " or " : ", ";
      out += diag.expected[i];
    }
    out += ")";
  }
  if (diag.span && !text.empty()) {
    const std::size_t off = std::min(diag.span->offset, text.size());
    const std::size_t newline = off == 0 ? std::string_view::npos : text.rfind('\n', off - 1);
    std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
    std::size_t end = std::min(text.find('\n', off), text.size());
    // Long lines (minified queries, one-line data) are shown as a window around the caret.
    constexpr std::size_t k_context = 60;
    auto is_lead = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; };
    std::string_view before = "", after = "";
    if (utf8::count_code_points(text.substr(begin, off - begin)) > k_context) {
      std::size_t i = off;
      for (std::size_t n = 0; n < k_context && i > begin;) n += is_lead(--i);
      begin = i;
      before = "…";
    }
    if (utf8::count_code_points(text.substr(off, end - off)) > k_context) {
      std::size_t i = off;
      for (std::size_t n = 0; i < end && (n < k_context || !is_lead(i)); ++i) n += is_lead(i);
      end = i;
      after = "…";
    }
    out += "\n  ";
    out += before;
    out += text.substr(begin, end - begin);
    out += after;
    out += "\n  ";
    out.append(utf8::count_code_points(before) + utf8::count_code_points(text.substr(begin, off - begin)), ' ');
    std::size_t width = diag.span->length == 0
                            ? 1
                            : utf8::count_code_points(text.substr(off, std::min(diag.span->length, end - off)));
    out.append(std::max<std::size_t>(width, 1), '^');
  }
  return out;
}

}  // namespace cg
