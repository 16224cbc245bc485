// SPDX-License-Identifier: MIT
/// @file iri.hpp IRI reference resolution (RFC 3986 §5.2), shared by the RDF readers and the
/// SPARQL engine (BASE, IRI()).
#pragma once

#include <string>
#include <string_view>

namespace cg::graph {

/// True when `iri` starts with a scheme ("http:", "urn:", …), i.e. is not a relative reference.
bool has_scheme(std::string_view iri);

/// Resolves `reference` against the absolute `base` (RFC 3986 §5.2.2, with dot-segment removal).
/// An absolute reference is returned as written; an empty base returns the reference unchanged.
std::string resolve_iri(std::string_view base, std::string_view reference);

}  // namespace cg::graph
