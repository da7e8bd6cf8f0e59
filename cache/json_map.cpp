#include "cache/json_map.hpp"

#include "core/utf8.hpp"

#include "json/parse.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newskg::cache {

namespace {

rapidjson::SizeType json_size(std::size_t size)
{
  return static_cast<rapidjson::SizeType>(size);
}

// The text of a JSON string from text[at], its opening quote, when it holds
// no escape and no control character, `at` moved past its closing quote;
// nullopt (and `at` anywhere) otherwise. Such text is the string's value as
// it is, when it is valid UTF-8 (which the caller checks).
std::optional<std::string_view> plain_string(std::string_view text, std::size_t& at)
{
  if (at >= text.size() || text[at] != '"') {
    return std::nullopt;
  }
  const auto start = ++at;
  for (; at < text.size(); ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte == '"') {
      return text.substr(start, at++ - start);
    }
    if (byte == '\\' || byte < 0x20U) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// Issue 9: what to_json writes for strings without escapes, {"ar":"بوتين","en":"Putin"},
// read without building a JSON document (json::parse was a tenth of an
// export's instructions); nullopt for any other text, which json::parse then reads.
std::optional<std::map<std::string, std::string>> from_plain_json(std::string_view json)
{
  if (json.size() < 2 || json.front() != '{' || json.back() != '}' || !is_valid_utf8(json)) {
    return std::nullopt;
  }
  std::map<std::string, std::string> map;
  std::size_t at = 1;
  if (json.size() == 2) {
    return map;
  }
  while (true) {
    const auto key = plain_string(json, at);
    if (!key || at >= json.size() || json[at++] != ':') {
      return std::nullopt;
    }
    const auto value = plain_string(json, at);
    if (!value || at >= json.size()) {
      return std::nullopt;
    }
    map.insert_or_assign(std::string(*key), std::string(*value));
    const char next = json[at++];
    if (next == '}') {
      return at == json.size() ? std::optional(std::move(map)) : std::nullopt;
    }
    if (next != ',') {
      return std::nullopt;
    }
  }
}

} // namespace

std::string to_json(const std::map<std::string, std::string>& map)
{
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  for (const auto& [key, value] : map) {
    writer.Key(key.data(), json_size(key.size()));
    writer.String(value.data(), json_size(value.size()));
  }
  writer.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

std::optional<std::map<std::string, std::string>> from_json(std::string_view json)
{
  if (auto plain = from_plain_json(json)) {
    return plain;
  }
  const auto parsed = json::parse(json);
  if (parsed.fault || !parsed.document.IsObject()) {
    return std::nullopt;
  }
  std::map<std::string, std::string> map;
  for (const auto& member : parsed.document.GetObject()) {
    if (!member.value.IsString()) {
      return std::nullopt;
    }
    map.insert_or_assign(std::string(member.name.GetString(), member.name.GetStringLength()),
                         std::string(member.value.GetString(), member.value.GetStringLength()));
  }
  return map;
}

} // namespace newskg::cache
