#include "core/tsv_check.hpp"

#include "core/error.hpp"

#include <charconv>
#include <sstream>

namespace newskg {

namespace {

// Byte ranges [begin, end) of each line of `text`, without the newline.
std::vector<std::pair<std::size_t, std::size_t>> line_ranges(std::string_view text)
{
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    lines.emplace_back(at, end);
    at = end + 1;
  }
  return lines;
}

bool is_row(std::string_view line)
{
  const auto first = line.find_first_not_of(" \t\r");
  return first != std::string_view::npos && line[first] != '#';
}

// Blanks line `number` (1-based) of `text`; the newlines stay.
void blank_line(std::string& text, std::size_t number)
{
  const auto lines = line_ranges(text);
  if (number >= 1 && number <= lines.size()) {
    const auto [begin, end] = lines[number - 1];
    text.erase(begin, end - begin);
  }
}

// The line of "source:12: problem", or 0 when `message` names no line of `source`.
std::size_t line_named(std::string_view message, std::string_view source)
{
  if (!message.starts_with(source) || message.substr(source.size()).find(':') != 0) {
    return 0;
  }
  const auto digits = message.substr(source.size() + 1);
  std::size_t line = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), line);
  return error == std::errc() && end != digits.data() && *end == ':' ? line : 0;
}

} // namespace

std::vector<std::string> check_each_line(std::string& text, const LineParser& parse)
{
  std::vector<std::string> problems;
  std::vector<std::size_t> bad;
  const auto lines = line_ranges(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto line =
      std::string_view(text).substr(lines[i].first, lines[i].second - lines[i].first);
    if (!is_row(line)) {
      continue;
    }
    // The blank lines before it give the loader's reader its line number.
    std::string alone(i, '\n');
    alone.append(line).push_back('\n');
    std::istringstream in(alone);
    try {
      parse(in);
    } catch (const DataError& error) {
      problems.emplace_back(error.what());
      bad.push_back(i + 1);
    }
  }
  for (auto it = bad.rbegin(); it != bad.rend(); ++it) {
    blank_line(text, *it);
  }
  return problems;
}

std::vector<std::string>
check_whole(std::string& text, std::string_view source, const LineParser& parse)
{
  std::vector<std::string> problems;
  // Each round blanks one line with a row, so it ends.
  for (;;) {
    std::istringstream in(text);
    try {
      parse(in);
      return problems;
    } catch (const DataError& error) {
      problems.emplace_back(error.what());
      const auto line = line_named(problems.back(), source);
      if (line == 0) {
        return problems;
      }
      const auto before = text;
      blank_line(text, line);
      if (text == before) {
        return problems;
      }
    }
  }
}

} // namespace newskg
