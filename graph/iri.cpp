// SPDX-License-Identifier: MIT
#include "graph/iri.hpp"

#include <cctype>
#include <optional>

namespace cg::graph {

namespace {

struct Parts {
  std::string_view scheme;
  std::optional<std::string_view> authority, query, fragment;
  std::string_view path;
};

// RFC 3986 Appendix B, by hand.
Parts split(std::string_view s) {
  Parts p;
  if (has_scheme(s)) {
    auto colon = s.find(':');
    p.scheme = s.substr(0, colon);
    s.remove_prefix(colon + 1);
  }
  if (auto hash = s.find('#'); hash != std::string_view::npos) {
    p.fragment = s.substr(hash + 1);
    s = s.substr(0, hash);
  }
  if (auto q = s.find('?'); q != std::string_view::npos) {
    p.query = s.substr(q + 1);
    s = s.substr(0, q);
  }
  if (s.substr(0, 2) == "//") {
    s.remove_prefix(2);
    auto slash = s.find('/');
    p.authority = s.substr(0, slash);
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  }
  p.path = s;
  return p;
}

// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    if (in.substr(0, 3) == "../") in.remove_prefix(3);
    else if (in.substr(0, 2) == "./") in.remove_prefix(2);
    else if (in.substr(0, 3) == "/./") in.remove_prefix(2);
    else if (in == "/.") in = "/";
    else if (in.substr(0, 4) == "/../" || in == "/..") {
      if (in == "/..") in = "/";
      else in.remove_prefix(3);
      auto last = out.rfind('/');
      out.erase(last == std::string::npos ? 0 : last);
    } else if (in == "." || in == "..") {
      in = {};
    } else {
      std::size_t start = in[0] == '/' ? 1 : 0;
      auto next = in.find('/', start);
      std::size_t len = next == std::string_view::npos ? in.size() : next;
      out.append(in.substr(0, len));
      in.remove_prefix(len);
    }
  }
  return out;
}

std::string merge(const Parts& base, std::string_view ref_path) {
  if (base.authority && base.path.empty()) return "/" + std::string(ref_path);
  auto slash = base.path.rfind('/');
  if (slash == std::string_view::npos) return std::string(ref_path);
  return std::string(base.path.substr(0, slash + 1)) + std::string(ref_path);
}

}  // namespace

bool has_scheme(std::string_view iri) {
  if (iri.empty() || !std::isalpha(static_cast<unsigned char>(iri[0]))) return false;
  for (char c : iri) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

std::string resolve_iri(std::string_view base_iri, std::string_view reference) {
  if (base_iri.empty() || has_scheme(reference)) return std::string(reference);
  Parts b = split(base_iri);
  Parts r = split(reference);
  std::string scheme(b.scheme), path;
  std::optional<std::string> authority, query;
  if (r.authority) {
    authority = std::string(*r.authority);
    path = remove_dot_segments(r.path);
    if (r.query) query = std::string(*r.query);
  } else {
    if (b.authority) authority = std::string(*b.authority);
    if (r.path.empty()) {
      path = std::string(b.path);
      if (r.query) query = std::string(*r.query);
      else if (b.query) query = std::string(*b.query);
    } else {
      path = r.path[0] == '/' ? remove_dot_segments(r.path) : remove_dot_segments(merge(b, r.path));
      if (r.query) query = std::string(*r.query);
    }
  }
  std::string out = scheme + ":";
  if (authority) out += "//" + *authority;
  out += path;
  if (query) out += "?" + *query;
  if (r.fragment) out += "#" + std::string(*r.fragment);
  return out;
}

}  // namespace cg::graph
