// SPDX-License-Identifier: MIT
/// @file to_quads.hpp map: an extraction result → RDF quads in the claimgraph vocabulary.
#pragma once

#include <string>
#include <vector>

#include "extract/types.hpp"
#include "graph/term.hpp"

namespace cg::ontology {

struct MapOptions {
  std::string base = "https://w3id.org/claimgraph/id/";  ///< data IRIs live under this base
  bool named_graph = true;  ///< also put every triple in the document's named graph
};

/// FNV-1a 64-bit of `text`, as 16 hex digits (document IRIs derive from it).
std::string content_hash(std::string_view text);

/// The document IRI (base + "doc/" + content hash) and its named graph (base + "graph/" + hash).
std::string document_iri(const extract::Document& doc, const std::string& base);
std::string document_graph_iri(const extract::Document& doc, const std::string& base);

/// Every triple of one analysed document: the article, its entities with labels and
/// alternative labels, mentions (NIF spans, code-point offsets), roles, claims with counts,
/// evidence spans, provenance and discrepancies. IRIs are deterministic: the same text gives
/// the same quads. Triples go to the default graph, and, with `named_graph`, to the
/// document's graph as well.
std::vector<graph::Quad> to_quads(const extract::Analysis& a, const MapOptions& options = {});

/// The IRI of each claim's count (parallel to a.claims; "" for claims without a count), the
/// same IRIs to_quads gives them.
std::vector<std::string> count_iris(const extract::Analysis& a, const MapOptions& options = {});

/// A discrepancy between counts of two documents (default graph only).
std::vector<graph::Quad> cross_discrepancy_quads(const std::string& count_a, const std::string& count_b,
                                                 const std::string& unit, const std::string& newer,
                                                 const MapOptions& options = {});

}  // namespace cg::ontology
