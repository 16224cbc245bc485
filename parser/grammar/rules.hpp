// SPDX-License-Identifier: MIT
/// @file rules.hpp Rules shared between grammar units: declared here, defined in one *_def.hpp
/// each, and instantiated for context_type in the matching .cpp (BOOST_SPIRIT_INSTANTIATE).
/// Shared rules are only ever called outside lexeme[] (the instantiated context has a skipper).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parser/grammar/config.hpp"

namespace cg::parser::grammar {

// ---- terminals (terminals.cpp) ----
struct IRIREF_class;
struct iri_class;
struct PNAME_NS_class;
struct Var_class;
struct String_class;
struct RDFLiteral_class;
struct NumericLiteral_class;
struct BooleanLiteral_class;
struct BlankNode_class;
struct NIL_class;
struct INTEGER_class;
struct VarOrIri_class;
struct VarOrTerm_class;
struct DataBlockValue_class;

using IRIREF_type = x3::rule<IRIREF_class, ast::Iri>;
using iri_type = x3::rule<iri_class, ast::IriRef>;
using PNAME_NS_type = x3::rule<PNAME_NS_class, std::string>;
using Var_type = x3::rule<Var_class, ast::Var>;
using String_type = x3::rule<String_class, std::string>;
using RDFLiteral_type = x3::rule<RDFLiteral_class, ast::Literal>;
using NumericLiteral_type = x3::rule<NumericLiteral_class, ast::NumericLiteral>;
using BooleanLiteral_type = x3::rule<BooleanLiteral_class, ast::BooleanLiteral>;
using BlankNode_type = x3::rule<BlankNode_class, ast::BlankNode>;
using NIL_type = x3::rule<NIL_class, ast::Nil>;
using INTEGER_type = x3::rule<INTEGER_class, std::uint64_t>;
using VarOrIri_type = x3::rule<VarOrIri_class, ast::VarOrIri>;
using VarOrTerm_type = x3::rule<VarOrTerm_class, ast::Term>;
using DataBlockValue_type = x3::rule<DataBlockValue_class, std::optional<ast::Term>>;

inline IRIREF_type const IRIREF = "IRI";
inline iri_type const iri = "IRI or prefixed name";
inline PNAME_NS_type const PNAME_NS = "prefix name (e.g. 'ex:')";
inline Var_type const Var = "variable";
inline String_type const String = "string";
inline RDFLiteral_type const RDFLiteral = "literal";
inline NumericLiteral_type const NumericLiteral = "number";
inline BooleanLiteral_type const BooleanLiteral = "boolean";
inline BlankNode_type const BlankNode = "blank node";
inline NIL_type const NIL = "'()'";
inline INTEGER_type const INTEGER = "integer";
inline VarOrIri_type const VarOrIri = "variable or IRI";
inline VarOrTerm_type const VarOrTerm = "variable or RDF term";
inline DataBlockValue_type const DataBlockValue = "data value (IRI, literal or UNDEF)";

BOOST_SPIRIT_DECLARE(IRIREF_type, iri_type, PNAME_NS_type, Var_type, String_type, RDFLiteral_type,
                     NumericLiteral_type, BooleanLiteral_type, BlankNode_type, NIL_type,
                     INTEGER_type, VarOrIri_type, VarOrTerm_type, DataBlockValue_type)

// ---- expressions (expression.cpp) ----
struct Expression_class;
struct BrackettedExpression_class;
struct BuiltInCall_class;
struct FunctionCall_class;
struct Constraint_class;

using Expression_type = x3::rule<Expression_class, ast::Expression>;
using BrackettedExpression_type = x3::rule<BrackettedExpression_class, ast::Expression>;
using BuiltInCall_type = x3::rule<BuiltInCall_class, ast::Expression>;
using FunctionCall_type = x3::rule<FunctionCall_class, ast::Expression>;
using Constraint_type = x3::rule<Constraint_class, ast::Expression>;

inline Expression_type const Expression = "expression";
inline BrackettedExpression_type const BrackettedExpression = "bracketed expression";
inline BuiltInCall_type const BuiltInCall = "built-in call";
inline FunctionCall_type const FunctionCall = "function call";
inline Constraint_type const Constraint = "constraint (a bracketed expression or a function call)";

BOOST_SPIRIT_DECLARE(Expression_type, BrackettedExpression_type, BuiltInCall_type,
                     FunctionCall_type, Constraint_type)

// ---- triples, property paths, templates and quads (triples.cpp) ----
struct TriplesBlock_class;
struct TriplesTemplate_class;
struct ConstructTemplate_class;
struct QuadPattern_class;

using TriplesBlock_type = x3::rule<TriplesBlock_class, ast::TriplesBlock>;
using TriplesTemplate_type = x3::rule<TriplesTemplate_class, std::vector<ast::TriplesSameSubject>>;
using ConstructTemplate_type =
    x3::rule<ConstructTemplate_class, std::vector<ast::TriplesSameSubject>>;
using QuadPattern_type = x3::rule<QuadPattern_class, ast::Quads>;

inline TriplesBlock_type const TriplesBlock = "triple patterns";
inline TriplesTemplate_type const TriplesTemplate = "triples";
inline ConstructTemplate_type const ConstructTemplate = "construct template";
inline QuadPattern_type const QuadPattern = "'{' with quads";

BOOST_SPIRIT_DECLARE(TriplesBlock_type, TriplesTemplate_type, ConstructTemplate_type,
                     QuadPattern_type)

// ---- graph patterns (pattern.cpp) ----
struct GroupGraphPattern_class;
struct DataBlock_class;

using GroupGraphPattern_type = x3::rule<GroupGraphPattern_class, ast::GroupGraphPattern>;
using DataBlock_type = x3::rule<DataBlock_class, ast::InlineData>;

inline GroupGraphPattern_type const GroupGraphPattern = "group graph pattern '{ ... }'";
inline DataBlock_type const DataBlock = "data block";

BOOST_SPIRIT_DECLARE(GroupGraphPattern_type, DataBlock_type)

// ---- queries and updates (query.cpp) ----
struct QueryUnit_class;
struct UpdateUnit_class;
struct SubSelect_class;

using QueryUnit_type = x3::rule<QueryUnit_class, ast::Query>;
using UpdateUnit_type = x3::rule<UpdateUnit_class, ast::Update>;
using SubSelect_type = x3::rule<SubSelect_class, ast::SubSelect>;

inline QueryUnit_type const QueryUnit = "query";
inline UpdateUnit_type const UpdateUnit = "update";
inline SubSelect_type const SubSelect = "sub-select";

BOOST_SPIRIT_DECLARE(QueryUnit_type, UpdateUnit_type, SubSelect_type)

}  // namespace cg::parser::grammar
