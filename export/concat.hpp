#pragma once

// Joining strings without `"literal" + std::string`, which makes GCC 12 warn
// falsely (-Wrestrict, GCC bug 105329) at -O2.

#include <string>
#include <string_view>

namespace newskg::exports {

// concat("<", iri, ">") => "<iri>".
template<typename... Parts>
[[nodiscard]] std::string concat(const Parts&... parts)
{
  std::string out;
  out.reserve((std::string_view(parts).size() + ...));
  (out.append(std::string_view(parts)), ...);
  return out;
}

} // namespace newskg::exports
