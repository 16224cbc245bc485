// SPDX-License-Identifier: MIT
/// @file query.hpp The query module's front door: text → AST → algebra (`prepare`), algebra →
/// results over a Dataset (`execute`), and SPARQL Update against a graph::Store.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/store.hpp"
#include "query/algebra/algebra.hpp"
#include "query/exec/dataset.hpp"

namespace cg::query {

struct PrepareOptions {
  std::string base_iri;
  std::string source_name = "query";
};

/// Parses and translates a query; the Diagnostic points into `text`.
Result<algebra::Query> prepare(std::string_view text, const PrepareOptions& options = {});
Result<algebra::Update> prepare_update(std::string_view text, const PrepareOptions& options = {});

/// Solutions of a SELECT, row-major ids decoded through the dictionary on demand.
struct Solutions {
  std::vector<std::string> vars;
  std::vector<exec::Id> ids;  ///< rows × vars.size(); 0 = unbound
  std::size_t row_count = 0;
  std::shared_ptr<exec::Dictionary> dict;
  const graph::Term* at(std::size_t row, std::size_t col) const {
    exec::Id id = ids[row * vars.size() + col];
    return id ? &dict->term(id) : nullptr;
  }
};

struct QueryResult {
  algebra::QueryForm form = algebra::QueryForm::select;
  Solutions solutions;               ///< select
  bool boolean = false;              ///< ask
  std::vector<graph::Quad> triples;  ///< construct / describe (default graph)
  bool ordered = false;              ///< the query had ORDER BY (order is significant)
  bool truncated = false;            ///< max_rows cut the result
};

struct ExecOptions {
  bool optimize = true;
  std::optional<double> timeout_seconds;
  std::optional<std::size_t> max_rows;  ///< stop after this many rows (reported as truncated)
};

/// Runs a query against a dataset (FROM/FROM NAMED narrow it). Timeouts and unsupported
/// features come back as Diagnostics.
Result<QueryResult> execute(const algebra::Query& query, const exec::Dataset& dataset,
                            const ExecOptions& options = {});

/// How LOAD reads a document into a store (the default reads local files and file: IRIs).
using LoadFn = std::function<Result<void>(graph::Store&, const std::string& iri,
                                          const std::optional<std::string>& into)>;

/// Applies every operation of the request in order; if one fails, the store is restored to its
/// state before the request (all or nothing).
Result<void> execute_update(const algebra::Update& update, graph::Store& store, const ExecOptions& options = {},
                            LoadFn load = {});

/// The S-expression of the plan the evaluator will run (BGP order chosen from counts).
std::string explain_plan(const algebra::Query& query, const exec::Dataset& dataset, bool optimize = true);

}  // namespace cg::query
