// SPDX-License-Identifier: MIT
/// @file check.hpp Checks that need meaning, run after parsing (spec sections 4, 18.2, 19.8
/// notes): undefined prefixes, BIND to an in-scope variable, SELECT * with GROUP BY,
/// projecting an ungrouped variable, a repeated AS ?x, blank-node labels shared between basic
/// graph patterns or used in DELETE, aggregates where they are not allowed.
#pragma once

#include "common/diagnostic.hpp"
#include "parser/ast.hpp"

namespace cg::parser {

/// First problem found, as a DiagKind::semantic Diagnostic with the offending node's span.
/// `source_name` is copied into the Diagnostic.
Result<void> check(const ast::Query& query, std::string_view source_name = "query");
Result<void> check(const ast::Update& update, std::string_view source_name = "query");

}  // namespace cg::parser
