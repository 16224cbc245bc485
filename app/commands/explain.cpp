// SPDX-License-Identifier: MIT
/// @file explain.cpp `claimgraph explain (-q TEXT | -f FILE) [--update]`: parses a SPARQL query or
/// update, runs the checks, and prints the syntax tree as an S-expression.
#include <string>

#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "common/text_file.hpp"
#include "parser/ast_print.hpp"
#include "parser/parse.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph explain (-q TEXT | -f FILE) [--update] [--sparql]\n"
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
    "  -h, --help         show this help\n";

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

int run_explain(CommandContext& ctx) {
  auto args = parse_args(ctx.args, {{{"-q", "--query"}, true},
                                    {{"-f", "--file"}, true},
                                    {{"--update"}},
                                    {{"--sparql"}},
                                    {{"-h", "--help"}}});
  if (!args) return report(ctx, args.error());
  if (args->has("--help")) {
    std::fputs(k_help, ctx.out);
    return k_exit_ok;
  }
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
  return k_exit_ok;
}

}  // namespace cg::app
