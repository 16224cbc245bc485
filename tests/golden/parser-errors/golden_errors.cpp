// SPDX-License-Identifier: MIT
/// @file golden_errors.cpp Golden tests of parser error messages: every NAME.rq (query) or NAME.ru
/// (update) in the folder is parsed; the rendered diagnostic (or "(parsed)") must equal NAME.err.
/// CG_UPDATE_GOLDEN=1 rewrites the .err files; review the diff like code.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parse.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string rendered(const fs::path& file) {
  const std::string text = read(file);
  cg::parser::ParseOptions options;
  options.source_name = file.filename().string();
  if (file.extension() == ".ru") {
    auto u = cg::parser::parse_update(text, options);
    return (u ? std::string("(parsed)") : cg::render(u.error(), text)) + "\n";
  }
  auto q = cg::parser::parse_query(text, options);
  return (q ? std::string("(parsed)") : cg::render(q.error(), text)) + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: cg_parser_golden DIR\n");
    return 2;
  }
  const bool update = std::getenv("CG_UPDATE_GOLDEN") && std::string(std::getenv("CG_UPDATE_GOLDEN")) == "1";
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(argv[1]))
    if (e.path().extension() == ".rq" || e.path().extension() == ".ru") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  std::size_t passed = 0, failed = 0;
  for (const auto& input : inputs) {
    fs::path golden = input;
    golden.replace_extension(".err");
    std::string actual = rendered(input);
    if (update) {
      std::ofstream(golden, std::ios::binary) << actual;
      ++passed;
      continue;
    }
    std::string expected = read(golden);
    if (actual == expected) {
      ++passed;
      continue;
    }
    ++failed;
    std::istringstream a(actual), b(expected);
    std::string la, lb;
    int line = 0;
    while (true) {
      ++line;
      bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
      if (!ha && !hb) break;
      if (!ha || !hb || la != lb) {
        std::printf("FAIL %s line %d\n  expected: %s\n  actual:   %s\n", golden.filename().string().c_str(),
                    line, hb ? lb.c_str() : "(end)", ha ? la.c_str() : "(end)");
        break;
      }
    }
  }
  std::printf("parser-errors: %zu passed, %zu failed, 0 skipped%s\n", passed, failed,
              update ? " (golden files rewritten)" : "");
  return failed == 0 && !inputs.empty() ? 0 : 1;
}
