// SPDX-License-Identifier: MIT
/// @file validate.hpp Checks a graph against the claimgraph shapes (ontology/shapes.ttl): what a
/// well-formed claim, count, role, mention, discrepancy and entity look like.
///
/// The checks are written in C++ (there is no SHACL engine among our dependencies); shapes.ttl
/// states the same constraints in SHACL for other tools, and a unit test keeps both in step.
#pragma once

#include <string>
#include <vector>

#include "graph/term.hpp"

namespace cg::ontology {

struct Violation {
  std::string node;     ///< the node concerned (N-Triples form)
  std::string shape;    ///< e.g. "ClaimShape"
  std::string message;  ///< what is wrong
};

/// Every violation in `quads` (all graphs; a triple repeated in several graphs counts once),
/// sorted by node then message.
std::vector<Violation> validate(const std::vector<graph::Quad>& quads);

}  // namespace cg::ontology
