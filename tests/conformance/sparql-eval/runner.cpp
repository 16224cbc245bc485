// SPDX-License-Identifier: MIT
/// @file runner.cpp W3C SPARQL evaluation tests driven by their manifests: mf:QueryEvaluationTest,
/// mf:CSVResultFormatTest and mf:UpdateEvaluationTest. Usage:
///   cg_sparql_eval MANIFEST... [--optimize on|off] [--skip FILE] [--verbose] [--only NAME]
/// Prints one line per failure and "N passed, N failed, N skipped"; exits 1 when a test that is
/// not on the skip list fails (or a skipped test has started to pass: shrink the list).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "common/text_file.hpp"
#include "graph/io/reader.hpp"
#include "graph/isomorphism.hpp"
#include "query/query.hpp"
#include "query/results/results.hpp"
#include "tests/conformance/sparql-eval/rdfxml.hpp"
#include "tests/conformance/sparql-eval/result_reader.hpp"

namespace {

using cg::graph::Store;
using cg::graph::Term;
using cg::graph::TermId;

const std::string MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
const std::string QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
const std::string UT = "http://www.w3.org/2009/sparql/tests/test-update#";
const std::string RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string RDFS = "http://www.w3.org/2000/01/rdf-schema#";

struct Manifest {
  Store store;
  TermId id(const std::string& iri) const { return store.lookup(Term::iri(iri)); }
  std::vector<TermId> objects(TermId s, const std::string& p) const {
    std::vector<TermId> out;
    TermId pid = id(p);
    if (!s || !pid) return out;
    store.match(cg::graph::Pattern{s, pid, {}, {}, cg::graph::GraphScope::any}, [&](const cg::graph::IdQuad& q) {
      out.push_back(q.object);
      return true;
    });
    return out;
  }
  std::optional<Term> one(TermId s, const std::string& p) const {
    auto o = objects(s, p);
    if (o.empty()) return std::nullopt;
    return store.term(o[0]);
  }
  std::vector<TermId> list(TermId head) const {
    std::vector<TermId> out;
    TermId nil = id(RDF + "nil");
    while (head && head != nil) {
      auto f = objects(head, RDF + "first");
      if (f.empty()) break;
      out.push_back(f[0]);
      auto r = objects(head, RDF + "rest");
      head = r.empty() ? TermId{} : r[0];
    }
    return out;
  }
};

std::string path_of(const std::string& iri) {
  std::string p = iri.rfind("file://", 0) == 0 ? iri.substr(7) : iri;
  std::string out;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '%' && i + 2 < p.size()) {
      out += static_cast<char>(std::stoi(p.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += p[i];
    }
  }
  return out;
}

struct Test {
  std::string iri, name, type;
  std::string query, request;                        // file IRIs
  std::vector<std::string> data;                     // default graph files
  std::vector<std::pair<std::string, std::string>> graph_data;  // (graph name, file)
  std::string result;                                // query result file
  std::vector<std::string> result_data;              // update: expected default graph
  std::vector<std::pair<std::string, std::string>> result_graph_data;
};

void collect(const std::string& manifest_path, std::vector<Test>& tests, std::set<std::string>& seen) {
  if (!seen.insert(manifest_path).second) return;
  Manifest m;
  auto r = cg::graph::read_rdf_file(m.store, manifest_path);
  if (!r) {
    std::cerr << "cannot read " << manifest_path << ": " << cg::render(r.error()) << "\n";
    return;
  }
  std::string base = cg::graph::file_iri(manifest_path);
  TermId self = m.id(base);
  // every manifest node in the file (the <> node)
  std::vector<TermId> manifests;
  m.store.match(cg::graph::Pattern{{}, m.id(RDF + "type"), m.id(MF + "Manifest"), {}, cg::graph::GraphScope::any},
                [&](const cg::graph::IdQuad& q) {
                  manifests.push_back(q.subject);
                  return true;
                });
  if (manifests.empty() && self) manifests.push_back(self);
  for (auto mf : manifests) {
    for (auto inc : m.objects(mf, MF + "include"))
      for (auto item : m.list(inc)) {
        Term t = m.store.term(item);
        if (t.value.rfind("file:", 0) == 0) collect(path_of(t.value), tests, seen);
      }
    for (auto entries : m.objects(mf, MF + "entries")) {
      for (auto e : m.list(entries)) {
        Test t;
        t.iri = m.store.term(e).value;
        if (auto n = m.one(e, MF + "name")) t.name = n->value;
        if (auto ty = m.one(e, RDF + "type")) t.type = ty->value.substr(ty->value.find('#') + 1);
        auto actions = m.objects(e, MF + "action");
        for (auto a : actions) {
          if (auto q = m.one(a, QT + "query")) t.query = q->value;
          if (auto q = m.one(a, UT + "request")) t.request = q->value;
          for (auto d : m.objects(a, QT + "data")) t.data.push_back(m.store.term(d).value);
          for (auto d : m.objects(a, UT + "data")) t.data.push_back(m.store.term(d).value);
          for (auto d : m.objects(a, QT + "graphData")) {
            auto v = m.store.term(d).value;
            t.graph_data.emplace_back(v, v);
          }
          for (auto gd : m.objects(a, UT + "graphData")) {
            auto g = m.one(gd, UT + "graph");
            auto l = m.one(gd, RDFS + "label");
            if (g) t.graph_data.emplace_back(l ? l->value : g->value, g->value);
          }
        }
        for (auto res : m.objects(e, MF + "result")) {
          Term rt = m.store.term(res);
          if (rt.is_iri()) {
            t.result = rt.value;
          } else {
            for (auto d : m.objects(res, UT + "data")) t.result_data.push_back(m.store.term(d).value);
            for (auto gd : m.objects(res, UT + "graphData")) {
              auto g = m.one(gd, UT + "graph");
              auto l = m.one(gd, RDFS + "label");
              if (g) t.result_graph_data.emplace_back(l ? l->value : g->value, g->value);
            }
          }
        }
        tests.push_back(std::move(t));
      }
    }
  }
}

cg::Result<void> load(Store& store, const std::string& file_iri, std::optional<std::string> graph) {
  std::optional<Term> g;
  if (graph) g = Term::iri(*graph);
  if (file_iri.size() > 4 && file_iri.compare(file_iri.size() - 4, 4, ".rdf") == 0) {
    auto text = cg::read_text_file(path_of(file_iri), {true, false});
    if (!text) return cg::unexpected(std::move(text).error());
    auto quads = cg::test::read_rdfxml(*text, file_iri, g);
    if (!quads) return cg::unexpected(std::move(quads).error());
    for (auto& q : *quads) store.insert(q);
    return {};
  }
  auto r = cg::graph::read_rdf_file(store, path_of(file_iri), std::nullopt, file_iri, g);
  if (!r) return cg::unexpected(std::move(r).error());
  return {};
}

std::vector<cg::graph::Quad> graph_of(const Store& store, const std::optional<std::string>& g) {
  std::vector<cg::graph::Quad> out;
  for (auto& q : store.quads()) {
    if (g ? (q.graph && q.graph->value == *g) : !q.graph) {
      auto c = q;
      c.graph.reset();
      out.push_back(c);
    }
  }
  return out;
}

enum class Outcome { pass, fail, skip };

struct Runner {
  bool optimize = true;
  bool verbose = false;
  std::string why;

  Outcome run_query(const Test& t) {
    Store store;
    for (auto& d : t.data)
      if (auto r = load(store, d, std::nullopt); !r) return fail("data: " + cg::render(r.error()));
    for (auto& [g, f] : t.graph_data)
      if (auto r = load(store, f, g); !r) return fail("graph data: " + cg::render(r.error()));
    auto text = cg::read_text_file(path_of(t.query), {true, false});
    if (!text) return fail("query file: " + cg::render(text.error()));
    cg::query::PrepareOptions po;
    po.base_iri = t.query;
    po.source_name = path_of(t.query);
    auto q = cg::query::prepare(*text, po);
    if (!q) return fail("prepare: " + cg::render(q.error(), *text));
    // FROM / FROM NAMED name local files: load them as named graphs
    for (auto* list : {&q->from, &q->from_named})
      for (auto& iri : *list) {
        if (iri.rfind("file:", 0) != 0) continue;
        if (store.lookup(Term::iri(iri))) {
          cg::graph::Pattern p;
          p.graph = store.lookup(Term::iri(iri));
          p.scope = cg::graph::GraphScope::named;
          if (store.count(p) > 0) continue;
        }
        if (auto r = load(store, iri, iri); !r) return fail("FROM data: " + cg::render(r.error()));
      }
    auto ds = cg::query::exec::Dataset::from_store(store);
    cg::query::ExecOptions eo;
    eo.optimize = optimize;
    eo.timeout_seconds = 20;
    auto res = cg::query::execute(*q, ds, eo);
    if (!res) return fail("execute: " + cg::render(res.error()));
    // expected
    std::string rpath = path_of(t.result);
    auto ext = rpath.substr(rpath.rfind('.') + 1);
    if (q->form == cg::query::algebra::QueryForm::construct || q->form == cg::query::algebra::QueryForm::describe) {
      Store expected;
      if (auto r = load(expected, t.result, std::nullopt); !r) return fail("result: " + cg::render(r.error()));
      if (!cg::graph::isomorphic(graph_of(expected, std::nullopt), res->triples))
        return fail("graph differs (" + std::to_string(res->triples.size()) + " triples, expected " +
                    std::to_string(expected.size()) + ")");
      return Outcome::pass;
    }
    cg::test::ResultTable actual;
    if (q->form == cg::query::algebra::QueryForm::ask) {
      actual.is_boolean = true;
      actual.boolean = res->boolean;
    } else {
      actual.vars = res->solutions.vars;
      for (std::size_t r = 0; r < res->solutions.row_count; ++r) {
        std::vector<std::optional<Term>> row;
        for (std::size_t c = 0; c < actual.vars.size(); ++c) {
          auto* term = res->solutions.at(r, c);
          row.push_back(term ? std::optional<Term>(*term) : std::nullopt);
        }
        actual.rows.push_back(std::move(row));
      }
    }
    cg::Result<cg::test::ResultTable> expected = cg::test::ResultTable{};
    auto rtext = cg::read_text_file(rpath, {true, false});
    if (!rtext) return fail("result file: " + cg::render(rtext.error()));
    if (ext == "srx") expected = cg::test::read_srx(*rtext);
    else if (ext == "srj") expected = cg::test::read_srj(*rtext);
    else if (ext == "tsv") {
      // the TSV test checks our TSV output: serialize, read back, compare
      expected = cg::test::read_tsv(*rtext);
      auto ours = cg::test::read_tsv(cg::query::results::to_string(*res, cg::query::results::Format::tsv));
      if (!ours) return fail("reading our TSV");
      actual = *ours;
    } else if (ext == "csv") {
      expected = cg::test::read_csv(*rtext);
      auto ours = cg::test::read_csv(cg::query::results::to_string(*res, cg::query::results::Format::csv));
      if (!ours) return fail("reading our CSV");
      actual = *ours;
    } else if (ext == "ttl" || ext == "rdf") {
      Store rs;
      if (auto r = load(rs, t.result, std::nullopt); !r) return fail("result: " + cg::render(r.error()));
      auto table = cg::test::read_rdf_result_set(rs);
      if (!table) return fail("no rs:ResultSet in " + rpath);
      expected = *table;
    } else {
      return skip("unknown result format ." + ext);
    }
    if (!expected) return fail("expected results: " + cg::render(expected.error()));
    bool ordered = res->ordered && !expected->is_boolean;
    std::string reason;
    if (!cg::test::same_results(*expected, actual, ordered, &reason)) return fail(reason);
    return Outcome::pass;
  }

  Outcome run_update(const Test& t) {
    Store store;
    for (auto& d : t.data)
      if (auto r = load(store, d, std::nullopt); !r) return fail("data: " + cg::render(r.error()));
    for (auto& [g, f] : t.graph_data)
      if (auto r = load(store, f, g); !r) return fail("graph data: " + cg::render(r.error()));
    auto text = cg::read_text_file(path_of(t.request), {true, false});
    if (!text) return fail("request file: " + cg::render(text.error()));
    cg::query::PrepareOptions po;
    po.base_iri = t.request;
    po.source_name = path_of(t.request);
    auto u = cg::query::prepare_update(*text, po);
    if (!u) return fail("prepare: " + cg::render(u.error(), *text));
    cg::query::ExecOptions eo;
    eo.optimize = optimize;
    eo.timeout_seconds = 20;
    auto r = cg::query::execute_update(*u, store, eo);
    if (!r) return fail("update: " + cg::render(r.error()));
    Store expected;
    for (auto& d : t.result_data)
      if (auto lr = load(expected, d, std::nullopt); !lr) return fail("result data: " + cg::render(lr.error()));
    for (auto& [g, f] : t.result_graph_data)
      if (auto lr = load(expected, f, g); !lr) return fail("result graph: " + cg::render(lr.error()));
    if (!cg::graph::isomorphic(graph_of(expected, std::nullopt), graph_of(store, std::nullopt)))
      return fail("default graph differs");
    std::set<std::string> names;
    for (auto g : store.graph_names()) names.insert(store.term(g).value);
    for (auto g : expected.graph_names()) names.insert(expected.term(g).value);
    for (auto& g : names)
      if (!cg::graph::isomorphic(graph_of(expected, g), graph_of(store, g))) return fail("graph <" + g + "> differs");
    return Outcome::pass;
  }

  Outcome fail(std::string m) {
    why = std::move(m);
    return Outcome::fail;
  }
  Outcome skip(std::string m) {
    why = std::move(m);
    return Outcome::skip;
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> manifests;
  std::string skip_file, only;
  Runner runner;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--optimize" && i + 1 < argc) runner.optimize = std::string(argv[++i]) != "off";
    else if (a == "--skip" && i + 1 < argc) skip_file = argv[++i];
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else if (a == "--verbose") runner.verbose = true;
    else manifests.push_back(a);
  }
  if (manifests.empty() || manifests[0].empty() || !std::ifstream(manifests[0])) {
    std::printf("W3C SPARQL suite not found (%s): skipped\n0 passed, 0 failed, 0 skipped\n",
                manifests.empty() ? "no manifest given" : manifests[0].c_str());
    return 0;
  }
  std::map<std::string, std::string> skips;
  if (!skip_file.empty()) {
    std::ifstream in(skip_file);
    std::string line;
    while (std::getline(in, line)) {
      auto hash = line.find('#');
      std::string iri = line.substr(0, hash);
      while (!iri.empty() && std::isspace(static_cast<unsigned char>(iri.back()))) iri.pop_back();
      while (!iri.empty() && std::isspace(static_cast<unsigned char>(iri.front()))) iri.erase(0, 1);
      if (!iri.empty()) skips[iri] = hash == std::string::npos ? "" : line.substr(hash + 1);
    }
  }
  std::vector<Test> tests;
  std::set<std::string> seen;
  for (auto& m : manifests) collect(m, tests, seen);
  std::size_t passed = 0, failed = 0, skipped = 0, stale = 0;
  for (auto& t : tests) {
    if (!only.empty() && t.iri.find(only) == std::string::npos && t.name.find(only) == std::string::npos) continue;
    Outcome o;
    if (t.type == "QueryEvaluationTest" || t.type == "CSVResultFormatTest")
      o = runner.run_query(t);
    else if (t.type == "UpdateEvaluationTest")
      o = runner.run_update(t);
    else
      continue;  // syntax tests belong to the parser's runner
    bool listed = skips.count(t.iri) > 0;
    if (listed) {
      ++skipped;
      if (o == Outcome::pass) {
        ++stale;
        std::printf("PASSES BUT SKIPPED %s (remove it from the skip list)\n", t.iri.c_str());
      }
      continue;
    }
    if (o == Outcome::pass) {
      ++passed;
      if (runner.verbose) std::printf("ok   %s\n", t.iri.c_str());
    } else if (o == Outcome::skip) {
      ++skipped;
      std::printf("SKIP %s: %s\n", t.iri.c_str(), runner.why.c_str());
    } else {
      ++failed;
      std::printf("FAIL %s: %s\n", t.iri.c_str(), runner.why.c_str());
    }
  }
  std::printf("%zu passed, %zu failed, %zu skipped (optimizer %s)\n", passed, failed, skipped,
              runner.optimize ? "on" : "off");
  return (failed > 0 || stale > 0) ? 1 : 0;
}
