// SPDX-License-Identifier: MIT
#include "graph/store.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/detail/sord_access.hpp"

namespace cg::graph {

namespace {
const uint8_t* u8(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }
const char* cstr(const uint8_t* s) { return reinterpret_cast<const char*>(s); }

struct IterDeleter {
  void operator()(SordIter* it) const { sord_iter_free(it); }
};
using IterPtr = std::unique_ptr<SordIter, IterDeleter>;

IdQuad to_id_quad(const Store::Impl& impl, const SordQuad& q) {
  return IdQuad{detail::term_id(q[0]), detail::term_id(q[1]), detail::term_id(q[2]), impl.graph_id(q[3])};
}
}  // namespace

namespace detail {
Term to_term(const SordNode* node) {
  // Sord does not always NUL-terminate node strings (blank labels built from Serd's buffers),
  // so take the counted length.
  std::size_t bytes = 0;
  const uint8_t* data = sord_node_get_string_counted(node, &bytes);
  std::string str(cstr(data), bytes);
  switch (sord_node_get_type(node)) {
    case SORD_URI: return Term::iri(std::move(str));
    case SORD_BLANK: return Term::blank(std::move(str));
    case SORD_LITERAL: {
      if (const char* lang = sord_node_get_language(node); lang && *lang) return Term::lang_literal(std::move(str), lang);
      if (const SordNode* dt = sord_node_get_datatype(node)) {
        std::size_t dt_bytes = 0;
        const uint8_t* dt_data = sord_node_get_string_counted(dt, &dt_bytes);
        return Term::literal(std::move(str), std::string(cstr(dt_data), dt_bytes));
      }
      return Term::literal(std::move(str));
    }
  }
  return Term::iri(std::move(str));
}
}  // namespace detail

const SordNode* Store::Impl::hold(SordNode* n) {
  if (!n) return nullptr;
  if (!held.insert(n).second) sord_node_free(world, n);  // already holding one reference
  return n;
}

const SordNode* Store::Impl::node(const Term& term) {
  switch (term.kind) {
    case TermKind::iri: return hold(sord_new_uri(world, u8(term.value)));
    case TermKind::blank: return hold(sord_new_blank(world, u8(term.value)));
    case TermKind::literal: {
      SordNode* dt = nullptr;
      if (term.language.empty() && !term.datatype.empty() && term.datatype != k_xsd_string)
        dt = sord_new_uri(world, u8(term.datatype));
      SordNode* lit = sord_new_literal(world, dt, u8(term.value),
                                       term.language.empty() ? nullptr : term.language.c_str());
      if (dt) sord_node_free(world, dt);
      return hold(lit);
    }
  }
  return nullptr;
}

bool Store::Impl::add(const SordNode* s, const SordNode* p, const SordNode* o, const SordNode* g) {
  SordQuad quad = {s, p, o, g};
  if (!sord_add(model, quad)) return false;
  if (g != default_graph) ++named_graphs[g];
  return true;
}

bool Store::Impl::remove(const SordNode* s, const SordNode* p, const SordNode* o, const SordNode* g) {
  SordQuad quad = {s, p, o, g};
  if (!sord_contains(model, quad)) return false;
  sord_remove(model, quad);
  if (g != default_graph) {
    auto it = named_graphs.find(g);
    if (it != named_graphs.end() && --it->second == 0) named_graphs.erase(it);
  }
  return true;
}

Store::Store(const StoreOptions& options) : impl_(std::make_unique<Impl>()) {
  unsigned indices = 0;
  if (options.index_spo) indices |= SORD_SPO;
  if (options.index_pos) indices |= SORD_POS;
  if (options.index_osp) indices |= SORD_OSP;
  if (indices == 0) indices = SORD_SPO;
  impl_->world = sord_world_new();
  // Sord would print expansion failures; the reader reports them as diagnostics instead.
  sord_world_set_error_sink(impl_->world, [](void*, const SerdError*) { return SERD_SUCCESS; }, nullptr);
  impl_->model = sord_new(impl_->world, indices, true);
  impl_->default_graph = impl_->hold(sord_new_uri(impl_->world, u8(std::string(detail::k_default_graph_iri))));
}

Store::~Store() {
  if (!impl_) return;
  sord_free(impl_->model);
  for (const SordNode* n : impl_->held) sord_node_free(impl_->world, const_cast<SordNode*>(n));
  sord_world_free(impl_->world);
}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&& other) noexcept {
  if (this != &other) {
    Store dying(std::move(*this));
    impl_ = std::move(other.impl_);
    prefixes_ = std::move(other.prefixes_);
  }
  return *this;
}

TermId Store::intern(const Term& term) { return detail::term_id(impl_->node(term)); }

TermId Store::lookup(const Term& term) const {
  // Sord has no find-without-create; interning a term that no quad uses is harmless: it simply
  // matches nothing.
  return detail::term_id(impl_->node(term));
}

Term Store::term(TermId id) const { return detail::to_term(detail::sord_node(id)); }

TermKind Store::kind(TermId id) const {
  switch (sord_node_get_type(detail::sord_node(id))) {
    case SORD_BLANK: return TermKind::blank;
    case SORD_LITERAL: return TermKind::literal;
    default: return TermKind::iri;
  }
}

bool Store::insert(const IdQuad& q) {
  return impl_->add(detail::sord_node(q.subject), detail::sord_node(q.predicate), detail::sord_node(q.object),
                    impl_->graph_node(q.graph));
}

bool Store::insert(const Quad& q) {
  IdQuad ids{intern(q.subject), intern(q.predicate), intern(q.object), q.graph ? intern(*q.graph) : TermId{}};
  return insert(ids);
}

bool Store::contains(const IdQuad& q) const {
  if (!q.subject || !q.predicate || !q.object) return false;
  bool found = false;
  match(Pattern{q.subject, q.predicate, q.object, q.graph, q.graph ? GraphScope::named : GraphScope::default_only},
        [&](const IdQuad&) {
          found = true;
          return false;
        });
  return found;
}

bool Store::erase(const IdQuad& q) {
  if (!q.subject || !q.predicate || !q.object) return false;
  return impl_->remove(detail::sord_node(q.subject), detail::sord_node(q.predicate), detail::sord_node(q.object),
                       impl_->graph_node(q.graph));
}

bool Store::erase(const Quad& q) {
  IdQuad ids{lookup(q.subject), lookup(q.predicate), lookup(q.object), q.graph ? lookup(*q.graph) : TermId{}};
  return erase(ids);
}

void Store::clear() {
  std::vector<IdQuad> all = find(Pattern{});
  for (const IdQuad& q : all) erase(q);
}

std::size_t Store::size() const { return sord_num_quads(impl_->model); }

void Store::match(const Pattern& p, const std::function<bool(const IdQuad&)>& visit) const {
  // One graph at a time: Sord searches a bound graph through its graph-first indices, while a
  // wildcard graph would yield distinct triples and lose quads that differ only in the graph.
  auto scan = [&](const SordNode* g) {
    SordQuad pat = {detail::sord_node(p.subject), detail::sord_node(p.predicate), detail::sord_node(p.object), g};
    IterPtr it(sord_find(impl_->model, pat));
    if (!it) return true;
    SordQuad q;
    for (; !sord_iter_end(it.get()); sord_iter_next(it.get())) {
      sord_iter_get(it.get(), q);
      if (!visit(to_id_quad(*impl_, q))) return false;
    }
    return true;
  };
  if (p.scope == GraphScope::default_only) {
    scan(impl_->default_graph);
    return;
  }
  if (p.scope == GraphScope::named && p.graph) {
    scan(detail::sord_node(p.graph));
    return;
  }
  if (p.scope == GraphScope::any && !scan(impl_->default_graph)) return;
  for (TermId g : graph_names())
    if (!scan(detail::sord_node(g))) return;
}

std::size_t Store::count(const Pattern& p) const {
  if (p.scope == GraphScope::any && !p.subject && !p.predicate && !p.object) return size();
  std::size_t n = 0;
  match(p, [&](const IdQuad&) {
    ++n;
    return true;
  });
  return n;
}

std::vector<IdQuad> Store::find(const Pattern& p) const {
  std::vector<IdQuad> out;
  match(p, [&](const IdQuad& q) {
    out.push_back(q);
    return true;
  });
  return out;
}

std::vector<Quad> Store::quads() const {
  std::vector<Quad> out;
  out.reserve(size());
  match(Pattern{}, [&](const IdQuad& q) {
    Quad quad{term(q.subject), term(q.predicate), term(q.object), std::nullopt};
    if (q.graph) quad.graph = term(q.graph);
    out.push_back(std::move(quad));
    return true;
  });
  std::sort(out.begin(), out.end(), [](const Quad& a, const Quad& b) {
    if (a.graph != b.graph) return a.graph < b.graph;
    return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
  });
  return out;
}

std::vector<TermId> Store::graph_names() const {
  std::vector<TermId> out;
  out.reserve(impl_->named_graphs.size());
  for (const auto& [node, count] : impl_->named_graphs) out.push_back(detail::term_id(node));
  std::sort(out.begin(), out.end(), [&](TermId a, TermId b) { return term(a) < term(b); });
  return out;
}

StoreStats Store::stats() const {
  std::unordered_set<TermId, TermIdHash> s, p, o, g;
  StoreStats st;
  match(Pattern{}, [&](const IdQuad& q) {
    ++st.quads;
    s.insert(q.subject);
    p.insert(q.predicate);
    o.insert(q.object);
    if (q.graph) g.insert(q.graph);
    return true;
  });
  st.subjects = s.size();
  st.predicates = p.size();
  st.objects = o.size();
  st.graphs = g.size();
  return st;
}

std::string Store::next_blank_prefix() { return "d" + std::to_string(++impl_->blank_documents) + "_"; }

}  // namespace cg::graph
