// Relation rules read from verbal nouns, as tables (rules_test.cpp has the
// rest): each row is one sentence of a general construction, with a triple
// that must be read from it or must not be. Sentences are written for the
// tests; none comes from the sample article.
#include "support/extraction.hpp"

#include <catch2/catch.hpp>

using newskg::test::check_rows;

TEST_CASE("An agreement's parties: its genitive, or the agent of reaching it with another",
          "[extract][rules][arabic]")
{
  check_rows({
    {"two countries as the genitive of اتفاق (frames.tsv sym-genitive)",
     "ورحبت الجامعة العربية باتفاق مصر وتركيا على تبادل السفراء.",
     "Egypt|agreed-with|Turkey",
     true},
    {"the mediators praised before the noun are no parties (stays)",
     "وأشاد الرئيس الأمريكي جو بايدن بقطر ومصر لدورهما في التوصل إلى الاتفاق.",
     "Egypt|agreed-with|Qatar",
     false},
    {"one party and the other behind مع: no pair (stays)",
     "وانتقد ترامب الاتفاق النووي مع إيران.",
     "Donald Trump|agreed-with|Iran",
     false},
    {"the control verb's subject reaches an agreement with a party",
     "أعلن رئيس الوزراء العراقي محمد شياع السوداني، اليوم الخميس، التوصل إلى اتفاق مع حكومة "
     "إقليم كردستان.",
     "Kurdistan Regional Government|agreed-with|Mohammed Shia al-Sudani",
     true},
    {"with بين the parties are named and the speaker announces it (stays)",
     "أعلنت وزارة الخارجية القطرية التوصل إلى اتفاق بين إسرائيل وحركة حماس لوقف إطلاق النار.",
     "Qatari Ministry of Foreign Affairs|agreed-with|Israel",
     false},
  });
}
