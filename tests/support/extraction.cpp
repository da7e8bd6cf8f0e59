#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <vector>

namespace newskg::test {

const extract::Resources& shipped_resources()
{
  static const auto resources = extract::Resources::load(NEWSKG_SOURCE_DIR "/data");
  return resources;
}

std::set<std::string> triples_of(const std::string& text,
                                 const std::string& lang,
                                 const std::string& date,
                                 const extract::Resources& resources)
{
  const Document document{.id = "test", .lang = lang, .text = text, .date = date, .source = "test"};
  const auto extraction = extract::extract(document, resources);
  std::map<std::string, const Entity*> by_id;
  for (const auto& entity : extraction.entities) {
    by_id[entity.id] = &entity;
  }
  // An entity goes by its English label, and a name found in an Arabic text
  // also by the Arabic it was written in ("سارة جونسون" beside "Sara Junsun").
  const auto names = [&](const std::string& id) -> std::vector<std::string> {
    const auto* entity = by_id.at(id);
    if (entity->type == EntityType::event) {
      return {"[" + entity->predicate + " " + by_id.at(entity->object)->label + "]"};
    }
    std::vector<std::string> out{entity->label};
    if (const auto ar = entity->labels.find("ar");
        ar != entity->labels.end() && id.starts_with("x:") && entity->labels.contains("en")
        && entity->labels.at("en") == entity->label && ar->second != entity->label) {
      out.push_back(ar->second);
    }
    return out;
  };
  std::set<std::string> triples;
  for (const auto& relation : extraction.relations) {
    for (const auto& subject_name : names(relation.subject)) {
      for (const auto& object_name : names(relation.object)) {
        auto subject = subject_name;
        auto object = object_name;
        // Symmetric relations read in label order, whatever order the ids give.
        if (resources.ontology().find(relation.predicate)->symmetric && object < subject) {
          std::swap(subject, object);
        }
        auto triple = subject + "|" + relation.predicate + "|" + object;
        if (const auto role = relation.attributes.find("role"); role != relation.attributes.end()) {
          triple += "|" + role->second;
        }
        triples.insert(triple);
      }
    }
  }
  return triples;
}

void check_rows(const std::vector<RuleRow>& rows, const std::string& lang)
{
  for (const auto& row : rows) {
    const auto triples = triples_of(row.sentence, lang, row.date);
    INFO(row.construction << ": " << row.sentence);
    std::string all;
    for (const auto& t : triples) {
      all += t + "\n";
    }
    INFO("extracted:\n" << all);
    CHECK(triples.contains(row.triple) == row.expected);
  }
}

} // namespace newskg::test
