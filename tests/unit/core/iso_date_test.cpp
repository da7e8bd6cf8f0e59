#include "core/iso_date.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using newskg::DateForm;
using newskg::iso8601_date_form;

TEST_CASE("iso8601_date_form names the form of a real date", "[core][unit]")
{
  struct Row
  {
    std::string text;
    DateForm form;
  };
  const std::vector<Row> rows{
    {"2020", DateForm::year},
    {"0000", DateForm::year},
    {"2020-10", DateForm::month},
    {"2020-12", DateForm::month},
    {"2020-10-10", DateForm::day},
    {"2020-02-29", DateForm::day}, // 2020 is a leap year
    {"2000-02-29", DateForm::day}, // divisible by 400: a leap year
    {"2020-01-31", DateForm::day},
    {"2020-10-10T09:30", DateForm::date_time},
    {"2020-10-10T23:59:60", DateForm::date_time}, // a leap second
    {"2020-10-10T09:30:00Z", DateForm::date_time},
    {"2020-10-10T09:30:00.5+03:00", DateForm::date_time},
    {"2020-10-10T09:30:00.123456789-0530", DateForm::date_time},
    {"2020-10-10T09:30+03", DateForm::date_time},
    {"2020-10-10T00:00Z", DateForm::date_time},
  };

  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(iso8601_date_form(row.text) == row.form);
  }
}

TEST_CASE("iso8601_date_form refuses what is no date", "[core][unit][error]")
{
  const std::vector<std::string> rows{
    "",
    "20",
    "20201",
    "2020-",
    "2020-1",
    "2020-00",
    "2020-13",
    "2020-99-99", // issue 12: it passed
    "2020-02-30", // issue 12: it passed
    "2021-02-29", // not a leap year
    "1900-02-29", // divisible by 100, not by 400
    "2020-04-31", // April has 30 days
    "2020-10-00",
    "2020-10-1",
    "2020/10/10",
    "10/10/2020",
    "2020-10-10 09:30", // a space instead of T
    "2020-10-10 junk",
    "2020-10-10T",
    "2020-10-10T9:30",
    "2020-10-10T24:00",
    "2020-10-10T09:60",
    "2020-10-10T09:30:61",
    "2020-10-10T09:30:00.",
    "2020-10-10T09:30:00.1234567890", // ten digits: below a nanosecond
    "2020-10-10T09:30:00+",
    "2020-10-10T09:30:00+3",
    "2020-10-10T09:30:00+03:",
    "2020-10-10T09:30:00+03:60",
    "2020-10-10T09:30:00Zjunk",
    "2020-10T09:30", // a time needs a day
    "٢٠٢٠-١٠-١٠",    // Arabic-Indic digits are not ISO 8601's
  };

  for (const auto& text : rows) {
    INFO(text);
    CHECK(iso8601_date_form(text) == std::nullopt);
  }
}

TEST_CASE("iso8601_date_form is safe on any length", "[core][unit][error]")
{
  // Issue 12: 100,000 digits in a date's fraction overflowed std::regex's stack.
  CHECK(iso8601_date_form("2020-10-10T09:30:00." + std::string(100'000, '1')) == std::nullopt);
  CHECK(iso8601_date_form(std::string(100'000, '1')) == std::nullopt);
  CHECK(iso8601_date_form("2020-10-10" + std::string(100'000, 'Z')) == std::nullopt);
}
