#pragma once

// The file of `--meta FILE` (extract, build): a date, title, url or language
// for articles that cannot carry one themselves, such as .txt files. A CSV
// (RFC 4180) or TSV table whose header names `id` or `file` and any of `date`,
// `title`, `url`, `lang` (other columns are ignored):
//
//   file,date,title
//   karabakh-ceasefire-2020-10.ar.txt,2020-10-12,"Karabakh, the ceasefire"
//
// `id` matches a document's id ("karabakh-ceasefire-2020-10.ar"); `file`
// matches the file a document was read from, by its path as given or found
// in a directory, or by an end of that path: "/w/samples/a.txt" is named by
// "/w/samples/a.txt", "samples/a.txt" or "a.txt" (the longest one in the
// table wins). Every document of a JSON Lines file has that file's row. A
// non-empty cell replaces what the document says itself (a JSON line's
// "date"); an empty one leaves it.

#include "core/document.hpp"

#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::cli {

// One row of the table, as read.
struct MetadataRow
{
  std::string key;      // the id or file it names
  std::size_t line = 0; // its first line in the file, from 1
  std::string date;     // checked: a real day, ISO 8601 (is_article_date)
  std::string title;
  std::string url;
  std::string lang; // checked: "ar", "en" (two or three lowercase letters)
};

enum class MetadataKey { id, file };

class MetadataTable
{
public:
  // Reads the table from `in`, fields separated by `separator` (',' or
  // '\t'); `source` names it in messages. Throws InputError "source:line:
  // problem" for a header without id or file (or with both), a row with
  // more or fewer fields than the header, an empty or repeated key, a date
  // that is no real day ("2020-13-45", "10/10/2020"), a malformed language,
  // invalid UTF-8, a line over 1 MiB or a quote never closed.
  static MetadataTable parse(std::istream& in, std::string_view source, char separator);
  // The file at `path`: tab-separated when its name ends in .tsv or .tab,
  // comma-separated otherwise. Throws InputError when it cannot be opened.
  static MetadataTable load(const std::filesystem::path& path);

  // Applies the row naming `document`, read from `file`, and marks the row
  // used; false when no row names it. Not thread-safe.
  bool apply(Document& document, const std::filesystem::path& file);

  // The rows no document matched, in file order.
  [[nodiscard]] std::vector<const MetadataRow*> unused() const;

  [[nodiscard]] MetadataKey key() const { return m_key; }
  [[nodiscard]] const std::string& source() const { return m_source; }
  [[nodiscard]] std::size_t size() const { return m_rows.size(); }

private:
  std::string m_source;
  MetadataKey m_key = MetadataKey::id;
  std::vector<MetadataRow> m_rows;
  std::vector<bool> m_used;
  std::map<std::string, std::size_t, std::less<>> m_by_key; // key -> index in m_rows
};

} // namespace newskg::cli
