// The entity stage on real news sentences, one rule per case. Resources come from
// the repository's data/ (KGRAPH_DATA_DIR is set by ctest).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "common/error.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/text.h"

namespace kg {
namespace {

const Resources& Res() {
  static const Resources res = Resources::Load({DefaultDataDir(), {}});
  return res;
}

ArticleExtraction ExtractText(const std::string& text, const Resources& res = Res()) {
  Article a;
  a.id = "t";
  a.text = text;
  return Extract(a, res, {});
}

std::set<std::string> Ids(const ArticleExtraction& x) {
  std::set<std::string> ids;
  for (const auto& e : x.entities) ids.insert(e.id);
  return ids;
}

std::set<std::string> Roles(const ArticleExtraction& x) {
  std::set<std::string> out;
  for (const auto& r : x.relations)
    if (r.type == RelationType::kOfficialOf) out.insert(r.source + " " + r.target + " " + r.role);
  return out;
}

std::set<std::string> CoMentionIds(const ArticleExtraction& x, const CoMentions& c) {
  std::set<std::string> ids;
  for (const std::size_t e : c.entities) ids.insert(x.entities.at(e).id);
  return ids;
}

struct Case {
  const char* rule;
  const char* text;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};

TEST(Entities, FindsWhatACarefulReaderWould) {
  const Case cases[] = {
      {"title cue",
       "Finnish Foreign Minister Elina Valtonen said on Tuesday that talks would go on.",
       {"person:elina-valtonen", "country:FI"},
       {"person:foreign-minister-elina-valtonen"}},
      {"title is not part of the name",
       "President Vladimir Putin spoke first.",
       {"person:vladimir-putin"},
       {"person:president-vladimir-putin"}},
      {"apposition",
       "Katrina Yu, a correspondent for Al Jazeera, reported from Beijing.",
       {"person:katrina-yu"},
       {"person:al-jazeera"}},
      {"verb of saying", "The talks were useful, Ondrej Kolar said.", {"person:ondrej-kolar"}, {}},
      {"possessive",
       "It marked 75 years since Mao Zedong's 1949 declaration.",
       {"person:mao-zedong"},
       {}},
      {"metonym", "Moscow rejected the proposal on Friday.", {"country:RU"}, {}},
      {"not a metonym: university",
       "She studied at Moscow State University for years.",
       {},
       {"country:RU"}},
      {"not a metonym: newspaper",
       "The Washington Post reported the story first.",
       {},
       {"country:US"}},
      {"not a metonym: event",
       "He opened the Beijing Winter Olympics on Friday.",
       {},
       {"country:CN"}},
      {"outlet byline",
       "By Kenya Daily Nation Reporter\n\nThe vote was delayed.",
       {},
       {"country:KE"}},
      {"region inside a name", "Protests spread in Inner Mongolia last week.", {}, {"country:MN"}},
      {"US state", "Voters in New Mexico went to the polls.", {}, {"country:MX"}},
      {"German name",
       "Russland und China unterzeichneten ein Abkommen.",
       {"country:RU", "country:CN"},
       {}},
      {"Russian name", "Россия и Китай подписали соглашение.", {"country:RU", "country:CN"}, {}},
      {"demonym", "Chinese support for the plan grew.", {"country:CN"}, {}},
      {"alliance",
       "NATO and the African Union issued statements.",
       {"alliance:nato", "alliance:african_union"},
       {}},
      {"national security council is not the UN's",
       "Russia's Security Council met on Monday.",
       {"country:RU"},
       {"alliance:unsc"}},
      {"UN Security Council", "The UN Security Council met on Monday.", {"alliance:unsc"}, {}},
      {"not people",
       "Officials in Abu Dhabi told Xinhua and CCTV about it.",
       {},
       {"person:abu-dhabi", "person:xinhua", "person:cctv"}},
      {"a director's title is not part of the name (titles.json profession)",
       "Tanjug quotes Belgrade airport General Director Ljubomir Acimovic as saying.\n"
       "Men 's singles , second round",
       {"person:ljubomir-acimovic"},
       {"person:director-ljubomir-acimovic", "person:men", "person:men-sam-an"}},
      {"given names of the Caucasus and Central Asia (hand given_names.json)",
       "The speaker of the Belarus parliament, Semyon Sharetsky, met rebel chief-of-staff "
       "Aslan Maskhadov.",
       {"person:semyon-sharetsky", "person:aslan-maskhadov"},
       {}},
      {"a state named like a person is no person (organizations.json not_people)",
       "The PAC contributed $172,750 to South Carolina Republican candidates.",
       {},
       {"person:carolina-republican"}},
      {"news agencies that \"said\" are no people (organizations.json)",
       "Moscow would respond, Tass said. Belgrade agreed, the agency Tanjug said.",
       {},
       {"person:tass", "person:tanjug"}},
      {"sentence-initial word", "However, Estonia disagreed.", {"country:EE"}, {"person:however"}},
      {"bare title", "The President said nothing.", {}, {"person:president"}},
      {"coordination keeps the type",
       "The minister thanked Joe Biden, Oghenekaro Etebo and "
       "Kofi Annan for coming.",
       {"person:oghenekaro-etebo"},
       {}},
      {"name with its country in parentheses",
       "5. Dionne Rose ( Jamaica ) 12.92",
       {"person:dionne-rose"},
       {}},
      {"institution named after a person",
       "He spoke at the Kofi Annan International "
       "Peacekeeping Training Centre.",
       {},
       {"person:kofi-annan"}},
      {"an administration is no person (english.json not_name_words)",
       "On May 5, Congressman John Conyers sent a letter to President Bush signed by 89 of his "
       "colleagues. No specific White House response to the letter has been made publicly. In "
       "response to the Bush Administration's refusal to answer the congressional delegation's "
       "questions, Conyers et. al have given serious consideration to sending a fact-finding "
       "mission to the UK.",
       {"person:john-conyers"},
       {"person:bush-administration"}},
      {"an office before a surname that is as often a given name",
       "WASHINGTON, March 19 - President Reagan accused the Soviet Union of exceeding the treaty.",
       {"person:ronald-reagan"},
       {"person:reagan"}},
      {"of the known people with one surname, the one whose country the article names",
       "Prime Minister Blair and Chancellor Brown agreed, Downing Street said in London, Britain.",
       {"person:tony-blair"},
       {"person:blair"}},
      {"a word the article writes before \"Inc\" is a company, though it \"said\"",
       "Texaco Inc said it would raise crude oil prices.\nThe increase takes effect today, "
       "Texaco said.",
       {},
       {"person:texaco"}},
      {"so is a name written before \"Corp\" that \"said\"",
       "MILWAUKEE, March 4 - Allis-Chalmers Corp said it asked lenders to approve a plan.\n\n"
       "Allis-Chalmers said it will exchange existing preferred stock for common.",
       {},
       {"person:allis-chalmers"}},
      {"an initial or a plural of capitals is no surname on its own",
       "There are serious loose ends in government spending, Mr Cable told MPs.\nYour star "
       "presenter Mr P. never knew such a silly fuss.",
       {"person:vince-cable"},
       {"person:mps", "person:p"}},
      {"a particle inside a name (english.json name_particles)",
       "Chakuamba denied ridiculing Malawi president Bingu wa Mutharika at a rally.",
       {"person:bingu-wa-mutharika"},
       {"person:bingu"}},
      {"a day after a name names no institution (english.json time_words)",
       "Opposition leader Nelson Chamisa Monday called for calm in Harare.",
       {"person:nelson-chamisa"},
       {}},
      {"the surname comes before a generational suffix (english.json name_suffixes)",
       "The plan was sound, Meese said on Tuesday.",
       {"person:edwin-meese-iii"},
       {"person:meese"}},
      {"an adverb opening a sentence is no part of the name after it",
       "Actually Frank Ford is a doctor of naturopathy, the report said.",
       {"person:frank-ford"},
       {"person:actually-frank-ford"}},
      {"a legislator's party and state is no person",
       "Subcommittee chairman John Dingell, D-Mich, said he did not understand why. T-Mobile "
       "said it agreed.",
       {"person:john-dingell"},
       {"person:d-mich", "person:mich", "person:t-mobile", "person:mobile"}},
      {"a known name written without its diacritics (people.json ASCII spellings)",
       "Brazil's President Luiz Inacio Lula da Silva met Wang Yi.",
       {"person:luiz-inacio-lula-da-silva"},
       {"person:luiz-inacio"}},
      {"a state's department names the state (english.json state_institutions)",
       "The U.S. Agriculture Department narrowed the price differential.",
       {"country:US"},
       {}},
      {"a title after a possessive pronoun, then a comma, is the name's in apposition",
       "Police beat Wang and his colleague, Chen Longde, and encouraged other inmates.",
       {"person:chen-longde"},
       {}},
      {"a name two states share is the first, or the one the article names otherwise "
       "(countries.json shared_names)",
       "Rwanda denies backing rebels in eastern Congo, Kinshasa said.",
       {"country:CD", "country:RW"},
       {"country:CG"}},
      {"... the Republic of the Congo with Brazzaville",
       "Officials in Brazzaville said Congo would hold elections.",
       {"country:CG"},
       {"country:CD"}},
      {"... and with neither, the first",
       "Congo beat Ghana, and Korea's exports rose.",
       {"country:CD", "country:KR"},
       {"country:CG", "country:KP"}},
      {"... Korea is North Korea when only Pyongyang is named",
       "Pyongyang said Korea would test missiles.",
       {"country:KP"},
       {"country:KR"}},
      {"an office of a body no entity names, then a comma, is the name's that closes the "
       "apposition",
       "Najib Mikati met the speaker of parliament, Nabih Berri, in Beirut, and the head of the "
       "UN nuclear watchdog, Rafael Grossi, said the chairman of the board, Apple, and the leader "
       "of the group, Hamas Politburo said no.",
       {"person:nabih-berri", "person:rafael-grossi"},
       {"person:apple", "person:hamas-politburo"}},
      {"... and the body in the title is no person listed beside the name",
       "The Mayor of Qara Tappah, Serwan Shokir, said the buses were carrying commuters.",
       {"person:serwan-shokir"},
       {"person:qara-tappah"}},
      {"a given name that is also a word never in a name starts one after a title",
       "Air France chairman Christian Blanc said no. Senator Bill Bradley agreed. The "
       "Christian Democrats won, and the bill passed.",
       {"person:christian-blanc", "person:bill-bradley"},
       {"person:blanc", "person:bradley", "person:christian-democrats"}},
      {"a firm's or a body's last word is never a name's (not_name_words)",
       "Forrester Research said sales rose, Bain Capital agreed, and Seagate Technology "
       "declined, as did Liberal Democrat Vince Cable.",
       {"person:vince-cable"},
       {"person:forrester-research", "person:bain-capital", "person:seagate-technology"}},
      {"a movement or party is no namesake's surname (organizations.json: Fatah, Hamas, Taliban)",
       "Mahmoud Abbas, leader of the opposition Fatah party, met Hamas and Taliban envoys.",
       {"person:mahmoud-abbas"},
       {"person:parviz-fatah", "person:fatah", "person:hamas", "person:taliban"}},
      {"a country's name glued to a dollar sign is a currency",
       "He agreed to pay back US$ 19 million to Canada.",
       {"country:CA"},
       {"country:US"}},
      {"a closed-class word opening a sentence is no part of a name (function_words)",
       "Condoleezza Rice flew to Baghdad. Following Rice's arrival, talks began. Should "
       "Musharraf resign, Besides Musharraf spoke.",
       {"person:condoleezza-rice"},
       {"person:following-rice", "person:should-musharraf", "person:besides-musharraf"}},
      {"a party before a name is no part of it (english.json affiliation_words)",
       "He said Liberal Bob Rae and Republican Fred Thompson met Tory David Heathcoat-Amory at "
       "the Republican National Committee.",
       {"person:bob-rae", "person:fred-thompson", "person:david-heathcoat-amory"},
       {"person:liberal-bob-rae", "person:republican-fred-thompson", "person:national-committee",
        "person:republican-national-committee"}},
      {"a title is no part of the name after it (titles.json: treasurer, councillor, ranks)",
       "Treasurer Phil Angelides said no, and Councillor Jackie Poplar agreed with Detective "
       "Superintendent Ken McKay. Monsignor Basil Georges Casmoussa prayed.",
       {"person:phil-angelides", "person:jackie-poplar", "person:ken-mckay",
        "person:basil-georges-casmoussa"},
       {"person:treasurer-phil-angelides", "person:councillor-jackie-poplar",
        "person:detective-superintendent-ken-mckay", "person:monsignor-basil-georges-casmoussa"}},
      {"a known surname that is also a word is no person after a word that is no given name "
       "(given_names.json word_surnames)",
       "Appalachian Power said rates rose, Barnett Banks agreed, and Samantha Power and Tony "
       "Banks objected.",
       {"person:samantha-power", "person:tony-banks"},
       {"person:appalachian-power", "person:barnett-banks"}},
      {"an elided particle is part of the name, a bank's name no person",
       "Former French president Valery Giscard d'Estaing spoke. Banca del Monte di Parma said "
       "it would lend, and Banque Nationale de Paris agreed.",
       {"person:valery-giscard-destaing"},
       {"person:valery-giscard", "person:monte-di-parma", "person:banca-del-monte-di-parma",
        "person:nationale-de-paris", "person:banque-nationale-de-paris"}},
      {"a title's capitalised word does not make running text a headline",
       "Britain's Prime Minister Alex Smith met Bertie Ahern.\nScotland's First Minister Alex "
       "Salmond met him.",
       {"person:alex-smith", "person:alex-salmond"},
       {"person:alex", "person:smith", "person:salmond"}},
      {"a headline's capitalised verb is no part of a name before it",
       "Russia Sanctions UK Officials\n\nMoscow said the measures were a response.",
       {"country:RU", "country:GB"},
       {}},
      {"a dateline is where the story was filed: no mention",
       "BAHRAIN, Oct 19 - Unidentified jets attacked three Iranian oil rigs.",
       {"country:IR"},
       {"country:BH"}},
      {"a dateline's town names no country that another language spells alike",
       "NORFOLK, Va., March 3 - Norfolk Southern Corp said profits rose.",
       {},
       {"country:NF"}},
      {"after a dateline, a company opening the sentence is no person",
       "MEMPHIS, Tenn., June 18 - National Commerce Bancorp said it agreed to buy a bank.",
       {},
       {"person:commerce-bancorp"}},
      {"a company opening a sentence is no person: a word that is never a name starts it",
       "National Commerce Bancorp said it agreed to buy a bank.",
       {},
       {"person:commerce-bancorp"}},
      {"but a given name may follow that word",
       "Councilor Jackie Poplar said the ordinance would stand.",
       {"person:jackie-poplar"},
       {}},
      {"French for El Salvador is one word of its English name, and names a town",
       "He flew to Salvador, Brazil.",
       {"country:BR"},
       {"country:SV"}},
      {"German for Iceland is an English word (english.json not_name_words)",
       "He sailed to the Island of Skye.",
       {},
       {"country:IS"}},
  };
  for (const Case& c : cases) {
    const auto ids = Ids(ExtractText(c.text));
    for (const auto& id : c.present) EXPECT_TRUE(ids.count(id)) << c.rule << ": missing " << id;
    for (const auto& id : c.absent) EXPECT_FALSE(ids.count(id)) << c.rule << ": unexpected " << id;
  }
}

// Of the known people with one surname and country, the one in office on the
// article's date; without a date, none of them. None whose public life began long
// after the article.
TEST(Entities, TheArticlesDateTellsOfficeHoldersWithOneSurnameApart) {
  auto ids = [](const std::string& date, const std::string& text) {
    Article a;
    a.id = "t";
    a.date = date;
    a.text = text;
    return Ids(Extract(a, Res(), {}));
  };
  const std::string president =
      "WASHINGTON - President Bush met reporters at the White House in the United States.";
  const std::string vice =
      "WASHINGTON - Vice President Bush met reporters at the White House in the United States.";
  EXPECT_TRUE(ids("2006-05-02", president).count("person:george-w-bush"));
  EXPECT_TRUE(ids("1987-03-04", vice).count("person:george-bush"));
  const auto undated = ids("", president);
  EXPECT_TRUE(undated.count("person:bush"));
  EXPECT_FALSE(undated.count("person:george-w-bush") || undated.count("person:george-bush"));
  // A lone surname is not that of someone whose public life began years after the
  // article (Jake Sullivan, national security adviser from 2021; Rahm Emanuel).
  const std::string judge = "A judgement from Mr Justice Sullivan is expected early in February.";
  EXPECT_FALSE(ids("2005-01-12", judge).count("person:jake-sullivan"));
  EXPECT_TRUE(ids("2023-01-12", judge).count("person:jake-sullivan"));
  const std::string debt = "The debt is 8.16 billion dollars, Emanuel said.";
  EXPECT_FALSE(ids("1987-03-13", debt).count("person:rahm-emanuel"));
}

// The surfaces of the person mentions of `text` (names, not pronouns or groups).
std::set<std::string> PersonSurfaces(const std::string& text) {
  const auto x = ExtractText(text);
  std::set<std::string> out;
  for (const auto& m : x.mentions)
    if (x.entities[m.entity].type == EntityType::kPerson && m.form != MentionForm::kPronoun &&
        m.form != MentionForm::kGroup)
      out.insert(text.substr(m.span.begin, m.span.size()));
  return out;
}

struct SpanCase {
  const char* rule;
  const char* text;
  std::vector<std::string> people;  // exact surfaces that must be person mentions
  std::vector<std::string> not_people;
};

// Wire copy: results tables, team sheets, headlines in capitals, names without a
// title. Each case fails without its rule.
TEST(Entities, FindsPeopleInWireCopyWithExactSpans) {
  const SpanCase cases[] = {
      {"demonym before a name",
       "Controversial Australian Anthony Hill called his opponent a cheat.",
       {"Anthony Hill"},
       {"Australian Anthony Hill"}},
      {"ALL-CAPS headline word names the article's person",
       "TENNIS - HENMAN WINS IN ROTTERDAM .\nTim Henman beat Marat Safin on Friday .",
       {"HENMAN", "Tim Henman"},
       {"ROTTERDAM", "WINS"}},
      {"ALL-CAPS headline words of one person are one mention",
       "BOXING - PANAMA 'S ROBERTO DURAN RETURNS .\nRoberto Duran , 45 , fights on Saturday .",
       {"ROBERTO DURAN"},
       {"ROBERTO", "DURAN"}},
      {"possessive in pre-tokenised text", "The senator was on Dole 's short list .", {"Dole"}, {}},
      {"the noun before the verb of saying is the speaker",
       "\" Prices fell early on , \" a Texas trader said . \" They are unharmed , \" a police "
       "official in Liege said .",
       {},
       {"Texas", "Liege"}},
      {"a country in parentheses, in a results line that looks like a headline",
       "Wayne Ferreira ( South Africa ) beat Jonas Bjorkman ( Sweden ) 6-4 6-1",
       {"Wayne Ferreira", "Jonas Bjorkman"},
       {}},
      {"scorer's minute in parentheses",
       "Scorers : Kazbek Tuaev ( 21st ) , Dan Petrescu ( 65th )",
       {"Kazbek Tuaev"},
       {}},
      {"a place name after a given name is a surname",
       "Anthony Washington ( U.S. ) won the discus .",
       {"Anthony Washington"},
       {"Washington"}},
      {"a name before & is a firm",
       "Analysts at A.G. Edwards & Sons said the deal was fair.",
       {},
       {"A.G. Edwards"}},
      {"a title ends an institution's name",
       "Corporate Affairs Minister Michael Howard said talks in Japan went well.",
       {"Michael Howard"},
       {}},
      {"a capitalised noun opens the sentence",
       "Striker Nicolas Anelka wants to leave Manchester City.",
       {"Nicolas Anelka"},
       {"Striker Nicolas Anelka"}},
      {"particle glued by a hyphen",
       "Sudan 's President Omar al-Bashir met rebel leader Abdel Wahid al-Nur.",
       {"Omar al-Bashir", "Abdel Wahid al-Nur"},
       {"Omar"}},
      {"East Asian given name with a hyphen",
       "North Korean Red Cross president Li Song-ho said the family was waiting.",
       {"Li Song-ho"},
       {"Li Song"}},
      {"regnal number",
       "Daughter of Henry VIII and his second wife Anne Boleyn, she was queen.",
       {"Henry VIII"},
       {}},
      {"hyphenated given name",
       "French cyclist Jean-Michel Monin finished third.",
       {"Jean-Michel Monin"},
       {"Michel Monin"}},
      {"numbered team sheet keeps the type",
       "Wales - 15 - Gareth Thomas , 14 - Dai Prydderch , 13 - Iolo Vaughan",
       {"Gareth Thomas", "Dai Prydderch", "Iolo Vaughan"},
       {}},
      {"a given name that is also a country's name in French",
       "Former goalkeeper Dominique Dropsy is to coach Nice, the club said.",
       {"Dominique Dropsy"},
       {}},
      {"quoted as saying",
       "The agency quoted Zhirayr Liparityan as saying the talks would go on .",
       {"Zhirayr Liparityan"},
       {}},
      {"the antecedent of who",
       "Duffy Waldorf , who also tied for second , carded a 70 .",
       {"Duffy Waldorf"},
       {}},
      {"... but not a band with its article",
       "The show featured the Beastie Boys , who entered the stage on a bus .",
       {},
       {"Beastie Boys"}},
      {"given names from many countries",
       "Nolan Henke fired a 62 on Thursday .",
       {"Nolan Henke"},
       {}},
      {"a country's name as the surname of the article's person",
       "Dublin-born director Neil Jordan opened his film in Venice . Jordan said it was about "
       "history .",
       {"Neil Jordan", "Jordan"},
       {}},
      {"... but not where it names the country",
       "Coach James Ireland picked the side . Ireland and Scotland players were rested .",
       {"James Ireland"},
       {"Ireland"}},
  };
  for (const SpanCase& c : cases) {
    const auto people = PersonSurfaces(c.text);
    for (const auto& p : c.people) EXPECT_TRUE(people.count(p)) << c.rule << ": missing " << p;
    for (const auto& p : c.not_people)
      EXPECT_FALSE(people.count(p)) << c.rule << ": unexpected " << p;
  }
}

TEST(Entities, ATitledLoneNameSpreadsToItsBareMentions) {
  // "Clinton" alone names several people of the dictionary: only the title makes it
  // a person, and then the bare mention before it too.
  const auto x = ExtractText(
      "Clinton would sign the bill on Monday, aides said.\n"
      "President Clinton flew to Chicago to campaign.");
  std::size_t mentions = 0;
  for (const auto& e : x.entities)
    if (e.type == EntityType::kPerson && e.label == "Clinton") mentions = e.mentions;
  EXPECT_EQ(mentions, 2u);
}

TEST(Entities, ResolvesLaterShortFormsToTheFullName) {
  const auto x = ExtractText(
      "Russian President Vladimir Putin met his Chinese counterpart Xi Jinping in Beijing.\n"
      "Mr Putin praised the talks. Putin said ties were strong.\n"
      "President Xi agreed, and Jinping thanked his guest.");
  const auto ids = Ids(x);
  EXPECT_TRUE(ids.count("person:vladimir-putin"));
  EXPECT_TRUE(ids.count("person:xi-jinping"));
  EXPECT_FALSE(ids.count("person:putin"));
  EXPECT_FALSE(ids.count("person:jinping"));
  for (const auto& e : x.entities) {
    if (e.id == "person:vladimir-putin") {
      EXPECT_EQ(e.mentions, 3u);
      EXPECT_TRUE(std::count(e.aliases.begin(), e.aliases.end(), "Putin"));
    } else if (e.id == "person:xi-jinping") {
      EXPECT_EQ(e.mentions, 3u);
    }
  }
}

// A known person named by an alias: its surname resolves too ("Volodymyr Zelenskyy" is an
// alias of Volodymyr Zelensky; the bare "Zelenskyy" is his).
TEST(Entities, ResolvesTheSurnameOfTheSpellingTheArticleUses) {
  const auto x = ExtractText(
      "Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Warsaw. "
      "Zelenskyy thanked Duda for the support.");
  for (const auto& e : x.entities)
    if (e.id == "person:volodymyr-zelensky") {
      EXPECT_EQ(e.mentions, 2u);
      return;
    }
  ADD_FAILURE() << "no person:volodymyr-zelensky";
}

TEST(Entities, KeepsTwoPeopleWithOneSurnameApart) {
  const auto ids = Ids(ExtractText("US President Joe Biden defended his son Hunter Biden on Sunday."));
  EXPECT_TRUE(ids.count("person:joe-biden"));
  EXPECT_TRUE(ids.count("person:hunter-biden"));
}

TEST(Entities, ResolvesDescriptorsAndGroups) {
  const auto x = ExtractText(
      "NATO leaders met in Vilnius. Sweden hopes to join the defence alliance soon.");
  std::size_t nato = 0;
  for (const auto& e : x.entities)
    if (e.id == "alliance:nato") nato = e.mentions;
  EXPECT_EQ(nato, 2u);
}

// "she" and "her" refer to the last person named who is not known to be a man, "he" and
// "his" to the last not known to be a woman: a given name of one sex
// (given_names.json female/male) or a title ("Mrs", "Queen"; english.json female_words).
TEST(Entities, PronounsAgreeWithThePersonsSex) {
  const auto x = ExtractText(
      "Margaret Thatcher left Bonn after talks with Chancellor Helmut Kohl ahead of her visit "
      "to Moscow. She criticized France. He praised Italy. Mrs Jones met Bill Smith. She "
      "thanked him.");
  std::vector<std::string> pronouns;
  for (const auto& m : x.mentions)
    if (m.form == MentionForm::kPronoun) pronouns.push_back(x.entities.at(m.entity).id);
  EXPECT_EQ(pronouns, (std::vector<std::string>{"person:margaret-thatcher", "person:helmut-kohl",
                                                "person:jones"}));
  std::set<std::string> typed;
  for (const auto& r : x.relations)
    if (r.type != RelationType::kOfficialOf)
      typed.insert(r.source + " " + std::string(ToString(r.type)) + " " + r.target);
  EXPECT_TRUE(typed.count("person:margaret-thatcher visits country:RU"));
  EXPECT_TRUE(typed.count("person:margaret-thatcher criticizes country:FR"));
  EXPECT_TRUE(typed.count("person:helmut-kohl supports country:IT"));
  EXPECT_FALSE(typed.count("person:helmut-kohl visits country:RU"));
}

// A pronoun opening a sentence is most often its subject, and refers to the last
// sentence's first person (its subject in news), not to whoever was named last; inside a
// sentence the last person named it is.
TEST(Entities, APronounOpeningASentenceIsTheLastSubject) {
  const auto x = ExtractText(
      "Later, Friedrich Merz met Secretary of State Marco Rubio. He criticized China, and Joe "
      "Biden met Olaf Scholz, who said he would go.");
  std::vector<std::string> pronouns;
  for (const auto& m : x.mentions)
    if (m.form == MentionForm::kPronoun) pronouns.push_back(x.entities.at(m.entity).id);
  EXPECT_EQ(pronouns, (std::vector<std::string>{"person:friedrich-merz", "person:olaf-scholz"}));
}

// Lower-case words are passed over by one filter test unless they may start
// something: the filter must hold every start that the lexicon has, and the
// candidates that start in lower case must still be found.
TEST(Entities, LowerCaseStartsPassTheFilter) {
  const Lexicon& lex = Res().lexicon();
  for (const char* word : {"he", "she", "both", "the", "president", "presidents", "minister",
                           "ministers", "de", "al", "bin", "van"}) {
    std::string arena;
    const std::string w = word;
    const Token t = Tokenize(w, {0, w.size()}, arena).at(0);
    const std::vector<LexEntry>* entries = nullptr;
    const bool starts = lex.names.Match({t}, 0, &entries) || lex.title_cues.MayMatch(t) ||
                        lex.groups.Match({t}, 0, &entries) || lex.pronouns.Contains(t);
    if (starts) {
      EXPECT_TRUE(lex.lowercase_starts.MayContain(t.lower_hash)) << word;
    }
  }
  // And it does filter: most lower-case words of running text start nothing.
  const std::string text =
      "The alliance said on Tuesday that it would send more troops to the region after talks "
      "with the government, which has asked for help against the rebels in the north.";
  std::string arena;
  std::size_t lower = 0, passed = 0;
  for (const Token& t : Tokenize(text, {0, text.size()}, arena)) {
    if (!t.Is(kWord) || t.Is(kCapitalized)) continue;
    ++lower;
    passed += lex.lowercase_starts.MayContain(t.lower_hash);
  }
  EXPECT_GT(lower, 20u);
  EXPECT_LT(passed * 3, lower) << passed << " of " << lower;
  const auto x = ExtractText(
      "Joe Biden met Vladimir Putin in Geneva. Afterwards the two leaders spoke, and he said "
      "the two countries would talk again, according to foreign minister Sergei Lavrov.");
  std::size_t biden = 0, putin = 0;
  for (const auto& m : x.mentions) {
    if (m.form == MentionForm::kPronoun) ++biden;  // "he": the last person named
    if (m.form == MentionForm::kGroup) ++putin;
  }
  EXPECT_GE(biden, 1u) << "pronoun";
  EXPECT_GE(putin, 2u) << "the two leaders, the two countries";
  EXPECT_TRUE(Roles(x).count("person:sergey-lavrov country:RU foreign minister")) << "lower-case title";
}

// official_of from titles, one rule per case: `present` are roles read
// ("person:x country:Y role"), and no role read contains any of `absent`.
TEST(Entities, ReadsRolesFromTitles) {
  const Case cases[] = {
      {"country before the title, possessor's country, counterpart, \"of COUNTRY\" after the name",
       "Russian President Vladimir Putin met his Chinese counterpart Xi Jinping.\n"
       "Chinese foreign minister Wang Yi told US secretary of state Antony Blinken that talks must "
       "go on.\n"
       "Present were Putin's recently appointed defence minister Andrei Belousov and Kremlin "
       "foreign policy adviser Yuri Ushakov.\n"
       "Presidents Xi Jinping of China and Vladimir Putin of Russia signed it.",
       {"person:vladimir-putin country:RU president", "person:xi-jinping country:CN president",
        "person:wang-yi country:CN foreign minister",
        "person:antony-blinken country:US secretary of state",
        "person:andrei-belousov country:RU defense minister",
        "person:yuri-ushakov country:RU foreign policy adviser"},
       {"person:xi-jinping country:RU"}},
      // A bare title is a known person's own country's office, not that of the last
      // title before it; for a person the dictionary does not know, the list of role
      // holders it continues decides.
      {"a bare title is the holder's country's, then the list's",
       "Canadian Prime Minister Stephen Harper met with President George W. Bush at the White "
       "House.\n"
       "Russian Foreign Minister Sergei Lavrov and Deputy Foreign Minister Ivan Petrovsky met "
       "them.",
       {"person:stephen-harper country:CA prime minister",
        "person:george-w-bush country:US president",
        "person:ivan-petrovsky country:RU deputy foreign minister"},
       {"person:george-w-bush country:CA"}},
      {"a counterpart holds the office the article gave the person before, a relative none",
       "Russia's Foreign Minister Sergei Lavrov spoke on Tuesday.\nLavrov made the remarks after "
       "talks with his Turkish counterpart Hakan Fidan.\nFrench President Valery Giscard "
       "d'Estaing and his wife Anne-Aymone were there.",
       {"person:hakan-fidan country:TR foreign minister",
        "person:valery-giscard-destaing country:FR president"},
       {"person:anne-aymone country:FR"}},
      {"a rank or an honorific after an office keeps the office (not a relative)",
       "Pakistan's army chief General Asim Munir met Dong Jun.\nUAE Foreign Minister Sheikh "
       "Abdullah bin Zayed spoke.\nChancellor Gordon Brown's minister father John preached.",
       {"person:asim-munir country:PK army chief",
        "person:abdullah-bin-zayed-al-nahyan country:AE foreign minister"},
       {"person:john country:GB"}},
      {"an international organisation's office is not a list's country's (international_roles)",
       "The agreement signed by Cameroon's President Paul Biya was the outcome of a commission "
       "set up by Secretary-General Kofi Annan.",
       {"person:paul-biya country:CM president"},
       {"person:kofi-annan country:CM"}},
      {"treasurers, councillors and police ranks are titles, not parts of names",
       "Australian Treasurer Wayne Swan said no, and Councillor Jackie Poplar agreed with "
       "Detective Superintendent Ken McKay.",
       {"person:wayne-swan country:AU treasurer"},
       {}},
      {"a bloc's own office is no country's, not even its holder's (alliance_roles, EU aliases)",
       "European Commission President Ursula von der Leyen met Mark Carney. The President of the "
       "European Commission, José Manuel Durão Barroso, said no.",
       {},
       {"person:ursula-von-der-leyen country:DE", "person:jose-manuel-durao-barroso country:PT"}},
      {"... and the office in it: \"his attorney-general, Menachem Mazuz,\"",
       "Israel's President Moshe Katsav has been advised by his attorney-general, Menachem "
       "Mazuz, to step down.",
       {"person:menachem-mazuz country:IL attorney general"},
       {}},
      {"a first minister is an office",
       "Scotland's First Minister Alex Salmond met Bertie Ahern.",
       {"person:alex-salmond country:GB first minister"},
       {}},
      {"a plural title heads a list of names, not every name after it",
       "Two top U.S. officials say that Guy Philippe was once recruited to be an informant.\n"
       "Senators Joseph Biden (D-DE) and Christopher Dodd (D-CT) blocked the vote.",
       {"person:joe-biden country:US senator", "person:christopher-dodd country:US senator"},
       {"person:guy-philippe"}},
      // The country after an appositive title when it ends the phrase; after a
      // conjunction the title is the next name's; "TITLE of COUNTRY, NAME" when the name
      // closes the apposition or the title opens the sentence.
      {"\"NAME, the TITLE of COUNTRY\" and \"the TITLE of COUNTRY, NAME,\"",
       "Alvaro Colom, the President of Guatemala, met George W. Bush.\n"
       "Ng Siew Kee, the chairman of Malaysia's Cocoa Growers' Council, said sales fell.\n"
       "After a meeting in Bari, the President of Russia, Vladimir Putin, and the Prime Minister "
       "of Italy, Romano Prodi, gave a press conference.\n"
       "The Foreign Minister of Sri Lanka, Lakshman Kadirgamar, was shot at his home.\n"
       "On a similar note, in a meeting with the parliament speaker of Morocco, Rafsanjani said "
       "problems need convergence.",
       {"person:alvaro-colom country:GT president", "person:vladimir-putin country:RU president",
        "person:romano-prodi country:IT prime minister",
        "person:lakshman-kadirgamar country:LK foreign minister"},
       {"person:ng-siew-kee", "person:vladimir-putin country:RU prime minister",
        "person:vladimir-putin country:IT", "country:MA"}},
      // Lower-case modifiers may stand between a country and its title, and a
      // coordination of them; a word that ends a phrase (english.json phrase_breaks) may not.
      {"a country before a title, but not across a word that ends the phrase",
       "South Africa's chief debt negotiator Chris Stals signed the agreement.\n"
       "Ecuador will use a pipeline link with Colombia, Colombian mines and energy minister "
       "Guillermo Perry said.\n"
       "The guidelines will be explained to the U.S. this week when Finance Minister Kiichi "
       "Miyazawa visits Washington.\n"
       "British officials said King Fahd may ask Britain to restore relations with Syria.",
       {"person:chris-stals country:ZA negotiator",
        "person:guillermo-perry country:CO energy minister",
        "person:kiichi-miyazawa country:JP finance minister"},
       {"person:kiichi-miyazawa country:US", "person:fahd country:GB"}},
      {"\"COUNTRY's TITLE, NAME,\" when the name closes the apposition",
       "Fiji's Foreign Minister, Kaliopate Tavola, said the letter was final.\n"
       "After meeting Nigeria's president, Ngozi Okafor said he was pleased.",
       {"person:kaliopate-tavola country:FJ foreign minister"},
       {"person:ngozi-okafor"}},
      {"an alliance's office, also when the alliance is the title's possessor",
       "The EU's foreign policy chief Josep Borrell criticized China.",
       {},
       {"person:josep-borrell country:"}},
      {"\"TITLE of the COUNTRY (state noun), NAME,\"; not a company named after a country",
       "The Vice Speaker of the Georgian Parliament, Gigi Tsereteli, warned the areas.\n"
       "Nabih Berri, Speaker of the Lebanese Parliament, delayed the vote.\n"
       "Bi Yueran, managing director of China State Shipbuilding Corp, told the newspaper.\n"
       "Menzies Campbell, leader of the United Kingdom 's Liberal Democrat party, resigned.",
       {"person:gigi-tsereteli country:GE speaker", "person:nabih-berri country:LB speaker"},
       {"person:bi-yueran", "person:menzies-campbell"}},
      {"nor to a title an unknown acronym owns",
       "The treaty was signed by Sudanese Vice President Ali Osman Taha and NDA leader "
       "Mohammed Osman al-Mirghani.",
       {"person:ali-osman-taha country:SD vice president"},
       {"person:mohammed-osman-al-mirghani"}},
      {"a list's country is not carried across another country",
       "President Joe Biden announced sanctions against Russia over the death of opposition "
       "leader Ivan Petrovsky.",
       {"person:joe-biden country:US president"},
       {"person:ivan-petrovsky"}},
  };
  for (const Case& c : cases) {
    const auto roles = Roles(ExtractText(c.text));
    for (const auto& r : c.present) EXPECT_TRUE(roles.count(r)) << c.rule << ": missing " << r;
    for (const auto& r : roles)
      for (const auto& a : c.absent)
        EXPECT_EQ(r.find(a), std::string::npos) << c.rule << ": unexpected " << r;
  }
}

// An office an alliance names is the alliance's, not the holder's country's, nor the
// country of the title before it in a list; a country's envoy at an alliance is still
// that country's official (data/english.json "representative_roles").
TEST(Entities, AnAllianceOfficeIsNoCountrysRole) {
  auto roles_of = [](const std::string& text, const std::string& person) {
    std::set<std::string> out;
    for (const std::string& r : Roles(ExtractText(text)))
      if (r.rfind(person + " ", 0) == 0) out.insert(r);
    return out;
  };
  using Set = std::set<std::string>;
  EXPECT_EQ(roles_of("Romano Prodi, former European Union Commission President, was quick to "
                     "criticize the term.", "person:romano-prodi"), Set{});
  EXPECT_EQ(roles_of("Also due to attend are US Secretary of State Condoleezza Rice, UN Secretary "
                     "General Kofi Annan and World Bank officials.", "person:kofi-annan"), Set{});
  EXPECT_EQ(roles_of("Argentine President Raul Alfonsin met International Monetary Fund Managing "
                     "Director Michel Camdessus.", "person:michel-camdessus"), Set{});
  EXPECT_EQ(roles_of("In a letter published today, Syrian U.N. charge d'affaires Abdul Mou'men "
                     "Al-Atassi said the measures threaten peace.", "person:abdul-moumen-al-atassi"),
            Set{"person:abdul-moumen-al-atassi country:SY chargé d'affaires"});
  EXPECT_EQ(roles_of("U.N. Ambassador Nouhad Mahmoud of Lebanon said the talks failed.",
                     "person:nouhad-mahmoud"),
            Set{"person:nouhad-mahmoud country:LB ambassador"});
  EXPECT_EQ(roles_of("U.N. Ambassador John Bolton said the vote would go ahead.",
                     "person:john-bolton"),
            Set{"person:john-bolton country:US ambassador"});
}

TEST(Entities, SkipsBoilerplate) {
  const auto x = ExtractText(
      "Estonia and Latvia signed the deal.\n"
      "Leave a Reply\n"
      "Your email address will not be published. Required fields are marked *\n"
      "#PhotoOfTheDay\n"
      "Top stories\n"
      "Authorities in Azerbaijan said 192 troops were killed.\n");
  const auto ids = Ids(x);
  EXPECT_TRUE(ids.count("country:EE"));
  EXPECT_FALSE(ids.count("country:AZ"));
  EXPECT_GE(x.stats.boilerplate_lines, 4u);
}

TEST(Entities, UserDictionaryTeachesNewActors) {
  const auto dir = std::filesystem::temp_directory_path() / "kg_user_dict_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "dict.json").string();
  std::ofstream(path) << R"({"version": 1,
    "people": [{"name": "Zorblat Quux", "aliases": ["Z. Quux"], "country": "EE"}],
    "alliances": [{"id": "baltic-pact", "label": "Baltic Pact", "aliases": [], "members": ["EE", "LV"]}],
    "not_people": ["Green Door"]})";
  const Resources res = Resources::Load({DefaultDataDir(), {path}});
  const auto ids = Ids(ExtractText("Zorblat Quux praised the Baltic Pact at the Green Door.", res));
  EXPECT_TRUE(ids.count("person:zorblat-quux"));
  EXPECT_TRUE(ids.count("alliance:baltic-pact"));
  EXPECT_FALSE(ids.count("person:green-door"));

  std::ofstream(path) << R"({"version": 1, "people": [ {"name": "X"} )";
  try {
    Resources::Load({DefaultDataDir(), {path}});
    FAIL() << "a malformed dictionary must not load";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("offset"), std::string::npos);
  }
  // Parsed in place, up to a NUL: one inside the file is an error, not the file's end.
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << R"({"version": 1, "people": []})" << '\0' << "garbage";
  }
  try {
    Resources::Load({DefaultDataDir(), {path}});
    FAIL() << "a dictionary with a NUL byte must not load";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("offset 28: NUL byte"), std::string::npos) << e.what();
  }
  std::filesystem::remove_all(dir);
}

// On two threads people.json is parsed and its first half spelled beside the other
// files, the second half on the calling thread: the same people, in the same order,
// as on one.
TEST(Entities, LoadingOnTwoThreadsGivesTheSamePeople) {
  const Resources two = Resources::Load({DefaultDataDir(), {}, 2});
  const auto& a = Res().lexicon().people;
  const auto& b = two.lexicon().people;
  ASSERT_EQ(a.size(), b.size());
  ASSERT_GT(a.size(), 1000u);
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].name, b[i].name) << i;
    EXPECT_EQ(a[i].entity_id, b[i].entity_id) << a[i].name;
    EXPECT_EQ(a[i].parts.canonical_surname, b[i].parts.canonical_surname) << a[i].name;
    EXPECT_EQ(a[i].roles.size(), b[i].roles.size()) << a[i].name;
  }
  const std::string text = "Russian Foreign Minister Sergey Lavrov met Xi Jinping in Beijing.";
  EXPECT_EQ(Ids(ExtractText(text, two)), Ids(ExtractText(text)));
}

// A dictionary given as a pipe (`--dict <(jq ... dict.json)`) has no size to read it by.
TEST(Entities, UserDictionaryCanBeAPipe) {
  const auto dir = std::filesystem::temp_directory_path() / "kg_user_dict_pipe_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "dict.fifo").string();
  std::filesystem::remove(path);
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  std::thread writer([&] {
    std::ofstream(path) << R"({"version": 1, "people": [{"name": "Zorblat Quux", "country": "EE"}]})";
  });
  const Resources res = Resources::Load({DefaultDataDir(), {path}});
  writer.join();
  EXPECT_TRUE(Ids(ExtractText("Zorblat Quux spoke.", res)).count("person:zorblat-quux"));
  std::filesystem::remove_all(dir);
}

// An article longer than the resolution window (512 KB) is resolved window by
// window; people and roles in a later window are found like in the first (its
// sentences were once looked up by their index in the article: a crash).
TEST(Entities, AnArticleLongerThanAWindowKeepsItsPeople) {
  std::string text;
  const std::string filler = "The talks in Geneva went on into the night, officials said. ";
  while (text.size() < 600 * 1024) text += filler;
  text += "Russian Foreign Minister Sergey Lavrov said the talks were useful. ";
  text += "Lavrov met Chinese President Xi Jinping later. ";
  const auto x = ExtractText(text);
  std::size_t lavrov = 0, xi = 0;
  for (const auto& m : x.mentions) {
    const std::string& id = x.entities[m.entity].id;
    lavrov += id == "person:sergey-lavrov";
    xi += id == "person:xi-jinping";
    EXPECT_LE(m.span.end, text.size());
  }
  EXPECT_EQ(lavrov, 2u);
  EXPECT_EQ(xi, 1u);
  EXPECT_TRUE(Roles(x).count("person:sergey-lavrov country:RU foreign minister"));
  // Co-mentions of a later window name the article's entities, not the window's.
  ASSERT_FALSE(x.co_mentions.empty());
  const CoMentions& last = x.co_mentions.back();
  EXPECT_EQ(last.evidence.text, "Lavrov met Chinese President Xi Jinping later.");
  EXPECT_EQ(CoMentionIds(x, last),
            (std::set<std::string>{"country:CN", "person:sergey-lavrov", "person:xi-jinping"}));
}

// A sentence that lists many entities (a team sheet, signatories, a results table) says
// nothing of any two of them: no co-mentions, though its mentions stay. A sentence of
// a few names keeps its pairs.
TEST(Entities, AListSentenceMakesNoCoMentions) {
  const auto x = ExtractText(
      "The countries to receive debt cancellation are Benin, Bolivia, Burkina Faso, Ethiopia, "
      "Ghana, Guyana, Honduras, Madagascar, Mali, Mauritania, Mozambique, Nicaragua, Niger, "
      "Rwanda, Senegal, Tanzania and Uganda.\nBenin and Ghana welcomed the decision.");
  EXPECT_EQ(Ids(x).size(), 17u);
  ASSERT_EQ(x.co_mentions.size(), 1u);
  EXPECT_EQ(CoMentionIds(x, x.co_mentions[0]), (std::set<std::string>{"country:BJ", "country:GH"}));
}

// ExtractInParts hands over one window at a time; each part stands alone (its indices
// are its own) and the parts in order are Extract's result.
TEST(Entities, PartsOfALongArticleStandAloneAndAddUpToTheWhole) {
  Article a;
  a.id = "long";
  const std::string filler = "The talks in Geneva went on into the night, officials said. ";
  for (int i = 0; a.text.size() < 1100 * 1024; ++i) {
    a.text += filler;
    if (i % 1000 == 0) a.text += "Russian Foreign Minister Sergey Lavrov met Xi Jinping. Lavrov left. ";
  }
  const ArticleExtraction whole = Extract(a, Res(), {});
  std::vector<std::pair<std::string, std::size_t>> whole_mentions, part_mentions;
  for (const auto& m : whole.mentions) whole_mentions.emplace_back(whole.entities[m.entity].id, m.span.begin);
  std::size_t parts = 0, sentences = 0, co_mentions = 0, relations = 0;
  ExtractInParts(a, Res(), {}, [&](ArticleExtraction&& part) {
    ++parts;
    EXPECT_EQ(part.article_id, "long");
    EXPECT_EQ(part.stats.sentences, part.sentences.size());
    sentences += part.sentences.size();
    relations += part.relations.size();
    co_mentions += part.co_mentions.size();
    for (const auto& m : part.mentions) {
      ASSERT_LT(m.entity, part.entities.size());
      ASSERT_LT(m.sentence, part.sentences.size());
      const Span s = part.sentences[m.sentence].span;
      EXPECT_TRUE(s.begin <= m.span.begin && m.span.end <= s.end);
      part_mentions.emplace_back(part.entities[m.entity].id, m.span.begin);
    }
    for (const auto& c : part.co_mentions)
      for (const auto e : c.entities) EXPECT_LT(e, part.entities.size());
  });
  EXPECT_EQ(parts, 3u);
  EXPECT_EQ(sentences, whole.sentences.size());
  EXPECT_EQ(relations, whole.relations.size());
  EXPECT_EQ(co_mentions, whole.co_mentions.size());
  EXPECT_EQ(part_mentions, whole_mentions);
  EXPECT_GT(whole_mentions.size(), 50u);
  EXPECT_TRUE(SpansWindows(a));
  a.text.resize(100 * 1024);
  EXPECT_FALSE(SpansWindows(a));
}

// One entry per sentence that names two or more entities, holding them once with the
// sentence: not one relation (and one copy of the sentence) per pair.
TEST(Entities, HoldsEachSentencesCoMentionsOnce) {
  const std::string text =
      "France, Germany, Italy and Spain backed the plan. Poland did not. "
      "Poland and France talked again on Friday.";
  const auto x = ExtractText(text);
  ASSERT_EQ(x.co_mentions.size(), 2u);
  EXPECT_EQ(CoMentionIds(x, x.co_mentions[0]),
            (std::set<std::string>{"country:DE", "country:ES", "country:FR", "country:IT"}));
  EXPECT_EQ(CoMentionIds(x, x.co_mentions[1]), (std::set<std::string>{"country:FR", "country:PL"}));
  for (const CoMentions& c : x.co_mentions) {
    EXPECT_TRUE(std::is_sorted(c.entities.begin(), c.entities.end()));
    EXPECT_EQ(std::adjacent_find(c.entities.begin(), c.entities.end()), c.entities.end());
    EXPECT_EQ(c.evidence.article_id, "t");
    EXPECT_EQ(c.evidence.text, text.substr(c.evidence.span.begin, c.evidence.span.size()));
  }
  EXPECT_EQ(x.co_mentions[0].evidence.text, "France, Germany, Italy and Spain backed the plan.");
  for (const auto& r : x.relations) EXPECT_NE(r.type, RelationType::kCoMention);
  ExtractOptions none;
  none.co_mentions = false;
  Article a;
  a.id = "t";
  a.text = text;
  EXPECT_TRUE(Extract(a, Res(), none).co_mentions.empty());
}

// Everything an extraction says, as text, to compare two extractions whole.
std::string Describe(const ArticleExtraction& x) {
  std::ostringstream out;
  for (const auto& e : x.entities) {
    out << "entity " << e.id << " | " << e.label << " | " << e.mentions << " |";
    for (const auto& a : e.aliases) out << ' ' << a;
    out << '\n';
  }
  for (const auto& m : x.mentions)
    out << "mention " << m.span.begin << '-' << m.span.end << ' ' << ToString(m.form) << ' '
        << m.entity << ' ' << m.sentence << '\n';
  for (const auto& r : x.relations)
    out << "relation " << r.source << ' ' << ToString(r.type) << ' ' << r.target << " (" << r.role
        << ") " << r.evidence.span.begin << '-' << r.evidence.span.end << '\n';
  for (const auto& c : x.co_mentions) {
    out << "co_mention";
    for (std::size_t e : c.entities) out << ' ' << e;
    out << ' ' << c.evidence.span.begin << '-' << c.evidence.span.end << '\n';
  }
  for (const auto& s : x.sentences) out << "sentence " << s.span.begin << '-' << s.span.end << '\n';
  return out.str();
}

// A thread reuses its sentences' buffers from article to article (and gives back what
// a window of many or long sentences grew): what it extracted before never shows in
// what it extracts next.
TEST(Entities, AnArticleIsExtractedTheSameWhateverTheThreadExtractedBefore) {
  std::ifstream in("samples/000_e3929796acbe94ff.txt");
  std::ostringstream text;
  text << in.rdbuf();
  Article sample;
  sample.id = "sample";
  sample.text = text.str();
  ASSERT_GT(sample.text.size(), 1000u);
  // Before it: 300 short sentences full of names, then sentences of 3 KB and more.
  Article before;
  before.id = "before";
  for (int i = 0; i < 300; ++i)
    before.text += "President Vladimir Putin met Chancellor Olaf Scholz in Berlin, and NATO "
                   "said France and Germany back Ukraine. ";
  before.text += "\n";
  for (int i = 0; i < 3; ++i) {
    for (int w = 0; w < 400; ++w) before.text += w % 50 == 0 ? "Emmanuel Macron " : "and then ";
    before.text += "said Angela Merkel.\n";
  }
  std::string fresh, after;
  std::thread([&] { fresh = Describe(Extract(sample, Res(), {})); }).join();
  std::thread([&] {
    EXPECT_GT(Extract(before, Res(), {}).mentions.size(), 1000u);
    after = Describe(Extract(sample, Res(), {}));
  }).join();
  EXPECT_NE(fresh.find("mention "), std::string::npos);
  EXPECT_EQ(fresh, after);
}

TEST(Entities, OffsetsPointIntoTheOriginalText) {
  const std::string text = "“Moscow’s position,” said Kaja Kallas, “is clear.”";
  const auto x = ExtractText(text);
  ASSERT_FALSE(x.mentions.empty());
  for (const auto& m : x.mentions) {
    const std::string surface = text.substr(m.span.begin, m.span.size());
    const auto& e = x.entities[m.entity];
    EXPECT_TRUE(std::count(e.aliases.begin(), e.aliases.end(), surface)) << surface;
  }
}

}  // namespace
}  // namespace kg
