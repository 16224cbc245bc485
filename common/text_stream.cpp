// SPDX-License-Identifier: MIT
#include "common/text_stream.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "common/utf8.hpp"

namespace cg {

namespace {
/// Length of the incomplete UTF-8 sequence at the end of `s` (0 when it ends on a boundary).
std::size_t incomplete_tail(std::string_view s) {
  for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    auto c = static_cast<unsigned char>(s[s.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: keep looking for the lead
    std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}
}  // namespace

Result<TextStream> TextStream::open(const std::string& path, const TextFileOptions& options) {
  const std::string name = display_name(path);
  std::FILE* file = stdin;
  bool owned = false;
  if (path != "-") {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) return unexpected(make_diagnostic(DiagKind::io, "no such file", name));
    if (std::filesystem::is_directory(status))
      return unexpected(make_diagnostic(DiagKind::io, "is a directory, not a file", name));
    file = std::fopen(path.c_str(), "rb");
    if (!file) return unexpected(make_diagnostic(DiagKind::io, std::string("cannot open: ") + std::strerror(errno), name));
    owned = true;
  }
  TextStream stream(file, owned, name, options);
  char head[8];
  std::size_t n = std::fread(head, 1, sizeof head, file);
  stream.carry_.assign(head, n);
  if (n == 0 && std::ferror(file))
    return unexpected(make_diagnostic(DiagKind::io, std::string("cannot read: ") + std::strerror(errno), name));
  if (n == 0 && !options.allow_empty) return unexpected(make_diagnostic(DiagKind::data, "the file is empty", name));
  if (const char* kind = binary_signature(stream.carry_)) {
    std::string message = std::string(kind) + " data, not text";
    if (std::string_view(kind) == "gzip-compressed") message += " (decompress it first, e.g. zcat FILE | claimgraph ... -)";
    return unexpected(make_diagnostic(DiagKind::data, message, name));
  }
  return stream;
}

TextStream::TextStream(TextStream&& other) noexcept
    : file_(other.file_), owned_(other.owned_), name_(std::move(other.name_)), options_(other.options_),
      carry_(std::move(other.carry_)), error_(std::move(other.error_)), bytes_(other.bytes_), line_(other.line_),
      column_(other.column_), eof_(other.eof_) {
  other.file_ = nullptr;
  other.owned_ = false;
}

TextStream::~TextStream() {
  if (owned_ && file_) std::fclose(file_);
}

void TextStream::fail(DiagKind kind, std::string message, bool positioned) {
  Diagnostic d = make_diagnostic(kind, std::move(message), name_);
  if (positioned) d.position = TextPosition{line_, column_};
  error_ = std::move(d);
}

void TextStream::advance_position(std::string_view checked) {
  for (char c : checked) {
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;
    }
  }
}

std::size_t TextStream::read(char* buffer, std::size_t size) {
  if (error_ || size == 0) return 0;
  while (carry_.size() < size && !eof_) {
    std::size_t old = carry_.size();
    carry_.resize(size);
    std::size_t n = std::fread(carry_.data() + old, 1, size - old, file_);
    carry_.resize(old + n);
    if (n == 0) {
      if (std::ferror(file_)) {
        fail(DiagKind::io, std::string("cannot read: ") + std::strerror(errno), false);
        return 0;
      }
      eof_ = true;
    }
    if (n > 0) break;
  }
  if (bytes_ == 0 && carry_.empty() && !options_.allow_empty) {
    fail(DiagKind::data, "the file is empty", false);
    return 0;
  }
  std::size_t take = std::min(size, carry_.size());
  std::string_view chunk(carry_.data(), take);
  if (!eof_ || take < carry_.size()) chunk.remove_suffix(incomplete_tail(chunk));
  if (chunk.empty() && take > 0) chunk = std::string_view(carry_.data(), take);  // tiny buffer: let validation decide
  if (!options_.allow_nul) {
    if (auto nul = chunk.find('\0'); nul != std::string_view::npos) {
      advance_position(chunk.substr(0, nul));
      fail(DiagKind::data, "binary data (a NUL byte), not text", true);
      return 0;
    }
  }
  if (options_.require_utf8) {
    if (auto bad = utf8::find_invalid(chunk)) {
      advance_position(chunk.substr(0, *bad));
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(chunk[*bad]));
      fail(DiagKind::data, std::string("invalid UTF-8 (byte ") + hex + ")", true);
      return 0;
    }
  }
  advance_position(chunk);
  std::memcpy(buffer, chunk.data(), chunk.size());
  carry_.erase(0, chunk.size());
  bytes_ += chunk.size();
  return chunk.size();
}

}  // namespace cg
