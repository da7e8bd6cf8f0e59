target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/breakdown_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval_command_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gold_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/normalize_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/predicate_rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_test.cpp
)
target_link_libraries(unit_tests PRIVATE newskg::eval)
