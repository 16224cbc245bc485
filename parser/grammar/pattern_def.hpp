// SPDX-License-Identifier: MIT
/// @file pattern_def.hpp Graph patterns of SPARQL 1.1 ([53]-[68]): groups, OPTIONAL, MINUS,
/// UNION, GRAPH, SERVICE, FILTER, BIND, VALUES and sub-selects.
#pragma once

#include "parser/grammar/actions.hpp"
#include "parser/grammar/rules.hpp"

namespace cg::parser::grammar {

struct GroupGraphPattern_class : RecordSpan {};
struct DataBlock_class : RecordSpan {};

namespace pattern {

inline constexpr auto push_element = [](auto& ctx) {
  x3::_val(ctx).elements.emplace_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto push_subselect = [](auto& ctx) {
  x3::_val(ctx).elements.emplace_back(ast::Box<ast::SubSelect>(std::move(x3::_attr(ctx))));
};
inline constexpr auto set_pattern = [](auto& ctx) { x3::_val(ctx).pattern = std::move(x3::_attr(ctx)); };
inline constexpr auto set_name = [](auto& ctx) { x3::_val(ctx).name = std::move(x3::_attr(ctx)); };
inline constexpr auto set_endpoint = [](auto& ctx) {
  x3::_val(ctx).endpoint = std::move(x3::_attr(ctx));
};
inline constexpr auto set_silent = [](auto& ctx) { x3::_val(ctx).silent = true; };
inline constexpr auto set_constraint = [](auto& ctx) {
  x3::_val(ctx).constraint = std::move(x3::_attr(ctx));
};
inline constexpr auto set_expr = [](auto& ctx) { x3::_val(ctx).expr = std::move(x3::_attr(ctx)); };
inline constexpr auto set_var = [](auto& ctx) { x3::_val(ctx).var = std::move(x3::_attr(ctx)); };
inline constexpr auto misplaced_subselect = [](auto& ctx) {
  SourceSpan s = act::span_of_range(x3::_attr(ctx));
  throw GrammarFailure{DiagKind::syntax, s.offset, s.length,
                       "a sub-SELECT must be the only thing in its group: wrap it in { }"};
};
inline constexpr auto first_alternative = [](auto& ctx) {
  x3::_val(ctx) = ast::GroupOrUnion{};
  x3::_val(ctx).alternatives.push_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto push_alternative = [](auto& ctx) {
  x3::_val(ctx).alternatives.push_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto one_var = [](auto& ctx) {
  x3::_val(ctx) = ast::InlineData{};
  x3::_val(ctx).vars.push_back(std::move(x3::_attr(ctx)));
};
inline constexpr auto one_value_row = [](auto& ctx) {
  x3::_val(ctx).rows.push_back({std::move(x3::_attr(ctx))});
};
inline constexpr auto push_var = [](auto& ctx) { x3::_val(ctx).vars.push_back(std::move(x3::_attr(ctx))); };
inline constexpr auto new_row = [](auto& ctx) { x3::_val(ctx).rows.emplace_back(); };
inline constexpr auto push_value = [](auto& ctx) {
  x3::_val(ctx).rows.back().push_back(std::move(x3::_attr(ctx)));
};

auto const close_group = named("'}' to close the group graph pattern", x3::lit('}'));
auto const close_block = named("'}' to close the data block", x3::lit('}'));

}  // namespace pattern

namespace pt = pattern;
using x3::lit;

#define CG_RULE(name, attr, display)                                  \
  struct name##_class : RecordSpan {};                                \
  x3::rule<name##_class, attr> const name = display;

CG_RULE(GroupOrUnionGraphPattern, ast::GroupOrUnion, "group or union")
CG_RULE(OptionalGraphPattern, ast::OptionalPattern, "OPTIONAL")
CG_RULE(MinusGraphPattern, ast::MinusPattern, "MINUS")
CG_RULE(GraphGraphPattern, ast::GraphPattern, "GRAPH")
CG_RULE(ServiceGraphPattern, ast::ServicePattern, "SERVICE")
CG_RULE(Filter, ast::Filter, "FILTER")
CG_RULE(Bind, ast::Bind, "BIND")
CG_RULE(InlineData, ast::InlineData, "VALUES")
CG_RULE(InlineDataOneVar, ast::InlineData, "data block")
CG_RULE(InlineDataFull, ast::InlineData, "data block")
#undef CG_RULE

// [53] GroupGraphPattern ::= '{' ( SubSelect | GroupGraphPatternSub ) '}'
// [54] GroupGraphPatternSub ::= TriplesBlock? ( GraphPatternNotTriples '.'? TriplesBlock? )*
// [56] GraphPatternNotTriples ::= GroupOrUnionGraphPattern | OptionalGraphPattern
//   | MinusGraphPattern | GraphGraphPattern | ServiceGraphPattern | Filter | Bind | InlineData
auto const GraphPatternNotTriples =
    GroupOrUnionGraphPattern[pt::push_element] | OptionalGraphPattern[pt::push_element] |
    MinusGraphPattern[pt::push_element] | GraphGraphPattern[pt::push_element] |
    ServiceGraphPattern[pt::push_element] | Filter[pt::push_element] | Bind[pt::push_element] |
    InlineData[pt::push_element] | raw_text[kw("SELECT")][pt::misplaced_subselect];
auto const GroupGraphPattern_def =
    located[lit('{')[act::reset] >
    (SubSelect[pt::push_subselect] |
     (-TriplesBlock[pt::push_element] >>
      *(GraphPatternNotTriples >> -lit('.') >> -TriplesBlock[pt::push_element]))) >
    pt::close_group];

// [67] GroupOrUnionGraphPattern ::= GroupGraphPattern ( 'UNION' GroupGraphPattern )*
auto const GroupOrUnionGraphPattern_def =
    located[GroupGraphPattern[pt::first_alternative] >>
    *(kw("UNION") > GroupGraphPattern[pt::push_alternative])];

// [57] OptionalGraphPattern ::= 'OPTIONAL' GroupGraphPattern
auto const OptionalGraphPattern_def = located[kw("OPTIONAL") > GroupGraphPattern[pt::set_pattern]];

// [66] MinusGraphPattern ::= 'MINUS' GroupGraphPattern
auto const MinusGraphPattern_def = located[kw("MINUS") > GroupGraphPattern[pt::set_pattern]];

// [58] GraphGraphPattern ::= 'GRAPH' VarOrIri GroupGraphPattern
auto const GraphGraphPattern_def =
    located[kw("GRAPH") > VarOrIri[pt::set_name] > GroupGraphPattern[pt::set_pattern]];

// [59] ServiceGraphPattern ::= 'SERVICE' 'SILENT'? VarOrIri GroupGraphPattern
auto const ServiceGraphPattern_def = located[kw("SERVICE")[act::reset] > -kw("SILENT")[pt::set_silent] >
                                     VarOrIri[pt::set_endpoint] >
                                     GroupGraphPattern[pt::set_pattern]];

// [68] Filter ::= 'FILTER' Constraint
auto const Filter_def = located[kw("FILTER") > Constraint[pt::set_constraint]];

// [60] Bind ::= 'BIND' '(' Expression 'AS' Var ')'
auto const Bind_def = located[kw("BIND") > lit('(') > Expression[pt::set_expr] > kw("AS") >
                      Var[pt::set_var] > close_paren];

// [61] InlineData ::= 'VALUES' DataBlock
auto const InlineData_def = located[kw("VALUES") > DataBlock[act::assign]];

// [62] DataBlock ::= InlineDataOneVar | InlineDataFull
auto const DataBlock_def = located[InlineDataOneVar | InlineDataFull];

// [63] InlineDataOneVar ::= Var '{' DataBlockValue* '}'
auto const InlineDataOneVar_def =
    located[Var[pt::one_var] > lit('{') > *DataBlockValue[pt::one_value_row] > pt::close_block];

// [64] InlineDataFull ::= ( NIL | '(' Var* ')' ) '{' ( '(' DataBlockValue* ')' | NIL )* '}'
auto const InlineDataFull_def =
    located[lit('(')[act::reset] > *Var[pt::push_var] > close_paren > lit('{') >
    *(lit('(')[pt::new_row] > *DataBlockValue[pt::push_value] > close_paren) > pt::close_block];

BOOST_SPIRIT_DEFINE(GroupGraphPattern, GroupOrUnionGraphPattern, OptionalGraphPattern,
                    MinusGraphPattern, GraphGraphPattern, ServiceGraphPattern, Filter, Bind,
                    InlineData, DataBlock, InlineDataOneVar, InlineDataFull)

}  // namespace cg::parser::grammar
