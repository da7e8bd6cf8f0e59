#pragma once

// What a fuzz harness asserts about the code it drives. A broken promise
// aborts, as a crash would, so libFuzzer reports it and keeps the input; a
// plain assert() would vanish under NDEBUG.

#include <cstdio>
#include <cstdlib>

namespace newskg::fuzz {

// Aborts with "broken promise: `promise`" on stderr unless `holds`.
inline void require(bool holds, const char* promise)
{
  if (!holds) {
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
  }
}

} // namespace newskg::fuzz
