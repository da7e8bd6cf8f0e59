#include "eval/report.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace newskg::eval {

namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// Python's f"{s:<48}" pads by code points, not bytes.
std::string padded(const std::string& text, std::size_t width)
{
  const auto code_points = static_cast<std::size_t>(std::count_if(
    text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
  return code_points >= width ? text : text + std::string(width - code_points, ' ');
}

// score.py: sorted(map(str, triples))
std::vector<std::string> sorted_text(const std::vector<Triple>& triples)
{
  std::vector<std::string> texts;
  texts.reserve(triples.size());
  for (const auto& triple : triples) {
    texts.push_back(to_string(triple));
  }
  std::sort(texts.begin(), texts.end());
  return texts;
}

void key(JsonWriter& w, std::string_view name)
{
  w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void string(JsonWriter& w, std::string_view text)
{
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void count(JsonWriter& w, std::string_view name, std::size_t value)
{
  key(w, name);
  w.Uint64(value);
}

void ratio(JsonWriter& w, std::string_view name, double value)
{
  key(w, name);
  const auto text = rounded3(value);
  w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

void triples(JsonWriter& w, std::string_view name, const std::vector<Triple>& list)
{
  key(w, name);
  w.StartArray();
  for (const auto& text : sorted_text(list)) {
    string(w, text);
  }
  w.EndArray();
}

void write_document(JsonWriter& w, const DocumentScore& row)
{
  w.StartObject();
  key(w, "doc");
  string(w, row.doc);
  count(w, "tp", row.true_positives);
  count(w, "predicted", row.predicted);
  count(w, "gold", row.gold);
  ratio(w, "precision", row.precision);
  ratio(w, "recall", row.recall);
  ratio(w, "f1", row.f1);
  triples(w, "missed", row.missed);
  triples(w, "spurious", row.spurious);
  w.EndObject();
}

} // namespace

std::string fixed3(double value)
{
  // glibc's printf rounds the exact binary value to nearest, ties to even,
  // as CPython's float formatting and round() do.
  std::array<char, 64> buffer{};
  const auto length = std::snprintf(buffer.data(), buffer.size(), "%.3f", value);
  return {buffer.data(), static_cast<std::size_t>(std::max(length, 0))};
}

std::string rounded3(double value)
{
  // repr() of the double nearest to the three-decimal text is that text
  // without trailing zeros, keeping one digit after the point.
  auto text = fixed3(value);
  while (text.size() > 2 && text.back() == '0' && text[text.size() - 2] != '.') {
    text.pop_back();
  }
  return text;
}

void write_text(const Report& report, Detail detail, std::ostream& out)
{
  for (const auto& row : report.documents) {
    out << padded(row.doc, 48) << " P=" << fixed3(row.precision) << " R=" << fixed3(row.recall)
        << " F1=" << fixed3(row.f1) << " (" << row.true_positives << '/' << row.predicted
        << " predicted, " << row.gold << " gold)\n";
    if (detail == Detail::triples) {
      for (const auto& text : sorted_text(row.missed)) {
        out << "    missed   " << text << '\n';
      }
      for (const auto& text : sorted_text(row.spurious)) {
        out << "    spurious " << text << '\n';
      }
    }
  }
  const auto& total = report.total;
  out << "overall P=" << fixed3(total.precision) << " R=" << fixed3(total.recall)
      << " F1=" << fixed3(total.f1) << " over " << total.documents << " documents\n";
}

void write_json(const Report& report, std::ostream& out)
{
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "documents");
  w.StartArray();
  for (const auto& row : report.documents) {
    write_document(w, row);
  }
  w.EndArray();
  const auto& total = report.total;
  key(w, "total");
  w.StartObject();
  ratio(w, "precision", total.precision);
  ratio(w, "recall", total.recall);
  ratio(w, "f1", total.f1);
  count(w, "tp", total.true_positives);
  count(w, "predicted", total.predicted);
  count(w, "gold", total.gold);
  count(w, "docs", total.documents);
  w.EndObject();
  w.EndObject();
  out << '\n';
}

} // namespace newskg::eval
