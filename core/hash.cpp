#include "core/hash.hpp"

namespace newskg {

std::string hex_hash(std::string_view text)
{
  static constexpr std::string_view digits = "0123456789abcdef";
  auto hash = fnv1a(text);
  std::string out(16, '0');
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    *it = digits[hash & 0xfU];
    hash >>= 4U;
  }
  return out;
}

} // namespace newskg
