#include "export/csv_text.hpp"

#include "core/utf8.hpp"

namespace newskg::exports {

std::string csv_field(std::string_view text)
{
  if (text.empty()) {
    return {};
  }
  std::string out = "\"";
  for (std::size_t at = 0; at < text.size();) {
    const auto code_point = next_code_point(text, at);
    if (code_point == U'"') {
      // RFC 4180 §2.7: a quote inside a quoted field is doubled.
      out += "\"\"";
    } else {
      append_utf8(out, code_point);
    }
  }
  out += '"';
  return out;
}

std::string csv_array(const std::vector<std::string>& values)
{
  std::string joined;
  for (const auto& value : values) {
    if (!joined.empty()) {
      joined += csv_array_delimiter;
    }
    for (const char c : value) {
      joined += c == csv_array_delimiter ? ',' : c;
    }
  }
  return csv_field(joined);
}

} // namespace newskg::exports
