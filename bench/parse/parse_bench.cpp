// SPDX-License-Identifier: MIT
/// @file parse_bench.cpp Parse speed: every file given (W3C .rq / .ru), parsed N times (default
/// 100) with the checks on, as sparqljs parses them in the same run (run.sh). Files whose
/// expected outcome is an error are parsed too; both outcomes count as one parse.
/// Prints "files N", "parses N", "seconds S", "parses_per_second R", "failed N".
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parse.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: cg_bench_parse ROUNDS FILE...\n");
    return 2;
  }
  const int rounds = std::atoi(argv[1]);
  struct Input {
    std::string text;
    bool update;
  };
  std::vector<Input> inputs;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string name = argv[i];
    inputs.push_back({ss.str(), name.size() > 3 && name.compare(name.size() - 3, 3, ".ru") == 0});
  }
  std::size_t failed = 0, parses = 0;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (const auto& input : inputs) {
      bool ok = input.update ? cg::parser::parse_update(input.text).has_value()
                             : cg::parser::parse_query(input.text).has_value();
      if (r == 0 && !ok) ++failed;
      ++parses;
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files %zu\nparses %zu\nseconds %.3f\nparses_per_second %.0f\nfailed %zu\n",
              inputs.size(), parses, seconds, static_cast<double>(parses) / seconds, failed);
  return 0;
}
