// SPDX-License-Identifier: MIT
/// @file request_text.hpp The SPARQL text of `query` and `update`: from -q TEXT or -f FILE.
#pragma once

#include <string>

#include "app/args.hpp"
#include "common/diagnostic.hpp"

namespace cg::app {

struct RequestText {
  std::string text;
  std::string source;    ///< the file's display name, or `inline_name` for -q
  std::string base_iri;  ///< --base, else the file's file:// IRI (none for -q and stdin)
};

/// Reads the request named by --query/-q or --file/-f (exactly one must be given, which the
/// caller checks) and works out its base IRI.
Result<RequestText> read_request_text(const ParsedArgs& args, const std::string& inline_name);

}  // namespace cg::app
