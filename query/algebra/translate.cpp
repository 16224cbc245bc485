// SPDX-License-Identifier: MIT
/// @file translate.cpp AST → algebra, following SPARQL 1.1 §18.2 step by step.
#include "query/algebra/translate.hpp"

#include <algorithm>
#include <map>

#include "graph/iri.hpp"

namespace cg::query::algebra {

namespace ast = cg::parser::ast;

namespace {

constexpr const char* k_rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* k_xsd_ns = "http://www.w3.org/2001/XMLSchema#";

struct TranslateError {
  Diagnostic diag;
};

[[noreturn]] void fail(const ast::Located& at, std::string message, DiagKind kind = DiagKind::semantic) {
  Diagnostic d = make_diagnostic(kind, std::move(message), "query");
  d.span = at.span;
  throw TranslateError{std::move(d)};
}

}  // namespace

std::string resolve_iri(const std::string& base, const std::string& ref) {
  return graph::resolve_iri(base, ref);
}

namespace {

class Translator {
 public:
  explicit Translator(std::string base) : base_(std::move(base)) {}

  void prologue(const ast::Prologue& p) {
    for (auto& d : p.decls) {
      if (d.is_base)
        base_ = resolve_iri(base_, d.iri.value);
      else
        prefixes_[d.prefix] = resolve_iri(base_, d.iri.value);
    }
  }
  const std::string& base() const { return base_; }

  // ------------------------------------------------------------ terms
  std::string iri(const ast::IriRef& r) {
    if (auto i = std::get_if<ast::Iri>(&r)) return resolve_iri(base_, i->value);
    auto& pn = std::get<ast::PrefixedName>(r);
    auto it = prefixes_.find(pn.prefix);
    if (it == prefixes_.end()) fail(pn, "undefined prefix '" + pn.prefix + ":'");
    return it->second + pn.local;
  }
  std::string iri(const ast::Iri& i) { return resolve_iri(base_, i.value); }
  std::string iri(const ast::PrefixedName& pn) { return iri(ast::IriRef(pn)); }

  graph::Term literal(const ast::Literal& l) {
    if (l.language) {
      std::string lang = *l.language;
      return graph::Term::lang_literal(l.lexical, lang);
    }
    if (l.datatype) return graph::Term::literal(l.lexical, iri(*l.datatype));
    return graph::Term::literal(l.lexical);
  }
  graph::Term numeric(const ast::NumericLiteral& n) {
    std::string dt = k_xsd_ns;
    dt += n.kind == ast::NumericLiteral::Kind::integer ? "integer"
          : n.kind == ast::NumericLiteral::Kind::decimal ? "decimal"
                                                         : "double";
    std::string lex = n.lexical;
    return graph::Term::literal(lex, dt);
  }
  graph::Term boolean(const ast::BooleanLiteral& b) {
    return graph::Term::literal(b.value ? "true" : "false", std::string(k_xsd_ns) + "boolean");
  }

  /// A blank node in a pattern becomes a variable; in a template it stays a blank node.
  TermOrVar blank(const ast::BlankNode& b) {
    if (template_mode_) {
      if (b.anonymous || b.label.empty()) return graph::Term::blank("anon" + std::to_string(fresh_++));
      return graph::Term::blank(b.label);
    }
    if (b.anonymous || b.label.empty()) return Var{".anon" + std::to_string(fresh_++)};
    return Var{".b_" + b.label};
  }
  Var fresh_var() { return Var{".v" + std::to_string(fresh_++)}; }

  template <class T>
  TermOrVar term(const T& t) {
    return std::visit(
        [&](const auto& x) -> TermOrVar {
          using X = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<X, ast::Var>) return Var{x.name};
          else if constexpr (std::is_same_v<X, ast::Iri>) return graph::Term::iri(iri(x));
          else if constexpr (std::is_same_v<X, ast::PrefixedName>) return graph::Term::iri(iri(x));
          else if constexpr (std::is_same_v<X, ast::Literal>) return literal(x);
          else if constexpr (std::is_same_v<X, ast::NumericLiteral>) return numeric(x);
          else if constexpr (std::is_same_v<X, ast::BooleanLiteral>) return boolean(x);
          else if constexpr (std::is_same_v<X, ast::BlankNode>) return blank(x);
          else if constexpr (std::is_same_v<X, ast::Nil>) return graph::Term::iri(std::string(k_rdf_ns) + "nil");
          else return Var{"?"};
        },
        t);
  }

  // ------------------------------------------------------------ triples
  /// Collected output of a triples block: plain triples and path operators.
  struct Block {
    std::vector<TriplePattern> triples;
    std::vector<OpPtr> paths;
  };

  TermOrVar node(const ast::Node& n, Block& out) {
    if (auto c = std::get_if<ast::Box<ast::Collection>>(&n)) {
      const auto& items = (*c)->items;
      if (items.empty()) return graph::Term::iri(std::string(k_rdf_ns) + "nil");
      TermOrVar head = template_mode_ ? TermOrVar(graph::Term::blank("list" + std::to_string(fresh_++)))
                                      : TermOrVar(fresh_var());
      TermOrVar cur = head;
      for (std::size_t i = 0; i < items.size(); ++i) {
        TermOrVar item = node(items[i], out);
        out.triples.push_back({cur, graph::Term::iri(std::string(k_rdf_ns) + "first"), item});
        TermOrVar next = i + 1 == items.size()
                             ? TermOrVar(graph::Term::iri(std::string(k_rdf_ns) + "nil"))
                             : (template_mode_ ? TermOrVar(graph::Term::blank("list" + std::to_string(fresh_++)))
                                               : TermOrVar(fresh_var()));
        out.triples.push_back({cur, graph::Term::iri(std::string(k_rdf_ns) + "rest"), next});
        cur = next;
      }
      return head;
    }
    if (auto b = std::get_if<ast::Box<ast::BlankNodePropertyList>>(&n)) {
      TermOrVar subject = template_mode_ ? TermOrVar(graph::Term::blank("anon" + std::to_string(fresh_++)))
                                         : TermOrVar(fresh_var());
      properties(subject, (*b)->properties, out);
      return subject;
    }
    return std::visit(
        [&](const auto& x) -> TermOrVar {
          using X = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<X, ast::Box<ast::Collection>> ||
                        std::is_same_v<X, ast::Box<ast::BlankNodePropertyList>>)
            return Var{"?"};
          else
            return term(ast::Term(x));
        },
        n);
  }

  void properties(const TermOrVar& subject, const std::vector<ast::PropertyListEntry>& props, Block& out) {
    for (auto& entry : props) {
      for (auto& obj : entry.objects) {
        TermOrVar o = node(obj, out);
        if (auto v = std::get_if<ast::Var>(&entry.verb)) {
          out.triples.push_back({subject, Var{v->name}, o});
        } else {
          Path p = path(std::get<ast::Path>(entry.verb));
          path_triples(subject, p, o, out);
        }
      }
    }
  }

  void triples(const std::vector<ast::TriplesSameSubject>& ts, Block& out) {
    for (auto& t : ts) {
      TermOrVar s = node(t.subject, out);
      properties(s, t.properties, out);
    }
  }

  Path path(const ast::Path& p) {
    Path r;
    switch (p.kind) {
      case ast::PathKind::link:
        r.kind = Path::Kind::link;
        r.iri = iri(*p.iri);
        return r;
      case ast::PathKind::rdf_type:
        r.kind = Path::Kind::link;
        r.iri = std::string(k_rdf_ns) + "type";
        return r;
      case ast::PathKind::inverse:
        r.kind = Path::Kind::inverse;
        r.args.push_back(path(p.parts[0]));
        return r;
      case ast::PathKind::sequence:
      case ast::PathKind::alternative: {
        Path acc = path(p.parts[0]);
        for (std::size_t i = 1; i < p.parts.size(); ++i) {
          Path n;
          n.kind = p.kind == ast::PathKind::sequence ? Path::Kind::sequence : Path::Kind::alternative;
          n.args.push_back(std::move(acc));
          n.args.push_back(path(p.parts[i]));
          acc = std::move(n);
        }
        return acc;
      }
      case ast::PathKind::zero_or_more:
      case ast::PathKind::one_or_more:
      case ast::PathKind::zero_or_one:
        r.kind = p.kind == ast::PathKind::zero_or_more ? Path::Kind::zero_or_more
                 : p.kind == ast::PathKind::one_or_more ? Path::Kind::one_or_more
                                                        : Path::Kind::zero_or_one;
        r.args.push_back(path(p.parts[0]));
        return r;
      case ast::PathKind::negated:
        r.kind = Path::Kind::negated;
        for (auto& part : p.parts) {
          if (part.kind == ast::PathKind::inverse) {
            Path inner = path(part.parts[0]);
            r.inverse.push_back(inner.iri);
          } else {
            r.forward.push_back(path(part).iri);
          }
        }
        return r;
    }
    return r;
  }

  /// §18.2.2.4: links and inverse links become triples, sequences are split with a fresh variable.
  void path_triples(const TermOrVar& s, const Path& p, const TermOrVar& o, Block& out) {
    if (p.kind == Path::Kind::link) {
      out.triples.push_back({s, graph::Term::iri(p.iri), o});
      return;
    }
    if (p.kind == Path::Kind::inverse && p.args[0].kind == Path::Kind::link) {
      out.triples.push_back({o, graph::Term::iri(p.args[0].iri), s});
      return;
    }
    if (p.kind == Path::Kind::sequence) {
      TermOrVar mid = fresh_var();
      path_triples(s, p.args[0], mid, out);
      path_triples(mid, p.args[1], o, out);
      return;
    }
    auto op = make(Op::Kind::path);
    op->path_subject = s;
    op->path_object = o;
    op->path = p;
    out.paths.push_back(op);
  }

  OpPtr block_op(Block& b) {
    auto bgp = make(Op::Kind::bgp);
    bgp->triples = std::move(b.triples);
    OpPtr g = bgp;
    for (auto& p : b.paths) g = bgp->triples.empty() && g == bgp ? p : join(g, p);
    return g;
  }

  static bool is_unit(const OpPtr& o) {
    return o->kind == Op::Kind::table_unit || (o->kind == Op::Kind::bgp && o->triples.empty());
  }
  static OpPtr join(OpPtr a, OpPtr b) {
    if (is_unit(a)) return b;
    if (is_unit(b)) return a;
    return make(Op::Kind::join, {std::move(a), std::move(b)});
  }

  // ------------------------------------------------------------ expressions
  Expr call(std::string name, std::vector<Expr> args) {
    Expr e;
    e.kind = Expr::Kind::call;
    e.name = std::move(name);
    e.args = std::move(args);
    return e;
  }

  Expr expr(const ast::Expression& x) {
    return std::visit(
        [&](const auto& n) -> Expr {
          using X = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<X, ast::ExprTerm>) {
            Expr e;
            if (auto v = std::get_if<ast::Var>(&n)) {
              e.kind = Expr::Kind::variable;
              e.name = v->name;
              return e;
            }
            e.kind = Expr::Kind::constant;
            e.term = std::get<graph::Term>(std::visit([&](const auto& t) { return term(ast::Term(t)); }, n));
            return e;
          } else if constexpr (std::is_same_v<X, ast::UnaryExpr>) {
            const char* op = n.op == ast::UnaryOp::not_ ? "!" : n.op == ast::UnaryOp::plus ? "UPLUS" : "UMINUS";
            return call(op, {expr(*n.operand)});
          } else if constexpr (std::is_same_v<X, ast::BinaryExpr>) {
            static const char* names[] = {"||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/"};
            return call(names[static_cast<int>(n.op)], {expr(*n.left), expr(*n.right)});
          } else if constexpr (std::is_same_v<X, ast::InExpr>) {
            std::vector<Expr> args{expr(*n.operand)};
            for (auto& a : n.list) args.push_back(expr(a));
            return call(n.negated ? "NOT IN" : "IN", std::move(args));
          } else if constexpr (std::is_same_v<X, ast::FunctionCall>) {
            std::vector<Expr> args;
            for (auto& a : n.args) args.push_back(expr(a));
            return call(iri(n.function), std::move(args));
          } else if constexpr (std::is_same_v<X, ast::BuiltinCall>) {
            std::vector<Expr> args;
            for (auto& a : n.args) args.push_back(expr(a));
            std::string name = n.name;
            if (name == "URI") name = "IRI";
            return call(name, std::move(args));
          } else if constexpr (std::is_same_v<X, ast::ExistsExpr>) {
            Expr e;
            e.kind = n.negated ? Expr::Kind::not_exists : Expr::Kind::exists;
            e.pattern = group(*n.pattern);
            return e;
          } else {
            // aggregate
            if (!aggregates_) fail(x, "aggregate " + n.name + " is not allowed here");
            Expr a;
            a.kind = Expr::Kind::aggregate;
            a.name = n.name;
            a.distinct = n.distinct;
            if (n.separator) a.separator = *n.separator;
            for (auto& arg : n.args) a.args.push_back(expr(arg));
            Var v{".agg" + std::to_string(aggregates_->size())};
            aggregates_->push_back({v, a});
            Expr ref;
            ref.kind = Expr::Kind::variable;
            ref.name = v.name;
            return ref;
          }
        },
        x.node);
  }

  // ------------------------------------------------------------ graph patterns
  OpPtr values(const ast::InlineData& d) {
    auto op = make(Op::Kind::values);
    for (auto& v : d.vars) op->vars.push_back(Var{v.name});
    for (auto& r : d.rows) {
      std::vector<std::optional<graph::Term>> row;
      for (auto& cell : r) {
        if (!cell) {
          row.emplace_back();
          continue;
        }
        TermOrVar t = term(*cell);
        if (auto tt = std::get_if<graph::Term>(&t))
          row.emplace_back(*tt);
        else
          row.emplace_back();
      }
      op->rows.push_back(std::move(row));
    }
    return op;
  }

  OpPtr group(const ast::GroupGraphPattern& g) {
    auto [acc, filters] = group_parts(g);
    if (!filters.empty()) {
      auto f = make(Op::Kind::filter, {acc});
      f->exprs = std::move(filters);
      acc = f;
    }
    return acc;
  }

  /// The group's pattern and, separately, its own FILTER expressions (§18.2.2.6).
  std::pair<OpPtr, std::vector<Expr>> group_parts(const ast::GroupGraphPattern& g) {
    std::vector<Expr> filters;
    OpPtr acc = make(Op::Kind::table_unit);
    for (auto& el : g.elements) {
      std::visit(
          [&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ast::TriplesBlock>) {
              Block b;
              triples(e.triples, b);
              acc = join(acc, block_op(b));
            } else if constexpr (std::is_same_v<E, ast::Filter>) {
              filters.push_back(expr(e.constraint));
            } else if constexpr (std::is_same_v<E, ast::OptionalPattern>) {
              auto [a, fs] = group_parts(*e.pattern);
              auto lj = make(Op::Kind::left_join);
              lj->exprs = std::move(fs);
              lj->args = {acc, a};
              acc = lj;
            } else if constexpr (std::is_same_v<E, ast::MinusPattern>) {
              acc = make(Op::Kind::minus, {acc, group(*e.pattern)});
            } else if constexpr (std::is_same_v<E, ast::GroupOrUnion>) {
              OpPtr u = group(e.alternatives[0]);
              for (std::size_t i = 1; i < e.alternatives.size(); ++i)
                u = make(Op::Kind::union_, {u, group(e.alternatives[i])});
              acc = join(acc, u);
            } else if constexpr (std::is_same_v<E, ast::GraphPattern>) {
              auto op = make(Op::Kind::graph, {group(*e.pattern)});
              op->graph_name = std::visit([&](const auto& t) { return term(ast::Term(t)); }, e.name);
              acc = join(acc, op);
            } else if constexpr (std::is_same_v<E, ast::ServicePattern>) {
              auto op = make(Op::Kind::service, {group(*e.pattern)});
              op->graph_name = std::visit([&](const auto& t) { return term(ast::Term(t)); }, e.endpoint);
              op->silent = e.silent;
              op->span = e.span;
              acc = join(acc, op);
            } else if constexpr (std::is_same_v<E, ast::Bind>) {
              auto in_scope = in_scope_vars(*acc);
              if (std::find(in_scope.begin(), in_scope.end(), e.var.name) != in_scope.end())
                fail(e, "BIND assigns ?" + e.var.name + ", which is already in scope");
              auto op = make(Op::Kind::extend, {acc});
              op->var = Var{e.var.name};
              op->expr = expr(e.expr);
              acc = op;
            } else if constexpr (std::is_same_v<E, ast::InlineData>) {
              acc = join(acc, values(e));
            } else {
              acc = join(acc, subselect(*e));
            }
          },
          el);
    }
    return {acc, filters};
  }

  // ------------------------------------------------------------ queries
  struct Select {
    OpPtr op;
    std::vector<Var> projection;
  };

  Select select(const ast::SelectClause* sel, const ast::GroupGraphPattern& where, const ast::SolutionModifier& mods,
                const std::optional<ast::InlineData>& vals, bool project_all) {
    OpPtr g = group(where);
    std::vector<Aggregate> aggs;
    auto* saved = aggregates_;
    aggregates_ = &aggs;
    // select expressions, HAVING and ORDER BY may hold aggregates
    std::vector<std::pair<Var, std::optional<Expr>>> proj;
    if (sel)
      for (auto& p : sel->projections)
        proj.emplace_back(Var{p.var.name}, p.expr ? std::optional<Expr>(expr(*p.expr)) : std::nullopt);
    std::vector<Expr> having;
    for (auto& h : mods.having) having.push_back(expr(h));
    std::vector<OrderKey> order;
    for (auto& o : mods.order_by) order.push_back({expr(o.expr), o.descending});
    aggregates_ = saved;
    std::vector<std::pair<std::optional<Var>, Expr>> keys;
    {
      auto* s2 = aggregates_;
      aggregates_ = nullptr;
      for (auto& gc : mods.group_by)
        keys.emplace_back(gc.as ? std::optional<Var>(Var{gc.as->name}) : std::nullopt, expr(gc.expr));
      aggregates_ = s2;
    }
    if (!keys.empty() || !aggs.empty()) {
      auto grp = make(Op::Kind::group, {g});
      grp->group_keys = std::move(keys);
      grp->aggregates = std::move(aggs);
      g = grp;
      if (sel && sel->star) fail(*sel, "SELECT * is not allowed with GROUP BY");
    }
    if (!having.empty()) {
      auto f = make(Op::Kind::filter, {g});
      f->exprs = std::move(having);
      g = f;
    }
    if (vals) g = join(g, values(*vals));
    std::vector<Var> projection;
    if (sel && !sel->star && !project_all) {
      for (auto& [v, e] : proj) {
        if (e) {
          auto in_scope = in_scope_vars(*g);
          if (std::find(in_scope.begin(), in_scope.end(), v.name) != in_scope.end())
            fail(*sel, "?" + v.name + " is already bound before it is assigned in SELECT");
          auto ext = make(Op::Kind::extend, {g});
          ext->var = v;
          ext->expr = *e;
          g = ext;
        }
        projection.push_back(v);
      }
    } else {
      for (auto& n : in_scope_vars(*g))
        if (n[0] != '.') projection.push_back(Var{n});
    }
    if (!order.empty()) {
      auto o = make(Op::Kind::order_by, {g});
      o->order = std::move(order);
      g = o;
    }
    if (!project_all) {
      auto p = make(Op::Kind::project, {g});
      p->vars = projection;
      g = p;
    }
    if (sel && sel->modifier == ast::SelectModifier::distinct) g = make(Op::Kind::distinct, {g});
    if (sel && sel->modifier == ast::SelectModifier::reduced) g = make(Op::Kind::reduced, {g});
    if (mods.limit || mods.offset) {
      auto s = make(Op::Kind::slice, {g});
      s->offset = mods.offset ? static_cast<std::size_t>(*mods.offset) : 0;
      if (mods.limit) s->limit = static_cast<std::size_t>(*mods.limit);
      g = s;
    }
    return {g, projection};
  }

  OpPtr subselect(const ast::SubSelect& s) { return select(&s.select, s.where, s.modifiers, s.values, false).op; }

  void datasets(const std::vector<ast::DatasetClause>& ds, Query& q) {
    for (auto& d : ds) (d.named ? q.from_named : q.from).push_back(iri(d.iri));
  }

  Query query(const ast::Query& aq) {
    prologue(aq.prologue);
    Query q;
    std::visit(
        [&](const auto& f) {
          using F = std::decay_t<decltype(f)>;
          if constexpr (std::is_same_v<F, ast::SelectQuery>) {
            q.form = QueryForm::select;
            datasets(f.datasets, q);
            auto s = select(&f.select, f.where, f.modifiers, aq.values, false);
            q.root = s.op;
            q.projection = s.projection;
          } else if constexpr (std::is_same_v<F, ast::AskQuery>) {
            q.form = QueryForm::ask;
            datasets(f.datasets, q);
            q.root = select(nullptr, f.where, f.modifiers, aq.values, true).op;
          } else if constexpr (std::is_same_v<F, ast::ConstructQuery>) {
            q.form = QueryForm::construct;
            datasets(f.datasets, q);
            q.root = select(nullptr, f.where, f.modifiers, aq.values, true).op;
            Block b;
            template_mode_ = true;
            if (f.short_form) {
              for (auto& el : f.where.elements)
                if (auto tb = std::get_if<ast::TriplesBlock>(&el)) {
                  template_mode_ = false;
                  triples(tb->triples, b);
                }
            } else {
              triples(f.construct_template, b);
            }
            template_mode_ = false;
            q.construct_template = std::move(b.triples);
          } else {
            q.form = QueryForm::describe;
            datasets(f.datasets, q);
            ast::GroupGraphPattern empty;
            auto s = select(nullptr, f.where ? *f.where : empty, f.modifiers, aq.values, true);
            q.root = s.op;
            for (auto& t : f.targets) q.describe.push_back(std::visit([&](const auto& x) { return term(ast::Term(x)); }, t));
            if (f.star)
              for (auto& n : in_scope_vars(*q.root))
                if (n[0] != '.') q.describe.push_back(Var{n});
          }
        },
        aq.form);
    q.base_iri = base_;
    return q;
  }

  // ------------------------------------------------------------ update
  std::vector<QuadPattern> quads(const ast::Quads& qs, bool as_template) {
    std::vector<QuadPattern> out;
    bool saved = template_mode_;
    template_mode_ = as_template;
    for (auto& b : qs.blocks) {
      Block blk;
      triples(b.triples, blk);
      std::optional<TermOrVar> g;
      if (b.graph) g = std::visit([&](const auto& t) { return term(ast::Term(t)); }, *b.graph);
      for (auto& t : blk.triples) out.push_back({t.subject, t.predicate, t.object, g});
    }
    template_mode_ = saved;
    return out;
  }

  GraphTarget target(const ast::GraphTarget& t) {
    GraphTarget g;
    switch (t.kind) {
      case ast::GraphTarget::Kind::default_: g.kind = GraphTarget::Kind::default_graph; break;
      case ast::GraphTarget::Kind::named_iri:
        g.kind = GraphTarget::Kind::iri;
        g.iri = iri(*t.iri);
        break;
      case ast::GraphTarget::Kind::all_named: g.kind = GraphTarget::Kind::named; break;
      case ast::GraphTarget::Kind::all: g.kind = GraphTarget::Kind::all; break;
    }
    return g;
  }

  /// The WHERE pattern of DELETE WHERE: the quads as BGPs (GRAPH blocks inside Graph ops).
  OpPtr quad_pattern(const ast::Quads& qs) {
    OpPtr acc = make(Op::Kind::table_unit);
    for (auto& b : qs.blocks) {
      Block blk;
      triples(b.triples, blk);
      OpPtr op = block_op(blk);
      if (b.graph) {
        auto g = make(Op::Kind::graph, {op});
        g->graph_name = std::visit([&](const auto& t) { return term(ast::Term(t)); }, *b.graph);
        op = g;
      }
      acc = join(acc, op);
    }
    return acc;
  }

  UpdateOp update_op(const ast::UpdateOperation& op) {
    UpdateOp u;
    std::visit(
        [&](const auto& o) {
          using O = std::decay_t<decltype(o)>;
          if constexpr (std::is_same_v<O, ast::InsertData>) {
            u.kind = UpdateOp::Kind::insert_data;
            u.insert_quads = quads(o.data, true);
          } else if constexpr (std::is_same_v<O, ast::DeleteData>) {
            u.kind = UpdateOp::Kind::delete_data;
            u.delete_quads = quads(o.data, true);
          } else if constexpr (std::is_same_v<O, ast::DeleteWhere>) {
            u.kind = UpdateOp::Kind::delete_where;
            u.delete_quads = quads(o.pattern, false);
            u.where = quad_pattern(o.pattern);
          } else if constexpr (std::is_same_v<O, ast::Modify>) {
            u.kind = UpdateOp::Kind::modify;
            if (o.with) u.with = iri(*o.with);
            if (o.delete_quads) u.delete_quads = quads(*o.delete_quads, false);
            if (o.insert_quads) u.insert_quads = quads(*o.insert_quads, true);
            for (auto& uc : o.using_clauses) (uc.named ? u.using_named : u.using_default).push_back(iri(uc.iri));
            u.where = group(o.where);
          } else if constexpr (std::is_same_v<O, ast::Load>) {
            u.kind = UpdateOp::Kind::load;
            u.silent = o.silent;
            u.source = iri(o.source);
            if (o.into) u.into = iri(*o.into);
          } else if constexpr (std::is_same_v<O, ast::Clear>) {
            u.kind = UpdateOp::Kind::clear;
            u.silent = o.silent;
            u.target = target(o.target);
          } else if constexpr (std::is_same_v<O, ast::Drop>) {
            u.kind = UpdateOp::Kind::drop;
            u.silent = o.silent;
            u.target = target(o.target);
          } else if constexpr (std::is_same_v<O, ast::Create>) {
            u.kind = UpdateOp::Kind::create;
            u.silent = o.silent;
            u.target.kind = GraphTarget::Kind::iri;
            u.target.iri = iri(o.graph);
          } else {
            u.kind = o.kind == ast::GraphTransfer::Kind::add    ? UpdateOp::Kind::add
                     : o.kind == ast::GraphTransfer::Kind::move ? UpdateOp::Kind::move
                                                                : UpdateOp::Kind::copy;
            u.silent = o.silent;
            u.target = target(o.from);
            u.to = target(o.to);
          }
        },
        op);
    return u;
  }

 private:
  std::string base_;
  std::map<std::string, std::string> prefixes_;
  std::size_t fresh_ = 0;
  bool template_mode_ = false;
  std::vector<Aggregate>* aggregates_ = nullptr;
};

}  // namespace

Result<Query> translate(const parser::ast::Query& query, const TranslateOptions& options) {
  Translator t(options.base_iri);
  try {
    return t.query(query);
  } catch (TranslateError& e) {
    return unexpected(std::move(e.diag));
  }
}

Result<Update> translate(const parser::ast::Update& update, const TranslateOptions& options) {
  Translator t(options.base_iri);
  Update u;
  try {
    for (auto& step : update.steps) {
      t.prologue(step.prologue);
      if (step.operation) u.ops.push_back(t.update_op(*step.operation));
    }
  } catch (TranslateError& e) {
    return unexpected(std::move(e.diag));
  }
  u.base_iri = t.base();
  return u;
}

}  // namespace cg::query::algebra
