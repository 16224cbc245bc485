// SPDX-License-Identifier: MIT
/// @file algebra.hpp SPARQL 1.1 algebra (spec §18.2, §18.4) as plain values, printable as
/// S-expressions. Names follow the spec: BGP, Join, LeftJoin, Filter, Union, Graph, Extend,
/// Minus, Group/AggregateJoin, OrderBy, Project, Distinct, Reduced, Slice, ToMultiSet (values).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common/diagnostic.hpp"
#include "graph/term.hpp"

namespace cg::query::algebra {

/// A variable by name (without '?'). Names starting with '.' are internal (fresh variables made
/// by the translation for blank nodes in patterns, path sequences and aggregates).
struct Var {
  std::string name;
  friend bool operator==(const Var&, const Var&) = default;
};

/// A pattern position: a constant term or a variable.
using TermOrVar = std::variant<graph::Term, Var>;

struct TriplePattern {
  TermOrVar subject, predicate, object;
};

/// Property path (§18.1.7). Link and negated sets hold IRIs.
struct Path {
  enum class Kind { link, inverse, sequence, alternative, zero_or_more, one_or_more, zero_or_one, negated };
  Kind kind = Kind::link;
  std::string iri;                  ///< link
  std::vector<Path> args;           ///< inverse/…/zero_or_one: one; sequence/alternative: two
  std::vector<std::string> forward; ///< negated: !(a|b)
  std::vector<std::string> inverse; ///< negated: !(^a|^b)
};

struct Op;
using OpPtr = std::shared_ptr<Op>;

/// Expression (§17). Function calls use the upper-case SPARQL name ("STRLEN", "&&", "=", "IN")
/// or the function IRI for casts and extension functions.
struct Expr {
  enum class Kind { constant, variable, call, exists, not_exists, aggregate };
  Kind kind = Kind::constant;
  graph::Term term;          ///< constant
  std::string name;          ///< variable name, function name/IRI, or aggregate name (COUNT…)
  std::vector<Expr> args;    ///< call arguments; aggregate: zero (COUNT(*)) or one
  OpPtr pattern;             ///< exists / not_exists
  bool distinct = false;     ///< aggregate
  std::string separator = " ";  ///< GROUP_CONCAT
  mutable int slot = -1;     ///< variable: the evaluator's slot (set by Evaluator::prepare)
};

struct OrderKey {
  Expr expr;
  bool descending = false;
};

struct Aggregate {
  Var var;    ///< the internal variable that holds the aggregate's value
  Expr expr;  ///< kind == aggregate
};

struct Op {
  enum class Kind {
    bgp, path, join, left_join, filter, union_, graph, extend, minus, group, order_by, project,
    distinct, reduced, slice, values, service, table_unit
  };
  Kind kind = Kind::bgp;
  std::vector<OpPtr> args;                 ///< children (0, 1 or 2)
  std::vector<TriplePattern> triples;      ///< bgp
  TermOrVar path_subject, path_object;     ///< path
  Path path;                               ///< path
  std::vector<Expr> exprs;                 ///< filter (conjuncts), left_join filter
  TermOrVar graph_name;                    ///< graph, service endpoint
  bool silent = false;                     ///< service
  Var var;                                 ///< extend
  Expr expr;                               ///< extend
  std::vector<std::pair<std::optional<Var>, Expr>> group_keys;  ///< group: GROUP BY items
  std::vector<Aggregate> aggregates;       ///< group
  std::vector<OrderKey> order;             ///< order_by
  std::vector<Var> vars;                   ///< project; values (columns)
  std::vector<std::vector<std::optional<graph::Term>>> rows;  ///< values
  std::size_t offset = 0;                  ///< slice
  std::optional<std::size_t> limit;        ///< slice
  std::optional<SourceSpan> span;          ///< where in the query text (set where errors may arise)
};

OpPtr make(Op::Kind kind, std::vector<OpPtr> args = {});

/// The query forms (§16).
enum class QueryForm { select, construct, ask, describe };

/// A translated query: the algebra plus what the form needs.
struct Query {
  QueryForm form = QueryForm::select;
  OpPtr root;
  std::vector<Var> projection;                ///< select: result variables in order
  std::vector<TriplePattern> construct_template;
  std::vector<TermOrVar> describe;            ///< describe: terms and variables
  std::vector<std::string> from, from_named;  ///< dataset clauses (absolute IRIs)
  std::string base_iri;
};

// ---------------------------------------------------------------- Update (§3 of SPARQL Update)

/// A quad template/data item: graph empty = default graph.
struct QuadPattern {
  TermOrVar subject, predicate, object;
  std::optional<TermOrVar> graph;
};

/// GraphRef for CLEAR/DROP/ADD/…: DEFAULT, NAMED, ALL or an IRI.
struct GraphTarget {
  enum class Kind { default_graph, named, all, iri };
  Kind kind = Kind::default_graph;
  std::string iri;
};

struct UpdateOp {
  enum class Kind { insert_data, delete_data, delete_where, modify, load, clear, drop, create, add, move, copy };
  Kind kind = Kind::insert_data;
  bool silent = false;
  std::vector<QuadPattern> delete_quads, insert_quads;  ///< data / templates
  OpPtr where;                                          ///< modify, delete_where
  std::optional<std::string> with;                      ///< WITH iri
  std::vector<std::string> using_default, using_named;  ///< USING / USING NAMED
  std::string source;                                   ///< load: IRI
  std::optional<std::string> into;                      ///< load INTO GRAPH
  GraphTarget target, to;                               ///< clear/drop/create: target; add/move/copy: target→to
};

struct Update {
  std::vector<UpdateOp> ops;
  std::string base_iri;
};

// ---------------------------------------------------------------- printing

std::string to_sse(const Expr& expr);
std::string to_sse(const Path& path);
std::string to_sse(const Op& op, int indent = 0);
std::string to_sse(const Query& query);
std::string to_sse(const TermOrVar& t);

/// Variables an op may bind (in-scope variables, §18.2.1), in first-seen order.
std::vector<std::string> in_scope_vars(const Op& op);
/// Variables mentioned by an expression (not inside EXISTS).
void expr_vars(const Expr& e, std::vector<std::string>& out);

}  // namespace cg::query::algebra
