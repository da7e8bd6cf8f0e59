#include "cache/json_map.hpp"

#include <cstdint>

namespace newskg::cache {

namespace {

void append_escaped(std::string& out, std::string_view text)
{
  static constexpr std::string_view hex = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (byte < 0x20U) {
      // RFC 8259 §7: control characters must be escaped.
      out += "\\u00";
      out += hex[byte >> 4U];
      out += hex[byte & 0xfU];
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_utf8(std::string& out, std::uint32_t cp)
{
  if (cp < 0x80U) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800U) {
    out += static_cast<char>(0xc0U | (cp >> 6U));
    out += static_cast<char>(0x80U | (cp & 0x3fU));
  } else if (cp < 0x10000U) {
    out += static_cast<char>(0xe0U | (cp >> 12U));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3fU));
    out += static_cast<char>(0x80U | (cp & 0x3fU));
  } else {
    out += static_cast<char>(0xf0U | (cp >> 18U));
    out += static_cast<char>(0x80U | ((cp >> 12U) & 0x3fU));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3fU));
    out += static_cast<char>(0x80U | (cp & 0x3fU));
  }
}

// A cursor over the JSON text; every reader returns false on malformed input.
class Reader
{
public:
  explicit Reader(std::string_view text)
    : m_text(text)
  {}

  void skip_space()
  {
    while (m_pos < m_text.size()
           && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t'
               || m_text[m_pos] == '\r')) {
      ++m_pos;
    }
  }

  bool eat(char c)
  {
    skip_space();
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
      ++m_pos;
      return true;
    }
    return false;
  }

  [[nodiscard]] bool at_end() const { return m_pos == m_text.size(); }

  // string ::= '"' ( unescaped | '\' escape )* '"'   (RFC 8259 §7)
  bool string(std::string& out)
  {
    if (!eat('"')) {
      return false;
    }
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos++];
      if (c == '"') {
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20U) {
        return false;
      }
      if (c != '\\') {
        out += c;
      } else if (!escape(out)) {
        return false;
      }
    }
    return false;
  }

private:
  bool escape(std::string& out)
  {
    if (m_pos >= m_text.size()) {
      return false;
    }
    const char c = m_text[m_pos++];
    switch (c) {
    case '"':
      out += '"';
      return true;
    case '\\':
      out += '\\';
      return true;
    case '/':
      out += '/';
      return true;
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'n':
      out += '\n';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 't':
      out += '\t';
      return true;
    case 'u':
      return unicode_escape(out);
    default:
      return false;
    }
  }

  bool hex4(std::uint32_t& value)
  {
    if (m_text.size() - m_pos < 4) {
      return false;
    }
    value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = m_text[m_pos++];
      std::uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return false;
      }
      value = (value << 4U) | digit;
    }
    return true;
  }

  // "\ud83d\ude00" is one code point, U+1F600, written as a surrogate pair.
  bool unicode_escape(std::string& out)
  {
    std::uint32_t cp = 0;
    if (!hex4(cp)) {
      return false;
    }
    if (cp >= 0xd800U && cp < 0xdc00U) {
      std::uint32_t low = 0;
      if (m_text.substr(m_pos, 2) != "\\u") {
        return false;
      }
      m_pos += 2;
      if (!hex4(low) || low < 0xdc00U || low >= 0xe000U) {
        return false;
      }
      cp = 0x10000U + ((cp - 0xd800U) << 10U) + (low - 0xdc00U);
    } else if (cp >= 0xdc00U && cp < 0xe000U) {
      return false;
    }
    append_utf8(out, cp);
    return true;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

} // namespace

std::string to_json(const std::map<std::string, std::string>& map)
{
  std::string out = "{";
  for (const auto& [key, value] : map) {
    if (out.size() > 1) {
      out += ',';
    }
    append_escaped(out, key);
    out += ':';
    append_escaped(out, value);
  }
  out += '}';
  return out;
}

std::optional<std::map<std::string, std::string>> from_json(std::string_view json)
{
  Reader in(json);
  std::map<std::string, std::string> map;
  if (!in.eat('{')) {
    return std::nullopt;
  }
  if (!in.eat('}')) {
    do {
      std::string key;
      std::string value;
      if (!in.string(key) || !in.eat(':') || !in.string(value)) {
        return std::nullopt;
      }
      map.insert_or_assign(std::move(key), std::move(value));
    } while (in.eat(','));
    if (!in.eat('}')) {
      return std::nullopt;
    }
  }
  in.skip_space();
  if (!in.at_end()) {
    return std::nullopt;
  }
  return map;
}

} // namespace newskg::cache
