// SPDX-License-Identifier: MIT
// Separate compilation of the expression rules (see expression_def.hpp).
#include "parser/grammar/expression_def.hpp"

namespace cg::parser::grammar {
BOOST_SPIRIT_INSTANTIATE(Expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(BrackettedExpression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(BuiltInCall_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(FunctionCall_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(Constraint_type, iterator_type, context_type)
}  // namespace cg::parser::grammar
