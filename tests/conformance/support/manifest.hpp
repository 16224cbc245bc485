// SPDX-License-Identifier: MIT
/// @file manifest.hpp Reading W3C test manifests (manifest.ttl) with our own Turtle reader:
/// the entries list in order, each with its types, action, result and name.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/store.hpp"

namespace cg::test {

inline constexpr const char* k_mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

struct ManifestEntry {
  std::string iri;                 ///< the test's IRI
  std::string name;                ///< mf:name
  std::vector<std::string> types;  ///< rdf:type IRIs
  graph::TermId action;            ///< mf:action (an IRI or a blank node with details)
  graph::TermId result;            ///< mf:result
  bool has_type(std::string_view type_iri) const;
};

struct Manifest {
  std::filesystem::path file;
  std::string base_iri;           ///< the IRI the manifest was read with (its file:// IRI)
  std::string assumed_test_base;  ///< mf:assumedTestBase, when given
  graph::Store store;
  std::vector<ManifestEntry> entries;
  std::vector<std::filesystem::path> includes;  ///< mf:include'd manifests, resolved to files

  /// Objects of (subject, predicate) in the manifest graph.
  std::vector<graph::TermId> objects(graph::TermId subject, const std::string& predicate_iri) const;
  std::optional<graph::TermId> object(graph::TermId subject, const std::string& predicate_iri) const;
  /// A file:// IRI to a local path (empty when the IRI is not a file IRI).
  static std::filesystem::path to_path(const std::string& iri);
};

/// Reads a manifest. Errors come from the Turtle reader.
Result<Manifest> read_manifest(const std::filesystem::path& file);

/// Prints the closing line "N passed, N failed, N skipped" (with a suite label first).
void print_summary(const std::string& suite, std::size_t passed, std::size_t failed, std::size_t skipped);

}  // namespace cg::test
