// SPDX-License-Identifier: MIT
/// @file stats.cpp `claimgraph stats GRAPH…`: what a dataset holds, as text or JSON.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "app/args.hpp"
#include "app/commands/commands.hpp"
#include "app/rdf_input.hpp"

namespace cg::app {

namespace {
constexpr const char* k_help =
    "usage: claimgraph stats GRAPH... [--json] [--top N] [--input-format FMT]\n"
    "\n"
    "Loads the RDF files into one dataset and prints: quads, distinct subjects, predicates and\n"
    "objects, named graphs, the classes with their instance counts (rdf:type), and the most used\n"
    "predicates.\n"
    "\n"
    "options:\n"
    "  --json                  print a JSON object instead of text\n"
    "  --top N                 how many classes and predicates to list (default 10)\n"
    "  -i, --input-format FMT  input format (default: by extension)\n"
    "  -h, --help              show this help\n";

struct Ranked {
  std::string iri;
  std::size_t count;
};

std::vector<Ranked> top(const graph::Store& store,
                        const std::unordered_map<graph::TermId, std::size_t, graph::TermIdHash>& counts,
                        std::size_t n) {
  std::vector<Ranked> out;
  for (auto [id, c] : counts) out.push_back({store.term(id).to_ntriples(), c});
  std::sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
    return a.count != b.count ? a.count > b.count : a.iri < b.iri;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

/// Shortens <iri> with the store's prefixes for display.
std::string shorten(const graph::Store& store, const std::string& nt) {
  if (nt.size() < 2 || nt.front() != '<') return nt;
  std::string iri = nt.substr(1, nt.size() - 2);
  for (const auto& [prefix, ns] : store.prefixes())
    if (!ns.empty() && iri.rfind(ns, 0) == 0) return prefix + ":" + iri.substr(ns.size());
  return nt;
}
}  // namespace

int run_stats(CommandContext& ctx) {
  auto parsed = parse_command_args(ctx, {{{"--json"}},
                                    {{"--top"}, true},
                                    {{"-i", "--input-format"}, true}}, k_help);
  if (!parsed.args) return parsed.exit_code;
  auto& args = parsed.args;
  if (args->positional.empty())
    return report(ctx, make_diagnostic(DiagKind::usage, "stats needs at least one RDF file (see --help)"));
  std::size_t n_top = 10;
  if (auto t = args->get("--top")) {
    try {
      std::size_t used = 0;
      long v = std::stol(*t, &used);
      if (used != t->size() || v < 0) throw std::invalid_argument(*t);
      n_top = static_cast<std::size_t>(v);
    } catch (const std::exception&) {
      return report(ctx, make_diagnostic(DiagKind::usage, "--top needs a whole number, not '" + *t + "'"));
    }
  }
  auto input_syntax = parse_rdf_format(args->get("--input-format"));
  if (!input_syntax) return report(ctx, input_syntax.error());
  graph::Store store;
  if (auto loaded = load_rdf_files(store, args->positional, *input_syntax); !loaded) return report(ctx, loaded.error());

  graph::StoreStats st;
  std::unordered_set<graph::TermId, graph::TermIdHash> subjects, predicates, objects, graphs;
  std::unordered_map<graph::TermId, std::size_t, graph::TermIdHash> classes, predicate_use;
  const graph::TermId rdf_type = store.lookup(graph::Term::iri(std::string(graph::k_rdf_type)));
  store.match(graph::Pattern{}, [&](const graph::IdQuad& q) {
    ++st.quads;
    subjects.insert(q.subject);
    predicates.insert(q.predicate);
    objects.insert(q.object);
    if (q.graph) graphs.insert(q.graph);
    ++predicate_use[q.predicate];
    if (q.predicate == rdf_type) ++classes[q.object];
    return true;
  });
  auto top_classes = top(store, classes, n_top);
  auto top_predicates = top(store, predicate_use, n_top);

  if (args->has("--json")) {
    nlohmann::ordered_json j;
    j["quads"] = st.quads;
    j["subjects"] = subjects.size();
    j["predicates"] = predicates.size();
    j["objects"] = objects.size();
    j["graphs"] = graphs.size();
    j["classes"] = classes.size();
    j["top_classes"] = nlohmann::ordered_json::array();
    for (const auto& c : top_classes) j["top_classes"].push_back({{"class", c.iri}, {"instances", c.count}});
    j["top_predicates"] = nlohmann::ordered_json::array();
    for (const auto& p : top_predicates) j["top_predicates"].push_back({{"predicate", p.iri}, {"quads", p.count}});
    std::fputs((j.dump(2) + "\n").c_str(), ctx.out);
    return k_exit_ok;
  }
  std::fprintf(ctx.out, "quads       %zu\nsubjects    %zu\npredicates  %zu\nobjects     %zu\ngraphs      %zu\nclasses     %zu\n",
               st.quads, subjects.size(), predicates.size(), objects.size(), graphs.size(), classes.size());
  if (!top_classes.empty()) {
    std::fprintf(ctx.out, "\nclasses by instances:\n");
    for (const auto& c : top_classes) std::fprintf(ctx.out, "  %10zu  %s\n", c.count, shorten(store, c.iri).c_str());
  }
  if (!top_predicates.empty()) {
    std::fprintf(ctx.out, "\npredicates by use:\n");
    for (const auto& p : top_predicates) std::fprintf(ctx.out, "  %10zu  %s\n", p.count, shorten(store, p.iri).c_str());
  }
  return k_exit_ok;
}

}  // namespace cg::app
