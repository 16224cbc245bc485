// SPDX-License-Identifier: MIT
/// @file crossdoc.hpp Entities across the documents of one build: a surname alone ("Tokayev")
/// or an acronym ("FCO") seen in one article is the person or body named in full in another.
/// Entities become one node by sharing a slug (and so an IRI). Deterministic for a given order
/// of inputs; names are compared without diacritics and case.
#pragma once

#include <map>
#include <string>

#include "extract/types.hpp"

namespace cg::extract {

class CrossDocumentIndex {
 public:
  /// Rewrites the slugs of `a`'s entities to those of the same referents seen before, and
  /// remembers `a`'s full names for the documents that follow.
  void link(Analysis& a);

 private:
  std::map<std::string, std::string> surname_;  ///< folded surname → slug of the full name ("" = ambiguous)
  std::map<std::string, std::string> acronym_;  ///< acronym → slug of the full organisation name
  std::map<std::string, std::string> label_;    ///< slug → the full name first seen
};

}  // namespace cg::extract
