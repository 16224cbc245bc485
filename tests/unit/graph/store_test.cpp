// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "graph/store.hpp"

using namespace cg::graph;

namespace {
Term ex(const std::string& local) { return Term::iri("http://example.org/" + local); }
}  // namespace

TEST_SUITE("graph.store") {
  TEST_CASE("terms are interned: equal terms give equal ids and decode back") {
    Store store;
    TermId a = store.intern(ex("a"));
    CHECK(a == store.intern(ex("a")));
    CHECK(a != store.intern(ex("b")));
    for (const Term& t : {ex("a"), Term::blank("b0"), Term::literal("x"), Term::lang_literal("chat", "fr"),
                          Term::literal("1", "http://www.w3.org/2001/XMLSchema#integer")}) {
      CHECK(store.term(store.intern(t)) == t);
    }
    // RDF 1.1: a simple literal is an xsd:string literal.
    CHECK(store.intern(Term::literal("x")) == store.intern(Term::literal("x", std::string(k_xsd_string))));
  }

  TEST_CASE("insert, match with any bound positions, count and erase") {
    Store store;
    CHECK(store.insert(Quad{ex("s"), ex("p"), ex("o"), std::nullopt}));
    CHECK_FALSE(store.insert(Quad{ex("s"), ex("p"), ex("o"), std::nullopt}));
    store.insert(Quad{ex("s"), ex("p"), Term::literal("v"), std::nullopt});
    store.insert(Quad{ex("t"), ex("q"), ex("o"), ex("g")});
    CHECK(store.size() == 3);
    TermId s = store.lookup(ex("s")), p = store.lookup(ex("p")), o = store.lookup(ex("o")), g = store.lookup(ex("g"));
    CHECK(store.count(Pattern{s, {}, {}, {}}) == 2);
    CHECK(store.count(Pattern{{}, p, {}, {}}) == 2);
    CHECK(store.count(Pattern{{}, {}, o, {}}) == 2);
    CHECK(store.count(Pattern{s, {}, o, {}}) == 1);
    CHECK(store.count(Pattern{{}, {}, o, {}, GraphScope::default_only}) == 1);
    CHECK(store.count(Pattern{{}, {}, {}, g, GraphScope::named}) == 1);
    CHECK(store.count(Pattern{{}, {}, {}, {}, GraphScope::named}) == 1);
    CHECK(store.graph_names() == std::vector<TermId>{g});
    auto st = store.stats();
    CHECK(st.quads == 3);
    CHECK(st.subjects == 2);
    CHECK(st.graphs == 1);
    CHECK(store.erase(Quad{ex("t"), ex("q"), ex("o"), ex("g")}));
    CHECK_FALSE(store.erase(Quad{ex("t"), ex("q"), ex("o"), ex("g")}));
    CHECK(store.size() == 2);
    CHECK(store.graph_names().empty());
  }

  TEST_CASE("the same triple in two graphs is two quads") {
    Store store;
    store.insert(Quad{ex("s"), ex("p"), ex("o"), std::nullopt});
    store.insert(Quad{ex("s"), ex("p"), ex("o"), ex("g1")});
    CHECK(store.size() == 2);
    CHECK(store.count(Pattern{}) == 2);
    CHECK(store.count(Pattern{store.lookup(ex("s")), {}, {}, {}}) == 2);
    CHECK(store.find(Pattern{{}, {}, store.lookup(ex("o")), {}}).size() == 2);
    CHECK(store.contains(IdQuad{store.lookup(ex("s")), store.lookup(ex("p")), store.lookup(ex("o")), {}}));
    CHECK(store.contains(IdQuad{store.lookup(ex("s")), store.lookup(ex("p")), store.lookup(ex("o")), store.lookup(ex("g1"))}));
    CHECK_FALSE(store.contains(IdQuad{store.lookup(ex("s")), store.lookup(ex("p")), store.lookup(ex("o")), store.lookup(ex("g2"))}));
  }

  TEST_CASE("match can stop early") {
    Store store;
    for (int i = 0; i < 10; ++i) store.insert(Quad{ex("s"), ex("p"), Term::literal(std::to_string(i)), std::nullopt});
    int seen = 0;
    store.match(Pattern{}, [&](const IdQuad&) { return ++seen < 3; });
    CHECK(seen == 3);
  }
}
