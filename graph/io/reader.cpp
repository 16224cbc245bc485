// SPDX-License-Identifier: MIT
#include "graph/io/reader.hpp"

#include <serd/serd.h>

#include <array>
#include <cctype>
#include <cstdarg>
#include <cstring>
#include <filesystem>
#include <memory>

#include "common/text_file.hpp"
#include "common/text_stream.hpp"
#include "common/utf8.hpp"
#include "graph/detail/serd_syntax.hpp"
#include "graph/detail/sord_access.hpp"
#include "graph/iri.hpp"

namespace cg::graph {

namespace {

const uint8_t* u8(const char* s) { return reinterpret_cast<const uint8_t*>(s); }
const char* cstr(const uint8_t* s) { return reinterpret_cast<const char*>(s); }
std::string to_string(const SerdNode* n) { return n && n->buf ? std::string(cstr(n->buf), n->n_bytes) : std::string(); }

struct EnvDeleter {
  void operator()(SerdEnv* e) const { serd_env_free(e); }
};
struct ReaderDeleter {
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};

/// State shared by the Serd callbacks while one document is read.
struct ReadContext {
  Store& store;
  Store::Impl& impl;
  const ReadOptions& options;
  std::unique_ptr<SerdEnv, EnvDeleter> env;
  const SordNode* into_graph = nullptr;
  std::vector<std::array<const SordNode*, 4>> inserted;  ///< for rollback on error
  ReadStats stats;
  std::optional<Diagnostic> error;
  std::string pending_problem;  ///< set by a callback, positioned by the error sink
  std::string pending_token;    ///< the prefixed name that failed to expand
  std::string base;             ///< the current base IRI (absolute), resolved by us, not Serd

  SordNode* node(const SerdNode* n, const SerdNode* datatype = nullptr, const SerdNode* lang = nullptr) {
    return sord_node_from_serd_node(impl.world, env.get(), n, datatype, lang);
  }
};

SerdNode uri_node(const std::string& iri) { return serd_node_from_string(SERD_URI, u8(iri.c_str())); }

// Serd 0.30 resolves relative IRIs without removing dot segments (RFC 3986 §5.2.4), so every
// relative reference is resolved here and Serd only ever sees absolute IRIs.
SerdStatus on_base(void* handle, const SerdNode* uri) {
  auto* ctx = static_cast<ReadContext*>(handle);
  ctx->base = resolve_iri(ctx->base, to_string(uri));
  SerdNode node = uri_node(ctx->base);
  return serd_env_set_base_uri(ctx->env.get(), &node);
}

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* ctx = static_cast<ReadContext*>(handle);
  std::string iri = resolve_iri(ctx->base, to_string(uri));
  SerdNode node = uri_node(iri);
  SerdStatus st = serd_env_set_prefix(ctx->env.get(), name, &node);
  if (st) return st;
  ctx->store.prefixes()[to_string(name)] = iri;
  return SERD_SUCCESS;
}

SerdStatus on_statement(void* handle, SerdStatementFlags /*flags*/, const SerdNode* graph,
                        const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                        const SerdNode* datatype, const SerdNode* lang) {
  auto* ctx = static_cast<ReadContext*>(handle);
  ++ctx->stats.statements;
  // Escapes can produce what UTF-8 forbids (lone surrogates such as \uD800).
  for (const SerdNode* n : {subject, predicate, object, graph}) {
    if (n && n->buf && utf8::find_invalid(std::string_view(cstr(n->buf), n->n_bytes))) {
      ctx->pending_problem = "an escape sequence encodes an invalid code point (e.g. a surrogate)";
      ctx->pending_token = "\\u";
      return SERD_ERR_BAD_SYNTAX;
    }
  }
  // Resolve relative IRI references ourselves (see on_base).
  std::string resolved[4];
  SerdNode resolved_nodes[4];
  const SerdNode** slots[4] = {&subject, &predicate, &object, &graph};
  for (int i = 0; i < 4; ++i) {
    const SerdNode* n = *slots[i];
    if (n && n->type == SERD_URI && !has_scheme(std::string_view(cstr(n->buf), n->n_bytes))) {
      resolved[i] = resolve_iri(ctx->base, to_string(n));
      resolved_nodes[i] = uri_node(resolved[i]);
      *slots[i] = &resolved_nodes[i];
    }
  }
  // RDF 1.1: "x"^^xsd:string and "x" are one term; store the simple form.
  if (datatype) {
    SerdNode dt = serd_env_expand_node(ctx->env.get(), datatype);
    bool is_string = dt.buf && std::strcmp(cstr(dt.buf), "http://www.w3.org/2001/XMLSchema#string") == 0;
    serd_node_free(&dt);
    if (is_string) datatype = nullptr;
  }
  SordNode* s = ctx->node(subject);
  SordNode* p = ctx->node(predicate);
  SordNode* o = ctx->node(object, datatype, lang);
  SordNode* g = graph && graph->type != SERD_NOTHING ? ctx->node(graph) : nullptr;
  bool ok = s && p && o && (!graph || graph->type == SERD_NOTHING || g);
  if (datatype && o == nullptr) ok = false;
  if (ok) {
    const SordNode* gn = g ? g : ctx->into_graph ? ctx->into_graph : ctx->impl.default_graph;
    if (ctx->impl.add(s, p, o, gn)) {
      ++ctx->stats.inserted;
      ctx->inserted.push_back({s, p, o, gn});
      // The model holds its own references, so the pointers stay valid for a rollback.
    }
  } else {
    const SerdNode* culprit = !s ? subject : !p ? predicate : !o ? (datatype && object ? datatype : object) : graph;
    std::string text = to_string(culprit);
    if (culprit && culprit->type == SERD_CURIE) {
      auto colon = text.find(':');
      ctx->pending_problem = "undefined prefix '" + text.substr(0, colon) + ":' in " + text;
      ctx->pending_token = text;
    } else {
      ctx->pending_problem = "cannot resolve IRI <" + text + "> (no base IRI?)";
    }
  }
  for (SordNode* n : {s, p, o, g})
    if (n) sord_node_free(ctx->impl.world, n);
  return ok ? SERD_SUCCESS : SERD_ERR_BAD_CURIE;
}

SerdStatus on_error(void* handle, const SerdError* error) {
  auto* ctx = static_cast<ReadContext*>(handle);
  if (ctx->error) return SERD_SUCCESS;  // keep the first
  char buf[1024];
  va_list args;
  va_copy(args, *error->args);
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wformat-nonliteral"
#endif
  std::vsnprintf(buf, sizeof buf, error->fmt, args);  // Serd's own format string
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
  va_end(args);
  std::string message = buf;
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  if (!ctx->pending_problem.empty()) message = ctx->pending_problem;
  Diagnostic d = make_diagnostic(DiagKind::syntax, message, ctx->options.source_name);
  if (error->line > 0) d.position = TextPosition{error->line, error->col + 1};
  ctx->error = std::move(d);
  return SERD_SUCCESS;
}

/// Where Serd's bytes come from, and the recent text (for locating a failed prefixed name).
class Source {
 public:
  virtual ~Source() = default;
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
  /// Recent input and the position of its first byte.
  virtual std::pair<std::string_view, TextPosition> recent() const = 0;
  virtual const std::optional<Diagnostic>* error() const { return nullptr; }
};

class MemorySource final : public Source {
 public:
  explicit MemorySource(std::string_view text) : text_(text) {}
  std::size_t read(char* buffer, std::size_t size) override {
    std::size_t n = std::min(size, text_.size() - pos_);
    std::memcpy(buffer, text_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  std::pair<std::string_view, TextPosition> recent() const override { return {text_, TextPosition{}}; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

/// Streams a checked file and keeps the last two pages it handed out.
class StreamSource final : public Source {
 public:
  explicit StreamSource(TextStream& stream) : stream_(stream) {}
  std::size_t read(char* buffer, std::size_t size) override {
    std::size_t n = stream_.read(buffer, size);
    if (!window_.empty()) {
      // Drop the older page, keep the newer one, and note where the window now starts.
      TextPosition newer = window_start_;
      std::string_view older(window_.data(), older_size_);
      for (char c : older) {
        if (c == '\n') {
          ++newer.line;
          newer.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
          ++newer.column;
        }
      }
      window_.erase(0, older_size_);
      window_start_ = newer;
    }
    older_size_ = window_.size();
    window_.append(buffer, n);
    return n;
  }
  std::pair<std::string_view, TextPosition> recent() const override { return {window_, window_start_}; }
  const std::optional<Diagnostic>* error() const override { return &stream_.error(); }

 private:
  TextStream& stream_;
  std::string window_;
  std::size_t older_size_ = 0;
  TextPosition window_start_;
};

size_t source_read(void* buf, size_t size, size_t nmemb, void* stream) {
  return static_cast<Source*>(stream)->read(static_cast<char*>(buf), size * nmemb) / (size ? size : 1);
}
int source_error(void*) { return 0; }

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// Serd hands an unexpandable prefixed name to the statement callback without its position, so
/// locate the first use of that name as a token in the text (reading is sequential, so the first
/// failing use is the first use).
std::optional<std::size_t> find_token(std::string_view text, std::string_view token) {
  for (std::size_t at = text.find(token); at != std::string_view::npos; at = text.find(token, at + 1)) {
    bool starts = at == 0 || !is_name_char(text[at - 1]);
    std::size_t end = at + token.size();
    bool ends = end >= text.size() || !is_name_char(text[end]) || text[end] == '.';
    if (starts && ends) return at;
  }
  return std::nullopt;
}

}  // namespace

namespace {

Result<ReadStats> read_from(Store& store, Source& source, const ReadOptions& options) {
  if (options.syntax == Syntax::jsonld)
    return unexpected(make_diagnostic(DiagKind::unsupported, "reading JSON-LD is not supported (only writing)",
                                      options.source_name));
  Store::Impl& impl = store.internals();
  ReadContext ctx{store, impl, options, nullptr, nullptr, {}, {}, {}, {}, {}, {}};
  SerdNode base = options.base_iri.empty() ? SERD_NODE_NULL
                                           : serd_node_from_string(SERD_URI, u8(options.base_iri.c_str()));
  ctx.env.reset(serd_env_new(options.base_iri.empty() ? nullptr : &base));
  ctx.base = options.base_iri;
  if (options.into_graph) ctx.into_graph = impl.node(*options.into_graph);

  std::unique_ptr<SerdReader, ReaderDeleter> reader(serd_reader_new(
      detail::serd_syntax(options.syntax), &ctx, nullptr, on_base, on_prefix, on_statement, nullptr));
  serd_reader_set_strict(reader.get(), true);
  serd_reader_set_error_sink(reader.get(), on_error, &ctx);
  std::string blank_prefix;
  if (!options.keep_blank_labels) {
    blank_prefix = store.next_blank_prefix();
    serd_reader_add_blank_prefix(reader.get(), u8(blank_prefix.c_str()));
  }
  SerdStatus st = serd_reader_read_source(reader.get(), source_read, source_error, &source,
                                          u8(options.source_name.c_str()), 1 << 16);
  const std::optional<Diagnostic>* input_error = source.error();
  if (st > SERD_FAILURE || ctx.error || (input_error && *input_error)) {
    for (const auto& q : ctx.inserted) impl.remove(q[0], q[1], q[2], q[3]);
    // A failed input check ends the text early, so Serd's complaint is only a symptom.
    if (input_error && *input_error) return unexpected(**input_error);
    if (ctx.error) return unexpected(std::move(*ctx.error));
    std::string why = ctx.pending_problem.empty() ? cstr(serd_strerror(st)) : ctx.pending_problem;
    Diagnostic d = make_diagnostic(DiagKind::syntax, why, options.source_name);
    if (!ctx.pending_token.empty()) {
      auto [text, start] = source.recent();
      if (auto at = find_token(text, ctx.pending_token)) {
        TextPosition p = position_of(text, *at);
        d.position = p.line == 1 ? TextPosition{start.line, start.column + p.column - 1}
                                 : TextPosition{start.line + p.line - 1, p.column};
      }
    }
    return unexpected(std::move(d));
  }
  return ctx.stats;
}

}  // namespace

Result<ReadStats> read_rdf(Store& store, std::string_view text, const ReadOptions& options) {
  MemorySource source(text);
  return read_from(store, source, options);
}

Result<ReadStats> read_rdf_stream(Store& store, TextStream& input, const ReadOptions& options) {
  StreamSource source(input);
  return read_from(store, source, options);
}

std::string file_iri(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  std::string out = "file://";
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : abs) {
    if (std::isalnum(c) || std::strchr("/-._~!$&'()*+,;=:@", c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

Result<ReadStats> read_rdf_file(Store& store, const std::string& path, std::optional<Syntax> syntax,
                                const std::string& base_iri, std::optional<Term> into_graph) {
  auto input = TextStream::open(path, TextFileOptions{.allow_empty = true, .allow_nul = true});
  if (!input) return unexpected(std::move(input).error());
  ReadOptions options;
  options.syntax = syntax ? *syntax : syntax_from_path(path).value_or(Syntax::turtle);
  options.base_iri = !base_iri.empty() ? base_iri : (path == "-" ? std::string() : file_iri(path));
  options.source_name = display_name(path);
  options.into_graph = std::move(into_graph);
  return read_rdf_stream(store, *input, options);
}

}  // namespace cg::graph
