// SPDX-License-Identifier: MIT
/// @file cli.hpp The claimgraph command line: dispatches to the subcommands.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace cg::app {

/// Runs `claimgraph` with the given arguments (argv[0] is ignored); returns the exit code.
int run(int argc, char** argv);
/// The same with explicit streams, for tests.
int run(const std::vector<std::string>& args, std::FILE* out, std::FILE* err);

}  // namespace cg::app
