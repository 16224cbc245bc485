// SPDX-License-Identifier: MIT
/// @file triples_def.hpp Triples of SPARQL 1.1: templates and data ([52], [73]-[80],
/// [98]-[104]), path-enabled triple patterns ([55], [81]-[87], [100]-[105]), property paths
/// ([88]-[96]) and the quads of updates ([48]-[51]).
#pragma once

#include "parser/grammar/actions.hpp"
#include "parser/grammar/rules.hpp"

namespace cg::parser::grammar {

struct TriplesBlock_class : RecordSpan {};
struct TriplesTemplate_class : RecordSpan {};
struct ConstructTemplate_class : RecordSpan {};
struct QuadPattern_class : RecordSpan {};

namespace triples {

using x3::lit;

inline constexpr auto node_term = [](auto& ctx) {
  x3::_val(ctx) = act::convert_variant<ast::Node>(std::move(x3::_attr(ctx)));
};
inline constexpr auto node_box = [](auto& ctx) {
  using T = std::decay_t<decltype(x3::_attr(ctx))>;
  x3::_val(ctx) = ast::Node(ast::Box<T>(std::move(x3::_attr(ctx))));
};
inline constexpr auto set_items = [](auto& ctx) { x3::_val(ctx).items = std::move(x3::_attr(ctx)); };
inline constexpr auto set_properties = [](auto& ctx) {
  x3::_val(ctx).properties = std::move(x3::_attr(ctx));
};
inline constexpr auto set_subject = [](auto& ctx) {
  using T = std::decay_t<decltype(x3::_attr(ctx))>;
  x3::_val(ctx) = ast::TriplesSameSubject{};
  if constexpr (std::is_same_v<T, ast::Term>)
    x3::_val(ctx).subject = act::convert_variant<ast::Node>(std::move(x3::_attr(ctx)));
  else
    x3::_val(ctx).subject = ast::Node(ast::Box<T>(std::move(x3::_attr(ctx))));
};
inline constexpr auto start_list = [](auto& ctx) {
  x3::_val(ctx).clear();
  x3::_val(ctx).push_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto push = [](auto& ctx) { x3::_val(ctx).push_back(std::move(x3::_attr(ctx))); };
inline constexpr auto verb_var = [](auto& ctx) {
  x3::_val(ctx) = ast::PropertyListEntry{};
  x3::_val(ctx).verb = std::move(x3::_attr(ctx));
};
inline constexpr auto verb_path = [](auto& ctx) {
  x3::_val(ctx) = ast::PropertyListEntry{};
  x3::_val(ctx).verb = std::move(x3::_attr(ctx));
};
inline constexpr auto set_objects = [](auto& ctx) {
  x3::_val(ctx).objects = std::move(x3::_attr(ctx));
};
inline constexpr auto path_link = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::Path p;
  p.kind = ast::PathKind::link;
  p.span = std::visit([](auto const& x) { return x.span; }, a);
  p.iri = std::move(a);
  x3::_val(ctx) = std::move(p);
};
inline constexpr auto path_a = [](auto& ctx) {
  ast::Path p;
  p.kind = ast::PathKind::rdf_type;
  TextRange r = x3::_attr(ctx);
  p.span = span_between(r.first, r.last);
  x3::_val(ctx) = std::move(p);
};
inline ast::Path wrap_path(ast::PathKind kind, std::vector<ast::Path> parts) {
  ast::Path p;
  p.kind = kind;
  p.span = parts.front().span;
  for (const auto& part : parts) p.span = cover(p.span, part.span);
  p.parts = std::move(parts);
  return p;
}
/// (first, rest...) -> first alone, or a sequence/alternative of all
template <ast::PathKind Kind>
inline constexpr auto path_chain = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  auto& rest = boost::fusion::at_c<1>(a);
  if (rest.empty()) {
    x3::_val(ctx) = std::move(boost::fusion::at_c<0>(a));
    return;
  }
  std::vector<ast::Path> parts;
  parts.push_back(std::move(boost::fusion::at_c<0>(a)));
  for (auto& p : rest) parts.push_back(std::move(p));
  x3::_val(ctx) = wrap_path(Kind, std::move(parts));
};
inline constexpr auto path_inverse = [](auto& ctx) {
  std::vector<ast::Path> parts;
  parts.push_back(std::move(x3::_attr(ctx)));
  x3::_val(ctx) = wrap_path(ast::PathKind::inverse, std::move(parts));
};
inline constexpr auto path_mod = [](auto& ctx) {
  char mod = x3::_attr(ctx);
  ast::PathKind kind = mod == '*'   ? ast::PathKind::zero_or_more
                       : mod == '+' ? ast::PathKind::one_or_more
                                    : ast::PathKind::zero_or_one;
  std::vector<ast::Path> parts;
  parts.push_back(std::move(x3::_val(ctx)));
  x3::_val(ctx) = wrap_path(kind, std::move(parts));
};
inline constexpr auto negated_set = [](auto& ctx) {
  ast::Path p;
  p.kind = ast::PathKind::negated;
  p.parts = std::move(x3::_attr(ctx));
  x3::_val(ctx) = std::move(p);
};
inline constexpr auto negated_empty = [](auto& ctx) {
  ast::Path p;
  p.kind = ast::PathKind::negated;
  x3::_val(ctx) = std::move(p);
};
inline constexpr auto inverse_val = [](auto& ctx) {
  std::vector<ast::Path> parts;
  parts.push_back(std::move(x3::_val(ctx)));
  x3::_val(ctx) = wrap_path(ast::PathKind::inverse, std::move(parts));
};
inline constexpr auto negated_one = [](auto& ctx) {
  ast::Path p;
  p.kind = ast::PathKind::negated;
  p.parts.push_back(std::move(x3::_attr(ctx)));
  x3::_val(ctx) = std::move(p);
};
inline constexpr auto block_triples = [](auto& ctx) {
  x3::_val(ctx).triples = std::move(x3::_attr(ctx));
};
inline constexpr auto quads_default = [](auto& ctx) {
  ast::QuadsBlock b;
  b.triples = std::move(x3::_attr(ctx));
  if (!b.triples.empty()) b.span = cover(b.triples.front().span, b.triples.back().span);
  x3::_val(ctx).blocks.push_back(std::move(b));
};
inline constexpr auto quads_graph = [](auto& ctx) {
  x3::_val(ctx).blocks.push_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto set_graph = [](auto& ctx) {
  x3::_val(ctx) = ast::QuadsBlock{};
  x3::_val(ctx).graph = std::move(x3::_attr(ctx));
};

auto const close_bracket = named("']' to close the blank node", lit(']'));
auto const close_collection = named("')' to close the collection", lit(')'));

}  // namespace triples

namespace tr = triples;
using x3::lit;

// ---- local rules ----
#define CG_RULE(name, attr, display)                                  \
  struct name##_class : RecordSpan {};                                \
  x3::rule<name##_class, attr> const name = display;

CG_RULE(TriplesSameSubject, ast::TriplesSameSubject, "triple")
CG_RULE(PropertyListNotEmpty, std::vector<ast::PropertyListEntry>, "predicate (IRI, variable or 'a')")
CG_RULE(PropertyEntry, ast::PropertyListEntry, "predicate and object")
CG_RULE(Verb, ast::Verb, "predicate (IRI, variable or 'a')")
CG_RULE(ObjectList, std::vector<ast::Node>, "object (variable, IRI, literal or blank node)")
CG_RULE(GraphNode, ast::Node, "RDF term, variable, collection or blank node")
CG_RULE(Collection, ast::Collection, "collection")
CG_RULE(BlankNodePropertyList, ast::BlankNodePropertyList, "blank node property list")
CG_RULE(TriplesSameSubjectPath, ast::TriplesSameSubject, "triple pattern")
CG_RULE(PropertyListPathNotEmpty, std::vector<ast::PropertyListEntry>, "predicate (IRI, variable, 'a' or property path)")
CG_RULE(PropertyEntryPath, ast::PropertyListEntry, "predicate and object")
CG_RULE(ObjectListPath, std::vector<ast::Node>, "object (variable, IRI, literal or blank node)")
CG_RULE(GraphNodePath, ast::Node, "RDF term, variable, collection or blank node")
CG_RULE(CollectionPath, ast::Collection, "collection")
CG_RULE(BlankNodePropertyListPath, ast::BlankNodePropertyList, "blank node property list")
CG_RULE(Path, ast::Path, "property path")
CG_RULE(PathSequence, ast::Path, "property path")
CG_RULE(PathElt, ast::Path, "property path")
CG_RULE(PathEltOrInverse, ast::Path, "property path")
CG_RULE(PathMod, char, "path modifier")
CG_RULE(PathPrimary, ast::Path, "property path (IRI, 'a', '!', '^' or '(')")
CG_RULE(PathNegatedPropertySet, ast::Path, "negated property set")
CG_RULE(PathOneInPropertySet, ast::Path, "IRI, 'a' or '^'")
CG_RULE(Quads, ast::Quads, "quads")
CG_RULE(QuadsNotTriples, ast::QuadsBlock, "GRAPH block")
#undef CG_RULE

// [52] TriplesTemplate ::= TriplesSameSubject ( '.' TriplesTemplate? )?
auto const TriplesTemplate_def = located[(TriplesSameSubject % '.')[act::assign] >> -lit('.')];

// [73] ConstructTemplate ::= '{' ConstructTriples? '}'
// [74] ConstructTriples ::= TriplesSameSubject ( '.' ConstructTriples? )?
auto const ConstructTemplate_def =
    located[lit('{')[act::reset] > -TriplesTemplate[act::assign] >
    named("'}' to close the construct template", lit('}'))];

// [75] TriplesSameSubject ::= VarOrTerm PropertyListNotEmpty | TriplesNode PropertyList
// [98] TriplesNode ::= Collection | BlankNodePropertyList
auto const TriplesSameSubject_def =
    located[(VarOrTerm[tr::set_subject] > PropertyListNotEmpty[tr::set_properties]) |
    (Collection[tr::set_subject] >> -PropertyListNotEmpty[tr::set_properties]) |
    (BlankNodePropertyList[tr::set_subject] >> -PropertyListNotEmpty[tr::set_properties])];

// [77] PropertyListNotEmpty ::= Verb ObjectList ( ';' ( Verb ObjectList )? )*
auto const PropertyListNotEmpty_def =
    located[PropertyEntry[tr::start_list] >> *(lit(';') >> -PropertyEntry[tr::push])];
auto const PropertyEntry_def = located[Verb[tr::verb_var] > ObjectList[tr::set_objects]];

// [78] Verb ::= VarOrIri | 'a'
auto const Verb_def = located[Var[act::assign] | iri[tr::path_link] | raw_text[kw_a][tr::path_a]];

// [79] ObjectList ::= Object ( ',' Object )*     [80] Object ::= GraphNode
auto const ObjectList_def = located[GraphNode % ','];

// [104] GraphNode ::= VarOrTerm | TriplesNode
auto const GraphNode_def = located[VarOrTerm[tr::node_term] | Collection[tr::node_box] |
                           BlankNodePropertyList[tr::node_box]];

// [102] Collection ::= '(' GraphNode+ ')'
auto const Collection_def = located[((lit('(') >> +GraphNode) > tr::close_collection)[tr::set_items]];

// [99] BlankNodePropertyList ::= '[' PropertyListNotEmpty ']'
auto const BlankNodePropertyList_def =
    located[((lit('[') >> PropertyListNotEmpty) > tr::close_bracket)[tr::set_properties]];

// [55] TriplesBlock ::= TriplesSameSubjectPath ( '.' TriplesBlock? )?
auto const TriplesBlock_def = located[(TriplesSameSubjectPath % '.')[tr::block_triples] >> -lit('.')];

// [81] TriplesSameSubjectPath ::= VarOrTerm PropertyListPathNotEmpty
//                                | TriplesNodePath PropertyListPath
// [100] TriplesNodePath ::= CollectionPath | BlankNodePropertyListPath
auto const TriplesSameSubjectPath_def =
    located[(VarOrTerm[tr::set_subject] > PropertyListPathNotEmpty[tr::set_properties]) |
    (CollectionPath[tr::set_subject] >> -PropertyListPathNotEmpty[tr::set_properties]) |
    (BlankNodePropertyListPath[tr::set_subject] >> -PropertyListPathNotEmpty[tr::set_properties])];

// [83] PropertyListPathNotEmpty ::= ( VerbPath | VerbSimple ) ObjectListPath
//                                   ( ';' ( ( VerbPath | VerbSimple ) ObjectList )? )*
// [84] VerbPath ::= Path      [85] VerbSimple ::= Var
auto const PropertyListPathNotEmpty_def =
    located[PropertyEntryPath[tr::start_list] >> *(lit(';') >> -PropertyEntryPath[tr::push])];
auto const PropertyEntryPath_def =
    located[(Var[tr::verb_var] | Path[tr::verb_path]) > ObjectListPath[tr::set_objects]];

// [86] ObjectListPath ::= ObjectPath ( ',' ObjectPath )*     [87] ObjectPath ::= GraphNodePath
auto const ObjectListPath_def = located[GraphNodePath % ','];

// [105] GraphNodePath ::= VarOrTerm | TriplesNodePath
auto const GraphNodePath_def = located[VarOrTerm[tr::node_term] | CollectionPath[tr::node_box] |
                               BlankNodePropertyListPath[tr::node_box]];

// [103] CollectionPath ::= '(' GraphNodePath+ ')'
auto const CollectionPath_def =
    located[((lit('(') >> +GraphNodePath) > tr::close_collection)[tr::set_items]];

// [101] BlankNodePropertyListPath ::= '[' PropertyListPathNotEmpty ']'
auto const BlankNodePropertyListPath_def =
    located[((lit('[') >> PropertyListPathNotEmpty) > tr::close_bracket)[tr::set_properties]];

// [88] Path ::= PathAlternative
// [89] PathAlternative ::= PathSequence ( '|' PathSequence )*
auto const Path_def =
    located[(PathSequence >> *(lit('|') > PathSequence))[tr::path_chain<ast::PathKind::alternative>]];

// [90] PathSequence ::= PathEltOrInverse ( '/' PathEltOrInverse )*
auto const PathSequence_def =
    located[(PathEltOrInverse >> *(lit('/') > PathEltOrInverse))[tr::path_chain<ast::PathKind::sequence>]];

// [92] PathEltOrInverse ::= PathElt | '^' PathElt
auto const PathEltOrInverse_def = located[PathElt[act::assign] | (lit('^') > PathElt[tr::path_inverse])];

// [91] PathElt ::= PathPrimary PathMod?
auto const PathElt_def = located[PathPrimary[act::assign] >> -PathMod[tr::path_mod]];

// [93] PathMod ::= '?' | '*' | '+'      ('?' not followed by a name: "?x" is a variable)
auto const PathMod_def =
    located[x3::char_('*') | x3::char_('+') |
    x3::lexeme[x3::char_('?') >> !CodePoint<is_pn_chars_u_or_digit>{}]];

// [94] PathPrimary ::= iri | 'a' | '!' PathNegatedPropertySet | '(' Path ')'
auto const PathPrimary_def = located[iri[tr::path_link] | raw_text[kw_a][tr::path_a] |
                             (lit('!') > PathNegatedPropertySet[act::assign]) |
                             (lit('(') > Path[act::assign] > close_paren)];

// [95] PathNegatedPropertySet ::= PathOneInPropertySet
//   | '(' ( PathOneInPropertySet ( '|' PathOneInPropertySet )* )? ')'
auto const PathNegatedPropertySet_def =
    located[PathOneInPropertySet[tr::negated_one] |
    (lit('(') >> lit(')'))[tr::negated_empty] |
    ((lit('(') >> (PathOneInPropertySet % '|')) > close_paren)[tr::negated_set]];

// [96] PathOneInPropertySet ::= iri | 'a' | '^' ( iri | 'a' )
auto const PathOneInPropertySet_def =
    located[iri[tr::path_link] | raw_text[kw_a][tr::path_a] |
    x3::omit[lit('^') > named("IRI or 'a'", iri[tr::path_link] | raw_text[kw_a][tr::path_a])][tr::inverse_val]];

// [48] QuadPattern ::= '{' Quads '}'     [49] QuadData ::= '{' Quads '}'
auto const QuadPattern_def =
    located[lit('{') > Quads > named("'}' to close the quads", lit('}'))];

// [50] Quads ::= TriplesTemplate? ( QuadsNotTriples '.'? TriplesTemplate? )*
auto const Quads_def = located[x3::eps[act::reset] >> -TriplesTemplate[tr::quads_default] >>
                       *(QuadsNotTriples[tr::quads_graph] >> -lit('.') >>
                         -TriplesTemplate[tr::quads_default])];

// [51] QuadsNotTriples ::= 'GRAPH' VarOrIri '{' TriplesTemplate? '}'
auto const QuadsNotTriples_def = located[kw("GRAPH") > VarOrIri[tr::set_graph] > lit('{') >
                                 -TriplesTemplate[tr::block_triples] >
                                 named("'}' to close the GRAPH block", lit('}'))];

BOOST_SPIRIT_DEFINE(TriplesTemplate, ConstructTemplate, TriplesSameSubject, PropertyListNotEmpty,
                    PropertyEntry, Verb, ObjectList, GraphNode, Collection, BlankNodePropertyList,
                    TriplesBlock, TriplesSameSubjectPath, PropertyListPathNotEmpty,
                    PropertyEntryPath, ObjectListPath, GraphNodePath, CollectionPath,
                    BlankNodePropertyListPath, Path, PathSequence, PathEltOrInverse, PathElt,
                    PathMod, PathPrimary, PathNegatedPropertySet, PathOneInPropertySet,
                    QuadPattern, Quads, QuadsNotTriples)

}  // namespace cg::parser::grammar
