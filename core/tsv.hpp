#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg {

// Reads a data file of tab-separated lines. Blank lines and lines starting
// with '#' are skipped. Each call to next() fills `fields` (views into an
// internal buffer, valid until the next call) and returns false at the end.
class TsvReader
{
public:
  TsvReader(std::istream& in, std::string_view source);

  bool next();
  [[nodiscard]] const std::vector<std::string_view>& fields() const { return m_fields; }
  [[nodiscard]] std::size_t line() const { return m_line; }
  // Throws DataError "source:line: message".
  [[noreturn]] void fail(std::string_view message) const;
  // Throws unless the line has at least `count` fields.
  void require(std::size_t count) const;

private:
  std::istream& m_in;
  std::string m_source;
  std::string m_buffer;
  std::vector<std::string_view> m_fields;
  std::size_t m_line = 0;
};

// "a,b,,c" => ["a", "b", "c"] (empty parts dropped).
[[nodiscard]] std::vector<std::string_view> split(std::string_view text, char separator);

} // namespace newskg
