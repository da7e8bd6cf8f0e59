target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/check_data_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inputs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/metadata_table_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/options_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/romanized_labels_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/run_test.cpp
)
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/csv_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fingerprint_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/progress_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ordered_pool_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/terminal_text_test.cpp
)
