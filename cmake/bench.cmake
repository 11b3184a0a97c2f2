# The PDF benchmark: milliseconds per invoice PDF for the font subset and the full font.
# Run it with tests/bench/pdf.
add_executable(portalgen_pdf_bench ${_portalgen_root}/tests/bench/pdf_bench.cpp)
target_include_directories(portalgen_pdf_bench PRIVATE ${_portalgen_root}/tests)
target_link_libraries(portalgen_pdf_bench PRIVATE portalgen_library)
