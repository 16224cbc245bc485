// SPDX-License-Identifier: MIT
/// @file value.cpp Numerics, EBV, comparisons and ORDER BY order for expression evaluation.
#include "query/exec/value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace cg::query::exec {

namespace {

constexpr std::string_view k_xsd_ns = "http://www.w3.org/2001/XMLSchema#";

std::string_view local(std::string_view dt) {
  if (dt.substr(0, k_xsd_ns.size()) != k_xsd_ns) return {};
  return dt.substr(k_xsd_ns.size());
}

bool is_int_lex(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

bool is_decimal_lex(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9')
      digits = true;
    else if (s[i] == '.' && !dot)
      dot = true;
    else
      return false;
  }
  return digits;
}

bool is_double_lex(std::string_view s) {
  if (s == "INF" || s == "-INF" || s == "+INF" || s == "NaN") return true;
  auto e = s.find_first_of("eE");
  if (e == std::string_view::npos) return is_decimal_lex(s);
  return is_decimal_lex(s.substr(0, e)) && is_int_lex(s.substr(e + 1));
}

long double parse_real(std::string_view s) {
  if (s == "INF" || s == "+INF") return INFINITY;
  if (s == "-INF") return -INFINITY;
  if (s == "NaN") return NAN;
  std::string tmp(s);
  return std::strtold(tmp.c_str(), nullptr);
}

}  // namespace

bool is_integer_type(std::string_view dt) {
  auto l = local(dt);
  return l == "integer" || l == "int" || l == "long" || l == "short" || l == "byte" ||
         l == "nonNegativeInteger" || l == "nonPositiveInteger" || l == "negativeInteger" ||
         l == "positiveInteger" || l == "unsignedLong" || l == "unsignedInt" ||
         l == "unsignedShort" || l == "unsignedByte";
}

bool is_numeric_type(std::string_view dt) {
  auto l = local(dt);
  return is_integer_type(dt) || l == "decimal" || l == "float" || l == "double";
}

std::optional<Numeric> numeric_of(const graph::Term& t) {
  if (!t.is_literal()) return std::nullopt;
  const auto& s = t.value;
  Numeric n;
  if (is_integer_type(t.datatype)) {
    std::string_view v = s;
    while (!v.empty() && (v.front() == ' ')) v.remove_prefix(1);
    if (!is_int_lex(v)) return std::nullopt;
    if (v[0] == '+') v.remove_prefix(1);
    long long x = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), x);
    if (r.ec != std::errc()) {
      n.kind = NumKind::decimal;
      n.d = parse_real(v);
      return n;
    }
    auto l = local(t.datatype);
    if ((l == "nonNegativeInteger" || l.substr(0, 8) == "unsigned") && x < 0) return std::nullopt;
    if (l == "positiveInteger" && x <= 0) return std::nullopt;
    if (l == "negativeInteger" && x >= 0) return std::nullopt;
    if (l == "nonPositiveInteger" && x > 0) return std::nullopt;
    if (l == "byte" && (x < -128 || x > 127)) return std::nullopt;
    n.kind = NumKind::integer;
    n.i = x;
    return n;
  }
  auto l = local(t.datatype);
  if (l == "decimal") {
    if (!is_decimal_lex(s)) return std::nullopt;
    n.kind = NumKind::decimal;
    n.d = parse_real(s);
    return n;
  }
  if (l == "double" || l == "float") {
    if (!is_double_lex(s)) return std::nullopt;
    n.kind = l == "double" ? NumKind::dbl : NumKind::floating;
    n.d = parse_real(s);
    if (n.kind == NumKind::floating) n.d = static_cast<float>(n.d);
    return n;
  }
  return std::nullopt;
}

std::string format_decimal(long double d) {
  if (std::isnan(d) || std::isinf(d)) return format_double(d);
  char buf[128];
  std::snprintf(buf, sizeof buf, "%.18Lf", d);
  std::string s = buf;
  // keep 18 significant decimals at most, then trim zeros, keep one digit after the point
  auto dot = s.find('.');
  if (dot != std::string::npos) {
    // round away binary noise: limit to 15 significant digits overall
    int int_digits = static_cast<int>(dot) - (s[0] == '-' ? 1 : 0);
    int frac = std::max(1, 18 - int_digits);
    frac = std::min(frac, 15);
    std::snprintf(buf, sizeof buf, "%.*Lf", frac, d);
    s = buf;
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s += '0';
  }
  if (s == "-0.0") s = "0.0";
  return s;
}

namespace {
/// XSD canonical form of a float or double: "1.5E2", "NaN", "INF", "-0.0E0".
template <class Float>
std::string format_xsd_floating(Float value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
  if (value == 0) return std::signbit(value) ? "-0.0E0" : "0.0E0";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string s(buf, r.ptr);
  auto e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp = std::atoi(s.c_str() + e + 1);
  if (mant.find('.') == std::string::npos) mant += ".0";
  return mant + "E" + std::to_string(exp);
}
}  // namespace

std::string format_double(long double ld) { return format_xsd_floating(static_cast<double>(ld)); }

std::string format_float(float f) { return format_xsd_floating(f); }

graph::Term numeric_term(const Numeric& n) {
  switch (n.kind) {
    case NumKind::integer: return graph::Term::literal(std::to_string(n.i), std::string(xsd_integer));
    case NumKind::decimal: return graph::Term::literal(format_decimal(n.d), std::string(xsd_decimal));
    case NumKind::floating: return graph::Term::literal(format_float(static_cast<float>(n.d)), std::string(xsd_float));
    case NumKind::dbl: return graph::Term::literal(format_double(n.d), std::string(xsd_double));
  }
  return {};
}

graph::Term bool_term(bool b) { return graph::Term::literal(b ? "true" : "false", std::string(xsd_boolean)); }
graph::Term int_term(long long v) { return graph::Term::literal(std::to_string(v), std::string(xsd_integer)); }
graph::Term string_term(std::string s) { return graph::Term::literal(std::move(s), std::string(xsd_string)); }

bool is_string_literal(const graph::Term& t) {
  return t.is_literal() && t.language.empty() && (t.datatype.empty() || t.datatype == xsd_string);
}

std::optional<DateTime> datetime_of(const graph::Term& t) {
  if (!t.is_literal()) return std::nullopt;
  bool date_only = t.datatype == xsd_date;
  if (t.datatype != xsd_date_time && !date_only) return std::nullopt;
  const std::string& s = t.value;
  DateTime dt;
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && s[i] == '-') {
    neg = true;
    ++i;
  }
  auto num = [&](std::size_t n, long long& out) {
    if (i + n > s.size()) return false;
    out = 0;
    for (std::size_t k = 0; k < n; ++k) {
      char c = s[i + k];
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    i += n;
    return true;
  };
  std::size_t ystart = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i - ystart < 4) return std::nullopt;
  dt.year = std::atoll(s.substr(ystart, i - ystart).c_str()) * (neg ? -1 : 1);
  long long v = 0;
  if (i >= s.size() || s[i++] != '-' || !num(2, v)) return std::nullopt;
  dt.month = static_cast<int>(v);
  if (i >= s.size() || s[i++] != '-' || !num(2, v)) return std::nullopt;
  dt.day = static_cast<int>(v);
  if (dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > 31) return std::nullopt;
  if (!date_only) {
    if (i >= s.size() || s[i++] != 'T' || !num(2, v)) return std::nullopt;
    dt.hour = static_cast<int>(v);
    if (i >= s.size() || s[i++] != ':' || !num(2, v)) return std::nullopt;
    dt.minute = static_cast<int>(v);
    if (i >= s.size() || s[i++] != ':' || !num(2, v)) return std::nullopt;
    dt.second = static_cast<long double>(v);
    if (i < s.size() && s[i] == '.') {
      std::size_t fs = i;
      ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      dt.second += std::strtold(("0" + s.substr(fs, i - fs)).c_str(), nullptr);
    }
    if (dt.hour > 24 || dt.minute > 59 || dt.second >= 61) return std::nullopt;
  }
  if (i < s.size()) {
    if (s[i] == 'Z') {
      dt.tz_minutes = 0;
      ++i;
    } else if (s[i] == '+' || s[i] == '-') {
      int sign = s[i] == '-' ? -1 : 1;
      ++i;
      long long h = 0, m = 0;
      if (!num(2, h) || i >= s.size() || s[i++] != ':' || !num(2, m)) return std::nullopt;
      dt.tz_minutes = sign * static_cast<int>(h * 60 + m);
    } else {
      return std::nullopt;
    }
  }
  if (i != s.size()) return std::nullopt;
  return dt;
}

long double DateTime::epoch() const {
  // days from civil (Howard Hinnant's algorithm, public domain arithmetic)
  long long y = year - (month <= 2 ? 1 : 0);
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long mp = (month + 9) % 12;
  long long doy = (153 * mp + 2) / 5 + day - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long long days = era * 146097 + doe - 719468;
  long double secs = static_cast<long double>(days) * 86400.0L + hour * 3600.0L + minute * 60.0L + second;
  if (tz_minutes) secs -= *tz_minutes * 60.0L;
  return secs;
}

bool is_valid_literal(const graph::Term& t) {
  if (!t.is_literal()) return true;
  if (is_numeric_type(t.datatype)) return numeric_of(t).has_value();
  if (t.datatype == xsd_boolean)
    return t.value == "true" || t.value == "false" || t.value == "1" || t.value == "0";
  if (t.datatype == xsd_date_time || t.datatype == xsd_date) return datetime_of(t).has_value();
  return true;
}

std::optional<bool> ebv(const graph::Term& t) {
  if (!t.is_literal()) return std::nullopt;
  if (t.datatype == xsd_boolean) {
    if (t.value == "true" || t.value == "1") return true;
    if (t.value == "false" || t.value == "0") return false;
    return false;
  }
  if (is_string_literal(t)) return !t.value.empty();
  if (is_numeric_type(t.datatype)) {
    auto n = numeric_of(t);
    if (!n) return false;
    if (n->kind == NumKind::integer) return n->i != 0;
    return !(n->d == 0 || std::isnan(n->d));
  }
  return std::nullopt;
}

namespace {

bool known_type(const graph::Term& t) {
  return is_string_literal(t) || !t.language.empty() || is_numeric_type(t.datatype) ||
         t.datatype == xsd_boolean || t.datatype == xsd_date_time || t.datatype == xsd_date;
}

Cmp three_way(long double a, long double b) {
  if (std::isnan(a) || std::isnan(b)) return Cmp::unequal;
  return a < b ? Cmp::less : (a > b ? Cmp::greater : Cmp::equal);
}

}  // namespace

Cmp rdf_term_equal(const graph::Term& a, const graph::Term& b) {
  if (a == b) return Cmp::equal;
  if (a.is_literal() && b.is_literal()) {
    // a language-tagged literal can only equal a literal with a language tag
    if (!a.language.empty() || !b.language.empty()) return Cmp::unequal;
    if (known_type(a) && known_type(b) && is_valid_literal(a) && is_valid_literal(b)) return Cmp::unequal;
    return Cmp::error;
  }
  return Cmp::unequal;
}

Cmp compare_values(const graph::Term& a, const graph::Term& b) {
  if (a.is_literal() && b.is_literal()) {
    auto na = numeric_of(a);
    auto nb = numeric_of(b);
    if (na && nb) {
      if (na->kind == NumKind::integer && nb->kind == NumKind::integer)
        return na->i < nb->i ? Cmp::less : (na->i > nb->i ? Cmp::greater : Cmp::equal);
      return three_way(na->as_real(), nb->as_real());
    }
    if (is_string_literal(a) && is_string_literal(b)) {
      int c = a.value.compare(b.value);
      return c < 0 ? Cmp::less : (c > 0 ? Cmp::greater : Cmp::equal);
    }
    if (a.datatype == xsd_boolean && b.datatype == xsd_boolean && is_valid_literal(a) && is_valid_literal(b)) {
      bool x = *ebv(a), y = *ebv(b);
      return x == y ? Cmp::equal : (x < y ? Cmp::less : Cmp::greater);
    }
    auto da = datetime_of(a);
    auto db = datetime_of(b);
    if (da && db && a.datatype == b.datatype) {
      if (da->tz_minutes.has_value() != db->tz_minutes.has_value()) {
        long double d = da->epoch() - db->epoch();
        if (std::fabs(d) <= 14 * 3600) return Cmp::error;
      }
      return three_way(da->epoch(), db->epoch());
    }
  }
  return rdf_term_equal(a, b);
}

int order_compare(const graph::Term* a, const graph::Term* b) {
  auto rank = [](const graph::Term* t) {
    if (!t) return 0;
    if (t->is_blank()) return 1;
    if (t->is_iri()) return 2;
    return 3;
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (ra == 0) return 0;
  if (ra != 3) return a->value.compare(b->value) < 0 ? -1 : (a->value == b->value ? 0 : 1);
  switch (compare_values(*a, *b)) {
    case Cmp::less: return -1;
    case Cmp::greater: return 1;
    default: break;
  }
  // literals not ordered by value: by lexical form, then simple literals before typed/lang
  // ones of the same form (§15.1), then datatype and language
  if (int c = a->value.compare(b->value)) return c < 0 ? -1 : 1;
  bool sa = is_string_literal(*a), sb = is_string_literal(*b);
  if (sa != sb) return sa ? -1 : 1;
  if (int c = a->datatype.compare(b->datatype)) return c < 0 ? -1 : 1;
  if (int c = a->language.compare(b->language)) return c < 0 ? -1 : 1;
  return 0;
}

}  // namespace cg::query::exec
