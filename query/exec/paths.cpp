// SPDX-License-Identifier: MIT
/// @file paths.cpp Property path evaluation (§18.4 eval of Path): links, inverses, sequences
/// and alternatives keep duplicates; `*`, `+` and `?` are set-valued (ALP with a visited set,
/// so cycles terminate). Evaluation starts from whichever end is fixed.
#include <algorithm>
#include <unordered_set>

#include "query/exec/evaluator.hpp"

namespace cg::query::exec {

using algebra::Path;

namespace {

struct PathEval {
  const GraphIndex& g;
  const Dictionary& dict;

  Id iri(const std::string& s) const { return dict.lookup(graph::Term::iri(s)); }

  /// Calls out(o) for every o reachable from s by one step of p (with multiplicity).
  /// forward=false walks the path backwards (from an object to subjects).
  void step(const Path& p, Id s, bool forward, std::vector<Id>& out) const {
    switch (p.kind) {
      case Path::Kind::link: {
        Id pid = iri(p.iri);
        if (!pid) return;
        if (forward)
          g.scan(s, pid, 0, [&](Id, Id, Id o) { out.push_back(o); return true; });
        else
          g.scan(0, pid, s, [&](Id x, Id, Id) { out.push_back(x); return true; });
        return;
      }
      case Path::Kind::inverse: step(p.args[0], s, !forward, out); return;
      case Path::Kind::sequence: {
        std::vector<Id> mid;
        step(forward ? p.args[0] : p.args[1], s, forward, mid);
        for (Id m : mid) step(forward ? p.args[1] : p.args[0], m, forward, out);
        return;
      }
      case Path::Kind::alternative:
        step(p.args[0], s, forward, out);
        step(p.args[1], s, forward, out);
        return;
      case Path::Kind::zero_or_one: {
        std::vector<Id> tmp{s};
        step(p.args[0], s, forward, tmp);
        std::sort(tmp.begin(), tmp.end());
        tmp.erase(std::unique(tmp.begin(), tmp.end()), tmp.end());
        out.insert(out.end(), tmp.begin(), tmp.end());
        return;
      }
      case Path::Kind::zero_or_more:
      case Path::Kind::one_or_more: {
        std::unordered_set<Id> seen;
        std::vector<Id> frontier;
        if (p.kind == Path::Kind::zero_or_more) {
          seen.insert(s);
          out.push_back(s);
          frontier.push_back(s);
        } else {
          std::vector<Id> first;
          step(p.args[0], s, forward, first);
          for (Id x : first)
            if (seen.insert(x).second) {
              out.push_back(x);
              frontier.push_back(x);
            }
        }
        std::vector<Id> next;
        while (!frontier.empty()) {
          next.clear();
          for (Id x : frontier) {
            std::vector<Id> nb;
            step(p.args[0], x, forward, nb);
            for (Id y : nb)
              if (seen.insert(y).second) {
                out.push_back(y);
                next.push_back(y);
              }
          }
          frontier.swap(next);
        }
        return;
      }
      case Path::Kind::negated: {
        std::vector<Id> fwd, inv;
        for (auto& i : p.forward) fwd.push_back(iri(i));
        for (auto& i : p.inverse) inv.push_back(iri(i));
        auto excluded = [](const std::vector<Id>& v, Id x) { return std::find(v.begin(), v.end(), x) != v.end(); };
        bool any_fwd = !p.forward.empty() || p.inverse.empty();
        if (any_fwd) {
          if (forward)
            g.scan(s, 0, 0, [&](Id, Id pr, Id o) { if (!excluded(fwd, pr)) out.push_back(o); return true; });
          else
            g.scan(0, 0, s, [&](Id x, Id pr, Id) { if (!excluded(fwd, pr)) out.push_back(x); return true; });
        }
        if (!p.inverse.empty()) {
          if (forward)
            g.scan(0, 0, s, [&](Id x, Id pr, Id) { if (!excluded(inv, pr)) out.push_back(x); return true; });
          else
            g.scan(s, 0, 0, [&](Id, Id pr, Id o) { if (!excluded(inv, pr)) out.push_back(o); return true; });
        }
        return;
      }
    }
  }

  /// Every (s, o) pair of the path, neither end fixed.
  void all_pairs(const Path& p, std::vector<std::pair<Id, Id>>& out) const {
    switch (p.kind) {
      case Path::Kind::link: {
        Id pid = iri(p.iri);
        if (!pid) return;
        g.scan(0, pid, 0, [&](Id s, Id, Id o) { out.emplace_back(s, o); return true; });
        return;
      }
      case Path::Kind::inverse: {
        std::vector<std::pair<Id, Id>> tmp;
        all_pairs(p.args[0], tmp);
        for (auto& [a, b] : tmp) out.emplace_back(b, a);
        return;
      }
      case Path::Kind::alternative:
        all_pairs(p.args[0], out);
        all_pairs(p.args[1], out);
        return;
      case Path::Kind::sequence: {
        std::vector<std::pair<Id, Id>> first;
        all_pairs(p.args[0], first);
        std::vector<Id> nb;
        for (auto& [a, m] : first) {
          nb.clear();
          step(p.args[1], m, true, nb);
          for (Id b : nb) out.emplace_back(a, b);
        }
        return;
      }
      case Path::Kind::negated: {
        g.scan(0, 0, 0, [&](Id s, Id pr, Id o) {
          bool fwd_ok = !p.forward.empty() || p.inverse.empty();
          if (fwd_ok && std::none_of(p.forward.begin(), p.forward.end(), [&](auto& i) { return iri(i) == pr; }))
            out.emplace_back(s, o);
          if (!p.inverse.empty() &&
              std::none_of(p.inverse.begin(), p.inverse.end(), [&](auto& i) { return iri(i) == pr; }))
            out.emplace_back(o, s);
          return true;
        });
        return;
      }
      default: {
        // closures: start from every node of the graph
        std::vector<Id> reach;
        for (Id n : g.nodes()) {
          reach.clear();
          step(p, n, true, reach);
          for (Id b : reach) out.emplace_back(n, b);
        }
        return;
      }
    }
  }
};

}  // namespace

Table Evaluator::eval_path(const algebra::Op& op, const Table* seed) {
  const std::size_t w = width();
  Table out(w);
  PathEval pe{*active_, dict()};
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
