// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "common/text_stream.hpp"
#include "tests/support/test_support.hpp"

using namespace cg;

namespace {
std::string drain(TextStream& s, std::size_t chunk) {
  std::string out, buf(chunk, '\0');
  while (std::size_t n = s.read(buf.data(), buf.size())) out.append(buf.data(), n);
  return out;
}
}  // namespace

TEST_SUITE("common.text_stream") {
  TEST_CASE("multi-byte characters split across reads are handed out whole and intact") {
    test::TempDir dir;
    std::string text;
    for (int i = 0; i < 500; ++i) text += "Tokáyev “said” 😀 №" + std::to_string(i) + "\n";
    auto path = test::write_file(dir / "t.txt", text);
    for (std::size_t chunk : {4, 5, 7, 64, 4096}) {
      auto s = TextStream::open(path.string());
      REQUIRE(s);
      CHECK(drain(*s, chunk) == text);
      CHECK_FALSE(s->error().has_value());
      CHECK(s->bytes_read() == text.size());
    }
  }

  TEST_CASE("invalid UTF-8 deep in the file is reported with its line and column") {
    test::TempDir dir;
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "line " + std::to_string(i) + " é\n";
    text += "bad é\xFF here\n";
    auto path = test::write_file(dir / "bad.txt", text);
    auto s = TextStream::open(path.string());
    REQUIRE(s);
    drain(*s, 4096);
    REQUIRE(s->error().has_value());
    CHECK(render(*s->error()) == path.string() + ":3001:6: error: invalid UTF-8 (byte 0xFF)");
  }

  TEST_CASE("signatures, emptiness and NUL bytes are checked as read_text_file does") {
    test::TempDir dir;
    auto gz = TextStream::open(test::write_file(dir / "x.gz", std::string("\x1f\x8b\x08\0", 4)).string());
    REQUIRE_FALSE(gz);
    CHECK(gz.error().message.find("gzip") != std::string::npos);
    auto empty = TextStream::open(test::write_file(dir / "e.txt", "").string());
    REQUIRE_FALSE(empty);
    auto allowed = TextStream::open((dir / "e.txt").string(), TextFileOptions{.allow_empty = true});
    REQUIRE(allowed);
    CHECK(drain(*allowed, 16).empty());
    CHECK_FALSE(allowed->error().has_value());
    auto nul = TextStream::open(test::write_file(dir / "n.txt", std::string("ab\ncd\0", 6)).string());
    REQUIRE(nul);
    drain(*nul, 16);
    REQUIRE(nul->error().has_value());
    CHECK(nul->error()->position->line == 2);
    CHECK(nul->error()->position->column == 3);
    auto missing = TextStream::open((dir / "none").string());
    REQUIRE_FALSE(missing);
  }
}
