// SPDX-License-Identifier: MIT
#include "tests/support/test_support.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace cg::test {

namespace fs = std::filesystem;

fs::path source_dir() { return CG_SOURCE_DIR; }

fs::path shared_dir() {
  if (const char* env = std::getenv("CG_SHARED_DIR"); env && *env) return env;
  fs::path p = CG_SHARED_DIR;
  std::error_code ec;
  return !p.empty() && fs::is_directory(p, ec) ? p : fs::path();
}

fs::path w3c_dir() {
  fs::path p = CG_W3C_DIR;
  std::error_code ec;
  if (!p.empty() && fs::is_directory(p, ec)) return p;
  fs::path s = shared_dir();
  if (!s.empty() && fs::is_directory(s / "w3c", ec)) return s / "w3c";
  return {};
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("cg-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return path;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace cg::test
