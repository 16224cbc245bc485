# SPDX-License-Identifier: MIT
# cmake -DOUT=lexicon_data.cpp -DDIR=extract/lexicon -P embed_lexicon.cmake
# Writes the shipped word lists into a C++ source as raw string literals.
set(_body "// Generated from extract/lexicon/*.txt by embed_lexicon.cmake; do not edit.\n#include \"extract/lexicon.hpp\"\nnamespace cg::extract {\nstd::string_view lexicon_file(std::string_view name) {\n")
file(GLOB IN ${DIR}/*.txt)
list(SORT IN)
foreach(_f ${IN})
  get_filename_component(_name ${_f} NAME_WE)
  file(READ ${_f} _text)
  string(APPEND _body "  if (name == \"${_name}\") return R\"cglex(${_text})cglex\";\n")
endforeach()
string(APPEND _body "  return {};\n}\n}  // namespace cg::extract\n")
file(WRITE ${OUT}.tmp "${_body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
