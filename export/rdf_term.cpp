#include "export/rdf_term.hpp"

#include "core/byte_escape.hpp"
#include "core/utf8.hpp"
#include "export/concat.hpp"

#include <algorithm>
#include <cassert>

namespace newskg::exports {

namespace {

constexpr std::string_view hex_digits = "0123456789ABCDEF";

bool is_ascii_alpha(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_ascii_alnum(char c)
{
  return is_ascii_alpha(c) || (c >= '0' && c <= '9');
}

std::string_view namespace_of(std::string_view prefix)
{
  for (const auto& p : rdf_prefixes()) {
    if (p.prefix == prefix) {
      return p.namespace_iri;
    }
  }
  assert(false && "unknown RDF prefix");
  return {};
}

std::string quoted(std::string_view text)
{
  return concat("\"", escape_literal(text), "\"");
}

} // namespace

const std::vector<RdfPrefix>& rdf_prefixes()
{
  static const std::vector<RdfPrefix> prefixes{
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    // exports.md §6: one schema.org namespace, consistently the https one.
    {"schema", "https://schema.org/"},
    {"kgo", "https://newskg.org/ontology#"},
  };
  return prefixes;
}

RdfTerm iri(std::string_view full_iri)
{
  std::string term = concat("<", full_iri, ">");
  return {.ntriples = term, .turtle = term};
}

RdfTerm vocabulary(std::string_view prefix, std::string_view local)
{
  const bool plain = !local.empty() && is_ascii_alpha(local.front())
                     && std::all_of(local.begin(), local.end(), [](char c) {
                          return is_ascii_alnum(c) || c == '_';
                        });
  if (!plain) {
    return iri(concat(namespace_of(prefix), percent_encode(local)));
  }
  return {.ntriples = concat("<", namespace_of(prefix), local, ">"),
          .turtle = concat(prefix, ":", local)};
}

RdfTerm literal(std::string_view text)
{
  auto term = quoted(text);
  return {.ntriples = term, .turtle = term};
}

RdfTerm language_literal(std::string_view text, std::string_view lang)
{
  assert(is_language_tag(lang));
  auto term = concat(quoted(text), "@", lang);
  return {.ntriples = term, .turtle = term};
}

RdfTerm typed_literal(std::string_view text, std::string_view xsd_type)
{
  const auto datatype = vocabulary("xsd", xsd_type);
  return {.ntriples = concat(quoted(text), "^^", datatype.ntriples),
          .turtle = concat(quoted(text), "^^", datatype.turtle)};
}

std::string escape_literal(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const char32_t c = next_code_point(text, at);
    switch (c) {
    // Turtle [159s] ECHAR; N-Triples needs the same four.
    case U'\\':
      out += "\\\\";
      break;
    case U'"':
      out += "\\\"";
      break;
    case U'\n':
      out += "\\n";
      break;
    case U'\r':
      out += "\\r";
      break;
    default:
      if (c < 0x20 || c == 0x7F) {
        // [26] UCHAR: legal for any code point; keeps controls visible.
        out += "\\u00";
        out += hex_digits[(c >> 4U) & 0xFU];
        out += hex_digits[c & 0xFU];
      } else {
        append_utf8(out, c);
      }
    }
  }
  return out;
}

std::string percent_encode(std::string_view text)
{
  return escape_bytes(text, '%', [](char c) {
    return is_ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
  });
}

bool is_language_tag(std::string_view tag)
{
  if (tag.empty() || !is_ascii_alpha(tag.front())) {
    return false;
  }
  bool first_subtag = true;
  std::size_t run = 0;
  for (const char c : tag) {
    if (c == '-') {
      if (run == 0) {
        return false;
      }
      first_subtag = false;
      run = 0;
    } else if (is_ascii_alpha(c) || (!first_subtag && is_ascii_alnum(c))) {
      ++run;
    } else {
      return false;
    }
  }
  return run > 0;
}

} // namespace newskg::exports
