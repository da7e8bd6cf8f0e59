#include "cli/csv.hpp"

#include "cli/options.hpp"
#include "cli/terminal_text.hpp"

#include <algorithm>
#include <string_view>

namespace newskg::cli {

namespace {

// OWASP "CSV Injection": the characters that make a spreadsheet cell a formula.
bool starts_formula(const std::string& field)
{
  return !field.empty()
         && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
}

} // namespace

void write_csv_record(const std::vector<std::string>& fields, std::ostream& out)
{
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) {
      out << ',';
    }
    const auto field = starts_formula(fields[i]) ? "'" + fields[i] : fields[i];
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
      out << field;
      continue;
    }
    out << '"';
    for (const char c : field) {
      if (c == '"') {
        out << '"';
      }
      out << c;
    }
    out << '"';
  }
  out << "\r\n";
}

void write_table_record(const std::vector<std::string>& cells, std::ostream& out)
{
  for (std::size_t i = 0; i < cells.size(); ++i) {
    auto cell = cells[i];
    std::replace_if(
      cell.begin(), cell.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    out << (i == 0 ? "" : "\t") << terminal_text(cell);
  }
  out << '\n';
}

RowFormat parse_row_format(std::string_view name)
{
  if (name == "table") {
    return RowFormat::table;
  }
  if (name == "json") {
    return RowFormat::json;
  }
  if (name == "csv") {
    return RowFormat::csv;
  }
  throw UsageError("unknown format '" + std::string(name) + "' (table, json, csv)");
}

} // namespace newskg::cli
