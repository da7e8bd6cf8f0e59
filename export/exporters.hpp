#pragma once

// The exports module writes a KnowledgeGraph in the formats analysts load
// (GraphML for Gephi and Neo4j APOC, RDF as Turtle and N-Triples) and reads and
// writes the `extract` JSON Lines of ontology.md. Namespace `exports`:
// `export` is a C++ keyword.

#include "core/extraction.hpp"
#include "core/ontology.hpp"
#include "export/plover_table.hpp"
#include "export/web_assets.hpp"
#include "graph/knowledge_graph.hpp"

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::exports {

// Whether a format is one file (a stream) or a directory of files.
enum class Output { file, directory };

struct Format
{
  std::string_view name;
  Output output = Output::file;
  std::string_view summary; // for --help: "RDF Turtle"
  // Whether it writes the sentence of any piece of evidence: a graph loaded
  // for a format that does not is loaded without them (issue 9: a tenth of
  // a 100,000-edge graph's memory).
  bool evidence_text = true;
};

// Formats `newskg export --format` accepts, in the order --help lists them.
[[nodiscard]] const std::vector<Format>& formats();
[[nodiscard]] const std::vector<std::string>& format_names();
// The format named `name`; throws InputError listing the valid ones.
[[nodiscard]] const Format& find_format(std::string_view name);

// Opens the file `name` (a plain file name) of a directory output.
using FileOpener = std::function<std::ostream&(std::string_view name)>;

// Whether the formats that give nodes their measures (graph/measures.hpp:
// graphml, gexf, gexf-1.3, neo4j) compute and write them. Issue 9: `skip`
// (export --no-measures) writes no measure key, column or value, for speed on
// large graphs; the other formats write none either way.
enum class Measures { write, skip };

// What some formats read besides the graph: `html` its page from `web_dir`
// (find_web_dir), `plover` the CAMEO to PLOVER table under `data_dir`, or the
// one compiled in when `data_dir` is no directory; and whether to write the
// measures (`measures`).
struct FormatSources
{
  std::filesystem::path web_dir;
  std::filesystem::path data_dir;
  Measures measures = Measures::write;
};

// Writes `graph` as `format`, a format with Output::file. Returns a line for
// the user about what was left out ("20 PLOVER events, 2 skipped from undated
// articles ..."), or "" when there is nothing to say. Throws InputError for an
// unknown format or a directory format, DataError when the web files or the
// PLOVER table are missing.
std::string write(std::string_view format,
                  const graph::KnowledgeGraph& graph,
                  const Ontology& ontology,
                  std::ostream& out,
                  const FormatSources& sources = {});
// Writes `graph` as `format`, a format with Output::directory, one file at a
// time through `open`. Throws InputError for an unknown or a file format.
void write_directory(std::string_view format,
                     const graph::KnowledgeGraph& graph,
                     const Ontology& ontology,
                     const FileOpener& open,
                     Measures measures = Measures::write);

void write_graphml(const graph::KnowledgeGraph& graph,
                   std::ostream& out,
                   Measures measures = Measures::write);
// GEXF for Gephi: one edge per predicate with `kind` (which Gephi reads in any
// version), labels in both languages, every edge directed (`symmetric` says
// which have no direction). v1_2 is in the 1.2draft namespace, the newest
// networkx 2.8 reads; v1_3 in the namespace of the GEXF 1.3 XSD, which
// networkx 2.8 cannot read. Apart from the root element the two are the same.
enum class GexfVersion { v1_2, v1_3 };
void write_gexf(const graph::KnowledgeGraph& graph,
                const Ontology& ontology,
                std::ostream& out,
                GexfVersion version = GexfVersion::v1_2,
                Measures measures = Measures::write);
void write_turtle(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);
// Turtle-star: each relation's confidence and provenance on its quoted triple
// (<< s p o >>) instead of a relation node. Only RDF-star tools read it (Jena).
void write_turtle_star(const graph::KnowledgeGraph& graph,
                       const Ontology& ontology,
                       std::ostream& out);
void write_ntriples(const graph::KnowledgeGraph& graph,
                    const Ontology& ontology,
                    std::ostream& out);
// TriG and N-Quads: one named graph per article, its provenance in PROV-O.
void write_trig(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);
void write_nquads(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);

// Neo4j bulk import (exports.md §5): nodes.csv and relationships.csv for
// `neo4j-admin database import full`, with the GraphML and the Cypher script
// that loads it with APOC beside them (graph.graphml, load-graphml.cypher).
void write_neo4j(const graph::KnowledgeGraph& graph,
                 const FileOpener& open,
                 Measures measures = Measures::write);
void write_neo4j_nodes(const graph::KnowledgeGraph& graph,
                       std::ostream& out,
                       Measures measures = Measures::write);
void write_neo4j_relationships(const graph::KnowledgeGraph& graph, std::ostream& out);
// A Cypher script loading `graph.graphml` with apoc.import.graphml.
void write_cypher(const graph::KnowledgeGraph& graph, std::ostream& out);

// One self-contained HTML page with an interactive view of the graph
// (Cytoscape.js): search, filters by predicate and type, node size by a
// measure, the evidence of a clicked node or edge, Arabic right-to-left.
void write_html(const graph::KnowledgeGraph& graph,
                const Ontology& ontology,
                const WebAssets& assets,
                std::ostream& out);

// What write_plover wrote and left out.
struct PloverCounts
{
  std::size_t events = 0;      // lines written
  std::size_t undated = 0;     // evidence of undated articles: PLOVER requires a date
  std::size_t no_category = 0; // evidence whose CAMEO code `table` maps to no event (01, 02)

  // "20 PLOVER events, 2 skipped from undated articles (...), 5 skipped whose ..."
  [[nodiscard]] std::string summary() const;
};

// PLOVER event JSON Lines by the PLOVER manual: one object per piece of
// evidence of an event predicate (one with a CAMEO code) from a dated article:
// id, date (and time), event, mode, context (from `table`), source and
// recipient (lists of actors: identifier_id, identifier_text, id, label_ar,
// type; a symmetric predicate puts both actors in source and has no
// recipient), text, text_info (sequence, start, end), cite_info (citation:
// the document), coder, and newskg's cameo, predicate, confidence, relation:
// {"id":"…","date":"2020-10-12","event":["CONSULT"],"mode":"phone","context":[],
//  "source":[{"identifier_id":"Q3052772",…},{"identifier_id":"Q7747",…}],…}
[[nodiscard]] PloverCounts
write_plover(const graph::KnowledgeGraph& graph, const PloverTable& table, std::ostream& out);
// DOT for Graphviz, labels in both languages, symmetric edges without arrows.
void write_dot(const graph::KnowledgeGraph& graph, const Ontology& ontology, std::ostream& out);

// data/ontology.ttl: the kgo: vocabulary with labels @en and @ar, CAMEO codes,
// owl:SymmetricProperty for symmetric predicates.
void write_ontology_turtle(const Ontology& ontology, std::ostream& out);

// One `extract` JSON object on one line, ending with '\n' (ontology.md).
void write_extraction_json(const Extraction& extraction, std::ostream& out);
// The inverse, checked as `extract` guarantees its output (ontology.md): every
// predicate (of a relation or an Event) in `ontology`, confidences in [0, 1],
// spans with start <= end, a date that is a real day. Throws InputError
// "source: path: problem" ("feed.jsonl:3: relations[0]: predicate \"flew\" is
// not in the ontology") on malformed JSON or fields.
[[nodiscard]] Extraction
read_extraction_json(std::string_view line, std::string_view source, const Ontology& ontology);

} // namespace newskg::exports
