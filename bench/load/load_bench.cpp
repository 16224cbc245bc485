// SPDX-License-Identifier: MIT
/// @file load_bench.cpp Loads an RDF file into a graph::Store and reports the load time and the
/// memory the loaded store takes (resident set growth), per triple.
/// Driven by bench/load/run.sh beside serdi and sordi.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "graph/io/reader.hpp"

namespace {
std::size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: cg_bench_load FILE.nt [--all-indices]\n");
    return 2;
  }
  cg::graph::StoreOptions options;
  if (argc > 2 && std::strcmp(argv[2], "--all-indices") == 0) options.index_pos = options.index_osp = true;
  const std::size_t before = resident_bytes();
  cg::graph::Store store(options);
  // Streams the file (read, check, parse, insert), as `claimgraph` loads its inputs.
  auto start = std::chrono::steady_clock::now();
  auto read = cg::graph::read_rdf_file(store, argv[1], cg::graph::syntax_from_path(argv[1]).value_or(cg::graph::Syntax::ntriples));
  const double parse_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!read) {
    std::fprintf(stderr, "%s\n", cg::render(read.error()).c_str());
    return 1;
  }
  const std::size_t input_bytes = std::filesystem::file_size(argv[1]);
  const std::size_t after = resident_bytes();
  const std::size_t triples = store.size();
  std::printf("triples %zu\ninput_bytes %zu\nload_seconds %.3f\nstore_bytes %zu\nbytes_per_triple %.1f\n", triples,
              input_bytes, parse_seconds, after - before, triples ? double(after - before) / double(triples) : 0.0);
  return 0;
}
