// SPDX-License-Identifier: MIT
/// @file writer.hpp Writes a Store (or quads) as Turtle, N-Triples, N-Quads, TriG or JSON-LD.
#pragma once

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/io/syntax.hpp"
#include "graph/store.hpp"

namespace cg::graph {

struct WriteOptions {
  Syntax syntax = Syntax::turtle;
  std::string target_name;  ///< for diagnostics
};

/// Writes every quad of `store`. Turtle and TriG are grouped by subject with the store's
/// prefixes. A triples-only syntax (Turtle, N-Triples) refuses a store with named graphs
/// rather than dropping them (DiagKind::data).
Result<void> write_rdf(const Store& store, std::FILE* out, const WriteOptions& options);

/// Writes to a string (tests, small outputs).
Result<std::string> write_rdf_string(const Store& store, const WriteOptions& options);

}  // namespace cg::graph
