#include "eval/normalize.hpp"

#include "core/arabic_letters.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace newskg::eval {

namespace {

// score.py: PUNCT = [\s\.\,\-'’\"_()]+
bool is_name_separator(char32_t c)
{
  switch (c) {
  case U'.':
  case U',':
  case U'-':
  case U'\'':
  case U'’':
  case U'"':
  case U'_':
  case U'(':
  case U')':
    return true;
  default:
    return is_python_space(c);
  }
}

const icu::Normalizer2& nfkc()
{
  UErrorCode status = U_ZERO_ERROR;
  const auto* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    throw std::runtime_error(std::string("ICU NFKC is unavailable: ") + u_errorName(status));
  }
  return *normalizer;
}

icu::UnicodeString unicode(std::string_view text)
{
  return icu::UnicodeString::fromUTF8(
    icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

void append(std::string& out, char32_t c)
{
  icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
}

} // namespace

bool is_python_space(char32_t c)
{
  const auto code = static_cast<UChar32>(c);
  const auto direction = u_charDirection(code);
  return direction == U_WHITE_SPACE_NEUTRAL || direction == U_BLOCK_SEPARATOR
         || direction == U_SEGMENT_SEPARATOR || u_charType(code) == U_SPACE_SEPARATOR;
}

std::string normalize_name(std::string_view text)
{
  UErrorCode status = U_ZERO_ERROR;
  auto folded = nfkc().normalize(unicode(text), status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU NFKC failed: ") + u_errorName(status));
  }
  // Python's str.casefold() is full default case folding: "Straße" => "strasse".
  folded.foldCase(U_FOLD_CASE_DEFAULT);

  // One pass does score.py's mark removal, letter folding, PUNCT.sub(" ")
  // and strip(): marks vanish without ending a run of separators, so
  // "a -ً- b" gives "a b" as the regex does after the marks are gone.
  std::string out;
  bool separator_pending = false;
  for (std::int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    const auto c = static_cast<char32_t>(folded.char32At(i));
    if (is_arabic_mark(c)) {
      continue;
    }
    if (is_name_separator(c)) {
      separator_pending = true;
      continue;
    }
    if (separator_pending && !out.empty()) {
      out += ' ';
    }
    separator_pending = false;
    append(out, fold_arabic_letter(c, PersianLetters::keep));
  }
  return out;
}

std::string predicate_spelling(std::string_view predicate)
{
  const auto text = unicode(predicate);
  std::u32string code_points;
  for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    code_points += static_cast<char32_t>(text.char32At(i));
  }
  // str(p).strip()
  std::size_t begin = 0;
  std::size_t end = code_points.size();
  while (begin < end && is_python_space(code_points[begin])) {
    ++begin;
  }
  while (end > begin && is_python_space(code_points[end - 1])) {
    --end;
  }
  // re.sub(r"(?<=[a-z])(?=[A-Z])", "-", p), then re.sub(r"[\s_]+", "-", p)
  icu::UnicodeString spelled;
  bool in_run = false;
  for (std::size_t i = begin; i < end; ++i) {
    const auto c = code_points[i];
    if (c == U'_' || is_python_space(c)) {
      if (!in_run) {
        spelled.append(static_cast<UChar32>(U'-'));
      }
      in_run = true;
      continue;
    }
    in_run = false;
    const bool after_lower = i > begin && code_points[i - 1] >= U'a' && code_points[i - 1] <= U'z';
    if (after_lower && c >= U'A' && c <= U'Z') {
      spelled.append(static_cast<UChar32>(U'-'));
    }
    spelled.append(static_cast<UChar32>(c));
  }
  // .lower(): full lower-case mapping, no locale.
  spelled.toLower(icu::Locale::getRoot());
  std::string out;
  spelled.toUTF8String(out);
  return out;
}

} // namespace newskg::eval
