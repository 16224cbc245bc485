// SPDX-License-Identifier: MIT
/// Every bad input gets a one-line message naming the file (and line:column where there is
/// one), exit 1 (2 for usage), no crash, no output file, and an existing output untouched.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/cli/cli_support.hpp"
#include "tests/support/test_support.hpp"

using cg::test::run_cli;
namespace fs = std::filesystem;

namespace {
std::size_t lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

/// Converts `input` to an existing output file and checks the failure leaves it as it was.
void check_refused(const cg::test::TempDir& dir, const std::string& input, int code, const std::string& needle,
                   std::vector<std::string> extra = {}) {
  auto out = cg::test::write_file(dir / "existing.nt", "<http://keep> <http://me> <http://as-is> .\n");
  std::vector<std::string> args{"convert", input, "-o", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_cli(args);
  CHECK(r.exit_code == code);
  CHECK(lines(r.err) == 1);
  CHECK_MESSAGE(r.err.find(needle) != std::string::npos, r.err);
  CHECK(cg::test::read_file(out) == "<http://keep> <http://me> <http://as-is> .\n");
  std::size_t files = 0;
  for (auto& e : fs::directory_iterator(dir.path())) files += e.path().filename().string().find(".tmp-") != std::string::npos;
  CHECK(files == 0);
}
}  // namespace

TEST_SUITE("cli.bad_input") {
  TEST_CASE("missing file") {
    cg::test::TempDir dir;
    check_refused(dir, (dir / "absent.ttl").string(), 1, "absent.ttl: error: no such file");
  }
  TEST_CASE("a directory") {
    cg::test::TempDir dir;
    fs::create_directory(dir / "folder.ttl");
    check_refused(dir, (dir / "folder.ttl").string(), 1, "is a directory");
  }
  TEST_CASE("an empty file") {
    cg::test::TempDir dir;
    check_refused(dir, cg::test::write_file(dir / "empty.ttl", "").string(), 1, "empty.ttl: error: the file is empty");
  }
  TEST_CASE("invalid UTF-8, with its line and column") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "latin1.ttl", "<http://s> <http://p> \"ok\" .\n<http://s> <http://p> \"caf\xE9\" .\n");
    check_refused(dir, in.string(), 1, "latin1.ttl:2:27: error: invalid UTF-8");
  }
  TEST_CASE("a Turtle syntax error on line 3 names the file, line 3 and the column") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "bad.ttl",
                                   "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n");
    check_refused(dir, in.string(), 1, "bad.ttl:3:");
    auto r = run_cli({"stats", in.string()});
    CHECK(r.err.find("bad.ttl:3:16: error") != std::string::npos);
  }
  TEST_CASE("an undefined prefix") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "prefix.ttl", "@prefix ex: <http://example.org/> .\nex:a foaf:name \"A\" .\n");
    check_refused(dir, in.string(), 1, "prefix.ttl:2:6: error: undefined prefix 'foaf:'");
  }
  TEST_CASE("a 10 MB literal converts") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "big.nt", "<http://s> <http://p> \"" + std::string(10 << 20, 'x') + "\" .\n");
    auto r = run_cli({"convert", in.string(), "-o", (dir / "big.ttl").string()});
    CHECK(r.exit_code == 0);
    CHECK(fs::file_size(dir / "big.ttl") > (10u << 20));
  }
  TEST_CASE("a binary file") {
    cg::test::TempDir dir;
    auto png = cg::test::write_file(dir / "picture.ttl", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    check_refused(dir, png.string(), 1, "picture.ttl: error: PNG image data, not text");
    auto gz = cg::test::write_file(dir / "data.nt.gz", std::string("\x1f\x8b\x08\0\0\0\0\0", 8));
    check_refused(dir, gz.string(), 1, "gzip-compressed data, not text (decompress it first");
    auto junk = cg::test::write_file(dir / "junk.ttl", std::string("\xff\xad\xbe\xef\0\x01\x02", 7));
    check_refused(dir, junk.string(), 1, "junk.ttl:1:1: error: invalid UTF-8");
  }
  TEST_CASE("an unknown --format is a usage error") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "ok.ttl", "<http://s> <http://p> <http://o> .\n");
    check_refused(dir, in.string(), 2, "unknown format 'turtle2'", {"--format", "turtle2"});
  }
  TEST_CASE("an output path in a missing folder") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "ok.ttl", "<http://s> <http://p> <http://o> .\n");
    auto r = run_cli({"convert", in.string(), "-o", (dir / "no" / "such" / "out.nt").string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "no"));
  }
  TEST_CASE("named graphs are not silently dropped into a triples-only format") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "ds.trig", "<http://g> { <http://s> <http://p> <http://o> . }\n");
    check_refused(dir, in.string(), 1, "named graphs");
  }
  TEST_CASE("usage errors exit 2; --help and --version exit 0") {
    CHECK(run_cli({}).exit_code == 2);
    CHECK(run_cli({"frobnicate"}).exit_code == 2);
    CHECK(run_cli({"convert"}).exit_code == 2);
    CHECK(run_cli({"convert", "x.ttl"}).exit_code == 2);
    CHECK(run_cli({"stats", "--bogus"}).exit_code == 2);
    auto help = run_cli({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("convert") != std::string::npos);
    for (const char* cmd : {"convert", "stats"}) {
      auto r = run_cli({cmd, "--help"});
      CHECK(r.exit_code == 0);
      CHECK(r.out.rfind("usage: claimgraph ", 0) == 0);
    }
    CHECK(run_cli({"--version"}).out.rfind("claimgraph ", 0) == 0);
  }
}

TEST_SUITE("cli.stats") {
  TEST_CASE("stats counts quads, terms, graphs and classes, as text and JSON") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "d.trig",
                                   "@prefix ex: <http://example.org/> .\n"
                                   "ex:a a ex:Person ; ex:name \"A\" .\nex:b a ex:Person .\nex:c a ex:Place .\n"
                                   "ex:g { ex:a ex:knows ex:b }\n");
    auto r = run_cli({"stats", in.string(), "--json"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("\"quads\": 5") != std::string::npos);
    CHECK(r.out.find("\"subjects\": 3") != std::string::npos);
    CHECK(r.out.find("\"graphs\": 1") != std::string::npos);
    CHECK(r.out.find("\"classes\": 2") != std::string::npos);
    CHECK(r.out.find("{\n      \"class\": \"<http://example.org/Person>\",\n      \"instances\": 2") != std::string::npos);
    auto text = run_cli({"stats", in.string()});
    CHECK(text.out.find("quads       5") != std::string::npos);
    CHECK(text.out.find("2  ex:Person") != std::string::npos);
  }
}
