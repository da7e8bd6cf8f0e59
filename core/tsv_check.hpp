#pragma once

// Checking a data file line by line with its own loader, so that one run of
// `newskg check-data` reports every bad line although a loader stops at its
// first one (DataError "source:line: problem").

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg {

// A loader of one data file: reads `in` and throws DataError
// "source:line: problem" at its first bad line.
using LineParser = std::function<void(std::istream& in)>;

// Runs `parse` on each line of `text` that is neither blank nor a '#' comment,
// alone and at its own line number (the lines before it given as blank
// lines), and returns the message of each DataError, in line order. The lines
// it rejects are blanked in `text`, so that `text` then parses whole but for
// problems across lines ("frame 'verb' is declared twice").
//   "a\tb\nbad\n" with a loader that wants two fields =>
//   ["x.tsv:2: expected 2 tab-separated fields, found 1"], text "a\tb\n\n"
[[nodiscard]] std::vector<std::string> check_each_line(std::string& text, const LineParser& parse);

// Parses `text` whole with `parse`. At a DataError naming a line of `source`
// ("source:12: ..."), records it, blanks that line and parses again; at one
// naming no line of it, records it and stops. Returns the messages; `text`
// ends with the lines that took part in an error blanked.
[[nodiscard]] std::vector<std::string>
check_whole(std::string& text, std::string_view source, const LineParser& parse);

} // namespace newskg
