// SPDX-License-Identifier: MIT
/// @file extract.cpp `claimgraph extract --json ARTICLES…`: the FORMAT.md JSON Lines, one line
/// per article (id = file stem, or the JSON Lines "id").
#include <cstdio>

#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "app/commands/extract_common.hpp"
#include "common/atomic_file.hpp"
#include "extract/batch.hpp"
#include "extract/pipeline.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph extract --json ARTICLES... [-o OUT] [--base IRI] [--jobs N]\n"
    "       claimgraph extract --dump STAGE ARTICLES...\n"
    "\n"
    "Extracts people, organisations, places, roles, attributed claims and counts from news\n"
    "articles and writes one JSON line per article in the format of shared/eval/FORMAT.md\n"
    "(offsets in Unicode code points; id = the file stem, or the \"id\" of a JSON Lines record).\n"
    "Articles: .txt (plain text; the first short line is the headline), .html/.htm (the article\n"
    "text of the page, without scripts, menus or forms), .jsonl (one {\"id\",\"url\",\"title\",\n"
    "\"date\",\"text\"} object per line). '-' reads plain text from standard input.\n"
    "\n"
    "options:\n"
    "  --json             write FORMAT.md JSON Lines (the default)\n"
    "  --dump STAGE       print one stage as JSON instead: tokens, sentences, mentions,\n"
    "                     entities, roles, claims, discrepancies\n"
    "  -o, --output FILE  where to write (default '-' = stdout); written atomically\n"
    "  --base IRI         base of entity IRIs (default https://w3id.org/claimgraph/id/)\n"
    "  -j, --jobs N       threads (default 1; 0 = one per core); output order is input order\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit status: 0 all inputs extracted; 3 output written but some inputs were skipped\n"
    "(empty, binary, not UTF-8, too large, HTML without text: each is named on stderr);\n"
    "1 no input could be used or the output could not be written; 2 bad command line.\n";
}  // namespace

int run_extract(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"--json"}},
                                    {{"--dump"}, true},
                                    {{"-o", "--output"}, true},
                                    {{"--base"}, true},
                                    {{"-j", "--jobs"}, true}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->positional.empty())
    return report(ctx, make_diagnostic(DiagKind::usage, "extract needs at least one article file (see --help)"));
  auto jobs = parse_jobs(*args);
  if (!jobs) return report(ctx, jobs.error());
  std::string dump = args->get("--dump").value_or("");
  static const char* const k_stages[] = {"tokens", "sentences", "mentions", "entities", "roles", "claims", "discrepancies"};
  if (!dump.empty()) {
    bool ok = false;
    for (const char* s : k_stages) ok |= dump == s;
    if (!ok) return report(ctx, make_diagnostic(DiagKind::usage, "unknown stage '" + dump + "' for --dump (see --help)"));
  }
  extract::JsonOptions jopt;
  if (auto b = args->get("--base")) jopt.base = *b;
  const std::string output = args->get("--output").value_or("-");

  std::optional<AtomicFile> file;
  std::FILE* out = ctx.out;
  if (output != "-") {
    auto f = AtomicFile::open(output);
    if (!f) return report(ctx, f.error());
    file.emplace(std::move(*f));
    out = file->stream();
  }
  auto stats = extract::run_batch(
      args->positional, *jobs,
      [&](extract::Analysis& a) {
        std::fwrite(a.rendered.data(), 1, a.rendered.size(), out);
        std::fputc('\n', out);
      },
      [&](const Diagnostic& d) { report(ctx, d); },
      [&](extract::Analysis& a) {  // on the worker thread
        a.rendered = dump.empty() ? extract::to_json_line(a, jopt) : extract::dump_stage(a, dump);
      });
  if (stats.documents == 0) {
    std::fprintf(ctx.err, "claimgraph: error: no article could be read\n");
    return k_exit_user_error;  // the temporary file is removed when `file` is destroyed
  }
  if (file) {
    if (auto c = file->commit(); !c) return report(ctx, c.error());
  }
  if (stats.skipped > 0) {
    std::fprintf(ctx.err, "claimgraph: %zu input(s) skipped, %zu article(s) extracted\n", stats.skipped, stats.documents);
    return k_exit_inputs_skipped;
  }
  return k_exit_ok;
}

}  // namespace cg::app
