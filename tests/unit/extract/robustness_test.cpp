// SPDX-License-Identifier: MIT
// Random article-like text: the extractor never crashes, spans stay inside the text and on
// code-point boundaries, and the printers produce valid JSON.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"
#include "ontology/to_quads.hpp"
#include "ontology/validate.hpp"

using namespace cg::extract;

TEST_CASE("random article-like text") {
  static const char* const k_pieces[] = {
      "said", "told", "according to", "the", "of", "Ministry", "Office", "President", "John", "Smith", ",", ".",
      "\u201C", "\u201D", "\"", "'s", "\u2019s", "more than", "at least", "about", "a hundred", "4,500", "6 400",
      "19", "2010", "killed", "injured", "arrested", "\n", "\n\n", "Kazakhstan", "Tok\u00E1yev", "(", ")", "--",
      "\u2013", ":", "who", "that", "including", "of which", "Gen.", "U.S.", "Leave a Reply", "8 + 1 =", "\u00A0",
      "as reported by", "has not presented evidence", "A", "In", "Police", "FCO", "al-Qaida", "\xF0\x9F\x98\x80"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(k_pieces) - 1), len(0, 120);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    std::size_t n = len(rng);
    for (std::size_t i = 0; i < n; ++i) {
      text += k_pieces[pick(rng)];
      if (rng() % 3) text += ' ';
    }
    if (text.empty()) text = "x";
    Analysis a = extract_document(make_document("r", text));
    auto inside = [&](Span s) {
      return s.begin <= s.end && s.end <= text.size() &&
             (s.begin == text.size() || (static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80) &&
             (s.end == text.size() || (static_cast<unsigned char>(text[s.end]) & 0xC0) != 0x80);
    };
    for (const Mention& m : a.mentions) CHECK(inside(m.span));
    for (const Claim& c : a.claims) {
      CHECK(inside(c.content));
      CHECK(inside(c.evidence));
    }
    auto j = nlohmann::json::parse(to_json_line(a), nullptr, false);
    CHECK(j.is_object());
    auto violations = cg::ontology::validate(cg::ontology::to_quads(a));
    for (const auto& v : violations) FAIL_CHECK(v.node << ": " << v.shape << ": " << v.message << "\n  text: " << text);
  }
}
