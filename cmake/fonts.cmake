# Fonts of the invoice PDFs: DejaVu Sans from the system, and a Latin subset of it made at build
# time. Embedding the subset is several times faster than embedding the full font; the renderer
# falls back to the full font when an invoice uses a character the subset lacks. The subset has
# no TrueType hinting (programs and instructions, a third of DejaVu's bytes), which PDF viewers
# scale without: a typical invoice PDF is 20 KB instead of 32, and a quarter cheaper to write.

# The system's DejaVu Sans (Debian: fonts-dejavu-core).
set(_portalgen_font_dirs)
foreach(prefix ${CMAKE_SYSTEM_PREFIX_PATH})
  list(APPEND _portalgen_font_dirs ${prefix}/share/fonts/truetype/dejavu)
endforeach()
find_file(PORTALGEN_DEJAVU_SANS DejaVuSans.ttf PATHS ${_portalgen_font_dirs} REQUIRED)
find_file(PORTALGEN_DEJAVU_SANS_BOLD DejaVuSans-Bold.ttf PATHS ${_portalgen_font_dirs} REQUIRED)
get_filename_component(PORTALGEN_SYSTEM_FONT_DIR ${PORTALGEN_DEJAVU_SANS} DIRECTORY)

# WenQuanYi Zen Hei (Debian: fonts-wqy-zenhei), for the documents with characters DejaVu lacks:
# Chinese, Japanese kana and kanji, Korean Hangul. TrueType outlines, which libharu 2.3 can embed
# (it cannot embed the CFF outlines of Noto CJK). Loaded only by the documents that need it.
set(_portalgen_cjk_font_dirs)
foreach(prefix ${CMAKE_SYSTEM_PREFIX_PATH})
  list(APPEND _portalgen_cjk_font_dirs ${prefix}/share/fonts/truetype/wqy)
endforeach()
find_file(PORTALGEN_CJK_SANS wqy-zenhei.ttc PATHS ${_portalgen_cjk_font_dirs} REQUIRED)

# pyftsubset (Debian: fonttools); its interpreter has the fontTools module the renaming needs.
find_program(PORTALGEN_PYFTSUBSET pyftsubset REQUIRED)
file(STRINGS ${PORTALGEN_PYFTSUBSET} _pyftsubset_shebang LIMIT_COUNT 1)
string(REGEX REPLACE "^#! *([^ ]+).*$" "\\1" PORTALGEN_FONTTOOLS_PYTHON "${_pyftsubset_shebang}")
execute_process(COMMAND ${PORTALGEN_FONTTOOLS_PYTHON} -c "import fontTools"
                RESULT_VARIABLE _fonttools_missing OUTPUT_QUIET ERROR_QUIET)
if(_fonttools_missing)
  message(FATAL_ERROR "fontTools is not importable by ${PORTALGEN_FONTTOOLS_PYTHON}")
endif()

# What the subset covers: the Latin scripts of Western and Central Europe, every Unicode space
# (ICU's French formats use U+00A0 and U+202F), dashes, quotes, bullets, currency signs, "™",
# arrows and the minus sign. Each PDF embeds it cut down again, to the characters it draws
# (render/pdf_font_subset).
set(PORTALGEN_FONT_SUBSET_UNICODES
  "U+0020-007E,U+00A0-017F,U+2000-2064,U+20A0-20C0,U+2122,U+2190-2195,U+2212")

set(PORTALGEN_FONT_DIR ${CMAKE_BINARY_DIR}/fonts)
set(_portalgen_fonts)
foreach(pair "DejaVuSans.ttf;PortalgenSans" "DejaVuSans-Bold.ttf;PortalgenSans-Bold")
  list(GET pair 0 source_name)
  list(GET pair 1 target_name)
  set(source ${PORTALGEN_SYSTEM_FONT_DIR}/${source_name})
  set(subset ${PORTALGEN_FONT_DIR}/${target_name}.subset.ttf)
  set(target ${PORTALGEN_FONT_DIR}/${target_name}.ttf)
  add_custom_command(
    OUTPUT ${target}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PORTALGEN_FONT_DIR}
    COMMAND ${PORTALGEN_PYFTSUBSET} ${source} --output-file=${subset}
            --unicodes=${PORTALGEN_FONT_SUBSET_UNICODES} --layout-features= --notdef-outline
            --name-IDs=* --drop-tables+=FFTM,MATH,GDEF,GSUB,GPOS --no-hinting --no-recalc-timestamp
    COMMAND ${PORTALGEN_FONTTOOLS_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/rename_font.py
            ${subset} ${subset} "Portalgen Sans" ${target_name}
    COMMAND ${PORTALGEN_FONTTOOLS_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/libharu_tables.py
            ${subset} ${target}
    COMMAND ${CMAKE_COMMAND} -E rm -f ${subset}
    DEPENDS ${source} ${CMAKE_CURRENT_LIST_DIR}/rename_font.py
            ${CMAKE_CURRENT_LIST_DIR}/libharu_tables.py
    COMMENT "Making the font subset ${target_name}"
    VERBATIM)
  list(APPEND _portalgen_fonts ${target})
endforeach()

# The CJK font as one TrueType file (the collection's first face, the Basic Multilingual Plane),
# without glyph names or hinting: libharu copies the 'post' table into every PDF that uses the
# font, and WenQuanYi's glyph names are 450 KB of it. Every character is kept.
set(_portalgen_cjk ${PORTALGEN_FONT_DIR}/PortalgenCJK.ttf)
set(_portalgen_cjk_subset ${PORTALGEN_FONT_DIR}/PortalgenCJK.subset.ttf)
add_custom_command(
  OUTPUT ${_portalgen_cjk}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PORTALGEN_FONT_DIR}
  COMMAND ${PORTALGEN_PYFTSUBSET} ${PORTALGEN_CJK_SANS} --font-number=0
          --output-file=${_portalgen_cjk_subset} --unicodes=U+0000-FFFF --layout-features=
          --notdef-outline --name-IDs=* --no-glyph-names --no-hinting --no-recalc-timestamp
          --drop-tables+=BDF,EBDT,EBLC,EBSC,GDEF,GSUB,GPOS
  COMMAND ${PORTALGEN_FONTTOOLS_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/libharu_tables.py
          ${_portalgen_cjk_subset} ${_portalgen_cjk}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${_portalgen_cjk_subset}
  DEPENDS ${PORTALGEN_CJK_SANS} ${CMAKE_CURRENT_LIST_DIR}/libharu_tables.py
  COMMENT "Making the font PortalgenCJK"
  VERBATIM)
list(APPEND _portalgen_fonts ${_portalgen_cjk})
add_custom_target(portalgen_fonts ALL DEPENDS ${_portalgen_fonts})
add_dependencies(portalgen_render portalgen_fonts)

# Only the font locator needs to know where the fonts are.
get_filename_component(_portalgen_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set_source_files_properties(${_portalgen_root}/generator/render/pdf_fonts.cpp PROPERTIES COMPILE_DEFINITIONS
  "PORTALGEN_FONT_DIR=\"${PORTALGEN_FONT_DIR}\";PORTALGEN_SYSTEM_FONT_DIR=\"${PORTALGEN_SYSTEM_FONT_DIR}\"")

# The PDF benchmark renders with these fonts.
include(${CMAKE_CURRENT_LIST_DIR}/bench.cmake)
