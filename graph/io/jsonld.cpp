// SPDX-License-Identifier: MIT
#include "graph/io/jsonld.hpp"

#include <map>
#include <nlohmann/json.hpp>

namespace cg::graph::detail {

namespace {
using nlohmann::ordered_json;

std::string node_id(const Term& t) { return t.is_blank() ? "_:" + t.value : t.value; }

ordered_json value_object(const Term& t) {
  if (!t.is_literal()) return ordered_json{{"@id", node_id(t)}};
  ordered_json v{{"@value", t.value}};
  if (!t.language.empty()) v["@language"] = t.language;
  else if (t.datatype != k_xsd_string) v["@type"] = t.datatype;
  return v;
}

/// Node objects for the quads of one graph (quads arrive sorted by subject).
ordered_json node_objects(const std::vector<const Quad*>& quads) {
  ordered_json nodes = ordered_json::array();
  const Term* current = nullptr;
  ordered_json node;
  for (const Quad* q : quads) {
    if (!current || !(q->subject == *current)) {
      if (current) nodes.push_back(std::move(node));
      current = &q->subject;
      node = ordered_json{{"@id", node_id(q->subject)}};
    }
    if (q->predicate.value == k_rdf_type && !q->object.is_literal()) {
      node["@type"].push_back(node_id(q->object));
    } else {
      node[q->predicate.value].push_back(value_object(q->object));
    }
  }
  if (current) nodes.push_back(std::move(node));
  return nodes;
}
}  // namespace

std::string to_jsonld(const Store& store) {
  std::vector<Quad> quads = store.quads();  // sorted: graph, subject, predicate, object
  std::map<std::optional<Term>, std::vector<const Quad*>> by_graph;
  for (const Quad& q : quads) by_graph[q.graph].push_back(&q);
  ordered_json doc = ordered_json::array();
  for (auto& [graph, members] : by_graph) {
    ordered_json nodes = node_objects(members);
    if (!graph) {
      for (auto& n : nodes) doc.push_back(std::move(n));
    } else {
      doc.push_back(ordered_json{{"@id", node_id(*graph)}, {"@graph", std::move(nodes)}});
    }
  }
  return doc.dump(2) + "\n";
}

}  // namespace cg::graph::detail
