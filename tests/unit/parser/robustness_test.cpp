// SPDX-License-Identifier: MIT
// No input crashes the parser: every W3C query and update, truncated at every 7th byte, must give
// either an AST or a Diagnostic with a span inside the text. Run it under the asan preset too.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "parser/parse.hpp"
#include "tests/support/test_support.hpp"

TEST_SUITE("parser.robustness") {
  TEST_CASE("every W3C query truncated at every 7th byte parses or fails cleanly") {
    namespace fs = std::filesystem;
    fs::path root = cg::test::w3c_dir();
    if (root.empty() || !fs::exists(root / "sparql")) {
      MESSAGE("W3C suites missing: truncation test skipped");
      return;
    }
    std::size_t files = 0, prefixes = 0, parsed = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root / "sparql")) {
      auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".rq" && ext != ".ru")) continue;
      const std::string text = cg::test::read_file(entry.path());
      ++files;
      for (std::size_t cut = 0; cut <= text.size(); cut += 7) {
        std::string_view prefix(text.data(), cut);
        ++prefixes;
        auto check_diag = [&](const cg::Diagnostic& d) {
          CHECK(!d.message.empty());
          if (d.span) CHECK(d.span->offset <= prefix.size());
        };
        if (ext == ".ru") {
          auto u = cg::parser::parse_update(prefix);
          if (u) ++parsed; else check_diag(u.error());
        } else {
          auto q = cg::parser::parse_query(prefix);
          if (q) ++parsed; else check_diag(q.error());
        }
      }
    }
    MESSAGE(files << " files, " << prefixes << " prefixes, " << parsed << " of them parsed");
    CHECK(files > 400);
  }
}
