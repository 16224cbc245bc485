// SPDX-License-Identifier: MIT
#include "common/text_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "common/utf8.hpp"

namespace cg {

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

namespace {
struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

Result<std::string> slurp(std::FILE* f, const std::string& name) {
  std::string data;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  if (std::ferror(f)) return unexpected(make_diagnostic(DiagKind::io, std::string("cannot read: ") + std::strerror(errno), name));
  return data;
}
}  // namespace

const char* binary_signature(std::string_view text) {
  struct Magic {
    std::string_view bytes;
    const char* kind;
  };
  static const Magic k_magic[] = {{"\x1F\x8B", "gzip-compressed"}, {"\x89PNG", "PNG image"},
                                   {"%PDF-", "PDF"},                 {"\x7F" "ELF", "ELF executable"},
                                   {"PK\x03\x04", "zip archive"},    {"\xFF\xD8\xFF", "JPEG image"},
                                   {"BZh", "bzip2-compressed"},       {"\xFD" "7zXZ", "xz-compressed"}};
  for (const auto& m : k_magic)
    if (text.substr(0, m.bytes.size()) == m.bytes) return m.kind;
  return nullptr;
}

Result<std::string> read_text_file(const std::string& path, const TextFileOptions& options) {
  const std::string name = display_name(path);
  Result<std::string> data = std::string();
  if (path == "-") {
    data = slurp(stdin, name);
  } else {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
      return unexpected(make_diagnostic(DiagKind::io, "no such file", name));
    if (std::filesystem::is_directory(status))
      return unexpected(make_diagnostic(DiagKind::io, "is a directory, not a file", name));
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
    if (!f) return unexpected(make_diagnostic(DiagKind::io, std::string("cannot open: ") + std::strerror(errno), name));
    data = slurp(f.get(), name);
  }
  if (!data) return data;
  const std::string& text = *data;
  if (text.empty() && !options.allow_empty)
    return unexpected(make_diagnostic(DiagKind::data, "the file is empty", name));
  if (auto kind = binary_signature(text)) {
    std::string message = std::string(kind) + " data, not text";
    if (std::string_view(kind) == "gzip-compressed") message += " (decompress it first, e.g. zcat FILE | claimgraph ... -)";
    return unexpected(make_diagnostic(DiagKind::data, message, name));
  }
  if (auto nul = text.find('\0'); nul != std::string::npos && !options.allow_nul) {
    Diagnostic d = make_diagnostic(DiagKind::data, "binary data (a NUL byte), not text", name);
    d.position = position_of(text, nul);
    return unexpected(std::move(d));
  }
  if (options.require_utf8) {
    if (auto bad = utf8::find_invalid(text)) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
      Diagnostic d = make_diagnostic(DiagKind::data, std::string("invalid UTF-8 (byte ") + hex + ")", name);
      d.position = position_of(text, *bad);
      return unexpected(std::move(d));
    }
  }
  return data;
}

}  // namespace cg
