// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "graph/isomorphism.hpp"

using namespace cg::graph;

namespace {
Term ex(const std::string& l) { return Term::iri("http://example.org/" + l); }
Quad q(Term s, Term p, Term o) { return Quad{std::move(s), std::move(p), std::move(o), std::nullopt}; }
}  // namespace

TEST_SUITE("graph.isomorphism") {
  TEST_CASE("renamed blank nodes are isomorphic; changed data is not") {
    std::vector<Quad> a{q(Term::blank("x"), ex("p"), Term::blank("y")), q(Term::blank("y"), ex("p"), ex("o"))};
    std::vector<Quad> b{q(Term::blank("m"), ex("p"), ex("o")), q(Term::blank("n"), ex("p"), Term::blank("m"))};
    CHECK(isomorphic(a, b));
    std::vector<Quad> c{q(Term::blank("m"), ex("p"), ex("o")), q(Term::blank("m"), ex("p"), Term::blank("n"))};
    CHECK_FALSE(isomorphic(a, c));
    CHECK_FALSE(isomorphic(a, {a[0]}));
  }

  TEST_CASE("symmetric graphs need backtracking: two 3-cycles vs one 6-cycle") {
    auto cycle = [](std::vector<std::string> names) {
      std::vector<Quad> out;
      for (std::size_t i = 0; i < names.size(); ++i)
        out.push_back(q(Term::blank(names[i]), ex("p"), Term::blank(names[(i + 1) % names.size()])));
      return out;
    };
    auto two_triangles = cycle({"a", "b", "c"});
    for (auto& x : cycle({"d", "e", "f"})) two_triangles.push_back(x);
    auto hexagon = cycle({"a", "b", "c", "d", "e", "f"});
    CHECK_FALSE(isomorphic(two_triangles, hexagon));
    auto other = cycle({"u", "v", "w"});
    for (auto& x : cycle({"x", "y", "z"})) other.push_back(x);
    CHECK(isomorphic(two_triangles, other));
  }

  TEST_CASE("blank graph names take part") {
    std::vector<Quad> a{Quad{ex("s"), ex("p"), Term::blank("o"), Term::blank("g")}};
    std::vector<Quad> b{Quad{ex("s"), ex("p"), Term::blank("x"), Term::blank("y")}};
    std::vector<Quad> c{Quad{ex("s"), ex("p"), Term::blank("x"), Term::blank("x")}};
    CHECK(isomorphic(a, b));
    CHECK_FALSE(isomorphic(a, c));
  }
}
