# SPDX-License-Identifier: MIT
find_package(doctest REQUIRED)

# Where the W3C suites live: CG_W3C_DIR, else shared/w3c in or beside the tree.
if(NOT CG_W3C_DIR)
  foreach(_cand ${PROJECT_SOURCE_DIR}/shared/w3c ${PROJECT_SOURCE_DIR}/../shared/w3c)
    if(EXISTS ${_cand}/rdf)
      get_filename_component(CG_W3C_DIR ${_cand} ABSOLUTE)
      break()
    endif()
  endforeach()
endif()
if(CG_W3C_DIR AND EXISTS ${CG_W3C_DIR})
  message(STATUS "W3C test suites: ${CG_W3C_DIR}")
elseif(CG_REQUIRE_CONFORMANCE)
  message(FATAL_ERROR "W3C test suites not found; set CG_W3C_DIR")
else()
  message(STATUS "W3C test suites not found: conformance tests will report themselves skipped")
  set(CG_W3C_DIR "")
endif()

# Shared data beside the checkout (corpus, bench) for tests that skip when it is absent.
get_filename_component(CG_SHARED_DIR ${PROJECT_SOURCE_DIR}/../shared ABSOLUTE)

# cg_unit_tests(NAME SOURCES... LIBS ...) — one doctest executable per module, label unit.
function(cg_unit_tests name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE cg_test_support ${ARG_LIBS} cg::settings cg::warnings)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS unit)
endfunction()
