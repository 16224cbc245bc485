// SPDX-License-Identifier: MIT
/// @file stages.hpp The extraction stages after segmentation, each filling part of an Analysis.
#pragma once

#include "extract/types.hpp"

namespace cg::extract {

/// mentions: proper names of people, organisations and places (lexicons + rules).
void find_mentions(Analysis& a);

/// entities: mentions of one referent merged (surname, diacritics, acronyms, aliases);
/// roles, part_of and located_in.
void resolve_entities(Analysis& a);

/// claims and counts: attributed statements, figures with hedges and subsets.
void find_claims(Analysis& a);

/// discrepancies between counts of one measure.
void find_discrepancies(Analysis& a);

/// Readable IRI part of a name ("Kasim-Yomart Tokáyev" → "kasim-yomart-tokayev").
std::string slugify(std::string_view name);

}  // namespace cg::extract
