// SPDX-License-Identifier: MIT
/// @file text_stream.hpp Reads a file (or "-" for stdin) in chunks, with the same checks as
/// read_text_file — missing, directory, empty, binary signature, NUL, invalid UTF-8 with its
/// line:column — without holding the whole input in memory.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "common/text_file.hpp"

namespace cg {

class TextStream {
 public:
  /// Opens and checks what can be checked up front (existence, kind, binary signature).
  static Result<TextStream> open(const std::string& path, const TextFileOptions& options = {});

  TextStream(TextStream&& other) noexcept;
  TextStream& operator=(TextStream&&) = delete;
  TextStream(const TextStream&) = delete;
  ~TextStream();

  /// Copies up to `size` bytes of checked text into `buffer`; returns 0 at the end of the input
  /// or when a check fails, after which error() says why and where.
  std::size_t read(char* buffer, std::size_t size);
  const std::optional<Diagnostic>& error() const { return error_; }
  const std::string& name() const { return name_; }
  std::size_t bytes_read() const { return bytes_; }

 private:
  TextStream(std::FILE* file, bool owned, std::string name, TextFileOptions options)
      : file_(file), owned_(owned), name_(std::move(name)), options_(options) {}
  void fail(DiagKind kind, std::string message, bool positioned);
  void advance_position(std::string_view checked);

  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::string name_;
  TextFileOptions options_;
  std::string carry_;  ///< bytes read but not yet handed out (peeked signature, split sequences)
  std::optional<Diagnostic> error_;
  std::size_t bytes_ = 0;
  std::size_t line_ = 1, column_ = 1;  ///< position of the next byte handed out
  bool eof_ = false;
};

}  // namespace cg
