// SPDX-License-Identifier: MIT
/// @file batch.hpp Runs the extraction over many input files: streaming, in input order, on
/// up to `jobs` threads. Memory stays flat: documents are read and analysed in small batches.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "extract/types.hpp"

namespace cg::extract {

struct BatchStats {
  std::size_t documents = 0;  ///< analysed
  std::size_t skipped = 0;    ///< inputs (files or JSON lines) that could not be used
  std::size_t bytes = 0;      ///< article text analysed
};

/// For each input path, each document is extracted and handed to `on_result` (in input
/// order, on the calling thread); each unusable input goes to `on_error` and the rest go on.
/// `prepare`, when given, runs on the worker thread right after extraction (e.g. to render the
/// output into Analysis::rendered), so that printing scales with the jobs too.
BatchStats run_batch(const std::vector<std::string>& paths, unsigned jobs,
                     const std::function<void(Analysis&)>& on_result,
                     const std::function<void(const Diagnostic&)>& on_error,
                     const std::function<void(Analysis&)>& prepare = {});

}  // namespace cg::extract
