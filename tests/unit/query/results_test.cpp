// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "query/results/results.hpp"
#include "tests/unit/query/query_test_support.hpp"

using cg::query::results::Format;
using cg::query::results::to_string;

namespace {
const char* k_data = R"(
@prefix : <http://e/> .
:a :v "x, \"y\""@en .
:b :v 2 .
:c :v _:n .
)";
const char* k_query = "PREFIX : <http://e/> SELECT ?s ?v ?none { ?s :v ?v } ORDER BY ?s";
}  // namespace

TEST_SUITE("query.results") {
  TEST_CASE("SPARQL JSON results: head vars, typed bindings, unbound left out") {
    auto store = cg::test::make_store(k_data);
    auto j = nlohmann::json::parse(to_string(cg::test::run(store, k_query), Format::json));
    CHECK(j["head"]["vars"] == nlohmann::json::array({"s", "v", "none"}));
    auto& b = j["results"]["bindings"];
    REQUIRE(b.size() == 3);
    CHECK(b[0]["v"]["xml:lang"] == "en");
    CHECK(b[1]["v"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer");
    CHECK(b[2]["v"]["type"] == "bnode");
    CHECK_FALSE(b[0].contains("none"));
  }

  TEST_CASE("XML results escape markup") {
    auto store = cg::test::make_store(k_data);
    auto x = to_string(cg::test::run(store, k_query), Format::xml);
    CHECK(x.find("<literal xml:lang=\"en\">x, &quot;y&quot;</literal>") != std::string::npos);
    CHECK(x.find("<variable name=\"none\"/>") != std::string::npos);
  }

  TEST_CASE("CSV quotes fields with commas and quotes; TSV uses N-Triples terms") {
    auto store = cg::test::make_store(k_data);
    auto r = cg::test::run(store, k_query);
    auto csv = to_string(r, Format::csv);
    CHECK(csv.rfind("s,v,none\r\nhttp://e/a,\"x, \"\"y\"\"\",\r\n", 0) == 0);
    auto tsv = to_string(r, Format::tsv);
    CHECK(tsv.rfind("?s\t?v\t?none\n<http://e/a>\t\"x, \\\"y\\\"\"@en\t\n<http://e/b>\t2\t\n", 0) == 0);
  }

  TEST_CASE("ASK in every format") {
    auto store = cg::test::make_store(k_data);
    auto r = cg::test::run(store, "ASK { ?s ?p 2 }");
    CHECK(to_string(r, Format::json) == "{\"head\":{},\"boolean\":true}\n");
    CHECK(to_string(r, Format::table) == "true\n");
    CHECK(to_string(r, Format::xml).find("<boolean>true</boolean>") != std::string::npos);
  }

  TEST_CASE("the table shows a row count") {
    auto store = cg::test::make_store(k_data);
    auto t = to_string(cg::test::run(store, k_query), Format::table);
    CHECK(t.find("| ?s ") != std::string::npos);
    CHECK(t.find("3 rows") != std::string::npos);
  }
}
