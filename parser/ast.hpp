// SPDX-License-Identifier: MIT
/// @file ast.hpp The SPARQL 1.1 Query and Update syntax tree (spec section 19), shaped like the
/// grammar. Plain value types only: no parser headers, no evaluation logic.
///
/// Conventions every consumer can rely on:
///  - Every node struct derives from Located and carries the byte span of its source text.
///  - IRIs, prefixed names and literals are kept as written: no prefix or base resolution (that
///    is the job of the translation to algebra). Purely lexical decoding *is* done:
///      * Iri::value has UCHAR escapes (\uXXXX, \UXXXXXXXX) decoded, without the angle brackets;
///      * PrefixedName::local has PN_LOCAL_ESC backslashes removed ("\." -> "."); %XX is kept;
///      * Literal::lexical has string escapes (ECHAR, UCHAR) decoded, without the quotes;
///      * NumericLiteral::lexical is the text as written, including a leading sign.
///  - Keywords and built-in/aggregate names are stored upper-case ("REGEX", "GROUP_CONCAT").
///  - Recursion goes through std::vector or Box<T> (a copyable owning pointer).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "common/diagnostic.hpp"

namespace cg::parser::ast {

/// Base of every node: where it came from in the source text (bytes).
struct Located {
  SourceSpan span;
};

/// A copyable owning pointer for recursive members (like x3::forward_ast). Never null, except
/// after being moved from (then it may only be assigned or destroyed). Moves steal the pointer,
/// so building deep trees stays linear; copies are deep.
template <class T>
class Box {
 public:
  Box() : p_(std::make_unique<T>()) {}
  Box(T value) : p_(std::make_unique<T>(std::move(value))) {}  // NOLINT(implicit)
  Box(const Box& other) : p_(std::make_unique<T>(*other.p_)) {}
  Box(Box&& other) noexcept = default;
  Box& operator=(const Box& other) {
    if (this != &other) p_ = std::make_unique<T>(*other.p_);
    return *this;
  }
  Box& operator=(Box&& other) noexcept = default;
  ~Box() = default;

  T& get() { return *p_; }
  const T& get() const { return *p_; }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }

 private:
  std::unique_ptr<T> p_;
};

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

/// [139] IRIREF ::= '<' ([^<>"{}|^`\]-[#x00-#x20])* '>'   (value: between the brackets)
struct Iri : Located {
  std::string value;
};

/// [137] PrefixedName ::= PNAME_LN | PNAME_NS   ("ex:a" -> prefix "ex", local "a")
struct PrefixedName : Located {
  std::string prefix;
  std::string local;
};

/// [136] iri ::= IRIREF | PrefixedName
using IriRef = std::variant<Iri, PrefixedName>;

/// [129] RDFLiteral ::= String ( LANGTAG | ( '^^' iri ) )?
struct Literal : Located {
  std::string lexical;                  ///< escapes decoded, no quotes
  std::optional<std::string> language;  ///< without '@', as written
  std::optional<IriRef> datatype;
};

/// [130] NumericLiteral (INTEGER / DECIMAL / DOUBLE, any sign)
struct NumericLiteral : Located {
  enum class Kind { integer, decimal, double_ };
  Kind kind = Kind::integer;
  std::string lexical;  ///< as written, e.g. "-1.5e3"
};

/// [134] BooleanLiteral ::= 'true' | 'false'
struct BooleanLiteral : Located {
  bool value = false;
};

/// [138] BlankNode ::= BLANK_NODE_LABEL | ANON
struct BlankNode : Located {
  std::string label;  ///< without "_:"; empty when anonymous
  bool anonymous = false;  ///< '[' ']'
};

/// [108] Var ::= VAR1 | VAR2
struct Var : Located {
  std::string name;  ///< without '?' / '$'
};

/// [161] NIL ::= '(' WS* ')'
struct Nil : Located {};

/// [109] GraphTerm plus Var: [106] VarOrTerm ::= Var | GraphTerm
using Term =
    std::variant<Var, Iri, PrefixedName, Literal, NumericLiteral, BooleanLiteral, BlankNode, Nil>;

/// [107] VarOrIri ::= Var | iri
using VarOrIri = std::variant<Var, Iri, PrefixedName>;

// ---------------------------------------------------------------------------------------------
// Property paths  [88]-[96]
// ---------------------------------------------------------------------------------------------

enum class PathKind {
  link,          ///< an iri (Path::iri)
  rdf_type,      ///< the keyword 'a'
  inverse,       ///< '^' parts[0]
  sequence,      ///< parts[0] / parts[1] / ...   (2+ parts)
  alternative,   ///< parts[0] | parts[1] | ...   (2+ parts)
  zero_or_more,  ///< parts[0] '*'
  one_or_more,   ///< parts[0] '+'
  zero_or_one,   ///< parts[0] '?'
  negated,       ///< '!' ( ... ): parts are link, rdf_type, or inverse of one of those
};

/// A property path. A plain predicate in a triple pattern is a Path of kind link or rdf_type.
struct Path : Located {
  PathKind kind = PathKind::link;
  std::optional<IriRef> iri;  ///< kind == link
  std::vector<Path> parts;
};

// ---------------------------------------------------------------------------------------------
// Triples (templates, data and patterns share these; the grammar restricts what may appear)
// ---------------------------------------------------------------------------------------------

struct Collection;
struct BlankNodePropertyList;

/// [104] GraphNode / [105] GraphNodePath ::= VarOrTerm | TriplesNode(Path)
using Node = std::variant<Var, Iri, PrefixedName, Literal, NumericLiteral, BooleanLiteral, BlankNode,
                          Nil, Box<Collection>, Box<BlankNodePropertyList>>;

/// [78] Verb ::= VarOrIri | 'a'; [84] VerbPath ::= Path; [85] VerbSimple ::= Var
using Verb = std::variant<Var, Path>;

/// One verb with its object list: "verb o1, o2".
struct PropertyListEntry : Located {
  Verb verb;
  std::vector<Node> objects;
};

/// [102] Collection ::= '(' GraphNode+ ')'
struct Collection : Located {
  std::vector<Node> items;
};

/// [99] BlankNodePropertyList ::= '[' PropertyListNotEmpty ']'
struct BlankNodePropertyList : Located {
  std::vector<PropertyListEntry> properties;
};

/// [75] TriplesSameSubject / [81] TriplesSameSubjectPath. `properties` is empty only when the
/// subject is a TriplesNode whose own list carries the triples ("[ :p :o ] ." is legal).
struct TriplesSameSubject : Located {
  Node subject;
  std::vector<PropertyListEntry> properties;
};

// ---------------------------------------------------------------------------------------------
// Expressions  [110]-[128]
// ---------------------------------------------------------------------------------------------

struct Expression;
struct GroupGraphPattern;

enum class UnaryOp { not_, plus, minus };
enum class BinaryOp { or_, and_, eq, ne, lt, gt, le, ge, add, sub, mul, div };

/// '!' e, '+' e, '-' e
struct UnaryExpr {
  UnaryOp op = UnaryOp::not_;
  Box<Expression> operand;
};

/// Left-associative binary operators ("a - b - c" is ((a - b) - c)).
struct BinaryExpr {
  BinaryOp op = BinaryOp::or_;
  Box<Expression> left;
  Box<Expression> right;
};

/// e IN (list) / e NOT IN (list)
struct InExpr {
  bool negated = false;
  Box<Expression> operand;
  std::vector<Expression> list;
};

/// [128] iriOrFunction with an ArgList: an extension function or an XSD cast.
struct FunctionCall {
  IriRef function;
  bool distinct = false;  ///< ArgList's DISTINCT (custom aggregates)
  std::vector<Expression> args;
};

/// [121] BuiltInCall (except aggregates and EXISTS): name upper-case, e.g. "STR", "REGEX",
/// "BOUND", "IF", "COALESCE", "BNODE", "RAND", "NOW", "SUBSTR", "REPLACE", "STRUUID", ...
/// Arguments as written (BNODE() has none, BNODE(?x) one).
struct BuiltinCall {
  std::string name;
  std::vector<Expression> args;
};

/// [125]/[126] EXISTS / NOT EXISTS GroupGraphPattern
struct ExistsExpr {
  bool negated = false;
  Box<GroupGraphPattern> pattern;
};

/// [127] Aggregate: name is COUNT, SUM, MIN, MAX, AVG, SAMPLE or GROUP_CONCAT.
struct AggregateExpr {
  std::string name;
  bool distinct = false;
  bool star = false;                     ///< COUNT(*) — then args is empty
  std::vector<Expression> args;          ///< one argument otherwise
  std::optional<std::string> separator;  ///< GROUP_CONCAT ... ; SEPARATOR = "..." (decoded)
};

/// A primary term inside an expression: Var, iri, or a literal.
using ExprTerm = std::variant<Var, Iri, PrefixedName, Literal, NumericLiteral, BooleanLiteral>;

struct Expression : Located {
  std::variant<ExprTerm, UnaryExpr, BinaryExpr, InExpr, FunctionCall, BuiltinCall, ExistsExpr,
               AggregateExpr>
      node;
};

// ---------------------------------------------------------------------------------------------
// Graph patterns  [53]-[74]
// ---------------------------------------------------------------------------------------------

struct SubSelect;

/// [55] TriplesBlock (path-enabled triples up to the next non-triples element).
struct TriplesBlock : Located {
  std::vector<TriplesSameSubject> triples;
};

/// [68] Filter ::= 'FILTER' Constraint
struct Filter : Located {
  Expression constraint;
};

/// [57] OptionalGraphPattern ::= 'OPTIONAL' GroupGraphPattern
struct OptionalPattern : Located {
  Box<GroupGraphPattern> pattern;
};

/// [66] MinusGraphPattern ::= 'MINUS' GroupGraphPattern
struct MinusPattern : Located {
  Box<GroupGraphPattern> pattern;
};

/// [67] GroupOrUnionGraphPattern ::= GroupGraphPattern ( 'UNION' GroupGraphPattern )*
/// One alternative = a nested group; two or more = UNION (left-associative).
struct GroupOrUnion : Located {
  std::vector<GroupGraphPattern> alternatives;
};

/// [58] GraphGraphPattern ::= 'GRAPH' VarOrIri GroupGraphPattern
struct GraphPattern : Located {
  VarOrIri name;
  Box<GroupGraphPattern> pattern;
};

/// [59] ServiceGraphPattern ::= 'SERVICE' 'SILENT'? VarOrIri GroupGraphPattern
struct ServicePattern : Located {
  bool silent = false;
  VarOrIri endpoint;
  Box<GroupGraphPattern> pattern;
};

/// [60] Bind ::= 'BIND' '(' Expression 'AS' Var ')'
struct Bind : Located {
  Expression expr;
  Var var;
};

/// [61]-[65] InlineData / DataBlock (also the trailing ValuesClause). A row value of
/// std::nullopt is UNDEF. A single-variable block ("VALUES ?x { 1 2 }") has one-value rows.
struct InlineData : Located {
  std::vector<Var> vars;
  std::vector<std::vector<std::optional<Term>>> rows;
};

/// Elements of a group, in source order.
using PatternElement = std::variant<TriplesBlock, Filter, OptionalPattern, MinusPattern,
                                    GroupOrUnion, GraphPattern, ServicePattern, Bind, InlineData,
                                    Box<SubSelect>>;

/// [53] GroupGraphPattern ::= '{' ( SubSelect | GroupGraphPatternSub ) '}'
/// A sub-select is represented as the group's only element.
struct GroupGraphPattern : Located {
  std::vector<PatternElement> elements;
};

// ---------------------------------------------------------------------------------------------
// Queries  [1]-[31]
// ---------------------------------------------------------------------------------------------

/// [5] BaseDecl / [6] PrefixDecl, in source order (a later BASE affects later PREFIXes).
struct PrologueDecl : Located {
  bool is_base = false;
  std::string prefix;  ///< PrefixDecl: the name without ':' ("" for the default prefix)
  Iri iri;
};

struct Prologue : Located {
  std::vector<PrologueDecl> decls;
};

/// One projection: "?x" (no expr) or "(expr AS ?x)".
struct Projection : Located {
  Var var;
  std::optional<Expression> expr;
};

enum class SelectModifier { none, distinct, reduced };

/// [9] SelectClause
struct SelectClause : Located {
  SelectModifier modifier = SelectModifier::none;
  bool star = false;
  std::vector<Projection> projections;
};

/// [13] DatasetClause ::= 'FROM' ( DefaultGraphClause | NamedGraphClause )
struct DatasetClause : Located {
  bool named = false;
  IriRef iri;
};

/// [20] GroupCondition ::= BuiltInCall | FunctionCall | '(' Expression ( 'AS' Var )? ')' | Var
struct GroupCondition : Located {
  Expression expr;
  std::optional<Var> as;
};

/// [24] OrderCondition ::= ( ( 'ASC' | 'DESC' ) BrackettedExpression ) | ( Constraint | Var )
struct OrderCondition : Located {
  bool descending = false;
  Expression expr;
};

/// [18] SolutionModifier ::= GroupClause? HavingClause? OrderClause? LimitOffsetClauses?
struct SolutionModifier : Located {
  std::vector<GroupCondition> group_by;
  std::vector<Expression> having;
  std::vector<OrderCondition> order_by;
  std::optional<std::uint64_t> limit;
  std::optional<std::uint64_t> offset;
};

/// [8] SubSelect ::= SelectClause WhereClause SolutionModifier ValuesClause
struct SubSelect : Located {
  SelectClause select;
  GroupGraphPattern where;
  SolutionModifier modifiers;
  std::optional<InlineData> values;
};

/// [7] SelectQuery ::= SelectClause DatasetClause* WhereClause SolutionModifier
struct SelectQuery : Located {
  SelectClause select;
  std::vector<DatasetClause> datasets;
  GroupGraphPattern where;
  SolutionModifier modifiers;
};

/// [10] ConstructQuery. The short form "CONSTRUCT WHERE { triples }" has short_form = true,
/// an empty `construct_template`, and `where` holding one TriplesBlock (possibly empty).
struct ConstructQuery : Located {
  bool short_form = false;
  std::vector<TriplesSameSubject> construct_template;
  std::vector<DatasetClause> datasets;
  GroupGraphPattern where;
  SolutionModifier modifiers;
};

/// [11] DescribeQuery ::= 'DESCRIBE' ( VarOrIri+ | '*' ) DatasetClause* WhereClause? SolutionModifier
struct DescribeQuery : Located {
  bool star = false;
  std::vector<VarOrIri> targets;
  std::vector<DatasetClause> datasets;
  std::optional<GroupGraphPattern> where;
  SolutionModifier modifiers;
};

/// [12] AskQuery ::= 'ASK' DatasetClause* WhereClause SolutionModifier
struct AskQuery : Located {
  std::vector<DatasetClause> datasets;
  GroupGraphPattern where;
  SolutionModifier modifiers;
};

/// [2] Query ::= Prologue ( SelectQuery | ConstructQuery | DescribeQuery | AskQuery ) ValuesClause
struct Query : Located {
  Prologue prologue;
  std::variant<SelectQuery, ConstructQuery, DescribeQuery, AskQuery> form;
  std::optional<InlineData> values;  ///< the trailing ValuesClause
};

// ---------------------------------------------------------------------------------------------
// Update  [29]-[52]
// ---------------------------------------------------------------------------------------------

/// [45] GraphOrDefault / [46] GraphRef / [47] GraphRefAll
struct GraphTarget : Located {
  enum class Kind { default_, named_iri, all_named, all };  ///< DEFAULT, GRAPH iri, NAMED, ALL
  Kind kind = Kind::default_;
  std::optional<IriRef> iri;  ///< kind == named_iri
};

/// [31] Load ::= 'LOAD' 'SILENT'? iri ( 'INTO' GraphRef )?
struct Load : Located {
  bool silent = false;
  IriRef source;
  std::optional<IriRef> into;
};

/// [32] Clear / [33] Drop ::= ... 'SILENT'? GraphRefAll
struct Clear : Located {
  bool silent = false;
  GraphTarget target;
};
struct Drop : Located {
  bool silent = false;
  GraphTarget target;
};

/// [34] Create ::= 'CREATE' 'SILENT'? GraphRef
struct Create : Located {
  bool silent = false;
  IriRef graph;
};

/// [35] Add / [36] Move / [37] Copy ::= KW 'SILENT'? GraphOrDefault 'TO' GraphOrDefault
struct GraphTransfer : Located {
  enum class Kind { add, move, copy };
  Kind kind = Kind::add;
  bool silent = false;
  GraphTarget from;  ///< kind default_ or named_iri
  GraphTarget to;
};

/// One part of [50] Quads: triples in the default graph (graph == nullopt) or, for
/// [51] QuadsNotTriples, triples inside 'GRAPH' VarOrIri '{' ... '}'.
struct QuadsBlock : Located {
  std::optional<VarOrIri> graph;
  std::vector<TriplesSameSubject> triples;
};

/// [48] QuadPattern / [49] QuadData ::= '{' Quads '}'
struct Quads : Located {
  std::vector<QuadsBlock> blocks;
};

/// [38] InsertData / [39] DeleteData / [40] DeleteWhere
struct InsertData : Located {
  Quads data;
};
struct DeleteData : Located {
  Quads data;
};
struct DeleteWhere : Located {
  Quads pattern;
};

/// [44] UsingClause ::= 'USING' ( iri | 'NAMED' iri )
struct UsingClause : Located {
  bool named = false;
  IriRef iri;
};

/// [41] Modify ::= ( 'WITH' iri )? ( DeleteClause InsertClause? | InsertClause ) UsingClause*
///                 'WHERE' GroupGraphPattern
struct Modify : Located {
  std::optional<IriRef> with;
  std::optional<Quads> delete_quads;
  std::optional<Quads> insert_quads;
  std::vector<UsingClause> using_clauses;
  GroupGraphPattern where;
};

/// [30] Update1
using UpdateOperation = std::variant<Load, Clear, Drop, Create, GraphTransfer, InsertData,
                                     DeleteData, DeleteWhere, Modify>;

/// One "Prologue Update1" step of [29] Update. Prefixes declared in earlier steps stay in
/// force in later ones. `operation` is empty only for a trailing prologue (or empty request).
struct UpdateStep : Located {
  Prologue prologue;
  std::optional<UpdateOperation> operation;
};

/// [29] Update ::= Prologue ( Update1 ( ';' Update )? )?
struct Update : Located {
  std::vector<UpdateStep> steps;
};

}  // namespace cg::parser::ast
