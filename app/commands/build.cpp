// SPDX-License-Identifier: MIT
/// @file build.cpp `claimgraph build ARTICLES… -o graph.ttl`: articles → an RDF knowledge graph
/// in the claimgraph vocabulary (ontology/claimgraph.ttl).
#include <cstdio>

#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "app/commands/extract_common.hpp"
#include "app/rdf_input.hpp"
#include "extract/batch.hpp"
#include "extract/crossdoc.hpp"
#include "graph/io/syntax.hpp"
#include "graph/store.hpp"
#include "ontology/to_quads.hpp"
#include "ontology/vocab.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph build ARTICLES... -o GRAPH [--format FMT] [--base IRI] [--jobs N]\n"
    "\n"
    "Builds a knowledge graph from news articles (.txt, .html, .jsonl; see 'claimgraph extract\n"
    "--help'): people, organisations and places with their labels and mentions, roles,\n"
    "attributed claims with cues, counts (measure, value, hedge, subsets), discrepancies, and\n"
    "the provenance of each (document, code-point offsets, sentence). Every triple is in the\n"
    "default graph and, in formats that hold named graphs (nq, trig, jsonld), also in one named\n"
    "graph per document. IRIs are deterministic (documents by content hash, entities by name):\n"
    "building the same articles twice gives the same graph, and an article given twice adds\n"
    "nothing. Entities with the same name in several articles are one node.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE  where to write ('-' = stdout); written atomically\n"
    "  -f, --format FMT   ttl, nt, nq, trig, jsonld (default: from the extension)\n"
    "  --base IRI         base of data IRIs (default https://w3id.org/claimgraph/id/)\n"
    "  -j, --jobs N       extraction threads (default 1; 0 = one per core)\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit status: 0 every article built; 3 graph written but some inputs were skipped (each is\n"
    "named on stderr: empty, binary, not UTF-8, too large, HTML without text); 1 no article\n"
    "could be used or the graph could not be written; 2 bad command line.\n";
}  // namespace

int run_build(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"-o", "--output"}, true},
                                    {{"-f", "--format"}, true},
                                    {{"--base"}, true},
                                    {{"-j", "--jobs"}, true}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->positional.empty())
    return report(ctx, make_diagnostic(DiagKind::usage, "build needs at least one article file (see --help)"));
  auto output = args->get("--output");
  if (!output) return report(ctx, make_diagnostic(DiagKind::usage, "build needs -o GRAPH (use '-' for stdout)"));
  auto syntax = output_syntax(*output, args->get("--format"));
  if (!syntax) return report(ctx, syntax.error());
  auto jobs = parse_jobs(*args);
  if (!jobs) return report(ctx, jobs.error());
  ontology::MapOptions mopt;
  if (auto b = args->get("--base")) mopt.base = *b;
  mopt.named_graph = graph::holds_named_graphs(*syntax);

  graph::Store store;
  auto& px = store.prefixes();
  px["cg"] = std::string(ontology::k_cg);
  px["schema"] = std::string(ontology::k_schema);
  px["prov"] = std::string(ontology::k_prov);
  px["org"] = std::string(ontology::k_org);
  px["nif"] = std::string(ontology::k_nif);
  px["skos"] = std::string(ontology::k_skos);
  px["rdfs"] = std::string(ontology::k_rdfs);
  px["xsd"] = std::string(ontology::k_xsd);
  // One prefix per kind of node, so Turtle shows person:… rather than full IRIs (a '/' cannot
  // stand unescaped in a prefixed name, and Serd tries only the first namespace that matches,
  // so there is no prefix for the base itself).
  for (const char* kind :
       {"claim", "count", "span", "doc", "person", "place", "role", "mention", "discrepancy", "graph"})
    px[kind] = mopt.base + kind + "/";
  px["organization"] = mopt.base + "org/";
  extract::CrossDocumentIndex crossdoc;
  auto stats = extract::run_batch(
      args->positional, *jobs,
      [&](extract::Analysis& a) {
        crossdoc.link(a);
        for (const graph::Quad& q : ontology::to_quads(a, mopt)) store.insert(q);
        // counts of this article that disagree with those of earlier articles about the same event
        for (const auto& d : crossdoc.link_counts(a, ontology::count_iris(a, mopt)))
          for (const graph::Quad& q : ontology::cross_discrepancy_quads(d.count_a, d.count_b, d.unit, d.newer, mopt))
            store.insert(q);
      },
      [&](const Diagnostic& d) { report(ctx, d); });
  if (stats.documents == 0) {
    std::fprintf(ctx.err, "claimgraph: error: no article could be read; nothing written\n");
    return k_exit_user_error;
  }
  if (auto saved = save_rdf_file(store, *output, *syntax); !saved) return report(ctx, saved.error());
  if (stats.skipped > 0) {
    std::fprintf(ctx.err, "claimgraph: %zu input(s) skipped, %zu article(s) built\n", stats.skipped, stats.documents);
    return k_exit_inputs_skipped;
  }
  return k_exit_ok;
}

}  // namespace cg::app
