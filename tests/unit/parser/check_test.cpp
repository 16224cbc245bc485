// SPDX-License-Identifier: MIT
// The checks that need meaning (parser/check.hpp), each with one query that must fail with a
// semantic diagnostic at the right place and one close variant that must pass.
#include <doctest/doctest.h>

#include <string>

#include "parser/parse.hpp"

namespace {

using namespace cg;

/// The message of the semantic error, or "" when the text passes; FAIL on a syntax error.
std::string semantic(std::string_view text, bool update = false) {
  auto fail_with = [&](const Diagnostic& d) -> std::string {
    CHECK_MESSAGE(d.kind == DiagKind::semantic, render(d, text));
    REQUIRE(d.span);
    return d.message + " @" + std::string(text.substr(d.span->offset, d.span->length));
  };
  if (update) {
    auto u = parser::parse_update(text);
    return u ? std::string() : fail_with(u.error());
  }
  auto q = parser::parse_query(text);
  return q ? std::string() : fail_with(q.error());
}

}  // namespace

TEST_SUITE("parser.check") {
  TEST_CASE("undefined prefixes") {
    CHECK(semantic("SELECT * { ?s ex:p ?o }") ==
          "undefined prefix 'ex:' (declare it with PREFIX ex: <...>) @ex:p");
    CHECK(semantic("PREFIX ex: <x:> SELECT * { ?s ex:p ?o }").empty());
    CHECK(semantic("PREFIX : <x:> INSERT DATA { :a :b :c } ; DELETE DATA { :a :b :c }", true).empty());
    CHECK(semantic("INSERT DATA { <a> <b> \"c\"^^xsd:int }", true).find("undefined prefix 'xsd:'") == 0);
  }

  TEST_CASE("BIND to a variable already in scope") {
    CHECK(semantic("SELECT * { ?s ?p ?o BIND(1 AS ?o) }") ==
          "BIND assigns ?o, which is already in scope in this group @?o");
    CHECK(semantic("SELECT * { { ?s ?p ?o } BIND(1 AS ?x) }").empty());
    CHECK(semantic("SELECT * { BIND(1 AS ?x) ?s ?p ?x }").empty());
  }

  TEST_CASE("SELECT * with GROUP BY, ungrouped projections, repeated AS") {
    CHECK(semantic("SELECT * { ?s ?p ?o } GROUP BY ?s") ==
          "SELECT * cannot be used with GROUP BY @SELECT *");
    CHECK(semantic("SELECT ?o { ?s ?p ?o } GROUP BY ?s") ==
          "?o is projected but neither grouped (GROUP BY) nor aggregated @?o");
    CHECK(semantic("SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o } GROUP BY ?s").empty());
    CHECK(semantic("SELECT ((?a + ?b) AS ?c) { ?s ?a ?b } GROUP BY (?a + ?b)") ==
          "?a is used outside an aggregate but is not grouped (GROUP BY) @?a");
    CHECK(semantic("SELECT ?k { ?s ?a ?b } GROUP BY (?a + ?b AS ?k)").empty());
    CHECK(semantic("SELECT (1 AS ?X) (2 AS ?X) {}") == "?X is projected more than once @?X");
    CHECK(semantic("SELECT (1 AS ?o) { ?s ?p ?o }") ==
          "?o is already in scope in the WHERE clause; AS needs a new variable @?o");
  }

  TEST_CASE("aggregates where they are not allowed") {
    CHECK(semantic("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }").find("aggregate COUNT is not allowed here") == 0);
    CHECK(semantic("SELECT (SUM(MAX(?o)) AS ?x) { ?s ?p ?o }").find("aggregate MAX is not allowed") == 0);
    CHECK(semantic("SELECT (SUM(?o) AS ?x) { ?s ?p ?o } HAVING (SUM(?o) > 2)").empty());
  }

  TEST_CASE("blank node labels across basic graph patterns and in DELETE") {
    CHECK(semantic("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }") ==
          "blank node label _:a is used in more than one basic graph pattern @_:a");
    CHECK(semantic("SELECT * { _:a ?p ?o FILTER(true) _:a ?q ?r }").empty());
    CHECK(semantic("DELETE DATA { _:b <p> 1 }", true) == "blank nodes are not allowed in DELETE @_:b");
    CHECK(semantic("DELETE { ?s <p> [] } WHERE { ?s ?p ?o }", true) ==
          "blank nodes are not allowed in DELETE @[]");
    CHECK(semantic("INSERT DATA { _:b <p> 1 } ; INSERT DATA { _:b <p> 2 }", true) ==
          "blank node label _:b is used in more than one operation of the request @_:b");
    CHECK(semantic("INSERT DATA { _:b <p> 1 . _:b <q> 2 }", true).empty());
    // Template labels are instantiated per solution: repeating them across operations is fine.
    CHECK(semantic("INSERT { _:b <p> 1 } WHERE {} ; INSERT { _:b <p> 2 } WHERE {}", true).empty());
    CHECK(semantic("INSERT { _:b <p> ?o } WHERE { _:b <q> ?o }", true).empty());
  }

  TEST_CASE("no variables in INSERT DATA / DELETE DATA; VALUES rows match their variables") {
    CHECK(semantic("INSERT DATA { ?s <p> 1 }", true) ==
          "variables are not allowed in INSERT DATA or DELETE DATA @?s");
    CHECK(semantic("SELECT * { VALUES (?a ?b) { (1) } }").find("a VALUES row has 1 value but 2 variables") == 0);
  }
}
