#include "export/exporters.hpp"
#include "export/rdf_iri.hpp"
#include "export/rdf_term.hpp"

#include "sample_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::EntityType;
using namespace newskg::exports;

namespace {

enum class Syntax { turtle, ntriples };

std::string sample_rdf(Syntax syntax)
{
  const auto ontology = newskg::test::export_ontology();
  const auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream out;
  if (syntax == Syntax::turtle) {
    write_turtle(graph, ontology, out);
  } else {
    write_ntriples(graph, ontology, out);
  }
  return out.str();
}

} // namespace

TEST_CASE("RDF literals escape quotes, backslashes and controls", "[export][rdf][unit]")
{
  struct Row
  {
    std::string text;
    std::string escaped;
  };
  const std::vector<Row> rows{
    {"plain", "plain"},
    {"say \"no\"", "say \\\"no\\\""},
    {"a\\b", "a\\\\b"},
    {"line\nbreak\r", "line\\nbreak\\r"},
    {"tab\tand\x0B", "tab\\u0009and\\u000B"},
    // "قال" (he said) stays raw UTF-8.
    {"قال \"لا\"", "قال \\\"لا\\\""},
    // A malformed byte becomes U+FFFD, so the output stays valid UTF-8.
    {"bad\xFF", "bad\xEF\xBF\xBD"},
  };

  for (const auto& row : rows) {
    CHECK(escape_literal(row.text) == row.escaped);
  }
}

TEST_CASE("IRIs built from text are percent-encoded", "[export][rdf][unit][arabic]")
{
  CHECK(percent_encode("karabakh-2020.10_a~") == "karabakh-2020.10_a~");
  CHECK(percent_encode("a b/c#d") == "a%20b%2Fc%23d");
  CHECK(percent_encode("<{|}>") == "%3C%7B%7C%7D%3E");
  CHECK(percent_encode("ج") == "%D8%AC");
  CHECK(article_iri("karabakh 2020/10") == "https://newskg.org/article/karabakh%202020%2F10");
}

TEST_CASE("Entity IRIs come from ids, never from order", "[export][rdf][unit]")
{
  CHECK(entity_iri("wd:Q7747", EntityType::person) == "https://newskg.org/entity/Q7747");
  CHECK(wikidata_iri("wd:Q7747") == "http://www.wikidata.org/entity/Q7747");
  CHECK(wikidata_iri("loc:zangilan").empty());
  const auto minted = entity_iri("loc:zangilan", EntityType::location);
  CHECK_THAT(minted, Catch::StartsWith("https://newskg.org/entity/location/"));
  CHECK(minted.size() == std::string("https://newskg.org/entity/location/").size() + 16);
  CHECK(relation_iri("a", "met", "b") == relation_iri("a", "met", "b"));
  CHECK(relation_iri("a", "met", "b") != relation_iri("b", "met", "a"));
}

TEST_CASE("Language tags follow BCP 47", "[export][rdf][unit]")
{
  CHECK(is_language_tag("ar"));
  CHECK(is_language_tag("ar-EG"));
  CHECK_FALSE(is_language_tag("ar_EG"));
  CHECK_FALSE(is_language_tag(""));
  CHECK_FALSE(is_language_tag("ar-"));
}

TEST_CASE("Turtle writes entities, relation nodes and evidence", "[export][rdf][unit][arabic]")
{
  const auto ttl = sample_rdf(Syntax::turtle);

  CHECK_THAT(ttl, Catch::Contains("@prefix kgo: <https://newskg.org/ontology#> ."));
  CHECK_THAT(ttl, Catch::Contains("<https://newskg.org/entity/Q7747>\n    rdf:type schema:Person"));
  CHECK_THAT(ttl, Catch::Contains("rdfs:label \"فلاديمير بوتين\"@ar"));
  CHECK_THAT(ttl, Catch::Contains("owl:sameAs <http://www.wikidata.org/entity/Q7747>"));
  CHECK_THAT(ttl, Catch::Contains("rdfs:label \"Zangilan <&\\\"\\u000B\\\\ district\"@en"));
  CHECK_THAT(ttl,
             Catch::Contains("<https://newskg.org/entity/Q319863>\n    kgo:holdsPosition "
                             "<https://newskg.org/entity/Q227> ."));
  CHECK_THAT(ttl, Catch::Contains("kgo:role \"president\""));
  CHECK_THAT(ttl, Catch::Contains("kgo:confidence \"0.85\"^^xsd:decimal"));
  CHECK_THAT(ttl, Catch::Contains("kgo:eventPredicate kgo:captured"));
  CHECK_THAT(ttl, Catch::Contains("rdf:type rdf:Statement"));
  CHECK_THAT(
    ttl, Catch::Contains("prov:wasDerivedFrom <https://newskg.org/article/karabakh%202020%2F10>"));
  CHECK_THAT(ttl, Catch::Contains("schema:datePublished \"2020-10-20\"^^xsd:date"));
  CHECK_THAT(ttl, Catch::Contains("kgo:text \"أعلن الرئيس \\\"علييف\\\"\\n\""));
}

TEST_CASE("N-Triples writes one full-IRI triple per line", "[export][rdf][unit]")
{
  const auto nt = sample_rdf(Syntax::ntriples);

  std::istringstream lines(nt);
  std::string line;
  std::size_t count = 0;
  while (std::getline(lines, line)) {
    ++count;
    CHECK_THAT(line, Catch::StartsWith("<") && Catch::EndsWith(" ."));
  }
  CHECK(count > 50);
  CHECK_THAT(nt,
             Catch::Contains("<https://newskg.org/entity/Q227> "
                             "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                             "<https://schema.org/Country> ."));
}

TEST_CASE("RDF of the same graph is byte-identical twice", "[export][rdf][unit]")
{
  CHECK(sample_rdf(Syntax::turtle) == sample_rdf(Syntax::turtle));
  CHECK(sample_rdf(Syntax::ntriples) == sample_rdf(Syntax::ntriples));
}

TEST_CASE("RDF does not change when the same article is added again", "[export][rdf][unit]")
{
  const auto ontology = newskg::test::export_ontology();
  auto graph = newskg::test::sample_graph(ontology);
  std::ostringstream once;
  write_ntriples(graph, ontology, once);

  graph.add(newskg::test::sample_extraction());
  std::ostringstream twice;
  write_ntriples(graph, ontology, twice);

  CHECK(once.str() == twice.str());
}

TEST_CASE("RDF tags a romanization @ar-Latn, never @en, and drops it beside an English name",
          "[export][rdf][unit][arabic]")
{
  const auto ontology = newskg::test::export_ontology();
  newskg::Extraction arabic{.doc = "a", .lang = "ar"};
  // Rawa, read in Arabic only: its name is the romanization.
  arabic.entities.push_back(newskg::Entity{.id = "x:location:rawa",
                                           .type = EntityType::location,
                                           .label = "Rawa",
                                           .labels = {{"ar", "راوة"}, {"ar-Latn", "Rawa"}},
                                           .mentions = {{.span = {0, 4}, .text = "راوة"}}});
  // Zaev, read in Arabic and in English.
  arabic.entities.push_back(
    newskg::Entity{.id = "x:person:zaev",
                   .type = EntityType::person,
                   .label = "Zuran Zif",
                   .labels = {{"ar", "زوران زئيف"}, {"ar-Latn", "Zuran Zif"}}});
  // A name known only in Arabic: no English label at all.
  arabic.entities.push_back(newskg::Entity{.id = "x:organization:x",
                                           .type = EntityType::organization,
                                           .label = "هيئة",
                                           .labels = {{"ar", "هيئة"}}});
  newskg::Extraction english{.doc = "b", .lang = "en"};
  english.entities.push_back(newskg::Entity{.id = "x:person:zaev",
                                            .type = EntityType::person,
                                            .label = "Zoran Zaev",
                                            .labels = {{"en", "Zoran Zaev"}}});
  newskg::graph::KnowledgeGraph graph(ontology);
  graph.add(arabic);
  graph.add(english);
  std::ostringstream out;

  write_ntriples(graph, ontology, out);

  const auto nt = out.str();
  const auto label = [](const std::string& text, const std::string& tag) {
    return "<http://www.w3.org/2000/01/rdf-schema#label> \"" + text + "\"@" + tag + " .";
  };
  const auto alternate = [](const std::string& text) {
    return "<https://schema.org/alternateName> \"" + text + "\" .";
  };
  CHECK_THAT(nt, Catch::Contains(label("Rawa", "ar-Latn")));
  CHECK_THAT(nt, Catch::Contains(label("راوة", "ar")));
  CHECK_THAT(nt, !Catch::Contains(label("Rawa", "en")));
  CHECK_THAT(nt, Catch::Contains(label("Zoran Zaev", "en")));
  CHECK_THAT(nt, !Catch::Contains(label("Zuran Zif", "ar-Latn")));
  CHECK_THAT(nt, !Catch::Contains(label("Zuran Zif", "en")));
  CHECK_THAT(nt, Catch::Contains(alternate("Zuran Zif")));
  CHECK_THAT(nt, Catch::Contains(label("هيئة", "ar")));
  CHECK_THAT(nt, !Catch::Contains(label("هيئة", "en")));
  CHECK_THAT(nt, !Catch::Contains(alternate("هيئة")));
}
