// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"
#include "tests/support/test_support.hpp"

using namespace cg::extract;

TEST_CASE("headline, repeated headline and site boilerplate") {
  std::string text =
      "Five Hurt In Blast\n\nFive hurt in blast\n\nFive people were hurt in a blast in Oslo, police said.\n\n"
      "Leave a Reply\n\nYour email address will not be published.\n\n8 + 1 =\n";
  Document d = make_document("x", text);
  REQUIRE(d.headline.has_value());
  CHECK(text.substr(d.headline->begin, d.headline->size()) == "Five Hurt In Blast");
  REQUIRE(d.repeats.size() == 1);
  CHECK(text.substr(d.repeats[0].begin, d.repeats[0].size()) == "Five hurt in blast");
  Analysis a = extract_document(std::move(d));
  for (const Sentence& s : a.sentences) {
    std::string st(a.text(s.span));
    CHECK(st.find("Leave a Reply") == std::string::npos);
    CHECK(st.find("email") == std::string::npos);
    CHECK(st.find("8 + 1") == std::string::npos);
  }
  // the repeated headline gives no second claim
  int fives = 0;
  for (const Claim& c : a.claims) fives += c.count && c.count->value && *c.count->value == 5;
  CHECK(fives == 2);  // the headline and the body sentence
}

TEST_CASE("dates in datelines") {
  CHECK(parse_date("MOSCOW (UrduPoint News / Sputnik - 10th August, 2020) The") == "2020-08-10");
  CHECK(parse_date("CAIRO, March 3, 2024 - The") == "2024-03-03");
  CHECK(parse_date("published 2011-04-04") == "2011-04-04");
  CHECK(parse_date("no date here") == "");
}

TEST_CASE("HTML: article text without scripts, menus and forms") {
  auto d = document_from_html("page",
                              "<html><head><title>Mayor Resigns</title>"
                              "<meta property=\"article:published_time\" content=\"2023-05-02T10:00:00Z\"></head>"
                              "<body><nav>Home | World</nav><script>var x = 1;</script>"
                              "<p>The mayor of Riga resigned on Monday, officials said.</p>"
                              "<form>Leave a comment</form><footer>Copyright</footer></body></html>");
  REQUIRE(d.has_value());
  CHECK(d->title == "Mayor Resigns");
  CHECK(d->date == "2023-05-02");
  CHECK(d->text.find("var x") == std::string::npos);
  CHECK(d->text.find("Home | World") == std::string::npos);
  CHECK(d->text.find("Leave a comment") == std::string::npos);
  CHECK(d->text.find("The mayor of Riga resigned on Monday, officials said.") != std::string::npos);
  auto empty = document_from_html("e", "<html><script>x</script><nav>menu</nav></html>");
  CHECK_FALSE(empty.has_value());
}

TEST_CASE("bad inputs are named and the rest goes on") {
  cg::test::TempDir dir;
  auto empty = cg::test::write_file(dir / "empty.txt", "");
  auto binary = cg::test::write_file(dir / "bin.txt", std::string("ab\0cd", 5));
  auto latin1 = cg::test::write_file(dir / "latin1.txt", "caf\xE9\n");
  auto html = cg::test::write_file(dir / "only.html", "<html><script>x()</script></html>");
  auto huge = cg::test::write_file(dir / "huge.txt", std::string(k_max_article_bytes + 10, 'a'));
  auto ok = cg::test::write_file(dir / "ok.txt", "Officials said 3 people died in Oslo.\n");
  auto lines = cg::test::write_file(dir / "a.jsonl",
                                    "{\"id\":\"one\",\"title\":\"T\",\"date\":\"2020-01-02\",\"text\":\"Police said 4 people were arrested.\"}\n"
                                    "not json\n"
                                    "{\"id\":\"two\",\"text\":\"\"}\n");
  std::vector<std::string> errors, ids;
  for (const auto& p : {empty, binary, latin1, html, huge, ok, lines}) {
    load_documents(p.string(), [&](cg::Result<Document> d) {
      if (!d) errors.push_back(cg::render(d.error()));
      else ids.push_back(d->id);
    });
  }
  CHECK(ids == std::vector<std::string>{"ok", "one"});
  REQUIRE(errors.size() == 7);
  CHECK(errors[0].find("empty.txt") != std::string::npos);
  CHECK(errors[1].find("bin.txt") != std::string::npos);
  CHECK(errors[2].find("UTF-8") != std::string::npos);
  CHECK(errors[3].find("no article text") != std::string::npos);
  CHECK(errors[4].find("too large") != std::string::npos);
  CHECK(errors[5].find("a.jsonl:2") != std::string::npos);
  CHECK(errors[6].find("a.jsonl:3") != std::string::npos);
}
