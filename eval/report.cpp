#include "eval/report.hpp"

#include "core/utf8.hpp"

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
  const auto length = code_points(text);
  return length >= width ? text : text + std::string(width - length, ' ');
}

// "7" in a field of `width`, aligned right.
std::string right(const std::string& text, std::size_t width)
{
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

// A blank line, then "predicate  tp  predicted  gold  P  R  F1  docs" and a
// row per group, columns aligned; the name column is as wide as its widest entry.
void write_groups(std::string_view heading, const std::vector<GroupScore>& rows, std::ostream& out)
{
  std::size_t width = code_points(std::string(heading));
  for (const auto& row : rows) {
    width = std::max(width, code_points(row.name));
  }
  out << '\n'
      << padded(std::string(heading), width)
      << "     tp  predicted   gold      P      R     F1   docs\n";
  for (const auto& row : rows) {
    const auto& score = row.score;
    out << padded(row.name, width) << right(std::to_string(score.true_positives), 7)
        << right(std::to_string(score.predicted), 11) << right(std::to_string(score.gold), 7)
        << right(fixed3(score.precision), 7) << right(fixed3(score.recall), 7)
        << right(fixed3(score.f1), 7) << right(std::to_string(score.documents), 7) << '\n';
  }
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

void write_total(JsonWriter& w, const TotalScore& total)
{
  w.StartObject();
  ratio(w, "precision", total.precision);
  ratio(w, "recall", total.recall);
  ratio(w, "f1", total.f1);
  count(w, "tp", total.true_positives);
  count(w, "predicted", total.predicted);
  count(w, "gold", total.gold);
  count(w, "docs", total.documents);
  w.EndObject();
}

// "by_predicate": {"met": {<as "total">}, ...}
void write_groups(JsonWriter& w, std::string_view name, const std::vector<GroupScore>& rows)
{
  key(w, name);
  w.StartObject();
  for (const auto& row : rows) {
    key(w, row.name);
    write_total(w, row.score);
  }
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
  if (report.by_predicate) {
    write_groups("predicate", *report.by_predicate, out);
  }
  if (report.by_language) {
    write_groups("language", *report.by_language, out);
  }
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
  key(w, "total");
  write_total(w, report.total);
  if (report.by_predicate) {
    write_groups(w, "by_predicate", *report.by_predicate);
  }
  if (report.by_language) {
    write_groups(w, "by_language", *report.by_language);
  }
  w.EndObject();
  out << '\n';
}

} // namespace newskg::eval
