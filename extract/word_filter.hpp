#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace newskg::extract {

// A hash of a word's bytes, read eight (or four) at a time: every form of
// every token is hashed several times, and FNV-1a's one multiply a byte made
// the hash most of a lookup's time. Only lookups use it: no output depends
// on its values.
[[nodiscard]] inline std::uint32_t word_hash(std::string_view word)
{
  constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ULL;
  const auto load64 = [](const char* at) {
    std::uint64_t value = 0;
    std::memcpy(&value, at, sizeof value);
    return value;
  };
  const auto load32 = [](const char* at) {
    std::uint32_t value = 0;
    std::memcpy(&value, at, sizeof value);
    return std::uint64_t{value};
  };
  const auto mix = [](std::uint64_t hash, std::uint64_t value) {
    hash = (hash ^ value) * multiplier;
    return hash ^ (hash >> 29U);
  };
  const char* at = word.data();
  const std::size_t size = word.size();
  std::uint64_t hash = (size + 1) * multiplier;
  if (size >= 8) {
    const char* last = at + size - 8;
    for (; at < last; at += 8) {
      hash = mix(hash, load64(at));
    }
    hash = mix(hash, load64(last)); // overlaps the bytes before it: the size is mixed in
  } else if (size >= 4) {
    hash = mix(hash, load32(at) | (load32(at + size - 4) << 32U));
  } else if (size > 0) {
    const auto byte = [&](std::size_t k) {
      return std::uint64_t{static_cast<unsigned char>(at[k])};
    };
    hash = mix(hash, byte(0) << 16U | byte(size / 2) << 8U | byte(size - 1));
  }
  hash ^= hash >> 32U;
  hash *= multiplier;
  return static_cast<std::uint32_t>(hash >> 32U);
}

// A word and its word_hash, hashed once for the many lookups of one word
// (a token's text, a form looked up in a filter and then a map). The maps
// and sets keyed by word_hash take it in place of the word.
struct HashedWord
{
  std::string_view text;
  std::uint32_t hash = 0; // word_hash(text)

  // Hashes `word`.
  explicit HashedWord(std::string_view word)
    : text(word),
      hash(word_hash(word))
  {}
  // Requires `hash` == word_hash(`word`), computed before.
  HashedWord(std::string_view word, std::uint32_t word_hash_of_word)
    : text(word),
      hash(word_hash_of_word)
  {}

  // Equality with a key of a map looked up by HashedWord (heterogeneous lookup).
  friend bool operator==(const HashedWord& word, std::string_view key) { return word.text == key; }
};

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
  void add(std::string_view word) { add_hash(word_hash(word)); }
  [[nodiscard]] bool may_contain(std::string_view word) const
  {
    return may_contain(HashedWord(word));
  }
  [[nodiscard]] bool may_contain(const HashedWord& word) const
  {
    return may_contain_hash(word.hash);
  }
  // The same for keys hashed some other way, with a hash whose low bits
  // vary (CueIndex's stem shapes); a filter takes one kind of hash only.
  void add_hash(std::uint32_t hash)
  {
    const auto bit = hash & m_mask;
    m_words[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  [[nodiscard]] bool may_contain_hash(std::uint32_t hash) const
  {
    const auto bit = hash & m_mask;
    return (m_words[bit / 64] >> (bit % 64) & 1U) != 0;
  }

private:
  std::uint32_t m_mask;
  std::vector<std::uint64_t> m_words;
};

} // namespace newskg::extract
