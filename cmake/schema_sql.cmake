# data/schema.sql is the one text of the local database's schema: it is compiled into the program
# as a raw string literal, so the file a user reads is the schema the program creates.
get_filename_component(_portalgen_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set(_portalgen_schema ${_portalgen_root}/data/schema.sql)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_portalgen_schema})
file(READ ${_portalgen_schema} PORTALGEN_SCHEMA_SQL)
if(PORTALGEN_SCHEMA_SQL MATCHES "\\)schema\"")
  message(FATAL_ERROR "data/schema.sql must not contain the text )schema\" (it ends the literal)")
endif()
configure_file(${_portalgen_root}/generator/store/schema_sql.inc.in
               ${CMAKE_BINARY_DIR}/generated/store/schema_sql.inc @ONLY)
target_include_directories(portalgen_store PRIVATE ${CMAKE_BINARY_DIR}/generated)
