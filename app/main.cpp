// SPDX-License-Identifier: MIT
/// @file main.cpp The claimgraph executable: everything lives in cg_app so it can be tested.
#include "app/cli.hpp"

int main(int argc, char** argv) { return cg::app::run(argc, argv); }
