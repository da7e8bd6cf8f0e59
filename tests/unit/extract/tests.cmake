target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/clitics_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/data_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frame_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gazetteer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/header_examples_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/language_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/morphology_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/names_only_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/normalizer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rules_clauses_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rules_en_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rules_nouns_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/segmenter_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer_test.cpp
)
