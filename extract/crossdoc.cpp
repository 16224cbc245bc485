// SPDX-License-Identifier: MIT
#include "extract/crossdoc.hpp"

#include <cstdlib>

#include "extract/stages.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> w;
  std::string cur;
  for (char c : fold(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') cur.push_back(c);
    else if (!cur.empty()) { w.push_back(cur); cur.clear(); }
  }
  if (!cur.empty()) w.push_back(cur);
  return w;
}
std::string acronym(const std::string& s) {
  std::string a;
  for (const auto& w : words(s))
    if (w != "of" && w != "the" && w != "and" && w != "for") a.push_back(static_cast<char>(w[0] - 'a' + 'A'));
  return a;
}
bool all_caps(const std::string& s) {
  if (s.size() < 2 || s.size() > 8) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}
}  // namespace

void CrossDocumentIndex::link(Analysis& a) {
  // first learn the full names of this document, then resolve its short forms
  for (const Entity& e : a.entities) {
    label_.emplace(e.slug, e.canonical);
    auto w = words(e.canonical);
    if (e.type == EntityType::person && w.size() >= 2) {
      std::string last = w.back();
      if (auto d = last.find('-'); d != std::string::npos && d <= 3) last = last.substr(d + 1);  // al-Baghdadi
      auto [it, fresh] = surname_.emplace(last, e.slug);
      if (!fresh && it->second != e.slug) it->second.clear();  // two people share the surname
      auto [gt, gfresh] = given_.emplace(w.front(), e.slug);
      if (!gfresh && gt->second != e.slug) gt->second.clear();  // two people share the given name
    }
    if (e.type == EntityType::organization && w.size() >= 2) {
      std::string acr = acronym(e.canonical);
      if (acr.size() >= 2) {
        auto [it, fresh] = acronym_.emplace(acr, e.slug);
        if (!fresh && it->second != e.slug) it->second.clear();
      }
    }
  }
  for (Entity& e : a.entities) {
    auto w = words(e.canonical);
    if (e.type == EntityType::person && w.size() == 1) {
      auto it = surname_.find(w[0]);
      if (it != surname_.end() && !it->second.empty()) e.slug = it->second;
      // "Tamerlan" in one article, "Tamerlan Tsarnaev" in another: only a word that is nobody's
      // surname and one person's given name
      auto gt = given_.find(w[0]);
      if (it == surname_.end() && gt != given_.end() && !gt->second.empty()) e.slug = gt->second;
    }
    if (e.type == EntityType::organization && all_caps(e.canonical)) {
      auto it = acronym_.find(e.canonical);
      if (it != acronym_.end() && !it->second.empty()) e.slug = it->second;
    }
    // one label per node: the full name; the short form stays an alternative label
    if (auto it = label_.find(e.slug); it != label_.end() && it->second != e.canonical) {
      e.nominals.push_back(e.canonical);
      e.canonical = it->second;
    }
  }
}

namespace {
long day_number(const std::string& d) {
  if (d.size() != 10) return -1;
  return std::atol(d.substr(0, 4).c_str()) * 372 + std::atol(d.substr(5, 2).c_str()) * 31 + std::atol(d.substr(8, 2).c_str());
}
}  // namespace

std::vector<CrossDiscrepancy> CrossDocumentIndex::link_counts(const Analysis& a, const std::vector<std::string>& count_iris) {
  std::vector<CrossDiscrepancy> out;
  // the article's main place: the place entity with most mentions
  int best = -1;
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].type == EntityType::place &&
        (best < 0 || a.entities[e].mentions.size() > a.entities[best].mentions.size()))
      best = static_cast<int>(e);
  if (best < 0) return out;
  const std::string place = a.entities[best].slug;
  const long day = day_number(a.doc.date);
  std::vector<std::pair<std::pair<std::string, std::string>, CountRecord>> fresh;
  for (std::size_t i = 0; i < a.claims.size() && i < count_iris.size(); ++i) {
    const Claim& c = a.claims[i];
    if (!c.count || !c.count->value || c.count->subset_of >= 0 || !comparable_count(*c.count)) continue;
    const std::string fam = measure_family(c.count->unit);
    if (fam != "dead" && fam != "injured" && fam != "detained" && fam != "dead_or_injured") continue;
    auto key = std::make_pair(fam, place);
    if (auto it = counts_.find(key); it != counts_.end()) {
      for (const CountRecord& r : it->second) {
        if (r.doc == a.doc.id) continue;
        long rd = day_number(r.date);
        // same event: both dates known and close (without dates, an article cannot be placed in time)
        if (day < 0 || rd < 0 || std::labs(day - rd) > 31) continue;
        if (!counts_disagree(r.count, *c.count)) continue;
        CrossDiscrepancy d{r.iri, count_iris[i], fam, {}};
        if (day >= 0 && rd >= 0 && day != rd) d.newer = day > rd ? count_iris[i] : r.iri;
        out.push_back(std::move(d));
      }
    }
    fresh.push_back({key, CountRecord{count_iris[i], a.doc.id, a.doc.date, *c.count}});
  }
  for (auto& [k, r] : fresh) counts_[k].push_back(std::move(r));
  return out;
}

}  // namespace cg::extract
