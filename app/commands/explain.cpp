// SPDX-License-Identifier: MIT
/// @file explain.cpp `claimgraph explain (-q TEXT | -f FILE) [--update]`: parses a SPARQL query or
/// update, runs the checks, and prints the syntax tree as an S-expression.
#include <string>

#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "common/text_file.hpp"
#include "parser/ast_print.hpp"
#include "parser/parse.hpp"
#include "app/rdf_input.hpp"
#include "graph/io/reader.hpp"
#include "query/algebra/algebra.hpp"
#include "query/query.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph explain (-q TEXT | -f FILE) [--update] [--sparql] [--algebra] [--plan [--data FILE]...]\n"
    "\n"
    "Parses a SPARQL 1.1 query (or, with --update or a .ru file, an update request), checks it,\n"
    "and prints its syntax tree as an S-expression. Exits 1 with the error (file:line:column,\n"
    "the line and a caret) when the text does not parse or fails a check.\n"
    "\n"
    "options:\n"
    "  -q, --query TEXT   the query text\n"
    "  -f, --file FILE    read the query from FILE ('-' = standard input)\n"
    "  --update           parse an update request (default for .ru files)\n"
    "  --sparql           also print the tree back as SPARQL text\n"
    "  --algebra          also print the SPARQL algebra (spec section 18) as an S-expression\n"
    "  --plan             also print the evaluation plan: joins as the engine runs them, each\n"
    "                     pattern's steps in the order chosen from index counts (est: rows of\n"
    "                     the first step, then matches per incoming row)\n"
    "  --data FILE        RDF file whose statistics the plan uses (repeatable; default: none)\n"
    "  --no-optimize      show the plan with the optimiser off\n"
    "  -h, --help         show this help\n";

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

int run_explain(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"-q", "--query"}, true},
                                    {{"-f", "--file"}, true},
                                    {{"--update"}},
                                    {{"--sparql"}},
                                    {{"--algebra"}},
                                    {{"--plan"}},
                                    {{"--data"}, true, true},
                                    {{"--no-optimize"}}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  auto query = args->get("--query");
  auto file = args->get("--file");
  if (!args->positional.empty())
    return report(ctx, make_diagnostic(DiagKind::usage, "explain takes no positional arguments; use -q TEXT or -f FILE"));
  if (query.has_value() == file.has_value())
    return report(ctx, make_diagnostic(DiagKind::usage, "explain needs exactly one of -q TEXT or -f FILE (see --help)"));

  std::string text;
  parser::ParseOptions options;
  bool update = args->has("--update");
  if (query) {
    text = *query;
    options.source_name = "query";
  } else {
    auto read = read_text_file(*file, TextFileOptions{.allow_empty = true});
    if (!read) return report(ctx, read.error());
    text = std::move(*read);
    options.source_name = display_name(*file);
    if (ends_with(*file, ".ru")) update = true;
  }

  std::string sse, sparql;
  if (update) {
    auto ast = parser::parse_update(text, options);
    if (!ast) return report(ctx, ast.error(), text);
    sse = parser::to_sse(*ast);
    if (args->has("--sparql")) sparql = parser::to_sparql(*ast);
  } else {
    auto ast = parser::parse_query(text, options);
    if (!ast) return report(ctx, ast.error(), text);
    sse = parser::to_sse(*ast);
    if (args->has("--sparql")) sparql = parser::to_sparql(*ast);
  }
  std::fprintf(ctx.out, "%s\n", sse.c_str());
  if (!sparql.empty()) std::fprintf(ctx.out, "\n%s", sparql.c_str());
  if (args->has("--algebra") || args->has("--plan")) {
    query::PrepareOptions po;
    po.source_name = options.source_name;
    if (file && *file != "-") po.base_iri = graph::file_iri(*file);
    if (update) {
      auto u = query::prepare_update(text, po);
      if (!u) return report(ctx, u.error(), text);
      if (args->has("--algebra"))
        for (auto& op : u->ops)
          if (op.where) std::fprintf(ctx.out, "\nalgebra (WHERE):\n%s\n", query::algebra::to_sse(*op.where).c_str());
    } else {
      auto q = query::prepare(text, po);
      if (!q) return report(ctx, q.error(), text);
      if (args->has("--algebra")) std::fprintf(ctx.out, "\nalgebra:\n%s\n", query::algebra::to_sse(*q).c_str());
      if (args->has("--plan")) {
        graph::Store store;
        if (auto loaded = load_rdf_files(store, args->all("--data")); !loaded) return report(ctx, loaded.error());
        auto ds = query::exec::Dataset::from_store(store);
        std::fprintf(ctx.out, "\nplan:\n%s\n", query::explain_plan(*q, ds, !args->has("--no-optimize")).c_str());
      }
    }
  }
  return k_exit_ok;
}

}  // namespace cg::app
