// SPDX-License-Identifier: MIT
/// @file pipeline.hpp The whole extraction: Document → Analysis (segment, mentions, entities,
/// roles, claims, discrepancies), and the printers of its stages.
#pragma once

#include <string>

#include "extract/types.hpp"

namespace cg::extract {

/// Runs every stage on one document.
Analysis extract_document(Document doc);

struct JsonOptions {
  std::string base = "https://w3id.org/claimgraph/id/";  ///< data IRI base (entity "iri" fields)
};

/// One FORMAT.md JSON Lines record (no trailing newline).
std::string to_json_line(const Analysis& a, const JsonOptions& options = {});

/// A stage as JSON for `--dump`: "tokens", "sentences", "mentions", "entities", "roles",
/// "claims", "discrepancies"; empty string for an unknown stage name.
std::string dump_stage(const Analysis& a, const std::string& stage);

/// The IRI of an entity: base + person|org|place + "/" + slug.
std::string entity_iri(const Entity& e, const std::string& base);

}  // namespace cg::extract
