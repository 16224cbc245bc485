// SPDX-License-Identifier: MIT
// Separate compilation of queries and updates (see query_def.hpp).
#include "parser/grammar/query_def.hpp"

namespace cg::parser::grammar {
BOOST_SPIRIT_INSTANTIATE(QueryUnit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(UpdateUnit_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(SubSelect_type, iterator_type, context_type)
}  // namespace cg::parser::grammar
