// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "common/diagnostic.hpp"
#include "common/utf8.hpp"

using namespace cg;

TEST_SUITE("common.diagnostic") {
  TEST_CASE("position_of counts lines and code-point columns") {
    std::string_view text = "ab\nçé x\n";
    CHECK(position_of(text, 0).line == 1);
    CHECK(position_of(text, 3).line == 2);
    CHECK(position_of(text, 3).column == 1);
    // "çé " is 5 bytes but 3 code points: the 'x' is in column 4.
    auto pos = position_of(text, text.find('x'));
    CHECK(pos.line == 2);
    CHECK(pos.column == 4);
  }

  TEST_CASE("render names the source, line and column and draws a caret") {
    Diagnostic d = make_diagnostic(DiagKind::syntax, "expected '}'", "q.rq");
    std::string text = "SELECT * WHERE {\n  ?s ?p ?o .\n  é ?x\n";
    d.span = SourceSpan{text.find("?x"), 2};
    std::string out = render(d, text);
    CHECK(out.rfind("q.rq:3:5: error: expected '}'", 0) == 0);
    CHECK(out.find("\n    é ?x\n      ^^") != std::string::npos);
  }

  TEST_CASE("a long line is shown as a window around the caret") {
    std::string text = "SELECT * WHERE { " + std::string(300, 'x') + " é ?bad " + std::string(300, 'y') + " }";
    Diagnostic d = make_diagnostic(DiagKind::syntax, "expected '.'", "long.rq");
    d.span = SourceSpan{text.find("?bad"), 4};
    std::string out = render(d, text);
    auto first_nl = out.find('\n');
    auto second_nl = out.find('\n', first_nl + 1);
    std::string shown = out.substr(first_nl + 3, second_nl - first_nl - 3);
    std::string caret = out.substr(second_nl + 3);
    CHECK(shown.rfind("…", 0) == 0);
    CHECK(shown.find("é ?bad") != std::string::npos);
    CHECK(shown.size() < 200);
    // The caret sits under "?bad": count code points of what precedes it on the shown line.
    CHECK(caret.find('^') == cg::utf8::count_code_points(shown.substr(0, shown.find("?bad"))));
    CHECK(caret.substr(caret.find('^')) == "^^^^");
  }

  TEST_CASE("render without text uses the stored position") {
    Diagnostic d = make_diagnostic(DiagKind::io, "no such file", "x.ttl");
    CHECK(render(d) == "x.ttl: error: no such file");
    d.position = TextPosition{3, 7};
    CHECK(render(d) == "x.ttl:3:7: error: no such file");
  }

  TEST_CASE("Expected carries a value or an error") {
    Result<int> ok = 4;
    REQUIRE(ok.has_value());
    CHECK(*ok == 4);
    Result<int> bad = unexpected(make_diagnostic(DiagKind::data, "nope"));
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().message == "nope");
    auto chain = [](bool fail) -> Result<void> {
      Result<int> r = fail ? Result<int>(unexpected(make_diagnostic(DiagKind::data, "inner"))) : Result<int>(1);
      CG_TRY(r);
      return {};
    };
    CHECK(chain(false).has_value());
    CHECK(chain(true).error().message == "inner");
  }
}
