// SPDX-License-Identifier: MIT
/// @file functions.cpp SPARQL 1.1 operators and built-in functions over evaluated arguments
/// (§17.3 operator mapping, §17.4 function definitions, §17.5 XPath constructor functions).
#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <regex>

#include "common/utf8.hpp"
#include "graph/iri.hpp"
#include "query/exec/evaluator.hpp"
#include "query/exec/value.hpp"

namespace cg::query::exec {

namespace {

using graph::Term;
using R = std::optional<Term>;

bool is_str(const Term& t) { return t.is_literal() && (is_string_literal(t) || !t.language.empty()); }

/// Argument compatibility for STRSTARTS & co (§17.4.3.1.2).
bool compatible_args(const Term& a, const Term& b) {
  if (!is_str(a) || !is_str(b)) return false;
  if (b.language.empty()) return true;
  return a.language == b.language;
}

Term like(const Term& model, std::string value) {
  if (!model.language.empty()) return Term::lang_literal(std::move(value), model.language);
  return string_term(std::move(value));
}

std::size_t cp_count(const std::string& s) { return utf8::count_code_points(s); }

/// Byte offset of code point `n` (clamped).
std::size_t cp_offset(const std::string& s, std::size_t n) {
  std::size_t i = 0, k = 0;
  while (i < s.size() && k < n) {
    utf8::decode(s, i);
    ++k;
  }
  return i;
}

std::string hash_hex(const EVP_MD* md, const std::string& data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out, &len, md, nullptr);
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < len; ++i) {
    s += hex[out[i] >> 4];
    s += hex[out[i] & 15];
  }
  return s;
}

R arith(const std::string& op, const Term& a, const Term& b) {
  auto x = numeric_of(a), y = numeric_of(b);
  if (!x || !y) return std::nullopt;
  NumKind k = std::max(x->kind, y->kind);
  Numeric r;
  if (k == NumKind::integer && op != "/") {
    long long v = 0;
    bool overflow = false;
    if (op == "+") overflow = __builtin_add_overflow(x->i, y->i, &v);
    if (op == "-") overflow = __builtin_sub_overflow(x->i, y->i, &v);
    if (op == "*") overflow = __builtin_mul_overflow(x->i, y->i, &v);
    if (!overflow) {
      r.kind = NumKind::integer;
      r.i = v;
      return numeric_term(r);
    }
    k = NumKind::decimal;
  }
  if (k == NumKind::integer) k = NumKind::decimal;
  long double p = x->as_real(), q = y->as_real(), v = 0;
  if (op == "+") v = p + q;
  if (op == "-") v = p - q;
  if (op == "*") v = p * q;
  if (op == "/") {
    if (q == 0 && k == NumKind::decimal) return std::nullopt;
    v = p / q;
  }
  r.kind = k;
  r.d = k == NumKind::floating ? static_cast<float>(v) : v;
  return numeric_term(r);
}

R compare_op(const std::string& op, const Term& a, const Term& b) {
  Cmp c = compare_values(a, b);
  if (op == "=") {
    if (c == Cmp::error) return std::nullopt;
    return bool_term(c == Cmp::equal);
  }
  if (op == "!=") {
    if (c == Cmp::error) return std::nullopt;
    return bool_term(c != Cmp::equal);
  }
  if (c == Cmp::error) return std::nullopt;
  if (c == Cmp::unequal) {
    // NaN compares false; other unordered pairs are type errors
    auto x = numeric_of(a), y = numeric_of(b);
    if (x && y) return bool_term(false);
    return std::nullopt;
  }
  // only literals of ordered types may be compared with < >
  if (!a.is_literal() || !b.is_literal()) return std::nullopt;
  if (!a.language.empty() || !b.language.empty()) {
    if (c != Cmp::equal) return std::nullopt;
  }
  if (op == "<") return bool_term(c == Cmp::less);
  if (op == ">") return bool_term(c == Cmp::greater);
  if (op == "<=") return bool_term(c != Cmp::greater);
  if (op == ">=") return bool_term(c != Cmp::less);
  return std::nullopt;
}

std::wstring regex_source(const std::wstring& pattern, const std::string& flags) {
  std::wstring p;
  bool dotall = flags.find('s') != std::string::npos;
  bool extended = flags.find('x') != std::string::npos;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    wchar_t c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      p += c;
      p += pattern[++i];
      continue;
    }
    if (extended && !in_class && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) continue;
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (c == '.' && dotall && !in_class) {
      p += L"[\\s\\S]";
      continue;
    }
    p += c;
  }
  return p;
}

std::wstring widen(const std::string& s) {
  std::wstring w;
  std::size_t i = 0;
  while (i < s.size()) w.push_back(static_cast<wchar_t>(utf8::decode(s, i)));
  return w;
}

std::string narrow(const std::wstring& w) {
  std::string s;
  for (wchar_t c : w) utf8::append(s, static_cast<char32_t>(c));
  return s;
}

std::optional<std::wregex> make_regex(const std::string& pattern_utf8, const std::string& flags) {
  const std::wstring pattern = widen(pattern_utf8);
  for (char f : flags)
    if (f != 'i' && f != 's' && f != 'm' && f != 'x' && f != 'q') return std::nullopt;
  auto fl = std::regex::ECMAScript;
  if (flags.find('i') != std::string::npos) fl |= std::regex::icase;
  if (flags.find('m') != std::string::npos) fl |= std::regex::multiline;
  std::wstring src;
  if (flags.find('q') != std::string::npos) {
    for (wchar_t c : pattern) {
      if (std::wstring(L"\\^$.|?*+()[]{}").find(c) != std::wstring::npos) src += L'\\';
      src += c;
    }
  } else {
    src = regex_source(pattern, flags);
  }
  try {
    return std::wregex(src, fl);
  } catch (const std::regex_error&) {
    return std::nullopt;
  }
}

R cast(const std::string& to, const Term& a) {
  std::string dt = to;
  if (a.is_blank()) return std::nullopt;
  if (dt == xsd_string) {
    if (a.is_iri()) return string_term(a.value);
    if (!a.language.empty()) return std::nullopt;
    if (a.datatype == xsd_boolean && is_valid_literal(a)) return string_term(*ebv(a) ? "true" : "false");
    if (is_integer_type(a.datatype))
      if (auto n = numeric_of(a)) return string_term(std::to_string(n->i));
    if (a.datatype == xsd_double || a.datatype == xsd_float)
      if (auto n = numeric_of(a)) {
        long double v = n->d, av = std::fabs(v);
        if (std::isnan(v) || std::isinf(v) || av == 0 || (av >= 1e-6L && av < 1e6L)) {
          if (av == 0) return string_term(std::signbit(v) ? "-0" : "0");
          if (std::isnan(v) || std::isinf(v)) return string_term(format_double(v));
          std::string d = format_decimal(v);
          if (d.size() > 2 && d.compare(d.size() - 2, 2, ".0") == 0) d.resize(d.size() - 2);
          return string_term(d);
        }
        return string_term(a.datatype == xsd_float ? numeric_term(*n).value : format_double(v));
      }
    if (a.datatype == xsd_decimal)
      if (auto n = numeric_of(a)) {
        std::string d = format_decimal(n->d);
        if (d.size() > 2 && d.compare(d.size() - 2, 2, ".0") == 0) d.resize(d.size() - 2);
        return string_term(d);
      }
    return string_term(a.value);
  }
  if (a.is_iri()) return std::nullopt;
  if (!a.language.empty()) return std::nullopt;
  const bool from_string = is_string_literal(a);
  std::string lex = a.value;
  // trim whitespace (xsd whitespace collapse for non-string types)
  auto b = lex.find_first_not_of(" \t\n\r");
  auto e = lex.find_last_not_of(" \t\n\r");
  lex = b == std::string::npos ? std::string() : lex.substr(b, e - b + 1);
  auto num = numeric_of(a);
  if (!from_string && is_numeric_type(a.datatype) && !num) return std::nullopt;
  if (dt == xsd_boolean) {
    if (from_string || a.datatype == xsd_boolean) {
      if (lex == "true" || lex == "1") return bool_term(true);
      if (lex == "false" || lex == "0") return bool_term(false);
      return std::nullopt;
    }
    if (num) return bool_term(num->kind == NumKind::integer ? num->i != 0 : !(num->d == 0 || std::isnan(num->d)));
    return std::nullopt;
  }
  if (dt == xsd_integer || dt == xsd_decimal || dt == xsd_float || dt == xsd_double) {
    Numeric n;
    if (from_string) {
      auto parsed = numeric_of(Term::literal(lex, dt));
      if (!parsed) {
        // integers and decimals may not use exponents; doubles accept decimal forms
        return std::nullopt;
      }
      return numeric_term(*parsed);
    }
    if (a.datatype == xsd_boolean) {
      bool v = lex == "true" || lex == "1";
      n.kind = NumKind::integer;
      n.i = v;
    } else if (num) {
      n = *num;
    } else {
      return std::nullopt;
    }
    if (dt == xsd_integer) {
      if (n.kind != NumKind::integer) {
        if (std::isnan(n.d) || std::isinf(n.d)) return std::nullopt;
        n.i = static_cast<long long>(std::trunc(n.d));
        n.kind = NumKind::integer;
      }
    } else if (dt == xsd_decimal) {
      if (n.kind != NumKind::integer && (std::isnan(n.d) || std::isinf(n.d))) return std::nullopt;
      n.d = n.as_real();
      n.kind = NumKind::decimal;
    } else {
      n.d = n.as_real();
      n.kind = dt == xsd_float ? NumKind::floating : NumKind::dbl;
    }
    return numeric_term(n);
  }
  if (dt == xsd_date_time) {
    if (from_string || a.datatype == xsd_date_time) {
      Term t = Term::literal(lex, std::string(xsd_date_time));
      if (!datetime_of(t)) return std::nullopt;
      return t;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::string uuid(std::mt19937_64& rng) {
  unsigned long long a = rng(), b = rng();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-%04llx-%012llx", a >> 32, (a >> 16) & 0xffff,
                a & 0xfff, ((b >> 48) & 0x3fff) | 0x8000, b & 0xffffffffffffull);
  return buf;
}

}  // namespace


std::optional<Term> call_builtin(const std::string& n, const std::vector<Term>& args, std::mt19937_64& rng,
                                 const Term& now, const std::string& base_iri) {
  auto argc = args.size();
  auto a0 = [&]() -> const Term& { return args[0]; };
  // operators
  if (argc == 2 && (n == "+" || n == "-" || n == "*" || n == "/")) return arith(n, args[0], args[1]);
  if (argc == 2 && (n == "=" || n == "!=" || n == "<" || n == ">" || n == "<=" || n == ">="))
    return compare_op(n, args[0], args[1]);
  if (n == "!") {
    auto b = ebv(a0());
    if (!b) return std::nullopt;
    return bool_term(!*b);
  }
  if (n == "UMINUS" || n == "UPLUS") {
    auto x = numeric_of(a0());
    if (!x) return std::nullopt;
    if (n == "UMINUS") {
      x->i = -x->i;
      x->d = -x->d;
    }
    return numeric_term(*x);
  }
  if (n == "SAMETERM") return bool_term(args[0] == args[1]);
  // term accessors
  if (n == "ISIRI" || n == "ISURI") return bool_term(a0().is_iri());
  if (n == "ISBLANK") return bool_term(a0().is_blank());
  if (n == "ISLITERAL") return bool_term(a0().is_literal());
  if (n == "ISNUMERIC") return bool_term(numeric_of(a0()).has_value());
  if (n == "STR") {
    if (a0().is_blank()) return std::nullopt;
    return string_term(a0().value);
  }
  if (n == "LANG") {
    if (!a0().is_literal()) return std::nullopt;
    return string_term(a0().language);
  }
  if (n == "DATATYPE") {
    if (!a0().is_literal()) return std::nullopt;
    if (!a0().language.empty()) return Term::iri(std::string(rdf_lang_string));
    return Term::iri(a0().datatype.empty() ? std::string(xsd_string) : a0().datatype);
  }
  if (n == "IRI" || n == "URI") {
    if (a0().is_iri()) return a0();
    if (!is_string_literal(a0())) return std::nullopt;
    return Term::iri(graph::resolve_iri(base_iri, a0().value));
  }
  if (n == "STRDT") {
    if (!is_string_literal(args[0]) || !args[1].is_iri()) return std::nullopt;
    return Term::literal(args[0].value, args[1].value);
  }
  if (n == "STRLANG") {
    if (!is_string_literal(args[0]) || !is_string_literal(args[1]) || args[1].value.empty()) return std::nullopt;
    return Term::lang_literal(args[0].value, args[1].value);
  }
  if (n == "UUID") return Term::iri("urn:uuid:" + uuid(rng));
  if (n == "STRUUID") return string_term(uuid(rng));
  if (n == "RAND") {
    Numeric x;
    x.kind = NumKind::dbl;
    x.d = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    return numeric_term(x);
  }
  if (n == "NOW") return now;
  // strings
  if (n == "STRLEN") {
    if (!is_str(a0())) return std::nullopt;
    return int_term(static_cast<long long>(cp_count(a0().value)));
  }
  if (n == "UCASE" || n == "LCASE") {
    if (!is_str(a0())) return std::nullopt;
    std::string s = a0().value;
    for (auto& c : s) c = static_cast<char>(n == "UCASE" ? std::toupper(static_cast<unsigned char>(c))
                                                          : std::tolower(static_cast<unsigned char>(c)));
    return like(a0(), s);
  }
  if (n == "SUBSTR") {
    if (!is_str(a0())) return std::nullopt;
    auto st = numeric_of(args[1]);
    if (!st) return std::nullopt;
    long double start = std::round(st->as_real());
    long double len = INFINITY;
    if (argc > 2) {
      auto l = numeric_of(args[2]);
      if (!l) return std::nullopt;
      len = std::round(l->as_real());
    }
    if (std::isnan(start) || std::isnan(len)) return like(a0(), "");
    const std::string& s = a0().value;
    long double total = static_cast<long double>(cp_count(s));
    long double from = std::max<long double>(start, 1);
    long double to = std::min<long double>(start + len, total + 1);
    if (to <= from) return like(a0(), "");
    auto b = cp_offset(s, static_cast<std::size_t>(from - 1));
    auto e = cp_offset(s, static_cast<std::size_t>(to - 1));
    return like(a0(), s.substr(b, e - b));
  }
  if (n == "STRSTARTS" || n == "STRENDS" || n == "CONTAINS") {
    if (!compatible_args(args[0], args[1])) return std::nullopt;
    const auto& s = args[0].value;
    const auto& t = args[1].value;
    if (n == "STRSTARTS") return bool_term(s.rfind(t, 0) == 0);
    if (n == "STRENDS") return bool_term(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    return bool_term(s.find(t) != std::string::npos);
  }
  if (n == "STRBEFORE" || n == "STRAFTER") {
    if (!compatible_args(args[0], args[1])) return std::nullopt;
    const auto& s = args[0].value;
    const auto& t = args[1].value;
    auto pos = s.find(t);
    if (pos == std::string::npos) return string_term("");
    if (n == "STRBEFORE") return like(args[0], s.substr(0, pos));
    return like(args[0], s.substr(pos + t.size()));
  }
  if (n == "ENCODE_FOR_URI") {
    if (!is_str(a0())) return std::nullopt;
    std::string out;
    for (unsigned char c : a0().value) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
        out += static_cast<char>(c);
      } else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        out += buf;
      }
    }
    return string_term(out);
  }
  if (n == "CONCAT") {
    std::string s;
    std::optional<std::string> lang;
    bool all_lang = true;
    for (std::size_t i = 0; i < argc; ++i) {
      if (!is_str(args[i])) return std::nullopt;
      s += args[i].value;
      if (args[i].language.empty())
        all_lang = false;
      else if (!lang)
        lang = args[i].language;
      else if (*lang != args[i].language)
        all_lang = false;
    }
    if (all_lang && lang && argc > 0) return Term::lang_literal(s, *lang);
    return string_term(s);
  }
  if (n == "LANGMATCHES") {
    if (!is_string_literal(args[0]) || !is_string_literal(args[1])) return std::nullopt;
    std::string tag = args[0].value, range = args[1].value;
    auto lower = [](std::string x) {
      for (auto& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return x;
    };
    tag = lower(tag);
    range = lower(range);
    if (range == "*") return bool_term(!tag.empty());
    return bool_term(tag == range || (tag.size() > range.size() && tag.rfind(range, 0) == 0 && tag[range.size()] == '-'));
  }
  if (n == "REGEX") {
    if (!is_str(args[0]) || !is_string_literal(args[1])) return std::nullopt;
    std::string flags = argc > 2 ? args[2].value : "";
    if (argc > 2 && !is_string_literal(args[2])) return std::nullopt;
    auto re = make_regex(args[1].value, flags);
    if (!re) return std::nullopt;
    return bool_term(std::regex_search(widen(args[0].value), *re));
  }
  if (n == "REPLACE") {
    if (!is_str(args[0]) || !is_string_literal(args[1]) || !is_string_literal(args[2])) return std::nullopt;
    std::string flags = argc > 3 ? args[3].value : "";
    auto re = make_regex(args[1].value, flags);
    if (!re) return std::nullopt;
    // XPath replacement: $n groups, \$ and \\ escapes
    std::string fmt;
    const std::string& rep = args[2].value;
    for (std::size_t i = 0; i < rep.size(); ++i) {
      if (rep[i] == '\\' && i + 1 < rep.size()) {
        if (rep[i + 1] == '$') fmt += "$$";
        else fmt += rep[i + 1];
        ++i;
      } else {
        fmt += rep[i];
      }
    }
    return like(args[0], narrow(std::regex_replace(widen(args[0].value), *re, widen(fmt))));
  }
  // numerics
  if (n == "ABS" || n == "CEIL" || n == "FLOOR" || n == "ROUND") {
    auto x = numeric_of(a0());
    if (!x) return std::nullopt;
    if (x->kind == NumKind::integer) {
      if (n == "ABS") x->i = std::llabs(x->i);
      return numeric_term(*x);
    }
    if (n == "ABS") x->d = std::fabs(x->d);
    if (n == "CEIL") x->d = std::ceil(x->d);
    if (n == "FLOOR") x->d = std::floor(x->d);
    if (n == "ROUND") x->d = std::floor(x->d + 0.5L);
    return numeric_term(*x);
  }
  // hashes
  if (n == "MD5" || n == "SHA1" || n == "SHA256" || n == "SHA384" || n == "SHA512") {
    if (!is_string_literal(a0())) return std::nullopt;
    const EVP_MD* md = n == "MD5" ? EVP_md5()
                       : n == "SHA1" ? EVP_sha1()
                       : n == "SHA256" ? EVP_sha256()
                       : n == "SHA384" ? EVP_sha384()
                                       : EVP_sha512();
    return string_term(hash_hex(md, a0().value));
  }
  // dates
  if (n == "YEAR" || n == "MONTH" || n == "DAY" || n == "HOURS" || n == "MINUTES" || n == "SECONDS" ||
      n == "TIMEZONE" || n == "TZ") {
    auto d = datetime_of(a0());
    if (!d) return std::nullopt;
    if (n == "YEAR") return int_term(d->year);
    if (n == "MONTH") return int_term(d->month);
    if (n == "DAY") return int_term(d->day);
    if (n == "HOURS") return int_term(d->hour);
    if (n == "MINUTES") return int_term(d->minute);
    if (n == "SECONDS") {
      Numeric x;
      x.kind = NumKind::decimal;
      x.d = d->second;
      return numeric_term(x);
    }
    if (n == "TZ") {
      if (!d->tz_minutes) return string_term("");
      if (*d->tz_minutes == 0) return string_term("Z");
      int m = std::abs(*d->tz_minutes);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", *d->tz_minutes < 0 ? '-' : '+', m / 60, m % 60);
      return string_term(buf);
    }
    if (!d->tz_minutes) return std::nullopt;
    int m = std::abs(*d->tz_minutes);
    std::string s = *d->tz_minutes < 0 ? "-PT" : "PT";
    if (m == 0) s += "0S";
    if (m / 60) s += std::to_string(m / 60) + "H";
    if (m % 60) s += std::to_string(m % 60) + "M";
    return Term::literal(s, std::string(xsd_day_time_duration));
  }
  // casts (XPath constructor functions)
  if (n.rfind("http://www.w3.org/2001/XMLSchema#", 0) == 0 && argc == 1) return cast(n, a0());
  return std::nullopt;
}

}  // namespace cg::query::exec
