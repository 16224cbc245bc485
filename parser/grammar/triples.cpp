// SPDX-License-Identifier: MIT
// Separate compilation of triples, paths and quads (see triples_def.hpp).
#include "parser/grammar/triples_def.hpp"

namespace cg::parser::grammar {
BOOST_SPIRIT_INSTANTIATE(TriplesBlock_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(TriplesTemplate_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ConstructTemplate_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(QuadPattern_type, iterator_type, context_type)
}  // namespace cg::parser::grammar
