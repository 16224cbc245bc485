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

/// What the text says of a person's sex, for pronouns ("she said" → the last woman named).
enum class Gender { unknown, female, male };

/// The gender of person entity `entity`: from honorifics and gendered titles before its mentions
/// ("Mrs.", "Ms.", "Sir", "Queen", "spokeswoman", including its roles' titles), kinship nouns in
/// apposition ("his mother, Zubeidat Tsarnaev", "Tamerlan, her son"), else the given name its
/// longest mention starts with (extract/lexicon/female_names.txt, male_names.txt). unknown when
/// there is no signal, the signals disagree, or `entity` is no person.
Gender person_gender(const Analysis& a, int entity);

/// claims and counts: attributed statements, figures with hedges and subsets.
void find_claims(Analysis& a);

/// dates stated in claims ("on Friday", "yesterday", "January 2") resolved against the
/// publication date when it is known.
void resolve_dates(Analysis& a);

/// discrepancies between counts of one measure.
void find_discrepancies(Analysis& a);

/// Counts: the measure family (arrested and detained count alike), whether a count is of
/// people in general (not a subgroup such as "19 policemen"), and whether two hedged figures
/// cannot both hold.
std::string measure_family(const std::string& unit);
bool comparable_count(const Count& c);
bool counts_disagree(const Count& x, const Count& y);

/// Readable IRI part of a name ("Kasim-Yomart Tokáyev" → "kasim-yomart-tokayev").
std::string slugify(std::string_view name);

}  // namespace cg::extract
