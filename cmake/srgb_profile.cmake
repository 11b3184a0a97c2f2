# The sRGB ICC profile that PDF/A invoices name as their output intent (Debian: icc-profiles-free).
set(_portalgen_icc_dirs)
foreach(prefix ${CMAKE_SYSTEM_PREFIX_PATH})
  list(APPEND _portalgen_icc_dirs ${prefix}/share/color/icc)
endforeach()
find_file(PORTALGEN_SRGB_PROFILE sRGB.icc PATHS ${_portalgen_icc_dirs} REQUIRED)

# Only the profile reader needs to know where it is.
get_filename_component(_portalgen_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set_source_files_properties(${_portalgen_root}/generator/render/pdf_srgb_profile.cpp PROPERTIES
  COMPILE_DEFINITIONS "PORTALGEN_SRGB_PROFILE=\"${PORTALGEN_SRGB_PROFILE}\"")
