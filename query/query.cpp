// SPDX-License-Identifier: MIT
/// @file query.cpp prepare → execute for the four query forms (§16).
#include "query/query.hpp"

#include <set>
#include <unordered_set>

#include "parser/parse.hpp"
#include "query/algebra/translate.hpp"
#include "query/exec/evaluator.hpp"

namespace cg::query {

using algebra::Op;

namespace {

/// Translates a parsed query or update, naming the source in translation errors too.
template <class Ast>
auto translate_parsed(Result<Ast> ast, const PrepareOptions& options)
    -> decltype(algebra::translate(*ast, algebra::TranslateOptions{})) {
  if (!ast) return unexpected(std::move(ast).error());
  algebra::TranslateOptions to;
  to.base_iri = options.base_iri;
  auto translated = algebra::translate(*ast, to);
  if (!translated) {
    auto d = std::move(translated).error();
    d.source = options.source_name;
    return unexpected(std::move(d));
  }
  return translated;
}

parser::ParseOptions parse_options(const PrepareOptions& options) {
  parser::ParseOptions po;
  po.source_name = options.source_name;
  return po;
}

}  // namespace

Result<algebra::Query> prepare(std::string_view text, const PrepareOptions& options) {
  return translate_parsed(parser::parse_query(text, parse_options(options)), options);
}

Result<algebra::Update> prepare_update(std::string_view text, const PrepareOptions& options) {
  return translate_parsed(parser::parse_update(text, parse_options(options)), options);
}

namespace {

bool has_order(const Op& op) {
  switch (op.kind) {
    case Op::Kind::order_by: return true;
    case Op::Kind::project:
    case Op::Kind::distinct:
    case Op::Kind::reduced:
    case Op::Kind::slice: return has_order(*op.args[0]);
    default: return false;
  }
}

exec::EvalOptions eval_options(const ExecOptions& o) {
  exec::EvalOptions eo;
  eo.optimize = o.optimize;
  if (o.timeout_seconds)
    eo.deadline = std::chrono::steady_clock::now() +
                  std::chrono::microseconds(static_cast<long long>(*o.timeout_seconds * 1e6));
  return eo;
}

Diagnostic timeout_diag(const ExecOptions& o) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", o.timeout_seconds.value_or(0));
  return make_diagnostic(DiagKind::data, std::string("query timed out after ") + buf +
                                             " s (raise --timeout or make the query more selective)",
                         "query");
}

/// Instantiates a template for each solution (§16.2): fresh blank nodes per solution, triples
/// with unbound variables or invalid positions are skipped.
void instantiate(const std::vector<algebra::TriplePattern>& tmpl, exec::Evaluator& ev, const exec::Table& t,
                 std::vector<graph::Quad>& out) {
  std::set<graph::Quad> seen;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const exec::Id* row = t.width ? t.row(r) : nullptr;
    auto value = [&](const algebra::TermOrVar& tv) -> std::optional<graph::Term> {
      if (auto v = std::get_if<algebra::Var>(&tv)) {
        int s = ev.slot(v->name);
        if (s < 0 || !row || !row[s]) return std::nullopt;
        return ev.dict().term(row[s]);
      }
      auto term = std::get<graph::Term>(tv);
      if (term.is_blank()) term.value = term.value + "_s" + std::to_string(r);
      return term;
    };
    for (auto& tp : tmpl) {
      auto s = value(tp.subject), p = value(tp.predicate), o = value(tp.object);
      if (!s || !p || !o || s->is_literal() || !p->is_iri()) continue;
      graph::Quad q{*s, *p, *o, std::nullopt};
      if (seen.insert(q).second) out.push_back(std::move(q));
    }
  }
}

/// Concise bounded description of `node` (subject triples, following blank-node objects).
void describe(const exec::Dataset& ds, exec::Id node, std::set<graph::Quad>& out, std::unordered_set<exec::Id>& done) {
  if (!done.insert(node).second) return;
  std::vector<exec::Id> blanks;
  ds.default_graph->scan(node, 0, 0, [&](exec::Id s, exec::Id p, exec::Id o) {
    out.insert({ds.dict->term(s), ds.dict->term(p), ds.dict->term(o), std::nullopt});
    if (ds.dict->term(o).is_blank()) blanks.push_back(o);
    return true;
  });
  for (auto b : blanks) describe(ds, b, out, done);
}

}  // namespace

Result<QueryResult> execute(const algebra::Query& q, const exec::Dataset& dataset, const ExecOptions& options) {
  exec::Dataset ds = dataset;
  if (!q.from.empty() || !q.from_named.empty()) {
    std::vector<exec::Id> from, named;
    for (auto& f : q.from) from.push_back(ds.dict->intern(graph::Term::iri(f)));
    for (auto& f : q.from_named) named.push_back(ds.dict->intern(graph::Term::iri(f)));
    ds = dataset.restrict(from, named);
  }
  exec::Evaluator ev(ds, eval_options(options));
  ev.set_base_iri(q.base_iri);
  for (auto& v : q.projection) ev.prepare_var(v.name);
  QueryResult res;
  res.form = q.form;
  Result<exec::Table> table = exec::Table();
  try {
    std::optional<std::size_t> cap;
    if (options.max_rows && q.form == algebra::QueryForm::select) cap = *options.max_rows + 1;
    table = ev.run(*q.root, cap);
  } catch (const exec::Timeout&) {
    return unexpected(timeout_diag(options));
  }
  if (!table) return unexpected(std::move(table).error());
  exec::Table& t = *table;
  switch (q.form) {
    case algebra::QueryForm::select: {
      res.ordered = has_order(*q.root);
      auto& sol = res.solutions;
      sol.dict = ds.dict;
      std::vector<int> slots;
      for (auto& v : q.projection) {
        sol.vars.push_back(v.name);
        slots.push_back(ev.slot(v.name));
      }
      std::size_t n = t.rows();
      if (options.max_rows && n > *options.max_rows) {
        n = *options.max_rows;
        res.truncated = true;
      }
      sol.row_count = n;
      sol.ids.reserve(n * slots.size());
      for (std::size_t r = 0; r < n; ++r)
        for (int s : slots) sol.ids.push_back(s >= 0 && t.width ? t.row(r)[s] : 0);
      break;
    }
    case algebra::QueryForm::ask: res.boolean = t.rows() > 0; break;
    case algebra::QueryForm::construct: instantiate(q.construct_template, ev, t, res.triples); break;
    case algebra::QueryForm::describe: {
      std::set<graph::Quad> out;
      std::unordered_set<exec::Id> done;
      for (auto& d : q.describe) {
        if (auto v = std::get_if<algebra::Var>(&d)) {
          int s = ev.slot(v->name);
          for (std::size_t r = 0; r < t.rows() && s >= 0 && t.width; ++r)
            if (t.row(r)[s]) describe(ds, t.row(r)[s], out, done);
        } else {
          exec::Id id = ds.dict->lookup(std::get<graph::Term>(d));
          if (id) describe(ds, id, out, done);
        }
      }
      res.triples.assign(out.begin(), out.end());
      break;
    }
  }
  return res;
}

}  // namespace cg::query

namespace cg::query {

std::string explain_plan(const algebra::Query& q, const exec::Dataset& dataset, bool optimize) {
  exec::Dataset ds = dataset;
  if (!q.from.empty() || !q.from_named.empty()) {
    std::vector<exec::Id> from, named;
    for (auto& f : q.from) from.push_back(ds.dict->intern(graph::Term::iri(f)));
    for (auto& f : q.from_named) named.push_back(ds.dict->intern(graph::Term::iri(f)));
    ds = dataset.restrict(from, named);
  }
  exec::EvalOptions eo;
  eo.optimize = optimize;
  exec::Evaluator ev(ds, eo);
  return ev.explain(*q.root);
}

}  // namespace cg::query
