// SPDX-License-Identifier: MIT
/// @file result_reader.hpp Test-only readers for expected query results: SPARQL XML (.srx),
/// JSON (.srj), TSV (.tsv), CSV (.csv, as strings) and RDF result sets (rs: vocabulary in a
/// graph), plus comparison up to blank-node renaming.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/store.hpp"
#include "graph/term.hpp"

namespace cg::test {

struct ResultTable {
  bool is_boolean = false;
  bool boolean = false;
  std::vector<std::string> vars;
  std::vector<std::vector<std::optional<graph::Term>>> rows;  ///< aligned with vars
  bool ordered = false;  ///< rs:index present (RDF result sets)
};

Result<ResultTable> read_srx(const std::string& text);
Result<ResultTable> read_srj(const std::string& text);
Result<ResultTable> read_tsv(const std::string& text);
/// CSV: every value is a plain string (CSV loses term kinds).
Result<ResultTable> read_csv(const std::string& text);
/// A result set written with the DAWG rs: vocabulary, already loaded into `store`.
std::optional<ResultTable> read_rdf_result_set(const graph::Store& store);

/// Equal up to a consistent renaming of blank nodes; `ordered` compares row order too.
/// Literals compare by term, numerics of one datatype by value, language tags case-insensitively.
bool same_results(const ResultTable& expected, const ResultTable& actual, bool ordered, std::string* why);


}  // namespace cg::test
