// SPDX-License-Identifier: MIT
#include "extract/lexicon.hpp"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "extract/text.hpp"

namespace cg::extract {

namespace {

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view l = text.substr(b, e - b);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\r' || l.back() == '\t')) l.remove_suffix(1);
    while (!l.empty() && l.front() == ' ') l.remove_prefix(1);
    if (!l.empty() && l.front() != '#') out.emplace_back(l);
    b = e + 1;
  }
  return out;
}

// "Al Anbār" → also "Anbar"; "Minskaya voblasts'" is left as is.
void add_place(Lexicon& lx, const std::string& name) {
  std::string clean = strip_diacritics(name);
  // drop parenthesised parts and qualifiers after a comma
  if (auto p = clean.find(" ("); p != std::string::npos) clean.resize(p);
  if (auto p = clean.find(','); p != std::string::npos) clean.resize(p);
  if (clean.empty()) return;
  lx.places.emplace(fold(clean), clean);
  for (const char* art : {"Al ", "An ", "As ", "Ar ", "Ad ", "At ", "Az ", "Ash ", "El "}) {
    std::string_view a = art;
    if (clean.size() > a.size() + 2 && clean.compare(0, a.size(), a) == 0)
      lx.places.emplace(fold(clean.substr(a.size())), clean.substr(a.size()));
  }
}

void load_iso_codes(Lexicon& lx) {
  std::string dir = "/usr/share/iso-codes/json";
  if (const char* env = std::getenv("CG_ISO_CODES_DIR"); env && *env) dir = env;
  auto read = [&](const std::string& file) -> nlohmann::json {
    std::ifstream in(dir + "/" + file);
    if (!in) return {};
    try {
      return nlohmann::json::parse(in);
    } catch (...) {
      return {};
    }
  };
  nlohmann::json c = read("iso_3166-1.json");
  if (c.is_object() && c.contains("3166-1")) {
    lx.iso_codes = true;
    for (const auto& e : c["3166-1"]) {
      for (const char* k : {"name", "common_name", "official_name"}) {
        if (!e.contains(k) || !e[k].is_string()) continue;
        std::string n = e[k].get<std::string>();
        if (std::string(k) == "name" && n.find(',') != std::string::npos) {
          // "Korea, Republic of" → "Korea"; "Iran, Islamic Republic of" → "Iran"
          n.resize(n.find(','));
        }
        add_place(lx, n);
        lx.countries.insert(fold(n));
        lx.major_places.insert(fold(strip_diacritics(n)));
      }
    }
  }
  nlohmann::json s = read("iso_3166-2.json");
  if (s.is_object() && s.contains("3166-2")) {
    for (const auto& e : s["3166-2"]) {
      if (!e.contains("name") || !e["name"].is_string()) continue;
      std::string n = e["name"].get<std::string>();
      std::string f = fold(n);
      // very short or generic subdivision names make poor evidence
      if (f.size() < 4) continue;
      add_place(lx, n);
    }
  }
}

Lexicon build() {
  Lexicon lx;
  for (auto& l : lines_of(lexicon_file("titles"))) lx.titles.insert(fold(l));
  for (auto& l : lines_of(lexicon_file("org_heads"))) lx.org_heads.insert(fold(l));
  for (auto& l : lines_of(lexicon_file("org_known"))) {
    lx.orgs.emplace(fold(l), l);
    // British spelling: "Organisation for Security and Co-operation in Europe"
    std::string f = fold(l);
    for (std::size_t z = f.find("organization"); z != std::string::npos; z = f.find("organization", z + 1)) f[z + 6] = 's';
    lx.orgs.emplace(f, l);
  }
  for (auto& l : lines_of(lexicon_file("nonentities"))) lx.nonentities.insert(fold(l));
  for (auto& l : lines_of(lexicon_file("demonyms"))) lx.demonyms.insert(fold(l));
  for (auto& l : lines_of(lexicon_file("first_names"))) lx.first_names.insert(fold(l));
  for (auto& l : lines_of(lexicon_file("female_names"))) lx.female_names.insert(fold(l));
  for (auto& l : lines_of(lexicon_file("male_names"))) lx.male_names.insert(fold(l));
  load_iso_codes(lx);
  for (auto& l : lines_of(lexicon_file("cities"))) {
    add_place(lx, l);
    lx.major_places.insert(fold(l));
  }
  // Common short and alternative country names news uses.
  for (const char* n : {"Russia", "Iran", "Syria", "Britain", "Great Britain", "UK", "U.K.", "US", "U.S.", "USA",
                        "United States", "America", "South Korea", "North Korea", "Vietnam", "Laos", "Moldova",
                        "Bolivia", "Venezuela", "Tanzania", "Palestine", "Taiwan", "Congo", "Ivory Coast",
                        "Czech Republic", "Macedonia", "Burma", "Kosovo", "Scotland", "England", "Wales", "Turkey",
                        // former states still named in news and archives
                        "Yugoslavia", "Zaire", "Czechoslovakia", "Soviet Union"}) {
    add_place(lx, n);
    lx.countries.insert(fold(n));
    lx.major_places.insert(fold(n));
  }
  // Demonyms derived from single-word country names: Syria → Syrian(s), Egypt → Egyptian,
  // Israel → Israeli, Kazakhstan → Kazakh, Ukraine → Ukrainian, China → Chinese.
  for (const std::string& c : std::vector<std::string>(lx.countries.begin(), lx.countries.end())) {
    if (c.size() < 4 || c.find(' ') != std::string::npos) continue;
    std::vector<std::string> forms = {c + "n", c + "an", c + "ian", c + "i", c + "ese", c + "ish"};
    std::string stem = c.substr(0, c.size() - 1);
    for (const char* suf : {"n", "an", "ian", "ese", "i"}) forms.push_back(stem + suf);
    // Serbia → Serb, Yugoslavia → Yugoslav, Croatia → Croat; Belgium → Belgian
    if (c.size() >= 6 && c.compare(c.size() - 2, 2, "ia") == 0) forms.push_back(c.substr(0, c.size() - 2));
    if (c.size() >= 6 && c.compare(c.size() - 3, 3, "ium") == 0) forms.push_back(c.substr(0, c.size() - 3) + "ian");
    for (const char* st : {"istan", "stan"}) {
      std::string s(st);
      if (c.size() > s.size() + 3 && c.compare(c.size() - s.size(), s.size(), s) == 0) forms.push_back(c.substr(0, c.size() - s.size()));
    }
    for (const auto& f : forms) {
      if (lx.places.count(f)) continue;
      lx.demonyms.insert(f);
      lx.demonyms.insert(f + "s");
    }
  }
  for (auto& l : lines_of(lexicon_file("cues"))) {
    std::istringstream in(l);
    std::string lemma, form;
    in >> lemma;
    lx.cues.emplace(lemma, lemma);
    while (in >> form) lx.cues.emplace(form, lemma);
  }
  // Words that are both places and something else in news prose.
  for (const char* w : {"of", "the", "and", "central", "north", "south", "east", "west", "capital", "city",
                        "center", "centre", "island", "islands", "state", "georgia"})
    if (std::string(w) != "georgia") lx.places.erase(w);
  // The gendered given names are given names too, except where a place list has them: "Charlotte
  // Panthers" and "Sofia" stay what they were.
  for (const auto* names : {&lx.female_names, &lx.male_names})
    for (const std::string& n : *names)
      if (!lx.places.count(n)) lx.first_names.insert(n);
  return lx;
}

}  // namespace

const Lexicon& lexicon() {
  static const Lexicon lx = build();
  return lx;
}

}  // namespace cg::extract
