// SPDX-License-Identifier: MIT
/// No input crashes the RDF readers: every W3C RDF test file, truncated at every 7th byte and
/// with bytes flipped, is either read or refused with a diagnostic that has a message.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "graph/io/reader.hpp"
#include "tests/support/test_support.hpp"

using namespace cg;
namespace fs = std::filesystem;

TEST_SUITE("graph.robustness") {
  TEST_CASE("truncated and corrupted W3C RDF files never crash the readers") {
    const fs::path w3c = test::w3c_dir();
    if (w3c.empty()) {
      MESSAGE("the W3C suites are not here; skipping");
      return;
    }
    std::mt19937 rng(20261127);
    std::size_t files = 0, parses = 0;
    for (const auto& entry : fs::recursive_directory_iterator(w3c / "rdf")) {
      if (!entry.is_regular_file()) continue;
      auto syntax = graph::syntax_from_path(entry.path().string());
      if (!syntax || *syntax == graph::Syntax::jsonld || entry.path().filename() == "manifest.ttl") continue;
      const std::string text = test::read_file(entry.path());
      ++files;
      auto parse = [&](std::string_view input) {
        graph::Store store;
        graph::ReadOptions options;
        options.syntax = *syntax;
        options.source_name = entry.path().filename().string();
        options.base_iri = "http://example.org/base/";
        auto r = graph::read_rdf(store, input, options);
        if (!r) CHECK_FALSE(r.error().message.empty());
        ++parses;
      };
      // Every 7th byte; for the few large files, about 600 cuts spread evenly.
      const std::size_t stride = std::max<std::size_t>(7, text.size() / 600);
      for (std::size_t cut = 0; cut < text.size(); cut += stride) parse(std::string_view(text).substr(0, cut));
      for (int k = 0; k < 8 && !text.empty(); ++k) {
        std::string mutated = text;
        mutated[rng() % mutated.size()] = static_cast<char>(rng() % 256);
        parse(mutated);
      }
    }
    MESSAGE(files << " files, " << parses << " parses");
    CHECK(files > 500);
  }
}
