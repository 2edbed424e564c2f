// The relation stage on real news phrasing: each case is one sentence, the
// mentions the entity stage would hand over, and the exact set of typed edges
// expected ("" when none may be found). Cases are grouped by rule; each rule has
// positive and negative sentences.
#include "extract/relations.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "extract/relation_lexicon.h"
#include "extract/text.h"

namespace kg {
namespace {

const RelationLexicon& Lex() {
  static const RelationLexicon lex = LoadRelationLexicon("data/relations.json");
  return lex;
}

// A mention written as "surface=id", "surface=id@form" or, for a group,
// "the two leaders=person:a+person:b". Forms: name (default), demonym, metonym,
// descriptor, partial, pronoun. A surface that occurs twice is found after the
// previous mention of the list.
struct Built {
  std::string text;
  AnalyzedSentence sentence;
  std::vector<Entity> entities;
  std::string arena;
};

EntityType TypeOf(const std::string& id) {
  if (id.starts_with("person:")) return EntityType::kPerson;
  if (id.starts_with("alliance:")) return EntityType::kAlliance;
  return EntityType::kCountry;
}

MentionForm FormOf(const std::string& form) {
  if (form == "demonym") return MentionForm::kDemonym;
  if (form == "metonym") return MentionForm::kMetonym;
  if (form == "descriptor") return MentionForm::kDescriptor;
  if (form == "partial") return MentionForm::kPartial;
  if (form == "pronoun") return MentionForm::kPronoun;
  return MentionForm::kName;
}

std::size_t EntityIndex(Built& b, const std::string& id) {
  for (std::size_t i = 0; i < b.entities.size(); ++i)
    if (b.entities[i].id == id) return i;
  Entity e;
  e.id = id;
  e.label = id.substr(id.find(':') + 1);
  e.type = TypeOf(id);
  b.entities.push_back(e);
  return b.entities.size() - 1;
}

// Token range of `surface` in the sentence at or after token `from`.
std::pair<std::size_t, std::size_t> Find(const Built& b, const std::string& surface,
                                         std::size_t from) {
  std::string arena;
  const auto want = Tokenize(surface, {0, surface.size()}, arena);
  const auto& have = b.sentence.tokens;
  for (std::size_t i = from; i + want.size() <= have.size(); ++i) {
    bool match = true;
    for (std::size_t k = 0; k < want.size() && match; ++k) match = have[i + k].text == want[k].text;
    if (match) return {i, i + want.size()};
  }
  ADD_FAILURE() << "mention '" << surface << "' not found in: " << b.text;
  return {0, 0};
}

void Build(Built& b, const std::string& text, const std::vector<std::string>& mentions) {
  b.text = text;
  b.sentence.span = {0, text.size()};
  b.sentence.tokens = Tokenize(b.text, b.sentence.span, b.arena);
  std::size_t from = 0;
  for (const std::string& m : mentions) {
    const auto eq = m.rfind('=');
    const std::string surface = m.substr(0, eq);
    std::string ids = m.substr(eq + 1), form = "name";
    if (const auto at = ids.find('@'); at != std::string::npos) {
      form = ids.substr(at + 1);
      ids = ids.substr(0, at);
    }
    const auto [first, last] = Find(b, surface, from);
    from = first + 1;
    std::vector<std::string> group;
    for (std::size_t p = 0, q; p <= ids.size(); p = q + 1) {
      q = ids.find('+', p);
      if (q == std::string::npos) q = ids.size();
      group.push_back(ids.substr(p, q - p));
    }
    for (const std::string& id : group)
      b.sentence.mentions.push_back(
          {first, last, EntityIndex(b, id), group.size() > 1 ? MentionForm::kGroup : FormOf(form)});
  }
  std::stable_sort(b.sentence.mentions.begin(), b.sentence.mentions.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
}

std::vector<Relation> Extract(const std::string& text, const std::vector<std::string>& mentions) {
  Built b;
  Build(b, text, mentions);
  return ExtractRelations(b.sentence, b.entities, Lex(), b.text, "a1");
}

std::set<std::string> Triples(const std::vector<Relation>& rels) {
  std::set<std::string> out;
  for (const Relation& r : rels)
    out.insert(r.source + " " + std::string(ToString(r.type)) + " " + r.target);
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  std::vector<std::string> mentions;
  std::set<std::string> expected;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases)
    EXPECT_EQ(Triples(Extract(c.text, c.mentions)), c.expected) << c.rule << ": " << c.text;
}

// Mentions as the entity stage hands them over ("surface=id[@form]").
const std::string kPutinM = "Putin=person:vladimir-putin";
const std::string kXiM = "Xi=person:xi-jinping";

TEST(Relations, ActiveVoice) {
  Check({
      {"meets",
       "Chinese President Xi Jinping met with his Russian counterpart Vladimir Putin in Beijing "
       "today.",
       {"Chinese=country:CN@demonym", "Xi Jinping=person:xi-jinping", "Russian=country:RU@demonym",
        "Vladimir Putin=person:vladimir-putin", "Beijing=country:CN@metonym"},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"meets: not the possessor of someone (grammar.person_nouns), but that someone named",
       "Joe Biden met with Alexei Navalny's widow, Yulia Navalnaya, in San Francisco.",
       {"Joe Biden=person:joe-biden", "Alexei Navalny=person:alexei-navalny",
        "Yulia Navalnaya=person:yulia-navalnaya"},
       {"person:joe-biden meets person:yulia-navalnaya"}},
      {"meets: not the owner of who or what was met",
       "Joe Biden met Vladimir Putin's envoy, and Colin Meldrum met Saul Mikoliunas' cross.",
       {"Joe Biden=person:joe-biden", "Vladimir Putin=person:vladimir-putin",
        "Colin Meldrum=person:colin-meldrum", "Saul Mikoliunas=person:saul-mikoliunas"},
       {}},
      {"... also without a comma",
       "Joe Biden met Alexei Navalny's widow Yulia Navalnaya.",
       {"Joe Biden=person:joe-biden", "Alexei Navalny=person:alexei-navalny",
        "Yulia Navalnaya=person:yulia-navalnaya"},
       {"person:joe-biden meets person:yulia-navalnaya"}},
      {"a noun that says what someone is opens the name's phrase (person_nouns, non_state_nouns)",
       "Russian activist Alexei Navalny criticized Viktor Orban, and Kremlin critic Vladimir "
       "Kara-Murza condemned Belarus.",
       {"Russian=country:RU@demonym", "Alexei Navalny=person:alexei-navalny",
        "Viktor Orban=person:viktor-orban", "Kremlin=country:RU@metonym",
        "Vladimir Kara-Murza=person:vladimir-kara-murza", "Belarus=country:BY"},
       {"person:alexei-navalny criticizes person:viktor-orban",
        "person:vladimir-kara-murza criticizes country:RU",
        "person:vladimir-kara-murza criticizes country:BY"}},
      {"conflict_with: a pair that traded fire; member_of: states that make up a bloc",
       "Pakistan and India traded fire along the border, and Brazil and Russia make up BRICS.",
       {"Pakistan=country:PK", "India=country:IN", "Brazil=country:BR", "Russia=country:RU",
        "BRICS=alliance:brics"},
       {"country:IN conflict_with country:PK", "country:BR member_of alliance:brics",
        "country:RU member_of alliance:brics"}},
      {"cooperates_with: ties a pair calls special or hails (positive_modifiers), in quotes too",
       "Narendra Modi and Vladimir Putin hailed their special ties, and China and Russia hailed "
       "'special' ties.",
       {"Narendra Modi=person:narendra-modi", "Vladimir Putin=person:vladimir-putin",
        "China=country:CN", "Russia=country:RU"},
       {"person:narendra-modi cooperates_with person:vladimir-putin",
        "country:CN cooperates_with country:RU"}},
      {"a verb right after \"but\" or \"and\" has the subject of the verb before",
       "Donald Trump praised Xi Jinping as a smart man but accused Beijing of cheating, and Joe "
       "Biden met Yulia Navalnaya, and criticized Vladimir Putin.",
       {"Donald Trump=person:donald-trump", "Xi Jinping=person:xi-jinping",
        "Beijing=country:CN@metonym", "Joe Biden=person:joe-biden",
        "Yulia Navalnaya=person:yulia-navalnaya", "Vladimir Putin=person:vladimir-putin"},
       {"person:donald-trump supports person:xi-jinping",
        "person:donald-trump criticizes country:CN",
        "person:joe-biden meets person:yulia-navalnaya",
        "person:joe-biden criticizes person:vladimir-putin"}},
      {"the first part of a hyphenated compound is no verb (\"counter-terrorism\")",
       "US counter-terrorism ambassador Henry Crumpton said no.",
       {"US=country:US", "Henry Crumpton=person:henry-crumpton"},
       {}},
      {"the name before \"-led\" alone leads, not a name coordinated with it",
       "His film was critical of President George W Bush and the US-led invasion of Iraq.",
       {"George W Bush=person:george-w-bush", "US=country:US", "Iraq=country:IQ"},
       {"country:IQ conflict_with country:US"}},
      {"a gerund after \"of\" is what the object is accused of, not more of the object",
       "John Howard accused the media of misunderstanding Australia's role, and Noboru "
       "Takeshita opposed the idea of seeking Yasuhiro Nakasone's help.",
       {"John Howard=person:john-howard", "Australia=country:AU",
        "Noboru Takeshita=person:noboru-takeshita", "Yasuhiro Nakasone=person:yasuhiro-nakasone"},
       {}},
      {"a hyphenated modifier does not open a subject's phrase",
       "Roger Federer beat four-time champion Andre Agassi before meeting Marat Safin.",
       {"Roger Federer=person:roger-federer", "Andre Agassi=person:andre-agassi",
        "Marat Safin=person:marat-safin"},
       {"person:marat-safin meets person:roger-federer"}},
      {"meets: an object after a capitalised word and a title",
       "Joe Clark held talks with Treasury Secretary James Baker in Washington.",
       {"Joe Clark=person:joe-clark", "James Baker=person:james-baker",
        "Washington=country:US@metonym"},
       {"person:james-baker meets person:joe-clark"}},
      {"a visit or talks that were called off (grammar.cancellations)",
       "Antony Blinken's trip to China was postponed, and talks between Putin and Biden were "
       "cancelled.",
       {"Antony Blinken=person:antony-blinken", "China=country:CN", kPutinM,
        "Biden=person:joe-biden"},
       {}},
      {"meets: plural subject, no object",
       "Foreign Minister Sergey Lavrov & Wang Yi met and held talks in Beijing on February 3.",
       {"Sergey Lavrov=person:sergey-lavrov", "Wang Yi=person:wang-yi"},
       {"person:sergey-lavrov meets person:wang-yi"}},
      {"meets: needs two people",
       "Putin met with his Chinese counterpart in Beijing.",
       {kPutinM, "Chinese=country:CN@demonym", "Beijing=country:CN@metonym"},
       {}},
      {"visits: metonym city",
       "Putin arrived in Beijing today for the opening of the Winter Olympic Games.",
       {kPutinM, "Beijing=country:CN@metonym"},
       {"person:vladimir-putin visits country:CN"}},
      {"visits: title before the name",
       "U.S. Secretary of State Antony Blinken visited China last month.",
       {"U.S.=country:US", "Antony Blinken=person:antony-blinken", "China=country:CN"},
       {"person:antony-blinken visits country:CN"}},
      {"visits: a person visited is met",
       "Romanian minister Lazar Comanescu visited his Moldovan counterpart Andrei Stratan on "
       "Monday.",
       {"Romanian=country:RO@demonym", "Lazar Comanescu=person:lazar-comanescu",
        "Moldovan=country:MD@demonym", "Andrei Stratan=person:andrei-stratan"},
       {"person:andrei-stratan meets person:lazar-comanescu"}},
      {"visits: people are not a place",
       "Senator Bartlett visited a group of 52 Vietnamese asylum seekers.",
       {"Bartlett=person:andrew-bartlett", "Vietnamese=country:VN@demonym"},
       {}},
      {"visits: a demonym's capital is a place",
       "Putin's jet later touched down in the Chinese capital, and Putin visited the Chinese "
       "capital.",
       {kPutinM, "Chinese=country:CN@demonym", kPutinM, "Chinese=country:CN@demonym"},
       {"person:vladimir-putin visits country:CN"}},
      {"a place set off by commas is no subject",
       "In Toronto, Canada, 1,000 people gathered to protest Israeli actions.",
       {"Canada=country:CA", "Israeli=country:IL@demonym"},
       {}},
      {"visits: not by a possessor",
       "Putin's jet touched down in Beijing.",
       {kPutinM, "Beijing=country:CN@metonym"},
       {}},
      {"supports",
       "China Backs Russia Over Ukraine",
       {"China=country:CN", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:CN supports country:RU"}},
      {"supports: congratulate; conflict_with: threaten",
       "Vladimir Putin congratulated Xi Jinping, and China threatened Taiwan with military action.",
       {"Vladimir Putin=person:vladimir-putin", "Xi Jinping=person:xi-jinping", "China=country:CN",
        "Taiwan=country:TW"},
       {"person:vladimir-putin supports person:xi-jinping", "country:CN conflict_with country:TW"}},
      {"supports: praise",
       "Calmy-Rey praised Ghana's successful democracy, and Salmond hailed Tony Blair.",
       {"Calmy-Rey=person:micheline-calmy-rey", "Ghana=country:GH", "Salmond=person:alex-salmond",
        "Tony Blair=person:tony-blair"},
       {"person:micheline-calmy-rey supports country:GH",
        "person:alex-salmond supports person:tony-blair"}},
      {"criticizes: fault, blast",
       "India faults Pakistan over the statement.",
       {"India=country:IN", "Pakistan=country:PK"},
       {"country:IN criticizes country:PK"}},
      {"supports: gerund after a preposition",
       "China has become more vocal in backing Russia.",
       {"China=country:CN", "Russia=country:RU"},
       {"country:CN supports country:RU"}},
      {"opposes",
       "Moscow opposes any further expansion of NATO.",
       {"Moscow=country:RU@metonym", "NATO=alliance:nato"},
       {"country:RU opposes alliance:nato"}},
      {"criticizes: object inside a noun phrase",
       "Russia and China have both officially condemned the influence of the US in Europe.",
       {"Russia=country:RU", "China=country:CN", "US=country:US"},
       {"country:RU criticizes country:US", "country:CN criticizes country:US"}},
      {"possessor before a title",
       "Merkel accused Zimbabwe's President Robert Mugabe of harming Africa's image.",
       {"Merkel=person:angela-merkel", "Zimbabwe=country:ZW", "Robert Mugabe=person:robert-mugabe"},
       {"person:angela-merkel criticizes person:robert-mugabe"}},
      {"person attacks person: criticism",
       "He then began to attack McCain's optimism.",
       {"He=person:barack-obama@pronoun", "McCain=person:john-mccain"},
       {"person:barack-obama criticizes person:john-mccain"}},
      {"criticizes: multi-word verb",
       "He also hit out at US-led Western diplomatic boycotts of the Olympics.",
       {"He=person:vladimir-putin@pronoun", "US=country:US"},
       {"person:vladimir-putin criticizes country:US"}},
      {"criticizes: pronoun subject is unknown",
       "But it accused NATO of adopting a Cold War ideology, China said.",
       {"NATO=alliance:nato", "China=country:CN"},
       {}},
      {"sanctions",
       "The European Union sanctioned Belarus after the disputed election.",
       {"European Union=alliance:eu", "Belarus=country:BY"},
       {"alliance:eu sanctions country:BY"}},
      {"sanctions: suspend, expel (CAMEO 16, reduce relations)",
       "The African Union suspended Niger after the coup, and Russia expelled British diplomats.",
       {"African Union=alliance:african_union", "Niger=country:NE", "Russia=country:RU",
        "British=country:GB@demonym"},
       {"alliance:african_union sanctions country:NE", "country:RU sanctions country:GB"}},
      {"after an article a verb form is an adjective",
       "Thierry Henry will captain the side in place of the suspended Patrick Vieira.",
       {"Thierry Henry=person:thierry-henry", "Patrick Vieira=person:patrick-vieira"},
       {}},
      {"sanctions: a verb of saying that takes the noun as its object (a light verb)",
       "Joe Biden announced new sanctions against Russia, and Putin said sanctions on China "
       "would fail.",
       {"Joe Biden=person:joe-biden", "Russia=country:RU", kPutinM, "China=country:CN"},
       {"person:joe-biden sanctions country:RU"}},
      {"sanctions: boycotting an event",
       "The U.S. and Britain are boycotting the Olympics in Beijing.",
       {"U.S.=country:US", "Britain=country:GB", "Beijing=country:CN@metonym"},
       {}},
      {"cooperates_with: ties or relations something good is said of (positive_modifiers)",
       "Japan and South Korea agreed to boost ties, while Russia and Ukraine have relations.",
       {"Japan=country:JP", "South Korea=country:KR", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:JP cooperates_with country:KR"}},
      {"cooperates_with: a pair signs an agreement",
       "Japan and Australia signed a security agreement on Friday.",
       {"Japan=country:JP", "Australia=country:AU"},
       {"country:AU cooperates_with country:JP"}},
      {"cooperates_with",
       "Iran will cooperate with Russia on the Bushehr reactor.",
       {"Iran=country:IR", "Russia=country:RU"},
       {"country:IR cooperates_with country:RU"}},
      {"conflict_with",
       "Iraq invaded Kuwait in 1990.",
       {"Iraq=country:IQ", "Kuwait=country:KW"},
       {"country:IQ conflict_with country:KW"}},
      {"conflict_with: exchange fire, said of a pair",
       "India and Pakistan exchanged fire along the border.",
       {"India=country:IN", "Pakistan=country:PK"},
       {"country:IN conflict_with country:PK"}},
      {"meets and criticizes: a country's possessive before a person's name",
       "Bola Tinubu met with Ghana's Nana Akufo-Addo, and Chile's Gabriel Boric criticized Russia.",
       {"Bola Tinubu=person:bola-tinubu", "Ghana=country:GH",
        "Nana Akufo-Addo=person:nana-akufo-addo", "Chile=country:CL",
        "Gabriel Boric=person:gabriel-boric", "Russia=country:RU"},
       {"person:bola-tinubu meets person:nana-akufo-addo",
        "person:gabriel-boric criticizes country:RU"}},
      {"criticizes: the subject's title has a possessor",
       "China's foreign minister Wang Yi accused the United States of bullying.",
       {"China=country:CN", "Wang Yi=person:wang-yi", "United States=country:US"},
       {"person:wang-yi criticizes country:US"}},
      {"meets: a plain noun before the subject's title is its portfolio",
       "Pakistan's health minister Ali Khan met Dong Jun, and army chief Asim Munir met Wang Yi.",
       {"Pakistan=country:PK", "Ali Khan=person:ali-khan", "Dong Jun=person:dong-jun",
        "Asim Munir=person:asim-munir", "Wang Yi=person:wang-yi"},
       {"person:ali-khan meets person:dong-jun", "person:asim-munir meets person:wang-yi"}},
      {"a participle after a noun a name modifies: that name's noun acts, not the subject",
       "India abstained from the UN vote condemning Russia.",
       {"India=country:IN", "UN=alliance:un", "Russia=country:RU"},
       {"alliance:un criticizes country:RU"}},
      {"supports: the subject's title has a possessor that is no entity",
       "Bavaria's Premier Edmund Stoiber praised Japan.",
       {"Edmund Stoiber=person:edmund-stoiber", "Japan=country:JP"},
       {"person:edmund-stoiber supports country:JP"}},
      {"meets: a word that qualifies the title is part of the subject (title_words)",
       "Scotland's First Minister Alex Salmond met Bertie Ahern, and Iran's acting Foreign "
       "Minister Ali Bagheri criticised Israel.",
       {"Scotland=country:GB", "Alex Salmond=person:alex-salmond",
        "Bertie Ahern=person:bertie-ahern", "Iran=country:IR", "Ali Bagheri=person:ali-bagheri",
        "Israel=country:IL"},
       {"person:alex-salmond meets person:bertie-ahern",
        "person:ali-bagheri criticizes country:IL"}},
      {"conflict_with: no cue",
       "Georgia and Russia held a referendum in August.",
       {"Georgia=country:GE", "Russia=country:RU"},
       {}},
      {"member_of",
       "Albania and Croatia joined NATO in 2009.",
       {"Albania=country:AL", "Croatia=country:HR", "NATO=alliance:nato"},
       {"country:AL member_of alliance:nato", "country:HR member_of alliance:nato"}},
      {"member_of: a member list after a comma, and after a name ending in an alliance word",
       "BRICS, which includes Brazil and India, will expand; the BRICS group includes Russia.",
       {"BRICS=alliance:brics", "Brazil=country:BR", "India=country:IN",
        "BRICS group=alliance:brics", "Russia=country:RU"},
       {"country:BR member_of alliance:brics", "country:IN member_of alliance:brics",
        "country:RU member_of alliance:brics"}},
      {"member_of: only states join alliances",
       "Putin joined NATO's rival in 1975.",
       {kPutinM, "NATO=alliance:nato"},
       {}},
      {"no object after the verb",
       "Russia condemned the decision, China said.",
       {"Russia=country:RU", "China=country:CN"},
       {}},
      {"object of a present-tense verb is no subject",
       "Schwarzenegger said he admires Giuliani and decided to endorse McCain.",
       {"Schwarzenegger=person:arnold-schwarzenegger", "he=person:arnold-schwarzenegger@pronoun",
        "Giuliani=person:rudy-giuliani", "McCain=person:john-mccain"},
       {"person:arnold-schwarzenegger supports person:john-mccain"}},
      {"infinitive after an object",
       "Bush sent Rice to visit the country on Monday to support Kofi Annan.",
       {"Bush=person:george-w-bush", "Rice=person:condoleezza-rice",
        "Kofi Annan=person:kofi-annan"},
       {}},
      {"infinitive after a named object",
       "Bush sent Condoleezza Rice to support Kofi Annan.",
       {"Bush=person:george-w-bush", "Condoleezza Rice=person:condoleezza-rice",
        "Kofi Annan=person:kofi-annan"},
       {"person:condoleezza-rice supports person:kofi-annan"}},
      {"infinitive after a plain noun",
       "Labwani was convicted of inciting a foreign country to attack Syria.",
       {"Labwani=person:kamal-labwani", "Syria=country:SY"},
       {}},
      {"object of an earlier verb is no subject",
       "China condemned the US and backed Russia.",
       {"China=country:CN", "US=country:US", "Russia=country:RU"},
       {"country:CN criticizes country:US", "country:CN supports country:RU"}},
      {"prepositional object is no subject",
       "After talks in Beijing, the premier backed Moscow.",
       {"Beijing=country:CN@metonym", "Moscow=country:RU@metonym"},
       {}},
      {"relative pronoun",
       "Turkey, which joined NATO in 1952, hosts US bases.",
       {"Turkey=country:TR", "NATO=alliance:nato", "US=country:US"},
       {"country:TR member_of alliance:nato"}},
  });
}

TEST(Relations, PassiveVoice) {
  Check({
      {"passive flips",
       "The Palestinian president, Mahmoud Abbas, was criticised by Israel for the decision.",
       {"Palestinian=country:PS@demonym", "Mahmoud Abbas=person:mahmoud-abbas",
        "Israel=country:IL"},
       {"country:IL criticizes person:mahmoud-abbas"}},
      {"passive: the agent's title before its name",
       "Rishi Sunak was criticised by Labour leader Keir Starmer over the Rwanda plan.",
       {"Rishi Sunak=person:rishi-sunak", "Keir Starmer=person:keir-starmer"},
       {"person:keir-starmer criticizes person:rishi-sunak"}},
      {"passive with an unnamed target",
       "It was backed by France and the Netherlands.",
       {"France=country:FR", "Netherlands=country:NL"},
       {}},
      {"reduced passive",
       "Serbia, backed by Russia, rejected the plan.",
       {"Serbia=country:RS", "Russia=country:RU"},
       {"country:RU supports country:RS"}},
      {"passive without agent",
       "Kuwait was invaded in August 1990, Iraq said.",
       {"Kuwait=country:KW", "Iraq=country:IQ"},
       {}},
      {"coordinated passive",
       "See how Iraq and Afghanistan were invaded and occupied because they were weak?",
       {"Iraq=country:IQ", "Afghanistan=country:AF"},
       {}},
      {"negated passive",
       "Iran has not been condemned by the United States.",
       {"Iran=country:IR", "United States=country:US"},
       {}},
      {"passive of a meeting",
       "Putin was met by Xi at the airport.",
       {kPutinM, kXiM},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"adjective stays active",
       "Japan is deeply concerned by China's military build-up.",
       {"Japan=country:JP", "China=country:CN"},
       {"country:JP opposes country:CN"}},
      {"adjective after quotes",
       "Russia and China also said they were 'seriously concerned' by NATO.",
       {"Russia=country:RU", "China=country:CN", "NATO=alliance:nato"},
       {"country:RU opposes alliance:nato", "country:CN opposes alliance:nato"}},
  });
}

TEST(Relations, Coordination) {
  Check({
      {"two subjects",
       "Russia and China oppose NATO.",
       {"Russia=country:RU", "China=country:CN", "NATO=alliance:nato"},
       {"country:RU opposes alliance:nato", "country:CN opposes alliance:nato"}},
      {"a subject coordinated with a phrase of its own",
       "Poland and its allies accused Belarus of orchestrating a migrant crisis.",
       {"Poland=country:PL", "Belarus=country:BY"},
       {"country:PL criticizes country:BY"}},
      {"... whose plural is also a verb of saying (\"states\")",
       "Lithuania and the Baltic states condemned Russia.",
       {"Lithuania=country:LT", "Russia=country:RU"},
       {"country:LT criticizes country:RU"}},
      {"an object list a phrase closes is still the objects (\"and their allies\")",
       "The US condemned Russia and China and their allies.",
       {"US=country:US", "Russia=country:RU", "China=country:CN"},
       {"country:US criticizes country:RU", "country:US criticizes country:CN"}},
      {"but not one noun's two modifiers",
       "Spanish and Italian newspapers criticised Morocco.",
       {"Spanish=country:ES@demonym", "Italian=country:IT@demonym", "Morocco=country:MA"},
       {}},
      {"two objects with both",
       "The United States placed sanctions on both Russia and China.",
       {"United States=country:US", "Russia=country:RU", "China=country:CN"},
       {"country:US sanctions country:RU", "country:US sanctions country:CN"}},
      {"list with a closing conjunction",
       "The US, UK and Canada condemned Iran.",
       {"US=country:US", "UK=country:GB", "Canada=country:CA", "Iran=country:IR"},
       {"country:US criticizes country:IR", "country:GB criticizes country:IR",
        "country:CA criticizes country:IR"}},
      {"list closed by a non-name",
       "The U.S., U.K., and other countries are boycotting the Olympics in protest over China's "
       "human rights abuses.",
       {"U.S.=country:US", "U.K.=country:GB", "China=country:CN"},
       {"country:US criticizes country:CN", "country:GB criticizes country:CN"}},
      {"comma alone is no coordination",
       "Iran, Syria said, backs Hezbollah in Lebanon.",
       {"Iran=country:IR", "Syria=country:SY", "Lebanon=country:LB"},
       {}},
      {"people with titles",
       "Chinese President Xi Jinping and his Russian counterpart Vladimir Putin have met in "
       "Beijing.",
       {"Chinese=country:CN@demonym", "Xi Jinping=person:xi-jinping", "Russian=country:RU@demonym",
        "Vladimir Putin=person:vladimir-putin", "Beijing=country:CN@metonym"},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"person of country",
       "Presidents Xi Jinping of China and Vladimir Putin of Russia denounced the United States on "
       "Thursday.",
       {"Xi Jinping=person:xi-jinping", "China=country:CN", "Vladimir Putin=person:vladimir-putin",
        "Russia=country:RU", "United States=country:US"},
       {"person:xi-jinping criticizes country:US", "person:vladimir-putin criticizes country:US"}},
      {"group mention",
       "The discussion marks the first time the two leaders have met in person since 2019.",
       {"the two leaders=person:vladimir-putin+person:xi-jinping"},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"shared subject of two verbs (and \"deeper ties\" of the pair)",
       "Putin and Xi vow deeper ties and denounce the United States.",
       {"Putin=person:vladimir-putin", "Xi=person:xi-jinping", "United States=country:US"},
       {"person:vladimir-putin criticizes country:US", "person:xi-jinping criticizes country:US",
        "person:vladimir-putin cooperates_with person:xi-jinping"}},
      {"\", and\" after a lone name starts a clause; a verb after an object list ends it",
       "Italy opposes Germany, Pakistan opposes India, and Mexico and Argentina oppose Brazil.",
       {"Italy=country:IT", "Germany=country:DE", "Pakistan=country:PK", "India=country:IN",
        "Mexico=country:MX", "Argentina=country:AR", "Brazil=country:BR"},
       {"country:IT opposes country:DE", "country:PK opposes country:IN",
        "country:MX opposes country:BR", "country:AR opposes country:BR"}},
      {"an auxiliary after an object list ends it (grammar.auxiliaries)",
       "Gerard Kennedy backed out to support Stephane Dion and Justin Trudeau did the same.",
       {"Gerard Kennedy=person:gerard-kennedy", "Stephane Dion=person:stephane-dion",
        "Justin Trudeau=person:justin-trudeau"},
       {"person:gerard-kennedy supports person:stephane-dion"}},
      {"a headline's pair: two names of one kind opening the sentence, a comma between",
       "Russia, China oppose NATO expansion, and like Iran, Cuba opposes the United States.",
       {"Russia=country:RU", "China=country:CN", "NATO=alliance:nato", "Iran=country:IR",
        "Cuba=country:CU", "United States=country:US"},
       {"country:RU opposes alliance:nato", "country:CN opposes alliance:nato",
        "country:CU opposes country:US"}},
      {"\", and\" closing a comma list",
       "The U.S., Britain, and France condemned Syria.",
       {"U.S.=country:US", "Britain=country:GB", "France=country:FR", "Syria=country:SY"},
       {"country:US criticizes country:SY", "country:GB criticizes country:SY",
        "country:FR criticizes country:SY"}},
      {"as well as",
       "Britain as well as France condemned Syria.",
       {"Britain=country:GB", "France=country:FR", "Syria=country:SY"},
       {"country:GB criticizes country:SY", "country:FR criticizes country:SY"}},
  });
}

TEST(Relations, Nominal) {
  Check({
      {"supports: the one thanked for support gave it (grammar.gratitude_verbs)",
       "Volodymyr Zelensky thanked Joe Biden for his support, and Taiwan thanked the United "
       "States for its military aid, but Iraq did not thank Iran for its support.",
       {"Volodymyr Zelensky=person:volodymyr-zelensky", "Joe Biden=person:joe-biden",
        "Taiwan=country:TW", "United States=country:US", "Iraq=country:IQ", "Iran=country:IR"},
       {"person:joe-biden supports person:volodymyr-zelensky", "country:US supports country:TW"}},
      {"sanctions: after a verb that takes an infinitive, the infinitive's light verb",
       "The EU decided to impose sanctions on Russia, and Britain agreed to extend sanctions "
       "against Iran.",
       {"EU=alliance:eu", "Russia=country:RU", "Britain=country:GB", "Iran=country:IR"},
       {"alliance:eu sanctions country:RU", "country:GB sanctions country:IR"}},
      {"sanctions: over a time phrase after the subject (grammar.time_words)",
       "Britain on Tuesday imposed sanctions on Iran.",
       {"Britain=country:GB", "Iran=country:IR"},
       {"country:GB sanctions country:IR"}},
      {"supports: arms sent after such a verb",
       "Germany agreed to send tanks to Ukraine.",
       {"Germany=country:DE", "Ukraine=country:UA"},
       {"country:DE supports country:UA"}},
      {"but sanctions lifted, eased or to be lifted are none, nor a vote against them",
       "The US lifted sanctions on Cuba, Canada eased sanctions on Iran, the EU agreed to lift "
       "sanctions on Syria and Hungary voted against sanctions on Russia.",
       {"US=country:US", "Cuba=country:CU", "Canada=country:CA", "Iran=country:IR",
        "EU=alliance:eu", "Syria=country:SY", "Hungary=country:HU", "Russia=country:RU"},
       {}},
      {"sanctions: an asset freeze, a travel ban",
       "The EU imposed an asset freeze on Belarus, and Washington imposed travel bans on Iran.",
       {"EU=alliance:eu", "Belarus=country:BY", "Washington=country:US@metonym", "Iran=country:IR"},
       {"alliance:eu sanctions country:BY", "country:US sanctions country:IR"}},
      {"sanctions: a package or round of sanctions is one phrase (quantity_words)",
       "The European Union on Monday adopted its 14th package of sanctions against Russia, and "
       "Washington announced a new round of sanctions on Iran.",
       {"European Union=alliance:eu", "Russia=country:RU", "Washington=country:US@metonym",
        "Iran=country:IR"},
       {"alliance:eu sanctions country:RU", "country:US sanctions country:IR"}},
      {"conflict_with: an air strike on a state, by the clause's subject across its verb",
       "Israeli forces killed Hezbollah leader Hassan Nasrallah in an air strike on Beirut.",
       {"Israeli=country:IL@demonym", "Hassan Nasrallah=person:hassan-nasrallah",
        "Beirut=country:LB@metonym"},
       {"country:IL conflict_with country:LB"}},
      {"but not by a passive's subject, the strike's victim",
       "Hassan Nasrallah was killed in an air strike on Beirut.",
       {"Hassan Nasrallah=person:hassan-nasrallah", "Beirut=country:LB@metonym"},
       {}},
      {"meets: the clause's subject after or during talks with someone, across its verb",
       "Sergei Lavrov made the remarks after talks with his Turkish counterpart Hakan Fidan.",
       {"Sergei Lavrov=person:sergey-lavrov", "Turkish=country:TR@demonym",
        "Hakan Fidan=person:hakan-fidan"},
       {"person:hakan-fidan meets person:sergey-lavrov"}},
      {"meets: ... a speaker's",
       "Xi Jinping said during a meeting with Vladimir Putin that ties were strong.",
       {"Xi Jinping=person:xi-jinping", "Vladimir Putin=person:vladimir-putin"},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"meets: ... the clause's after a sentence-opening phrase",
       "Following talks with Joe Biden, Emmanuel Macron said France would help.",
       {"Joe Biden=person:joe-biden", "Emmanuel Macron=person:emmanuel-macron",
        "France=country:FR"},
       {"person:emmanuel-macron meets person:joe-biden"}},
      {"but not before talks, which are still to come",
       "Joe Biden will stay in Paris ahead of talks with Emmanuel Macron.",
       {"Joe Biden=person:joe-biden", "Emmanuel Macron=person:emmanuel-macron"},
       {}},
      {"supports: arms sent to a state (a noun cue after a light verb)",
       "Iran supplied drones to Russia, and the United States and its allies have sent billions "
       "of dollars in weapons to Ukraine.",
       {"Iran=country:IR", "Russia=country:RU", "United States=country:US", "Ukraine=country:UA"},
       {"country:IR supports country:RU", "country:US supports country:UA"}},
      {"but goods bought and sold are no support",
       "Ukraine has agreed to pay 30% more for natural gas supplied by Turkmenistan.",
       {"Ukraine=country:UA", "Turkmenistan=country:TM"},
       {}},
      {"demonym modifier",
       "The visit comes amid growing Chinese support for Moscow.",
       {"Chinese=country:CN@demonym", "Moscow=country:RU@metonym"},
       {"country:CN supports country:RU"}},
      {"source phrase",
       "Putin's visit comes amid growing support in China for Russia in its ongoing and escalating "
       "dispute with Ukraine.",
       {kPutinM, "China=country:CN", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:CN supports country:RU", "country:RU conflict_with country:UA"}},
      {"clause subject of a noun",
       "After their bilateral meeting, Moscow and Beijing issued a statement showcasing their "
       "agreement on multiple issues, including the opposition against the further expansion of "
       "NATO.",
       {"Moscow=country:RU@metonym", "Beijing=country:CN@metonym", "NATO=alliance:nato"},
       {"country:RU opposes alliance:nato", "country:CN opposes alliance:nato",
        "country:CN cooperates_with country:RU"}},
      {"between",
       "Foreign policy coordination between Russia and China is based on close approaches.",
       {"Russia=country:RU", "China=country:CN"},
       {"country:CN cooperates_with country:RU"}},
      {"between people",
       "Tensions eased after a meeting between Russian President Vladimir Putin and his Chinese "
       "counterpart Xi Jinping.",
       {"Russian=country:RU@demonym", "Vladimir Putin=person:vladimir-putin",
        "Chinese=country:CN@demonym", "Xi Jinping=person:xi-jinping"},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"hyphenated pair",
       "The China-Russia partnership today is hard-earned.",
       {"China=country:CN", "Russia=country:RU"},
       {"country:CN cooperates_with country:RU"}},
      {"relations of a pair are neutral",
       "Bush arrives in the region to discuss Israeli-Palestinian relations.",
       {"Israeli=country:IL@demonym", "Palestinian=country:PS@demonym"},
       {}},
      {"relations between a pair are neutral",
       "Relations between the Israeli and Egyptian governments have been tense lately.",
       {"Israeli=country:IL@demonym", "Egyptian=country:EG@demonym"},
       {}},
      {"hyphenated pair of people",
       "The Putin-Xi talks focused on coordinating their countries' foreign policies.",
       {kPutinM, kXiM},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"light verb",
       "Beijing has extended support to Moscow.",
       {"Beijing=country:CN@metonym", "Moscow=country:RU@metonym"},
       {"country:CN supports country:RU"}},
      {"light verb, sanctions",
       "Blinken declared that Washington will keep imposing sanctions on Chinese companies.",
       {"Blinken=person:antony-blinken@partial", "Washington=country:US@metonym",
        "Chinese=country:CN@demonym"},
       {"country:US sanctions country:CN"}},
      {"relations with",
       "China still has both economic and political relations with Ukraine.",
       {"China=country:CN", "Ukraine=country:UA"},
       {"country:CN cooperates_with country:UA"}},
      {"relations that soured",
       "The EU relationship with Cuba was injured in 2003.",
       {"EU=alliance:eu", "Cuba=country:CU"},
       {}},
      {"a private person is not the state",
       "Norwegian lawyer and author Fredrik Heffermehl criticised Sweden.",
       {"Norwegian=country:NO@demonym", "Sweden=country:SE"},
       {}},
      {"newspapers are not the state",
       "Several Spanish newspapers criticized Zapatero's decision.",
       {"Spanish=country:ES@demonym", "Zapatero=person:jose-luis-rodriguez-zapatero"},
       {}},
      {"officials are",
       "Chinese officials criticized Japan's bid.",
       {"Chinese=country:CN@demonym", "Japan=country:JP"},
       {"country:CN criticizes country:JP"}},
      {"pro- is an attitude",
       "Lebanon's pro-Syrian government rejected the UN report.",
       {"Lebanon=country:LB", "Syrian=country:SY@demonym", "UN=alliance:un"},
       {}},
      {"souring relations are no cooperation",
       "Both leaders have experienced souring relations with the US.",
       {"Both leaders=person:vladimir-putin+person:xi-jinping", "US=country:US"},
       {}},
      {"a former ally",
       "Gachechiladze, a former Saakashvili ally, says the vote was rigged.",
       {"Gachechiladze=person:levan-gachechiladze", "Saakashvili=person:mikheil-saakashvili"},
       {}},
      {"relations between two people are private",
       "MacKay told the CBC that his relationship with Stronach was over.",
       {"MacKay=person:peter-mackay", "Stronach=person:belinda-stronach"},
       {}},
      {"personal relationship is no cooperation",
       "Putin is highlighting the depth of his personal relationship with Xi.",
       {kPutinM, kXiM},
       {}},
      {"noun inside another phrase",
       "Both nations expressed their opposition to a protracted conflict in Ukraine.",
       {"Both nations=country:RU+country:CN", "Ukraine=country:UA"},
       {}},
      {"troops along a border",
       "Russia has amassed tens of thousands of troops along the Ukrainian border.",
       {"Russia=country:RU", "Ukrainian=country:UA@demonym"},
       {"country:RU conflict_with country:UA"}},
      {"troops near its border",
       "Moscow is looking for further support after its deployment of 100,000 troops near its "
       "border with Ukraine.",
       {"Moscow=country:RU@metonym", "Ukraine=country:UA"},
       {"country:RU conflict_with country:UA"}},
      {"by-agent after the object",
       "The invasion of Kuwait by Iraq began in August 1990.",
       {"Kuwait=country:KW", "Iraq=country:IQ"},
       {"country:IQ conflict_with country:KW"}},
      {"a joint offensive is no conflict between its partners",
       "A joint US-Iraq offensive launched in Baghdad in May.",
       {"US=country:US", "Iraq=country:IQ", "Baghdad=country:IQ@metonym"},
       {}},
      {"-led modifier",
       "Canada stayed out of the U.S.-led invasion of Iraq.",
       {"Canada=country:CA", "U.S.=country:US", "Iraq=country:IQ"},
       {"country:IQ conflict_with country:US"}},
      {"a dispute between two people has no direction",
       "The memo was about a dispute between Tony Blair and George Bush.",
       {"Tony Blair=person:tony-blair", "George Bush=person:george-bush"},
       {}},
      {"a name that heads a relation of its own",
       "Russia has supported two rounds of UN sanctions against Iran.",
       {"Russia=country:RU", "UN=alliance:un", "Iran=country:IR"},
       {"alliance:un sanctions country:IR"}},
      {"quoted sentence keeps its own subject",
       "The statement came from a Swiss spokesman: \"The attack on the Palestinian offices was "
       "wrong.\"",
       {"Swiss=country:CH@demonym", "Palestinian=country:PS@demonym"},
       {}},
      {"named treaty between members",
       "Both countries were concerned about the Aukus security pact between the U.S., UK and "
       "Australia.",
       {"U.S.=country:US", "UK=country:GB", "Australia=country:AU"},
       {}},
      {"visit with no destination", "Putin's visit comes amid growing tensions.", {kPutinM}, {}},
      {"noun cue without actor",
       "China has relations with Kyiv, and a military attack on Ukraine could also be damaging for "
       "China.",
       {"China=country:CN", "Kyiv=country:UA@metonym", "Ukraine=country:UA", "China=country:CN"},
       {"country:CN cooperates_with country:UA"}},
  });
}

TEST(Relations, Possessive) {
  Check({
      {"a possessive pronoun in a phrase opening the sentence is the main clause's subject",
       "During his visit to China, Mikhail Mishustin met Li Qiang.",
       {"China=country:CN", "Mikhail Mishustin=person:mikhail-mishustin",
        "Li Qiang=person:li-qiang"},
       {"person:mikhail-mishustin visits country:CN",
        "person:li-qiang meets person:mikhail-mishustin"}},
      {"... but not past a name before it, nor a subject that does not fit",
       "Russia said during her visit to China, Vladimir Putin met Li Qiang.",
       {"Russia=country:RU", "China=country:CN", "Vladimir Putin=person:vladimir-putin",
        "Li Qiang=person:li-qiang"},
       {"person:li-qiang meets person:vladimir-putin"}},
      {"a state's institution is the state as a clause subject (grammar.state_nouns)",
       "China's foreign ministry criticized Japan, and Russia's army attacked Ukraine.",
       {"China=country:CN", "Japan=country:JP", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:CN criticizes country:JP", "country:RU conflict_with country:UA"}},
      {"but not the owner of anything else, nor past a noun after the institution",
       "Russia's ambassador criticized Japan, and Iran's army chief praised Syria.",
       {"Russia=country:RU", "Japan=country:JP", "Iran=country:IR", "Syria=country:SY"},
       {}},
      {"someone's enemy is not that someone (grammar.person_nouns)",
       "Kuwait backed Iran's war enemy.",
       {"Kuwait=country:KW", "Iran=country:IR"},
       {}},
      {"a place before \"based\" or a sports star is no state actor (non_state_nouns)",
       "Reporters Without Borders, the Paris based non-profit, issued a protest against Burma, "
       "and Tony Roche is happy to work with the Swiss star.",
       {"Paris=country:FR@metonym", "Burma=country:MM", "Tony Roche=person:tony-roche",
        "Swiss=country:CH@demonym"},
       {}},
      {"possessor",
       "The two leaders reaffirmed support including Russia's backing of China over Taiwan.",
       {"Russia=country:RU", "China=country:CN", "Taiwan=country:TW"},
       {"country:RU supports country:CN"}},
      {"possessor with adjective",
       "Blinken raised concerns about China's military backing for Russia.",
       {"Blinken=person:antony-blinken@partial", "China=country:CN", "Russia=country:RU"},
       {"country:CN supports country:RU", "person:antony-blinken opposes country:CN"}},
      {"a cue that is a verb and a noun: a noun after a possessor (data/relations.json)",
       "Blair also said that Britain welcomed China's strong stand against North Korea's nuclear "
       "programme.",
       {"Blair=person:tony-blair@partial", "Britain=country:GB", "China=country:CN",
        "North Korea=country:KP"},
       {"country:CN opposes country:KP"}},
      {"possessor of a longer phrase",
       "He cited the Chinese government's good relations with Kyiv.",
       {"Chinese=country:CN@demonym", "Kyiv=country:UA@metonym"},
       {"country:CN cooperates_with country:UA"}},
      {"coordinated possessors",
       "Putin characterized Beijing's and Moscow's cooperation in global issues as stabilizing.",
       {kPutinM, "Beijing=country:CN@metonym", "Moscow=country:RU@metonym"},
       {"country:CN cooperates_with country:RU"}},
      {"plural possessor of a symmetric noun",
       "Ukraine is expected to be high on the agenda of the two leaders' talks on Friday.",
       {"Ukraine=country:UA", "the two leaders=person:vladimir-putin+person:xi-jinping"},
       {"person:vladimir-putin meets person:xi-jinping"}},
      {"possessor that names no entity",
       "Putin hailed his country's unprecedented ties with China.",
       {kPutinM, "China=country:CN"},
       {}},
      {"its",
       "China backed Russia in its dispute with Ukraine.",
       {"China=country:CN", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:CN supports country:RU", "country:RU conflict_with country:UA"}},
      {"an alliance's powers are not the alliance",
       "China backed Russia in its dispute with NATO powers over Ukraine.",
       {"China=country:CN", "Russia=country:RU", "NATO=alliance:nato", "Ukraine=country:UA"},
       {"country:CN supports country:RU"}},
      {"his",
       "Putin declared the alliance during his visit to Beijing in February.",
       {kPutinM, "Beijing=country:CN@metonym"},
       {"person:vladimir-putin visits country:CN"}},
      {"their and each other",
       "In a joint statement, the two leaders reaffirmed their support for each other's foreign "
       "policy.",
       {"the two leaders=person:vladimir-putin+person:xi-jinping"},
       {"person:vladimir-putin supports person:xi-jinping",
        "person:xi-jinping supports person:vladimir-putin"}},
      {"possessive object",
       "The latest meeting is a signal of China's support for Russia's provocations in Ukraine.",
       {"China=country:CN", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:CN supports country:RU"}},
      {"possessor and trip",
       "It seems that Blinken's trip to China was an ineffective attempt.",
       {"Blinken=person:antony-blinken@partial", "China=country:CN"},
       {"person:antony-blinken visits country:CN"}},
  });
}

TEST(Relations, Apposition) {
  Check({
      {"criticizes: a critic of someone, in apposition, as a predicate or a modifier",
       "Donald Tusk, a staunch critic of Vladimir Putin, met Olaf Scholz, and Kremlin critic "
       "Alexei Navalny is a fierce critic of Viktor Orban.",
       {"Donald Tusk=person:donald-tusk", "Vladimir Putin=person:vladimir-putin",
        "Olaf Scholz=person:olaf-scholz", "Kremlin=country:RU@metonym",
        "Alexei Navalny=person:alexei-navalny", "Viktor Orban=person:viktor-orban"},
       {"person:donald-tusk criticizes person:vladimir-putin",
        "person:donald-tusk meets person:olaf-scholz",
        "person:alexei-navalny criticizes country:RU",
        "person:alexei-navalny criticizes person:viktor-orban"}},
      {"... but not a literary critic (non_state_nouns)",
       "The pair honoured US literary critic Harold Bloom.",
       {"US=country:US", "Harold Bloom=person:harold-bloom"},
       {}},
      {"alliance modifier, name after",
       "NATO members Poland and Lithuania sent jets.",
       {"NATO=alliance:nato", "Poland=country:PL", "Lithuania=country:LT"},
       {"country:PL member_of alliance:nato", "country:LT member_of alliance:nato"}},
      {"apposition with a comma",
       "Turkey, a NATO member, bought Russian missiles.",
       {"Turkey=country:TR", "NATO=alliance:nato", "Russian=country:RU@demonym"},
       {"country:TR member_of alliance:nato"}},
      {"relative clause",
       "Kaliningrad is situated between Poland and Lithuania, which are both NATO members.",
       {"Poland=country:PL", "Lithuania=country:LT", "NATO=alliance:nato"},
       {"country:PL member_of alliance:nato", "country:LT member_of alliance:nato"}},
      {"member of",
       "Norway is a member of NATO but not of the European Union.",
       {"Norway=country:NO", "NATO=alliance:nato", "European Union=alliance:eu"},
       {"country:NO member_of alliance:nato"}},
      {"negated membership",
       "Seven of these countries, China, Russia and India, are not members of NATO.",
       {"China=country:CN", "Russia=country:RU", "India=country:IN", "NATO=alliance:nato"},
       {}},
      {"conditional membership",
       "Georgia will become a NATO member if it wants to.",
       {"Georgia=country:GE", "NATO=alliance:nato"},
       {}},
      {"apposition with a possessor",
       "Putin met Lukashenko, Russia's closest ally, in Minsk.",
       {kPutinM, "Lukashenko=person:alexander-lukashenko", "Russia=country:RU",
        "Minsk=country:BY@metonym"},
       {"person:alexander-lukashenko meets person:vladimir-putin",
        "country:RU cooperates_with person:alexander-lukashenko"}},
      {"an alliance's allies are not the alliance",
       "U.S. allies concerned about Iranian influence met in Riyadh.",
       {"U.S.=country:US", "Iranian=country:IR@demonym", "Riyadh=country:SA@metonym"},
       {}},
  });
}

TEST(Relations, MemberLists) {
  Check({
      {"including",
       "Russia and China were seriously concerned by the AUKUS defense alliance including "
       "Australia, UK, and US.",
       {"Russia=country:RU", "China=country:CN", "AUKUS=alliance:aukus", "Australia=country:AU",
        "UK=country:GB", "US=country:US"},
       {"country:RU opposes alliance:aukus", "country:CN opposes alliance:aukus",
        "country:AU member_of alliance:aukus", "country:GB member_of alliance:aukus",
        "country:US member_of alliance:aukus"}},
      {"which includes",
       "Both expressed concern over the AUKUS defense alliance which includes Australia, the UK "
       "and the United States.",
       {"AUKUS=alliance:aukus", "Australia=country:AU", "UK=country:GB",
        "United States=country:US"},
       {"country:AU member_of alliance:aukus", "country:GB member_of alliance:aukus",
        "country:US member_of alliance:aukus"}},
      {"between",
       "The AUKUS security pact between the U.S., UK and Australia was announced last year.",
       {"AUKUS=alliance:aukus", "U.S.=country:US", "UK=country:GB", "Australia=country:AU"},
       {"country:US member_of alliance:aukus", "country:GB member_of alliance:aukus",
        "country:AU member_of alliance:aukus"}},
      {"not after an alliance",
       "NATO tensions between Russia and the US grew.",
       {"NATO=alliance:nato", "Russia=country:RU", "US=country:US"},
       {}},
      {"hedged list",
       "Critics fear a NATO alliance including Ukraine.",
       {"NATO=alliance:nato", "Ukraine=country:UA"},
       {}},
  });
}

TEST(Relations, Negation) {
  Check({
      {"a negation inside a compound modifier negates its noun, not the relation",
       "Russia and China declared a \"no limits\" partnership.",
       {"Russia=country:RU", "China=country:CN"},
       {"country:CN cooperates_with country:RU"}},
      {"... or joined to it by a hyphen",
       "Iran and Syria declared a no-limits partnership.",
       {"Iran=country:IR", "Syria=country:SY"},
       {"country:IR cooperates_with country:SY"}},
      {"but a quoted negation alone, or one quoted with the cue, is a negation",
       "China said it would \"not\" support Russia, and Iran that it would \"not support\" "
       "Syria.",
       {"China=country:CN", "Russia=country:RU", "Iran=country:IR", "Syria=country:SY"},
       {}},
      {"a hedge before a verb does not reach the relation of its object's noun",
       "China has refused to condemn Russia's invasion of Ukraine.",
       {"China=country:CN", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:RU conflict_with country:UA"}},
      {"denial",
       "However, Russia has denied any plans to invade Ukraine.",
       {"Russia=country:RU", "Ukraine=country:UA"},
       {}},
      {"did not",
       "The joint statement did not specifically refer to Ukraine, but China did not criticise "
       "Russia.",
       {"Ukraine=country:UA", "China=country:CN", "Russia=country:RU"},
       {}},
      {"refused",
       "India refused to condemn Russia at the United Nations.",
       {"India=country:IN", "Russia=country:RU", "United Nations=alliance:un"},
       {}},
      {"barred from",
       "New Zealand has barred the president of Fiji, Commander Frank Bainimarama, from visiting "
       "New Zealand.",
       {"New Zealand=country:NZ", "Fiji=country:FJ", "Frank Bainimarama=person:frank-bainimarama",
        "New Zealand=country:NZ"},
       {}},
      {"accused of",
       "Britain targets Bank Melli, which the United States accuses of supporting Iran's programs.",
       {"Britain=country:GB", "United States=country:US", "Iran=country:IR"},
       {}},
      {"never",
       "Putin has never visited Kyiv as president.",
       {kPutinM, "Kyiv=country:UA@metonym"},
       {}},
      {"deter X from",
       "To deter Russia from invading Ukraine, Western nations have threatened sanctions.",
       {"Russia=country:RU", "Ukraine=country:UA"},
       {}},
      {"negation in the governing clause",
       "Officials denied that Russia attacked Georgia first.",
       {"Russia=country:RU", "Georgia=country:GE"},
       {}},
      {"cut ties",
       "Ecuador cut ties with Colombia after the raid.",
       {"Ecuador=country:EC", "Colombia=country:CO"},
       {}},
      {"restrict membership",
       "Moscow is seeking guarantees to restrict the expansion of NATO and Ukraine's membership of "
       "the alliance.",
       {"Moscow=country:RU@metonym", "NATO=alliance:nato", "Ukraine=country:UA",
        "the alliance=alliance:nato@descriptor"},
       {}},
      {"negation elsewhere does not leak",
       "China did not comment, but Russia condemned Ukraine.",
       {"China=country:CN", "Russia=country:RU", "Ukraine=country:UA"},
       {"country:RU criticizes country:UA"}},
  });
}

TEST(Relations, Hypothetical) {
  Check({
      {"a verb opposing the act right before it denies it",
       "Joseph Lieberman opposed criticizing George W. Bush, and Germany rejected supporting "
       "Ukraine.",
       {"Joseph Lieberman=person:joseph-lieberman", "George W. Bush=person:george-w-bush",
        "Germany=country:DE", "Ukraine=country:UA"},
       {}},
      {"a stance vowed is a stance held, a visit or a sanction vowed is still to come "
       "(commitments)",
       "Joe Biden vowed to support Ukraine, Japan pledged to stand with Taiwan, Emmanuel Macron "
       "promised to visit India, and Britain vowed to impose sanctions on Iran.",
       {"Joe Biden=person:joe-biden", "Ukraine=country:UA", "Japan=country:JP", "Taiwan=country:TW",
        "Emmanuel Macron=person:emmanuel-macron", "India=country:IN", "Britain=country:GB",
        "Iran=country:IR"},
       {"person:joe-biden supports country:UA", "country:JP supports country:TW"}},
      {"an inverted condition opening the sentence",
       "Were Iran to reject the offer of Javier Solana, Russia would back sanctions.",
       {"Iran=country:IR", "Javier Solana=person:javier-solana", "Russia=country:RU"},
       {}},
      {"the source \"according to\" names is not the clause's subject, over a title and a comma",
       "According to UN spokesperson, Michèle Montas, Holmes will arrive in Myanmar.",
       {"UN=alliance:un", "Michèle Montas=person:michele-montas", "Myanmar=country:MM"},
       {}},
      {"... but after a name and a comma the clause has its own",
       "According to Mikheil Saakashvili, Condoleezza Rice met Sergey Lavrov.",
       {"Mikheil Saakashvili=person:mikheil-saakashvili",
        "Condoleezza Rice=person:condoleezza-rice", "Sergey Lavrov=person:sergey-lavrov"},
       {"person:condoleezza-rice meets person:sergey-lavrov"}},
      {"barred, however long the name in between, from visiting",
       "New Zealand has barred the military leader and president of Fiji, Commander Frank "
       "Bainimarama, from visiting New Zealand.",
       {"New Zealand=country:NZ", "Fiji=country:FJ", "Frank Bainimarama=person:frank-bainimarama",
        "New Zealand=country:NZ"},
       {}},
      {"an invitation to visit is no visit (modality)",
       "Vladimir Putin invited Narendra Modi to visit Russia next year.",
       {"Vladimir Putin=person:vladimir-putin", "Narendra Modi=person:narendra-modi",
        "Russia=country:RU"},
       {}},
      {"would, potential",
       "Katrina Yu said this does not necessarily mean that China would welcome any potential "
       "attack on Ukraine.",
       {"Katrina Yu=person:katrina-yu", "China=country:CN", "Ukraine=country:UA"},
       {}},
      {"would have",
       "Directly mentioning the country would have likely damaged China's ties with Ukraine.",
       {"China=country:CN", "Ukraine=country:UA"},
       {}},
      {"could",
       "Russia could invade Ukraine within weeks, officials said.",
       {"Russia=country:RU", "Ukraine=country:UA"},
       {}},
      {"plans",
       "Iran plans to expand its military ties with Iraq.",
       {"Iran=country:IR", "Iraq=country:IQ"},
       {}},
      {"if",
       "If Iran attacks Israel, the United States will respond.",
       {"Iran=country:IR", "Israel=country:IL", "United States=country:US"},
       {}},
      {"warn of",
       "Western nations warned of a Russian invasion of Ukraine.",
       {"Russian=country:RU@demonym", "Ukraine=country:UA"},
       {}},
      {"should",
       "China has signaled that it would support Russia should the US impose sanctions.",
       {"China=country:CN", "Russia=country:RU", "US=country:US"},
       {}},
      {"future stays",
       "Putin will visit China in May.",
       {kPutinM, "China=country:CN"},
       {"person:vladimir-putin visits country:CN"}},
      {"so does a future told in the past (\"said ... would\")",
       "German Chancellor Olaf Scholz said Berlin would continue to support Kyiv.",
       {"German=country:DE@demonym", "Olaf Scholz=person:olaf-scholz", "Berlin=country:DE@metonym",
        "Kyiv=country:UA@metonym"},
       {"country:DE supports country:UA"}},
      {"but not a \"would\" told in the present: a condition",
       "Jacques Chirac says he would be happy to meet Iyad Allawi.",
       {"Jacques Chirac=person:jacques-chirac", "he=person:jacques-chirac@pronoun",
        "Iyad Allawi=person:iyad-allawi"},
       {}},
      {"sentence opens with a condition",
       "If Iran doesn't comply, Britain, France and Germany will support sanctions against Iran.",
       {"Iran=country:IR", "Britain=country:GB", "France=country:FR", "Germany=country:DE",
        "Iran=country:IR"},
       {}},
      {"condition after a comma",
       "Sarkozy warned of damage to Russia's relations with the EU, if Russia failed to act.",
       {"Sarkozy=person:nicolas-sarkozy", "Russia=country:RU", "EU=alliance:eu",
        "Russia=country:RU"},
       {}},
      {"intentions",
       "Documents reveal British and U.S. intentions to invade Iraq.",
       {"British=country:GB@demonym", "U.S.=country:US", "Iraq=country:IQ"},
       {}},
      {"no evidence to suggest that",
       "The IAEA denied that there is any evidence to suggest that Iran and North Korea are "
       "working together.",
       {"Iran=country:IR", "North Korea=country:KP"},
       {}},
  });
}

// The entity id on the evidence's speaker, for each sentence.
TEST(Relations, Attribution) {
  struct SpeakerCase {
    const char* text;
    std::vector<std::string> mentions;
    const char* speaker;
  };
  const SpeakerCase cases[] = {
      {"\"The China-Russia partnership today is hard-earned,\" Xi said to Putin.",
       {"China=country:CN", "Russia=country:RU", kXiM, kPutinM},
       "person:xi-jinping"},
      {"Foreign policy coordination between Russia and China is based on close approaches, Putin "
       "wrote.",
       {"Russia=country:RU", "China=country:CN", kPutinM},
       "person:vladimir-putin"},
      {"According to the Kremlin, Russia and China oppose NATO.",
       {"the Kremlin=country:RU@metonym", "Russia=country:RU", "China=country:CN",
        "NATO=alliance:nato"},
       "country:RU"},
      {"Russia and China oppose NATO, said Sergey Lavrov.",
       {"Russia=country:RU", "China=country:CN", "NATO=alliance:nato",
        "Sergey Lavrov=person:sergey-lavrov"},
       "person:sergey-lavrov"},
      {"Chinese foreign minister Wang Yi told Antony Blinken that China backs Russia.",
       {"Chinese=country:CN@demonym", "Wang Yi=person:wang-yi",
        "Antony Blinken=person:antony-blinken", "China=country:CN", "Russia=country:RU"},
       "person:wang-yi"},
      {"CCTV quoted Putin as saying that China backs Russia.",
       {kPutinM, "China=country:CN", "Russia=country:RU"},
       "person:vladimir-putin"},
      {"Al Jazeera's Katrina Yu said China backs Russia.",
       {"Katrina Yu=person:katrina-yu", "China=country:CN", "Russia=country:RU"},
       "person:katrina-yu"},
      {"China backs Russia.", {"China=country:CN", "Russia=country:RU"}, ""},
      {"The pact between the U.S., UK and Australia announced last year backs Japan.",
       {"U.S.=country:US", "UK=country:GB", "Australia=country:AU", "Japan=country:JP"},
       ""},
  };
  for (const SpeakerCase& c : cases) {
    const auto rels = Extract(c.text, c.mentions);
    ASSERT_FALSE(rels.empty()) << c.text;
    for (const Relation& r : rels) EXPECT_EQ(r.evidence.speaker, c.speaker) << c.text;
  }
}

TEST(Relations, EvidenceQuotesTheSentence) {
  Built b;
  const std::string prefix = "First sentence. ";
  Build(b, prefix + "Iraq invaded Kuwait in 1990.", {"Iraq=country:IQ", "Kuwait=country:KW"});
  b.sentence.span = {prefix.size(), b.text.size()};
  const auto rels = ExtractRelations(b.sentence, b.entities, Lex(), b.text, "article-7");
  ASSERT_EQ(rels.size(), 1u);
  EXPECT_EQ(rels[0].evidence.article_id, "article-7");
  EXPECT_EQ(rels[0].evidence.span, (Span{prefix.size(), b.text.size()}));
  EXPECT_EQ(rels[0].evidence.text, "Iraq invaded Kuwait in 1990.");
  EXPECT_EQ(rels[0].source, "country:IQ");  // symmetric: stored once, smaller id first
  EXPECT_EQ(rels[0].target, "country:KW");
}

TEST(Relations, NeverSelf) {
  Check({
      {"self",
       "Russia criticised Moscow's policy.",
       {"Russia=country:RU", "Moscow=country:RU@metonym"},
       {}},
      {"no cue, no relation",
       "Russian President Vladimir Putin spoke with reporters.",
       {"Russian=country:RU@demonym", "Vladimir Putin=person:vladimir-putin"},
       {}},
  });
}

TEST(Relations, BadInputIsHarmless) {
  Built b;
  Build(b, "Iraq invaded Kuwait.", {"Iraq=country:IQ", "Kuwait=country:KW"});
  AnalyzedSentence s = b.sentence;
  s.mentions.push_back({3, 99, 0, MentionForm::kName});  // range past the end
  s.mentions.push_back({1, 2, 42, MentionForm::kName});  // unknown entity
  s.mentions.push_back({2, 1, 1, MentionForm::kName});   // empty range
  const std::set<std::string> expected = {"country:IQ conflict_with country:KW"};
  EXPECT_EQ(Triples(ExtractRelations(s, b.entities, Lex(), b.text, "a")), expected);
  const auto no_text =
      ExtractRelations(s, b.entities, Lex(), "", "a");  // text shorter than the span
  ASSERT_EQ(no_text.size(), 1u);
  EXPECT_EQ(no_text[0].evidence.text, "");
  EXPECT_TRUE(ExtractRelations(AnalyzedSentence{}, b.entities, Lex(), b.text, "a").empty());
}

TEST(Relations, LongSentenceStaysFast) {
  Built b;
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Russia and China oppose NATO and back Iran; ";
  Build(b, text + "it said.", {});
  const std::vector<std::pair<std::string, std::string>> names = {{"Russia", "country:RU"},
                                                                  {"China", "country:CN"},
                                                                  {"NATO", "alliance:nato"},
                                                                  {"Iran", "country:IR"}};
  for (std::size_t i = 0; i < b.sentence.tokens.size(); ++i)
    for (const auto& [name, id] : names)
      if (b.sentence.tokens[i].text == name)
        b.sentence.mentions.push_back({i, i + 1, EntityIndex(b, id), MentionForm::kName});
  const auto start = std::chrono::steady_clock::now();
  const auto rels = ExtractRelations(b.sentence, b.entities, Lex(), b.text, "a");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 300);
  const std::set<std::string> expected = {
      "country:RU opposes alliance:nato", "country:CN opposes alliance:nato",
      "country:RU supports country:IR", "country:CN supports country:IR"};
  EXPECT_EQ(Triples(rels), expected);
}

}  // namespace
}  // namespace kg
