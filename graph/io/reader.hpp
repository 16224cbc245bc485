// SPDX-License-Identifier: MIT
/// @file reader.hpp Turtle, N-Triples, N-Quads and TriG through Serd into a Store.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "common/text_stream.hpp"
#include "graph/io/syntax.hpp"
#include "graph/store.hpp"

namespace cg::graph {

struct ReadOptions {
  Syntax syntax = Syntax::turtle;
  std::string base_iri;             ///< resolves relative IRIs; empty = none
  std::string source_name;          ///< used in diagnostics ("data.ttl", "<stdin>")
  std::optional<Term> into_graph;   ///< put default-graph triples into this named graph
  bool keep_blank_labels = false;   ///< do not prefix blank labels (single-document use)
};

struct ReadStats {
  std::size_t statements = 0;  ///< statements read (duplicates included)
  std::size_t inserted = 0;    ///< quads new to the store
};

/// Parses `text` into `store`. On a syntax error returns a Diagnostic with the source name,
/// line and column; quads read before the error are removed again, so the store is unchanged.
Result<ReadStats> read_rdf(Store& store, std::string_view text, const ReadOptions& options);

/// Parses a checked text stream into `store` without holding the whole input in memory. Input
/// problems (invalid UTF-8, a read error) take precedence over the syntax errors they cause.
Result<ReadStats> read_rdf_stream(Store& store, TextStream& input, const ReadOptions& options);

/// Reads a file ("-" = stdin): syntax from options if given, else from the extension
/// (Turtle when unknown); base defaults to the file's file:// IRI.
Result<ReadStats> read_rdf_file(Store& store, const std::string& path,
                                std::optional<Syntax> syntax = std::nullopt,
                                const std::string& base_iri = {},
                                std::optional<Term> into_graph = std::nullopt);

/// The file:// IRI of a local path (absolute, percent-encoded where needed).
std::string file_iri(const std::string& path);

}  // namespace cg::graph
