// SPDX-License-Identifier: MIT
#include "tests/cli/cli_support.hpp"

#include <cstdio>

#include "app/cli.hpp"

namespace cg::test {

namespace {
std::string slurp(std::FILE* f) {
  std::string s;
  std::rewind(f);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
  std::fclose(f);
  return s;
}
}  // namespace

CliResult run_cli(const std::vector<std::string>& args) {
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  CliResult r;
  r.exit_code = app::run(args, out, err);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace cg::test
