// SPDX-License-Identifier: MIT
/// @file syntax.hpp The RDF syntaxes claimgraph reads and writes, and how they are named.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cg::graph {

enum class Syntax { turtle, ntriples, nquads, trig, jsonld };

/// "ttl"/"turtle", "nt"/"ntriples", "nq"/"nquads", "trig", "jsonld"/"json-ld".
std::optional<Syntax> syntax_from_name(std::string_view name);
/// From a path's extension (.ttl .nt .nq .trig .jsonld .json); nullopt when unknown.
std::optional<Syntax> syntax_from_path(std::string_view path);
std::string_view syntax_name(Syntax syntax);
/// Whether the syntax can hold named graphs.
bool holds_named_graphs(Syntax syntax);

}  // namespace cg::graph
