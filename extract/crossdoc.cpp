// SPDX-License-Identifier: MIT
#include "extract/crossdoc.hpp"

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

}  // namespace cg::extract
