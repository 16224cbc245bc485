// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "common/text_file.hpp"
#include "common/utf8.hpp"
#include "tests/support/test_support.hpp"

using namespace cg;

TEST_SUITE("common.utf8") {
  TEST_CASE("invalid sequences are found at their byte offset") {
    CHECK_FALSE(utf8::find_invalid("plain ascii").has_value());
    CHECK_FALSE(utf8::find_invalid("Tokáyev “quoted” 😀").has_value());
    CHECK(utf8::find_invalid("ab\xFF").value() == 2);
    CHECK(utf8::find_invalid("a\xC3").value() == 1);           // truncated
    CHECK(utf8::find_invalid("\xC0\xAF").value() == 0);        // overlong
    CHECK(utf8::find_invalid("x\xED\xA0\x80").value() == 1);   // surrogate
  }

  TEST_CASE("decode and append round-trip code points") {
    std::string s;
    for (char32_t cp : {U'a', U'é', U'€', U'😀'}) utf8::append(s, cp);
    std::size_t i = 0;
    CHECK(utf8::decode(s, i) == U'a');
    CHECK(utf8::decode(s, i) == U'é');
    CHECK(utf8::decode(s, i) == U'€');
    CHECK(utf8::decode(s, i) == U'😀');
    CHECK(i == s.size());
    CHECK(utf8::count_code_points(s) == 4);
  }

  TEST_CASE("read_text_file refuses what is not text, naming the file") {
    test::TempDir dir;
    auto missing = read_text_file((dir / "nope.txt").string());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "no such file");
    auto directory = read_text_file(dir.path().string());
    REQUIRE_FALSE(directory);
    CHECK(directory.error().message.find("directory") != std::string::npos);
    auto empty = read_text_file(test::write_file(dir / "e.txt", "").string());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.find("empty") != std::string::npos);
    auto binary = read_text_file(test::write_file(dir / "b.bin", std::string("ab\0cd", 5)).string());
    REQUIRE_FALSE(binary);
    CHECK(binary.error().message.find("binary") != std::string::npos);
    auto bad = read_text_file(test::write_file(dir / "u.txt", "line one\nsé\xFF").string());
    REQUIRE_FALSE(bad);
    CHECK(render(bad.error()) == (dir / "u.txt").string() + ":2:3: error: invalid UTF-8 (byte 0xFF)");
    auto good = read_text_file(test::write_file(dir / "g.txt", "fine\n").string());
    REQUIRE(good);
    CHECK(*good == "fine\n");
  }
}
