#pragma once

// Prepared statements kept for the life of a connection. Preparing a
// statement (sqlite3_prepare_v2) cost more than running it: a profile of
// `build` spent 30% of storing's instructions in it while every document
// prepared its statements again.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string_view>
#include <unordered_map>

namespace newskg::cache {

// A statement lent by Statements: reset when it goes out of scope, so that a
// SELECT stepped once holds no read transaction open. Bindings are kept;
// every caller binds all of a statement's parameters. A string bound with
// bindNoCopy (no copy into SQLite: the writer's rows, many per document) is
// read when the statement runs, so it must live until then; the stale
// pointer it leaves is never read, since the next use binds again.
class StatementUse
{
public:
  explicit StatementUse(SQLite::Statement& statement)
    : m_statement(&statement)
  {}
  StatementUse(const StatementUse&) = delete;
  StatementUse& operator=(const StatementUse&) = delete;
  StatementUse(StatementUse&&) = delete;
  StatementUse& operator=(StatementUse&&) = delete;
  ~StatementUse() { m_statement->tryReset(); }

  SQLite::Statement* operator->() const { return m_statement; }
  SQLite::Statement& operator*() const { return *m_statement; }

private:
  SQLite::Statement* m_statement;
};

class Statements
{
public:
  explicit Statements(SQLite::Database& db)
    : m_db(&db)
  {}

  // The statement for `sql`, prepared on its first use. `sql` is a string
  // literal: it is kept by address and content.
  [[nodiscard]] SQLite::Statement& get(const char* sql);

private:
  SQLite::Database* m_db;
  std::unordered_map<std::string_view, std::unique_ptr<SQLite::Statement>> m_prepared;
};

} // namespace newskg::cache
