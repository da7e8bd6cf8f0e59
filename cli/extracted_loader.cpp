#include "cli/extracted_loader.hpp"

#include "cli/document_aliases.hpp"
#include "core/error.hpp"
#include "export/exporters.hpp"

#include <fstream>
#include <istream>

namespace newskg::cli {

namespace {

// What every stream is loaded with, and the counts so far.
struct Loader
{
  const extract::Resources& resources;
  cache::Cache& cache;
  const Io& io;
  double min_confidence = 0;
  CorpusStats stats;

  void load_stream(std::istream& in, const std::string& name);
};

void Loader::load_stream(std::istream& in, const std::string& name)
{
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    const auto where = name + ":" + std::to_string(number);
    try {
      auto extraction = exports::read_extraction_json(line, where, resources.ontology());
      if (min_confidence > 0) {
        keep_confident(extraction, min_confidence);
      }
      const cache::DocumentRecord record{
        .id = extraction.doc,
        .lang = extraction.lang,
        .title = extraction.title,
        .date = extraction.date,
        .url = extraction.url,
        .source = where,
        .content_hash = {},
        .fingerprint = {},
      };
      cache.store(
        record, extraction, aliases_for(extraction, resources), search_keys_for(extraction));
      ++stats.documents;
    } catch (const InputError& e) {
      // read_extraction_json's messages already start with `where`.
      io.err << "newskg: " << e.what() << '\n';
      ++stats.problems;
    }
  }
  if (in.bad()) {
    io.err << "newskg: " << name << ": read error\n";
    ++stats.problems;
  }
}

} // namespace

CorpusStats load_extracted(std::span<const std::string> files,
                           const extract::Resources& resources,
                           cache::Cache& cache,
                           const Io& io,
                           double min_confidence)
{
  Loader loader{.resources = resources, .cache = cache, .io = io, .min_confidence = min_confidence};
  for (const auto& file : files) {
    if (file == "-") {
      loader.load_stream(io.in, "-");
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      io.err << "newskg: " << file << ": cannot open\n";
      ++loader.stats.problems;
      continue;
    }
    loader.load_stream(in, file);
  }
  return loader.stats;
}

} // namespace newskg::cli
