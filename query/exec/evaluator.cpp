// SPDX-License-Identifier: MIT
/// @file evaluator.cpp Algebra operators over id rows: joins (hash and index nested-loop),
/// LeftJoin, Minus, Union, Filter, Extend, Graph, Values, Group, OrderBy, Project, Distinct, Slice.
#include "query/exec/evaluator.hpp"

#include <algorithm>
#include <unordered_set>

#include "query/exec/value.hpp"

namespace cg::query::exec {

using algebra::Expr;
using algebra::Op;

namespace {

struct EvalError {
  std::string message;
};

struct RowHash {
  std::size_t width;
  std::size_t operator()(const Id* r) const noexcept {
    std::size_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < width; ++i) h = (h ^ r[i]) * 1099511628211ull;
    return h;
  }
};
struct RowEq {
  std::size_t width;
  bool operator()(const Id* a, const Id* b) const noexcept {
    return std::equal(a, a + width, b);
  }
};

bool has_exists(const Expr& e) {
  if (e.kind == Expr::Kind::exists || e.kind == Expr::Kind::not_exists) return true;
  for (auto& a : e.args)
    if (has_exists(a)) return true;
  return false;
}

/// Columns that are bound in every row (and the ones bound in some row).
std::vector<bool> certain_columns(const Table& t) {
  std::vector<bool> out(t.width, t.rows() > 0);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const Id* row = t.row(r);
    for (std::size_t c = 0; c < t.width; ++c)
      if (!row[c]) out[c] = false;
  }
  return out;
}
std::vector<bool> possible_columns(const Table& t) {
  std::vector<bool> out(t.width, false);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const Id* row = t.row(r);
    for (std::size_t c = 0; c < t.width; ++c)
      if (row[c]) out[c] = true;
  }
  return out;
}

bool compatible(const Id* a, const Id* b, std::size_t w) {
  for (std::size_t i = 0; i < w; ++i)
    if (a[i] && b[i] && a[i] != b[i]) return false;
  return true;
}

void merge_into(Id* out, const Id* a, const Id* b, std::size_t w) {
  for (std::size_t i = 0; i < w; ++i) out[i] = a[i] ? a[i] : b[i];
}

/// Hash index over the rows of `t` keyed on the columns `keys`.
struct RowIndex {
  std::vector<int> keys;
  std::unordered_multimap<std::size_t, std::size_t> map;
  std::size_t key_hash(const Id* r) const {
    std::size_t h = 0x9E3779B97F4A7C15ull;
    for (int k : keys) h = (h ^ r[k]) * 0x100000001B3ull;
    return h;
  }
};

}  // namespace

Evaluator::Evaluator(const Dataset& dataset, EvalOptions options)
    : ds_(dataset), active_(dataset.default_graph.get()), options_(options), rng_(std::random_device{}()) {
  auto t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  now_ = graph::Term::literal(buf, std::string(xsd_date_time));
}

int Evaluator::slot_of(const std::string& name) {
  auto [it, fresh] = slots_.try_emplace(name, static_cast<int>(names_.size()));
  if (fresh) names_.push_back(name);
  return it->second;
}

int Evaluator::slot(const std::string& name) const {
  auto it = slots_.find(name);
  return it == slots_.end() ? -1 : it->second;
}

void Evaluator::walk(const Expr& e) {
  if (e.kind == Expr::Kind::variable) e.slot = slot_of(e.name);
  for (auto& a : e.args) walk(a);
  if (e.pattern) walk(*e.pattern);
}

void Evaluator::walk(const Op& op) {
  auto tv = [&](const algebra::TermOrVar& t) {
    if (auto v = std::get_if<algebra::Var>(&t)) slot_of(v->name);
  };
  for (auto& t : op.triples) {
    tv(t.subject);
    tv(t.predicate);
    tv(t.object);
  }
  if (op.kind == Op::Kind::path) {
    tv(op.path_subject);
    tv(op.path_object);
  }
  if (op.kind == Op::Kind::graph) tv(op.graph_name);
  if (op.kind == Op::Kind::extend) {
    slot_of(op.var.name);
    walk(op.expr);
  }
  for (auto& e : op.exprs) walk(e);
  for (auto& [v, e] : op.group_keys) {
    if (v) slot_of(v->name);
    walk(e);
  }
  for (auto& a : op.aggregates) {
    slot_of(a.var.name);
    walk(a.expr);
  }
  for (auto& k : op.order) walk(k.expr);
  for (auto& v : op.vars) slot_of(v.name);
  for (auto& a : op.args) walk(*a);
}

void Evaluator::prepare(const Op& root) { walk(root); }
void Evaluator::prepare(const Expr& e) { walk(e); }

void Evaluator::check_deadline() {
  if (options_.deadline && (++steps_ & 0xFFF) == 0 && std::chrono::steady_clock::now() > *options_.deadline)
    throw Timeout{};
}

Result<Table> Evaluator::run(const Op& root) {
  prepare(root);
  try {
    return eval(root);
  } catch (const EvalError& e) {
    return unexpected(make_diagnostic(DiagKind::unsupported, e.message, "query"));
  }
}

// ---------------------------------------------------------------- dispatch

Table Evaluator::eval(const Op& op) {
  const std::size_t w = width();
  switch (op.kind) {
    case Op::Kind::bgp: return eval_bgp(op.triples, nullptr, {});
    case Op::Kind::path: return eval_path(op, nullptr);
    case Op::Kind::join: return eval_join_op(op);
    case Op::Kind::left_join: {
      Table a = eval(*op.args[0]);
      if (options_.optimize && op.args[1]->kind == Op::Kind::bgp && a.rows() > 0 && w > 0) {
        // index nested loop: the optional part is evaluated seeded with the left rows
        std::vector<std::size_t> origin;
        Table ext = eval_bgp(op.args[1]->triples, &a, {}, &origin);
        Table out(w);
        std::size_t k = 0;
        for (std::size_t r = 0; r < a.rows(); ++r) {
          bool any = false;
          for (; k < ext.rows() && origin[k] == r; ++k) {
            bool ok = true;
            for (auto& e : op.exprs) {
              auto v = eval_ebv(e, ext.row(k));
              if (!v || !*v) {
                ok = false;
                break;
              }
            }
            if (ok) {
              any = true;
              out.add(ext.row(k));
            }
          }
          if (!any) out.add(a.row(r));
        }
        return out;
      }
      Table b = eval(*op.args[1]);
      return eval_left_join(a, b, op.exprs);
    }
    case Op::Kind::filter: return eval_filter(op);
    case Op::Kind::union_: {
      Table a = eval(*op.args[0]);
      Table b = eval(*op.args[1]);
      a.data.insert(a.data.end(), b.data.begin(), b.data.end());
      a.unit_rows += b.unit_rows;
      return a;
    }
    case Op::Kind::graph: return eval_graph(op);
    case Op::Kind::extend: {
      // a chain of Extends is one step per solution, so BNODE(str) is shared within a solution
      std::vector<const Op*> chain;
      const Op* base = &op;
      while (base->kind == Op::Kind::extend) {
        chain.push_back(base);
        base = base->args[0].get();
      }
      std::reverse(chain.begin(), chain.end());
      Table t = eval(*base);
      for (std::size_t r = 0; r < t.rows(); ++r) {
        check_deadline();
        Id* row = w ? t.row(r) : nullptr;
        bnodes_.clear();
        for (const Op* e : chain) {
          auto v = eval_expr(e->expr, row);
          int s = slot(e->var.name);
          if (v && row && !row[s]) row[s] = dict().intern(*v);
        }
      }
      return t;
    }
    case Op::Kind::minus: {
      Table a = eval(*op.args[0]);
      Table b = eval(*op.args[1]);
      return eval_minus(a, b);
    }
    case Op::Kind::group: {
      Table in = eval(*op.args[0]);
      return eval_group(op, in);
    }
    case Op::Kind::order_by: return eval_order(op, eval(*op.args[0]));
    case Op::Kind::project: {
      Table t = eval(*op.args[0]);
      std::vector<bool> keep(w, false);
      for (auto& v : op.vars) keep[static_cast<std::size_t>(slot(v.name))] = true;
      for (std::size_t r = 0; r < t.rows(); ++r) {
        Id* row = t.row(r);
        for (std::size_t c = 0; c < w; ++c)
          if (!keep[c]) row[c] = 0;
      }
      return t;
    }
    case Op::Kind::reduced: return eval(*op.args[0]);  // may keep duplicates: keeps them all
    case Op::Kind::distinct: {
      Table t = eval(*op.args[0]);
      if (w == 0) {
        t.unit_rows = std::min<std::size_t>(t.unit_rows, 1);
        return t;
      }
      Table out(w);
      std::unordered_set<const Id*, RowHash, RowEq> seen(t.rows() * 2 + 1, RowHash{w}, RowEq{w});
      for (std::size_t r = 0; r < t.rows(); ++r)
        if (seen.insert(t.row(r)).second) out.add(t.row(r));
      return out;
    }
    case Op::Kind::slice: {
      Table t = eval(*op.args[0]);
      std::size_t n = t.rows();
      std::size_t from = std::min(op.offset, n);
      std::size_t to = op.limit ? std::min(n, from + *op.limit) : n;
      if (w == 0) {
        t.unit_rows = to - from;
        return t;
      }
      Table out(w);
      out.data.assign(t.data.begin() + static_cast<std::ptrdiff_t>(from * w),
                      t.data.begin() + static_cast<std::ptrdiff_t>(to * w));
      return out;
    }
    case Op::Kind::values: return eval_values(op);
    case Op::Kind::service: {
      if (op.silent) {
        Table t(w);
        std::vector<Id> row(w, 0);
        t.add(row.data());
        return t;
      }
      throw EvalError{"SERVICE (federated query) is not supported by this engine"};
    }
    case Op::Kind::table_unit: {
      Table t(w);
      std::vector<Id> row(w, 0);
      t.add(row.data());
      return t;
    }
  }
  return Table(w);
}

// ---------------------------------------------------------------- BGP

namespace {

struct Pos {
  Id constant = 0;
  int slot = -1;  ///< -1 = constant
};
struct PlanTriple {
  Pos s, p, o;
};

}  // namespace

Table Evaluator::eval_bgp(const std::vector<algebra::TriplePattern>& triples, const Table* seed,
                          const std::vector<const Expr*>& filters, std::vector<std::size_t>* origin) {
  const std::size_t w = width();
  Table out(w);
  std::vector<Id> empty_row(w, 0);
  Table unit(w);
  if (!seed) {
    unit.add(outer_ ? outer_ : empty_row.data());
    seed = &unit;
  }
  if (seed->rows() == 0) return out;
  // resolve positions
  std::vector<PlanTriple> pts;
  bool impossible = false;
  auto resolve = [&](const algebra::TermOrVar& t) {
    Pos p;
    if (auto v = std::get_if<algebra::Var>(&t)) {
      p.slot = slot(v->name);
    } else {
      p.constant = ds_.dict->lookup(std::get<graph::Term>(t));
      if (!p.constant) impossible = true;
    }
    return p;
  };
  for (auto& t : triples) pts.push_back({resolve(t.subject), resolve(t.predicate), resolve(t.object)});
  if (impossible) return out;
  if (pts.empty()) {
    // BGP {} is the unit: the seed passes through (filters still apply)
    for (std::size_t r = 0; r < seed->rows(); ++r) {
      bool ok = true;
      for (auto* f : filters) {
        auto b = eval_ebv(*f, seed->row(r));
        if (!b || !*b) {
          ok = false;
          break;
        }
      }
      if (ok) {
        out.add(seed->row(r));
        if (origin) origin->push_back(r);
      }
    }
    return out;
  }

  // plan: order the patterns
  std::vector<bool> bound = certain_columns(*seed);
  std::vector<std::size_t> order;
  std::vector<bool> used(pts.size(), false);
  auto estimate = [&](const PlanTriple& t, const std::vector<bool>& b) {
    auto is_bound = [&](const Pos& p) { return p.slot < 0 || b[static_cast<std::size_t>(p.slot)]; };
    double c = static_cast<double>(active_->count(t.s.constant, t.p.constant, t.o.constant));
    if (t.s.slot >= 0 && is_bound(t.s)) c /= active_->distinct_subjects(t.p.constant);
    if (t.o.slot >= 0 && is_bound(t.o)) c /= active_->distinct_objects(t.p.constant);
    if (t.p.slot >= 0 && is_bound(t.p)) c /= 10.0;
    bool connected = (t.s.slot >= 0 && is_bound(t.s)) || (t.o.slot >= 0 && is_bound(t.o)) ||
                     (t.p.slot >= 0 && is_bound(t.p)) || (t.s.slot < 0 || t.o.slot < 0);
    return connected ? c : c * 1000.0 + 1e6;
  };
  std::vector<bool> b = bound;
  for (std::size_t k = 0; k < pts.size(); ++k) {
    std::size_t best = 0;
    double best_cost = -1;
    for (std::size_t i = 0; i < pts.size(); ++i) {
      if (used[i]) continue;
      if (!options_.optimize) {
        best = i;
        break;
      }
      double c = estimate(pts[i], b);
      if (best_cost < 0 || c < best_cost) {
        best_cost = c;
        best = i;
      }
    }
    used[best] = true;
    order.push_back(best);
    for (const Pos* p : {&pts[best].s, &pts[best].p, &pts[best].o})
      if (p->slot >= 0) b[static_cast<std::size_t>(p->slot)] = true;
  }
  // place filters: after the first step where all their variables are bound
  std::vector<std::vector<const Expr*>> at(pts.size());
  {
    std::vector<bool> bb = bound;
    std::vector<const Expr*> pending = filters;
    for (std::size_t k = 0; k < order.size(); ++k) {
      auto& t = pts[order[k]];
      for (const Pos* p : {&t.s, &t.p, &t.o})
        if (p->slot >= 0) bb[static_cast<std::size_t>(p->slot)] = true;
      std::vector<const Expr*> rest;
      for (auto* f : pending) {
        std::vector<std::string> vs;
        algebra::expr_vars(*f, vs);
        bool all = k + 1 == order.size();
        if (!all && options_.optimize && !has_exists(*f)) {
          all = true;
          for (auto& v : vs) {
            int s = slot(v);
            if (s < 0 || !bb[static_cast<std::size_t>(s)]) all = false;
          }
        }
        (all ? at[k] : rest).push_back(f);
      }
      pending = std::move(rest);
    }
  }

  // execute: depth-first index nested loops
  std::vector<std::vector<Id>> rows(pts.size() + 1, std::vector<Id>(w, 0));
  std::size_t current_seed = 0;
  std::function<void(std::size_t)> step = [&](std::size_t k) {
    if (k == order.size()) {
      out.add(rows[k].data());
      if (origin) origin->push_back(current_seed);
      return;
    }
    check_deadline();
    const auto& t = pts[order[k]];
    const Id* cur = rows[k].data();
    auto val = [&](const Pos& p) -> Id { return p.slot < 0 ? p.constant : cur[p.slot]; };
    Id s = val(t.s), p = val(t.p), o = val(t.o);
    active_->scan(s, p, o, [&](Id ts, Id tp, Id to) {
      auto& next = rows[k + 1];
      std::copy(cur, cur + w, next.begin());
      auto bind = [&](const Pos& pos, Id v) {
        if (pos.slot < 0) return true;
        Id& slotv = next[static_cast<std::size_t>(pos.slot)];
        if (slotv && slotv != v) return false;
        slotv = v;
        return true;
      };
      if (!bind(t.s, ts) || !bind(t.p, tp) || !bind(t.o, to)) return true;
      for (auto* f : at[k]) {
        auto ok = eval_ebv(*f, next.data());
        if (!ok || !*ok) return true;
      }
      step(k + 1);
      return true;
    });
  };
  for (std::size_t r = 0; r < seed->rows(); ++r) {
    std::copy(seed->row(r), seed->row(r) + w, rows[0].begin());
    current_seed = r;
    step(0);
  }
  return out;
}

// ---------------------------------------------------------------- joins

Table Evaluator::eval_join(const Table& a, const Table& b) {
  const std::size_t w = width();
  Table out(w);
  if (a.rows() == 0 || b.rows() == 0) return out;
  if (w == 0) {
    out.unit_rows = a.rows() * b.rows();
    return out;
  }
  auto ca = certain_columns(a), cb = certain_columns(b);
  auto pa = possible_columns(a), pb = possible_columns(b);
  RowIndex idx;
  for (std::size_t c = 0; c < w; ++c)
    if (ca[c] && cb[c]) idx.keys.push_back(static_cast<int>(c));
  bool other_shared = false;
  for (std::size_t c = 0; c < w; ++c)
    if (pa[c] && pb[c] && !(ca[c] && cb[c])) other_shared = true;
  std::vector<Id> tmp(w);
  const Table& build = a.rows() <= b.rows() ? a : b;
  const Table& probe = a.rows() <= b.rows() ? b : a;
  for (std::size_t r = 0; r < build.rows(); ++r) idx.map.emplace(idx.key_hash(build.row(r)), r);
  for (std::size_t r = 0; r < probe.rows(); ++r) {
    check_deadline();
    const Id* pr = probe.row(r);
    auto [lo, hi] = idx.map.equal_range(idx.key_hash(pr));
    for (auto it = lo; it != hi; ++it) {
      const Id* br = build.row(it->second);
      bool ok = true;
      for (int k : idx.keys)
        if (br[k] != pr[k]) ok = false;
      if (!ok || (other_shared && !compatible(br, pr, w))) continue;
      merge_into(tmp.data(), pr, br, w);
      out.add(tmp.data());
    }
  }
  return out;
}

Table Evaluator::eval_left_join(const Table& a, const Table& b, const std::vector<Expr>& exprs) {
  const std::size_t w = width();
  Table out(w);
  if (w == 0) {
    // no variables at all: every row of a joins every row of b (filters are constant)
    for (std::size_t r = 0; r < a.rows(); ++r) {
      bool any = false;
      for (std::size_t k = 0; k < b.rows(); ++k) {
        bool ok = true;
        for (auto& e : exprs) {
          auto v = eval_ebv(e, nullptr);
          if (!v || !*v) ok = false;
        }
        if (ok) {
          any = true;
          ++out.unit_rows;
        }
      }
      if (!any) ++out.unit_rows;
    }
    return out;
  }
  auto ca = certain_columns(a), cb = certain_columns(b);
  RowIndex idx;
  for (std::size_t c = 0; c < w; ++c)
    if (ca[c] && cb[c]) idx.keys.push_back(static_cast<int>(c));
  for (std::size_t r = 0; r < b.rows(); ++r) idx.map.emplace(idx.key_hash(b.row(r)), r);
  std::vector<Id> tmp(w);
  for (std::size_t r = 0; r < a.rows(); ++r) {
    check_deadline();
    const Id* ar = a.row(r);
    bool any = false;
    auto [lo, hi] = idx.map.equal_range(idx.key_hash(ar));
    for (auto it = lo; it != hi; ++it) {
      const Id* br = b.row(it->second);
      if (!compatible(ar, br, w)) continue;
      merge_into(tmp.data(), ar, br, w);
      bool ok = true;
      for (auto& e : exprs) {
        auto v = eval_ebv(e, tmp.data());
        if (!v || !*v) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      any = true;
      out.add(tmp.data());
    }
    if (!any) out.add(ar);
  }
  return out;
}

Table Evaluator::eval_minus(const Table& a, const Table& b) {
  const std::size_t w = width();
  Table out(w);
  if (w == 0) return a;
  auto pb = possible_columns(b);
  for (std::size_t r = 0; r < a.rows(); ++r) {
    check_deadline();
    const Id* ar = a.row(r);
    bool removed = false;
    for (std::size_t k = 0; k < b.rows() && !removed; ++k) {
      const Id* br = b.row(k);
      bool shared = false, ok = true;
      for (std::size_t c = 0; c < w; ++c) {
        if (ar[c] && br[c]) {
          shared = true;
          if (ar[c] != br[c]) {
            ok = false;
            break;
          }
        }
      }
      if (shared && ok) removed = true;
    }
    (void)pb;
    if (!removed) out.add(ar);
  }
  return out;
}

Table Evaluator::eval_join_op(const Op& op) {
  if (!options_.optimize) return eval_join(eval(*op.args[0]), eval(*op.args[1]));
  // flatten a tree of joins; merge its BGPs into one, evaluate the rest and seed the BGP with them
  std::vector<const Op*> leaves;
  std::function<void(const Op&)> collect = [&](const Op& o) {
    if (o.kind == Op::Kind::join) {
      collect(*o.args[0]);
      collect(*o.args[1]);
    } else {
      leaves.push_back(&o);
    }
  };
  collect(op);
  std::vector<algebra::TriplePattern> triples;
  std::vector<const Op*> others;
  for (auto* l : leaves) {
    if (l->kind == Op::Kind::bgp)
      triples.insert(triples.end(), l->triples.begin(), l->triples.end());
    else if (l->kind != Op::Kind::table_unit)
      others.push_back(l);
  }
  // paths with a constant end are cheap alone; other paths are better seeded
  std::optional<Table> acc;
  std::vector<const Op*> seeded_paths;
  std::stable_sort(others.begin(), others.end(), [](const Op* x, const Op* y) {
    auto rank = [](const Op* o) { return o->kind == Op::Kind::values ? 0 : (o->kind == Op::Kind::path ? 2 : 1); };
    return rank(x) < rank(y);
  });
  for (auto* o : others) {
    if (o->kind == Op::Kind::path && acc && !std::holds_alternative<graph::Term>(o->path_subject) &&
        !std::holds_alternative<graph::Term>(o->path_object)) {
      seeded_paths.push_back(o);
      continue;
    }
    Table t = eval(*o);
    acc = acc ? eval_join(*acc, t) : std::move(t);
  }
  Table result = (!triples.empty() || !acc) ? eval_bgp(triples, acc ? &*acc : nullptr, {}) : std::move(*acc);
  for (auto* p : seeded_paths) result = eval_path(*p, &result);
  return result;
}

Table Evaluator::eval_filter(const Op& op) {
  std::vector<const Expr*> fs;
  for (auto& e : op.exprs) fs.push_back(&e);
  const Op& child = *op.args[0];
  if (options_.optimize && child.kind == Op::Kind::bgp) return eval_bgp(child.triples, nullptr, fs);
  Table t = eval(child);
  Table out(width());
  for (std::size_t r = 0; r < t.rows(); ++r) {
    check_deadline();
    bool ok = true;
    for (auto* f : fs) {
      auto v = eval_ebv(*f, width() ? t.row(r) : nullptr);
      if (!v || !*v) {
        ok = false;
        break;
      }
    }
    if (ok) {
      if (width())
        out.add(t.row(r));
      else
        ++out.unit_rows;
    }
  }
  return out;
}

Table Evaluator::eval_graph(const Op& op) {
  const std::size_t w = width();
  const GraphIndex* saved = active_;
  Table out(w);
  if (auto t = std::get_if<graph::Term>(&op.graph_name)) {
    Id g = ds_.dict->lookup(*t);
    const GraphIndex* gi = g ? ds_.named_graph(g) : nullptr;
    if (!gi) return out;
    active_ = gi;
    out = eval(*op.args[0]);
    active_ = saved;
    return out;
  }
  int s = slot(std::get<algebra::Var>(op.graph_name).name);
  for (auto& [name, gi] : ds_.named) {
    active_ = gi.get();
    Table t = eval(*op.args[0]);
    for (std::size_t r = 0; r < t.rows(); ++r) {
      Id* row = t.row(r);
      if (row[s] && row[s] != name) continue;
      row[s] = name;
      out.add(row);
    }
  }
  active_ = saved;
  return out;
}

Table Evaluator::eval_values(const Op& op) {
  const std::size_t w = width();
  Table out(w);
  std::vector<Id> row(w, 0);
  for (auto& r : op.rows) {
    std::fill(row.begin(), row.end(), 0);
    for (std::size_t i = 0; i < r.size(); ++i)
      if (r[i]) row[static_cast<std::size_t>(slot(op.vars[i].name))] = dict().intern(*r[i]);
    out.add(row.data());
  }
  return out;
}

// ---------------------------------------------------------------- group, order

Table Evaluator::eval_group(const Op& op, const Table& in) {
  const std::size_t w = width();
  const std::size_t nk = op.group_keys.size();
  // group rows by their key values
  std::vector<std::vector<Id>> keys;
  std::vector<std::vector<std::size_t>> members;
  {
    std::unordered_map<std::size_t, std::vector<std::size_t>> by_hash;
    std::vector<Id> key(nk);
    for (std::size_t r = 0; r < in.rows(); ++r) {
      check_deadline();
      const Id* row = w ? in.row(r) : nullptr;
      for (std::size_t k = 0; k < nk; ++k) {
        auto v = eval_expr(op.group_keys[k].second, row);
        key[k] = v ? dict().intern(*v) : 0;
      }
      std::size_t h = 0x9E37;
      for (Id x : key) h = (h ^ x) * 0x100000001B3ull;
      auto& cands = by_hash[h];
      std::size_t gi = keys.size();
      for (std::size_t c : cands)
        if (keys[c] == key) {
          gi = c;
          break;
        }
      if (gi == keys.size()) {
        keys.push_back(key);
        members.emplace_back();
        cands.push_back(gi);
      }
      members[gi].push_back(r);
    }
  }
  if (keys.empty() && nk == 0) {
    keys.emplace_back();
    members.emplace_back();
  }
  Table out(w);
  std::vector<Id> row(w, 0);
  for (std::size_t g = 0; g < keys.size(); ++g) {
    std::fill(row.begin(), row.end(), 0);
    for (std::size_t k = 0; k < nk; ++k) {
      auto& [v, e] = op.group_keys[k];
      if (v)
        row[static_cast<std::size_t>(slot(v->name))] = keys[g][k];
      else if (e.kind == Expr::Kind::variable)
        row[static_cast<std::size_t>(e.slot)] = keys[g][k];
    }
    for (auto& a : op.aggregates) {
      auto v = aggregate(a.expr, in, members[g]);
      if (v) row[static_cast<std::size_t>(slot(a.var.name))] = dict().intern(*v);
    }
    if (w)
      out.add(row.data());
    else
      ++out.unit_rows;
  }
  return out;
}

std::optional<graph::Term> Evaluator::aggregate(const Expr& e, const Table& in,
                                                const std::vector<std::size_t>& rows) {
  const std::size_t w = width();
  std::vector<graph::Term> vals;
  bool error = false;
  if (e.args.empty()) {  // COUNT(*)
    if (!e.distinct) return int_term(static_cast<long long>(rows.size()));
    std::unordered_set<const Id*, RowHash, RowEq> seen(rows.size() * 2 + 1, RowHash{w}, RowEq{w});
    for (auto r : rows) seen.insert(in.row(r));
    return int_term(static_cast<long long>(w ? seen.size() : std::min<std::size_t>(rows.size(), 1)));
  }
  for (auto r : rows) {
    auto v = eval_expr(e.args[0], w ? in.row(r) : nullptr);
    if (v)
      vals.push_back(std::move(*v));
    else
      error = true;
  }
  if (e.distinct) {
    std::vector<graph::Term> uniq;
    std::unordered_set<graph::Term, graph::TermHash> seen;
    for (auto& v : vals)
      if (seen.insert(v).second) uniq.push_back(v);
    vals = std::move(uniq);
  }
  const std::string& n = e.name;
  if (n == "COUNT") return int_term(static_cast<long long>(vals.size()));
  if (n == "SAMPLE") {
    if (vals.empty()) return std::nullopt;
    return vals[0];
  }
  if (n == "GROUP_CONCAT") {
    if (error) return std::nullopt;
    std::string s, lang;
    bool same_lang = true;
    for (std::size_t i = 0; i < vals.size(); ++i) {
      if (!vals[i].is_literal()) return std::nullopt;
      if (i) s += e.separator;
      s += vals[i].value;
      if (i == 0)
        lang = vals[i].language;
      else if (vals[i].language != lang)
        same_lang = false;
    }
    (void)same_lang;
    return string_term(s);
  }
  if (n == "SUM" || n == "AVG") {
    if (error) return std::nullopt;
    Numeric acc;
    for (auto& v : vals) {
      auto x = numeric_of(v);
      if (!x) return std::nullopt;
      auto r = call_builtin("+", {numeric_term(acc), numeric_term(*x)}, rng_, now_, "");
      if (!r) return std::nullopt;
      acc = *numeric_of(*r);
    }
    if (n == "SUM") return numeric_term(acc);
    if (vals.empty()) return int_term(0);
    return call_builtin("/", {numeric_term(acc), int_term(static_cast<long long>(vals.size()))}, rng_, now_, "");
  }
  if (n == "MIN" || n == "MAX") {
    if (error && vals.empty()) return std::nullopt;
    if (vals.empty()) return std::nullopt;
    std::size_t best = 0;
    for (std::size_t i = 1; i < vals.size(); ++i) {
      int c = order_compare(&vals[i], &vals[best]);
      if ((n == "MIN" && c < 0) || (n == "MAX" && c > 0)) best = i;
    }
    return vals[best];
  }
  throw EvalError{"unknown aggregate " + n};
}

Table Evaluator::eval_order(const Op& op, Table in) {
  const std::size_t w = width();
  if (w == 0) return in;
  const std::size_t n = in.rows(), nk = op.order.size();
  std::vector<std::optional<graph::Term>> keys(n * nk);
  for (std::size_t r = 0; r < n; ++r)
    for (std::size_t k = 0; k < nk; ++k) keys[r * nk + k] = eval_expr(op.order[k].expr, in.row(r));
  std::vector<std::size_t> idx(n);
  for (std::size_t i = 0; i < n; ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    for (std::size_t k = 0; k < nk; ++k) {
      auto& ka = keys[a * nk + k];
      auto& kb = keys[b * nk + k];
      int c = order_compare(ka ? &*ka : nullptr, kb ? &*kb : nullptr);
      if (c) return op.order[k].descending ? c > 0 : c < 0;
    }
    return false;
  });
  Table out(w);
  for (auto i : idx) out.add(in.row(i));
  return out;
}

}  // namespace cg::query::exec
