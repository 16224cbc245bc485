// SPDX-License-Identifier: MIT
/// @file query_test_support.hpp Helpers for the query tests: a store from Turtle, run a query
/// and get its rows as N-Triples strings.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/io/reader.hpp"
#include "query/query.hpp"

namespace cg::test {

inline graph::Store make_store(const std::string& turtle, graph::Syntax syntax = graph::Syntax::turtle) {
  graph::Store store;
  graph::ReadOptions o;
  o.syntax = syntax;
  o.base_iri = "http://example.org/";
  auto r = graph::read_rdf(store, turtle, o);
  REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : render(r.error())));
  return store;
}

inline query::QueryResult run(const graph::Store& store, const std::string& text, bool optimize = true) {
  auto q = query::prepare(text);
  REQUIRE_MESSAGE(q.has_value(), (q ? std::string() : render(q.error(), text)));
  auto ds = query::exec::Dataset::from_store(store);
  query::ExecOptions eo;
  eo.optimize = optimize;
  auto r = query::execute(*q, ds, eo);
  REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : render(r.error(), text)));
  return std::move(*r);
}

/// Rows as "?a=<x> ?b=\"1\"^^<…integer>" strings (unbound columns left out), in result order.
inline std::vector<std::string> rows(const query::QueryResult& r) {
  std::vector<std::string> out;
  const auto& s = r.solutions;
  for (std::size_t i = 0; i < s.row_count; ++i) {
    std::string line;
    for (std::size_t c = 0; c < s.vars.size(); ++c) {
      if (auto* t = s.at(i, c)) {
        if (!line.empty()) line += ' ';
        line += "?" + s.vars[c] + "=" + t->to_ntriples();
      }
    }
    out.push_back(line);
  }
  return out;
}

/// The single value of a one-row, one-column result, in N-Triples ("" when unbound).
inline std::string value(const graph::Store& store, const std::string& select) {
  auto r = run(store, select);
  REQUIRE(r.solutions.row_count == 1);
  auto* t = r.solutions.at(0, 0);
  return t ? t->to_ntriples() : std::string();
}

}  // namespace cg::test
