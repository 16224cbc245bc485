// SPDX-License-Identifier: MIT
/// @file sord_access.hpp Internal: the Sord objects behind a Store, for graph/ sources only.
#pragma once

#include <sord/sord.h>

#include <unordered_map>
#include <unordered_set>

#include "graph/store.hpp"

namespace cg::graph {

struct Store::Impl {
  SordWorld* world = nullptr;
  SordModel* model = nullptr;
  std::unordered_set<const SordNode*> held;  ///< nodes interned by hand (one reference each)
  unsigned blank_documents = 0;
  /// Quads per named graph. Sord iterates distinct *triples* when the graph is a wildcard, so
  /// a quad pattern over every graph is answered graph by graph from this registry.
  std::unordered_map<const SordNode*, std::size_t> named_graphs;
  /// Sord treats a null graph as a wildcard even when storing, so the triple (s p o) in the
  /// default graph would collide with (s p o) in a named graph. The default graph is therefore
  /// stored as this reserved node and shown as a null id outside.
  const SordNode* default_graph = nullptr;

  const SordNode* graph_node(TermId g) const {
    return g ? static_cast<const SordNode*>(g.node) : default_graph;
  }
  TermId graph_id(const SordNode* g) const { return g == default_graph ? TermId{} : TermId{g}; }

  /// Takes ownership of one reference to `node` and returns it interned.
  const SordNode* hold(SordNode* node);
  const SordNode* node(const Term& term);  ///< interns
  /// Adds or removes one quad (graph = default_graph for the default graph), keeping the
  /// named-graph registry in step. Return whether the store changed.
  bool add(const SordNode* s, const SordNode* p, const SordNode* o, const SordNode* g);
  bool remove(const SordNode* s, const SordNode* p, const SordNode* o, const SordNode* g);
};

namespace detail {
inline const SordNode* sord_node(TermId id) { return static_cast<const SordNode*>(id.node); }
inline TermId term_id(const SordNode* node) { return TermId{node}; }
inline constexpr const char* k_default_graph_iri = "urn:x-claimgraph:default-graph";
Term to_term(const SordNode* node);
}  // namespace detail

}  // namespace cg::graph
