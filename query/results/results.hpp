// SPDX-License-Identifier: MIT
/// @file results.hpp SELECT/ASK result serializers: SPARQL 1.1 Query Results JSON and XML,
/// CSV and TSV (SPARQL 1.1 Query Results CSV and TSV Formats), and a readable terminal table.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "query/query.hpp"

namespace cg::query::results {

enum class Format { table, json, xml, csv, tsv };

/// "table", "json", "xml", "csv", "tsv" (also "srj", "srx").
std::optional<Format> format_from_name(std::string_view name);

/// Serializes a SELECT or ASK result. Output is streamed to `emit` in chunks.
std::string to_string(const QueryResult& result, Format format);
void write(const QueryResult& result, Format format, std::FILE* out);

}  // namespace cg::query::results
