// SPDX-License-Identifier: MIT
/// @file utf8.hpp UTF-8 checks and code-point counting (no project knowledge).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cg::utf8 {

/// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t count_code_points(std::string_view text);

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
std::optional<std::size_t> find_invalid(std::string_view text);

/// Decodes the code point at `i` and advances `i`; returns U+FFFD on a bad sequence.
char32_t decode(std::string_view text, std::size_t& i);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

}  // namespace cg::utf8
