#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace newskg::extract {

// English labels for names found only in text: an ICU rule-based
// Transliterator built from data/<lang>/romanize.txt, which writes the long
// vowels and the usual spellings of news ("سارة جونسون" => "Sara Junsun"),
// not the consonant skeleton of ICU's Arabic-Latin ("bwtyn"). Thread-safe:
// each thread uses a clone of its own, and keeps the answers it gave, up to
// max_cached names.
class Romanizer
{
public:
  Romanizer() = default; // romanizes nothing
  // Throws DataError "source: reason" when the rules do not compile.
  Romanizer(const std::string& rules, std::string_view source);
  Romanizer(Romanizer&&) noexcept;
  Romanizer& operator=(Romanizer&&) noexcept;
  ~Romanizer();

  static constexpr std::size_t max_cached = 1 << 14;

  [[nodiscard]] bool empty() const { return m_rules.empty(); }
  // `name` in Latin letters; empty when empty().
  [[nodiscard]] std::string romanize(std::string_view name) const;

private:
  std::string m_rules;
  std::size_t m_serial = 0; // tells the clones of two Romanizers apart
};

} // namespace newskg::extract
