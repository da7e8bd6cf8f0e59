#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace newskg {

// 64-bit FNV-1a of the bytes of `text`: stable across runs and machines, used
// for content hashes, data fingerprints and ids minted from names.
[[nodiscard]] constexpr std::uint64_t fnv1a(std::string_view text,
                                            std::uint64_t seed = 0xcbf29ce484222325ULL)
{
  std::uint64_t hash = seed;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// fnv1a as 16 lowercase hex digits: "a1b2c3d4e5f60718".
[[nodiscard]] std::string hex_hash(std::string_view text);

// std::hash of a string's bytes, transparent: an unordered container of
// std::string keys with this hash and std::equal_to<> finds a
// std::string_view without building a std::string.
struct StringHash
{
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept
  {
    return std::hash<std::string_view>{}(s);
  }
};

} // namespace newskg
