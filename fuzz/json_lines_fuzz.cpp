// libFuzzer target: JSON Lines articles as extract, build and eval read them
// (cli::read_json_lines: bounded lines, the UTF-8 check of core/utf8, held to
// ICU's decoder, json::parse with its depth limit, fields, the strict date
// parser). Any bytes are a JSON Lines input.

#include "cli/inputs.hpp"
#include "core/iso_date.hpp"
#include "core/utf8.hpp"

#include "fuzz/check.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

using newskg::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  // core/utf8 decodes and checks as ICU's U8_NEXT does (maximal subparts).
  std::u32string icu;
  bool icu_valid = true;
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(size);) {
    UChar32 c = 0;
    U8_NEXT(data, i, static_cast<std::int32_t>(size), c);
    icu_valid = icu_valid && c >= 0;
    icu.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  require(newskg::to_u32(bytes) == icu, "core/utf8 decodes as ICU's U8_NEXT does");
  require(newskg::is_valid_utf8(bytes) == icu_valid, "core/utf8 and ICU accept the same texts");
  if (const auto form = newskg::iso8601_date_form(bytes)) {
    require(newskg::is_article_date(bytes) == (*form >= newskg::DateForm::day),
            "an article date is a date naming a day");
  }

  // Lines read with a bound (here 64 bytes) are std::getline's lines cut to it.
  constexpr std::size_t bound = 64;
  std::istringstream bounded(bytes);
  std::istringstream plain(bytes);
  std::string line;
  std::string whole;
  bool too_long = false;
  while (newskg::cli::read_line_bounded(bounded, line, bound, too_long)) {
    require(static_cast<bool>(std::getline(plain, whole)), "both readers see the same lines");
    require(line == whole.substr(0, bound) && too_long == (whole.size() > bound),
            "a bounded line keeps its first bytes and says when it had more");
  }
  require(!std::getline(plain, whole), "both readers see the same lines");

  std::istringstream in(bytes);
  const auto lines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  std::size_t reported = 0;
  newskg::cli::read_json_lines(
    in,
    "fuzz.jsonl",
    [&](newskg::Document&& document) {
      ++reported;
      require(!document.id.empty(), "a document has an id");
      require(document.text.find_first_not_of(" \t\r\n") != std::string::npos,
              "a document has a text");
      require(newskg::is_valid_utf8(document.text), "a document's text is UTF-8");
      require(document.date.empty() || newskg::is_article_date(document.date),
              "a document's date is a real day");
      require(document.source.starts_with("fuzz.jsonl:"), "a document names its line");
    },
    [&](const newskg::cli::Problem& problem) {
      ++reported;
      require(problem.where.starts_with("fuzz.jsonl:"), "a problem names its line");
      require(!problem.reason.empty(), "a problem gives its reason");
    });
  require(reported <= lines, "at most one document or problem per line");
  return 0;
}
