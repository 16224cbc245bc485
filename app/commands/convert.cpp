// SPDX-License-Identifier: MIT
/// @file convert.cpp `claimgraph convert IN… -o OUT`: RDF from any syntax to any other.
#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "app/rdf_input.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph convert IN... -o OUT [--format FMT] [--input-format FMT] [--base IRI]\n"
    "\n"
    "Reads RDF files (Turtle, N-Triples, N-Quads, TriG; '-' = stdin) into one dataset and writes\n"
    "it as Turtle, N-Triples, N-Quads, TriG or JSON-LD. Formats follow the file extensions\n"
    "(.ttl .nt .nq .trig .jsonld) unless given. Turtle and N-Triples cannot hold named graphs:\n"
    "converting a dataset with named graphs to them is refused rather than losing data.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE        where to write ('-' = stdout); written atomically\n"
    "  -f, --format FMT         output format: ttl, nt, nq, trig, jsonld\n"
    "  -i, --input-format FMT   input format for every input (default: by extension)\n"
    "  --base IRI               base IRI for relative IRIs (default: each file's file:// IRI)\n"
    "  -h, --help               show this help\n";
}  // namespace

int run_convert(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"-o", "--output"}, true},
                                    {{"-f", "--format"}, true},
                                    {{"-i", "--input-format"}, true},
                                    {{"--base"}, true}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->positional.empty())
    return report(ctx, make_diagnostic(DiagKind::usage, "convert needs at least one input file (see --help)"));
  auto output = args->get("--output");
  if (!output) return report(ctx, make_diagnostic(DiagKind::usage, "convert needs -o OUT (use '-' for stdout)"));
  auto input_syntax = parse_rdf_format(args->get("--input-format"));
  if (!input_syntax) return report(ctx, input_syntax.error());
  auto syntax = output_syntax(*output, args->get("--format"));
  if (!syntax) return report(ctx, syntax.error());

  graph::Store store;
  if (auto loaded = load_rdf_files(store, args->positional, *input_syntax, args->get("--base").value_or(""));
      !loaded)
    return report(ctx, loaded.error());
  if (auto saved = save_rdf_file(store, *output, *syntax); !saved) return report(ctx, saved.error());
  return k_exit_ok;
}

}  // namespace cg::app
