# SPDX-License-Identifier: MIT
# Settings and warnings as INTERFACE targets, linked PRIVATE by our own targets only.
add_library(cg_settings INTERFACE)
add_library(cg::settings ALIAS cg_settings)
target_compile_features(cg_settings INTERFACE cxx_std_20)
if(CG_SANITIZE)
  string(REPLACE ";" "," _cg_sanitizers "${CG_SANITIZE}")
  target_compile_options(cg_settings INTERFACE -fsanitize=${_cg_sanitizers} -fno-omit-frame-pointer)
  target_link_options(cg_settings INTERFACE -fsanitize=${_cg_sanitizers})
endif()

add_library(cg_warnings INTERFACE)
add_library(cg::warnings ALIAS cg_warnings)
target_compile_options(cg_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wimplicit-fallthrough -Wformat=2)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports false -Wrestrict positives inside std::string concatenation at -O2 (GCC PR 105329).
  target_compile_options(cg_warnings INTERFACE -Wno-restrict)
endif()
if(CG_WARNINGS_AS_ERRORS)
  target_compile_options(cg_warnings INTERFACE -Werror)
endif()

# cg_module(NAME SOURCES... [PUBLIC deps] [PRIVATE deps]) — one library per module.
function(cg_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  if(ARG_SOURCES)
    add_library(cg_${name} STATIC ${ARG_SOURCES})
    target_include_directories(cg_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(cg_${name} PUBLIC ${ARG_PUBLIC} PRIVATE cg::settings cg::warnings ${ARG_PRIVATE})
  else()
    add_library(cg_${name} INTERFACE)
    target_include_directories(cg_${name} INTERFACE ${PROJECT_SOURCE_DIR})
    target_link_libraries(cg_${name} INTERFACE ${ARG_PUBLIC})
  endif()
  add_library(cg::${name} ALIAS cg_${name})
endfunction()
