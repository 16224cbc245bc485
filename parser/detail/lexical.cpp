// SPDX-License-Identifier: MIT
#include "parser/detail/lexical.hpp"

#include <cctype>
#include <cstdio>

#include "common/utf8.hpp"

namespace cg::parser::detail {

namespace {

unsigned hex_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
  return 0;
}

// Decodes "\uXXXX" / "\UXXXXXXXX" at raw[i] (raw[i] == '\\'); returns false if not a UCHAR.
bool decode_uchar(std::string_view raw, std::size_t& i, std::string& out) {
  if (i + 1 >= raw.size()) return false;
  std::size_t n = raw[i + 1] == 'u' ? 4 : raw[i + 1] == 'U' ? 8 : 0;
  if (n == 0 || i + 2 + n > raw.size()) return false;
  char32_t cp = 0;
  for (std::size_t k = 0; k < n; ++k) cp = cp * 16 + hex_value(raw[i + 2 + k]);
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  utf8::append(out, cp);
  i += 2 + n;
  return true;
}

}  // namespace

std::size_t find_bad_uchar(std::string_view raw) {
  for (std::size_t i = 0; i + 1 < raw.size(); ++i) {
    if (raw[i] != '\\') continue;
    std::size_t n = raw[i + 1] == 'u' ? 4 : raw[i + 1] == 'U' ? 8 : 0;
    if (n == 0 || i + 2 + n > raw.size()) {
      ++i;  // an ECHAR such as \\ : skip its second character
      continue;
    }
    char32_t cp = 0;
    for (std::size_t k = 0; k < n; ++k) cp = cp * 16 + hex_value(raw[i + 2 + k]);
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += 1 + n;
  }
  return std::string_view::npos;
}

std::string decode_string(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    if (raw[i] != '\\') {
      out += raw[i++];
      continue;
    }
    if (decode_uchar(raw, i, out)) continue;
    char c = i + 1 < raw.size() ? raw[i + 1] : '\\';
    switch (c) {
      case 't': out += '\t'; break;
      case 'b': out += '\b'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'f': out += '\f'; break;
      default: out += c; break;  // \\ \" \'
    }
    i += 2;
  }
  return out;
}

std::string decode_iri(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    if (raw[i] == '\\' && decode_uchar(raw, i, out)) continue;
    out += raw[i++];
  }
  return out;
}

std::string decode_local(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) ++i;
    out += raw[i];
  }
  return out;
}

std::string encode_local(std::string_view local) {
  std::string out;
  for (std::size_t i = 0; i < local.size(); ++i) {
    char c = local[i];
    bool plain = static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') ||
                 (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':';
    bool percent = c == '%' && i + 2 < local.size() && std::isxdigit(static_cast<unsigned char>(local[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(local[i + 2]));
    bool inner = (c == '-' || c == '.') && i > 0 && i + 1 < local.size();
    if (c == '-' && i > 0) inner = true;
    if (plain || percent || inner) {
      out += c;
    } else {
      out += '\\';
      out += c;
    }
  }
  return out;
}

std::string quote_string(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: out += c; break;
    }
  }
  out += '"';
  return out;
}

std::string encode_iri(std::string_view value) {
  std::string out;
  for (char c : value) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace cg::parser::detail
