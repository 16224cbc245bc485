// SPDX-License-Identifier: MIT
/// `claimgraph convert` between any two formats keeps every dataset of the W3C Turtle and TriG
/// evaluation tests isomorphic to the expected result.
#include <doctest/doctest.h>

#include "graph/io/reader.hpp"
#include "graph/isomorphism.hpp"
#include "tests/cli/cli_support.hpp"
#include "tests/conformance/support/manifest.hpp"
#include "tests/support/test_support.hpp"

using namespace cg;
namespace fs = std::filesystem;

namespace {
std::vector<graph::Quad> load(const fs::path& file, const std::string& base = {}) {
  graph::Store store;
  auto r = graph::read_rdf_file(store, file.string(), std::nullopt, base);
  REQUIRE_MESSAGE(r, render(r ? Diagnostic{} : r.error()));
  return store.quads();
}
}  // namespace

TEST_SUITE("cli.convert") {
  TEST_CASE("every W3C Turtle/TriG evaluation dataset survives conversion between any two formats") {
    const fs::path w3c = test::w3c_dir();
    if (w3c.empty()) {
      MESSAGE("the W3C suites are not here; skipping");
      return;
    }
    const std::vector<std::string> formats{"ttl", "nt", "nq", "trig"};
    test::TempDir dir;
    std::size_t datasets = 0, conversions = 0;
    for (const char* suite : {"rdf-turtle", "rdf-trig"}) {
      auto manifest = test::read_manifest(w3c / "rdf/rdf11" / suite / "manifest.ttl");
      REQUIRE(manifest);
      for (const auto& entry : manifest->entries) {
        bool eval = entry.has_type("http://www.w3.org/ns/rdftest#TestTurtleEval") ||
                    entry.has_type("http://www.w3.org/ns/rdftest#TestTrigEval");
        if (!eval || !entry.result) continue;
        fs::path action = test::Manifest::to_path(manifest->store.term(entry.action).value);
        fs::path result = test::Manifest::to_path(manifest->store.term(entry.result).value);
        const std::string base = manifest->assumed_test_base + action.filename().string();
        const auto expected = load(result, base);
        bool named = false;
        for (const auto& q : expected) named |= q.graph.has_value();
        ++datasets;
        for (const auto& first : formats) {
          if (named && (first == "ttl" || first == "nt")) continue;
          fs::path a = dir / ("a." + first);
          auto r1 = test::run_cli({"convert", action.string(), "-o", a.string(), "--base", base});
          REQUIRE_MESSAGE(r1.exit_code == 0, (action.string() + " -> " + first + ": " + r1.err));
          for (const auto& second : formats) {
            if (named && (second == "ttl" || second == "nt")) continue;
            fs::path b = dir / ("b." + second);
            auto r2 = test::run_cli({"convert", a.string(), "-o", b.string()});
            REQUIRE_MESSAGE(r2.exit_code == 0, (a.string() + " -> " + second + ": " + r2.err));
            CHECK_MESSAGE(graph::isomorphic(load(b), expected), (action.filename().string() + " via " + first + " -> " + second));
            ++conversions;
          }
        }
      }
    }
    MESSAGE(datasets << " datasets, " << conversions << " conversion chains");
    CHECK(datasets > 200);
  }
}
