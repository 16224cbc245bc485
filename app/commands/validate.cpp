// SPDX-License-Identifier: MIT
/// @file validate.cpp `claimgraph validate GRAPH…`: checks a graph against the claimgraph shapes.
#include <cstdio>

#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "app/rdf_input.hpp"
#include "graph/store.hpp"
#include "ontology/validate.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph validate GRAPH... [--format FMT]\n"
    "\n"
    "Checks RDF files (Turtle, N-Triples, N-Quads, TriG) against the claimgraph shapes\n"
    "(ontology/shapes.ttl): every claim has one statement, one evidence span, one mode, its\n"
    "document and at most one claimant of the right class; every count one measure and one\n"
    "qualifier from their schemes and a decimal value; every role one holder and one title;\n"
    "every mention and evidence span consistent NIF offsets; every discrepancy two counts;\n"
    "every entity a label. Prints each violation as NODE: SHAPE: message.\n"
    "\n"
    "options:\n"
    "  -i, --input-format FMT  input format for every file (default: by extension)\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 no violation; 1 violations found or a file could not be read; 2 bad\n"
    "command line.\n";
}  // namespace

int run_validate(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"-i", "--input-format"}, true}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->positional.empty())
    return report(ctx, make_diagnostic(DiagKind::usage, "validate needs at least one graph file (see --help)"));
  std::optional<graph::Syntax> in;
  if (auto f = args->get("--input-format")) {
    auto s = parse_rdf_format(*f);
    if (!s) return report(ctx, s.error());
    in = *s;
  }
  graph::Store store;
  if (auto loaded = load_rdf_files(store, args->positional, in); !loaded) return report(ctx, loaded.error());
  auto violations = ontology::validate(store.quads());
  for (const auto& v : violations)
    std::fprintf(ctx.out, "%s: %s: %s\n", v.node.c_str(), v.shape.c_str(), v.message.c_str());
  if (!violations.empty()) {
    std::fprintf(ctx.err, "claimgraph: %zu violation(s)\n", violations.size());
    return k_exit_user_error;
  }
  std::fprintf(ctx.err, "claimgraph: valid (%zu quads)\n", store.size());
  return k_exit_ok;
}

}  // namespace cg::app
