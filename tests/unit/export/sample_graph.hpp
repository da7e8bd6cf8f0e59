#pragma once

// A small hand-built graph for the export tests: Arabic and English labels, an
// Event, a symmetric edge, an attribute, and text that needs escaping.

#include "core/extraction.hpp"
#include "core/ontology.hpp"
#include "graph/knowledge_graph.hpp"

#include <sstream>
#include <string>

namespace newskg::test {

inline Ontology export_ontology()
{
  std::istringstream tsv(
    "# name\tcameo\tsymmetric\tsubject_types\tobject_types\tlabel_en\tlabel_ar\n"
    "announced\t010\tno\tPerson\tEvent\tannounced\tأعلن\n"
    "captured\t192\tno\tCountry\tLocation\tcaptured\tسيطر على\n"
    "holds-position\t-\tno\tPerson\tCountry\tholds position in\tيشغل منصبا في\n"
    "met\t043\tyes\tPerson\tPerson\tmet\tالتقى\n");
  return Ontology::parse(tsv, "export-test.tsv");
}

inline Entity sample_entity(std::string id, EntityType type, const std::string& en, std::string ar)
{
  Entity entity{.id = std::move(id), .type = type, .label = en};
  if (!en.empty()) {
    entity.labels["en"] = en;
  }
  if (!ar.empty()) {
    entity.labels["ar"] = std::move(ar);
  }
  entity.mentions.push_back({.span = {10, 20}, .text = "mention"});
  return entity;
}

inline Relation sample_relation(std::string subject, std::string predicate, std::string object)
{
  Relation relation{.subject = std::move(subject),
                    .predicate = std::move(predicate),
                    .object = std::move(object),
                    .confidence = 0.85};
  relation.evidence = {.sentence = 2, .span = {100, 180}, .text = "أعلن الرئيس \"علييف\"\n"};
  return relation;
}

// "أعلن الرئيس علييف السيطرة على زنغيلان" (President Aliyev announced the
// capture of Zangilan), plus Putin meeting Macron, read from article
// "karabakh 2020/10" (a space and a slash, to exercise percent-encoding).
inline Extraction sample_extraction()
{
  Extraction x{.doc = "karabakh 2020/10", .lang = "ar", .date = "2020-10-20"};
  x.entities = {
    sample_entity("wd:Q7747", EntityType::person, "Vladimir Putin", "فلاديمير بوتين"),
    sample_entity("wd:Q3052772", EntityType::person, "Emmanuel Macron", "إيمانويل ماكرون"),
    sample_entity("wd:Q227", EntityType::country, "Azerbaijan", "أذربيجان"),
    sample_entity("wd:Q319863", EntityType::person, "Ilham Aliyev", "إلهام علييف"),
    // Text a writer must escape: XML specials, a control character, a backslash.
    sample_entity("loc:zangilan", EntityType::location, "Zangilan <&\"\x0B\\ district", "زنغيلان"),
  };
  auto capture = sample_entity("ev:capture", EntityType::event, "capture of Zangilan", "");
  capture.mentions.clear();
  capture.predicate = "captured";
  capture.subject = "wd:Q227";
  capture.object = "loc:zangilan";
  x.entities.push_back(capture);

  auto holds = sample_relation("wd:Q319863", "holds-position", "wd:Q227");
  holds.attributes = {{"role", "president"}};
  x.relations = {sample_relation("wd:Q7747", "met", "wd:Q3052772"),
                 sample_relation("wd:Q227", "captured", "loc:zangilan"),
                 sample_relation("wd:Q319863", "announced", "ev:capture"),
                 holds};
  return x;
}

inline graph::KnowledgeGraph sample_graph(const Ontology& ontology)
{
  graph::KnowledgeGraph graph(ontology);
  graph.add(sample_extraction());
  return graph;
}

// 10,001 people p0 .. p10000 in a chain of "met": one node over the limit
// above which betweenness is estimated (graph/measures.hpp). (The ids are
// appended, not "p" + std::to_string(i), which GCC 12 at -O2 warns about
// with a false -Wrestrict.)
inline graph::KnowledgeGraph estimated_chain_graph(const Ontology& ontology)
{
  Extraction extraction = sample_extraction();
  extraction.entities.clear();
  extraction.relations.clear();
  const auto id = [](std::size_t n) {
    std::string text = "p";
    text += std::to_string(n);
    return text;
  };
  for (std::size_t i = 0; i <= 10000; ++i) {
    extraction.entities.push_back(sample_entity(id(i), EntityType::person, "P", ""));
  }
  for (std::size_t i = 0; i < 10000; ++i) {
    extraction.relations.push_back(sample_relation(id(i), "met", id(i + 1)));
  }
  graph::KnowledgeGraph graph(ontology);
  graph.add(extraction);
  return graph;
}

} // namespace newskg::test
