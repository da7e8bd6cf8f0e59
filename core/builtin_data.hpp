#pragma once

// Data files compiled into newskg (cmake/EmbedText.cmake writes their
// definitions at build time), for the commands that read a built cache and
// must work without the data directory: export, query, stats.

#include <string_view>

namespace newskg {

// The text of data/ontology/predicates.tsv when newskg was built
// (Ontology::builtin).
extern const std::string_view builtin_predicates_tsv;

// The text of data/ontology/cameo_plover.tsv when newskg was built
// (exports::PloverTable::builtin).
extern const std::string_view builtin_cameo_plover_tsv;

} // namespace newskg
