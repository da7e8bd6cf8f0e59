#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("data/ontology.ttl is what predicates.tsv generates", "[export][rdf][unit]")
{
  const fs::path source(NEWSKG_SOURCE_DIR);
  const auto ontology = newskg::Ontology::load(source / "data" / "ontology" / "predicates.tsv");
  std::ostringstream generated;
  newskg::exports::write_ontology_turtle(ontology, generated);
  const auto path = source / "data" / "ontology.ttl";
  // NEWSKG_UPDATE_ONTOLOGY=1 unit_tests "data/ontology.ttl*" rewrites the file.
  if (const char* update = std::getenv("NEWSKG_UPDATE_ONTOLOGY"); update != nullptr) {
    std::ofstream(path, std::ios::binary) << generated.str();
  }
  std::ifstream in(path, std::ios::binary);
  const std::string committed((std::istreambuf_iterator<char>(in)), {});

  INFO("regenerate with NEWSKG_UPDATE_ONTOLOGY=1 unit_tests \"data/ontology.ttl*\"");
  CHECK(committed == generated.str());
}

TEST_CASE("The ontology marks symmetric predicates and gives both labels",
          "[export][rdf][unit][arabic]")
{
  std::ostringstream out;

  newskg::exports::write_ontology_turtle(newskg::test::export_ontology(), out);

  const auto ttl = out.str();
  CHECK_THAT(ttl,
             Catch::Contains("kgo:met\n    rdf:type owl:ObjectProperty ;\n"
                             "    rdf:type owl:SymmetricProperty ;\n"
                             "    rdfs:label \"met\"@en ;\n    rdfs:label \"التقى\"@ar ;"));
  CHECK_THAT(ttl, Catch::Contains("kgo:cameo \"192\""));
  CHECK(ttl.find("kgo:captured\n    rdf:type owl:ObjectProperty ;\n    rdf:type owl:Symmetric")
        == std::string::npos);
}
