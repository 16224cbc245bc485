// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "query/query.hpp"
#include "tests/unit/query/query_test_support.hpp"

using cg::test::make_store;
using cg::test::rows;
using cg::test::run;
using cg::test::value;

namespace {

const char* k_data = R"(
@prefix : <http://e/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
:a :name "Alice"@en ; :age 30 ; :knows :b , :c .
:b :name "Bob" ; :age 25.5 ; :knows :c .
:c :name "Carol"@en-GB ; :age "2.5e1"^^xsd:double ; :knows :a .
:d :name "Dan" .
)";

}  // namespace

TEST_SUITE("query.eval") {
  TEST_CASE("BGP join with OPTIONAL, both with the optimiser on and off") {
    auto store = make_store(k_data);
    for (bool opt : {true, false}) {
      auto r = run(store, "PREFIX : <http://e/> SELECT ?n ?a { ?x :name ?n OPTIONAL { ?x :age ?a } } ORDER BY ?n", opt);
      auto got = rows(r);
      REQUIRE(got.size() == 4);
      CHECK(got[0] == "?n=\"Alice\"@en ?a=\"30\"^^<http://www.w3.org/2001/XMLSchema#integer>");
      CHECK(got[3] == "?n=\"Dan\"");
    }
  }

  TEST_CASE("numeric type promotion: integer + decimal is decimal, / of integers is decimal") {
    auto store = make_store(k_data);
    CHECK(value(store, "SELECT (1 + 2.5 AS ?v) {}") == "\"3.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
    CHECK(value(store, "SELECT (7 / 2 AS ?v) {}") == "\"3.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
    CHECK(value(store, "SELECT (2 * 3 AS ?v) {}") == "\"6\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    CHECK(value(store, "SELECT (1.0e0 + 1 AS ?v) {}") == "\"2.0E0\"^^<http://www.w3.org/2001/XMLSchema#double>");
    CHECK(value(store, "SELECT (1 / 0 AS ?v) {}") == "");  // an error leaves the variable unbound
  }

  TEST_CASE("string functions keep language tags; incompatible arguments are errors") {
    auto store = make_store(k_data);
    CHECK(value(store, "SELECT (UCASE(\"abc\"@en) AS ?v) {}") == "\"ABC\"@en");
    CHECK(value(store, "SELECT (SUBSTR(\"héllo\", 2, 3) AS ?v) {}") == "\"éll\"");
    CHECK(value(store, "SELECT (STRLEN(\"héllo\") AS ?v) {}") == "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    CHECK(value(store, "SELECT (STRBEFORE(\"abc\"@en, \"c\") AS ?v) {}") == "\"ab\"@en");
    CHECK(value(store, "SELECT (CONTAINS(\"abc\", \"b\"@en) AS ?v) {}") == "");
    CHECK(value(store, "SELECT (CONCAT(\"a\"@en, \"b\"@en) AS ?v) {}") == "\"ab\"@en");
    CHECK(value(store, "SELECT (CONCAT(\"a\"@en, \"b\") AS ?v) {}") == "\"ab\"");
    CHECK(value(store, "SELECT (REPLACE(\"aaa\", \"a+\", \"b\") AS ?v) {}") == "\"b\"");
    CHECK(value(store, "SELECT (LANGMATCHES(LANG(\"x\"@en-GB), \"en\") AS ?v) {}") ==
          "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>");
  }

  TEST_CASE("hashes, dates and casts") {
    auto store = make_store(k_data);
    CHECK(value(store, "SELECT (MD5(\"abc\") AS ?v) {}") == "\"900150983cd24fb0d6963f7d28e17f72\"");
    CHECK(value(store, "SELECT (SHA1(\"abc\") AS ?v) {}") == "\"a9993e364706816aba3e25717850c26c9cd0d89d\"");
    CHECK(value(store, "SELECT (SHA256(\"abc\") AS ?v) {}") ==
          "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
    CHECK(value(store, "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (YEAR(\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime) AS ?v) {}") ==
          "\"2011\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    CHECK(value(store, "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (TZ(\"2011-01-10T14:45:13-05:00\"^^xsd:dateTime) AS ?v) {}") == "\"-05:00\"");
    CHECK(value(store, "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(\"12\") AS ?v) {}") ==
          "\"12\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    CHECK(value(store, "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(\"x\") AS ?v) {}") == "");
  }

  TEST_CASE("FILTER error semantics: an error is false, || can recover") {
    auto store = make_store(k_data);
    auto r = run(store, "PREFIX : <http://e/> SELECT ?x { ?x :name ?n FILTER(?nope > 1 || STRSTARTS(?n, \"D\")) }");
    CHECK(rows(r) == std::vector<std::string>{"?x=<http://e/d>"});
  }

  TEST_CASE("aggregates: COUNT DISTINCT, AVG over mixed numerics, GROUP_CONCAT separator, empty group") {
    auto store = make_store(k_data);
    CHECK(value(store, "PREFIX : <http://e/> SELECT (COUNT(DISTINCT ?y) AS ?c) { ?x :knows ?y }") ==
          "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    CHECK(value(store, "PREFIX : <http://e/> SELECT (MAX(?a) AS ?m) { ?x :age ?a }") ==
          "\"30\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    CHECK(value(store, "PREFIX : <http://e/> SELECT (GROUP_CONCAT(?n; SEPARATOR=\"|\") AS ?c) { :a :knows ?y . ?y :name ?n }")
              .size() > 0);
    CHECK(value(store, "PREFIX : <http://e/> SELECT (COUNT(*) AS ?c) { ?x :nothing ?y }") ==
          "\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  }

  TEST_CASE("property paths: + and * follow cycles and count distinct nodes") {
    auto store = make_store(k_data);
    auto r = run(store, "PREFIX : <http://e/> SELECT ?y { :a :knows+ ?y } ORDER BY ?y");
    CHECK(rows(r) == std::vector<std::string>{"?y=<http://e/a>", "?y=<http://e/b>", "?y=<http://e/c>"});
    auto z = run(store, "PREFIX : <http://e/> SELECT ?y { :d :knows* ?y }");
    CHECK(rows(z) == std::vector<std::string>{"?y=<http://e/d>"});
  }

  TEST_CASE("ORDER BY orders unbound < blank < IRI < literal, numbers by value") {
    auto store = make_store(k_data);
    auto r = run(store, "PREFIX : <http://e/> SELECT ?a { ?x :name ?n OPTIONAL { ?x :age ?a } } ORDER BY ?a");
    auto got = rows(r);
    REQUIRE(got.size() == 4);
    CHECK(got[0] == "");
    CHECK(got[1].find("2.5e1") != std::string::npos);  // 25 (double) < 25.5 (decimal) < 30
    CHECK(got[2].find("25.5") != std::string::npos);
    CHECK(got[3].find("30") != std::string::npos);
  }

  TEST_CASE("MINUS, NOT EXISTS, VALUES and a subquery") {
    auto store = make_store(k_data);
    auto m = run(store, "PREFIX : <http://e/> SELECT ?x { ?x :name ?n MINUS { ?x :age ?a } }");
    CHECK(rows(m) == std::vector<std::string>{"?x=<http://e/d>"});
    auto e = run(store, "PREFIX : <http://e/> SELECT ?x { ?x :name ?n FILTER NOT EXISTS { ?x :knows :c } } ORDER BY ?x");
    CHECK(rows(e) == std::vector<std::string>{"?x=<http://e/c>", "?x=<http://e/d>"});
    auto v = run(store, "PREFIX : <http://e/> SELECT ?n { VALUES ?x { :b :d } ?x :name ?n } ORDER BY ?n");
    CHECK(rows(v) == std::vector<std::string>{"?n=\"Bob\"", "?n=\"Dan\""});
    auto s = run(store, "PREFIX : <http://e/> SELECT ?x ?c { { SELECT ?x (COUNT(?y) AS ?c) { ?x :knows ?y } GROUP BY ?x } FILTER(?c > 1) }");
    CHECK(rows(s) == std::vector<std::string>{"?x=<http://e/a> ?c=\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>"});
  }

  TEST_CASE("GRAPH ?g over named graphs; ASK; CONSTRUCT makes fresh blank nodes per solution") {
    auto store = make_store("<http://e/s> <http://e/p> <http://e/o> <http://e/g1> .\n"
                            "<http://e/s> <http://e/p> <http://e/o2> <http://e/g2> .\n",
                            cg::graph::Syntax::nquads);
    auto g = run(store, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
    CHECK(rows(g).size() == 2);
    CHECK(run(store, "ASK { GRAPH <http://e/g2> { ?s ?p <http://e/o2> } }").boolean);
    CHECK_FALSE(run(store, "ASK { ?s ?p ?o }").boolean);  // the default graph is empty
    auto c = run(store, "CONSTRUCT { _:b <http://e/from> ?g } WHERE { GRAPH ?g { ?s ?p ?o } }");
    REQUIRE(c.triples.size() == 2);
    CHECK(c.triples[0].subject != c.triples[1].subject);
  }

  TEST_CASE("a timeout is reported, not a crash") {
    auto store = make_store(k_data);
    auto q = cg::query::prepare("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }");
    REQUIRE(q.has_value());
    auto ds = cg::query::exec::Dataset::from_store(store);
    cg::query::ExecOptions eo;
    eo.timeout_seconds = 0.001;
    auto r = cg::query::execute(*q, ds, eo);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message.find("timed out") != std::string::npos);
  }
}

TEST_SUITE("query.update") {
  TEST_CASE("INSERT DATA, DELETE/INSERT WHERE, and COPY between graphs") {
    auto store = make_store(k_data);
    auto apply = [&](const std::string& text) {
      auto u = cg::query::prepare_update(text);
      REQUIRE_MESSAGE(u.has_value(), (u ? std::string() : cg::render(u.error(), text)));
      auto r = cg::query::execute_update(*u, store);
      REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : cg::render(r.error())));
    };
    apply("PREFIX : <http://e/> INSERT DATA { :e :name \"Eve\" }");
    CHECK(value(store, "PREFIX : <http://e/> SELECT (COUNT(*) AS ?c) { ?x :name ?n }") ==
          "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    apply("PREFIX : <http://e/> DELETE { ?x :age ?a } INSERT { ?x :years ?a } WHERE { ?x :age ?a }");
    CHECK_FALSE(run(store, "PREFIX : <http://e/> ASK { ?x :age ?a }").boolean);
    apply("COPY DEFAULT TO <http://e/g>");
    CHECK(run(store, "PREFIX : <http://e/> ASK { GRAPH :g { :e :name \"Eve\" } }").boolean);
  }

  TEST_CASE("a request applies completely or not at all") {
    auto store = make_store(k_data);
    auto before = store.size();
    auto u = cg::query::prepare_update(
        "INSERT DATA { <http://e/x> <http://e/p> 1 } ; LOAD <file:///nonexistent/file.ttl>");
    REQUIRE(u.has_value());
    auto r = cg::query::execute_update(*u, store);
    CHECK_FALSE(r.has_value());
    CHECK(store.size() == before);
  }
}
