#include "graph/knowledge_graph.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using newskg::Entity;
using newskg::EntityType;
using newskg::Extraction;
using newskg::Ontology;
using newskg::Relation;
using newskg::Span;
using newskg::graph::KnowledgeGraph;

namespace {

Ontology sample_ontology()
{
  std::istringstream tsv(
    "# name\tcameo\tsymmetric\tsubject_types\tobject_types\tlabel_en\tlabel_ar\n"
    "holds-position\t-\tno\tPerson\tCountry,Organization\tholds position in\tيشغل منصبا في\n"
    "met\t043\tyes\tPerson,Organization\tPerson,Organization\tmet\tالتقى\n"
    "visited\t042\tno\tPerson\tCountry,Location\tvisited\tزار\n");
  return Ontology::parse(tsv, "test.tsv");
}

Entity person(std::string id, std::string label, std::size_t mention_at)
{
  return Entity{.id = std::move(id),
                .type = EntityType::person,
                .label = std::move(label),
                .mentions = {{.span = {mention_at, mention_at + 5}, .text = "name"}}};
}

Relation met(std::string subject, std::string object, std::size_t sentence, double confidence)
{
  return Relation{.subject = std::move(subject),
                  .predicate = "met",
                  .object = std::move(object),
                  .confidence = confidence,
                  .evidence = {.sentence = sentence,
                               .span = {sentence * 100, sentence * 100 + 50},
                               .text = "they met"}};
}

// "التقى بوتين ماكرون" (Putin met Macron), in Arabic, on 2020-10-10.
Extraction arabic_article()
{
  auto putin = person("wd:Q7747", "", 0);
  putin.labels = {{"ar", "فلاديمير بوتين"}};
  auto macron = person("wd:Q3052772", "Emmanuel Macron", 10);
  macron.labels = {{"ar", "إيمانويل ماكرون"}};
  return Extraction{.doc = "a-ar",
                    .lang = "ar",
                    .date = "2020-10-10",
                    .entities = {putin, macron},
                    .relations = {met("wd:Q7747", "wd:Q3052772", 1, 0.6)}};
}

// "Macron met Putin": the same symmetric relation the other way round.
Extraction english_article()
{
  auto putin = person("wd:Q7747", "Vladimir Putin", 3);
  putin.labels = {{"en", "Vladimir Putin"}, {"ar", "بوتين"}};
  auto macron = person("wd:Q3052772", "Macron", 20);
  return Extraction{.doc = "b-en",
                    .lang = "en",
                    .entities = {macron, putin},
                    .relations = {met("wd:Q3052772", "wd:Q7747", 2, 0.9)}};
}

} // namespace

TEST_CASE("Entities merge by id across two documents", "[graph][unit][arabic]")
{
  KnowledgeGraph graph(sample_ontology());

  graph.add(arabic_article());
  graph.add(english_article());

  REQUIRE(graph.node_count() == 2);
  const auto* putin = graph.find("wd:Q7747");
  REQUIRE(putin != nullptr);
  CHECK(putin->mentions == 2);
  CHECK(putin->documents == std::vector<std::string>{"a-ar", "b-en"});
  // The first non-empty label wins, per language and for the English label,
  // but a document in the label's language before any other: the English
  // article's "Macron" over the Arabic one's English label.
  CHECK(putin->label == "Vladimir Putin");
  CHECK(putin->labels.at("ar") == "فلاديمير بوتين");
  CHECK(putin->labels.at("en") == "Vladimir Putin");
  CHECK(graph.find("wd:Q3052772")->label == "Macron");
  CHECK(graph.find("wd:Q1") == nullptr);
}

TEST_CASE("A name as an article in its language wrote it beats a romanization, in either order",
          "[graph][unit][arabic]")
{
  const auto document =
    [](const std::string& doc, const std::string& lang, std::map<std::string, std::string> labels) {
      Extraction x{.doc = doc, .lang = lang};
      x.entities.push_back(Entity{.id = "x:person:zaev",
                                  .type = EntityType::person,
                                  .label = labels.at("en"),
                                  .labels = std::move(labels)});
      return x;
    };
  const auto arabic = document("a-ar", "ar", {{"ar", "زوران زئيف"}, {"en", "Zuran Zif"}});
  const auto english = document("b-en", "en", {{"en", "Zoran Zaev"}});
  for (const bool arabic_first : {true, false}) {
    KnowledgeGraph graph(sample_ontology());
    graph.add(arabic_first ? arabic : english);
    graph.add(arabic_first ? english : arabic);
    const auto* zaev = graph.find("x:person:zaev");
    REQUIRE(zaev != nullptr);
    CHECK(zaev->label == "Zoran Zaev");
    CHECK(zaev->labels.at("en") == "Zoran Zaev");
    CHECK(zaev->labels.at("ar") == "زوران زئيف");
  }
}

TEST_CASE("A symmetric relation read both ways is one edge", "[graph][unit]")
{
  KnowledgeGraph graph(sample_ontology());

  graph.add(arabic_article());
  graph.add(english_article());

  REQUIRE(graph.edge_count() == 1);
  const auto* edge = graph.edges().front();
  CHECK(edge->subject == "wd:Q3052772");
  CHECK(edge->object == "wd:Q7747");
  CHECK(edge->symmetric);
  CHECK(edge->cameo == "043");
  CHECK(edge->mentions == 2);
  CHECK(edge->confidence == Approx(0.9));
  REQUIRE(edge->evidence.size() == 2);
  CHECK(edge->evidence[0].doc == "a-ar");
  CHECK(edge->evidence[0].date == "2020-10-10");
  CHECK(edge->evidence[1].doc == "b-en");
  CHECK(edge->evidence[1].date.empty());
}

TEST_CASE("A directed relation keeps its direction", "[graph][unit]")
{
  KnowledgeGraph graph(sample_ontology());
  auto article = english_article();
  article.entities.push_back(
    Entity{.id = "wd:Q142", .type = EntityType::country, .label = "France"});
  Relation president{
    .subject = "wd:Q7747", .predicate = "holds-position", .object = "wd:Q142", .confidence = 0.5};
  president.attributes = {{"role", "president"}};
  Relation minister = president;
  minister.confidence = 0.7;
  minister.evidence.sentence = 3;
  minister.attributes = {{"role", "minister"}, {"since", "2000"}};
  article.relations = {president, minister};

  graph.add(article);

  REQUIRE(graph.edge_count() == 1);
  const auto* edge = graph.edges().front();
  CHECK(edge->subject == "wd:Q7747");
  CHECK(edge->object == "wd:Q142");
  CHECK_FALSE(edge->symmetric);
  CHECK(edge->cameo.empty());
  CHECK(edge->mentions == 2);
  CHECK(edge->confidence == Approx(0.7));
  CHECK(edge->attributes
        == std::map<std::string, std::string>{{"role", "president"}, {"since", "2000"}});
}

TEST_CASE("Adding the same document twice adds no evidence and no mentions", "[graph][unit]")
{
  KnowledgeGraph graph(sample_ontology());
  graph.add(arabic_article());
  graph.add(english_article());

  graph.add(arabic_article());
  graph.add(english_article());

  CHECK(graph.node_count() == 2);
  REQUIRE(graph.edge_count() == 1);
  CHECK(graph.edges().front()->mentions == 2);
  CHECK(graph.edges().front()->evidence.size() == 2);
  CHECK(graph.find("wd:Q7747")->mentions == 2);
  CHECK(graph.find("wd:Q7747")->documents.size() == 2);
}

TEST_CASE("A relation naming an entity outside its document is skipped", "[graph][unit]")
{
  KnowledgeGraph graph(sample_ontology());
  auto article = english_article();
  article.relations.push_back(met("wd:Q7747", "wd:Q999", 5, 0.8));
  article.relations.push_back(met("wd:Q999", "wd:Q3052772", 6, 0.8));

  graph.add(article);

  CHECK(graph.node_count() == 2);
  CHECK(graph.edge_count() == 1);
  CHECK(graph.find("wd:Q999") == nullptr);
}

TEST_CASE("Nodes come sorted by id and edges by triple", "[graph][unit]")
{
  KnowledgeGraph graph(sample_ontology());
  auto article = english_article();
  article.entities.push_back(Entity{.id = "wd:Q142", .type = EntityType::country});
  article.entities.push_back(Entity{.id = "wd:Q100", .type = EntityType::location});
  article.relations.push_back(
    Relation{.subject = "wd:Q7747", .predicate = "visited", .object = "wd:Q142"});
  article.relations.push_back(
    Relation{.subject = "wd:Q7747", .predicate = "visited", .object = "wd:Q100"});

  graph.add(article);

  std::vector<std::string> ids;
  for (const auto* node : graph.nodes()) {
    ids.push_back(node->id);
  }
  CHECK(ids == std::vector<std::string>{"wd:Q100", "wd:Q142", "wd:Q3052772", "wd:Q7747"});
  std::vector<std::string> triples;
  for (const auto* edge : graph.edges()) {
    triples.push_back(edge->subject + " " + edge->predicate + " " + edge->object);
  }
  CHECK(triples
        == std::vector<std::string>{
          "wd:Q3052772 met wd:Q7747", "wd:Q7747 visited wd:Q100", "wd:Q7747 visited wd:Q142"});
}

TEST_CASE("Nodes and edges span the first to the last day of their dated articles", "[graph][unit]")
{
  KnowledgeGraph graph(sample_ontology());
  auto later = english_article();
  later.doc = "c-en";
  later.date = "2020-11-02T09:30:00+03:00";

  graph.add(english_article()); // undated: widens nothing
  graph.add(later);
  graph.add(arabic_article()); // 2020-10-10, added last: the first day all the same

  const auto* putin = graph.find("wd:Q7747");
  REQUIRE(putin != nullptr);
  CHECK(putin->dates.first == "2020-10-10");
  CHECK(putin->dates.last == "2020-11-02");
  const auto* edge = graph.edges().front();
  CHECK(edge->dates.first == "2020-10-10");
  CHECK(edge->dates.last == "2020-11-02");

  KnowledgeGraph undated(sample_ontology());
  undated.add(english_article());
  CHECK(undated.find("wd:Q7747")->dates.empty());
  CHECK(undated.edges().front()->dates.empty());
}

TEST_CASE("A node's aliases are every label and name read, and the names add_aliases gives",
          "[graph][unit][arabic]")
{
  KnowledgeGraph graph(sample_ontology());
  auto arabic = arabic_article();
  arabic.entities[0].mentions = {{.span = {0, 5}, .text = "بوتين"},
                                 {.span = {9, 14}, .text = "بوتين"}};

  graph.add(arabic);
  graph.add(english_article());
  graph.add_aliases("wd:Q7747", {"Putin", "", "فلاديمير بوتن", "Vladimir Putin"});
  graph.add_aliases("wd:Q1", {"nobody"});

  // Labels of both articles, the names read (each once; "name" is the
  // mention text of english_article()), the gazetteer's; sorted by bytes.
  CHECK(graph.find("wd:Q7747")->aliases
        == std::vector<std::string>{
          "Putin", "Vladimir Putin", "name", "بوتين", "فلاديمير بوتن", "فلاديمير بوتين"});
  // No name of Putin among Macron's.
  CHECK(graph.find("wd:Q3052772")->aliases
        == std::vector<std::string>{"Emmanuel Macron", "Macron", "name", "إيمانويل ماكرون"});
  CHECK(graph.find("wd:Q1") == nullptr);
}

TEST_CASE("A romanization under its own tag never becomes the English label",
          "[graph][unit][arabic]")
{
  const auto document = [](const std::string& doc,
                           const std::string& lang,
                           const std::string& label,
                           std::map<std::string, std::string> labels) {
    Extraction x{.doc = doc, .lang = lang};
    x.entities.push_back(Entity{.id = "x:person:zaev",
                                .type = EntityType::person,
                                .label = label,
                                .labels = std::move(labels)});
    return x;
  };
  const auto arabic =
    document("a-ar", "ar", "Zuran Zif", {{"ar", "زوران زئيف"}, {"ar-Latn", "Zuran Zif"}});
  const auto english = document("b-en", "en", "Zoran Zaev", {{"en", "Zoran Zaev"}});

  KnowledgeGraph alone(sample_ontology());
  alone.add(arabic);
  KnowledgeGraph both(sample_ontology());
  both.add(arabic);
  both.add(english);

  // Only the romanization: it names the node, and no "en" label exists.
  CHECK(alone.find("x:person:zaev")->label == "Zuran Zif");
  CHECK_FALSE(alone.find("x:person:zaev")->labels.contains("en"));
  CHECK(alone.find("x:person:zaev")->labels.at("ar-Latn") == "Zuran Zif");
  // With an English article, its name wins.
  CHECK(both.find("x:person:zaev")->label == "Zoran Zaev");
  CHECK(both.find("x:person:zaev")->labels.at("en") == "Zoran Zaev");
}
