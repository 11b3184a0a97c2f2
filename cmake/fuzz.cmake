# libFuzzer targets (tests/fuzz/fuzz_*.cpp), built only with -DPORTALGEN_FUZZ=ON and clang:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DPORTALGEN_FUZZ=ON && cmake --build build-fuzz
# scripts/fuzz runs them. Everything is instrumented so coverage guides the fuzzer into the core.
option(PORTALGEN_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(PORTALGEN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PORTALGEN_FUZZ needs clang: CXX=clang++")
  endif()
  foreach(layer ${PORTALGEN_LAYERS})
    target_compile_options(portalgen_${layer} PUBLIC -fsanitize=fuzzer-no-link,address,undefined
                           -fno-omit-frame-pointer -fno-sanitize-recover=all)
  endforeach()
  file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS tests/fuzz/fuzz_*.cpp)
  foreach(source ${FUZZ_SOURCES})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE portalgen_library)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  endforeach()
endif()
