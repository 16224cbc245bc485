// SPDX-License-Identifier: MIT
#include "graph/io/syntax.hpp"

#include <algorithm>
#include <cctype>

namespace cg::graph {

std::optional<Syntax> syntax_from_name(std::string_view name) {
  std::string n(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  if (n == "ttl" || n == "turtle") return Syntax::turtle;
  if (n == "nt" || n == "ntriples" || n == "n-triples") return Syntax::ntriples;
  if (n == "nq" || n == "nquads" || n == "n-quads") return Syntax::nquads;
  if (n == "trig") return Syntax::trig;
  if (n == "jsonld" || n == "json-ld") return Syntax::jsonld;
  return std::nullopt;
}

std::optional<Syntax> syntax_from_path(std::string_view path) {
  auto slash = path.find_last_of('/');
  std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  auto dot = file.find_last_of('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string_view ext = file.substr(dot + 1);
  if (ext == "json") return Syntax::jsonld;
  return syntax_from_name(ext);
}

std::string_view syntax_name(Syntax syntax) {
  switch (syntax) {
    case Syntax::turtle: return "turtle";
    case Syntax::ntriples: return "ntriples";
    case Syntax::nquads: return "nquads";
    case Syntax::trig: return "trig";
    case Syntax::jsonld: return "jsonld";
  }
  return "turtle";
}

bool holds_named_graphs(Syntax syntax) {
  return syntax == Syntax::nquads || syntax == Syntax::trig || syntax == Syntax::jsonld;
}

}  // namespace cg::graph
