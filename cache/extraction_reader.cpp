#include "cache/extraction_reader.hpp"

#include "cache/json_map.hpp"
#include "core/error.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>

namespace newskg::cache {

namespace {

std::size_t to_size(const SQLite::Column& column)
{
  return static_cast<std::size_t>(column.getInt64());
}

std::map<std::string, std::string>
json_column(const SQLite::Column& column, const std::string& path, const std::string& doc_id)
{
  auto map = from_json(column.getString());
  if (!map) {
    throw InputError(path + ": document " + doc_id + ": " + column.getName()
                     + " is not a JSON object of strings");
  }
  return *map;
}

void read_metadata(SQLite::Database& db, Extraction& extraction)
{
  SQLite::Statement select(db, "SELECT lang, title, date, url FROM documents WHERE id = ?1");
  select.bind(1, extraction.doc);
  if (select.executeStep()) {
    extraction.lang = select.getColumn(0).getString();
    extraction.title = select.getColumn(1).getString();
    extraction.date = select.getColumn(2).getString();
    extraction.url = select.getColumn(3).getString();
  }
}

void read_entities(SQLite::Database& db, const std::string& path, Extraction& extraction)
{
  SQLite::Statement select(db,
                           "SELECT entity_id, type, label, labels_json, predicate, subject, object"
                           " FROM document_entities WHERE doc_id = ?1 ORDER BY ordinal");
  select.bind(1, extraction.doc);
  while (select.executeStep()) {
    Entity entity;
    entity.id = select.getColumn(0).getString();
    const auto type_name = select.getColumn(1).getString();
    const auto type = parse_entity_type(type_name);
    if (!type) {
      auto message = path + ": document " + extraction.doc;
      message += ": entity " + entity.id + " has the unknown type '" + type_name + "'";
      throw InputError(message);
    }
    entity.type = *type;
    entity.label = select.getColumn(2).getString();
    entity.labels = json_column(select.getColumn(3), path, extraction.doc);
    entity.predicate = select.getColumn(4).getString();
    entity.subject = select.getColumn(5).getString();
    entity.object = select.getColumn(6).getString();
    extraction.entities.push_back(std::move(entity));
  }
}

// Mentions come sorted by (entity ordinal, mention ordinal), so each one is
// appended to the entity it names.
void read_mentions(SQLite::Database& db, Extraction& extraction)
{
  std::map<std::string, Entity*> by_id;
  for (auto& entity : extraction.entities) {
    by_id.emplace(entity.id, &entity);
  }
  SQLite::Statement select(db,
                           "SELECT m.entity_id, m.start, m.end, m.text FROM mentions m"
                           " JOIN document_entities d USING (doc_id, entity_id)"
                           " WHERE m.doc_id = ?1 ORDER BY d.ordinal, m.ordinal");
  select.bind(1, extraction.doc);
  while (select.executeStep()) {
    const auto found = by_id.find(select.getColumn(0).getString());
    if (found != by_id.end()) {
      found->second->mentions.push_back(Mention{
        .span = {.begin = to_size(select.getColumn(1)), .end = to_size(select.getColumn(2))},
        .text = select.getColumn(3).getString()});
    }
  }
}

// Extraction keeps one Evidence per relation: the first (ordinal 0).
void read_relations(SQLite::Database& db, const std::string& path, Extraction& extraction)
{
  SQLite::Statement select(db,
                           "SELECT r.subject, r.predicate, r.object, r.confidence, r.cameo,"
                           " r.attributes_json, e.sentence, e.start, e.end, e.text"
                           " FROM relations r"
                           " LEFT JOIN evidence e ON e.relation_id = r.id AND e.ordinal = 0"
                           " WHERE r.doc_id = ?1 ORDER BY r.ordinal");
  select.bind(1, extraction.doc);
  while (select.executeStep()) {
    Relation relation{
      .subject = select.getColumn(0).getString(),
      .predicate = select.getColumn(1).getString(),
      .object = select.getColumn(2).getString(),
      .confidence = select.getColumn(3).getDouble(),
      .cameo = select.getColumn(4).getString(),
      .evidence = {.sentence = to_size(select.getColumn(6)),
                   .span = {.begin = to_size(select.getColumn(7)),
                            .end = to_size(select.getColumn(8))},
                   .text = select.getColumn(9).getString()},
      .attributes = json_column(select.getColumn(5), path, extraction.doc),
    };
    extraction.relations.push_back(std::move(relation));
  }
}

} // namespace

Extraction read_extraction(SQLite::Database& db, const std::string& path, const std::string& doc_id)
{
  Extraction extraction;
  extraction.doc = doc_id;
  read_metadata(db, extraction);
  read_entities(db, path, extraction);
  read_mentions(db, extraction);
  read_relations(db, path, extraction);
  return extraction;
}

} // namespace newskg::cache
