// SPDX-License-Identifier: MIT
/// @file atomic_file.hpp Output written to a temporary file beside the target and renamed on
/// commit, so a failure never leaves half a file and an existing file stays untouched.
#pragma once

#include <cstdio>
#include <string>

#include "common/diagnostic.hpp"

namespace cg {

class AtomicFile {
 public:
  /// Opens a temporary file in the target's folder ("-" writes straight to stdout).
  /// Errors: the folder is missing, the target is a directory, no permission.
  static Result<AtomicFile> open(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();  ///< removes the temporary file unless committed

  std::FILE* stream() const { return file_; }
  /// Flushes, closes and renames onto the target. After a failure the target is untouched.
  Result<void> commit();

 private:
  AtomicFile(std::string path, std::string temp, std::FILE* file)
      : path_(std::move(path)), temp_(std::move(temp)), file_(file) {}
  std::string path_;
  std::string temp_;  ///< empty for stdout
  std::FILE* file_ = nullptr;
};

}  // namespace cg
