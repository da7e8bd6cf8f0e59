#include "export/web_assets.hpp"

#include "core/error.hpp"

#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#ifndef NEWSKG_WEB_DIR
#define NEWSKG_WEB_DIR ""
#endif

namespace newskg::exports {

namespace fs = std::filesystem;

namespace {

std::string read_asset(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path.string()
                    + ": missing (the HTML view needs the web/ directory of the "
                      "source tree; set NEWSKG_WEB=DIR to point at it)");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool has_viewer(const fs::path& dir)
{
  std::error_code error;
  return !dir.empty() && fs::is_regular_file(dir / "viewer.html", error);
}

} // namespace

WebAssets WebAssets::load(const fs::path& web_dir)
{
  return {.page = read_asset(web_dir / "viewer.html"),
          .style = read_asset(web_dir / "viewer.css"),
          .script = read_asset(web_dir / "viewer.js"),
          .library = read_asset(web_dir / "vendor" / "cytoscape.min.js")};
}

fs::path find_web_dir(const fs::path& data_dir)
{
  // NOLINTNEXTLINE(concurrency-mt-unsafe): read once, before any thread starts.
  const char* env = std::getenv("NEWSKG_WEB");
  // data/../web in the source tree, <prefix>/share/newskg/web when installed.
  auto beside_data = data_dir / ".." / "web"; // not const: returned by move
  const std::array<fs::path, 3> candidates{
    fs::path(env != nullptr ? env : ""),
    beside_data,
    fs::path(NEWSKG_WEB_DIR),
  };
  for (const auto& candidate : candidates) {
    if (has_viewer(candidate)) {
      return candidate;
    }
  }
  return beside_data;
}

} // namespace newskg::exports
