#include "export/number_text.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace newskg::exports {

std::string format_decimal(double value)
{
  if (!std::isfinite(value)) {
    return "0";
  }
  // Fixed notation of the largest double takes 309 digits plus sign.
  std::array<char, 400> buffer{};
  const auto result =
    std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  return {buffer.data(), result.ptr};
}

std::string format_measure(double value)
{
  constexpr double scale = 1e9;
  const double rounded = std::round(value * scale) / scale;
  // -0 would print as "-0".
  return format_decimal(rounded == 0 ? 0.0 : rounded);
}

std::string format_count(std::size_t value)
{
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return {buffer.data(), result.ptr};
}

} // namespace newskg::exports
