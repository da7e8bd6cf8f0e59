#include "export/exporters.hpp"

#include "core/error.hpp"

namespace newskg::exports {

const std::vector<std::string>& format_names()
{
  static const std::vector<std::string> names{
    "graphml", "gexf", "turtle", "ntriples", "trig", "nquads"};
  return names;
}

void write(std::string_view format,
           const graph::KnowledgeGraph& graph,
           const Ontology& ontology,
           std::ostream& out)
{
  if (format == "graphml") {
    write_graphml(graph, out);
  } else if (format == "gexf") {
    write_gexf(graph, ontology, out);
  } else if (format == "turtle") {
    write_turtle(graph, ontology, out);
  } else if (format == "ntriples") {
    write_ntriples(graph, ontology, out);
  } else if (format == "trig") {
    write_trig(graph, ontology, out);
  } else if (format == "nquads") {
    write_nquads(graph, ontology, out);
  } else {
    std::string valid;
    for (const auto& name : format_names()) {
      valid += (valid.empty() ? "" : ", ") + name;
    }
    throw InputError("unknown export format '" + std::string(format) + "' (valid: " + valid + ")");
  }
}

} // namespace newskg::exports
