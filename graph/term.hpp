// SPDX-License-Identifier: MIT
/// @file term.hpp RDF 1.1 terms and quads as plain values (no Serd/Sord types).
#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cg::graph {

inline constexpr std::string_view k_xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view k_xsd_string = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view k_rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view k_rdf_lang_string =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
inline constexpr std::string_view k_rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

enum class TermKind : unsigned char { iri, blank, literal };

/// An RDF term. For literals, `datatype` is always set (xsd:string for simple literals,
/// rdf:langString when `language` is non-empty), as RDF 1.1 defines.
struct Term {
  TermKind kind = TermKind::iri;
  std::string value;     ///< the IRI, the blank node label (without "_:"), or the lexical form
  std::string datatype;  ///< literals only
  std::string language;  ///< literals only; empty when none

  static Term iri(std::string iri);
  static Term blank(std::string label);
  static Term literal(std::string lexical, std::string datatype = std::string(k_xsd_string));
  static Term lang_literal(std::string lexical, std::string language);

  bool is_iri() const { return kind == TermKind::iri; }
  bool is_blank() const { return kind == TermKind::blank; }
  bool is_literal() const { return kind == TermKind::literal; }

  /// The N-Triples form: <iri>, _:label, "lex"^^<dt>, "lex"@lang, "lex" (for xsd:string).
  std::string to_ntriples() const;

  friend bool operator==(const Term&, const Term&) = default;
  friend auto operator<=>(const Term&, const Term&) = default;
};

/// A triple in a graph; `graph` empty = the default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  std::optional<Term> graph;

  /// One N-Quads line without the trailing newline.
  std::string to_nquads() const;

  friend bool operator==(const Quad&, const Quad&) = default;
  friend auto operator<=>(const Quad&, const Quad&) = default;
};

struct TermHash {
  std::size_t operator()(const Term& t) const noexcept;
};

}  // namespace cg::graph
