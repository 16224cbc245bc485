// SPDX-License-Identifier: MIT
#include "ontology/validate.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "common/utf8.hpp"
#include "ontology/vocab.hpp"

namespace cg::ontology {

namespace {

using graph::Term;

struct Graph {
  // subject (N-Triples) → predicate IRI → objects
  std::map<std::string, std::map<std::string, std::vector<Term>>> out;
  std::map<std::string, std::set<std::string>> types;  // subject → class IRIs
  std::set<std::string> objects_of_count;               // nodes used as cg:count objects

  const std::vector<Term>& values(const std::string& s, const std::string& p) const {
    static const std::vector<Term> k_none;
    auto it = out.find(s);
    if (it == out.end()) return k_none;
    auto jt = it->second.find(p);
    return jt == it->second.end() ? k_none : jt->second;
  }
  bool has_type(const std::string& s, const std::string& cls) const {
    auto it = types.find(s);
    return it != types.end() && it->second.count(cls);
  }
};

std::string cg(std::string_view l) { return std::string(k_cg) + std::string(l); }

bool is_integer(const Term& t) {
  if (!t.is_literal() || t.value.empty()) return false;
  return std::all_of(t.value.begin(), t.value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<Violation> validate(const std::vector<graph::Quad>& quads) {
  Graph g;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  const std::string rdf_type(graph::k_rdf_type);
  for (const auto& q : quads) {
    std::string s = q.subject.to_ntriples(), o = q.object.to_ntriples();
    if (!seen.emplace(s, q.predicate.value, o).second) continue;
    g.out[s][q.predicate.value].push_back(q.object);
    if (q.predicate.value == rdf_type && q.object.is_iri()) g.types[s].insert(q.object.value);
    if (q.predicate.value == cg("count")) g.objects_of_count.insert(o);
  }
  std::vector<Violation> v;
  auto fail = [&](const std::string& node, const char* shape, std::string msg) { v.push_back({node, shape, std::move(msg)}); };
  auto count = [&](const std::string& s, const std::string& p) { return g.values(s, p).size(); };
  auto exactly_one = [&](const std::string& s, const char* shape, const std::string& p, const char* name) {
    std::size_t n = count(s, p);
    if (n != 1) fail(s, shape, std::string("needs exactly one ") + name + ", has " + std::to_string(n));
  };
  auto in_scheme = [&](const std::string& s, const char* shape, const std::string& p, const Notation* table, std::size_t n,
                       const char* name) {
    for (const Term& t : g.values(s, p)) {
      bool ok = false;
      for (std::size_t i = 0; i < n; ++i) ok |= t.is_iri() && t.value == cg(table[i].local);
      if (!ok) fail(s, shape, std::string(name) + " " + t.to_ntriples() + " is not a concept of its scheme");
    }
  };
  auto literal_of = [&](const std::string& s, const char* shape, const std::string& p, std::string_view dt, const char* name) {
    for (const Term& t : g.values(s, p))
      if (!t.is_literal() || t.datatype != std::string(k_xsd) + std::string(dt))
        fail(s, shape, std::string(name) + " must be an xsd:" + std::string(dt) + " literal, not " + t.to_ntriples());
  };
  const std::string derived = std::string(k_prov) + "wasDerivedFrom";
  const std::string nif = std::string(k_nif);
  for (const auto& [s, preds] : g.out) {
    (void)preds;
    if (g.has_type(s, cg("Claim"))) {
      exactly_one(s, "ClaimShape", cg("statement"), "cg:statement");
      exactly_one(s, "ClaimShape", cg("evidence"), "cg:evidence");
      exactly_one(s, "ClaimShape", cg("mode"), "cg:mode");
      if (count(s, derived) < 1) fail(s, "ClaimShape", "needs prov:wasDerivedFrom (its document)");
      if (count(s, cg("claimant")) > 1) fail(s, "ClaimShape", "has more than one cg:claimant");
      in_scheme(s, "ClaimShape", cg("mode"), k_modes, std::size(k_modes), "cg:mode");
      literal_of(s, "ClaimShape", cg("directQuote"), "boolean", "cg:directQuote");
      for (const Term& c : g.values(s, cg("claimant"))) {
        std::string n = c.to_ntriples();
        if (!g.has_type(n, cg("Person")) && !g.has_type(n, cg("Organization")) && !g.has_type(n, cg("Place")))
          fail(s, "ClaimShape", "cg:claimant " + n + " is not a cg:Person, cg:Organization or cg:Place");
      }
      for (const Term& e : g.values(s, cg("evidence")))
        if (!g.has_type(e.to_ntriples(), cg("Evidence"))) fail(s, "ClaimShape", "cg:evidence " + e.to_ntriples() + " is not a cg:Evidence span");
      for (const Term& c : g.values(s, cg("count")))
        if (!g.has_type(c.to_ntriples(), cg("Count"))) fail(s, "ClaimShape", "cg:count " + c.to_ntriples() + " is not a cg:Count");
    }
    if (g.has_type(s, cg("Count"))) {
      exactly_one(s, "CountShape", cg("measure"), "cg:measure");
      exactly_one(s, "CountShape", cg("qualifier"), "cg:qualifier");
      exactly_one(s, "CountShape", cg("quantityText"), "cg:quantityText");
      if (count(s, cg("value")) > 1) fail(s, "CountShape", "has more than one cg:value");
      in_scheme(s, "CountShape", cg("measure"), k_measures, std::size(k_measures), "cg:measure");
      in_scheme(s, "CountShape", cg("qualifier"), k_qualifiers, std::size(k_qualifiers), "cg:qualifier");
      literal_of(s, "CountShape", cg("value"), "decimal", "cg:value");
      literal_of(s, "CountShape", cg("valueMax"), "decimal", "cg:valueMax");
      const auto& val = g.values(s, cg("value"));
      const auto& mx = g.values(s, cg("valueMax"));
      if (!val.empty() && !mx.empty() && std::strtod(mx[0].value.c_str(), nullptr) < std::strtod(val[0].value.c_str(), nullptr))
        fail(s, "CountShape", "cg:valueMax is below cg:value");
      if (!g.objects_of_count.count(s)) fail(s, "CountShape", "belongs to no claim (no cg:count points to it)");
      for (const Term& t : g.values(s, cg("subsetOf")))
        if (!g.has_type(t.to_ntriples(), cg("Count"))) fail(s, "CountShape", "cg:subsetOf " + t.to_ntriples() + " is not a cg:Count");
    }
    if (g.has_type(s, cg("Role"))) {
      exactly_one(s, "RoleShape", cg("holder"), "cg:holder");
      exactly_one(s, "RoleShape", cg("title"), "cg:title");
      if (count(s, derived) < 1) fail(s, "RoleShape", "needs prov:wasDerivedFrom (its document)");
      for (const Term& h : g.values(s, cg("holder")))
        if (!g.has_type(h.to_ntriples(), cg("Person"))) fail(s, "RoleShape", "cg:holder " + h.to_ntriples() + " is not a cg:Person");
      for (const Term& o : g.values(s, cg("roleOrganization")))
        if (!g.has_type(o.to_ntriples(), cg("Organization"))) fail(s, "RoleShape", "cg:roleOrganization " + o.to_ntriples() + " is not a cg:Organization");
      for (const Term& o : g.values(s, cg("rolePlace")))
        if (!g.has_type(o.to_ntriples(), cg("Place"))) fail(s, "RoleShape", "cg:rolePlace " + o.to_ntriples() + " is not a cg:Place");
    }
    bool mention = g.has_type(s, cg("Mention"));
    bool span = mention || g.has_type(s, cg("Evidence"));
    if (span) {
      const char* shape = mention ? "MentionShape" : "SpanShape";
      exactly_one(s, shape, nif + "beginIndex", "nif:beginIndex");
      exactly_one(s, shape, nif + "endIndex", "nif:endIndex");
      exactly_one(s, shape, nif + "anchorOf", "nif:anchorOf");
      exactly_one(s, shape, nif + "referenceContext", "nif:referenceContext");
      const auto& b = g.values(s, nif + "beginIndex");
      const auto& e = g.values(s, nif + "endIndex");
      const auto& an = g.values(s, nif + "anchorOf");
      if (b.size() == 1 && e.size() == 1) {
        if (!is_integer(b[0]) || !is_integer(e[0])) fail(s, shape, "nif:beginIndex and nif:endIndex must be non-negative integers");
        else {
          long long bi = std::atoll(b[0].value.c_str()), ei = std::atoll(e[0].value.c_str());
          if (bi >= ei) fail(s, shape, "nif:beginIndex must be below nif:endIndex");
          else if (an.size() == 1 && static_cast<long long>(utf8::count_code_points(an[0].value)) != ei - bi)
            fail(s, shape, "nif:anchorOf has " + std::to_string(utf8::count_code_points(an[0].value)) +
                               " code points but the offsets span " + std::to_string(ei - bi));
        }
      }
      if (mention) {
        exactly_one(s, shape, cg("denotes"), "cg:denotes");
        for (const Term& d : g.values(s, cg("denotes"))) {
          std::string n = d.to_ntriples();
          if (!g.has_type(n, cg("Person")) && !g.has_type(n, cg("Organization")) && !g.has_type(n, cg("Place")))
            fail(s, shape, "cg:denotes " + n + " is not a cg:Person, cg:Organization or cg:Place");
        }
      }
    }
    if (g.has_type(s, cg("Discrepancy"))) {
      if (count(s, cg("conflictingCount")) != 2)
        fail(s, "DiscrepancyShape", "needs exactly two cg:conflictingCount, has " + std::to_string(count(s, cg("conflictingCount"))));
    }
    if (g.has_type(s, cg("Person")) || g.has_type(s, cg("Organization")) || g.has_type(s, cg("Place"))) {
      std::size_t labels = count(s, std::string(k_rdfs) + "label");
      if (labels < 1) fail(s, "EntityShape", "needs an rdfs:label");
    }
  }
  std::sort(v.begin(), v.end(), [](const Violation& x, const Violation& y) {
    return std::tie(x.node, x.shape, x.message) < std::tie(y.node, y.shape, y.message);
  });
  return v;
}

}  // namespace cg::ontology
