// SPDX-License-Identifier: MIT
#include "graph/isomorphism.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

namespace cg::graph {

namespace {

using Hash = std::uint64_t;

Hash mix(Hash h, Hash v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h * 0xFF51AFD7ED558CCDull;
}

/// One side of the comparison: quads whose blank positions are indices into `colour`.
struct Side {
  struct Slot {
    bool blank = false;
    Hash ground = 0;     ///< hash of the term (or of "default graph")
    std::size_t id = 0;  ///< blank index
  };
  std::vector<std::array<Slot, 4>> quads;  ///< only quads that mention a blank node
  std::vector<std::vector<std::size_t>> quads_of;  ///< blank -> quad indices
  std::size_t blanks = 0;
};

Side make_side(const std::vector<Quad>& quads, std::set<Quad>& ground) {
  Side side;
  std::unordered_map<std::string, std::size_t> index;
  TermHash th;
  for (const Quad& q : quads) {
    const Term* terms[4] = {&q.subject, &q.predicate, &q.object, q.graph ? &*q.graph : nullptr};
    bool has_blank = false;
    for (const Term* t : terms) has_blank |= t && t->is_blank();
    if (!has_blank) {
      ground.insert(q);
      continue;
    }
    std::array<Side::Slot, 4> slots{};
    for (int i = 0; i < 4; ++i) {
      const Term* t = terms[i];
      if (t && t->is_blank()) {
        auto [it, inserted] = index.emplace(t->value, index.size());
        if (inserted) side.quads_of.emplace_back();
        slots[i].blank = true;
        slots[i].id = it->second;
        side.quads_of[it->second].push_back(side.quads.size());
      } else {
        slots[i].ground = t ? th(*t) : 0x51ED270B27ull;
      }
    }
    side.quads.push_back(slots);
  }
  side.blanks = index.size();
  return side;
}

/// Colour refinement until the number of classes stops growing.
void refine(const Side& side, std::vector<Hash>& colour) {
  std::size_t classes = std::set<Hash>(colour.begin(), colour.end()).size();
  for (std::size_t round = 0; round <= side.blanks; ++round) {
    std::vector<Hash> next(colour.size());
    for (std::size_t b = 0; b < side.blanks; ++b) {
      std::vector<Hash> sig;
      for (std::size_t qi : side.quads_of[b]) {
        Hash h = 0;
        for (int i = 0; i < 4; ++i) {
          const auto& s = side.quads[qi][i];
          if (!s.blank) h = mix(h, s.ground);
          else if (s.id == b) h = mix(h, 0xB1A7C5E1Full + i);
          else h = mix(h, colour[s.id] + 31 * i);
        }
        sig.push_back(h);
      }
      std::sort(sig.begin(), sig.end());
      Hash h = colour[b];
      for (Hash s : sig) h = mix(h, s);
      next[b] = h;
    }
    colour.swap(next);
    std::size_t now = std::set<Hash>(colour.begin(), colour.end()).size();
    if (now == classes && round > 0) break;
    classes = now;
  }
}

std::multiset<Hash> colours(const std::vector<Hash>& c) { return {c.begin(), c.end()}; }

bool verify(const Side& a, const Side& b, const std::vector<Hash>& ca, const std::vector<Hash>& cb) {
  // Colours are unique per side here: map each blank of a to the blank of b with its colour.
  std::unordered_map<Hash, std::size_t> of_b;
  for (std::size_t i = 0; i < cb.size(); ++i) of_b[cb[i]] = i;
  std::vector<std::size_t> map(a.blanks);
  for (std::size_t i = 0; i < a.blanks; ++i) {
    auto it = of_b.find(ca[i]);
    if (it == of_b.end()) return false;
    map[i] = it->second;
  }
  auto key = [](const std::array<Side::Slot, 4>& q) {
    std::array<std::pair<Hash, std::size_t>, 4> k{};
    for (int i = 0; i < 4; ++i) k[i] = q[i].blank ? std::pair<Hash, std::size_t>{1, q[i].id} : std::pair<Hash, std::size_t>{0, q[i].ground};
    return k;
  };
  std::set<std::array<std::pair<Hash, std::size_t>, 4>> bq;
  for (const auto& q : b.quads) bq.insert(key(q));
  std::set<std::array<std::pair<Hash, std::size_t>, 4>> aq;
  for (auto q : a.quads) {
    for (auto& s : q)
      if (s.blank) s.id = map[s.id];
    aq.insert(key(q));
  }
  return aq == bq;
}

bool search(const Side& a, const Side& b, std::vector<Hash> ca, std::vector<Hash> cb, int depth) {
  refine(a, ca);
  refine(b, cb);
  if (colours(ca) != colours(cb)) return false;
  // Find the smallest class with more than one member.
  std::map<Hash, std::size_t> size;
  for (Hash c : ca) ++size[c];
  Hash pick = 0;
  std::size_t best = SIZE_MAX;
  for (auto [c, n] : size)
    if (n > 1 && n < best) best = n, pick = c;
  if (best == SIZE_MAX) return verify(a, b, ca, cb);
  if (depth > 64) return false;
  std::size_t x = std::find(ca.begin(), ca.end(), pick) - ca.begin();
  Hash salt = mix(pick, 0xC0FFEEull + static_cast<Hash>(depth));
  for (std::size_t y = 0; y < cb.size(); ++y) {
    if (cb[y] != pick) continue;
    std::vector<Hash> na = ca, nb = cb;
    na[x] = salt;
    nb[y] = salt;
    if (search(a, b, na, nb, depth + 1)) return true;
  }
  return false;
}

}  // namespace

bool isomorphic(std::vector<Quad> a, std::vector<Quad> b) {
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  if (a.size() != b.size()) return false;
  std::set<Quad> ground_a, ground_b;
  Side sa = make_side(a, ground_a);
  Side sb = make_side(b, ground_b);
  if (ground_a != ground_b || sa.blanks != sb.blanks || sa.quads.size() != sb.quads.size()) return false;
  if (sa.blanks == 0) return true;
  return search(sa, sb, std::vector<Hash>(sa.blanks, 1), std::vector<Hash>(sb.blanks, 1), 0);
}

}  // namespace cg::graph
