// SPDX-License-Identifier: MIT
#include "ontology/to_quads.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "extract/pipeline.hpp"
#include "extract/stages.hpp"
#include "extract/text.hpp"
#include "ontology/vocab.hpp"

namespace cg::ontology {

using graph::Quad;
using graph::Term;

std::string content_hash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string document_iri(const extract::Document& doc, const std::string& base) {
  return base + "doc/" + content_hash(doc.text);
}
std::string document_graph_iri(const extract::Document& doc, const std::string& base) {
  return base + "graph/" + content_hash(doc.text);
}

namespace {

std::string cg(std::string_view local) { return std::string(k_cg) + std::string(local); }
std::string ns(std::string_view n, std::string_view local) { return std::string(n) + std::string(local); }

std::string_view lookup(const Notation* table, std::size_t n, std::string_view notation, std::string_view fallback) {
  for (std::size_t i = 0; i < n; ++i)
    if (table[i].notation == notation) return table[i].local;
  return fallback;
}

std::string decimal(double v) {
  char buf[64];
  if (v == static_cast<double>(static_cast<long long>(v))) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  else std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

struct Emitter {
  std::vector<Quad>& out;
  std::optional<Term> graph;
  bool named;
  void add(const Term& s, const std::string& p, const Term& o) {
    out.push_back(Quad{s, Term::iri(p), o, std::nullopt});
    if (named) out.push_back(Quad{s, Term::iri(p), o, graph});
  }
  void type(const Term& s, const std::string& cls) { add(s, std::string(graph::k_rdf_type), Term::iri(cls)); }
  void str(const Term& s, const std::string& p, const std::string& v) { add(s, p, Term::literal(v)); }
  void lang(const Term& s, const std::string& p, const std::string& v) { add(s, p, Term::lang_literal(v, "en")); }
  void typed(const Term& s, const std::string& p, const std::string& v, std::string_view dt) {
    add(s, p, Term::literal(v, ns(k_xsd, dt)));
  }
};

// The local part of each claim's IRI: document hash, code-point span, figure; two claims on one
// span (different sources) get distinct IRIs.
std::vector<std::string> claim_keys(const extract::Analysis& a) {
  const std::string hash = content_hash(a.doc.text);
  const auto cp = extract::code_point_index(a.doc.text);
  auto cpos = [&](std::size_t byte) { return std::to_string(cp[std::min(byte, cp.size() - 1)]); };
  std::vector<std::string> keys;
  std::map<std::string, int> seen;
  for (const extract::Claim& c : a.claims) {
    std::string key = hash + "-" + cpos(c.content.begin) + "-" + cpos(c.content.end);
    if (c.count) key += "-" + extract::slugify(c.count->quantity_text);
    if (int n = seen[key]++; n > 0) key += "-" + std::to_string(n + 1);
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

std::vector<std::string> count_iris(const extract::Analysis& a, const MapOptions& options) {
  std::vector<std::string> out;
  auto keys = claim_keys(a);
  for (std::size_t i = 0; i < a.claims.size(); ++i) out.push_back(a.claims[i].count ? options.base + "count/" + keys[i] : std::string());
  return out;
}

std::vector<Quad> cross_discrepancy_quads(const std::string& count_a, const std::string& count_b, const std::string& unit,
                                          const std::string& newer, const MapOptions& options) {
  std::vector<Quad> out;
  Emitter em{out, std::nullopt, false};
  auto tail = [](const std::string& iri) { return iri.substr(iri.rfind('/') + 1); };
  Term d = Term::iri(options.base + "discrepancy/" + tail(count_a) + "--" + tail(count_b));
  em.type(d, cg("Discrepancy"));
  em.add(d, cg("conflictingCount"), Term::iri(count_a));
  em.add(d, cg("conflictingCount"), Term::iri(count_b));
  em.add(d, cg("discrepancyMeasure"), Term::iri(cg(lookup(k_measures, std::size(k_measures), unit, "otherMeasure"))));
  if (!newer.empty()) em.add(d, cg("newerCount"), Term::iri(newer));
  return out;
}

std::vector<Quad> to_quads(const extract::Analysis& a, const MapOptions& options) {
  std::vector<Quad> out;
  const std::string& base = options.base;
  const std::string hash = content_hash(a.doc.text);
  Emitter em{out, Term::iri(document_graph_iri(a.doc, base)), options.named_graph};
  const auto cp = extract::code_point_index(a.doc.text);
  auto cpos = [&](std::size_t byte) { return std::to_string(cp[std::min(byte, cp.size() - 1)]); };
  const Term doc = Term::iri(document_iri(a.doc, base));
  const std::string nif_ctx = ns(k_nif, "referenceContext");
  const std::string derived = ns(k_prov, "wasDerivedFrom");

  // the article
  em.type(doc, ns(k_schema, "NewsArticle"));
  em.type(doc, ns(k_nif, "Context"));
  em.str(doc, cg("contentHash"), hash);
  em.str(doc, ns(k_schema, "identifier"), a.doc.id);
  if (!a.doc.title.empty()) em.str(doc, ns(k_schema, "headline"), a.doc.title);
  if (!a.doc.date.empty()) em.typed(doc, ns(k_schema, "datePublished"), a.doc.date, "date");
  if (!a.doc.uri.empty()) em.add(doc, ns(k_schema, "url"), Term::iri(a.doc.uri));
  em.typed(doc, ns(k_nif, "beginIndex"), "0", "nonNegativeInteger");
  em.typed(doc, ns(k_nif, "endIndex"), cpos(a.doc.text.size()), "nonNegativeInteger");

  auto span_iri = [&](const char* kind, extract::Span s) {
    return Term::iri(base + kind + "/" + hash + "-" + cpos(s.begin) + "-" + cpos(s.end));
  };
  auto span = [&](const Term& node, const char* cls, extract::Span s) {
    em.type(node, cls);
    em.type(node, ns(k_nif, "String"));
    em.typed(node, ns(k_nif, "beginIndex"), cpos(s.begin), "nonNegativeInteger");
    em.typed(node, ns(k_nif, "endIndex"), cpos(s.end), "nonNegativeInteger");
    em.str(node, ns(k_nif, "anchorOf"), std::string(a.text(s)));
    em.add(node, nif_ctx, doc);
  };

  // entities
  std::vector<Term> ent;
  for (const extract::Entity& e : a.entities) {
    Term t = Term::iri(extract::entity_iri(e, base));
    ent.push_back(t);
    const char* cls = e.type == extract::EntityType::person ? "Person"
                      : e.type == extract::EntityType::place ? "Place"
                                                             : "Organization";
    em.type(t, cg(cls));
    em.lang(t, ns(k_rdfs, "label"), e.canonical);
    std::set<std::string> alt;
    for (int mi : e.mentions) alt.insert(a.mentions[mi].surface);
    for (const auto& n : e.nominals) alt.insert(n);
    for (const auto& s : alt)
      if (s != e.canonical) em.lang(t, ns(k_skos, "altLabel"), s);
    em.add(t, cg("mentionedIn"), doc);
    if (e.part_of >= 0) em.add(t, ns(k_org, "subOrganizationOf"), ent.size() > static_cast<std::size_t>(e.part_of) ? ent[e.part_of] : Term::iri(extract::entity_iri(a.entities[e.part_of], base)));
    if (e.located_in >= 0) em.add(t, ns(k_schema, "location"), Term::iri(extract::entity_iri(a.entities[e.located_in], base)));
  }
  // mentions
  for (const extract::Mention& m : a.mentions) {
    if (m.entity < 0) continue;
    Term node = span_iri("mention", m.span);
    span(node, cg("Mention").c_str(), m.span);
    em.add(node, cg("denotes"), ent[m.entity]);
    em.add(node, derived, doc);
  }
  // roles
  for (const extract::Role& r : a.roles) {
    std::string id = a.entities[r.holder].slug + "-" + extract::slugify(r.title);
    if (r.org >= 0) id += "-" + a.entities[r.org].slug;
    if (r.place >= 0) id += "-" + a.entities[r.place].slug;
    Term role = Term::iri(base + "role/" + id);
    em.type(role, cg("Role"));
    em.add(role, cg("holder"), ent[r.holder]);
    em.str(role, cg("title"), r.title);
    if (r.org >= 0) em.add(role, cg("roleOrganization"), ent[r.org]);
    if (r.place >= 0) em.add(role, cg("rolePlace"), ent[r.place]);
    if (r.former) em.typed(role, cg("former"), "true", "boolean");
    Term ev = span_iri("span", r.evidence);
    span(ev, cg("Evidence").c_str(), r.evidence);
    em.add(role, cg("evidence"), ev);
    em.add(role, derived, doc);
  }
  // claims
  std::vector<Term> claim_terms, count_terms;
  for (const std::string& key : claim_keys(a)) {
    claim_terms.push_back(Term::iri(base + "claim/" + key));
    count_terms.push_back(Term::iri(base + "count/" + key));
  }
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    const extract::Claim& c = a.claims[i];
    const Term& cl = claim_terms[i];
    em.type(cl, cg("Claim"));
    em.str(cl, cg("statement"), std::string(a.text(c.content)));
    Term st = span_iri("span", c.content);
    span(st, ns(k_nif, "String").c_str(), c.content);
    em.add(cl, cg("statementSpan"), st);
    Term ev = span_iri("span", c.evidence);
    span(ev, cg("Evidence").c_str(), c.evidence);
    em.add(cl, cg("evidence"), ev);
    em.add(cl, derived, doc);
    if (c.claimant >= 0) em.add(cl, cg("claimant"), ent[c.claimant]);
    if (!c.claimant_text.empty()) em.str(cl, cg("claimantText"), c.claimant_text);
    if (c.reported_by >= 0) em.add(cl, cg("reportedBy"), ent[c.reported_by]);
    if (!c.cue_lemma.empty()) em.str(cl, cg("cue"), c.cue_lemma);
    if (!c.cue.empty()) em.str(cl, cg("cueText"), c.cue);
    em.add(cl, cg("mode"), Term::iri(cg(lookup(k_modes, std::size(k_modes), c.mode, "Narration"))));
    if (!c.channel.empty()) em.str(cl, cg("channel"), c.channel);
    em.typed(cl, cg("directQuote"), c.direct_quote ? "true" : "false", "boolean");
    if (c.headline) em.typed(cl, cg("inHeadline"), "true", "boolean");
    if (c.unsupported) em.add(cl, cg("supportStatus"), Term::iri(cg("Unsupported")));
    if (!a.doc.date.empty()) em.typed(cl, ns(k_schema, "datePublished"), a.doc.date, "date");
    if (!c.date.empty()) em.typed(cl, cg("dateStated"), c.date, "date");
    // what the claim is about: the entities named in its statement
    std::set<int> about;
    auto mit = std::lower_bound(a.mentions.begin(), a.mentions.end(), c.content.begin,
                                [](const extract::Mention& m, std::size_t v) { return m.span.begin < v; });
    for (; mit != a.mentions.end() && mit->span.begin < c.content.end; ++mit)
      if (mit->entity >= 0 && mit->span.end <= c.content.end) about.insert(mit->entity);
    for (int e : about) em.add(cl, cg("about"), ent[e]);
    if (c.count) {
      const extract::Count& n = *c.count;
      const Term& ct = count_terms[i];
      em.add(cl, cg("count"), ct);
      em.type(ct, cg("Count"));
      em.add(ct, cg("measure"), Term::iri(cg(lookup(k_measures, std::size(k_measures), n.unit, "otherMeasure"))));
      em.add(ct, cg("qualifier"), Term::iri(cg(lookup(k_qualifiers, std::size(k_qualifiers), n.qualifier, "exact"))));
      if (n.value) em.typed(ct, cg("value"), decimal(*n.value), "decimal");
      if (n.value_max) em.typed(ct, cg("valueMax"), decimal(*n.value_max), "decimal");
      em.str(ct, cg("quantityText"), n.quantity_text);
      if (!n.counted.empty()) em.str(ct, cg("counted"), n.counted);
      if (n.subset_of >= 0) em.add(ct, cg("subsetOf"), count_terms[n.subset_of]);
      em.add(ct, derived, doc);
    }
  }
  for (const extract::Discrepancy& d : a.discrepancies) {
    Term dn = Term::iri(base + "discrepancy/" + hash + "-" + std::to_string(d.a + 1) + "-" + std::to_string(d.b + 1));
    em.type(dn, cg("Discrepancy"));
    em.add(dn, cg("conflictingCount"), count_terms[d.a]);
    em.add(dn, cg("conflictingCount"), count_terms[d.b]);
    em.add(dn, cg("discrepancyMeasure"), Term::iri(cg(lookup(k_measures, std::size(k_measures), d.unit, "otherMeasure"))));
    if (d.newer >= 0) em.add(dn, cg("newerCount"), count_terms[d.newer]);
    em.add(dn, derived, doc);
  }
  return out;
}

}  // namespace cg::ontology
