// SPDX-License-Identifier: MIT
/// @file cli_support.hpp Runs `claimgraph` in-process and captures its output streams.
#pragma once

#include <string>
#include <vector>

namespace cg::test {

struct CliResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};

/// Runs claimgraph with `args` (without the program name).
CliResult run_cli(const std::vector<std::string>& args);

}  // namespace cg::test
