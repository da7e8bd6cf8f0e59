#include "cache/relation_query.hpp"

#include "cache/json_map.hpp"
#include "core/error.hpp"

#include <SQLiteCpp/Statement.h>

#include <cstdint>

namespace newskg::cache {

namespace {

// The English label, else the Arabic one, else empty (callers show the id).
constexpr const char* select_rows = R"sql(
SELECT r.subject, COALESCE(NULLIF(s.label_en, ''), s.label_ar),
       r.predicate,
       r.object, COALESCE(NULLIF(o.label_en, ''), o.label_ar),
       r.confidence, r.attributes_json, r.doc_id,
       e.sentence, e.start, e.end, e.text, d.date
FROM relations r
JOIN documents d ON d.id = r.doc_id
JOIN evidence e ON e.relation_id = r.id
JOIN entities s ON s.id = r.subject
JOIN entities o ON o.id = r.object
WHERE )sql";

// Sorted as Cache::query promises; the tail (start, ordinals) only makes
// ties deterministic.
constexpr const char* order_rows = " ORDER BY r.subject, r.predicate, r.object, r.doc_id,"
                                   " e.sentence, e.start, r.ordinal, e.ordinal LIMIT ?";

// Collects the SQL condition and its parameters, in order.
struct Where
{
  std::string sql;
  std::vector<std::string> params;

  // "r.subject IN (?, ?)"; an empty list matches nothing.
  std::string in(const char* column, const std::vector<std::string>& ids)
  {
    std::string out = column;
    out += " IN (";
    for (std::size_t i = 0; i < ids.size(); ++i) {
      out += i == 0 ? "?" : ", ?";
      params.push_back(ids[i]);
    }
    out += ")";
    return out;
  }
};

// "50%" => "50\\%": LIKE takes the key literally.
std::string like_escaped(const std::string& text)
{
  std::string out;
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

// " AND r.predicate IN (...)" for a swapped match that only the swappable
// predicates may take; empty when every predicate may (either_direction).
std::string swappable_only(Where& where, const QueryFilter& filter)
{
  if (filter.either_direction) {
    return {};
  }
  std::string out = " AND ";
  out += where.in("r.predicate", filter.swappable);
  return out;
}

// either_direction reads the filter with subject and object swapped as well:
// --subject بوتين --predicate called finds "Macron called Putin", stored
// once with the endpoints in canonical order (ontology.md, symmetric ↔).
Where where_of(const QueryFilter& filter)
{
  // Built with += only: g++ 12 gives a false -Wrestrict on "(" + std::string.
  Where where;
  const auto& subjects = filter.subject_ids;
  const auto& objects = filter.object_ids;
  if (filter.by_subject && filter.by_object) {
    where.sql += "((";
    where.sql += where.in("r.subject", subjects);
    where.sql += " AND ";
    where.sql += where.in("r.object", objects);
    where.sql += ")";
    if (filter.either_direction || !filter.swappable.empty()) {
      where.sql += " OR (";
      where.sql += where.in("r.object", subjects);
      where.sql += " AND ";
      where.sql += where.in("r.subject", objects);
      where.sql += swappable_only(where, filter);
      where.sql += ")";
    }
    where.sql += ")";
  } else if (filter.by_subject || filter.by_object) {
    const auto& ids = filter.by_subject ? subjects : objects;
    where.sql += "(";
    where.sql += where.in(filter.by_subject ? "r.subject" : "r.object", ids);
    if (filter.either_direction || !filter.swappable.empty()) {
      where.sql += " OR (";
      where.sql += where.in(filter.by_subject ? "r.object" : "r.subject", ids);
      where.sql += swappable_only(where, filter);
      where.sql += ")";
    }
    where.sql += ")";
  } else {
    where.sql += "1";
  }
  if (!filter.predicate.empty()) {
    where.sql += " AND r.predicate = ?";
    where.params.push_back(filter.predicate);
  }
  // ISO 8601 dates compare as text; --until compares the date's prefix of
  // the bound's length, so "2020-10" includes the whole of October.
  if (!filter.since.empty()) {
    where.sql += " AND d.date != '' AND d.date >= ?";
    where.params.push_back(filter.since);
  }
  if (!filter.until.empty()) {
    where.sql += " AND d.date != '' AND substr(d.date, 1, length(?)) <= ?";
    where.params.push_back(filter.until);
    where.params.push_back(filter.until);
  }
  // evidence_text: trigram FTS5, so LIKE on it uses the index for 3+ chars.
  for (const auto& key : filter.text_keys) {
    where.sql += " AND r.id IN (SELECT rowid FROM evidence_text WHERE key LIKE ? ESCAPE '\\')";
    std::string pattern = "%";
    pattern += like_escaped(key);
    pattern += '%';
    where.params.push_back(std::move(pattern));
  }
  return where;
}

std::size_t to_size(const SQLite::Column& column)
{
  return static_cast<std::size_t>(column.getInt64());
}

QueryRow row_of(const SQLite::Statement& select, const std::string& path)
{
  auto attributes = from_json(select.getColumn(6).getString());
  if (!attributes) {
    throw InputError(path + ": document " + select.getColumn(7).getString()
                     + ": attributes_json is not a JSON object of strings");
  }
  return QueryRow{
    .date = select.getColumn(12).getString(),
    .subject_id = select.getColumn(0).getString(),
    .subject_label = select.getColumn(1).getString(),
    .predicate = select.getColumn(2).getString(),
    .object_id = select.getColumn(3).getString(),
    .object_label = select.getColumn(4).getString(),
    .confidence = select.getColumn(5).getDouble(),
    .attributes = std::move(*attributes),
    .doc = select.getColumn(7).getString(),
    .sentence = to_size(select.getColumn(8)),
    .span = {.begin = to_size(select.getColumn(9)), .end = to_size(select.getColumn(10))},
    .text = select.getColumn(11).getString(),
  };
}

} // namespace

std::vector<QueryRow>
run_query(SQLite::Database& db, const std::string& path, const QueryFilter& filter)
{
  const auto where = where_of(filter);
  SQLite::Statement select(db, select_rows + where.sql + order_rows);
  int index = 1;
  for (const auto& param : where.params) {
    select.bind(index++, param);
  }
  // SQLite: a negative LIMIT means no limit.
  select.bind(index,
              filter.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(filter.limit));
  std::vector<QueryRow> rows;
  while (select.executeStep()) {
    rows.push_back(row_of(select, path));
  }
  return rows;
}

} // namespace newskg::cache
