#pragma once

// One way of escaping bytes: percent-encoding in IRIs
// ("%20"), escaped GraphML/GEXF node ids ("_20"), SQLite file URIs.

#include <string>
#include <string_view>

namespace newskg {

// `text` with each byte that `keep` refuses written as `marker` and two
// upper-case hex digits: escape_bytes("p 1", '%', is_alnum) == "p%201".
template<typename Keep>
[[nodiscard]] std::string escape_bytes(std::string_view text, char marker, Keep keep)
{
  constexpr std::string_view hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (keep(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += marker;
      out += hex[byte >> 4U];
      out += hex[byte & 0xFU];
    }
  }
  return out;
}

} // namespace newskg
