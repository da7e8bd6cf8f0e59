#pragma once

// RDF terms as the two syntaxes write them: N-Triples always spells IRIs out
// in full; Turtle uses prefixes for vocabulary terms only, and full <IRI>s for
// instance data (exports.md §6: the simplest safe choice for a C++ writer).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newskg::exports {

struct RdfTerm
{
  std::string ntriples; // "<https://schema.org/Person>", "\"Putin\"@en"
  std::string turtle;   // "schema:Person", "\"Putin\"@en"

  friend bool operator==(const RdfTerm&, const RdfTerm&) = default;
};

struct RdfPrefix
{
  std::string_view prefix;        // "schema"
  std::string_view namespace_iri; // "https://schema.org/"
};

// The prefixes vocabulary terms are written with, in the order Turtle declares them.
[[nodiscard]] const std::vector<RdfPrefix>& rdf_prefixes();

// A term for a full IRI, already valid (e.g. made by percent_encode).
[[nodiscard]] RdfTerm iri(std::string_view full_iri);
// A vocabulary term `prefix:local`; `prefix` must be one of rdf_prefixes().
// A local name that is not a plain [A-Za-z0-9_] word is written as a full
// IRI in Turtle too, so it never needs PN_LOCAL escapes.
[[nodiscard]] RdfTerm vocabulary(std::string_view prefix, std::string_view local);
// "x" as a plain literal.
[[nodiscard]] RdfTerm literal(std::string_view text);
// "x"@lang. Requires a BCP 47 tag (see is_language_tag).
[[nodiscard]] RdfTerm language_literal(std::string_view text, std::string_view lang);
// "x"^^xsd:<xsd_type>, e.g. typed_literal("0.9", "decimal").
[[nodiscard]] RdfTerm typed_literal(std::string_view text, std::string_view xsd_type);

// Turtle/N-Triples STRING_LITERAL_QUOTE content (exports.md §6): `\` => `\\`,
// `"` => `\"`, LF => `\n`, CR => `\r`, other C0 controls and DEL => `\u00XX`;
// malformed UTF-8 => U+FFFD. Arabic and other non-ASCII stay raw UTF-8.
[[nodiscard]] std::string escape_literal(std::string_view text);

// UTF-8 bytes outside the unreserved set A-Za-z0-9-._~ (RFC 3986 §2.3) as
// %HH, so any text is one safe IRI path segment: "a b/ج" => "a%20b%2F%D8%AC".
[[nodiscard]] std::string percent_encode(std::string_view text);

// [144s] LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*: "ar", "ar-EG"; not "ar_EG".
[[nodiscard]] bool is_language_tag(std::string_view tag);

} // namespace newskg::exports
