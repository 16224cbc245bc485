// SPDX-License-Identifier: MIT
/// @file jsonld.hpp JSON-LD 1.1 output in expanded form (graph/ internal).
#pragma once

#include <string>

#include "graph/store.hpp"

namespace cg::graph::detail {

/// The store as an expanded JSON-LD document: one node object per subject of the default
/// graph, and one {"@id": g, "@graph": […]} object per named graph. Deterministic order.
std::string to_jsonld(const Store& store);

}  // namespace cg::graph::detail
