#include "eval/json_text.hpp"

#include "core/error.hpp"

#include "json/parse.hpp"

#include <algorithm>
#include <utility>

namespace newskg::eval {

rapidjson::Document parse_json(std::string_view text, std::string_view source)
{
  auto parsed = json::parse(text);
  if (!parsed.fault) {
    return std::move(parsed.document);
  }
  const auto offset = std::min(parsed.fault->offset, text.size());
  const auto before = text.substr(0, offset);
  const auto line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const auto line_start = before.rfind('\n');
  const auto column = offset - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
  throw InputError(std::string(source) + ":" + std::to_string(line) + ":" + std::to_string(column)
                   + ": broken JSON: " + parsed.fault->reason);
}

std::string
required_string(const rapidjson::Value& object, const char* name, std::string_view where)
{
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd()) {
    throw InputError(std::string(where) + ": missing \"" + name + "\"");
  }
  if (!member->value.IsString()) {
    throw InputError(std::string(where) + ": \"" + name + "\" is not a string");
  }
  return {member->value.GetString(), member->value.GetStringLength()};
}

bool truthy(const rapidjson::Value& value)
{
  if (value.IsBool()) {
    return value.GetBool();
  }
  if (value.IsNumber()) {
    return value.GetDouble() != 0.0;
  }
  if (value.IsString()) {
    return value.GetStringLength() > 0;
  }
  if (value.IsArray()) {
    return !value.Empty();
  }
  if (value.IsObject()) {
    return value.MemberCount() > 0;
  }
  return false;
}

} // namespace newskg::eval
