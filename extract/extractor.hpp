#pragma once

// The extract module turns a Document into an Extraction: normalization with a
// map back to the original text, sentences, tokens with Arabic clitics,
// gazetteer and title-pattern entities, and relations from trigger rules. All
// language knowledge comes from the data directory (data/ in the repository).

#include "core/document.hpp"
#include "core/extraction.hpp"
#include "core/ontology.hpp"
#include "extract/trace.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::extract {

// Everything loaded from the data directory, once; immutable, so one instance
// may serve many threads. Move-only.
class Resources
{
public:
  // Reads data_dir/ontology/predicates.tsv and roles.tsv, data_dir/gazetteer/*.tsv
  // and each data_dir/<lang>/ that holds a words.tsv. Throws DataError
  // "file:line: ..." on the first problem.
  static Resources load(const std::filesystem::path& data_dir);
  // What reading a built cache needs of data_dir, at a fraction of load's
  // cost (issue 9): the ontology, the gazetteer's names and match keys
  // (aliases_of, ids_for_name give what they give after load) and each
  // language's romanizer. No language to extract in (extract throws
  // InputError), empty fingerprints. Reads only those files, so a problem in
  // another one goes unnoticed; DataError "file:line: ..." for one in them.
  static Resources load_names(const std::filesystem::path& data_dir);
  // Resources with `ontology` and no language data: no gazetteer names, no
  // language to extract in (extract throws InputError), an empty fingerprint.
  // What a built cache is read with when the data directory is not there.
  static Resources ontology_only(Ontology ontology);

  Resources(Resources&&) noexcept;
  Resources& operator=(Resources&&) noexcept;
  ~Resources();

  [[nodiscard]] const Ontology& ontology() const;
  // A hash of every data file read: changes whenever the language knowledge does.
  [[nodiscard]] const std::string& fingerprint() const;
  // A hash of the data files extraction in `lang` reads (the shared ones and
  // data/<lang>/ but clitics); the whole fingerprint for an unknown language.
  [[nodiscard]] const std::string& fingerprint(std::string_view lang) const;
  // Every name the gazetteer knows for `entity_id`, in every language; empty
  // for an id it does not know.
  [[nodiscard]] std::vector<std::string> aliases_of(std::string_view entity_id) const;
  // Gazetteer ids with an alias whose match_key equals match_key(name):
  // "Putin", "بوتين" and "فلاديمير بوتين" all give {"wd:Q7747"}.
  [[nodiscard]] std::vector<std::string> ids_for_name(std::string_view name) const;

  struct Impl;
  [[nodiscard]] const Impl& impl() const { return *m_impl; }

private:
  explicit Resources(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// Entities and relations of one document, as ontology.md's `extract` output.
// Offsets are code points of document.text. Pure: no I/O, thread-safe. With
// `trace`, also what each sentence held and what each cue gave (explain).
[[nodiscard]] Extraction
extract(const Document& document, const Resources& resources, Trace* trace = nullptr);

// "ar" when most letters are Arabic script, "en" otherwise (ICU script property).
[[nodiscard]] std::string detect_language(std::string_view text);

// The form names are compared in (match_key_of of normalizer.hpp): NFKC, case
// folded, Arabic diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه,
// ؤ → و, ئ → ي (as ../shared/tools/score.py does) and the Persian letters of
// normalize() folded, runs of spaces and punctuation as one space:
// "الرئيسُ  Vladimir-Putin" => "الرييس vladimir putin".
[[nodiscard]] std::string match_key(std::string_view text);

} // namespace newskg::extract
