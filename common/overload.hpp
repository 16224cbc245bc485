// SPDX-License-Identifier: MIT
/// @file overload.hpp The overload-set helper for std::visit over variants.
#pragma once

namespace cg {

template <class... F>
struct Overload : F... {
  using F::operator()...;
};
template <class... F>
Overload(F...) -> Overload<F...>;

}  // namespace cg
