#pragma once

#include <string>

namespace newskg {

// An article as given. `text` is never modified: every Span points into it.
struct Document
{
  std::string id;     // file name without its last extension: "karabakh-ceasefire-2020-10.ar"
  std::string lang;   // "ar", "en": chooses data/<lang>/
  std::string text;   // UTF-8, validated when read
  std::string title;  // optional metadata from JSON Lines
  std::string date;   // ISO 8601, optional
  std::string url;    // optional
  std::string source; // where it was read: "samples/a.txt" or "feed.jsonl:12"

  friend bool operator==(const Document&, const Document&) = default;
};

} // namespace newskg
