// SPDX-License-Identifier: MIT
/// @file evaluator.cpp Algebra operators over id rows: joins (hash and index nested-loop),
/// LeftJoin, Minus, Union, Filter, Extend, Graph, Values, Group, OrderBy, Project, Distinct, Slice.
#include "query/exec/evaluator.hpp"

#include <algorithm>
#include <unordered_set>

#include "query/exec/path_eval.hpp"
#include "query/exec/value.hpp"

namespace cg::query::exec {

using algebra::Expr;
using algebra::Op;

namespace {

struct EvalError {
  std::string message;
  std::optional<SourceSpan> span;
};

struct RowHash {
  std::size_t width;
  std::size_t operator()(const Id* r) const noexcept {
    std::size_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < width; ++i) h = (h ^ r[i]) * 1099511628211ull;
    return h ^ (h >> 29);
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

Result<Table> Evaluator::run(const Op& root, std::optional<std::size_t> max_rows) {
  prepare(root);
  try {
    return max_rows ? eval_capped(root, *max_rows) : eval(root);
  } catch (const EvalError& e) {
    auto d = make_diagnostic(DiagKind::unsupported, e.message, "query");
    d.span = e.span;
    return unexpected(std::move(d));
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
      // open addressing over row numbers: no allocation per row
      const std::size_t n = t.rows();
      std::size_t cap = 16;
      while (cap < n * 2) cap <<= 1;
      std::vector<std::uint32_t> table(cap, 0);
      RowHash hash{w};
      Table out(w);
      out.data.reserve(t.data.size());
      for (std::size_t r = 0; r < n; ++r) {
        const Id* row = t.row(r);
        std::size_t h = hash(row) & (cap - 1);
        bool dup = false;
        while (table[h]) {
          if (std::equal(row, row + w, out.row(table[h] - 1))) {
            dup = true;
            break;
          }
          h = (h + 1) & (cap - 1);
        }
        if (dup) continue;
        table[h] = static_cast<std::uint32_t>(out.rows() + 1);
        out.add(row);
      }
      return out;
    }
    case Op::Kind::slice: {
      Table t = op.limit ? eval_capped(*op.args[0], op.offset + *op.limit) : eval(*op.args[0]);
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
      throw EvalError{"SERVICE (federated query) is not supported by this engine; SERVICE SILENT skips it",
                      op.span};
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

struct Evaluator::Pos {
  Id constant = 0;
  int slot = -1;  ///< -1 = constant
};
struct Evaluator::PlanStep {
  Pos s, p, o;
  const Op* path = nullptr;                              ///< a path step (p unused)
  std::vector<std::pair<Id, bool>> links;                ///< path made of (inverse) links only
  bool simple = false;                                   ///< links is valid
  bool zero_length = false;                              ///< path may match with length zero
};
using Step = Evaluator::PlanStep;
using Pos = Evaluator::Pos;

Table Evaluator::eval_bgp(const std::vector<algebra::TriplePattern>& triples, const Table* seed,
                          const std::vector<const Expr*>& filters, std::vector<std::size_t>* origin) {
  BgpInput in;
  for (auto& t : triples) in.triples.push_back(&t);
  return eval_bgp(in, seed, filters, origin);
}

std::vector<Evaluator::PlanStep> Evaluator::resolve_steps(const BgpInput& in, bool& impossible) {
  std::vector<Step> steps;
  auto resolve = [&](const algebra::TermOrVar& t, bool intern) {
    Pos p;
    if (auto v = std::get_if<algebra::Var>(&t)) {
      p.slot = slot(v->name);
    } else {
      const auto& term = std::get<graph::Term>(t);
      p.constant = intern ? ds_.dict->intern(term) : ds_.dict->lookup(term);
      if (!p.constant) impossible = true;
    }
    return p;
  };
  for (auto* t : in.triples) {
    Step st;
    st.s = resolve(t->subject, false);
    st.p = resolve(t->predicate, false);
    st.o = resolve(t->object, false);
    steps.push_back(st);
  }
  for (auto* op : in.paths) {
    Step st;
    st.path = op;
    // a constant not in the data can still be the start of a zero-length path
    st.s = resolve(op->path_subject, true);
    st.o = resolve(op->path_object, true);
    std::vector<std::pair<std::string, bool>> links;
    st.simple = simple_links(op->path, false, links);
    for (auto& [iri, inv] : links) st.links.emplace_back(ds_.dict->lookup(graph::Term::iri(iri)), inv);
    st.zero_length = may_be_zero_length(op->path);
    steps.push_back(std::move(st));
  }
  return steps;
}

std::vector<std::size_t> Evaluator::plan_order(const std::vector<PlanStep>& steps, const BgpInput& in,
                                               const std::vector<bool>& bound, std::vector<double>* estimates) {
  auto domain_of = [&](int slot_index) -> const std::vector<Id>* {
    if (slot_index < 0) return nullptr;
    auto it = in.domains.find(slot_index);
    return it == in.domains.end() ? nullptr : &it->second;
  };
  // plan: greedy order by estimated result size, preferring steps connected to bound variables
  std::vector<std::size_t> order;
  std::vector<bool> used(steps.size(), false);
  auto estimate = [&](const Step& t, const std::vector<bool>& b, bool rows_only = false) {
    auto is_bound = [&](const Pos& p) { return p.slot < 0 || b[static_cast<std::size_t>(p.slot)]; };
    auto free_count = [&](Id s, Id p, Id o) -> double {
      return static_cast<double>(active_->count(s, p, o));
    };
    // count with the constants (and small domains) of the pattern
    auto count_with_domains = [&](const Pos& sp, Id p, const Pos& op) {
      auto* ds = (sp.slot >= 0 && !is_bound(sp)) ? domain_of(sp.slot) : nullptr;
      auto* dom = (op.slot >= 0 && !is_bound(op)) ? domain_of(op.slot) : nullptr;
      Id sc = sp.slot < 0 ? sp.constant : 0, oc = op.slot < 0 ? op.constant : 0;
      if (dom && dom->size() <= 64) {
        double c = 0;
        for (Id v : *dom) c += free_count(sc, p, v);
        return c;
      }
      if (ds && ds->size() <= 64) {
        double c = 0;
        for (Id v : *ds) c += free_count(v, p, oc);
        return c;
      }
      return free_count(sc, p, oc);
    };
    double c = 0;
    Id pc = 0;
    if (t.path) {
      if (!t.simple) {
        bool any = is_bound(t.s) || is_bound(t.o);
        return any ? 50.0 : 1e12;
      }
      for (auto& [pid, inv] : t.links) {
        if (!pid) continue;
        c += inv ? count_with_domains(t.o, pid, t.s) : count_with_domains(t.s, pid, t.o);
      }
      pc = t.links.size() == 1 ? t.links[0].first : 0;
    } else {
      pc = t.p.slot < 0 ? t.p.constant : 0;
      c = count_with_domains(t.s, pc, t.o);
      if (t.p.slot >= 0 && is_bound(t.p)) c /= 10.0;
    }
    if (t.s.slot >= 0 && is_bound(t.s)) c /= active_->distinct_subjects(pc);
    if (t.o.slot >= 0 && is_bound(t.o)) c /= active_->distinct_objects(pc);
    bool connected = (t.s.slot >= 0 && is_bound(t.s)) || (t.o.slot >= 0 && is_bound(t.o)) ||
                     (!t.path && t.p.slot >= 0 && is_bound(t.p)) || t.s.slot < 0 || t.o.slot < 0;
    return (connected || rows_only) ? c : c * 1000.0 + 1e6;
  };
  std::vector<bool> b = bound;
  for (std::size_t k = 0; k < steps.size(); ++k) {
    std::size_t best = 0;
    double best_cost = -1;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (used[i]) continue;
      if (!options_.optimize) {
        best = i;
        break;
      }
      double c = estimate(steps[i], b);
      if (best_cost < 0 || c < best_cost) {
        best_cost = c;
        best = i;
      }
    }
    used[best] = true;
    order.push_back(best);
    if (estimates) estimates->push_back(estimate(steps[best], b, true));
    for (const Pos* p : {&steps[best].s, &steps[best].p, &steps[best].o})
      if (p->slot >= 0) b[static_cast<std::size_t>(p->slot)] = true;
  }
  return order;
}

Table Evaluator::eval_bgp(const BgpInput& in, const Table* seed, const std::vector<const Expr*>& filters,
                          std::vector<std::size_t>* origin) {
  const std::size_t cap = row_cap_;
  row_cap_ = static_cast<std::size_t>(-1);
  struct Enough {};
  const std::size_t w = width();
  Table out(w);
  std::vector<Id> empty_row(w, 0);
  Table unit(w);
  if (!seed) {
    unit.add(outer_ ? outer_ : empty_row.data());
    seed = &unit;
  }
  if (seed->rows() == 0) return out;
  bool impossible = false;
  std::vector<Step> steps = resolve_steps(in, impossible);
  if (impossible) return out;
  auto domain_of = [&](int slot_index) -> const std::vector<Id>* {
    if (slot_index < 0) return nullptr;
    auto it = in.domains.find(slot_index);
    return it == in.domains.end() ? nullptr : &it->second;
  };
  auto pass_filters = [&](const std::vector<const Expr*>& fs, const Id* row) {
    for (auto* f : fs) {
      auto b = eval_ebv(*f, row);
      if (!b || !*b) return false;
    }
    return true;
  };
  if (steps.empty()) {
    // BGP {} is the unit: the seed passes through (filters still apply)
    for (std::size_t r = 0; r < seed->rows(); ++r) {
      if (!pass_filters(filters, seed->row(r))) continue;
      out.add(seed->row(r));
      if (origin) origin->push_back(r);
    }
    return out;
  }

  std::vector<bool> bound = certain_columns(*seed);
  std::vector<std::size_t> order = plan_order(steps, in, bound, nullptr);
  // place filters: after the first step where all their variables are bound
  std::vector<std::vector<const Expr*>> at(steps.size());
  {
    std::vector<bool> bb = bound;
    std::vector<const Expr*> pending = filters;
    for (std::size_t k = 0; k < order.size(); ++k) {
      auto& t = steps[order[k]];
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
  PathEval pe{*active_, dict(), [this] { check_deadline(); }};
  std::vector<std::vector<std::pair<Id, Id>>> all_pairs(steps.size());
  std::vector<bool> pairs_ready(steps.size(), false);
  std::vector<std::vector<Id>> reach(steps.size());
  std::vector<std::vector<Id>> rows(steps.size() + 1, std::vector<Id>(w, 0));
  std::size_t current_seed = 0;
  auto in_domain = [&](int slot_index, Id v) {
    auto* d = domain_of(slot_index);
    return !d || std::binary_search(d->begin(), d->end(), v);
  };
  auto in_graph = [&](Id x) {
    const auto& nodes = active_->nodes();
    return std::binary_search(nodes.begin(), nodes.end(), x);
  };
  std::function<void(std::size_t)> step = [&](std::size_t k) {
    if (k == order.size()) {
      out.add(rows[k].data());
      if (origin) origin->push_back(current_seed);
      if (out.rows() >= cap) throw Enough{};
      return;
    }
    check_deadline();
    const auto& t = steps[order[k]];
    const Id* cur = rows[k].data();
    auto val = [&](const Pos& p) -> Id { return p.slot < 0 ? p.constant : cur[p.slot]; };
    auto& next = rows[k + 1];
    auto bind = [&](const Pos& pos, Id v) {
      if (pos.slot < 0) return pos.constant == v;
      Id& slotv = next[static_cast<std::size_t>(pos.slot)];
      if (slotv) return slotv == v;
      if (!in_domain(pos.slot, v)) return false;
      slotv = v;
      return true;
    };
    auto emit = [&](Id ts, Id tp, Id to) {
      std::copy(cur, cur + w, next.begin());
      if (!bind(t.s, ts) || (!t.path && !bind(t.p, tp)) || !bind(t.o, to)) return;
      if (!pass_filters(at[k], next.data())) return;
      step(k + 1);
    };
    Id s = val(t.s), o = val(t.o);
    if (t.path) {
      if (t.zero_length && ((t.s.slot >= 0 && s && !in_graph(s)) || (t.o.slot >= 0 && o && !in_graph(o)))) return;
      if (s) {
        auto& r = reach[k];
        r.clear();
        pe.step(t.path->path, s, true, r);
        for (std::size_t i = 0; i < r.size(); ++i)
          if (!o || r[i] == o) emit(s, 0, r[i]);
      } else if (o) {
        auto& r = reach[k];
        r.clear();
        pe.step(t.path->path, o, false, r);
        for (std::size_t i = 0; i < r.size(); ++i) emit(r[i], 0, o);
      } else {
        if (!pairs_ready[k]) {
          pe.all_pairs(t.path->path, all_pairs[k]);
          pairs_ready[k] = true;
        }
        for (auto& [x, y] : all_pairs[k]) emit(x, 0, y);
      }
      return;
    }
    Id p = val(t.p);
    auto scan = [&](Id ss, Id pp, Id oo) {
      active_->scan(ss, pp, oo, [&](Id ts, Id tp, Id to) {
        emit(ts, tp, to);
        return true;
      });
    };
    // an unbound variable with a domain (single-variable VALUES) is scanned value by value
    auto* dom_o = (!o && t.o.slot >= 0) ? domain_of(t.o.slot) : nullptr;
    auto* dom_s = (!s && t.s.slot >= 0) ? domain_of(t.s.slot) : nullptr;
    if (dom_o && s && dom_o->size() > 1) {
      scan(s, p, 0);  // the subject narrows more than the domain: one range, values checked in bind
    } else if (dom_o) {
      for (Id v : *dom_o) scan(s, p, v);
    } else if (dom_s && o && dom_s->size() > 1) {
      scan(0, p, o);
    } else if (dom_s) {
      for (Id v : *dom_s) scan(v, p, o);
    } else {
      scan(s, p, o);
    }
  };
  for (std::size_t r = 0; r < seed->rows(); ++r) {
    const Id* sr = seed->row(r);
    bool ok = true;
    for (auto& [sl, d] : in.domains)
      if (sr[sl] && !std::binary_search(d.begin(), d.end(), sr[sl])) ok = false;
    if (!ok) continue;
    std::copy(sr, sr + w, rows[0].begin());
    current_seed = r;
    try {
      step(0);
    } catch (const Enough&) {
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------- joins

Table Evaluator::eval_capped(const Op& op, std::size_t rows) {
  const Op* o = &op;
  while (o->kind == Op::Kind::project || o->kind == Op::Kind::extend || o->kind == Op::Kind::reduced)
    o = o->args[0].get();
  bool pattern = o->kind == Op::Kind::bgp || (options_.optimize && (o->kind == Op::Kind::join ||
                 (o->kind == Op::Kind::filter && o->args[0]->kind == Op::Kind::bgp)));
  if (pattern) row_cap_ = rows;
  Table t = eval(op);
  row_cap_ = static_cast<std::size_t>(-1);
  return t;
}

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
  if (w == 0 || b.rows() == 0) return a;
  // a row of `a` goes when some row of `b` is compatible with it and shares a bound variable;
  // with variables bound on both sides in every row, only rows agreeing on them can match
  auto ca = certain_columns(a), cb = certain_columns(b);
  RowIndex idx;
  for (std::size_t c = 0; c < w; ++c)
    if (ca[c] && cb[c]) idx.keys.push_back(static_cast<int>(c));
  auto removes = [&](const Id* ar, const Id* br) {
    bool shared = false;
    for (std::size_t c = 0; c < w; ++c) {
      if (ar[c] && br[c]) {
        if (ar[c] != br[c]) return false;
        shared = true;
      }
    }
    return shared;
  };
  if (!idx.keys.empty()) {
    for (std::size_t r = 0; r < b.rows(); ++r) idx.map.emplace(idx.key_hash(b.row(r)), r);
    for (std::size_t r = 0; r < a.rows(); ++r) {
      check_deadline();
      const Id* ar = a.row(r);
      bool removed = false;
      auto [lo, hi] = idx.map.equal_range(idx.key_hash(ar));
      for (auto it = lo; it != hi && !removed; ++it) removed = removes(ar, b.row(it->second));
      if (!removed) out.add(ar);
    }
    return out;
  }
  for (std::size_t r = 0; r < a.rows(); ++r) {
    check_deadline();
    const Id* ar = a.row(r);
    bool removed = false;
    for (std::size_t k = 0; k < b.rows() && !removed; ++k) removed = removes(ar, b.row(k));
    if (!removed) out.add(ar);
  }
  return out;
}

void Evaluator::flatten_join(const Op& op, BgpInput& in, std::vector<const Op*>& others) {
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
  std::vector<const Op*> rest;
  for (auto* l : leaves) {
    if (l->kind == Op::Kind::bgp)
      for (auto& t : l->triples) in.triples.push_back(&t);
    else if (l->kind == Op::Kind::path)
      in.paths.push_back(l);
    else if (l->kind != Op::Kind::table_unit)
      rest.push_back(l);
  }
  std::vector<std::string> pattern_vars;
  auto add = [&](const algebra::TermOrVar& t) {
    if (auto v = std::get_if<algebra::Var>(&t)) pattern_vars.push_back(v->name);
  };
  for (auto* t : in.triples) {
    add(t->subject);
    add(t->predicate);
    add(t->object);
  }
  for (auto* p : in.paths) {
    add(p->path_subject);
    add(p->path_object);
  }
  // a single-variable VALUES over a variable of the pattern (distinct values, no UNDEF) joins
  // exactly like a restriction of that variable: it becomes a domain
  for (auto* o : rest) {
    if (o->kind == Op::Kind::values && o->vars.size() == 1 &&
        std::find(pattern_vars.begin(), pattern_vars.end(), o->vars[0].name) != pattern_vars.end()) {
      std::vector<Id> d;
      bool undef = false;
      for (auto& r : o->rows) {
        if (!r[0])
          undef = true;
        else
          d.push_back(dict().intern(*r[0]));
      }
      std::sort(d.begin(), d.end());
      bool dup = std::adjacent_find(d.begin(), d.end()) != d.end();
      int sl = slot(o->vars[0].name);
      if (!undef && !dup && !in.domains.count(sl)) {
        in.domains[sl] = std::move(d);
        continue;
      }
    }
    others.push_back(o);
  }
}

Table Evaluator::eval_join_op(const Op& op) {
  if (!options_.optimize) return eval_join(eval(*op.args[0]), eval(*op.args[1]));
  // joins are associative and commutative over bags: BGPs and paths of a join tree are planned
  // together; the other operands are evaluated, hash-joined and seed that pattern
  BgpInput in;
  std::vector<const Op*> others;
  flatten_join(op, in, others);
  std::optional<Table> acc;
  for (auto* o : others) {
    Table t = eval(*o);
    acc = acc ? eval_join(*acc, t) : std::move(t);
  }
  if (in.triples.empty() && in.paths.empty()) {
    if (acc) return std::move(*acc);
  }
  return eval_bgp(in, acc ? &*acc : nullptr, {});
}

std::string Evaluator::explain(const Op& root) {
  prepare(root);
  return explain_op(root, 0);
}

std::string Evaluator::explain_op(const Op& op, int indent) {
  std::string pad(static_cast<std::size_t>(indent) * 2, ' ');
  auto pattern = [&](const BgpInput& in, std::vector<const Op*> others, const std::vector<const Expr*>& filters) {
    std::string s = pad + "(pattern";
    for (auto& [sl, d] : in.domains) s += " (domain ?" + names_[static_cast<std::size_t>(sl)] + " " + std::to_string(d.size()) + " values)";
    for (auto* f : filters) s += " (filter " + algebra::to_sse(*f) + ")";
    if (!others.empty()) {
      s += "\n" + pad + "  (seed";
      for (auto* o : others) s += "\n" + explain_op(*o, indent + 2);
      s += ")";
    }
    bool impossible = false;
    auto steps = resolve_steps(in, impossible);
    if (impossible) return s + "\n" + pad + "  (empty: a constant is not in the data))";
    std::vector<bool> bound(width(), false);
    std::vector<double> est;
    auto order = plan_order(steps, in, bound, &est);
    for (std::size_t k = 0; k < order.size(); ++k) {
      auto i = order[k];
      char buf[48];
      std::snprintf(buf, sizeof buf, "(est %.3g) ", est[k]);
      s += "\n" + pad + "  " + buf;
      if (i < in.triples.size()) {
        auto* t = in.triples[i];
        s += "(triple " + algebra::to_sse(t->subject) + " " + algebra::to_sse(t->predicate) + " " +
             algebra::to_sse(t->object) + ")";
      } else {
        auto* p = in.paths[i - in.triples.size()];
        s += "(path " + algebra::to_sse(p->path_subject) + " " + algebra::to_sse(p->path) + " " +
             algebra::to_sse(p->path_object) + ")";
      }
    }
    return s + ")";
  };
  if (options_.optimize && op.kind == Op::Kind::join) {
    BgpInput in;
    std::vector<const Op*> others;
    flatten_join(op, in, others);
    if (in.triples.empty() && in.paths.empty()) {
      std::string s = pad + "(hash-join";
      for (auto* o : others) s += "\n" + explain_op(*o, indent + 1);
      return s + ")";
    }
    return pattern(in, others, {});
  }
  if (op.kind == Op::Kind::bgp) {
    BgpInput in;
    for (auto& t : op.triples) in.triples.push_back(&t);
    return pattern(in, {}, {});
  }
  if (options_.optimize && op.kind == Op::Kind::filter && op.args[0]->kind == Op::Kind::bgp) {
    BgpInput in;
    for (auto& t : op.args[0]->triples) in.triples.push_back(&t);
    std::vector<const Expr*> fs;
    for (auto& e : op.exprs) fs.push_back(&e);
    return pattern(in, {}, fs);
  }
  // every other operator: its own line, children below
  if (op.args.empty()) return algebra::to_sse(op, indent);
  std::string head = algebra::to_sse(op, 0);
  head = head.substr(0, head.find('\n'));
  if (op.kind == Op::Kind::left_join && options_.optimize && op.args[1]->kind == Op::Kind::bgp)
    head = "(leftjoin-index-nested-loop";
  else if (op.kind == Op::Kind::join || op.kind == Op::Kind::left_join || op.kind == Op::Kind::minus)
    head += " ; hash on shared bound variables";
  std::string s = pad + head;
  for (auto& a : op.args) s += "\n" + explain_op(*a, indent + 1);
  return s + ")";
}

Table Evaluator::eval_filter(const Op& op) {
  std::vector<const Expr*> fs;
  for (auto& e : op.exprs) fs.push_back(&e);
  const Op& child = *op.args[0];
  if (options_.optimize && child.kind == Op::Kind::bgp) return eval_bgp(child.triples, nullptr, fs);
  if (options_.optimize && child.kind == Op::Kind::join && std::none_of(fs.begin(), fs.end(), [](const Expr* f) { return has_exists(*f); })) {
    // the filter applies to the join's rows, which the flattened pattern produces: push it in
    BgpInput in;
    std::vector<const Op*> others;
    flatten_join(child, in, others);
    if (!in.triples.empty() || !in.paths.empty()) {
      std::optional<Table> acc;
      for (auto* o : others) {
        Table t = eval(*o);
        acc = acc ? eval_join(*acc, t) : std::move(t);
      }
      return eval_bgp(in, acc ? &*acc : nullptr, fs);
    }
  }
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
        const Expr& ke = op.group_keys[k].second;
        if (ke.kind == Expr::Kind::variable && ke.slot >= 0 && row) {
          key[k] = row[ke.slot];  // the common case: GROUP BY ?var needs no decoding
          continue;
        }
        auto v = eval_expr(ke, row);
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
  const Expr& arg = e.args[0];
  if (e.name == "COUNT" && arg.kind == Expr::Kind::variable && arg.slot >= 0 && w) {
    // COUNT(?v) / COUNT(DISTINCT ?v) over ids
    std::vector<Id> ids;
    for (auto r : rows)
      if (Id id = in.row(r)[arg.slot]) ids.push_back(id);
    if (e.distinct) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    return int_term(static_cast<long long>(ids.size()));
  }
  for (auto r : rows) {
    auto v = eval_expr(arg, w ? in.row(r) : nullptr);
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
  throw EvalError{"unknown aggregate " + n, std::nullopt};
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
