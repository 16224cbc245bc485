// SPDX-License-Identifier: MIT
// roles: "the head of X of Y, NAME", "NAME, the president of X", "X's interior minister NAME",
// "former president NAME", "police Lieutenant NAME".
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract/stages.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {

const std::unordered_set<std::string>& title_modifiers() {
  static const std::unordered_set<std::string> s = {
      "police", "provincial", "health", "deputy", "interior", "foreign", "army", "military", "senior", "regional",
      "local", "state", "acting", "defense", "defence", "finance", "justice", "security", "prime", "vice",
      "district", "city", "county", "party", "opposition", "government", "ministry", "education", "economy",
      "trade", "energy", "oil", "first", "second", "chief", "top", "assistant", "associate", "executive",
      "press", "communications", "media", "intelligence", "border", "navy", "air", "force", "national",
      "municipal", "federal", "presidential", "general", "criminal", "public", "operations", "affairs",
      "relations", "information", "campus", "traffic", "transit", "medical", "presidential", "campaign", "military",
      "peace", "special", "chief", "international", "joint", "interim", "caretaker"};
  return s;
}

bool is_title_word(const Lexicon& lx, const std::string& w) { return lx.titles.count(w) > 0; }

// Words between an organisation and a title that say how the holder belongs to it, not what the
// office is: "ELN rebel commander NAME" is a commander of the ELN.
const std::unordered_set<std::string>& affiliation_words() {
  static const std::unordered_set<std::string> s = {"rebel", "rebels", "militant", "insurgent", "guerrilla", "guerilla",
                                                    "separatist", "jihadist", "militia", "paramilitary", "tribal"};
  return s;
}

// The country a demonym names, among the document's place entities: "Russian" → Russia, "Iraqi" →
// Iraq, "Afghan" → Afghanistan (the derivations of lexicon.cpp), and the irregular ones news uses
// most; -1 when the text does not name that country.
int country_of_demonym(const Analysis& a, const Lexicon& lx, std::string dem) {
  static const std::unordered_map<std::string, std::vector<std::string>> k_irregular = {
      {"american", {"united states", "america", "us", "u.s.", "usa", "united states of america"}},
      {"british", {"britain", "united kingdom", "great britain", "uk", "u.k."}},
      {"french", {"france"}}, {"dutch", {"netherlands"}}, {"swiss", {"switzerland"}}, {"greek", {"greece"}},
      {"spanish", {"spain"}}, {"turkish", {"turkey"}}, {"english", {"england"}}, {"scottish", {"scotland"}},
      {"welsh", {"wales"}}, {"irish", {"ireland"}}, {"german", {"germany"}}, {"saudi", {"saudi arabia"}},
      {"emirati", {"united arab emirates", "uae"}}, {"lebanese", {"lebanon"}}, {"filipino", {"philippines"}},
      {"thai", {"thailand"}}, {"polish", {"poland"}}, {"danish", {"denmark"}}, {"swedish", {"sweden"}},
      {"finnish", {"finland"}}, {"norwegian", {"norway"}}, {"portuguese", {"portugal"}}};
  if (dem.size() > 4 && dem.back() == 's' && lx.demonyms.count(dem.substr(0, dem.size() - 1))) dem.pop_back();  // "Iraqis"
  auto names_country = [&](const std::string& c) {
    if (auto it = k_irregular.find(dem); it != k_irregular.end())
      return std::find(it->second.begin(), it->second.end(), c) != it->second.end();
    if (c.size() < 4 || c.find(' ') != std::string::npos || dem.size() < 4) return false;
    std::string stem = c.substr(0, c.size() - 1);
    for (const std::string& f : {c + "n", c + "an", c + "ian", c + "i", c + "ese", c + "ish", stem + "n", stem + "an",
                                 stem + "ian", stem + "ese", stem + "i"})
      if (f == dem) return true;
    if (c.size() >= 6 && c.compare(c.size() - 2, 2, "ia") == 0 && c.substr(0, c.size() - 2) == dem) return true;
    for (std::string_view st : {"istan", "stan"})
      if (c.size() > st.size() + 3 && c.compare(c.size() - st.size(), st.size(), st) == 0 && c.substr(0, c.size() - st.size()) == dem)
        return true;
    return false;
  };
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    if (a.entities[e].type != EntityType::place) continue;
    std::string c = fold(a.entities[e].canonical);
    if (lx.countries.count(c) && names_country(c)) return static_cast<int>(e);
  }
  return -1;
}

int mention_at(const Analysis& a, std::size_t tok) {
  // mentions are sorted by position and do not overlap
  auto it = std::upper_bound(a.mentions.begin(), a.mentions.end(), tok,
                             [](std::size_t v, const Mention& m) { return v < m.tok_begin; });
  if (it == a.mentions.begin()) return -1;
  --it;
  return (it->tok_begin <= tok && tok < it->tok_end) ? static_cast<int>(it - a.mentions.begin()) : -1;
}

}  // namespace

void find_roles(Analysis& a) {
  const auto& lx = lexicon();
  // the country of each demonym asked about, once per document
  std::unordered_map<std::string, int> demonym_countries;
  auto country_of = [&](const std::string& demonym) {
    auto it = demonym_countries.find(demonym);
    if (it == demonym_countries.end()) it = demonym_countries.emplace(demonym, country_of_demonym(a, lx, demonym)).first;
    return it->second;
  };
  const std::string_view text = a.doc.text;
  auto add = [&](int holder, std::size_t tb, std::size_t te, int org, int place, bool former, Span ev) {
    if (tb >= te) return;
    Role r;
    r.holder = holder;
    r.title = std::string(text.substr(a.tokens[tb].span.begin, a.tokens[te - 1].span.end - a.tokens[tb].span.begin));
    r.org = org;
    r.place = place;
    r.former = former;
    r.evidence = ev;
    for (const Role& o : a.roles)
      if (o.holder == holder && fold(o.title) == fold(r.title)) return;
    a.roles.push_back(std::move(r));
  };
  // Title phrase "TITLE [of|for] [the] X [of [the] Y]…" from token t up to `end`: the title as
  // written (without "of <place>"), the first organisation and place named.
  auto title_phrase = [&](std::size_t tb, std::size_t end, std::size_t& title_end, int& org, int& place) {
    title_end = tb;
    org = place = -1;
    std::size_t t = tb;
    while (t < end && a.tokens[t].kind == TokenKind::word && mention_at(a, t) < 0 &&
           a.tokens[t].lower != "of" && a.tokens[t].lower != "for" && a.tokens[t].lower != "at" && a.tokens[t].lower != "to")
      ++t;
    title_end = t;
    while (t < end) {
      const std::string& w = a.tokens[t].lower;
      if (w != "of" && w != "for" && w != "in" && w != "at" && w != "to") break;
      std::size_t k = t + 1;
      if (k < end && (a.tokens[k].lower == "the" || a.tokens[k].lower == "this")) ++k;
      // "director at the city's al-Jala hospital": a possessive before the name
      if (w == "at" && k + 1 < end && !a.tokens[k].cap && a.tokens[k + 1].lower == "'s") k += 2;
      int mi = k < end ? mention_at(a, k) : -1;
      if (mi < 0) {
        if (w == "for" || w == "to") {  // "Minister for the Middle East", "envoy to Burundi" keep their remit
          while (k < end && a.tokens[k].kind == TokenKind::word) ++k;
          title_end = k;
        }
        break;
      }
      const Mention& m = a.mentions[mi];
      if (m.type == EntityType::organization) {
        if (org < 0) {
          org = m.entity;
          // "director at X" names the employer, not part of the title
          if (w != "at") title_end = m.tok_end;
        }
      } else if (m.type == EntityType::place) {
        if (place < 0) place = m.entity;
        if ((w == "for" || w == "to") && org < 0) title_end = m.tok_end;
      } else {
        break;
      }
      t = m.tok_end;
    }
  };

  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    if (m.type != EntityType::person) continue;
    const Sentence& s = a.sentences[m.sentence];
    Span ev = s.span;
    // (1) pre-modifying title: "[X's] [former] police Lieutenant NAME"
    // The start of the title words and modifiers that end at token `te` ("police Lieutenant").
    auto title_start = [&](std::size_t te, bool& any_title) {
      std::size_t tb = te;
      any_title = false;
      while (tb > s.tok_begin) {
        const Token& p = a.tokens[tb - 1];
        if (p.kind != TokenKind::word) break;
        // multiword titles like "Prime Minister", "First Lieutenant"
        if (is_title_word(lx, p.lower) || (tb - 1 > s.tok_begin && is_title_word(lx, a.tokens[tb - 2].lower + " " + p.lower))) {
          any_title = true;
          --tb;
          continue;
        }
        // "provincial health chief", "rebel commander": lower-case modifiers are part of the title as written
        if (any_title && (title_modifiers().count(p.lower) || affiliation_words().count(p.lower)) && mention_at(a, tb - 1) < 0) {
          --tb;
          continue;
        }
        break;
      }
      return tb;
    };
    // The organisation or place named right before a title starting at `q` ("Homeland Security
    // chief", "ELN rebel commander", "Kazakhstan's interior minister"): its mention index or -1.
    auto owner_before = [&](std::size_t q) {
      std::size_t k = q;
      while (k > s.tok_begin && q - k < 2 && affiliation_words().count(a.tokens[k - 1].lower)) --k;
      if (k > s.tok_begin + 1 && a.tokens[k - 1].lower == "'s") --k;
      if (k <= s.tok_begin) return -1;
      int pm = mention_at(a, k - 1);
      if (pm < 0 || a.mentions[pm].tok_end != k || a.mentions[pm].type == EntityType::person) return -1;
      return pm;
    };
    {
      std::size_t t = m.tok_begin;
      std::size_t te = t;
      bool any_title = false;
      std::size_t tb = title_start(te, any_title);
      // "Iraqi army First Lieutenant": the demonym and the service are the organisation, not the title
      int service_org = -1;
      std::size_t service_demonym = 0;  // token after the demonym of the service
      if (any_title && tb > s.tok_begin && lx.demonyms.count(a.tokens[tb - 1].lower)) {
        std::size_t sb0 = tb - 1;
        service_demonym = tb;
        static const std::unordered_set<std::string> k_services = {"army", "police", "navy", "military", "air", "force",
                                                                  "government", "security", "intelligence", "border", "guard"};
        // "Iraqi army First Lieutenant": the service is the organisation, not part of the title;
        // "Chechen separatist military leader": the words are the title's own
        if (k_services.count(a.tokens[tb].lower))
          while (tb < te && !is_title_word(lx, a.tokens[tb].lower) &&
                 !(tb + 1 < te && is_title_word(lx, a.tokens[tb].lower + " " + a.tokens[tb + 1].lower)))
            ++tb;
        if (tb > sb0 + 1 && k_services.count(a.tokens[sb0 + 1].lower)) {
          // an organisation named only descriptively: an entity without a proper-name mention
          std::string name(text.substr(a.tokens[sb0].span.begin, a.tokens[tb - 1].span.end - a.tokens[sb0].span.begin));
          for (std::size_t e = 0; e < a.entities.size() && service_org < 0; ++e)
            if (a.entities[e].type == EntityType::organization && fold(a.entities[e].canonical) == fold(name))
              service_org = static_cast<int>(e);
          if (service_org < 0) {
            Entity e;
            e.type = EntityType::organization;
            e.canonical = name;
            e.slug = slugify(name);
            e.located_in = country_of(a.tokens[sb0].lower);
            a.entities.push_back(e);
            service_org = static_cast<int>(a.entities.size() - 1);
          }
        }
      }
      if (any_title) {
        bool former = tb > s.tok_begin && a.tokens[tb - 1].lower == "former";
        // "then-President NAME", "ex-President NAME"
        if (!former && tb >= s.tok_begin + 2 && a.tokens[tb - 1].lower == "-" &&
            (a.tokens[tb - 2].lower == "then" || a.tokens[tb - 2].lower == "ex"))
          former = true;
        int org = service_org, place = -1;
        // "Kazakhstan's interior minister NAME"
        // (before "former", or before "then-"/"ex-")
        std::size_t q = !former ? tb : a.tokens[tb - 1].lower == "-" ? tb - 2 : tb - 1;
        // "Homeland Security chief NAME": the organisation named right before the title
        int owner = owner_before(q);
        if (owner >= 0) {
          if (a.mentions[owner].type == EntityType::organization) org = a.mentions[owner].entity;
          if (a.mentions[owner].type == EntityType::place) place = a.mentions[owner].entity;
        }
        // "Russian Foreign Minister Lavrov", "Iraqi army First Lieutenant": the demonym names the
        // country, when the text names it too
        std::size_t dem = service_demonym > 0 ? service_demonym : q;
        if (place < 0 && dem > s.tok_begin && lx.demonyms.count(a.tokens[dem - 1].lower))
          place = country_of(a.tokens[dem - 1].lower);
        // skip mr/mrs honorifics
        std::string tw = fold(text.substr(a.tokens[tb].span.begin, a.tokens[te - 1].span.end - a.tokens[tb].span.begin));
        if (tw != "mr." && tw != "mrs." && tw != "ms." && tw != "mr" && tw != "mrs" && tw != "dr.") {
          // "NATO spokesman Lieutenant-Colonel NAME": an office in lower case, then a rank written
          // as a title; the organisation is the office's, the rank is one of its own
          std::size_t rank = te;
          while (rank > tb && a.tokens[rank - 1].cap &&
                 (is_title_word(lx, a.tokens[rank - 1].lower) ||
                  (rank - 1 > tb && is_title_word(lx, a.tokens[rank - 2].lower + " " + a.tokens[rank - 1].lower))))
            --rank;
          if (rank > tb && rank < te && !a.tokens[rank - 1].cap && is_title_word(lx, a.tokens[rank - 1].lower)) {
            add(m.entity, rank, te, -1, -1, former, ev);
            te = rank;
          }
          add(m.entity, tb, te, org, place, former, ev);
          // "Pentagon press operations director Navy Capt. Jeff Davis": another title before the
          // organisation of the first, with an organisation of its own
          if (owner >= 0 && a.mentions[owner].type == EntityType::organization) {
            std::size_t te2 = a.mentions[owner].tok_begin;
            bool title2 = false;
            std::size_t tb2 = title_start(te2, title2);
            int owner2 = title2 ? owner_before(tb2) : -1;
            if (owner2 >= 0 && a.mentions[owner2].type == EntityType::organization)
              add(m.entity, tb2, te2, a.mentions[owner2].entity, -1, false, ev);
          }
        }
      }
    }
    // (2) appositive before: "[The] TITLE of X …, NAME"
    if (m.tok_begin >= s.tok_begin + 2 && a.tokens[m.tok_begin - 1].lower == ",") {
      std::size_t comma = m.tok_begin - 1;
      // phrase start: after the previous comma/sentence start, after "the"
      std::size_t b = comma;
      // ("envoy to Burundi": a "to" after a title belongs to it; "according to the head of …" does not)
      static const std::unordered_set<std::string> k_phrase_stops = {"with", "by", "from", "and", "met", "meets", "said"};
      while (b > s.tok_begin && a.tokens[b - 1].lower != "," && a.tokens[b - 1].kind != TokenKind::quote_close &&
             !(a.tokens[b - 1].lower == "to" && !(b >= s.tok_begin + 2 && is_title_word(lx, a.tokens[b - 2].lower))) &&
             !(k_phrase_stops.count(a.tokens[b - 1].lower) && mention_at(a, b - 1) < 0) && comma - b < 25)
        --b;
      while (b < comma && (a.tokens[b].lower == "the" || a.tokens[b].lower == "a" || a.tokens[b].lower == "former")) ++b;
      // "The ministry's spokesman, NAME", "Egypt's interior minister, NAME": owner, then title
      int owner_org = -1, owner_place = -1;
      // "the U.S. special envoy to Burundi, NAME": a place before the title is the office's country
      if (int pm = mention_at(a, b); pm >= 0 && a.mentions[pm].tok_begin == b && a.mentions[pm].type == EntityType::place &&
                                     a.mentions[pm].tok_end < comma) {
        owner_place = a.mentions[pm].entity;
        b = a.mentions[pm].tok_end;
      }
      for (std::size_t q = b; q + 1 < comma && q < b + 5; ++q)
        if (a.tokens[q].lower == "'s") {
          int pm = mention_at(a, q - 1);
          if (pm >= 0 && a.mentions[pm].type == EntityType::organization) owner_org = a.mentions[pm].entity;
          if (pm >= 0 && a.mentions[pm].type == EntityType::place) owner_place = a.mentions[pm].entity;
          std::size_t t0 = q + 1;
          while (t0 < comma && !is_title_word(lx, a.tokens[t0].lower) && title_modifiers().count(a.tokens[t0].lower)) ++t0;
          if (t0 < comma && is_title_word(lx, a.tokens[t0].lower)) b = q + 1;
          break;
        }
      bool former = b > s.tok_begin && a.tokens[b - 1].lower == "former";
      if ((b < comma && (is_title_word(lx, a.tokens[b].lower) ||
                         (title_modifiers().count(a.tokens[b].lower) && b + 1 < comma && is_title_word(lx, a.tokens[b + 1].lower)))) ||
          (b + 1 < comma && is_title_word(lx, a.tokens[b].lower + " " + a.tokens[b + 1].lower))) {
        std::size_t title_end;
        int org, place;
        title_phrase(b, comma, title_end, org, place);
        if (org < 0) org = owner_org;
        if (place < 0) place = owner_place;
        add(m.entity, b, title_end, org, place, former, Span{a.tokens[b].span.begin, m.span.end});
      }
    }
    // (2b) appositive after with an owner: "NAME, HRW's deputy Middle East director"
    if (m.tok_end + 4 < s.tok_end && a.tokens[m.tok_end].lower == ",") {
      int om = mention_at(a, m.tok_end + 1);
      if (om >= 0 && a.mentions[om].tok_begin == m.tok_end + 1 && a.mentions[om].type != EntityType::person &&
          a.mentions[om].tok_end < s.tok_end && a.tokens[a.mentions[om].tok_end].lower == "'s") {
        std::size_t tb = a.mentions[om].tok_end + 1, t = tb;
        while (t < s.tok_end && t < tb + 6 && a.tokens[t].kind == TokenKind::word && !is_title_word(lx, a.tokens[t].lower) &&
               (title_modifiers().count(a.tokens[t].lower) || affiliation_words().count(a.tokens[t].lower) || mention_at(a, t) >= 0))
          ++t;
        if (t < s.tok_end && is_title_word(lx, a.tokens[t].lower)) {
          std::size_t te = t + 1;
          while (te < s.tok_end && is_title_word(lx, a.tokens[te].lower) && mention_at(a, te) < 0) ++te;
          const Mention& owner = a.mentions[om];
          add(m.entity, tb, te, owner.type == EntityType::organization ? owner.entity : -1,
              owner.type == EntityType::place ? owner.entity : -1, false, Span{m.span.begin, a.tokens[te - 1].span.end});
        }
      }
    }
    // (3) appositive after: "NAME, [who is|who has been] [the] TITLE of X"
    if (m.tok_end + 2 < s.tok_end && a.tokens[m.tok_end].lower == ",") {
      std::size_t t = m.tok_end + 1;
      if (a.tokens[t].lower == "who") {
        ++t;
        while (t < s.tok_end && (a.tokens[t].lower == "is" || a.tokens[t].lower == "was" || a.tokens[t].lower == "has" ||
                                 a.tokens[t].lower == "had" || a.tokens[t].lower == "been"))
          ++t;
      }
      bool former = false;
      int owner_org = -1, demonym_place = -1;
      while (t < s.tok_end && (a.tokens[t].lower == "the" || a.tokens[t].lower == "a" || a.tokens[t].lower == "an" ||
                               a.tokens[t].lower == "former" || a.tokens[t].lower == "also")) {
        former |= a.tokens[t].lower == "former";
        ++t;
      }
      // "a former Democratic National Committee chairman", "the Swiss foreign minister": an
      // organisation or a nationality before the title
      if (t < s.tok_end) {
        int om = mention_at(a, t);
        if (om >= 0 && a.mentions[om].tok_begin == t && a.mentions[om].type == EntityType::organization) {
          owner_org = a.mentions[om].entity;
          t = a.mentions[om].tok_end;
        } else if (lx.demonyms.count(a.tokens[t].lower)) {
          demonym_place = country_of(a.tokens[t].lower);
          ++t;
        }
      }
      std::size_t tb = t;
      while (t < s.tok_end && title_modifiers().count(a.tokens[t].lower) && !is_title_word(lx, a.tokens[t].lower)) ++t;
      if (t < s.tok_end && is_title_word(lx, a.tokens[t].lower)) {
        std::size_t end = t;
        while (end < s.tok_end && a.tokens[end].lower != "," && a.tokens[end].lower != "." && end - t < 20) ++end;
        std::size_t title_end;
        int org, place;
        title_phrase(t, end, title_end, org, place);
        std::size_t ev_end = title_end;
        // after the name, the title is the title words alone ("leader" of the Islamic State of Iraq),
        // with a remit that names no body ("deputy finance minister for real estate tax affairs")
        std::size_t words_end = t + 1;
        while (words_end < end && is_title_word(lx, a.tokens[words_end].lower) && mention_at(a, words_end) < 0) ++words_end;
        bool remit = org < 0 && words_end < end && (a.tokens[words_end].lower == "for" || a.tokens[words_end].lower == "to") &&
                     title_end > words_end;
        if (!remit) title_end = words_end;
        if (org < 0) org = owner_org;
        if (place < 0) place = demonym_place;
        add(m.entity, tb, title_end, org, place, former, Span{m.span.begin, a.tokens[std::max(ev_end, title_end) - 1].span.end});
        // "… chairman and presidential candidate": a second title joined by "and"
        std::size_t k = title_end;
        if (k + 1 < end && a.tokens[k].lower == "and") {
          std::size_t tb2 = k + 1, t2 = tb2;
          while (t2 < end && title_modifiers().count(a.tokens[t2].lower) && !is_title_word(lx, a.tokens[t2].lower)) ++t2;
          if (t2 < end && is_title_word(lx, a.tokens[t2].lower))
            add(m.entity, tb2, t2 + 1, -1, -1, former, Span{m.span.begin, a.tokens[t2].span.end});
        }
        // "the Swiss diplomat who heads the OSCE mission": the body the holder heads
        std::size_t w = title_end;
        if (w + 1 < s.tok_end && a.tokens[w].lower == "who" &&
            (a.tokens[w + 1].lower == "heads" || a.tokens[w + 1].lower == "leads" || a.tokens[w + 1].lower == "chairs" ||
             a.tokens[w + 1].lower == "headed" || a.tokens[w + 1].lower == "led")) {
          std::size_t q = w + 2;
          if (q < s.tok_end && a.tokens[q].lower == "the") ++q;
          int hm = q < s.tok_end ? mention_at(a, q) : -1;
          if (hm >= 0 && a.mentions[hm].type == EntityType::organization) {
            Role r;
            r.holder = m.entity;
            r.title = "head";
            r.org = a.mentions[hm].entity;
            r.former = a.tokens[w + 1].lower == "headed" || a.tokens[w + 1].lower == "led";
            r.evidence = Span{m.span.begin, a.mentions[hm].span.end};
            bool dup = false;
            for (const Role& o : a.roles) dup |= o.holder == r.holder && o.title == r.title && o.org == r.org;
            if (!dup) a.roles.push_back(std::move(r));
          }
        }
      }
    }
  }
  // "FCO Minister: …" in the headline, "Minister for the Middle East, Tobias Ellwood said" in the
  // body: a headline's organisation and title that name no holder speak of the one person the text
  // gives that title without an organisation (in the body, "Treasury Secretary" beside "Secretary
  // Clinton" is someone else too often)
  {
    auto head_title = [&](std::string_view title) {
      std::string f = fold(title), w;
      for (std::size_t b = 0; b <= f.size(); ++b) {
        if (b < f.size() && f[b] != ' ') { w.push_back(f[b]); continue; }
        if (is_title_word(lx, w)) return w;
        w.clear();
      }
      return std::string();
    };
    std::unordered_map<std::string, std::vector<int>> orgs_by_title;  // title word → organisations
    for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
      const Mention& m = a.mentions[mi];
      std::size_t t = m.tok_end;
      if (m.type != EntityType::organization || !a.sentences[m.sentence].headline || t >= a.tokens.size() ||
          a.tokens[t].sentence != m.sentence)
        continue;
      const std::string& w = a.tokens[t].lower;
      if (!is_title_word(lx, w) || lx.org_heads.count(w)) continue;
      bool holder_named = t + 1 < a.tokens.size() && mention_at(a, t + 1) >= 0;
      auto& v = orgs_by_title[w];
      if (!holder_named && std::find(v.begin(), v.end(), m.entity) == v.end()) v.push_back(m.entity);
    }
    std::unordered_map<std::string, std::vector<int>> holders_by_title;
    for (const Role& r : a.roles) {
      auto& v = holders_by_title[head_title(r.title)];
      if (std::find(v.begin(), v.end(), r.holder) == v.end()) v.push_back(r.holder);
    }
    for (Role& r : a.roles) {
      if (r.org >= 0) continue;
      std::string h = head_title(r.title);
      auto it = orgs_by_title.find(h);
      if (h.empty() || it == orgs_by_title.end() || it->second.size() != 1 || holders_by_title[h].size() != 1) continue;
      r.org = it->second.front();
    }
  }
  // "Assistant Health Minister NAME" beside "the Health Ministry": a minister's portfolio names
  // the ministry when the text has it
  for (Role& r : a.roles) {
    if (r.org >= 0) continue;
    std::string f = fold(r.title);
    std::size_t mpos = f.find("minister");
    if (mpos == std::string::npos || f.compare(mpos, 9, "ministers") == 0) continue;
    std::string portfolio = mpos > 0 ? f.substr(0, mpos - 1) : std::string();
    if (auto sp = portfolio.rfind(' '); sp != std::string::npos) portfolio = portfolio.substr(sp + 1);
    std::string after = f.substr(mpos + 8);
    if (portfolio.empty() && after.rfind(" of ", 0) == 0) portfolio = after.substr(4);
    if (portfolio.empty() || title_modifiers().count(portfolio) == 0 || portfolio == "prime" || portfolio == "deputy" ||
        portfolio == "assistant" || portfolio == "first")
      continue;
    int found = -1, count = 0;
    for (std::size_t e = 0; e < a.entities.size(); ++e) {
      if (a.entities[e].type != EntityType::organization) continue;
      std::string c = fold(a.entities[e].canonical);
      if (c.find("ministry") != std::string::npos && c.find(portfolio) != std::string::npos) { found = static_cast<int>(e); ++count; }
    }
    if (count == 1) r.org = found;
  }
  // "Minister Dini" beside "Italian Foreign Minister Lamberto Dini": a bare title the holder's fuller
  // one already has adds nothing
  {
    auto words = [](const std::string& t) {
      std::vector<std::string> w;
      std::string f = fold(t), cur;
      for (char ch : f) {
        if (ch == ' ') { if (!cur.empty()) w.push_back(cur); cur.clear(); }
        else cur.push_back(ch);
      }
      if (!cur.empty()) w.push_back(cur);
      return w;
    };
    std::vector<bool> drop(a.roles.size(), false);
    std::vector<std::vector<std::string>> title_words;
    for (const Role& r : a.roles) title_words.push_back(words(r.title));
    for (std::size_t i = 0; i < a.roles.size(); ++i)
      for (std::size_t j = 0; j < a.roles.size() && !drop[i]; ++j) {
        if (i == j || a.roles[i].holder != a.roles[j].holder || drop[j]) continue;
        const auto& wi = title_words[i];
        const auto& wj = title_words[j];
        if (wi.size() >= wj.size() || a.roles[i].org >= 0) continue;
        bool inside = true;
        for (const std::string& w : wi) inside &= std::find(wj.begin(), wj.end(), w) != wj.end();
        if (inside) drop[i] = true;
      }
    std::size_t w = 0;
    for (std::size_t i = 0; i < a.roles.size(); ++i)
      if (!drop[i]) {
        if (w != i) a.roles[w] = std::move(a.roles[i]);
        ++w;
      }
    a.roles.resize(w);
  }
  std::sort(a.roles.begin(), a.roles.end(), [](const Role& x, const Role& y) {
    return x.evidence.begin != y.evidence.begin ? x.evidence.begin < y.evidence.begin : x.holder < y.holder;
  });
}

}  // namespace cg::extract
