target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/filter_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/knowledge_graph_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measures_test.cpp
)
