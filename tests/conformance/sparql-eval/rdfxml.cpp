// SPDX-License-Identifier: MIT
/// @file rdfxml.cpp Test-only RDF/XML reader over expat (see rdfxml.hpp for what it covers).
#include "tests/conformance/sparql-eval/rdfxml.hpp"

#include <expat.h>

#include "graph/iri.hpp"

namespace cg::test {

namespace {

using graph::Term;

const std::string RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string XMLNS = "http://www.w3.org/XML/1998/namespace";

struct Frame {
  bool is_node = false;
  Term subject;                 // node: the node; property: the subject it belongs to
  std::string predicate;        // property
  bool has_object = false;      // property: an object was given by attribute or nested node
  std::string datatype, lang, text;
  std::string base;
};

struct State {
  std::vector<graph::Quad> out;
  std::optional<Term> graph;
  std::vector<Frame> stack;
  std::string base;
  int blank = 0;
  std::string error;
  Term fresh() { return Term::blank("rx" + std::to_string(blank++)); }
  void emit(const Term& s, const std::string& p, const Term& o) { out.push_back({s, Term::iri(p), o, graph}); }
};

std::string uri_of(const char* name) {
  std::string n = name;
  auto bar = n.find('|');
  return bar == std::string::npos ? n : n.substr(0, bar) + n.substr(bar + 1);
}

void XMLCALL start(void* ud, const XML_Char* name, const XML_Char** atts) {
  auto* st = static_cast<State*>(ud);
  std::string el = uri_of(name);
  std::string base = st->stack.empty() ? st->base : st->stack.back().base;
  std::string lang = st->stack.empty() ? "" : st->stack.back().lang;
  for (int i = 0; atts[i]; i += 2) {
    std::string a = uri_of(atts[i]);
    if (a == XMLNS + "base") base = graph::resolve_iri(base, atts[i + 1]);
    if (a == XMLNS + "lang") lang = atts[i + 1];
  }
  if (el == RDFNS + "RDF") {
    Frame f;
    f.is_node = false;
    f.predicate.clear();
    f.base = base;
    f.lang = lang;
    st->stack.push_back(f);
    return;
  }
  bool parent_is_node = !st->stack.empty() && st->stack.back().is_node;
  if (!parent_is_node) {
    // node element
    Frame f;
    f.is_node = true;
    f.base = base;
    f.lang = lang;
    f.subject = st->fresh();
    for (int i = 0; atts[i]; i += 2) {
      std::string a = uri_of(atts[i]);
      if (a == RDFNS + "about") f.subject = Term::iri(graph::resolve_iri(base, atts[i + 1]));
      else if (a == RDFNS + "ID") f.subject = Term::iri(graph::resolve_iri(base, std::string("#") + atts[i + 1]));
      else if (a == RDFNS + "nodeID") f.subject = Term::blank(std::string("n") + atts[i + 1]);
    }
    if (el != RDFNS + "Description") st->emit(f.subject, RDFNS + "type", Term::iri(el));
    for (int i = 0; atts[i]; i += 2) {
      std::string a = uri_of(atts[i]);
      if (a.rfind(RDFNS, 0) == 0 || a.rfind(XMLNS, 0) == 0 || a.find('|') != std::string::npos) continue;
      if (std::string(atts[i]).find('|') == std::string::npos) continue;  // unqualified
      if (a == RDFNS + "type") st->emit(f.subject, a, Term::iri(atts[i + 1]));
      else st->emit(f.subject, a, lang.empty() ? Term::literal(atts[i + 1]) : Term::lang_literal(atts[i + 1], lang));
    }
    if (!st->stack.empty() && !st->stack.back().predicate.empty()) {
      auto& p = st->stack.back();
      st->emit(p.subject, p.predicate, f.subject);
      p.has_object = true;
    }
    st->stack.push_back(f);
    return;
  }
  // property element
  Frame p;
  p.subject = st->stack.back().subject;
  p.predicate = el;
  p.base = base;
  p.lang = lang;
  bool resource_type = false;
  for (int i = 0; atts[i]; i += 2) {
    std::string a = uri_of(atts[i]);
    if (a == RDFNS + "resource") {
      st->emit(p.subject, el, Term::iri(graph::resolve_iri(base, atts[i + 1])));
      p.has_object = true;
    } else if (a == RDFNS + "nodeID") {
      st->emit(p.subject, el, Term::blank(std::string("n") + atts[i + 1]));
      p.has_object = true;
    } else if (a == RDFNS + "datatype") {
      p.datatype = graph::resolve_iri(base, atts[i + 1]);
    } else if (a == RDFNS + "parseType" && std::string(atts[i + 1]) == "Resource") {
      resource_type = true;
    }
  }
  if (resource_type) {
    Term b = st->fresh();
    st->emit(p.subject, el, b);
    Frame n;
    n.is_node = true;
    n.subject = b;
    n.base = base;
    n.lang = lang;
    n.predicate = "\x01";  // marks a parseType=Resource node: its end also closes the property
    st->stack.push_back(n);
    return;
  }
  st->stack.push_back(p);
}

void XMLCALL end(void* ud, const XML_Char*) {
  auto* st = static_cast<State*>(ud);
  if (st->stack.empty()) return;
  Frame f = st->stack.back();
  st->stack.pop_back();
  if (f.is_node || f.predicate.empty()) return;
  if (!f.has_object) {
    Term o = !f.datatype.empty() ? Term::literal(f.text, f.datatype)
             : !f.lang.empty()   ? Term::lang_literal(f.text, f.lang)
                                 : Term::literal(f.text);
    st->emit(f.subject, f.predicate, o);
  }
}

void XMLCALL text(void* ud, const XML_Char* s, int len) {
  auto* st = static_cast<State*>(ud);
  if (!st->stack.empty() && !st->stack.back().is_node) st->stack.back().text.append(s, static_cast<std::size_t>(len));
}

}  // namespace

Result<std::vector<graph::Quad>> read_rdfxml(const std::string& data, const std::string& base_iri,
                                             const std::optional<graph::Term>& graph) {
  State st;
  st.base = base_iri;
  st.graph = graph;
  XML_Parser p = XML_ParserCreateNS(nullptr, '|');
  XML_SetUserData(p, &st);
  XML_SetElementHandler(p, start, end);
  XML_SetCharacterDataHandler(p, text);
  bool ok = XML_Parse(p, data.data(), static_cast<int>(data.size()), 1) != XML_STATUS_ERROR;
  std::string err = ok ? "" : XML_ErrorString(XML_GetErrorCode(p));
  XML_ParserFree(p);
  if (!ok) return unexpected(make_diagnostic(DiagKind::data, "RDF/XML: " + err, "rdfxml"));
  return st.out;
}

}  // namespace cg::test
