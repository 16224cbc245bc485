// SPDX-License-Identifier: MIT
/// @file commands.hpp The subcommands; each lives in app/commands/<name>.cpp.
#pragma once

#include "app/command.hpp"

namespace cg::app {

int run_convert(CommandContext& ctx);
int run_stats(CommandContext& ctx);
int run_explain(CommandContext& ctx);
int run_query(CommandContext& ctx);
int run_update(CommandContext& ctx);
int run_build(CommandContext& ctx);
int run_extract(CommandContext& ctx);
int run_validate(CommandContext& ctx);

}  // namespace cg::app
