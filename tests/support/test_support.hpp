// SPDX-License-Identifier: MIT
/// @file test_support.hpp Helpers shared by the tests: paths to shared data, temporary folders.
#pragma once

#include <filesystem>
#include <string>

namespace cg::test {

/// The repository root (CG_SOURCE_DIR).
std::filesystem::path source_dir();
/// ../shared beside the checkout; empty when absent (tests that need it skip).
std::filesystem::path shared_dir();
/// The W3C suites folder; empty when absent.
std::filesystem::path w3c_dir();

/// A fresh temporary folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// Writes `content` to `path` (binary) and returns the path.
std::filesystem::path write_file(const std::filesystem::path& path, const std::string& content);
/// Reads a whole file; empty string when missing.
std::string read_file(const std::filesystem::path& path);

}  // namespace cg::test
