// SPDX-License-Identifier: MIT
/// @file types.hpp The plain data types passed between the extraction stages.
///
/// Every span is a byte range [begin, end) into Document::text (UTF-8). Conversion to code
/// points (what FORMAT.md and NIF want) happens once, when printing (see json.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cg::extract {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return end <= begin; }
  std::size_t size() const { return end > begin ? end - begin : 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// load: one article. `text` is the document text every span refers to.
struct Document {
  std::string id;        ///< file stem or JSON Lines "id"
  std::string uri;       ///< source URL when known
  std::string title;     ///< headline (from HTML <title>/JSON "title", else the first line)
  std::string date;      ///< publication date YYYY-MM-DD when known, else empty
  std::string text;      ///< the document text (as given for .txt; extracted text for HTML)
  std::string source;    ///< the path it came from
  std::vector<Span> boilerplate;  ///< ranges of `text` that are site furniture, skipped
  std::optional<Span> headline;   ///< the headline line inside `text`, when there is one
  std::vector<Span> repeats;      ///< lines repeating the headline: names count, claims do not
};

/// segment
enum class TokenKind { word, number, punct, quote_open, quote_close };

struct Token {
  Span span;
  TokenKind kind = TokenKind::word;
  std::string lower;     ///< case-folded, diacritics removed, ASCII apostrophe
  bool cap = false;      ///< starts with an upper-case letter
  bool all_caps = false; ///< two or more letters, all upper case
  bool in_quote = false; ///< inside quotation marks
  std::size_t sentence = 0;
};

struct Sentence {
  Span span;
  std::size_t tok_begin = 0, tok_end = 0;  ///< token index range
  bool headline = false;
  bool title_case = false;  ///< most words capitalised (headline style)
  bool repeat = false;      ///< repeats the headline (no claims of its own)
};

enum class EntityType { person, organization, place };

/// mentions: a proper-name span.
struct Mention {
  Span span;
  EntityType type = EntityType::person;
  std::string surface;
  std::size_t sentence = 0;
  std::size_t tok_begin = 0, tok_end = 0;
  int entity = -1;
};

/// roles: "the head of X of Y, NAME", "NAME, the president of X", "X's interior minister NAME".
struct Role {
  int holder = -1;     ///< entity index
  std::string title;   ///< as written ("head of the Criminal Procedure Service")
  int org = -1;        ///< entity index or -1
  int place = -1;      ///< entity index or -1
  bool former = false;
  Span evidence;       ///< the text stating the role
};

/// entities: mentions of one referent merged.
struct Entity {
  EntityType type = EntityType::person;
  std::string canonical;
  std::string slug;                ///< readable stable IRI part ("serik-shalabaev")
  std::vector<int> mentions;       ///< mention indices
  std::vector<std::string> nominals;  ///< descriptive references seen ("the ministry")
  int part_of = -1;
  int located_in = -1;
};

/// counts: a figure inside a claim.
struct Count {
  std::optional<double> value;     ///< null for vague quantities ("dozens")
  std::optional<double> value_max; ///< ranges
  std::string quantity_text;       ///< as written, with the hedge
  std::string unit;                ///< dead, injured, arrested, ... (gold/SCHEMA.md)
  std::string counted;             ///< who or what is counted
  std::string qualifier;           ///< exact, approx, more-than, less-than, at-least, up-to
  Span span;                       ///< the number phrase
  int subset_of = -1;              ///< claim index of the containing count ("of which", "including")
};

/// claims: one proposition with its attribution.
struct Claim {
  int claimant = -1;           ///< entity index, or -1
  std::string claimant_text;   ///< the source phrase as written, or empty
  Span claimant_span;
  std::string cue;             ///< as written ("has indicated"), or empty
  std::string cue_lemma;       ///< say, report, according to, ...
  std::string mode;            ///< direct-quote, reported-speech, according-to, passive, narration
  std::string channel;         ///< e.g. Twitter
  Span content;
  Span evidence;               ///< the sentence(s)
  bool direct_quote = false;
  bool headline = false;
  bool unsupported = false;    ///< the text says no evidence was given
  int reported_by = -1;        ///< entity relaying the claim (nested attribution)
  std::optional<Count> count;
  std::string date;            ///< resolved date stated in the sentence, when any
};

/// discrepancies: counts of one measure that disagree.
struct Discrepancy {
  int a = -1, b = -1;   ///< claim indices
  std::string unit;
  int newer = -1;       ///< the claim the text presents as the later figure, or -1
};

/// The result of extracting one document.
struct Analysis {
  Document doc;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Role> roles;
  std::vector<Claim> claims;
  std::vector<Discrepancy> discrepancies;
  std::string rendered;  ///< output a batch runner prepared on a worker thread (e.g. the JSON line)

  std::string_view text(Span s) const { return std::string_view(doc.text).substr(s.begin, s.size()); }
};

const char* to_string(EntityType t);

}  // namespace cg::extract
