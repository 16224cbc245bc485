// SPDX-License-Identifier: MIT
/// @file result_reader.cpp Expected-result readers (SRX via expat, SRJ via nlohmann/json, TSV,
/// CSV, rs: result sets) and comparison up to blank-node renaming.
#include "tests/conformance/sparql-eval/result_reader.hpp"

#include <expat.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/utf8.hpp"

namespace cg::test {

using graph::Term;

namespace {

constexpr const char* k_xsd = "http://www.w3.org/2001/XMLSchema#";

Diagnostic bad(std::string m) { return make_diagnostic(DiagKind::data, std::move(m), "results"); }

struct SrxState {
  ResultTable table;
  std::vector<std::string> stack;
  std::string text;
  std::string binding_name;
  std::string lang, datatype;
  std::vector<std::optional<Term>> row;
  bool in_result = false;
};

int var_index(ResultTable& t, const std::string& name) {
  auto it = std::find(t.vars.begin(), t.vars.end(), name);
  if (it == t.vars.end()) {
    t.vars.push_back(name);
    for (auto& r : t.rows) r.emplace_back();
    return static_cast<int>(t.vars.size() - 1);
  }
  return static_cast<int>(it - t.vars.begin());
}

std::string local_name(const char* qn) {
  std::string s = qn;
  auto p = s.rfind('|');
  if (p == std::string::npos) p = s.rfind(':');
  return p == std::string::npos ? s : s.substr(p + 1);
}

void XMLCALL srx_start(void* ud, const XML_Char* name, const XML_Char** atts) {
  auto* st = static_cast<SrxState*>(ud);
  std::string n = local_name(name);
  st->stack.push_back(n);
  st->text.clear();
  auto att = [&](const char* key) -> std::string {
    for (int i = 0; atts[i]; i += 2) {
      std::string k = atts[i];
      if (k == key || local_name(atts[i]) == key) return atts[i + 1];
    }
    return {};
  };
  if (n == "variable") {
    var_index(st->table, att("name"));
  } else if (n == "result") {
    st->row.assign(st->table.vars.size(), std::nullopt);
  } else if (n == "binding") {
    st->binding_name = att("name");
  } else if (n == "literal") {
    st->lang.clear();
    for (int i = 0; atts[i]; i += 2) {
      std::string k = atts[i];
      if (k.find("lang") != std::string::npos) st->lang = atts[i + 1];
    }
    st->datatype = att("datatype");
  }
}

void XMLCALL srx_end(void* ud, const XML_Char* name) {
  auto* st = static_cast<SrxState*>(ud);
  std::string n = local_name(name);
  auto set = [&](Term t) {
    int i = var_index(st->table, st->binding_name);
    if (st->row.size() < st->table.vars.size()) st->row.resize(st->table.vars.size());
    st->row[static_cast<std::size_t>(i)] = std::move(t);
  };
  if (n == "uri") set(Term::iri(st->text));
  else if (n == "bnode") set(Term::blank(st->text));
  else if (n == "literal") {
    if (!st->lang.empty()) set(Term::lang_literal(st->text, st->lang));
    else if (!st->datatype.empty()) set(Term::literal(st->text, st->datatype));
    else set(Term::literal(st->text));
  } else if (n == "result") {
    st->row.resize(st->table.vars.size());
    st->table.rows.push_back(st->row);
  } else if (n == "boolean") {
    st->table.is_boolean = true;
    std::string v = st->text;
    v.erase(std::remove_if(v.begin(), v.end(), ::isspace), v.end());
    st->table.boolean = v == "true";
  }
  st->stack.pop_back();
  st->text.clear();
}

void XMLCALL srx_text(void* ud, const XML_Char* s, int len) {
  static_cast<SrxState*>(ud)->text.append(s, static_cast<std::size_t>(len));
}

/// One term in TSV (SPARQL 1.1 TSV results use Turtle/N-Triples term syntax).
std::optional<Term> parse_tsv_term(const std::string& s) {
  if (s.empty()) return std::nullopt;
  if (s[0] == '<') return Term::iri(s.substr(1, s.size() - 2));
  if (s.rfind("_:", 0) == 0) return Term::blank(s.substr(2));
  if (s[0] == '"') {
    std::string lex;
    std::size_t i = 1;
    for (; i < s.size() && s[i] != '"'; ++i) {
      if (s[i] == '\\' && i + 1 < s.size()) {
        char c = s[++i];
        switch (c) {
          case 'n': lex += '\n'; break;
          case 't': lex += '\t'; break;
          case 'r': lex += '\r'; break;
          case 'u':
          case 'U': {
            std::size_t len = c == 'u' ? 4 : 8;
            utf8::append(lex, static_cast<char32_t>(std::strtoul(s.substr(i + 1, len).c_str(), nullptr, 16)));
            i += len;
            break;
          }
          default: lex += c;
        }
      } else {
        lex += s[i];
      }
    }
    std::string rest = s.substr(i + 1);
    if (rest.rfind("@", 0) == 0) return Term::lang_literal(lex, rest.substr(1));
    if (rest.rfind("^^<", 0) == 0) return Term::literal(lex, rest.substr(3, rest.size() - 4));
    return Term::literal(lex);
  }
  if (s == "true" || s == "false") return Term::literal(s, std::string(k_xsd) + "boolean");
  if (s.find_first_of("eE") != std::string::npos) return Term::literal(s, std::string(k_xsd) + "double");
  if (s.find('.') != std::string::npos) return Term::literal(s, std::string(k_xsd) + "decimal");
  return Term::literal(s, std::string(k_xsd) + "integer");
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

bool lit_equal(const Term& a, const Term& b) {
  if (a.kind != b.kind) return false;
  if (!a.is_literal()) return a.value == b.value;
  if (a.datatype != b.datatype) return false;
  if (!a.language.empty() || !b.language.empty()) {
    if (a.value != b.value || a.language.size() != b.language.size()) return false;
    for (std::size_t i = 0; i < a.language.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a.language[i])) != std::tolower(static_cast<unsigned char>(b.language[i])))
        return false;
    return true;
  }
  if (a.value == b.value) return true;
  const std::string x = std::string(k_xsd);
  if (a.datatype == x + "integer" || a.datatype == x + "decimal" || a.datatype == x + "double" ||
      a.datatype == x + "float") {
    char* e1 = nullptr;
    char* e2 = nullptr;
    long double va = std::strtold(a.value.c_str(), &e1), vb = std::strtold(b.value.c_str(), &e2);
    if (*e1 || *e2) return false;
    return va == vb || std::fabs(va - vb) <= 1e-12L * std::max(std::fabs(va), std::fabs(vb));
  }
  return false;
}

using Row = std::vector<std::optional<Term>>;

bool row_match(const Row& e, const Row& a, std::map<std::string, std::string>& fwd,
               std::map<std::string, std::string>& back, std::vector<std::pair<std::string, std::string>>& added) {
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e[i].has_value() != a[i].has_value()) return false;
    if (!e[i]) continue;
    const Term& x = *e[i];
    const Term& y = *a[i];
    if (x.is_blank() && y.is_blank()) {
      auto f = fwd.find(x.value);
      auto b = back.find(y.value);
      if (f != fwd.end() || b != back.end()) {
        if (f == fwd.end() || b == back.end() || f->second != y.value) return false;
        continue;
      }
      fwd[x.value] = y.value;
      back[y.value] = x.value;
      added.emplace_back(x.value, y.value);
      continue;
    }
    if (!lit_equal(x, y)) return false;
  }
  return true;
}

bool has_blank(const Row& r) {
  return std::any_of(r.begin(), r.end(), [](auto& t) { return t && t->is_blank(); });
}

std::string row_key(const Row& r) {
  std::string k;
  for (auto& t : r) {
    if (!t) k += "\x01";
    else if (t->is_blank()) k += "_:\x02";
    else if (t->is_literal()) {
      std::string lang = t->language;
      for (auto& c : lang) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      // numerics by value
      std::string v = t->value;
      const std::string x = std::string(k_xsd);
      if (t->datatype == x + "integer" || t->datatype == x + "decimal" || t->datatype == x + "double" || t->datatype == x + "float") {
        char* end = nullptr;
        long double d = std::strtold(v.c_str(), &end);
        if (!*end) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "%.12Lg", d);
          v = buf;
        }
      }
      k += "\"" + v + "\"" + t->datatype + "@" + lang;
    } else {
      k += "<" + t->value + ">";
    }
    k += '\x03';
  }
  return k;
}

}  // namespace

Result<ResultTable> read_srx(const std::string& text) {
  SrxState st;
  XML_Parser p = XML_ParserCreateNS(nullptr, '|');
  XML_SetUserData(p, &st);
  XML_SetElementHandler(p, srx_start, srx_end);
  XML_SetCharacterDataHandler(p, srx_text);
  bool ok = XML_Parse(p, text.data(), static_cast<int>(text.size()), 1) != XML_STATUS_ERROR;
  std::string err = ok ? "" : XML_ErrorString(XML_GetErrorCode(p));
  XML_ParserFree(p);
  if (!ok) return unexpected(bad("bad SRX: " + err));
  for (auto& r : st.table.rows) r.resize(st.table.vars.size());
  return st.table;
}

Result<ResultTable> read_srj(const std::string& text) {
  ResultTable t;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    return unexpected(bad(std::string("bad SRJ: ") + e.what()));
  }
  if (j.contains("boolean")) {
    t.is_boolean = true;
    t.boolean = j["boolean"].get<bool>();
    return t;
  }
  if (j.contains("head") && j["head"].contains("vars"))
    for (auto& v : j["head"]["vars"]) t.vars.push_back(v.get<std::string>());
  for (auto& b : j["results"]["bindings"]) {
    Row row(t.vars.size());
    for (auto& [name, val] : b.items()) {
      int i = var_index(t, name);
      row.resize(t.vars.size());
      std::string type = val["type"].get<std::string>();
      std::string v = val["value"].get<std::string>();
      if (type == "uri") row[static_cast<std::size_t>(i)] = Term::iri(v);
      else if (type == "bnode") row[static_cast<std::size_t>(i)] = Term::blank(v);
      else if (val.contains("xml:lang")) row[static_cast<std::size_t>(i)] = Term::lang_literal(v, val["xml:lang"].get<std::string>());
      else if (val.contains("datatype")) row[static_cast<std::size_t>(i)] = Term::literal(v, val["datatype"].get<std::string>());
      else row[static_cast<std::size_t>(i)] = Term::literal(v);
    }
    t.rows.push_back(std::move(row));
  }
  for (auto& r : t.rows) r.resize(t.vars.size());
  return t;
}

Result<ResultTable> read_tsv(const std::string& text) {
  ResultTable t;
  std::istringstream in(text);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) {
      for (auto& v : split(line, '\t')) t.vars.push_back(v.empty() ? v : v.substr(1));
      header = false;
      continue;
    }
    if (line.empty() && t.vars.size() != 1) continue;
    Row row;
    for (auto& c : split(line, '\t')) row.push_back(parse_tsv_term(c));
    row.resize(t.vars.size());
    t.rows.push_back(std::move(row));
  }
  return t;
}

Result<ResultTable> read_csv(const std::string& text) {
  ResultTable t;
  std::vector<std::vector<std::string>> recs;
  std::vector<std::string> cur;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      cur.push_back(field);
      field.clear();
      any = true;
    } else if (c == '\r') {
    } else if (c == '\n') {
      cur.push_back(field);
      recs.push_back(cur);
      cur.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    cur.push_back(field);
    recs.push_back(cur);
  }
  if (recs.empty()) return t;
  t.vars = recs[0];
  for (std::size_t r = 1; r < recs.size(); ++r) {
    Row row;
    for (auto& f : recs[r]) {
      if (f.empty()) row.emplace_back();
      else if (f.rfind("_:", 0) == 0) row.emplace_back(Term::blank(f.substr(2)));
      else row.emplace_back(Term::literal(f));
    }
    row.resize(t.vars.size());
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::optional<ResultTable> read_rdf_result_set(const graph::Store& store) {
  const std::string rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
  const std::string rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  auto id = [&](const std::string& iri) { return store.lookup(Term::iri(iri)); };
  auto objects = [&](graph::TermId s, graph::TermId p) {
    std::vector<graph::TermId> out;
    if (!s || !p) return out;
    store.match(graph::Pattern{s, p, {}, {}, graph::GraphScope::any}, [&](const graph::IdQuad& q) {
      out.push_back(q.object);
      return true;
    });
    return out;
  };
  graph::TermId result_set = {};
  store.match(graph::Pattern{{}, id(rdf_type), id(rs + "ResultSet"), {}, graph::GraphScope::any},
              [&](const graph::IdQuad& q) {
                result_set = q.subject;
                return false;
              });
  if (!result_set || !id(rdf_type) || !id(rs + "ResultSet")) return std::nullopt;
  ResultTable t;
  auto b = objects(result_set, id(rs + "boolean"));
  if (!b.empty()) {
    t.is_boolean = true;
    t.boolean = store.term(b[0]).value == "true";
    return t;
  }
  for (auto v : objects(result_set, id(rs + "resultVariable"))) t.vars.push_back(store.term(v).value);
  std::vector<std::pair<long, Row>> rows;
  for (auto sol : objects(result_set, id(rs + "solution"))) {
    Row row(t.vars.size());
    long index = -1;
    for (auto ix : objects(sol, id(rs + "index"))) index = std::atol(store.term(ix).value.c_str());
    for (auto bnd : objects(sol, id(rs + "binding"))) {
      auto vars = objects(bnd, id(rs + "variable"));
      auto vals = objects(bnd, id(rs + "value"));
      if (vars.empty() || vals.empty()) continue;
      int i = var_index(t, store.term(vars[0]).value);
      row.resize(t.vars.size());
      row[static_cast<std::size_t>(i)] = store.term(vals[0]);
    }
    if (index >= 0) t.ordered = true;
    rows.emplace_back(index, std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](auto& x, auto& y) { return x.first < y.first; });
  for (auto& [i, r] : rows) {
    r.resize(t.vars.size());
    t.rows.push_back(std::move(r));
  }
  return t;
}

bool same_results(const ResultTable& expected, const ResultTable& actual_in, bool ordered, std::string* why) {
  auto say = [&](std::string m) {
    if (why) *why = std::move(m);
    return false;
  };
  if (expected.is_boolean || actual_in.is_boolean) {
    if (expected.is_boolean != actual_in.is_boolean) return say("boolean vs solutions");
    if (expected.boolean != actual_in.boolean) return say(std::string("expected ") + (expected.boolean ? "true" : "false"));
    return true;
  }
  // align actual columns to expected variable order (variables absent from one side are unbound)
  std::vector<std::string> vars = expected.vars;
  for (auto& v : actual_in.vars)
    if (std::find(vars.begin(), vars.end(), v) == vars.end()) vars.push_back(v);
  auto align = [&](const ResultTable& t) {
    std::vector<Row> out;
    for (auto& r : t.rows) {
      Row row(vars.size());
      for (std::size_t i = 0; i < t.vars.size(); ++i) {
        auto it = std::find(vars.begin(), vars.end(), t.vars[i]);
        row[static_cast<std::size_t>(it - vars.begin())] = i < r.size() ? r[i] : std::nullopt;
      }
      out.push_back(std::move(row));
    }
    return out;
  };
  auto e = align(expected), a = align(actual_in);
  if (e.size() != a.size())
    return say("expected " + std::to_string(e.size()) + " rows, got " + std::to_string(a.size()));
  std::map<std::string, std::string> fwd, back;
  if (ordered) {
    std::vector<std::pair<std::string, std::string>> added;
    for (std::size_t i = 0; i < e.size(); ++i)
      if (!row_match(e[i], a[i], fwd, back, added)) return say("row " + std::to_string(i + 1) + " differs (ordered)");
    return true;
  }
  // rows without blank nodes: compare as multisets of keys
  std::multiset<std::string> ek, ak;
  std::vector<Row> eb, ab;
  for (auto& r : e) {
    if (has_blank(r)) eb.push_back(r);
    else ek.insert(row_key(r));
  }
  for (auto& r : a) {
    if (has_blank(r)) ab.push_back(r);
    else ak.insert(row_key(r));
  }
  if (ek != ak) {
    for (auto& k : ek)
      if (ak.count(k) < ek.count(k)) {
        std::string s = k;
        std::replace(s.begin(), s.end(), '\x03', ' ');
        std::replace(s.begin(), s.end(), '\x01', '-');
        return say("missing row: " + s);
      }
    for (auto& k : ak)
      if (ek.count(k) < ak.count(k)) {
        std::string s = k;
        std::replace(s.begin(), s.end(), '\x03', ' ');
        std::replace(s.begin(), s.end(), '\x01', '-');
        return say("unexpected row: " + s);
      }
    return say("rows differ");
  }
  if (eb.size() != ab.size()) return say("rows with blank nodes differ in number");
  std::vector<bool> used(ab.size(), false);
  std::size_t steps = 0;
  std::function<bool(std::size_t)> search = [&](std::size_t i) -> bool {
    if (i == eb.size()) return true;
    if (++steps > 2000000) return false;
    for (std::size_t j = 0; j < ab.size(); ++j) {
      if (used[j]) continue;
      std::vector<std::pair<std::string, std::string>> added;
      if (row_match(eb[i], ab[j], fwd, back, added)) {
        used[j] = true;
        if (search(i + 1)) return true;
        used[j] = false;
      }
      for (auto& [x, y] : added) {
        fwd.erase(x);
        back.erase(y);
      }
    }
    return false;
  };
  if (!search(0)) return say("no blank-node mapping makes the rows equal");
  return true;
}

}  // namespace cg::test
