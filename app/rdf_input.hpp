// SPDX-License-Identifier: MIT
/// @file rdf_input.hpp Loading and saving RDF files for the subcommands: syntax from
/// --format or the extension, empty inputs refused, output written atomically.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/io/syntax.hpp"
#include "graph/store.hpp"

namespace cg::app {

/// Parses a --format value; a usage diagnostic names the accepted formats.
Result<graph::Syntax> parse_rdf_format(const std::string& name);

/// The same for an optional option value (nullopt when the option was not given).
Result<std::optional<graph::Syntax>> parse_rdf_format(const std::optional<std::string>& name);

/// Reads each file ("-" = stdin) into `store`; the first failure is returned and the store
/// keeps what earlier files added. Empty files are an error (nothing to read).
Result<void> load_rdf_files(graph::Store& store, const std::vector<std::string>& paths,
                            std::optional<graph::Syntax> syntax = std::nullopt,
                            const std::string& base_iri = {});

/// Writes the store to `path` ("-" = stdout) through a temporary file and a rename.
Result<void> save_rdf_file(const graph::Store& store, const std::string& path, graph::Syntax syntax);

/// The syntax for an output path: `format` if given, else the extension, else Turtle for "-".
Result<graph::Syntax> output_syntax(const std::string& path, const std::optional<std::string>& format);

}  // namespace cg::app
