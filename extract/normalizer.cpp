#include "extract/normalizer.hpp"

#include "core/arabic_letters.hpp"
#include "core/code_point_table.hpp"
#include "core/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace newskg::extract {

namespace {

// Marks that carry no letter identity: score.py's Arabic marks, the rest of
// the harakat block (U+0653–U+065F), Quranic marks, and the zero-width
// joiners, marks and byte order mark of web text.
bool is_dropped(char32_t c)
{
  return is_arabic_mark(c) || (c >= 0x0653 && c <= 0x065F) || (c >= 0x0610 && c <= 0x061A)
         || (c >= 0x06D6 && c <= 0x06ED) || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
         || c == 0xFEFF;
}

// ASCII and the Arabic block need no NFKC: skip ICU on the hot path.
bool is_nfkc_inert(char32_t c)
{
  return c < 0x80 || (c >= 0x0600 && c <= 0x06FF);
}

// u_foldCase, with ICU's answers for ASCII and the Arabic block asked once:
// nearly every code point of a news article is in one of them.
char32_t fold_case(char32_t c)
{
  constexpr char32_t table_end = 0x0700;
  static const auto below = [] {
    std::array<char32_t, table_end> table{};
    for (char32_t k = 0; k < table_end; ++k) {
      table[k] = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(k), U_FOLD_CASE_DEFAULT));
    }
    return table;
  }();
  return c < table_end
           ? below[c]
           : static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

constexpr char32_t dropped = 0xFFFFFFFFU; // not a code point

// What push_folded makes of `c`: its case folded, then `dropped` or its
// Arabic letter folded.
char32_t folded(char32_t c)
{
  c = fold_case(c);
  return is_dropped(c) ? dropped : fold_arabic_letter(c, PersianLetters::fold);
}

void push_folded(NormalizedText& out, char32_t c, std::size_t origin)
{
  if (c == U'\u0629' || c == U'\u0649') { // ة, ى
    out.word_final.push_back(out.text.size());
  }
  c = from_table<char32_t, folded>(c);
  if (c == dropped) {
    if (!out.original_end.empty()) {
      out.original_end.back() = origin + 1;
    }
    return;
  }
  out.text.push_back(c);
  out.to_original.push_back(origin);
  out.original_end.push_back(origin + 1);
}

} // namespace

NormalizedText normalize(std::u32string_view original)
{
  UErrorCode status = U_ZERO_ERROR;
  const auto* nfkc = icu::Normalizer2::getNFKCInstance(status);
  NormalizedText out;
  out.text.reserve(original.size());
  out.to_original.reserve(original.size() + 1);
  out.original_end.reserve(original.size());
  // "كاروليناالجنوبية": a plain alif after a letter and before the article's
  // alif and lam ends a word glued to the next; no word holds the two alifs.
  constexpr char32_t alif = U'\u0627';
  constexpr char32_t lam = U'\u0644';
  const auto ends_before_article = [&](std::size_t i) {
    return original[i] == alif && i > 0 && original[i - 1] >= U'\u0621'
           && original[i - 1] <= U'\u064A' && i + 2 < original.size() && original[i + 1] == alif
           && original[i + 2] == lam;
  };
  for (std::size_t i = 0; i < original.size(); ++i) {
    const char32_t c = original[i];
    if (ends_before_article(i)) {
      out.word_final.push_back(out.text.size());
    }
    if (is_nfkc_inert(c) || U_FAILURE(status)) {
      push_folded(out, c, i);
      continue;
    }
    UErrorCode error = U_ZERO_ERROR;
    const auto decomposed = nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(c)), error);
    if (U_FAILURE(error)) {
      push_folded(out, c, i);
      continue;
    }
    for (std::int32_t k = 0; k < decomposed.length(); k = decomposed.moveIndex32(k, 1)) {
      push_folded(out, static_cast<char32_t>(decomposed.char32At(k)), i);
    }
  }
  out.to_original.push_back(original.size());
  return out;
}

std::string match_key_of(std::u32string_view text)
{
  const auto normalized = normalize(text);
  std::string key;
  bool gap = false;
  for (const char32_t c : normalized.text) {
    const auto type = u_charType(static_cast<UChar32>(c));
    const bool letter_or_digit = u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK
                                 || type == U_COMBINING_SPACING_MARK;
    if (!letter_or_digit) {
      gap = true;
      continue;
    }
    if (gap && !key.empty()) {
      key += ' ';
    }
    gap = false;
    append_utf8(key, c);
  }
  return key;
}

} // namespace newskg::extract
