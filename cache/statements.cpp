#include "cache/statements.hpp"

namespace newskg::cache {

SQLite::Statement& Statements::get(const char* sql)
{
  auto& statement = m_prepared[std::string_view(sql)];
  if (!statement) {
    statement = std::make_unique<SQLite::Statement>(*m_db, sql);
  }
  return *statement;
}

} // namespace newskg::cache
