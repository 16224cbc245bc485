// SPDX-License-Identifier: MIT
/// @file store.hpp An in-memory quad store over Sord. Terms are interned: a TermId wraps the
/// interned node and compares and hashes by pointer, so evaluation can work on ids and decode
/// terms only for output. Raw Sord pointers never leave graph/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/term.hpp"

namespace cg::graph {

/// An interned term. The null id means "unbound" in patterns and "default graph" in quads.
struct TermId {
  const void* node = nullptr;
  explicit operator bool() const { return node != nullptr; }
  friend bool operator==(TermId, TermId) = default;
  friend auto operator<=>(TermId a, TermId b) { return std::compare_three_way{}(a.node, b.node); }
};

struct TermIdHash {
  std::size_t operator()(TermId id) const noexcept {
    auto v = reinterpret_cast<std::uintptr_t>(id.node);
    return static_cast<std::size_t>((v >> 4) * 0x9E3779B97F4A7C15ull);
  }
};

/// A quad of ids; `graph` null = default graph.
struct IdQuad {
  TermId subject, predicate, object, graph;
  friend bool operator==(const IdQuad&, const IdQuad&) = default;
};

enum class GraphScope : unsigned char {
  any,           ///< every graph, default and named
  default_only,  ///< the default graph
  named,         ///< the graph given in the pattern (or every named graph when it is null)
};

/// A quad pattern: a null id is a wildcard.
struct Pattern {
  TermId subject, predicate, object, graph;
  GraphScope scope = GraphScope::any;
};

struct StoreOptions {
  /// Index orders kept. Every pattern is answered with any of them (Sord scans and filters
  /// what no prefix covers); SPO alone serves the writers, stats and updates, while SPARQL
  /// evaluation works on its own sorted id columns (query/exec/dataset). POS and OSP make
  /// object- and predicate-led matches fast at the cost of load time and memory (LUBM-10:
  /// 2.0 s and 119 bytes per triple with SPO alone, 4.5 s and 170 with all three).
  bool index_spo = true, index_pos = false, index_osp = false;
  // Graph-first copies of the indices are always kept: Sord can only enumerate quads (rather
  // than distinct triples) and search a bound graph through them.
};

/// Summary figures of a store.
struct StoreStats {
  std::size_t quads = 0, subjects = 0, predicates = 0, objects = 0, graphs = 0;
};

class Store {
 public:
  explicit Store(const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  /// Interns `term`; the id stays valid for the store's lifetime.
  TermId intern(const Term& term);
  /// The id of `term` if the store has interned it, else a null id (never creates).
  TermId lookup(const Term& term) const;
  /// Decodes an id (must be non-null and from this store).
  Term term(TermId id) const;
  TermKind kind(TermId id) const;

  /// Inserts; returns false when the quad was already present.
  bool insert(const Quad& quad);
  bool insert(const IdQuad& quad);
  /// Erases; returns false when the quad was absent.
  bool erase(const IdQuad& quad);
  bool erase(const Quad& quad);
  bool contains(const IdQuad& quad) const;
  void clear();

  std::size_t size() const;
  std::size_t count(const Pattern& pattern) const;
  /// Calls `visit` for each match; stop early by returning false.
  void match(const Pattern& pattern, const std::function<bool(const IdQuad&)>& visit) const;
  std::vector<IdQuad> find(const Pattern& pattern) const;
  /// Every quad, decoded (sorted: graph, subject, predicate, object).
  std::vector<Quad> quads() const;
  /// The named graphs holding at least one quad.
  std::vector<TermId> graph_names() const;
  StoreStats stats() const;

  /// Prefixes seen while reading (or set by hand), used by the Turtle/TriG writers.
  std::map<std::string, std::string>& prefixes() { return prefixes_; }
  const std::map<std::string, std::string>& prefixes() const { return prefixes_; }

  /// A fresh blank-node label prefix per loaded document, so blank nodes of two files never merge.
  std::string next_blank_prefix();

  struct Impl;
  /// The Sord objects behind the store, for graph/ sources only (Impl is defined in
  /// graph/detail/sord_access.hpp, which nothing outside graph/ includes).
  Impl& internals() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
  std::map<std::string, std::string> prefixes_;
};

}  // namespace cg::graph
