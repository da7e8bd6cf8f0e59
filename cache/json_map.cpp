#include "cache/json_map.hpp"

#include "json/parse.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newskg::cache {

namespace {

rapidjson::SizeType json_size(std::size_t size)
{
  return static_cast<rapidjson::SizeType>(size);
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
