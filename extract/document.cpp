// SPDX-License-Identifier: MIT
#include "extract/document.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <string_view>

#include "common/text_file.hpp"
#include "common/utf8.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Letters and digits only, folded: compares "Last Week’s …" with "Last week's …".
std::string skeleton(std::string_view s) {
  std::string f = fold(s), out;
  for (char c : f)
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

bool is_boilerplate_line(std::string_view line) {
  std::string f = fold(trim(line));
  if (f.empty()) return false;
  static const char* const k_phrases[] = {
      "leave a reply", "leave a comment", "your email address will not be published",
      "required fields are marked", "share this", "share on facebook", "share on twitter",
      "click to share", "click to print", "related posts", "related articles", "subscribe to our newsletter",
      "sign up for our newsletter", "all rights reserved", "post a comment", "you must be logged in",
      "this site uses akismet", "save my name, email", "notify me of", "read more", "advertisement",
      "follow us on", "cookie policy", "privacy policy", "terms of use", "comments are closed"};
  for (const char* p : k_phrases) {
    std::size_t n = std::char_traits<char>::length(p);
    if (f.size() <= n + 40 && f.find(p) != std::string::npos) return true;
  }
  // captcha arithmetic: "8 + 1 =", "three × 2 = ?"
  static const std::regex k_captcha(R"(^\s*\w{1,6}\s*[-+x*×]\s*\w{1,6}\s*=\s*[?\w]{0,4}\s*$)");
  if (f.size() < 30 && f.find('=') != std::string::npos && std::regex_match(f, k_captcha)) return true;
  if (f == "facebook" || f == "twitter" || f == "whatsapp" || f == "email" || f == "print" || f == "share" ||
      f == "tweet" || f == "linkedin" || f == "pinterest" || f == "reddit" || f == "telegram")
    return true;
  return false;
}

int month_number(std::string_view w) {
  std::string f = fold(w);
  for (int m = 0; m < 12; ++m) {
    std::string_view name = month_name(m + 1);
    if (f == name || (f.size() >= 3 && name.substr(0, f.size()) == f && f.size() <= name.size())) return m + 1;
  }
  return 0;
}

std::string format_date(int y, int m, int d) {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string parse_date(std::string_view text) {
  std::string s(text);
  std::smatch m;
  static const std::regex k_iso(R"((\d{4})-(\d{2})-(\d{2}))");
  static const std::regex k_dmy(R"((\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?,?\s+(\d{4}))");
  static const std::regex k_mdy(R"(([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))");
  if (std::regex_search(s, m, k_iso)) return format_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(s, m, k_dmy) && month_number(m[2].str()))
    return format_date(std::stoi(m[3]), month_number(m[2].str()), std::stoi(m[1]));
  if (std::regex_search(s, m, k_mdy) && month_number(m[1].str()))
    return format_date(std::stoi(m[3]), month_number(m[1].str()), std::stoi(m[2]));
  return {};
}

std::string file_stem(const std::string& path) {
  if (path == "-") return "stdin";
  std::string stem = std::filesystem::path(path).filename().string();
  for (const char* ext : {".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json"}) {
    std::string_view e = ext;
    if (stem.size() > e.size() && stem.compare(stem.size() - e.size(), e.size(), e) == 0) {
      stem.resize(stem.size() - e.size());
      break;
    }
  }
  return stem;
}

Document make_document(std::string id, std::string text, std::string title, std::string date, std::string uri) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  doc.title = std::move(title);
  doc.date = std::move(date);
  doc.uri = std::move(uri);
  const std::string_view t = doc.text;

  // Lines with their byte ranges.
  std::vector<Span> lines;
  for (std::size_t b = 0; b <= t.size();) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    lines.push_back({b, e});
    b = e + 1;
  }
  // Headline: the first non-empty line when it is short and has no sentence end, or equals the title.
  std::size_t first = 0;
  while (first < lines.size() && trim(t.substr(lines[first].begin, lines[first].size())).empty()) ++first;
  std::string head_skel;
  if (first < lines.size()) {
    std::string_view l = trim(t.substr(lines[first].begin, lines[first].size()));
    bool blank_after = first + 1 < lines.size() && trim(t.substr(lines[first + 1].begin, lines[first + 1].size())).empty();
    bool no_stop = !l.empty() && l.back() != '.' && l.back() != '"' && l.size() < 250;
    bool is_title = !doc.title.empty() && skeleton(l) == skeleton(doc.title);
    // a title-case first line before a blank line is a headline even with a final period
    if (!is_title && blank_after && l.size() < 250) {
      int words = 0, caps = 0;
      std::size_t i = 0;
      while (i < l.size()) {
        while (i < l.size() && !std::isalpha(static_cast<unsigned char>(l[i])) && (static_cast<unsigned char>(l[i]) < 0x80)) ++i;
        std::size_t b = i;
        while (i < l.size() && (std::isalpha(static_cast<unsigned char>(l[i])) || static_cast<unsigned char>(l[i]) >= 0x80)) ++i;
        if (i - b > 3) {
          ++words;
          caps += std::isupper(static_cast<unsigned char>(l[b])) ? 1 : 0;
        }
        if (i == b) ++i;
      }
      if (words >= 4 && caps * 100 >= words * 85) is_title = true;
    }
    if ((no_stop && (blank_after || l.size() < 160)) || is_title) {
      std::size_t off = static_cast<std::size_t>(l.data() - t.data());
      doc.headline = Span{off, off + l.size()};
      head_skel = skeleton(l);
      if (doc.title.empty()) doc.title = std::string(l);
    }
  }
  if (head_skel.empty() && !doc.title.empty()) head_skel = skeleton(doc.title);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = t.substr(lines[i].begin, lines[i].size());
    if (doc.headline && lines[i].begin <= doc.headline->begin && doc.headline->end <= lines[i].end) continue;
    bool repeated = !head_skel.empty() && skeleton(l) == head_skel;
    if (repeated) doc.repeats.push_back(lines[i]);
    else if (is_boilerplate_line(l)) doc.boilerplate.push_back(lines[i]);
  }
  // Everything after "Leave a Reply" (comment forms) is furniture too.
  for (const Span& b : std::vector<Span>(doc.boilerplate)) {
    std::string f = fold(trim(t.substr(b.begin, b.size())));
    if (f.rfind("leave a reply", 0) == 0 || f.rfind("leave a comment", 0) == 0) {
      doc.boilerplate.push_back({b.begin, t.size()});
      break;
    }
  }
  if (doc.date.empty()) {
    // A dateline in the first lines: "MOSCOW (UrduPoint News / Sputnik - 10th August, 2020)".
    std::string_view head = t.substr(0, std::min<std::size_t>(t.size(), 300));
    std::size_t nl = 0;
    for (int k = 0; k < 3 && nl != std::string_view::npos; ++k) nl = head.find('\n', nl + 1);
    doc.date = parse_date(head.substr(0, nl == std::string_view::npos ? head.size() : nl));
  }
  return doc;
}

namespace {

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out.push_back(s[i]); continue; }
    std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) { out.push_back('&'); continue; }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (!ent.empty() && ent[0] == '#') {
      try {
        cp = (ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X')) ? std::stoul(std::string(ent.substr(2)), nullptr, 16)
                                                                   : std::stoul(std::string(ent.substr(1)));
      } catch (...) { cp = 0; }
    } else {
      static const std::pair<const char*, char32_t> k_names[] = {
          {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
          {"nbsp", 0xA0},    {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"rdquo", 0x201D},  {"ldquo", 0x201C},
          {"mdash", 0x2014}, {"ndash", 0x2013},  {"hellip", 0x2026}, {"laquo", 0xAB},    {"raquo", 0xBB},
          {"eacute", 0xE9},  {"aacute", 0xE1},   {"oacute", 0xF3},   {"iacute", 0xED},   {"uacute", 0xFA},
          {"ntilde", 0xF1},  {"ouml", 0xF6},     {"uuml", 0xFC},     {"auml", 0xE4},     {"ccedil", 0xE7}};
      for (auto& [name, c] : k_names)
        if (ent == name) cp = c;
    }
    if (cp == 0 || cp > 0x10FFFF) { out.push_back('&'); continue; }
    utf8::append(out, cp);
    i = semi;
  }
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string attr_value(std::string_view tag, std::string_view name) {
  std::string lt = lower_ascii(tag);
  std::size_t p = lt.find(std::string(name) + "=");
  if (p == std::string::npos) return {};
  p += name.size() + 1;
  if (p >= tag.size()) return {};
  char q = tag[p];
  if (q == '"' || q == '\'') {
    std::size_t e = tag.find(q, p + 1);
    if (e == std::string_view::npos) return {};
    return std::string(tag.substr(p + 1, e - p - 1));
  }
  std::size_t e = p;
  while (e < tag.size() && !std::isspace(static_cast<unsigned char>(tag[e])) && tag[e] != '>') ++e;
  return std::string(tag.substr(p, e - p));
}

}  // namespace

Result<Document> document_from_html(std::string id, std::string_view html) {
  std::string text, title, date, url;
  static const char* const k_skip[] = {"script", "style", "nav", "header", "footer", "form", "aside",
                                       "noscript", "iframe", "svg", "button", "select", "template", "menu"};
  static const char* const k_block[] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                        "section", "article", "blockquote", "ul", "ol", "table", "title", "hr"};
  std::size_t i = 0;
  std::string skip_until;
  bool in_title = false;
  std::string pending;
  auto flush = [&](bool block) {
    std::string d = decode_entities(pending);
    pending.clear();
    // collapse whitespace
    std::string c;
    bool sp = false;
    for (char ch : d) {
      bool s = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
      if (s) { sp = true; continue; }
      if (sp && !c.empty()) c.push_back(' ');
      sp = false;
      c.push_back(ch);
    }
    if (sp && !c.empty() && !block) c.push_back(' ');
    if (in_title) { title += c; return; }
    if (skip_until.empty()) text += c;
    if (block && !text.empty() && text.back() != '\n') text += "\n";
  };
  while (i < html.size()) {
    if (html[i] != '<') { pending.push_back(html[i++]); continue; }
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? html.size() : e + 3;
      continue;
    }
    std::size_t e = html.find('>', i);
    if (e == std::string_view::npos) break;
    std::string_view tag = html.substr(i + 1, e - i - 1);
    i = e + 1;
    bool closing = !tag.empty() && tag[0] == '/';
    std::string_view nm = tag.substr(closing ? 1 : 0);
    std::size_t ne = 0;
    while (ne < nm.size() && (std::isalnum(static_cast<unsigned char>(nm[ne])))) ++ne;
    std::string name = lower_ascii(nm.substr(0, ne));
    bool block = false;
    for (const char* b : k_block) block |= name == b;
    flush(block);
    if (!skip_until.empty()) {
      if (closing && name == skip_until) skip_until.clear();
      continue;
    }
    if (name == "meta") {
      std::string prop = lower_ascii(attr_value(tag, "property") + attr_value(tag, "name") + attr_value(tag, "itemprop"));
      std::string content = decode_entities(attr_value(tag, "content"));
      if (prop.find("published") != std::string::npos || prop == "date" || prop.find("datepublished") != std::string::npos)
        if (date.empty()) date = parse_date(content);
      if (prop == "og:url" && url.empty()) url = content;
      if (prop == "og:title" && title.empty()) title = content;
      continue;
    }
    if (name == "time" && !closing && date.empty()) date = parse_date(attr_value(tag, "datetime"));
    if (name == "link" && lower_ascii(attr_value(tag, "rel")) == "canonical" && url.empty()) url = attr_value(tag, "href");
    if (name == "title") { in_title = !closing; continue; }
    if (!closing && tag.back() != '/') {
      for (const char* s : k_skip)
        if (name == s) skip_until = name;
    }
  }
  flush(true);
  // Drop empty lines' runs to single blank lines.
  std::string clean;
  for (std::size_t b = 0; b < text.size();) {
    std::size_t nl = text.find('\n', b);
    if (nl == std::string::npos) nl = text.size();
    std::string_view l = trim(std::string_view(text).substr(b, nl - b));
    if (!l.empty()) { clean.append(l); clean += "\n\n"; }
    b = nl + 1;
  }
  std::string_view tt = trim(title);
  std::string full;
  if (!tt.empty() && clean.rfind(std::string(tt), 0) != 0) full = std::string(tt) + "\n\n";
  full += clean;
  if (trim(clean).empty())
    return unexpected(make_diagnostic(DiagKind::data, "the HTML page has no article text (only markup, scripts or menus)"));
  return make_document(std::move(id), std::move(full), std::string(tt), std::move(date), std::move(url));
}

void load_documents(const std::string& path, const DocumentSink& sink) {
  const std::string name = display_name(path);
  auto fail = [&](std::string msg) { sink(unexpected(make_diagnostic(DiagKind::data, std::move(msg), name))); };
  std::string lower = lower_ascii(path);
  auto ends = [&](std::string_view e) { return lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0; };
  const bool jsonl = ends(".jsonl") || ends(".ndjson");
  if (path != "-") {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && !jsonl && size > k_max_article_bytes) {
      fail("too large for a news article (" + std::to_string(size >> 20) + " MB; the limit is " +
           std::to_string(k_max_article_bytes >> 20) + " MB)");
      return;
    }
  }
  if (jsonl) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      auto r = read_text_file(path);  // for its message (missing, directory, unreadable)
      if (!r) sink(unexpected(r.error()));
      else fail("cannot open");
      return;
    }
    std::string line;
    std::size_t lineno = 0, docs = 0;
    while (std::getline(in, line)) {
      ++lineno;
      std::string where = name + ":" + std::to_string(lineno);
      if (trim(line).empty()) continue;
      if (line.size() > k_max_article_bytes) { sink(unexpected(make_diagnostic(DiagKind::data, "line too long for an article", where))); continue; }
      if (utf8::find_invalid(line)) { sink(unexpected(make_diagnostic(DiagKind::data, "invalid UTF-8", where))); continue; }
      nlohmann::json j;
      try {
        j = nlohmann::json::parse(line);
      } catch (const std::exception& e) {
        sink(unexpected(make_diagnostic(DiagKind::data, std::string("not a JSON object: ") + e.what(), where)));
        continue;
      }
      auto str = [&](const char* k) -> std::string {
        return j.is_object() && j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
      };
      std::string text = str("text");
      if (trim(text).empty()) { sink(unexpected(make_diagnostic(DiagKind::data, "no \"text\"", where))); continue; }
      std::string id = str("id");
      if (id.empty()) id = file_stem(path) + "-" + std::to_string(lineno);
      std::string date = parse_date(str("date"));
      ++docs;
      sink(make_document(std::move(id), std::move(text), str("title"), std::move(date), str("url")));
    }
    if (docs == 0 && lineno == 0) fail("the file is empty");
    return;
  }
  auto data = read_text_file(path);
  if (!data) { sink(unexpected(data.error())); return; }
  if (data->size() > k_max_article_bytes) {
    fail("too large for a news article (" + std::to_string(data->size() >> 20) + " MB)");
    return;
  }
  std::string_view body = trim(*data);
  if (body.empty()) { fail("the file holds only white space"); return; }
  bool html = ends(".html") || ends(".htm") || (body.size() > 0 && body[0] == '<' &&
              (lower_ascii(body.substr(0, 200)).find("<html") != std::string::npos ||
               lower_ascii(body.substr(0, 200)).find("<!doctype") != std::string::npos));
  if (html) {
    auto doc = document_from_html(file_stem(path), *data);
    if (!doc) { doc.error().source = name; sink(std::move(doc)); return; }
    doc->source = path;
    sink(std::move(doc));
    return;
  }
  // A single enormous line is not an article.
  std::size_t longest = 0;
  for (std::size_t b = 0; b < data->size();) {
    std::size_t e = data->find('\n', b);
    if (e == std::string::npos) e = data->size();
    longest = std::max(longest, e - b);
    b = e + 1;
  }
  if (longest > (1u << 20)) {
    fail("a single line of " + std::to_string(longest >> 10) + " KB is not article text");
    return;
  }
  Document doc = make_document(file_stem(path), std::move(*data));
  doc.source = path;
  sink(std::move(doc));
}

}  // namespace cg::extract
