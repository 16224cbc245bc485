// SPDX-License-Identifier: MIT
// entities: merge mentions of one referent; roles; part_of / located_in.
#include <algorithm>
#include <cstring>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.hpp"
#include "extract/stages.hpp"
#include "extract/text.hpp"

namespace cg::extract {

std::string slugify(std::string_view name) {
  std::string f = fold(name), out;
  for (char ch : f) {
    bool an = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (an) out.push_back(ch);
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) out = "x";
  return out;
}

namespace {

std::string name_key(std::string_view surface) {
  std::string f = fold(surface);
  if (f.rfind("the ", 0) == 0) f = f.substr(4);
  // "al-Qaida" and "al Qaida" alike
  for (char& ch : f)
    if (ch == '-') ch = ' ';
  // "Sputnik.ru" is the site of "Sputnik": a top-level domain after a name of three letters or more
  if (auto dot = f.rfind('.'); dot != std::string::npos && dot >= 3 && f.size() - dot >= 3 && f.size() - dot <= 5 &&
                               f.find(' ', dot) == std::string::npos && f[dot - 1] >= 'a' && f[dot - 1] <= 'z') {
    bool letters = true;
    for (std::size_t k = dot + 1; k < f.size(); ++k) letters &= f[k] >= 'a' && f[k] <= 'z';
    if (letters) f.resize(dot);
  }
  return f;
}

std::vector<std::string> words_of(std::string_view folded) {
  std::vector<std::string> w;
  std::string cur;
  for (char ch : folded) {
    bool an = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (an) cur.push_back(ch);
    else if (!cur.empty()) { w.push_back(cur); cur.clear(); }
  }
  if (!cur.empty()) w.push_back(cur);
  return w;
}

// Content words of an organisation name, with synonyms unified (Attorney General = Prosecutor General).
std::set<std::string> org_content(std::string_view surface) {
  std::string f = fold(surface);
  auto replace = [&](const std::string& from, const std::string& to) {
    for (std::size_t p = f.find(from); p != std::string::npos; p = f.find(from, p + to.size())) f.replace(p, from.size(), to);
  };
  replace("attorney general", "prosecutor general");
  replace("attorney-general", "prosecutor general");
  replace("prosecutor's", "prosecutor");
  replace("prosecutors", "prosecutor");
  replace("defence", "defense");
  std::set<std::string> s;
  for (auto& w : words_of(f))
    if (w != "of" && w != "the" && w != "and" && w != "for" && w != "s") s.insert(w);
  return s;
}

std::string acronym_of(std::string_view surface) {
  std::string out;
  for (auto& w : words_of(fold(surface))) {
    if (w == "of" || w == "the" || w == "and" || w == "for" || w == "s" || w == "de" || w == "al") continue;
    out.push_back(static_cast<char>(w[0] - 'a' + 'A'));
  }
  return out;
}

bool is_acronym(std::string_view s) {
  std::size_t letters = 0;
  for (char ch : s) {
    if (ch >= 'A' && ch <= 'Z') ++letters;
    else if (ch != '.') return false;
  }
  return letters >= 2 && letters <= 8;
}

std::string strip_dots(std::string_view s) {
  std::string o;
  for (char ch : s)
    if (ch != '.') o.push_back(ch);
  return o;
}

}  // namespace

Gender person_gender(const Analysis& a, int entity) {
  if (entity < 0 || static_cast<std::size_t>(entity) >= a.entities.size()) return Gender::unknown;
  const Entity& e = a.entities[entity];
  if (e.type != EntityType::person) return Gender::unknown;
  const auto& lx = lexicon();
  static const std::unordered_set<std::string> k_female = {
      "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "lady", "dame", "queen", "princess",
      "duchess", "empress", "sister", "mother", "wife", "widow", "daughter", "granddaughter", "grandmother", "aunt",
      "niece", "girlfriend", "fiancee", "woman", "girl", "actress", "spokeswoman", "chairwoman", "congresswoman",
      "councilwoman", "businesswoman", "policewoman", "stepmother", "stepdaughter", "sister-in-law", "mother-in-law"};
  static const std::unordered_set<std::string> k_male = {
      "mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "brother", "father", "husband", "widower",
      "son", "grandson", "grandfather", "uncle", "nephew", "boyfriend", "fiance", "man", "boy", "actor",
      "spokesman", "chairman", "congressman", "councilman", "businessman", "policeman", "stepfather", "stepson",
      "brother-in-law", "father-in-law", "monsieur", "m."};
  int female = 0, male = 0;
  auto vote = [&](const std::string& w) {
    if (k_female.count(w)) ++female;
    if (k_male.count(w)) ++male;
  };
  const Mention* longest = nullptr;
  for (int mi : e.mentions) {
    const Mention& m = a.mentions[mi];
    if (!longest || m.tok_end - m.tok_begin > longest->tok_end - longest->tok_begin) longest = &m;
    const std::size_t sb = a.sentences[m.sentence].tok_begin, se = a.sentences[m.sentence].tok_end;
    // "Mrs. Clinton", "Queen Elizabeth", "his brother Tamerlan", "his mother, Zubeidat Tsarnaev"
    if (m.tok_begin > sb) vote(a.tokens[m.tok_begin - 1].lower);
    if (m.tok_begin > sb + 1 && a.tokens[m.tok_begin - 1].lower == ",") vote(a.tokens[m.tok_begin - 2].lower);
    // "Tamerlan, her son,", "Zubeidat Tsarnaev, the mother of": a short appositive after the name
    if (m.tok_end + 2 < se && a.tokens[m.tok_end].lower == ",") {
      std::size_t t = m.tok_end + 1;
      // not "whose": "Bill Richard, whose son, Martin" says nothing of Bill Richard
      static const std::unordered_set<std::string> k_det = {"the", "a", "an", "his", "her"};
      static const std::unordered_set<std::string> k_after = {"of", "for", "to", "at", "in", "who", "and"};
      if (k_det.count(a.tokens[t].lower)) ++t;
      for (std::size_t k = 0; k < 3 && t < se && a.tokens[t].kind == TokenKind::word && !a.tokens[t].cap; ++k, ++t) {
        bool end = t + 1 >= se || a.tokens[t + 1].kind != TokenKind::word || k_after.count(a.tokens[t + 1].lower);
        if (end) { vote(a.tokens[t].lower); break; }
      }
    }
  }
  for (const Role& r : a.roles)
    if (r.holder == entity)
      for (auto& w : words_of(fold(r.title))) vote(w);
  if (female != male) return female > male ? Gender::female : Gender::male;
  if (female > 0 || !longest) return Gender::unknown;  // the text's own signals disagree
  std::string given = a.tokens[longest->tok_begin].lower;
  // "Kasim-Yomart": a double given name goes by its first part
  if (!lx.female_names.count(given) && !lx.male_names.count(given) && given.find('-') != std::string::npos)
    given.resize(given.find('-'));
  bool f = lx.female_names.count(given) > 0, m = lx.male_names.count(given) > 0;
  if (f != m) return f ? Gender::female : Gender::male;
  return Gender::unknown;
}

void resolve_entities(Analysis& a) {
  const auto& lx = lexicon();
  std::vector<Entity>& ents = a.entities;
  ents.clear();
  std::map<std::pair<int, std::string>, int> by_key;
  auto new_entity = [&](const Mention& m) {
    Entity e;
    e.type = m.type;
    e.canonical = m.surface;
    ents.push_back(e);
    return static_cast<int>(ents.size() - 1);
  };
  // 0. one name, one type: "Der Spiegel, which said" and "told Der Spiegel" typed apart are one
  // referent; the type most mentions have wins, an organisation or a place before a person on a tie
  // (a name typed a person on weak evidence is the usual slip)
  {
    // "N. Korea" reads like an initial and a surname; a country's short form is a place
    static const std::unordered_set<std::string> k_country_short = {"n. korea", "s. korea", "n korea", "s korea"};
    for (Mention& m : a.mentions)
      if (k_country_short.count(fold(m.surface))) m.type = EntityType::place;
    std::map<std::string, std::array<int, 3>> votes;
    for (const Mention& m : a.mentions) ++votes[name_key(m.surface)][static_cast<int>(m.type)];
    for (Mention& m : a.mentions) {
      const auto& v = votes[name_key(m.surface)];
      int best = static_cast<int>(EntityType::organization);
      for (int t : {static_cast<int>(EntityType::place), static_cast<int>(EntityType::person)})
        if (v[t] > v[best]) best = t;
      m.type = static_cast<EntityType>(best);
    }
  }
  // 1. exact names (folded, diacritics removed)
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    Mention& m = a.mentions[i];
    auto key = std::make_pair(static_cast<int>(m.type), name_key(m.surface));
    auto it = by_key.find(key);
    int id = it == by_key.end() ? new_entity(m) : it->second;
    by_key[key] = id;
    m.entity = id;
    ents[id].mentions.push_back(static_cast<int>(i));
  }
  std::vector<int> alias(ents.size());
  for (std::size_t i = 0; i < alias.size(); ++i) alias[i] = static_cast<int>(i);
  auto root = [&](int x) {
    while (alias[x] != x) x = alias[x];
    return x;
  };
  auto unite = [&](int keep, int drop) {
    keep = root(keep);
    drop = root(drop);
    if (keep != drop) alias[drop] = keep;
  };
  auto longest_surface = [&](int e) {
    std::string best;
    for (int mi : ents[e].mentions)
      if (a.mentions[mi].surface.size() > best.size()) best = a.mentions[mi].surface;
    return best;
  };
  // 2. persons: a surname (or a token of a longer name) joins the longer name it matches; so does a
  // given name ("Tamerlan Tsarnaev" … "his brother, Tamerlan") when it starts that name only. A
  // word that two people share, as given name or surname, stays apart.
  std::vector<std::vector<std::string>> person_words(ents.size());
  std::vector<std::size_t> long_persons;
  for (std::size_t x = 0; x < ents.size(); ++x)
    if (ents[x].type == EntityType::person) {
      person_words[x] = words_of(name_key(ents[x].canonical));
      if (person_words[x].size() >= 2) long_persons.push_back(x);
    }
  for (std::size_t x = 0; x < ents.size(); ++x) {
    if (ents[x].type != EntityType::person) continue;
    const auto& wx = person_words[x];
    if (wx.size() != 1) continue;
    int match = -1, count = 0;
    int named = -1, named_count = 0;  // candidates that open with a known given name
    for (std::size_t y : long_persons) {
      if (y == x) continue;
      const auto& wy = person_words[y];
      if (std::find(wy.begin(), wy.end(), wx[0]) != wy.end()) {
        if (match != static_cast<int>(y)) ++count;
        match = static_cast<int>(y);
        if (wy.front() != wx[0] && lx.first_names.count(wy.front()) && named != static_cast<int>(y)) {
          ++named_count;
          named = static_cast<int>(y);
        }
      }
    }
    // "Trump" beside "Donald Trump" and a stray "Notice Trump": the one with a given name, unless the
    // word is someone's given name too ("Ali Hassan" and "Mohammed Ali")
    bool someones_given_name = false;
    for (std::size_t y : long_persons) someones_given_name |= y != x && person_words[y].front() == wx[0];
    if (count == 1) unite(match, static_cast<int>(x));
    else if (count > 1 && named_count == 1 && !someones_given_name) unite(named, static_cast<int>(x));
  }
  // 3. organisations: acronyms, "(ACR)" after a name, and names for the same body
  std::map<std::string, std::set<int>> by_acronym;  // acronym of a long organisation name → entities
  for (std::size_t y = 0; y < ents.size(); ++y) {
    if (ents[y].type != EntityType::organization) continue;
    for (int mi : ents[y].mentions) {
      const std::string& s = a.mentions[mi].surface;
      std::string acr = acronym_of(s);
      if (acr.size() >= 2 && s.size() > acr.size() + 2) by_acronym[acr].insert(static_cast<int>(y));
    }
  }
  for (std::size_t x = 0; x < ents.size(); ++x) {
    if (ents[x].type != EntityType::organization) continue;
    std::string sx = strip_dots(ents[x].canonical);
    if (!is_acronym(sx)) continue;
    auto it = by_acronym.find(sx);
    if (it == by_acronym.end()) continue;
    std::set<int> others = it->second;
    others.erase(static_cast<int>(x));
    if (others.size() == 1) unite(*others.begin(), static_cast<int>(x));
  }
  for (std::size_t i = 0; i + 1 < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.type != EntityType::organization) continue;
    // "Revolutionary Armed Forces of Colombia (FARC)": the name does not absorb "of <Place>"
    // (gold conventions), but the acronym after the place still names the organisation
    std::size_t j = i + 1, end = m.tok_end;
    if (j + 1 < a.mentions.size() && a.mentions[j].type == EntityType::place && a.mentions[j].sentence == m.sentence) {
      std::string gap;
      for (std::size_t t = m.tok_end; t < a.mentions[j].tok_begin; ++t) gap += a.tokens[t].lower + " ";
      if (gap == "of " || gap == "of the " || gap == "in ") end = a.mentions[j++].tok_end;
    }
    const Mention& n = a.mentions[j];
    if (n.tok_begin != end + 1 || a.tokens[end].lower != "(") continue;
    // an acronym, or another name of the body in brackets ("Hizbollah (Party of God)")
    bool closes = n.tok_end < a.tokens.size() && a.tokens[n.tok_end].lower == ")";
    if (is_acronym(strip_dots(n.surface)) || (n.type == EntityType::organization && closes && end == m.tok_end))
      unite(m.entity, n.entity);
  }
  {
    std::vector<std::pair<int, std::set<std::string>>> orgs;
    for (std::size_t x = 0; x < ents.size(); ++x)
      if (ents[x].type == EntityType::organization && !is_acronym(strip_dots(ents[x].canonical)))
        orgs.emplace_back(static_cast<int>(x), org_content(ents[x].canonical));
    std::vector<std::string> heads(ents.size());
    for (auto& [e, c] : orgs) {
      (void)c;
      auto w = words_of(fold(ents[e].canonical));
      // "Office of the Prosecutor General" → office; "Prosecutor's Office" → office
      std::string h = w.empty() ? std::string() : w.back();
      for (std::size_t k = 0; k + 1 < w.size(); ++k)
        if (w[k + 1] == "of" && lx.org_heads.count(w[k])) { h = w[k]; break; }
      heads[e] = h;
    }
    for (auto& [x, cx] : orgs) {
      if (cx.size() < 2) continue;
      int match = -1, count = 0;
      for (auto& [y, cy] : orgs) {
        if (x == y || heads[x] != heads[y]) continue;
        bool subset = std::includes(cy.begin(), cy.end(), cx.begin(), cx.end());
        if (subset && (cy.size() > cx.size() || y < x)) {
          if (match < 0 || root(match) != root(y)) ++count;
          match = y;
        }
      }
      if (count == 1) unite(match, x);
    }
  }
  auto space_words = [](const std::string& f) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b < f.size()) {
      std::size_t e = f.find(' ', b);
      if (e == std::string::npos) e = f.size();
      if (e > b) out.push_back(f.substr(b, e - b));
      b = e + 1;
    }
    return out;
  };
  // 3b. "the Gama'a" after "al-Gama'a al-Islamiya", "Spiegel" after "Der Spiegel": one word of an
  // organisation's name (without its article) used alone names that organisation, when only one
  // organisation of the text has that word
  {
    auto bare = [](std::string w) {
      for (const char* art : {"al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-"})
        if (w.rfind(art, 0) == 0 && w.size() > std::strlen(art) + 2) return w.substr(std::strlen(art));
      return w;
    };
    static const std::unordered_set<std::string> k_articles = {"the", "der", "die", "das", "le", "la", "les", "el", "il", "al"};
    std::map<std::string, std::set<int>> by_word;  // word → multi-word organisations holding it
    for (std::size_t x = 0; x < ents.size(); ++x) {
      if (ents[x].type != EntityType::organization) continue;
      for (int mi : ents[x].mentions) {
        auto w = space_words(fold(a.mentions[mi].surface));
        if (w.size() < 2) continue;
        for (const std::string& word : w)
          if (!k_articles.count(word) && !lx.org_heads.count(word) && word.size() > 3) by_word[bare(word)].insert(static_cast<int>(x));
      }
    }
    for (std::size_t x = 0; x < ents.size(); ++x) {
      if (ents[x].type != EntityType::organization) continue;
      bool single = true;
      std::string word;
      for (int mi : ents[x].mentions) {
        auto w = space_words(fold(a.mentions[mi].surface));
        if (w.size() != 1 || is_acronym(strip_dots(a.mentions[mi].surface))) { single = false; break; }
        word = bare(w[0]);
      }
      if (!single || word.empty()) continue;
      auto it = by_word.find(word);
      if (it == by_word.end()) continue;
      std::set<int> roots;
      for (int y : it->second) if (y != static_cast<int>(x)) roots.insert(root(y));
      if (roots.size() == 1) unite(*roots.begin(), static_cast<int>(x));
    }
  }
  // 4. names the world knows to be one body or country ("U.S." and "United States", "the
  // Pentagon" and "DoD"): a short table of aliases news writes interchangeably
  {
    static const std::vector<std::vector<std::string>> k_alias_groups = {
        {"us", "u.s", "usa", "u.s.a", "united states", "united states of america", "america"},
        {"uk", "u.k", "britain", "great britain", "united kingdom"},
        {"uae", "u.a.e", "united arab emirates", "emirates"},
        {"russia", "russian federation"},
        {"dprk", "north korea", "n. korea", "n korea", "democratic people's republic of korea"},
        {"rok", "south korea", "s. korea", "s korea", "republic of korea"},
        {"drc", "dr congo", "democratic republic of the congo", "democratic republic of congo"},
        {"pentagon", "dod", "department of defense", "defense department", "u.s. department of defense", "us department of defense"},
        {"un", "u.n", "united nations"},
        {"eu", "e.u", "european union"},
        {"fbi", "federal bureau of investigation"},
        {"cia", "central intelligence agency"},
        {"isil", "isis", "islamic state", "daesh", "da'esh", "islamic state of iraq and the levant", "islamic state of iraq and syria"}};
    static const std::unordered_map<std::string, int> k_group = [] {
      std::unordered_map<std::string, int> m;
      for (std::size_t g = 0; g < k_alias_groups.size(); ++g)
        for (const std::string& n : k_alias_groups[g]) m.emplace(n, static_cast<int>(g));
      return m;
    }();
    std::map<std::pair<int, int>, int> first_of_group;  // (type, group) → entity
    for (std::size_t x = 0; x < ents.size(); ++x) {
      for (int mi : ents[x].mentions) {
        std::string f = fold(a.mentions[mi].surface);
        if (f.rfind("the ", 0) == 0) f = f.substr(4);
        while (!f.empty() && f.back() == '.') f.pop_back();
        auto it = k_group.find(f);
        if (it == k_group.end()) continue;
        auto key = std::make_pair(static_cast<int>(ents[x].type), it->second);
        auto [pos, fresh] = first_of_group.emplace(key, static_cast<int>(x));
        if (!fresh) unite(pos->second, static_cast<int>(x));
        break;
      }
    }
  }
  // Fold aliases into their roots.
  std::vector<int> remap(ents.size(), -1);
  std::vector<Entity> merged;
  for (std::size_t x = 0; x < ents.size(); ++x) {
    int r = root(static_cast<int>(x));
    if (remap[r] < 0) {
      remap[r] = static_cast<int>(merged.size());
      Entity e;
      e.type = ents[r].type;
      merged.push_back(e);
    }
    remap[x] = remap[r];
  }
  for (std::size_t x = 0; x < ents.size(); ++x) {
    Entity& into = merged[remap[x]];
    for (int mi : ents[x].mentions) into.mentions.push_back(mi);
  }
  for (Entity& e : merged) {
    std::sort(e.mentions.begin(), e.mentions.end());
    for (int mi : e.mentions) a.mentions[mi].entity = static_cast<int>(&e - merged.data());
  }
  ents = std::move(merged);
  for (std::size_t x = 0; x < ents.size(); ++x) {
    // canonical: the longest non-acronym surface; diacritics kept as first written
    std::string best;
    for (int mi : ents[x].mentions) {
      const std::string& s = a.mentions[mi].surface;
      // a name given in brackets ("Hizbollah (Party of God)") is an alternative, not the name
      const Mention& mm = a.mentions[mi];
      bool bracketed = mm.tok_begin > 0 && a.tokens[mm.tok_begin - 1].lower == "(" && mm.tok_end < a.tokens.size() &&
                       a.tokens[mm.tok_end].lower == ")";
      if (bracketed && ents[x].mentions.size() > 1) continue;
      bool acr = is_acronym(strip_dots(s));
      bool best_acr = !best.empty() && is_acronym(strip_dots(best));
      if (best.empty() || (best_acr && !acr) || (acr == best_acr && s.size() > best.size())) best = s;
    }
    ents[x].canonical = best;
    (void)longest_surface;
  }
  // Order entities by first mention (already, since mentions are sorted and created in order).

  // part_of and located_in from adjacency: ORG of [the] ORG / ORG of PLACE / PLACE, COUNTRY.
  for (std::size_t i = 0; i + 1 < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    const Mention& n = a.mentions[i + 1];
    if (m.sentence != n.sentence) continue;
    std::size_t gap_b = m.tok_end, gap_e = n.tok_begin;
    std::string gap;
    for (std::size_t t = gap_b; t < gap_e; ++t) gap += a.tokens[t].lower + " ";
    Entity& em = ents[m.entity];
    if (m.type == EntityType::organization && (gap == "of the " || gap == "of ")) {
      if (n.type == EntityType::organization && em.part_of < 0 && m.entity != n.entity) em.part_of = n.entity;
      if (n.type == EntityType::place && em.located_in < 0) em.located_in = n.entity;
    }
    if (m.type == EntityType::organization && n.type == EntityType::place && gap == "in " && em.located_in < 0)
      em.located_in = n.entity;
    if (m.type == EntityType::place && n.type == EntityType::place && gap == ", " &&
        lx.countries.count(fold(n.surface)) && !lx.countries.count(fold(m.surface)) && em.located_in < 0)
      em.located_in = n.entity;
    if (m.type == EntityType::place && n.type == EntityType::organization && gap == "'s " &&
        ents[n.entity].located_in < 0)
      ents[n.entity].located_in = m.entity;
  }
  // An organisation that is part of another inherits its place; a demonym names the country.
  for (Entity& e : ents) {
    if (e.type != EntityType::organization || e.located_in >= 0 || e.mentions.empty()) continue;
    const Mention& m = a.mentions[e.mentions.front()];
    const std::string& first = a.tokens[m.tok_begin].lower;
    if (m.tok_end - m.tok_begin < 2 || first.size() < 5) continue;
    for (std::size_t p = 0; p < ents.size(); ++p) {
      if (ents[p].type != EntityType::place) continue;
      auto w = words_of(fold(ents[p].canonical));
      if (w.empty() || w.back().size() < 4) continue;
      std::size_t k = std::min<std::size_t>(5, w.back().size());
      if (first.compare(0, k, w.back(), 0, k) == 0 && lx.countries.count(w.back())) e.located_in = static_cast<int>(p);
    }
  }
  for (Entity& e : ents)
    if (e.type == EntityType::organization && e.located_in < 0 && e.part_of >= 0)
      e.located_in = ents[e.part_of].located_in;
  for (Entity& e : ents) e.slug = slugify(e.canonical);
}

}  // namespace cg::extract
