# SPDX-License-Identifier: MIT
# Every dependency is a Debian package; scripts/install-deps.sh installs them.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SERD REQUIRED IMPORTED_TARGET serd-0)
pkg_check_modules(SORD REQUIRED IMPORTED_TARGET sord-0)
add_library(cg::serd ALIAS PkgConfig::SERD)
add_library(cg::sord ALIAS PkgConfig::SORD)
find_package(Boost 1.74 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(Threads REQUIRED)
