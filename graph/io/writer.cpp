// SPDX-License-Identifier: MIT
#include "graph/io/writer.hpp"

#include <serd/serd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/detail/serd_syntax.hpp"
#include "graph/detail/sord_access.hpp"
#include "graph/io/jsonld.hpp"

namespace cg::graph {

namespace {

const uint8_t* u8(const char* s) { return reinterpret_cast<const uint8_t*>(s); }

struct EnvDeleter {
  void operator()(SerdEnv* e) const { serd_env_free(e); }
};
struct WriterDeleter {
  void operator()(SerdWriter* w) const { serd_writer_free(w); }
};

struct SinkState {
  std::FILE* out;
  bool failed = false;
};

size_t file_sink(const void* buf, size_t len, void* stream) {
  auto* state = static_cast<SinkState*>(stream);
  size_t n = std::fwrite(buf, 1, len, state->out);
  if (n != len) state->failed = true;
  return n;
}

SerdStatus write_quad(SerdWriter* writer, const IdQuad& q, SerdStatementFlags flags = 0) {
  auto* o = detail::sord_node(q.object);
  const SerdNode* datatype = nullptr;
  SerdNode lang = SERD_NODE_NULL;
  if (sord_node_get_type(o) == SORD_LITERAL) {
    if (const SordNode* dt = sord_node_get_datatype(o)) datatype = sord_node_to_serd_node(dt);
    if (const char* l = sord_node_get_language(o); l && *l) lang = serd_node_from_string(SERD_LITERAL, u8(l));
  }
  const SerdNode* graph = q.graph ? sord_node_to_serd_node(detail::sord_node(q.graph)) : nullptr;
  return serd_writer_write_statement(writer, flags, graph, sord_node_to_serd_node(detail::sord_node(q.subject)),
                                     sord_node_to_serd_node(detail::sord_node(q.predicate)),
                                     sord_node_to_serd_node(o), datatype, lang.buf ? &lang : nullptr);
}

/// Writes one graph at a time, subject by subject. In Turtle and TriG, a blank node that is the
/// object of exactly one quad of the dataset, and appears nowhere else but as the subject of its
/// own description, is written inline as [ … ].
class AbbreviatedWriter {
 public:
  AbbreviatedWriter(const Store& store, SerdWriter* writer, bool inline_blanks)
      : store_(store), writer_(writer) {
    if (!inline_blanks) return;
    std::unordered_map<TermId, int, TermIdHash> as_object;
    std::unordered_map<TermId, TermId, TermIdHash> subject_graph;
    std::unordered_set<TermId, TermIdHash> excluded;
    store.match(Pattern{}, [&](const IdQuad& q) {
      if (q.graph && store.kind(q.graph) == TermKind::blank) excluded.insert(q.graph);
      if (store.kind(q.object) == TermKind::blank) ++as_object[q.object];
      if (store.kind(q.subject) == TermKind::blank) {
        auto [it, fresh] = subject_graph.emplace(q.subject, q.graph);
        if (!fresh && it->second != q.graph) excluded.insert(q.subject);  // described in two graphs
      }
      return true;
    });
    for (auto [node, n] : as_object) {
      if (n != 1 || excluded.count(node)) continue;
      inlinable_.insert(node);
    }
    // The single reference must be in the graph that describes the node.
    store.match(Pattern{}, [&](const IdQuad& q) {
      if (!inlinable_.count(q.object)) return true;
      auto it = subject_graph.find(q.object);
      if (it != subject_graph.end() && it->second != q.graph) inlinable_.erase(q.object);
      return true;
    });
  }

  SerdStatus write_graph(TermId graph) {
    written_.clear();  // a subject may be described in several graphs
    Pattern all{{}, {}, {}, graph, graph ? GraphScope::named : GraphScope::default_only};
    std::vector<TermId> subjects;
    store_.match(all, [&](const IdQuad& q) {
      if (subjects.empty() || subjects.back() != q.subject) subjects.push_back(q.subject);
      return true;
    });
    // Subjects first; then what only a cycle of inlinable nodes reaches, with its label.
    for (int pass = 0; pass < 2; ++pass) {
      for (TermId s : subjects) {
        if (written_.count(s) || (pass == 0 && inlinable_.count(s))) continue;
        written_.insert(s);
        if (SerdStatus st = write_subject(s, graph, 0)) return st;
      }
    }
    return SERD_SUCCESS;
  }

 private:
  SerdStatus write_subject(TermId subject, TermId graph, SerdStatementFlags cont) {
    std::vector<IdQuad> quads = store_.find(Pattern{subject, {}, {}, graph, graph ? GraphScope::named : GraphScope::default_only});
    for (const IdQuad& q : quads) {
      if (inlinable_.count(q.object) && !written_.count(q.object)) {
        written_.insert(q.object);
        bool empty = store_.count(Pattern{q.object, {}, {}, graph, graph ? GraphScope::named : GraphScope::default_only}) == 0;
        if (empty) {
          if (SerdStatus st = write_quad(writer_, q, cont | SERD_EMPTY_O)) return st;
          continue;
        }
        if (SerdStatus st = write_quad(writer_, q, cont | SERD_ANON_O_BEGIN)) return st;
        if (SerdStatus st = write_subject(q.object, graph, SERD_ANON_CONT)) return st;
        if (SerdStatus st = serd_writer_end_anon(writer_, sord_node_to_serd_node(detail::sord_node(q.object)))) return st;
      } else if (SerdStatus st = write_quad(writer_, q, cont)) {
        return st;
      }
    }
    return SERD_SUCCESS;
  }

  const Store& store_;
  SerdWriter* writer_;
  std::unordered_set<TermId, TermIdHash> inlinable_;
  std::unordered_set<TermId, TermIdHash> written_;
};

Result<void> write_serd(const Store& store, std::FILE* out, const WriteOptions& options) {
  const bool abbreviated = options.syntax == Syntax::turtle || options.syntax == Syntax::trig;
  std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(nullptr));
  SinkState sink{out};
  auto style = static_cast<SerdStyle>(abbreviated ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
  std::unique_ptr<SerdWriter, WriterDeleter> writer(
      serd_writer_new(detail::serd_syntax(options.syntax), style, env.get(), nullptr, file_sink, &sink));
  // The library never prints: a writer error is reported through the returned status.
  serd_writer_set_error_sink(writer.get(), [](void*, const SerdError*) { return SERD_SUCCESS; }, nullptr);
  if (abbreviated) {
    for (const auto& [prefix, iri] : store.prefixes()) {
      SerdNode name = serd_node_from_string(SERD_LITERAL, u8(prefix.c_str()));
      SerdNode uri = serd_node_from_string(SERD_URI, u8(iri.c_str()));
      serd_writer_set_prefix(writer.get(), &name, &uri);
    }
  }
  SerdStatus st = SERD_SUCCESS;
  AbbreviatedWriter abbreviate(store, writer.get(), abbreviated);
  st = abbreviate.write_graph({});
  for (TermId g : store.graph_names()) {
    if (st != SERD_SUCCESS || sink.failed) break;
    st = abbreviate.write_graph(g);
  }
  serd_writer_finish(writer.get());
  if (st != SERD_SUCCESS)
    return unexpected(make_diagnostic(DiagKind::internal,
                                      std::string("cannot serialise: ") +
                                          reinterpret_cast<const char*>(serd_strerror(st)),
                                      options.target_name));
  if (sink.failed || std::ferror(out))
    return unexpected(make_diagnostic(DiagKind::io, std::string("cannot write: ") + std::strerror(errno),
                                      options.target_name));
  return {};
}

}  // namespace

Result<void> write_rdf(const Store& store, std::FILE* out, const WriteOptions& options) {
  if (!holds_named_graphs(options.syntax) && !store.graph_names().empty()) {
    return unexpected(make_diagnostic(
        DiagKind::data,
        std::string("the data has named graphs, which ") + std::string(syntax_name(options.syntax)) +
            " cannot hold; write N-Quads, TriG or JSON-LD instead",
        options.target_name));
  }
  if (options.syntax == Syntax::jsonld) {
    std::string doc = detail::to_jsonld(store);
    if (std::fwrite(doc.data(), 1, doc.size(), out) != doc.size())
      return unexpected(make_diagnostic(DiagKind::io, std::string("cannot write: ") + std::strerror(errno),
                                        options.target_name));
    return {};
  }
  return write_serd(store, out, options);
}

Result<std::string> write_rdf_string(const Store& store, const WriteOptions& options) {
  char* buf = nullptr;
  std::size_t len = 0;
  std::FILE* mem = ::open_memstream(&buf, &len);
  if (!mem) return unexpected(make_diagnostic(DiagKind::internal, "cannot allocate an output buffer"));
  auto result = write_rdf(store, mem, options);
  std::fclose(mem);
  std::string text(buf ? buf : "", len);
  std::free(buf);
  if (!result) return unexpected(std::move(result).error());
  return text;
}

}  // namespace cg::graph
