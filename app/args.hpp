// SPDX-License-Identifier: MIT
/// @file args.hpp A small command-line option parser shared by the subcommands.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"

namespace cg::app {

struct OptionSpec {
  std::vector<std::string> names;  ///< e.g. {"-o", "--output"}; the last is the canonical key
  bool takes_value = false;
  bool repeatable = false;
};

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> values;  ///< keyed by canonical name

  bool has(const std::string& name) const { return values.count(name) != 0; }
  std::optional<std::string> get(const std::string& name) const;
  std::vector<std::string> all(const std::string& name) const;
};

/// Parses `args` ("--opt value", "--opt=value", "-o value", "--" ends options, "-" is a
/// positional). Unknown options and missing values are DiagKind::usage diagnostics.
Result<ParsedArgs> parse_args(const std::vector<std::string>& args,
                              const std::vector<OptionSpec>& specs);

struct CommandContext;

/// What a subcommand does first: parse its arguments (with -h/--help added), print `help` when
/// asked, or report a usage error. `args` is empty when the command should return `exit_code`.
struct CommandArgs {
  std::optional<ParsedArgs> args;
  int exit_code = 0;
};
CommandArgs parse_command_args(CommandContext& ctx, std::vector<OptionSpec> specs, const char* help);

}  // namespace cg::app
