// SPDX-License-Identifier: MIT
// claims: attribution (quotes, reported speech, according-to, passive, quote continuation),
// one claim per figure, unsupported flags, discrepancies.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "common/utf8.hpp"
#include "extract/counts.hpp"
#include "extract/lexicon.hpp"
#include "extract/stages.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {

/// Whether at least 80% of the words in [begin, end) stand inside quotation marks: the claim
/// is then a direct quote rather than reported speech.
bool mostly_quoted(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  std::size_t quoted = 0, words = 0;
  for (std::size_t k = begin; k < end; ++k) {
    if (tokens[k].kind == TokenKind::quote_open || tokens[k].kind == TokenKind::quote_close) continue;
    ++words;
    quoted += tokens[k].in_quote;
  }
  return words > 0 && quoted * 10 >= words * 8;
}


/// A verb form in -ing that opens a clause ("killing", "saying"), not a preposition that only
/// looks like one ("including", "according", "during").
bool ing_verb(const std::string& w) {
  static const std::unordered_set<std::string> k_prepositions = {
      "including", "according", "during", "regarding", "concerning", "following", "excluding", "notwithstanding",
      "nothing", "something", "anything", "everything", "morning", "evening", "building", "ruling", "meeting",
      "bombing", "shooting", "fighting", "funding", "spring", "king", "thing", "wedding", "hearing", "briefing",
      "governing"};
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !k_prepositions.count(w);
}

/// A word that reads as the verb of a clause ("were", "killed"), so a phrase holding it is
/// no bare item of a list.
bool unit_verb_like(const std::string& w) {
  static const std::unordered_set<std::string> k_aux = {"was", "were", "is", "are", "had", "has", "have", "be", "been", "will"};
  return k_aux.count(w) || (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);
}

struct Attr {
  std::size_t cb = 0, ce = 0;  // content tokens
  std::size_t sb = 0, se = 0;  // source tokens (empty when se <= sb)
  std::size_t kb = 0, ke = 0;  // cue tokens
  std::string lemma, mode, channel;
  bool relative = false;       // "who added": the previous source
  int inherit = -1;            // attribution index whose claimant this one takes
  int claimant = -1;
  int reported_by = -1;
  bool direct = false;
  bool dropped = false;
};

const std::unordered_set<std::string>& np_stops() {
  static const std::unordered_set<std::string> s = {
      "that", "after", "before", "when", "while", "because", "since", "if", "although", "though", "but", "which",
      "where", "so", "than", "as", "until", "once", "whether", "whereas", "however", "said", "says", "told", "was",
      "were", "is", "are", "will", "would", "could", "can", "did", "does", "do", "not", "then", "also", "meanwhile",
      "and", "or", "who", "whom", "whose"};
  return s;
}
const std::unordered_set<std::string>& org_nouns() {
  static const std::unordered_set<std::string> s = {
      "ministry", "office", "committee", "police", "army", "government", "agency", "service", "council", "court",
      "website", "newspaper", "military", "prosecutor", "prosecutors", "presidency", "administration",
      "department", "commission", "authorities", "parliament", "embassy", "party", "campaign", "group",
      "coalition", "statement", "tribunal", "militia", "channel", "broadcaster", "media", "outlet", "authority",
      "centre", "center", "bureau", "directorate", "prosecution", "inspectorate", "regulator", "company", "firm"};
  return s;
}
const std::unordered_set<std::string>& noun_like_cues() {
  static const std::unordered_set<std::string> s = {"reports", "claims", "states", "notes", "estimates", "comments",
                                                    "remarks", "warns", "tweets", "report", "claim", "denies",
                                                    "insists", "replies", "accuses", "confirms", "admits",
                                                    "promises", "warnings", "statements", "tweets"};
  return s;
}
const std::unordered_set<std::string>& determiners() {
  static const std::unordered_set<std::string> s = {"the", "a", "an", "his", "her", "their", "its", "these", "those",
                                                    "such", "'s", "by", "of", "new", "recent", "official", "media",
                                                    "our", "my", "your", "this", "that", "any", "no", "in", "with"};
  return s;
}

struct ClaimsCtx {
  Analysis& a;
  const Lexicon& lx = lexicon();
  std::string_view text;
  std::vector<Attr> attrs;

  const Token& tk(std::size_t i) const { return a.tokens[i]; }
  std::string_view str(std::size_t b, std::size_t e) const {
    if (e <= b) return {};
    return text.substr(a.tokens[b].span.begin, a.tokens[e - 1].span.end - a.tokens[b].span.begin);
  }
  int mention_at(std::size_t t) const {
    // mentions are sorted by position
    auto it = std::upper_bound(a.mentions.begin(), a.mentions.end(), t,
                               [](std::size_t v, const Mention& m) { return v < m.tok_begin; });
    if (it == a.mentions.begin()) return -1;
    --it;
    return (it->tok_begin <= t && t < it->tok_end) ? static_cast<int>(it - a.mentions.begin()) : -1;
  }
  bool is_punct(std::size_t i, std::string_view p) const { return tk(i).kind == TokenKind::punct && tk(i).lower == p; }
  bool is_dashy(std::size_t i) const {
    return tk(i).kind == TokenKind::punct && (tk(i).lower == "-" || tk(i).lower == "--");
  }
  std::size_t content_end(const Sentence& s) const {
    std::size_t e = s.tok_end;
    while (e > s.tok_begin && tk(e - 1).kind == TokenKind::punct &&
           (tk(e - 1).lower == "." || tk(e - 1).lower == "!" || tk(e - 1).lower == "?" || tk(e - 1).lower == "," ||
            tk(e - 1).lower == ";" || tk(e - 1).lower == ":"))
      --e;
    return e;
  }
  bool valid_cue(std::size_t c, const Sentence& s) const {
    const Token& t = tk(c);
    if (t.kind != TokenKind::word || t.in_quote) return false;
    auto it = lx.cues.find(t.lower);
    if (it == lx.cues.end()) return false;
    // "Port Said": a capitalised cue inside a sentence, or one inside a name, is no cue
    if (mention_at(c) >= 0) return false;
    if (t.cap && c > s.tok_begin && tk(c - 1).kind != TokenKind::quote_close && tk(c - 1).kind != TokenKind::quote_open &&
        tk(c - 1).lower != "," && tk(c - 1).lower != ":")
      return false;
    const std::string& w = t.lower;
    std::string prev0 = c > s.tok_begin ? tk(c - 1).lower : std::string();
    // "Syria has accused Israel of bombarding …", "Colombia blamed the ELN for the bombing": an
    // accusation in the active voice, with its object and what it is about
    if (it->second == "accuse" || it->second == "blame") {
      static const std::unordered_set<std::string> k_passive = {"was", "were", "is", "are", "be", "been", "being", "to"};
      if (k_passive.count(prev0) || w.size() < 5 || w.compare(w.size() - 3, 3, "ing") == 0) return false;
      const std::string about = it->second == "accuse" ? "of" : "for";
      for (std::size_t k = c + 2; k < s.tok_end && k < c + 10; ++k) {
        if (tk(k).lower == about && !tk(k).in_quote) return true;
        if (tk(k).kind == TokenKind::punct || (tk(k).kind == TokenKind::word && lx.cues.count(tk(k).lower))) return false;
      }
      return false;
    }
    // "It was quick to add that …", "went on to say": the base form after a phrase of speaking on
    const bool went_on_to = prev0 == "to" && c >= s.tok_begin + 2 &&
                            (tk(c - 2).lower == "quick" || tk(c - 2).lower == "hastened" || tk(c - 2).lower == "proceeded" ||
                             (tk(c - 2).lower == "on" && c >= s.tok_begin + 3 && tk(c - 3).lower == "went"));
    if (w == it->second && w != "said" && !went_on_to) {
      // a base form reports only in the present after a plural subject ("many Democrats say",
      // "they say"), never after "to", a modal or a determiner
      static const std::unordered_set<std::string> k_base = {"say", "tell", "argue", "claim", "warn", "insist", "note",
                                                             "contend", "report", "admit", "acknowledge", "suggest"};
      static const std::unordered_set<std::string> k_block = {"to", "will", "would", "could", "should", "can", "may",
                                                              "might", "must", "not", "did", "does", "do", "the", "a",
                                                              "an", "n't", "cannot", "let", "and", "or", "please", "i"};
      if (!k_base.count(w) || prev0.empty() || k_block.count(prev0) || tk(c - 1).kind != TokenKind::word) return false;
      bool plural = prev0 == "they" || prev0 == "we" || prev0 == "you" ||
                    (prev0.size() > 3 && prev0.back() == 's' && prev0[prev0.size() - 2] != 's' && !tk(c - 1).cap);
      if (!plural) return false;
    }
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0) return false;
    std::string prev = c > s.tok_begin ? tk(c - 1).lower : std::string();
    std::string next = c + 1 < s.tok_end ? tk(c + 1).lower : std::string();
    if (noun_like_cues().count(w) && (determiners().count(prev) || (next != "that" && next != "," && next != ":"))) return false;
    // "three Mexican states,": a noun after a demonym or a figure
    if (noun_like_cues().count(w) && (lx.demonyms.count(prev) || (c > s.tok_begin && tk(c - 1).kind == TokenKind::number))) return false;
    // "True to his election promises, …": a noun-like cue inside a prepositional phrase is a noun
    if (noun_like_cues().count(w) && next == ",") {
      static const std::unordered_set<std::string> k_prep = {"to", "of", "in", "on", "with", "for", "from", "despite", "under", "by", "about", "after"};
      for (std::size_t z = c; z > s.tok_begin && z + 3 > c; --z)
        if (tk(z - 1).kind == TokenKind::word && k_prep.count(tk(z - 1).lower) && mention_at(z - 1) < 0) return false;
    }
    if ((w == "alleged" || w == "estimated" || w == "accused" || w == "claimed" || w == "believed") &&
        next != "that" && next != ",")
      return false;
    if (w == "claimed" && next == "responsibility") return false;
    // "Palestinians observed a strike", "recalled the ambassador": these report speech only with a clause
    if ((it->second == "observe" || it->second == "recall" || it->second == "mention") && next != "that" && next != "," &&
        next != ":" && !(c + 1 < s.tok_end && tk(c + 1).kind == TokenKind::quote_open))
      return false;
    if (w == "posted" || w == "post") return false;
    // "official" and "media" are nouns too: "a health official says", "state media announced"
    bool noun_subject = (prev == "official" || prev == "media") && !noun_like_cues().count(w);
    if (determiners().count(prev) && prev != "by" && prev != "of" && prev != "in" && prev != "with" && w != "said" &&
        w != "told" && !noun_subject)
      return false;
    return true;
  }

  // Backward noun phrase ending before token p (exclusive), not before `lo`.
  std::pair<std::size_t, std::size_t> np_before(std::size_t p, std::size_t lo) const {
    std::size_t e = p;
    if (e > lo && is_punct(e - 1, ",")) {
      // "Bill Richard, whose son, Martin, was killed, said": the name before ", whose" is the source,
      // however many commas the relative clause holds
      // and "Rebekah Gregory, a Texas woman who lost a leg, defiantly told": any appositive
      for (std::size_t r = lo + 2; r + 1 < p; ++r) {
        if (!is_punct(r - 1, ",") || tk(r).kind != TokenKind::word) continue;
        int mi = mention_at(r - 2);
        if (mi < 0) break;
        const Mention& m = a.mentions[mi];
        if (m.tok_end != r - 1 || m.type == EntityType::place) break;
        bool starts = m.tok_begin == lo || tk(m.tok_begin - 1).kind != TokenKind::word;
        bool cue_between = false;
        for (std::size_t z = r + 1; z + 1 < p; ++z) cue_between |= lx.cues.count(tk(z).lower) > 0 && !tk(z).in_quote;
        if (starts && !cue_between) return {m.tok_begin, m.tok_end};
        break;
      }
    }
    if (e > lo && is_punct(e - 1, ",")) --e;  // "Tokáyev, wrote"
    std::size_t q = e;
    while (q > lo) {
      const Token& t = tk(q - 1);
      if (t.kind == TokenKind::quote_open || t.kind == TokenKind::quote_close) break;
      if (t.kind == TokenKind::punct) {
        if (t.lower == ",") {
          // a list of sources: "human rights organizations, political associations and students unions"
          bool list_end = false;
          for (std::size_t k = q; k < e; ++k) list_end |= tk(k).lower == "and" && mention_at(k) < 0;
          // (each item a short lower-case noun phrase opening the clause: not "wounded 22 others, …")
          bool item = list_end && q >= lo + 2 && tk(q - 2).kind == TokenKind::word && !tk(q - 2).cap &&
                      tk(q - 2).lower.size() > 3 && tk(q - 2).lower.back() == 's' && !np_stops().count(tk(q - 2).lower);
          if (item) {
            std::size_t r = q - 2;
            while (r > lo && r + 4 > q && tk(r - 1).kind == TokenKind::word && !tk(r - 1).cap && !np_stops().count(tk(r - 1).lower)) --r;
            item = r == lo || tk(r - 1).lower == "," || tk(r - 1).lower == "meanwhile" || tk(r - 1).kind == TokenKind::quote_close;
          }
          if (item) {
            --q;
            continue;
          }
          // appositive: "TITLE of X, NAME" — the part after the comma is a name
          int mi = mention_at(q);
          if (mi >= 0 && a.mentions[mi].tok_end == e && a.mentions[mi].type == EntityType::person && q - 1 > lo) {
            // only when the phrase before the comma is a title ("the president of X, NAME")
            std::size_t r = q - 1;
            while (r > lo && tk(r - 1).kind != TokenKind::punct && tk(r - 1).kind != TokenKind::quote_close &&
                   tk(r - 1).kind != TokenKind::quote_open && !(np_stops().count(tk(r - 1).lower) && mention_at(r - 1) < 0))
              --r;
            bool title = false;
            for (std::size_t z = r; z < q - 1 && z < r + 4; ++z) title |= lx.titles.count(tk(z).lower) > 0;
            if (title) {
              --q;
              continue;
            }
          }
          break;
        }
        // "the students' union": a plural possessive
        if (t.lower == "'" && q < e && q >= lo + 2 && tk(q - 2).kind == TokenKind::word && tk(q - 2).lower.back() == 's' &&
            t.span.begin == tk(q - 2).span.end) {
          --q;
          continue;
        }
        if (t.lower == "-" || t.lower == "'s" || t.lower == "." ) {
          if (t.lower == ".") break;
          --q;
          continue;
        }
        if (t.lower == "(" || t.lower == ")" || t.lower == "&") { --q; continue; }
        break;
      }
      if (t.kind == TokenKind::word) {
        bool in_mention = mention_at(q - 1) >= 0;
        if (!in_mention && (t.lower == "which" || t.lower == "who") && q - 1 > lo + 1 && tk(q - 2).lower == "," &&
            e < p && is_punct(e, ",")) {
          // "X, which monitors the truce, said": the subject is before the relative clause
          q -= 2;
          continue;
        }
        if (!in_mention && np_stops().count(t.lower)) {
          // "security and medical officials": "and" between lower-case modifiers is kept
          if ((t.lower == "and" || t.lower == "or") && q - 1 > lo && tk(q - 2).kind == TokenKind::word &&
              !np_stops().count(tk(q - 2).lower) && q < e) {
            --q;
            continue;
          }
          break;
        }
        // "state media", "state television": the cue word as a modifier
        // ("radio reports said", "media reports say": a plural noun-like cue is the source's head)
        bool noun_head = q == e && (t.lower == "reports" || t.lower == "statements" || t.lower == "estimates" || t.lower == "claims");
        if (!in_mention && lx.cues.count(t.lower) && t.lower != "report" && !(t.lower == "state" && q < e) && !noun_head) break;
      }
      --q;
    }
    // "Le Matin newspaper, quoting witnesses, said": an aside in -ing between the source and the cue
    if (q < e && q >= lo + 2 && is_punct(q - 1, ",") && ing_verb(tk(q).lower) && !tk(q).cap) return np_before(q - 1, lo);
    // "…, who added that": the relative pronoun alone is the source
    if (q == e && q > lo && (tk(q - 1).lower == "who" || (tk(q - 1).lower == "which" && q >= lo + 2 && is_punct(q - 2, ","))))
      return {q - 1, e};
    // "A man whose sister was killed told …", "Officials who were briefed said …": the phrase stopped at
    // the auxiliary of a relative clause; the source is the noun phrase before "who"/"whose"
    if (q > lo + 1 && q < e) {
      static const std::unordered_set<std::string> k_aux = {"was", "were", "is", "are", "had", "has", "have"};
      if (k_aux.count(tk(q - 1).lower)) {
        for (std::size_t r = q - 1; r > lo && r + 5 > q; --r) {
          const Token& w = tk(r - 1);
          if (w.kind != TokenKind::word) break;
          if ((w.lower == "whose" || w.lower == "who") && r - 1 > lo && tk(r - 2).kind == TokenKind::word &&
              mention_at(r - 1) < 0) {
            auto [hb, he] = np_before(r - 1, lo);
            // the whole phrase is the source as written ("A man whose sister was killed")
            if (he > hb && he == r - 1) return {hb, e};
            break;
          }
        }
      }
    }
    // trim leading conjunctions/adverbs and trailing adverbs ("Officials originally reported")
    while (q < e && (tk(q).lower == "and" || tk(q).lower == "but" || tk(q).lower == "," || tk(q).lower == "also")) ++q;
    while (e > q + 1 && tk(e - 1).kind == TokenKind::word && !tk(e - 1).cap && tk(e - 1).lower.size() > 4 &&
           tk(e - 1).lower.compare(tk(e - 1).lower.size() - 2, 2, "ly") == 0 && mention_at(e - 1) < 0)
      --e;
    return {q, e};
  }

  // Forward phrase after token p up to a comma/"who"/sentence end.
  std::pair<std::size_t, std::size_t> np_after(std::size_t p, std::size_t hi) const {
    std::size_t q = p;
    while (q < hi) {
      const Token& t = tk(q);
      if (t.kind == TokenKind::quote_open || t.kind == TokenKind::quote_close) break;
      if (t.kind == TokenKind::punct && (t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "." )) {
        // "the voice on the message, purportedly that of X": keep an appositive that names someone
        if (t.lower == "," && q + 1 < hi && (tk(q + 1).lower == "purportedly" || tk(q + 1).lower == "reportedly")) { ++q; continue; }
        // "the head of X, NAME, …": the name in apposition belongs to the source
        if (t.lower == "," && q + 1 < hi) {
          int mi = mention_at(q + 1);
          if (mi >= 0 && a.mentions[mi].tok_begin == q + 1 && a.mentions[mi].type == EntityType::person &&
              a.mentions[mi].tok_end < hi && tk(a.mentions[mi].tok_end).lower == "," && q > p &&
              lx.titles.count(tk(p).lower == "the" && p + 1 < hi ? tk(p + 1).lower : tk(p).lower)) {
            q = a.mentions[mi].tok_end;
            break;
          }
        }
        break;
      }
      if (q > p && (t.kind == TokenKind::number ||
                    (t.kind == TokenKind::word && mention_at(q) < 0 &&
                     (t.lower == "another" || t.lower == "had" || t.lower == "has" || t.lower == "have" || t.lower == "was" ||
                      t.lower == "were" || t.lower == "is" || t.lower == "are" || t.lower == "will" || t.lower == "would" ||
                      t.lower == "there"))))
        break;
      if (t.kind == TokenKind::word && (t.lower == "who" || t.lower == "which") && q > p) {
        // "one elderly witness who declined to be identified" keeps its relative clause when it ends the sentence
        std::size_t r = q;
        bool comma = false;
        while (r < hi) { if (tk(r).lower == "," ) { comma = true; break; } ++r; }
        if (comma || lx.cues.count(tk(q + 1 < hi ? q + 1 : q).lower)) break;
      }
      ++q;
    }
    return {p, q};
  }

  std::size_t skip_adverbials(std::size_t q, std::size_t hi, std::string& channel) const {
    static const std::unordered_set<std::string> k_adv = {
        "on", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "in", "a", "an", "the", "statement", "interview", "his", "her", "its", "their", "account", "reporters",
        "journalists", "also", "earlier", "later", "this", "week", "month", "morning", "evening", "night", "last",
        "late", "news", "conference", "briefing", "press", "during", "message", "audio", "video", "speech",
        "post", "posted", "on", "him", "her", "them", "us", "me", "parliament", "television", "radio", ",", "to"};
    std::size_t start = q;
    while (q < hi && q - start < 10) {
      const Token& t = tk(q);
      int mi = mention_at(q);
      if (mi >= 0 && q > start && (tk(q - 1).lower == "on" || tk(q - 1).lower == "told" || tk(q - 1).lower == "to")) {
        if (tk(q - 1).lower == "on") channel = a.mentions[mi].surface;
        q = a.mentions[mi].tok_end;
        continue;
      }
      if (mi >= 0 && q == start && c_told_) { q = a.mentions[mi].tok_end; continue; }
      if (q == start && c_told_) {
        // "told African-Americans this weekend he would …": the object, then the clause
        std::size_t k = q;
        while (k < hi && k < q + 8) {
          const std::string& w = tk(k).lower;
          if (w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" || w == "that" ||
              tk(k).kind != TokenKind::word)
            break;
          ++k;
        }
        if (k < hi && k < q + 8 && tk(k).kind == TokenKind::word) {
          q = tk(k).lower == "that" ? k + 1 : k;
          break;
        }
      }
      // determiners and nouns are skipped only inside a prepositional phrase ("in a statement",
      // "on his account", "to reporters"); "said the dam held" keeps its "the"
      static const std::unordered_set<std::string> k_prep = {"on", "in", "to", "during", "at"};
      static const std::unordered_set<std::string> k_alone = {
          "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
          "earlier", "later", "late", "him", "them", "us", "me", "reporters", "journalists"};
      if (t.kind == TokenKind::word && k_prep.count(t.lower) && q + 1 < hi && k_adv.count(tk(q + 1).lower) &&
          !(t.lower == "at" && tk(q + 1).lower != "a" && tk(q + 1).lower != "the")) {
        ++q;
        std::size_t k = q;
        while (k < hi && k - q < 5 && tk(k).kind == TokenKind::word && k_adv.count(tk(k).lower) && !k_prep.count(tk(k).lower)) ++k;
        q = k;
        continue;
      }
      if (t.kind == TokenKind::word && (k_alone.count(t.lower) ||
                                        ((t.lower == "last" || t.lower == "this") && q + 1 < hi &&
                                         (tk(q + 1).lower == "week" || tk(q + 1).lower == "month" || tk(q + 1).lower == "night" ||
                                          tk(q + 1).lower == "year" || tk(q + 1).lower == "morning" || tk(q + 1).lower == "evening")))) {
        q += k_alone.count(t.lower) ? 1 : 2;
        continue;
      }
      if (t.kind == TokenKind::punct && t.lower == ",") { ++q; continue; }
      break;
    }
    // only skip when a real clause follows (not a one-word remnant)
    return q;
  }
  bool c_told_ = false;

  /// The cue as written: the verb with the auxiliaries right before it ("has said"), without
  /// adverbs the source phrase skipped ("also noted", "then announced" → "noted", "announced").
  std::string cue_text(const Attr& at) const {
    if (at.ke <= at.kb) return {};
    if (at.ke - at.kb <= 1 || at.lemma == "according to" || at.mode == "according-to" || tk(at.kb).lower == "as")
      return std::string(str(at.kb, at.ke));
    static const std::unordered_set<std::string> k_aux = {"has", "have", "had", "was", "were", "is", "are", "been", "be"};
    std::size_t b = at.ke - 1;
    while (b > at.kb && k_aux.count(tk(b - 1).lower)) --b;
    return std::string(str(b, at.ke));
  }
};

}  // namespace

void find_claims(Analysis& a) {
  ClaimsCtx cx{a, lexicon(), {}, {}};
  cx.text = a.doc.text;
  const auto& lx = cx.lx;
  auto& attrs = cx.attrs;

  std::vector<std::vector<int>> by_sentence(a.sentences.size());
  // "“A,” Mr. Obama said, “B.”": an interrupted quotation is one claim over both parts
  auto extend_interrupted = [&](Attr& at, std::size_t after, const Sentence& s, std::size_t& resume) {
    if (!at.direct) return;
    std::size_t k = after;
    while (k < s.tok_end && a.tokens[k].kind == TokenKind::word && !a.tokens[k].in_quote && k < after + 4 &&
           (a.tokens[k].lower == "on" || a.tokens[k].lower == "in" || a.tokens[k].lower == "today" ||
            a.tokens[k].lower == "monday" || a.tokens[k].lower == "tuesday" || a.tokens[k].lower == "wednesday" ||
            a.tokens[k].lower == "thursday" || a.tokens[k].lower == "friday" || a.tokens[k].lower == "saturday" ||
            a.tokens[k].lower == "sunday"))
      ++k;
    if (k < s.tok_end && cx.is_punct(k, ",")) ++k;
    if (k >= s.tok_end || a.tokens[k].kind != TokenKind::quote_open) return;
    std::size_t qc = k + 1;
    while (qc < s.tok_end && a.tokens[qc].kind != TokenKind::quote_close) ++qc;
    if (qc >= s.tok_end) return;
    std::size_t ce = qc;
    while (ce > k + 1 && (cx.is_punct(ce - 1, ",") || cx.is_punct(ce - 1, "."))) --ce;
    if (ce <= k + 1) return;
    at.ce = ce;
    resume = qc + 1;
  };
  int pending_speaker_attr = -1;  // "X said:" at the end of a paragraph: the following lines are X's
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    const std::size_t sb = s.tok_begin, last = cx.content_end(s);
    if (last <= sb || s.repeat) continue;
    std::vector<std::pair<std::size_t, std::size_t>> covered;  // content ranges taken
    auto add = [&](Attr at) {
      if (at.ce <= at.cb) return;
      attrs.push_back(at);
      by_sentence[si].push_back(static_cast<int>(attrs.size() - 1));
      covered.emplace_back(at.cb, at.ce);
    };
    // "…, officials said" / "“…,” she said": the content runs from the end of the sentence's
    // previous attribution up to `content_end` (less trailing commas and closing quotes), and is
    // a direct quote when quotation marks close right before `cue_start`.
    auto take_content_before = [&](Attr& at, std::size_t content_end, std::size_t cue_start) {
      std::size_t ce = content_end;
      while (ce > sb && (cx.is_punct(ce - 1, ",") || a.tokens[ce - 1].kind == TokenKind::quote_close)) --ce;
      std::size_t cb = sb;
      for (int ai : by_sentence[si]) cb = std::max(cb, attrs[ai].ce);
      if (a.tokens[cue_start - 1].kind == TokenKind::quote_close ||
          (cue_start >= 2 && a.tokens[cue_start - 2].kind == TokenKind::quote_close)) {
        std::size_t qo = ce;
        while (qo > sb && a.tokens[qo - 1].kind != TokenKind::quote_open) --qo;
        if (qo > sb) { cb = qo; at.direct = true; at.mode = "direct-quote"; }
      }
      // (a quotation opened on the line before is a quotation too)
      if (!at.direct && mostly_quoted(a.tokens, cb, ce)) { at.direct = true; at.mode = "direct-quote"; }
      at.cb = cb;
      at.ce = ce;
    };
    // "This was reported to NEWS.am by the Police information department.": the previous
    // sentence is the content, the agent after "by" its source
    if (si > 0 && sb + 4 < last && (a.tokens[sb].lower == "this" || a.tokens[sb].lower == "that") &&
        (a.tokens[sb + 1].lower == "was" || a.tokens[sb + 1].lower == "has" || a.tokens[sb + 1].lower == "had")) {
      std::size_t v = sb + 2;
      if (a.tokens[v].lower == "been") ++v;
      std::size_t by = v + 1;
      while (by < last && by < v + 8 && a.tokens[by].lower != "by") ++by;
      const Sentence& prev = a.sentences[si - 1];
      std::size_t pe = cx.content_end(prev);
      if (v < last && lx.cues.count(a.tokens[v].lower) && a.tokens[v].lower.size() > 3 &&
          a.tokens[v].lower.compare(a.tokens[v].lower.size() - 2, 2, "ed") == 0 && by + 1 < last &&
          a.tokens[by].lower == "by" && by_sentence[si - 1].empty() && !prev.headline && pe > prev.tok_begin) {
        Attr at;
        at.kb = sb + 1;
        at.ke = v + 1;
        at.lemma = lx.cues.at(a.tokens[v].lower);
        at.mode = "passive";
        auto [ab, ae] = cx.np_after(by + 1, last);
        at.sb = ab;
        at.se = ae;
        at.cb = prev.tok_begin;
        at.ce = pe;
        if (ae > ab) {
          attrs.push_back(at);
          by_sentence[si - 1].push_back(static_cast<int>(attrs.size() - 1));
          continue;
        }
      }
    }
    // "Sanders: Clinton needs to …", "FCO Minister: Reports that …": a name and a colon open a line
    {
      std::size_t k = sb;
      while (k < last && a.tokens[k].kind == TokenKind::word && k < sb + 5 && !cx.is_punct(k, ":")) ++k;
      if (k > sb && k + 3 < last && cx.is_punct(k, ":")) {
        bool named = false;
        for (std::size_t q = sb; q < k; ++q) {
          int mi = cx.mention_at(q);
          named |= mi >= 0 && a.mentions[mi].type != EntityType::place;
        }
        std::size_t words = 0;
        for (std::size_t q = k + 1; q < last; ++q) words += a.tokens[q].kind == TokenKind::word;
        if (named && words >= 3) {
          Attr at;
          at.sb = sb;
          at.se = k;
          at.kb = k;
          at.ke = k + 1;
          at.lemma = "say";
          at.mode = "reported-speech";
          at.cb = k + 1;
          at.ce = last;
          at.direct = mostly_quoted(a.tokens, at.cb, last);
          if (at.direct) at.mode = "direct-quote";
          // a cue of its own inside ("X: Y said …") takes over through the nested-attribution rule
          add(at);
        }
      }
    }
    for (std::size_t c = sb; c < last; ++c) {
      const Token& t = a.tokens[c];
      if (t.in_quote) continue;
      // according to X
      if (t.lower == "according" && c + 1 < last && a.tokens[c + 1].lower == "to") {
        Attr at;
        at.kb = c;
        at.ke = c + 2;
        at.lemma = "according to";
        at.mode = "according-to";
        auto [ab, ae] = cx.np_after(c + 2, last);
        at.sb = ab;
        at.se = ae;
        std::size_t before = 0;
        for (std::size_t q = sb; q < c; ++q) before += a.tokens[q].kind == TokenKind::word || a.tokens[q].kind == TokenKind::number;
        bool after_comma = c > sb && cx.is_punct(c - 1, ",");
        std::string pre = c >= sb + 2 ? a.tokens[c - 2].lower : std::string();
        if (after_comma && before >= 3 && pre != "who" && pre != "which" && pre != "that") {
          at.cb = sb;
          at.ce = c - 1;
          // a preceding attribution in this sentence ends where its content began
          for (int ai : by_sentence[si]) at.cb = std::max(at.cb, attrs[ai].ce);
          while (at.cb < at.ce && (a.tokens[at.cb].lower == "," || a.tokens[at.cb].lower == "and")) ++at.cb;
        } else {
          at.cb = ae < last && cx.is_punct(ae, ",") ? ae + 1 : ae;
          at.ce = last;
        }
        add(at);
        c = at.se > c ? at.se - 1 : c + 1;
        continue;
      }
      // "The army was quoted as warning …", "State television quoted the army as saying …": the
      // one quoted is the source; the one quoting (or a trailing "according to X") relays it
      if (t.lower == "quoted" && c + 2 < last) {
        std::size_t as = c + 1;
        while (as < last && as < c + 25 && a.tokens[as].lower != "as") ++as;
        if (as + 1 < last && a.tokens[as].lower == "as" && a.tokens[as + 1].lower.size() > 4 &&
            lx.cues.count(a.tokens[as + 1].lower) && ing_verb(a.tokens[as + 1].lower)) {
          Attr at;
          at.kb = as;  // the cue as written: "as saying"
          at.ke = as + 2;
          at.lemma = lx.cues.at(a.tokens[as + 1].lower);
          at.mode = "reported-speech";
          Attr relay;
          bool passive = c > sb && (a.tokens[c - 1].lower == "was" || a.tokens[c - 1].lower == "were" ||
                                    a.tokens[c - 1].lower == "is" || a.tokens[c - 1].lower == "been");
          if (passive) {
            auto [nb, ne] = cx.np_before(c - 1, sb);
            at.sb = nb;
            at.se = ne;
          } else {
            at.sb = c + 1;
            at.se = as;
            while (at.se > at.sb && cx.is_punct(at.se - 1, ",")) --at.se;
            auto [nb, ne] = cx.np_before(c, sb);
            relay.sb = nb;
            relay.se = ne;
          }
          at.cb = as + 2;
          at.ce = last;
          for (std::size_t k = as + 2; k + 1 < last; ++k)
            if (a.tokens[k].lower == "according" && a.tokens[k + 1].lower == "to" && !a.tokens[k].in_quote) {
              auto [rb, re] = cx.np_after(k + 2, last);
              relay.sb = rb;
              relay.se = re;
              at.ce = k;
              break;
            }
          // "…, Reuters news agency reports": a trailing attribution relays the quotation
          for (std::size_t k = at.cb + 1; k + 1 < at.ce; ++k) {
            if (!cx.is_punct(k, ",") || a.tokens[k].in_quote) continue;
            std::size_t v = at.ce - 1;
            bool cue_last = a.tokens[v].kind == TokenKind::word && !a.tokens[v].in_quote && lx.cues.count(a.tokens[v].lower) > 0;
            if (v > k + 1 && v <= k + 5 && cue_last) {
              if (relay.se <= relay.sb) {  // the nearer relay ("State television quoted …") wins
                relay.sb = k + 1;
                relay.se = v;
              }
              at.ce = k;
              break;
            }
          }
          while (at.ce > at.cb && (cx.is_punct(at.ce - 1, ",") || a.tokens[at.ce - 1].kind == TokenKind::quote_close)) --at.ce;
          if (at.se > at.sb && at.ce > at.cb) {
            if (relay.se > relay.sb) {
              relay.dropped = true;
              attrs.push_back(relay);
              at.reported_by = static_cast<int>(attrs.size() - 1);
            }
            at.direct = mostly_quoted(a.tokens, at.cb, at.ce);
            add(at);
            c = last;
            continue;
          }
        }
      }
      // "…, adding that …", "…, saying …": the subject of the sentence goes on speaking
      if (t.kind == TokenKind::word && !t.in_quote && c > sb && cx.is_punct(c - 1, ",") && ing_verb(t.lower) &&
          lx.cues.count(t.lower) && c + 1 < last) {
        Attr at;
        at.lemma = lx.cues.at(t.lower);
        at.kb = c;
        at.ke = c + 1;
        at.mode = "reported-speech";
        // the source: the previous attribution's in this sentence, else the first person or
        // organisation named before the cue
        bool found = false;
        for (int ai : by_sentence[si])
          if (attrs[ai].se > attrs[ai].sb) {
            at.sb = attrs[ai].sb;
            at.se = attrs[ai].se;
            at.inherit = ai;
            found = true;
          }
        // the sentence's subject ends at its first verb: "Pro-Moscow leaders in Chechnya have criticised
        // Tim Guldimann, saying …" is the leaders', not Guldimann's
        std::size_t verb = sb;
        {
          static const std::unordered_set<std::string> k_finite = {"has", "have", "had", "was", "were", "is", "are",
                                                                   "will", "would", "said", "says"};
          while (verb < c && !(cx.mention_at(verb) < 0 && a.tokens[verb].kind == TokenKind::word &&
                               (k_finite.count(a.tokens[verb].lower) ||
                                (!a.tokens[verb].cap && unit_verb_like(a.tokens[verb].lower)))))
            ++verb;
        }
        if (!found)
          for (const Mention& m : a.mentions)
            if (m.sentence == si && m.tok_end <= c && m.type != EntityType::place) {
              if (m.tok_begin >= verb && verb > sb + 1 && verb < c) {
                // the first name stands after the verb: the subject is the phrase before it
                at.sb = sb;
                at.se = verb;
                found = true;
                break;
              }
              at.sb = m.tok_begin;
              at.se = m.tok_end;
              found = true;
              break;
            }
        // "He then defended the remark, saying, “…”": a pronoun subject
        if (!found && (a.tokens[sb].lower == "he" || a.tokens[sb].lower == "she" || a.tokens[sb].lower == "they")) {
          at.sb = sb;
          at.se = sb + 1;
          found = true;
        }
        if (found) {
          std::size_t q = c + 1;
          if (q < last && a.tokens[q].lower == "that") ++q;
          if (q < last && cx.is_punct(q, ":")) ++q;
          at.cb = q;
          at.ce = last;
          at.direct = mostly_quoted(a.tokens, at.cb, last);
          if (at.direct) at.mode = "direct-quote";
          add(at);
          c = last;
          continue;
        }
      }
      if (!cx.valid_cue(c, s)) continue;
      Attr at;
      at.lemma = lx.cues.at(t.lower);
      at.kb = c;
      at.ke = c + 1;
      // auxiliaries and adverbs between the source and the cue: "has also said", "meanwhile reported",
      // "earlier told"
      static const std::unordered_set<std::string> k_pre_cue = {
          "has", "have", "had", "also", "meanwhile", "previously", "earlier", "later", "recently", "repeatedly",
          "again", "already", "publicly", "separately", "then", "further", "officially", "subsequently"};
      auto adverb = [&](std::size_t k) {
        const Token& w = a.tokens[k];
        return w.kind == TokenKind::word && !w.cap && w.lower.size() > 4 && w.lower.compare(w.lower.size() - 2, 2, "ly") == 0 &&
               cx.mention_at(k) < 0 && w.lower != "only" && w.lower != "family" && w.lower != "rally" && w.lower != "italy";
      };
      while (at.kb > sb && (k_pre_cue.count(a.tokens[at.kb - 1].lower) || adverb(at.kb - 1))) --at.kb;
      if (at.kb == c && c >= sb + 3 && a.tokens[c - 1].lower == "to") {
        // "It was quick to add", "He went on to say": the source stands before the whole phrase
        std::size_t k = c - 1;
        static const std::unordered_set<std::string> k_lead = {"quick", "hastened", "proceeded", "went", "on", "was", "were",
                                                               "is", "are", "also", "then", "later"};
        while (k > sb && k_lead.count(a.tokens[k - 1].lower)) --k;
        if (k < c - 1) at.kb = k;
      }
      // passive: "as reported (today) by X"
      if (at.kb > sb && a.tokens[at.kb - 1].lower == "as") {
        std::size_t by = c + 1;
        while (by < last && by < c + 4 && a.tokens[by].lower != "by") ++by;
        if (by < last && a.tokens[by].lower == "by") {
          auto [ab, ae] = cx.np_after(by + 1, last);
          at.sb = ab;
          at.se = ae;
          at.mode = "passive";
          at.cb = sb;
          for (int ai : by_sentence[si]) at.cb = std::max(at.cb, attrs[ai].ce);
          at.ce = at.kb - 1;
          if (at.ce > at.cb && cx.is_punct(at.ce - 1, ",")) --at.ce;
          add(at);
          c = ae;
          continue;
        }
      }
      // inverted, after a quote or content: "…,” said X" / "…, said X"
      std::size_t before_cue = at.kb;
      bool after_quote = before_cue > sb && (a.tokens[before_cue - 1].kind == TokenKind::quote_close ||
                                             (before_cue >= sb + 2 && cx.is_punct(before_cue - 1, ",") &&
                                              a.tokens[before_cue - 2].kind == TokenKind::quote_close));
      bool after_comma = before_cue > sb + 1 && cx.is_punct(before_cue - 1, ",") && cx.mention_at(before_cue - 2) < 0;
      // ("…, told X" is no inversion: "told" takes the listener as its object)
      if (t.lower == "told" || t.lower == "tells") after_comma = false;
      if (after_quote || after_comma) {
        auto [ab, ae] = cx.np_after(c + 1, last);
        // "…, said X." needs X to run to the end of the sentence (or to ", who …")
        bool to_end = ae >= last || (ae < last && cx.is_punct(ae, ",") && ae + 1 < last && a.tokens[ae + 1].lower == "who");
        if (ae > ab && (after_quote || to_end)) {
          at.sb = ab;
          at.se = ae;
          at.mode = "reported-speech";
          take_content_before(at, before_cue, before_cue);
          std::size_t resume = ae;
          extend_interrupted(at, ae, s, resume);
          add(at);
          c = resume > c ? resume - 1 : c;
          continue;
        }
      }
      // subject before the cue: "X said (that) …" / "…, X said."
      auto [nb, ne] = cx.np_before(at.kb, sb);
      if (ne <= nb) continue;
      // an adverb or a participle alone ("defiantly told", "… were killed, told") is no source
      if (ne - nb == 1 && a.tokens[nb].lower.size() > 4 && !a.tokens[nb].cap &&
          (a.tokens[nb].lower.compare(a.tokens[nb].lower.size() - 2, 2, "ly") == 0 ||
           a.tokens[nb].lower.compare(a.tokens[nb].lower.size() - 2, 2, "ed") == 0))
        continue;
      if (ne - nb > 20) continue;
      // a denial of speech is no claim: "has neither confirmed nor denied", "did not say"
      {
        static const std::unordered_set<std::string> k_negation = {"not", "n't", "never", "neither", "nor", "no"};
        std::size_t k = at.kb;
        while (k > sb && (k_negation.count(a.tokens[k - 1].lower) || a.tokens[k - 1].lower == "previously" ||
                          a.tokens[k - 1].lower == "has" || a.tokens[k - 1].lower == "have" || a.tokens[k - 1].lower == "did" ||
                          a.tokens[k - 1].lower == "does" || a.tokens[k - 1].lower == "do" || a.tokens[k - 1].lower == "had"))
          if (k_negation.count(a.tokens[--k].lower)) { nb = ne; break; }
        if (ne <= nb) continue;
        for (std::size_t k2 = nb; k2 < ne; ++k2)
          if (a.tokens[k2].lower == "neither") { nb = ne; break; }
        if (ne <= nb) continue;
      }
      at.sb = nb;
      at.se = ne;
      at.relative = ne - nb == 1 && (a.tokens[nb].lower == "who" || a.tokens[nb].lower == "which");
      // "unknown people who said", "Smith, who added": the antecedent of "who" is the source
      // (after a comma, "Smith, who added", the pronoun stays the source phrase and resolves to Smith)
      if (at.relative && nb > sb && !cx.is_punct(nb - 1, ",")) {
        std::size_t ante_end = nb;
        auto [xb, xe] = cx.np_before(ante_end, sb);
        // the noun phrase only: "killed in street fights with unknown people who" → "unknown people"
        static const std::unordered_set<std::string> k_prep = {"with", "in", "on", "at", "by", "from", "to", "for", "of",
                                                               "against", "among", "between", "into", "near"};
        // a phrase that opens with a verb or a preposition ("killed in street fights with unknown
        // people") ends in the antecedent; one that opens with a noun phrase ("a tech staffer at
        // the State Department") has its head before the first preposition
        auto verbal = [&](std::size_t k) {
          const std::string& w = a.tokens[k].lower;
          return !a.tokens[k].cap && w.size() > 4 &&
                 (w.compare(w.size() - 3, 3, "ing") == 0 || w.compare(w.size() - 2, 2, "ed") == 0);
        };
        if (k_prep.count(a.tokens[xb].lower) || verbal(xb)) {
          for (std::size_t k = xe; k > xb; --k)
            if ((k_prep.count(a.tokens[k - 1].lower) || verbal(k - 1)) && cx.mention_at(k - 1) < 0) { xb = k; break; }
        } else {
          for (std::size_t k = xb + 1; k < xe; ++k)
            if (k_prep.count(a.tokens[k].lower) && cx.mention_at(k) < 0) { xe = k; break; }
        }
        bool usable = xe > xb && xe <= ante_end && xe - xb <= 8 && a.tokens[xb].kind == TokenKind::word;
        if (usable) {
          at.sb = xb;
          at.se = xe;
          at.relative = false;
        }
      }
      at.mode = "reported-speech";
      bool src_after_break = nb > sb && (cx.is_punct(nb - 1, ",") || a.tokens[nb - 1].kind == TokenKind::quote_close);
      // content after the cue
      std::size_t q = c + 1;
      std::size_t that = 0;
      auto ing_cue_at = [&](std::size_t k) {
        const std::string& w = a.tokens[k].lower;
        return k > sb && cx.is_punct(k - 1, ",") && ing_verb(w) && lx.cues.count(w) > 0;
      };
      for (std::size_t k = q; k < last && k < q + 12; ++k) {
        if (a.tokens[k].kind == TokenKind::quote_open || ing_cue_at(k)) break;
        if (a.tokens[k].lower == "that" && !a.tokens[k].in_quote) { that = k; break; }
        if (cx.valid_cue(k, s)) break;
      }
      // "Chernomyrdin said, after a meeting with Lebed and officials who …, that it needed more
      // work": an aside between commas before the clause
      if (!that && q < last && cx.is_punct(q, ","))
        for (std::size_t k = q + 1; k + 1 < last && k < q + 35; ++k) {
          if (a.tokens[k].kind == TokenKind::quote_open || a.tokens[k].kind == TokenKind::quote_close) break;
          if (cx.is_punct(k, ",") && a.tokens[k + 1].lower == "that") { that = k + 1; break; }
        }
      std::size_t cb;
      if (that) {
        cb = that + 1;
        for (std::size_t k = q; k < that; ++k)
          if (a.tokens[k].lower == "on" && k + 1 < that) {
            int mi = cx.mention_at(k + 1);
            if (mi >= 0) at.channel = a.mentions[mi].surface;
          }
      } else {
        cx.c_told_ = t.lower == "told" || t.lower == "tells";
        cb = cx.skip_adverbials(q, last, at.channel);
      }
      std::size_t rest_words = 0;
      for (std::size_t k = cb; k < last; ++k) rest_words += a.tokens[k].kind != TokenKind::punct;
      bool src_after_quote = nb > sb && (a.tokens[nb - 1].kind == TokenKind::quote_close ||
                                         (nb >= sb + 2 && cx.is_punct(nb - 1, ",") && a.tokens[nb - 2].kind == TokenKind::quote_close));
      if (src_after_quote) {
        // "On Tuesday’s episode of “The Steve Harvey Morning Show,” the nominee said she …": a quoted
        // title is no quotation of the speaker
        std::size_t qc = a.tokens[nb - 1].kind == TokenKind::quote_close ? nb - 1 : nb - 2;
        std::size_t qo = qc;
        while (qo > sb && a.tokens[qo - 1].kind != TokenKind::quote_open) --qo;
        std::size_t words = 0, caps = 0;
        for (std::size_t k = qo; k < qc; ++k)
          if (a.tokens[k].kind == TokenKind::word && a.tokens[k].lower.size() > 3) { ++words; caps += a.tokens[k].cap; }
        if (qo > sb && words > 0 && words <= 8 && caps == words) src_after_quote = false;
      }
      static const std::unordered_set<std::string> k_clause = {"while", "but", "and", "although", "whereas", "as"};
      bool rest_is_new_clause = cb < last && (k_clause.count(a.tokens[cb].lower) || cx.is_punct(cb, ","));
      if ((src_after_break && (rest_words <= 6 || rest_is_new_clause) && !that) || src_after_quote) {
        // "…, officials said (on Monday)." — the content is before
        take_content_before(at, nb - 1, nb);
        std::size_t resume = at.ke;
        extend_interrupted(at, at.ke, s, resume);
        add(at);
        c = resume - 1;
        continue;
      }
      if (cb >= last) {
        // "Minister …, Tobias Ellwood said:" — what follows on the next lines is the quotation
        if (last < s.tok_end && (a.tokens[last].lower == ":" )) pending_speaker_attr = -2;
        if (pending_speaker_attr == -2) {
          Attr p = at;
          p.cb = p.ce = 0;
          attrs.push_back(p);
          pending_speaker_attr = static_cast<int>(attrs.size() - 1);
          attrs.back().dropped = true;
        }
        continue;
      }
      if (a.tokens[cb].kind == TokenKind::quote_open || (cb + 1 < last && cx.is_punct(cb, ":") && a.tokens[cb + 1].kind == TokenKind::quote_open)) {
        std::size_t qo = a.tokens[cb].kind == TokenKind::quote_open ? cb : cb + 1;
        std::size_t qc = qo + 1;
        while (qc < s.tok_end && a.tokens[qc].kind != TokenKind::quote_close) ++qc;
        at.cb = qo + 1;
        at.ce = std::min(qc, last);
        at.direct = true;
        at.mode = "direct-quote";
      } else {
        at.cb = cb;
        at.ce = last;
        // "…, adding that …" starts an attribution of its own
        for (std::size_t k = cb + 1; k < last; ++k)
          if (ing_cue_at(k) && !a.tokens[k].in_quote) {
            at.ce = k - 1;
            break;
          }
        for (std::size_t k = cb + 4; k + 2 < at.ce; ++k)
          if (cx.is_punct(k, ",") && a.tokens[k + 1].lower == "and" && !a.tokens[k].in_quote) {
            const std::string& v = a.tokens[k + 2].lower;
            if (v.size() > 3 && v.compare(v.size() - 2, 2, "ed") == 0) { at.ce = k; break; }
          }
        // inside a quotation that opens right after "that": "that at the moment “4,578 …”"
        at.direct = mostly_quoted(a.tokens, cb, last);
        if (at.direct) at.mode = "direct-quote";
      }
      const std::size_t content_begin = at.cb;
      // "X said A and B": two propositions when "and" opens a new clause with its own subject
      // ("eight cars were burned and many of the victims could not be identified")
      if (!at.direct) {
        static const std::unordered_set<std::string> k_subject = {"the", "a", "an", "many", "some", "most", "he", "she",
                                                                  "they", "it", "we", "his", "her", "their", "its",
                                                                  "several", "few", "all", "no", "none", "police"};
        static const std::unordered_set<std::string> k_aux = {"was", "were", "is", "are", "had", "has", "have", "could",
                                                              "would", "will", "did", "can", "should", "may", "might"};
        // the first of two propositions: the content up to token k, less a trailing comma
        auto add_part_before = [&](const Attr& whole, std::size_t k) {
          Attr first = whole;
          first.ce = k;
          if (first.ce > first.cb && cx.is_punct(first.ce - 1, ",")) --first.ce;
          add(first);
        };
        auto has_aux = [&](std::size_t x, std::size_t y) {
          for (std::size_t k = x; k < y; ++k)
            if (k_aux.count(a.tokens[k].lower)) return true;
          return false;
        };
        for (std::size_t k = at.cb + 3; k + 3 < at.ce; ++k) {
          // "Sana reported A and said B": a second cue of the same source
          if (a.tokens[k].lower == "and" && !a.tokens[k].in_quote && cx.valid_cue(k + 1, s) &&
              (a.tokens[k + 1].lower == "said" || a.tokens[k + 1].lower == "added" || a.tokens[k + 1].lower == "told" ||
               a.tokens[k + 1].lower == "warned" || a.tokens[k + 1].lower == "stressed" || a.tokens[k + 1].lower == "noted")) {
            add_part_before(at, k);
            at.kb = k + 1;
            at.ke = k + 2;
            at.lemma = lx.cues.at(a.tokens[k + 1].lower);
            std::size_t nc = k + 2;
            if (nc < at.ce && a.tokens[nc].lower == "that") ++nc;
            at.cb = nc;
            break;
          }
          // "that A, and that B", "that A, but that B": the cue governs two clauses
          if ((a.tokens[k].lower == "and" || a.tokens[k].lower == "but") && !a.tokens[k].in_quote && a.tokens[k + 1].lower == "that") {
            add_part_before(at, k);
            at.cb = k + 2;
            break;
          }
          // "he had ordered forces to go on alert and was reinforcing them": a second verb phrase
          if (a.tokens[k].lower == "and" && !a.tokens[k].in_quote && k_aux.count(a.tokens[k + 1].lower) &&
              a.tokens[k + 1].lower != "have" && has_aux(at.cb, k) && k + 3 < at.ce) {
            add_part_before(at, k);
            at.cb = k + 1;
            break;
          }
          if (a.tokens[k].lower != "and" || a.tokens[k].in_quote || !k_subject.count(a.tokens[k + 1].lower)) continue;
          std::size_t look = std::min(at.ce, k + 22);
          if (!has_aux(k + 2, look) || !has_aux(at.cb, k)) continue;
          add_part_before(at, k);
          at.cb = k + 1;
          break;
        }
      }
      add(at);
      // "Graham said the FBI told him …", "officials say Dzhokhar told them that …": a cue of its own
      // near the start of the content is scanned too; the nested-attribution rule keeps the inner one
      bool inner_cue = false;
      if (!at.direct)
        for (std::size_t k = content_begin + 1; k < at.ce && k < content_begin + 7 && !inner_cue; ++k) {
          if (a.tokens[k].kind != TokenKind::word || a.tokens[k].lower == "that") break;
          const std::string& w = a.tokens[k].lower;
          inner_cue = (w == "told" || w == "said" || w == "says" || w == "reported" || w == "informed") && cx.valid_cue(k, s);
        }
      c = inner_cue ? content_begin : (at.ce > c ? at.ce - 1 : c);
    }
    // Quotations left without an attribution in this sentence.
    for (std::size_t t = sb; t < s.tok_end; ++t) {
      if (a.tokens[t].kind != TokenKind::quote_open) continue;
      std::size_t qc = t + 1;
      while (qc < s.tok_end && a.tokens[qc].kind != TokenKind::quote_close) ++qc;
      std::size_t words = 0;
      for (std::size_t k = t + 1; k < qc; ++k) words += a.tokens[k].kind == TokenKind::word;
      bool taken = false;
      for (auto& [b, e] : covered) taken |= (b <= t + 1 && t + 1 < e) || (t < b && b < qc);
      if (!taken && words >= 5 && (t == sb || qc + 1 >= s.tok_end || cx.content_end(s) <= qc + 1)) {
        Attr at;
        at.cb = t + 1;
        at.ce = qc;
        while (at.ce > at.cb && (cx.is_punct(at.ce - 1, ",") || cx.is_punct(at.ce - 1, "."))) --at.ce;
        at.direct = true;
        at.mode = "direct-quote";
        at.inherit = -3;  // resolved below from neighbouring sentences
        add(at);
      }
      t = qc;
    }
    // A sentence wholly inside a quotation that the line structure carries over ("“The OSCE is
    // completely involved.\nBut one must not forget …,” said Cotti"): a quotation of its own
    if (by_sentence[si].empty()) {
      std::size_t b = sb;
      if (a.tokens[b].kind == TokenKind::quote_open) ++b;
      std::size_t words = 0;
      bool inside = b < last;
      for (std::size_t k = b; k < last && inside; ++k) {
        inside = a.tokens[k].in_quote && a.tokens[k].kind != TokenKind::quote_close && a.tokens[k].kind != TokenKind::quote_open;
        words += a.tokens[k].kind == TokenKind::word;
      }
      bool continues_past = last < s.tok_end ? a.tokens[s.tok_end - 1].kind != TokenKind::quote_close : true;
      if (inside && words >= 4 && continues_past && (b > sb || a.tokens[sb].in_quote)) {
        Attr at;
        at.cb = b;
        at.ce = last;
        at.direct = true;
        at.mode = "direct-quote";
        at.inherit = -3;
        add(at);
      }
    }
    // Lines after "X said:" that carry no attribution of their own.
    if (pending_speaker_attr >= 0 && by_sentence[si].empty() && !s.title_case) {
      const Attr& sp = attrs[pending_speaker_attr];
      if (a.sentences[si].span.begin > a.tokens[sp.ke - 1].span.end) {
        Attr at;
        at.cb = sb;
        at.ce = last;
        at.direct = true;
        at.mode = "direct-quote";
        at.inherit = pending_speaker_attr;
        at.sb = sp.sb;
        at.se = sp.se;
        at.kb = sp.kb;
        at.ke = sp.ke;
        at.lemma = sp.lemma;
        add(at);
      }
    } else if (!by_sentence[si].empty() && pending_speaker_attr >= 0) {
      bool own = false;
      for (int ai : by_sentence[si]) own |= attrs[ai].inherit != pending_speaker_attr;
      if (own) pending_speaker_attr = -1;
    }
    if (pending_speaker_attr == -2) pending_speaker_attr = -1;
  }

  // Nested attribution: an attribution whose content holds another's cue and source keeps the inner one.
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (attrs[i].dropped || attrs[i].ce <= attrs[i].cb) continue;
    // inner attributions live in the same sentence
    for (int jj : by_sentence[a.tokens[attrs[i].cb].sentence]) {
      std::size_t j = static_cast<std::size_t>(jj);
      if (i == j || attrs[j].dropped) continue;
      // (or the same content reached through an inner cue: "officials say X told them that A, but that B")
      bool same_content = attrs[j].cb == attrs[i].cb && attrs[j].ce == attrs[i].ce && attrs[j].kb > attrs[i].ke &&
                          attrs[j].se > attrs[j].sb && !attrs[j].relative && !attrs[i].direct;
      if (same_content || (attrs[j].kb >= attrs[i].cb && attrs[j].ke <= attrs[i].ce && attrs[j].se > attrs[j].sb && attrs[j].sb >= attrs[i].cb &&
          attrs[j].cb >= attrs[i].cb && attrs[j].ce <= attrs[i].ce && !attrs[j].relative)) {
        attrs[j].reported_by = static_cast<int>(i);
        attrs[i].dropped = true;
      }
    }
  }

  // Claimant resolution.
  auto last_person_before = [&](std::size_t tok) -> int {
    auto it = std::upper_bound(a.mentions.begin(), a.mentions.end(), tok,
                               [](std::size_t v, const Mention& m) { return v < m.tok_end; });
    while (it != a.mentions.begin()) {
      --it;
      if (it->tok_end <= tok && it->type == EntityType::person) return it->entity;
    }
    return -1;
  };
  // Gender as the text shows it (0 unknown, 1 female, 2 male): a courtesy title before a
  // mention, or a gendered noun in the apposition after it ("Patricia Campbell, the mother of …").
  std::vector<int> gender_cache(a.entities.size(), -1);
  auto gender_of = [&](int e) -> int {
    if (e < 0 || static_cast<std::size_t>(e) >= gender_cache.size()) return 0;
    if (gender_cache[e] >= 0) return gender_cache[e];
    static const std::unordered_set<std::string> k_female = {
        "mrs", "mrs.", "ms", "ms.", "miss", "mother", "woman", "wife", "sister", "daughter", "grandmother", "girl", "widow",
        "actress", "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "queen", "princess", "lady", "mom",
        "aunt", "niece", "she", "her", "herself"};
    static const std::unordered_set<std::string> k_male = {
        "mr", "mr.", "father", "man", "husband", "brother", "son", "grandfather", "boy", "widower", "spokesman",
        "chairman", "congressman", "businessman", "king", "prince", "dad", "uncle", "nephew", "himself", "his"};
    // the entities stage's reading (honorifics, kinship, given names) first; the apposition nouns
    // below ("the mother of …", "a Texas woman who …") only when it knows nothing
    if (Gender g = person_gender(a, e); g != Gender::unknown) return gender_cache[e] = g == Gender::female ? 1 : 2;
    int female = 0, male = 0;
    for (int mi : a.entities[e].mentions) {
      const Mention& m = a.mentions[mi];
      if (m.tok_begin > 0) {
        const std::string& w = a.tokens[m.tok_begin - 1].lower;
        female += k_female.count(w) && w != "her" && w != "she";
        male += k_male.count(w) && w != "his";
      }
      // the apposition: ", the mother of …", ", a Texas woman who …"
      if (m.tok_end < a.tokens.size() && a.tokens[m.tok_end].lower == ",")
        for (std::size_t k = m.tok_end + 1; k < a.tokens.size() && k < m.tok_end + 5; ++k) {
          const std::string& w = a.tokens[k].lower;
          if (w == "," || w == "who" || w == "." || w == "of") break;
          if (w == "her" || w == "his" || w == "she" || w == "he") break;
          female += k_female.count(w) > 0;
          male += k_male.count(w) > 0;
        }
    }
    return gender_cache[e] = female > male ? 1 : male > female ? 2 : 0;
  };
  // The subject of a sentence: the person whose attribution it holds, else the first person
  // named there who is not the object of a preposition or a possessor, else a pronoun subject
  // resolved in turn.
  std::function<int(std::size_t, int, int)> resolve_pronoun_at;
  auto sentence_subject = [&](std::size_t si, std::size_t before_tok, int gender, int depth) -> int {
    for (int ai : by_sentence[si]) {
      const Attr& at = attrs[ai];
      if (at.se <= at.sb || at.se > before_tok || a.tokens[at.sb].sentence != si) continue;
      if (at.claimant >= 0 && a.entities[at.claimant].type == EntityType::person &&
          (gender == 0 || gender_of(at.claimant) != 3 - gender))
        return at.claimant;
      // "The ministry spokesman said …. He added …": the one speaking is a person the text does not
      // name; the pronoun is theirs, not a name further back
      if (at.claimant < 0 && !at.relative) {
        const std::string& head = a.tokens[at.se - 1].lower;
        if (lx.titles.count(head) || head == "official" || head == "officials" || head == "spokesman" || head == "spokeswoman")
          return -2;
      }
    }
    const Sentence& s = a.sentences[si];
    auto first_in_sentence = std::lower_bound(a.mentions.begin(), a.mentions.end(), s.tok_begin,
                                              [](const Mention& m, std::size_t v) { return m.tok_begin < v; });
    for (auto it = first_in_sentence; it != a.mentions.end() && it->sentence == si; ++it) {
      const Mention& m = *it;
      if (m.tok_end > before_tok || m.type != EntityType::person) continue;
      std::string prev = m.tok_begin > s.tok_begin ? a.tokens[m.tok_begin - 1].lower : std::string();
      std::string next = m.tok_end < s.tok_end ? a.tokens[m.tok_end].lower : std::string();
      static const std::unordered_set<std::string> k_prep = {"at", "to", "of", "by", "with", "for", "from", "on", "against",
                                                             "toward", "towards", "about", "and", "or"};
      if (k_prep.count(prev) || next == "'s") continue;
      if (gender != 0 && gender_of(m.entity) == 3 - gender) continue;
      return m.entity;
    }
    const std::string& first = a.tokens[s.tok_begin].lower;
    if (depth > 0 && before_tok > s.tok_begin && ((first == "he" && gender != 1) || (first == "she" && gender != 2)))
      return resolve_pronoun_at(s.tok_begin, first == "she" ? 1 : 2, depth - 1);
    return -1;
  };
  // "he said", "she said": the nearest subject of the right gender in this or the three
  // sentences before, else the last person of that gender named before.
  resolve_pronoun_at = [&](std::size_t tok, int gender, int depth) -> int {
    std::size_t si0 = a.tokens[tok].sentence;
    for (std::size_t back = 0; back <= 3 && back <= si0; ++back) {
      std::size_t si = si0 - back;
      int subj = sentence_subject(si, back == 0 ? tok : a.sentences[si].tok_end, gender, depth);
      if (subj >= 0) return subj;
      if (subj == -2) return -1;
    }
    auto it = std::upper_bound(a.mentions.begin(), a.mentions.end(), tok,
                               [](std::size_t v, const Mention& m) { return v < m.tok_end; });
    while (it != a.mentions.begin()) {
      --it;
      if (it->tok_end <= tok && it->type == EntityType::person && gender_of(it->entity) != 3 - gender) return it->entity;
    }
    return -1;
  };
  std::unordered_map<std::string, int> nominal_orgs;  // head noun → entity
  auto resolve = [&](std::size_t i) -> int {
    Attr& at = attrs[i];
    if (at.se <= at.sb) return -1;
    std::string first = a.tokens[at.sb].lower;
    if (at.relative) {
      // "Smith, who added": the name before the comma
      if (at.sb >= 2 && cx.is_punct(at.sb - 1, ",")) {
        int mi = cx.mention_at(at.sb - 2);
        // ("Iran, which denies the allegations": a place stands for its government)
        bool which = a.tokens[at.sb].lower == "which";
        if (mi >= 0 && a.mentions[mi].tok_end == at.sb - 1 && (a.mentions[mi].type != EntityType::place || which))
          return a.mentions[mi].entity;
      }
      for (std::size_t j = i; j-- > 0;)
        if (attrs[j].se > attrs[j].sb && !attrs[j].relative) return attrs[j].claimant;
      return last_person_before(at.sb);
    }
    if (at.se - at.sb == 1 && (first == "he" || first == "she")) return resolve_pronoun_at(at.sb, first == "she" ? 1 : 2, 3);
    if (at.se - at.sb == 1 && first == "it") {
      // "it said", "It also noted": the organisation that spoke last, or was named last, nearby
      std::size_t si0 = a.tokens[at.sb].sentence;
      for (std::size_t j = i; j-- > 0;) {
        if (attrs[j].se <= attrs[j].sb) continue;  // a bare quotation has no source yet
        if (a.tokens[attrs[j].sb].sentence + 2 < si0) break;
        int cl = attrs[j].claimant;
        if (cl >= 0 && a.entities[cl].type == EntityType::organization) return cl;
      }
      auto it = std::upper_bound(a.mentions.begin(), a.mentions.end(), at.sb,
                                 [](std::size_t v, const Mention& m) { return v < m.tok_end; });
      while (it != a.mentions.begin()) {
        --it;
        if (it->sentence + 1 < si0) break;
        if (it->type == EntityType::organization) return it->entity;
      }
      return -1;
    }
    // head: the last word before "of", "from", "at", "on", "in", "based", "who", ","
    static const std::unordered_set<std::string> k_cut = {"of", "from", "at", "on", "in", "based", "who", ",", "for", "with", "(",
                                                          "against", "over", "under", "near", "by", "during", "which", "that"};
    // "The US-led coalition conducting air strikes against …": a participle ends the head phrase too
    auto participle = [&](std::size_t k) {
      const std::string& w = a.tokens[k].lower;
      return k > at.sb && a.tokens[k].kind == TokenKind::word && !a.tokens[k].cap && w.size() > 5 && ing_verb(w);
    };
    std::size_t hend = at.sb;
    while (hend < at.se && !((k_cut.count(a.tokens[hend].lower) || participle(hend)) && cx.mention_at(hend) < 0)) ++hend;
    if (hend == at.sb) hend = at.se;
    std::size_t head = hend - 1;
    int hm = cx.mention_at(head);
    if (hm >= 0) return a.mentions[hm].entity;
    const std::string& hw = a.tokens[head].lower;
    // a person named anywhere in the phrase ("the voice …, purportedly that of X", "Minister …, Tobias Ellwood")
    int person = -1, org = -1;
    // the organisation a nominal source belongs to is named in its head phrase or right after it
    // ("the media office of Hezbollah"), not in a clause about what it does ("the coalition
    // conducting air strikes against Islamic State")
    std::size_t org_scope = hend;
    if (hend < at.se && !participle(hend)) {
      const std::string& w = a.tokens[hend].lower;
      if (w == "of" || w == "for" || w == "from" || w == "at" || w == "in" || w == "with" || w == ",") {
        org_scope = hend + 1;
        while (org_scope < at.se && !((k_cut.count(a.tokens[org_scope].lower) || participle(org_scope)) &&
                                      cx.mention_at(org_scope) < 0))
          ++org_scope;
      }
    }
    for (std::size_t k = at.sb; k < at.se; ++k) {
      int mi = cx.mention_at(k);
      if (mi < 0) continue;
      // ("Obama's former campaign strategist": the possessor is not the one speaking)
      bool possessor = a.mentions[mi].tok_end < at.se && a.tokens[a.mentions[mi].tok_end].lower == "'s";
      if (a.mentions[mi].type == EntityType::person && person < 0 && !possessor) person = a.mentions[mi].entity;
      if (a.mentions[mi].type == EntityType::organization && org < 0 && k < org_scope) org = a.mentions[mi].entity;
    }
    if (person >= 0 && (lx.titles.count(hw) || hw == "voice" || hw == "speaker" || hw == "message" || hw == "statement" || a.tokens[head].cap))
      return person;
    if (lx.titles.count(hw) || hw == "speaker" || hw == "voice") {
      // "the president": the holder of such a role, else the last speaker
      for (const Role& r : a.roles)
        if (fold(r.title).find(hw) != std::string::npos) return r.holder;
      // "Obama's former campaign strategist said" right after "David Axelrod called on …": a
      // definite description of the one the text was just about
      // (only a person's: "the ministry spokesman" is someone new)
      bool definite = false;
      for (std::size_t k = at.sb + 1; k < at.se; ++k) {
        int pm = a.tokens[k].lower == "'s" ? cx.mention_at(k - 1) : -1;
        definite |= pm >= 0 && a.mentions[pm].type == EntityType::person;
      }
      std::size_t si0 = a.tokens[at.sb].sentence;
      if (definite && si0 > 0 && hw != "speaker" && hw != "voice") {
        int subj = sentence_subject(si0 - 1, a.sentences[si0 - 1].tok_end, 0, 2);
        if (subj >= 0) return subj;
      }
      if (hw == "speaker" || hw == "voice")
        for (std::size_t j = i; j-- > 0;)
          if (attrs[j].claimant >= 0) return attrs[j].claimant;
      return -1;
    }
    if (org_nouns().count(hw)) {
      if (org >= 0) return org;
      // an organisation whose name has this head ("the committee" → Investigative Committee)
      for (std::size_t e = 0; e < a.entities.size(); ++e)
        if (a.entities[e].type == EntityType::organization && fold(a.entities[e].canonical).find(hw) != std::string::npos &&
            hw != "statement" && hw != "group" && hw != "party")
          return static_cast<int>(e);
      if (hw == "statement") return -1;
      if (auto it = nominal_orgs.find(hw); it != nominal_orgs.end()) return it->second;
      // a nominal organisation ("Egypt’s health ministry"): an entity without a proper-name mention
      bool specific = at.se - at.sb >= 2 && first != "the" && first != "a" && first != "an";
      if (!specific && at.se - at.sb >= 3) specific = true;
      if (!specific) return -1;
      Entity e;
      e.type = EntityType::organization;
      std::size_t b0 = at.sb;
      if (first == "the" || first == "a" || first == "an") ++b0;
      e.canonical = std::string(cx.str(b0, hend));
      e.nominals.push_back(std::string(cx.str(at.sb, at.se)));
      e.slug = slugify(e.canonical);
      // located in the place named in the phrase ("Egypt’s health ministry")
      for (std::size_t k = at.sb; k < hend; ++k) {
        int mi = cx.mention_at(k);
        if (mi >= 0 && a.mentions[mi].type == EntityType::place) e.located_in = a.mentions[mi].entity;
      }
      a.entities.push_back(e);
      int id = static_cast<int>(a.entities.size() - 1);
      nominal_orgs[hw] = id;
      return id;
    }
    return -1;
  };
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (attrs[i].inherit >= 0) attrs[i].claimant = attrs[attrs[i].inherit].claimant;
    else attrs[i].claimant = resolve(i);
  }
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (attrs[i].inherit >= 0) attrs[i].claimant = attrs[attrs[i].inherit].claimant;
    if (attrs[i].reported_by >= 0) attrs[i].reported_by = attrs[attrs[i].reported_by].claimant;
  }
  // "the president", "the Kazakh president": a descriptive reference the text resolves becomes
  // an alternative label of the entity
  for (const Attr& at : attrs) {
    if (at.claimant < 0 || at.se <= at.sb || at.se - at.sb > 4 || at.relative) continue;
    if (a.tokens[at.sb].lower != "the") continue;
    bool named = false;
    for (std::size_t k = at.sb; k < at.se; ++k) named |= cx.mention_at(k) >= 0 || a.tokens[k].kind != TokenKind::word;
    if (named) continue;
    auto& nom = a.entities[at.claimant].nominals;
    std::string phrase(cx.str(at.sb, at.se));
    if (std::find(nom.begin(), nom.end(), phrase) == nom.end()) nom.push_back(phrase);
  }
  // Bare quotations: the speaker of the neighbouring quotation.
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    if (attrs[i].inherit != -3) continue;
    std::size_t si = a.tokens[attrs[i].cb].sentence;
    int found = -1;
    // a quotation going on in the same paragraph ("“A,” the strategist said in an interview. “B.”")
    // is the same speaker's, named or not, and repeats the attribution
    bool same_line = si > 0 && a.doc.text.find('\n', a.sentences[si - 1].span.end) >= a.sentences[si].span.begin;
    if (same_line)
      for (int ai : by_sentence[si - 1])
        if (attrs[ai].direct && attrs[ai].se > attrs[ai].sb && attrs[ai].inherit != -3) found = ai;
    if (found >= 0) {
      attrs[i].claimant = attrs[found].claimant;
      attrs[i].sb = attrs[found].sb;
      attrs[i].se = attrs[found].se;
      attrs[i].kb = attrs[found].kb;
      attrs[i].ke = attrs[found].ke;
      attrs[i].lemma = attrs[found].lemma;
      continue;
    }
    if (si > 0)
      for (int ai : by_sentence[si - 1])
        if (attrs[ai].claimant >= 0 && attrs[ai].direct) found = ai;
    if (found < 0 && si + 1 < a.sentences.size())
      for (int ai : by_sentence[si + 1])
        if (attrs[ai].claimant >= 0 && attrs[ai].direct && found < 0) found = ai;
    if (found >= 0) attrs[i].claimant = attrs[found].claimant;
    else attrs[i].dropped = true;
  }

  // "YEREVAN. – A criminal case …", "BAGHDAD (AP) — …": a dateline opening a sentence is no content
  auto skip_dateline = [&](std::size_t b, std::size_t e) {
    std::size_t k = b;
    bool caps = false;
    while (k < e && k < b + 8) {
      const Token& t = a.tokens[k];
      if (t.kind == TokenKind::word && (t.all_caps || (caps && t.cap))) { caps = true; ++k; continue; }
      if (caps && t.kind == TokenKind::number) { ++k; continue; }  // "CAIRO, March 3, 2024 -"
      if (t.kind == TokenKind::punct && (t.lower == "." || t.lower == "," || t.lower == "(" || t.lower == ")")) { ++k; continue; }
      break;
    }
    if (!caps || k >= e || a.tokens[k].kind != TokenKind::punct) return b;
    std::size_t at = a.tokens[k].span.begin;
    return is_dash(utf8::decode(std::string_view(a.doc.text), at)) ? k + 1 : b;
  };
  // Claims: one per figure; attributed statements without figures as one claim.
  std::vector<std::pair<std::size_t, std::size_t>> attributed;  // content ranges
  // "U.S.-led", "ISIL-held": a hyphen with no space on either side joins words and separates no clause
  auto joined_hyphen = [&](std::size_t q) {
    const Token& t = a.tokens[q];
    if (t.kind != TokenKind::punct || t.lower != "-") return false;
    auto space = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; };
    const std::string_view tx = a.doc.text;
    return t.span.begin > 0 && t.span.end < tx.size() && !space(tx[t.span.begin - 1]) && !space(tx[t.span.end]);
  };
  // Money is in scope in corruption cases only (gold/SCHEMA.md): elsewhere (budgets, prices,
  // campaign finance) an amount is background, not a count about the reported events.
  // (decided once, when the first amount turns up: most articles have none)
  int corruption_story = -1;
  auto is_corruption_story = [&] {
    if (corruption_story < 0) {
      static const std::unordered_set<std::string> k_corruption = {
          "bribe", "bribes", "bribery", "embezzlement", "embezzled", "embezzling", "corruption", "kickback", "kickbacks",
          "graft", "laundering", "laundered", "squander", "squandered", "misappropriated", "misappropriation", "extortion"};
      corruption_story = 0;
      for (const Token& t : a.tokens)
        if (k_corruption.count(t.lower)) { corruption_story = 1; break; }
    }
    return corruption_story == 1;
  };
  // a claim takes its source, cue and mode from the attribution it came from
  auto attribute = [&](Claim& cl, const Attr& at) {
    cl.claimant = at.claimant;
    cl.claimant_text = std::string(cx.str(at.sb, at.se));
    cl.claimant_span = at.se > at.sb ? Span{a.tokens[at.sb].span.begin, a.tokens[at.se - 1].span.end} : Span{};
    cl.cue = cx.cue_text(at);
    cl.cue_lemma = at.lemma;
    cl.mode = at.mode;
    cl.channel = at.channel;
    cl.direct_quote = at.direct;
    cl.reported_by = at.reported_by;
  };
  auto make_claims = [&](std::size_t cb, std::size_t ce, const Attr* at, bool headline) {
    std::vector<FoundCount> counts = find_counts(a, cb, ce);
    bool money = false;
    for (const FoundCount& fc : counts) money |= fc.noun_unit == "money";
    if (money && !is_corruption_story()) std::erase_if(counts, [](const FoundCount& fc) { return fc.noun_unit == "money"; });
    // the enumeration of narrated incidents ("Two other explosions … killed …") is no statistic
    std::erase_if(counts, [&](const FoundCount& fc) {
      if (fc.noun_unit != "attacks") return false;
      for (std::size_t q = fc.tok_end; q < ce; ++q) {
        const std::string& w = a.tokens[q].lower;
        if (w == "killed" || w == "left" || w == "wounded" || w == "hurt" || w == "killing" || w == "injured") return true;
      }
      return false;
    });
    // segment boundaries between figures
    std::vector<std::size_t> seg_b(counts.size()), seg_e(counts.size());
    std::vector<bool> no_boundary(counts.size(), false);
    for (std::size_t k = 0; k < counts.size(); ++k) {
      seg_b[k] = k == 0 ? cb : seg_e[k - 1];
      if (k + 1 < counts.size()) {
        std::size_t hi = counts[k + 1].tok_begin, lo = counts[k].tok_end;
        std::size_t boundary = hi;
        bool found = false;
        for (int level = 0; level < 3 && !found; ++level)
          for (std::size_t q = hi; q > lo; --q) {
            const std::string& w = a.tokens[q - 1].lower;
            bool strong = w == ";" || w == "while" || w == "including" || (w == "-" && !joined_hyphen(q - 1)) || w == "--" || w == "whereas" ||
                          (w == "of" && q < hi && a.tokens[q].lower == "which") ||
                          (w == "," && q < hi && (a.tokens[q].lower == "and" || a.tokens[q].lower == "while"));
            bool ok = level == 0 ? strong : level == 1 ? w == "and" : w == ",";
            if (ok) {
              boundary = q - 1;
              found = true;
              break;
            }
          }
        seg_e[k] = boundary;
        // no clause boundary between the figures ("Seven Iraqis who seized an airliner with 199 people
        // aboard … were charged"): the first figure's clause is the whole, the second's starts at it
        if (!found && counts[k + 1].tok_begin > counts[k].tok_end) no_boundary[k] = true;
      } else {
        seg_e[k] = ce;
      }
    }
    // "arrested around 400 out of thousands of protesters who …": the part's claim is the whole
    // clause, and the whole is a claim of its own from "thousands" on
    std::vector<std::size_t> own_b(counts.size(), 0), own_e(counts.size(), 0);
    for (std::size_t k = 0; k + 1 < counts.size(); ++k)
      if ((counts[k + 1].tok_begin == counts[k].tok_end + 2 && a.tokens[counts[k].tok_end].lower == "out" &&
           a.tokens[counts[k].tok_end + 1].lower == "of") ||
          no_boundary[k]) {
        own_e[k] = seg_e[k + 1];
        own_b[k + 1] = counts[k + 1].tok_begin;
      }
    std::vector<int> made;
    std::string prev_unit;
    int prev_claim = -1;
    for (std::size_t k = 0; k < counts.size(); ++k) {
      FoundCount& fc = counts[k];
      std::size_t b = own_b[k] ? own_b[k] : seg_b[k], e = own_e[k] ? own_e[k] : seg_e[k];
      while (b < e && (a.tokens[b].lower == "," || a.tokens[b].lower == "and" || a.tokens[b].lower == ";" ||
                       a.tokens[b].lower == "while" || a.tokens[b].lower == "-" || a.tokens[b].lower == "--" ||
                       a.tokens[b].lower == "whereas"))
        ++b;
      // the clause of the figure: drop an opening "In Baghdad, meanwhile," or "… --" before it, and
      // a trailing "after …"/"when …" clause after it
      {
        std::size_t x = b;
        for (std::size_t q = b; q < fc.tok_begin; ++q) {
          const std::string& w = a.tokens[q].lower;
          if ((w == "-" || w == "--" || w == ";" || w == ":") && a.tokens[q].kind == TokenKind::punct && !joined_hyphen(q)) x = q + 1;
          if (w == "," && q + 1 < fc.tok_begin) {
            const std::string& nx = a.tokens[q + 1].lower;
            bool participle = ing_verb(nx);
            static const std::unordered_set<std::string> k_open = {"in", "on", "at", "during", "after", "meanwhile", "since", "earlier", "later"};
            if (participle || (k_open.count(a.tokens[x].lower) && q - x <= 6)) x = q + 1;
            // "U.S. plans rely on air attacks, but there are also 23,000 U.S. troops in the region"
            if (nx == "but" || nx == "while" || nx == "whereas" || nx == "although") x = q + 2;
          }
          // "…, for which Da’esh has claimed responsibility and where more than 60 civilians were
          // killed": the figure's clause opens at the relative adverb
          if (w == "where" && q > b && a.tokens[q].kind == TokenKind::word) x = q + 1;
          // "A child sex scandal in Belgium in which two girls were murdered"
          if (w == "which" && q > b && a.tokens[q - 1].lower == "in" && q + 1 <= fc.tok_begin) x = q + 1;
        }
        if (x <= fc.tok_begin) b = x;
        for (std::size_t q = fc.tok_end + 1; q < e; ++q) {
          const std::string& w = a.tokens[q].lower;
          static const std::unordered_set<std::string> k_cut = {"after", "when", "while", "because", "but", "although", "though", "whereas", "without"};
          bool cut = (k_cut.count(w) && a.tokens[q].kind == TokenKind::word) ||
                     (a.tokens[q].kind == TokenKind::punct && (w == ";" || w == "--" || (w == "-" && !joined_hyphen(q))));
          // "Some 150,000 people -- mostly civilians -- have died": a pair of dashes sets off an aside
          if (cut && (w == "--" || w == "-") && a.tokens[q].kind == TokenKind::punct) {
            std::size_t z = q + 1;
            while (z < e && z < q + 8 && a.tokens[z].lower != w) ++z;
            if (z < e && z < q + 8) {
              q = z;
              continue;
            }
          }
          // a short "when"/"after" clause tells how the figure came about and stays with it ("Two people
          // were killed when a grenade exploded in a restaurant"); a long one is a story of its own
          if (cut && (w == "when" || w == "after") && e - q <= 16 && e - q >= 3) {
            bool clause_ends = true;  // no figure, no comma, no speech of its own
            for (std::size_t z = q + 1; z < e; ++z)
              clause_ends &= !(a.tokens[z].kind == TokenKind::number || (a.tokens[z].lower == "," && z + 1 < e) ||
                               lx.cues.count(a.tokens[z].lower));
            if (clause_ends) cut = false;
          }
          if (w == "," && q + 1 < e) {
            const std::string& nx = a.tokens[q + 1].lower;
            cut = ing_verb(nx) || k_cut.count(nx) || nx == "which" || nx == "where";
          }
          // "… have been killed and many more have been displaced": "and" opening a clause of its own
          if (!cut && w == "and" && q + 2 < e) {
            static const std::unordered_set<std::string> k_new_subject = {"many", "more", "some", "others", "he", "she",
                                                                          "they", "it", "police", "officials"};
            static const std::unordered_set<std::string> k_aux2 = {"was", "were", "is", "are", "have", "has", "had", "will"};
            if (k_new_subject.count(a.tokens[q + 1].lower))
              for (std::size_t z = q + 2; z < e && z < q + 5; ++z) cut |= k_aux2.count(a.tokens[z].lower) > 0;
          }
          if (cut) { e = q; break; }
        }
      }
      while (e > b + 1 && a.tokens[e - 1].kind == TokenKind::punct &&
             (a.tokens[e - 1].lower == "," || a.tokens[e - 1].lower == ";" || a.tokens[e - 1].lower == ":" ||
              a.tokens[e - 1].lower == "-" || a.tokens[e - 1].lower == "--"))
        --e;
      std::string lead = b < e ? a.tokens[b].lower : std::string();
      bool subset = lead == "including" || (lead == "of" && b + 1 < e && (a.tokens[b + 1].lower == "which" || a.tokens[b + 1].lower == "whom")) ||
                    (lead == "among" && b + 1 < e && a.tokens[b + 1].lower == "them");
      std::string unit = fc.noun_unit;
      std::string ctx = unit_from_context(a, b, e, fc);
      if (unit == "participants" && !ctx.empty() && ctx != "other") unit = ctx;
      if (unit.empty() && fc.people) unit = ctx;
      if (unit.empty() && !fc.people) unit = ctx;
      // "15,000 sailors and Marines", "23,000 U.S. military people": forces with nothing done to them
      // are a count of the force
      if (unit.empty() && fc.people) {
        std::string f = fold(fc.count.counted);
        std::string last_word = f.substr(f.rfind(' ') == std::string::npos ? 0 : f.rfind(' ') + 1);
        static const std::unordered_set<std::string> k_forces = {"troops", "soldiers", "sailors", "marines", "servicemen",
                                                                 "personnel", "policemen", "fighters", "militants", "rebels"};
        bool military = f.find("military") != std::string::npos || f.find("security") != std::string::npos;
        if (k_forces.count(last_word) || (military && last_word == "people")) unit = "participants";
      }
      if (unit.empty() && !prev_unit.empty()) {
        std::string nx = fc.tok_end < ce ? a.tokens[fc.tok_end].lower : std::string();
        // a bare item of a list ("…, 111 tunnels, 274 vehicles") counts what the list counts
        bool list_item = e - b <= 7 && e > fc.tok_end;
        for (std::size_t q = fc.tok_end; q < e && list_item; ++q) {
          if (joined_hyphen(q)) continue;  // "four ISIL-held buildings"
          bool after_hyphen = q > fc.tok_end && joined_hyphen(q - 1);
          list_item = a.tokens[q].kind == TokenKind::word && (after_hyphen || !unit_verb_like(a.tokens[q].lower));
        }
        if (nx.empty() || nx == "for" || nx == "of" || nx == "in" || nx == "were" || nx == "was" || nx == "had" ||
            nx == "have" || nx == "," || nx == "." || nx == "remain" || nx == "remained" || nx == "remains" ||
            nx == "still" || nx == "are" || subset || list_item)
          unit = prev_unit;
      }
      if (unit.empty()) continue;
      // the enumeration of narrated incidents ("Two other explosions … killed …") is no statistic
      if (unit == "attacks") {
        bool casualty_after = false;
        for (std::size_t q = fc.tok_end; q < ce; ++q) {
          const std::string& w = a.tokens[q].lower;
          casualty_after |= w == "killed" || w == "left" || w == "wounded" || w == "hurt" || w == "killing" || w == "injured";
        }
        if (casualty_after) continue;
      }
      Claim cl;
      cl.content = {a.tokens[b].span.begin, a.tokens[e - 1].span.end};
      cl.count = fc.count;
      cl.count->unit = unit;
      if (cl.count->counted.empty()) cl.count->counted = unit == "dead" || unit == "injured" ? "people" : unit;
      if (subset && prev_claim >= 0) cl.count->subset_of = prev_claim;
      cl.headline = headline;
      if (at) {
        attribute(cl, *at);
      } else {
        cl.mode = "narration";
        // a figure whose subject is a body of data ("The latest official data only collected 164
        // deaths", "the count provided amounted to …"): the data is the source, without a cue
        static const std::unordered_set<std::string> k_data = {"data", "count", "figures", "figure", "tally", "estimate",
                                                               "estimates", "statistics", "census", "records", "survey"};
        for (std::size_t q = b; q < fc.tok_begin && q < b + 8; ++q) {
          if (!k_data.count(a.tokens[q].lower)) continue;
          std::size_t d = q;
          while (d > b && a.tokens[d - 1].kind == TokenKind::word && a.tokens[d - 1].lower != "however" && d + 5 > q) --d;
          if (a.tokens[d].lower != "the" && a.tokens[d].lower != "a" && a.tokens[d].lower != "an" && a.tokens[d].lower != "official")
            break;
          std::size_t end = q + 1;
          if (end + 1 < fc.tok_begin && a.tokens[end].lower.size() > 3 &&
              a.tokens[end].lower.compare(a.tokens[end].lower.size() - 2, 2, "ed") == 0 &&
              a.tokens[end + 1].lower.size() > 3 && a.tokens[end + 1].lower.compare(a.tokens[end + 1].lower.size() - 2, 2, "ed") == 0)
            ++end;  // "the count provided amounted"
          // "An earlier estimate by the Ministry of Interior": whose data it is
          if (end + 1 < fc.tok_begin && (a.tokens[end].lower == "by" || a.tokens[end].lower == "from" || a.tokens[end].lower == "of")) {
            std::size_t k2 = end + 1;
            if (a.tokens[k2].lower == "the") ++k2;
            int mi = cx.mention_at(k2);
            if (mi >= 0 && a.mentions[mi].type != EntityType::place) {
              cl.claimant = a.mentions[mi].entity;
              end = a.mentions[mi].tok_end;
            }
          }
          cl.claimant_text = std::string(cx.str(d, end));
          cl.claimant_span = {a.tokens[d].span.begin, a.tokens[end - 1].span.end};
          break;
        }
      }
      a.claims.push_back(std::move(cl));
      prev_claim = static_cast<int>(a.claims.size() - 1);
      prev_unit = unit;
      made.push_back(prev_claim);
    }
    if (made.empty() && at) {
      Claim cl;
      cl.content = {a.tokens[cb].span.begin, a.tokens[ce - 1].span.end};
      attribute(cl, *at);
      cl.headline = headline;
      a.claims.push_back(std::move(cl));
    }
  };
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    Attr& at = attrs[i];
    if (at.dropped || at.ce <= at.cb) continue;
    at.cb = skip_dateline(at.cb, at.ce);
    // trim quotes and edge punctuation from the content
    while (at.cb < at.ce && (a.tokens[at.cb].kind == TokenKind::quote_open || a.tokens[at.cb].kind == TokenKind::quote_close ||
                             cx.is_punct(at.cb, ",") || cx.is_punct(at.cb, ":")))
      ++at.cb;
    while (at.ce > at.cb && (a.tokens[at.ce - 1].kind == TokenKind::quote_close || a.tokens[at.ce - 1].kind == TokenKind::quote_open ||
                             cx.is_punct(at.ce - 1, ",") || cx.is_punct(at.ce - 1, ".") || cx.is_punct(at.ce - 1, ":")))
      --at.ce;
    if (at.ce <= at.cb) continue;
    attributed.emplace_back(at.cb, at.ce);
    // a quotation of several sentences is one claim per sentence, all with the same source
    std::size_t part = at.cb;
    if (at.direct)
      for (std::size_t k = at.cb + 2; k + 1 < at.ce; ++k) {
        const std::string& w = a.tokens[k].lower;
        if (a.tokens[k].kind != TokenKind::punct || (w != "." && w != "!" && w != "?")) continue;
        const Token& nx = a.tokens[k + 1];
        bool opens = nx.cap || nx.kind == TokenKind::number || nx.kind == TokenKind::quote_open;
        if (!opens || k - part < 3) continue;
        make_claims(part, k, &at, a.sentences[a.tokens[part].sentence].headline);
        part = k + 1;
      }
    make_claims(part, at.ce, &at, a.sentences[a.tokens[part].sentence].headline);
  }
  // Narration with figures (the article's own voice).
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    std::size_t b = s.tok_begin, e = cx.content_end(s);
    if (e <= b || s.repeat) continue;
    // the parts of the sentence outside attributed content and sources
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    for (int ai : by_sentence[si]) {
      const Attr& at = attrs[ai];
      taken.emplace_back(std::min({at.cb, at.kb, at.se > at.sb ? at.sb : at.kb}),
                         std::max({at.ce, at.ke, at.se}));
    }
    std::sort(taken.begin(), taken.end());
    std::size_t cur = b;
    auto flush = [&](std::size_t x, std::size_t y) {
      x = skip_dateline(x, y);
      while (x < y && (cx.is_punct(x, ",") || a.tokens[x].kind == TokenKind::quote_close)) ++x;
      while (y > x && (cx.is_punct(y - 1, ",") || a.tokens[y - 1].kind == TokenKind::quote_open)) --y;
      if (y > x) make_claims(x, y, nullptr, s.headline);
    };
    for (auto& [x, y] : taken) {
      if (x > cur) flush(cur, x);
      cur = std::max(cur, y);
    }
    if (cur < e) flush(cur, e);
  }
  std::stable_sort(a.claims.begin(), a.claims.end(), [](const Claim& x, const Claim& y) { return x.content.begin < y.content.begin; });
  // subset_of indices were claim indices before sorting: re-link by identity of spans
  // (claims are created in order within one content, and sorting is stable by start, so
  // recompute subset links as "the nearest earlier claim in the same sentence with a count").
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    Claim& c = a.claims[i];
    if (!c.count || c.count->subset_of < 0) continue;
    c.count->subset_of = -1;
    for (std::size_t j = i; j-- > 0;)
      if (a.claims[j].count && a.claims[j].content.end <= c.content.begin) { c.count->subset_of = static_cast<int>(j); break; }
  }
  // Evidence: the sentence(s) of the content.
  for (Claim& c : a.claims) {
    // the sentences overlapping the content (binary search: sentences are in text order)
    auto first_it = std::upper_bound(a.sentences.begin(), a.sentences.end(), c.content.begin,
                                     [](std::size_t v, const Sentence& s) { return v < s.span.end; });
    auto last_it = std::lower_bound(a.sentences.begin(), a.sentences.end(), c.content.end,
                                    [](const Sentence& s, std::size_t v) { return s.span.begin < v; });
    std::size_t first = first_it == a.sentences.end() ? a.sentences.size() - 1 : static_cast<std::size_t>(first_it - a.sentences.begin());
    std::size_t last = last_it == a.sentences.begin() ? 0 : static_cast<std::size_t>(last_it - a.sentences.begin()) - 1;
    if (last < first) last = first;
    c.evidence = {std::min(a.sentences[first].span.begin, c.content.begin), std::max(a.sentences[last].span.end, c.content.end)};
  }
  // Unsupported: "X has not presented evidence", "without evidence", "could not be verified".
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    std::string f = fold(a.text(a.sentences[si].span));
    bool unsupported = f.find("not presented evidence") != std::string::npos || f.find("not provided evidence") != std::string::npos ||
                       f.find("no evidence") != std::string::npos || f.find("without evidence") != std::string::npos ||
                       f.find("without providing evidence") != std::string::npos || f.find("not possible to verify") != std::string::npos ||
                       f.find("could not be verified") != std::string::npos || f.find("not independently verif") != std::string::npos ||
                       f.find("did not provide evidence") != std::string::npos || f.find("not offer evidence") != std::string::npos;
    if (!unsupported) continue;
    // whose claims: a person named or referred to in the sentence, else the previous speaker
    int who = -1;
    // the subject: a name opening the sentence ("The Interior Ministry has not presented evidence")
    for (const Mention& m : a.mentions)
      if (m.sentence == si && m.tok_begin <= a.sentences[si].tok_begin + 1 && m.type != EntityType::place) { who = m.entity; break; }
    for (const Mention& m : a.mentions)
      if (who < 0 && m.sentence == si && m.type == EntityType::person) { who = m.entity; break; }
    if (who < 0) {
      const Sentence& s = a.sentences[si];
      for (std::size_t t = s.tok_begin; t < s.tok_end && who < 0; ++t) {
        const std::string& w = a.tokens[t].lower;
        if (lx.titles.count(w))
          for (const Role& r : a.roles)
            if (fold(r.title).find(w) != std::string::npos) { who = r.holder; break; }
        if (w == "he" || w == "she") who = last_person_before(t);
      }
    }
    for (Claim& c : a.claims)
      if (c.evidence.begin < a.sentences[si].span.begin && (who < 0 ? false : c.claimant == who)) c.unsupported = true;
    if (who < 0)
      for (Claim& c : a.claims)
        if (si > 0 && c.evidence.begin >= a.sentences[si - 1].span.begin && c.evidence.end <= a.sentences[si - 1].span.end + 1)
          c.unsupported = true;
  }
}

namespace {

// Days since 1970-01-01 for a civil date and back (Howard Hinnant's algorithms).
long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

}  // namespace

void resolve_dates(Analysis& a) {
  const std::string& pub = a.doc.date;
  if (pub.size() != 10) return;
  long y = std::atol(pub.substr(0, 4).c_str());
  unsigned m = static_cast<unsigned>(std::atoi(pub.substr(5, 2).c_str())), d = static_cast<unsigned>(std::atoi(pub.substr(8, 2).c_str()));
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return;
  const long today = days_from_civil(y, m, d);
  const int pub_wd = static_cast<int>(((today % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday (4); 0 = Sunday
  static const char* const k_days[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (Claim& c : a.claims) {
    auto fit = std::lower_bound(a.tokens.begin(), a.tokens.end(), c.evidence.begin,
                                [](const Token& t, std::size_t v) { return t.span.begin < v; });
    std::size_t first = static_cast<std::size_t>(fit - a.tokens.begin()), last = first;
    while (last < a.tokens.size() && a.tokens[last].span.end <= c.evidence.end) ++last;
    for (std::size_t t = first; t < last && c.date.empty(); ++t) {
      const std::string& w = a.tokens[t].lower;
      if (w == "today") c.date = pub;
      else if (w == "yesterday") c.date = civil_from_days(today - 1);
      for (int k = 0; k < 7 && c.date.empty(); ++k)
        if (w == k_days[k]) c.date = civil_from_days(today - ((pub_wd - k + 7) % 7));  // the latest such day
      for (unsigned k = 0; k < 12 && c.date.empty(); ++k)
        if (w == month_name(static_cast<int>(k) + 1) && t + 1 < last && a.tokens[t + 1].kind == TokenKind::number && a.tokens[t + 1].lower.size() <= 2) {
          unsigned day = static_cast<unsigned>(std::atoi(a.tokens[t + 1].lower.c_str()));
          if (day < 1 || day > 31) continue;
          long yy = y;
          if (t + 3 < last && a.tokens[t + 2].lower == "," && a.tokens[t + 3].kind == TokenKind::number && a.tokens[t + 3].lower.size() == 4)
            yy = std::atol(a.tokens[t + 3].lower.c_str());
          else if (days_from_civil(y, k + 1, day) > today) yy = y - 1;  // "January 2" in a later article
          c.date = civil_from_days(days_from_civil(yy, k + 1, day));
        }
    }
  }
}

// The interval a hedged figure allows.
static std::pair<double, double> interval(const Count& c) {
  double v = *c.value;
  if (c.value_max) return {v, *c.value_max};
  if (c.qualifier == "approx") return {v * 0.85, v * 1.15};
  if (c.qualifier == "more-than") return {v + 1e-9, 1e300};
  if (c.qualifier == "at-least") return {v, 1e300};
  if (c.qualifier == "less-than") return {0, v - 1e-9};
  if (c.qualifier == "up-to") return {0, v};
  return {v, v};
}
std::string measure_family(const std::string& unit) {
  if (unit == "arrested" || unit == "detained") return "detained";
  return unit;
}
bool comparable_count(const Count& c) {
  {
    // "131 Iraqis": people of a nationality count as people
    std::string f0 = fold(c.counted);
    auto sp0 = f0.find(' ');
    if (lexicon().demonyms.count(sp0 == std::string::npos ? f0 : f0.substr(0, sp0))) return true;
  }
  static const std::unordered_set<std::string> k = {"people", "deaths", "dead", "corpses", "bodies", "detainees",
                                                    "persons", "injured", "wounded", "victims", "arrested", "detained"};
  std::string f = fold(c.counted);
  auto sp = f.find(' ');
  std::string first = sp == std::string::npos ? f : f.substr(0, sp);
  return k.count(first) > 0;
}

bool counts_disagree(const Count& x, const Count& y) {
  if (!x.value || !y.value) return false;
  auto [xl, xh] = interval(x);
  auto [yl, yh] = interval(y);
  return !(xh >= yl && yh >= xl);
}

void find_discrepancies(Analysis& a) {
  static const std::unordered_set<std::string> k_measures = {"dead", "injured", "arrested", "detained", "dead_or_injured"};
  // An article that lists many incidents has many figures of one measure that are not about the
  // same event; there only figures presented as totals or tallies are compared.
  std::map<std::string, int> per_family;
  for (const Claim& c : a.claims)
    if (c.count && c.count->value && k_measures.count(c.count->unit) && comparable_count(*c.count) && c.count->subset_of < 0)
      ++per_family[measure_family(c.count->unit)];
  auto total_like = [&](const Claim& c) {
    std::string f = " " + fold(a.text(c.evidence)) + " ";
    for (char& ch : f)
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) ch = ' ';
    for (const char* w : {" total ", " toll ", " tally ", " figures ", " official data ", " count ", " so far ", " in all ",
                          " overall ", " estimate ", " latest ", " altogether ", " revised "})
      if (f.find(w) != std::string::npos) return true;
    return c.headline;
  };
  // What a claim's sentence says of the figure's age: an earlier one ("the previous estimate",
  // "originally reported", "the latest official data only collected"), a newer one ("rose to",
  // "revised"), or nothing; worked out once per claim.
  enum class Timing { none, older, newer };
  std::vector<std::optional<Timing>> timings(a.claims.size());
  auto timing_of = [&](std::size_t ci) {
    if (!timings[ci]) {
      std::string f = fold(a.text(a.claims[ci].evidence));
      auto has = [&](const char* w) { return f.find(w) != std::string::npos; };
      timings[ci] = has("previous") || has("earlier") || has("initial") || has("originally") || has("only collected")
                        ? Timing::older
                    : has("revised") || has("rose to") || has("risen to") ? Timing::newer
                                                                            : Timing::none;
    }
    return *timings[ci];
  };
  // The months and years a claim names: its own words, else its sentence ("…, although government
  // figures said 131 Iraqis died"); worked out once per claim.
  std::vector<std::optional<std::set<std::string>>> months(a.claims.size());
  auto months_of = [&](std::size_t ci) -> const std::set<std::string>& {
    if (months[ci]) return *months[ci];
    std::set<std::string> out;
    const Claim& c = a.claims[ci];
    for (const Span span : {c.content, c.evidence}) {
      if (!out.empty()) break;
      auto t = std::lower_bound(a.tokens.begin(), a.tokens.end(), span.begin,
                                [](const Token& tk, std::size_t v) { return tk.span.begin < v; });
      for (; t != a.tokens.end() && t->span.end <= span.end; ++t)
        if ((month_index(t->lower) != 0 && t->cap) ||
            (t->kind == TokenKind::number && t->lower.size() == 4 && t->lower >= "1900" && t->lower <= "2100"))
          out.insert(t->lower);
    }
    months[ci] = std::move(out);
    return *months[ci];
  };
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    const Claim& x = a.claims[i];
    if (!x.count || !x.count->value || !k_measures.count(x.count->unit) || !comparable_count(*x.count) || x.count->subset_of >= 0) continue;
    for (std::size_t j = i + 1; j < a.claims.size(); ++j) {
      const Claim& y = a.claims[j];
      if (!y.count || !y.count->value || measure_family(y.count->unit) != measure_family(x.count->unit) || !comparable_count(*y.count) ||
          y.count->subset_of >= 0)
        continue;
      if (!counts_disagree(*x.count, *y.count)) continue;
      if (per_family[measure_family(x.count->unit)] > 3 && !(total_like(x) && total_like(y))) continue;
      // one source giving two figures of a measure is telling of two groups or two moments ("22 left
      // the hospital, and 11 remain"), unless the text calls one of them the earlier figure
      auto source_of = [&](const Claim& c) { return c.claimant >= 0 ? "#" + std::to_string(c.claimant) : fold(c.claimant_text); };
      if (source_of(x) == source_of(y) && timing_of(i) == Timing::none && timing_of(j) == Timing::none) continue;
      // "One died after falling …" beside "the toll rose to 15": a single death told as an incident
      // is part of a total, not a rival figure
      const Claim& smaller = *x.count->value < *y.count->value ? x : y;
      if (*smaller.count->value <= 2 && !total_like(smaller)) continue;
      // figures of different months or years ("in June", "since May 10, 2010") are of different events
      const auto& mx = months_of(i);
      const auto& my = months_of(j);
      bool shared = false;
      for (const std::string& w : mx) shared |= my.count(w) > 0;
      if (!mx.empty() && !my.empty() && !shared) continue;
      // one discrepancy per pair of distinct figures
      bool dup = false;
      for (const Discrepancy& d : a.discrepancies)
        if (*a.claims[d.a].count->value == *x.count->value && *a.claims[d.b].count->value == *y.count->value) dup = true;
      if (dup) continue;
      Discrepancy d;
      d.a = static_cast<int>(i);
      d.b = static_cast<int>(j);
      d.unit = measure_family(x.count->unit);
      // which is newer: the other one when a sentence calls a figure previous/earlier/initial
      bool older_x = timing_of(i) == Timing::older, older_y = timing_of(j) == Timing::older;
      if (older_y && !older_x) d.newer = d.a;
      else if (older_x && !older_y) d.newer = d.b;
      a.discrepancies.push_back(d);
    }
  }
}

}  // namespace cg::extract
