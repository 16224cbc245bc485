// SPDX-License-Identifier: MIT
/// @file translate.hpp AST → SPARQL algebra (spec §18.2): prefix and base resolution, triples
/// expansion, property path translation (§18.2.2.4), group graph patterns (§18.2.2.6, filter
/// scope, OPTIONAL with FILTER into LeftJoin), grouping and aggregates (§18.2.4.1), solution
/// modifiers (§18.2.5). Errors carry the AST span.
#pragma once

#include <string>

#include "common/diagnostic.hpp"
#include "parser/ast.hpp"
#include "query/algebra/algebra.hpp"

namespace cg::query::algebra {

struct TranslateOptions {
  std::string base_iri;  ///< base before any BASE declaration (e.g. the query file's IRI)
};

Result<Query> translate(const parser::ast::Query& query, const TranslateOptions& options = {});
Result<Update> translate(const parser::ast::Update& update, const TranslateOptions& options = {});

/// RFC 3986 §5.2 reference resolution (with dot-segment removal).
std::string resolve_iri(const std::string& base, const std::string& reference);

}  // namespace cg::query::algebra
