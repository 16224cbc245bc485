// SPDX-License-Identifier: MIT
#include "extract/text.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "common/utf8.hpp"

namespace cg::extract {

namespace {

// ASCII base letter of U+00C0..U+017F (0 = none), lower case.
char latin_base(char32_t c) {
  static constexpr char k_latin1[] =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  static constexpr char k_ext_a[] =  // U+0100..U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllll"
      "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (c >= 0xC0 && c <= 0xFF) return k_latin1[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) return k_ext_a[c - 0x100];
  switch (c) {
    case 0x1E0C: case 0x1E0D: return 'd';
    case 0x1E24: case 0x1E25: case 0x1E29: case 0x1E2A: case 0x1E2B: return 'h';
    case 0x1E62: case 0x1E63: return 's';
    case 0x1E6C: case 0x1E6D: return 't';
    case 0x1E92: case 0x1E93: return 'z';
    case 0x0218: case 0x0219: return 's';
    case 0x021A: case 0x021B: return 't';
    default: return 0;
  }
}

}  // namespace

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}
bool is_open_quote(char32_t c) { return c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == 0x201A; }
bool is_close_quote(char32_t c) { return c == 0x201D || c == 0xBB || c == 0x2019; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018; }
std::string_view month_name(int m) {
  static constexpr std::string_view k_names[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  return m >= 1 && m <= 12 ? k_names[m - 1] : std::string_view();
}

int month_index(std::string_view folded, bool short_forms) {
  for (int m = 1; m <= 12; ++m)
    if (folded == month_name(m)) return m;
  if (short_forms && folded.size() >= 4 && folded.back() == '.') {
    std::string_view stem = folded.substr(0, folded.size() - 1);
    if (stem == "sept") return 9;
    for (int m = 1; m <= 12; ++m)
      if (stem.size() == 3 && month_name(m).substr(0, 3) == stem && m != 5) return m;  // "may." is no abbreviation
  }
  return 0;
}

bool is_dash(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015; }

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE00 && c <= 0xFE6F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c >= 0x1F000) return false;  // emoji
  if (c >= 0x2B0 && c <= 0x36F) return c == 0x2BC ? false : c < 0x300;  // modifiers; combining marks no
  return true;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) {
    static constexpr char k_upper[] =
        "1010101010101010101010101010101010101010101010101010101001010101"
        "0101010100101010101010101010101010101010101010101010101011010100";
    return k_upper[c - 0x100] == '1';
  }
  if (c >= 0x391 && c <= 0x3A9) return true;  // Greek
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic
  return false;
}

std::string strip_diacritics(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) { out.push_back(static_cast<char>(b)); ++i; continue; }
    char32_t c = utf8::decode(text, i);
    if (char base = latin_base(c)) {
      bool up = is_upper(c);
      out.push_back(up ? static_cast<char>(base - 'a' + 'A') : base);
    } else if (is_apostrophe(c) && c != 0x2018) {
      out.push_back('\'');
    } else if (c == 0x201C || c == 0x201D) {
      out.push_back('"');
    } else if (is_space(c)) {
      out.push_back(' ');
    } else if (is_dash(c)) {
      out.push_back('-');
    } else if (c >= 0x300 && c <= 0x36F) {
      // combining mark: dropped
    } else {
      utf8::append(out, c);
    }
  }
  return out;
}

std::string fold(std::string_view text) {
  std::string s = strip_diacritics(text);
  for (char& ch : s)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return s;
}

std::vector<std::size_t> code_point_index(std::string_view text) {
  std::vector<std::size_t> idx(text.size() + 1);
  std::size_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    idx[i] = cp;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
  }
  idx[text.size()] = cp;
  // continuation bytes map to the code point they belong to
  return idx;
}

namespace {

const std::unordered_set<std::string>& abbreviations() {
  static const std::unordered_set<std::string> set = {
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "brig", "cpl", "pvt",
      "gov", "sen", "rep", "rev", "st", "sr", "jr", "prof", "inc", "ltd", "co", "corp", "no", "vs",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
      "ft", "est", "approx", "dept", "univ", "assn", "bros", "messrs", "hon", "pres", "supt", "cmdr",
      "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "u.s.a", "i.e", "e.g", "etc", "al"};
  return set;
}

const std::unordered_set<std::string>& name_participles() {
  static const std::unordered_set<std::string> set = {
      "led", "held", "controlled", "backed", "based", "run", "owned", "allied", "linked", "affiliated", "aligned",
      "funded", "sponsored", "supported", "occupied", "dominated", "brokered", "organised", "organized", "inspired",
      "installed", "appointed", "administered", "friendly", "born", "made", "built", "bound"};
  return set;
}

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  char32_t peek(std::size_t at) const {
    if (at >= text.size()) return 0;
    std::size_t j = at;
    return utf8::decode(text, j);
  }
  std::size_t next(std::size_t at) const {
    std::size_t j = at;
    utf8::decode(text, j);
    return j;
  }
};

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

void segment(const Document& doc, std::vector<Token>& tokens, std::vector<Sentence>& sentences) {
  const std::string_view text = doc.text;
  tokens.clear();
  sentences.clear();
  Cursor cur{text};

  // Boilerplate ranges are skipped; a skipped range and a blank line end a sentence.
  std::vector<Span> skip = doc.boilerplate;
  std::sort(skip.begin(), skip.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::size_t skip_i = 0;

  // Spreadsheet-exported paragraphs wrap the whole line in quotation marks and double the
  // ones inside ("The coalition said it has ""definitively determined"" it was not …"): the
  // wrapping marks are no quotation, and each doubled mark is one.
  std::vector<std::size_t> csv_wrap;  // byte offsets of wrapping marks, ascending
  for (std::size_t ls = 0; ls < text.size();) {
    std::size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = text.size();
    std::size_t b = ls, e = le;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e >= b + 4 && text[b] == '"' && text[e - 1] == '"' && text.substr(b + 1, e - b - 2).find("\"\"") != std::string_view::npos) {
      csv_wrap.push_back(b);
      csv_wrap.push_back(e - 1);
    }
    ls = le + 1;
  }
  auto csv_line_mark = [&](std::size_t at) { return std::binary_search(csv_wrap.begin(), csv_wrap.end(), at); };
  auto in_csv_line = [&](std::size_t at) {
    auto it = std::upper_bound(csv_wrap.begin(), csv_wrap.end(), at);
    return it != csv_wrap.begin() && it != csv_wrap.end() && ((it - csv_wrap.begin()) % 2) == 1;
  };

  // Sentence breaks forced before a token index (line structure).
  std::vector<std::size_t> forced;
  bool quote_open = false;
  std::size_t i = 0;
  std::size_t newlines_since_token = 0;
  bool line_break_pending = false;
  while (i < text.size()) {
    while (skip_i < skip.size() && skip[skip_i].end <= i) ++skip_i;
    if (skip_i < skip.size() && skip[skip_i].begin <= i) {
      i = skip[skip_i].end;
      line_break_pending = true;
      newlines_since_token = 2;
      continue;
    }
    std::size_t start = i;
    char32_t c = cur.peek(i);
    std::size_t after = cur.next(i);
    if (is_space(c)) {
      if (c == '\n') { ++newlines_since_token; line_break_pending = true; }
      i = after;
      continue;
    }
    Token tok;
    if (line_break_pending && !tokens.empty()) {
      // A line break ends the sentence unless the line obviously continues (lower-case next).
      bool continues = false;
      if (newlines_since_token < 2) {
        const Token& prev = tokens.back();
        char32_t pc = 0;
        {
          std::size_t j = prev.span.end - 1;
          while (j > prev.span.begin && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
          pc = cur.peek(j);
        }
        bool prev_open = !(pc == '.' || pc == '!' || pc == '?' || pc == ':' || is_close_quote(pc) || pc == '"');
        bool next_lower = c < 0x80 ? (c >= 'a' && c <= 'z') : (is_letter(c) && !is_upper(c));
        continues = prev_open && next_lower;
      }
      if (!continues) forced.push_back(tokens.size());
      // a quotation left open at the end of a line goes on when the next line closes it without
      // opening one first (text kept one sentence per line: `" The OSCE is involved.\nBut …, " said X`)
      if (!continues && quote_open) {
        std::size_t line_end = text.find('\n', start);
        if (line_end == std::string_view::npos) line_end = text.size();
        // the line's first double quotation mark decides: a closing one (”, or " not followed by a
        // letter or digit) carries the quotation on; an opening one starts afresh
        bool closes_first = false;
        for (std::size_t k = start; k < line_end;) {
          char32_t d = cur.peek(k);
          std::size_t after_mark = cur.next(k);
          if (d == 0x201D) { closes_first = true; break; }
          if (d == 0x201C || d == 0x201E || d == 0xAB) break;
          if (d == '"') {
            char32_t e = cur.peek(after_mark);
            closes_first = k > start && !is_letter(e) && !(e >= '0' && e <= '9');
            break;
          }
          k = after_mark;
        }
        if (!closes_first) quote_open = false;
      }
    }
    line_break_pending = false;
    newlines_since_token = 0;

    if (is_letter(c) || is_digit(c)) {
      // word or number
      std::size_t j = after;
      bool has_alpha = is_letter(c);
      bool has_digit = is_digit(c);
      while (j < text.size()) {
        char32_t d = cur.peek(j);
        std::size_t dn = cur.next(j);
        if (is_letter(d) || is_digit(d) || (d >= 0x300 && d <= 0x36F)) {
          has_alpha |= is_letter(d);
          has_digit |= is_digit(d);
          j = dn;
          continue;
        }
        char32_t e = cur.peek(dn);
        if ((d == ',' || d == '.') && has_digit && !has_alpha && is_digit(e) && j > start) { j = dn; continue; }
        if ((d == '-' || d == 0x2011) && (is_letter(e) || is_digit(e))) {
          // "US-led", "ISIL-held", "Kremlin-backed": the name stands apart from the participle
          // that makes it a modifier, so it can be a mention of its own
          // "then-President", "ex-President": the prefix says the office is a past one
          if (j - start <= 4 && (fold(text.substr(start, j - start)) == "then" || fold(text.substr(start, j - start)) == "ex") &&
              is_upper(e))
            break;
          if (is_upper(c)) {
            std::size_t k = dn;
            while (k < text.size() && is_letter(cur.peek(k))) k = cur.next(k);
            std::string rest = fold(text.substr(dn, k - dn));
            if (name_participles().count(rest) && !is_letter(cur.peek(k))) break;
          }
          j = dn;
          continue;
        }
        if (is_apostrophe(d) && is_letter(e) && d != 0x2018) {
          // possessive 's / ’s is split off; O'Brien, al-Qa'ida stay whole
          std::size_t en = cur.next(dn);
          char32_t f = cur.peek(en);
          if ((e == 's' || e == 'S') && !is_letter(f)) break;
          if ((e == 't') && !is_letter(f) && j > start && (cur.peek(j - 1) == 'n')) break;  // don't
          j = dn;
          continue;
        }
        if (d == '.' && has_alpha && is_letter(e) && cur.peek(cur.next(dn)) == '.') { j = dn; continue; }  // U.S.
        if (d == '.' && has_alpha && is_letter(e) && j - start == 1) { j = dn; continue; }                // U.N
        break;
      }
      // trailing period belongs to abbreviations and initials
      if (j < text.size() && text[j] == '.') {
        std::string w = fold(text.substr(start, j - start));
        bool initial = (j - start == 1) && is_upper(c);
        if (abbreviations().count(w) || initial || w.find('.') != std::string::npos) ++j;
      }
      tok.span = {start, j};
      tok.kind = has_alpha ? TokenKind::word : TokenKind::number;
      if (has_alpha && has_digit) tok.kind = TokenKind::word;
      i = j;
    } else if (is_apostrophe(c) && c != 0x2018 && start > 0 && !tokens.empty() && tokens.back().span.end == start &&
               (cur.peek(after) == 's' || cur.peek(after) == 'S') && !is_letter(cur.peek(after + 1)) &&
               !is_digit(cur.peek(after + 1))) {
      // possessive ’s / 's as one token
      tok.kind = TokenKind::punct;
      tok.span = {start, after + 1};
      i = after + 1;
    } else if (c == '"' && csv_line_mark(start)) {
      i = after;  // the wrapping mark of a spreadsheet-quoted line
      continue;
    } else if ((c == '"' && cur.peek(after) == '"' && in_csv_line(start)) ||
               (c == '\'' && cur.peek(after) == '\'' && quote_open && start > 0 && !is_space(cur.peek(start - 1)))) {
      // a doubled mark inside a spreadsheet-quoted line, or '' closing a quotation ("…,'' he said")
      bool closes = c == '\'' || (quote_open && start > 0 && !is_space(cur.peek(start - 1)));
      tok.kind = closes ? TokenKind::quote_close : TokenKind::quote_open;
      quote_open = !closes;
      tok.span = {start, after + 1};
      i = after + 1;
    } else if (c == '"' || is_open_quote(c) || is_close_quote(c) || c == '\'') {
      if (c == '\'' || c == 0x2018 || c == 0x2019) {
        // single quotes: only as quotation marks at word edges; otherwise punctuation
        tok.kind = TokenKind::punct;
      } else if (c == '"') {
        // an open quotation closes at the next straight mark, also when it stands between spaces
        // (tokenised text: `" ordinary people "`); otherwise the mark opens one
        tok.kind = quote_open ? TokenKind::quote_close : TokenKind::quote_open;
      } else {
        tok.kind = is_open_quote(c) ? TokenKind::quote_open : TokenKind::quote_close;
      }
      if (tok.kind == TokenKind::quote_open) quote_open = true;
      if (tok.kind == TokenKind::quote_close) quote_open = false;
      tok.span = {start, after};
      i = after;
    } else {
      std::size_t j = after;
      if (c == '-') while (j < text.size() && text[j] == '-') ++j;  // "--"
      if (c == '.') while (j < text.size() && text[j] == '.') ++j;  // "..."
      tok.kind = TokenKind::punct;
      tok.span = {start, j};
      i = j;
    }
    std::string_view surf = text.substr(tok.span.begin, tok.span.size());
    tok.lower = fold(surf);
    if (tok.kind == TokenKind::word) {
      std::size_t k = 0;
      char32_t first = utf8::decode(surf, k);
      tok.cap = is_upper(first);
      int letters = 0, uppers = 0;
      for (std::size_t m = 0; m < surf.size();) {
        char32_t d = utf8::decode(surf, m);
        if (is_letter(d)) { ++letters; uppers += is_upper(d); }
      }
      tok.all_caps = letters >= 2 && uppers == letters;
    }
    tok.in_quote = quote_open && tok.kind != TokenKind::quote_open;
    tokens.push_back(std::move(tok));
  }

  // Sentence boundaries.
  std::vector<bool> brk(tokens.size() + 1, false);
  for (std::size_t f : forced) brk[f] = true;
  // Quotations: an opening mark pairs with the next closing mark on the same line; tokens
  // between are in_quote, and a multi-sentence quotation stays one sentence.
  for (auto& tk : tokens) tk.in_quote = false;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t].kind != TokenKind::quote_open) continue;
    std::size_t k = t + 1;
    // (across one line break at most, for quotations the line structure cut)
    int breaks = 0;
    while (k < tokens.size() && tokens[k].kind != TokenKind::quote_close && tokens[k].kind != TokenKind::quote_open) {
      if (brk[k] && ++breaks > 1) break;
      ++k;
    }
    if (k < tokens.size() && tokens[k].kind == TokenKind::quote_close && breaks <= 1) {
      for (std::size_t q = t + 1; q < k; ++q) tokens[q].in_quote = true;
      t = k;
    }
  }
  for (std::size_t t = 0; t + 1 < tokens.size(); ++t) {
    const Token& tk = tokens[t];
    if (tk.kind != TokenKind::punct) continue;
    std::string_view s = text.substr(tk.span.begin, tk.span.size());
    if (s != "." && s != "!" && s != "?" && s != "...") continue;
    std::size_t n = t + 1;
    while (n < tokens.size() && (tokens[n].kind == TokenKind::quote_close || text.substr(tokens[n].span.begin, 1) == ")"))
      ++n;
    if (n >= tokens.size()) break;
    const Token& nx = tokens[n];
    bool starts = nx.cap || nx.kind == TokenKind::number || nx.kind == TokenKind::quote_open ||
                  (nx.kind == TokenKind::punct && (text[nx.span.begin] == '(' || text[nx.span.begin] == '-'));
    if (nx.kind == TokenKind::word && !nx.cap) {
      std::size_t k = 0;
      char32_t c0 = utf8::decode(text.substr(nx.span.begin, nx.span.size()), k);
      starts = !is_letter(c0);
    }
    if (starts && !tokens[n].in_quote) brk[n] = true;
  }
  // Abbreviation-final tokens like "U.S." that end the text are fine; initials are not breaks.
  std::size_t sb = 0;
  for (std::size_t t = 1; t <= tokens.size(); ++t) {
    if (t == tokens.size() || brk[t]) {
      Sentence s;
      s.tok_begin = sb;
      s.tok_end = t;
      s.span = {tokens[sb].span.begin, tokens[t - 1].span.end};
      sentences.push_back(s);
      sb = t;
    }
  }
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    Sentence& s = sentences[si];
    int words = 0, caps = 0, all_caps = 0, letter_words = 0;
    bool has_end = false;
    for (std::size_t t = s.tok_begin; t < s.tok_end; ++t) {
      tokens[t].sentence = si;
      if (tokens[t].kind == TokenKind::word && tokens[t].lower.size() > 3) {
        ++words;
        caps += tokens[t].cap;
      }
      if (tokens[t].kind == TokenKind::word && tokens[t].lower.size() >= 2) {
        ++letter_words;
        all_caps += tokens[t].all_caps;
      }
    }
    const Token& last = tokens[s.tok_end - 1];
    std::string_view ls = text.substr(last.span.begin, last.span.size());
    has_end = ls == "." || ls == "!" || ls == "?";
    s.title_case = words >= 4 && caps * 100 >= words * 85 && !has_end;
    // an all-capitals line ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP") is a headline too
    if (letter_words >= 3 && all_caps * 100 >= letter_words * 80) s.title_case = true;
    if (doc.headline && s.span.begin >= doc.headline->begin && s.span.end <= doc.headline->end) {
      s.headline = true;
      // a headline in title case ("Two Hurt", "… Clinton Camp.") is title case too
      if (words >= 1 && caps * 100 >= words * 85) s.title_case = true;
    }
    for (const Span& r : doc.repeats)
      if (s.span.begin >= r.begin && s.span.end <= r.end) s.repeat = true;
  }
}

}  // namespace cg::extract
