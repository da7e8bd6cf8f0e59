#include "cli/corpus.hpp"

#include <catch2/catch.hpp>

using newskg::cli::versioned_fingerprint;

TEST_CASE("the cache key changes with the data fingerprint and with the program version",
          "[cli][unit]")
{
  const auto key = versioned_fingerprint("3f2a", "0.1.0");

  CHECK(key == "3f2a newskg/0.1.0");
  CHECK(versioned_fingerprint("3f2a", "0.1.0") == key);
  CHECK(versioned_fingerprint("3f2b", "0.1.0") != key);
  CHECK(versioned_fingerprint("3f2a", "0.1.1") != key);
}
