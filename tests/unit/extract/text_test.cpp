// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"
#include "extract/text.hpp"

using namespace cg::extract;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
  Analysis a = extract_document(make_document("t", text));
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) out.emplace_back(a.text(s.span));
  return out;
}
}  // namespace

TEST_CASE("fold removes diacritics, case and curly apostrophes") {
  CHECK(fold("Tokáyev") == "tokayev");
  CHECK(fold("Kasim-Yomart TOKÁYEV") == "kasim-yomart tokayev");
  CHECK(fold("Attorney General\u2019s") == "attorney general's");
  CHECK(fold("Łódź Žilina") == "lodz zilina");
  CHECK(fold("a\u00A0b") == "a b");
}

TEST_CASE("abbreviations and initials do not end sentences") {
  auto s = sentences_of("Gen. John Smith met U.S. officials on Jan. 5 in Washington. They talked for an hour.\n");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Gen. John Smith met U.S. officials on Jan. 5 in Washington.");
  CHECK(s[1] == "They talked for an hour.");
}

TEST_CASE("a quotation of several sentences stays one sentence; a line break ends one") {
  auto s = sentences_of("\u201CWe will win. We always do,\u201D he said.\nThe end came soon\n");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\u201CWe will win. We always do,\u201D he said.");
  CHECK(s[1] == "The end came soon");
}

TEST_CASE("code-point offsets") {
  auto idx = code_point_index("Tok\u00E1yev \u201Cx\u201D");
  // "Tokáyev" is 7 code points in 8 bytes; the curly quote is 3 bytes
  CHECK(idx[8] == 7);
  CHECK(idx.back() == 11);
}

TEST_CASE("possessive is its own token and names keep their diacritics") {
  Analysis a = extract_document(make_document("t", "The Attorney General\u2019s Office said Kasim-Yomart Tok\u00E1yev had left.\n"));
  bool poss = false;
  for (const Token& t : a.tokens) poss |= t.lower == "'s";
  CHECK(poss);
}
