// SPDX-License-Identifier: MIT
/// @file update.cpp SPARQL 1.1 Update (§3 of the Update spec) against a graph::Store. Every
/// change is logged; when an operation fails the log is undone, so a request applies completely
/// or not at all.
#include <set>

#include "graph/io/reader.hpp"
#include "query/exec/evaluator.hpp"
#include "query/query.hpp"

namespace cg::query {

using algebra::GraphTarget;
using algebra::UpdateOp;
using graph::Quad;
using graph::Term;

namespace {

class Transaction {
 public:
  explicit Transaction(graph::Store& s) : store_(s) {}
  void insert(const Quad& q) {
    if (store_.insert(q)) log_.emplace_back(true, q);
  }
  void erase(const Quad& q) {
    if (store_.erase(q)) log_.emplace_back(false, q);
  }
  void rollback() {
    for (auto it = log_.rbegin(); it != log_.rend(); ++it) {
      if (it->first)
        store_.erase(it->second);
      else
        store_.insert(it->second);
    }
    log_.clear();
  }
  graph::Store& store() { return store_; }

 private:
  graph::Store& store_;
  std::vector<std::pair<bool, Quad>> log_;
};

std::optional<Term> graph_term(const GraphTarget& t) {
  if (t.kind == GraphTarget::Kind::iri) return Term::iri(t.iri);
  return std::nullopt;
}

/// Quads of one graph (nullopt = default graph).
std::vector<Quad> graph_quads(const graph::Store& store, const std::optional<Term>& g) {
  std::vector<Quad> out;
  graph::Pattern p;
  if (g) {
    p.graph = store.lookup(*g);
    if (!p.graph) return out;
    p.scope = graph::GraphScope::named;
  } else {
    p.scope = graph::GraphScope::default_only;
  }
  store.match(p, [&](const graph::IdQuad& q) {
    out.push_back({store.term(q.subject), store.term(q.predicate), store.term(q.object),
                   q.graph ? std::optional<Term>(store.term(q.graph)) : std::nullopt});
    return true;
  });
  return out;
}

void clear_graph(Transaction& tx, const std::optional<Term>& g) {
  for (auto& q : graph_quads(tx.store(), g)) tx.erase(q);
}

void clear_target(Transaction& tx, const GraphTarget& t) {
  auto& store = tx.store();
  switch (t.kind) {
    case GraphTarget::Kind::default_graph: clear_graph(tx, std::nullopt); break;
    case GraphTarget::Kind::iri: clear_graph(tx, Term::iri(t.iri)); break;
    case GraphTarget::Kind::named:
    case GraphTarget::Kind::all:
      for (auto g : store.graph_names()) clear_graph(tx, store.term(g));
      if (t.kind == GraphTarget::Kind::all) clear_graph(tx, std::nullopt);
      break;
  }
}

std::string file_path_of(const std::string& iri) {
  if (iri.rfind("file://", 0) == 0) {
    std::string rest = iri.substr(7);
    std::string out;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '%' && i + 2 < rest.size()) {
        out += static_cast<char>(std::stoi(rest.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        out += rest[i];
      }
    }
    return out;
  }
  if (iri.rfind("file:", 0) == 0) return iri.substr(5);
  return iri;
}

Result<void> default_load(graph::Store& store, const std::string& iri, const std::optional<std::string>& into) {
  if (iri.find("://") != std::string::npos && iri.rfind("file://", 0) != 0)
    return unexpected(make_diagnostic(DiagKind::unsupported, "LOAD of remote IRI <" + iri + "> is not supported (only local files)", "update"));
  auto path = file_path_of(iri);
  std::optional<Term> g;
  if (into) g = Term::iri(*into);
  auto r = graph::read_rdf_file(store, path, std::nullopt, iri, g);
  if (!r) return unexpected(std::move(r).error());
  return {};
}

struct Instantiator {
  exec::Evaluator& ev;
  const exec::Table& t;
  std::string blank_prefix;
  std::optional<Term> default_graph;

  std::vector<Quad> quads(const std::vector<algebra::QuadPattern>& tmpl, bool allow_blank) {
    std::vector<Quad> out;
    for (std::size_t r = 0; r < t.rows(); ++r) {
      const exec::Id* row = t.width ? t.row(r) : nullptr;
      auto value = [&](const algebra::TermOrVar& tv) -> std::optional<Term> {
        if (auto v = std::get_if<algebra::Var>(&tv)) {
          int s = ev.slot(v->name);
          if (s < 0 || !row || !row[s]) return std::nullopt;
          return ev.dict().term(row[s]);
        }
        auto term = std::get<Term>(tv);
        if (term.is_blank()) {
          if (!allow_blank) return std::nullopt;
          term.value = blank_prefix + term.value + "_" + std::to_string(r);
        }
        return term;
      };
      for (auto& qp : tmpl) {
        auto s = value(qp.subject), p = value(qp.predicate), o = value(qp.object);
        if (!s || !p || !o || s->is_literal() || !p->is_iri()) continue;
        std::optional<Term> g = default_graph;
        if (qp.graph) {
          auto gv = value(*qp.graph);
          if (!gv || !gv->is_iri()) continue;
          g = gv;
        }
        out.push_back({*s, *p, *o, g});
      }
    }
    return out;
  }
};

Result<void> run_op(const UpdateOp& op, Transaction& tx, const ExecOptions& options, const LoadFn& load,
                    const std::string& base) {
  auto& store = tx.store();
  switch (op.kind) {
    case UpdateOp::Kind::insert_data:
    case UpdateOp::Kind::delete_data: {
      exec::Dataset empty;
      empty.dict = std::make_shared<exec::Dictionary>();
      empty.default_graph = std::make_shared<exec::GraphIndex>();
      exec::Evaluator ev(empty);
      exec::Table unit(0);
      unit.add(nullptr);
      Instantiator in{ev, unit, store.next_blank_prefix(), std::nullopt};
      if (op.kind == UpdateOp::Kind::insert_data)
        for (auto& q : in.quads(op.insert_quads, true)) tx.insert(q);
      else
        for (auto& q : in.quads(op.delete_quads, false)) tx.erase(q);
      return {};
    }
    case UpdateOp::Kind::delete_where:
    case UpdateOp::Kind::modify: {
      exec::Dataset ds = exec::Dataset::from_store(store);
      std::optional<Term> with;
      if (op.with) with = Term::iri(*op.with);
      if (!op.using_default.empty() || !op.using_named.empty()) {
        std::vector<exec::Id> from, named;
        for (auto& f : op.using_default) from.push_back(ds.dict->intern(Term::iri(f)));
        for (auto& f : op.using_named) named.push_back(ds.dict->intern(Term::iri(f)));
        ds = ds.restrict(from, named);
      } else if (with) {
        std::vector<exec::Id> named;
        for (auto& [g, gi] : ds.named) named.push_back(g);
        ds = ds.restrict({ds.dict->intern(*with)}, named);
      }
      exec::EvalOptions eo;
      eo.optimize = options.optimize;
      exec::Evaluator ev(ds, eo);
      ev.set_base_iri(base);
      for (auto& qp : op.delete_quads) {
        for (auto* tv : {&qp.subject, &qp.predicate, &qp.object})
          if (auto v = std::get_if<algebra::Var>(tv)) ev.prepare_var(v->name);
        if (qp.graph)
          if (auto v = std::get_if<algebra::Var>(&*qp.graph)) ev.prepare_var(v->name);
      }
      for (auto& qp : op.insert_quads) {
        for (auto* tv : {&qp.subject, &qp.predicate, &qp.object})
          if (auto v = std::get_if<algebra::Var>(tv)) ev.prepare_var(v->name);
        if (qp.graph)
          if (auto v = std::get_if<algebra::Var>(&*qp.graph)) ev.prepare_var(v->name);
      }
      auto t = ev.run(*op.where);
      if (!t) return unexpected(std::move(t).error());
      Instantiator in{ev, *t, store.next_blank_prefix(), with};
      auto del = in.quads(op.delete_quads, false);
      auto ins = in.quads(op.insert_quads, true);
      for (auto& q : del) tx.erase(q);
      for (auto& q : ins) tx.insert(q);
      return {};
    }
    case UpdateOp::Kind::load: {
      graph::Store tmp;
      auto r = (load ? load : LoadFn(default_load))(tmp, op.source, op.into);
      if (!r) {
        if (op.silent) return {};
        return unexpected(std::move(r).error());
      }
      for (auto& q : tmp.quads()) tx.insert(q);
      return {};
    }
    case UpdateOp::Kind::clear:
    case UpdateOp::Kind::drop: clear_target(tx, op.target); return {};
    case UpdateOp::Kind::create: {
      auto g = store.lookup(Term::iri(op.target.iri));
      if (g && !op.silent) {
        graph::Pattern p;
        p.graph = g;
        p.scope = graph::GraphScope::named;
        if (store.count(p) > 0)
          return unexpected(make_diagnostic(DiagKind::data, "graph <" + op.target.iri + "> already exists", "update"));
      }
      return {};
    }
    case UpdateOp::Kind::add:
    case UpdateOp::Kind::move:
    case UpdateOp::Kind::copy: {
      auto from = graph_term(op.target), to = graph_term(op.to);
      if (from == to) return {};
      auto src = graph_quads(store, from);
      if (from && src.empty() && !op.silent) {
        auto g = store.lookup(*from);
        if (!g) return unexpected(make_diagnostic(DiagKind::data, "source graph <" + from->value + "> does not exist", "update"));
      }
      if (op.kind != UpdateOp::Kind::add) clear_graph(tx, to);
      for (auto q : src) {
        q.graph = to;
        tx.insert(q);
      }
      if (op.kind == UpdateOp::Kind::move) clear_graph(tx, from);
      return {};
    }
  }
  return {};
}

}  // namespace

Result<void> execute_update(const algebra::Update& update, graph::Store& store, const ExecOptions& options,
                            LoadFn load) {
  Transaction tx(store);
  for (auto& op : update.ops) {
    Result<void> r;
    try {
      r = run_op(op, tx, options, load, update.base_iri);
    } catch (const exec::Timeout&) {
      tx.rollback();
      return unexpected(make_diagnostic(DiagKind::data, "update timed out", "update"));
    }
    if (!r) {
      tx.rollback();
      return r;
    }
  }
  return {};
}

}  // namespace cg::query
