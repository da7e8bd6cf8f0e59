// The HTML view (issue 5): one self-contained page, our template with the
// style, the graph as JSON, Cytoscape.js and our script written into it.

#include "core/error.hpp"
#include "export/concat.hpp"
#include "export/exporters.hpp"
#include "export/html_graph_json.hpp"
#include "export/number_text.hpp"
#include "export/xml_text.hpp"

#include <map>

namespace newskg::exports {

namespace {

// HTML §4.12.1.3: a script may not hold "</script" or "<!--"; rewriting
// minified code is not safe, so such a library is refused.
const std::string& checked_script(const std::string& code, std::string_view name)
{
  for (std::size_t at = code.find('<'); at != std::string::npos; at = code.find('<', at + 1)) {
    const auto rest = std::string_view(code).substr(at, 8);
    std::string lower(rest);
    for (auto& c : lower) {
      c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (lower.starts_with("</script") || lower.starts_with("<!--")) {
      throw DataError(std::string(name) + ": cannot be embedded in <script>: it contains '"
                      + std::string(rest.substr(0, 4)) + "'");
    }
  }
  return code;
}

} // namespace

void write_html(const graph::KnowledgeGraph& graph,
                const Ontology& ontology,
                const WebAssets& assets,
                std::ostream& out)
{
  const std::map<std::string_view, std::string> values{
    {"TITLE",
     xml_escape(concat("newskg: ",
                       format_count(graph.node_count()),
                       " entities, ",
                       format_count(graph.edge_count()),
                       " relations"))},
    {"STYLE", assets.style},
    {"DATA", std::string()}, // written as it is made: write_html_graph_json
    {"LIBRARY", checked_script(assets.library, "web/vendor/cytoscape.min.js")},
    {"SCRIPT", checked_script(assets.script, "web/viewer.js")},
  };
  // One pass over the template: what is put in is never scanned again.
  const std::string_view page = assets.page;
  std::size_t from = 0;
  for (auto open = page.find("{{"); open != std::string_view::npos; open = page.find("{{", from)) {
    const auto close = page.find("}}", open);
    if (close == std::string_view::npos) {
      break;
    }
    const auto value = values.find(page.substr(open + 2, close - open - 2));
    if (value == values.end()) {
      throw DataError("web/viewer.html: unknown placeholder '"
                      + std::string(page.substr(open, close + 2 - open)) + "'");
    }
    out << page.substr(from, open - from);
    if (value->first == "DATA") {
      write_html_graph_json(graph, ontology, out);
    } else {
      out << value->second;
    }
    from = close + 2;
  }
  out << page.substr(from);
}

} // namespace newskg::exports
