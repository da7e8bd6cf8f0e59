#include "cli/metadata_table.hpp"

#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "core/error.hpp"
#include "core/iso_date.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <array>
#include <csv.h>
#include <fstream>
#include <optional>
#include <utility>

namespace newskg::cli {

namespace {

namespace fs = std::filesystem;

// A table row is one line in practice; 1 MiB keeps a file without line
// breaks from being held whole.
constexpr std::size_t max_line_bytes = std::size_t{1} << 20U;

struct Record
{
  std::vector<std::string> fields;
  std::size_t line = 0; // where the record starts
};

[[noreturn]] void fail(std::string_view source, std::size_t line, std::string_view problem)
{
  throw InputError(std::string(source) + ":" + std::to_string(line) + ": " + std::string(problem));
}

// The records of a CSV or TSV text, read by libcsv one line at a time, so
// that each record knows the line it starts on.
class RecordReader
{
public:
  RecordReader(std::string source, char separator)
    : m_source(std::move(source))
  {
    // CSV is read strictly (RFC 4180: a quote only around a whole field, a
    // quoted field closed before the end), so a malformed line is reported
    // rather than read wrongly. TSV is lenient, like Python's excel-tab
    // dialect: a quote inside a field ("Putin says "no"") is a character.
    const auto options = separator == ',' ? CSV_STRICT | CSV_STRICT_FINI : 0;
    if (csv_init(&m_parser, static_cast<unsigned char>(options)) != 0) {
      throw InputError(m_source + ": cannot start the CSV reader");
    }
    csv_set_delim(&m_parser, static_cast<unsigned char>(separator));
    // Only spaces are trimmed around an unquoted field: a tab is the TSV
    // separator, and an empty TSV cell stays a cell.
    csv_set_space_func(&m_parser, [](unsigned char c) { return c == ' ' ? 1 : 0; });
  }
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;
  RecordReader(RecordReader&&) = delete;
  RecordReader& operator=(RecordReader&&) = delete;
  ~RecordReader() { csv_free(&m_parser); }

  // Reads line `number`, given with its line break.
  void feed(std::string_view text, std::size_t number)
  {
    m_line = number;
    if (m_start == 0 && text.find_first_not_of("\r\n") != std::string_view::npos) {
      m_start = number; // the first line of the next record
    }
    if (csv_parse(&m_parser, text.data(), text.size(), on_field, on_record, this) != text.size()) {
      fail(m_source, number, problem());
    }
  }

  // Ends the last record; returns every record read.
  std::vector<Record> finish()
  {
    if (csv_fini(&m_parser, on_field, on_record, this) != 0) {
      fail(m_source, m_start == 0 ? m_line : m_start, "a quoted field is never closed");
    }
    return std::move(m_records);
  }

private:
  [[nodiscard]] std::string problem()
  {
    if (csv_error(&m_parser) == CSV_EPARSE) {
      return "malformed CSV: a quote inside a field that is not quoted, or text after a "
             "closing quote (RFC 4180: quote the whole field and double its quotes)";
    }
    return csv_strerror(csv_error(&m_parser));
  }

  static void on_field(void* data, std::size_t size, void* self)
  {
    auto& reader = *static_cast<RecordReader*>(self);
    reader.m_fields.emplace_back(static_cast<const char*>(data), size);
  }

  static void on_record(int /*terminator*/, void* self)
  {
    auto& reader = *static_cast<RecordReader*>(self);
    reader.m_records.push_back(
      Record{.fields = std::move(reader.m_fields),
             .line = reader.m_start == 0 ? reader.m_line : reader.m_start});
    reader.m_fields.clear();
    reader.m_start = 0;
  }

  std::string m_source;
  csv_parser m_parser{};
  std::vector<std::string> m_fields;
  std::vector<Record> m_records;
  std::size_t m_line = 0;
  std::size_t m_start = 0; // 0: no record begun
};

std::vector<Record> read_records(std::istream& in, const std::string& source, char separator)
{
  RecordReader reader(source, separator);
  std::string line;
  bool too_long = false;
  std::size_t number = 0;
  while (read_line_bounded(in, line, max_line_bytes, too_long)) {
    ++number;
    if (too_long) {
      fail(source, number, "line longer than 1 MiB");
    }
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) {
      line.erase(0, 3); // the byte order mark spreadsheets put before UTF-8 CSV
    }
    if (const auto bad = invalid_utf8_at(line)) {
      fail(source, number, "invalid UTF-8 at byte " + std::to_string(*bad));
    }
    line += '\n';
    reader.feed(line, number);
  }
  if (in.bad()) {
    throw InputError(source + ": read error");
  }
  return reader.finish();
}

// Where each known column is in a row.
struct Columns
{
  MetadataKey key = MetadataKey::id;
  std::size_t count = 0; // fields in the header
  std::optional<std::size_t> key_at;
  std::optional<std::size_t> date_at;
  std::optional<std::size_t> title_at;
  std::optional<std::size_t> url_at;
  std::optional<std::size_t> lang_at;
};

std::string lowercase(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return text;
}

Columns read_header(const Record& header, const std::string& source)
{
  Columns columns{.count = header.fields.size()};
  std::optional<std::size_t> id_at;
  std::optional<std::size_t> file_at;
  const std::array<std::pair<std::string_view, std::optional<std::size_t>*>, 6> known{{
    {"id", &id_at},
    {"file", &file_at},
    {"date", &columns.date_at},
    {"title", &columns.title_at},
    {"url", &columns.url_at},
    {"lang", &columns.lang_at},
  }};
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const auto name = lowercase(header.fields[i]);
    for (const auto& [known_name, at] : known) {
      if (name != known_name) {
        continue;
      }
      if (*at) {
        fail(source, header.line, "the header names '" + name + "' twice");
      }
      *at = i;
    }
  }
  if (id_at && file_at) {
    fail(source, header.line, "the header names both 'id' and 'file'; keep one");
  }
  if (!id_at && !file_at) {
    fail(source,
         header.line,
         "the header names neither 'id' nor 'file' (a CSV or TSV header such as "
         "'file,date,title'; a .tsv file is read as tab-separated)");
  }
  columns.key = id_at ? MetadataKey::id : MetadataKey::file;
  columns.key_at = id_at ? id_at : file_at;
  return columns;
}

std::string cell(const Record& record, const std::optional<std::size_t>& at)
{
  return at ? record.fields[*at] : std::string();
}

// A `file` key and a document's file compare as paths: "./samples/a.txt" is
// "samples/a.txt".
std::string file_key(const fs::path& path)
{
  return path.lexically_normal().generic_string();
}

MetadataRow read_row(const Record& record, const Columns& columns, const std::string& source)
{
  if (record.fields.size() != columns.count) {
    fail(source,
         record.line,
         std::to_string(record.fields.size()) + " fields where the header has "
           + std::to_string(columns.count));
  }
  MetadataRow row{.key = cell(record, columns.key_at),
                  .line = record.line,
                  .date = cell(record, columns.date_at),
                  .title = cell(record, columns.title_at),
                  .url = cell(record, columns.url_at),
                  .lang = cell(record, columns.lang_at)};
  const auto* key_name = columns.key == MetadataKey::id ? "id" : "file";
  if (row.key.empty()) {
    fail(source, record.line, std::string("empty ") + key_name);
  }
  if (columns.key == MetadataKey::file) {
    row.key = file_key(row.key);
  }
  if (!row.date.empty() && !is_article_date(row.date)) {
    fail(source,
         record.line,
         "date " + quoted_date(row.date)
           + " is not an ISO 8601 date (YYYY-MM-DD, a real day; a time may follow)");
  }
  if (!row.lang.empty() && !is_language_code(row.lang)) {
    fail(source,
         record.line,
         "lang '" + row.lang.substr(0, 20) + "' is not a language code such as ar or en");
  }
  return row;
}

} // namespace

MetadataTable MetadataTable::parse(std::istream& in, std::string_view source, char separator)
{
  MetadataTable table;
  table.m_source = source;
  const auto records = read_records(in, table.m_source, separator);
  if (records.empty()) {
    throw InputError(table.m_source + ": empty (a header naming id or file comes first)");
  }
  const auto columns = read_header(records.front(), table.m_source);
  table.m_key = columns.key;
  for (std::size_t i = 1; i < records.size(); ++i) {
    auto row = read_row(records[i], columns, table.m_source);
    const auto [at, inserted] = table.m_by_key.emplace(row.key, table.m_rows.size());
    if (!inserted) {
      fail(table.m_source,
           row.line,
           "'" + row.key + "' is named again (first on line "
             + std::to_string(table.m_rows[at->second].line) + ")");
    }
    table.m_rows.push_back(std::move(row));
  }
  table.m_used.assign(table.m_rows.size(), false);
  return table;
}

MetadataTable MetadataTable::load(const fs::path& path)
{
  std::error_code error;
  if (fs::is_directory(path, error)) {
    throw InputError(path.string() + ": is a directory, not a CSV or TSV file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path.string() + ": cannot open");
  }
  const auto extension = lowercase(path.extension().string());
  const char separator = extension == ".tsv" || extension == ".tab" ? '\t' : ',';
  return parse(in, path.string(), separator);
}

bool MetadataTable::apply(Document& document, const fs::path& file)
{
  auto found = m_by_key.end();
  if (m_key == MetadataKey::id) {
    found = m_by_key.find(document.id);
  } else {
    // The whole path, then ever shorter ends of it: "/w/samples/a.txt",
    // "w/samples/a.txt", "samples/a.txt", "a.txt"; the longest one named wins.
    const auto path = file_key(file);
    std::string_view rest = path;
    while (!rest.empty()) {
      found = m_by_key.find(rest);
      if (found != m_by_key.end()) {
        break;
      }
      const auto slash = rest.find('/');
      rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    }
  }
  if (found == m_by_key.end()) {
    return false;
  }
  const auto& row = m_rows[found->second];
  for (const auto& [value, field] : {std::pair{&row.date, &document.date},
                                     std::pair{&row.title, &document.title},
                                     std::pair{&row.url, &document.url},
                                     std::pair{&row.lang, &document.lang}}) {
    if (!value->empty()) {
      *field = *value;
    }
  }
  m_used[found->second] = true;
  return true;
}

std::vector<const MetadataRow*> MetadataTable::unused() const
{
  std::vector<const MetadataRow*> rows;
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    if (!m_used[i]) {
      rows.push_back(&m_rows[i]);
    }
  }
  return rows;
}

} // namespace newskg::cli
