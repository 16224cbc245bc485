// SPDX-License-Identifier: MIT
/// @file algebra.cpp S-expression printing and variable scope of the SPARQL algebra.
#include "query/algebra/algebra.hpp"

#include <algorithm>

namespace cg::query::algebra {

OpPtr make(Op::Kind kind, std::vector<OpPtr> args) {
  auto op = std::make_shared<Op>();
  op->kind = kind;
  op->args = std::move(args);
  return op;
}

namespace {

std::string term_sse(const graph::Term& t) { return t.to_ntriples(); }

std::string pad(int n) { return std::string(static_cast<std::size_t>(n) * 2, ' '); }

}  // namespace

std::string to_sse(const TermOrVar& t) {
  if (auto v = std::get_if<Var>(&t)) return "?" + v->name;
  return term_sse(std::get<graph::Term>(t));
}

std::string to_sse(const Path& p) {
  switch (p.kind) {
    case Path::Kind::link: return "<" + p.iri + ">";
    case Path::Kind::inverse: return "(reverse " + to_sse(p.args[0]) + ")";
    case Path::Kind::sequence: return "(seq " + to_sse(p.args[0]) + " " + to_sse(p.args[1]) + ")";
    case Path::Kind::alternative: return "(alt " + to_sse(p.args[0]) + " " + to_sse(p.args[1]) + ")";
    case Path::Kind::zero_or_more: return "(path* " + to_sse(p.args[0]) + ")";
    case Path::Kind::one_or_more: return "(path+ " + to_sse(p.args[0]) + ")";
    case Path::Kind::zero_or_one: return "(path? " + to_sse(p.args[0]) + ")";
    case Path::Kind::negated: {
      std::string s = "(notoneof";
      for (auto& i : p.forward) s += " <" + i + ">";
      for (auto& i : p.inverse) s += " (reverse <" + i + ">)";
      return s + ")";
    }
  }
  return "?";
}

std::string to_sse(const Expr& e) {
  switch (e.kind) {
    case Expr::Kind::constant: return term_sse(e.term);
    case Expr::Kind::variable: return "?" + e.name;
    case Expr::Kind::call: {
      std::string s = "(" + e.name;
      for (auto& a : e.args) s += " " + to_sse(a);
      return s + ")";
    }
    case Expr::Kind::exists: return "(exists " + to_sse(*e.pattern) + ")";
    case Expr::Kind::not_exists: return "(notexists " + to_sse(*e.pattern) + ")";
    case Expr::Kind::aggregate: {
      std::string s = "(" + e.name;
      if (e.distinct) s += " distinct";
      if (e.args.empty()) s += " *";
      for (auto& a : e.args) s += " " + to_sse(a);
      if (e.name == "GROUP_CONCAT") s += " (separator \"" + e.separator + "\")";
      return s + ")";
    }
  }
  return "?";
}

std::string to_sse(const Op& op, int ind) {
  std::string p = pad(ind);
  auto child = [&](std::size_t i) { return to_sse(*op.args[i], ind + 1); };
  switch (op.kind) {
    case Op::Kind::bgp: {
      std::string s = p + "(bgp";
      for (auto& t : op.triples)
        s += "\n" + pad(ind + 1) + "(triple " + to_sse(t.subject) + " " + to_sse(t.predicate) + " " +
             to_sse(t.object) + ")";
      return s + ")";
    }
    case Op::Kind::path:
      return p + "(path " + to_sse(op.path_subject) + " " + to_sse(op.path) + " " +
             to_sse(op.path_object) + ")";
    case Op::Kind::join: return p + "(join\n" + child(0) + "\n" + child(1) + ")";
    case Op::Kind::left_join: {
      std::string s = p + "(leftjoin\n" + child(0) + "\n" + child(1);
      if (!op.exprs.empty()) {
        s += "\n" + pad(ind + 1);
        if (op.exprs.size() > 1) s += "(exprlist";
        for (auto& e : op.exprs) s += " " + to_sse(e);
        if (op.exprs.size() > 1) s += ")";
      }
      return s + ")";
    }
    case Op::Kind::filter: {
      std::string s = p + "(filter ";
      if (op.exprs.size() == 1) {
        s += to_sse(op.exprs[0]);
      } else {
        s += "(exprlist";
        for (auto& e : op.exprs) s += " " + to_sse(e);
        s += ")";
      }
      return s + "\n" + child(0) + ")";
    }
    case Op::Kind::union_: return p + "(union\n" + child(0) + "\n" + child(1) + ")";
    case Op::Kind::graph: return p + "(graph " + to_sse(op.graph_name) + "\n" + child(0) + ")";
    case Op::Kind::service:
      return p + "(service " + std::string(op.silent ? "silent " : "") + to_sse(op.graph_name) + "\n" +
             child(0) + ")";
    case Op::Kind::extend:
      return p + "(extend ((?" + op.var.name + " " + to_sse(op.expr) + "))\n" + child(0) + ")";
    case Op::Kind::minus: return p + "(minus\n" + child(0) + "\n" + child(1) + ")";
    case Op::Kind::group: {
      std::string s = p + "(group (";
      bool first = true;
      for (auto& [v, e] : op.group_keys) {
        if (!first) s += " ";
        first = false;
        if (v)
          s += "(?" + v->name + " " + to_sse(e) + ")";
        else
          s += to_sse(e);
      }
      s += ") (";
      first = true;
      for (auto& a : op.aggregates) {
        if (!first) s += " ";
        first = false;
        s += "(?" + a.var.name + " " + to_sse(a.expr) + ")";
      }
      return s + ")\n" + child(0) + ")";
    }
    case Op::Kind::order_by: {
      std::string s = p + "(order (";
      bool first = true;
      for (auto& k : op.order) {
        if (!first) s += " ";
        first = false;
        s += k.descending ? "(desc " + to_sse(k.expr) + ")" : to_sse(k.expr);
      }
      return s + ")\n" + child(0) + ")";
    }
    case Op::Kind::project: {
      std::string s = p + "(project (";
      for (std::size_t i = 0; i < op.vars.size(); ++i) s += (i ? " ?" : "?") + op.vars[i].name;
      return s + ")\n" + child(0) + ")";
    }
    case Op::Kind::distinct: return p + "(distinct\n" + child(0) + ")";
    case Op::Kind::reduced: return p + "(reduced\n" + child(0) + ")";
    case Op::Kind::slice:
      return p + "(slice " + std::to_string(op.offset) + " " +
             (op.limit ? std::to_string(*op.limit) : std::string("_")) + "\n" + child(0) + ")";
    case Op::Kind::values: {
      std::string s = p + "(table (vars";
      for (auto& v : op.vars) s += " ?" + v.name;
      s += ")";
      for (auto& r : op.rows) {
        s += "\n" + pad(ind + 1) + "(row";
        for (std::size_t i = 0; i < r.size(); ++i)
          if (r[i]) s += " [?" + op.vars[i].name + " " + term_sse(*r[i]) + "]";
        s += ")";
      }
      return s + ")";
    }
    case Op::Kind::table_unit: return p + "(table unit)";
  }
  return p + "?";
}

std::string to_sse(const Query& q) {
  std::string head;
  switch (q.form) {
    case QueryForm::select: head = "select"; break;
    case QueryForm::construct: head = "construct"; break;
    case QueryForm::ask: head = "ask"; break;
    case QueryForm::describe: head = "describe"; break;
  }
  std::string s = "(" + head;
  if (!q.from.empty() || !q.from_named.empty()) {
    s += " (dataset";
    for (auto& f : q.from) s += " <" + f + ">";
    for (auto& f : q.from_named) s += " (named <" + f + ">)";
    s += ")";
  }
  if (q.form == QueryForm::construct) {
    s += " (template";
    for (auto& t : q.construct_template)
      s += " (triple " + to_sse(t.subject) + " " + to_sse(t.predicate) + " " + to_sse(t.object) + ")";
    s += ")";
  }
  if (q.form == QueryForm::describe) {
    s += " (describe";
    for (auto& t : q.describe) s += " " + to_sse(t);
    s += ")";
  }
  return s + "\n" + (q.root ? to_sse(*q.root, 1) : std::string("  (table unit)")) + ")";
}

namespace {

void add_var(std::vector<std::string>& out, const std::string& n) {
  if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
}
void add_tv(std::vector<std::string>& out, const TermOrVar& t) {
  if (auto v = std::get_if<Var>(&t)) add_var(out, v->name);
}

void scope(const Op& op, std::vector<std::string>& out) {
  switch (op.kind) {
    case Op::Kind::bgp:
      for (auto& t : op.triples) {
        add_tv(out, t.subject);
        add_tv(out, t.predicate);
        add_tv(out, t.object);
      }
      return;
    case Op::Kind::path:
      add_tv(out, op.path_subject);
      add_tv(out, op.path_object);
      return;
    case Op::Kind::graph:
      add_tv(out, op.graph_name);
      scope(*op.args[0], out);
      return;
    case Op::Kind::extend:
      scope(*op.args[0], out);
      add_var(out, op.var.name);
      return;
    case Op::Kind::minus: scope(*op.args[0], out); return;
    case Op::Kind::group:
      for (auto& [v, e] : op.group_keys) {
        if (v)
          add_var(out, v->name);
        else if (e.kind == Expr::Kind::variable)
          add_var(out, e.name);
      }
      for (auto& a : op.aggregates) add_var(out, a.var.name);
      return;
    case Op::Kind::project:
      for (auto& v : op.vars) add_var(out, v.name);
      return;
    case Op::Kind::values:
      for (auto& v : op.vars) add_var(out, v.name);
      return;
    default:
      for (auto& a : op.args) scope(*a, out);
  }
}

}  // namespace

std::vector<std::string> in_scope_vars(const Op& op) {
  std::vector<std::string> out;
  scope(op, out);
  return out;
}

void expr_vars(const Expr& e, std::vector<std::string>& out) {
  if (e.kind == Expr::Kind::variable) add_var(out, e.name);
  for (auto& a : e.args) expr_vars(a, out);
}

}  // namespace cg::query::algebra
