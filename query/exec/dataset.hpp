// SPDX-License-Identifier: MIT
/// @file dataset.hpp The evaluator's view of the store: a dense term dictionary (ids 1..n, 0 =
/// unbound) and, per graph, four sorted permutations of its triples (SPO, POS, OSP, PSO), so every
/// triple pattern is one binary search plus a contiguous scan, and counts for planning are exact.
/// Built once from a graph::Store (a snapshot: rebuild after the store changes).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/store.hpp"
#include "graph/term.hpp"

namespace cg::query::exec {

using Id = std::uint32_t;  ///< 0 = unbound

/// Term dictionary shared by datasets derived from one snapshot.
class Dictionary {
 public:
  Dictionary() { terms_.emplace_back(); }
  Id intern(const graph::Term& t);
  Id lookup(const graph::Term& t) const;  ///< 0 when absent
  const graph::Term& term(Id id) const { return terms_[id]; }
  std::size_t size() const { return terms_.size(); }

 private:
  std::vector<graph::Term> terms_;
  std::unordered_map<graph::Term, Id, graph::TermHash> ids_;
};

struct Triple {
  Id a, b, c;
  friend bool operator<(const Triple& x, const Triple& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    return x.c < y.c;
  }
  friend bool operator==(const Triple&, const Triple&) = default;
};

/// Index orders.
enum class Order { spo, pos, osp, pso };

/// One graph's triples in four orders, plus per-predicate statistics.
class GraphIndex {
 public:
  /// Takes (s,p,o) triples; sorts and removes duplicates.
  explicit GraphIndex(std::vector<Triple> spo = {});
  std::size_t size() const { return spo_.size(); }
  bool empty() const { return spo_.empty(); }

  /// Calls f(s,p,o) for each triple matching the bound (non-zero) positions; f returns false to stop.
  template <class F>
  void scan(Id s, Id p, Id o, F&& f) const;
  std::size_t count(Id s, Id p, Id o) const;
  bool contains(Id s, Id p, Id o) const;

  /// Estimated distinct subjects/objects for a predicate (0 predicate = overall).
  double distinct_subjects(Id p) const;
  double distinct_objects(Id p) const;
  const std::vector<Triple>& spo() const { return spo_; }

  /// Every subject and object (the graph's nodes), sorted, unique.
  const std::vector<Id>& nodes() const;

 private:
  std::span<const Triple> range(const std::vector<Triple>& v, Id a, Id b, Id c) const;
  std::vector<Triple> spo_, pos_, osp_, pso_;
  std::unordered_map<Id, std::pair<double, double>> pstats_;  ///< p → (distinct s, distinct o)
  double subjects_ = 0, objects_ = 0;
  mutable std::vector<Id> nodes_;
  mutable bool nodes_ready_ = false;
};

/// The RDF dataset a query runs against (§13): a default graph and named graphs.
struct Dataset {
  std::shared_ptr<Dictionary> dict;
  std::shared_ptr<const GraphIndex> default_graph;
  std::vector<std::pair<Id, std::shared_ptr<const GraphIndex>>> named;  ///< sorted by id

  const GraphIndex* named_graph(Id name) const;

  /// Snapshot of a store: its default graph and every named graph.
  static Dataset from_store(const graph::Store& store);
  /// A dataset for FROM/FROM NAMED: default = merge of `from` graphs, named = `from_named`.
  /// Graph names absent from this dataset give empty graphs.
  Dataset restrict(const std::vector<Id>& from, const std::vector<Id>& from_named) const;
};

// ---------------------------------------------------------------- template implementation

template <class F>
void GraphIndex::scan(Id s, Id p, Id o, F&& f) const {
  if (s) {
    if (o && !p) {
      for (auto& t : range(osp_, o, s, 0))
        if (!f(t.b, t.c, t.a)) return;
    } else {
      for (auto& t : range(spo_, s, p, p ? o : 0))
        if (!f(t.a, t.b, t.c)) return;
    }
  } else if (p) {
    if (o) {
      for (auto& t : range(pos_, p, o, 0))
        if (!f(t.c, t.a, t.b)) return;
    } else {
      for (auto& t : range(pso_, p, 0, 0))
        if (!f(t.b, t.a, t.c)) return;
    }
  } else if (o) {
    for (auto& t : range(osp_, o, 0, 0))
      if (!f(t.b, t.c, t.a)) return;
  } else {
    for (auto& t : spo_)
      if (!f(t.a, t.b, t.c)) return;
  }
}

}  // namespace cg::query::exec
