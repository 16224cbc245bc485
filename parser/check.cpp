// SPDX-License-Identifier: MIT
#include "parser/check.hpp"

#include <map>
#include <set>
#include <string>

#include "common/overload.hpp"

namespace cg::parser {

namespace {

using namespace ast;

using cg::Overload;

/// Thrown inside the checker to stop at the first problem; never leaves this file.
struct CheckFailure {
  Diagnostic diag;
};

using VarSet = std::set<std::string>;

// ---- variables ------------------------------------------------------------------------------

void vars_of_node(const Node& n, VarSet& out);

void vars_of_properties(const std::vector<PropertyListEntry>& props, VarSet& out) {
  for (const auto& e : props) {
    if (const auto* v = std::get_if<Var>(&e.verb)) out.insert(v->name);
    for (const auto& o : e.objects) vars_of_node(o, out);
  }
}

void vars_of_node(const Node& n, VarSet& out) {
  std::visit(Overload{[&](const Var& v) { out.insert(v.name); },
                      [&](const Box<Collection>& c) {
                        for (const auto& i : c->items) vars_of_node(i, out);
                      },
                      [&](const Box<BlankNodePropertyList>& b) {
                        vars_of_properties(b->properties, out);
                      },
                      [&](const auto&) {}},
             n);
}

void vars_of_triples(const std::vector<TriplesSameSubject>& ts, VarSet& out) {
  for (const auto& t : ts) {
    vars_of_node(t.subject, out);
    vars_of_properties(t.properties, out);
  }
}

void inscope_of_group(const GroupGraphPattern& g, VarSet& out);

void projected_vars(const SelectClause& s, const GroupGraphPattern& where, VarSet& out) {
  if (s.star) {
    inscope_of_group(where, out);
  } else {
    for (const auto& p : s.projections) out.insert(p.var.name);
  }
}

/// In-scope variables of one group element (SPARQL 1.1 section 18.2.1).
void inscope_of_element(const PatternElement& el, VarSet& out) {
  std::visit(Overload{[&](const TriplesBlock& b) { vars_of_triples(b.triples, out); },
                      [&](const Filter&) {},
                      [&](const OptionalPattern& o) { inscope_of_group(*o.pattern, out); },
                      [&](const MinusPattern&) {},
                      [&](const GroupOrUnion& u) {
                        for (const auto& a : u.alternatives) inscope_of_group(a, out);
                      },
                      [&](const GraphPattern& g) {
                        if (const auto* v = std::get_if<Var>(&g.name)) out.insert(v->name);
                        inscope_of_group(*g.pattern, out);
                      },
                      [&](const ServicePattern& s) {
                        if (const auto* v = std::get_if<Var>(&s.endpoint)) out.insert(v->name);
                        inscope_of_group(*s.pattern, out);
                      },
                      [&](const Bind& b) { out.insert(b.var.name); },
                      [&](const InlineData& d) {
                        for (const auto& v : d.vars) out.insert(v.name);
                      },
                      [&](const Box<SubSelect>& s) { projected_vars(s->select, s->where, out); }},
             el);
}

void inscope_of_group(const GroupGraphPattern& g, VarSet& out) {
  for (const auto& el : g.elements) inscope_of_element(el, out);
}

bool has_aggregate(const Expression& e);

bool any_aggregate(const std::vector<Expression>& xs) {
  for (const auto& x : xs)
    if (has_aggregate(x)) return true;
  return false;
}

bool has_aggregate(const Expression& e) {
  return std::visit(
      Overload{[](const ExprTerm&) { return false; },
               [](const UnaryExpr& u) { return has_aggregate(*u.operand); },
               [](const BinaryExpr& b) { return has_aggregate(*b.left) || has_aggregate(*b.right); },
               [](const InExpr& in) { return has_aggregate(*in.operand) || any_aggregate(in.list); },
               [](const FunctionCall& f) { return any_aggregate(f.args); },
               [](const BuiltinCall& b) { return any_aggregate(b.args); },
               [](const ExistsExpr&) { return false; },
               [](const AggregateExpr&) { return true; }},
      e.node);
}

/// Variables used outside aggregates, with the span of their first use.
void free_vars(const Expression& e, std::map<std::string, SourceSpan>& out) {
  std::visit(Overload{[&](const ExprTerm& t) {
                        if (const auto* v = std::get_if<Var>(&t)) out.emplace(v->name, v->span);
                      },
                      [&](const UnaryExpr& u) { free_vars(*u.operand, out); },
                      [&](const BinaryExpr& b) {
                        free_vars(*b.left, out);
                        free_vars(*b.right, out);
                      },
                      [&](const InExpr& in) {
                        free_vars(*in.operand, out);
                        for (const auto& x : in.list) free_vars(x, out);
                      },
                      [&](const FunctionCall& f) {
                        for (const auto& x : f.args) free_vars(x, out);
                      },
                      [&](const BuiltinCall& b) {
                        for (const auto& x : b.args) free_vars(x, out);
                      },
                      [&](const ExistsExpr&) {},
                      [&](const AggregateExpr&) {}},
             e.node);
}

// ---- the checker ----------------------------------------------------------------------------

class Checker {
 public:
  explicit Checker(std::string_view source) : source_(source) {}

  void query(const Query& q) {
    declare(q.prologue);
    std::visit(Overload{[&](const SelectQuery& s) {
                          datasets(s.datasets);
                          group(s.where);
                          select(s.select, s.where, s.modifiers);
                        },
                        [&](const ConstructQuery& c) {
                          int bgp = next_bgp_++;
                          template_triples(c.construct_template, bgp, false);
                          datasets(c.datasets);
                          group(c.where);
                          modifiers(c.modifiers, false);
                        },
                        [&](const DescribeQuery& d) {
                          for (const auto& t : d.targets) var_or_iri(t);
                          datasets(d.datasets);
                          if (d.where) group(*d.where);
                          modifiers(d.modifiers, false);
                        },
                        [&](const AskQuery& a) {
                          datasets(a.datasets);
                          group(a.where);
                          modifiers(a.modifiers, false);
                        }},
               q.form);
    if (q.values) values(*q.values);
  }

  void update(const Update& u) {
    for (const auto& step : u.steps) {
      declare(step.prologue);
      if (!step.operation) continue;
      ++operation_;
      std::visit(Overload{[&](const Load& l) {
                            iri(l.source);
                            if (l.into) iri(*l.into);
                          },
                          [&](const Clear& c) { target(c.target); },
                          [&](const Drop& d) { target(d.target); },
                          [&](const Create& c) { iri(c.graph); },
                          [&](const GraphTransfer& t) {
                            target(t.from);
                            target(t.to);
                          },
                          [&](const InsertData& d) { quads(d.data, true, false); },
                          [&](const DeleteData& d) { quads(d.data, true, true); },
                          [&](const DeleteWhere& d) { quads(d.pattern, false, true); },
                          [&](const Modify& m) {
                            if (m.with) iri(*m.with);
                            if (m.delete_quads) quads(*m.delete_quads, false, true);
                            if (m.insert_quads) quads(*m.insert_quads, false, false);
                            for (const auto& c : m.using_clauses) iri(c.iri);
                            group(m.where);
                          }},
                 *step.operation);
    }
  }

 private:
  [[noreturn]] void fail(SourceSpan span, std::string message) {
    Diagnostic d = make_diagnostic(DiagKind::semantic, std::move(message), std::string(source_));
    d.span = span;
    throw CheckFailure{std::move(d)};
  }

  void declare(const Prologue& p) {
    for (const auto& d : p.decls)
      if (!d.is_base) prefixes_.insert(d.prefix);
  }

  // ---- terms ----
  void iri(const IriRef& i) {
    if (const auto* p = std::get_if<PrefixedName>(&i)) prefixed(*p);
  }
  void prefixed(const PrefixedName& p) {
    if (!prefixes_.count(p.prefix))
      fail(p.span, "undefined prefix '" + p.prefix + ":' (declare it with PREFIX " + p.prefix +
                       ": <...>)");
  }
  void var_or_iri(const VarOrIri& v) {
    if (const auto* p = std::get_if<PrefixedName>(&v)) prefixed(*p);
    if (const auto* var = std::get_if<Var>(&v); var && no_vars_) fail(var->span, "variables are not allowed in INSERT DATA or DELETE DATA");
  }
  void literal(const Literal& l) {
    if (l.datatype) iri(*l.datatype);
  }

  void blank_label(const BlankNode& b, int bgp) {
    if (no_bnodes_) fail(b.span, "blank nodes are not allowed in DELETE");
    if (b.anonymous || in_template_) return;  // template labels make fresh nodes per solution
    auto& labels = in_quads_ ? quad_bnode_op_ : bnode_bgp_;
    auto [it, inserted] = labels.emplace(b.label, bgp);
    if (!inserted && it->second != bgp) {
      fail(b.span, in_quads_ ? "blank node label _:" + b.label +
                                      " is used in more than one operation of the request"
                                : "blank node label _:" + b.label +
                                      " is used in more than one basic graph pattern");
    }
  }

  void node(const Node& n, int bgp) {
    std::visit(Overload{[&](const Var& v) {
                          if (no_vars_)
                            fail(v.span, "variables are not allowed in INSERT DATA or DELETE DATA");
                        },
                        [&](const Iri&) {},
                        [&](const PrefixedName& p) { prefixed(p); },
                        [&](const Literal& l) { literal(l); },
                        [&](const BlankNode& b) { blank_label(b, bgp); },
                        [&](const Box<Collection>& c) {
                          if (no_bnodes_ && !c->items.empty())
                            fail(c->span, "blank nodes (here from a collection) are not allowed in DELETE");
                          for (const auto& i : c->items) node(i, bgp);
                        },
                        [&](const Box<BlankNodePropertyList>& b) {
                          if (no_bnodes_) fail(b->span, "blank nodes are not allowed in DELETE");
                          properties(b->properties, bgp);
                        },
                        [&](const auto&) {}},
               n);
  }

  void path(const Path& p) {
    if (p.iri) iri(*p.iri);
    for (const auto& part : p.parts) path(part);
  }

  void properties(const std::vector<PropertyListEntry>& props, int bgp) {
    for (const auto& e : props) {
      std::visit(Overload{[&](const Var& v) {
                            if (no_vars_)
                              fail(v.span, "variables are not allowed in INSERT DATA or DELETE DATA");
                          },
                          [&](const Path& p) { path(p); }},
                 e.verb);
      for (const auto& o : e.objects) node(o, bgp);
    }
  }

  void triples(const std::vector<TriplesSameSubject>& ts, int bgp) {
    for (const auto& t : ts) {
      node(t.subject, bgp);
      properties(t.properties, bgp);
    }
  }

  void template_triples(const std::vector<TriplesSameSubject>& ts, int bgp, bool) {
    triples(ts, bgp);
  }

  // ---- expressions ----
  void expr(const Expression& e, bool aggregates_allowed) {
    std::visit(Overload{[&](const ExprTerm& t) {
                          std::visit(Overload{[&](const PrefixedName& p) { prefixed(p); },
                                              [&](const Literal& l) { literal(l); },
                                              [&](const auto&) {}},
                                     t);
                        },
                        [&](const UnaryExpr& u) { expr(*u.operand, aggregates_allowed); },
                        [&](const BinaryExpr& b) {
                          expr(*b.left, aggregates_allowed);
                          expr(*b.right, aggregates_allowed);
                        },
                        [&](const InExpr& in) {
                          expr(*in.operand, aggregates_allowed);
                          for (const auto& x : in.list) expr(x, aggregates_allowed);
                        },
                        [&](const FunctionCall& f) {
                          iri(f.function);
                          for (const auto& x : f.args) expr(x, aggregates_allowed);
                        },
                        [&](const BuiltinCall& b) {
                          for (const auto& x : b.args) expr(x, aggregates_allowed);
                        },
                        [&](const ExistsExpr& x) { group(*x.pattern); },
                        [&](const AggregateExpr& a) {
                          if (!aggregates_allowed)
                            fail(e.span, "aggregate " + a.name +
                                             " is not allowed here (only in SELECT, HAVING and "
                                             "ORDER BY)");
                          for (const auto& x : a.args) expr(x, false);
                        }},
               e.node);
  }

  // ---- patterns ----
  void group(const GroupGraphPattern& g) {
    VarSet before;  // in scope from the elements so far (for BIND)
    int bgp = -1;   // triples blocks separated only by FILTERs form one basic graph pattern
    for (const auto& el : g.elements) {
      if (std::holds_alternative<TriplesBlock>(el)) {
        if (bgp < 0) bgp = next_bgp_++;
      } else if (!std::holds_alternative<Filter>(el)) {
        bgp = -1;
      }
      element(el, before, bgp);
      inscope_of_element(el, before);
    }
  }

  void element(const PatternElement& el, const VarSet& before, int bgp) {
    std::visit(Overload{[&](const TriplesBlock& b) { triples(b.triples, bgp); },
                        [&](const Filter& f) { expr(f.constraint, false); },
                        [&](const OptionalPattern& o) { group(*o.pattern); },
                        [&](const MinusPattern& m) { group(*m.pattern); },
                        [&](const GroupOrUnion& u) {
                          for (const auto& a : u.alternatives) group(a);
                        },
                        [&](const GraphPattern& g) {
                          var_or_iri(g.name);
                          group(*g.pattern);
                        },
                        [&](const ServicePattern& s) {
                          var_or_iri(s.endpoint);
                          group(*s.pattern);
                        },
                        [&](const Bind& b) {
                          expr(b.expr, false);
                          if (before.count(b.var.name))
                            fail(b.var.span, "BIND assigns ?" + b.var.name +
                                                 ", which is already in scope in this group");
                        },
                        [&](const InlineData& d) { values(d); },
                        [&](const Box<SubSelect>& s) {
                          group(s->where);
                          select(s->select, s->where, s->modifiers);
                          if (s->values) values(*s->values);
                        }},
               el);
  }

  void values(const InlineData& d) {
    for (const auto& row : d.rows) {
      if (row.size() != d.vars.size()) {
        fail(d.span, "a VALUES row has " + std::to_string(row.size()) + " value" +
                         (row.size() == 1 ? "" : "s") + " but " + std::to_string(d.vars.size()) +
                         " variable" + (d.vars.size() == 1 ? " is" : "s are") + " declared");
      }
      for (const auto& v : row) {
        if (!v) continue;
        std::visit(Overload{[&](const PrefixedName& p) { prefixed(p); },
                            [&](const Literal& l) { literal(l); },
                            [&](const auto&) {}},
                   *v);
      }
    }
  }

  void datasets(const std::vector<DatasetClause>& ds) {
    for (const auto& d : ds) iri(d.iri);
  }

  void target(const GraphTarget& t) {
    if (t.iri) iri(*t.iri);
  }

  void quads(const Quads& q, bool data, bool is_delete) {
    bool saved_vars = no_vars_, saved_bnodes = no_bnodes_;
    no_vars_ = data;
    no_bnodes_ = is_delete;
    // INSERT DATA labels are scoped to the operation: the same label in two operations of one
    // request is an error (W3C syntax-update-54). Template labels (INSERT/DELETE ... WHERE) are
    // instantiated afresh, so they may repeat across operations (insert-where-same-bnode).
    in_quads_ = data;
    in_template_ = !data;
    int bgp = operation_;
    for (const auto& b : q.blocks) {
      if (b.graph) var_or_iri(*b.graph);
      triples(b.triples, bgp);
    }
    no_vars_ = saved_vars;
    no_bnodes_ = saved_bnodes;
    in_quads_ = false;
    in_template_ = false;
  }

  void modifiers(const SolutionModifier& m, bool aggregates_allowed) {
    for (const auto& c : m.group_by) expr(c.expr, false);
    for (const auto& h : m.having) expr(h, true);
    for (const auto& o : m.order_by) expr(o.expr, aggregates_allowed);
  }

  /// Projection rules for SELECT (sections 11.4, 18.2.4.1).
  void select(const SelectClause& s, const GroupGraphPattern& where, const SolutionModifier& m) {
    for (const auto& p : s.projections)
      if (p.expr) expr(*p.expr, true);
    modifiers(m, true);

    bool aggregated = !m.group_by.empty() || !m.having.empty();
    for (const auto& p : s.projections)
      if (p.expr && has_aggregate(*p.expr)) aggregated = true;
    for (const auto& o : m.order_by)
      if (has_aggregate(o.expr)) aggregated = true;

    if (s.star && aggregated) {
      fail(s.span, m.group_by.empty() ? "SELECT * cannot be used with aggregates"
                                      : "SELECT * cannot be used with GROUP BY");
    }

    VarSet in_where;
    inscope_of_group(where, in_where);
    VarSet projected;
    for (const auto& p : s.projections) {
      if (p.expr) {
        if (in_where.count(p.var.name))
          fail(p.var.span, "?" + p.var.name + " is already in scope in the WHERE clause; AS needs a new variable");
        if (projected.count(p.var.name))
          fail(p.var.span, "?" + p.var.name + " is projected more than once");
      }
      projected.insert(p.var.name);
    }

    if (!aggregated) return;
    VarSet keys;
    for (const auto& c : m.group_by) {
      if (c.as) {
        keys.insert(c.as->name);
      } else if (const auto* t = std::get_if<ExprTerm>(&c.expr.node)) {
        if (const auto* v = std::get_if<Var>(t)) keys.insert(v->name);
      }
    }
    VarSet assigned;
    for (const auto& p : s.projections) {
      if (!p.expr) {
        if (!keys.count(p.var.name) && !assigned.count(p.var.name))
          fail(p.var.span, "?" + p.var.name +
                               " is projected but neither grouped (GROUP BY) nor aggregated");
      } else {
        std::map<std::string, SourceSpan> used;
        free_vars(*p.expr, used);
        for (const auto& [name, span] : used)
          if (!keys.count(name) && !assigned.count(name))
            fail(span, "?" + name + " is used outside an aggregate but is not grouped (GROUP BY)");
        assigned.insert(p.var.name);
      }
    }
  }

  std::string_view source_;
  std::set<std::string> prefixes_;
  std::map<std::string, int> bnode_bgp_;     // label -> basic graph pattern (queries, WHERE)
  std::map<std::string, int> quad_bnode_op_;  // label -> update operation (quad templates)
  int next_bgp_ = 0;
  int operation_ = 0;
  bool no_vars_ = false;
  bool no_bnodes_ = false;
  bool in_quads_ = false;
  bool in_template_ = false;
};

}  // namespace

Result<void> check(const ast::Query& query, std::string_view source_name) {
  try {
    Checker(source_name).query(query);
  } catch (CheckFailure& f) {
    return unexpected(std::move(f.diag));
  }
  return {};
}

Result<void> check(const ast::Update& update, std::string_view source_name) {
  try {
    Checker(source_name).update(update);
  } catch (CheckFailure& f) {
    return unexpected(std::move(f.diag));
  }
  return {};
}

}  // namespace cg::parser
