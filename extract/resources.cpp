// Loads every lexicon into one Lexicon. Country names come from three layers, in
// rising priority: Debian's iso-codes (ISO 3166-1/3), ICU's CLDR display names in
// major languages, and data/countries.json (short forms, demonyms, metonyms). A name
// that two different countries claim on the same layer is dropped as ambiguous
// ("Congo", "Korea") unless a higher layer decides it.
#include "extract/resources.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <exception>
#include <future>
#include <iterator>
#include <map>
#include <set>
#include <unordered_set>

#include "common/error.h"
#include "extract/json_file.h"
#include "extract/lexicon.h"
#include "extract/names.h"
#include "extract/relation_lexicon.h"

#ifndef KG_DATA_DIR
#define KG_DATA_DIR "data"
#endif

namespace kg {
namespace {

namespace fs = std::filesystem;

constexpr const char* kIsoCodesDir = "/usr/share/iso-codes/json";
// CLDR languages whose country names resolve ("Russland", "Chine", "Россия").
constexpr const char* kCldrLanguages[] = {"en", "de", "fr", "es", "it", "pt", "ru",
                                          "uk", "zh", "ja", "ar", "tr", "pl", "nl"};

// Country names collected before they go into the phrase table: name -> iso per
// priority layer, so that same-layer clashes can be dropped.
struct NameVotes {
  std::map<std::string, std::map<int, std::set<std::pair<std::string, MentionForm>>>> votes;
  void Add(const std::string& name, const std::string& iso, int layer, MentionForm form) {
    if (name.size() < 2) return;
    votes[name][layer].insert({iso, form});
  }
};

std::string Require(const std::string& data_dir, const char* file) {
  const std::string path = (fs::path(data_dir) / file).string();
  if (!fs::exists(path)) throw Error(path, "missing lexicon file (is --data-dir right?)");
  return path;
}

std::size_t CountryIndex(Lexicon& lex, std::map<std::string, std::size_t>& by_iso,
                         const std::string& iso, const std::string& label) {
  auto [it, inserted] = by_iso.try_emplace(iso, lex.countries.size());
  if (inserted) lex.countries.push_back({iso, label});
  else if (!label.empty()) lex.countries[it->second].label = label;
  return it->second;
}

void LoadIsoCodes(Lexicon& lex, std::map<std::string, std::size_t>& by_iso, NameVotes& names) {
  const std::string path = std::string(kIsoCodesDir) + "/iso_3166-1.json";
  const JsonFile file = ReadJsonFile(path);
  const rapidjson::Value& doc = file.doc;
  const rapidjson::Value* list = GetArray(doc, "3166-1", path);
  if (!list) throw Error(path, "missing \"3166-1\" array");
  for (const auto& c : list->GetArray()) {
    const std::string iso = GetString(c, "alpha_2", path, true);
    CountryIndex(lex, by_iso, iso, "");
    for (const char* key : {"name", "official_name", "common_name"}) {
      const std::string name = GetString(c, key, path);
      if (!name.empty() && name.find(',') == std::string::npos) names.Add(name, iso, 0, MentionForm::kName);
    }
  }
}

// Whether another language's name for a country may stand for it in English text. Not
// when it is one word of the English name ("Norfolk" for Norfolk Island in Dutch and
// Polish, "Salvador" in French), which English text uses for other places ("NORFOLK,
// Va.", "Salvador, Brazil"); nor when English capitalises it in other names ("Island",
// German for Iceland: "Long Island"; data/english.json not_name_words). An English
// name with a qualifier ("Myanmar (Burma)", "Congo - Brazzaville") is not compared.
bool ForeignNameFits(const Lexicon& lex, std::string_view english, std::string_view name) {
  if (lex.not_name_words.Contains(name)) return false;
  if (english.find_first_of("(-") != std::string_view::npos) return true;
  for (std::size_t start = 0; start < english.size();) {
    std::size_t end = english.find(' ', start);
    if (end == std::string_view::npos) end = english.size();
    if (english.substr(start, end - start) == name && end - start < english.size()) return false;
    start = end + 1;
  }
  return true;
}

void LoadCldrNames(Lexicon& lex, NameVotes& names) {
  for (const auto& country : lex.countries) {
    if (country.iso.size() != 2) continue;
    const icu::Locale region("", country.iso.c_str());
    std::string english;
    for (const char* lang : kCldrLanguages) {
      icu::UnicodeString display;
      region.getDisplayCountry(icu::Locale(lang), display);
      std::string name;
      display.toUTF8String(name);
      if (name.empty() || name == country.iso) continue;
      if (english.empty())
        english = name;  // "en" comes first
      else if (!ForeignNameFits(lex, english, name))
        continue;
      names.Add(name, country.iso, 1, MentionForm::kName);
    }
  }
  for (auto& country : lex.countries) {
    if (!country.label.empty() || country.iso.size() != 2) continue;
    icu::UnicodeString display;
    icu::Locale("", country.iso.c_str()).getDisplayCountry(icu::Locale("en"), display);
    display.toUTF8String(country.label);
  }
}

void LoadCountryFile(Lexicon& lex, std::map<std::string, std::size_t>& by_iso, NameVotes& names,
                     const std::string& path, const rapidjson::Value& doc, int layer) {
  // "countries" are ISO 3166-1 (key "iso"); "extra" (user-assigned codes such as
  // Kosovo's XK) and "historical" (ISO 3166-3, the Soviet Union) use key "code".
  for (const char* section : {"countries", "extra", "historical"}) {
    const rapidjson::Value* list = GetArray(doc, section, path);
    if (!list) continue;
    for (const auto& c : list->GetArray()) {
      const std::string iso = GetString(c, section[0] == 'c' ? "iso" : "code", path, true);
      const std::string label = GetString(c, "label", path);
      // A code iso-codes lacks (Kosovo's user-assigned XK) needs a label of its own.
      if (section[0] == 'c' && !by_iso.count(iso) && label.empty())
        throw Error(path, "unknown ISO 3166-1 code '" + iso + "' (give it a \"label\")");
      CountryIndex(lex, by_iso, iso, label);
      if (!label.empty()) names.Add(label, iso, layer, MentionForm::kName);
      for (const auto& n : GetStrings(c, "names", path)) names.Add(n, iso, layer, MentionForm::kName);
      for (const auto& n : GetStrings(c, "demonyms", path))
        names.Add(n, iso, layer, MentionForm::kDemonym);
      for (const auto& n : GetStrings(c, "metonyms", path))
        names.Add(n, iso, layer, MentionForm::kMetonym);
    }
  }
  for (const auto& n : GetStrings(doc, "not_countries", path))
    lex.names.Add(n, {EntryKind::kNotCountry, MentionForm::kName, 0});
  // "Congo": the first state listed, the others kept for the article to choose.
  if (const rapidjson::Value* shared = GetArray(doc, "shared_names", path)) {
    for (const auto& s : shared->GetArray()) {
      const std::string name = GetString(s, "name", path, true);
      const std::vector<std::string> isos = GetStrings(s, "countries", path);
      if (name.empty() || name.find(' ') != std::string::npos || isos.size() < 2)
        throw Error(path, "shared name '" + name + "': one word and two countries at least");
      for (const auto& iso : isos)
        if (!by_iso.count(iso))
          throw Error(path, "shared name '" + name + "': unknown code '" + iso + "'");
      names.Add(name, isos.front(), layer, MentionForm::kName);
      auto& others = lex.shared_country_names[name];
      for (std::size_t k = 1; k < isos.size(); ++k)
        others.push_back(static_cast<std::uint32_t>(by_iso.at(isos[k])));
    }
  }
}

// Resolves the votes: the highest layer that names the string decides; a clash
// between different countries on that layer drops the name.
void CommitCountryNames(Lexicon& lex, const std::map<std::string, std::size_t>& by_iso,
                        const NameVotes& names) {
  for (const auto& [name, layers] : names.votes) {
    const auto& top = layers.rbegin()->second;
    std::set<std::string> isos;
    for (const auto& [iso, form] : top) isos.insert(iso);
    if (isos.size() != 1) continue;
    const auto& [iso, form] = *top.begin();
    const auto index = static_cast<std::uint32_t>(by_iso.at(iso));
    lex.names.Add(name, {EntryKind::kCountry, form, index});
    // "the Kremlin" is also written "Kremlin" ("Kremlin adviser Yuri Ushakov").
    if (name.rfind("the ", 0) == 0 && name.size() > 5 && !names.votes.count(name.substr(4)))
      lex.names.Add(name.substr(4), {EntryKind::kCountry, form, index});
    // ALL-CAPS headlines ("RUSSIA BACKS CHINA"): the upper-case form of longer names.
    if (name.size() >= 4 && form == MentionForm::kName) {
      std::string upper = name;
      bool ascii = true;
      for (char& ch : upper) {
        ascii &= static_cast<unsigned char>(ch) < 0x80;
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      }
      if (ascii && upper != name && !names.votes.count(upper))
        lex.names.Add(upper, {EntryKind::kCountry, form, index});
    }
  }
}

void LoadAlliances(Lexicon& lex, const std::map<std::string, std::size_t>& by_iso,
                   const std::string& path, const rapidjson::Value& doc) {
  const rapidjson::Value* list = GetArray(doc, "alliances", path);
  if (!list) return;
  for (const auto& a : list->GetArray()) {
    AllianceInfo info;
    info.id = GetString(a, "id", path, true);
    info.label = GetString(a, "label", path, true);
    info.members = GetStrings(a, "members", path);
    for (const auto& m : info.members)
      if (!by_iso.count(m)) throw Error(path, "alliance '" + info.id + "': unknown member '" + m + "'");
    info.descriptors = GetStrings(a, "descriptors", path);
    auto index = static_cast<std::uint32_t>(lex.alliances.size());
    for (std::uint32_t i = 0; i < lex.alliances.size(); ++i)
      if (lex.alliances[i].id == info.id) index = i;  // a user dictionary extends it
    if (index == lex.alliances.size()) lex.alliances.push_back(info);
    else {
      auto& existing = lex.alliances[index];
      existing.members.insert(existing.members.end(), info.members.begin(), info.members.end());
      existing.descriptors.insert(existing.descriptors.end(), info.descriptors.begin(),
                                  info.descriptors.end());
    }
    std::vector<std::string> names = GetStrings(a, "aliases", path);
    names.push_back(info.label);
    for (const auto& n : names) {
      lex.names.Add(n, {EntryKind::kAlliance, MentionForm::kName, index});
      // British style writes acronyms of four letters or more as words: "Nato", "Aukus".
      if (n.size() >= 4 && std::all_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        lex.names.Add(n.substr(0, 1) + AsciiLower(n.substr(1)), {EntryKind::kAlliance, MentionForm::kName, index});
    }
    for (const auto& d : info.descriptors)
      lex.descriptors.Add(d, {EntryKind::kAlliance, MentionForm::kDescriptor, index});
  }
}

// The words of a person's name without generational suffixes ("Jr.", "II"), so that
// the last one is the surname ("Ferdinand Marcos Jr." -> Marcos).
std::vector<std::string> NameWords(const std::string& name, const WordSet& suffixes) {
  std::vector<std::string> words;
  for (std::size_t b = 0, e; b < name.size(); b = e + 1) {
    e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (e > b) words.push_back(name.substr(b, e - b));
  }
  while (words.size() > 2 && suffixes.Contains(words.back())) words.pop_back();
  if (words.size() == 2 && suffixes.Contains(words.back())) words.pop_back();  // "Abdullah II"
  return words;
}

// One person of a people dictionary, read and spelled, before it enters the tables.
struct PersonRecord {
  PersonInfo info;
  std::vector<std::string> parts;    // NameWords(info.name)
  std::vector<std::string> aliases;
};

// Reads the "people" of `doc`, or the `part`-th of `parts` equal slices of them: all
// the work on one person that needs no table, so that it can run beside the rest of
// the loading (Resources::Load gives it a thread, and the calling thread the second
// half). Only reads `doc`.
std::vector<PersonRecord> ReadPeople(const std::string& path, const rapidjson::Value& doc,
                                     const WordSet& suffixes, std::size_t part = 0,
                                     std::size_t parts = 1) {
  std::vector<PersonRecord> out;
  const rapidjson::Value* list = GetArray(doc, "people", path);
  if (!list) return out;
  const std::size_t size = list->Size();
  const std::size_t from = size * part / parts, to = size * (part + 1) / parts;
  out.reserve(to - from);
  for (std::size_t i = from; i < to; ++i) {
    const rapidjson::Value& p = (*list)[static_cast<rapidjson::SizeType>(i)];
    PersonRecord& record = out.emplace_back();
    PersonInfo& info = record.info;
    info.name = GetString(p, "name", path, true);
    info.country = GetString(p, "country", path);
    info.eastern = GetString(p, "name_order", path) == "eastern";
    // ASCII names only: folding another name may need ICU's transliterator, whose
    // creation costs more than loading the whole dictionary; the resolver folds those
    // on use.
    if (std::all_of(info.name.begin(), info.name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      info.entity_id = "person:" + Slug(info.name);
      info.parts = SplitName(info.name, info.eastern);
      AddCanonicalSpellings(info.parts);  // compared with every name that shares a part
    }
    if (const rapidjson::Value* roles = GetArray(p, "roles", path)) {
      info.roles.reserve(roles->Size());
      for (const auto& r : roles->GetArray())
        info.roles.push_back({GetString(r, "role", path), GetString(r, "country", path),
                              GetString(r, "from", path), GetString(r, "to", path)});
    }
    record.parts = NameWords(info.name, suffixes);
    record.aliases = GetStrings(p, "aliases", path);
  }
  return out;
}

// Enters people into the tables, in dictionary order.
void AddPeople(Lexicon& lex, std::vector<PersonRecord> people) {
  lex.people.reserve(lex.people.size() + people.size());  // a PersonInfo is ~400 bytes
  for (PersonRecord& record : people) {
    const auto index = static_cast<std::uint32_t>(lex.people.size());
    lex.names.Add(record.info.name, {EntryKind::kPerson, MentionForm::kName, index});
    // Surname (and, surname-first, the given name) for "Putin", "Jinping" later on.
    const std::vector<std::string>& parts = record.parts;
    const bool eastern = record.info.eastern;
    lex.people.push_back(std::move(record.info));
    // An initial ("G.") says nothing on its own.
    auto add_part = [&](const std::string& part) {
      if (part.size() > 2 || part.back() != '.') lex.people_by_part[part].push_back(index);
    };
    if (parts.size() >= 2) {
      add_part(eastern ? parts.front() : parts.back());
      if (eastern) add_part(parts.back());
    }
    for (const auto& n : record.aliases) lex.names.Add(n, {EntryKind::kPerson, MentionForm::kName, index});
  }
}

void LoadPeople(Lexicon& lex, const std::string& path, const rapidjson::Value& doc) {
  AddPeople(lex, ReadPeople(path, doc, lex.name_suffixes));
}

void LoadTitles(Lexicon& lex, const std::string& path, const rapidjson::Value& doc) {
  const rapidjson::Value* list = GetArray(doc, "titles", path);
  if (!list) return;
  static const std::map<std::string, TitleInfo::Kind> kKinds = {
      {"office", TitleInfo::kOffice},
      {"honorific", TitleInfo::kHonorific},
      {"relational", TitleInfo::kRelational},
      {"peer", TitleInfo::kPeer},
      {"profession", TitleInfo::kProfession},
      {"rank", TitleInfo::kProfession}};  // military ranks: a cue, not an office
  for (const auto& t : list->GetArray()) {
    const std::string kind = GetString(t, "kind", path);
    auto k = kKinds.find(kind.empty() ? "office" : kind);
    if (k == kKinds.end()) throw Error(path, "unknown title kind '" + kind + "'");
    const auto index = static_cast<std::uint32_t>(lex.titles.size());
    lex.titles.push_back({GetString(t, "role", path), k->second});
    lex.title_cues.Add(GetString(t, "cue", path, true), {EntryKind::kPerson, MentionForm::kName, index});
  }
}

void LoadOrganizations(Lexicon& lex, const std::string& path, const rapidjson::Value& doc) {
  for (const auto& n : GetStrings(doc, "organizations", path))
    lex.names.Add(n, {EntryKind::kOrganization, MentionForm::kName, 0});
  for (const auto& n : GetStrings(doc, "not_people", path))
    lex.names.Add(n, {EntryKind::kNotPerson, MentionForm::kName, 0});
}

void LoadEnglish(Lexicon& lex, const std::string& path) {
  const JsonFile file = ReadJsonFile(path);
  const rapidjson::Value& doc = file.doc;
  for (const auto& w : GetStrings(doc, "function_words", path)) lex.function_words.Insert(w);
  for (const auto& w : GetStrings(doc, "speech_verbs", path)) lex.speech_verbs.Insert(w);
  for (const auto& w : GetStrings(doc, "name_particles", path)) lex.name_particles.Insert(w);
  for (const auto& w : GetStrings(doc, "not_name_words", path)) lex.not_name_words.Insert(w);
  for (const auto& w : GetStrings(doc, "affiliation_words", path)) lex.affiliation_words.Insert(w);
  for (const auto& w : GetStrings(doc, "time_words", path)) lex.time_words.Insert(w);
  for (const auto& w : GetStrings(doc, "name_suffixes", path)) lex.name_suffixes.Insert(w);
  for (const auto& w : GetStrings(doc, "conjunctions", path)) lex.conjunctions.Insert(w);
  for (const auto& w : GetStrings(doc, "phrase_breaks", path)) lex.phrase_breaks.Insert(w);
  lex.abbreviations = GetStrings(doc, "abbreviations", path);
  lex.representative_roles = GetStrings(doc, "representative_roles", path);
  lex.international_roles = GetStrings(doc, "international_roles", path);
  lex.alliance_roles = GetStrings(doc, "alliance_roles", path);
  for (const auto& w : GetStrings(doc, "pronouns", path)) lex.pronouns.Insert(w);
  for (const auto& w : GetStrings(doc, "female_words", path)) lex.female_words.Insert(w);
  for (const auto& w : GetStrings(doc, "male_words", path)) lex.male_words.Insert(w);
  for (const auto& w : GetStrings(doc, "state_institutions", path))
    lex.state_words.Insert(w.substr(0, w.find(' ')));  // the first word decides
  auto groups = doc.FindMember("group_phrases");
  if (groups != doc.MemberEnd()) {
    if (!groups->value.IsObject()) throw Error(path, "field 'group_phrases' must be an object");
    for (const auto& p : GetStrings(groups->value, "country", path))
      lex.groups.Add(p, {EntryKind::kCountry, MentionForm::kGroup, 0});
    for (const auto& p : GetStrings(groups->value, "person", path))
      lex.groups.Add(p, {EntryKind::kPerson, MentionForm::kGroup, 0});
  }
}

void LoadGivenNames(Lexicon& lex, const std::string& path) {
  const JsonFile file = ReadJsonFile(path);
  const rapidjson::Value& doc = file.doc;
  for (const auto& w : GetStrings(doc, "given_names", path)) lex.given_names.Insert(w);
  for (const auto& w : GetStrings(doc, "ambiguous", path)) lex.ambiguous_given_names.Insert(w);
  for (const auto& w : GetStrings(doc, "female", path)) lex.female_names.Insert(w);
  for (const auto& w : GetStrings(doc, "male", path)) lex.male_names.Insert(w);
  for (const auto& w : GetStrings(doc, "word_surnames", path)) lex.word_surnames.Insert(w);
}

void LoadBoilerplate(Lexicon& lex, const std::string& path) {
  const JsonFile file = ReadJsonFile(path);
  const rapidjson::Value& doc = file.doc;
  auto lower = [&](const char* key) {
    std::vector<std::string> out;
    for (auto& s : GetStrings(doc, key, path)) out.push_back(AsciiLower(s));
    return out;
  };
  lex.boilerplate.line_prefixes = lower("line_prefixes");
  lex.boilerplate.line_contains = lower("line_contains");
  for (const auto& line : lower("block_headers")) lex.boilerplate.block_headers.Insert(line);
  for (const auto& line : lower("whole_lines")) lex.boilerplate.whole_lines.Insert(line);
  lex.boilerplate.BuildIndex();
}

// A user dictionary: any of the sections of the data/ files, in the same shapes.
void LoadUserDictionary(Lexicon& lex, std::map<std::string, std::size_t>& by_iso,
                        NameVotes& names, const std::string& path) {
  const JsonFile file = ReadJsonFile(path);
  const rapidjson::Value& doc = file.doc;
  static const char* kKnown[] = {"version", "about", "people", "alliances", "organizations",
                                 "not_people", "countries", "extra", "historical",
                                 "not_countries", "titles", "given_names"};
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    const std::string key = it->name.GetString();
    if (std::find(std::begin(kKnown), std::end(kKnown), key) == std::end(kKnown))
      throw Error(path, "unknown section '" + key + "'");
  }
  LoadCountryFile(lex, by_iso, names, path, doc, 3);
  LoadAlliances(lex, by_iso, path, doc);
  LoadPeople(lex, path, doc);
  LoadOrganizations(lex, path, doc);
  LoadTitles(lex, path, doc);
  for (const auto& w : GetStrings(doc, "given_names", path)) lex.given_names.Insert(w);
}

}  // namespace

Resources Resources::Load(const ResourceOptions& options) {
  auto lex = std::make_shared<Lexicon>();
  std::map<std::string, std::size_t> by_iso;
  NameVotes names;
  const std::string& dir = options.data_dir;
  const std::string people_path = Require(dir, "people.json");
  // First: the people are read with its name suffixes.
  LoadEnglish(*lex, Require(dir, "english.json"));
  // The biggest file, parsed and the first half of its people spelled on a second
  // thread while this one loads the rest; then this one spells the second half.
  JsonFile people_file;
  std::promise<void> people_parsed;
  std::future<std::vector<PersonRecord>> first_people;
  if (options.threads > 1) {
    first_people = std::async(std::launch::async, [&] {
      try {
        people_file = ReadJsonFile(people_path);
      } catch (...) {
        people_parsed.set_exception(std::current_exception());
        throw;
      }
      people_parsed.set_value();
      return ReadPeople(people_path, people_file.doc, lex->name_suffixes, 0, 2);
    });
  }
  // Each half is entered as it is, in order: joining them first moved 10,000 people.
  auto add_people = [&] {
    if (!first_people.valid())
      return AddPeople(*lex, ReadPeople(people_path, ReadJsonFile(people_path).doc,
                                        lex->name_suffixes));
    std::future<void> parsed = people_parsed.get_future();
    std::vector<PersonRecord> second;
    std::exception_ptr second_error;
    try {
      parsed.get();
      second = ReadPeople(people_path, people_file.doc, lex->name_suffixes, 1, 2);
    } catch (...) {
      second_error = std::current_exception();
    }
    AddPeople(*lex, first_people.get());  // its error first, as in order
    if (second_error) std::rethrow_exception(second_error);
    AddPeople(*lex, std::move(second));
  };
  LoadIsoCodes(*lex, by_iso, names);
  LoadCldrNames(*lex, names);
  {
    const std::string path = Require(dir, "countries.json");
    LoadCountryFile(*lex, by_iso, names, path, ReadJsonFile(path).doc, 2);
  }
  {
    const std::string path = Require(dir, "alliances.json");
    LoadAlliances(*lex, by_iso, path, ReadJsonFile(path).doc);
  }
  // Tables of their own, loaded while the people are still read beside them (titles
  // before any user dictionary's, which are numbered after them).
  {
    const std::string path = Require(dir, "titles.json");
    LoadTitles(*lex, path, ReadJsonFile(path).doc);
  }
  LoadGivenNames(*lex, Require(dir, "given_names.json"));
  LoadBoilerplate(*lex, Require(dir, "boilerplate.json"));
  lex->relations =
      std::make_shared<RelationLexicon>(LoadRelationLexicon(Require(dir, "relations.json")));
  // Names: people before organisations, in this order, as every run.
  add_people();
  {
    const std::string path = Require(dir, "organizations.json");
    LoadOrganizations(*lex, path, ReadJsonFile(path).doc);
  }
  // User dictionaries last: they extend or override what data/ says.
  for (const auto& user : options.user_dicts) LoadUserDictionary(*lex, by_iso, names, user);
  CommitCountryNames(*lex, by_iso, names);
  lex->IndexLowercaseStarts();
  return Resources(std::move(lex));
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("KGRAPH_DATA_DIR"); env && *env) return env;
  if (fs::is_directory(KG_DATA_DIR)) return KG_DATA_DIR;
  return "data";
}

}  // namespace kg
