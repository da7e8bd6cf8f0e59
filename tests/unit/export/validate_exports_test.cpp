#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

// style.md rule 34 / exports.md §9: the real validators (xmllint with the
// GraphML and GEXF 1.3 XSDs, networkx, igraph, Jena riot, rapper, serdi,
// rdflib) accept our files; the script checks GEXF against the XSD in the 1.3
// namespace only, hence kg13.gexf. Skipped where ../shared is not checked out beside the
// repository.
TEST_CASE("Exports of a small graph pass validate-exports.sh", "[export][unit][validator]")
{
  const fs::path script = fs::path(NEWSKG_SHARED_DIR) / "tools" / "validate-exports.sh";
  if (!fs::exists(script)) {
    WARN("skipped: " << script.string() << " is absent");
    return;
  }
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  const auto dir = fs::temp_directory_path() / ("newskg-validate-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const auto& [name, format] : {std::pair{"kg.graphml", "graphml"},
                                     std::pair{"kg.gexf", "gexf"},
                                     std::pair{"kg13.gexf", "gexf-1.3"},
                                     std::pair{"kg.ttl", "turtle"},
                                     std::pair{"kg.nt", "ntriples"},
                                     std::pair{"kg.trig", "trig"},
                                     std::pair{"kg.nq", "nquads"}}) {
    std::ofstream out(dir / name, std::ios::binary);
    newskg::exports::write(format, graph, ontology, out);
    REQUIRE(out.good());
  }

  std::string command = "'" + script.string() + "'";
  for (const auto* name :
       {"kg.graphml", "kg.gexf", "kg13.gexf", "kg.ttl", "kg.nt", "kg.trig", "kg.nq"}) {
    command += " '" + (dir / name).string() + "'";
  }
  command += " > '" + (dir / "report.txt").string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream report_in(dir / "report.txt");
  const std::string report((std::istreambuf_iterator<char>(report_in)), {});
  INFO(report);

  CHECK(status == 0);
  if (status == 0) {
    fs::remove_all(dir);
  }
}
