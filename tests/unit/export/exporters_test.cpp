#include "export/exporters.hpp"

#include "core/error.hpp"
#include "export/number_text.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>

using newskg::exports::format_names;
using newskg::exports::write;

namespace {

// Every file of `format` written from `graph`, by name ("-" for a one-file format).
std::map<std::string, std::string> write_all(const std::string& format,
                                             const newskg::graph::KnowledgeGraph& graph,
                                             const newskg::Ontology& ontology)
{
  std::map<std::string, std::ostringstream, std::less<>> streams;
  if (newskg::exports::find_format(format).output == newskg::exports::Output::directory) {
    newskg::exports::write_directory(
      format, graph, ontology, [&](std::string_view name) -> std::ostream& {
        return streams[std::string(name)];
      });
  } else {
    write(format,
          graph,
          ontology,
          streams["-"],
          {.web_dir = NEWSKG_SOURCE_DIR "/web", .data_dir = NEWSKG_SOURCE_DIR "/data"});
  }
  std::map<std::string, std::string> files;
  for (const auto& [name, stream] : streams) {
    files[name] = stream.str();
  }
  return files;
}

} // namespace

TEST_CASE("Every listed format can be written", "[export][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);

  for (const auto& format : format_names()) {
    const auto files = write_all(format, graph, ontology);
    INFO(format);
    REQUIRE_FALSE(files.empty());
    for (const auto& [name, text] : files) {
      INFO(name);
      CHECK_FALSE(text.empty());
    }
  }
}

TEST_CASE("An unknown format is an input error listing the valid ones", "[export][unit][error]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;

  REQUIRE_THROWS_AS(write("pajek", graph, ontology, out), newskg::InputError);
  REQUIRE_THROWS_WITH(write("pajek", graph, ontology, out),
                      Catch::Contains("'pajek'") && Catch::Contains("graphml, gexf"));
}

TEST_CASE("Every format writes the same bytes for the same input twice", "[export][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  // Two graphs built apart: nothing may depend on addresses, time or order of insertion.
  const auto first = newskg::test::sample_graph(ontology);
  const auto second = newskg::test::sample_graph(ontology);

  for (const auto& format : format_names()) {
    INFO(format);
    CHECK(write_all(format, first, ontology) == write_all(format, second, ontology));
  }
}

TEST_CASE("A directory format refuses a stream and a file format refuses a directory",
          "[export][unit][error]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  std::ostringstream sink;

  REQUIRE_THROWS_WITH(write("neo4j", graph, ontology, out), Catch::Contains("-o DIR"));
  REQUIRE_THROWS_AS(
    newskg::exports::write_directory(
      "graphml", graph, ontology, [&](std::string_view) -> std::ostream& { return sink; }),
    newskg::InputError);
}

TEST_CASE("format_measure rounds to nine decimals", "[export][unit]")
{
  CHECK(newskg::exports::format_measure(0.1234567891234) == "0.123456789");
  CHECK(newskg::exports::format_measure(2.0) == "2");
  CHECK(newskg::exports::format_measure(-1e-12) == "0");
}

TEST_CASE("A format that says it writes no evidence text writes the same without it",
          "[export][unit]")
{
  // export loads the graph without the evidence sentences for these formats
  // (Format::evidence_text): the output must not depend on them.
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  newskg::graph::KnowledgeGraph without(ontology);
  auto extraction = newskg::test::sample_extraction();
  for (auto& relation : extraction.relations) {
    relation.evidence.text.clear();
  }
  without.add(extraction);

  std::size_t checked = 0;
  for (const auto& format : newskg::exports::formats()) {
    if (!format.evidence_text) {
      CAPTURE(format.name);
      CHECK(write_all(std::string(format.name), without, ontology)
            == write_all(std::string(format.name), graph, ontology));
      ++checked;
    }
  }
  CHECK(checked == 2);
  // The evidence text is what graphml writes: the two graphs differ.
  CHECK(write_all("graphml", without, ontology) != write_all("graphml", graph, ontology));
}
