#pragma once

// Numbers as text, independent of the locale (exports.md §10 item 2: never "0,91").

#include <cstddef>
#include <string>

namespace newskg::exports {

// The shortest decimal that reads back as `value`, without an exponent, so it
// is also a valid xsd:decimal: 0.9 => "0.9", 2.0 => "2", 1e-5 => "0.00001".
// NaN and infinities, which no format allows, become "0".
[[nodiscard]] std::string format_decimal(double value);

// A computed measure (PageRank, betweenness) rounded to 9 decimal places
// first, so that the last bits of floating-point sums, which may differ
// between compilers and machines, never show: 0.1234567891234 => "0.123456789".
[[nodiscard]] std::string format_measure(double value);

// 42 => "42".
[[nodiscard]] std::string format_count(std::size_t value);

} // namespace newskg::exports
