#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newskg::extract {

// FNV-1a over the bytes of a word: short words, one pass, no call.
[[nodiscard]] inline std::uint32_t word_hash(std::string_view word)
{
  std::uint32_t hash = 2166136261U;
  for (const char c : word) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619U;
  }
  return hash;
}

// One bit per word hash, for a map that most lookups miss: a word whose bit
// is clear is certainly not in the map, and is answered from a few bits that
// stay in cache instead of the map's buckets and nodes (and a division by a
// prime). A set bit may be a collision: look the word up then. Give it
// about 16 bits a key: 2^21 bits (256 KB) for the gazetteer's 100,000 names.
class WordFilter
{
public:
  // Requires `bits` a power of two, at least 64.
  explicit WordFilter(std::uint32_t bits)
    : m_mask(bits - 1),
      m_words(bits / 64)
  {}
  void add(std::string_view word)
  {
    const auto bit = word_hash(word) & m_mask;
    m_words[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  [[nodiscard]] bool may_contain(std::string_view word) const
  {
    const auto bit = word_hash(word) & m_mask;
    return (m_words[bit / 64] >> (bit % 64) & 1U) != 0;
  }

private:
  std::uint32_t m_mask;
  std::vector<std::uint64_t> m_words;
};

} // namespace newskg::extract
