#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <map>

namespace newskg::test {

const extract::Resources& shipped_resources()
{
  static const auto resources = extract::Resources::load(NEWSKG_SOURCE_DIR "/data");
  return resources;
}

std::set<std::string> triples_of(const std::string& text, const std::string& lang)
{
  const Document document{.id = "test", .lang = lang, .text = text, .source = "test"};
  const auto extraction = extract::extract(document, shipped_resources());
  std::map<std::string, const Entity*> by_id;
  for (const auto& entity : extraction.entities) {
    by_id[entity.id] = &entity;
  }
  const auto label = [&](const std::string& id) -> std::string {
    const auto* entity = by_id.at(id);
    if (entity->type == EntityType::event) {
      return "[" + entity->predicate + " " + by_id.at(entity->object)->label + "]";
    }
    return entity->label;
  };
  std::set<std::string> triples;
  for (const auto& relation : extraction.relations) {
    auto subject = label(relation.subject);
    auto object = label(relation.object);
    // Symmetric relations read in label order, whatever order the ids give.
    if (shipped_resources().ontology().find(relation.predicate)->symmetric && object < subject) {
      std::swap(subject, object);
    }
    auto triple = subject + "|" + relation.predicate + "|" + object;
    if (const auto role = relation.attributes.find("role"); role != relation.attributes.end()) {
      triple += "|" + role->second;
    }
    triples.insert(triple);
  }
  return triples;
}

void check_rows(const std::vector<RuleRow>& rows, const std::string& lang)
{
  for (const auto& row : rows) {
    const auto triples = triples_of(row.sentence, lang);
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
