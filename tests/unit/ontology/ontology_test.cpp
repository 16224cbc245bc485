// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"
#include "ontology/to_quads.hpp"
#include "ontology/validate.hpp"
#include "ontology/vocab.hpp"
#include "tests/support/test_support.hpp"

using namespace cg;

namespace {
const char* k_article =
    "Flood Toll Rises\n\n"
    "At least 12 people died in floods in Ardena, the regional governor, Lena Dravic, said on Tuesday.\n"
    "An earlier estimate had put the number of dead at 7.\n";

std::vector<graph::Quad> quads_of(const std::string& text, bool named = true) {
  ontology::MapOptions o;
  o.named_graph = named;
  return ontology::to_quads(extract::extract_document(extract::make_document("a", text)), o);
}
}  // namespace

TEST_CASE("every cg: term of vocab.hpp is defined with an rdfs:comment in claimgraph.ttl") {
  std::ifstream in(std::string(CG_ONTOLOGY_DIR) + "/claimgraph.ttl");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string ttl = ss.str();
  for (std::string_view t : ontology::k_terms) {
    std::string head = "cg:" + std::string(t) + " a ";
    auto at = ttl.find(head);
    CHECK_MESSAGE(at != std::string::npos, "missing " << t);
    if (at == std::string::npos) continue;
    auto end = ttl.find(" .\n", at);
    CHECK_MESSAGE(ttl.substr(at, end - at).find("rdfs:comment") != std::string::npos, "no comment on " << t);
  }
}

TEST_CASE("mapping is deterministic and validates") {
  auto a = quads_of(k_article), b = quads_of(k_article);
  CHECK(a == b);
  CHECK(ontology::validate(a).empty());
  // one named graph per document, and the default graph holds the same triples
  std::size_t named = 0, dflt = 0;
  for (const auto& q : a) (q.graph ? named : dflt) += 1;
  CHECK(named == dflt);
  auto tt = quads_of(k_article, false);
  CHECK(std::none_of(tt.begin(), tt.end(), [](const graph::Quad& q) { return q.graph.has_value(); }));
}

TEST_CASE("the graph says who gave which figure, with the hedge and the sentence") {
  auto q = quads_of(k_article, false);
  auto has = [&](const std::string& p, const std::string& o) {
    return std::any_of(q.begin(), q.end(), [&](const graph::Quad& x) { return x.predicate.value == p && x.object.value == o; });
  };
  const std::string cg(ontology::k_cg);
  CHECK(has(cg + "qualifier", cg + "atLeast"));
  CHECK(has(cg + "measure", cg + "dead"));
  CHECK(has(cg + "value", "12"));
  CHECK(has(cg + "claimantText", "the regional governor, Lena Dravic"));
  CHECK(std::any_of(q.begin(), q.end(), [&](const graph::Quad& x) {
    return x.predicate.value == cg + "claimant" && x.object.value.ends_with("/person/lena-dravic");
  }));
  CHECK(std::any_of(q.begin(), q.end(), [&](const graph::Quad& x) { return x.predicate.value == std::string(graph::k_rdf_type) && x.object.value == cg + "Discrepancy"; }));
}

TEST_CASE("the validator reports each violation with its node") {
  auto q = quads_of(k_article, false);
  // break a claim (drop its statement), a count (a measure outside the scheme) and a mention (offsets)
  const std::string cg(ontology::k_cg);
  std::string claim_node;
  for (auto it = q.begin(); it != q.end(); ++it)
    if (it->predicate.value == cg + "statement") {
      claim_node = it->subject.to_ntriples();
      q.erase(it);
      break;
    }
  for (auto& x : q)
    if (x.predicate.value == cg + "measure") {
      x.object = graph::Term::iri(cg + "bananas");
      break;
    }
  for (auto& x : q)
    if (x.predicate.value.ends_with("#endIndex") && x.subject.value.find("/mention/") != std::string::npos) {
      x.object = graph::Term::literal("0", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
      break;
    }
  auto v = ontology::validate(q);
  auto found = [&](const std::string& shape, const std::string& text) {
    return std::any_of(v.begin(), v.end(), [&](const ontology::Violation& x) { return x.shape == shape && x.message.find(text) != std::string::npos; });
  };
  CHECK(found("ClaimShape", "cg:statement"));
  CHECK(found("CountShape", "not a concept"));
  CHECK(found("MentionShape", "beginIndex must be below"));
  CHECK(std::any_of(v.begin(), v.end(), [&](const ontology::Violation& x) { return x.node == claim_node; }));
}
