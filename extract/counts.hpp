// SPDX-License-Identifier: MIT
/// @file counts.hpp Figures inside a token range: value, hedge, the noun that follows.
#pragma once

#include <string>
#include <vector>

#include "extract/types.hpp"

namespace cg::extract {

struct FoundCount {
  Count count;
  std::string noun_unit;      ///< unit from the noun after the figure ("victims" → victims), or ""
  bool people = false;        ///< the noun counts people ("people", "soldiers"): the verb decides
  std::size_t tok_begin = 0;  ///< hedge start
  std::size_t tok_number = 0; ///< the figure itself
  std::size_t tok_end = 0;    ///< after the figure (and "%", "million")
};

/// Candidate counts among tokens [b, e) (dates, ages, years, article numbers ... left out).
std::vector<FoundCount> find_counts(const Analysis& a, std::size_t b, std::size_t e);

/// The unit the clause [seg_b, seg_e) gives a figure: a verb after ("were killed") or before
/// ("killed 107 people"), or "" when none.
std::string unit_from_context(const Analysis& a, std::size_t seg_b, std::size_t seg_e, const FoundCount& fc);

}  // namespace cg::extract
