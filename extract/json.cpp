// SPDX-License-Identifier: MIT
// Printers: the FORMAT.md record and per-stage dumps.
#include <cmath>
#include <nlohmann/json.hpp>

#include "extract/pipeline.hpp"
#include "extract/text.hpp"

namespace cg::extract {

namespace {

using nlohmann::ordered_json;

struct Offsets {
  std::vector<std::size_t> cp;
  explicit Offsets(std::string_view text) : cp(code_point_index(text)) {}
  std::size_t operator()(std::size_t byte) const { return cp[std::min(byte, cp.size() - 1)]; }
};

ordered_json number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) return ordered_json(static_cast<long long>(v));
  return ordered_json(v);
}

ordered_json eid(int e) { return e < 0 ? ordered_json(nullptr) : ordered_json("E" + std::to_string(e + 1)); }
ordered_json str_or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

ordered_json entity_json(const Analysis& a, std::size_t i, const Offsets& off, const JsonOptions& o) {
  const Entity& e = a.entities[i];
  ordered_json j;
  j["id"] = eid(static_cast<int>(i));
  j["type"] = to_string(e.type);
  j["canonical"] = e.canonical;
  j["iri"] = entity_iri(e, o.base);
  ordered_json ms = ordered_json::array();
  for (int mi : e.mentions) {
    const Mention& m = a.mentions[mi];
    ms.push_back({{"start", off(m.span.begin)}, {"end", off(m.span.end)}, {"text", m.surface}});
  }
  j["mentions"] = ms;
  ordered_json roles = ordered_json::array();
  for (const Role& r : a.roles)
    if (r.holder == static_cast<int>(i)) {
      ordered_json rj{{"title", r.title}, {"org", eid(r.org)}, {"place", eid(r.place)}};
      if (r.former) rj["former"] = true;
      roles.push_back(rj);
    }
  j["roles"] = roles;
  j["part_of"] = eid(e.part_of);
  j["located_in"] = eid(e.located_in);
  if (!e.nominals.empty()) j["other_mentions"] = e.nominals;
  return j;
}

ordered_json claim_json(const Analysis& a, std::size_t i, const Offsets& off) {
  const Claim& c = a.claims[i];
  ordered_json j;
  j["id"] = "C" + std::to_string(i + 1);
  j["claimant"] = eid(c.claimant);
  j["claimant_text"] = str_or_null(c.claimant_text);
  j["cue"] = str_or_null(c.cue);
  j["start"] = off(c.content.begin);
  j["end"] = off(c.content.end);
  j["text"] = std::string(a.text(c.content));
  j["direct_quote"] = c.direct_quote;
  if (c.count) {
    const Count& n = *c.count;
    ordered_json nj;
    nj["quantity"] = n.value ? number(*n.value) : ordered_json(nullptr);
    nj["quantity_max"] = n.value_max ? number(*n.value_max) : ordered_json(nullptr);
    nj["quantity_text"] = n.quantity_text;
    nj["unit"] = n.unit;
    nj["counted"] = n.counted;
    nj["qualifier"] = n.qualifier;
    if (n.subset_of >= 0) nj["subset_of"] = "C" + std::to_string(n.subset_of + 1);
    j["numeric"] = nj;
  } else {
    j["numeric"] = nullptr;
  }
  j["mode"] = c.mode;
  if (!c.cue_lemma.empty()) j["cue_lemma"] = c.cue_lemma;
  if (!c.channel.empty()) j["channel"] = c.channel;
  if (c.headline) j["location"] = "headline";
  if (c.reported_by >= 0) j["reported_by"] = eid(c.reported_by);
  if (c.unsupported) j["unsupported"] = true;
  if (!c.date.empty()) j["date"] = c.date;
  return j;
}

}  // namespace

std::string to_json_line(const Analysis& a, const JsonOptions& options) {
  Offsets off(a.doc.text);
  ordered_json j;
  j["id"] = a.doc.id;
  if (!a.doc.title.empty()) j["title"] = a.doc.title;
  j["date"] = str_or_null(a.doc.date);
  ordered_json ents = ordered_json::array();
  for (std::size_t i = 0; i < a.entities.size(); ++i) ents.push_back(entity_json(a, i, off, options));
  j["entities"] = ents;
  ordered_json claims = ordered_json::array();
  for (std::size_t i = 0; i < a.claims.size(); ++i) claims.push_back(claim_json(a, i, off));
  j["claims"] = claims;
  ordered_json ds = ordered_json::array();
  for (const Discrepancy& d : a.discrepancies) {
    ordered_json dj{{"a", "C" + std::to_string(d.a + 1)}, {"b", "C" + std::to_string(d.b + 1)}, {"unit", d.unit}};
    dj["newer"] = d.newer < 0 ? ordered_json(nullptr) : ordered_json("C" + std::to_string(d.newer + 1));
    ds.push_back(dj);
  }
  j["discrepancies"] = ds;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string dump_stage(const Analysis& a, const std::string& stage) {
  Offsets off(a.doc.text);
  ordered_json out = ordered_json::array();
  if (stage == "tokens") {
    for (const Token& t : a.tokens)
      out.push_back({{"start", off(t.span.begin)}, {"end", off(t.span.end)}, {"text", std::string(a.text(t.span))},
                     {"sentence", t.sentence}, {"quote", t.in_quote}});
  } else if (stage == "sentences") {
    for (const Sentence& s : a.sentences)
      out.push_back({{"start", off(s.span.begin)}, {"end", off(s.span.end)}, {"text", std::string(a.text(s.span))},
                     {"headline", s.headline}, {"title_case", s.title_case}});
  } else if (stage == "mentions") {
    for (const Mention& m : a.mentions)
      out.push_back({{"start", off(m.span.begin)}, {"end", off(m.span.end)}, {"text", m.surface},
                     {"type", to_string(m.type)}, {"entity", eid(m.entity)}});
  } else if (stage == "entities") {
    for (std::size_t i = 0; i < a.entities.size(); ++i) out.push_back(entity_json(a, i, off, {}));
  } else if (stage == "roles") {
    for (const Role& r : a.roles)
      out.push_back({{"holder", eid(r.holder)}, {"title", r.title}, {"org", eid(r.org)}, {"place", eid(r.place)},
                     {"former", r.former}, {"evidence", std::string(a.text(r.evidence))}});
  } else if (stage == "claims") {
    for (std::size_t i = 0; i < a.claims.size(); ++i) out.push_back(claim_json(a, i, off));
  } else if (stage == "discrepancies") {
    for (const Discrepancy& d : a.discrepancies)
      out.push_back({{"a", "C" + std::to_string(d.a + 1)}, {"b", "C" + std::to_string(d.b + 1)}, {"unit", d.unit}});
  } else {
    return {};
  }
  return out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cg::extract
