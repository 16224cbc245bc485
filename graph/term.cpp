// SPDX-License-Identifier: MIT
#include "graph/term.hpp"

#include <cstdio>
#include <functional>

namespace cg::graph {

Term Term::iri(std::string iri) { return Term{TermKind::iri, std::move(iri), {}, {}}; }
Term Term::blank(std::string label) { return Term{TermKind::blank, std::move(label), {}, {}}; }
Term Term::literal(std::string lexical, std::string datatype) {
  return Term{TermKind::literal, std::move(lexical), std::move(datatype), {}};
}
Term Term::lang_literal(std::string lexical, std::string language) {
  return Term{TermKind::literal, std::move(lexical), std::string(k_rdf_lang_string), std::move(language)};
}

namespace {
void append_escaped_string(std::string& out, const std::string& s) {
  for (char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(ch)));
          out += buf;
        } else {
          out += ch;
        }
    }
  }
}
void append_escaped_iri(std::string& out, const std::string& s) {
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || ch == '<' || ch == '>' || ch == '"' || ch == '{' || ch == '}' || ch == '|' ||
        ch == '^' || ch == '`' || ch == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += ch;
    }
  }
}
}  // namespace

std::string Term::to_ntriples() const {
  std::string out;
  switch (kind) {
    case TermKind::iri:
      out += '<';
      append_escaped_iri(out, value);
      out += '>';
      break;
    case TermKind::blank:
      out += "_:";
      out += value;
      break;
    case TermKind::literal:
      out += '"';
      append_escaped_string(out, value);
      out += '"';
      if (!language.empty()) {
        out += '@';
        out += language;
      } else if (!datatype.empty() && datatype != k_xsd_string) {
        out += "^^<";
        append_escaped_iri(out, datatype);
        out += '>';
      }
      break;
  }
  return out;
}

std::string Quad::to_nquads() const {
  std::string out = subject.to_ntriples();
  out += ' ';
  out += predicate.to_ntriples();
  out += ' ';
  out += object.to_ntriples();
  if (graph) {
    out += ' ';
    out += graph->to_ntriples();
  }
  out += " .";
  return out;
}

std::size_t TermHash::operator()(const Term& t) const noexcept {
  std::size_t h = std::hash<std::string>{}(t.value);
  h ^= std::hash<std::string>{}(t.datatype) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= std::hash<std::string>{}(t.language) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h ^ static_cast<std::size_t>(t.kind);
}

}  // namespace cg::graph
