// SPDX-License-Identifier: MIT
/// @file extract_common.hpp What `build` and `extract` share: the skipped-input exit code and
/// the --jobs option.
#pragma once

#include <string>
#include <thread>

#include "app/args.hpp"
#include "app/command.hpp"

namespace cg::app {

/// Exit status when the output was written but some inputs were skipped (bad files).
inline constexpr int k_exit_inputs_skipped = 3;

/// --jobs N (default 1; 0 = one per core).
inline Result<unsigned> parse_jobs(const ParsedArgs& args) {
  auto j = args.get("--jobs");
  if (!j) return 1u;
  try {
    std::size_t used = 0;
    long v = std::stol(*j, &used);
    if (used != j->size() || v < 0 || v > 1024) throw std::invalid_argument("range");
    if (v == 0) return std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(v);
  } catch (...) {
    return unexpected(make_diagnostic(DiagKind::usage, "--jobs needs a whole number from 0 to 1024, not '" + *j + "'"));
  }
}

}  // namespace cg::app
