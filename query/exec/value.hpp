// SPDX-License-Identifier: MIT
/// @file value.hpp Literal values for expression evaluation (§17.2–17.3): XSD numerics with type
/// promotion, effective boolean value, value comparison and the ORDER BY total order (§15.1).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/term.hpp"

namespace cg::query::exec {

inline constexpr std::string_view xsd_integer = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view xsd_decimal = "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view xsd_float = "http://www.w3.org/2001/XMLSchema#float";
inline constexpr std::string_view xsd_double = "http://www.w3.org/2001/XMLSchema#double";
inline constexpr std::string_view xsd_boolean = "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view xsd_string = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view xsd_date_time = "http://www.w3.org/2001/XMLSchema#dateTime";
inline constexpr std::string_view xsd_date = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view xsd_day_time_duration = "http://www.w3.org/2001/XMLSchema#dayTimeDuration";
inline constexpr std::string_view rdf_lang_string = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/// Numeric type tower: integer < decimal < float < double (§17.3 operand promotion).
enum class NumKind { integer, decimal, floating, dbl };

struct Numeric {
  NumKind kind = NumKind::integer;
  long long i = 0;     ///< integer
  long double d = 0;   ///< decimal / float / double
  long double as_real() const { return kind == NumKind::integer ? static_cast<long double>(i) : d; }
};

/// Whether `datatype` is xsd:integer or one of its derived types.
bool is_integer_type(std::string_view datatype);
bool is_numeric_type(std::string_view datatype);
/// The numeric value of a literal; nullopt when not numeric or ill-typed.
std::optional<Numeric> numeric_of(const graph::Term& t);
/// A literal for a numeric value in canonical lexical form.
graph::Term numeric_term(const Numeric& n);
graph::Term bool_term(bool b);
graph::Term int_term(long long v);
graph::Term string_term(std::string s);
/// The canonical lexical form of a decimal/double.
std::string format_decimal(long double d);
std::string format_double(long double d);

/// Whether the literal is a simple literal or xsd:string.
bool is_string_literal(const graph::Term& t);
/// Whether the literal has a lexical form valid for its (known) datatype; unknown types are valid.
bool is_valid_literal(const graph::Term& t);

/// Effective boolean value (§17.2.2); nullopt = type error.
std::optional<bool> ebv(const graph::Term& t);

/// Parsed xsd:dateTime / xsd:date.
struct DateTime {
  long long year = 0;
  int month = 1, day = 1, hour = 0, minute = 0;
  long double second = 0;
  std::optional<int> tz_minutes;  ///< offset from UTC
  /// Seconds since an epoch, in UTC (local time treated as UTC).
  long double epoch() const;
};
std::optional<DateTime> datetime_of(const graph::Term& t);

/// Result of comparing two terms by value.
enum class Cmp { less, equal, greater, unequal, error };
/// The `=`/`<` comparison of §17.4.1 (operator mapping): numerics, strings, booleans, dateTimes,
/// plain RDF term equality otherwise. `unequal` means known different but not ordered.
Cmp compare_values(const graph::Term& a, const graph::Term& b);
/// RDFterm-equal (§17.4.1.7): error when two literals of unknown types differ.
Cmp rdf_term_equal(const graph::Term& a, const graph::Term& b);

/// ORDER BY ordering: unbound < blank < IRI < literal, literals by value where comparable.
/// Returns <0, 0, >0. `a`/`b` null = unbound.
int order_compare(const graph::Term* a, const graph::Term* b);

}  // namespace cg::query::exec
