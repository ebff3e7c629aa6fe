# Writes OUTPUT: one `{"name", R"cost_target(<file text>)cost_target"},` line
# per chip file in TARGETS (a ;-list), so the built-in chips are the data
# files themselves, parsed at run time like a user's --target-file.
set(content "// Generated from targets/*.yaml by cmake/EmbedTargets.cmake.\n")
foreach(file IN LISTS TARGETS)
  get_filename_component(name "${file}" NAME_WE)
  file(READ "${file}" text)
  string(FIND "${text}" ")cost_target\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter")
  endif()
  string(APPEND content "{\"${name}\", R\"cost_target(${text})cost_target\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
