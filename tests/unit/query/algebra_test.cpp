// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "query/algebra/algebra.hpp"
#include "query/query.hpp"

namespace {

std::string sse(const std::string& text) {
  auto q = cg::query::prepare(text);
  REQUIRE_MESSAGE(q.has_value(), (q ? std::string() : cg::render(q.error(), text)));
  return cg::query::algebra::to_sse(*q->root);
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_SUITE("query.algebra") {
  TEST_CASE("OPTIONAL with FILTER keeps the filter inside LeftJoin") {
    auto s = sse("SELECT * { ?s <http://e/p> ?o OPTIONAL { ?s <http://e/q> ?v FILTER(?v > 1) } }");
    CHECK(contains(s, "(leftjoin"));
    CHECK(contains(s, "(> ?v \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>)"));
    CHECK_FALSE(contains(s, "(filter"));
  }

  TEST_CASE("a FILTER in a nested group of an OPTIONAL stays a Filter inside the right side") {
    auto s = sse("SELECT * { ?s <http://e/p> ?o OPTIONAL { { ?s <http://e/q> ?v FILTER(?o = 1) } } }");
    CHECK(contains(s, "(leftjoin"));
    CHECK(contains(s, "(filter (= ?o"));
  }

  TEST_CASE("FILTER applies to the whole group, wherever it is written") {
    auto s = sse("SELECT * { FILTER(?o = 1) ?s <http://e/p> ?o . ?s <http://e/q> ?x }");
    CHECK(s.rfind("(project (?s ?o ?x)\n  (filter (= ?o", 0) == 0);
  }

  TEST_CASE("prefixes and BASE are resolved; 'a' is rdf:type") {
    auto s = sse("BASE <http://b/dir/> PREFIX e: <x#> SELECT * { <../y> a e:T }");
    CHECK(contains(s, "(triple <http://b/y> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://b/dir/x#T>)"));
  }

  TEST_CASE("GROUP BY with aggregates, HAVING and a select expression") {
    auto s = sse("SELECT ?g (SUM(?v) AS ?t) { ?x <http://e/g> ?g ; <http://e/v> ?v } GROUP BY ?g HAVING (COUNT(*) > 1)");
    CHECK(contains(s, "(group (?g) ((?.agg0 (SUM ?v)) (?.agg1 (COUNT *)))"));
    CHECK(contains(s, "(filter (> ?.agg1"));
    CHECK(contains(s, "(extend ((?t ?.agg0))"));
  }

  TEST_CASE("property paths: sequences split with a fresh variable, closures stay paths") {
    auto s = sse("SELECT * { ?a <http://e/p>/<http://e/q> ?b . ?a <http://e/r>+ ?c . ?a ^<http://e/s> ?d }");
    CHECK(contains(s, "(triple ?a <http://e/p> ?.v"));
    CHECK(contains(s, "(path ?a (path+ <http://e/r>) ?c)"));
    CHECK(contains(s, "(triple ?d <http://e/s> ?a)"));
  }

  TEST_CASE("solution modifiers nest as the spec orders them") {
    auto s = sse("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?o LIMIT 5 OFFSET 2");
    CHECK(s.rfind("(slice 2 5\n  (distinct\n    (project (?s)\n      (order (?o)", 0) == 0);
  }

  TEST_CASE("BIND of a variable already in scope is refused with its position") {
    std::string text = "SELECT * { ?s ?p ?o BIND(1 AS ?o) }";
    auto q = cg::query::prepare(text);
    REQUIRE_FALSE(q.has_value());
    CHECK(q.error().span.has_value());
  }

  TEST_CASE("undefined prefix is an error") {
    auto q = cg::query::prepare("SELECT * { ?s nope:p ?o }");
    CHECK_FALSE(q.has_value());
  }
}
