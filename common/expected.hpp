// SPDX-License-Identifier: MIT
/// @file expected.hpp A small std::expected look-alike (C++20 has none), so a later move is mechanical.
#pragma once

#include <utility>
#include <variant>

namespace cg {

template <class E>
struct Unexpected {
  E error;
};
template <class E>
Unexpected(E) -> Unexpected<E>;

template <class E>
Unexpected<std::decay_t<E>> unexpected(E&& e) {
  return {std::forward<E>(e)};
}

/// Holds either a value or an error. Accessing the wrong side is a programmer error.
template <class T, class E>
class Expected {
 public:
  Expected(T value) : data_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(implicit)
  template <class G>
  Expected(Unexpected<G> u) : data_(std::in_place_index<1>, E(std::move(u.error))) {}  // NOLINT

  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & { return std::get<0>(data_); }
  const T& value() const& { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  E& error() & { return std::get<1>(data_); }
  const E& error() const& { return std::get<1>(data_); }
  E&& error() && { return std::get<1>(std::move(data_)); }

 private:
  std::variant<T, E> data_;
};

/// Specialisation for operations that return nothing on success.
template <class E>
class Expected<void, E> {
 public:
  Expected() = default;
  template <class G>
  Expected(Unexpected<G> u) : error_(E(std::move(u.error))), failed_(true) {}  // NOLINT

  bool has_value() const { return !failed_; }
  explicit operator bool() const { return has_value(); }
  E& error() & { return error_; }
  const E& error() const& { return error_; }

 private:
  E error_{};
  bool failed_ = false;
};

}  // namespace cg

/// Early return of the error of an Expected expression.
#define CG_TRY(expr)                                      \
  do {                                                    \
    auto&& cg_try_result_ = (expr);                       \
    if (!cg_try_result_) return ::cg::unexpected(std::move(cg_try_result_).error()); \
  } while (false)
