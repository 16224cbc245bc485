// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "common/diagnostic.hpp"

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
    CHECK(out.rfind("q.rq:3:5: syntax error: expected '}'", 0) == 0);
    CHECK(out.find("\n    é ?x\n      ^^") != std::string::npos);
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
