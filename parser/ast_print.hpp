// SPDX-License-Identifier: MIT
/// @file ast_print.hpp Printers for the AST: an S-expression dump (tests, `claimgraph explain`)
/// and a SPARQL pretty-printer whose output parses back to the same AST (up to spans).
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace cg::parser {

/// S-expression form, e.g. (select (vars ?x) (where (bgp (triple ?x <p> "o")))). Spans are not
/// printed, so two parses of equivalent text print the same.
std::string to_sse(const ast::Query& query);
std::string to_sse(const ast::Update& update);
std::string to_sse(const ast::Expression& expr);

/// SPARQL text for the tree.
std::string to_sparql(const ast::Query& query);
std::string to_sparql(const ast::Update& update);

}  // namespace cg::parser
