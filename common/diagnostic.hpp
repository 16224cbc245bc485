// SPDX-License-Identifier: MIT
/// @file diagnostic.hpp Errors as data: a Diagnostic says what went wrong and where; rendering
/// happens once, at the edge (the CLI, a test).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/expected.hpp"

namespace cg {

/// A byte range into a source text.
struct SourceSpan {
  std::size_t offset = 0;
  std::size_t length = 0;
};

/// A 1-based line and column; columns count Unicode code points.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};

enum class DiagKind { syntax, semantic, unsupported, io, data, usage, internal };

std::string_view to_string(DiagKind kind);

struct Diagnostic {
  DiagKind kind = DiagKind::syntax;
  std::string message;                 ///< "expected '}' to close the group graph pattern"
  std::string source;                  ///< file name, "<stdin>", "query"; empty when none
  std::optional<SourceSpan> span;      ///< where in the source text, when the text is at hand
  std::optional<TextPosition> position;///< line/column when only those are known (e.g. from Serd)
  std::vector<std::string> expected;   ///< alternatives, for syntax errors
};

/// Line and column (code points) of a byte offset in `text`.
TextPosition position_of(std::string_view text, std::size_t offset);

/// "name:line:col: error: message" — plus the source line and a caret when `text` is given and
/// the diagnostic has a span. Never ends with a newline.
std::string render(const Diagnostic& diag, std::string_view text = {});

/// Shorthand for building diagnostics.
Diagnostic make_diagnostic(DiagKind kind, std::string message, std::string source = {});

template <class T>
using Result = Expected<T, Diagnostic>;

}  // namespace cg
