// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"
#include "extract/stages.hpp"

using namespace cg::extract;

namespace {
Analysis run(const std::string& text) { return extract_document(make_document("t", text)); }

std::vector<std::string> names(const Analysis& a, EntityType type) {
  std::vector<std::string> out;
  for (const Mention& m : a.mentions)
    if (m.type == type) out.push_back(m.surface);
  return out;
}
const Entity* entity_named(const Analysis& a, const std::string& canonical) {
  for (const Entity& e : a.entities)
    if (e.canonical == canonical) return &e;
  return nullptr;
}
}  // namespace

TEST_CASE("titles stay out of names; an organisation does not absorb 'of <country>'") {
  Analysis a = run(
      "According to the head of the Criminal Procedure Service of the Office of the Prosecutor General of "
      "Kazakhstan, Serik Shalabaev, 19 policemen died. President Kasim-Yomart Tok\u00E1yev spoke later.\n");
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Criminal Procedure Service") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Office of the Prosecutor General") != orgs.end());
  auto places = names(a, EntityType::place);
  CHECK(places == std::vector<std::string>{"Kazakhstan"});
  auto people = names(a, EntityType::person);
  CHECK(people == std::vector<std::string>{"Serik Shalabaev", "Kasim-Yomart Tok\u00E1yev"});
}

TEST_CASE("surname, diacritics and acronyms merge; demonyms and weekdays are no names") {
  Analysis a = run(
      "Kasim-Yomart Tok\u00E1yev spoke on Friday. Later Tokayev left. The Foreign and Commonwealth Office "
      "(FCO) said the Kazakh government agreed. The FCO added nothing.\n");
  const Entity* t = entity_named(a, "Kasim-Yomart Tok\u00E1yev");
  REQUIRE(t);
  CHECK(t->mentions.size() == 2);
  const Entity* fco = entity_named(a, "Foreign and Commonwealth Office");
  REQUIRE(fco);
  CHECK(fco->mentions.size() == 3);
  for (const Mention& m : a.mentions) {
    CHECK(m.surface != "Friday");
    CHECK(m.surface != "Kazakh");
  }
}

TEST_CASE("different names for one body merge when one names a subset of the other") {
  Analysis a = run(
      "The Belarusian Investigative Committee said on Monday it had opened 21 criminal cases.\n"
      "The Investigative Committee noted that sanctions were severe.\n");
  const Entity* ic = entity_named(a, "Belarusian Investigative Committee");
  REQUIRE(ic);
  CHECK(ic->mentions.size() == 2);
}

TEST_CASE("unknown names take their type from context") {
  Analysis a = run("A car bomb killed three people in the town of Zarvan, while Dibsa and Kolta were calm.\n"
                   "Witness Omar Haddad said the blast was loud.\n");
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "Zarvan") != places.end());
  auto people = names(a, EntityType::person);
  CHECK(std::find(people.begin(), people.end(), "Omar Haddad") != people.end());
}

TEST_CASE("roles: appositive before and after, pre-modifying titles, former") {
  Analysis a = run(
      "The president of Kazakhstan, Kasim-Yomart Tok\u00E1yev, wrote on Twitter that 2,000 people were arrested.\n"
      "Abu Bakr al-Baghdadi, who has been leader of the Islamic State of Iraq since May 2010, spoke.\n"
      "Over 800 people were killed in the uprising against former president Hosni Mubarak.\n");
  auto role_of = [&](const std::string& person) -> const Role* {
    for (const Role& r : a.roles)
      if (a.entities[r.holder].canonical == person) return &r;
    return nullptr;
  };
  const Role* t = role_of("Kasim-Yomart Tok\u00E1yev");
  REQUIRE(t);
  CHECK(t->title == "president");
  REQUIRE(t->place >= 0);
  CHECK(a.entities[t->place].canonical == "Kazakhstan");
  const Role* b = role_of("Abu Bakr al-Baghdadi");
  REQUIRE(b);
  CHECK(b->title == "leader");
  REQUIRE(b->org >= 0);
  CHECK(a.entities[b->org].canonical == "Islamic State of Iraq");
  const Role* m = role_of("Hosni Mubarak");
  REQUIRE(m);
  CHECK(m->title == "president");
  CHECK(m->former);
}

#include "extract/crossdoc.hpp"

TEST_CASE("across documents: a surname or an acronym names the one seen in full") {
  CrossDocumentIndex index;
  Analysis a1 = run("Kasim-Yomart Tok\u00E1yev said the Foreign and Commonwealth Office was informed.\n");
  Analysis a2 = run("Tokayev said the FCO agreed. Later Shalabaev spoke.\n");
  index.link(a1);
  index.link(a2);
  // entities are found by a mention's surface; a linked short form takes the full name as label
  auto slug = [](const Analysis& a, const std::string& surface) {
    for (const Entity& e : a.entities)
      for (int mi : e.mentions)
        if (a.mentions[mi].surface == surface) return e.slug;
    return std::string("?");
  };
  auto label = [](const Analysis& a, const std::string& surface) {
    for (const Entity& e : a.entities)
      for (int mi : e.mentions)
        if (a.mentions[mi].surface == surface) return e.canonical;
    return std::string("?");
  };
  CHECK(slug(a1, "Kasim-Yomart Tok\u00E1yev") == "kasim-yomart-tokayev");
  CHECK(slug(a2, "Tokayev") == "kasim-yomart-tokayev");
  CHECK(label(a2, "Tokayev") == "Kasim-Yomart Tok\u00E1yev");
  CHECK(slug(a2, "FCO") == slug(a1, "Foreign and Commonwealth Office"));
  CHECK(slug(a2, "Shalabaev") == "shalabaev");
  // a given name alone: one bearer links, two bearers do not
  Analysis a3 = run("Officials met on Monday.\n\nTamerlan Tsarnaev and Maria Lopez met Sergei Ivanov and Maria Petrova.\n");
  Analysis a4 = run("Officials met on Monday.\n\nLater Tamerlan left, and Maria stayed.\n");
  index.link(a3);
  index.link(a4);
  CHECK(slug(a4, "Tamerlan") == "tamerlan-tsarnaev");
  CHECK(slug(a4, "Maria") == "maria");
}

TEST_CASE("roles: an organisation before the title, an owner's title before the name") {
  Analysis a = run("UN Secretary-General Antonio Guterres urged calm.\n"
                   "The ministry's spokesman, Ahmed Hafez, denied it.\n"
                   "Navy Capt. Jeff Davis said the strikes continued.\n");
  auto role_of = [&](const std::string& person) -> const Role* {
    for (const Role& r : a.roles)
      if (a.entities[r.holder].canonical == person) return &r;
    return nullptr;
  };
  const Role* g = role_of("Antonio Guterres");
  REQUIRE(g);
  CHECK(g->title == "Secretary-General");
  REQUIRE(g->org >= 0);
  CHECK(a.entities[g->org].canonical == "UN");
  const Role* h = role_of("Ahmed Hafez");
  REQUIRE(h);
  CHECK(h->title == "spokesman");
  const Role* d = role_of("Jeff Davis");
  REQUIRE(d);
  CHECK(d->title == "Capt.");
  REQUIRE(d->org >= 0);
  CHECK(a.entities[d->org].canonical == "Navy");
}

TEST_CASE("generalisation: event titles, titled surnames, acronyms in prose, known names after function words") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "The talks broke the Cessation of Hostilities and UN Security Council Resolution 2254, and protesters "
      "marked a Day of Anger. Secretary Kerry met the foreign minister. The Asad regime denied it. Later IS "
      "fighters left New Zealand, and Belgian and Serb delegates met Moslem clerics.\n");
  auto orgs = names(a, EntityType::organization);
  for (const char* w : {"Cessation", "Hostilities", "Resolution", "Day", "Anger", "Belgian", "Serb", "Moslem"})
    CHECK(std::find(orgs.begin(), orgs.end(), w) == orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "IS") != orgs.end());
  auto people = names(a, EntityType::person);
  CHECK(std::find(people.begin(), people.end(), "Kerry") != people.end());
  CHECK(std::find(people.begin(), people.end(), "Asad") != people.end());
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "New Zealand") != places.end());
}

TEST_CASE("generalisation: named buildings of worship are places; a demonym before a bare name the text uses alone") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "The blast hit the al-Khani mosque near a base of Kurdish Peshmerga fighters. Peshmerga units left. "
      "The Belarusian Investigative Committee and the Investigative Committee met.\n");
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "al-Khani") != places.end());
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Kurdish Peshmerga") == orgs.end());
  CHECK(std::count(orgs.begin(), orgs.end(), "Peshmerga") == 2);
  CHECK(std::find(orgs.begin(), orgs.end(), "Belarusian Investigative Committee") != orgs.end());
}

TEST_CASE("generalisation: British spelling of known organisations after 'The', former states, lone letters") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "The Organisation for Security and Cooperation in Europe said I met a Yugoslav envoy from Yugoslavia and Turkey.\n");
  auto orgs = names(a, EntityType::organization);
  CHECK(orgs == std::vector<std::string>{"Organisation for Security and Cooperation in Europe"});
  auto places = names(a, EntityType::place);
  CHECK(places == std::vector<std::string>{"Yugoslavia", "Turkey"});
}

TEST_CASE("generalisation: a name led by the Arabic article is a body or a town, not a person") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Eyewitnesses told Al-Masry Al-Youm that Al Gore had left. Clashes broke out in Al-Mahalla Al-Kubra, "
      "Bashar al-Assad said.\nEdited translation from Daily Zaman Ahvali\n");
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Al-Masry Al-Youm") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Daily Zaman Ahvali") != orgs.end());
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "Al-Mahalla Al-Kubra") != places.end());
  auto people = names(a, EntityType::person);
  CHECK(std::find(people.begin(), people.end(), "Al Gore") != people.end());
  CHECK(std::find(people.begin(), people.end(), "Bashar al-Assad") != people.end());
}

TEST_CASE("generalisation: an appositive naming a kind of place or body types the name") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Jets struck Sabboura, an area outside Damascus, and Tafas, a town in the south. Witnesses told "
      "Zaman Vakti, a daily newspaper based in Izmir. Officials met Ali Hassan, a village elder.\n");
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "Sabboura") != places.end());
  CHECK(std::find(places.begin(), places.end(), "Tafas") != places.end());
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Zaman Vakti") != orgs.end());
  auto people = names(a, EntityType::person);
  CHECK(std::find(people.begin(), people.end(), "Ali Hassan") != people.end());
}

TEST_CASE("generalisation: a site name keeps its domain and is the outlet") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "This was reported to Armenian News-NEWS.am by the police. Sputnik.ru said it, Sputnik added. "
      "He left Damascus.The army came.\n");
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Armenian News-NEWS.am") != orgs.end());
  const Entity* sputnik = entity_named(a, "Sputnik.ru");
  REQUIRE(sputnik);
  CHECK(sputnik->mentions.size() == 2);
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "Damascus") != places.end());
}

TEST_CASE("generalisation: a known organisation before capitalised words that name no body") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Bogota asked Havana to act on an Interpol Red Notice against him. The UN Security Council met, "
      "and Amnesty International Secretariat staff left.\n");
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Interpol") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Interpol Red Notice") == orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "UN Security Council") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Amnesty International Secretariat") != orgs.end());
}

TEST_CASE("entities: an acronym in brackets after 'ORG of PLACE' joins the organisation") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "The accord was signed with the Revolutionary Armed Forces of Colombia (FARC). FARC fighters left.\n");
  const Entity* farc = entity_named(a, "Revolutionary Armed Forces");
  REQUIRE(farc);
  CHECK(farc->mentions.size() == 3);
  const Entity* colombia = entity_named(a, "Colombia");
  REQUIRE(colombia);
  CHECK(colombia->type == EntityType::place);
}

TEST_CASE("entities: a given name alone joins the one full name it starts, unless two people share it") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Tamerlan Tsarnaev died on Friday, and his mother, Zubeidat Tsarnaev, spoke. Agents knew about "
      "Tamerlan's trip. Ali Hassan and Mohammed Ali met. Ali left.\n");
  const Entity* t = entity_named(a, "Tamerlan Tsarnaev");
  REQUIRE(t);
  CHECK(t->mentions.size() == 2);
  const Entity* ali = entity_named(a, "Ali");
  REQUIRE(ali);
  CHECK(ali->mentions.size() == 1);
}

TEST_CASE("roles: affiliation words, a second title before the organisation, employers after 'at', demonyms") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Colombia asked Cuba to capture ELN rebel commander Nicolas Rodriguez. Pentagon press operations director "
      "Navy Capt. Jeff Davis said so. Mohamed Belied, who is director at the city's Jala Hospital, said it. "
      "Russia objected, and Russian Foreign Minister Sergei Lavrov said no.\n");
  auto roles_of = [&](const std::string& person) {
    std::vector<const Role*> out;
    for (const Role& r : a.roles)
      if (a.entities[r.holder].canonical == person) out.push_back(&r);
    return out;
  };
  auto org_of = [&](const Role* r) { return r->org >= 0 ? a.entities[r->org].canonical : std::string(); };
  auto rodriguez = roles_of("Nicolas Rodriguez");
  REQUIRE(rodriguez.size() == 1);
  CHECK(rodriguez[0]->title == "rebel commander");  // lower-case modifiers stay, as in "police Lieutenant"
  CHECK(org_of(rodriguez[0]) == "ELN");
  auto davis = roles_of("Jeff Davis");
  REQUIRE(davis.size() == 2);
  CHECK(davis[0]->title == "Capt.");
  CHECK(org_of(davis[0]) == "Navy");
  CHECK(davis[1]->title == "press operations director");
  CHECK(org_of(davis[1]) == "Pentagon");
  auto belied = roles_of("Mohamed Belied");
  REQUIRE(belied.size() == 1);
  CHECK(belied[0]->title == "director");
  CHECK(org_of(belied[0]) == "Jala Hospital");
  auto lavrov = roles_of("Sergei Lavrov");
  REQUIRE(lavrov.size() == 1);
  CHECK(lavrov[0]->title == "Foreign Minister");
  REQUIRE(lavrov[0]->place >= 0);
  CHECK(a.entities[lavrov[0]->place].canonical == "Russia");
}

TEST_CASE("roles: a headline's 'ORG Minister:' names the organisation of the one minister in the body") {
  Analysis a = run(
      "FCO Minister: reports of the attack are deeply worrying\n\n"
      "Minister for Africa, Jane Doe said: we condemn it.\n");
  const Role* r = nullptr;
  for (const Role& x : a.roles)
    if (a.entities[x.holder].canonical == "Jane Doe") r = &x;
  REQUIRE(r);
  CHECK(r->title == "Minister for Africa");
  REQUIRE(r->org >= 0);
  CHECK(a.entities[r->org].canonical == "FCO");
}

TEST_CASE("person_gender: honorifics, kinship appositives, gendered titles, given names") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Agents questioned his mother, Zubeidat Tsarnaev, and Tamerlan Tsarnaev, her son. Mrs. Banks spoke, "
      "and Mr. Okafor left. Sarah Connor met Ivan Petrov. The spokeswoman, Dana Reyes, and Kim Ode, the "
      "chairman of the board, agreed. Robin Ellis was there.\n");
  auto gender = [&](const std::string& canonical) {
    for (std::size_t e = 0; e < a.entities.size(); ++e)
      if (a.entities[e].canonical == canonical && a.entities[e].type == EntityType::person)
        return person_gender(a, static_cast<int>(e));
    FAIL_CHECK("no person " << canonical);
    return Gender::unknown;
  };
  CHECK(gender("Zubeidat Tsarnaev") == Gender::female);
  CHECK(gender("Tamerlan Tsarnaev") == Gender::male);
  CHECK(gender("Banks") == Gender::female);
  CHECK(gender("Okafor") == Gender::male);
  CHECK(gender("Sarah Connor") == Gender::female);
  CHECK(gender("Ivan Petrov") == Gender::male);
  CHECK(gender("Dana Reyes") == Gender::female);
  CHECK(gender("Kim Ode") == Gender::male);
  CHECK(gender("Robin Ellis") == Gender::unknown);
}

TEST_CASE("generalisation: an unknown name told something or reporting it is an outlet") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "The minister told Der Spiegel that talks failed. Capital Download reported it, and he told Sarah Connor.\n");
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Der Spiegel") != orgs.end());
  CHECK(std::find(orgs.begin(), orgs.end(), "Capital Download") != orgs.end());
  auto people = names(a, EntityType::person);
  CHECK(std::find(people.begin(), people.end(), "Sarah Connor") != people.end());
}

TEST_CASE("roles: an office in lower case before a rank written as a title are two roles") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "NATO spokesman Lieutenant-Colonel Max Marriner said so. Police Lieutenant Omar Haddad agreed.\n");
  std::vector<const Role*> marriner;
  for (const Role& r : a.roles)
    if (a.entities[r.holder].canonical == "Max Marriner") marriner.push_back(&r);
  REQUIRE(marriner.size() == 2);
  bool office = false, rank = false;
  for (const Role* r : marriner) {
    office |= r->title == "spokesman" && r->org >= 0 && a.entities[r->org].canonical == "NATO";
    rank |= r->title == "Lieutenant-Colonel" && r->org < 0;
  }
  CHECK(office);
  CHECK(rank);
}

TEST_CASE("generalisation: a month or a title after a given name is a surname; a given name before a surname stays") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Prime Minister Theresa May met John Major and Larry King in May. Jan Kroslak won on Friday. The FCO Minister spoke.\n");
  auto people = names(a, EntityType::person);
  for (const char* n : {"Theresa May", "John Major", "Larry King", "Jan Kroslak"})
    CHECK(std::find(people.begin(), people.end(), n) != people.end());
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "FCO") != orgs.end());
}

TEST_CASE("generalisation: a nationality or party label before a given name is no part of the name") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Democrat Hillary Clinton and Republican Donald Trump met American Oliver McCall. The Belarusian "
      "Investigative Committee agreed.\n");
  auto people = names(a, EntityType::person);
  for (const char* n : {"Hillary Clinton", "Donald Trump", "Oliver McCall"})
    CHECK(std::find(people.begin(), people.end(), n) != people.end());
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Belarusian Investigative Committee") != orgs.end());
}

TEST_CASE("generalisation: a capitalised dateline opening a line is a place") {
  Analysis a = run(
      "Talks begin\n"
      "KHASAVYURT, Russia 1996-08-31\n"
      "Rebels met. NOTE - this text was edited.\n"
      "ZARVANTSK \u2014 Two people died, officials said.\n");
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "KHASAVYURT") != places.end());
  CHECK(std::find(places.begin(), places.end(), "ZARVANTSK") != places.end());
  CHECK(std::find(places.begin(), places.end(), "NOTE") == places.end());
}

TEST_CASE("generalisation: a known place named as a city; ethnic adjectives are no names") {
  Analysis a = run(
      "Officials met on Monday.\n\n"
      "Hispanic and African-American voters in New York City and Oklahoma City met.\n");
  auto places = names(a, EntityType::place);
  CHECK(std::find(places.begin(), places.end(), "New York City") != places.end());
  CHECK(std::find(places.begin(), places.end(), "Oklahoma City") != places.end());
  for (const Mention& m : a.mentions) {
    CHECK(m.surface != "Hispanic");
    CHECK(m.surface != "African-American");
  }
}

namespace {
std::vector<const Role*> roles_of(const Analysis& a, const std::string& person) {
  std::vector<const Role*> out;
  for (const Role& r : a.roles)
    if (a.entities[r.holder].canonical == person) out.push_back(&r);
  return out;
}
}  // namespace

TEST_CASE("roles: a minister's portfolio names the ministry, an owner before the title, a remit, then-") {
  Analysis a = run(
      "Intro line here.\n\n"
      "The Health Ministry said 15 people died. Assistant Health Minister Hesham Shiha said 22 people left the hospital.\n"
      "\"Armed forces should take precautions,\" said Lama Fakih, Human Rights Watch's deputy Middle East director.\n"
      "Tareq Farrag, the deputy finance minister for real estate tax affairs, was arrested on Saturday.\n"
      "The accord was signed by then-President Juan Manuel Santos in 2016.\n"
      "Colombia asked Cuba to capture ELN rebel commander Nicolas Rodriguez.\n");
  auto shiha = roles_of(a, "Hesham Shiha");
  REQUIRE(shiha.size() == 1);
  REQUIRE(shiha[0]->org >= 0);
  CHECK(a.entities[shiha[0]->org].canonical == "Health Ministry");
  auto fakih = roles_of(a, "Lama Fakih");
  REQUIRE(fakih.size() == 1);
  CHECK(fakih[0]->title == "deputy Middle East director");
  REQUIRE(fakih[0]->org >= 0);
  CHECK(a.entities[fakih[0]->org].canonical == "Human Rights Watch");
  auto farrag = roles_of(a, "Tareq Farrag");
  REQUIRE(farrag.size() == 1);
  CHECK(farrag[0]->title == "deputy finance minister for real estate tax affairs");
  auto santos = roles_of(a, "Juan Manuel Santos");
  REQUIRE(santos.size() == 1);
  CHECK(santos[0]->title == "President");
  CHECK(santos[0]->former);
  auto rodriguez = roles_of(a, "Nicolas Rodriguez");
  REQUIRE(rodriguez.size() == 1);
  CHECK(rodriguez[0]->title == "rebel commander");
  REQUIRE(rodriguez[0]->org >= 0);
  CHECK(a.entities[rodriguez[0]->org].canonical == "ELN");
}

TEST_CASE("entities: aliases news writes interchangeably; a place inside an event name; 'US-led'") {
  Analysis a = run(
      "Intro line here.\n\n"
      "U.S. officials met in Boston. The United States wants answers, the Pentagon said, and DoD officials agreed.\n"
      "The Boston Marathon bombing killed three people. The US-led coalition struck again.\n");
  const Entity* us = entity_named(a, "United States");
  REQUIRE(us);
  std::size_t us_mentions = us->mentions.size();
  CHECK(us_mentions == 3);  // U.S., United States, US (in "US-led")
  const Entity* pentagon = entity_named(a, "Pentagon");
  REQUIRE(pentagon);
  CHECK(pentagon->mentions.size() == 2);
  const Entity* boston = entity_named(a, "Boston");
  REQUIRE(boston);
  CHECK(boston->mentions.size() == 2);
  auto orgs = names(a, EntityType::organization);
  CHECK(std::find(orgs.begin(), orgs.end(), "Boston Marathon") == orgs.end());
}

TEST_CASE("entities: a bracketed other name, one word of a name used alone, one type per name") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Police detained 26 members of al-Gama'a al-Islamiya (Islamic Group), government newspapers reported.\n"
      "More than 960 people have been killed since the Gama'a launched its campaign in 1992.\n"
      "Hizbollah (Party of God) gunmen have waged a guerrilla war.\n"
      "A spokesman confirmed a report in the weekly Der Spiegel, which said agents burst in. "
      "The dissident told Der Spiegel he would not return.\n");
  const Entity* gamaa = entity_named(a, "al-Gama'a al-Islamiya");
  REQUIRE(gamaa);
  CHECK(gamaa->mentions.size() == 3);
  const Entity* hizbollah = entity_named(a, "Hizbollah");
  REQUIRE(hizbollah);
  CHECK(hizbollah->mentions.size() == 2);
  int spiegel = 0;
  for (const Entity& e : a.entities) spiegel += e.canonical == "Der Spiegel" ? 1 : 0;
  CHECK(spiegel == 1);
}

TEST_CASE("entities: a surname goes to the one full name with a given name; a place after a name in a headline") {
  Analysis a = run(
      "Yeltsin Endorses Lebed Chechnya Peace Plan\n\n"
      "Donald Trump spoke on Monday. Dean wrote: \"Notice Trump sniffing all the time.\" Trump did not reply.\n"
      "Security chief Alexander Lebed flew to Chechnya. Lebed said he hoped to sign a deal.\n");
  const Entity* trump = entity_named(a, "Donald Trump");
  REQUIRE(trump);
  CHECK(trump->mentions.size() == 3);  // "Notice" is no name: the quotation's "Trump" is his too
  const Entity* lebed = entity_named(a, "Alexander Lebed");
  REQUIRE(lebed);
  CHECK(lebed->mentions.size() == 3);
  const Entity* chechnya = entity_named(a, "Chechnya");
  REQUIRE(chechnya);
  CHECK(chechnya->mentions.size() == 2);
}

TEST_CASE("roles: an organisation or a nationality in the apposition, two titles, 'who heads', title modifiers after a demonym") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Howard Dean, a former Democratic National Committee chairman and presidential candidate, spoke.\n"
      "Flavio Cotti, who is also the Swiss foreign minister, spoke. Switzerland agreed.\n"
      "Tim Guldimann, the Swiss diplomat who heads the OSCE Chechnya mission, was criticised. The OSCE replied.\n"
      "Chechen separatist military leader Aslan Maskhadov met him.\n");
  auto dean = roles_of(a, "Howard Dean");
  REQUIRE(dean.size() == 2);
  CHECK(dean[0]->title == "chairman");
  CHECK(dean[0]->former);
  REQUIRE(dean[0]->org >= 0);
  CHECK(a.entities[dean[0]->org].canonical == "Democratic National Committee");
  CHECK(dean[1]->title == "presidential candidate");
  auto cotti = roles_of(a, "Flavio Cotti");
  REQUIRE(cotti.size() == 1);
  CHECK(cotti[0]->title == "foreign minister");
  REQUIRE(cotti[0]->place >= 0);
  CHECK(a.entities[cotti[0]->place].canonical == "Switzerland");
  auto guldimann = roles_of(a, "Tim Guldimann");
  REQUIRE(guldimann.size() == 2);
  CHECK(guldimann[1]->title == "head");
  auto maskhadov = roles_of(a, "Aslan Maskhadov");
  REQUIRE(maskhadov.size() == 1);
  CHECK(maskhadov[0]->title == "separatist military leader");
}

TEST_CASE("roles: a remit with 'for'/'to' a place, a place before the title, a bare title the fuller one covers") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Italian Foreign Minister Lamberto Dini met Julius Nyerere, the international negotiator for Burundi, on Saturday.\n"
      "Nyerere held talks with the U.S. special envoy to Burundi, Howard Wolpe, and informed Minister Dini.\n");
  auto dini = roles_of(a, "Lamberto Dini");
  REQUIRE(dini.size() == 1);
  CHECK(dini[0]->title == "Foreign Minister");
  auto nyerere = roles_of(a, "Julius Nyerere");
  REQUIRE(nyerere.size() == 1);
  CHECK(nyerere[0]->title == "international negotiator for Burundi");
  auto wolpe = roles_of(a, "Howard Wolpe");
  REQUIRE(wolpe.size() == 1);
  CHECK(wolpe[0]->title == "special envoy to Burundi");
}

TEST_CASE("roles: the owner before 'then-'") {
  Analysis a = run("Head here\n\nKazakhstan's then-President Nursultan Nazarbayev met officials.\n");
  auto n = roles_of(a, "Nursultan Nazarbayev");
  REQUIRE(n.size() == 1);
  CHECK(n[0]->former);
  REQUIRE(n[0]->place >= 0);
  CHECK(a.entities[n[0]->place].canonical == "Kazakhstan");
}
