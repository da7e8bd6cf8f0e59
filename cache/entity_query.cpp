#include "cache/entity_query.hpp"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>

namespace newskg::cache {

std::vector<EntityRow> run_entity_query(SQLite::Database& db, const EntityFilter& filter)
{
  std::string sql = "SELECT e.id, e.type, e.label_en, e.label_ar,"
                    " (SELECT count(*) FROM document_entities d WHERE d.entity_id = e.id),"
                    " (SELECT count(*) FROM relations r WHERE r.subject = e.id)"
                    " + (SELECT count(*) FROM relations r WHERE r.object = e.id"
                    "    AND r.subject != e.id)"
                    " FROM entities e WHERE (?1 = '' OR e.type = ?1)";
  if (filter.by_ids) {
    sql += " AND e.id IN (";
    for (std::size_t i = 0; i < filter.ids.size(); ++i) {
      sql += i == 0 ? "?" : ", ?";
    }
    sql += ")";
  }
  sql += " ORDER BY e.type, e.id LIMIT ?";
  SQLite::Statement select(db, sql);
  int index = 1;
  select.bind(index++, filter.type);
  if (filter.by_ids) {
    for (const auto& id : filter.ids) {
      select.bind(index++, id);
    }
  }
  select.bind(index,
              filter.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(filter.limit));
  std::vector<EntityRow> rows;
  while (select.executeStep()) {
    rows.push_back(EntityRow{
      .id = select.getColumn(0).getString(),
      .type = select.getColumn(1).getString(),
      .label_en = select.getColumn(2).getString(),
      .label_ar = select.getColumn(3).getString(),
      .documents = static_cast<std::size_t>(select.getColumn(4).getInt64()),
      .relations = static_cast<std::size_t>(select.getColumn(5).getInt64()),
    });
  }
  return rows;
}

} // namespace newskg::cache
