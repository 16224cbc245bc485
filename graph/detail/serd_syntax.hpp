// SPDX-License-Identifier: MIT
/// @file serd_syntax.hpp Internal: our Syntax as Serd's, for the readers and writers.
#pragma once

#include <serd/serd.h>

#include "graph/io/syntax.hpp"

namespace cg::graph::detail {

inline SerdSyntax serd_syntax(Syntax syntax) {
  switch (syntax) {
    case Syntax::ntriples: return SERD_NTRIPLES;
    case Syntax::nquads: return SERD_NQUADS;
    case Syntax::trig: return SERD_TRIG;
    default: return SERD_TURTLE;
  }
}

}  // namespace cg::graph::detail
