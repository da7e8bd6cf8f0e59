#pragma once

#include <cstddef>

namespace newskg {

// A half-open range [begin, end) of Unicode code points in a document's
// original text, before any normalization. This is the unit of provenance:
// every mention and every relation's evidence is a Span.
struct Span
{
  std::size_t begin = 0;
  std::size_t end = 0;

  [[nodiscard]] std::size_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

} // namespace newskg
