// SPDX-License-Identifier: MIT
/// @file query_def.hpp Queries and updates of SPARQL 1.1 ([1]-[47]): prologue, the four query
/// forms, dataset clauses, solution modifiers, VALUES, and every update operation.
#pragma once

#include "parser/grammar/actions.hpp"
#include "parser/grammar/rules.hpp"

namespace cg::parser::grammar {

struct QueryUnit_class : RecordSpan {};
struct UpdateUnit_class : RecordSpan {};
struct SubSelect_class : RecordSpan {};

namespace query {

#define CG_SET(field) \
  ([](auto& ctx) { x3::_val(ctx).field = std::move(x3::_attr(ctx)); })
#define CG_FLAG(field, value) ([](auto& ctx) { x3::_val(ctx).field = value; })
#define CG_PUSH(field) \
  ([](auto& ctx) { x3::_val(ctx).field.push_back(std::move(x3::_attr(ctx))); })

inline constexpr auto base_decl = [](auto& ctx) {
  x3::_val(ctx) = ast::PrologueDecl{};
  x3::_val(ctx).is_base = true;
  x3::_val(ctx).iri = std::move(x3::_attr(ctx));
};
inline constexpr auto var_expr = [](auto& ctx) {
  ast::Expression e;
  e.span = x3::_attr(ctx).span;
  e.node = ast::ExprTerm(std::move(x3::_attr(ctx)));
  x3::_val(ctx).expr = std::move(e);
};
inline constexpr auto set_form = [](auto& ctx) { x3::_val(ctx).form = std::move(x3::_attr(ctx)); };
inline constexpr auto short_construct = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.short_form = true;
  ast::TriplesBlock block;
  block.triples = std::move(x3::_attr(ctx));
  if (!block.triples.empty())
    block.span = cover(block.triples.front().span, block.triples.back().span);
  v.where.elements.emplace_back(std::move(block));
};
inline constexpr auto where_span = [](auto& ctx) {
  TextRange r = x3::_attr(ctx);
  x3::_val(ctx).where.span = span_between(r.first, r.last);
};
inline constexpr auto push_step = [](auto& ctx) {
  auto& steps = x3::_val(ctx).steps;
  if (!steps.empty() && !steps.back().operation) {
    SourceSpan s = x3::_attr(ctx).span;
    throw GrammarFailure{DiagKind::syntax, s.offset, s.length,
                         "expected an update operation before ';'"};
  }
  steps.push_back(std::move(x3::_attr(ctx)));
};
template <ast::GraphTarget::Kind K>
inline constexpr auto target = [](auto& ctx) {
  x3::_val(ctx) = ast::GraphTarget{};
  x3::_val(ctx).kind = K;
};
inline constexpr auto target_iri = [](auto& ctx) {
  x3::_val(ctx) = ast::GraphTarget{};
  x3::_val(ctx).kind = ast::GraphTarget::Kind::named_iri;
  x3::_val(ctx).iri = std::move(x3::_attr(ctx));
};
template <ast::GraphTransfer::Kind K>
inline constexpr auto transfer = [](auto& ctx) {
  x3::_val(ctx) = ast::GraphTransfer{};
  x3::_val(ctx).kind = K;
};
inline constexpr auto set_op = [](auto& ctx) {
  x3::_val(ctx).operation = ast::UpdateOperation(std::move(x3::_attr(ctx)));
};
inline constexpr auto set_op_variant = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

}  // namespace query

namespace qr = query;
using x3::lit;

#define CG_RULE(name, attr, display)                                  \
  struct name##_class : RecordSpan {};                                \
  x3::rule<name##_class, attr> const name = display;

CG_RULE(Query, ast::Query, "query")
CG_RULE(Prologue, ast::Prologue, "prologue")
CG_RULE(BaseDecl, ast::PrologueDecl, "BASE declaration")
CG_RULE(PrefixDecl, ast::PrologueDecl, "PREFIX declaration")
CG_RULE(SelectQuery, ast::SelectQuery, "SELECT query")
CG_RULE(SelectClause, ast::SelectClause, "SELECT clause")
CG_RULE(Projection, ast::Projection, "variable or '(' expression AS variable ')'")
CG_RULE(ConstructQuery, ast::ConstructQuery, "CONSTRUCT query")
CG_RULE(DescribeQuery, ast::DescribeQuery, "DESCRIBE query")
CG_RULE(AskQuery, ast::AskQuery, "ASK query")
CG_RULE(DatasetClause, ast::DatasetClause, "FROM clause")
CG_RULE(SolutionModifier, ast::SolutionModifier, "solution modifier")
CG_RULE(GroupCondition, ast::GroupCondition, "group condition")
CG_RULE(OrderCondition, ast::OrderCondition, "order condition")
CG_RULE(ValuesClause, std::optional<ast::InlineData>, "VALUES clause")
CG_RULE(Update, ast::Update, "update")
CG_RULE(UpdateStep, ast::UpdateStep, "update operation")
CG_RULE(Update1, ast::UpdateOperation, "update operation")
CG_RULE(Load, ast::Load, "LOAD")
CG_RULE(Clear, ast::Clear, "CLEAR")
CG_RULE(Drop, ast::Drop, "DROP")
CG_RULE(Create, ast::Create, "CREATE")
CG_RULE(Transfer, ast::GraphTransfer, "ADD, MOVE or COPY")
CG_RULE(InsertData, ast::InsertData, "INSERT DATA")
CG_RULE(DeleteData, ast::DeleteData, "DELETE DATA")
CG_RULE(DeleteWhere, ast::DeleteWhere, "DELETE WHERE")
CG_RULE(Modify, ast::Modify, "DELETE/INSERT ... WHERE")
CG_RULE(UsingClause, ast::UsingClause, "USING clause")
CG_RULE(GraphRef, ast::GraphTarget, "GRAPH <iri>")
CG_RULE(GraphRefAll, ast::GraphTarget, "GRAPH <iri>, DEFAULT, NAMED or ALL")
CG_RULE(GraphOrDefault, ast::GraphTarget, "DEFAULT or a graph IRI")
#undef CG_RULE
// No span recording here: the pattern keeps the span of its braces, without the keyword.
x3::rule<struct WhereClause_class, ast::GroupGraphPattern> const WhereClause = "WHERE clause";

auto const end_of_input = named("end of input", x3::eoi);

// [1] QueryUnit ::= Query
auto const QueryUnit_def = located[Query > end_of_input];

// [2] Query ::= Prologue ( SelectQuery | ConstructQuery | DescribeQuery | AskQuery ) ValuesClause
auto const Query_def =
    located[Prologue[CG_SET(prologue)] >
    named("SELECT, CONSTRUCT, DESCRIBE or ASK",
          SelectQuery[qr::set_form] | ConstructQuery[qr::set_form] | DescribeQuery[qr::set_form] |
              AskQuery[qr::set_form]) >
    ValuesClause[CG_SET(values)]];

// [4] Prologue ::= ( BaseDecl | PrefixDecl )*
auto const Prologue_def = located[x3::eps[act::reset] >> *(BaseDecl[CG_PUSH(decls)] | PrefixDecl[CG_PUSH(decls)])];

// [5] BaseDecl ::= 'BASE' IRIREF
auto const BaseDecl_def = located[kw("BASE") > IRIREF[qr::base_decl]];

// [6] PrefixDecl ::= 'PREFIX' PNAME_NS IRIREF
auto const PrefixDecl_def = located[kw("PREFIX")[act::reset] > PNAME_NS[CG_SET(prefix)] > IRIREF[CG_SET(iri)]];

// [7] SelectQuery ::= SelectClause DatasetClause* WhereClause SolutionModifier
auto const SelectQuery_def = located[SelectClause[CG_SET(select)] > *DatasetClause[CG_PUSH(datasets)] >
                             WhereClause[CG_SET(where)] > SolutionModifier[CG_SET(modifiers)]];

// [8] SubSelect ::= SelectClause WhereClause SolutionModifier ValuesClause
auto const SubSelect_def = located[SelectClause[CG_SET(select)] > WhereClause[CG_SET(where)] >
                           SolutionModifier[CG_SET(modifiers)] > ValuesClause[CG_SET(values)]];

// [9] SelectClause ::= 'SELECT' ( 'DISTINCT' | 'REDUCED' )?
//                      ( ( Var | ( '(' Expression 'AS' Var ')' ) )+ | '*' )
auto const SelectClause_def =
    located[kw("SELECT")[act::reset] >
    -(kw("DISTINCT")[CG_FLAG(modifier, ast::SelectModifier::distinct)] |
      kw("REDUCED")[CG_FLAG(modifier, ast::SelectModifier::reduced)]) >
    named("'*', a variable or '(' expression AS variable ')'",
          lit('*')[CG_FLAG(star, true)] | +Projection[CG_PUSH(projections)])];
auto const Projection_def =
    located[Var[CG_SET(var)] |
    (lit('(') > Expression[CG_SET(expr)] > kw("AS") > Var[CG_SET(var)] > close_paren)];

// [10] ConstructQuery ::= 'CONSTRUCT' ( ConstructTemplate DatasetClause* WhereClause
//   SolutionModifier | DatasetClause* 'WHERE' '{' TriplesTemplate? '}' SolutionModifier )
auto const ConstructQuery_def =
    located[kw("CONSTRUCT")[act::reset] >
    named("'{' or WHERE",
          (ConstructTemplate[CG_SET(construct_template)] > *DatasetClause[CG_PUSH(datasets)] >
           WhereClause[CG_SET(where)] > SolutionModifier[CG_SET(modifiers)]) |
              ((*DatasetClause[CG_PUSH(datasets)] >>
                raw_text[kw("WHERE") > lit('{') > -TriplesTemplate[qr::short_construct] >
                         named("'}' to close the template (the short form CONSTRUCT WHERE { } holds triples only)",
                               lit('}'))][qr::where_span]) >
               SolutionModifier[CG_SET(modifiers)]))];

// [11] DescribeQuery ::= 'DESCRIBE' ( VarOrIri+ | '*' ) DatasetClause* WhereClause?
//   SolutionModifier
auto const DescribeQuery_def =
    located[kw("DESCRIBE")[act::reset] >
    named("'*', a variable or an IRI", lit('*')[CG_FLAG(star, true)] | +VarOrIri[CG_PUSH(targets)]) >
    *DatasetClause[CG_PUSH(datasets)] >
    -((kw("WHERE") > GroupGraphPattern[CG_SET(where)]) | GroupGraphPattern[CG_SET(where)]) >
    SolutionModifier[CG_SET(modifiers)]];

// [12] AskQuery ::= 'ASK' DatasetClause* WhereClause SolutionModifier
auto const AskQuery_def = located[kw("ASK")[act::reset] > *DatasetClause[CG_PUSH(datasets)] >
                          WhereClause[CG_SET(where)] > SolutionModifier[CG_SET(modifiers)]];

// [13] DatasetClause ::= 'FROM' ( DefaultGraphClause | NamedGraphClause )
// [14] DefaultGraphClause ::= SourceSelector     [15] NamedGraphClause ::= 'NAMED' SourceSelector
// [16] SourceSelector ::= iri
auto const DatasetClause_def =
    located[kw("FROM")[act::reset] > -kw("NAMED")[CG_FLAG(named, true)] > iri[CG_SET(iri)]];

// [17] WhereClause ::= 'WHERE'? GroupGraphPattern
auto const WhereClause_def = -kw("WHERE") > GroupGraphPattern;

// [18] SolutionModifier ::= GroupClause? HavingClause? OrderClause? LimitOffsetClauses?
// [19] GroupClause ::= 'GROUP' 'BY' GroupCondition+
// [21] HavingClause ::= 'HAVING' HavingCondition+      [22] HavingCondition ::= Constraint
// [23] OrderClause ::= 'ORDER' 'BY' OrderCondition+
// [25] LimitOffsetClauses ::= LimitClause OffsetClause? | OffsetClause LimitClause?
// [26] LimitClause ::= 'LIMIT' INTEGER      [27] OffsetClause ::= 'OFFSET' INTEGER
auto const limit_clause = kw("LIMIT") > INTEGER[CG_SET(limit)];
auto const offset_clause = kw("OFFSET") > INTEGER[CG_SET(offset)];
auto const SolutionModifier_def =
    located[x3::eps[act::reset] >>
    -(kw("GROUP") > kw("BY") > +GroupCondition[CG_PUSH(group_by)]) >>
    -(kw("HAVING") > +Constraint[CG_PUSH(having)]) >>
    -(kw("ORDER") > kw("BY") > +OrderCondition[CG_PUSH(order_by)]) >>
    -((limit_clause >> -offset_clause) | (offset_clause >> -limit_clause))];

// [20] GroupCondition ::= BuiltInCall | FunctionCall | '(' Expression ( 'AS' Var )? ')' | Var
auto const GroupCondition_def =
    located[(lit('(')[act::reset] > Expression[CG_SET(expr)] > -(kw("AS") > Var[CG_SET(as)]) > close_paren) |
    BuiltInCall[CG_SET(expr)] | FunctionCall[CG_SET(expr)] | Var[qr::var_expr]];

// [24] OrderCondition ::= ( ( 'ASC' | 'DESC' ) BrackettedExpression ) | ( Constraint | Var )
auto const OrderCondition_def =
    located[(kw("ASC")[act::reset] > BrackettedExpression[CG_SET(expr)]) |
    (kw("DESC")[CG_FLAG(descending, true)] > BrackettedExpression[CG_SET(expr)]) |
    Constraint[CG_SET(expr)] | Var[qr::var_expr]];

// [28] ValuesClause ::= ( 'VALUES' DataBlock )?
auto const ValuesClause_def = located[x3::eps[act::reset] >> -(kw("VALUES") > DataBlock[act::assign])];

// [3] UpdateUnit ::= Update
auto const UpdateUnit_def = located[Update > end_of_input];

// [29] Update ::= Prologue ( Update1 ( ';' Update )? )?
auto const Update_def = located[x3::eps[act::reset] >> UpdateStep[qr::push_step] >>
                        *(lit(';') >> UpdateStep[qr::push_step])];
auto const UpdateStep_def =
    located[Prologue[CG_SET(prologue)] >> -Update1[qr::set_op]];

// [30] Update1 ::= Load | Clear | Drop | Add | Move | Copy | Create | InsertData | DeleteData
//   | DeleteWhere | Modify
auto const Update1_def = located[Load[qr::set_op_variant] | Clear[qr::set_op_variant] |
                         Drop[qr::set_op_variant] | Create[qr::set_op_variant] |
                         Transfer[qr::set_op_variant] | InsertData[qr::set_op_variant] |
                         DeleteData[qr::set_op_variant] | DeleteWhere[qr::set_op_variant] |
                         Modify[qr::set_op_variant]];

auto const silent = -kw("SILENT")[CG_FLAG(silent, true)];

// [31] Load ::= 'LOAD' 'SILENT'? iri ( 'INTO' GraphRef )?
auto const Load_def = located[kw("LOAD")[act::reset] > silent > iri[CG_SET(source)] >
                      -(kw("INTO") > kw("GRAPH") > iri[CG_SET(into)])];

// [32] Clear ::= 'CLEAR' 'SILENT'? GraphRefAll
auto const Clear_def = located[kw("CLEAR")[act::reset] > silent > GraphRefAll[CG_SET(target)]];

// [33] Drop ::= 'DROP' 'SILENT'? GraphRefAll
auto const Drop_def = located[kw("DROP")[act::reset] > silent > GraphRefAll[CG_SET(target)]];

// [34] Create ::= 'CREATE' 'SILENT'? GraphRef
auto const Create_def = located[kw("CREATE")[act::reset] > silent > kw("GRAPH") > iri[CG_SET(graph)]];

// [35] Add ::= 'ADD' 'SILENT'? GraphOrDefault 'TO' GraphOrDefault
// [36] Move ::= 'MOVE' ...     [37] Copy ::= 'COPY' ...
auto const Transfer_def =
    located[(kw("ADD")[qr::transfer<ast::GraphTransfer::Kind::add>] |
     kw("MOVE")[qr::transfer<ast::GraphTransfer::Kind::move>] |
     kw("COPY")[qr::transfer<ast::GraphTransfer::Kind::copy>]) >
    silent > GraphOrDefault[CG_SET(from)] > kw("TO") > GraphOrDefault[CG_SET(to)]];

// [38] InsertData ::= 'INSERT DATA' QuadData
auto const InsertData_def = located[(kw("INSERT") >> kw("DATA")) > QuadPattern[CG_SET(data)]];

// [39] DeleteData ::= 'DELETE DATA' QuadData
auto const DeleteData_def = located[(kw("DELETE") >> kw("DATA")) > QuadPattern[CG_SET(data)]];

// [40] DeleteWhere ::= 'DELETE WHERE' QuadPattern
auto const DeleteWhere_def = located[(kw("DELETE") >> kw("WHERE")) > QuadPattern[CG_SET(pattern)]];

// [41] Modify ::= ( 'WITH' iri )? ( DeleteClause InsertClause? | InsertClause ) UsingClause*
//   'WHERE' GroupGraphPattern
// [42] DeleteClause ::= 'DELETE' QuadPattern     [43] InsertClause ::= 'INSERT' QuadPattern
auto const delete_clause = kw("DELETE") > QuadPattern[CG_SET(delete_quads)];
auto const insert_clause = kw("INSERT") > QuadPattern[CG_SET(insert_quads)];
auto const modify_body =
    named("DELETE or INSERT", (delete_clause >> -insert_clause) | insert_clause) >
    *UsingClause[CG_PUSH(using_clauses)] > kw("WHERE") > GroupGraphPattern[CG_SET(where)];
auto const Modify_def = located[x3::eps[act::reset] >>
                        ((kw("WITH") > iri[CG_SET(with)] > modify_body) | modify_body)];

// [44] UsingClause ::= 'USING' ( iri | 'NAMED' iri )
auto const UsingClause_def =
    located[kw("USING")[act::reset] > -kw("NAMED")[CG_FLAG(named, true)] > iri[CG_SET(iri)]];

// [46] GraphRef ::= 'GRAPH' iri
auto const GraphRef_def = located[kw("GRAPH") > iri[qr::target_iri]];

// [47] GraphRefAll ::= GraphRef | 'DEFAULT' | 'NAMED' | 'ALL'
auto const GraphRefAll_def = located[GraphRef[act::assign] |
                             kw("DEFAULT")[qr::target<ast::GraphTarget::Kind::default_>] |
                             kw("NAMED")[qr::target<ast::GraphTarget::Kind::all_named>] |
                             kw("ALL")[qr::target<ast::GraphTarget::Kind::all>]];

// [45] GraphOrDefault ::= 'DEFAULT' | 'GRAPH'? iri
auto const GraphOrDefault_def = located[kw("DEFAULT")[qr::target<ast::GraphTarget::Kind::default_>] |
                                (-kw("GRAPH") >> iri[qr::target_iri])];

#undef CG_SET
#undef CG_FLAG
#undef CG_PUSH

BOOST_SPIRIT_DEFINE(QueryUnit, Query, Prologue, BaseDecl, PrefixDecl, SelectQuery, SubSelect,
                    SelectClause, Projection, ConstructQuery, DescribeQuery, AskQuery,
                    DatasetClause, WhereClause, SolutionModifier, GroupCondition, OrderCondition,
                    ValuesClause, UpdateUnit, Update, UpdateStep, Update1, Load, Clear, Drop,
                    Create, Transfer, InsertData, DeleteData, DeleteWhere, Modify, UsingClause,
                    GraphRef, GraphRefAll, GraphOrDefault)

}  // namespace cg::parser::grammar
