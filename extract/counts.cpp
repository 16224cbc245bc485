// SPDX-License-Identifier: MIT
// counts: figures with their hedge, unit and population, split one per proposition.
#include "extract/counts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {

const std::unordered_map<std::string, double>& number_words() {
  static const std::unordered_map<std::string, double> m = {
      {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},        {"six", 6},
      {"seven", 7},     {"eight", 8},      {"nine", 9},      {"ten", 10},      {"eleven", 11},     {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14},  {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},  {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20},    {"thirty", 30},   {"forty", 40},    {"fifty", 50},      {"sixty", 60},
      {"seventy", 70},  {"eighty", 80},    {"ninety", 90},   {"hundred", 100}, {"thousand", 1000}, {"dozen", 12},
      {"million", 1e6}};
  return m;
}
const std::unordered_map<std::string, double>& multipliers() {
  static const std::unordered_map<std::string, double> m = {
      {"hundred", 100}, {"thousand", 1000}, {"million", 1e6}, {"billion", 1e9}, {"mln", 1e6}, {"bln", 1e9}};
  return m;
}
const std::unordered_set<std::string>& vague_words() {
  static const std::unordered_set<std::string> s = {"dozens", "hundreds", "thousands", "scores", "tens", "millions"};
  return s;
}

// Unit nouns: what the noun itself says is counted.
const std::unordered_map<std::string, std::string>& unit_nouns() {
  static const std::unordered_map<std::string, std::string> m = {
      {"dead", "dead"}, {"deaths", "dead"}, {"death", "dead"}, {"bodies", "dead"}, {"corpses", "dead"},
      {"fatalities", "dead"}, {"lives", "dead"}, {"killed", "dead"},
      {"injured", "injured"}, {"wounded", "injured"}, {"injuries", "injured"}, {"hurt", "injured"},
      {"casualties", "dead_or_injured"}, {"victims", "victims"},
      {"detainees", "detained"}, {"detentions", "detained"}, {"detained", "detained"},
      {"arrests", "arrested"}, {"arrested", "arrested"},
      {"cases", "criminal_cases"}, {"case", "criminal_cases"}, {"investigations", "criminal_cases"},
      {"warrants", "arrest_warrants"}, {"hostages", "hostages"},
      {"attacks", "attacks"}, {"strikes", "attacks"}, {"airstrikes", "attacks"}, {"raids", "attacks"},
      {"bombings", "attacks"}, {"explosions", "attacks"}, {"blasts", "attacks"}, {"attack", "attacks"},
      {"protesters", "participants"}, {"demonstrators", "participants"}, {"insurgents", "participants"},
      {"fighters", "participants"}, {"militants", "participants"}, {"rebels", "participants"},
      {"troops", "participants"}, {"supporters", "participants"}, {"participants", "participants"},
      {"dollars", "money"}, {"euros", "money"}, {"pounds", "money"}, {"rubles", "money"}, {"roubles", "money"},
      {"dinars", "money"}, {"yuan", "money"}, {"rupees", "money"}, {"tenge", "money"}, {"dirhams", "money"},
      {"cars", "other"}, {"vehicles", "other"}, {"houses", "other"}, {"buildings", "other"}, {"homes", "other"},
      {"shops", "other"}, {"released", "released"}, {"charged", "charged"}, {"charges", "other"}, {"counts", "other"},
      {"munitions", "other"}};
  return m;
}
// Verbs and adjectives in the clause that say what happened to the counted.
const std::unordered_map<std::string, std::string>& unit_verbs() {
  static const std::unordered_map<std::string, std::string> m = {
      {"killed", "dead"}, {"killing", "dead"}, {"kill", "dead"}, {"died", "dead"}, {"dead", "dead"}, {"dying", "dead"},
      {"slain", "dead"}, {"murdered", "dead"}, {"slaughtered", "dead"}, {"perished", "dead"}, {"executed", "dead"},
      {"die", "dead"}, {"death", "dead"}, {"deaths", "dead"}, {"lost", "dead"}, {"kills", "dead"},
      {"wounds", "injured"}, {"injures", "injured"}, {"detain", "detained"}, {"detains", "detained"},
      {"arrest", "arrested"}, {"frees", "released"}, {"poisoned", "injured"}, {"handicapped", "injured"},
      {"maimed", "injured"}, {"paralysed", "injured"}, {"paralyzed", "injured"},
      {"wounded", "injured"}, {"wounding", "injured"}, {"injured", "injured"}, {"injuring", "injured"},
      {"hurt", "injured"}, {"hurting", "injured"}, {"treated", "injured"}, {"hospitalized", "injured"},
      {"hospitalised", "injured"},
      {"arrested", "arrested"}, {"arresting", "arrested"}, {"apprehended", "arrested"}, {"captured", "arrested"},
      {"detained", "detained"}, {"detaining", "detained"}, {"detention", "detained"}, {"custody", "detained"},
      {"held", "detained"}, {"jailed", "detained"}, {"imprisoned", "detained"},
      {"released", "released"}, {"freed", "released"}, {"releasing", "released"},
      {"charged", "charged"}, {"indicted", "charged"}, {"prosecuted", "charged"}, {"convicted", "charged"},
      {"protested", "participants"}, {"rallied", "participants"}, {"marched", "participants"},
      {"gathered", "participants"}, {"demonstrated", "participants"}, {"participated", "participants"},
      {"kidnapped", "hostages"}, {"abducted", "hostages"}, {"deported", "other"}, {"burned", "other"},
      {"destroyed", "other"}, {"damaged", "other"}, {"engaged", "other"}, {"suppressed", "other"}, {"expelled", "other"},
      {"delivered", "other"}, {"delivering", "other"}, {"seized", "other"}, {"confiscated", "other"}};
  return m;
}
const std::unordered_set<std::string>& people_nouns() {
  static const std::unordered_set<std::string> s = {
      "people", "persons", "person", "others", "civilians", "soldiers", "soldier", "policemen", "policeman", "police",
      "officers", "members", "children", "women", "men", "students", "workers", "journalists", "suspects",
      "migrants", "refugees", "residents", "tribesmen", "pilgrims", "worshippers", "passengers", "prisoners",
      "personnel", "guards", "servicemen", "individuals", "citizens", "activists", "youths", "agents", "officials",
      "sailors", "marines", "airmen", "seamen", "troopers",
      "employees", "staff", "inmates", "villagers", "criminal", "security", "bandits", "terrorists", "more"};
  return s;
}
const std::unordered_set<std::string>& skip_after() {
  static const std::unordered_set<std::string> s = {
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
      "second", "seconds", "km", "kilometres", "kilometers", "miles", "mile", "meters", "metres", "am", "a.m.",
      "pm", "p.m.", "gmt", "utc", "o'clock", "times", "decades", "centuries", "kg", "tons", "tonnes", "degrees",
      "points", "goals", "runs", "wickets", "seats", "votes", "cities", "provinces", "countries", "towns",
      "districts", "regions", "articles", "pages", "percent", "per"};
  return s;
}
const std::unordered_set<std::string>& skip_before() {
  static const std::unordered_set<std::string> s = {
      "article", "articles", "part", "no.", "no", "resolution", "paragraph", "chapter", "section", "page", "route",
      "highway", "aged", "age", "ages", "number", "flight", "room", "year", "since", "in", "until", "by", "from"};
  return s;
}
bool is_month(const std::string& w) { return month_index(w, true) != 0; }

bool parse_digits(const std::string& s, double& v, double& vmax, bool& range) {
  range = false;
  std::string a = s, b;
  if (auto d = s.find('-'); d != std::string::npos) {
    a = s.substr(0, d);
    b = s.substr(d + 1);
    range = true;
  }
  auto conv = [](std::string x, double& out) {
    std::string y;
    for (char ch : x)
      if (ch != ',') y.push_back(ch);
    if (y.empty()) return false;
    char* end = nullptr;
    out = std::strtod(y.c_str(), &end);
    return end && *end == 0;
  };
  if (!conv(a, v)) return false;
  if (range && !conv(b, vmax)) return false;
  return true;
}

}  // namespace

std::vector<FoundCount> find_counts(const Analysis& an, std::size_t b, std::size_t e) {
  const auto& toks = an.tokens;
  const std::string_view text = an.doc.text;
  std::vector<FoundCount> out;
  for (std::size_t i = b; i < e; ++i) {
    const Token& t = toks[i];
    FoundCount fc;
    double v = 0, vmax = 0;
    bool have = false, vague = false, range = false;
    std::size_t nb = i, ne = i + 1;
    bool money = false;
    std::string glued;  // "LE1", "EGP500": a currency code written against the figure
    if (t.kind == TokenKind::word) {
      static const char* const k_codes[] = {"le", "egp", "usd", "eur", "gbp", "rs", "inr", "kzt", "rub", "sar", "aed", "iqd", "tl"};
      for (const char* code : k_codes) {
        std::string_view c(code);
        if (t.lower.size() > c.size() && t.lower.compare(0, c.size(), c) == 0 && t.lower[c.size()] >= '0' && t.lower[c.size()] <= '9') {
          glued = t.lower.substr(c.size());
          break;
        }
      }
    }
    if (!glued.empty()) {
      if (!parse_digits(glued, v, vmax, range) || range) continue;
      have = true;
      money = true;
    } else if (t.kind == TokenKind::number) {
      if (t.lower.find(':') != std::string::npos) continue;
      // clock times "9:30"
      if ((i + 2 < e && toks[i + 1].lower == ":" && toks[i + 2].kind == TokenKind::number) || (i > b && toks[i - 1].lower == ":" && i >= 2 && toks[i - 2].kind == TokenKind::number)) continue;
      if (!parse_digits(t.lower, v, vmax, range)) continue;
      // "6 400": a space as thousands separator
      if (!range && t.lower.size() <= 3 && t.lower.find(',') == std::string::npos && i + 1 < e &&
          toks[i + 1].kind == TokenKind::number && toks[i + 1].lower.size() == 3 &&
          toks[i + 1].span.begin == t.span.end + 1 && text[t.span.end] == ' ') {
        v = v * 1000 + std::atof(toks[i + 1].lower.c_str());
        ne = i + 2;
      }
      // a year or a date
      if (!range && t.lower.size() == 4 && t.lower.find(',') == std::string::npos && v >= 1900 && v <= 2100) continue;
      have = true;
    } else if (t.kind == TokenKind::word) {
      std::string w = t.lower;
      if (vague_words().count(w)) {
        vague = true;
        have = true;
        // "tens of thousands", "hundreds of thousands": one vague figure
        if ((w == "tens" || w == "hundreds") && i + 2 < e && toks[i + 1].lower == "of" &&
            (toks[i + 2].lower == "thousands" || toks[i + 2].lower == "millions"))
          ne = i + 3;
      }
      else if (auto it = number_words().find(w); it != number_words().end()) { v = it->second; have = true; }
      else if (auto d = w.find('-'); d != std::string::npos && number_words().count(w.substr(0, d)) && number_words().count(w.substr(d + 1))) {
        v = number_words().at(w.substr(0, d)) + number_words().at(w.substr(d + 1));
        have = true;
      }
      if (have && (w == "hundred" || w == "thousand" || w == "dozen" || w == "million")) {
        // "a hundred"
        if (!(i > b && (toks[i - 1].lower == "a" || toks[i - 1].lower == "one"))) have = false;
        else nb = i - 1;
      }
      if (have && w == "one" && i + 1 < e && (toks[i + 1].lower == "of" || toks[i + 1].lower == "another")) have = false;
    }
    if (!have) continue;
    // multipliers: "1.5 million", "two hundred"
    while (ne < e && multipliers().count(toks[ne].lower) && !vague) {
      v *= multipliers().at(toks[ne].lower);
      ++ne;
    }
    if (vague && ne < e && toks[ne].lower == "of") ++ne;
    // currency prefix
    if (nb > b && (toks[nb - 1].lower == "$" || toks[nb - 1].lower == "€" || toks[nb - 1].lower == "£" ||
                   toks[nb - 1].lower == "usd" || toks[nb - 1].lower == "egp" || toks[nb - 1].lower == "le")) {
      money = true;
      --nb;
    }
    // context filters
    std::string prev = nb > b ? toks[nb - 1].lower : std::string();
    std::string next = ne < e ? toks[ne].lower : std::string();
    if (skip_before().count(prev) && prev != "in" && prev != "by" && prev != "from" && prev != "since") continue;
    if (prev == "since" || prev == "year") continue;
    // an age after a name: "his brother, Tamerlan, 26, set off", "Krystle Campbell, 29, who"
    if (prev == "," && nb >= b + 2 && toks[nb - 2].cap && (next == "," || next == "who" || next == ")") && !vague &&
        t.kind == TokenKind::number && v < 120)
      continue;
    if (is_month(prev) || is_month(next)) continue;
    if (skip_after().count(next)) continue;
    if (next.size() >= 2 && (next == "st" || next == "nd" || next == "rd" || next == "th")) continue;
    if ((prev == "in" || prev == "by" || prev == "from") && !vague && t.kind == TokenKind::number && v >= 1900 && v <= 2100) continue;
    bool percent = next == "%" || next == "percent" || next == "per";
    if (percent) ++ne;
    // hedge
    std::size_t hb = nb;
    std::string qual = (vague || range) ? "approx" : "exact";
    auto w_at = [&](std::size_t k) -> std::string { return k >= b && k < e ? toks[k].lower : std::string(); };
    std::size_t k = nb;
    while (k > b && (toks[k - 1].kind == TokenKind::quote_open || toks[k - 1].kind == TokenKind::quote_close)) --k;
    auto back = [&](std::size_t n) -> std::string { return k >= b + n ? w_at(k - n) : std::string(); };
    std::string p1 = back(1), p2 = back(2), p3 = back(3);
    if (p2 == "more" && p1 == "than") { qual = "more-than"; hb = k - 2; }
    else if (p1 == "over" || (p2 == "upwards" && p1 == "of") || (p3 == "in" && p2 == "excess" && p1 == "of")) {
      qual = "more-than";
      hb = p1 == "over" ? k - 1 : (p3 == "in" ? k - 3 : k - 2);
    } else if (p2 == "at" && p1 == "least") { qual = "at-least"; hb = k - 2; }
    else if ((p3 == "no" && p2 == "fewer" && p1 == "than") || (p3 == "not" && p2 == "less" && p1 == "than")) { qual = "at-least"; hb = k - 3; }
    else if ((p2 == "fewer" || p2 == "less") && p1 == "than") { qual = "less-than"; hb = k - 2; }
    else if (p1 == "under" || p1 == "below") { qual = "less-than"; hb = k - 1; }
    else if (p2 == "up" && p1 == "to") { qual = "up-to"; hb = k - 2; }
    else if (p3 == "as" && p2 == "many" && p1 == "as") { qual = "up-to"; hb = k - 3; }
    else if (p1 == "about" || p1 == "around" || p1 == "approximately" || p1 == "some" || p1 == "roughly" ||
             p1 == "nearly" || p1 == "almost" || p1 == "estimated" || p1 == "approx." || p1 == "circa" ||
             p1 == "c." || p1 == "an") {
      if (p1 != "an") {
        qual = "approx";
        hb = k - 1;
        if (p1 == "estimated" && p2 == "an") hb = k - 2;
      }
    } else if (p2 == "close" && p1 == "to") { qual = "approx"; hb = k - 2; }
    // ranges: "3,000 to 5,000", "between 3,000 and 5,000"
    if (ne + 1 < e && (toks[ne].lower == "to" || (toks[ne].lower == "and" && p1 == "between")) && toks[ne + 1].kind == TokenKind::number) {
      double m2, mm;
      bool r2;
      if (parse_digits(toks[ne + 1].lower, m2, mm, r2) && m2 > v) {
        vmax = m2;
        range = true;
        ne += 2;
        qual = "approx";
        if (p1 == "between") hb = k - 1;
      }
    }
    // "15 to 20 percent"
    if (range && !percent && ne < e && (toks[ne].lower == "%" || toks[ne].lower == "percent")) {
      percent = true;
      ++ne;
    }
    // what follows: the counted noun phrase (skip up to two modifiers)
    std::string noun_unit;
    std::size_t ce = ne;
    bool people = false;
    {
      std::size_t q = ne;
      int skipped = 0;
      while (q < e && toks[q].kind == TokenKind::word) {
        const std::string& w = toks[q].lower;
        if (auto it = unit_nouns().find(w); it != unit_nouns().end()) {
          noun_unit = it->second;
          if (w == "cases" || w == "case") {
            // "cases" only counts as criminal cases in a legal context
            bool legal = q > ne && (toks[q - 1].lower == "criminal");
            for (std::size_t z = b; z < e && !legal; ++z)
              legal = toks[z].lower == "criminal" || toks[z].lower == "investigating" || toks[z].lower == "opened" ||
                      toks[z].lower == "prosecutor" || toks[z].lower == "charges";
            if (!legal) noun_unit = "other";
          }
          ce = q + 1;
          break;
        }
        if (people_nouns().count(w) || lexicon().demonyms.count(w)) {
          people = true;
          ce = q + 1;
          if (w != "criminal" && w != "security" && w != "more" && !lexicon().demonyms.count(w)) break;  // "1,000 Israeli troops"
        }
        if (skip_after().count(w)) { ce = 0; break; }
        // "30 terrorism and other charges": a coordinated modifier
        bool coordinated = (w == "and" || w == "other") && q > ne;
        if (!coordinated && ++skipped > 2) break;
        ++q;
      }
      if (ce == 0) continue;  // "18 cities", "two years"
      if (noun_unit.empty() && !people) {
        // the first word after the number, if it is a noun we do not count, rules the figure out
        if (ne < e && toks[ne].kind == TokenKind::word && toks[ne].cap == false) {
          const std::string& w = toks[ne].lower;
          static const std::unordered_set<std::string> k_ok = {
              "of", "for", "were", "was", "have", "had", "has", "are", "been", "in", "and", "more", "others", "other",
              "dead", "wounded", "injured", "killed", "died", "arrested", "detained", "had", "will", "would", "from",
              "at", "on", "to", "as", "with", "among", "including", "so", "already", "reportedly", "also", "people",
              "remain", "remained", "remains", "still", "who"};
          // "around 400 out of thousands": a part of a whole is a figure of its own
          bool out_of = w == "out" && ne + 1 < e && toks[ne + 1].lower == "of";
          // "destroyed 967 vehicle bombs, 111 tunnels": objects counted after a damage verb
          // (strike reports: "engaged three ISIL tactical units, four ISIL vehicles, …")
          static const std::unordered_set<std::string> k_damage = {
              "destroyed", "damaged", "seized", "confiscated", "burned", "burnt", "torched", "demolished", "razed",
              "engaged", "suppressed", "struck", "targeted", "delivered", "delivering", "destroying", "damaging"};
          bool damage = false;
          for (std::size_t z = nb; z > b && !damage; --z) {
            if (toks[z - 1].lower == ";" || toks[z - 1].lower == ".") break;
            damage = k_damage.count(toks[z - 1].lower) > 0;
          }
          // "arrest warrants for 10 rebel commanders": the warrants say what is counted
          bool warrants = nb >= b + 2 && toks[nb - 1].lower == "for" &&
                          (toks[nb - 2].lower == "warrants" || toks[nb - 2].lower == "warrant");
          // "Car kills two trying to …", "killed three as they slept": the verb before says what happened
          static const std::unordered_set<std::string> k_casualty = {"kills", "killed", "killing", "kill", "wounds", "wounded",
                                                                     "wounding", "injures", "injured", "injuring"};
          bool casualty_before = nb > b && k_casualty.count(toks[nb - 1].lower) > 0;
          if (!k_ok.count(w) && !unit_verbs().count(w) && !out_of && !damage && !money && !warrants && !casualty_before) continue;
          if (damage) {
            std::size_t z = ne;
            while (z < e && z < ne + 3 && toks[z].kind == TokenKind::word && toks[z].lower != "and" && toks[z].lower != "or") ++z;
            ce = z;
          }
        }
      }
    }
    fc.count.value = vague ? std::optional<double>() : std::optional<double>(v);
    if (range) fc.count.value_max = vmax;
    fc.count.qualifier = qual;
    fc.count.span = {toks[hb].span.begin, toks[ne - 1].span.end};
    fc.count.quantity_text = std::string(text.substr(fc.count.span.begin, fc.count.span.size()));
    if (money) noun_unit = "money";
    if (percent) noun_unit = "other";
    fc.noun_unit = noun_unit;
    fc.people = people;
    fc.tok_begin = hb;
    fc.tok_number = nb;
    fc.tok_end = ne;
    if (ce > ne) fc.count.counted = std::string(text.substr(toks[ne].span.begin, toks[ce - 1].span.end - toks[ne].span.begin));
    // "criminal cases": include the modifier in what is counted
    out.push_back(std::move(fc));
    i = ne - 1;
  }
  return out;
}

std::string unit_from_context(const Analysis& an, std::size_t seg_b, std::size_t seg_e, const FoundCount& fc) {
  const auto& toks = an.tokens;
  const auto& uv = unit_verbs();
  // after the figure (within the segment): "were killed", "have been injured", "dead"; a weak unit
  // there (a damage or crowd verb in a relative clause: "Seven Iraqis who seized …") waits for a
  // stronger one further on ("… were charged")
  std::string weak_after;
  for (std::size_t q = fc.tok_end; q < seg_e && q < fc.tok_end + 8; ++q) {
    // "arrested 400 out of thousands who participated": the verbs after "out of" describe the whole
    if (toks[q].lower == "out" && q + 1 < seg_e && toks[q + 1].lower == "of") break;
    if (auto it = uv.find(toks[q].lower); it != uv.end()) {
      if (toks[q].lower == "held" && q + 1 < seg_e && toks[q + 1].lower != "in") continue;
      // "were killed and injured", "killed or wounded": one figure for both
      if (it->second == "dead" && q + 2 < seg_e && (toks[q + 1].lower == "and" || toks[q + 1].lower == "or")) {
        auto other = uv.find(toks[q + 2].lower);
        if (other != uv.end() && other->second == "injured") return "dead_or_injured";
      }
      if (toks[q].lower == "lost" && !(q + 1 < seg_e && (toks[q + 1].lower == "their" || toks[q + 1].lower == "lives"))) continue;
      if ((it->second == "other" || it->second == "participants") && q > fc.tok_end && toks[q - 1].lower == "who") {
        if (weak_after.empty()) weak_after = it->second;
        continue;
      }
      return it->second;
    }
  }
  // before the figure: "killed 107 people", "killing one soldier", "Among the dead … 19"
  std::string weak;
  for (std::size_t q = fc.tok_begin; q > seg_b; --q) {
    const std::string& w = toks[q - 1].lower;
    if (auto it = uv.find(w); it != uv.end()) {
      if (w == "held" || w == "lost") continue;
      if (it->second == "participants" || it->second == "other") {
        if (weak.empty()) weak = it->second;
        continue;
      }
      return it->second;
    }
    if (w == "toll") return "dead";
    if (w == "warrants" || w == "warrant") return "arrest_warrants";  // "arrest warrants for 10 members"
    if (q == fc.tok_begin && (w == "for" || w == "of") && q >= seg_b + 2 && toks[q - 2].lower == "charges") return "charged";
  }
  for (std::size_t q = fc.tok_end + 8; q < seg_e; ++q)
    if (auto it = uv.find(toks[q].lower); it != uv.end() && it->second != "other" && it->second != "participants") return it->second;
  if (!weak_after.empty()) return weak_after;
  if (!weak.empty()) return weak;
  for (std::size_t q = fc.tok_end + 8; q < seg_e; ++q)
    if (auto it = uv.find(toks[q].lower); it != uv.end()) return it->second;
  return {};
}

}  // namespace cg::extract
