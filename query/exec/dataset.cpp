// SPDX-License-Identifier: MIT
/// @file dataset.cpp Dictionary and sorted-permutation indices built from a graph::Store.
#include "query/exec/dataset.hpp"

#include <algorithm>
#include <map>

namespace cg::query::exec {

namespace {

/// Language tags compare case-insensitively (RDF 1.1 §3.3): the dictionary keeps them lower-case.
bool needs_lower(const graph::Term& t) {
  for (char c : t.language)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

graph::Term lowered(graph::Term t) {
  for (auto& c : t.language)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return t;
}

}  // namespace

Id Dictionary::intern(const graph::Term& t) {
  if (needs_lower(t)) return intern(lowered(t));
  auto [it, fresh] = ids_.try_emplace(t, static_cast<Id>(terms_.size()));
  if (fresh) terms_.push_back(t);
  return it->second;
}

Id Dictionary::lookup(const graph::Term& t) const {
  if (needs_lower(t)) return lookup(lowered(t));
  auto it = ids_.find(t);
  return it == ids_.end() ? 0 : it->second;
}

namespace {

std::vector<Triple> permuted(const std::vector<Triple>& spo, Order order) {
  std::vector<Triple> out;
  out.reserve(spo.size());
  for (auto& t : spo) {
    switch (order) {
      case Order::spo: out.push_back(t); break;
      case Order::pos: out.push_back({t.b, t.c, t.a}); break;
      case Order::osp: out.push_back({t.c, t.a, t.b}); break;
      case Order::pso: out.push_back({t.b, t.a, t.c}); break;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

GraphIndex::GraphIndex(std::vector<Triple> spo) : spo_(std::move(spo)) {
  std::sort(spo_.begin(), spo_.end());
  spo_.erase(std::unique(spo_.begin(), spo_.end()), spo_.end());
  pos_ = permuted(spo_, Order::pos);
  osp_ = permuted(spo_, Order::osp);
  pso_ = permuted(spo_, Order::pso);
  // distinct subjects per predicate (from PSO), distinct objects per predicate (from POS)
  for (std::size_t i = 0; i < pso_.size(); ++i)
    if (i == 0 || pso_[i].a != pso_[i - 1].a || pso_[i].b != pso_[i - 1].b) pstats_[pso_[i].a].first += 1;
  for (std::size_t i = 0; i < pos_.size(); ++i)
    if (i == 0 || pos_[i].a != pos_[i - 1].a || pos_[i].b != pos_[i - 1].b) pstats_[pos_[i].a].second += 1;
  for (std::size_t i = 0; i < spo_.size(); ++i)
    if (i == 0 || spo_[i].a != spo_[i - 1].a) subjects_ += 1;
  for (std::size_t i = 0; i < osp_.size(); ++i)
    if (i == 0 || osp_[i].a != osp_[i - 1].a) objects_ += 1;
}

std::span<const Triple> GraphIndex::range(const std::vector<Triple>& v, Id a, Id b, Id c) const {
  auto lo = std::lower_bound(v.begin(), v.end(), Triple{a, b, c});
  auto hi = lo;
  if (c) {
    hi = (lo != v.end() && *lo == Triple{a, b, c}) ? lo + 1 : lo;
  } else if (b) {
    hi = std::upper_bound(lo, v.end(), Triple{a, b, ~Id(0)});
  } else {
    hi = std::upper_bound(lo, v.end(), Triple{a, ~Id(0), ~Id(0)});
  }
  return {lo, hi};
}

std::size_t GraphIndex::count(Id s, Id p, Id o) const {
  if (s) {
    if (o && !p) return range(osp_, o, s, 0).size();
    return range(spo_, s, p, p ? o : 0).size();
  }
  if (p) return o ? range(pos_, p, o, 0).size() : range(pso_, p, 0, 0).size();
  if (o) return range(osp_, o, 0, 0).size();
  return spo_.size();
}

bool GraphIndex::contains(Id s, Id p, Id o) const {
  return std::binary_search(spo_.begin(), spo_.end(), Triple{s, p, o});
}

double GraphIndex::distinct_subjects(Id p) const {
  if (!p) return std::max(1.0, subjects_);
  auto it = pstats_.find(p);
  return it == pstats_.end() ? 1.0 : std::max(1.0, it->second.first);
}

double GraphIndex::distinct_objects(Id p) const {
  if (!p) return std::max(1.0, objects_);
  auto it = pstats_.find(p);
  return it == pstats_.end() ? 1.0 : std::max(1.0, it->second.second);
}

const std::vector<Id>& GraphIndex::nodes() const {
  if (!nodes_ready_) {
    nodes_.clear();
    for (auto& t : spo_) {
      if (nodes_.empty() || nodes_.back() != t.a) nodes_.push_back(t.a);
    }
    for (auto& t : osp_) {
      if (nodes_.empty() || nodes_.back() != t.a) nodes_.push_back(t.a);
    }
    std::sort(nodes_.begin(), nodes_.end());
    nodes_.erase(std::unique(nodes_.begin(), nodes_.end()), nodes_.end());
    nodes_ready_ = true;
  }
  return nodes_;
}

const GraphIndex* Dataset::named_graph(Id name) const {
  auto it = std::lower_bound(named.begin(), named.end(), name,
                             [](const auto& e, Id n) { return e.first < n; });
  return (it != named.end() && it->first == name) ? it->second.get() : nullptr;
}

Dataset Dataset::from_store(const graph::Store& store) {
  Dataset ds;
  ds.dict = std::make_shared<Dictionary>();
  std::unordered_map<const void*, Id> ids;
  auto id_of = [&](graph::TermId t) -> Id {
    auto [it, fresh] = ids.try_emplace(t.node, 0);
    if (fresh) it->second = ds.dict->intern(store.term(t));
    return it->second;
  };
  std::vector<Triple> dflt;
  std::map<Id, std::vector<Triple>> named;
  dflt.reserve(store.size());
  store.match(graph::Pattern{}, [&](const graph::IdQuad& q) {
    Triple t{id_of(q.subject), id_of(q.predicate), id_of(q.object)};
    if (q.graph)
      named[id_of(q.graph)].push_back(t);
    else
      dflt.push_back(t);
    return true;
  });
  ds.default_graph = std::make_shared<GraphIndex>(std::move(dflt));
  for (auto& [g, ts] : named) ds.named.emplace_back(g, std::make_shared<GraphIndex>(std::move(ts)));
  return ds;
}

Dataset Dataset::restrict(const std::vector<Id>& from, const std::vector<Id>& from_named) const {
  Dataset ds;
  ds.dict = dict;
  std::vector<Triple> merged;
  for (Id g : from)
    if (auto* gi = named_graph(g)) merged.insert(merged.end(), gi->spo().begin(), gi->spo().end());
  ds.default_graph = std::make_shared<GraphIndex>(std::move(merged));
  auto names = from_named;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (Id g : names) {
    auto it = std::lower_bound(named.begin(), named.end(), g,
                               [](const auto& e, Id n) { return e.first < n; });
    if (it != named.end() && it->first == g)
      ds.named.push_back(*it);
    else
      ds.named.emplace_back(g, std::make_shared<GraphIndex>());
  }
  return ds;
}

}  // namespace cg::query::exec
