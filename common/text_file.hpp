// SPDX-License-Identifier: MIT
/// @file text_file.hpp Reads a whole input (a file, or "-" for stdin) as checked UTF-8 text.
#pragma once

#include <string>

#include "common/diagnostic.hpp"

namespace cg {

struct TextFileOptions {
  bool allow_empty = false;  ///< an empty input is an error unless allowed
  bool require_utf8 = true;  ///< reject invalid UTF-8 with its line and column
  bool allow_nul = false;    ///< NUL is a valid character in some syntaxes (RDF literals)
};

/// Reads `path` ("-" = standard input). Errors (DiagKind::io or data) name the file: missing,
/// a directory, unreadable, empty, binary (a known binary signature such as gzip, PNG, PDF, ELF
/// or zip, or a NUL byte unless allowed), invalid UTF-8 (with line:column).
Result<std::string> read_text_file(const std::string& path, const TextFileOptions& options = {});

/// The kind of a well-known binary file ("gzip-compressed", "PNG image", …) from its first
/// bytes; nullptr for anything else.
const char* binary_signature(std::string_view text);

/// The name used in messages for `path`: "<stdin>" for "-".
std::string display_name(const std::string& path);

}  // namespace cg
