// SPDX-License-Identifier: MIT
/// @file evaluator.hpp Bottom-up evaluation of the SPARQL algebra over a Dataset (§18.5). Every
/// solution is a fixed-width row of term ids (one slot per variable of the query, 0 = unbound);
/// terms are decoded only inside expressions and for output.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/diagnostic.hpp"
#include "query/algebra/algebra.hpp"
#include "query/exec/dataset.hpp"

namespace cg::query::exec {

/// A bag (or sequence) of solutions, row-major.
struct Table {
  std::size_t width = 0;
  std::vector<Id> data;

  explicit Table(std::size_t w = 0) : width(w) {}
  std::size_t rows() const { return width ? data.size() / width : unit_rows; }
  const Id* row(std::size_t i) const { return data.data() + i * width; }
  Id* row(std::size_t i) { return data.data() + i * width; }
  void add(const Id* r) {
    if (width)
      data.insert(data.end(), r, r + width);
    else
      ++unit_rows;
  }
  std::size_t unit_rows = 0;  ///< row count when width == 0
};

struct EvalOptions {
  bool optimize = true;  ///< join reordering, filter push-down, index nested-loop joins
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// Thrown inside evaluation when the deadline passes; turned into a Diagnostic by run().
struct Timeout {};

class Evaluator {
 public:
  Evaluator(const Dataset& dataset, EvalOptions options = {});

  /// Assigns slots to every variable of `root` (and of any other op passed before running).
  void prepare(const algebra::Op& root);
  void prepare(const algebra::Expr& expr);
  void prepare_var(const std::string& name) { slot_of(name); }
  Result<Table> run(const algebra::Op& root);

  int slot(const std::string& name) const;
  std::size_t width() const { return names_.size(); }
  const std::vector<std::string>& names() const { return names_; }
  Dictionary& dict() { return *ds_.dict; }
  const Dataset& dataset() const { return ds_; }

  /// Evaluates an expression against one solution; nullopt = error.
  std::optional<graph::Term> eval_expr(const algebra::Expr& e, const Id* row);
  std::optional<bool> eval_ebv(const algebra::Expr& e, const Id* row);

  Table eval(const algebra::Op& op);

 private:
  friend struct FunctionContext;
  int slot_of(const std::string& name);
  void walk(const algebra::Op& op);
  void walk(const algebra::Expr& e);
  void check_deadline();

  Table eval_bgp(const std::vector<algebra::TriplePattern>& triples, const Table* seed,
                 const std::vector<const algebra::Expr*>& filters,
                 std::vector<std::size_t>* origin = nullptr);
  Table eval_path(const algebra::Op& op, const Table* seed);
  Table eval_join(const Table& a, const Table& b);
  Table eval_left_join(const Table& a, const Table& b, const std::vector<algebra::Expr>& exprs);
  Table eval_minus(const Table& a, const Table& b);
  Table eval_group(const algebra::Op& op, const Table& in);
  Table eval_order(const algebra::Op& op, Table in);
  Table eval_filter(const algebra::Op& op);
  Table eval_join_op(const algebra::Op& op);
  Table eval_graph(const algebra::Op& op);
  Table eval_values(const algebra::Op& op);
  std::optional<graph::Term> call(const algebra::Expr& e, const Id* row);
  std::optional<graph::Term> aggregate(const algebra::Expr& e, const Table& in,
                                       const std::vector<std::size_t>& rows);

  Dataset ds_;
  const GraphIndex* active_;  ///< the active graph
  EvalOptions options_;
  std::unordered_map<std::string, int> slots_;
  std::vector<std::string> names_;
  std::size_t steps_ = 0;
  std::mt19937_64 rng_;
  graph::Term now_;
  std::unordered_map<std::string, std::string> bnodes_;  ///< BNODE(str) within one solution
  std::size_t bnode_counter_ = 0;
  const Id* bnode_row_ = nullptr;
  const Id* outer_ = nullptr;  ///< the solution substituted into an EXISTS pattern
  std::string base_iri_;

 public:
  void set_base_iri(std::string base) { base_iri_ = std::move(base); }
};

/// Built-in functions over evaluated arguments (§17.4); nullopt = error.
std::optional<graph::Term> call_builtin(const std::string& name, const std::vector<graph::Term>& args,
                                        std::mt19937_64& rng, const graph::Term& now,
                                        const std::string& base_iri);

}  // namespace cg::query::exec
