// English relation rules as tables, in the style of rules_test.cpp: each row
// is one sentence of a general construction written for the test, with a
// triple that must be read from it or must not be. No row comes from an
// evaluation article.
#include "extract/phonetic_key.hpp"

#include "support/extraction.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using newskg::test::check_rows;

TEST_CASE("English titles read the owner before or after the title", "[extract][rules][english]")
{
  check_rows(
    {
      {"demonym before the title",
       "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday.",
       "Sergey Lavrov|holds-position|Russia|foreign-minister",
       true},
      {"demonym before the title",
       "The visit was prepared by Turkish Defence Minister Hulusi Akar.",
       "Hulusi Akar|holds-position|Turkey|defence-minister",
       true},
      {"possessive before the title",
       "Azerbaijan's President Ilham Aliyev addressed the nation.",
       "Ilham Aliyev|holds-position|Azerbaijan|president",
       true},
      {"possessive before the title, unknown name",
       "Later, Poland's Defence Minister Mariusz Blaszczak spoke to reporters.",
       "Mariusz Blaszczak|holds-position|Poland|defence-minister",
       true},
      {"owner after the name",
       "Foreign Minister Jeyhun Bayramov of Azerbaijan travelled to Geneva.",
       "Jeyhun Bayramov|holds-position|Azerbaijan|foreign-minister",
       true},
      {"owner after the title",
       "The Secretary-General of the United Nations Antonio Guterres urged calm.",
       "António Guterres|holds-position|United Nations|secretary-general",
       true},
      {"apposition with a possessive owner",
       "Ilham Aliyev, Azerbaijan's president, gave a speech in Baku.",
       "Ilham Aliyev|holds-position|Azerbaijan|president",
       true},
      {"apposition of an unknown name",
       "Anna Kowalska, the Polish ambassador, left the meeting early.",
       "Anna Kowalska|holds-position|Poland|ambassador",
       true},
      {"another spelling of a known name",
       "Foreign Minister Walid al-Moualem arrived in Moscow.",
       "Walid Muallem|holds-position|Syria|foreign-minister",
       true},
      {"another spelling, Arabic script",
       "Defence Minister Jeyhun Bayramov of Azerbaijan spoke first.",
       "Jeyhun Bayramov|holds-position|Azerbaijan|defence-minister",
       true},
      {"a commissioner's post behind for, then the holder",
       "UN High Commissioner for Refugees Filippo Grandi said the camps were full.",
       "Filippo Grandi|holds-position|United Nations|commissioner",
       true},
      {"... the post's words are no person",
       "UN High Commissioner for Human Rights Michelle Bachelet said the report was clear.",
       "Human Rights|holds-position|United Nations|commissioner",
       false},
      {"a company named with a corporate word (words.tsv org-head: holdings)",
       "John Smith, the chief executive of Acme Holdings, said the firm was ready.",
       "John Smith|holds-position|Acme Holdings|chief-executive",
       true},
      {"a title without a name names nobody",
       "The Armenian prime minister was more explicit when he spoke.",
       "The Armenian prime minister|holds-position|Armenia|prime-minister",
       false},
      {"a lower-case word after a title is no name",
       "The Polish ambassador said nothing about the talks.",
       "said nothing|holds-position|Poland|ambassador",
       false},
      {"the House of a speaker's title is no given name",
       "Speaker of the House Paul Ryan met Theresa May in London.",
       "House Paul Ryan|met|Theresa May",
       false},
      {"... the speaker is Paul Ryan",
       "Speaker of the House Paul Ryan met Theresa May in London.",
       "Paul Ryan|met|Theresa May",
       true},
      {"a Northern Irish party the gazetteer knows (DUP)",
       "Prime Minister Theresa May met Arlene Foster on Monday. May was criticised by the DUP.",
       "Democratic Unionist Party|criticized|Theresa May",
       true},
    },
    "en");
}

TEST_CASE("English verb cues take the subject before the verb", "[extract][rules][english]")
{
  check_rows(
    {
      {"SVO verb",
       "The European Union condemned Russia over the strikes.",
       "European Union|criticized|Russia",
       true},
      {"the members 'including' introduces stand for the object's noun",
       "Russian forces shelled several Ukrainian cities, including Kharkiv and Odesa.",
       "Russia|attacked|Kharkiv",
       true},
      {"SVO verb with a title",
       "French President Emmanuel Macron praised Germany for its support.",
       "Emmanuel Macron|praised|Germany",
       true},
      {"phrasal verb with a listed object",
       "The Security Council called on Israel and Hamas to stop the fighting.",
       "United Nations Security Council|called-on|Hamas",
       true},
      {"phrasal verb",
       "Japan urged China to release the detained fishermen.",
       "Japan|called-on|China",
       true},
      {"the object is not a subject",
       "Condemned by many, Russia left the council.",
       "Russia|criticized|",
       false},
      {"no subject after the verb",
       "Yesterday attacked Armenia the positions of the enemy.",
       "Armenia|attacked|",
       false},
      {"negation drops the cue",
       "Turkey did not condemn Armenia for the shelling.",
       "Turkey|criticized|Armenia",
       false},
      {"negated meeting",
       "Biden will not meet Putin during the summit.",
       "Joe Biden|met|Vladimir Putin",
       false},
      {"irrealis drops the cue",
       "Greece warned that it would attack Turkey if provoked.",
       "Greece|attacked|Turkey",
       false},
    },
    "en");
}

TEST_CASE("English passives and reported speech", "[extract][rules][english]")
{
  check_rows(
    {
      {"passive with by",
       "Shusha was captured by Azerbaijan after heavy fighting.",
       "Azerbaijan|captured|Shusha",
       true},
      {"led by: the leader after the cue holds a post in the organization before it",
       "The Rapid Support Forces, led by Mohamed Hamdan Dagalo, denied the accusations.",
       "Mohamed Hamdan Dagalo|holds-position|Rapid Support Forces",
       true},
      {"... a delegation led by someone is no organization of his",
       "A delegation led by Antony Blinken arrived in Cairo.",
       "Antony Blinken|holds-position|Egypt",
       false},
      {"toured a place visits it",
       "French President Emmanuel Macron toured the Gaza Strip on Monday.",
       "Emmanuel Macron|visited|Gaza Strip",
       true},
      {"... not when negated",
       "Macron did not tour the Gaza Strip.",
       "Emmanuel Macron|visited|Gaza Strip",
       false},
      {"who heads: a relative clause's verb of leading (triggers.tsv, a data row)",
       "John Smith, who heads the Federal Emergency Management Agency, said aid was coming.",
       "John Smith|holds-position|Federal Emergency Management Agency",
       true},
      {"... and chairs",
       "Jane Miller, who chairs the European Commission, criticized Russia.",
       "Jane Miller|holds-position|European Commission",
       true},
      {"... heads to a country is a journey, no post",
       "Boris Johnson heads to France on Monday.",
       "Boris Johnson|holds-position|France",
       false},
      {"what the subject described by a name stands for the name (words.tsv described-as)",
       "France criticized what it described as Iranian nuclear escalation.",
       "France|criticized|Iran",
       true},
      {"... in the present tense",
       "Tunisian President Kais Saied has denounced what he calls the International Monetary "
       "Fund's diktats.",
       "Kais Saied|criticized|International Monetary Fund",
       true},
      {"passive with a demonym agent",
       "The town of Hadrut was captured by Azerbaijani forces.",
       "Azerbaijan|captured|Hadrut",
       true},
      {"passive: the patient is no agent",
       "Shusha was captured by Azerbaijan after heavy fighting.",
       "Shusha|captured|Azerbaijan",
       false},
      {"said that: an Event object",
       "Aliyev said that Azerbaijan captured Shusha.",
       "Ilham Aliyev|announced|[captured Shusha]",
       true},
      {"announced that: an Event object",
       "The Kremlin announced that Putin met Erdogan in Sochi.",
       "Kremlin|announced|[met Recep Tayyip Erdoğan]",
       true},
      {"a charge after 'of' is the accuser's report (words.tsv charge-*)",
       "Iran accused Saudi Arabia of backing the Houthis.",
       "Iran|announced|[supports Houthis]",
       true},
      {"... and no fact",
       "Iran accused Saudi Arabia of backing the Houthis.",
       "Saudi Arabia|supports|Houthis",
       false},
      {"... nor when the charge is denied",
       "Iran did not accuse Saudi Arabia of backing the Houthis.",
       "Iran|announced|[supports Houthis]",
       false},
    },
    "en");
}

TEST_CASE("A person's attack on no place is words (words.tsv verbal-cue)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a politician attacks a party",
       "Trump attacked the Democrats at a rally in West Virginia.",
       "Donald Trump|criticized|Democratic Party",
       true},
      {"... no act of force",
       "Trump attacked the Democrats at a rally in West Virginia.",
       "Donald Trump|attacked|Democratic Party",
       false},
      {"a person's attack on a country in a speech is words",
       "Trump attacked China in a speech on Monday.",
       "Donald Trump|criticized|China",
       true},
      {"a person's attack on a country stays an attack",
       "Putin attacked Ukraine in February 2022.",
       "Vladimir Putin|criticized|Ukraine",
       false},
      {"issued a warning to",
       "Iran issued a stern warning to Israel on Sunday.",
       "Iran|warned|Israel",
       true},
      {"a country's attack stays an attack",
       "Russia attacked Ukraine on Thursday.",
       "Russia|attacked|Ukraine",
       true},
    },
    "en");
}

TEST_CASE("English: a neighboring country borders the country of the article",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"neighboring before the country",
       "Macedonians voted on changing the name of Macedonia. The vote was to end a dispute with "
       "neighboring Greece. Macedonia wants to join NATO.",
       "Greece|borders|North Macedonia",
       true},
      {"the article's own country is no neighbour of itself",
       "Macedonians voted on changing the name of neighboring Macedonia. Macedonia wants to "
       "join NATO.",
       "North Macedonia|borders|North Macedonia",
       false},
      {"two countries as often: no country of the article",
       "Greece and Macedonia met. Greece and Macedonia talked about neighboring Albania.",
       "Albania|borders|Greece",
       false},
      {"... but the one of a wire dateline's city",
       "Grid strikes\nKYIV, Nov 17 (Reuters) - Russia attacked Ukraine's power grid on Sunday, "
       "Russia's defence ministry said. Neighbouring Poland scrambled fighter jets, Ukraine said.",
       "Poland|borders|Ukraine",
       true},
    },
    "en");
}

TEST_CASE("English targets in a place (words.tsv target-noun)", "[extract][rules][english]")
{
  check_rows(
    {
      {"the place of the targets is attacked",
       "Russian forces shelled positions near Kharkiv on Monday.",
       "Russia|attacked|Kharkiv",
       true},
      {"a demonym on the targets is no object: their place is",
       "Israeli jets struck Iranian targets in Syria.",
       "Israel|attacked|Iran",
       false},
      {"... the place of the targets",
       "Israeli jets struck Iranian targets in Syria.",
       "Israel|attacked|Syria",
       true},
      {"a determiner before the target",
       "Israeli aircraft struck a building in Gaza City on Monday.",
       "Israel|attacked|Gaza City",
       true},
      {"a noun that is no target",
       "Russian forces shelled civilians near Kharkiv on Monday.",
       "Russia|attacked|Kharkiv",
       false},
      {"a place apart from the targets by more than two words",
       "Russian forces shelled positions held by the army for weeks near Kharkiv.",
       "Russia|attacked|Kharkiv",
       false},
    },
    "en");
}

TEST_CASE("English symmetric, reciprocal and phone-call cues", "[extract][rules][english]")
{
  check_rows(
    {
      {"held talks with",
       "Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan.",
       "Recep Tayyip Erdoğan|met|Vladimir Putin",
       true},
      {"met with a direct object",
       "Blinken met Lavrov in Geneva.",
       "Antony Blinken|met|Sergey Lavrov",
       true},
      {"a symmetric verb after 'and' shares the subject of the clause before",
       "Macron visited Beijing and met Xi Jinping.",
       "Emmanuel Macron|met|Xi Jinping",
       true},
      {"... not across a clause boundary without a coordinator",
       "Macron visited Beijing. Officials met Xi Jinping.",
       "Emmanuel Macron|met|Xi Jinping",
       false},
      {"a list of subjects meets the direct object",
       "Senators Mike Lee and Orrin Hatch met Netanyahu in Jerusalem.",
       "Benjamin Netanyahu|met|Orrin Hatch",
       true},
      {"a list of subjects with a direct object does not meet itself",
       "Senators Mike Lee and Orrin Hatch met Netanyahu in Jerusalem.",
       "Mike Lee|met|Orrin Hatch",
       false},
      {"a demonym before a noun is no object of a list of subjects",
       "Biden and Netanyahu met Israeli hostage families at the White House.",
       "Israel|met|Joe Biden",
       false},
      {"nor a name before a noun",
       "Putin and Xi met Kremlin aides on Monday.",
       "Kremlin|met|Vladimir Putin",
       false},
      {"... nor do the subjects meet each other",
       "Senators Lindsey Graham and Richard Blumenthal met Israeli officials.",
       "Lindsey Graham|met|Richard Blumenthal",
       false},
      {"one subject: a demonym before a noun is no object either",
       "Secretary of State Mike Pompeo met Saudi officials in Riyadh.",
       "Mike Pompeo|met|Saudi Arabia",
       false},
      {"... a title after the demonym is the person's (stays one)",
       "Mike Pompeo met Saudi Crown Prince Mohammed bin Salman in Riyadh.",
       "Mike Pompeo|met|Mohammed bin Salman",
       true},
      {"a list of subjects without an object meet each other",
       "Mike Lee and Orrin Hatch met in Jerusalem.",
       "Mike Lee|met|Orrin Hatch",
       true},
      {"spoke by phone with",
       "Macron spoke by phone with Scholz on Sunday.",
       "Emmanuel Macron|called|Olaf Scholz",
       true},
      {"spoke with someone by phone",
       "Macron spoke with Chancellor Olaf Scholz by phone on Sunday.",
       "Emmanuel Macron|called|Olaf Scholz",
       true},
      {"spoke with someone, no phone named",
       "Macron spoke with Chancellor Olaf Scholz on Sunday.",
       "Emmanuel Macron|called|Olaf Scholz",
       false},
      {"no sentence ends after U.S. before a title",
       "Turkish President Recep Tayyip Erdogan met U.S. President Joe Biden in Rome.",
       "Joe Biden|met|Recep Tayyip Erdoğan",
       true},
      {"phone call of a coordinated pair",
       "Putin and Erdogan held a telephone conversation with each other.",
       "Recep Tayyip Erdoğan|called|Vladimir Putin",
       true},
      {"reciprocal accusation",
       "Armenia and Azerbaijan accused each other of breaking the truce.",
       "Armenia|accused|Azerbaijan",
       true},
      {"reciprocal accusation, other direction",
       "India and Pakistan accused each other of shelling villages.",
       "Pakistan|accused|India",
       true},
      {"the two sides after a meeting",
       "Putin met Erdogan in Moscow. The two sides agreed to a ceasefire.",
       "Recep Tayyip Erdoğan|agreed-with|Vladimir Putin",
       true},
      {"agreed with",
       "Egypt agreed with Sudan on the use of the river.",
       "Egypt|agreed-with|Sudan",
       true},
    },
    "en");
}

TEST_CASE("English references: pronouns and places", "[extract][rules][english]")
{
  check_rows(
    {
      {"he after one named person",
       "Lavrov arrived in Cairo on Monday. He praised Egypt for its mediation.",
       "Sergey Lavrov|praised|Egypt",
       true},
      {"she after one named person",
       "Merkel spoke to reporters in Berlin. She criticized Turkey.",
       "Angela Merkel|criticized|Turkey",
       true},
      {"he after two persons is ambiguous",
       "Putin and Erdogan met in Sochi. He then criticized Israel.",
       "Vladimir Putin|criticized|Israel",
       false},
      {"he after a sentence naming two people",
       "Putin spoke with Macron. He then criticized Israel.",
       "Emmanuel Macron|criticized|Israel",
       false},
      {"a noun subject is no pronoun",
       "Putin spoke first. The crowd then condemned Ukraine.",
       "Vladimir Putin|criticized|Ukraine",
       false},
      {"place, country",
       "The meeting took place in Aleppo, Syria on Friday.",
       "Aleppo|located-in|Syria",
       true},
      {"place, country outside a list",
       "Protests spread to Basra, Iraq, and to other cities.",
       "Basra|located-in|Iraq",
       true},
      {"a list of places is no location",
       "Talks rotated between Moscow, Ankara and Tehran.",
       "Moscow|located-in|Ankara",
       false},
    },
    "en");
}

TEST_CASE("English head nouns read the country before the head", "[extract][rules][english]")
{
  check_rows(
    {
      {"demonym + ministry, then a title",
       "Peruvian Defence Ministry spokesman Luis Vega denied the report.",
       "Luis Vega|holds-position|Ministry of Defence of Peru|spokesperson",
       true},
      {"a rank before a name is no name",
       "Major general Ali Omar, spokesman for the Iraqi military, spoke.",
       "Ali Omar|holds-position|Armed Forces of Iraq|spokesperson",
       true},
      {"spokesman for + demonym + head",
       "Colonel Ahmad Salim, spokesman for the Jordanian army, said the border was calm.",
       "Ahmad Salim|holds-position|Army of Jordan|spokesperson",
       true},
      {"spokesman for + demonym + head: not the country alone",
       "Colonel Ahmad Salim, spokesman for the Jordanian army, said the border was calm.",
       "Ahmad Salim|holds-position|Jordan|spokesperson",
       false},
      {"the German government is Germany",
       "The German government criticized Iran over the executions.",
       "Germany|criticized|Iran",
       true},
      {"a country's leaders are the country",
       "France urged Lebanon's leaders to form a government.",
       "France|called-on|Lebanon",
       true},
      {"a bare head refers back",
       "The State Department welcomed the vote. Jane Doe, the department's spokeswoman, said so.",
       "Jane Doe|holds-position|United States Department of State|spokesperson",
       true},
      {"a bare head with nothing before refers to nothing",
       "John Roe, the department's spokesman, said so.",
       "John Roe|holds-position|United States Department of State|spokesperson",
       false},
    },
    "en");
}

TEST_CASE("English members of an organization", "[extract][rules][english]")
{
  check_rows(
    {
      {"members after the cue",
       "NATO allies Turkey and Greece held talks in Brussels.",
       "Greece|member-of|NATO",
       true},
      {"members after the cue, first of the list",
       "NATO allies Turkey and Greece held talks in Brussels.",
       "Turkey|member-of|NATO",
       true},
      {"members before the organization",
       "France and Italy, both EU members, condemned the coup.",
       "Italy|member-of|European Union",
       true},
      {"the allies: the last two countries",
       "Spain hosted Portugal on Monday. The NATO allies signed a pact.",
       "Portugal|member-of|NATO",
       true},
      {"no determiner: no reference",
       "Spain hosted Portugal on Monday. Other NATO allies were not consulted.",
       "Portugal|member-of|NATO",
       false},
      {"a person is not an ally",
       "Putin met Erdogan. Erdogan said the NATO allies were divided.",
       "Recep Tayyip Erdoğan|member-of|NATO",
       false},
    },
    "en");
}

TEST_CASE("English statements: we, coordinated verbs, denials", "[extract][rules][english]")
{
  check_rows(
    {
      {"we is the issuing government",
       "The United States is alarmed by the fighting.\nWe condemn Iran for the attack.",
       "United States|criticized|Iran",
       true},
      {"we from a header",
       "[Statement: Japan Welcomes the Accord]\nWe welcome Vietnam's decision.",
       "Japan|praised|Vietnam",
       true},
      {"we inside a quotation is not the author",
       "Canada hosted the summit. \"We condemn the raid on Syria,\" a protester said.",
       "Canada|criticized|Syria",
       false},
      {"a verb after and shares the subject",
       "Egypt welcomed the truce and urged Israel to withdraw.",
       "Egypt|called-on|Israel",
       true},
      {"a verb after and in particular",
       "Qatar condemned the attack and in particular called on Iran to stop.",
       "Qatar|called-on|Iran",
       true},
      {"a new subject after and is its own",
       "Egypt welcomed the truce and Jordan urged Israel to withdraw.",
       "Egypt|called-on|Israel",
       false},
      {"denied that: no meeting",
       "The Kremlin denied that Putin met Erdogan in Sochi.",
       "Recep Tayyip Erdoğan|met|Vladimir Putin",
       false},
      {"did not say that: no attack",
       "Israel did not say that Iran attacked Syria.",
       "Iran|attacked|Syria",
       false},
      {"said that still reports",
       "Ankara said that Russia attacked Idlib.",
       "Russia|attacked|Idlib",
       true},
    },
    "en");
}

TEST_CASE("English places, agreements and elided names", "[extract][rules][english]")
{
  check_rows(
    {
      {"unknown place before a country",
       "Voters queued in Strumica, Macedonia on Sunday.",
       "Strumica|located-in|North Macedonia",
       true},
      {"unknown place after of",
       "Boats drifted off the coast of Aceh, Indonesia for days.",
       "Aceh|located-in|Indonesia",
       true},
      {"no place preposition",
       "Meanwhile Tom Smith, Canada's envoy, arrived.",
       "Tom Smith|located-in|Canada",
       false},
      {"the capital, a comma and a known capital",
       "A voter in the capital, Skopje, said so.",
       "Skopje|located-in|North Macedonia",
       true},
      {"the capital and a known capital",
       "Protests spread in the capital Kabul on Monday.",
       "Kabul|located-in|Afghanistan",
       true},
      {"a city not named a capital gets no country",
       "Protests spread in Kabul on Monday.",
       "Kabul|located-in|Afghanistan",
       false},
      {"a place in a place",
       "Clashes broke out in Aleppo in Syria.",
       "Aleppo|located-in|Syria",
       true},
      {"a place in a direction of a country",
       "Clashes broke out in Idlib province in northern Syria.",
       "Idlib|located-in|Syria",
       true},
      {"an actor in a place lies in nothing",
       "Emmanuel Macron spoke in Berlin on Monday.",
       "Emmanuel Macron|located-in|Berlin",
       false},
      {"the two governments struck a deal",
       "Peru hosted Chile in May. The two governments struck a deal in June.",
       "Chile|agreed-with|Peru",
       true},
      {"signed an agreement with",
       "Egypt signed an agreement with Sudan on Monday.",
       "Egypt|agreed-with|Sudan",
       true},
      {"North and South Korea",
       "North and South Korea exchanged fire on Thursday.",
       "South Korea|attacked|North Korea",
       true},
      {"North and South Korea, other direction",
       "North and South Korea exchanged fire on Thursday.",
       "North Korea|attacked|South Korea",
       true},
      {"no elision without a known name",
       "North and South Africa exchanged fire.",
       "North Africa|attacked|South Africa",
       false},
      {"clashes between two parties are an attack both ways",
       "Clashes between the Sudanese army and the Rapid Support Forces erupted in Khartoum.",
       "Rapid Support Forces|attacked|Sudanese Armed Forces",
       true},
      {"fighting between, with an adjective",
       "Fierce fighting between Russia and Ukraine continued in the east.",
       "Russia|attacked|Ukraine",
       true},
      {"(stays) clashes warned against are none",
       "Egypt warned against clashes between Israel and Hezbollah.",
       "Israel|attacked|Hezbollah",
       false},
      {"a seat's staff serve its country",
       "Department spokesman John Kirby spoke. State Department Spokesperson Mary Lee said so.",
       "Mary Lee|holds-position|United States|spokesperson",
       true},
    },
    "en");
}

TEST_CASE("English gazetteer matches respect letter case", "[extract][rules][english]")
{
  check_rows(
    {
      {"US as a country",
       "The US condemned Iran for the attack.",
       "United States|criticized|Iran",
       true},
      {"us as a pronoun",
       "Iran condemned us for the attack.",
       "Iran|criticized|United States",
       false},
      {"a capitalized alias needs capitals",
       "Americans condemned the turkey shortage.",
       "United States|criticized|Turkey",
       false},
      {"a longer name starting inside a shorter one wins",
       "Iran condemned the United Nations General Assembly for the vote.",
       "Iran|criticized|United Nations General Assembly",
       true},
      {"the shorter name then names nothing",
       "Iran condemned the United Nations General Assembly for the vote.",
       "Iran|criticized|United Nations",
       false},
      {"a longer name, another sentence",
       "Russia criticized the United Nations Security Council on Monday.",
       "Russia|criticized|United Nations Security Council",
       true},
    },
    "en");
}

TEST_CASE("A phonetic key is the same for a name in Arabic and English",
          "[extract][english][arabic]")
{
  using newskg::extract::phonetic_key;
  CHECK(phonetic_key("Jeyhun Bayramov") == "kn brmf");
  CHECK(phonetic_key("جيهون بيراموف") == "kn brmf");
  CHECK(phonetic_key("Mammadov") == "mtf");
  CHECK(phonetic_key("Zohrab Mnatsakanyan") == phonetic_key("زهراب مناتساكانيان"));
  CHECK(phonetic_key("Walid al-Moualem") == phonetic_key("وليد المعلم"));
  CHECK(phonetic_key("Jeyhun Bayramov") != phonetic_key("Ilham Aliyev"));
  // ق is a sound of its own; خ is k, as Spanish j.
  CHECK(phonetic_key("Ali Khamenei") == phonetic_key("علي خامنئي"));
  CHECK(phonetic_key("Juan Carlos Varela") == phonetic_key("خوان كارلوس فاريلا"));
  CHECK(phonetic_key("محمد باقري") != phonetic_key("محمد بخاري"));
  // English spellings of one sound: ch before r and qu are k; c before e, i,
  // y is s (Italian sc before them is written ش in Arabic); elsewhere c is k.
  CHECK(phonetic_key("Christine Blasey Ford") == phonetic_key("كريستين بلاسي فورد"));
  CHECK(phonetic_key("Chris Coons") == "krs kns");
  CHECK(phonetic_key("Diego Enrique Angelini") == phonetic_key("دييجو إنريك أنجيليني"));
  CHECK(phonetic_key("Francesco Molinari") == phonetic_key("فرانشيسكو موليناري"));
  CHECK(phonetic_key("Matthew Albence") == phonetic_key("ماثيو ألبنس"));
  CHECK(phonetic_key("Carlos Varela") == "krls frl");
  CHECK(phonetic_key("Charles Michel") == "srls msl");
  // x inside a word is k and s, as Arabic writes it; at a word's start it is s.
  CHECK(phonetic_key("Maxine Waters") == phonetic_key("ماكسين ووترز"));
  CHECK(phonetic_key("Alexander") == "lksntr");
  CHECK(phonetic_key("Xi Jinping") == "s knbnk");
}

TEST_CASE("Onsets tell apart short names whose phonetic keys merge", "[extract][english][arabic]")
{
  using newskg::extract::phonetic_key;
  using newskg::extract::phonetic_onsets;
  // The keys merge: h drops and the two m of "mhmd" collapse.
  CHECK(phonetic_key("محمود الزهار") == phonetic_key("Ahmad al-Sharaa"));
  CHECK(phonetic_onsets("محمود الزهار") == "mv");
  CHECK(phonetic_onsets("Ahmad al-Sharaa") == "vv");
  CHECK(phonetic_onsets("أحمد الشرع") == "vv");
  CHECK(phonetic_onsets("Mahmoud Abbas") == phonetic_onsets("محمود عباس"));
  CHECK(phonetic_onsets("Saeb Erekat") == phonetic_onsets("صائب عريقات"));
}

TEST_CASE("A short unknown name is no known person of the same short key",
          "[extract][rules][arabic]")
{
  check_rows({
    {"another leader's name",
     "وقال القيادي في حركة حماس محمود الزهار إن الحركة لن تتراجع.",
     "Ahmed al-Sharaa|member-of|Hamas",
     false},
  });
}

namespace {

// The entities `text` gives as a document in `lang`.
std::vector<newskg::Entity> entities_of(const std::string& text, const std::string& lang)
{
  const newskg::Document document{.id = "test", .lang = lang, .text = text, .source = "test"};
  return newskg::extract::extract(document, newskg::test::shipped_resources()).entities;
}

// The first organization `text` gives, as `field` reads it; "(none)" when none.
template<typename Field>
std::string first_organization(const std::string& text, const std::string& lang, Field field)
{
  const auto entities = entities_of(text, lang);
  const auto organization = std::find_if(entities.begin(), entities.end(), [](const auto& e) {
    return e.type == newskg::EntityType::organization;
  });
  return organization == entities.end() ? std::string("(none)") : field(*organization);
}

// The id of the entity labelled `label` (in any language) in what `text`
// gives, empty when none.
std::string id_of(const std::string& text, const std::string& lang, const std::string& label)
{
  for (const auto& entity : entities_of(text, lang)) {
    const auto& labels = entity.labels;
    if (entity.label == label || std::any_of(labels.begin(), labels.end(), [&](const auto& named) {
          return named.second == label;
        })) {
      return entity.id;
    }
  }
  return {};
}

// The labels of the entities found in an Arabic text, each followed by "|".
std::string arabic_labels(const std::string& text)
{
  std::string out;
  for (const auto& entity : entities_of(text, "ar")) {
    out += entity.label + "|";
  }
  return out;
}

} // namespace

TEST_CASE("An unknown place of one long word has one id in Arabic and English",
          "[extract][english][arabic]")
{
  const auto ar = id_of("أدلى الناخبون بأصواتهم في ستروميكا، مقدونيا يوم الأحد.", "ar", "ستروميكا");
  const auto en =
    id_of("Voters cast their ballots in Strumica, Macedonia on Sunday.", "en", "Strumica");
  REQUIRE(!ar.empty());
  CHECK(ar == en);
  // A short word keeps an id of its own script: four consonants could be anything.
  const auto short_en = id_of("Shelling hit the town of Kafrun, Syria.", "en", "Kafrun");
  REQUIRE(!short_en.empty());
  CHECK(short_en != id_of("قصفت الطائرات بلدة كفرون السورية.", "ar", "كفرون"));
}

TEST_CASE("A name found in Arabic text gets a romanized English label and keeps its Arabic one",
          "[extract][arabic]")
{
  const newskg::Document document{
    .id = "test",
    .lang = "ar",
    .text = "وقالت سارة جونسون، المتحدثة باسم وزارة الخارجية الأمريكية، إن الوضع خطير.",
    .source = "test"};
  const auto extraction = newskg::extract::extract(document, newskg::test::shipped_resources());
  const auto person =
    std::find_if(extraction.entities.begin(), extraction.entities.end(), [](const auto& e) {
      return e.type == newskg::EntityType::person;
    });
  REQUIRE(person != extraction.entities.end());
  CHECK(person->label == "Sara Junsun"); // long vowels written, not ICU's skeleton "sart jwnswn"
  CHECK(person->labels.at("en") == "Sara Junsun");
  CHECK(person->labels.at("ar") == "سارة جونسون");
}

TEST_CASE("A head and its country name an organization without the proclitics of their first word",
          "[extract][arabic]")
{
  const auto arabic_label = [](const std::string& text) {
    return first_organization(
      text, "ar", [](const newskg::Entity& e) { return e.labels.at("ar"); });
  };
  CHECK(arabic_label("وقال متحدث للشرطة الإسبانية إن المشتبه به قتل.") == "الشرطة الإسبانية");
  CHECK(arabic_label("وقال بيان لوزارة الداخلية المغربية إن الحدود مغلقة.")
        == "وزارة الداخلية المغربية");
  CHECK(arabic_label("وقالت الشرطة الإسبانية إن المشتبه به قتل.") == "الشرطة الإسبانية");
  // A head whose first letters only look like a proclitic keeps them.
  CHECK(arabic_label("وقصف سلاح الجو الإسرائيلي مواقع في جنوب لبنان.") == "سلاح الجو الإسرائيلي");
}

TEST_CASE("An organization's head in lowercase ends its name after the and its modifiers",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a lowercase party after capitals and a modifier",
       "Yair Lapid, leader of the opposition Yesh Atid party, criticized Netanyahu.",
       "Yair Lapid|holds-position|Yesh Atid party|leader",
       true},
      {"... and the name before the apposition is the subject",
       "Marine Le Pen, leader of the far-right National Rally party, criticized Macron.",
       "Marine Le Pen|criticized|Emmanuel Macron",
       true},
      {"a hyphenated modifier before a capitalized head",
       "John Smith, head of the main opposition Labour Party, praised the deal.",
       "John Smith|holds-position|Labour Party|chair",
       true},
      {"a lowercase head that is no words.tsv lowercase-org-head names nothing after a nationality",
       "Elin Jones, speaker of the Welsh assembly, criticized the plan.",
       "Elin Jones|holds-position|Welsh assembly|chair",
       false},
      {"a title that ends the text, without a period, names no one (and reads no token past it)",
       "Sergei Lavrov met the Foreign Minister",
       "Sergey Lavrov|met|Foreign Minister",
       false},
      {"(stays) capitals and a lowercase word that is no head name nothing",
       "Anna Berg, leader of the opposition Yesh Atid faction, criticized Netanyahu.",
       "Anna Berg|holds-position|Yesh Atid faction|leader",
       false},
    },
    "en");
}

TEST_CASE("A word of an organization's or facility's name is no person's name",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an embassy after a title and its country is no person holding it",
       "A spokesperson for the U.S. Embassy in Moscow, Jason Rebholz, said the talks were useful.",
       "Embassy|holds-position|United States|spokesperson",
       false},
      {"(stays) ... nor a ministry",
       "A spokesman for the Iraqi Ministry, Ahmed Ali, said the talks were useful.",
       "Ministry|holds-position|Iraq|spokesperson",
       false},
      {"the name after the comma holds the title (the embassy no longer takes it)",
       "Jason Rebholz, a spokesperson for the U.S. Embassy in Moscow, said the talks were useful.",
       "Jason Rebholz|holds-position|United States|spokesperson",
       true},
    },
    "en");
}

TEST_CASE("A plural's possessive stands inside an organization's name, a name's owns it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a plural in s and a bare apostrophe",
       "Carlos Ruiz, leader of the Socialist Workers' Party, called for new elections.",
       "Carlos Ruiz|holds-position|Socialist Workers' Party|leader",
       true},
      {"a plural of words.tsv plural-owner, after a demonym",
       "Anna Kowalski, leader of the Polish People's Party, criticized the government.",
       "Anna Kowalski|holds-position|Polish People's Party|leader",
       true},
      {"... whose owner is no person called People",
       "Anna Kowalski, leader of the Polish People's Party, criticized the government.",
       "People|holds-position|Poland|leader",
       false},
      {"(stays) a person's party is the party, not an organization of his name",
       "Jair Bolsonaro's Liberal Party criticized Lula.",
       "Jair Bolsonaro's Liberal Party|criticized|Luiz Inácio Lula da Silva",
       false},
      {"(stays) a title's office is no organization named after it",
       "The President's Office criticized Israel.",
       "President's Office|criticized|Israel",
       false},
    },
    "en");
}

TEST_CASE("A sentence's first word before 'of' begins an organization's name only as a head word",
          "[extract][english]")
{
  const auto organizations = [](const std::string& text) {
    std::string out;
    for (const auto& entity : entities_of(text, "en")) {
      if (entity.type == newskg::EntityType::organization) {
        out += entity.label + ";";
      }
    }
    return out;
  };
  CHECK(organizations("Shares of Acme Group fell on Monday.") == "Acme Group;");
  CHECK(organizations("Members of the Acme Institute said the plan was bad.") == "Acme Institute;");
  CHECK(organizations("Bank of Acme said profits rose.") == "Bank of Acme;");
}

TEST_CASE("A phrase that is a head of heads.tsv whole is the body an English text finds",
          "[extract][arabic]")
{
  const auto organization_id = [](const std::string& text, const std::string& lang) {
    return first_organization(text, lang, [](const newskg::Entity& e) { return e.id; });
  };
  const auto english = organization_id("The Supreme Court said the law stands.", "en");
  CHECK(english != "(none)");
  CHECK(organization_id("وقالت المحكمة العليا إن القانون باق.", "ar") == english);
  // A longer name is its own body: "المحكمة الدستورية" is no Supreme Court.
  CHECK(organization_id("وقالت المحكمة الدستورية إن القانون باق.", "ar") != english);
}

TEST_CASE("A speaker whose words begin with an organization's head is no person",
          "[extract][arabic]")
{
  const auto types = [](const std::string& text) {
    std::string out;
    for (const auto& entity : entities_of(text, "ar")) {
      out += std::string(newskg::to_string(entity.type)) + " ";
    }
    return out;
  };
  // كرومويل may be ك + a word: the head's name is not read, and no person is made of it.
  CHECK(types("وقالت جمعية كرومويل إن التمثال باق.").find("Person") == std::string::npos);
  CHECK(types("وقالت جامعة سافولك إن الاستطلاع دقيق.").find("Person") == std::string::npos);
  CHECK(types("وقال رفيق الشلي إن الوضع مستقر.") == "Person ");
}

TEST_CASE("Foreign words that name no person", "[extract][arabic]")
{
  // The title's owner behind ل is no holder's one-word name.
  CHECK(arabic_labels("وقال الرئيس التنفيذي لنوفاتك إن الصفقة مهمة.").find("Lnufatk")
        == std::string::npos);
  // After two foreign words, a verb the dictionary knows ends the name.
  const auto waters = arabic_labels("ماكسين ووترز أنكرت تسريب البيانات.");
  CHECK(waters.find("Maksin Wutrz|") != std::string::npos);
  CHECK(waters.find("Ankrt") == std::string::npos);
  // A word of a cue after a given name is the clause's verb, no surname that
  // only looks like و + a word.
  const auto prince = arabic_labels("وأعلن الديوان أن الأمير حمزة وقع رسالة أعلن فيها ولاءه.");
  CHECK(prince.find("Hmza|") != std::string::npos);
  CHECK(prince.find("Hmza Wq") == std::string::npos);
  // A given name with the article is an adjective: "السامي" is no سامي.
  CHECK(arabic_labels("تسلم الملك الوسام السامي المعروف بالقلادة.").find("Al-Sami")
        == std::string::npos);
}

TEST_CASE("Common given names begin a person the gazetteer does not know", "[extract][arabic]")
{
  // Arabic and foreign given names of data/tools/given_names.py, before a
  // surname with or without the article, as a verb's subject or object; and
  // a foreign one that begins like the article (إل).
  const std::pair<const char*, const char*> rows[] = {
    {"وأكد فراس الخطيب أن المفاوضات متعثرة.", "Fras Al-Khtib|"},
    {"واتهم الحزب طلال الحربي بالتحريض.", "Tlal Al-Hrbi|"},
    {"وأكد كيفن مكارثي أن التصويت سيجري.", "Kifn Mkarthi|"},
    {"وقالت إليزابيت بورن إن الإصلاح ضروري.", "Ilizabit Burn|"},
    // ع opening a word is its vowel ("Abas"), before alef the alef's ("Amr", as before).
    {"وقال منصور عباس إن الحزب يدعم الحكومة.", "Mnsur Abas|"},
    {"وقال عامر الحسيني إن الحزب يدعم الحكومة.", "Amr Al-Hsini|"},
  };
  for (const auto& [text, label] : rows) {
    CAPTURE(text);
    CHECK(arabic_labels(text).find(label) != std::string::npos);
  }
  // A name that is also a word of news text is none: good news.
  CHECK(arabic_labels("وحمل الخبر أنباء سارة للعائلات.").empty());
}

TEST_CASE("Arabic names of several words: a ruler's ordinal, علي, عبد الله", "[extract][arabic]")
{
  // After a given name the ordinal is the name's last word.
  CHECK(arabic_labels("وقال الملك فيليب السادس إن الوضع خطير.").find("Filib Al-Sads|")
        != std::string::npos);
  // Two words: "الحادي عشر".
  CHECK(arabic_labels("وقال الملك محمد الحادي عشر إن الوضع خطير.").find("Mohammed Al-Hadi Ashr|")
        != std::string::npos);
  // "علي" written with ya after a given name goes on only to a nisba surname:
  // before a noun it is the preposition (some write على so).
  CHECK(arabic_labels("وقال اللواء محمد علي جعفري إن إيران لن تتراجع.").find("Mohammed Ali Jfri|")
        != std::string::npos);
  CHECK(arabic_labels("وقال اللواء محمد علي جائزة نوبل إنها مهمة.").find("Jaiza")
        == std::string::npos);
  // "عبد الله" written in two words is the given name عبدالله: the name is
  // read whole, and its حسن is no back-reference to a Hassan named before.
  const auto nur =
    arabic_labels("وقال الرئيس التنفيذي لنوفاتك، محمد حسن، إن الصفقة مهمة. واغتيل رئيس "
                  "بلدية مقديشو، عبد الله حسن نور، على يد مسلحين.");
  CHECK(nur.find("Abdullah Hassan Nur|") != std::string::npos);
  // "ولجنة" is و + لجنة: the organization keeps its head's ل.
  const auto committee =
    arabic_labels("واجتمع ممثلو وزارة الخارجية الأمريكية ولجنة الشؤون الخارجية في مجلس النواب.");
  CHECK(committee.find("|لجنة الشؤون") != std::string::npos);
  CHECK(committee.find("|جنة") == std::string::npos);
  // Not after a name that begins with no given name: his first visit.
  CHECK(arabic_labels("وبدأ الوزير كوشنر الأولى من جولاته.").find("Al-Aula") == std::string::npos);
}

TEST_CASE("\"I\" in a named person's quoted words is the speaker (words.tsv speaker-pronoun)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"I after a speaker's said and a colon",
       "Trump said: \"I met King Salman in Riyadh.\"",
       "Donald Trump|met|Salman bin Abdulaziz",
       true},
      {"... and so with a one-sided act",
       "Merkel said: \"I urged Russia to stop the war.\"",
       "Angela Merkel|called-on|Russia",
       true},
      {"outside a report I is nobody, not the person named last",
       "Trump visited Riyadh. I met King Salman there.",
       "Donald Trump|met|Salman bin Abdulaziz",
       false},
    },
    "en");
}

TEST_CASE("Pressing someone calls on them; rebuffing rejects (triggers.tsv)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"pressed someone to act",
       "Pompeo pressed China to release the detainees.",
       "Mike Pompeo|called-on|China",
       true},
      {"rebuffed someone's offer", "Russia rebuffed NATO's offer.", "Russia|rejected|NATO", true},
      {"pressed charges names no one called on",
       "The FBI pressed charges against Paul Manafort.",
       "Federal Bureau of Investigation|called-on|Paul Manafort",
       false},
    },
    "en");
}

TEST_CASE("A party's demonym as an apposition's noun makes a member", "[extract][rules][english]")
{
  check_rows(
    {
      {"a Republican from a state",
       "Lindsey Graham, a Republican from South Carolina, praised Trump.",
       "Lindsey Graham|member-of|Republican Party",
       true},
      {"a Democrat",
       "Maxine Waters, a Democrat, denied the report.",
       "Maxine Waters|member-of|Democratic Party",
       true},
      {"a party named after the verb makes no member of its subject",
       "Lindsey Graham praised a Democrat.",
       "Lindsey Graham|member-of|Democratic Party",
       false},
    },
    "en");
}

TEST_CASE("A name, an apposition between commas, then the verb", "[extract][rules][english]")
{
  check_rows(
    {
      {"an unknown given name before an apposition with a determiner",
       "Nicola Sturgeon, the first minister, criticized Britain.",
       "Nicola Sturgeon|criticized|United Kingdom",
       true},
      {"an apposition that opens with an owner's possessive",
       "Nicola Sturgeon, Scotland's first minister, warned Britain.",
       "Nicola Sturgeon|warned|United Kingdom",
       true},
      {"the owner inside the apposition is no subject",
       "Nicola Sturgeon, Scotland's first minister, warned Britain.",
       "Scotland|warned|United Kingdom",
       false},
    },
    "en");
}

TEST_CASE("Both sides are two parties of the types the predicate takes, or no one",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a visit's place is no side",
       "The head of the International Atomic Energy Agency, Rafael Grossi, visited Tehran. U.N. "
       "Secretary-General Antonio Guterres called on both sides to show restraint.",
       "António Guterres|called-on|Rafael Grossi",
       false},
    },
    "en");
}

TEST_CASE("Threatening to act on someone warns them", "[extract][rules][english]")
{
  check_rows(
    {
      {"threatened to strike a country",
       "North Korea threatened to strike the United States.",
       "North Korea|warned|United States",
       true},
      {"threatening to act on nobody named warns nobody",
       "Russian President Vladimir Putin threatened to retaliate.",
       "Vladimir Putin|warned|Russia",
       false},
    },
    "en");
}

TEST_CASE("A participle's aside between commas stands between the subject and its verb",
          "[extract][rules]")
{
  check_rows(
    {
      {"speaking somewhere, then the verb",
       "British Prime Minister Theresa May, speaking in Brussels, praised the European Union.",
       "Theresa May|praised|European Union",
       true},
      {"the aside's place is no subject",
       "British Prime Minister Theresa May, speaking in Brussels, praised the European Union.",
       "Brussels|praised|European Union",
       false},
    },
    "en");
  check_rows({
    {"متحدثا أمام: the aside of a participle in Arabic",
     "ودعا الرئيس الفلسطيني محمود عباس، متحدثا أمام القمة العربية في بيروت، الولايات المتحدة إلى "
     "التدخل.",
     "Mahmoud Abbas|called-on|United States",
     true},
  });
}

TEST_CASE("English co-chairs, lists with an article and the speaker's own forces",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"is co-chaired by a list ending in an article",
       "The OSCE Minsk Group is co-chaired by France, Russia and the United States.",
       "OSCE Minsk Group|co-chaired-by|United States",
       true},
      {"a participle after a comma describes the name before it",
       "The Minsk Group, co-chaired by France, Russia and the United States, met in Moscow.",
       "OSCE Minsk Group|co-chaired-by|France",
       true},
      {"backed by, after a comma",
       "Hezbollah, backed by Iran, fired rockets at the border.",
       "Iran|supports|Hezbollah",
       true},
      {"his forces are the speaker's country's",
       "Azerbaijani President Ilham Aliyev announced that his forces had captured Zangilan.",
       "Azerbaijan|captured|Zangilan",
       true},
      {"the announcement is an Event",
       "Azerbaijani President Ilham Aliyev announced that his forces had captured Zangilan.",
       "Ilham Aliyev|announced|[captured Zangilan]",
       true},
    },
    "en");
}

TEST_CASE("English: he after one named person is that person, also for a meeting",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"he met, the sentence after a named person",
       "Turkish President Recep Tayyip Erdogan arrived in Berlin on Friday. He met German "
       "Chancellor Olaf Scholz.",
       "Olaf Scholz|met|Recep Tayyip Erdoğan",
       true},
      {"he after two named people names nobody",
       "Putin and Xi arrived in Astana. He met Tokayev.",
       "Kassym-Jomart Tokayev|met|Vladimir Putin",
       false},
    },
    "en");
}

TEST_CASE("English names beyond the gazetteer: given names and organizations of capitals",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a given name, an apposed title and an organization of capitals",
       "John Goldsmith, chairman of the Cromwell Society, said the idea was folly.",
       "John Goldsmith|holds-position|Cromwell Society|chair",
       true},
      {"another society and name",
       "Mary Whitby, chairwoman of the Hampshire Archaeology Society, welcomed the find.",
       "Mary Whitby|holds-position|Hampshire Archaeology Society|chair",
       true},
      {"an organization's name is no person",
       "John Goldsmith, chairman of the Cromwell Society, said the idea was folly.",
       "Cromwell Society|holds-position|Cromwell Society|chair",
       false},
      {"capitals without an org head name no organization",
       "Peter Smith, chairman of Green Hills, said the idea was folly.",
       "Peter Smith|holds-position|Green Hills|chair",
       false},
    },
    "en");
}

TEST_CASE("A title without its country holds in the article's country only for a country's roles",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a minister in an article about one country",
       "Finance Minister Peter Smith spoke in France. France will act, France said.",
       "Peter Smith|holds-position|France|minister",
       true},
      {"a director holds no post in the country",
       "Director Peter Smith spoke in France. France will act, France said.",
       "Peter Smith|holds-position|France|director",
       false},
      {"nor a senator",
       "Senator Peter Smith spoke in France. France will act, France said.",
       "Peter Smith|holds-position|France|senator",
       false},
      {"a member of parliament holds in the country",
       "Labour MP Peter Smith spoke in Britain. Britain will act, Britain said.",
       "Peter Smith|holds-position|United Kingdom|member-of-parliament",
       true},
      {"a senator of the United States holds in its Senate (chambers.tsv)",
       "Democratic Sen. Peter Smith spoke in Ohio. The United States will act, the United States "
       "said.",
       "Peter Smith|holds-position|United States Senate|senator",
       true},
      {"... and not in the country",
       "Democratic Sen. Peter Smith spoke in Ohio. The United States will act, the United States "
       "said.",
       "Peter Smith|holds-position|United States|senator",
       false},
      {"no country named twice as often as any other, no post",
       "Labour MP Peter Smith spoke in Britain. France and Britain will act, France said.",
       "Peter Smith|holds-position|United Kingdom|member-of-parliament",
       false},
    },
    "en");
}

TEST_CASE("English membership: a party's adjective before a person, member of",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a party adjective before a title",
       "Republican Senator Lindsey Graham spoke on Friday.",
       "Lindsey Graham|member-of|Republican Party",
       true},
      {"the party owns no title",
       "Republican Senator Lindsey Graham spoke on Friday.",
       "Lindsey Graham|holds-position|Republican Party|senator",
       false},
      {"a party owns a title of its own (words.tsv party-role)",
       "Labour leader Keir Starmer criticized the government.",
       "Keir Starmer|holds-position|Labour Party|leader",
       true},
      {"a speaker's title is no part of the name",
       "House Speaker Mike Johnson criticized Senate Majority Leader Chuck Schumer.",
       "Mike Johnson|criticized|Chuck Schumer",
       true},
      {"a political chief leads the organization before the title",
       "Hamas political chief Ismail Haniyeh met Egyptian intelligence chief Abbas Kamel.",
       "Ismail Haniyeh|holds-position|Hamas|leader",
       true},
      {"... and an intelligence chief meets as a person, not his agency",
       "Hamas political chief Ismail Haniyeh met Egyptian intelligence chief Abbas Kamel.",
       "Abbas Kamel|met|Ismail Haniyeh",
       true},
      {"a chief's known name holds the organization",
       "UN chief Antonio Guterres called for a ceasefire.",
       "António Guterres|holds-position|United Nations|chair",
       true},
      {"a chief negotiator's subject is no name",
       "EU chief Brexit negotiator Michel Barnier met Prime Minister Theresa May.",
       "Brexit|holds-position|European Union|chair",
       false},
      {"a party's leader in a chamber is a member of the party",
       "Republican minority leader Mitch McConnell criticized the plan.",
       "Mitch McConnell|member-of|Republican Party",
       true},
      {"a deputy foreign minister holds the role minister",
       "Russian Deputy Foreign Minister Sergei Ryabkov criticized Washington.",
       "Sergei Ryabkov|holds-position|Russia|minister",
       true},
      {"a word between the adjective and the name",
       "Tory Brexiteer Andrea Jenkyns was also at the march.",
       "Andrea Jenkyns|member-of|Conservative Party",
       true},
      {"a comma between names no member",
       "He thanked Labour, Andrea Jenkyns said.",
       "Andrea Jenkyns|member-of|Labour Party",
       false},
      {"member of a party as an apposed title",
       "Peter Smith, a member of the Labour Party, said the plan was wrong.",
       "Peter Smith|member-of|Labour Party",
       true},
      {"a member of a country is no membership",
       "Peter Smith, a member of France, said the plan was wrong.",
       "Peter Smith|member-of|France",
       false},
    },
    "en");
}

TEST_CASE("English abbreviated titles keep the name in their sentence", "[extract][rules][english]")
{
  check_rows(
    {
      {"a party adjective and an abbreviated title",
       "Democratic Sen. Peter Smith criticized the plan.",
       "Peter Smith|member-of|Democratic Party",
       true},
      {"a governor",
       "Republican Gov. Mary Jones spoke on Friday.",
       "Mary Jones|member-of|Republican Party",
       true},
    },
    "en");
}

TEST_CASE("A place apposed to a subdivision lies in it (CLDR subdivisions)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a town, a US state",
       "She spoke at a rally in Tulsa, Oklahoma on Monday.",
       "Tulsa|located-in|Oklahoma",
       true},
      {"another state",
       "The meeting was held in Holyoke, Massachusetts last week.",
       "Holyoke|located-in|Massachusetts",
       true},
      {"a state is no country: no metonymy",
       "Oklahoma criticized Russia.",
       "United States|criticized|Russia",
       false},
      {"a given name is no subdivision",
       "He arrived in Skopje, Vladimir Ivanov said.",
       "Skopje|located-in|Vladimir",
       false},
    },
    "en");
}

TEST_CASE("A member's title names the chamber of the country it is of (chambers.tsv)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a senator of a state sits in the country's Senate",
       "Republican Sen. Peter Smith of South Carolina criticized the plan.",
       "Peter Smith|holds-position|United States Senate|senator",
       true},
      {"not a position in the country",
       "Republican Sen. Peter Smith of South Carolina criticized the plan.",
       "Peter Smith|holds-position|United States|senator",
       false},
      {"a state whose Arabic name is a word keeps its English one (Maine: مين)",
       "Republican Sen. Mary Jones of Maine criticized the plan.",
       "Mary Jones|holds-position|United States Senate|senator",
       true},
      {"... not in the state",
       "Republican Sen. Mary Jones of Maine criticized the plan.",
       "Mary Jones|holds-position|Maine|senator",
       false},
      {"a party of one country (party_tags.tsv) seats its senator in that country's Senate",
       "Republican Senator Lindsey Graham spoke on Friday.",
       "Lindsey Graham|holds-position|United States Senate|senator",
       true},
      {"a party with no country given seats nobody",
       "Labour Senator Penny Wong criticized the plan.",
       "Penny Wong|holds-position|United States Senate|senator",
       false},
      {"a state senator is not in the country's Senate",
       "Republican state Sen. Mary Jones criticized the plan.",
       "Mary Jones|holds-position|United States Senate|senator",
       false},
      {"a senator without a country holds nothing",
       "Senator Mary Jones spoke in Canberra.",
       "Mary Jones|holds-position|United States Senate|senator",
       false},
      {"a state before the title: its country's Senate",
       "Vermont Senator Peter Smith criticized the plan.",
       "Peter Smith|holds-position|United States Senate|senator",
       true},
      {"a state before the title is not the country",
       "Vermont Senator Peter Smith criticized the plan.",
       "Peter Smith|holds-position|United States|senator",
       false},
      {"a state before a title with no chamber holds nothing",
       "Texas Governor Peter Smith criticized the plan.",
       "Peter Smith|holds-position|United States|governor",
       false},
    },
    "en");
}

TEST_CASE("A verbal noun's possessor before it acts on the object of its preposition",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a possessive ending",
       "Peter Smith's criticism of Russia was sharp.",
       "Peter Smith|criticized|Russia",
       true},
      {"a plural's possessive apostrophe",
       "The Republicans' criticism of Russia was sharp.",
       "Republican Party|criticized|Russia",
       true},
      {"a possessive pronoun for the sentence's subject",
       "Mary Jones has been outspoken in her criticism of Russia.",
       "Mary Jones|criticized|Russia",
       true},
      {"a visit to a place",
       "Mary Jones said that Peter Smith's visit to Moscow went well.",
       "Peter Smith|visited|Moscow",
       true},
      {"no possessor, no agent",
       "The criticism of Russia by diplomats was sharp.",
       "Russia|criticized|Russia",
       false},
      {"the object is behind the noun's own preposition",
       "Peter Smith's criticism of the plan angered Russia.",
       "Peter Smith|criticized|Russia",
       false},
    },
    "en");
}

TEST_CASE("What one undergoes comes from the agent behind 'from' (frames.tsv undergo)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"drew criticism from",
       "The decision by Poland drew sharp criticism from Germany on Monday.",
       "Germany|criticized|Poland",
       true},
      {"the undergoer is not the critic",
       "The decision by Poland drew sharp criticism from Germany on Monday.",
       "Poland|criticized|Germany",
       false},
      {"received support from",
       "Ukraine received military support from the United States.",
       "United States|supports|Ukraine",
       true},
      {"won praise from",
       "Japan won praise from the European Union for its aid.",
       "European Union|praised|Japan",
       true},
      {"no agent behind 'from', no relation",
       "The plan by Poland drew criticism, and Germany said it would wait.",
       "Germany|criticized|Poland",
       false},
      {"a modal keeps the act unstated",
       "Poland could face criticism from Germany over the plan.",
       "Germany|criticized|Poland",
       false},
    },
    "en");
}

TEST_CASE("A title and its apposed name open the sentence before a comma and the verb (fronted)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a possessive title, then the name between commas",
       "Iran's foreign minister, Mohammad Javad Zarif, accused the United States of lying.",
       "Mohammad Javad Zarif|accused|United States",
       true},
      {"a determiner before the title",
       "The Iranian foreign minister, Mohammad Javad Zarif, criticized Germany on Monday.",
       "Mohammad Javad Zarif|criticized|Germany",
       true},
      {"a determiner and a title's modifier before the title",
       "The former vice president, Joe Biden, criticized Germany on Monday.",
       "Joe Biden|criticized|Germany",
       true},
      {"... two modifiers",
       "The outgoing acting prime minister, Mark Rutte, criticized Russia on Monday.",
       "Mark Rutte|criticized|Russia",
       true},
      {"a place behind a preposition opens nothing",
       "In Germany, Angela Merkel criticized Russia on Monday.",
       "Germany|criticized|Russia",
       false},
      {"nor a name behind 'like'",
       "Like Russia, China criticized Japan on Monday.",
       "Russia|criticized|Japan",
       false},
    },
    "en");
}

TEST_CASE("A passive in a relative clause after a comma acts on the name before the comma",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"which is backed by",
       "Hezbollah, which is backed by Iran, fired rockets at Israel.",
       "Iran|supports|Hezbollah",
       true},
      {"who was criticized by",
       "Peter Smith, who was criticized by Germany, resigned on Monday.",
       "Germany|criticized|Peter Smith",
       true},
      {"the main clause keeps its subject",
       "Hezbollah, which is backed by Iran, fired rockets at Israel.",
       "Iran|attacked|Israel",
       false},
      {"no relative pronoun, no reading across the comma",
       "Hezbollah fired rockets, and Israel was attacked by Syria.",
       "Syria|attacked|Hezbollah",
       false},
    },
    "en");
}

TEST_CASE("Talks held with an adjective, offensives launched against a place, idioms of criticism",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an adjective inside 'held talks'",
       "Israel and Hamas held indirect talks in Cairo.",
       "Hamas|met|Israel",
       true},
      {"an offensive against a city",
       "Iraqi forces launched a major offensive against Mosul.",
       "Iraq|attacked|Mosul",
       true},
      {"a verb's form after a determiner is a noun: no attack by the critic",
       "Germany criticized the attacks Russia carried out in Syria.",
       "Germany|attacked|Russia",
       false},
      {"idioms of criticism: hit out at",
       "Boris Johnson hit out at Theresa May over her plan.",
       "Boris Johnson|criticized|Theresa May",
       true},
      {"lashed out at",
       "Iran lashed out at Saudi Arabia on Sunday.",
       "Iran|criticized|Saudi Arabia",
       true},
      {"blasted, a verb of criticism",
       "Senator Lindsey Graham blasted Democrats for their tactics.",
       "Lindsey Graham|criticized|Democratic Party",
       true},

      {"an offensive to take a city is not yet an attack on it",
       "Iraqi forces launched an offensive to recapture Mosul.",
       "Iraq|attacked|Mosul",
       false},
    },
    "en");
}

TEST_CASE("A verb in a relative clause acts for the name before its comma; an apposition is "
          "skipped",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"who has accused",
       "Mary Jones, who has accused Peter Smith of fraud, testified on Thursday.",
       "Mary Jones|accused|Peter Smith",
       true},
      {"the main verb keeps its own reading",
       "Mary Jones, who has accused Peter Smith of fraud, testified on Thursday.",
       "Peter Smith|accused|Mary Jones",
       false},
      {"an apposition with a determiner between subject and verb",
       "Peter Smith, a former adviser to the party, criticized Russia on Monday.",
       "Peter Smith|criticized|Russia",
       true},
      {"a name inside the apposition is not the subject",
       "Peter Smith, a former envoy to France, criticized Russia on Monday.",
       "France|criticized|Russia",
       false},
    },
    "en");
}

TEST_CASE("Forces of a country act for it", "[extract][rules][english]")
{
  check_rows(
    {
      {"a demonym before forces",
       "Iraqi forces attacked Fallujah on Monday.",
       "Iraq|attacked|Fallujah",
       true},
      {"fighters from a group act as it",
       "Fighters from the Nusra Front attacked Aleppo.",
       "Al-Nusra Front|attacked|Aleppo",
       true},
    },
    "en");
}

TEST_CASE("A backbencher is a member of parliament of a party", "[extract][rules][english]")
{
  check_rows(
    {
      {"a party adjective before the title",
       "Conservative backbencher Mark Smith told the march that the plan failed.",
       "Mark Smith|member-of|Conservative Party",
       true},
      {"no party named, no membership",
       "The backbencher Mark Smith told the march that the plan failed.",
       "Mark Smith|member-of|Conservative Party",
       false},
    },
    "en");
}

TEST_CASE("A place head after a country's demonym lies in that country",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the Syrian city of",
       "The attack took place in the Syrian city of Aleppo on Monday.",
       "Aleppo|located-in|Syria",
       true},
      {"an island",
       "The tsunami hit the Indonesian island of Sulawesi on Friday.",
       "Sulawesi|located-in|Indonesia",
       true},
      {"no demonym, no country",
       "The attack took place in the city of Aleppo on Monday.",
       "Aleppo|located-in|Syria",
       false},
    },
    "en");
}

TEST_CASE("A country or organization right before a verbal noun is its agent",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a demonym",
       "Russian airstrikes on Aleppo killed 20 people.",
       "Russia|attacked|Aleppo",
       true},
      {"a two-word noun",
       "Israeli air strikes on Gaza continued on Monday.",
       "Israel|attacked|Gaza Strip",
       true},
      {"a person right before is no agent here",
       "Putin airstrikes on Aleppo killed 20 people.",
       "Vladimir Putin|attacked|Aleppo",
       false},
      {"a place behind a preposition is no agent",
       "In Aleppo airstrikes on Idlib killed 20 people.",
       "Aleppo|attacked|Idlib",
       false},
    },
    "en");
}

TEST_CASE("CAMEO's synonyms of a predicate's verbs are its cues (cameo_triggers.tsv)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a synonym of criticize",
       "Peter Smith lambasted Russia over the attack.",
       "Peter Smith|criticized|Russia",
       true},
      {"a verb left out for its other senses",
       "Peter Smith honored Russia over the attack.",
       "Peter Smith|praised|Russia",
       false},
    },
    "en");
}

TEST_CASE("English modality, the future and questions state no act", "[extract][rules][english]")
{
  check_rows(
    {
      {"the past states the act",
       "Russia attacked Ukraine on Monday.",
       "Russia|attacked|Ukraine",
       true},
      {"the future",
       "Russia will attack Ukraine, the minister said.",
       "Russia|attacked|Ukraine",
       false},
      {"a modal",
       "Russia may attack Ukraine, the minister said.",
       "Russia|attacked|Ukraine",
       false},
      {"a question", "Did Russia attack Ukraine on Monday?", "Russia|attacked|Ukraine", false},
      {"a question in the past tense",
       "Who said Russia attacked Ukraine on Monday?",
       "Russia|attacked|Ukraine",
       false},
    },
    "en");
}

TEST_CASE("A name behind a title's \"of\" is never its holder", "[extract][rules][english]")
{
  check_rows(
    {
      {"a known country behind of, then the holder",
       "The President of Azerbaijan Ilham Aliyev met Vladimir Putin.",
       "Ilham Aliyev|met|Vladimir Putin",
       true},
      {"an unknown name behind of is no person",
       "The President of Ruritania met Vladimir Putin.",
       "Ruritania|met|Vladimir Putin",
       false},
      {"... nor the holder of the title",
       "The chief executive of Toyota spoke in Paris.",
       "Toyota|holds-position|France|chief-executive",
       false},
      {"an unknown name behind for is the seat, no person",
       "Peter Bone, the Conservative MP for Wellingborough, criticised Theresa May.",
       "Wellingborough|member-of|Conservative Party",
       false},
      {"... the name before the apposition is the member",
       "Peter Bone, the Conservative MP for Wellingborough, criticised Theresa May.",
       "Peter Bone|member-of|Conservative Party",
       true},
      {"... and the name after the seat and a comma",
       "The Conservative MP for Wellingborough, Peter Bone, criticised Theresa May.",
       "Peter Bone|criticized|Theresa May",
       true},
    },
    "en");
}

TEST_CASE("An apposed title with a party's adjective makes the name its member",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a party's candidate after the name",
       "Peter Smith, a Republican candidate, spoke on Twitter.",
       "Peter Smith|member-of|Republican Party",
       true},
      {"before the name",
       "Republican candidate Peter Smith spoke on Twitter.",
       "Peter Smith|member-of|Republican Party",
       true},
      {"a candidate without a party is no member",
       "Peter Smith, a candidate, spoke on Twitter.",
       "Peter Smith|member-of|Republican Party",
       false},
      {"the party's adjective of another name",
       "Peter Smith met a Republican candidate on Twitter.",
       "Peter Smith|member-of|Republican Party",
       false},
    },
    "en");
}

TEST_CASE("English: a title of many introduces a list of names", "[extract][rules][english]")
{
  check_rows(
    {
      {"a name after the home state and a comma",
       "The letter named U.S. Sens. Peter Smith of Ohio, and Mary Jones and Paul Brown, both of "
       "Utah.",
       "Mary Jones|holds-position|United States Senate|senator",
       true},
      {"a name after and",
       "The letter named U.S. Sens. Peter Smith of Ohio, and Mary Jones and Paul Brown, both of "
       "Utah.",
       "Paul Brown|holds-position|United States Senate|senator",
       true},
      {"the home state is no position",
       "The letter named U.S. Sens. Peter Smith of Ohio, and Mary Jones and Paul Brown, both of "
       "Utah.",
       "Peter Smith|holds-position|Ohio|senator",
       false},
      {"a title of one lists nobody",
       "U.S. Senator Peter Smith and Mary Jones spoke on Friday.",
       "Mary Jones|holds-position|United States Senate|senator",
       false},
      {"a party's name before a title of many: each a member",
       "Republicans Sens. Peter Smith and Mary Jones spoke on Friday.",
       "Mary Jones|member-of|Republican Party",
       true},
      {"the party holds no title",
       "Republicans Sens. Peter Smith and Mary Jones spoke on Friday.",
       "Peter Smith|holds-position|Republican Party|senator",
       false},
    },
    "en");
}

TEST_CASE("English: a known person and 'and' begin a list, not an organization",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the person before 'and'",
       "Putin criticized Trump and Supreme Court nominee Brett Kavanaugh.",
       "Vladimir Putin|criticized|Donald Trump",
       true},
      {"the person after the titled organization",
       "Putin criticized Trump and Supreme Court nominee Brett Kavanaugh.",
       "Vladimir Putin|criticized|Brett Kavanaugh",
       true},
      {"a name of capitals joined by 'and' is still one organization",
       "Putin criticized the Organization for Security and Co-operation in Europe.",
       "Vladimir Putin|criticized|Organization for Security and Co-operation in Europe",
       true},
    },
    "en");
}

TEST_CASE("English: a title for what a country owns is not held in the country",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the country's agency",
       "Peter Smith, the spokesman for Indonesia's disaster agency, said the toll rose.",
       "Peter Smith|holds-position|Indonesia|spokesperson",
       false},
      {"the country itself",
       "Peter Smith, the spokesman for Indonesia, said the toll rose.",
       "Peter Smith|holds-position|Indonesia|spokesperson",
       true},
    },
    "en");
}

TEST_CASE("A relative clause between commas stands between a subject and its verb",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the subject before the clause",
       "Labour MP John Smith, who represents Leeds North, criticised Russia on Monday.",
       "John Smith|criticized|Russia",
       true},
      {"the place inside the clause is not the subject",
       "Labour MP John Smith, who represents Leeds North, criticised Russia on Monday.",
       "Leeds|criticized|Russia",
       false},
      {"a clause with no relative word is no aside: nothing is read across it",
       "France said on Monday that Germany, after long talks, condemned Russia.",
       "France|criticized|Russia",
       false},
    },
    "en");
}

TEST_CASE("An apposed title may carry modifiers, and an age may stand before it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a modifier between the determiner and the title",
       "John Haddad, a senior member of Hamas, said the group would respond.",
       "John Haddad|member-of|Hamas",
       true},
      {"the age between commas",
       "John Haddad, 45, a member of the Muslim Brotherhood, was arrested in Cairo.",
       "John Haddad|member-of|Muslim Brotherhood",
       true},
      {"a number that is no age between commas reads no apposition across a clause",
       "Police arrested John Haddad in Cairo, 45 kilometres away, a member of Hamas said.",
       "John Haddad|member-of|Hamas",
       false},
    },
    "en");
}

TEST_CASE("An organization's official holds a post in it; a country's is no member",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an organization before the title",
       "Senior Hamas official Musa Abu Marzouk rejected the proposal.",
       "Mousa Abu Marzouk|holds-position|Hamas|official",
       true},
      {"... no longer a mere member",
       "Senior Hamas official Musa Abu Marzouk rejected the proposal.",
       "Mousa Abu Marzouk|member-of|Hamas",
       false},
      {"a country before the title makes no membership",
       "U.S. official John Haddad said the talks failed.",
       "John Haddad|member-of|United States",
       false},
    },
    "en");
}

TEST_CASE("Talks between two parties: a noun with both sides behind its preposition",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"both sides behind 'between'",
       "Talks between Russia and Turkey ended without agreement on Monday.",
       "Russia|met|Turkey",
       true},
      {"negotiations between two parties",
       "Negotiations between Israel and Hamas resumed in Cairo on Sunday.",
       "Hamas|negotiated-with|Israel", // symmetric: either order is right
       true},
      {"the place of the talks is no party",
       "Talks between Russia and Turkey ended without agreement in Cairo.",
       "Russia|met|Cairo",
       false},
    },
    "en");
}

TEST_CASE("After a given name, a one-word company name is a surname", "[extract][rules][english]")
{
  check_rows(
    {
      {"the person named after a company is a person",
       "Christopher Monsanto, a member of Hamas, was arrested in Cairo.",
       "Christopher Monsanto|member-of|Hamas",
       true},
      {"the company alone is still the company",
       "Toyota's managing director Marvin Cooke said production would stop.",
       "Marvin Cooke|holds-position|Toyota|director",
       true},
    },
    "en");
}

TEST_CASE(
  "A verb in the passive voice: the agent behind 'by' acts on the subject (frames.tsv voice)",
  "[extract][rules][english]")
{
  check_rows(
    {
      {"was accused by",
       "Russia was accused by Ukraine of shelling Mariupol.",
       "Ukraine|accused|Russia",
       true},
      {"the subject of a passive is not the accuser",
       "Russia was accused by Ukraine of shelling Mariupol.",
       "Russia|accused|Ukraine",
       false},
      {"has been ... by",
       "Hungary has been criticized by Germany over its media law.",
       "Germany|criticized|Hungary",
       true},
      {"an adverb between auxiliary and participle",
       "Iran was also condemned by Saudi Arabia on Sunday.",
       "Saudi Arabia|criticized|Iran",
       true},
      {"an adverb keeps the passive",
       "Iran was also condemned by Saudi Arabia on Sunday.",
       "Iran|criticized|Saudi Arabia",
       false},
      {"no agent: no relation, not the active reading",
       "Hungary was criticized over its treatment of Serbia.",
       "Hungary|criticized|Serbia",
       false},
      {"a passive urged by",
       "The United Nations was urged by Qatar to act.",
       "Qatar|called-on|United Nations",
       true},
      {"the active voice is untouched",
       "Ukraine accused Russia of shelling Mariupol.",
       "Ukraine|accused|Russia",
       true},
      {"the passive keeps its direction with 'has been'",
       "Hungary has been criticized by Germany over its media law.",
       "Hungary|criticized|Germany",
       false},
    },
    "en");
}

TEST_CASE("An apposition the name takes in, with its determiner, is no clause of its own",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the leader of ... between subject and verb",
       "Nicola Sturgeon, the leader of the Scottish National Party, criticized Theresa May.",
       "Nicola Sturgeon|criticized|Theresa May",
       true},
      {"the apposition still gives the position",
       "Nicola Sturgeon, the leader of the Scottish National Party, criticized Theresa May.",
       "Nicola Sturgeon|holds-position|Scottish National Party|leader",
       true},
      {"an acronym behind 'of the' is the title's organization",
       "Peter Smith, head of the BDI, criticized Theresa May.",
       "Peter Smith|holds-position|BDI|chair",
       true},
      {"and the name before the apposition is the subject",
       "Peter Smith, head of the BDI, criticized Theresa May.",
       "Peter Smith|criticized|Theresa May",
       true},
      {"the acronym is no person acting",
       "Peter Smith, head of the BDI, criticized Theresa May.",
       "BDI|criticized|Theresa May",
       false},
      {"an acronym after the determiner's lowercase words names the organization",
       "Adam Novak, spokesman for the disaster agency BNPB, accused Russia of lying.",
       "Adam Novak|holds-position|BNPB|spokesperson",
       true},
      {"... and the name before the apposition is still the subject",
       "Adam Novak, spokesman for the disaster agency BNPB, accused Russia of lying.",
       "Adam Novak|accused|Russia",
       true},
      {"... before the name too",
       "A spokesman for the national disaster agency BNPB, Adam Novak, said the toll rose.",
       "Adam Novak|holds-position|BNPB|spokesperson",
       true},
      {"a relative clause between commas is still skipped",
       "Peter Smith, who leads the BDI, criticized Theresa May.",
       "Peter Smith|criticized|Theresa May",
       true},
      {"a title whose organization the name does not take in, with a possessive",
       "Adam Novak, spokesman for Poland's disaster agency, accused Russia of lying.",
       "Adam Novak|accused|Russia",
       true},
      {"nor with a determiner",
       "Adam Novak, the spokesman for the disaster agency, accused Russia of lying.",
       "Adam Novak|accused|Russia",
       true},
      {"a name between commas after the phrase the sentence opens with",
       "The chief executive of Acme Motors, Tom Enders, warned Britain.",
       "Tom Enders|warned|United Kingdom",
       true},
      {"... whose title's organization is not named",
       "The spokesman for the agency, Adam Novak, accused Russia of lying.",
       "Adam Novak|accused|Russia",
       true},
      {"an acronym ends what the country owns: the title's organization",
       "Adam Novak, a spokesman for Egypt's state news agency MENA, said the talks failed.",
       "Adam Novak|holds-position|MENA|spokesperson",
       true},
      {"... the country is not",
       "Adam Novak, a spokesman for Egypt's state news agency MENA, said the talks failed.",
       "Adam Novak|holds-position|Egypt|spokesperson",
       false},
      {"without the acronym no organization is named",
       "Adam Novak, the spokesman for Poland's disaster agency, said the talks failed.",
       "Adam Novak|holds-position|Poland|spokesperson",
       false},
      {"the country inside the apposition is no subject",
       "Adam Novak, spokesman for Poland's disaster agency, accused Russia of lying.",
       "Poland|accused|Russia",
       false},
    },
    "en");
}

TEST_CASE("A party tag after a legislator's name gives party and chamber (party_tags.tsv)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"comma tag: the party",
       "Sen. Bob Corker, R-Tenn., criticized the White House on Monday.",
       "Bob Corker|member-of|Republican Party",
       true},
      {"comma tag: the chamber of the state's country",
       "Sen. Bob Corker, R-Tenn., criticized the White House on Monday.",
       "Bob Corker|holds-position|United States Senate|senator",
       true},
      {"the tag no longer parts subject and verb",
       "Sen. Bob Corker, R-Tenn., criticized the White House on Monday.",
       "Bob Corker|criticized|White House",
       true},
      {"parenthesized tag with a postal code",
       "Sen. Dianne Feinstein (D-CA) criticized Donald Trump.",
       "Dianne Feinstein|member-of|Democratic Party",
       true},
      {"the other party is not given",
       "Sen. Dianne Feinstein (D-CA) criticized Donald Trump.",
       "Dianne Feinstein|member-of|Republican Party",
       false},
      {"at the sentence's end",
       "The plan was opposed by Sen. Jeff Flake, R-Ariz.",
       "Jeff Flake|member-of|Republican Party",
       true},
      {"an independent is a member of no party",
       "Sen. Bernie Sanders, I-Vt., criticized Donald Trump.",
       "Bernie Sanders|member-of|Democratic Party",
       false},
      {"an independent's tag still closes the name",
       "Sen. Bernie Sanders, I-Vt., criticized Donald Trump.",
       "Bernie Sanders|criticized|Donald Trump",
       true},
      {"a letter and a hyphen without a state are no tag",
       "Sen. Bob Corker, R-Tenn-style, criticized the White House.",
       "Bob Corker|member-of|Republican Party",
       false},
    },
    "en");
}

TEST_CASE("Capitalized words as a verb's subject name a person the gazetteer does not know",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"before a finite verb",
       "On Monday, Brock Halloway criticized Donald Trump.",
       "Brock Halloway|criticized|Donald Trump",
       true},
      {"opening the sentence",
       "Brock Halloway criticized Donald Trump on Monday.",
       "Brock Halloway|criticized|Donald Trump",
       true},
      {"a party's noun before the name: the person acts",
       "Democrat Brock Halloway criticized Donald Trump.",
       "Brock Halloway|criticized|Donald Trump",
       true},
      {"and is the party's member",
       "Democrat Brock Halloway criticized Donald Trump.",
       "Brock Halloway|member-of|Democratic Party",
       true},
      {"the party is not the critic",
       "Democrat Brock Halloway criticized Donald Trump.",
       "Democratic Party|criticized|Donald Trump",
       false},
      {"words after a joiner end an organization's name",
       "A report by the Institute for Policy Research criticized Germany.",
       "Policy Research|criticized|Germany",
       false},
      {"capitalized words before no verb are no subject",
       "Brock Halloway Street was closed, and Germany criticized Russia.",
       "Brock Halloway|criticized|Russia",
       false},
    },
    "en");
}

TEST_CASE("Occupying a place is capturing it", "[extract][rules][english]")
{
  check_rows(
    {
      {"occupied", "Russia occupied Crimea in 2014.", "Russia|captured|Crimea", true},
      {"occupied by", "Crimea was occupied by Russia in 2014.", "Russia|captured|Crimea", true},
      {"the occupied place does not capture",
       "Crimea was occupied by Russia in 2014.",
       "Crimea|captured|Russia",
       false},
    },
    "en");
}

TEST_CASE("A party's members stand for it by their plural noun", "[extract][rules][english]")
{
  check_rows(
    {
      {"the Conservatives",
       "Jeremy Corbyn mocked the Conservatives on Monday.",
       "Jeremy Corbyn|criticized|Conservative Party",
       true},
      {"the Democrats",
       "Donald Trump criticized the Democrats on Monday.",
       "Donald Trump|criticized|Democratic Party",
       true},
    },
    "en");
}

TEST_CASE("Verbs of striking a place are attacks", "[extract][rules][english]")
{
  check_rows(
    {
      {"struck", "Israeli jets struck Gaza on Sunday.", "Israel|attacked|Gaza Strip", true},
      {"pounded", "Russian warplanes pounded Idlib overnight.", "Russia|attacked|Idlib", true},
      {"a deal struck is no attack",
       "Russia and Turkey struck a deal on Idlib.",
       "Russia|attacked|Turkey",
       false},
      {"a quake has no named agent, and no earlier name is one",
       "Joko Widodo said an earthquake struck Indonesia on Friday.",
       "Joko Widodo|attacked|Indonesia",
       false},
    },
    "en");
}

TEST_CASE("A membership title naming no person leaves its words to member-of",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"is a member of", "Spain is a member of NATO.", "Spain|member-of|NATO", true},
      {"NATO member Turkey",
       "NATO member Turkey bought missiles from Russia.",
       "Turkey|member-of|NATO",
       true},
      {"apposed: the name before the comma",
       "Turkey, a NATO member, bought missiles from Russia.",
       "Turkey|member-of|NATO",
       true},
      {"apposed: not a country named after it",
       "Turkey, a NATO member, bought missiles from Russia.",
       "Russia|member-of|NATO",
       false},
      {"a person's membership title still reads",
       "Jane Doe, a member of the Labour Party, criticized Boris Johnson.",
       "Jane Doe|member-of|Labour Party",
       true},
    },
    "en");
}

TEST_CASE("Criticism or praise drawn from someone (triggers.tsv, frame undergo)",
          "[extract][rules]")
{
  check_rows(
    {
      {"drew criticism from",
       "Israel drew criticism from the United Nations.",
       "United Nations|criticized|Israel",
       true},
      {"faced condemnation from",
       "Turkey faced condemnation from the European Union over the offensive.",
       "European Union|criticized|Turkey",
       true},
      {"won praise from",
       "Egypt won praise from the United Nations for its mediation.",
       "United Nations|praised|Egypt",
       true},
      {"the one praised is not the one who praises",
       "Egypt won praise from the United Nations for its mediation.",
       "Egypt|praised|United Nations",
       false},
      {"a place of unnamed critics is none of them",
       "Israel drew criticism from lawmakers in Germany.",
       "Germany|criticized|Israel",
       false},
    },
    "en");
}

TEST_CASE(
  "An organization's name goes on after its head through 'for' and 'of' (words.tsv org-tail)",
  "[extract][rules]")
{
  check_rows(
    {
      {"'for' and capitals after the head",
       "Rami Abdel Rahman, director of the Syrian Observatory for Human Rights, said 20 died.",
       "Rami Abdel Rahman|holds-position|Syrian Observatory for Human Rights|director",
       true},
      {"a head word after a demonym is no person",
       "Rami Abdel Rahman, director of the Syrian Observatory for Human Rights, said 20 died.",
       "Observatory|holds-position|Syria|director",
       false},
      {"a name that begins with its head",
       "Peter Brown, chief executive of the Confederation of British Industry, warned Britain.",
       "Peter Brown|holds-position|Confederation of British Industry|chief-executive",
       true},
      {"a country alone after 'of' owns the organization",
       "Anna Berg, a spokeswoman for the Foreign Ministry of Russia, said the talks failed.",
       "Anna Berg|holds-position|Foreign Ministry of Russia|spokesperson",
       false},
    },
    "en");
}

TEST_CASE(
  "A country's adjective on people who are not its state names no actor; a name is no negation",
  "[extract][rules]")
{
  check_rows(
    {
      {"rebels are not their country",
       "Syrian rebels captured the town of Afrin.",
       "Syria|captured|Afrin",
       false},
      {"refugees are not their country",
       "Syrian refugees criticized Turkey.",
       "Syria|criticized|Turkey",
       false},
      {"troops are their country's",
       "Turkish troops captured the town of Afrin.",
       "Turkey|captured|Afrin",
       true},
      {"'May' in a name is no modal",
       "British Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin.",
       "Angela Merkel|met|Theresa May",
       true},
      {"'may' before a verb still is",
       "Russia may attack Ukraine.",
       "Russia|attacked|Ukraine",
       false},
    },
    "en");
}

TEST_CASE(
  "A legislator's state and party after his name, and US and UK institutions the gazetteer knows",
  "[extract][rules]")
{
  check_rows(
    {
      {"', a Maine Republican,': the party",
       "Sen. Susan Collins, a Maine Republican, said she would vote for Kavanaugh.",
       "Susan Collins|member-of|Republican Party",
       true},
      {"... and the chamber of the state's country",
       "Sen. Susan Collins, a Maine Republican, said she would vote for Kavanaugh.",
       "Susan Collins|holds-position|United States Senate|senator",
       true},
      {"the state is no member",
       "Sen. Susan Collins, a Maine Republican, said she would vote for Kavanaugh.",
       "Maine|member-of|Republican Party",
       false},
      {"the FBI",
       "Republican Rep. Devin Nunes accused the FBI of bias.",
       "Devin Nunes|accused|Federal Bureau of Investigation",
       true},
      {"UKIP before a title",
       "Nigel Farage, the former UKIP leader, criticized Theresa May.",
       "Nigel Farage|criticized|Theresa May",
       true},
    },
    "en");
}

TEST_CASE("Thanking is praise (cameo_triggers.tsv, CAMEO 051), 'thanks to' is not",
          "[extract][rules]")
{
  check_rows(
    {
      {"thanked",
       "Erdogan thanked Russia for its support.",
       "Recep Tayyip Erdoğan|praised|Russia",
       true},
      {"thanks to",
       "Turkey recovered thanks to Russia and its support.",
       "Turkey|praised|Russia",
       false},
    },
    "en");
}

TEST_CASE("A source named after what it reports ('according to', frames.tsv report source)",
          "[extract][rules]")
{
  check_rows(
    {
      {"according to",
       "Syrian forces shelled Douma, according to the Syrian Observatory for Human Rights.",
       "Syrian Observatory for Human Rights|announced|[attacked Douma]",
       true},
      {"the relation stays",
       "Syrian forces shelled Douma, according to the Syrian Observatory for Human Rights.",
       "Syria|attacked|Douma",
       true},
      {"a source opening its sentence",
       "According to the Syrian Observatory for Human Rights, Russian jets bombed Idlib.",
       "Syrian Observatory for Human Rights|announced|[attacked Idlib]",
       true},
      {"citing (a data row only)",
       "Russian jets bombed Idlib, the agency reported, citing the Syrian Observatory for Human "
       "Rights.",
       "Syrian Observatory for Human Rights|announced|[attacked Idlib]",
       true},
    },
    "en");
}

TEST_CASE("A capitalized name ending in a place word (words.tsv place-tail) is a place",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a square in a city",
       "The protest was held at Trafalgar Square in London.",
       "Trafalgar Square|located-in|London",
       true},
      {"a hospital whose name begins with a given name",
       "The blast hit the Nasser Hospital in Khan Younis.",
       "Nasser Hospital|located-in|Khan Younis",
       true},
      {"... is no person who acts",
       "The Nasser Hospital criticized Israel on Monday.",
       "Nasser Hospital|criticized|Israel",
       false},
    },
    "en");
}

TEST_CASE("A counterpart's country before the word, and names behind a preposition",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the country before 'counterpart' is the counterpart's",
       "Russian Foreign Minister Sergei Lavrov met his U.S. counterpart John Kerry in Geneva.",
       "John Kerry|met|Sergey Lavrov",
       true},
      {"... and acts for nobody",
       "Russian Foreign Minister Sergei Lavrov met his U.S. counterpart John Kerry in Geneva.",
       "Sergey Lavrov|met|United States",
       false},
      {"... with no name after the word either",
       "Sergei Lavrov met his U.S. counterpart in Geneva.",
       "Sergey Lavrov|met|United States",
       false},
      {"names behind a preposition (words.tsv preposition) are no direct object",
       "The European Union welcomed the agreement between Serbia and Kosovo.",
       "European Union|praised|Serbia",
       false},
      {"... nor the list's next member",
       "The European Union welcomed the agreement between Serbia and Kosovo.",
       "European Union|praised|Kosovo",
       false},
      {"a post behind a preposition, then the name between commas",
       "The U.S. ambassador in Moscow, Adam Novak, met Sergei Lavrov.",
       "Adam Novak|met|Sergey Lavrov",
       true},
      {"... the name is read whole, not as a former holder sharing its first word",
       "The U.S. ambassador, John Sullivan, met Sergei Lavrov.",
       "John Bolton|met|Sergey Lavrov",
       false},
      {"a party's counterpart holds no position in the party",
       "Democratic Senator Chris Murphy met his Republican counterpart John Cornyn.",
       "John Cornyn|holds-position|Republican Party|senator",
       false},
      {"a noun standing for its owner behind 'from' (words.tsv owner-preposition)",
       "Russia has rejected the proposal from France.",
       "Russia|rejected|France",
       true},
      {"... behind 'by'",
       "The European Union condemned the attacks by Russia on Ukraine.",
       "European Union|criticized|Russia",
       true},
      {"a church is an institution, no place",
       "The Catholic Church in Poland criticized the government.",
       "Catholic Church|located-in|Poland",
       false},
      {"'former' is a determiner between a preposition and its name",
       "Adam Novak's remarks drew criticism, including from former defence minister John Smith.",
       "John Smith|criticized|Adam Novak",
       true},
      {"a direct object after its adjectives still is",
       "Amnesty International criticized the Egyptian government on Monday.",
       "Amnesty International|criticized|Egypt",
       true},
    },
    "en");
}

TEST_CASE("A copula between a person's name and his title (words.tsv copula, apposed-pronoun)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"'who is' between the comma and the title",
       "John Smith, who is the chairman of the Cromwell Society, said the plan was bad.",
       "John Smith|holds-position|Cromwell Society|chair",
       true},
      {"a copula after the name that opens the sentence",
       "John Smith is the chairman of the Cromwell Society.",
       "John Smith|holds-position|Cromwell Society|chair",
       true},
      {"a verb other than the copula: the title is another's",
       "John Smith, who met the chairman of the Cromwell Society, said the plan was bad.",
       "John Smith|holds-position|Cromwell Society|chair",
       false},
      {"'who' without the copula opens a relative clause: the title is another's",
       "John Smith, who the president of France met on Monday, said the plan was bad.",
       "John Smith|holds-position|France|president",
       false},
      {"a possessive after the title's owner: the title is another's",
       "John Smith is the chairman of the Cromwell Society's nephew.",
       "John Smith|holds-position|Cromwell Society|chair",
       false},
      {"a copula inside a condition states no position",
       "Mr John Smith said the plan would work if Mr Adam Novak was the chairman of the Cromwell "
       "Society.",
       "Adam Novak|holds-position|Cromwell Society|chair",
       false},
      {"a capitalized determiner opening the sentence is no part of an organization's name",
       "Former Cromwell Society chairman John Smith said the plan was bad.",
       "John Smith|holds-position|Cromwell Society|chair",
       true},
    },
    "en");
}

TEST_CASE("A capital behind the preposition that ends the cue stands for its country",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"'called on Moscow'",
       "The European Union called on Moscow to withdraw its troops.",
       "European Union|called-on|Russia",
       true},
      {"a capital behind another preposition is a place",
       "The European Union called on the rebels in Moscow to withdraw.",
       "European Union|called-on|Russia",
       false},
    },
    "en");
}

TEST_CASE("Sharing a border (triggers.tsv borders)", "[extract][rules][english]")
{
  check_rows(
    {
      {"shares a border with",
       "Turkey shares a long border with Syria.",
       "Syria|borders|Turkey",
       true},
      {"a list shares a border with another: not with each other",
       "Iran and Iraq share a border with Turkey.",
       "Iran|borders|Iraq",
       false},
      {"... but each with the other",
       "Iran and Iraq share a border with Turkey.",
       "Iraq|borders|Turkey",
       true},
      {"talks between two parties after a host: the two met",
       "Egypt mediated talks between Israel and Hamas in Cairo.",
       "Hamas|met|Israel",
       true},
      {"... not the host with each",
       "Egypt mediated talks between Israel and Hamas in Cairo.",
       "Egypt|met|Israel",
       false},
    },
    "en");
}

TEST_CASE(
  "A verbal noun with no possessor takes the subject of its control verb (words.tsv control)",
  "[extract][rules][english]")
{
  check_rows(
    {
      {"who announces a visit need not make it",
       "The White House announced the visit of Japanese Prime Minister Shinzo Abe to Washington.",
       "White House|visited|Washington, D.C.",
       false},
      {"a negated control verb states no act",
       "The Taliban have not claimed responsibility for the attack on the Iraqi army.",
       "Taliban|attacked|Iraqi Armed Forces",
       false},
      {"claimed responsibility for the attack on",
       "Islamic State claimed responsibility for the attack on the Iraqi army.",
       "Islamic State|attacked|Iraqi Armed Forces",
       true},
      {"an agent marker further on names another agent",
       "Russia completed the capture of Palmyra from Islamic State by the Syrian army.",
       "Russia|captured|Palmyra",
       false},
      {"a verb of saying controls no verbal noun",
       "Trump said the attack on Israel was horrific.",
       "Donald Trump|attacked|Israel",
       false},
    },
    "en");
}

TEST_CASE("'it' in a report is its speaker when that is no person (words.tsv thing-pronoun)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a ministry's statement",
       "The Egyptian foreign ministry said in a statement that it condemned Israel.",
       "Egyptian Ministry of Foreign Affairs|criticized|Israel",
       true},
      {"a person's report: 'it' is not the speaker",
       "Putin said that it attacked Ukraine.",
       "Vladimir Putin|attacked|Ukraine",
       false},
      {"two speakers: 'it' is neither",
       "France and Germany said it criticized Russia.",
       "France|criticized|Russia",
       false},
      {"'it' later in the report is a nearer thing",
       "Russia said that the resolution was biased because it criticized Syria.",
       "Russia|criticized|Syria",
       false},
      {"'it' right after the reporting verb",
       "Russia said it had attacked Ukraine.",
       "Russia|attacked|Ukraine",
       true},
    },
    "en");
}

TEST_CASE("An organization's name that begins with a known one's names a part of it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a known organization first",
       "The NATO Parliamentary Assembly criticized Russia.",
       "NATO Parliamentary Assembly|part-of|NATO",
       true},
      {"a known name, 'and' and another name: a list, no organization",
       "NATO and the European Union criticized Russia.",
       "European Union|criticized|Russia",
       true},
      {"a name behind a preposition before the verb is no subject",
       "The Reuters Institute at Oxford University criticized Russia.",
       "Oxford University|criticized|Russia",
       false},
      {"one word of a known name may be another's",
       "The Reuters Institute at Oxford University criticized Russia.",
       "Reuters Institute|part-of|Reuters",
       false},
    },
    "en");
}

TEST_CASE("A place word in lowercase after unknown capitals ends a place's name",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a hotel in a city",
       "The gunman killed 38 tourists at the Imperial Marhaba hotel in Sousse.",
       "Imperial Marhaba hotel|located-in|Sousse",
       true},
      {"a hyphen joins the capitalized words",
       "The blast hit the Ritz-Carlton hotel in Riyadh.",
       "Ritz-Carlton hotel|located-in|Riyadh",
       true},
      {"without 'the' a lowercase place word names no place",
       "Demonstrators camp in Tahrir Square in Cairo, police said.",
       "Demonstrators camp|located-in|Tahrir Square",
       false},
      {"a known city before the place word stays the city",
       "The Houthis attacked Aden airport on Monday.",
       "Houthis|attacked|Aden",
       true},
    },
    "en");
}

TEST_CASE("A noun cue's negation stands before its verb; 'to' before it is a preposition",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"'to' before a possessor and its verbal noun",
       "Fleischer compared her reaction to the Democrats' criticism of Judge Brett Kavanaugh.",
       "Democratic Party|criticized|Brett Kavanaugh",
       true},
      {"a negated verb before the noun",
       "Russia has not held talks with Ukraine since May.",
       "Russia|met|Ukraine",
       false},
    },
    "en");
}

TEST_CASE("Every light verb of an attack with every noun of the act", "[extract][rules][english]")
{
  check_rows(
    {
      {"launched airstrikes on",
       "Israel launched airstrikes on Gaza on Tuesday.",
       "Israel|attacked|Gaza Strip",
       true},
      {"conducted raids against",
       "Russia conducted raids against Mariupol.",
       "Russia|attacked|Mariupol",
       true},
      {"... not the target as attacker",
       "Israel launched airstrikes on Gaza on Tuesday.",
       "Gaza Strip|attacked|Israel",
       false},
      {"an agreement between two parties",
       "Saudi Arabia welcomed the agreement between Israel and Hamas.",
       "Hamas|agreed-with|Israel",
       true},
      {"... the one who welcomed it is no party",
       "Saudi Arabia welcomed the agreement between Israel and Hamas.",
       "Saudi Arabia|agreed-with|Israel",
       false},
    },
    "en");
}

TEST_CASE("Control of a place is its capture", "[extract][rules][english]")
{
  check_rows(
    {
      {"a relative clause",
       "Hamas, which controls Gaza, said it had fired rockets.",
       "Hamas|captured|Gaza Strip",
       true},
      {"controlled by",
       "The city of Raqqa, controlled by the Islamic State group, was bombed.",
       "Islamic State|captured|Raqqa",
       true},
      {"... not the place as the party",
       "The city of Raqqa, controlled by the Islamic State group, was bombed.",
       "Raqqa|captured|Islamic State",
       false},
      {"under the control of",
       "Idlib is under the control of Hayat Tahrir al-Sham.",
       "Hayat Tahrir al-Sham|captured|Idlib",
       true},
    },
    "en");
}

TEST_CASE("English verbs of criticism and support completed", "[extract][rules][english]")
{
  check_rows(
    {
      {"decried",
       "French President Emmanuel Macron decried Russia's role in the conflict.",
       "Emmanuel Macron|criticized|Russia",
       true},
      {"assailed",
       "The United Nations assailed Israel over the killings.",
       "United Nations|criticized|Israel",
       true},
      {"railed against",
       "Iran railed against the United States on Sunday.",
       "Iran|criticized|United States",
       true},
      {"a thing decried is no party",
       "Macron decried the violence in Syria.",
       "Emmanuel Macron|criticized|Syria",
       false},
      {"endorsed",
       "Former President Barack Obama endorsed Joe Biden on Tuesday.",
       "Barack Obama|supports|Joe Biden",
       true},
      {"a plan endorsed is no support of its author",
       "Obama endorsed the plan drawn up by Biden.",
       "Barack Obama|supports|Joe Biden",
       false},
      {"voiced support for",
       "Germany voiced support for Ukraine at the summit.",
       "Germany|supports|Ukraine",
       true},
    },
    "en");
}

TEST_CASE("English: killing a named person is an attack; a demonym after a number counts people",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"killed",
       "A US drone strike killed Iranian general Qassem Soleimani in Baghdad.",
       "United States|attacked|Qasem Soleimani",
       true},
      {"killed by",
       "Qassem Soleimani was killed by a US drone strike near Baghdad airport.",
       "United States|attacked|Qasem Soleimani",
       true},
      {"three Palestinians are people, not the country",
       "Israeli forces killed three Palestinians in Jenin on Monday.",
       "Israel|attacked|Palestine",
       false},
      {"... so are 3 Palestinians",
       "Israeli forces attacked 3 Palestinians in Gaza.",
       "Israel|attacked|Palestine",
       false},
      {"an earthquake attacks no one",
       "The earthquake killed more than 2,000 people in Turkey and Syria.",
       "Turkey|attacked|Syria",
       false},
    },
    "en");
}

TEST_CASE("English titles of a profession, held in an organization", "[extract][rules][english]")
{
  check_rows(
    {
      {"a professor at a university (title-preposition at)",
       "John Smith, a professor at Oxford University, said the plan would fail.",
       "John Smith|holds-position|Oxford University|professor",
       true},
      {"a correspondent of a broadcaster",
       "BBC correspondent John Smith said the plan would fail.",
       "John Smith|holds-position|BBC|correspondent",
       true},
      {"a company's manager",
       "Toyota manager John Smith said the plant would close.",
       "John Smith|holds-position|Toyota|manager",
       true},
      {"a parliament's presiding officer chairs it",
       "John Smith, the presiding officer of the Scottish Parliament, said the plan would fail.",
       "John Smith|holds-position|Scottish Parliament|chair",
       true},
      {"a spokesman for an organization (stays)",
       "John Smith, a spokesman for NATO, said the plan would fail.",
       "John Smith|holds-position|NATO|spokesperson",
       true},
      {"a given name before of is a person, not an organization's name",
       "Professor John Smith of Harvard University said the plan would fail.",
       "John Smith of Harvard University|holds-position|Harvard University|professor",
       false},
      {"... nor a title with no name",
       "Professor John Smith of Harvard University criticized Russia.",
       "John Smith|criticized|Russia",
       true},
      {"the organization after the name and of is the title's",
       "Professor John Smith of Harvard University said the plan would fail.",
       "John Smith|holds-position|Harvard University|professor",
       true},
      {"a place at which the title is held is no organization",
       "John Smith, a professor at Oxford, said the plan would fail.",
       "John Smith|holds-position|Oxford|professor",
       false},
    },
    "en");
}

TEST_CASE("English: a veto rejects (triggers.tsv vetoed, vetoes; data only)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a country's bid vetoed",
       "Greece vetoed Macedonia's bid to join NATO.",
       "Greece|rejected|North Macedonia",
       true},
      {"the present tense",
       "Greece vetoes Macedonia's bid to join NATO every year.",
       "Greece|rejected|North Macedonia",
       true},
      {"a resolution about a country is no rejection of it",
       "Russia vetoed the resolution on Syria.",
       "Russia|rejected|Syria",
       false},
      {"not a fact when denied",
       "Greece did not veto Macedonia's bid to join NATO.",
       "Greece|rejected|North Macedonia",
       false},
    },
    "en");
}

TEST_CASE("English: flying to a place visits it (triggers.tsv flew to; data only)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"flew to",
       "Macron later flew to Moscow, where he met Putin.",
       "Emmanuel Macron|visited|Moscow",
       true},
      {"a plane is no visitor", "The plane flew to Moscow.", "Moscow|visited|Moscow", false},
      {"a flight to come is no visit",
       "Macron will fly to Moscow next week.",
       "Emmanuel Macron|visited|Moscow",
       false},
    },
    "en");
}

TEST_CASE("English: a foreign policy chief (titles.tsv)", "[extract][rules][english]")
{
  check_rows(
    {
      {"the owner before the title",
       "The European Union's foreign policy chief Josep Borrell said the bloc stood ready.",
       "Josep Borrell|holds-position|European Union|foreign-minister",
       true},
      {"in an apposition",
       "Josep Borrell, the EU's foreign policy chief, said the bloc stood ready.",
       "Josep Borrell|holds-position|European Union|foreign-minister",
       true},
    },
    "en");
}

TEST_CASE("English: an act's noun after a verb or adjective of words.tsv unrealizing is no act",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"cancelled, past a determiner",
       "Trump cancelled his meeting with Putin in Helsinki.",
       "Donald Trump|met|Vladimir Putin",
       false},
      {"postponed: a verb cue's word as a noun",
       "Netanyahu postponed his visit to the United Arab Emirates.",
       "Benjamin Netanyahu|visited|United Arab Emirates",
       false},
      {"hoped for, past the preposition",
       "Macron hopes for a meeting with Putin soon.",
       "Emmanuel Macron|met|Vladimir Putin",
       false},
      {"a planned meeting",
       "Trump called off a planned meeting with Kim Jong Un.",
       "Donald Trump|met|Kim Jong-un",
       false},
      {"held talks (stays)", "Biden held talks with Xi in Bali.", "Joe Biden|met|Xi Jinping", true},
    },
    "en");
}

TEST_CASE("English: a person does no visit in the country he holds a post in",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"arriving in his own capital is a return home",
       "Erdogan arrived in Ankara from Moscow.",
       "Recep Tayyip Erdoğan|visited|Ankara",
       false},
      {"another country's capital (stays)",
       "Lavrov arrived in Ankara for talks.",
       "Sergey Lavrov|visited|Ankara",
       true},
    },
    "en");
}

TEST_CASE("English: gerunds of words.tsv unrealizing (a data-only addition)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"seeking talks",
       "Trump is seeking talks with Kim Jong Un.",
       "Donald Trump|met|Kim Jong-un",
       false},
      {"cancelling a meeting",
       "Trump is cancelling his meeting with Putin.",
       "Donald Trump|met|Vladimir Putin",
       false},
      {"postponing a visit",
       "Netanyahu is postponing his visit to the United Arab Emirates.",
       "Benjamin Netanyahu|visited|United Arab Emirates",
       false},
    },
    "en");
}

TEST_CASE("English: an organization's organization after its possessive is part of it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an alliance's committee",
       "NATO's Military Committee met in Brussels.",
       "Military Committee|part-of|NATO",
       true},
      {"the possessive of a name ending in s",
       "The United Nations' Security Council met on Friday.",
       "United Nations Security Council|part-of|United Nations",
       true},
      {"a movement's armed wing",
       "Hamas's Qassam Brigades fired rockets.",
       "Izz ad-Din al-Qassam Brigades|part-of|Hamas",
       true},
      {"a country's company is no part of it (stays)",
       "Russia's Gazprom cut supplies.",
       "Gazprom|part-of|Russia",
       false},
      {"nor a person's party (stays)",
       "Trump's Republican Party won the seat.",
       "Republican Party|part-of|Donald Trump",
       false},
    },
    "en");
}

TEST_CASE("English: talks over the phone are a call", "[extract][rules][english]")
{
  check_rows(
    {
      {"talked over the phone",
       "Biden talked to Macron over the phone.",
       "Emmanuel Macron|called|Joe Biden",
       true},
      {"spoke over the phone",
       "Putin spoke with Erdogan over the phone on Tuesday.",
       "Recep Tayyip Erdoğan|called|Vladimir Putin",
       true},
    },
    "en");
}

TEST_CASE("English: an organization and what it comprises (a data-only addition)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"made up of",
       "The Quartet, made up of the United States, Russia, the European Union and the United "
       "Nations, called for new talks.",
       "Russia|member-of|Middle East Quartet",
       true},
      {"a package is no organization (stays)",
       "A sanctions package which includes measures against Russia was approved.",
       "Russia|member-of|sanctions package",
       false},
      {"whose members include",
       "The Shanghai Cooperation Organisation, whose members include China and Russia, met in "
       "Astana.",
       "Russia|member-of|Shanghai Cooperation Organisation",
       true},
      {"whose members are",
       "The G7, whose members are Japan, Canada and Italy, condemned the attack.",
       "Canada|member-of|G7",
       true},
      {"which include, plural",
       "BRICS, which include Brazil and India, met.",
       "India|member-of|BRICS",
       true},
      {"(stays) sanctions that include a bank make it no member",
       "Sanctions that include Russia's central bank were imposed by the EU.",
       "Russia|member-of|European Union",
       false},
    },
    "en");
}

TEST_CASE("English: doubt keeps a cue from stating a fact (a data-only addition)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"perhaps", "Perhaps Biden met Putin in secret.", "Joe Biden|met|Vladimir Putin", false},
      {"probably", "Biden probably met Putin in secret.", "Joe Biden|met|Vladimir Putin", false},
      {"stated (stays)", "Biden met Putin in Geneva.", "Joe Biden|met|Vladimir Putin", true},
    },
    "en");
}

TEST_CASE("English: the Houthis' adjective (a data-only addition)", "[extract][rules][english]")
{
  check_rows(
    {
      {"before a title, a member",
       "Houthi military spokesman Yahya Saree said the group fired missiles at Israel.",
       "Yahya Saree|member-of|Houthis",
       true},
      {"before a target noun, with a place after it",
       "The United States struck Houthi targets in Yemen.",
       "United States|attacked|Yemen",
       true},
    },
    "en");
}

TEST_CASE("English: an act warned against is not done (a data-only addition)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"warned against",
       "Egypt warned against an Israeli attack on Rafah.",
       "Israel|attacked|Rafah",
       false},
      {"warned of",
       "Egypt warned of an Israeli offensive on Rafah.",
       "Israel|attacked|Rafah",
       false},
      {"a warning that reports the attack (stays)",
       "The UN warned that Israel had attacked Rafah.",
       "Israel|attacked|Rafah",
       true},
    },
    "en");
}

TEST_CASE("English: a delegation from a group acts as the group (a data-only addition)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a delegation from",
       "A delegation from Hamas arrived in Cairo.",
       "Hamas|visited|Cairo",
       true},
    },
    "en");
}

TEST_CASE("English: a relative or an adviser of a title's holder holds no post of it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the wife of the president",
       "The wife of the French president, Brigitte Macron, visited the school.",
       "Brigitte Macron|holds-position|France|president",
       false},
      {"an adviser to the president",
       "An adviser to the Ukrainian president, Mykhailo Podolyak, said Kyiv would not yield.",
       "Mykhailo Podolyak|holds-position|Ukraine|president",
       false},
      {"the son of the former leader",
       "The son of the former Libyan leader, Saif al-Islam Gaddafi, registered as a candidate.",
       "Saif al-Islam|holds-position|Libya|leader",
       false},
      {"a lawyer for the former president",
       "A lawyer for the former U.S. president, Alina Habba, spoke to reporters.",
       "Alina Habba|holds-position|United States|president",
       false},
      {"the president himself (stays)",
       "The French president, Emmanuel Macron, visited the school.",
       "Emmanuel Macron|holds-position|France|president",
       true},
    },
    "en");
}

TEST_CASE("A demonym right before a place is the place's adjective, not the object",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"captured the Syrian town",
       "Turkish troops captured the Syrian town of Afrin in March.",
       "Turkey|captured|Afrin",
       true},
      {"the demonym's country was not captured",
       "Turkish troops captured the Syrian town of Afrin in March.",
       "Turkey|captured|Syria",
       false},
      {"a demonym before people names no one met (stays)",
       "Pompeo met Saudi officials.",
       "Mike Pompeo|met|Saudi Arabia",
       false},
    },
    "en");
}

TEST_CASE("A phone call in the perfect and other forms of speaking by phone (data only)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"had spoken by phone with",
       "The Kremlin said Putin had spoken by phone with French President Emmanuel Macron.",
       "Emmanuel Macron|called|Vladimir Putin",
       true},
      {"talked by phone with",
       "Erdogan talked by phone with Putin on Tuesday.",
       "Recep Tayyip Erdoğan|called|Vladimir Putin",
       true},
      {"a speech about a phone is no call",
       "Erdogan spoke about phones with pride.",
       "Recep Tayyip Erdoğan|called|Vladimir Putin",
       false},
    },
    "en");
}

TEST_CASE("A name, a hyphen and a participle: a compound adjective, no finite verb (data only)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"Iran-backed rebels (stays: read before as a finite verb)",
       "Iran-backed Houthi rebels attacked a tanker in the Red Sea.",
       "Iran|supports|Houthis",
       true},
      {"the supported forces stay the next verb's subject",
       "US-backed Syrian Democratic Forces captured Raqqa.",
       "Syrian Democratic Forces|captured|Raqqa",
       true},
      {"the backer did not capture",
       "US-backed Syrian Democratic Forces captured Raqqa.",
       "United States|captured|Raqqa",
       false},
      {"a finite verb backs its object (stays)",
       "Israel backed the Kurdish Workers' Party.",
       "Israel|supports|Kurdish Workers' Party",
       true},
    },
    "en");
}

TEST_CASE("English: a clause without that after a verb of saying keeps its verb",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"said SUBJECT rejected OBJECT (stays)",
       "Lavrov said Russia rejected Ukraine.",
       "Russia|rejected|Ukraine",
       true},
    },
    "en");
}

TEST_CASE("English: large companies are known organizations that own titles",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"COMPANY CEO NAME",
       "Facebook CEO Mark Zuckerberg apologized.",
       "Mark Zuckerberg|holds-position|Facebook|chief-executive",
       true},
      {"NAME, the chief executive of COMPANY,",
       "Tim Cook, the chief executive of Apple, met Trump.",
       "Tim Cook|holds-position|Apple|chief-executive",
       true},
      {"COMPANY's chief executive NAME",
       "Google's chief executive Sundar Pichai said the company would comply.",
       "Sundar Pichai|holds-position|Google|chief-executive",
       true},
    },
    "en");
}

TEST_CASE("English: joining an organization is membership", "[extract][rules][english]")
{
  check_rows(
    {
      {"SUBJECT joined ORGANIZATION",
       "Finland joined NATO in April 2023.",
       "Finland|member-of|NATO",
       true},
      {"SUBJECT joins ORGANIZATION",
       "Sweden formally joins NATO on Thursday.",
       "Sweden|member-of|NATO",
       true},
      {"joining a country in an act is no membership",
       "France joined Germany in criticizing Russia.",
       "France|member-of|Germany",
       false},
      {"a wish to join is none (stays)",
       "Ukraine wants to join NATO.",
       "Ukraine|member-of|NATO",
       false},
    },
    "en");
}

TEST_CASE("English: where a place lies past its head and a determiner or as a capital",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"PLACE in the PLACE region",
       "Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia region.",
       "Robotyne|located-in|Zaporizhzhia",
       true},
      {"PLACE province in DIRECTION COUNTRY",
       "The earthquake struck Hatay province in southern Turkey.",
       "Hatay|located-in|Turkey",
       true},
      {"PLACE, the capital of PLACE",
       "Fighting broke out in El Fasher, the capital of North Darfur.",
       "El Fasher|located-in|North Darfur",
       true},
      {"PLACE, the capital of COUNTRY, between commas",
       "Biden visited Kyiv, the capital of Ukraine, on Monday.",
       "Kyiv|located-in|Ukraine",
       true},
      {"a person's name before 'in the' is no place (stays)",
       "Biden met Macron in the French capital.",
       "Emmanuel Macron|located-in|France",
       false},
    },
    "en");
}

TEST_CASE("English: an object pronoun after the verb stands for the one other person named before",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"... SUBJECT VERB him, the person of the sentence before",
       "Senator Jeff Flake spoke on Monday. Trump criticized him on Twitter.",
       "Donald Trump|criticized|Jeff Flake",
       true},
      {"... SUBJECT VERB her of",
       "Christine Blasey Ford testified on Thursday. Kavanaugh accused her of lying.",
       "Brett Kavanaugh|accused|Christine Blasey Ford",
       true},
      {"... the subject is not its own object (stays: the other one is)",
       "Theresa May met Jeremy Corbyn. Corbyn later criticized her for the delay.",
       "Jeremy Corbyn|criticized|Theresa May",
       true},
      {"... 'her' before a noun is a possessive",
       "Christine Blasey Ford testified on Thursday. Kavanaugh criticized her testimony.",
       "Brett Kavanaugh|criticized|Christine Blasey Ford",
       false},
      {"... two people before: none",
       "Obama and Merkel spoke on Monday. Trump criticized him on Twitter.",
       "Donald Trump|criticized|Barack Obama",
       false},
      {"critical of, after a copula",
       "Macron was critical of Russia.",
       "Emmanuel Macron|criticized|Russia",
       true},
      {"... not when negated",
       "Macron was not critical of Russia.",
       "Emmanuel Macron|criticized|Russia",
       false},
    },
    "en");
}

TEST_CASE("English: receiving a phone call from someone is a call", "[extract][rules][english]")
{
  check_rows(
    {
      {"SUBJECT received a phone call from OBJECT",
       "Custodian of the Two Holy Mosques King Salman bin Abdulaziz received a phone call from "
       "Russian President Vladimir Putin.",
       "Salman bin Abdulaziz|called|Vladimir Putin",
       true},
      {"... from no one named: none (stays)",
       "The ministry received a phone call from a man who claimed the attack.",
       "Salman bin Abdulaziz|called|Vladimir Putin",
       false},
    },
    "en");
}

TEST_CASE("English: projectiles launched at a target attack it", "[extract][rules][english]")
{
  check_rows(
    {
      {"launched rockets at",
       "Hezbollah launched rockets at Israel.",
       "Hezbollah|attacked|Israel",
       true},
      {"... a quantity between",
       "Hezbollah launched a barrage of rockets at Israel on Sunday.",
       "Hezbollah|attacked|Israel",
       true},
      {"... two kinds of projectile",
       "Iran launched hundreds of drones and missiles at Israel.",
       "Iran|attacked|Israel",
       true},
      {"(stays) a missile launched toward a country attacks nothing",
       "North Korea launched a missile toward Japan.",
       "North Korea|attacked|Japan",
       false},
      {"(stays) a campaign launched at a conference is no attack",
       "Germany launched a new campaign at the conference in France.",
       "Germany|attacked|France",
       false},
    },
    "en");
}

TEST_CASE("English: blaming after a clause's comma is the subject's accusation",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"SUBJECT VERB OBJECT, blaming OBJECT",
       "Kanaani condemned the attack, blaming Israel.",
       "Nasser Kanaani|accused|Israel",
       true},
      {"... not the other way",
       "Kanaani condemned the attack, blaming Israel.",
       "Israel|accused|Nasser Kanaani",
       false},
      {"(stays) a denied blame is none",
       "Kanaani condemned the attack but did not blame Israel.",
       "Nasser Kanaani|accused|Israel",
       false},
    },
    "en");
}

TEST_CASE("English: phone calls between parties named (a data-only addition)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"SUBJECT and SUBJECT held a phone call",
       "Mohammed bin Salman and Emmanuel Macron held a phone call on Tuesday.",
       "Emmanuel Macron|called|Mohammed bin Salman",
       true},
      {"SUBJECT and SUBJECT spoke by phone",
       "Putin and Erdogan spoke by phone on Tuesday.",
       "Recep Tayyip Erdoğan|called|Vladimir Putin",
       true},
      {"(stays) a phone call with no one named is none",
       "Biden spoke by phone with reporters on Tuesday.",
       "Joe Biden|called|Joe Biden",
       false},
      {"the call's noun with its parties before it in the clause",
       "Biden and Netanyahu discussed the hostages in a phone call.",
       "Benjamin Netanyahu|called|Joe Biden",
       true},
      {"a call between two parties",
       "A phone call between Biden and Xi lasted two hours.",
       "Joe Biden|called|Xi Jinping",
       true},
      {"a call made to someone",
       "Macron made a phone call to Putin.",
       "Emmanuel Macron|called|Vladimir Putin",
       true},
      {"(stays) a question about a call names no party to it",
       "Reporters asked Biden about the phone call.",
       "Joe Biden|called|Joe Biden",
       false},
    },
    "en");
}

TEST_CASE("English: an act's noun in a phrase before the clause acts for its subject",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"In a phone call with OBJECT, SUBJECT VERB",
       "In a phone call with Macron, Putin said the West was to blame.",
       "Emmanuel Macron|called|Vladimir Putin",
       true},
      {"During talks with OBJECT",
       "During talks with Xi in Beijing, Putin praised China.",
       "Vladimir Putin|met|Xi Jinping",
       true},
      {"(stays) talks between two parties are theirs, not the subject's",
       "In talks between Israel and Hamas, Qatar acted as mediator.",
       "Israel|met|Qatar",
       false},
      {"(stays) a place is no party",
       "In Moscow, Putin met Xi.",
       "Moscow|met|Vladimir Putin",
       false},
    },
    "en");
}

TEST_CASE("English: a claim reports no fact and any act is none", "[extract][rules][english]")
{
  check_rows(
    {
      {"claimed that",
       "Iranian media claimed that Israel struck Damascus.",
       "Israel|attacked|Damascus",
       false},
      {"alleged that",
       "Ukraine alleged that Russia attacked Kharkiv.",
       "Russia|attacked|Kharkiv",
       false},
      {"any attack",
       "Egypt warned that any Israeli attack on Rafah would be catastrophic.",
       "Israel|attacked|Rafah",
       false},
      {"(stays) an attack without any warning is one",
       "The ministry said Israel had struck Rafah without any warning.",
       "Israel|attacked|Rafah",
       true},
    },
    "en");
}

TEST_CASE("English: a title's owner past modifiers and a destination past its determiner",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the owner read past the modifiers",
       "White House national security spokesman John Kirby said the talks were productive.",
       "John Kirby|holds-position|White House|spokesperson",
       true},
      {"... not a post the gazetteer knows from another time",
       "White House national security spokesman John Kirby said the talks were productive.",
       "John Kirby|holds-position|United States Department of Defense|spokesperson",
       false},
      {"an apposition's possessive owner past a modifier",
       "Hans Kluge, the World Health Organization's regional director for Europe, warned of a new "
       "wave.",
       "Hans Kluge|holds-position|World Health Organization|director",
       true},
      {"(stays) a verb is no modifier",
       "The Kremlin said spokesman Dmitry Peskov would brief reporters.",
       "Dmitry Peskov|holds-position|United States|spokesperson",
       false},
      {"a top diplomat is the foreign minister (titles.tsv, data only)",
       "Kaja Kallas, the EU's top diplomat, criticized Russia.",
       "Kaja Kallas|holds-position|European Union|foreign-minister",
       true},
      {"... before the name",
       "China's top diplomat Wang Yi met Blinken in Munich.",
       "Wang Yi|holds-position|China|foreign-minister",
       true},
      {"where an ambassador serves, between the sender and the title, is no owner",
       "Russia's UN ambassador Vassily Nebenzia rejected the resolution.",
       "Vassily Nebenzia|holds-position|Russia|ambassador",
       true},
      {"... not the organization",
       "Russia's UN ambassador Vassily Nebenzia rejected the resolution.",
       "Vassily Nebenzia|holds-position|United Nations|ambassador",
       false},
      {"(stays) an organization's own title",
       "NATO's Secretary General Jens Stoltenberg warned Russia.",
       "Jens Stoltenberg|holds-position|NATO|secretary-general",
       true},
      {"where an ambassador is sent, past its determiner, is no owner",
       "Britain's ambassador to the UN, Barbara Woodward, said the resolution was important.",
       "Barbara Woodward|holds-position|United Kingdom|ambassador",
       true},
    },
    "en");
}

TEST_CASE("English: a noun of meeting behind a preposition and its determiner is the occasion of "
          "its clause",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"(stays) the subjects of the clause hold the call",
       "Biden and Netanyahu discussed the hostages in a phone call.",
       "Benjamin Netanyahu|called|Joe Biden",
       true},
    },
    "en");
}

TEST_CASE("English: both countries are the two countries of the last event between countries",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"past a meeting of two people",
       "India and Pakistan exchanged fire along the border on Tuesday. Later, U.S. Secretary of "
       "State Marco Rubio met Indian Defence Minister Rajnath Singh in Washington. U.N. "
       "Secretary-General Antonio Guterres urged both countries to show restraint.",
       "António Guterres|called-on|Pakistan",
       true},
      {"the people who met are no countries",
       "India and Pakistan exchanged fire along the border on Tuesday. Later, U.S. Secretary of "
       "State Marco Rubio met Indian Defence Minister Rajnath Singh in Washington. U.N. "
       "Secretary-General Antonio Guterres urged both countries to show restraint.",
       "António Guterres|called-on|Rajnath Singh",
       false},
      {"(stays) both sides: the parties of the last event",
       "U.S. Secretary of State Marco Rubio met Indian Defence Minister Rajnath Singh in "
       "Washington. U.N. Secretary-General Antonio Guterres urged both sides to show restraint.",
       "António Guterres|called-on|Rajnath Singh",
       true},
    },
    "en");
}

TEST_CASE(
  "English: two countries joined by and before counterparts own the names after it in order",
  "[extract][rules][english]")
{
  check_rows(
    {
      {"the first country, the first name",
       "Brazilian President Luiz Inacio Lula da Silva and his Colombian and Mexican counterparts, "
       "Gustavo Petro and Andres Manuel Lopez Obrador, issued a joint statement.",
       "Gustavo Petro|holds-position|Colombia|president",
       true},
      {"the second country, the second name",
       "Brazilian President Luiz Inacio Lula da Silva and his Colombian and Mexican counterparts, "
       "Gustavo Petro and Andres Manuel Lopez Obrador, issued a joint statement.",
       "Andrés Manuel López Obrador|holds-position|Mexico|president",
       true},
      {"the first name holds no post of the second country",
       "Brazilian President Luiz Inacio Lula da Silva and his Colombian and Mexican counterparts, "
       "Gustavo Petro and Andres Manuel Lopez Obrador, issued a joint statement.",
       "Gustavo Petro|holds-position|Mexico|president",
       false},
    },
    "en");
}

TEST_CASE("English: the genitive after a noun the act befell and 'of' is no object of the verb",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"condemning an assassination condemns no victim",
       "Qatar condemned the assassination of Ismail Haniyeh in Tehran.",
       "Qatar|criticized|Ismail Haniyeh",
       false},
      {"(stays) the doer as the possessor",
       "Qatar condemned Israel's killing of civilians.",
       "Qatar|criticized|Israel",
       true},
    },
    "en");
}

TEST_CASE(
  "English: 'the' and a title with no owner refer back to the one person named in that role",
  "[extract][rules][english]")
{
  check_rows(
    {
      {"the chancellor named before",
       "German Chancellor Olaf Scholz spoke with Putin. Scholz's spokesman said the chancellor had "
       "urged Putin to withdraw his troops.",
       "Olaf Scholz|called-on|Vladimir Putin",
       true},
      {"two presidents named: the president is neither (stays)",
       "Russian President Vladimir Putin met French President Emmanuel Macron in Paris. The "
       "president later criticized NATO.",
       "Vladimir Putin|criticized|NATO",
       false},
      {"... nor the other (stays)",
       "Russian President Vladimir Putin met French President Emmanuel Macron in Paris. The "
       "president later criticized NATO.",
       "Emmanuel Macron|criticized|NATO",
       false},
      {"no one named in the role: no one (stays)",
       "The chancellor urged Putin to withdraw his troops.",
       "Olaf Scholz|called-on|Vladimir Putin",
       false},
    },
    "en");
}

TEST_CASE("English: a coach's title takes the team's country or club before it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a national coach",
       "Spain coach Luis de la Fuente will name Carvajal in his squad.",
       "Luis de la Fuente|holds-position|Spain|coach",
       true},
      {"a club's head coach",
       "Real Madrid head coach Carlo Ancelotti praised Kroos.",
       "Carlo Ancelotti|holds-position|Real Madrid|coach",
       true},
      {"no name after the title: no holder (stays)",
       "The Spain coach praised the players.",
       "Luis de la Fuente|holds-position|Spain|coach",
       false},
    },
    "en");
}

TEST_CASE("English: a prosecutor's title takes the court before it", "[extract][rules][english]")
{
  check_rows(
    {
      {"the court's prosecutor",
       "ICC Prosecutor Karim Khan sought arrest warrants.",
       "Karim Khan|holds-position|International Criminal Court|prosecutor",
       true},
    },
    "en");
}

TEST_CASE("English: 'them' after a participle is the objects of the clause before it "
          "(words.tsv plural-pronoun)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the two people a call was with",
       "Secretary of State Marco Rubio spoke by telephone with India's national security "
       "adviser, Ajit Doval, and his Pakistani counterpart, Asim Malik, urging them to keep "
       "lines of communication open.",
       "Marco Rubio|called-on|Asim Malik",
       true},
      {"one object is no 'them'",
       "Antony Blinken met Sergey Lavrov, urging them to end the war.",
       "Antony Blinken|called-on|Sergey Lavrov",
       false},
      {"things are no parties: no clause objects (stays)",
       "Antony Blinken criticized the sanctions on Iran and Syria, calling them unjust.",
       "Antony Blinken|called-on|Syria",
       false},
    },
    "en");
}

TEST_CASE("English: a player's position before his name makes him a member of the club",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a striker of a known club",
       "Real Madrid striker Kylian Mbappe scored twice.",
       "Kylian Mbappe|member-of|Real Madrid",
       true},
      {"no post held",
       "Real Madrid striker Kylian Mbappe scored twice.",
       "Kylian Mbappe|holds-position|Real Madrid|player",
       false},
    },
    "en");
}

TEST_CASE("English: a country's ministry speaks of the country's forces as its own",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"its forces are the country's",
       "Russia's defence ministry said its forces captured the village of Illinka.",
       "Russia|captured|Illinka",
       true},
      {"not the ministry's",
       "Russia's defence ministry said its forces captured the village of Illinka.",
       "Ministry of Defence of Russia|captured|Illinka",
       false},
    },
    "en");
}

TEST_CASE("English: 'It' opening a sentence before a verb of saying is the topic when that is no "
          "person",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the ministry named before announces",
       "Russia's defence ministry said the strikes hit their targets. It also announced that "
       "Russian forces had captured the village of Illinka.",
       "Ministry of Defence of Russia|announced|[captured Illinka]",
       true},
      {"a person is no 'it' (stays)",
       "Vladimir Putin said the strikes hit their targets. It also announced that Russian forces "
       "had captured the village of Illinka.",
       "Vladimir Putin|announced|[captured Illinka]",
       false},
    },
    "en");
}

TEST_CASE("English: a count before the target noun leaves the targets' place the object",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a number word",
       "Israeli jets struck three sites in Rafah on Monday.",
       "Israel|attacked|Rafah",
       true},
      {"digits",
       "Israeli jets struck 12 targets in Rafah on Monday.",
       "Israel|attacked|Rafah",
       true},
    },
    "en");
}

TEST_CASE("English: a city before a team's role names the city's team (words.tsv team-role)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a coach",
       "Dortmund coach Edin Terzic said his side had been the better team.",
       "Edin Terzic|holds-position|Dortmund|coach",
       true},
      {"a player",
       "Vinicius sealed the win after a loose pass from Dortmund defender Ian Maatsen.",
       "Ian Maatsen|member-of|Dortmund",
       true},
      {"a mayor holds no post in a team (stays)",
       "Moscow Mayor Sergei Sobyanin said the city was ready.",
       "Sergei Sobyanin|holds-position|Moscow|mayor",
       false},
    },
    "en");
}

TEST_CASE("English: an attorney general is a prosecutor of the country before the title",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the owner's possessive",
       "Venezuela's Attorney General Tarek William Saab said the opposition leaders would be "
       "investigated.",
       "Tarek William Saab|holds-position|Venezuela|prosecutor",
       true},
    },
    "en");
}

TEST_CASE("English: a single strike or raid names its agent and target like the plural",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a demonym's strike on a place",
       "An Israeli strike on Rafah killed 10 people.",
       "Israel|attacked|Rafah",
       true},
      {"a possessor's drone strike against a group",
       "Turkey condemned Russia's drone strike against Kyiv.",
       "Russia|attacked|Kyiv",
       true},
      {"a workers' strike against a reform names no target (stays)",
       "French unions began a strike against the pension reform of Emmanuel Macron.",
       "France|attacked|Emmanuel Macron",
       false},
    },
    "en");
}

TEST_CASE("English: a large city with no Arabic name is a place (cities.tsv); a person's surname "
          "that is a city's name stays the person's",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a city of GeoNames named in English only",
       "India launched missile strikes on Bahawalpur and Muridke on Wednesday.",
       "India|attacked|Bahawalpur",
       true},
      {"the surname alone refers back to the person, not the city (stays)",
       "Marco Reus scored twice. Dortmund coach Edin Terzic praised Reus.",
       "Edin Terzic|praised|Marco Reus",
       true},
    },
    "en");
}

TEST_CASE("A capitalized name ending in platform, guard or mission names an organization "
          "(words.tsv org-head, data only)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an opposition platform led by its leader",
       "The opposition Unitary Platform, led by Maria Corina Machado, says copies show that "
       "Gonzalez won.",
       "María Corina Machado|holds-position|Unitary Platform",
       true},
      {"the leader leads no country (stays)",
       "The opposition Unitary Platform, led by Maria Corina Machado, says copies show that "
       "Gonzalez won.",
       "María Corina Machado|holds-position|Venezuela",
       false},
    },
    "en");
}

TEST_CASE("The name before a verb joined by a coordinator is the clause's object, not the "
          "verb's subject",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the one who met praises",
       "Putin met Xi and praised China for its support.",
       "Vladimir Putin|praised|China",
       true},
      {"the one met praises nothing",
       "Putin met Xi and praised China for its support.",
       "Xi Jinping|praised|China",
       false},
      {"after a verb of one subject too (stays)",
       "Putin criticized Biden and praised China.",
       "Vladimir Putin|praised|China",
       true},
    },
    "en");
}

TEST_CASE("A city's one-word name that ends the name of an organization the document named "
          "refers back to it, outside a place's preposition",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the club named by its city",
       "Real Madrid beat Borussia Dortmund 2-0. UEFA president Aleksander Ceferin praised "
       "Dortmund for a brave campaign.",
       "Aleksander Ceferin|praised|Borussia Dortmund",
       true},
      {"behind a place's preposition the city stays a place (stays)",
       "Real Madrid beat Borussia Dortmund 2-0. Chancellor Olaf Scholz arrived in Dortmund on "
       "Monday.",
       "Olaf Scholz|visited|Dortmund",
       true},
    },
    "en");
}

TEST_CASE("An acronym in parentheses after an organization's name names it later in the document",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the acronym alone in the next sentence",
       "The Ogaden Liberation Front (OLF) attacked Ethiopia on Monday. Later the OLF criticized "
       "Kenya.",
       "Ogaden Liberation Front|criticized|Kenya",
       true},
      {"a word in parentheses that is no acronym names nothing (stays)",
       "The Ogaden Liberation Front (Ogaden) attacked Ethiopia on Monday. Later Ogaden criticized "
       "Kenya.",
       "Ogaden Liberation Front|criticized|Kenya",
       false},
    },
    "en");
}

TEST_CASE("English 'the parties' and 'all sides' are the two sides of the last event",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the parties after an agreement between two",
       "Israel and Hamas agreed to a ceasefire on Wednesday. U.N. Secretary-General Antonio "
       "Guterres called on the parties to honour their commitments.",
       "António Guterres|called-on|Hamas",
       true},
      {"all sides after an exchange of fire",
       "Russia and Ukraine exchanged fire. The United States called on all sides to refrain from "
       "escalation.",
       "United States|called-on|Russia",
       true},
      {"a party's adjective before 'parties' names no sides (stays)",
       "Israel and Hamas agreed to a ceasefire. Opposition parties in Britain criticized the deal.",
       "Israel|criticized|Hamas",
       false},
    },
    "en");
}

TEST_CASE("English: a country's border with another is a border they share",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the possessor's border with the country after it",
       "Fighting broke out on Lebanon's border with Israel.",
       "Israel|borders|Lebanon",
       true},
      {"a pronoun's owner", "Turkey closed its border with Syria.", "Syria|borders|Turkey", true},
      {"a party named earlier is no side of the border",
       "Israel and Hamas agreed to a truce. Aid will flow through the Rafah crossing, on Gaza's "
       "border with Egypt.",
       "Egypt|borders|Israel",
       false},
    },
    "en");
}

TEST_CASE("English reports of hostilities, captures and visits state them as Events (words.tsv "
          "speech-event)",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the speaker's own strike",
       "India said it struck nine sites in Pakistan early on Wednesday.",
       "India|announced|[attacked Pakistan]",
       true},
      {"another's capture",
       "Ukraine said Russian forces had captured the village of Illinka.",
       "Ukraine|announced|[captured Illinka]",
       true},
      {"a call is no act a report states (stays)",
       "The Kremlin said Putin had called Erdogan.",
       "Kremlin|announced|[called Recep Tayyip Erdoğan]",
       false},
    },
    "en");
}

TEST_CASE("English: the noun of an act after its article refers back to the act read before",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"condemning the strikes",
       "India struck nine sites in Pakistan on Wednesday. Prime Minister Shehbaz Sharif condemned "
       "the strikes as an act of war.",
       "Shehbaz Sharif|criticized|[attacked Pakistan]",
       true},
      {"not strikes with an object of their own",
       "India struck nine sites in Pakistan on Wednesday. Pakistan condemned the strikes on "
       "Lahore.",
       "Pakistan|criticized|[attacked Pakistan]",
       false},
      {"no act read before (stays)",
       "Pakistan condemned the strikes.",
       "Pakistan|criticized|[attacked Pakistan]",
       false},
    },
    "en");
}

TEST_CASE("English: a postposed saying reports the clause before its comma",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"its subject before it",
       "Israel and Hamas have agreed to a ceasefire in Gaza, Qatari Prime Minister Sheikh "
       "Mohammed bin Abdulrahman Al Thani said on Wednesday.",
       "Mohammed bin Abdulrahman Al Thani|announced|[agreed-with Hamas]",
       true},
      {"its subject after it",
       "Israel attacked Gaza, said Qatar.",
       "Qatar|announced|[attacked Gaza Strip]",
       true},
      {"not a saying that goes on to a clause of its own (stays)",
       "Israel attacked Gaza, Qatar said, adding that the talks would go on.",
       "Qatar|announced|[attacked Gaza Strip]",
       false},
      {"not a clause after a saying without a comma (stays)",
       "Qatar said on Wednesday Israel had agreed to talks with Hamas.",
       "Qatar|announced|[agreed-with Hamas]",
       false},
    },
    "en");
}

TEST_CASE("English: a dateline's place before the agency in parentheses, and titles naming "
          "their country",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a title without its country takes the dateline's",
       "Sanctions\nWASHINGTON (Reuters) - The United States imposed sanctions on Venezuela, "
       "Venezuela said. Defense Secretary Paul Harlan said the United States would act.",
       "Paul Harlan|holds-position|United States|defence-minister",
       true},
      {"... not without the dateline (stays)",
       "Sanctions\nThe United States imposed sanctions on Venezuela, Venezuela said. Defense "
       "Secretary Paul Harlan said the United States would act.",
       "Paul Harlan|holds-position|United States|defence-minister",
       false},
      {"a Treasury Secretary is the United States' in an article about Russia",
       "Russia attacked Ukraine again. Russia said it would go on. Treasury Secretary Janet Yellen "
       "said the package would hurt Russia.",
       "Janet Yellen|holds-position|United States|minister",
       true},
      {"... not Russia's (stays)",
       "Russia attacked Ukraine again. Russia said it would go on. Treasury Secretary Janet Yellen "
       "said the package would hurt Russia.",
       "Janet Yellen|holds-position|Russia|minister",
       false},
    },
    "en");
}

TEST_CASE("English: a gazetteer name with a possessive ending matches as the text splits it",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an organization named with People's",
       "Getachew Reda, spokesperson for the Tigray People's Liberation Front, said the deal was "
       "good.",
       "Getachew Reda|holds-position|Tigray People's Liberation Front|spokesperson",
       true},
      {"... not another organization after a place (stays)",
       "Getachew Reda, spokesperson for the Tigray People's Liberation Front, said the deal was "
       "good.",
       "Getachew Reda|holds-position|People's Liberation Front|spokesperson",
       false},
    },
    "en");
}

TEST_CASE("A subject, an aside set off by commas, then a perfect's auxiliary (words.tsv "
          "verb-particle) and the verb",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a relative clause, then has",
       "Egypt, which borders Gaza at Rafah, has warned Israel that an offensive would have "
       "dire consequences.",
       "Egypt|warned|Israel",
       true},
      {"an aside opened by both (words.tsv aside-opener)",
       "Mali and Burkina Faso, both ruled by soldiers, warned ECOWAS that any intervention would "
       "be war.",
       "Burkina Faso|warned|Economic Community of West African States",
       true},
      {"... no subject before the aside: nothing",
       "On Monday, both ruled by soldiers, warned ECOWAS that any intervention would be war.",
       "Mali|warned|Economic Community of West African States",
       false},
    },
    "en");
}

TEST_CASE("The head of a name the text did not write refers to the organization its sentence "
          "named",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"the group of the Group of Seven, named G7",
       "The G7 was full of arrogance, and China urged the group to stop smearing it.",
       "China|called-on|G7",
       true},
      {"... named in the sentence before: no reference",
       "The G7 met in Italy. China urged the group to stop smearing it.",
       "China|called-on|G7",
       false},
    },
    "en");
}

TEST_CASE("English: a subject's aside set off by commas before its verb",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an aside of eleven words before an auxiliary and its verb",
       "Mali and Burkina Faso, themselves run by soldiers who seized power in coups, have warned "
       "ECOWAS.",
       "Mali|warned|Economic Community of West African States",
       true},
      {"a relative clause opened by that inside the aside",
       "Mali and Burkina Faso, both ruled by military governments that have been suspended, "
       "warned ECOWAS.",
       "Burkina Faso|warned|Economic Community of West African States",
       true},
      {"a neighbour's word before the subject",
       "Neighbouring Mali and Burkina Faso, themselves run by soldiers, have warned ECOWAS.",
       "Mali|warned|Economic Community of West African States",
       true},
      {"an abbreviation's full stop inside the aside",
       "Venezuelan President Nicolas Maduro spoke. Maduro, who was sworn in on Jan. 10, accused "
       "the United States of trying to steal Citgo.",
       "Nicolás Maduro|accused|United States",
       true},
      {"hyphens inside the aside",
       "Venezuelan opposition leader Juan Guaido spoke. Guaido, the 35-year-old head of the "
       "opposition-controlled National Assembly, welcomed Washington's decision.",
       "Juan Guaido|praised|United States",
       true},
      {"... a speaker before the complementizer is no subject of the reported verb (stays)",
       "France said on Monday that Mali and Burkina Faso, both ruled by soldiers, warned ECOWAS.",
       "France|warned|Economic Community of West African States",
       false},
    },
    "en");
}

TEST_CASE("English: both sides, sentences after an agreement, are its parties",
          "[extract][rules][english]")
{
  const char* text =
    "Israel and Hamas have agreed to a ceasefire in Gaza, Qatar said on Wednesday. "
    "U.S. President Joe Biden welcomed the deal. He said it followed the weakening "
    "of Hezbollah in Lebanon. Egyptian President Abdel Fattah al-Sisi urged both "
    "sides to allow aid into Gaza.";
  check_rows(
    {
      {"the agreement's side that is an organization",
       text,
       "Abdel Fattah el-Sisi|called-on|Hamas",
       true},
      {"... and its other side", text, "Abdel Fattah el-Sisi|called-on|Israel", true},
      {"... not the last countries named since",
       text,
       "Abdel Fattah el-Sisi|called-on|Lebanon",
       false},
      {"... nor the president's country",
       text,
       "Abdel Fattah el-Sisi|called-on|United States",
       false},
    },
    "en");
}

TEST_CASE("English: a country's possessive before a name owns the object it names",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"an organization a country's possessive qualifies",
       "Iran supports Yemen's Houthi movement.",
       "Iran|supports|Houthis",
       true},
      {"... the country is no object",
       "Iran supports Yemen's Houthi movement.",
       "Iran|supports|Yemen",
       false},
      {"another verb",
       "Israel struck Lebanon's Hezbollah on Sunday.",
       "Israel|attacked|Hezbollah",
       true},
      {"... a common noun after the possessive leaves the country the object (stays)",
       "Israel attacked Lebanon's capital on Sunday.",
       "Israel|attacked|Lebanon",
       true},
    },
    "en");
}

TEST_CASE("English: the possessor of an act's noun past its adjectives",
          "[extract][rules][english]")
{
  check_rows(
    {
      {"a hyphened adjective between the possessive and the noun",
       "The sanctions came two years after Moscow's full-scale invasion of Ukraine.",
       "Russia|attacked|Ukraine",
       true},
      {"two adjectives, and an offensive in a place (triggers.tsv)",
       "Israel's subsequent military offensive in Gaza has killed more than 46,000 Palestinians.",
       "Israel|attacked|Gaza Strip",
       true},
      {"... a name between is no adjective: the possessor owns that name (stays)",
       "The sanctions came after Russia's ally Belarus began an invasion of Ukraine.",
       "Russia|attacked|Ukraine",
       false},
    },
    "en");
}
