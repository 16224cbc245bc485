// SPDX-License-Identifier: MIT
/// @file commands.hpp The subcommands; each lives in app/commands/<name>.cpp.
#pragma once

#include "app/command.hpp"

namespace cg::app {

int run_convert(CommandContext& ctx);
int run_stats(CommandContext& ctx);

}  // namespace cg::app
