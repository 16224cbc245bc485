// SPDX-License-Identifier: MIT
/// @file lexical.hpp Decoding of terminals (no X3): string escapes, UCHAR in IRIs, PN_LOCAL_ESC.
#pragma once

#include <string>
#include <string_view>

namespace cg::parser::detail {

/// Decodes [160] ECHAR and UCHAR escapes of a string body (the grammar checked the syntax).
std::string decode_string(std::string_view raw);

/// Offset of the first UCHAR in `raw` that is not a Unicode scalar value (a surrogate or
/// beyond U+10FFFF), or npos.
std::size_t find_bad_uchar(std::string_view raw);

/// Decodes UCHAR escapes (\uXXXX, \UXXXXXXXX) in an IRIREF body.
std::string decode_iri(std::string_view raw);

/// Removes the backslash of [173] PN_LOCAL_ESC ("a\.b" -> "a.b"); %XX stays as written.
std::string decode_local(std::string_view raw);

/// Inverse of decode_local for printing: escapes characters PN_LOCAL cannot hold plainly.
std::string encode_local(std::string_view local);

/// Quotes and escapes a string for SPARQL output ("a\"b").
std::string quote_string(std::string_view value);

/// Escapes characters not allowed in an IRIREF body as \uXXXX for printing.
std::string encode_iri(std::string_view value);

}  // namespace cg::parser::detail
