// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "common/atomic_file.hpp"
#include "tests/support/test_support.hpp"

using namespace cg;

TEST_SUITE("common.atomic_file") {
  TEST_CASE("commit replaces the target; no commit leaves it untouched and no temporary behind") {
    test::TempDir dir;
    auto target = test::write_file(dir / "out.ttl", "old\n");
    {
      auto f = AtomicFile::open(target.string());
      REQUIRE(f);
      std::fputs("half", f->stream());
      // no commit: simulated failure
    }
    CHECK(test::read_file(target) == "old\n");
    std::size_t files = 0;
    for (auto& e : std::filesystem::directory_iterator(dir.path())) (void)e, ++files;
    CHECK(files == 1);
    {
      auto f = AtomicFile::open(target.string());
      REQUIRE(f);
      std::fputs("new\n", f->stream());
      REQUIRE(f->commit());
    }
    CHECK(test::read_file(target) == "new\n");
  }

  TEST_CASE("a missing folder or a directory target is refused up front") {
    test::TempDir dir;
    auto missing = AtomicFile::open((dir / "no" / "out.ttl").string());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.find("does not exist") != std::string::npos);
    auto directory = AtomicFile::open(dir.path().string());
    REQUIRE_FALSE(directory);
  }
}
