// SPDX-License-Identifier: MIT
/// @file isomorphism.hpp RDF dataset isomorphism: equality up to a bijection of blank nodes
/// (RDF 1.1 Concepts §3.6), as the W3C evaluation tests compare results.
#pragma once

#include <vector>

#include "graph/term.hpp"

namespace cg::graph {

/// True when the two sets of quads (duplicates ignored) are isomorphic. Blank nodes may also
/// name graphs. Uses colour refinement plus backtracking for ties, so symmetric graphs work.
bool isomorphic(std::vector<Quad> a, std::vector<Quad> b);

}  // namespace cg::graph
