// SPDX-License-Identifier: MIT
#include "app/cli.hpp"

#include <unistd.h>

#include <array>
#include <string_view>

#include "app/commands/commands.hpp"

#ifndef CG_VERSION
#define CG_VERSION "0.0.0"
#endif

namespace cg::app {

namespace {

// The command table: add a row per subcommand (declared in app/commands/commands.hpp).
constexpr std::array k_commands{
    CommandInfo{"build", "build a knowledge graph from news articles (.txt, .html, .jsonl)", run_build},
    CommandInfo{"extract", "extract entities, roles, claims and counts as JSON Lines (--json)", run_extract},
    CommandInfo{"validate", "check a graph against the claimgraph shapes", run_validate},
    CommandInfo{"convert", "convert RDF between Turtle, N-Triples, N-Quads, TriG and JSON-LD", run_convert},
    CommandInfo{"explain", "parse and check a SPARQL query or update and print its syntax tree", run_explain},
    CommandInfo{"query", "run a SPARQL 1.1 query over RDF files (table, JSON, XML, CSV, TSV)", run_query},
    CommandInfo{"update", "apply a SPARQL 1.1 Update request to an RDF dataset", run_update},
    CommandInfo{"stats", "count the quads, terms, graphs, classes and predicates of RDF files", run_stats},
};

void print_help(std::FILE* out) {
  std::fputs(
      "claimgraph " CG_VERSION " - knowledge graphs of who is who and who claimed what in the news\n"
      "\n"
      "usage: claimgraph <command> [options] [arguments]\n"
      "       claimgraph <command> --help\n"
      "\n"
      "commands:\n",
      out);
  for (const auto& c : k_commands) std::fprintf(out, "  %-10s %.*s\n", std::string(c.name).c_str(),
                                                static_cast<int>(c.summary.size()), c.summary.data());
  std::fputs(
      "\n"
      "options:\n"
      "  -h, --help     show this help\n"
      "  --version      print the version\n"
      "\n"
      "Exit status: 0 success, 1 bad input (file, data, query), 2 bad command line.\n"
      "'-' stands for standard input or output. Formats follow file extensions unless --format says\n"
      "otherwise. Output files are written to a temporary file and renamed, so a failure never\n"
      "leaves half a file.\n",
      out);
}

}  // namespace

int report(CommandContext& ctx, const Diagnostic& diag, std::string_view source_text) {
  std::fprintf(ctx.err, "claimgraph: %s\n", render(diag, source_text).c_str());
  return diag.kind == DiagKind::usage ? k_exit_usage : k_exit_user_error;
}

int run(const std::vector<std::string>& args, std::FILE* out, std::FILE* err) {
  if (args.empty()) {
    print_help(err);
    return k_exit_usage;
  }
  const std::string& name = args[0];
  if (name == "-h" || name == "--help" || name == "help") {
    print_help(out);
    return k_exit_ok;
  }
  if (name == "--version" || name == "-V") {
    std::fputs("claimgraph " CG_VERSION "\n", out);
    return k_exit_ok;
  }
  for (const auto& command : k_commands) {
    if (command.name != name) continue;
    CommandContext ctx;
    ctx.args.assign(args.begin() + 1, args.end());
    ctx.out = out;
    ctx.err = err;
    ctx.out_is_terminal = out == stdout && ::isatty(STDOUT_FILENO);
    ctx.err_is_terminal = err == stderr && ::isatty(STDERR_FILENO);
    try {
      return command.run(ctx);
    } catch (const std::bad_alloc&) {
      std::fprintf(err, "claimgraph: error: out of memory\n");
      return k_exit_user_error;
    } catch (const std::exception& e) {
      std::fprintf(err, "claimgraph: internal error: %s\n", e.what());
      return k_exit_user_error;
    }
  }
  std::fprintf(err, "claimgraph: usage error: unknown command '%s' (see claimgraph --help)\n", name.c_str());
  return k_exit_usage;
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  int code = run(args, stdout, stderr);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "claimgraph: error: cannot write to standard output\n");
    return k_exit_user_error;
  }
  return code;
}

}  // namespace cg::app
