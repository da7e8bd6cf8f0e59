#include "cache/extraction_reader.hpp"

#include "cache/json_map.hpp"
#include "core/error.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace newskg::cache {

namespace {

std::size_t to_size(const SQLite::Column& column)
{
  return static_cast<std::size_t>(column.getInt64());
}

// The column's text, valid until the statement steps on.
std::string_view text_of(const SQLite::Column& column)
{
  return {column.getText(), static_cast<std::size_t>(column.getBytes())};
}

std::map<std::string, std::string>
json_column(const SQLite::Column& column, const std::string& path, const std::string& doc_id)
{
  // Issue 9: read in place and moved out, not copied twice.
  auto map = from_json(text_of(column));
  if (!map) {
    throw InputError(path + ": document " + doc_id + ": " + column.getName()
                     + " is not a JSON object of strings");
  }
  return std::move(*map);
}

void read_entity(const SQLite::Statement& select, const std::string& path, Extraction& extraction)
{
  Entity entity;
  entity.id = select.getColumn(1).getString();
  const auto type_name = select.getColumn(2).getString();
  const auto type = parse_entity_type(type_name);
  if (!type) {
    auto message = path + ": document " + extraction.doc;
    message += ": entity " + entity.id + " has the unknown type '" + type_name + "'";
    throw InputError(message);
  }
  entity.type = *type;
  entity.label = select.getColumn(3).getString();
  entity.labels = json_column(select.getColumn(4), path, extraction.doc);
  entity.predicate = select.getColumn(5).getString();
  entity.subject = select.getColumn(6).getString();
  entity.object = select.getColumn(7).getString();
  extraction.entities.push_back(std::move(entity));
}

Relation
read_relation(const SQLite::Statement& select, const std::string& path, const std::string& doc)
{
  return Relation{
    .subject = select.getColumn(1).getString(),
    .predicate = select.getColumn(2).getString(),
    .object = select.getColumn(3).getString(),
    .confidence = select.getColumn(4).getDouble(),
    .cameo = select.getColumn(5).getString(),
    .evidence = {.sentence = to_size(select.getColumn(7)),
                 .span = {.begin = to_size(select.getColumn(8)),
                          .end = to_size(select.getColumn(9))},
                 .text = select.getColumn(10).getString()},
    .attributes = json_column(select.getColumn(6), path, doc),
  };
}

} // namespace

DocumentRows::DocumentRows(SQLite::Database& db, const char* sql)
  : m_select(db, sql),
    m_has_row(m_select.executeStep())
{}

template<typename Row>
void DocumentRows::read(std::string_view doc, const Row& row)
{
  for (; m_has_row; m_has_row = m_select.executeStep()) {
    const auto column = m_select.getColumn(0);
    const auto id = text_of(column);
    if (id > doc) {
      return;
    }
    if (id == doc) {
      row(m_select);
    }
  }
}

ExtractionReader::ExtractionReader(SQLite::Database& db, std::string path)
  : m_path(std::move(path)),
    m_documents(db, "SELECT lang, title, date, url, id FROM documents ORDER BY id"),
    m_entities(db,
               "SELECT doc_id, entity_id, type, label, labels_json, predicate, subject, object"
               " FROM document_entities ORDER BY doc_id, ordinal"),
    // An entity's mentions in their order; which entity comes first does not
    // matter, as each is appended to its own entity.
    m_mentions(db,
               "SELECT doc_id, entity_id, start, end, text FROM mentions"
               " ORDER BY doc_id, entity_id, ordinal"),
    // Extraction keeps one Evidence per relation: the first (ordinal 0).
    m_relations(db,
                "SELECT r.doc_id, r.subject, r.predicate, r.object, r.confidence, r.cameo,"
                " r.attributes_json, e.sentence, e.start, e.end, e.text"
                " FROM relations r"
                " LEFT JOIN evidence e ON e.relation_id = r.id AND e.ordinal = 0"
                " ORDER BY r.doc_id, r.ordinal")
{}

bool ExtractionReader::next(Extraction& extraction)
{
  if (!m_documents.executeStep()) {
    return false;
  }
  extraction = Extraction{.doc = m_documents.getColumn(4).getString(),
                          .lang = m_documents.getColumn(0).getString(),
                          .title = m_documents.getColumn(1).getString(),
                          .date = m_documents.getColumn(2).getString(),
                          .url = m_documents.getColumn(3).getString()};
  const auto& doc = extraction.doc;
  m_entities.read(doc, [&](const SQLite::Statement& row) { read_entity(row, m_path, extraction); });
  std::unordered_map<std::string_view, Entity*> by_id;
  by_id.reserve(extraction.entities.size());
  for (auto& entity : extraction.entities) {
    by_id.emplace(entity.id, &entity);
  }
  m_mentions.read(doc, [&](const SQLite::Statement& row) {
    const auto found = by_id.find(text_of(row.getColumn(1)));
    if (found != by_id.end()) {
      found->second->mentions.push_back(
        Mention{.span = {.begin = to_size(row.getColumn(2)), .end = to_size(row.getColumn(3))},
                .text = row.getColumn(4).getString()});
    }
  });
  m_relations.read(doc, [&](const SQLite::Statement& row) {
    extraction.relations.push_back(read_relation(row, m_path, doc));
  });
  return true;
}

} // namespace newskg::cache
