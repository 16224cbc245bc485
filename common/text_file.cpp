// SPDX-License-Identifier: MIT
#include "common/text_file.hpp"

#include "common/text_stream.hpp"

namespace cg {

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

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
  // The checks live in TextStream; this only collects what it hands out.
  auto stream = TextStream::open(path, options);
  if (!stream) return unexpected(std::move(stream).error());
  std::string text;
  std::string buffer(1 << 16, '\0');
  while (std::size_t n = stream->read(buffer.data(), buffer.size())) text.append(buffer.data(), n);
  if (stream->error()) return unexpected(*stream->error());
  return text;
}

}  // namespace cg
