// SPDX-License-Identifier: MIT
/// @file actions.hpp The few semantic-action helpers the grammar units share.
#pragma once

#include <string>
#include <type_traits>
#include <utility>

#include "parser/grammar/config.hpp"

namespace cg::parser::grammar::act {

/// _val = _attr
inline constexpr auto assign = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

/// _val = {} (rules that fill their value field by field start with this)
inline constexpr auto reset = [](auto& ctx) {
  using T = std::decay_t<decltype(x3::_val(ctx))>;
  x3::_val(ctx) = T{};
};

/// The text matched by raw_text[].
inline std::string text_of(TextRange r) { return std::string(r.view()); }

/// Offset of a raw_text[] match in the input.
inline SourceSpan span_of_range(TextRange r) { return span_between(r.first, r.last); }

/// Converts any alternative of one variant into another variant that has it.
template <class To, class From>
To convert_variant(From&& from) {
  return std::visit([](auto&& x) -> To { return To(std::forward<decltype(x)>(x)); },
                    std::forward<From>(from));
}

}  // namespace cg::parser::grammar::act

namespace cg::parser::grammar {
inline auto const close_paren = named("')'", x3::lit(')'));
}  // namespace cg::parser::grammar
