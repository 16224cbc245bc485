// SPDX-License-Identifier: MIT
// mentions: capitalised runs → classified proper-name spans (gold/SCHEMA.md span conventions).
#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "extract/lexicon.hpp"
#include "extract/stages.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {

const std::unordered_set<std::string>& function_words() {
  static const std::unordered_set<std::string> s = {
      "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "and", "but", "or",
      "nor", "so", "yet", "however", "among", "amid", "last", "this", "that", "these", "those", "it", "its", "he",
      "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "after", "before", "during",
      "while", "when", "where", "as", "according", "although", "though", "additionally", "meanwhile", "also",
      "if", "there", "here", "some", "many", "most", "all", "both", "each", "every", "no", "not", "currently",
      "over", "under", "since", "until", "about", "around", "nearly", "almost", "more", "less", "several",
      "what", "who", "which", "why", "how", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
      "thousands", "dozens", "total", "earlier", "later", "today", "yesterday", "tomorrow", "now", "then",
      "thus", "still", "even", "only", "just", "such", "other", "another", "others", "first", "second",
      "third", "new", "next", "previous", "former", "further", "furthermore", "moreover", "instead",
      "despite", "because", "unless", "whether", "once", "again", "indeed", "yes", "please", "thank",
      "thanks", "dear", "via", "per", "up", "down", "out", "off", "into", "onto", "upon", "within", "across",
      "between", "against", "toward", "towards", "through", "throughout", "beyond", "near", "following",
      "including", "regarding", "concerning", "given", "mr", "mrs", "ms", "sir", "madam", "let",
      "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
      "can", "could", "should", "may", "might", "must", "shall", "police", "officials", "official",
      "security", "government", "authorities", "army", "troops", "forces", "reports", "report", "witnesses",
      "residents", "protesters", "insurgents", "militants", "rebels", "sources", "source", "breaking",
      "update", "photo", "video", "watch", "read", "see", "related", "live", "exclusive", "analysis",
      "opinion", "editorial", "comment", "statement", "above", "below", "nobody", "everyone", "someone",
      "anyone", "something", "nothing", "everything", "like", "unlike", "well", "meanwhile", "overall",
      "separately", "elsewhere", "similarly", "finally", "initially", "earlier", "later", "recently"};
  return s;
}

const std::unordered_set<std::string>& name_particles() {
  static const std::unordered_set<std::string> s = {"al", "bu", "bin", "ibn", "de", "van", "von", "der", "da",
                                                    "du", "del", "la", "le", "el", "di", "dos", "das", "ben", "abu", "wa"};
  return s;
}

// Lower-case words after a name that fix its type.
const std::unordered_set<std::string>& place_followers() {
  static const std::unordered_set<std::string> s = {
      "province", "city", "town", "district", "region", "village", "governorate", "county", "neighborhood",
      "neighbourhood", "area", "border", "square", "street", "resident", "residents", "native", "oblast",
      "state", "valley", "river", "airport", "port", "suburb", "municipality", "prefecture", "island",
      "mosque", "church", "cathedral", "shrine", "synagogue", "temple"};
  return s;
}
const std::unordered_set<std::string>& org_followers() {
  static const std::unordered_set<std::string> s = {
      "website", "newspaper", "agency", "channel", "group", "party", "tribe", "militia", "daily", "network",
      "movement", "company", "ministry", "organization", "organisation", "broadcaster", "news", "tv",
      "television", "radio", "magazine", "outlet", "portal", "faction", "clan", "brigade", "coalition",
      "alliance", "firm", "bank", "team", "club", "spokesman", "spokeswoman", "spokesperson", "statement",
      "official", "officials", "reporter", "journalist", "correspondent", "tally", "fighters", "militants",
      "members", "chief", "leader", "leaders"};
  return s;
}
const std::unordered_set<std::string>& place_preceders() {
  static const std::unordered_set<std::string> s = {
      "town", "city", "village", "province", "district", "region", "capital", "neighborhood", "neighborhoods",
      "neighbourhood", "neighbourhoods", "suburb", "suburbs", "area", "governorate", "county", "towns",
      "cities", "villages", "provinces", "districts", "port", "republic", "state", "island", "regions"};
  return s;
}
const std::unordered_set<std::string>& locative_prepositions() {
  static const std::unordered_set<std::string> s = {"in", "at", "near", "from", "across", "outside", "inside", "to",
                                                    "into", "towards", "toward"};
  return s;
}
// Heads of capitalised phrases that are not entities in the gold conventions (laws, events, ...).
const std::unordered_set<std::string>& misc_heads() {
  static const std::unordered_set<std::string> s = {
      "code", "law", "act", "constitution", "article", "resolution", "treaty", "convention", "protocol",
      "accord", "agreement", "plan", "operation", "day", "week", "games", "cup", "championship", "marathon",
      "prize", "award", "war", "revolution", "spring", "uprising", "olympics", "bill", "doctrine", "summit",
      "conference", "festival", "election", "elections", "referendum", "crisis", "incident", "open", "series",
      "tour", "classic", "championships", "tournament", "trophy", "amendment", "amendments"};
  return s;
}

bool namey(const Token& t) {
  if (t.kind != TokenKind::word) return false;
  if (t.cap) return true;
  // al-Qaida, el-Sisi, ad-Dawla: a lower-case particle joined to a capitalised name
  auto dash = t.lower.find('-');
  if (dash != std::string::npos && dash <= 4 && name_particles().count(t.lower.substr(0, dash))) {
    return t.span.size() > dash + 1;  // checked for upper case by the caller via surface
  }
  return false;
}

struct Ctx {
  Analysis& a;
  const Lexicon& lx = lexicon();
  std::unordered_set<std::string> lower_words;  // folded words seen in lower case in the body
  std::unordered_set<std::string> cap_midsentence;  // folded words seen capitalised mid-sentence
  std::string_view text;

  std::string_view surf(std::size_t b, std::size_t e) const {
    return text.substr(a.tokens[b].span.begin, a.tokens[e - 1].span.end - a.tokens[b].span.begin);
  }
  std::string folded(std::size_t b, std::size_t e) const { return fold(surf(b, e)); }
  bool has_upper_after_dash(const Token& t) const {
    std::string_view s = text.substr(t.span.begin, t.span.size());
    auto d = s.find('-');
    return d != std::string_view::npos && d + 1 < s.size() && s[d + 1] >= 'A' && s[d + 1] <= 'Z';
  }
  bool is_name_token(std::size_t i) const {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::word) return false;
    // "LE4", "F-16", "G7": letters with digits are no names
    for (char ch : t.lower)
      if (ch >= '0' && ch <= '9') return false;
    // contractions: "I've", "We're", "Don't"
    if (auto ap = t.lower.find('\''); ap != std::string::npos) {
      std::string tail = t.lower.substr(ap + 1);
      if (tail == "ve" || tail == "m" || tail == "re" || tail == "ll" || tail == "d" || tail == "t") return false;
    }
    if (t.cap) return true;
    return namey(t) && has_upper_after_dash(t);
  }
  std::unordered_set<std::string> doc_places;  // folded single words the text calls places
  bool known(const std::string& f) const {
    return lx.places.count(f) || lx.orgs.count(f);
  }
};

bool sentence_initial(const Ctx& c, std::size_t i) {
  const Sentence& s = c.a.sentences[c.a.tokens[i].sentence];
  std::size_t j = i;
  while (j > s.tok_begin) {
    const Token& p = c.a.tokens[j - 1];
    if (p.kind == TokenKind::quote_open || p.kind == TokenKind::quote_close) { --j; continue; }
    if (p.kind == TokenKind::punct) {
      std::string_view ps = c.text.substr(p.span.begin, p.span.size());
      if (ps == ":" || ps == "(" || ps == "[") return true;
    }
    return false;
  }
  return true;
}

// "IS fighters", "that IS had": a short all-capitals word inside lower-case prose is an acronym even
// when the same letters make a common word; at a sentence start or in a shouted line it is not
bool acronym_in_prose(const Ctx& c, std::size_t i) {
  const auto& tk = c.a.tokens;
  const Token& t = tk[i];
  if (t.kind != TokenKind::word || !t.all_caps || t.lower.size() < 2 || t.lower.size() > 3) return false;
  if (c.a.sentences[t.sentence].title_case || sentence_initial(c, i)) return false;
  if (i + 1 >= tk.size() || tk[i + 1].kind != TokenKind::word || tk[i + 1].cap || tk[i + 1].all_caps) return false;
  return i > 0 && !tk[i - 1].all_caps;
}

// "NEWS.am", "Tengrinews.kz", "Sputnik.ru": token `i` is the top-level domain of a site name, glued
// by a dot to the word before it (the tokenizer splits at the dot). Common English words that are
// also domains (.in, .it, .me, .us, .to) are left out: "Reuters.In" is a missing space more often
// than a site.
bool domain_suffix(const Ctx& c, std::size_t i) {
  static const std::unordered_set<std::string> k_tld = {
      "com", "org", "net", "info", "news", "tv", "io", "biz", "ru", "kz", "am", "az", "ge", "ua", "by", "uz", "kg",
      "tj", "tm", "md", "uk", "fr", "de", "es", "tr", "ir", "iq", "sy", "eg", "lb", "jo", "il", "pk", "af", "cn",
      "jp", "kr", "ca", "au", "eu", "ly", "sa", "ae", "qa", "kw", "bh", "om", "ye", "ps", "ng", "ke", "za", "pl",
      "ro", "bg", "rs", "hr", "ba", "mk", "al", "gr", "cy", "lt", "lv", "ee", "fi", "se", "dk", "nl", "ch", "at",
      "cz", "sk", "hu", "mx", "ar", "br", "cl", "ve", "pe", "ph", "my", "id", "th", "vn", "bd", "lk", "np", "mn"};
  const auto& tk = c.a.tokens;
  if (i < 2 || i >= tk.size() || tk[i].kind != TokenKind::word || !k_tld.count(tk[i].lower)) return false;
  const Token& dot = tk[i - 1];
  return dot.kind == TokenKind::punct && c.text.substr(dot.span.begin, dot.span.size()) == "." &&
         tk[i - 2].span.end == dot.span.begin && dot.span.end == tk[i].span.begin && tk[i - 2].kind == TokenKind::word &&
         tk[i - 2].sentence == tk[i].sentence;
}

struct Run {
  std::size_t b, e;  // token range
};

// "KHASAVYURT, Russia 1996-08-31", "YEREVAN. – A criminal case …", "BOSTON (Reuters) -", "BOSTON —
// Federal judge …": a name in capitals that opens a line and is followed by a dateline's date,
// country, agency or dash is the place the story was filed from. Press digests ("LE TEMPS - …")
// and section labels ("NOTE.", "FULL TEXT") have none of these after them.
bool dateline_place(const Ctx& c, Run r) {
  const auto& tk = c.a.tokens;
  std::size_t letters = 0;
  for (std::size_t i = r.b; i < r.e; ++i) {
    if (!tk[i].all_caps || c.lower_words.count(tk[i].lower)) return false;
    letters += tk[i].lower.size();
  }
  if (letters < 4 || r.e + 1 >= tk.size()) return false;
  std::size_t p = tk[r.b].span.begin;
  while (p > 0 && (c.text[p - 1] == ' ' || c.text[p - 1] == '\t')) --p;
  if (p > 0 && c.text[p - 1] != '\n') return false;
  auto is = [&](std::size_t i, std::string_view s) { return c.text.substr(tk[i].span.begin, tk[i].span.size()) == s; };
  auto dash = [&](std::size_t i) { return is(i, "\u2013") || is(i, "\u2014"); };
  const Token& after = tk[r.e + 1];
  if (tk[r.e].kind == TokenKind::number) return true;
  if (is(r.e, ","))
    return after.kind == TokenKind::number || c.lx.countries.count(after.lower) || c.lx.major_places.count(after.lower) ||
           c.lx.nonentities.count(after.lower);
  if (is(r.e, "(")) return c.lx.orgs.count(after.lower) > 0;
  return dash(r.e) || (is(r.e, ".") && dash(r.e + 1));
}

// "Al-Masry Al-Youm", "al-Jazeera al-Mubasher", "Al Bu Nimr": a name of several words whose first
// word carries the Arabic article names a newspaper, a tribe, a party or a town; people carry the
// article on a later word ("Bashar al-Assad"). A bare "Al" is also an English given name ("Al
// Gore"), so it counts only when a later word repeats the article.
bool arabic_article_initial(const Ctx& c, Run r) {
  if (r.e - r.b < 2) return false;
  const std::string& w = c.a.tokens[r.b].lower;
  for (std::string_view art : {"al-", "el-"})
    if (w.size() > art.size() + 1 && w.compare(0, art.size(), art) == 0) return true;
  if (w != "al" && w != "el") return false;
  for (std::size_t i = r.b + 1; i < r.e; ++i) {
    const std::string& l = c.a.tokens[i].lower;
    if (l == "al" || l == "el" || l.rfind("al-", 0) == 0 || l.rfind("el-", 0) == 0) return true;
  }
  return false;
}

// "Sabboura, an area outside Damascus", "Homs, Syria's third city", "Al-Watan, a daily newspaper":
// an appositive after the comma at `e` whose head noun says what kind of thing the name is. The
// head must end the noun phrase ("Ali, a village elder" is a person, not a village).
std::optional<EntityType> appositive_kind(const Ctx& c, std::size_t e) {
  static const std::unordered_set<std::string> k_place = {
      "area", "town", "village", "city", "district", "province", "neighbourhood", "neighborhood", "region",
      "suburb", "governorate", "county", "municipality", "capital", "country", "island", "territory", "enclave",
      "settlement", "hamlet", "oblast", "republic", "kingdom", "emirate", "port", "stronghold", "township"};
  static const std::unordered_set<std::string> k_org = {
      "newspaper", "daily", "weekly", "agency", "group", "party", "militia", "movement", "organisation",
      "organization", "company", "firm", "channel", "broadcaster", "network", "website", "outlet", "magazine",
      "faction", "coalition", "alliance", "charity", "watchdog", "tribe", "bank", "union", "broadsheet", "tabloid"};
  static const std::unordered_set<std::string> k_after_head = {
      "in", "of", "on", "at", "near", "outside", "inside", "north", "south", "east", "west", "northeast",
      "northwest", "southeast", "southwest", "that", "which", "where", "whose", "with", "about", "some", "located",
      "close", "along", "just", "from", "between", "known", "for", "based", "run", "controlled", "held", "and",
      "or", "by", "home", "bordering", "linked", "loyal", "allied", "backed", "founded", "owned"};
  const auto& tk = c.a.tokens;
  if (e + 2 >= tk.size() || tk[e].lower != ",") return std::nullopt;
  const std::size_t sentence = tk[e].sentence;
  std::size_t i = e + 1;
  // the appositive opens with an article or an owner ("Syria's"), not a verb ("X, took a group of")
  if (tk[i].lower == "a" || tk[i].lower == "an" || tk[i].lower == "the") ++i;
  else if (!(tk[i].cap && i + 1 < tk.size() && tk[i + 1].lower == "'s")) return std::nullopt;
  for (std::size_t words = 0; words < 5 && i < tk.size() && tk[i].sentence == sentence; ++words, ++i) {
    const Token& t = tk[i];
    if (t.lower == "'s" && words > 0) continue;  // "Syria's third city"
    if (t.kind != TokenKind::word) return std::nullopt;
    bool phrase_end = i + 1 >= tk.size() || tk[i + 1].sentence != sentence || tk[i + 1].kind != TokenKind::word ||
                      k_after_head.count(tk[i + 1].lower);
    if (t.cap || !phrase_end) continue;
    if (k_place.count(t.lower)) return EntityType::place;
    if (k_org.count(t.lower)) return EntityType::organization;
    return std::nullopt;
  }
  return std::nullopt;
}

// "Edited translation from X", "courtesy of X", "reprinted from X": words before a name that make
// it the publication a text comes from
bool after_publication_cue(const Ctx& c, std::size_t b) {
  if (b < 2) return false;
  const Token& prep = c.a.tokens[b - 1];
  const Token& noun = c.a.tokens[b - 2];
  if (prep.kind != TokenKind::word || noun.kind != TokenKind::word) return false;
  static const std::unordered_set<std::string> k_from = {"translation", "translated", "reprinted", "republished",
                                                         "adapted", "excerpted"};
  return (prep.lower == "from" && k_from.count(noun.lower)) ||
         ((prep.lower == "in" || prep.lower == "by") && noun.lower == "published");
}

EntityType classify(Ctx& c, Run r, bool& keep, bool& org_by_head, bool& guessed) {
  keep = true;
  guessed = false;
  org_by_head = false;
  const auto& lx = c.lx;
  std::string f = c.folded(r.b, r.e);
  std::size_t n = r.e - r.b;
  const Token& first = c.a.tokens[r.b];
  const Token& last = c.a.tokens[r.e - 1];
  // "Secretary Kerry", "Minister Jordan": a capitalised title right before a single word makes it a
  // person, even when a place list knows the word (a county, a small town); countries and major
  // places stay places
  if (n == 1 && r.b > 0) {
    const Token& t = c.a.tokens[r.b - 1];
    if (t.kind == TokenKind::word && t.cap && lx.titles.count(t.lower) && !lx.org_heads.count(t.lower) &&
        !lx.orgs.count(f) && !lx.countries.count(f) && !lx.major_places.count(f) && !first.all_caps)
      return EntityType::person;
  }
  if (lx.orgs.count(f)) return EntityType::organization;
  if (lx.places.count(f)) return EntityType::place;
  for (std::size_t i = r.b; i < r.e; ++i)
    if (c.a.tokens[i].lower == "&") return EntityType::organization;
  // "East Jerusalem", "South Lebanon", "Northern Ireland": a compass word before a known place
  static const std::unordered_set<std::string> k_compass = {"east", "west", "north", "south", "northern", "southern",
                                                            "eastern", "western", "central", "upper", "lower"};
  if (n >= 2 && k_compass.count(first.lower) && (lx.places.count(c.folded(r.b + 1, r.e)) || lx.countries.count(c.folded(r.b + 1, r.e))))
    return EntityType::place;
  // "Arab-Israeli", "German-Israeli": a compound of nationalities is an adjective
  if (n == 1 && first.lower.find('-') != std::string::npos) {
    std::string w = first.lower;
    bool all_demonyms = true;
    for (std::size_t b = 0; b <= w.size() && all_demonyms;) {
      std::size_t e = w.find('-', b);
      if (e == std::string::npos) e = w.size();
      all_demonyms = lx.demonyms.count(w.substr(b, e - b)) > 0;
      b = e + 1;
    }
    if (all_demonyms) { keep = false; return EntityType::place; }
  }
  // "North Korean Red Cross", "Palestinian Red Crescent": a run that ends in a known organisation
  if (n >= 3 && (lx.orgs.count(c.folded(r.e - 2, r.e)) || lx.orgs.count(c.folded(r.e - 3, r.e))))
    return EntityType::organization;
  // "Air France", "Air India": an airline
  if (n >= 2 && first.lower == "air" && first.cap && !lx.titles.count(c.folded(r.b, r.b + 2))) return EntityType::organization;
  // a site name ("Armenian News-NEWS.am") is the outlet that runs it
  if (n >= 3 && domain_suffix(c, r.e - 1)) return EntityType::organization;
  if (n == 1 && (lx.nonentities.count(f) || lx.demonyms.count(f))) { keep = false; return EntityType::place; }
  // a lone letter ("I", "Group C", "N") is no name
  if (n == 1 && first.lower.size() == 1) { keep = false; return EntityType::place; }
  if (n == 1 && f.size() > 1 && f.back() == '.' && lx.nonentities.count(f.substr(0, f.size() - 1))) { keep = false; return EntityType::place; }
  // "Central Asian", "Shiite Muslim": an adjective phrase ending in a demonym
  if (lx.demonyms.count(last.lower) && !lx.org_heads.count(last.lower)) { keep = false; return EntityType::place; }
  if (misc_heads().count(last.lower) && n >= 2) { keep = false; return EntityType::place; }
  // "Erada Square", "Boylston Street", "Mezzeh Airport": a place head word
  static const std::unordered_set<std::string> k_place_heads = {
      "square", "street", "avenue", "road", "boulevard", "bridge", "airport", "stadium", "park", "plaza", "highway",
      "province", "governorate", "district", "county", "region", "island", "islands", "river", "valley", "mountains",
      "lake", "lakes", "sea", "gulf", "strait", "peninsula", "desert", "coast", "camp", "crossing", "oblast", "neighbourhood",
      "neighborhood", "village", "heights", "mosque", "church", "cathedral", "shrine", "synagogue", "temple", "republic",
      "city", "quarter"};
  if (n >= 2 && last.cap && k_place_heads.count(last.lower)) return EntityType::place;
  // "New York City", "Gaza City", "Kansas City": a place the lexicon knows, named as a city
  if (n >= 2 && last.lower == "city" && lx.places.count(c.folded(r.b, r.e - 1))) return EntityType::place;
  for (std::size_t i = r.b; i < r.e; ++i)
    if (lx.org_heads.count(c.a.tokens[i].lower) && c.a.tokens[i].cap) {
      org_by_head = true;
      return EntityType::organization;
    }
  if (auto kind = appositive_kind(c, r.e)) return *kind;
  // Context after the run.
  std::size_t after = r.e;
  if (after < c.a.tokens.size()) {
    const Token& t = c.a.tokens[after];
    if (t.kind == TokenKind::word && !t.cap) {
      if (place_followers().count(t.lower)) return EntityType::place;
      if (org_followers().count(t.lower)) return EntityType::organization;
      // "the Asad regime", "the Obama administration": a single unknown name before a word for a
      // person's rule is that person
      static const std::unordered_set<std::string> k_rule = {"regime", "dictatorship", "administration"};
      if (n == 1 && k_rule.count(t.lower) && !first.all_caps && !c.known(f)) return EntityType::person;
    }
  }
  // Context before the run.
  if (r.b > 0) {
    std::size_t p = r.b - 1;
    const Token& t = c.a.tokens[p];
    if (t.kind == TokenKind::word && t.lower == "of" && p > 0 && place_preceders().count(c.a.tokens[p - 1].lower))
      return EntityType::place;
    if (t.kind == TokenKind::word && !t.cap && place_preceders().count(t.lower) && t.lower != "state" && t.lower != "republic")
      return EntityType::place;
    if (t.kind == TokenKind::word && lx.titles.count(t.lower)) return EntityType::person;
    if (t.kind == TokenKind::word && (t.lower == "mr." || t.lower == "mrs." || t.lower == "ms." || t.lower == "mr" || t.lower == "mrs"))
      return EntityType::person;
  }
  if (dateline_place(c, r)) return EntityType::place;
  // an all-capitals common word ("VICTIM:", a shouted headline) is no acronym; mid-sentence between
  // lower-case words a short one is ("IS fighters", "IS had carried out")
  if (first.all_caps && n == 1 && c.lower_words.count(first.lower)) {
    if (!acronym_in_prose(c, r.b)) { keep = false; return EntityType::place; }
  }
  if (first.all_caps && n == 1 && first.lower.size() <= 6) return EntityType::organization;
  if (n == 1 && lx.first_names.count(first.lower)) return EntityType::person;
  if (lx.first_names.count(first.lower) && n >= 2) return EntityType::person;
  // "Charlotte Panthers", "Dallas Cowboys": a place and a plural name make a team or a group
  if (n >= 2 && lx.places.count(first.lower) && last.lower.size() > 3 && last.lower.back() == 's' &&
      !lx.places.count(f) && !lx.first_names.count(first.lower))
    return EntityType::organization;
  // "Libya Shield", "Syria Today": a country name heading an unknown name is an organisation
  if (n >= 2 && lx.countries.count(first.lower) && !lx.places.count(f)) return EntityType::organization;
  if (r.b > 0) {
    const Token& t = c.a.tokens[r.b - 1];
    static const std::unordered_set<std::string> k_org_pre = {"agency", "newspaper", "channel", "website", "daily",
                                                              "broadcaster", "network", "group", "party", "outlet", "magazine"};
    if (t.kind == TokenKind::word && !t.cap && k_org_pre.count(t.lower)) return EntityType::organization;
  }
  if (n >= 2) {
    // "Belarusian Investigative …" without an org head, "Kazakh Ministry" handled above
    if (lx.demonyms.count(first.lower)) return EntityType::organization;
    guessed = true;
    if (after_publication_cue(c, r.b)) return EntityType::organization;
    // "told Der Spiegel", "CBS This Morning reported": without a given name, the one told or
    // reporting is an outlet more often than a person
    if (r.b > 0 && c.a.tokens[r.b - 1].lower == "told") return EntityType::organization;
    if (r.e < c.a.tokens.size() && (c.a.tokens[r.e].lower == "reported" || c.a.tokens[r.e].lower == "reports"))
      return EntityType::organization;
    if (arabic_article_initial(c, r)) {
      // "in Al-Mahalla Al-Kubra" is a town; "to"/"from" name sources as often as places ("told
      // to", "quoted from")
      static const std::unordered_set<std::string> k_in = {"in", "at", "near", "outside", "inside", "into", "across"};
      if (r.b > 0 && c.a.tokens[r.b - 1].kind == TokenKind::word && k_in.count(c.a.tokens[r.b - 1].lower))
        return EntityType::place;
      return EntityType::organization;
    }
    return EntityType::person;
  }
  // "Obama's former campaign strategist", "Putin's wife": a possessor of kin or of a political aide
  // is a person (an organisation's staff are spokesmen and directors, which both have)
  if (n == 1 && !first.all_caps && after + 1 < c.a.tokens.size() && c.a.tokens[after].lower == "'s") {
    static const std::unordered_set<std::string> k_personal = {
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "strategist", "campaign", "family", "children", "running"};
    for (std::size_t k = after + 1; k < c.a.tokens.size() && k < after + 4; ++k) {
      if (c.a.tokens[k].kind != TokenKind::word) break;
      if (k_personal.count(c.a.tokens[k].lower)) return EntityType::person;
    }
  }
  // Single unknown word: locative prepositions make it a place.
  if (r.b > 0) {
    const Token& t = c.a.tokens[r.b - 1];
    if (t.kind == TokenKind::word && locative_prepositions().count(t.lower)) return EntityType::place;
  }
  if (after < c.a.tokens.size()) {
    const Token& t = c.a.tokens[after];
    if (t.kind == TokenKind::word && lx.cues.count(t.lower)) return EntityType::person;
  }
  guessed = true;
  return EntityType::organization;
}

}  // namespace

void find_mentions(Analysis& a) {
  Ctx c{a, lexicon(), {}, {}, {}, {}};
  c.text = a.doc.text;
  const auto& lx = c.lx;
  // Words seen in lower case and words seen capitalised mid-sentence (outside title-case lines).
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::word) continue;
    if (a.sentences[t.sentence].title_case) continue;
    if (!t.cap) c.lower_words.insert(t.lower);
    else if (!sentence_initial(c, i)) c.cap_midsentence.insert(t.lower);
  }

  // Names the document itself places ("the province of Ardena", "in Ardena"): an organisation
  // name does not absorb "of <such a place>".
  for (std::size_t i = 1; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    if (!c.is_name_token(i)) continue;
    const Token& p = a.tokens[i - 1];
    bool placed = (p.lower == "of" && i >= 2 && place_preceders().count(a.tokens[i - 2].lower)) ||
                  (!p.cap && place_preceders().count(p.lower) && p.lower != "state" && p.lower != "republic");
    if (i + 1 < a.tokens.size() && !a.tokens[i + 1].cap && place_followers().count(a.tokens[i + 1].lower)) placed = true;
    if (appositive_kind(c, i + 1) == EntityType::place) placed = true;
    if (placed) c.doc_places.insert(t.lower);
  }
  std::vector<Mention> found;
  auto add = [&](std::size_t b, std::size_t e, EntityType type) {
    Mention m;
    m.tok_begin = b;
    m.tok_end = e;
    m.span = {a.tokens[b].span.begin, a.tokens[e - 1].span.end};
    m.surface = std::string(c.surf(b, e));
    m.type = type;
    m.sentence = a.tokens[b].sentence;
    found.push_back(std::move(m));
  };
  std::vector<bool> guessed_flags;  // parallel to `found` for the body pass
  std::unordered_map<std::string, bool> alone_elsewhere_cache;  // place name → named outside an event name

  // Pass over non-title sentences.
  for (const Sentence& s : a.sentences) {
    if (s.title_case) continue;
    std::size_t i = s.tok_begin;
    while (i < s.tok_end) {
      if (!c.is_name_token(i)) { ++i; continue; }
      // grow a run: name tokens, particles, possessive before an org head, "of"/"and" joins
      std::size_t b = i, e = i + 1;
      // a long name the lexicon knows ("Organization for Security and Co-operation in Europe")
      bool lexical = false;
      for (std::size_t len = std::min<std::size_t>(9, s.tok_end - i); len >= 3 && !lexical; --len) {
        if (!c.is_name_token(i + len - 1)) continue;
        std::string f = c.folded(i, i + len);
        // "The Organization for Security and …": a sentence-initial "The" before the long name
        if (f.rfind("the ", 0) == 0 && !lx.orgs.count(f) && !lx.major_places.count(f)) f = f.substr(4);
        if (lx.orgs.count(f) || lx.major_places.count(f)) {
          e = i + len;
          lexical = true;
        }
      }
      for (; !lexical;) {
        if (e < s.tok_end && c.is_name_token(e)) { ++e; continue; }
        if (e + 1 < s.tok_end && domain_suffix(c, e + 1)) { e += 2; continue; }
        if (e + 1 < s.tok_end && a.tokens[e].kind == TokenKind::word && name_particles().count(a.tokens[e].lower) &&
            c.is_name_token(e + 1)) { e += 2; continue; }
        // Attorney General’s Office
        if (e + 1 < s.tok_end && a.tokens[e].kind == TokenKind::punct && (a.tokens[e].lower == "'" ) &&
            false) {}
        if (e + 1 < s.tok_end && a.tokens[e].lower == "'s" && c.is_name_token(e + 1) && lx.org_heads.count(a.tokens[e + 1].lower)) {
          e += 2;
          continue;
        }
        if (e + 1 < s.tok_end && (a.tokens[e].lower == "of" || a.tokens[e].lower == "for" || a.tokens[e].lower == "and" || a.tokens[e].lower == "&")) {
          std::size_t k = e + 1;
          if (k < s.tok_end && a.tokens[k].lower == "the") ++k;
          if (k < s.tok_end && c.is_name_token(k)) {
            std::size_t ke = k + 1;
            while (ke < s.tok_end && c.is_name_token(ke)) ++ke;
            std::string whole = c.folded(b, ke);
            if (whole.rfind("the ", 0) == 0) whole = whole.substr(4);
            std::string right = c.folded(k, ke);
            const std::string& lastA = a.tokens[e - 1].lower;
            bool right_has_head = false;
            for (std::size_t q = k; q < ke; ++q) right_has_head |= lx.org_heads.count(a.tokens[q].lower) > 0;
            bool join = false;
            if (c.known(whole)) join = true;
            else if (a.tokens[e].lower == "of" && (lastA == "republic" || lastA == "kingdom" || lastA == "emirate" || lastA == "federation") && lx.places.count(right))
              join = true;
            else if ((a.tokens[e].lower == "of" || a.tokens[e].lower == "for") && lx.org_heads.count(lastA) &&
                     !right_has_head && !lx.places.count(right) && !lx.countries.count(right) && !c.doc_places.count(right))
              join = true;
            else if ((a.tokens[e].lower == "and" || a.tokens[e].lower == "&") && k == e + 1 && ke - k <= 2 && lx.org_heads.count(a.tokens[ke - 1].lower) &&
                     e - b == 1)
              join = true;
            // "Douglas & Lomason", "Procter & Gamble": an ampersand between names makes a firm
            else if (a.tokens[e].lower == "&" && k == e + 1) join = true;
            if (join) { e = ke; continue; }
          }
        }
        break;
      }
      // Trim: leading function words / common sentence-initial words, leading titles.
      std::size_t rb = b;
      while (rb < e) {
        const Token& t = a.tokens[rb];
        bool initial = (rb == b) && sentence_initial(c, rb);
        bool common = (function_words().count(t.lower) && !acronym_in_prose(c, rb)) ||
                      (initial && c.lower_words.count(t.lower) && !c.cap_midsentence.count(t.lower) && !c.known(t.lower) &&
                       !lx.first_names.count(t.lower));
        // "New York", "New Zealand": a function word that starts a known name stays
        bool starts_known = false;
        for (std::size_t len = 2; len <= std::min<std::size_t>(4, e - rb) && !starts_known; ++len)
          starts_known = c.known(c.folded(rb, rb + len));
        if (common && (rb == b) && !starts_known) { ++rb; continue; }
        break;
      }
      // "State-run", "Communist-ruled", "US-led": hyphenated adjectives are no part of a name
      auto hyphen_adjective = [&](std::size_t t) {
        const std::string& w = a.tokens[t].lower;
        auto d = w.rfind('-');
        if (d == std::string::npos || d + 1 >= w.size()) return false;
        std::string tail = w.substr(d + 1);
        std::string_view surf = c.text.substr(a.tokens[t].span.begin, a.tokens[t].span.size());
        auto sd = surf.rfind('-');
        if (sd == std::string_view::npos || sd + 1 >= surf.size() || !(surf[sd + 1] >= 'a' && surf[sd + 1] <= 'z')) return false;
        static const std::unordered_set<std::string> k_tail = {"run", "led", "born", "based", "style", "made", "speaking", "held",
                                                              "owned", "controlled", "linked", "allied", "backed", "inspired"};
        return k_tail.count(tail) || (tail.size() > 3 && tail.compare(tail.size() - 2, 2, "ed") == 0);
      };
      while (rb < e && hyphen_adjective(rb)) ++rb;
      // "Conservative President Ivan Duque", "Navy Capt. Jeff Davis": a title inside the run starts
      // the name after it; an organisation before the title is a name of its own
      for (std::size_t q = e; q-- > rb + 1;) {
        if (lx.titles.count(a.tokens[q].lower) && a.tokens[q].cap && q + 1 < e && !lx.org_heads.count(a.tokens[q].lower) &&
            !c.known(c.folded(rb, e))) {
          // "Office of the Prosecutor General": a title within an organisation's name
          bool name_after = false;
          for (std::size_t z = q + 1; z < e; ++z) name_after |= !lx.titles.count(a.tokens[z].lower);
          const std::string& before = a.tokens[q - 1].lower;
          if (!name_after || before == "of" || before == "the" || before == "for") break;
          bool org_after = false, org_before = false;
          for (std::size_t z = q + 1; z < e; ++z) org_after |= lx.org_heads.count(a.tokens[z].lower) > 0 && a.tokens[z].cap;
          for (std::size_t z = rb; z < q; ++z) org_before |= lx.org_heads.count(a.tokens[z].lower) > 0 && a.tokens[z].cap;
          if (!org_after) {
            std::size_t tb = q;
            while (tb > rb && lx.titles.count(a.tokens[tb - 1].lower)) --tb;  // "First Lieutenant"
            // the organisation or country before the title: "Navy Capt. …", "UN Secretary-General …"
            bool acronym = tb == rb + 1 && a.tokens[rb].all_caps;
            if (tb > rb && (org_before || acronym || c.known(c.folded(rb, tb)))) {
              bool keep2 = true, by_head2 = false, guessed2 = false;
              EntityType t2 = classify(c, Run{rb, tb}, keep2, by_head2, guessed2);
              if (keep2) {
                guessed_flags.push_back(guessed2);
                add(rb, tb, t2);
              }
            }
            rb = q + 1;
          }
          break;
        }
      }
      // "Witness Omar Haddad": a sentence-initial common noun before a given name
      if (rb + 2 < e + 1 && rb + 1 < e && sentence_initial(c, rb) && !lx.first_names.count(a.tokens[rb].lower) &&
          lx.first_names.count(a.tokens[rb + 1].lower) && !c.known(a.tokens[rb].lower) && !lx.titles.count(a.tokens[rb].lower))
        ++rb;
      // "American Oliver McCall", "Democrat Walter Mondale": a nationality or a party member before
      // a given name and a surname describes the person
      if (rb + 2 < e && (lx.demonyms.count(a.tokens[rb].lower) || a.tokens[rb].lower == "democrat" || a.tokens[rb].lower == "republican") &&
          lx.first_names.count(a.tokens[rb + 1].lower) && !lx.first_names.count(a.tokens[rb].lower))
        ++rb;
      // "Arab East Jerusalem", "Kurdish Sulaimaniya": a nationality before a place the lexicon knows
      // (or a compass word and one) describes the place
      if (rb + 1 < e && lx.demonyms.count(a.tokens[rb].lower)) {
        std::string rest = c.folded(rb + 1, e), rest2 = rb + 2 < e ? c.folded(rb + 2, e) : std::string();
        bool compass = rb + 2 < e && (a.tokens[rb + 1].lower == "east" || a.tokens[rb + 1].lower == "west" ||
                                      a.tokens[rb + 1].lower == "north" || a.tokens[rb + 1].lower == "south");
        if (lx.places.count(rest) || lx.countries.count(rest) || (compass && (lx.places.count(rest2) || lx.countries.count(rest2))))
          ++rb;
      }
      // Titles: "President Kasim …", "Gen. …", "First Lieutenant …", "Minister for …".
      bool org_name = false;
      for (std::size_t q = rb; q < e; ++q) org_name |= lx.org_heads.count(a.tokens[q].lower) > 0 && a.tokens[q].cap;
      for (; !org_name;) {
        bool stripped = false;
        for (std::size_t len = std::min<std::size_t>(3, e - rb); len >= 1; --len) {
          if (rb + len >= e) continue;
          if (lx.titles.count(c.folded(rb, rb + len)) && !c.known(c.folded(rb, e))) {
            rb += len;
            stripped = true;
            break;
          }
        }
        if (!stripped) break;
      }
      if (rb < e) {
        // A lone title or a lone demonym/nonentity is no name.
        std::string f = c.folded(rb, e);
        bool single_title = lx.titles.count(f) > 0;
        bool before_cue = e < s.tok_end && a.tokens[e].kind == TokenKind::word && lx.cues.count(a.tokens[e].lower) &&
                          a.tokens[e].lower != "report" && a.tokens[e].lower != "reports";
        // a speaker label or a headline's source: "Sanders: Clinton needs …"
        if (e < s.tok_end && a.tokens[e].kind == TokenKind::punct && a.tokens[e].lower == ":" && rb == s.tok_begin) before_cue = true;
        bool initial_unknown = (e - rb == 1) && sentence_initial(c, rb) && !c.known(f) && !c.cap_midsentence.count(f) &&
                               !lx.first_names.count(f) && !a.tokens[rb].all_caps && !before_cue;
        // "United, we continue": a sentence-initial word before a comma that is not known
        if (!single_title && !initial_unknown) {
          // Drop nonentity tokens at the edges ("Monday's", "Sunni tribesmen"), but not a surname
          // after a given name ("Theresa May", "Brian March") nor a given name before a surname
          // ("Jan Kroslak").
          auto surname_after_given = [&](std::size_t q) {
            return q > rb && lx.first_names.count(a.tokens[q - 1].lower) > 0 && a.tokens[q].cap && !a.tokens[q].all_caps;
          };
          std::size_t re = e;
          const bool whole_known = c.known(c.folded(rb, e));
          while (!whole_known && re > rb && !domain_suffix(c, re - 1) &&
                 !(month_index(a.tokens[re - 1].lower) != 0 && surname_after_given(re - 1)) &&
                 (lx.nonentities.count(a.tokens[re - 1].lower) || a.tokens[re - 1].lower == "of" || a.tokens[re - 1].lower == "and"))
            --re;
          // ("The Sunday Telegraph", "Sunday Times": a weekday heading a newspaper's name stays)
          static const std::unordered_set<std::string> k_paper = {"times", "telegraph", "express", "mirror", "post",
                                                                  "herald", "observer", "tribune", "mail", "independent"};
          while (!whole_known && rb < re && lx.nonentities.count(a.tokens[rb].lower) &&
                 !(rb + 1 < re && lx.first_names.count(a.tokens[rb].lower) && !lx.nonentities.count(a.tokens[rb + 1].lower)) &&
                 !(rb + 1 < re && k_paper.count(a.tokens[re - 1].lower)))
            ++rb;
          if (rb < re) {
            // a trailing title ("FCO Minister") is no part of the name, unless it follows a given
            // name as a surname ("John Major")
            while (!org_name && re - rb >= 2 && lx.titles.count(a.tokens[re - 1].lower) && !lx.org_heads.count(a.tokens[re - 1].lower) &&
                   !c.known(c.folded(rb, re)) && !surname_after_given(re - 1))
              --re;
            // "Interpol Red Notice", "NATO Summit", "Google Earth": a known organisation followed by
            // capitalised words that name no body of their own (no organisation head, no known name,
            // no person) is that organisation; what follows it names a document, an event or a
            // product, which are no entities
            if (re - rb >= 2 && !c.known(c.folded(rb, re))) {
              std::size_t known_end = rb;
              for (std::size_t q = re - 1; q > rb && known_end == rb; --q)
                if (lx.orgs.count(c.folded(rb, q))) known_end = q;
              if (known_end > rb) {
                bool own_name = c.known(c.folded(known_end, re)) || lx.first_names.count(a.tokens[known_end].lower) > 0 ||
                                lx.titles.count(a.tokens[known_end].lower) > 0;
                for (std::size_t q = known_end; q < re; ++q)
                  own_name |= !a.tokens[q].cap || a.tokens[q].kind != TokenKind::word || lx.org_heads.count(a.tokens[q].lower) > 0;
                if (!own_name) re = known_end;
              }
            }
            bool keep = true, by_head = false, guessed = false;
            EntityType type = classify(c, Run{rb, re}, keep, by_head, guessed);
            if (keep) {
              guessed_flags.push_back(guessed);
              // "Office of the Prosecutor General of Kazakhstan" was split by the join rule; a
              // place-like single token inside an org run stays in the org.
              add(rb, re, type);
            } else if (re - rb >= 2 && misc_heads().count(a.tokens[re - 1].lower)) {
              // "Boston Marathon", "Tokyo Olympics": the event is no entity, the place it is named
              // after still is
              std::size_t pe = re - 1;
              while (pe > rb && misc_heads().count(a.tokens[pe - 1].lower)) --pe;
              std::string prefix = pe > rb ? c.folded(rb, pe) : std::string();
              bool known_place = pe > rb && (lx.countries.count(prefix) || lx.major_places.count(prefix) || lx.places.count(prefix));
              // (only when the text also names the place on its own: the gold projects a place's
              // name onto every occurrence, and has no such place when the event is all there is)
              if (known_place) {
                auto cached = alone_elsewhere_cache.find(prefix);
                if (cached == alone_elsewhere_cache.end()) {
                  const std::string_view text = a.doc.text;
                  const std::string_view surface = text.substr(a.tokens[rb].span.begin, a.tokens[pe - 1].span.end - a.tokens[rb].span.begin);
                  bool alone = false;
                  for (std::size_t at = text.find(surface); at != std::string_view::npos && !alone; at = text.find(surface, at + 1)) {
                    std::size_t after = at + surface.size();
                    bool word_edge = after >= text.size() || !std::isalnum(static_cast<unsigned char>(text[after]));
                    std::size_t next = after;
                    while (next < text.size() && text[next] == ' ') ++next;
                    std::size_t next_end = next;
                    while (next_end < text.size() && std::isalpha(static_cast<unsigned char>(text[next_end]))) ++next_end;
                    alone = word_edge && !misc_heads().count(fold(text.substr(next, next_end - next)));
                  }
                  cached = alone_elsewhere_cache.emplace(prefix, alone).first;
                }
                if (cached->second) {
                  guessed_flags.push_back(false);
                  add(rb, pe, EntityType::place);
                }
              }
            }
          }
        }
      }
      i = e;
    }
  }

  // "Day of Anger", "Cessation of Hostilities": two single unknown words joined by "of" that no
  // organisation head holds together name an event or an agreement, not two organisations;
  // "Resolution 2254", "… Council Resolution": a lone law/event head before a number or right after
  // a name is part of a document's or event's title
  {
    std::vector<bool> drop(found.size(), false);
    auto lone_guess = [&](std::size_t k) {
      const Mention& m = found[k];
      if (m.tok_end - m.tok_begin != 1 || !guessed_flags[k]) return false;
      const Token& t = a.tokens[m.tok_begin];
      return !t.all_caps && !c.known(t.lower) && !lx.first_names.count(t.lower);
    };
    for (std::size_t k = 0; k + 1 < found.size(); ++k) {
      const Mention& m1 = found[k];
      const Mention& m2 = found[k + 1];
      if (m1.sentence != m2.sentence || !lone_guess(k) || !lone_guess(k + 1)) continue;
      std::size_t gap = m1.tok_end;
      if (a.tokens[gap].lower != "of") continue;
      if (gap + 1 < a.tokens.size() && a.tokens[gap + 1].lower == "the") ++gap;
      if (m2.tok_begin != gap + 1) continue;
      drop[k] = drop[k + 1] = true;
    }
    for (std::size_t k = 0; k < found.size(); ++k) {
      const Mention& m = found[k];
      if (m.tok_end - m.tok_begin != 1 || !misc_heads().count(a.tokens[m.tok_begin].lower)) continue;
      bool number_after = m.tok_end < a.tokens.size() && a.tokens[m.tok_end].kind == TokenKind::number;
      bool name_before = k > 0 && found[k - 1].tok_end == m.tok_begin;
      if (number_after || name_before) drop[k] = true;
    }
    std::size_t w = 0;
    for (std::size_t k = 0; k < found.size(); ++k)
      if (!drop[k]) {
        if (w != k) { found[w] = std::move(found[k]); guessed_flags[w] = guessed_flags[k]; }
        ++w;
      }
    found.resize(w);
    guessed_flags.resize(w);
  }

  // "Kurdish Peshmerga" beside "Peshmerga": a demonym before a name the text also uses alone is an
  // adjective, not part of the name
  {
    std::unordered_set<std::string> surfaces;
    for (const Mention& m : found) surfaces.insert(fold(m.surface));
    for (Mention& m : found) {
      if (m.tok_end - m.tok_begin < 2 || !lx.demonyms.count(a.tokens[m.tok_begin].lower)) continue;
      if (c.known(fold(m.surface))) continue;
      std::size_t nb = m.tok_begin + 1;
      if (!surfaces.count(c.folded(nb, m.tok_end))) continue;
      // "Belarusian Investigative Committee" is an official name: a headed remainder keeps its demonym
      bool headed = false;
      for (std::size_t q = nb; q < m.tok_end; ++q) headed |= lx.org_heads.count(a.tokens[q].lower) > 0;
      if (headed) continue;
      m.tok_begin = nb;
      m.span.begin = a.tokens[nb].span.begin;
      m.surface = std::string(c.surf(nb, m.tok_end));
    }
  }

  // "Yeltsin endorses Lebed Chechnya peace plan", "the OSCE Chechnya mission": a known place after
  // a name the text uses on its own elsewhere is a mention of its own
  {
    std::unordered_map<std::string, EntityType> alone;  // names seen outside title-case lines
    std::unordered_map<std::string, int> seen;          // how often each name occurs
    for (const Mention& m : found) {
      ++seen[fold(m.surface)];
      if (!a.sentences[m.sentence].title_case) alone.emplace(fold(m.surface), m.type);
    }
    std::vector<Mention> out;
    std::vector<bool> out_flags;  // guessed_flags stays parallel to found
    for (std::size_t k = 0; k < found.size(); ++k) {
      const Mention& m = found[k];
      bool split = false;
      if (m.tok_end - m.tok_begin >= 2 && seen[fold(m.surface)] == 1 && !c.known(fold(m.surface))) {
        for (std::size_t cut = m.tok_begin + 1; cut < m.tok_end && !split; ++cut) {
          std::string tail = c.folded(cut, m.tok_end), head = c.folded(m.tok_begin, cut);
          auto known_head = alone.find(head);
          auto tail_alone = alone.find(tail);
          bool tail_place = lx.countries.count(tail) || lx.places.count(tail) ||
                            (tail_alone != alone.end() && tail_alone->second == EntityType::place);
          if (!tail_place || known_head == alone.end()) continue;
          Mention first = m, second = m;
          first.tok_end = cut;
          first.span.end = a.tokens[cut - 1].span.end;
          first.surface = std::string(c.surf(m.tok_begin, cut));
          first.type = known_head->second;
          second.tok_begin = cut;
          second.span.begin = a.tokens[cut].span.begin;
          second.surface = std::string(c.surf(cut, m.tok_end));
          second.type = EntityType::place;
          out.push_back(std::move(first));
          out.push_back(std::move(second));
          out_flags.push_back(false);
          out_flags.push_back(false);
          split = true;
        }
      }
      if (!split) {
        out.push_back(m);
        out_flags.push_back(guessed_flags[k]);
      }
    }
    found = std::move(out);
    guessed_flags = std::move(out_flags);
  }

  // "al-Gama'a al-Islamiya (Islamic Group)", "Hizbollah (Party of God)": a name in brackets right
  // after an organisation is another name of it, whole (the words after "(" are no sentence start)
  {
    std::vector<Mention> out;
    std::vector<bool> out_flags;
    for (std::size_t k = 0; k < found.size(); ++k) {
      out.push_back(found[k]);
      out_flags.push_back(guessed_flags[k]);
      const Mention& m = found[k];
      std::size_t open = m.tok_end;
      if (m.type != EntityType::organization || open + 2 >= a.tokens.size() || a.tokens[open].lower != "(") continue;
      std::size_t close = open + 1;
      bool name_like = a.tokens[open + 1].cap;
      static const std::unordered_set<std::string> k_joiners = {"of", "the", "for", "and", "de", "al", "el"};
      while (close < a.tokens.size() && close < open + 8 && a.tokens[close].lower != ")") {
        const Token& t = a.tokens[close];
        name_like &= t.kind == TokenKind::word && (t.cap || k_joiners.count(t.lower));
        ++close;
      }
      if (!name_like || close >= a.tokens.size() || a.tokens[close].lower != ")" || close - open < 3) continue;
      std::size_t next = k + 1;
      while (next < found.size() && found[next].tok_begin > open && found[next].tok_end <= close) ++next;
      Mention alias;
      alias.tok_begin = open + 1;
      alias.tok_end = close;
      alias.span = {a.tokens[open + 1].span.begin, a.tokens[close - 1].span.end};
      alias.surface = std::string(c.surf(open + 1, close));
      alias.type = EntityType::organization;
      alias.sentence = a.tokens[open + 1].sentence;
      out.push_back(std::move(alias));
      out_flags.push_back(false);
      k = next - 1;
    }
    found = std::move(out);
    guessed_flags = std::move(out_flags);
  }

  // Coordination: unknown items of a list take the type of a known neighbour ("Husseiniyah and Yarmouk").
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    Mention& m1 = found[k];
    Mention& m2 = found[k + 1];
    if (m1.sentence != m2.sentence) continue;
    if (m2.tok_begin != m1.tok_end + 1) continue;
    std::string conj = a.tokens[m1.tok_end].lower;
    if (conj != "and" && conj != "," && conj != "or") continue;
    if (conj == ",") {
      // a comma joins list items only ("Minsk, Brest, Grodno"), not an appositive ("Kazakhstan, Kasim-Yomart Tokáyev")
      bool list_next = m2.tok_end < a.tokens.size() && (a.tokens[m2.tok_end].lower == "," || a.tokens[m2.tok_end].lower == "and");
      if (m2.tok_end - m2.tok_begin != 1 || !list_next) continue;
    }
    std::string f1 = fold(m1.surface), f2 = fold(m2.surface);
    bool k1 = c.known(f1) || !guessed_flags[k], k2 = c.known(f2) || !guessed_flags[k + 1];
    if (k1 && !k2 && m1.type == EntityType::place) { m2.type = m1.type; guessed_flags[k + 1] = false; }
    if (k2 && !k1 && m2.type == EntityType::place) { m1.type = m2.type; guessed_flags[k] = false; }
  }
  // Lists of places: once a place is established, "X, Y, Z" items after it follow.
  for (std::size_t k = 1; k < found.size(); ++k) {
    Mention& prev = found[k - 1];
    Mention& m = found[k];
    if (prev.sentence != m.sentence || prev.type != EntityType::place) continue;
    if (m.tok_begin != prev.tok_end + 1) continue;
    std::string conj = a.tokens[prev.tok_end].lower;
    bool list_next = m.tok_end < a.tokens.size() && (a.tokens[m.tok_end].lower == "," || a.tokens[m.tok_end].lower == "and" ||
                                                     a.tokens[m.tok_end].lower == "." );
    if (conj == "," && (m.tok_end - m.tok_begin != 1 || !list_next)) continue;
    if ((conj == "," || conj == "and") && guessed_flags[k] && !c.known(fold(m.surface)))
      m.type = EntityType::place;
  }

  // One surface, one type: a guessed type yields to the type the text gives it elsewhere.
  {
    std::unordered_map<std::string, EntityType> firm;
    for (std::size_t k = 0; k < found.size(); ++k)
      if (!guessed_flags[k]) firm.emplace(fold(found[k].surface), found[k].type);
    for (std::size_t k = 0; k < found.size(); ++k)
      if (guessed_flags[k])
        if (auto it = firm.find(fold(found[k].surface)); it != firm.end()) found[k].type = it->second;
    for (std::size_t k = 0; k < found.size(); ++k)
      if (guessed_flags[k] && found[k].tok_end - found[k].tok_begin == 1 && c.doc_places.count(a.tokens[found[k].tok_begin].lower))
        found[k].type = EntityType::place;
  }
  // Single-token mentions that repeat a token of a multi-token person name are that person.
  std::unordered_map<std::string, EntityType> multi;
  for (const Mention& m : found)
    if (m.tok_end - m.tok_begin >= 2 && m.type == EntityType::person) {
      for (std::size_t t = m.tok_begin; t < m.tok_end; ++t) multi.emplace(a.tokens[t].lower, EntityType::person);
      // "al-Baghdadi" → "Baghdadi"
      const std::string& l = a.tokens[m.tok_end - 1].lower;
      if (auto d = l.find('-'); d != std::string::npos && d <= 4) multi.emplace(l.substr(d + 1), EntityType::person);
    }
  for (Mention& m : found)
    if (m.tok_end - m.tok_begin == 1) {
      auto it = multi.find(a.tokens[m.tok_begin].lower);
      if (it != multi.end() && !c.known(a.tokens[m.tok_begin].lower)) m.type = it->second;
    }

  // Title-case lines (headlines): only names known from the body or the lexicons.
  std::unordered_map<std::string, EntityType> body_names;
  for (const Mention& m : found) body_names.emplace(fold(m.surface), m.type);
  for (const Sentence& s : a.sentences) {
    if (!s.title_case) continue;
    std::size_t i = s.tok_begin;
    while (i < s.tok_end) {
      bool matched = false;
      for (std::size_t len = std::min<std::size_t>(6, s.tok_end - i); len >= 1 && !matched; --len) {
        if (!c.is_name_token(i) && !a.tokens[i].all_caps) break;
        if (!c.is_name_token(i + len - 1)) continue;
        std::string f = c.folded(i, i + len);
        EntityType type{};
        bool ok = false;
        if (auto it = body_names.find(f); it != body_names.end()) { type = it->second; ok = true; }
        else if (lx.major_places.count(f)) { type = EntityType::place; ok = true; }
        else if (lx.orgs.count(f)) { type = EntityType::organization; ok = true; }
        if (ok) {
          add(i, i + len, type);
          i += len;
          matched = true;
        }
      }
      if (!matched) ++i;
    }
  }
  std::sort(found.begin(), found.end(), [](const Mention& x, const Mention& y) { return x.span.begin < y.span.begin; });
  a.mentions = std::move(found);
}

}  // namespace cg::extract
