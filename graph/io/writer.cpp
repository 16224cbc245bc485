// SPDX-License-Identifier: MIT
#include "graph/io/writer.hpp"

#include <serd/serd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

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

SerdSyntax serd_syntax(Syntax syntax) {
  switch (syntax) {
    case Syntax::ntriples: return SERD_NTRIPLES;
    case Syntax::nquads: return SERD_NQUADS;
    case Syntax::trig: return SERD_TRIG;
    default: return SERD_TURTLE;
  }
}

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

SerdStatus write_quad(SerdWriter* writer, const IdQuad& q) {
  auto* o = detail::sord_node(q.object);
  const SerdNode* datatype = nullptr;
  SerdNode lang = SERD_NODE_NULL;
  if (sord_node_get_type(o) == SORD_LITERAL) {
    if (const SordNode* dt = sord_node_get_datatype(o)) datatype = sord_node_to_serd_node(dt);
    if (const char* l = sord_node_get_language(o); l && *l) lang = serd_node_from_string(SERD_LITERAL, u8(l));
  }
  const SerdNode* graph = q.graph ? sord_node_to_serd_node(detail::sord_node(q.graph)) : nullptr;
  return serd_writer_write_statement(writer, 0, graph, sord_node_to_serd_node(detail::sord_node(q.subject)),
                                     sord_node_to_serd_node(detail::sord_node(q.predicate)),
                                     sord_node_to_serd_node(o), datatype, lang.buf ? &lang : nullptr);
}

Result<void> write_serd(const Store& store, std::FILE* out, const WriteOptions& options) {
  const bool abbreviated = options.syntax == Syntax::turtle || options.syntax == Syntax::trig;
  std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(nullptr));
  SinkState sink{out};
  auto style = static_cast<SerdStyle>(abbreviated ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
  std::unique_ptr<SerdWriter, WriterDeleter> writer(
      serd_writer_new(serd_syntax(options.syntax), style, env.get(), nullptr, file_sink, &sink));
  if (abbreviated) {
    for (const auto& [prefix, iri] : store.prefixes()) {
      SerdNode name = serd_node_from_string(SERD_LITERAL, u8(prefix.c_str()));
      SerdNode uri = serd_node_from_string(SERD_URI, u8(iri.c_str()));
      serd_writer_set_prefix(writer.get(), &name, &uri);
    }
  }
  SerdStatus st = SERD_SUCCESS;
  auto write_all = [&](const Pattern& pattern) {
    store.match(pattern, [&](const IdQuad& q) {
      st = write_quad(writer.get(), q);
      return st == SERD_SUCCESS && !sink.failed;
    });
  };
  write_all(Pattern{{}, {}, {}, {}, GraphScope::default_only});
  for (TermId g : store.graph_names()) {
    if (st != SERD_SUCCESS || sink.failed) break;
    write_all(Pattern{{}, {}, {}, g, GraphScope::named});
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
