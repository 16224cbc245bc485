// SPDX-License-Identifier: MIT
/// @file syntax_suite.cpp W3C SPARQL syntax tests, driven by one manifest each:
/// mf:PositiveSyntaxTest / mf:PositiveSyntaxTest11 / mf:PositiveUpdateSyntaxTest11 must parse,
/// pass the checks, and round-trip (printed as SPARQL and parsed again, the same AST);
/// mf:NegativeSyntaxTest / mf:NegativeSyntaxTest11 / mf:NegativeUpdateSyntaxTest11 must fail
/// with a Diagnostic. Prints "N passed, N failed, N skipped"; exits 1 on any failure.
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "common/text_file.hpp"
#include "parser/ast_print.hpp"
#include "parser/parse.hpp"
#include "tests/conformance/support/manifest.hpp"

namespace {

using namespace cg;
namespace fs = std::filesystem;

struct Outcome {
  bool ok = false;
  std::string why;
};

template <class Ast>
Outcome round_trip(const Ast& ast, bool update) {
  const std::string printed = parser::to_sparql(ast);
  parser::ParseOptions options;
  options.source_name = "printed";
  std::string first = parser::to_sse(ast);
  if (update) {
    auto again = parser::parse_update(printed, options);
    if (!again) return {false, "printed form does not parse: " + render(again.error(), printed) + "\n" + printed};
    if (parser::to_sse(*again) != first)
      return {false, "round trip changed the AST:\n  " + first + "\n  " + parser::to_sse(*again)};
  } else {
    auto again = parser::parse_query(printed, options);
    if (!again) return {false, "printed form does not parse: " + render(again.error(), printed) + "\n" + printed};
    if (parser::to_sse(*again) != first)
      return {false, "round trip changed the AST:\n  " + first + "\n  " + parser::to_sse(*again)};
  }
  return {true, {}};
}

Outcome run(const fs::path& file, bool update, bool positive) {
  auto text = read_text_file(file.string(), TextFileOptions{.allow_empty = true, .require_utf8 = false});
  if (!text) return {!positive, "cannot read: " + render(text.error())};
  parser::ParseOptions options;
  options.source_name = file.filename().string();
  if (update) {
    auto ast = parser::parse_update(*text, options);
    if (!positive) return {!ast, ast ? "parsed, but must be rejected" : std::string()};
    if (!ast) return {false, render(ast.error(), *text)};
    return round_trip(*ast, true);
  }
  auto ast = parser::parse_query(*text, options);
  if (!positive) return {!ast, ast ? "parsed, but must be rejected" : std::string()};
  if (!ast) return {false, render(ast.error(), *text)};
  return round_trip(*ast, false);
}

std::set<std::string> read_skip_list(const fs::path& file) {
  std::set<std::string> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    auto hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (!line.empty()) out.insert(line);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: cg_sparql_syntax_conformance MANIFEST [SKIP_LIST]\n");
    return 2;
  }
  const std::string manifest_path = argv[1];
  const std::string label = fs::path(manifest_path).parent_path().filename().string();
  if (manifest_path.empty() || !fs::exists(manifest_path)) {
    std::printf("W3C suite missing (%s): skipped\n", manifest_path.c_str());
    test::print_summary(label, 0, 0, 0);
    return 0;
  }
  std::set<std::string> skip = argc > 2 ? read_skip_list(argv[2]) : std::set<std::string>{};
  auto manifest = test::read_manifest(manifest_path);
  if (!manifest) {
    std::fprintf(stderr, "%s\n", render(manifest.error()).c_str());
    return 1;
  }
  const std::string mf = test::k_mf;
  std::size_t passed = 0, failed = 0, skipped = 0;
  for (const auto& entry : manifest->entries) {
    bool positive = entry.has_type(mf + "PositiveSyntaxTest") || entry.has_type(mf + "PositiveSyntaxTest11") ||
                    entry.has_type(mf + "PositiveUpdateSyntaxTest11");
    bool negative = entry.has_type(mf + "NegativeSyntaxTest") || entry.has_type(mf + "NegativeSyntaxTest11") ||
                    entry.has_type(mf + "NegativeUpdateSyntaxTest11");
    if (!positive && !negative) continue;  // evaluation tests: not this runner's job
    if (skip.count(entry.iri)) {
      ++skipped;
      continue;
    }
    bool update = entry.has_type(mf + "PositiveUpdateSyntaxTest11") ||
                  entry.has_type(mf + "NegativeUpdateSyntaxTest11");
    fs::path file = test::Manifest::to_path(manifest->store.term(entry.action).value);
    Outcome outcome = run(file, update, positive);
    if (outcome.ok) {
      ++passed;
    } else {
      ++failed;
      std::printf("FAIL %s (%s, %s)\n  %s\n", entry.iri.c_str(), file.filename().string().c_str(),
                  positive ? "positive" : "negative", outcome.why.c_str());
    }
  }
  test::print_summary(label, passed, failed, skipped);
  return failed == 0 ? 0 : 1;
}
