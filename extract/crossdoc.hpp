// SPDX-License-Identifier: MIT
/// @file crossdoc.hpp Entities across the documents of one build: a surname alone ("Tokayev"), a
/// given name alone that no one else bears ("Tamerlan") or an acronym ("FCO") seen in one article
/// is the person or body named in full in another.
/// Entities become one node by sharing a slug (and so an IRI). Deterministic for a given order
/// of inputs; names are compared without diacritics and case.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/types.hpp"

namespace cg::extract {

/// Two counts in different documents of one build that disagree about the same event.
struct CrossDiscrepancy {
  std::string count_a, count_b;  ///< count IRIs (a seen earlier in the build)
  std::string unit;              ///< measure family
  std::string newer;             ///< the count from the later publication date, or ""
};

class CrossDocumentIndex {
 public:
  /// Counts of `a` (with their IRIs, parallel to a.claims; "" for claims without a count)
  /// against those of earlier documents: same measure, same main place (the place the article
  /// names most), publication dates known for both and within 31 days, figures that cannot
  /// both hold. Remembers `a`'s counts for the documents that follow.
  std::vector<CrossDiscrepancy> link_counts(const Analysis& a, const std::vector<std::string>& count_iris);

  /// Rewrites the slugs of `a`'s entities to those of the same referents seen before, and
  /// remembers `a`'s full names for the documents that follow.
  void link(Analysis& a);

 private:
  std::map<std::string, std::string> surname_;  ///< folded surname → slug of the full name ("" = ambiguous)
  std::map<std::string, std::string> given_;    ///< folded given name → slug of the full name ("" = ambiguous)
  std::map<std::string, std::string> acronym_;  ///< acronym → slug of the full organisation name
  std::map<std::string, std::string> label_;    ///< slug → the full name first seen
  struct CountRecord {
    std::string iri, doc, date;
    Count count;
  };
  std::map<std::pair<std::string, std::string>, std::vector<CountRecord>> counts_;  ///< (family, place) → counts
};

}  // namespace cg::extract
