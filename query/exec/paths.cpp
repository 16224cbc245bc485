// SPDX-License-Identifier: MIT
/// @file paths.cpp Property path evaluation (§18.4 eval of Path): links, inverses, sequences
/// and alternatives keep duplicates; `*`, `+` and `?` are set-valued (ALP with a visited set,
/// so cycles terminate). Evaluation starts from whichever end is fixed.
#include <algorithm>
#include <unordered_set>

#include "query/exec/evaluator.hpp"
#include "query/exec/path_eval.hpp"

namespace cg::query::exec {

Table Evaluator::eval_path(const algebra::Op& op, const Table* seed) {
  const std::size_t w = width();
  Table out(w);
  PathEval pe{*active_, dict(), [this] { check_deadline(); }};
  auto resolve = [&](const algebra::TermOrVar& t, int& slot_out) -> Id {
    slot_out = -1;
    if (auto v = std::get_if<algebra::Var>(&t)) {
      slot_out = slot(v->name);
      return 0;
    }
    // a constant not in the data can still be the start of a zero-length path
    return dict().intern(std::get<graph::Term>(t));
  };
  int ss = -1, os = -1;
  Id sc = resolve(op.path_subject, ss);
  Id oc = resolve(op.path_object, os);
  std::vector<Id> empty_row(w, 0);
  Table unit(w);
  if (!seed) {
    unit.add(outer_ ? outer_ : empty_row.data());
    seed = &unit;
  }
  std::vector<Id> row(w), reach;
  std::vector<std::pair<Id, Id>> pairs;
  bool pairs_ready = false;
  for (std::size_t r = 0; r < seed->rows(); ++r) {
    check_deadline();
    const Id* in = seed->row(r);
    Id s = ss >= 0 ? in[ss] : sc;
    Id o = os >= 0 ? in[os] : oc;
    // a value bound by a variable must be a node of the graph (zero-length paths included)
    auto in_graph = [&](Id x) {
      const auto& nodes = active_->nodes();
      return std::binary_search(nodes.begin(), nodes.end(), x);
    };
    if ((ss >= 0 && s && !in_graph(s)) || (os >= 0 && o && !in_graph(o))) continue;
    auto emit = [&](Id a, Id b) {
      std::copy(in, in + w, row.begin());
      if (ss >= 0) {
        if (row[ss] && row[ss] != a) return;
        row[ss] = a;
      }
      if (os >= 0) {
        if (row[os] && row[os] != b) return;
        row[os] = b;
      }
      out.add(row.data());
    };
    if (s) {
      reach.clear();
      pe.step(op.path, s, true, reach);
      for (Id b : reach)
        if (!o || b == o) emit(s, b);
    } else if (o) {
      reach.clear();
      pe.step(op.path, o, false, reach);
      for (Id a : reach) emit(a, o);
    } else {
      if (!pairs_ready) {
        pe.all_pairs(op.path, pairs);
        pairs_ready = true;
      }
      for (auto& [a, b] : pairs) {
        if (ss >= 0 && os >= 0 && ss == os && a != b) continue;
        emit(a, b);
      }
    }
  }
  return out;
}

}  // namespace cg::query::exec
