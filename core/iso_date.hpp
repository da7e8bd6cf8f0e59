#pragma once

// ISO 8601 calendar dates, checked the same way wherever newskg takes one: an
// article's "date" (extract, build), --since and --until (query, export, stats).

#include <optional>
#include <string_view>

namespace newskg {

// How much of a moment an ISO 8601 date names.
enum class DateForm {
  year,     // "2020"
  month,    // "2020-10"
  day,      // "2020-10-10"
  date_time // "2020-10-10T09:30", "2020-10-10T09:30:00.5+03:00", "2020-10-10T09:30Z"
};

// The form of `text` when it is a real date in ISO 8601's extended format,
// else nullopt. Accepted:
//   YYYY | YYYY-MM | YYYY-MM-DD [ "T" hh:mm [ ":" ss [ "." 1 to 9 digits ] ] [ zone ] ]
//   zone = "Z" | ("+" | "-") hh [ [":"] mm ]
// with a month 01-12, a day that the month has in that year (2020-02-29 yes,
// 2021-02-29 and 2020-04-31 no), hh 00-23, mm 00-59 and ss 00-60 (a leap
// second). "2020-99-99", "10/10/2020" and "2020-10-10 09:30" are not dates.
// Reads `text` once from left to right without recursion, so any text, 100,000
// digits long or more, is safe to check.
[[nodiscard]] std::optional<DateForm> iso8601_date_form(std::string_view text);

// An article's date names a day at least: "2020-10-10", "2020-10-10T09:30Z";
// not "2020-10" (README: the "date" of a JSON line; --from-extracted).
[[nodiscard]] bool is_article_date(std::string_view text);

} // namespace newskg
