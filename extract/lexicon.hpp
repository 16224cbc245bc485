// SPDX-License-Identifier: MIT
/// @file lexicon.hpp The word lists extraction uses: the ones shipped in extract/lexicon/*.txt
/// (compiled in) and the country and subdivision names of Debian's iso-codes package, read at
/// run time from /usr/share/iso-codes/json (or $CG_ISO_CODES_DIR) when present.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cg::extract {

struct Lexicon {
  std::unordered_set<std::string> titles;        ///< folded, may be multiword ("prime minister")
  std::unordered_set<std::string> org_heads;     ///< folded head words ("ministry")
  std::unordered_map<std::string, std::string> orgs;    ///< folded surface → surface
  std::unordered_set<std::string> nonentities;   ///< folded ("monday", "ramadan")
  std::unordered_set<std::string> demonyms;      ///< folded ("kazakh")
  std::unordered_map<std::string, std::string> places;  ///< folded name → canonical name
  std::unordered_set<std::string> countries;     ///< folded country names (subset of places)
  std::unordered_set<std::string> major_places;  ///< countries and the shipped city list (no ISO subdivisions)
  std::unordered_set<std::string> first_names;   ///< folded (with the two lists below, but for place names)
  std::unordered_set<std::string> female_names;  ///< folded given names mostly given to women
  std::unordered_set<std::string> male_names;    ///< folded given names mostly given to men
  std::unordered_map<std::string, std::string> cues;    ///< folded form → lemma ("said" → "say")
  bool iso_codes = false;                        ///< whether iso-codes was found
};

/// The lexicon, loaded once (thread-safe).
const Lexicon& lexicon();

/// Raw text of a shipped list (generated into lexicon_data.cpp by CMake).
std::string_view lexicon_file(std::string_view name);

}  // namespace cg::extract
