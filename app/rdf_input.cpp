// SPDX-License-Identifier: MIT
#include "app/rdf_input.hpp"

#include "common/atomic_file.hpp"
#include "common/text_file.hpp"
#include "common/text_stream.hpp"
#include "graph/io/reader.hpp"
#include "graph/io/writer.hpp"

namespace cg::app {

Result<graph::Syntax> parse_rdf_format(const std::string& name) {
  if (auto s = graph::syntax_from_name(name)) return *s;
  return unexpected(make_diagnostic(DiagKind::usage,
                                    "unknown format '" + name + "' (use ttl, nt, nq, trig or jsonld)"));
}

Result<std::optional<graph::Syntax>> parse_rdf_format(const std::optional<std::string>& name) {
  if (!name) return std::optional<graph::Syntax>();
  auto syntax = parse_rdf_format(*name);
  if (!syntax) return unexpected(std::move(syntax).error());
  return std::optional<graph::Syntax>(*syntax);
}

Result<void> load_rdf_files(graph::Store& store, const std::vector<std::string>& paths,
                            std::optional<graph::Syntax> syntax, const std::string& base_iri) {
  for (const std::string& path : paths) {
    auto input = TextStream::open(path, TextFileOptions{.allow_nul = true});
    if (!input) return unexpected(std::move(input).error());
    graph::ReadOptions options;
    options.syntax = syntax ? *syntax : graph::syntax_from_path(path).value_or(graph::Syntax::turtle);
    options.base_iri = !base_iri.empty() ? base_iri : (path == "-" ? std::string() : graph::file_iri(path));
    options.source_name = display_name(path);
    auto read = graph::read_rdf_stream(store, *input, options);
    if (!read) return unexpected(std::move(read).error());
  }
  return {};
}

Result<graph::Syntax> output_syntax(const std::string& path, const std::optional<std::string>& format) {
  if (format) return parse_rdf_format(*format);
  if (auto s = graph::syntax_from_path(path)) return *s;
  if (path == "-") return graph::Syntax::turtle;
  return unexpected(make_diagnostic(DiagKind::usage, "cannot tell the output format from '" + path +
                                                         "'; name it with --format (ttl, nt, nq, trig, jsonld)"));
}

Result<void> save_rdf_file(const graph::Store& store, const std::string& path, graph::Syntax syntax) {
  auto file = AtomicFile::open(path);
  if (!file) return unexpected(std::move(file).error());
  CG_TRY(graph::write_rdf(store, file->stream(), graph::WriteOptions{syntax, display_name(path)}));
  return file->commit();
}

}  // namespace cg::app
