// SPDX-License-Identifier: MIT
// Separate compilation of the terminal rules (see terminals_def.hpp).
#include "parser/grammar/terminals_def.hpp"

namespace cg::parser::grammar {
BOOST_SPIRIT_INSTANTIATE(IRIREF_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(iri_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(PNAME_NS_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(Var_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(String_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(RDFLiteral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(NumericLiteral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(BooleanLiteral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(BlankNode_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(NIL_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(INTEGER_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(VarOrIri_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(VarOrTerm_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(DataBlockValue_type, iterator_type, context_type)
}  // namespace cg::parser::grammar
