// SPDX-License-Identifier: MIT
/// @file results.cpp JSON (via nlohmann/json), XML, CSV, TSV and table output of query results.
#include "query/results/results.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"

namespace cg::query::results {

namespace {

using graph::Term;

constexpr std::string_view k_xsd_string = "http://www.w3.org/2001/XMLSchema#string";
constexpr std::string_view k_lang_string = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

class Sink {
 public:
  explicit Sink(std::FILE* f) : f_(f) {}
  void put(std::string_view s) {
    buf_.append(s);
    if (buf_.size() > (1 << 16)) flush();
  }
  void flush() {
    if (f_) {
      std::fwrite(buf_.data(), 1, buf_.size(), f_);
      buf_.clear();
    }
  }
  std::string take() { return std::move(buf_); }

 private:
  std::FILE* f_;
  std::string buf_;
};

std::string xml_escape(std::string_view s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '&': o += "&amp;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

void json_out(const QueryResult& r, Sink& out) {
  using nlohmann::json;
  if (r.form == algebra::QueryForm::ask) {
    out.put("{\"head\":{},\"boolean\":");
    out.put(r.boolean ? "true" : "false");
    out.put("}\n");
    return;
  }
  const auto& s = r.solutions;
  json head = {{"vars", s.vars}};
  out.put("{\"head\":");
  out.put(head.dump());
  out.put(",\"results\":{\"bindings\":[");
  for (std::size_t i = 0; i < s.row_count; ++i) {
    out.put(i ? ",\n{" : "\n{");
    bool first = true;
    for (std::size_t c = 0; c < s.vars.size(); ++c) {
      const Term* t = s.at(i, c);
      if (!t) continue;
      json b;
      switch (t->kind) {
        case graph::TermKind::iri: b = {{"type", "uri"}, {"value", t->value}}; break;
        case graph::TermKind::blank: b = {{"type", "bnode"}, {"value", t->value}}; break;
        case graph::TermKind::literal:
          b = {{"type", "literal"}, {"value", t->value}};
          if (!t->language.empty())
            b["xml:lang"] = t->language;
          else if (!t->datatype.empty() && t->datatype != k_xsd_string)
            b["datatype"] = t->datatype;
          break;
      }
      if (!first) out.put(",");
      first = false;
      out.put(json(s.vars[c]).dump());
      out.put(":");
      out.put(b.dump(-1, ' ', false, json::error_handler_t::replace));
    }
    out.put("}");
  }
  out.put("\n]}}\n");
}

void xml_out(const QueryResult& r, Sink& out) {
  out.put("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n");
  if (r.form == algebra::QueryForm::ask) {
    out.put("  </head>\n  <boolean>");
    out.put(r.boolean ? "true" : "false");
    out.put("</boolean>\n</sparql>\n");
    return;
  }
  const auto& s = r.solutions;
  for (auto& v : s.vars) out.put("    <variable name=\"" + xml_escape(v) + "\"/>\n");
  out.put("  </head>\n  <results>\n");
  for (std::size_t i = 0; i < s.row_count; ++i) {
    out.put("    <result>\n");
    for (std::size_t c = 0; c < s.vars.size(); ++c) {
      const Term* t = s.at(i, c);
      if (!t) continue;
      out.put("      <binding name=\"" + xml_escape(s.vars[c]) + "\">");
      switch (t->kind) {
        case graph::TermKind::iri: out.put("<uri>" + xml_escape(t->value) + "</uri>"); break;
        case graph::TermKind::blank: out.put("<bnode>" + xml_escape(t->value) + "</bnode>"); break;
        case graph::TermKind::literal:
          if (!t->language.empty())
            out.put("<literal xml:lang=\"" + xml_escape(t->language) + "\">");
          else if (!t->datatype.empty() && t->datatype != k_xsd_string)
            out.put("<literal datatype=\"" + xml_escape(t->datatype) + "\">");
          else
            out.put("<literal>");
          out.put(xml_escape(t->value) + "</literal>");
          break;
      }
      out.put("</binding>\n");
    }
    out.put("    </result>\n");
  }
  out.put("  </results>\n</sparql>\n");
}

std::string csv_field(const Term* t) {
  if (!t) return "";
  std::string v = t->kind == graph::TermKind::blank ? "_:" + t->value : t->value;
  if (v.find_first_of(",\"\r\n") != std::string::npos) {
    std::string q = "\"";
    for (char c : v) {
      if (c == '"') q += '"';
      q += c;
    }
    return q + "\"";
  }
  return v;
}

std::string tsv_term(const Term* t) {
  if (!t) return "";
  if (t->is_literal()) {
    // numbers in their abbreviated forms when the lexical form allows it
    const auto& dt = t->datatype;
    bool simple_num = (dt == "http://www.w3.org/2001/XMLSchema#integer" ||
                       dt == "http://www.w3.org/2001/XMLSchema#decimal" ||
                       dt == "http://www.w3.org/2001/XMLSchema#double");
    if (simple_num && !t->value.empty() &&
        std::all_of(t->value.begin(), t->value.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'; })) {
      bool has_e = t->value.find_first_of("eE") != std::string::npos;
      bool has_dot = t->value.find('.') != std::string::npos;
      if ((dt.back() == 'r' && !has_dot && !has_e) || (dt.back() == 'l' && has_dot && !has_e) ||
          (dt.back() == 'e' && has_e))
        return t->value;
    }
  }
  std::string s = t->to_ntriples();
  return s;
}

std::size_t display_width(std::string_view s) { return utf8::count_code_points(s); }

std::string table_cell(const Term* t) {
  if (!t) return "";
  switch (t->kind) {
    case graph::TermKind::iri: return "<" + t->value + ">";
    case graph::TermKind::blank: return "_:" + t->value;
    case graph::TermKind::literal: {
      std::string v = t->value;
      for (auto& c : v)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
      if (!t->language.empty()) return "\"" + v + "\"@" + t->language;
      if (t->datatype.empty() || t->datatype == k_xsd_string) return "\"" + v + "\"";
      if (t->datatype == "http://www.w3.org/2001/XMLSchema#integer" ||
          t->datatype == "http://www.w3.org/2001/XMLSchema#decimal" ||
          t->datatype == "http://www.w3.org/2001/XMLSchema#boolean")
        return v;
      std::string dt = t->datatype;
      if (dt.rfind("http://www.w3.org/2001/XMLSchema#", 0) == 0) dt = "xsd:" + dt.substr(33);
      else dt = "<" + dt + ">";
      return "\"" + v + "\"^^" + dt;
    }
  }
  return "";
}

void table_out(const QueryResult& r, Sink& out) {
  if (r.form == algebra::QueryForm::ask) {
    out.put(r.boolean ? "true\n" : "false\n");
    return;
  }
  const auto& s = r.solutions;
  const std::size_t nc = s.vars.size();
  std::vector<std::vector<std::string>> cells(s.row_count, std::vector<std::string>(nc));
  std::vector<std::size_t> w(nc);
  for (std::size_t c = 0; c < nc; ++c) w[c] = display_width(s.vars[c]) + 1;
  for (std::size_t i = 0; i < s.row_count; ++i)
    for (std::size_t c = 0; c < nc; ++c) {
      cells[i][c] = table_cell(s.at(i, c));
      w[c] = std::max(w[c], std::min<std::size_t>(display_width(cells[i][c]), 80));
    }
  auto line = [&]() {
    std::string l = "+";
    for (std::size_t c = 0; c < nc; ++c) l += std::string(w[c] + 2, '-') + "+";
    out.put(l + "\n");
  };
  auto row = [&](const std::vector<std::string>& vals) {
    std::string l = "|";
    for (std::size_t c = 0; c < nc; ++c) {
      std::string v = vals[c];
      if (display_width(v) > 80) {
        std::size_t i = 0, n = 0;
        while (i < v.size() && n < 79) {
          utf8::decode(v, i);
          ++n;
        }
        v = v.substr(0, i) + "…";
      }
      l += " " + v + std::string(w[c] - display_width(v), ' ') + " |";
    }
    out.put(l + "\n");
  };
  line();
  std::vector<std::string> head;
  for (auto& v : s.vars) head.push_back("?" + v);
  row(head);
  line();
  for (auto& c : cells) row(c);
  line();
  out.put(std::to_string(s.row_count) + (s.row_count == 1 ? " row" : " rows") + (r.truncated ? " (truncated by --limit)" : "") + "\n");
}

void emit(const QueryResult& r, Format f, Sink& out) {
  switch (f) {
    case Format::json: json_out(r, out); break;
    case Format::xml: xml_out(r, out); break;
    case Format::table: table_out(r, out); break;
    case Format::csv:
    case Format::tsv: {
      bool tsv = f == Format::tsv;
      if (r.form == algebra::QueryForm::ask) {
        out.put(tsv ? "?_askResult\n" : "_askResult\r\n");
        out.put(r.boolean ? "true" : "false");
        out.put(tsv ? "\n" : "\r\n");
        return;
      }
      const auto& s = r.solutions;
      std::string h;
      for (std::size_t c = 0; c < s.vars.size(); ++c) h += (c ? (tsv ? "\t" : ",") : "") + std::string(tsv ? "?" : "") + s.vars[c];
      out.put(h + (tsv ? "\n" : "\r\n"));
      std::string l;
      for (std::size_t i = 0; i < s.row_count; ++i) {
        l.clear();
        for (std::size_t c = 0; c < s.vars.size(); ++c) {
          if (c) l += tsv ? "\t" : ",";
          l += tsv ? tsv_term(s.at(i, c)) : csv_field(s.at(i, c));
        }
        l += tsv ? "\n" : "\r\n";
        out.put(l);
      }
      break;
    }
  }
}

}  // namespace

std::optional<Format> format_from_name(std::string_view n) {
  if (n == "table") return Format::table;
  if (n == "json" || n == "srj") return Format::json;
  if (n == "xml" || n == "srx") return Format::xml;
  if (n == "csv") return Format::csv;
  if (n == "tsv") return Format::tsv;
  return std::nullopt;
}

std::string to_string(const QueryResult& r, Format f) {
  Sink s(nullptr);
  emit(r, f, s);
  return s.take();
}

void write(const QueryResult& r, Format f, std::FILE* out) {
  Sink s(out);
  emit(r, f, s);
  s.flush();
}

}  // namespace cg::query::results
