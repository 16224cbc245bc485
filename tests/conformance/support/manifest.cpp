// SPDX-License-Identifier: MIT
#include "tests/conformance/support/manifest.hpp"

#include <cstdio>

#include "graph/io/reader.hpp"

namespace cg::test {

namespace fs = std::filesystem;
using graph::Term;
using graph::TermId;

bool ManifestEntry::has_type(std::string_view type_iri) const {
  for (const auto& t : types)
    if (t == type_iri) return true;
  return false;
}

std::vector<TermId> Manifest::objects(TermId subject, const std::string& predicate_iri) const {
  std::vector<TermId> out;
  TermId p = store.lookup(Term::iri(predicate_iri));
  store.match(graph::Pattern{subject, p, {}, {}}, [&](const graph::IdQuad& q) {
    out.push_back(q.object);
    return true;
  });
  return out;
}

std::optional<TermId> Manifest::object(TermId subject, const std::string& predicate_iri) const {
  auto all = objects(subject, predicate_iri);
  if (all.empty()) return std::nullopt;
  return all.front();
}

fs::path Manifest::to_path(const std::string& iri) {
  if (iri.rfind("file://", 0) != 0) return {};
  std::string path;
  for (std::size_t i = 7; i < iri.size(); ++i) {
    if (iri[i] == '%' && i + 2 < iri.size()) {
      path += static_cast<char>(std::stoi(iri.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      path += iri[i];
    }
  }
  return path;
}

Result<Manifest> read_manifest(const fs::path& file) {
  Manifest m;
  m.file = file;
  m.base_iri = graph::file_iri(file.string());
  auto read = graph::read_rdf_file(m.store, file.string(), graph::Syntax::turtle, m.base_iri);
  if (!read) return unexpected(std::move(read).error());
  const std::string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  const std::string mf = k_mf;
  TermId self = m.store.lookup(Term::iri(m.base_iri));
  if (auto base = m.object(self, "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#assumedTestBase"))
    m.assumed_test_base = m.store.term(*base).value;
  for (TermId list : m.objects(self, mf + "include")) {
    for (TermId node = list; node && m.store.term(node).value != rdf + "nil";) {
      if (auto first = m.object(node, rdf + "first")) m.includes.push_back(Manifest::to_path(m.store.term(*first).value));
      auto rest = m.object(node, rdf + "rest");
      node = rest ? *rest : TermId{};
    }
  }
  for (TermId list : m.objects(self, mf + "entries")) {
    for (TermId node = list; node && m.store.term(node).value != rdf + "nil";) {
      if (auto first = m.object(node, rdf + "first")) {
        ManifestEntry e;
        e.iri = m.store.term(*first).value;
        if (auto name = m.object(*first, mf + "name")) e.name = m.store.term(*name).value;
        for (TermId t : m.objects(*first, rdf + "type")) e.types.push_back(m.store.term(t).value);
        if (auto a = m.object(*first, mf + "action")) e.action = *a;
        if (auto r = m.object(*first, mf + "result")) e.result = *r;
        m.entries.push_back(std::move(e));
      }
      auto rest = m.object(node, rdf + "rest");
      node = rest ? *rest : TermId{};
    }
  }
  return m;
}

void print_summary(const std::string& suite, std::size_t passed, std::size_t failed, std::size_t skipped) {
  std::printf("%s: %zu passed, %zu failed, %zu skipped\n", suite.c_str(), passed, failed, skipped);
}

}  // namespace cg::test
