// SPDX-License-Identifier: MIT
/// @file parse.hpp The public entry points of the SPARQL 1.1 parser (spec section 19). No Spirit
/// header is included here or anywhere outside parser/.
#pragma once

#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "parser/ast.hpp"

namespace cg::parser {

struct ParseOptions {
  std::string source_name = "query";  ///< used in diagnostics ("query.rq:3:14: ...")
  bool check = true;                  ///< also run the checks that need meaning (check.hpp)
};

/// Parses a SPARQL 1.1 query ([1] QueryUnit). On failure the Diagnostic has kind syntax (bad
/// grammar), semantic (a check failed: undefined prefix, bad projection, ...) or unsupported,
/// a span into `text`, and `source` = options.source_name. Render it with cg::render(d, text).
/// Never throws on any input.
Result<ast::Query> parse_query(std::string_view text, const ParseOptions& options = {});

/// Parses a SPARQL 1.1 update request ([3] UpdateUnit); errors as for parse_query.
Result<ast::Update> parse_update(std::string_view text, const ParseOptions& options = {});

}  // namespace cg::parser
