// SPDX-License-Identifier: MIT
/// @file query_bench.cpp Loads an RDF file once, then runs each query file REPEAT times and
/// prints "name<TAB>rows<TAB>best_ms<TAB>median_ms" per query (load time on stderr and as a
/// "#load" line). Rows are counted from the serialized result, so decoding is included.
///   cg_bench_query DATA.nt QUERY.rq... [--repeat N] [--no-optimize]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "common/text_file.hpp"
#include "graph/io/reader.hpp"
#include "query/query.hpp"
#include "query/results/results.hpp"

int main(int argc, char** argv) {
  using clock = std::chrono::steady_clock;
  std::vector<std::string> files;
  int repeat = 5;
  bool optimize = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--no-optimize") optimize = false;
    else files.push_back(a);
  }
  if (files.size() < 2) {
    std::fprintf(stderr, "usage: cg_bench_query DATA QUERY.rq... [--repeat N] [--no-optimize]\n");
    return 2;
  }
  auto t0 = clock::now();
  cg::graph::Store store;
  auto r = cg::graph::read_rdf_file(store, files[0]);
  if (!r) {
    std::fprintf(stderr, "%s\n", cg::render(r.error()).c_str());
    return 1;
  }
  auto t1 = clock::now();
  auto ds = cg::query::exec::Dataset::from_store(store);
  auto t2 = clock::now();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::printf("#load\t%zu\t%.1f\t%.1f\n", store.size(), ms(t0, t1), ms(t1, t2));
  {  // warm-up (one-time initialisation of the parser and allocator), as the Oxigraph run does
    auto warm = cg::query::prepare("ASK { ?s ?p ?o }");
    if (warm) (void)cg::query::execute(*warm, ds, {});
  }
  for (std::size_t f = 1; f < files.size(); ++f) {
    auto text = cg::read_text_file(files[f]);
    if (!text) {
      std::fprintf(stderr, "%s\n", cg::render(text.error()).c_str());
      return 1;
    }
    std::vector<double> times;
    std::size_t rows = 0;
    for (int k = 0; k < repeat; ++k) {
      auto a = clock::now();
      auto q = cg::query::prepare(*text, {});
      if (!q) {
        std::fprintf(stderr, "%s\n", cg::render(q.error(), *text).c_str());
        return 1;
      }
      cg::query::ExecOptions eo;
      eo.optimize = optimize;
      auto res = cg::query::execute(*q, ds, eo);
      if (!res) {
        std::fprintf(stderr, "%s\n", cg::render(res.error()).c_str());
        return 1;
      }
      std::string out = cg::query::results::to_string(*res, cg::query::results::Format::tsv);
      auto b = clock::now();
      rows = res->solutions.row_count;
      times.push_back(ms(a, b));
    }
    std::sort(times.begin(), times.end());
    std::string name = files[f].substr(files[f].rfind('/') + 1);
    std::printf("%s\t%zu\t%.2f\t%.2f\n", name.c_str(), rows, times.front(), times[times.size() / 2]);
    std::fflush(stdout);
  }
  return 0;
}
