// SPDX-License-Identifier: MIT
/// @file rdf_suite.cpp W3C RDF 1.1 syntax suites (Turtle, N-Triples, N-Quads, TriG), driven by
/// their manifests: syntax tests must parse or fail; evaluation tests must give a dataset
/// isomorphic to the expected N-Triples/N-Quads, and so must every round trip through our
/// writers (each syntax that can hold the dataset).
#include <cstdio>
#include <set>
#include <string>

#include "common/text_file.hpp"
#include "graph/io/reader.hpp"
#include "graph/io/writer.hpp"
#include "graph/isomorphism.hpp"
#include "tests/conformance/support/manifest.hpp"

namespace {

using namespace cg;
namespace fs = std::filesystem;
const std::string k_rdft = "http://www.w3.org/ns/rdftest#";

graph::Syntax syntax_of(const std::string& type) {
  if (type.find("NTriples") != std::string::npos) return graph::Syntax::ntriples;
  if (type.find("NQuads") != std::string::npos) return graph::Syntax::nquads;
  if (type.find("Trig") != std::string::npos) return graph::Syntax::trig;
  return graph::Syntax::turtle;
}

struct Outcome {
  bool ok = false;
  std::string why;
};

Result<graph::Store> parse(const fs::path& file, graph::Syntax syntax, const std::string& base) {
  auto text = read_text_file(file.string(), TextFileOptions{.allow_empty = true, .require_utf8 = false, .allow_nul = true});
  if (!text) return unexpected(std::move(text).error());
  graph::Store store;
  graph::ReadOptions options;
  options.syntax = syntax;
  options.base_iri = base;
  options.source_name = file.filename().string();
  auto read = graph::read_rdf(store, *text, options);
  if (!read) return unexpected(std::move(read).error());
  return store;
}

Outcome run_eval(const fs::path& action, const fs::path& result, graph::Syntax syntax, const std::string& base) {
  auto actual = parse(action, syntax, base);
  if (!actual) return {false, "did not parse: " + render(actual.error())};
  auto expected = parse(result, syntax == graph::Syntax::trig ? graph::Syntax::nquads : graph::Syntax::ntriples, base);
  if (!expected) return {false, "expected result did not parse: " + render(expected.error())};
  const auto want = expected->quads();
  if (!graph::isomorphic(actual->quads(), want)) return {false, "result not isomorphic to " + result.filename().string()};
  // Round trips: every syntax we can read back and that can hold this dataset.
  const bool has_named = !actual->graph_names().empty();
  for (graph::Syntax out : {graph::Syntax::turtle, graph::Syntax::ntriples, graph::Syntax::nquads, graph::Syntax::trig}) {
    if (has_named && !graph::holds_named_graphs(out)) continue;
    auto text = graph::write_rdf_string(*actual, graph::WriteOptions{out, "round trip"});
    if (!text) return {false, "write failed: " + render(text.error())};
    graph::Store again;
    graph::ReadOptions options;
    options.syntax = out;
    options.source_name = std::string("round trip as ") + std::string(graph::syntax_name(out));
    auto read = graph::read_rdf(again, *text, options);
    if (!read) return {false, "round trip did not parse: " + render(read.error(), *text) + "\n" + *text};
    if (!graph::isomorphic(again.quads(), want))
      return {false, std::string("round trip through ") + std::string(graph::syntax_name(out)) + " changed the data"};
  }
  return {true, {}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: cg_rdf_conformance MANIFEST_DIR...\n");
    return 2;
  }
  std::size_t total_pass = 0, total_fail = 0, total_skip = 0;
  for (int i = 1; i < argc; ++i) {
    fs::path dir = argv[i];
    std::string suite = dir.filename().string();
    if (!fs::exists(dir / "manifest.ttl")) {
      std::printf("%s: the W3C suite is not here (%s); skipping\n", suite.c_str(), dir.c_str());
      test::print_summary(suite, 0, 0, 1);
      ++total_skip;
      continue;
    }
    auto manifest = test::read_manifest(dir / "manifest.ttl");
    if (!manifest) {
      std::printf("%s: cannot read the manifest: %s\n", suite.c_str(), render(manifest.error()).c_str());
      return 1;
    }
    std::size_t pass = 0, fail = 0, skip = 0;
    for (const auto& entry : manifest->entries) {
      std::string type;
      for (const auto& t : entry.types)
        if (t.rfind(k_rdft, 0) == 0) type = t.substr(k_rdft.size());
      if (type.empty() || !entry.action) {
        ++skip;
        continue;
      }
      const std::string action_iri = manifest->store.term(entry.action).value;
      const fs::path action = test::Manifest::to_path(action_iri);
      // Tests assume their files sit at mf:assumedTestBase (relative IRIs resolve against it).
      const std::string base = manifest->assumed_test_base.empty()
                                   ? action_iri
                                   : manifest->assumed_test_base + action.filename().string();
      const graph::Syntax syntax = syntax_of(type);
      Outcome outcome;
      if (type.find("PositiveSyntax") != std::string::npos) {
        auto parsed = parse(action, syntax, base);
        outcome = parsed ? Outcome{true, {}} : Outcome{false, "rejected: " + render(parsed.error())};
      } else if (type.find("NegativeSyntax") != std::string::npos || type.find("NegativeEval") != std::string::npos) {
        auto parsed = parse(action, syntax, base);
        outcome = parsed ? Outcome{false, "accepted invalid input"} : Outcome{true, {}};
      } else if (type.find("Eval") != std::string::npos && entry.result) {
        outcome = run_eval(action, test::Manifest::to_path(manifest->store.term(entry.result).value), syntax, base);
      } else {
        ++skip;
        continue;
      }
      if (outcome.ok) {
        ++pass;
      } else {
        ++fail;
        std::printf("FAIL %s (%s): %s\n", entry.iri.c_str(), type.c_str(), outcome.why.c_str());
      }
    }
    test::print_summary(suite, pass, fail, skip);
    total_pass += pass;
    total_fail += fail;
    total_skip += skip;
  }
  test::print_summary("total", total_pass, total_fail, total_skip);
  return total_fail == 0 ? 0 : 1;
}
