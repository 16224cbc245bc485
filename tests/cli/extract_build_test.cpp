// SPDX-License-Identifier: MIT
// `claimgraph extract`, `build` and `validate`: outputs, deterministic graphs, bad inputs named
// with the rest of the batch built and exit status 3.
#include <doctest/doctest.h>

#include <algorithm>

#include "tests/cli/cli_support.hpp"
#include "tests/support/test_support.hpp"

using cg::test::run_cli;

namespace {
const char* k_article =
    "Blast Kills Five In Riga\n\n"
    "At least five people were killed in a blast in Riga on Monday, the head of the State Police, Anna Kalns, said.\n";
}

TEST_CASE("extract --json writes one FORMAT.md line per article, id = file stem") {
  cg::test::TempDir dir;
  auto a = cg::test::write_file(dir / "riga_blast.txt", k_article);
  auto r = run_cli({"extract", "--json", a.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("{\"id\":\"riga_blast\"", 0) == 0);
  CHECK(r.out.find("\"qualifier\":\"at-least\"") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
}

TEST_CASE("bad inputs: named on stderr, the rest built, exit 3; nothing usable: exit 1, no file") {
  cg::test::TempDir dir;
  auto good = cg::test::write_file(dir / "good.txt", k_article);
  auto empty = cg::test::write_file(dir / "empty.txt", "");
  auto binary = cg::test::write_file(dir / "bin.txt", std::string("a\0b", 3));
  auto out = dir / "g.nq";
  auto r = run_cli({"build", good.string(), empty.string(), binary.string(), "-o", out.string()});
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("empty.txt") != std::string::npos);
  CHECK(r.err.find("bin.txt") != std::string::npos);
  CHECK(!cg::test::read_file(out).empty());
  auto none = dir / "none.ttl";
  auto r2 = run_cli({"build", empty.string(), "-o", none.string()});
  CHECK(r2.exit_code == 1);
  CHECK(cg::test::read_file(none).empty());
}

TEST_CASE("build is deterministic, an article given twice adds nothing, and the graph validates") {
  cg::test::TempDir dir;
  auto a = cg::test::write_file(dir / "a.txt", k_article);
  auto b = cg::test::write_file(dir / "b.txt", "Officials said 3 people were arrested in Riga.\n");
  auto g1 = dir / "g1.trig", g2 = dir / "g2.trig";
  CHECK(run_cli({"build", a.string(), b.string(), "-o", g1.string()}).exit_code == 0);
  CHECK(run_cli({"build", a.string(), b.string(), a.string(), "--jobs", "2", "-o", g2.string()}).exit_code == 0);
  CHECK(cg::test::read_file(g1) == cg::test::read_file(g2));
  auto v = run_cli({"validate", g1.string()});
  CHECK(v.exit_code == 0);
  CHECK(v.out.empty());
}

TEST_CASE("validate names the node of each violation") {
  cg::test::TempDir dir;
  auto g = cg::test::write_file(dir / "bad.ttl",
                                "@prefix cg: <https://w3id.org/claimgraph/ns#> .\n"
                                "<http://x/claim/1> a cg:Claim ; cg:mode cg:Nonsense .\n");
  auto v = run_cli({"validate", g.string()});
  CHECK(v.exit_code == 1);
  CHECK(v.out.find("<http://x/claim/1>: ClaimShape: needs exactly one cg:statement") != std::string::npos);
  CHECK(v.out.find("not a concept of its scheme") != std::string::npos);
}

TEST_CASE("usage errors exit 2") {
  CHECK(run_cli({"build", "x.txt"}).exit_code == 2);
  CHECK(run_cli({"extract"}).exit_code == 2);
  CHECK(run_cli({"extract", "--jobs", "many", "x.txt"}).exit_code == 2);
  CHECK(run_cli({"extract", "--help"}).exit_code == 0);
}

TEST_CASE("build links counts of different articles that disagree about the same event") {
  cg::test::TempDir dir;
  auto a = cg::test::write_file(dir / "a.jsonl",
                                "{\"id\":\"a\",\"date\":\"2022-01-10\",\"text\":\"Officials said 164 people died in the clashes in Almaty.\"}\n"
                                "{\"id\":\"b\",\"date\":\"2022-01-15\",\"text\":\"Prosecutors said 225 people died in the unrest in Almaty.\"}\n"
                                "{\"id\":\"c\",\"date\":\"2022-01-16\",\"text\":\"Police said 3 people died in a crash in Oslo.\"}\n");
  auto g = dir / "g.nt";
  REQUIRE(run_cli({"build", a.string(), "-o", g.string()}).exit_code == 0);
  std::string nt = cg::test::read_file(g);
  std::size_t discrepancies = 0;
  for (std::size_t p = nt.find("#Discrepancy>"); p != std::string::npos; p = nt.find("#Discrepancy>", p + 1)) ++discrepancies;
  CHECK(discrepancies == 1);
  CHECK(nt.find("#newerCount>") != std::string::npos);
  CHECK(run_cli({"validate", g.string()}).exit_code == 0);
}
