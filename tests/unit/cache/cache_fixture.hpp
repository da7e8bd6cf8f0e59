#pragma once

// Shared by the cache tests: a temporary directory and two small documents,
// one Arabic (with an Event entity and a role attribute), one English.

#include "cache/cache.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <random>
#include <string>

namespace newskg::test {

// A fresh directory under the system temp dir, removed with everything in it
// when the object goes out of scope.
class TempDir
{
public:
  TempDir()
  {
    std::random_device seed;
    m_path = std::filesystem::temp_directory_path()
             / ("newskg-cache-test-" + std::to_string(seed()) + "-" + std::to_string(seed()));
    std::filesystem::create_directories(m_path);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  TempDir(TempDir&&) = delete;
  TempDir& operator=(TempDir&&) = delete;
  ~TempDir()
  {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
  [[nodiscard]] std::filesystem::path db() const { return m_path / "newskg.db"; }

private:
  std::filesystem::path m_path;
};

inline cache::DocumentRecord record_of(const Extraction& extraction, const std::string& hash = "h1")
{
  return cache::DocumentRecord{.id = extraction.doc,
                               .lang = extraction.lang,
                               .title = extraction.title,
                               .date = extraction.date,
                               .url = extraction.url,
                               .source = "samples/" + extraction.doc + ".txt",
                               .content_hash = hash,
                               .fingerprint = "f1"};
}

// "أعلن الرئيس الأذربيجاني إلهام علييف سيطرة أذربيجان على زنغيلان" (President
// Aliyev announced Azerbaijan's capture of Zangilan) and a phone call of
// Macron with Putin, as the extractor would give them.
inline Extraction arabic_extraction()
{
  Extraction x{
    .doc = "karabakh-ar", .lang = "ar", .title = "وقف إطلاق النار", .date = "2020-10-10"};
  x.entities.push_back(Entity{.id = "wd:Q7747",
                              .type = EntityType::person,
                              .label = "Vladimir Putin",
                              .labels = {{"ar", "فلاديمير بوتين"}, {"en", "Vladimir Putin"}},
                              .mentions = {{.span = {812, 826}, .text = "فلاديمير بوتين"},
                                           {.span = {900, 905}, .text = "بوتين"}}});
  x.entities.push_back(Entity{.id = "wd:Q3052772",
                              .type = EntityType::person,
                              .label = "Emmanuel Macron",
                              .labels = {{"ar", "إيمانويل ماكرون"}},
                              .mentions = {{.span = {700, 715}, .text = "إيمانويل ماكرون"}}});
  x.entities.push_back(Entity{.id = "wd:Q227",
                              .type = EntityType::country,
                              .label = "Azerbaijan",
                              .labels = {{"ar", "أذربيجان"}},
                              .mentions = {{.span = {40, 48}, .text = "أذربيجان"}}});
  x.entities.push_back(Entity{.id = "loc:zangilan",
                              .type = EntityType::location,
                              .label = "",
                              .labels = {{"ar", "زنغيلان"}},
                              .mentions = {{.span = {53, 60}, .text = "زنغيلان"}}});
  x.entities.push_back(Entity{.id = "wd:Q58209",
                              .type = EntityType::person,
                              .label = "Ilham Aliyev",
                              .labels = {{"ar", "إلهام علييف"}, {"en", "Ilham Aliyev"}},
                              .mentions = {{.span = {23, 34}, .text = "إلهام علييف"}}});
  x.entities.push_back(Entity{.id = "ev:capture-zangilan",
                              .type = EntityType::event,
                              .label = "capture of Zangilan",
                              .predicate = "captured",
                              .subject = "wd:Q227",
                              .object = "loc:zangilan"});
  const std::string sentence = "أعلن الرئيس الأذربيجاني إلهام علييف سيطرة أذربيجان على زنغيلان";
  x.relations.push_back(
    Relation{.subject = "wd:Q3052772",
             .predicate = "called",
             .object = "wd:Q7747",
             .confidence = 0.9,
             .cameo = "041",
             .evidence = {.sentence = 4, .span = {690, 830}, .text = "اتصالا هاتفيا"}});
  x.relations.push_back(Relation{.subject = "wd:Q58209",
                                 .predicate = "holds-position",
                                 .object = "wd:Q227",
                                 .confidence = 0.8,
                                 .evidence = {.sentence = 0, .span = {0, 61}, .text = sentence}});
  // Set afterwards: g++ 12 warns (wrongly) of an uninitialized string when a
  // designated initializer sets both evidence and attributes.
  x.relations.back().attributes = {{"role", "president"}};
  x.relations.push_back(Relation{.subject = "wd:Q58209",
                                 .predicate = "announced",
                                 .object = "ev:capture-zangilan",
                                 .confidence = 0.75,
                                 .cameo = "010",
                                 .evidence = {.sentence = 0, .span = {0, 61}, .text = sentence}});
  x.relations.push_back(
    Relation{.subject = "wd:Q227",
             .predicate = "captured",
             .object = "loc:zangilan",
             .confidence = 0.7,
             .cameo = "192",
             .evidence = {.sentence = 0, .span = {0, 61}, .text = "quote \" and \\ and\ttab"}});
  x.relations.back().attributes = {{"date", "2020-10-20"}, {"note", "line\nbreak"}};
  return x;
}

// "Putin met Pashinyan in Moscow." Putin again, with English labels only.
inline Extraction english_extraction()
{
  Extraction x{.doc = "moscow-en", .lang = "en", .url = "https://example.org/a"};
  x.entities.push_back(Entity{.id = "wd:Q7747",
                              .type = EntityType::person,
                              .label = "Vladimir Putin",
                              .labels = {{"en", "Putin"}},
                              .mentions = {{.span = {0, 5}, .text = "Putin"}}});
  x.entities.push_back(Entity{.id = "wd:Q7391292",
                              .type = EntityType::person,
                              .label = "Nikol Pashinyan",
                              .mentions = {{.span = {10, 19}, .text = "Pashinyan"}}});
  x.relations.push_back(Relation{
    .subject = "wd:Q7391292",
    .predicate = "met",
    .object = "wd:Q7747",
    .confidence = 0.95,
    .cameo = "043",
    .evidence = {.sentence = 0, .span = {0, 30}, .text = "Putin met Pashinyan in Moscow."}});
  return x;
}

inline std::vector<cache::Alias> aliases_of(const Extraction& extraction)
{
  std::vector<cache::Alias> aliases;
  for (const auto& entity : extraction.entities) {
    for (const auto& mention : entity.mentions) {
      aliases.push_back({.entity_id = entity.id, .text = mention.text, .key = mention.text});
    }
  }
  return aliases;
}

inline void store(cache::Cache& cache, const Extraction& extraction)
{
  cache.store(record_of(extraction), extraction, aliases_of(extraction));
}

// PRAGMA integrity_check and foreign_key_check, read straight from the file.
inline std::string integrity(const std::filesystem::path& db_path)
{
  SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
  auto result = db.execAndGet("PRAGMA integrity_check").getString();
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  if (fk.executeStep()) {
    result += "; foreign key violation in " + fk.getColumn(0).getString();
  }
  return result;
}

// Every row of every table, the search index's rows included, as text:
// equal dumps mean equal content.
inline std::string dump_cache(const std::filesystem::path& path)
{
  SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
  std::string out;
  for (const char* table : {"documents",
                            "entities",
                            "document_entities",
                            "aliases",
                            "mentions",
                            "relations",
                            "evidence"}) {
    SQLite::Statement select(db, std::string("SELECT * FROM ") + table + " ORDER BY 1, 2, 3");
    while (select.executeStep()) {
      out += table;
      for (int i = 0; i < select.getColumnCount(); ++i) {
        out += '|';
        out += select.getColumn(i).getString();
      }
      out += '\n';
    }
  }
  SQLite::Statement search(db, "SELECT rowid, key FROM evidence_text ORDER BY rowid");
  while (search.executeStep()) {
    out += "evidence_text|";
    out += search.getColumn(0).getString();
    out += '|';
    out += search.getColumn(1).getString();
    out += '\n';
  }
  return out;
}

} // namespace newskg::test
