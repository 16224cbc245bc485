// SPDX-License-Identifier: MIT
/// @file expressions.cpp Expression evaluation with SPARQL error semantics (§17.2, §17.3): errors
/// are values (nullopt), `||`/`&&` follow the three-valued truth tables, functional forms
/// (BOUND, IF, COALESCE, IN, EXISTS) evaluate their arguments lazily.
#include <algorithm>

#include "query/exec/evaluator.hpp"
#include "query/exec/value.hpp"

namespace cg::query::exec {

using algebra::Expr;

std::optional<bool> Evaluator::eval_ebv(const Expr& e, const Id* row) {
  auto v = eval_expr(e, row);
  if (!v) return std::nullopt;
  return ebv(*v);
}

std::optional<graph::Term> Evaluator::eval_expr(const Expr& e, const Id* row) {
  switch (e.kind) {
    case Expr::Kind::constant: return e.term;
    case Expr::Kind::variable: {
      int s = e.slot >= 0 ? e.slot : slot(e.name);
      if (s < 0 || !row || static_cast<std::size_t>(s) >= width()) return std::nullopt;
      Id id = row[s];
      if (!id && outer_) id = outer_[s];
      if (!id) return std::nullopt;
      return dict().term(id);
    }
    case Expr::Kind::exists:
    case Expr::Kind::not_exists: {
      // substitute the current solution: evaluate the pattern seeded with this row
      const std::size_t w = width();
      Table seed(w);
      std::vector<Id> r(w, 0);
      if (row) std::copy(row, row + w, r.begin());
      seed.add(r.data());
      const Id* saved = outer_;
      outer_ = r.data();
      Table inner = eval(*e.pattern);
      outer_ = saved;
      bool found = false;
      for (std::size_t i = 0; i < inner.rows() && !found; ++i) {
        if (!w) {
          found = true;
          break;
        }
        const Id* ir = inner.row(i);
        bool ok = true;
        for (std::size_t c = 0; c < w; ++c)
          if (ir[c] && r[c] && ir[c] != r[c]) {
            ok = false;
            break;
          }
        found = ok;
      }
      return bool_term(e.kind == Expr::Kind::exists ? found : !found);
    }
    case Expr::Kind::aggregate: return std::nullopt;  // replaced by the translation
    case Expr::Kind::call: return call(e, row);
  }
  return std::nullopt;
}

std::optional<graph::Term> Evaluator::call(const Expr& e, const Id* row) {
  const std::string& n = e.name;
  // functional forms
  if (n == "||" || n == "&&") {
    bool is_or = n == "||";
    auto a = eval_ebv(e.args[0], row);
    if (a && *a == is_or) return bool_term(is_or);
    auto b = eval_ebv(e.args[1], row);
    if (b && *b == is_or) return bool_term(is_or);
    if (a && b) return bool_term(!is_or);
    return std::nullopt;
  }
  if (n == "BOUND") {
    const Expr& v = e.args[0];
    if (v.kind != Expr::Kind::variable) return std::nullopt;
    int s = v.slot >= 0 ? v.slot : slot(v.name);
    return bool_term(s >= 0 && row && row[s] != 0);
  }
  if (n == "IF") {
    auto c = eval_ebv(e.args[0], row);
    if (!c) return std::nullopt;
    return eval_expr(e.args[*c ? 1 : 2], row);
  }
  if (n == "COALESCE") {
    for (auto& a : e.args)
      if (auto v = eval_expr(a, row)) return v;
    return std::nullopt;
  }
  if (n == "IN" || n == "NOT IN") {
    auto x = eval_expr(e.args[0], row);
    if (!x) return std::nullopt;
    bool error = false;
    for (std::size_t i = 1; i < e.args.size(); ++i) {
      auto y = eval_expr(e.args[i], row);
      if (!y) {
        error = true;
        continue;
      }
      Cmp c = compare_values(*x, *y);
      if (c == Cmp::equal) return bool_term(n == "IN");
      if (c == Cmp::error) error = true;
    }
    if (error) return std::nullopt;
    return bool_term(n != "IN");
  }
  if (n == "BNODE" && e.args.empty()) {
    return graph::Term::blank("b" + std::to_string(bnode_counter_++) + "_" + std::to_string(rng_() % 100000));
  }
  std::vector<graph::Term> args;
  args.reserve(e.args.size());
  for (auto& a : e.args) {
    auto v = eval_expr(a, row);
    if (!v) return std::nullopt;
    args.push_back(std::move(*v));
  }
  if (n == "BNODE") {
    if (!args[0].is_literal() || !is_string_literal(args[0])) return std::nullopt;
    auto [it, fresh] = bnodes_.try_emplace(args[0].value);
    if (fresh) it->second = "b" + std::to_string(bnode_counter_++) + "_" + std::to_string(rng_() % 100000);
    return graph::Term::blank(it->second);
  }
  return call_builtin(n, args, rng_, now_, base_iri_);
}

}  // namespace cg::query::exec
