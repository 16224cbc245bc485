// SPDX-License-Identifier: MIT
/// @file document.hpp load/clean: articles from .txt, .html and JSON Lines files.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "extract/types.hpp"

namespace cg::extract {

/// Largest article text accepted (a news article is far smaller; a 50 MB single line is not one).
inline constexpr std::size_t k_max_article_bytes = 8u << 20;

/// Builds a Document from plain text: finds the headline, a dateline date and the site
/// boilerplate ("Leave a Reply", captcha arithmetic, a repeated headline, share buttons).
Document make_document(std::string id, std::string text, std::string title = {}, std::string date = {},
                       std::string uri = {});

/// Extracts the article text of an HTML page (no scripts, menus, forms or comments); the
/// <title>, og:url and a published date when present. Error when no text is left.
Result<Document> document_from_html(std::string id, std::string_view html);

/// Reads one input file: `.txt` (one article), `.html`/`.htm` (one article), `.jsonl`/`.ndjson`
/// (one article per line: {"id","url","title","date","text"}). Each document, or the
/// diagnostic naming the file (and line) that could not be used, goes to `sink` in order, so
/// a large JSON Lines file streams without being held whole.
using DocumentSink = std::function<void(Result<Document>)>;
void load_documents(const std::string& path, const DocumentSink& sink);

/// The file stem used as document id ("articles/seed_000.txt" → "seed_000").
std::string file_stem(const std::string& path);

/// A date in text ("10th August, 2020", "January 5, 2022", "2011-04-04") → "YYYY-MM-DD", or "".
std::string parse_date(std::string_view text);

}  // namespace cg::extract
