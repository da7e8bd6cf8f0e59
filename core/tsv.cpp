#include "core/tsv.hpp"

#include "core/error.hpp"

namespace newskg {

TsvReader::TsvReader(std::istream& in, std::string_view source)
  : m_in(in),
    m_source(source)
{}

bool TsvReader::next()
{
  while (std::getline(m_in, m_buffer)) {
    ++m_line;
    if (!m_buffer.empty() && m_buffer.back() == '\r') {
      m_buffer.pop_back();
    }
    if (m_buffer.empty() || m_buffer.front() == '#') {
      continue;
    }
    m_fields.clear();
    std::string_view rest(m_buffer);
    for (;;) {
      const auto tab = rest.find('\t');
      m_fields.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) {
        break;
      }
      rest.remove_prefix(tab + 1);
    }
    return true;
  }
  return false;
}

void TsvReader::fail(std::string_view message) const
{
  throw DataError(m_source + ":" + std::to_string(m_line) + ": " + std::string(message));
}

void TsvReader::require(std::size_t count) const
{
  if (m_fields.size() < count) {
    fail("expected " + std::to_string(count) + " tab-separated fields, found "
         + std::to_string(m_fields.size()));
  }
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    const auto pos = text.find(separator);
    const auto part = text.substr(0, pos);
    if (!part.empty()) {
      parts.push_back(part);
    }
    if (pos == std::string_view::npos) {
      break;
    }
    text.remove_prefix(pos + 1);
  }
  return parts;
}

} // namespace newskg
