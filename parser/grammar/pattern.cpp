// SPDX-License-Identifier: MIT
// Separate compilation of graph patterns (see pattern_def.hpp).
#include "parser/grammar/pattern_def.hpp"

namespace cg::parser::grammar {
BOOST_SPIRIT_INSTANTIATE(GroupGraphPattern_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(DataBlock_type, iterator_type, context_type)
}  // namespace cg::parser::grammar
