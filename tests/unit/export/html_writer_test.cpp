#include "core/error.hpp"
#include "export/exporters.hpp"
#include "export/html_graph_json.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using Catch::Contains;
using newskg::exports::WebAssets;

namespace {

WebAssets tiny_assets()
{
  return {.page = "<title>{{TITLE}}</title><style>{{STYLE}}</style>"
                  "<script type=\"application/json\">{{DATA}}</script>"
                  "<script>{{LIBRARY}}</script><script>{{SCRIPT}}</script>",
          .style = "body{}",
          .script = "var s = '{{DATA}}';",
          .library = "var cytoscape = 1;"};
}

std::string html_of(const WebAssets& assets)
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  newskg::exports::write_html(graph, ontology, assets, out);
  return out.str();
}

} // namespace

TEST_CASE("The HTML page embeds the style, the data, the library and the script",
          "[export][unit][html]")
{
  const auto html = html_of(tiny_assets());

  CHECK_THAT(html, Contains("<title>newskg: 6 entities, 4 relations</title>"));
  CHECK_THAT(html, Contains("<style>body{}</style>"));
  CHECK_THAT(html, Contains("<script>var cytoscape = 1;</script>"));
  // A placeholder inside embedded code is left alone: one pass over the template.
  CHECK_THAT(html, Contains("<script>var s = '{{DATA}}';</script>"));
  CHECK_THAT(html, Contains("\"predicate\":\"met\""));
}

TEST_CASE("The graph JSON carries labels in both languages, measures and evidence",
          "[export][unit][html][arabic]")
{
  const auto ontology = newskg::test::export_ontology();
  const auto json =
    newskg::exports::html_graph_json(newskg::test::sample_graph(ontology), ontology);

  CHECK_THAT(json, Contains("\"en\":\"Vladimir Putin\",\"ar\":\"فلاديمير بوتين\""));
  CHECK_THAT(json, Contains("\"pagerank\":0."));
  CHECK_THAT(json, Contains("\"doc\":\"karabakh 2020/10\",\"date\":\"2020-10-20\",\"sentence\":2"));
  CHECK_THAT(json, Contains("\"text\":\"أعلن الرئيس \\\"علييف\\\"\\n\""));
  CHECK_THAT(json, Contains("{\"name\":\"met\",\"en\":\"met\",\"ar\":\"التقى\",\"count\":1}"));
}

TEST_CASE("The graph JSON names an estimated betweenness betweenness_estimate",
          "[export][unit][html]")
{
  const auto ontology = newskg::test::export_ontology();

  const auto exact =
    newskg::exports::html_graph_json(newskg::test::sample_graph(ontology), ontology);
  const auto estimated =
    newskg::exports::html_graph_json(newskg::test::estimated_chain_graph(ontology), ontology);

  CHECK_THAT(exact,
             Contains("\"measures\":[\"degree\",\"weighted_degree\",\"pagerank\","
                      "\"betweenness\"]"));
  CHECK_THAT(exact, Contains("\"betweenness\":"));
  CHECK_THAT(exact, !Contains("betweenness_estimate"));
  CHECK_THAT(estimated,
             Contains("\"measures\":[\"degree\",\"weighted_degree\",\"pagerank\","
                      "\"betweenness_estimate\"]"));
  CHECK_THAT(estimated, Contains("\"betweenness_estimate\":"));
  CHECK_THAT(estimated, !Contains("\"betweenness\""));
}

TEST_CASE("The graph JSON cannot close its script element", "[export][unit][html]")
{
  const auto ontology = newskg::test::export_ontology();
  newskg::graph::KnowledgeGraph graph(ontology);
  auto extraction = newskg::test::sample_extraction();
  extraction.entities[0].label = "</script><!-- x";
  graph.add(extraction);

  const auto json = newskg::exports::html_graph_json(graph, ontology);

  CHECK_THAT(json, !Contains("</"));
  CHECK_THAT(json, !Contains("<!--"));
  CHECK_THAT(json, Contains("<\\/script>\\u003c!-- x"));
}

TEST_CASE("The graph JSON is safe in a script where its blocks meet", "[export][unit][html]")
{
  // The JSON is rewritten a block of 64 KiB at a time: "</" and "<!--" at
  // every offset, far past the first block, are rewritten as well.
  const auto ontology = newskg::test::export_ontology();
  newskg::graph::KnowledgeGraph graph(ontology);
  auto extraction = newskg::test::sample_extraction();
  std::string label = "START";
  constexpr std::size_t patterns = 20000;
  for (std::size_t n = 0; n < patterns; ++n) {
    label += "</script><!--";
    label.append(n % 7, 'a');
  }
  extraction.entities[0].label = label;
  graph.add(extraction);

  const auto json = newskg::exports::html_graph_json(graph, ontology);

  const auto count = [&](std::string_view what) {
    std::size_t found = 0;
    for (auto at = json.find(what); at != std::string::npos; at = json.find(what, at + 1)) {
      ++found;
    }
    return found;
  };
  REQUIRE(json.size() > std::size_t{4} << 16U);
  CHECK(count("</") == 0);
  CHECK(count("<!--") == 0);
  REQUIRE(count("START") > 0);
  CHECK(count("<\\/script>\\u003c!--") == patterns * count("START"));
}

TEST_CASE("The HTML writer refuses a library that would close its script element",
          "[export][unit][html][error]")
{
  auto assets = tiny_assets();
  assets.library = "var a = '</SCRIPT>';";

  REQUIRE_THROWS_AS(html_of(assets), newskg::DataError);
}

TEST_CASE("Missing web files are a data error naming the file", "[export][unit][html][error]")
{
  const auto missing = std::filesystem::temp_directory_path() / "newskg-no-such-web";

  REQUIRE_THROWS_AS(WebAssets::load(missing), newskg::DataError);
  REQUIRE_THROWS_WITH(WebAssets::load(missing), Contains("viewer.html: missing"));
}

TEST_CASE("The shipped web/ directory is found beside data/ and loads", "[export][unit][html]")
{
  const auto dir = newskg::exports::find_web_dir(NEWSKG_SOURCE_DIR "/data");

  const auto assets = WebAssets::load(dir);

  CHECK_THAT(assets.page, Contains("{{DATA}}"));
  CHECK_THAT(assets.library, Contains("Cytoscape"));
}
