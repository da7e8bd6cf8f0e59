#include "export/exporters.hpp"

#include "core/error.hpp"
#include "export/number_text.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::exports::format_names;
using newskg::exports::write;

TEST_CASE("Every listed format can be written", "[export][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);

  for (const auto& format : format_names()) {
    std::ostringstream out;
    write(format, graph, ontology, out);
    CHECK_FALSE(out.str().empty());
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
    std::ostringstream a;
    std::ostringstream b;
    write(format, first, ontology, a);
    write(format, second, ontology, b);
    INFO(format);
    CHECK(a.str() == b.str());
  }
}

TEST_CASE("format_measure rounds to nine decimals", "[export][unit]")
{
  CHECK(newskg::exports::format_measure(0.1234567891234) == "0.123456789");
  CHECK(newskg::exports::format_measure(2.0) == "2");
  CHECK(newskg::exports::format_measure(-1e-12) == "0");
}
