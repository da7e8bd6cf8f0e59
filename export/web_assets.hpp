#pragma once

// The files of the HTML view, read from the repository's web/ directory at
// export time and embedded in the page, so that opening it needs no network:
// the page template, our script and style, and the vendored Cytoscape.js
// (web/README.md says which release and how it was refreshed).

#include <filesystem>
#include <string>

namespace newskg::exports {

struct WebAssets
{
  std::string page;    // web/viewer.html, with {{TITLE}} {{STYLE}} {{DATA}} {{LIBRARY}} {{SCRIPT}}
  std::string style;   // web/viewer.css
  std::string script;  // web/viewer.js
  std::string library; // web/vendor/cytoscape.min.js

  // Reads the four files under `web_dir`. Throws DataError naming the first
  // missing file.
  static WebAssets load(const std::filesystem::path& web_dir);
};

// Where the web/ directory is: $NEWSKG_WEB, else `web/` beside the data
// directory (data/../web: the source tree, or <prefix>/share/newskg/web when
// installed), else the source tree's web/ compiled in. Returns the
// first of them that holds viewer.html, or data/../web when none does, so that
// WebAssets::load names it in its error.
[[nodiscard]] std::filesystem::path find_web_dir(const std::filesystem::path& data_dir);

} // namespace newskg::exports
