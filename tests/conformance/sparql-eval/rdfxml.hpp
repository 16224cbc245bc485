// SPDX-License-Identifier: MIT
/// @file rdfxml.hpp A small test-only RDF/XML reader (node and property elements, rdf:about,
/// rdf:ID, rdf:nodeID, rdf:resource, rdf:datatype, xml:lang, rdf:parseType="Resource", property
/// attributes): enough for the W3C SPARQL test data written in RDF/XML. Not a full RDF/XML parser.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/term.hpp"

namespace cg::test {

Result<std::vector<graph::Quad>> read_rdfxml(const std::string& text, const std::string& base_iri,
                                             const std::optional<graph::Term>& graph);

}  // namespace cg::test
