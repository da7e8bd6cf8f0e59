#include "export/exporters.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>

using Catch::Contains;
using Catch::StartsWith;

namespace {

std::map<std::string, std::string> neo4j_files()
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::map<std::string, std::ostringstream, std::less<>> streams;
  newskg::exports::write_neo4j(
    graph, [&](std::string_view name) -> std::ostream& { return streams[std::string(name)]; });
  std::map<std::string, std::string> files;
  for (const auto& [name, stream] : streams) {
    files[name] = stream.str();
  }
  return files;
}

} // namespace

TEST_CASE("The Neo4j directory holds the two CSV files, the GraphML and its Cypher script",
          "[export][unit][neo4j]")
{
  const auto files = neo4j_files();

  REQUIRE(files.size() == 4);
  CHECK(files.count("nodes.csv") == 1);
  CHECK(files.count("relationships.csv") == 1);
  CHECK(files.count("graph.graphml") == 1);
  CHECK(files.count("load-graphml.cypher") == 1);
}

TEST_CASE("Neo4j CSV headers use the neo4j-admin id spaces, types and arrays",
          "[export][unit][neo4j]")
{
  const auto files = neo4j_files();

  CHECK_THAT(files.at("nodes.csv"), StartsWith("id:ID(Entity),:LABEL,name,"));
  CHECK_THAT(files.at("nodes.csv"), Contains(",aliases:string[],mentions:long,"));
  CHECK_THAT(files.at("nodes.csv"), Contains(",pagerank:double,"));
  CHECK_THAT(files.at("relationships.csv"), StartsWith(":START_ID(Entity),:END_ID(Entity),:TYPE,"));
  CHECK_THAT(files.at("relationships.csv"), Contains(",confidence:double,"));
  CHECK_THAT(files.at("relationships.csv"), Contains(",evidence_docs:string[],"));
}

TEST_CASE("Neo4j rows carry labels, upper snake case types and quoted multiline evidence",
          "[export][unit][neo4j][arabic]")
{
  const auto files = neo4j_files();
  const auto& nodes = files.at("nodes.csv");
  const auto& relationships = files.at("relationships.csv");

  CHECK_THAT(nodes, Contains("\"wd:Q7747\",\"Entity;Person\",\"Vladimir Putin\""));
  // aliases: every known name, the mention text "mention" of sample_entity included.
  CHECK_THAT(nodes, Contains("\"Vladimir Putin;mention;فلاديمير بوتين\""));
  CHECK_THAT(relationships, Contains("\"wd:Q319863\",\"wd:Q227\",\"HOLDS_POSITION\""));
  CHECK_THAT(relationships, Contains(",\"president\","));
  // The evidence "أعلن الرئيس "علييف"\n" keeps its newline, its quotes doubled.
  CHECK_THAT(relationships, Contains("أعلن الرئيس \"\"علييف\"\"\n\""));
  CHECK_THAT(relationships, Contains(",2020-10-20,2020-10-20,"));
}

TEST_CASE("The Cypher script loads graph.graphml with APOC, labels and ids kept",
          "[export][unit][neo4j]")
{
  const auto files = neo4j_files();

  CHECK_THAT(files.at("load-graphml.cypher"),
             Contains("CALL apoc.import.graphml('graph.graphml', {readLabels: true, "
                      "storeNodeIds: true});"));
}

// Issue 9: export --no-measures leaves the measure columns out of nodes.csv
// (and the measures out of graph.graphml), one field fewer per row for each.
TEST_CASE("Neo4j nodes without measures have no measure columns", "[export][unit][neo4j]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream without;
  newskg::exports::write_neo4j_nodes(graph, without, newskg::exports::Measures::skip);
  std::ostringstream with;
  newskg::exports::write_neo4j_nodes(graph, with);
  const auto header = [](const std::string& csv) {
    return csv.substr(0, csv.find('\n'));
  };
  CHECK(header(without.str())
        == "id:ID(Entity),:LABEL,name,name_en,name_ar,type,wikidata,aliases:string[],"
           "mentions:long,documents:string[],event_predicate,event_subject,event_object");
  CHECK(header(with.str())
        == header(without.str())
             + ",degree:long,weighted_degree:double,pagerank:double,betweenness:double,"
               "component:long");
}
