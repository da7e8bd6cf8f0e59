target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/atomic_directory_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csv_text_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dot_plover_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exporters_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/extraction_json_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gexf_writer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/graph_text_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/graphml_writer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/html_writer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/neo4j_writer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ontology_writer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rdf_dataset_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rdf_writers_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validate_exports_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/xml_text_test.cpp
)
