// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"
#include "ontology/to_quads.hpp"
#include "tests/support/test_support.hpp"

namespace fs = std::filesystem;
using namespace cg;

namespace {

std::string sorted_nquads(const extract::Analysis& a) {
  std::vector<std::string> lines;
  for (const auto& q : ontology::to_quads(a)) lines.push_back(q.to_nquads());
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

void check_or_update(const fs::path& file, const std::string& actual) {
  const char* update = std::getenv("CG_UPDATE_GOLDEN");
  if (update && *update && std::string(update) != "0") {
    test::write_file(file, actual);
    MESSAGE("updated " << file.string());
    return;
  }
  std::string expected = test::read_file(file);
  REQUIRE_MESSAGE(!expected.empty(), "missing golden file " << file.string() << " (run with CG_UPDATE_GOLDEN=1)");
  if (expected != actual) {
    // show the first differing line
    std::size_t i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) ++i;
    std::size_t b = expected.rfind('\n', i == 0 ? 0 : i - 1);
    b = b == std::string::npos ? 0 : b + 1;
    FAIL_CHECK(file.string() << " differs near:\n  expected: " << expected.substr(b, expected.find('\n', b) - b)
                             << "\n  actual:   " << actual.substr(b, actual.find('\n', b) - b));
  }
}

}  // namespace

TEST_CASE("extraction golden files") {
  fs::path dir = CG_GOLDEN_DIR;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_directory() && fs::exists(e.path() / "input.txt")) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 4);
  for (const auto& c : cases) {
    CAPTURE(c.filename().string());
    std::string text = test::read_file(c / "input.txt");
    REQUIRE(!text.empty());
    extract::Analysis a = extract::extract_document(extract::make_document(c.filename().string(), text));
    check_or_update(c / "expected.nq", sorted_nquads(a));
    check_or_update(c / "expected.claims.json", extract::dump_stage(a, "claims") + "\n");
  }
}
