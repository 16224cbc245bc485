// SPDX-License-Identifier: MIT
/// @file text.hpp Unicode helpers for news text: folding, letters, tokens and sentences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/types.hpp"

namespace cg::extract {

/// Lower case, Latin diacritics removed ("Tokáyev" → "tokayev"), curly apostrophes → "'",
/// non-breaking spaces → " ".
std::string fold(std::string_view text);

/// Like fold() but keeps the case.
std::string strip_diacritics(std::string_view text);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_space(char32_t c);
bool is_open_quote(char32_t c);
bool is_close_quote(char32_t c);
bool is_apostrophe(char32_t c);
bool is_dash(char32_t c);

/// The English name of month m (1–12), lower case.
std::string_view month_name(int m);
/// 1–12 for a folded month name ("january"), and with `short_forms` for its written abbreviation
/// too ("jan.", "sept."); 0 for anything else.
int month_index(std::string_view folded, bool short_forms = false);

/// segment: tokens and sentences for `doc`, skipping its boilerplate ranges.
void segment(const Document& doc, std::vector<Token>& tokens, std::vector<Sentence>& sentences);

/// Byte offset → code-point offset table for `text` (size text.size()+1).
std::vector<std::size_t> code_point_index(std::string_view text);

}  // namespace cg::extract
