// SPDX-License-Identifier: MIT
/// `claimgraph explain`: the AST on success, the rendered error and exit 1 on a bad query,
/// exit 2 on a bad command line.
#include <doctest/doctest.h>

#include "tests/cli/cli_support.hpp"
#include "tests/support/test_support.hpp"

using cg::test::run_cli;

TEST_SUITE("cli.explain") {
  TEST_CASE("a query prints its S-expression") {
    auto r = run_cli({"explain", "-q", "PREFIX : <x:> SELECT ?s WHERE { ?s :p 1 }"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "(query (prologue (prefix : <x:>)) (select (vars ?s) (where (group (bgp (triples ?s (:p "
          "1)))))))\n");
  }

  TEST_CASE("a .ru file is an update; --sparql prints the text back") {
    cg::test::TempDir dir;
    auto file = cg::test::write_file(dir / "drop.ru", "DROP SILENT ALL");
    auto r = run_cli({"explain", "-f", file.string(), "--sparql"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "(update (step (prologue) (drop silent all)))\n\nDROP SILENT ALL\n");
  }

  TEST_CASE("a bad query gives file:line:col, the line, a caret and exit 1") {
    cg::test::TempDir dir;
    auto file = cg::test::write_file(dir / "query.rq", "SELECT *\nWHERE { ?s ?p ?o ] }\n");
    auto r = run_cli({"explain", "-f", file.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("query.rq:2:18: error: expected '}' to close the group graph pattern\n"
                     "  WHERE { ?s ?p ?o ] }\n"
                     "                   ^") != std::string::npos);
  }

  TEST_CASE("a failed check is exit 1 too") {
    auto r = run_cli({"explain", "-q", "SELECT * { ?s ex:p ?o }"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("undefined prefix 'ex:'") != std::string::npos);
  }

  TEST_CASE("usage errors are exit 2") {
    CHECK(run_cli({"explain"}).exit_code == 2);
    CHECK(run_cli({"explain", "-q", "ASK {}", "-f", "x.rq"}).exit_code == 2);
    CHECK(run_cli({"explain", "--bogus"}).exit_code == 2);
    CHECK(run_cli({"explain", "--help"}).exit_code == 0);
  }
}
