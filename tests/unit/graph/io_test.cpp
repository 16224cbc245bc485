// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "graph/io/reader.hpp"
#include "graph/io/writer.hpp"
#include "graph/isomorphism.hpp"

using namespace cg;
using namespace cg::graph;

namespace {
Result<ReadStats> read(Store& store, std::string_view text, Syntax syntax = Syntax::turtle) {
  ReadOptions o;
  o.syntax = syntax;
  o.source_name = "data.ttl";
  o.base_iri = "http://example.org/base/";
  return read_rdf(store, text, o);
}
}  // namespace

TEST_SUITE("graph.io") {
  TEST_CASE("Turtle is read with prefixes, base resolution and blank nodes") {
    Store store;
    auto r = read(store, "@prefix ex: <http://example.org/> .\n<rel> ex:p [ ex:q \"v\"@en ] , 3 .\n");
    REQUIRE(r);
    CHECK(r->statements == 3);
    CHECK(store.size() == 3);
    CHECK(store.prefixes().at("ex") == "http://example.org/");
    TermId rel = store.lookup(Term::iri("http://example.org/base/rel"));
    CHECK(store.count(Pattern{rel, {}, {}, {}}) == 2);
  }

  TEST_CASE("a syntax error names the file, line and column and leaves the store unchanged") {
    Store store;
    REQUIRE(read(store, "<http://a> <http://b> <http://c> .\n"));
    auto r = read(store, "<http://x> <http://y> <http://z> .\n<http://x> <http://y> \"ok\" .\n<http://x> <http://y> <http://z> <http://w> .\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().source == "data.ttl");
    REQUIRE(r.error().position.has_value());
    CHECK(r.error().position->line == 3);
    CHECK(store.size() == 1);
  }

  TEST_CASE("an undefined prefix is an error with its position") {
    Store store;
    auto r = read(store, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a nope:b ex:c .\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("undefined prefix 'nope:'") != std::string::npos);
    REQUIRE(r.error().position.has_value());
    CHECK(r.error().position->line == 3);
    CHECK(r.error().position->column == 6);
  }

  TEST_CASE("blank nodes of two documents never merge") {
    Store store;
    REQUIRE(read(store, "_:b <http://p> <http://o> ."));
    REQUIRE(read(store, "_:b <http://p> <http://o> ."));
    CHECK(store.size() == 2);
  }

  TEST_CASE("every syntax round-trips a dataset; triples-only syntaxes refuse named graphs") {
    Store store;
    REQUIRE(read(store,
                 "@prefix ex: <http://example.org/> .\n"
                 "ex:s ex:p \"multi\\nline \\\"quoted\\\"\" , \"é\"@fr , 1.5 , _:x .\n"
                 "ex:g { ex:s ex:q ex:o . _:x ex:p true }\n",
                 Syntax::trig));
    const auto original = store.quads();
    for (Syntax s : {Syntax::nquads, Syntax::trig}) {
      auto text = write_rdf_string(store, WriteOptions{s, "out"});
      REQUIRE(text);
      Store again;
      REQUIRE(read(again, *text, s));
      CHECK(isomorphic(again.quads(), original));
    }
    for (Syntax s : {Syntax::turtle, Syntax::ntriples}) {
      auto text = write_rdf_string(store, WriteOptions{s, "out"});
      REQUIRE_FALSE(text);
      CHECK(text.error().message.find("named graphs") != std::string::npos);
    }
    auto jsonld = write_rdf_string(store, WriteOptions{Syntax::jsonld, "out"});
    REQUIRE(jsonld);
    CHECK(jsonld->find("\"@graph\"") != std::string::npos);
    CHECK(jsonld->find("\"@language\": \"fr\"") != std::string::npos);
  }

  TEST_CASE("a 10 MB literal is read and written") {
    std::string big(10 * 1024 * 1024, 'a');
    Store store;
    REQUIRE(read(store, "<http://s> <http://p> \"" + big + "\" ."));
    auto text = write_rdf_string(store, WriteOptions{Syntax::ntriples, "out"});
    REQUIRE(text);
    CHECK(text->size() > big.size());
  }
}
