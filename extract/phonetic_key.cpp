#include "extract/phonetic_key.hpp"

#include "core/hash.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace newskg::extract {

namespace {

// Consonant classes of a Latin transliteration: vowels and glides drop,
// voiced and voiceless pairs and spelling variants merge.
char phonetic_class(char c)
{
  switch (c) {
  case 'a':
  case 'e':
  case 'i':
  case 'o':
  case 'u':
  case 'y':
  case 'w':
  case 'h':
    return 0;
  case 'b':
  case 'p':
    return 'b';
  case 'c':
  case 'k':
  case 'g':
  case 'j':
    return 'k'; // "Gjorge" and "جورجي", "Juan" and "خوان": one sound in transliteration
  case 'q':
    return 'q'; // ق: "باقري" (Bagheri) is not "بخاري" (Buhari)
  case 'd':
  case 't':
    return 't';
  case 'f':
  case 'v':
    return 'f';
  case 's':
  case 'z':
  case 'x':
    return 's';
  case 'l':
  case 'm':
  case 'n':
  case 'r':
    return c;
  default:
    return 0;
  }
}

const icu::Transliterator* to_ascii()
{
  thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  return transliterator.get();
}

struct Keys
{
  std::string key;
  std::string onsets;
};

Keys compute_phonetic_key(std::string_view name)
{
  const auto* transliterator = to_ascii();
  std::string latin;
  if (transliterator == nullptr) {
    return {};
  }
  auto text = icu::UnicodeString::fromUTF8(
    icu::StringPiece(name.data(), static_cast<std::int32_t>(name.size())));
  transliterator->transliterate(text);
  text.toUTF8String(latin);
  std::string key;
  std::string onsets;
  char last = 0;
  bool word_open = false;
  bool word_begun = false; // a letter or mark of this word seen
  for (std::size_t i = 0; i < latin.size(); ++i) {
    const char c = latin[i];
    const bool letter = c >= 'a' && c <= 'z';
    if (c == ' ' || c == '\t' || c == '\n') {
      if (word_open) {
        key += ' ';
        word_open = false;
      }
      last = 0;
      word_begun = false;
      continue;
    }
    // A word's onset: its first letter's class, "v" for a vowel, a glide, h
    // or a mark (hamza, ayn): "أحمد" and "Ahmad" begin alike, "محمود" not.
    if (!word_begun) {
      const char cls = letter ? phonetic_class(c) : '\0';
      onsets += cls == 0 ? 'v' : cls;
      word_begun = true;
    }
    // Digraphs of one sound: "ph" is f, "kh" k, "sh" and "ch" s, "th" t;
    // English spellings of one sound: "chr" and "qu" k, "ce"/"ci"/"cy" s.
    if (!letter) {
      continue; // "al-Moualem", "المعلم": marks and hyphens do not part words
    }
    char cls = phonetic_class(c);
    const char next = i + 1 < latin.size() ? latin[i + 1] : '\0';
    if (next == 'h') {
      if (c == 'p') {
        cls = 'f';
      } else if (c == 'c' && i + 2 < latin.size() && latin[i + 2] == 'r') {
        cls = 'k'; // "Chris", "كريس": ch before r is k
      } else if (c == 's' || c == 'c' || c == 'z') {
        cls = 's';
      }
    } else if (c == 'c' && (next == 'e' || next == 'i' || next == 'y')) {
      cls = 's'; // "Francesco", "فرانشيسكو"; "Vincent", "فينسنت": c before e, i, y is s
    } else if (c == 'q' && next == 'u') {
      cls = 'k'; // "Enrique", "إنريك": qu is k (Arabic ق romanizes as q alone)
    }
    if (cls == 0) {
      continue; // Arabic script writes no short vowels: "Mammadov" and "ممادوف" both give "mtf"
    }
    // "Maxine", "ماكسين"; "Alexander", "ألكسندر": x inside a word is k and s
    // ("Xi", "شي": at a word's start it stays s).
    if (c == 'x' && i > 0 && latin[i - 1] >= 'a' && latin[i - 1] <= 'z' && last != 'k') {
      key += 'k';
      last = 'k';
    }
    if (cls != last) {
      key += cls;
      word_open = true;
    }
    last = cls;
  }
  while (!key.empty() && key.back() == ' ') {
    key.pop_back();
  }
  return {std::move(key), std::move(onsets)};
}

} // namespace

namespace {

const Keys& keys_of(std::string_view name)
{
  // A document names the same people again and again, and ICU's
  // transliteration is most of the cost: keys are remembered per thread, up
  // to a bound (then forgotten all at once). The key is a function of the
  // name alone, so the cache changes no result.
  constexpr std::size_t most_remembered = std::size_t{1} << 16U;
  thread_local std::unordered_map<std::string, Keys, StringHash, std::equal_to<>> keys;
  if (const auto found = keys.find(name); found != keys.end()) {
    return found->second;
  }
  if (keys.size() >= most_remembered) {
    keys.clear();
  }
  return keys.emplace(name, compute_phonetic_key(name)).first->second;
}

} // namespace

std::string phonetic_key(std::string_view name)
{
  return keys_of(name).key;
}

std::string phonetic_onsets(std::string_view name)
{
  return keys_of(name).onsets;
}

} // namespace newskg::extract
