# The test "layers": each generator folder includes only the folders it may use
# (PORTALGEN_USES_<folder>), headers included, which linking alone would not see.
set(_portalgen_layer_rules)
foreach(layer ${PORTALGEN_LAYERS})
  string(REPLACE ";" "," uses "${PORTALGEN_USES_${layer}}")
  list(APPEND _portalgen_layer_rules "${layer}:${uses}")
endforeach()
string(REPLACE ";" "|" _portalgen_layer_rules "${_portalgen_layer_rules}")
enable_testing()
add_test(NAME layers
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR}
                 -DRULES=${_portalgen_layer_rules} -P ${CMAKE_CURRENT_LIST_DIR}/check_layers.cmake)
