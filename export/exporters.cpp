#include "export/exporters.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <system_error>

namespace newskg::exports {

namespace {

std::string valid_names()
{
  std::string valid;
  for (const auto& format : formats()) {
    valid += valid.empty() ? "" : ", ";
    valid += format.name;
  }
  return valid;
}

[[noreturn]] void throw_wrong_output(std::string_view format, std::string_view needs)
{
  throw InputError("export format '" + std::string(format) + "' " + std::string(needs));
}

} // namespace

const std::vector<Format>& formats()
{
  static const std::vector<Format> all{
    {"graphml", Output::file, "GraphML for Gephi, networkx, igraph, Neo4j APOC"},
    {"gexf", Output::file, "GEXF 1.2 for Gephi and networkx, one edge per predicate"},
    {"gexf-1.3", Output::file, "GEXF 1.3 (its XSD's namespace; networkx 2.8 cannot read it)"},
    {"turtle", Output::file, "RDF Turtle"},
    {"ntriples", Output::file, "RDF N-Triples"},
    {"turtle-star", Output::file, "RDF-star Turtle: confidence on quoted triples (Jena)"},
    {"trig", Output::file, "RDF TriG, one named graph per article"},
    {"nquads", Output::file, "RDF N-Quads, one named graph per article"},
    {"neo4j", Output::directory, "a directory for neo4j-admin import (nodes.csv, ...)"},
    {"cypher", Output::file, "a Cypher script loading graph.graphml with APOC", false},
    {"html", Output::file, "one self-contained page to explore the graph in a browser"},
    {"plover", Output::file, "PLOVER event JSON Lines, one line per evidence of a dated article"},
    {"dot", Output::file, "DOT for Graphviz (dot -Tsvg)", false},
  };
  return all;
}

const std::vector<std::string>& format_names()
{
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const auto& format : formats()) {
      list.emplace_back(format.name);
    }
    return list;
  }();
  return names;
}

const Format& find_format(std::string_view name)
{
  const auto& all = formats();
  const auto found =
    std::find_if(all.begin(), all.end(), [&](const Format& f) { return f.name == name; });
  if (found == all.end()) {
    throw InputError("unknown export format '" + std::string(name) + "' (valid: " + valid_names()
                     + ")");
  }
  return *found;
}

std::string write(std::string_view format,
                  const graph::KnowledgeGraph& graph,
                  const Ontology& ontology,
                  std::ostream& out,
                  const FormatSources& sources)
{
  const auto measures = sources.measures;
  if (find_format(format).output != Output::file) {
    throw_wrong_output(format, "writes a directory: give -o DIR");
  }
  if (format == "graphml") {
    write_graphml(graph, out, measures);
  } else if (format == "gexf") {
    write_gexf(graph, ontology, out, GexfVersion::v1_2, measures);
  } else if (format == "gexf-1.3") {
    write_gexf(graph, ontology, out, GexfVersion::v1_3, measures);
  } else if (format == "turtle") {
    write_turtle(graph, ontology, out);
  } else if (format == "ntriples") {
    write_ntriples(graph, ontology, out);
  } else if (format == "turtle-star") {
    write_turtle_star(graph, ontology, out);
  } else if (format == "trig") {
    write_trig(graph, ontology, out);
  } else if (format == "nquads") {
    write_nquads(graph, ontology, out);
  } else if (format == "cypher") {
    write_cypher(graph, out);
  } else if (format == "plover") {
    // Without the data directory, the table compiled in (issue 11).
    std::error_code error;
    const auto table = std::filesystem::is_directory(sources.data_dir, error)
                         ? PloverTable::load(sources.data_dir)
                         : PloverTable::builtin();
    return write_plover(graph, table, out).summary();
  } else if (format == "dot") {
    write_dot(graph, ontology, out);
  } else if (format == "html") {
    write_html(graph, ontology, WebAssets::load(sources.web_dir), out);
  }
  return {};
}

void write_directory(std::string_view format,
                     const graph::KnowledgeGraph& graph,
                     const Ontology& /*ontology*/,
                     const FileOpener& open,
                     Measures measures)
{
  if (find_format(format).output != Output::directory) {
    throw_wrong_output(format, "writes one file, not a directory");
  }
  if (format == "neo4j") {
    write_neo4j(graph, open, measures);
  }
}

} // namespace newskg::exports
