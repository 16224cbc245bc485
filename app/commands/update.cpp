// SPDX-License-Identifier: MIT
/// @file update.cpp `claimgraph update GRAPH (-q TEXT | -f FILE) [-o OUT]`: applies a SPARQL 1.1
/// Update request to an RDF dataset and writes the whole dataset back, atomically.
#include "app/args.hpp"
#include "app/request_text.hpp"
#include "app/commands/commands.hpp"
#include "app/rdf_input.hpp"
#include "graph/io/reader.hpp"
#include "graph/io/syntax.hpp"
#include "graph/iri.hpp"
#include "query/query.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph update GRAPH (-q UPDATE | -f FILE) [-o OUT] [--format FMT]\n"
    "\n"
    "Applies a SPARQL 1.1 Update request (INSERT/DELETE DATA, DELETE/INSERT WHERE, LOAD of a\n"
    "local file, CLEAR, DROP, CREATE, ADD, MOVE, COPY) to the dataset in GRAPH (N-Quads and TriG\n"
    "keep their named graphs) and writes the whole dataset to OUT, or back to GRAPH when -o is\n"
    "not given. The request applies completely or not at all; the output is written to a\n"
    "temporary file and renamed. Turtle and N-Triples cannot hold named graphs: writing a\n"
    "dataset with named graphs to them is refused.\n"
    "\n"
    "options:\n"
    "  -q, --query TEXT     the update request\n"
    "  -f, --file FILE      read the request from FILE ('-' = stdin)\n"
    "  -o, --output FILE    where to write the dataset ('-' = stdout; default: GRAPH itself)\n"
    "  --format FMT         output format: ttl, nt, nq, trig, jsonld (default: by extension)\n"
    "  --base IRI           base IRI of the request\n"
    "  -h, --help           show this help\n";
}  // namespace

int run_update(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"-q", "--query"}, true},
                                    {{"-f", "--file"}, true},
                                    {{"-o", "--output"}, true},
                                    {{"--format"}, true},
                                    {{"--base"}, true}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->positional.size() != 1)
    return report(ctx, make_diagnostic(DiagKind::usage, "update needs exactly one GRAPH file (see --help)"));
  if (args->has("--query") == args->has("--file"))
    return report(ctx, make_diagnostic(DiagKind::usage, "update needs exactly one of -q UPDATE or -f FILE (see --help)"));
  const std::string input = args->positional[0];
  const std::string output = args->get("--output").value_or(input);
  if (output == "-" && input == "-" && !args->has("--output"))
    return report(ctx, make_diagnostic(DiagKind::usage, "reading the graph from stdin needs -o OUT"));
  auto syntax = output_syntax(output, args->get("--format"));
  if (!syntax) return report(ctx, syntax.error());

  auto request = read_request_text(*args, "update");
  if (!request) return report(ctx, request.error());
  const std::string& text = request->text;
  query::PrepareOptions po;
  po.base_iri = request->base_iri;
  po.source_name = request->source;
  auto u = query::prepare_update(text, po);
  if (!u) return report(ctx, u.error(), text);

  graph::Store store;
  if (auto loaded = load_rdf_files(store, {input}); !loaded) return report(ctx, loaded.error());
  if (auto r = query::execute_update(*u, store); !r) return report(ctx, r.error(), text);
  if (auto saved = save_rdf_file(store, output, *syntax); !saved) return report(ctx, saved.error());
  return k_exit_ok;
}

}  // namespace cg::app
