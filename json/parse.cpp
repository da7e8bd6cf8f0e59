#include "json/parse.hpp"

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstdint>

namespace newskg::json {

namespace {

// Hands every SAX event of the reader on to the document that builds the
// value, and stops the reader when an array or object opens below max_depth.
class DepthLimitedHandler
{
public:
  explicit DepthLimitedHandler(rapidjson::Document& document)
    : m_document(document)
  {}

  // RapidJSON's Handler concept names these methods.
  // NOLINTBEGIN(readability-identifier-naming)
  bool Null() { return m_document.Null(); }
  bool Bool(bool value) { return m_document.Bool(value); }
  bool Int(int value) { return m_document.Int(value); }
  bool Uint(unsigned value) { return m_document.Uint(value); }
  bool Int64(std::int64_t value) { return m_document.Int64(value); }
  bool Uint64(std::uint64_t value) { return m_document.Uint64(value); }
  bool Double(double value) { return m_document.Double(value); }
  bool RawNumber(const char* text, rapidjson::SizeType length, bool copy)
  {
    return m_document.RawNumber(text, length, copy);
  }
  bool String(const char* text, rapidjson::SizeType length, bool copy)
  {
    return !lone_surrogate({text, length}) && m_document.String(text, length, copy);
  }
  bool Key(const char* text, rapidjson::SizeType length, bool copy)
  {
    return !lone_surrogate({text, length}) && m_document.Key(text, length, copy);
  }
  bool StartObject() { return enter() && m_document.StartObject(); }
  bool EndObject(rapidjson::SizeType members)
  {
    --m_depth;
    return m_document.EndObject(members);
  }
  bool StartArray() { return enter() && m_document.StartArray(); }
  bool EndArray(rapidjson::SizeType elements)
  {
    --m_depth;
    return m_document.EndArray(elements);
  }
  // NOLINTEND(readability-identifier-naming)

  [[nodiscard]] bool too_deep() const { return m_depth > max_depth; }
  [[nodiscard]] bool surrogate() const { return m_surrogate; }

private:
  bool enter() { return ++m_depth <= max_depth; }

  // RapidJSON 1.1.0 refuses a lone high surrogate escape ("\ud800") but
  // decodes a lone low one ("\udc00") into the UTF-16 surrogate ED B0 80,
  // which is no UTF-8 (issue 12, found by fuzz_json_lines). The raw bytes are
  // validated already, so a surrogate in a decoded string comes from an escape.
  bool lone_surrogate(std::string_view decoded)
  {
    for (auto at = decoded.find('\xED'); at != std::string_view::npos;
         at = decoded.find('\xED', at + 1)) {
      if (at + 1 < decoded.size() && static_cast<unsigned char>(decoded[at + 1]) >= 0xA0U) {
        m_surrogate = true;
        return true;
      }
    }
    return false;
  }

  rapidjson::Document& m_document;
  std::size_t m_depth = 0;
  bool m_surrogate = false;
};

// The opening quote of the string whose closing quote is text[close]: the
// last '"' before it that no backslash escapes.
std::size_t string_start(std::string_view text, std::size_t close)
{
  for (auto i = close; i > 0;) {
    if (text[--i] != '"') {
      continue;
    }
    std::size_t backslashes = 0;
    while (backslashes < i && text[i - 1 - backslashes] == '\\') {
      ++backslashes;
    }
    if (backslashes % 2 == 0) {
      return i;
    }
  }
  return 0;
}

std::string too_deep_reason()
{
  std::string reason = "nested deeper than ";
  reason.append(std::to_string(max_depth)).append(" arrays and objects");
  return reason;
}

template<unsigned flags>
Parsed parse_with(std::string_view text)
{
  Parsed parsed;
  rapidjson::ParseResult result;
  bool too_deep = false;
  bool surrogate = false;
  // As Document::Parse does, but through the depth limit; Populate keeps the
  // value only when the generator succeeds.
  auto generate = [&](rapidjson::Document& document) {
    DepthLimitedHandler handler(document);
    rapidjson::MemoryStream bytes(text.data(), text.size());
    // Skips a UTF-8 byte order mark, as Document::Parse does.
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
    rapidjson::Reader reader;
    result = reader.Parse<flags>(in, handler);
    too_deep = handler.too_deep();
    surrogate = handler.surrogate();
    return !result.IsError();
  };
  parsed.document.Populate(generate);
  if (surrogate) {
    // The reader stopped right after the string's closing quote.
    parsed.fault = Fault{.offset = string_start(text, result.Offset() - 1),
                         .reason = "a \\u escape in this string is a lone surrogate"};
  } else if (result.IsError()) {
    parsed.fault =
      Fault{.offset = result.Offset(),
            .reason = too_deep ? too_deep_reason() : rapidjson::GetParseError_En(result.Code())};
  }
  return parsed;
}

} // namespace

Parsed parse(std::string_view text)
{
  // kParseValidateEncodingFlag: invalid UTF-8 is an input error here rather
  // than a broken output later.
  return parse_with<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text);
}

Parsed parse_valid_utf8(std::string_view text)
{
  return parse_with<rapidjson::kParseIterativeFlag>(text);
}

} // namespace newskg::json
