#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages claimgraph needs, only those missing; does nothing when all are
# present. Usage: scripts/install-deps.sh [--bench]   (--bench adds the benchmark peers)
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config make
  libserd-dev libsord-dev        # RDF parsing/serialising (Serd) and the in-memory store (Sord)
  libboost-dev                   # Boost.Spirit X3 (header-only) for the SPARQL grammar
  nlohmann-json3-dev             # JSON-LD, SPARQL JSON results, extraction JSON
  doctest-dev                    # unit tests
  libssl-dev                     # hash functions of SPARQL (MD5, SHA*)
  libexpat1-dev                  # SPARQL XML results reader in the W3C conformance runner
  iso-codes                      # country and region names for the extractor's lexicons
  python3                        # the extraction scorers in ../shared/eval
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(serdi sordi rasqal-utils nodejs npm time)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
# node and npm may come from another source on some machines; keep what works.
if [[ " ${missing[*]} " == *" nodejs "* ]] && command -v node >/dev/null; then
  missing=("${missing[@]/nodejs/}")
fi
if [[ " ${missing[*]} " == *" npm "* ]] && command -v npm >/dev/null; then
  missing=("${missing[@]/npm/}")
fi
read -r -a missing <<<"${missing[*]}"
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
