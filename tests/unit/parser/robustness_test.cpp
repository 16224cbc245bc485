// SPDX-License-Identifier: MIT
// No input crashes the parser: every W3C query and update, truncated at every 7th byte, must give
// either an AST or a Diagnostic with a span inside the text. Run it under the asan preset too.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "parser/ast_print.hpp"
#include "parser/parse.hpp"
#include "tests/support/test_support.hpp"

namespace {

/// Whatever parses must also survive the printer: printed as SPARQL and parsed again, the same AST.
template <class Ast>
void check_round_trip(const Ast& ast, bool update, const std::string& source) {
  const std::string printed = cg::parser::to_sparql(ast);
  if (update) {
    auto again = cg::parser::parse_update(printed);
    CHECK_MESSAGE(again, source << "\n---\n" << printed);
    if (again) CHECK_MESSAGE(cg::parser::to_sse(*again) == cg::parser::to_sse(ast), source);
  } else {
    auto again = cg::parser::parse_query(printed);
    CHECK_MESSAGE(again, source << "\n---\n" << printed);
    if (again) CHECK_MESSAGE(cg::parser::to_sse(*again) == cg::parser::to_sse(ast), source);
  }
}

}  // namespace

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
          if (u) {
            ++parsed;
            check_round_trip(*u, true, std::string(prefix));
          } else {
            check_diag(u.error());
          }
        } else {
          auto q = cg::parser::parse_query(prefix);
          if (q) {
            ++parsed;
            check_round_trip(*q, false, std::string(prefix));
          } else {
            check_diag(q.error());
          }
        }
      }
    }
    MESSAGE(files << " files, " << prefixes << " prefixes, " << parsed << " of them parsed");
    CHECK(files > 400);
  }

  TEST_CASE("every W3C query with bytes replaced, inserted or deleted parses or fails cleanly") {
    namespace fs = std::filesystem;
    fs::path root = cg::test::w3c_dir();
    if (root.empty() || !fs::exists(root / "sparql")) {
      MESSAGE("W3C suites missing: mutation test skipped");
      return;
    }
    // Characters that matter to the grammar, plus a few multi-byte and invalid bytes.
    const std::string alphabet = "{}()[]<>\"'\\#?$:._-^/|*+!=&,;@ aAeE0\n\xC3\xA9\xFF";
    std::uint64_t state = 0x9E3779B97F4A7C15ull;  // fixed seed: the same mutants every run
    auto next = [&state]() {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      return state;
    };
    std::size_t mutants = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root / "sparql")) {
      auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".rq" && ext != ".ru")) continue;
      const std::string text = cg::test::read_file(entry.path());
      if (text.empty()) continue;
      for (int k = 0; k < 8; ++k) {
        std::string mutant = text;
        for (int edits = 1 + static_cast<int>(next() % 3); edits > 0; --edits) {
          std::size_t at = next() % (mutant.size() + 1);
          char c = alphabet[next() % alphabet.size()];
          switch (next() % 3) {
            case 0: if (at < mutant.size()) mutant[at] = c; break;
            case 1: mutant.insert(at, 1, c); break;
            default: if (at < mutant.size()) mutant.erase(at, 1); break;
          }
        }
        ++mutants;
        if (ext == ".ru") {
          auto u = cg::parser::parse_update(mutant);
          if (u) check_round_trip(*u, true, mutant);
          else CHECK(!u.error().message.empty());
        } else {
          auto q = cg::parser::parse_query(mutant);
          if (q) check_round_trip(*q, false, mutant);
          else CHECK(!q.error().message.empty());
        }
      }
    }
    MESSAGE(mutants << " mutants parsed or rejected");
    CHECK(mutants > 3000);
  }
}
