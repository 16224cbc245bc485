// SPDX-License-Identifier: MIT
/// @file command.hpp What every `claimgraph` subcommand sees, and its exit codes.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"

namespace cg::app {

inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_user_error = 1;  ///< bad input, bad query, failed write
inline constexpr int k_exit_usage = 2;       ///< bad command line

struct CommandContext {
  std::vector<std::string> args;  ///< arguments after the subcommand name
  std::FILE* out = stdout;
  std::FILE* err = stderr;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
};

using CommandFn = int (*)(CommandContext&);

struct CommandInfo {
  std::string_view name;
  std::string_view summary;  ///< one line for `claimgraph --help`
  CommandFn run;
};

/// Prints "claimgraph: <rendered diagnostic>" on ctx.err; returns the exit code for its kind
/// (2 for DiagKind::usage, else 1).
int report(CommandContext& ctx, const Diagnostic& diag, std::string_view source_text = {});

}  // namespace cg::app
