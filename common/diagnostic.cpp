// SPDX-License-Identifier: MIT
#include "common/diagnostic.hpp"

#include "common/utf8.hpp"

namespace cg {

std::string_view to_string(DiagKind kind) {
  switch (kind) {
    case DiagKind::syntax: return "syntax error";
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
    std::size_t off = std::min(diag.span->offset, text.size());
    std::size_t begin = text.rfind('\n', off == 0 ? 0 : off - 1);
    begin = (begin == std::string_view::npos || off == 0) ? 0 : begin + 1;
    if (off > 0 && text[off - 1] == '\n') begin = off;
    std::size_t end = text.find('\n', off);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    out += "\n  ";
    out += line;
    out += "\n  ";
    out.append(utf8::count_code_points(text.substr(begin, off - begin)), ' ');
    std::size_t width = diag.span->length == 0
                            ? 1
                            : utf8::count_code_points(text.substr(off, std::min(diag.span->length, end - off)));
    out.append(std::max<std::size_t>(width, 1), '^');
  }
  return out;
}

}  // namespace cg
