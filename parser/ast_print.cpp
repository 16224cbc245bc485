// SPDX-License-Identifier: MIT
#include "parser/ast_print.hpp"

#include "parser/detail/lexical.hpp"

#include "common/overload.hpp"

namespace cg::parser {

namespace {

using namespace ast;

using cg::Overload;

const char* binary_op(BinaryOp op) {
  switch (op) {
    case BinaryOp::or_: return "||";
    case BinaryOp::and_: return "&&";
    case BinaryOp::eq: return "=";
    case BinaryOp::ne: return "!=";
    case BinaryOp::lt: return "<";
    case BinaryOp::gt: return ">";
    case BinaryOp::le: return "<=";
    case BinaryOp::ge: return ">=";
    case BinaryOp::add: return "+";
    case BinaryOp::sub: return "-";
    case BinaryOp::mul: return "*";
    case BinaryOp::div: return "/";
  }
  return "?";
}

const char* unary_op(UnaryOp op) {
  switch (op) {
    case UnaryOp::not_: return "!";
    case UnaryOp::plus: return "+";
    case UnaryOp::minus: return "-";
  }
  return "?";
}

// ---- terms, shared by both printers (the SPARQL spelling is also a fine SSE atom) ----

std::string term_text(const Iri& x) { return "<" + detail::encode_iri(x.value) + ">"; }
std::string term_text(const PrefixedName& x) {
  return x.prefix + ":" + detail::encode_local(x.local);
}
std::string term_text(const IriRef& x) {
  return std::visit([](const auto& v) { return term_text(v); }, x);
}
std::string term_text(const Literal& x) {
  std::string out = detail::quote_string(x.lexical);
  if (x.language) out += "@" + *x.language;
  if (x.datatype) out += "^^" + term_text(*x.datatype);
  return out;
}
std::string term_text(const NumericLiteral& x) { return x.lexical; }
std::string term_text(const BooleanLiteral& x) { return x.value ? "true" : "false"; }
std::string term_text(const BlankNode& x) { return x.anonymous ? "[]" : "_:" + x.label; }
std::string term_text(const Var& x) { return "?" + x.name; }
std::string term_text(const Nil&) { return "()"; }
template <class... T>
std::string term_text(const std::variant<T...>& v) {
  return std::visit([](const auto& x) { return term_text(x); }, v);
}

// =============================================================================================
// S-expressions
// =============================================================================================

class Sse {
 public:
  std::string out;

  void close() { out += ')'; }
  void atom(const std::string& a) {
    out += ' ';
    out += a;
  }

  void path(const Path& p) {
    switch (p.kind) {
      case PathKind::link: atom(term_text(*p.iri)); return;
      case PathKind::rdf_type: atom("a"); return;
      case PathKind::inverse: out += " (inverse"; break;
      case PathKind::sequence: out += " (seq"; break;
      case PathKind::alternative: out += " (alt"; break;
      case PathKind::zero_or_more: out += " (path*"; break;
      case PathKind::one_or_more: out += " (path+"; break;
      case PathKind::zero_or_one: out += " (path?"; break;
      case PathKind::negated: out += " (notoneof"; break;
    }
    for (const auto& part : p.parts) path(part);
    close();
  }
  void node(const Node& n) {
    std::visit(Overload{[&](const Box<Collection>& c) {
                          out += " (collection";
                          for (const auto& item : c->items) node(item);
                          close();
                        },
                        [&](const Box<BlankNodePropertyList>& b) {
                          out += " (bnode-props";
                          properties(b->properties);
                          close();
                        },
                        [&](const auto& t) { atom(term_text(t)); }},
               n);
  }
  void properties(const std::vector<PropertyListEntry>& props) {
    for (const auto& e : props) {
      out += " (";
      std::visit(Overload{[&](const Var& v) { out += term_text(v); },
                          [&](const Path& p) {
                            Sse inner;
                            inner.path(p);
                            out += inner.out.substr(1);
                          }},
                 e.verb);
      for (const auto& o : e.objects) node(o);
      close();
    }
  }
  void triples(const std::vector<TriplesSameSubject>& ts) {
    for (const auto& t : ts) {
      out += " (triples";
      node(t.subject);
      properties(t.properties);
      close();
    }
  }

  void expr(const Expression& e) {
    std::visit(
        Overload{
            [&](const ExprTerm& t) { atom(term_text(t)); },
            [&](const UnaryExpr& u) {
              out += " (";
              out += unary_op(u.op);
              expr(*u.operand);
              close();
            },
            [&](const BinaryExpr& b) {
              out += " (";
              out += binary_op(b.op);
              expr(*b.left);
              expr(*b.right);
              close();
            },
            [&](const InExpr& in) {
              out += in.negated ? " (notin" : " (in";
              expr(*in.operand);
              out += " (list";
              for (const auto& x : in.list) expr(x);
              out += "))";
            },
            [&](const FunctionCall& f) {
              out += " (call " + term_text(f.function);
              if (f.distinct) out += " distinct";
              for (const auto& x : f.args) expr(x);
              close();
            },
            [&](const BuiltinCall& b) {
              out += " (" + b.name;
              for (const auto& x : b.args) expr(x);
              close();
            },
            [&](const ExistsExpr& x) {
              out += x.negated ? " (notexists" : " (exists";
              group(*x.pattern);
              close();
            },
            [&](const AggregateExpr& a) {
              out += " (" + a.name;
              if (a.distinct) out += " distinct";
              if (a.star) out += " *";
              for (const auto& x : a.args) expr(x);
              if (a.separator) out += " (separator " + detail::quote_string(*a.separator) + ")";
              close();
            }},
        e.node);
  }

  void data(const InlineData& d) {
    out += " (values (";
    for (std::size_t i = 0; i < d.vars.size(); ++i) out += (i ? " " : "") + term_text(d.vars[i]);
    out += ")";
    for (const auto& row : d.rows) {
      out += " (row";
      for (const auto& v : row) atom(v ? term_text(*v) : "UNDEF");
      close();
    }
    close();
  }

  void group(const GroupGraphPattern& g) {
    out += " (group";
    for (const auto& el : g.elements) element(el);
    close();
  }

  void element(const PatternElement& el) {
    std::visit(Overload{[&](const TriplesBlock& b) {
                          out += " (bgp";
                          triples(b.triples);
                          close();
                        },
                        [&](const Filter& f) {
                          out += " (filter";
                          expr(f.constraint);
                          close();
                        },
                        [&](const OptionalPattern& o) {
                          out += " (optional";
                          group(*o.pattern);
                          close();
                        },
                        [&](const MinusPattern& m) {
                          out += " (minus";
                          group(*m.pattern);
                          close();
                        },
                        [&](const GroupOrUnion& u) {
                          out += u.alternatives.size() == 1 ? " (nested" : " (union";
                          for (const auto& a : u.alternatives) group(a);
                          close();
                        },
                        [&](const GraphPattern& g) {
                          out += " (graph " + term_text(g.name);
                          group(*g.pattern);
                          close();
                        },
                        [&](const ServicePattern& s) {
                          out += " (service";
                          if (s.silent) out += " silent";
                          atom(term_text(s.endpoint));
                          group(*s.pattern);
                          close();
                        },
                        [&](const Bind& b) {
                          out += " (bind " + term_text(b.var);
                          expr(b.expr);
                          close();
                        },
                        [&](const InlineData& d) { data(d); },
                        [&](const Box<SubSelect>& s) { subselect(*s); }},
               el);
  }

  void select_clause(const SelectClause& s) {
    if (s.modifier == SelectModifier::distinct) out += " distinct";
    if (s.modifier == SelectModifier::reduced) out += " reduced";
    out += " (vars";
    if (s.star) out += " *";
    for (const auto& p : s.projections) {
      if (p.expr) {
        out += " (as " + term_text(p.var);
        expr(*p.expr);
        close();
      } else {
        atom(term_text(p.var));
      }
    }
    close();
  }

  void datasets(const std::vector<DatasetClause>& ds) {
    for (const auto& d : ds) out += (d.named ? " (from-named " : " (from ") + term_text(d.iri) + ")";
  }

  void modifiers(const SolutionModifier& m) {
    if (!m.group_by.empty()) {
      out += " (group-by";
      for (const auto& c : m.group_by) {
        if (c.as) {
          out += " (as " + term_text(*c.as);
          expr(c.expr);
          close();
        } else {
          expr(c.expr);
        }
      }
      close();
    }
    if (!m.having.empty()) {
      out += " (having";
      for (const auto& h : m.having) expr(h);
      close();
    }
    if (!m.order_by.empty()) {
      out += " (order-by";
      for (const auto& o : m.order_by) {
        out += o.descending ? " (desc" : " (asc";
        expr(o.expr);
        close();
      }
      close();
    }
    if (m.limit) out += " (limit " + std::to_string(*m.limit) + ")";
    if (m.offset) out += " (offset " + std::to_string(*m.offset) + ")";
  }

  void subselect(const SubSelect& s) {
    out += " (subselect";
    select_clause(s.select);
    out += " (where";
    group(s.where);
    close();
    modifiers(s.modifiers);
    if (s.values) data(*s.values);
    close();
  }

  void prologue(const Prologue& p) {
    out += " (prologue";
    for (const auto& d : p.decls) {
      if (d.is_base) out += " (base " + term_text(d.iri) + ")";
      else out += " (prefix " + d.prefix + ": " + term_text(d.iri) + ")";
    }
    close();
  }

  void query(const Query& q) {
    out += "(query";
    prologue(q.prologue);
    std::visit(Overload{[&](const SelectQuery& s) {
                          out += " (select";
                          select_clause(s.select);
                          datasets(s.datasets);
                          out += " (where";
                          group(s.where);
                          close();
                          modifiers(s.modifiers);
                          close();
                        },
                        [&](const ConstructQuery& c) {
                          out += c.short_form ? " (construct-where" : " (construct (template";
                          if (!c.short_form) {
                            triples(c.construct_template);
                            close();
                          }
                          datasets(c.datasets);
                          out += " (where";
                          group(c.where);
                          close();
                          modifiers(c.modifiers);
                          close();
                        },
                        [&](const DescribeQuery& d) {
                          out += " (describe";
                          if (d.star) out += " *";
                          for (const auto& t : d.targets) atom(term_text(t));
                          datasets(d.datasets);
                          if (d.where) {
                            out += " (where";
                            group(*d.where);
                            close();
                          }
                          modifiers(d.modifiers);
                          close();
                        },
                        [&](const AskQuery& a) {
                          out += " (ask";
                          datasets(a.datasets);
                          out += " (where";
                          group(a.where);
                          close();
                          modifiers(a.modifiers);
                          close();
                        }},
               q.form);
    if (q.values) data(*q.values);
    close();
  }

  static std::string target(const GraphTarget& t) {
    switch (t.kind) {
      case GraphTarget::Kind::default_: return "default";
      case GraphTarget::Kind::all_named: return "named";
      case GraphTarget::Kind::all: return "all";
      case GraphTarget::Kind::named_iri: return "(graph " + term_text(*t.iri) + ")";
    }
    return "?";
  }

  void quads(const char* head, const Quads& q) {
    out += " (";
    out += head;
    for (const auto& b : q.blocks) {
      if (b.graph) {
        out += " (graph " + term_text(*b.graph);
        triples(b.triples);
        close();
      } else {
        out += " (default";
        triples(b.triples);
        close();
      }
    }
    close();
  }

  void update(const Update& u) {
    out += "(update";
    for (const auto& step : u.steps) {
      out += " (step";
      prologue(step.prologue);
      if (step.operation) operation(*step.operation);
      close();
    }
    close();
  }

  void operation(const UpdateOperation& op) {
    std::visit(
        Overload{[&](const Load& l) {
                   out += " (load";
                   if (l.silent) out += " silent";
                   atom(term_text(l.source));
                   if (l.into) out += " (into " + term_text(*l.into) + ")";
                   close();
                 },
                 [&](const Clear& c) {
                   out += std::string(" (clear") + (c.silent ? " silent " : " ") + target(c.target) + ")";
                 },
                 [&](const Drop& d) {
                   out += std::string(" (drop") + (d.silent ? " silent " : " ") + target(d.target) + ")";
                 },
                 [&](const Create& c) {
                   out += std::string(" (create") + (c.silent ? " silent " : " ") + term_text(c.graph) + ")";
                 },
                 [&](const GraphTransfer& t) {
                   const char* names[] = {"add", "move", "copy"};
                   out += std::string(" (") + names[static_cast<int>(t.kind)] +
                          (t.silent ? " silent " : " ") + target(t.from) + " " + target(t.to) + ")";
                 },
                 [&](const InsertData& d) { quads("insert-data", d.data); },
                 [&](const DeleteData& d) { quads("delete-data", d.data); },
                 [&](const DeleteWhere& d) { quads("delete-where", d.pattern); },
                 [&](const Modify& m) {
                   out += " (modify";
                   if (m.with) out += " (with " + term_text(*m.with) + ")";
                   if (m.delete_quads) quads("delete", *m.delete_quads);
                   if (m.insert_quads) quads("insert", *m.insert_quads);
                   for (const auto& u : m.using_clauses)
                     out += (u.named ? " (using-named " : " (using ") + term_text(u.iri) + ")";
                   out += " (where";
                   group(m.where);
                   close();
                   close();
                 }},
        op);
  }
};

// =============================================================================================
// SPARQL text
// =============================================================================================

class Sparql {
 public:
  std::string out;
  int indent = 0;

  void nl() {
    out += '\n';
    out.append(static_cast<std::size_t>(indent) * 2, ' ');
  }

  void path(const Path& p) {
    switch (p.kind) {
      case PathKind::link: out += term_text(*p.iri); return;
      case PathKind::rdf_type: out += "a"; return;
      case PathKind::inverse: out += "^("; path(p.parts[0]); out += ")"; return;
      case PathKind::sequence:
      case PathKind::alternative:
        out += "(";
        for (std::size_t i = 0; i < p.parts.size(); ++i) {
          if (i) out += p.kind == PathKind::sequence ? " / " : " | ";
          path(p.parts[i]);
        }
        out += ")";
        return;
      case PathKind::zero_or_more:
      case PathKind::one_or_more:
      case PathKind::zero_or_one:
        out += "(";
        path(p.parts[0]);
        out += ")";
        out += p.kind == PathKind::zero_or_more ? "*" : p.kind == PathKind::one_or_more ? "+" : "?";
        return;
      case PathKind::negated:
        out += "!(";
        for (std::size_t i = 0; i < p.parts.size(); ++i) {
          if (i) out += " | ";
          const Path& one = p.parts[i];
          if (one.kind == PathKind::inverse) {
            out += "^";
            path(one.parts[0]);
          } else {
            path(one);
          }
        }
        out += ")";
        return;
    }
  }

  void node(const Node& n) {
    std::visit(Overload{[&](const Box<Collection>& c) {
                          out += "(";
                          for (const auto& item : c->items) {
                            out += " ";
                            node(item);
                          }
                          out += " )";
                        },
                        [&](const Box<BlankNodePropertyList>& b) {
                          out += "[ ";
                          properties(b->properties);
                          out += " ]";
                        },
                        [&](const auto& t) { out += term_text(t); }},
               n);
  }

  void properties(const std::vector<PropertyListEntry>& props) {
    for (std::size_t i = 0; i < props.size(); ++i) {
      if (i) out += " ; ";
      std::visit(Overload{[&](const Var& v) { out += term_text(v); },
                          [&](const Path& p) { path(p); }},
                 props[i].verb);
      for (std::size_t k = 0; k < props[i].objects.size(); ++k) {
        out += k ? " , " : " ";
        node(props[i].objects[k]);
      }
    }
  }

  void triples(const std::vector<TriplesSameSubject>& ts) {
    for (const auto& t : ts) {
      nl();
      node(t.subject);
      if (!t.properties.empty()) {
        out += " ";
        properties(t.properties);
      }
      out += " .";
    }
  }

  void args(const std::vector<Expression>& xs) {
    for (std::size_t i = 0; i < xs.size(); ++i) {
      if (i) out += ", ";
      expr(xs[i]);
    }
  }

  void expr(const Expression& e) {
    std::visit(Overload{[&](const ExprTerm& t) { out += term_text(t); },
                        [&](const UnaryExpr& u) {
                          out += unary_op(u.op);
                          out += "(";
                          expr(*u.operand);
                          out += ")";
                        },
                        [&](const BinaryExpr& b) {
                          out += "(";
                          expr(*b.left);
                          out += " ";
                          out += binary_op(b.op);
                          out += " ";
                          expr(*b.right);
                          out += ")";
                        },
                        [&](const InExpr& in) {
                          out += "(";
                          expr(*in.operand);
                          out += in.negated ? " NOT IN (" : " IN (";
                          args(in.list);
                          out += "))";
                        },
                        [&](const FunctionCall& f) {
                          out += term_text(f.function) + "(";
                          if (f.distinct) out += "DISTINCT ";
                          args(f.args);
                          out += ")";
                        },
                        [&](const BuiltinCall& b) {
                          out += b.name + "(";
                          args(b.args);
                          out += ")";
                        },
                        [&](const ExistsExpr& x) {
                          out += x.negated ? "NOT EXISTS " : "EXISTS ";
                          group(*x.pattern);
                        },
                        [&](const AggregateExpr& a) {
                          out += a.name + "(";
                          if (a.distinct) out += "DISTINCT ";
                          if (a.star) out += "*";
                          args(a.args);
                          if (a.separator)
                            out += " ; SEPARATOR = " + detail::quote_string(*a.separator);
                          out += ")";
                        }},
               e.node);
  }

  void data(const InlineData& d) {
    out += "VALUES (";
    for (std::size_t i = 0; i < d.vars.size(); ++i) out += (i ? " " : "") + term_text(d.vars[i]);
    out += ") {";
    for (const auto& row : d.rows) {
      out += " (";
      for (std::size_t i = 0; i < row.size(); ++i)
        out += (i ? " " : "") + (row[i] ? term_text(*row[i]) : std::string("UNDEF"));
      out += ")";
    }
    out += " }";
  }

  void group(const GroupGraphPattern& g) {
    if (g.elements.size() == 1) {
      if (const auto* s = std::get_if<Box<SubSelect>>(&g.elements[0])) {
        subselect(**s);
        return;
      }
    }
    out += "{";
    ++indent;
    for (const auto& el : g.elements) element(el);
    --indent;
    nl();
    out += "}";
  }

  void element(const PatternElement& el) {
    std::visit(Overload{[&](const TriplesBlock& b) { triples(b.triples); },
                        [&](const Filter& f) {
                          nl();
                          out += "FILTER (";
                          expr(f.constraint);
                          out += ")";
                        },
                        [&](const OptionalPattern& o) {
                          nl();
                          out += "OPTIONAL ";
                          group(*o.pattern);
                        },
                        [&](const MinusPattern& m) {
                          nl();
                          out += "MINUS ";
                          group(*m.pattern);
                        },
                        [&](const GroupOrUnion& u) {
                          nl();
                          for (std::size_t i = 0; i < u.alternatives.size(); ++i) {
                            if (i) out += " UNION ";
                            group(u.alternatives[i]);
                          }
                        },
                        [&](const GraphPattern& g) {
                          nl();
                          out += "GRAPH " + term_text(g.name) + " ";
                          group(*g.pattern);
                        },
                        [&](const ServicePattern& s) {
                          nl();
                          out += s.silent ? "SERVICE SILENT " : "SERVICE ";
                          out += term_text(s.endpoint) + " ";
                          group(*s.pattern);
                        },
                        [&](const Bind& b) {
                          nl();
                          out += "BIND (";
                          expr(b.expr);
                          out += " AS " + term_text(b.var) + ")";
                        },
                        [&](const InlineData& d) {
                          nl();
                          data(d);
                        },
                        [&](const Box<SubSelect>& s) {
                          nl();
                          subselect(*s);
                        }},
               el);
  }

  void select_clause(const SelectClause& s) {
    out += "SELECT";
    if (s.modifier == SelectModifier::distinct) out += " DISTINCT";
    if (s.modifier == SelectModifier::reduced) out += " REDUCED";
    if (s.star) out += " *";
    for (const auto& p : s.projections) {
      if (p.expr) {
        out += " (";
        expr(*p.expr);
        out += " AS " + term_text(p.var) + ")";
      } else {
        out += " " + term_text(p.var);
      }
    }
  }

  void datasets(const std::vector<DatasetClause>& ds) {
    for (const auto& d : ds) {
      nl();
      out += (d.named ? "FROM NAMED " : "FROM ") + term_text(d.iri);
    }
  }

  void modifiers(const SolutionModifier& m) {
    if (!m.group_by.empty()) {
      nl();
      out += "GROUP BY";
      for (const auto& c : m.group_by) {
        out += " (";
        expr(c.expr);
        if (c.as) out += " AS " + term_text(*c.as);
        out += ")";
      }
    }
    if (!m.having.empty()) {
      nl();
      out += "HAVING";
      for (const auto& h : m.having) {
        out += " (";
        expr(h);
        out += ")";
      }
    }
    if (!m.order_by.empty()) {
      nl();
      out += "ORDER BY";
      for (const auto& o : m.order_by) {
        out += o.descending ? " DESC(" : " ASC(";
        expr(o.expr);
        out += ")";
      }
    }
    if (m.limit) {
      nl();
      out += "LIMIT " + std::to_string(*m.limit);
    }
    if (m.offset) {
      nl();
      out += "OFFSET " + std::to_string(*m.offset);
    }
  }

  void subselect(const SubSelect& s) {
    out += "{ ";
    select_clause(s.select);
    nl();
    out += "WHERE ";
    group(s.where);
    modifiers(s.modifiers);
    if (s.values) {
      nl();
      data(*s.values);
    }
    nl();
    out += "}";
  }

  void prologue(const Prologue& p) {
    for (const auto& d : p.decls) {
      if (d.is_base) out += "BASE " + term_text(d.iri);
      else out += "PREFIX " + d.prefix + ": " + term_text(d.iri);
      nl();
    }
  }

  void query(const Query& q) {
    prologue(q.prologue);
    std::visit(Overload{[&](const SelectQuery& s) {
                          select_clause(s.select);
                          datasets(s.datasets);
                          nl();
                          out += "WHERE ";
                          group(s.where);
                          modifiers(s.modifiers);
                        },
                        [&](const ConstructQuery& c) {
                          out += "CONSTRUCT ";
                          if (!c.short_form) {
                            out += "{";
                            ++indent;
                            triples(c.construct_template);
                            --indent;
                            nl();
                            out += "}";
                          }
                          datasets(c.datasets);
                          nl();
                          out += "WHERE ";
                          if (c.short_form) {
                            out += "{";
                            ++indent;
                            for (const auto& el : c.where.elements)
                              if (const auto* b = std::get_if<TriplesBlock>(&el)) triples(b->triples);
                            --indent;
                            nl();
                            out += "}";
                          } else {
                            group(c.where);
                          }
                          modifiers(c.modifiers);
                        },
                        [&](const DescribeQuery& d) {
                          out += "DESCRIBE";
                          if (d.star) out += " *";
                          for (const auto& t : d.targets) out += " " + term_text(t);
                          datasets(d.datasets);
                          if (d.where) {
                            nl();
                            out += "WHERE ";
                            group(*d.where);
                          }
                          modifiers(d.modifiers);
                        },
                        [&](const AskQuery& a) {
                          out += "ASK";
                          datasets(a.datasets);
                          nl();
                          out += "WHERE ";
                          group(a.where);
                          modifiers(a.modifiers);
                        }},
               q.form);
    if (q.values) {
      nl();
      data(*q.values);
    }
    out += "\n";
  }

  static std::string target(const GraphTarget& t) {
    switch (t.kind) {
      case GraphTarget::Kind::default_: return "DEFAULT";
      case GraphTarget::Kind::all_named: return "NAMED";
      case GraphTarget::Kind::all: return "ALL";
      case GraphTarget::Kind::named_iri: return "GRAPH " + term_text(*t.iri);
    }
    return "?";
  }

  void quads(const Quads& q) {
    out += "{";
    ++indent;
    for (const auto& b : q.blocks) {
      if (b.graph) {
        nl();
        out += "GRAPH " + term_text(*b.graph) + " {";
        ++indent;
        triples(b.triples);
        --indent;
        nl();
        out += "}";
      } else {
        triples(b.triples);
      }
    }
    --indent;
    nl();
    out += "}";
  }

  void update(const Update& u) {
    for (std::size_t i = 0; i < u.steps.size(); ++i) {
      if (i) {
        out += " ;";
        nl();
      }
      prologue(u.steps[i].prologue);
      if (u.steps[i].operation) operation(*u.steps[i].operation);
    }
    out += "\n";
  }

  void operation(const UpdateOperation& op) {
    std::visit(Overload{[&](const Load& l) {
                          out += l.silent ? "LOAD SILENT " : "LOAD ";
                          out += term_text(l.source);
                          if (l.into) out += " INTO GRAPH " + term_text(*l.into);
                        },
                        [&](const Clear& c) {
                          out += (c.silent ? "CLEAR SILENT " : "CLEAR ") + target(c.target);
                        },
                        [&](const Drop& d) {
                          out += (d.silent ? "DROP SILENT " : "DROP ") + target(d.target);
                        },
                        [&](const Create& c) {
                          out += (c.silent ? "CREATE SILENT GRAPH " : "CREATE GRAPH ") + term_text(c.graph);
                        },
                        [&](const GraphTransfer& t) {
                          const char* names[] = {"ADD", "MOVE", "COPY"};
                          out += names[static_cast<int>(t.kind)];
                          out += t.silent ? " SILENT " : " ";
                          out += target(t.from) + " TO " + target(t.to);
                        },
                        [&](const InsertData& d) {
                          out += "INSERT DATA ";
                          quads(d.data);
                        },
                        [&](const DeleteData& d) {
                          out += "DELETE DATA ";
                          quads(d.data);
                        },
                        [&](const DeleteWhere& d) {
                          out += "DELETE WHERE ";
                          quads(d.pattern);
                        },
                        [&](const Modify& m) {
                          if (m.with) {
                            out += "WITH " + term_text(*m.with);
                            nl();
                          }
                          if (m.delete_quads) {
                            out += "DELETE ";
                            quads(*m.delete_quads);
                            nl();
                          }
                          if (m.insert_quads) {
                            out += "INSERT ";
                            quads(*m.insert_quads);
                            nl();
                          }
                          for (const auto& u : m.using_clauses) {
                            out += (u.named ? "USING NAMED " : "USING ") + term_text(u.iri);
                            nl();
                          }
                          out += "WHERE ";
                          group(m.where);
                        }},
               op);
  }
};

}  // namespace

std::string to_sse(const ast::Query& query) {
  Sse p;
  p.query(query);
  return p.out;
}

std::string to_sse(const ast::Update& update) {
  Sse p;
  p.update(update);
  return p.out;
}

std::string to_sse(const ast::Expression& expr) {
  Sse p;
  p.expr(expr);
  return p.out.substr(1);
}

std::string to_sparql(const ast::Query& query) {
  Sparql p;
  p.query(query);
  return p.out;
}

std::string to_sparql(const ast::Update& update) {
  Sparql p;
  p.update(update);
  return p.out;
}

}  // namespace cg::parser
