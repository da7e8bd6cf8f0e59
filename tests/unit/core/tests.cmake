target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/atomic_file_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/extraction_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fd_output_buffer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/iso_date_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ontology_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/utf8_test.cpp
)
