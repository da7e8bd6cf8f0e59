#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

class Hunspell;

namespace newskg::extract {

// A language's spelling dictionary: Hunspell with a dictionary of Debian's
// hunspell-<lang> packages (words.tsv spelling-dictionary). Hunspell reads a
// word through the language's affixes and clitics ("وبالرئيس", "انتقدت"), so
// a word it does not know is no word of the language: in Arabic news, mostly
// a foreign name written by its sounds ("سافولك", "ميكلسون", "بوينغ"), which
// no letter case marks as a name.
//
// The dictionary loads at the first knows() (about 0.2 s for Arabic), so that
// what never extracts (check-data) never pays for it.
// Thread-safe: one lock guards the Hunspell object, and each thread keeps
// the answers it got (news repeats its words), up to max_cached words.
class SpellingDictionary
{
public:
  // The dictionary <dir>/<name>.aff and <name>.dic, dir being $DICPATH when
  // set, else /usr/share/hunspell. Throws DataError "source: ..." (source:
  // the data file that names the dictionary) when either file is missing.
  SpellingDictionary(std::string_view name, std::string_view source);
  SpellingDictionary(const SpellingDictionary&) = delete;
  SpellingDictionary& operator=(const SpellingDictionary&) = delete;
  ~SpellingDictionary();

  static constexpr std::size_t max_cached = 1 << 16;

  // True when the dictionary knows `word` (UTF-8, as written in the text).
  [[nodiscard]] bool knows(std::string_view word) const;

  // Where dictionaries are read: $DICPATH, else /usr/share/hunspell.
  [[nodiscard]] static std::filesystem::path directory();

private:
  std::filesystem::path m_aff;
  std::filesystem::path m_dic;
  mutable std::once_flag m_load;
  mutable std::unique_ptr<Hunspell> m_hunspell; // set once, by the first knows()
  mutable std::mutex m_mutex;                   // guards spell() calls
  std::size_t m_serial;                         // tells two dictionaries' per-thread answers apart
};

} // namespace newskg::extract
