// SPDX-License-Identifier: MIT
/// @file query.cpp `claimgraph query GRAPH… (-q TEXT | -f FILE)`: runs a SPARQL 1.1 query over
/// RDF files and prints the results (table, JSON, XML, CSV, TSV; RDF for CONSTRUCT/DESCRIBE).
#include <cstdlib>

#include "app/args.hpp"
#include "app/request_text.hpp"
#include "app/commands/commands.hpp"
#include "app/rdf_input.hpp"
#include "common/text_file.hpp"
#include "graph/io/reader.hpp"
#include "graph/io/writer.hpp"
#include "graph/iri.hpp"
#include "query/query.hpp"
#include "query/results/results.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph query GRAPH... (-q QUERY | -f FILE) [options]\n"
    "\n"
    "Runs a SPARQL 1.1 query. Every GRAPH file (Turtle, N-Triples, N-Quads, TriG) is loaded into\n"
    "the dataset: triples into the default graph, named graphs of N-Quads/TriG files as named\n"
    "graphs. SELECT/ASK results print as a table on a terminal and as SPARQL JSON otherwise;\n"
    "CONSTRUCT/DESCRIBE print RDF (Turtle unless --format says otherwise).\n"
    "\n"
    "options:\n"
    "  -q, --query TEXT          the query text\n"
    "  -f, --file FILE           read the query from FILE ('-' = stdin)\n"
    "  --format FMT              table, json, xml, csv, tsv (SELECT/ASK);\n"
    "                            ttl, nt, nq, trig, jsonld (CONSTRUCT/DESCRIBE)\n"
    "  --named-graph [IRI=]FILE  load FILE into a named graph called IRI (default: the file's\n"
    "                            absolute file:// IRI); repeatable\n"
    "  --base IRI                base IRI of the query (default: the query file's IRI)\n"
    "  --timeout SECONDS         stop a query that runs longer\n"
    "  --limit ROWS              print at most ROWS solutions\n"
    "  --no-optimize             evaluate the algebra as written (for comparisons)\n"
    "  -h, --help                show this help\n";

/// "IRI=FILE" when the part before '=' is an absolute IRI, else just FILE.
std::pair<std::string, std::string> split_named(const std::string& arg) {
  auto eq = arg.find('=');
  if (eq != std::string::npos && graph::has_scheme(arg.substr(0, eq))) return {arg.substr(0, eq), arg.substr(eq + 1)};
  return {graph::file_iri(arg), arg};
}

std::optional<double> parse_positive(const std::string& s) {
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end || !(v > 0)) return std::nullopt;
  return v;
}

}  // namespace

int run_query(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"-q", "--query"}, true},
                                    {{"-f", "--file"}, true},
                                    {{"--format"}, true},
                                    {{"--named-graph"}, true, true},
                                    {{"--base"}, true},
                                    {{"--timeout"}, true},
                                    {{"--limit"}, true},
                                    {{"--no-optimize"}}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->has("--query") == args->has("--file"))
    return report(ctx, make_diagnostic(DiagKind::usage, "query needs exactly one of -q QUERY or -f FILE (see --help)"));
  query::ExecOptions eo;
  eo.optimize = !args->has("--no-optimize");
  if (auto t = args->get("--timeout")) {
    auto v = parse_positive(*t);
    if (!v) return report(ctx, make_diagnostic(DiagKind::usage, "--timeout needs a positive number of seconds, not '" + *t + "'"));
    eo.timeout_seconds = *v;
  }
  if (auto l = args->get("--limit")) {
    auto v = parse_positive(*l);
    if (!v || *v != static_cast<double>(static_cast<std::size_t>(*v)))
      return report(ctx, make_diagnostic(DiagKind::usage, "--limit needs a positive whole number of rows, not '" + *l + "'"));
    eo.max_rows = static_cast<std::size_t>(*v);
  }

  auto request = read_request_text(*args, "query");
  if (!request) return report(ctx, request.error());
  const std::string& text = request->text;
  query::PrepareOptions po;
  po.base_iri = request->base_iri;
  po.source_name = request->source;
  auto q = query::prepare(text, po);
  if (!q) return report(ctx, q.error(), text);

  // output format
  bool graph_form = q->form == query::algebra::QueryForm::construct || q->form == query::algebra::QueryForm::describe;
  auto fmt_name = args->get("--format");
  std::optional<query::results::Format> rfmt;
  graph::Syntax rdf_syntax = graph::Syntax::turtle;
  if (graph_form) {
    if (fmt_name) {
      auto s = parse_rdf_format(*fmt_name);
      if (!s) return report(ctx, s.error());
      rdf_syntax = *s;
    }
  } else {
    if (fmt_name) {
      rfmt = query::results::format_from_name(*fmt_name);
      if (!rfmt)
        return report(ctx, make_diagnostic(DiagKind::usage, "unknown result format '" + *fmt_name +
                                                                "' (use table, json, xml, csv or tsv)"));
    } else {
      rfmt = ctx.out_is_terminal ? query::results::Format::table : query::results::Format::json;
    }
  }

  graph::Store store;
  if (auto loaded = load_rdf_files(store, args->positional); !loaded) return report(ctx, loaded.error());
  for (auto& ng : args->all("--named-graph")) {
    auto [iri, file] = split_named(ng);
    auto r = graph::read_rdf_file(store, file, std::nullopt, {}, graph::Term::iri(iri));
    if (!r) return report(ctx, r.error());
  }
  auto ds = query::exec::Dataset::from_store(store);
  auto res = query::execute(*q, ds, eo);
  if (!res) return report(ctx, res.error(), text);
  if (graph_form) {
    graph::Store out;
    out.prefixes() = store.prefixes();
    for (auto& t : res->triples) out.insert(t);
    graph::WriteOptions wo;
    wo.syntax = rdf_syntax;
    wo.target_name = "<stdout>";
    if (auto w = graph::write_rdf(out, ctx.out, wo); !w) return report(ctx, w.error());
  } else {
    query::results::write(*res, *rfmt, ctx.out);
  }
  if (res->truncated)
    std::fprintf(ctx.err, "claimgraph: note: output stopped at %zu rows (--limit)\n", *eo.max_rows);
  return k_exit_ok;
}

}  // namespace cg::app
