// Placeholder until the exports module lands.
#include "export/exporters.hpp"

#include "core/error.hpp"

namespace newskg::exports {
const std::vector<std::string>& format_names()
{
  static const std::vector<std::string> names{"graphml", "turtle", "ntriples"};
  return names;
}
void write(std::string_view format, const graph::KnowledgeGraph&, const Ontology&, std::ostream&)
{
  throw InputError("export format '" + std::string(format) + "' is not implemented yet");
}
void write_graphml(const graph::KnowledgeGraph&, std::ostream&) {}
void write_turtle(const graph::KnowledgeGraph&, const Ontology&, std::ostream&) {}
void write_ntriples(const graph::KnowledgeGraph&, const Ontology&, std::ostream&) {}
void write_extraction_json(const Extraction& extraction, std::ostream& out)
{
  out << R"({"doc": ")" << extraction.doc << R"(", "entities": [], "relations": []})" << '\n';
}
Extraction read_extraction_json(std::string_view, std::string_view source)
{
  throw InputError(std::string(source) + ": reading extract JSON is not implemented yet");
}
} // namespace newskg::exports
