// SPDX-License-Identifier: MIT
/// `claimgraph query` and `claimgraph update`: formats, named graphs, limits, errors with their
/// position, whole-dataset output and all-or-nothing updates.
#include <doctest/doctest.h>

#include "tests/cli/cli_support.hpp"
#include "tests/support/test_support.hpp"

using cg::test::run_cli;

namespace {
const char* k_data = "@prefix : <http://e/> .\n:a :name \"Alice\" ; :knows :b .\n:b :name \"Bob\" .\n";
const char* k_trig = "@prefix : <http://e/> .\n:a :p 1 .\n:g { :a :p 2 . }\n";
bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }
}  // namespace

TEST_SUITE("cli.query") {
  TEST_CASE("SELECT in every result format") {
    cg::test::TempDir dir;
    auto data = cg::test::write_file(dir / "d.ttl", k_data).string();
    const std::string q = "PREFIX : <http://e/> SELECT ?n { ?x :name ?n } ORDER BY ?n";
    auto json = run_cli({"query", data, "-q", q, "--format", "json"});
    CHECK(json.exit_code == 0);
    CHECK(has(json.out, "\"vars\":[\"n\"]"));
    auto tsv = run_cli({"query", data, "-q", q, "--format", "tsv"});
    CHECK(tsv.out == "?n\n\"Alice\"\n\"Bob\"\n");
    auto csv = run_cli({"query", data, "-q", q, "--format", "csv"});
    CHECK(csv.out == "n\r\nAlice\r\nBob\r\n");
    auto table = run_cli({"query", data, "-q", q, "--format", "table"});
    CHECK(has(table.out, "2 rows"));
    auto xml = run_cli({"query", data, "-q", q, "--format", "xml"});
    CHECK(has(xml.out, "<literal>Alice</literal>"));
  }

  TEST_CASE("--named-graph loads a file into a named graph, named by IRI=FILE or by the file") {
    cg::test::TempDir dir;
    auto data = cg::test::write_file(dir / "d.ttl", k_data).string();
    auto r = run_cli({"query", "--named-graph", "http://e/g=" + data, "-q",
                      "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "--format", "tsv"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "?g\t?n\n<http://e/g>\t3\n");
    auto f = run_cli({"query", "--named-graph", data, "-q", "SELECT ?g { GRAPH ?g { } }", "--format", "tsv"});
    CHECK(has(f.out, "<file://"));
  }

  TEST_CASE("CONSTRUCT prints RDF; ASK prints a boolean") {
    cg::test::TempDir dir;
    auto data = cg::test::write_file(dir / "d.ttl", k_data).string();
    auto c = run_cli({"query", data, "-q", "CONSTRUCT { ?b <http://e/knownBy> ?a } WHERE { ?a <http://e/knows> ?b }",
                      "--format", "nt"});
    CHECK(c.out == "<http://e/b> <http://e/knownBy> <http://e/a> .\n");
    auto a = run_cli({"query", data, "-q", "ASK { ?a <http://e/knows> ?b }", "--format", "json"});
    CHECK(has(a.out, "\"boolean\":true"));
  }

  TEST_CASE("a bad query exits 1 with line and column; a bad option exits 2") {
    cg::test::TempDir dir;
    auto data = cg::test::write_file(dir / "d.ttl", k_data).string();
    auto r = run_cli({"query", data, "-q", "SELECT * {\n  ?s ?p }"});
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "query:2:"));
    auto u = run_cli({"query", data, "-q", "SELECT * {}", "--format", "yaml"});
    CHECK(u.exit_code == 2);
    auto both = run_cli({"query", data});
    CHECK(both.exit_code == 2);
  }

  TEST_CASE("--limit stops the output and says so; --timeout stops the query and says so") {
    cg::test::TempDir dir;
    auto data = cg::test::write_file(dir / "d.ttl", k_data).string();
    auto l = run_cli({"query", data, "-q", "SELECT * { ?s ?p ?o }", "--format", "tsv", "--limit", "1"});
    CHECK(l.exit_code == 0);
    CHECK(l.out.find('\n', l.out.find('\n') + 1) == l.out.size() - 1);  // header + one row
    CHECK(has(l.err, "--limit"));
    std::string big;
    for (int i = 0; i < 300; ++i) big += "<http://e/s" + std::to_string(i) + "> <http://e/p> \"" + std::to_string(i) + "\" .\n";
    auto bigfile = cg::test::write_file(dir / "big.nt", big).string();
    auto t = run_cli({"query", bigfile, "-q", "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "--timeout", "0.2"});
    CHECK(t.exit_code == 1);
    CHECK(has(t.err, "timed out"));
  }
}

TEST_SUITE("cli.update") {
  TEST_CASE("update writes the whole dataset; TriG keeps named graphs") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "d.trig", k_trig).string();
    auto out = (dir / "out.nq").string();
    auto r = run_cli({"update", in, "-q", "INSERT DATA { GRAPH <http://e/h> { <http://e/x> <http://e/p> 3 } }", "-o", out});
    CHECK(r.exit_code == 0);
    auto text = cg::test::read_file(out);
    CHECK(has(text, "<http://e/g>"));
    CHECK(has(text, "<http://e/h>"));
    CHECK(has(text, "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer> ."));
  }

  TEST_CASE("a triples-only output refuses named graphs; a failed update leaves the file as it was") {
    cg::test::TempDir dir;
    auto in = cg::test::write_file(dir / "d.trig", k_trig).string();
    auto ttl = (dir / "out.ttl").string();
    auto r = run_cli({"update", in, "-q", "INSERT DATA { <http://e/x> <http://e/p> 3 }", "-o", ttl});
    CHECK(r.exit_code == 1);
    CHECK(cg::test::read_file(ttl).empty());
    auto before = cg::test::read_file(in);
    auto f = run_cli({"update", in, "-q", "INSERT DATA { <http://e/y> <http://e/p> 4 } ; LOAD <file:///does/not/exist.ttl>"});
    CHECK(f.exit_code == 1);
    CHECK(cg::test::read_file(in) == before);
  }
}

TEST_SUITE("cli.explain") {
  TEST_CASE("--algebra prints the translated algebra, --plan the step order from the data's counts") {
    cg::test::TempDir dir;
    auto data = cg::test::write_file(dir / "d.ttl", k_data).string();
    auto r = run_cli({"explain", "-q",
                      "PREFIX : <http://e/> SELECT ?n { ?x :knows ?y . ?y :name ?n OPTIONAL { ?x :age ?a FILTER(?a > 1) } }",
                      "--algebra", "--plan", "--data", data});
    CHECK(r.exit_code == 0);
    CHECK(has(r.out, "algebra:\n(select\n"));
    CHECK(has(r.out, "(leftjoin"));
    CHECK(has(r.out, "plan:\n"));
    // :knows has one triple, :name two: the planner starts with :knows
    auto knows = r.out.find("(triple ?x <http://e/knows> ?y)", r.out.find("plan:"));
    auto name = r.out.find("(triple ?y <http://e/name> ?n)", r.out.find("plan:"));
    REQUIRE(knows != std::string::npos);
    REQUIRE(name != std::string::npos);
    CHECK(knows < name);
  }
}
