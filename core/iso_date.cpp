#include "core/iso_date.hpp"

#include <chrono>
#include <cstddef>

namespace newskg {

namespace {

// Reads fixed-width decimal fields off the front of a text.
class DateReader
{
public:
  explicit DateReader(std::string_view text)
    : m_text(text)
  {}

  [[nodiscard]] bool done() const { return m_text.empty(); }

  // Consumes `c` when the text starts with it.
  bool skip(char c)
  {
    if (m_text.empty() || m_text.front() != c) {
      return false;
    }
    m_text.remove_prefix(1);
    return true;
  }

  // The number in the next `width` characters when they are all digits.
  std::optional<unsigned> digits(std::size_t width)
  {
    if (m_text.size() < width) {
      return std::nullopt;
    }
    unsigned value = 0;
    for (std::size_t i = 0; i < width; ++i) {
      const char c = m_text[i];
      if (c < '0' || c > '9') {
        return std::nullopt;
      }
      value = value * 10 + static_cast<unsigned>(c - '0');
    }
    m_text.remove_prefix(width);
    return value;
  }

  // A number of `width` digits no greater than `max`.
  std::optional<unsigned> field(std::size_t width, unsigned max)
  {
    const auto value = digits(width);
    return value && *value <= max ? value : std::nullopt;
  }

  // One to nine digits (a fraction of a second down to nanoseconds).
  bool fraction()
  {
    std::size_t count = 0;
    while (count < m_text.size() && m_text[count] >= '0' && m_text[count] <= '9') {
      ++count;
    }
    if (count == 0 || count > 9) {
      return false;
    }
    m_text.remove_prefix(count);
    return true;
  }

private:
  std::string_view m_text;
};

// zone = "Z" | ("+" | "-") hh [ [":"] mm ], and nothing after it.
bool zone_ends(DateReader& in)
{
  if (in.done() || in.skip('Z')) {
    return in.done();
  }
  if (!in.skip('+') && !in.skip('-')) {
    return false;
  }
  if (!in.field(2, 23)) {
    return false;
  }
  if (in.done()) {
    return true;
  }
  in.skip(':');
  return in.field(2, 59) && in.done();
}

// "T" hh:mm [ ":" ss [ "." fraction ] ] [ zone ], and nothing after it.
bool time_ends(DateReader& in)
{
  if (!in.skip('T') || !in.field(2, 23) || !in.skip(':') || !in.field(2, 59)) {
    return false;
  }
  if (in.skip(':')) {
    if (!in.field(2, 60)) {
      return false;
    }
    if (in.skip('.') && !in.fraction()) {
      return false;
    }
  }
  return zone_ends(in);
}

} // namespace

std::optional<DateForm> iso8601_date_form(std::string_view text)
{
  DateReader in(text);
  const auto year = in.digits(4);
  if (!year) {
    return std::nullopt;
  }
  if (in.done()) {
    return DateForm::year;
  }
  const auto month = in.skip('-') ? in.digits(2) : std::nullopt;
  if (!month || *month < 1 || *month > 12) {
    return std::nullopt;
  }
  if (in.done()) {
    return DateForm::month;
  }
  const auto day = in.skip('-') ? in.digits(2) : std::nullopt;
  // year_month_day::ok(): the day exists in that month of that year.
  if (!day
      || !std::chrono::year_month_day(std::chrono::year(static_cast<int>(*year)),
                                      std::chrono::month(*month),
                                      std::chrono::day(*day))
            .ok()) {
    return std::nullopt;
  }
  if (in.done()) {
    return DateForm::day;
  }
  return time_ends(in) ? std::optional(DateForm::date_time) : std::nullopt;
}

bool is_article_date(std::string_view text)
{
  const auto form = iso8601_date_form(text);
  return form == DateForm::day || form == DateForm::date_time;
}

} // namespace newskg
