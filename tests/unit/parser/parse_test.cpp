// SPDX-License-Identifier: MIT
// Parser unit tests: the AST of representative queries (through its S-expression form), spans,
// error messages and positions, and the round trip through the SPARQL printer.
#include <doctest/doctest.h>

#include <string>

#include "parser/ast_print.hpp"
#include "parser/parse.hpp"

namespace {

using namespace cg;
using namespace cg::parser;

std::string sse(std::string_view text) {
  auto q = parse_query(text);
  if (!q) {
    FAIL_CHECK(render(q.error(), text));
    return {};
  }
  return to_sse(*q);
}

std::string update_sse(std::string_view text) {
  auto u = parse_update(text);
  if (!u) {
    FAIL_CHECK(render(u.error(), text));
    return {};
  }
  return to_sse(*u);
}

std::string error_of(std::string_view text, bool update = false) {
  ParseOptions options;
  options.source_name = "query.rq";
  if (update) {
    auto u = parse_update(text, options);
    return u ? std::string("(parsed)") : render(u.error(), text);
  }
  auto q = parse_query(text, options);
  return q ? std::string("(parsed)") : render(q.error(), text);
}

/// Parses, prints as SPARQL, parses again: both ASTs must print the same.
void check_round_trip(std::string_view text, bool update = false) {
  if (update) {
    auto first = parse_update(text);
    REQUIRE_MESSAGE(first, render(first.error(), text));
    std::string printed = to_sparql(*first);
    auto again = parse_update(printed);
    REQUIRE_MESSAGE(again, render(again.error(), printed));
    CHECK(to_sse(*again) == to_sse(*first));
    return;
  }
  auto first = parse_query(text);
  REQUIRE_MESSAGE(first, render(first.error(), text));
  std::string printed = to_sparql(*first);
  auto again = parse_query(printed);
  REQUIRE_MESSAGE(again, render(again.error(), printed));
  CHECK(to_sse(*again) == to_sse(*first));
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("SELECT with a triple pattern keeps IRIs and prefixed names as written") {
    CHECK(sse("PREFIX ex: <http://example.org/>\nSELECT ?s WHERE { ?s ex:p <rel> }") ==
          "(query (prologue (prefix ex: <http://example.org/>)) (select (vars ?s) (where (group "
          "(bgp (triples ?s (ex:p <rel>)))))))");
  }

  TEST_CASE("keywords are case-insensitive, 'a' is not") {
    CHECK(sse("select * where { ?s a ?o } limit 5") ==
          "(query (prologue) (select (vars *) (where (group (bgp (triples ?s (a ?o))))) (limit 5)))");
    CHECK(error_of("SELECT * { ?s A ?o }").find("expected") != std::string::npos);
  }

  TEST_CASE("operator precedence and associativity") {
    CHECK(sse("SELECT * { FILTER(?a || ?b && !?c = 1 + 2 * 3 - 4) }") ==
          "(query (prologue) (select (vars *) (where (group (filter (|| ?a (&& ?b (= (! ?c) (- (+ 1 "
          "(* 2 3)) 4)))))))))");
    SUBCASE("a signed number after an operand is added, as [116] says") {
      CHECK(sse("SELECT * { FILTER(?x -1 = ?y) }") ==
            "(query (prologue) (select (vars *) (where (group (filter (= (+ ?x -1) ?y))))))");
      CHECK(sse("SELECT * { FILTER(?x - 1 = ?y) }") ==
            "(query (prologue) (select (vars *) (where (group (filter (= (- ?x 1) ?y))))))");
    }
    SUBCASE("longest token: <?a&&?b> is an IRI, so this is not a comparison") {
      CHECK(error_of("SELECT * WHERE { FILTER (?x<?a&&?b>?y) }") != "(parsed)");
      CHECK(sse("SELECT * { FILTER(?x < ?a && ?b > ?y) }") ==
            "(query (prologue) (select (vars *) (where (group (filter (&& (< ?x ?a) (> ?b ?y)))))))");
    }
  }

  TEST_CASE("built-ins, aggregates, IN and EXISTS") {
    CHECK(sse("SELECT (GROUP_CONCAT(DISTINCT ?n ; SEPARATOR=\", \") AS ?all) (COUNT(*) AS ?c) "
              "{ ?s ?p ?n FILTER(REGEX(STR(?n), \"^a\", \"i\") && ?n NOT IN (1, 2) && "
              "NOT EXISTS { ?n ?q ?r }) }") ==
          "(query (prologue) (select (vars (as ?all (GROUP_CONCAT distinct ?n (separator \", \"))) "
          "(as ?c (COUNT *))) (where (group (bgp (triples ?s (?p ?n))) (filter (&& (&& (REGEX (STR "
          "?n) \"^a\" \"i\") (notin ?n (list 1 2))) (notexists (group (bgp (triples ?n (?q "
          "?r)))))))))))");
    CHECK(error_of("SELECT * { FILTER(STR(?a, ?b)) }").find("STR takes 1 argument, not 2") !=
          std::string::npos);
    CHECK(error_of("SELECT * { FILTER(BOUND(1)) }").find("BOUND takes a variable") != std::string::npos);
  }

  TEST_CASE("property paths with a declared prefix") {
    CHECK(sse("PREFIX : <x:> SELECT * { ?s (^:p/:q)+|!(a|^:r) ?o ; :s?x . ?a :t* ?b }") ==
          "(query (prologue (prefix : <x:>)) (select (vars *) (where (group (bgp (triples ?s ((alt "
          "(path+ (seq (inverse :p) :q)) (notoneof a (inverse :r))) ?o) (:s ?x)) (triples ?a ((path* "
          ":t) ?b)))))))");
  }

  TEST_CASE("collections, blank node property lists and literals") {
    CHECK(sse("SELECT * { ( 1 ?x [ <p> 'a'@en-GB ] ) <q> \"\"\"long \"quoted\" \"\"\"^^<dt>, "
              "-2.5e3, true, _:b1 . [] <r> () }") ==
          "(query (prologue) (select (vars *) (where (group (bgp (triples (collection 1 ?x "
          "(bnode-props (<p> \"a\"@en-GB))) (<q> \"long \\\"quoted\\\" \"^^<dt> -2.5e3 true _:b1)) "
          "(triples [] (<r> ())))))))");
  }

  TEST_CASE("string escapes and UCHAR are decoded") {
    CHECK(sse("SELECT * { ?s ?p \"a\\tb\\u00E9\" }").find("\"a\\tb\xC3\xA9\"") != std::string::npos);
    CHECK(error_of("SELECT * { ?s ?p '\\uD800' }").find("Unicode") != std::string::npos);
  }

  TEST_CASE("every update operation") {
    CHECK(update_sse("PREFIX : <x:> LOAD SILENT <a> INTO GRAPH :g ; CLEAR DEFAULT ; DROP NAMED ; "
                     "CREATE GRAPH <g> ; ADD <a> TO DEFAULT ; MOVE SILENT DEFAULT TO GRAPH <b> ; "
                     "COPY <a> TO <b> ; INSERT DATA { <s> <p> 1 GRAPH <g> { <s> <p> 2 } } ; "
                     "DELETE DATA { <s> <p> 1 } ; DELETE WHERE { ?s ?p ?o } ; "
                     "WITH <g> DELETE { ?s ?p ?o } INSERT { ?s ?p 2 } USING <u> USING NAMED <n> "
                     "WHERE { ?s ?p ?o }") ==
          "(update (step (prologue (prefix : <x:>)) (load silent <a> (into :g))) (step (prologue) "
          "(clear default)) (step (prologue) (drop named)) (step (prologue) (create <g>)) (step "
          "(prologue) (add (graph <a>) default)) (step (prologue) (move silent default (graph "
          "<b>))) (step (prologue) (copy (graph <a>) (graph <b>))) (step (prologue) (insert-data "
          "(default (triples <s> (<p> 1))) (graph <g> (triples <s> (<p> 2))))) (step (prologue) "
          "(delete-data (default (triples <s> (<p> 1))))) (step (prologue) (delete-where "
          "(default (triples ?s (?p ?o))))) (step (prologue) (modify (with <g>) (delete (default "
          "(triples ?s (?p ?o)))) (insert (default (triples ?s (?p 2)))) (using <u>) "
          "(using-named <n>) (where (group (bgp (triples ?s (?p ?o))))))))");
  }

  TEST_CASE("spans point into the source text") {
    std::string text = "SELECT ?name WHERE { ?x <p> ?name }";
    auto q = parse_query(text);
    REQUIRE(q);
    const auto& select = std::get<ast::SelectQuery>(q->form);
    const auto& var = select.select.projections.at(0).var;
    CHECK(text.substr(var.span.offset, var.span.length) == "?name");
    CHECK(text.substr(select.where.span.offset, select.where.span.length) == "{ ?x <p> ?name }");
    CHECK(q->span.offset == 0);
    CHECK(q->span.length == text.size());
  }

  TEST_CASE("syntax errors: file:line:col, the source line and a caret") {
    CHECK(error_of("PREFIX : <x:>\nSELECT * WHERE {\n  ?s :p ?o . OPTIONAL { ?s :q ?z }\n  ?s ?p ?o ]\n") ==
          "query.rq:4:12: error: expected '}' to close the group graph pattern\n"
          "    ?s ?p ?o ]\n"
          "             ^");
  }

  TEST_CASE("columns count code points, not bytes") {
    // "Grüße" and "日本" take more bytes than characters; the caret must still line up.
    std::string err = error_of("SELECT * WHERE { ?s ?p \"Grüße 日本\" , }");
    CHECK(err.find("query.rq:1:35: error:") == 0);
    CHECK(err.find("\n                                    ^") != std::string::npos);
  }

  TEST_CASE("unsupported is reported apart from invalid") {
    std::string deep(300, '(');
    auto q = parse_query("SELECT * { FILTER" + deep + "1" + std::string(300, ')') + "}");
    REQUIRE_FALSE(q);
    CHECK(q.error().kind == DiagKind::unsupported);
    auto bad = parse_query("SELECT * { FILTER(1 }");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == DiagKind::syntax);
  }

  TEST_CASE("invalid UTF-8 is a syntax error, not a crash") {
    auto q = parse_query("SELECT * { ?s ?p \"\xFF\" }");
    REQUIRE_FALSE(q);
    CHECK(q.error().message == "invalid UTF-8");
  }

  TEST_CASE("the SPARQL printer round-trips") {
    check_round_trip(
        "PREFIX ex: <http://e/> BASE <http://b/> SELECT DISTINCT ?s (COUNT(DISTINCT ?o) AS ?n) "
        "FROM <g1> FROM NAMED <g2> WHERE { { SELECT ?s ?o { ?s ex:p/ex:q* ?o } LIMIT 3 } "
        "OPTIONAL { ?s ex:r ?z FILTER(?z > -1) } MINUS { ?s a ex:C } { ?s ?p 1 } UNION { ?s ?p "
        "2.0 } GRAPH ?g { ?s ex:in (1 2) } SERVICE SILENT <http://svc/> { ?s ?p [ ex:q 'x'@en ] } "
        "BIND(ex:f(?s, 1e3) AS ?b) VALUES (?s ?t) { (ex:a UNDEF) (<b> \"y\"^^ex:dt) } } GROUP BY "
        "?s HAVING (COUNT(*) > 1) ORDER BY DESC(?n) ?s LIMIT 10 OFFSET 2 VALUES ?s { ex:a }");
    check_round_trip("CONSTRUCT { ?s <p> [ <q> ?o ] } WHERE { ?s <r> ?o }");
    check_round_trip("CONSTRUCT WHERE { ?s <r> ?o . ?o <r> ?x }");
    check_round_trip("DESCRIBE ?x <y> WHERE { ?x ?p ?y }");
    check_round_trip("ASK { ?s ?p \"a\\\"b\\nc\" FILTER(isIRI(?s) && ?p IN (<a>, <b>)) }");
    check_round_trip("PREFIX e: <x:> SELECT * { ?s e:a\\.b e:c%20d }");
    check_round_trip("INSERT DATA { <a> <b> <c> } ; DELETE { ?s ?p ?o } WHERE { ?s ?p ?o } ;", true);
  }
}

TEST_SUITE("parser.limits") {
  TEST_CASE("long operator chains parse in linear time up to the limit, then are unsupported") {
    auto chain = [](std::size_t terms) {
      std::string text = "SELECT * { FILTER(?x = 1";
      for (std::size_t i = 1; i < terms; ++i) text += " || ?x = " + std::to_string(i);
      return text + ") }";
    };
    // 1999 '||' and 2000 '=' operators: within the limit of 4000.
    auto ok = cg::parser::parse_query(chain(2000));
    CHECK(ok);
    if (ok) CHECK(cg::parser::to_sse(*ok).size() > 20000);
    auto too_long = cg::parser::parse_query(chain(3000));
    REQUIRE_FALSE(too_long);
    CHECK(too_long.error().kind == cg::DiagKind::unsupported);
  }

  TEST_CASE("brackets nested 200 deep parse; deeper is unsupported") {
    auto nested = [](std::size_t depth) {
      return "SELECT * { FILTER" + std::string(depth - 1, '(') + "(1" + std::string(depth, ')') + " }";
    };
    CHECK(cg::parser::parse_query(nested(199)));
    auto deep = cg::parser::parse_query(nested(201));
    REQUIRE_FALSE(deep);
    CHECK(deep.error().kind == cg::DiagKind::unsupported);
  }
}

TEST_CASE("brackets inside strings, IRIs and comments do not count towards the nesting limit") {
  std::string many(300, '(');
  CHECK(cg::parser::parse_query("SELECT * { ?s ?p \"" + many + "\" }"));
  CHECK(cg::parser::parse_query("SELECT * { ?s ?p '''" + many + "''' }"));
  CHECK(cg::parser::parse_query("SELECT * { ?s ?p <http://x/" + many + "> }"));
  CHECK(cg::parser::parse_query("SELECT * { # " + many + "\n ?s ?p ?o }"));
}
