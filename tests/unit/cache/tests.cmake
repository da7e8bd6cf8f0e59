target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/cache_batch_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cache_open_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cache_query_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cache_search_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cache_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/docs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_map_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/writer_lock_test.cpp
)
