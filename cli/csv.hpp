#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::cli {

// One CSV record (RFC 4180): fields with a comma, quote, CR or LF are quoted
// and their quotes doubled; the record ends with CRLF:
// {"a", "b,c", "say \"hi\""} => a,"b,c","say ""hi"""\r\n
// The CSV of query and entities is meant for spreadsheets, which run a cell
// that starts with = + - @ (or TAB, CR) as a formula: "=HYPERLINK(...)" from
// an article would be a link. Such a field gets a leading ' (OWASP, "CSV
// Injection"), which spreadsheets show as text: "=1+1" => '=1+1.
void write_csv_record(const std::vector<std::string>& fields, std::ostream& out);

// One row of the `table` format: the cells joined by tabs, ending with LF. A
// tab, CR or LF inside a cell would break the columns and becomes a space;
// other control characters are shown escaped (terminal_text):
// {"a", "b\tc", "d\x1be"} => a<TAB>b c<TAB>d\x1be\n
void write_table_record(const std::vector<std::string>& cells, std::ostream& out);

// The output formats of query and entities: "table", "json", "csv". Throws
// UsageError naming the format otherwise.
enum class RowFormat { table, json, csv };
[[nodiscard]] RowFormat parse_row_format(std::string_view name);

} // namespace newskg::cli
