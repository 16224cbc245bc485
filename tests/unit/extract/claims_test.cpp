// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <nlohmann/json.hpp>

#include "extract/document.hpp"
#include "extract/pipeline.hpp"

using namespace cg::extract;

namespace {
Analysis run(const std::string& text, const std::string& date = {}) {
  return extract_document(make_document("t", text, {}, date));
}
const Claim* with_value(const Analysis& a, double v) {
  for (const Claim& c : a.claims)
    if (c.count && c.count->value && *c.count->value == v) return &c;
  return nullptr;
}
std::string claimant(const Analysis& a, const Claim& c) { return c.claimant < 0 ? "" : a.entities[c.claimant].canonical; }
}  // namespace

TEST_CASE("counts: hedges, words, separators, ranges; one claim per figure") {
  Analysis a = run(
      "Officials said more than 4,500 people were injured and at least 42 were killed.\n"
      "About a hundred people have been released, the ministry said.\n"
      "Another 6 400 had been injured, according to the ministry.\n"
      "Between 3,000 and 5,000 protesters marched, organisers said.\n"
      "Up to 15 were detained and fewer than 10 were charged, police said.\n");
  const Claim* c = with_value(a, 4500);
  REQUIRE(c);
  CHECK(c->count->qualifier == "more-than");
  CHECK(c->count->unit == "injured");
  CHECK(c->claimant_text == "Officials");
  c = with_value(a, 42);
  REQUIRE(c);
  CHECK(c->count->qualifier == "at-least");
  CHECK(c->count->unit == "dead");
  c = with_value(a, 100);
  REQUIRE(c);
  CHECK(c->count->qualifier == "approx");
  CHECK(c->count->unit == "released");
  CHECK(c->count->quantity_text == "About a hundred");
  c = with_value(a, 6400);
  REQUIRE(c);
  CHECK(c->count->unit == "injured");
  c = with_value(a, 3000);
  REQUIRE(c);
  REQUIRE(c->count->value_max);
  CHECK(*c->count->value_max == 5000);
  CHECK(c->count->unit == "participants");
  c = with_value(a, 15);
  REQUIRE(c);
  CHECK(c->count->qualifier == "up-to");
  CHECK(c->count->unit == "detained");
  c = with_value(a, 10);
  REQUIRE(c);
  CHECK(c->count->qualifier == "less-than");
  CHECK(c->count->unit == "charged");
}

TEST_CASE("no counts from years, ages, dates, times, article numbers or durations") {
  Analysis a = run(
      "In 2010, a 40-year-old man aged 35 was sentenced on May 10 to 15 years under article 293 at 9:30 am, "
      "the court said.\n");
  for (const Claim& c : a.claims) CHECK_FALSE(c.count.has_value());
}

TEST_CASE("subsets: of which, including") {
  Analysis a = run(
      "Shalabaev has indicated that 4,578 victims have been identified, of which 4,353 were injured, including "
      "3,393 members of the security forces.\n");
  const Claim* all = with_value(a, 4578);
  const Claim* inj = with_value(a, 4353);
  const Claim* sec = with_value(a, 3393);
  REQUIRE((all && inj && sec));
  CHECK(all->count->unit == "victims");
  CHECK(inj->count->unit == "injured");
  CHECK(sec->count->unit == "injured");
  CHECK(inj->count->subset_of >= 0);
  CHECK(sec->count->subset_of >= 0);
}

TEST_CASE("attribution: according to, passive, subject before and after, pronouns, quotes") {
  Analysis a = run(
      "Among the dead are 19 policemen, according to the head of the Criminal Procedure Service, Serik Shalabaev.\n"
      "\u201CThe 225 corpses have been transported to morgues,\u201D he explained.\n"
      "A total of 225 people have died, as reported today by the Attorney General\u2019s Office.\n"
      "The president of Kazakhstan, Kasim-Yomart Tok\u00E1yev, wrote on Twitter that the authorities arrested "
      "approximately 2,000 people.\n");
  const Claim* c19 = with_value(a, 19);
  REQUIRE(c19);
  CHECK(claimant(a, *c19) == "Serik Shalabaev");
  CHECK(c19->cue == "according to");
  const Claim* c225q = nullptr;
  for (const Claim& c : a.claims)
    if (c.direct_quote) c225q = &c;
  REQUIRE(c225q);
  CHECK(claimant(a, *c225q) == "Serik Shalabaev");
  CHECK(c225q->claimant_text == "he");
  CHECK(c225q->cue == "explained");
  CHECK(std::string(a.text(c225q->content)) == "The 225 corpses have been transported to morgues");
  const Claim* passive = nullptr;
  for (const Claim& c : a.claims)
    if (c.mode == "passive") passive = &c;
  REQUIRE(passive);
  CHECK(claimant(a, *passive) == "Attorney General\u2019s Office");
  CHECK(std::string(a.text(passive->content)) == "A total of 225 people have died");
  const Claim* c2000 = with_value(a, 2000);
  REQUIRE(c2000);
  CHECK(claimant(a, *c2000) == "Kasim-Yomart Tok\u00E1yev");
  CHECK(c2000->cue == "wrote");
  CHECK(c2000->channel == "Twitter");
  CHECK(c2000->count->unit == "arrested");
  CHECK(c2000->count->qualifier == "approx");
}

TEST_CASE("a quotation's speaker from the neighbouring sentence; nested attribution") {
  Analysis a = run(
      "\u201CI heard explosions in the distance,\u201D said Taji resident Abu Mohammed.\n"
      "\u201CWe asked the neighbors to leave their houses, but the bomb went off.\u201D\n"
      "According to the al-Masry al-Youm website, rights groups have said that 1 500 people were killed.\n");
  int quotes = 0;
  for (const Claim& c : a.claims)
    if (c.direct_quote) {
      ++quotes;
      CHECK(claimant(a, c) == "Abu Mohammed");
    }
  CHECK(quotes == 2);
  const Claim* nested = with_value(a, 1500);
  REQUIRE(nested);
  CHECK(nested->claimant_text == "rights groups");
  CHECK(nested->cue == "have said");
  REQUIRE(nested->reported_by >= 0);
  CHECK(a.entities[nested->reported_by].canonical == "al-Masry al-Youm");
}

TEST_CASE("unsupported claims and discrepancies") {
  Analysis a = run(
      "Interior minister Jan Novak said 225 people died.\n"
      "The latest official data only collected 164 deaths.\n"
      "Novak has not presented evidence for his claims.\n");
  const Claim* c225 = with_value(a, 225);
  REQUIRE(c225);
  CHECK(c225->unsupported);
  REQUIRE(a.discrepancies.size() == 1);
  CHECK(a.discrepancies[0].unit == "dead");
  REQUIRE(a.discrepancies[0].newer >= 0);
  CHECK(*a.claims[a.discrepancies[0].newer].count->value == 225);
}

TEST_CASE("the FORMAT.md line counts code points") {
  Analysis a = run("Tok\u00E1yev said \u201C3 people died.\u201D\n");
  auto j = nlohmann::json::parse(to_json_line(a));
  REQUIRE(j["entities"].size() >= 1);
  CHECK(j["entities"][0]["mentions"][0]["start"] == 0);
  CHECK(j["entities"][0]["mentions"][0]["end"] == 7);
  REQUIRE(j["claims"].size() == 1);
  CHECK(j["claims"][0]["start"] == 14);
  CHECK(j["claims"][0]["text"] == "3 people died");
  CHECK(j["claims"][0]["numeric"]["quantity"] == 3);
}

TEST_CASE("dates stated in claims resolve against the publication date") {
  // 2022-01-15 was a Saturday
  Analysis a = run("Police said on Friday that 12 people were arrested.\nOfficials said 3 people died on January 2.\n", "2022-01-15");
  const Claim* c12 = with_value(a, 12);
  const Claim* c3 = with_value(a, 3);
  REQUIRE((c12 && c3));
  CHECK(c12->date == "2022-01-14");
  CHECK(c3->date == "2022-01-02");
  Analysis b = run("Police said on Friday that 12 people were arrested.\n");
  CHECK(with_value(b, 12)->date.empty());
}

TEST_CASE("a figure's claim is its clause: openers and dashes before it, 'after' clauses after it") {
  Analysis a = run(
      "In the deadliest attack -- a string of bombs in the town of Taji -- at least 42 people were killed, police said.\n"
      "A wave of attacks on Monday killed 107 people after rebels warned of new attacks.\n"
      "In Baghdad, meanwhile, a car bomb killed at least 12 people, officials said.\n");
  CHECK(std::string(a.text(with_value(a, 42)->content)) == "at least 42 people were killed");
  CHECK(std::string(a.text(with_value(a, 107)->content)) == "A wave of attacks on Monday killed 107 people");
  CHECK(std::string(a.text(with_value(a, 12)->content)) == "a car bomb killed at least 12 people");
}

TEST_CASE("reported speech with two clauses gives two claims") {
  Analysis a = run("A journalist said eight nearby cars were badly burned and many of the victims could not be identified.\n"
                   "Police said the attack that killed three and wounded others was planned.\n");
  std::vector<std::string> texts;
  for (const Claim& c : a.claims) texts.emplace_back(a.text(c.content));
  CHECK(std::find(texts.begin(), texts.end(), "eight nearby cars were badly burned") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "many of the victims could not be identified") != texts.end());
}

TEST_CASE("'…, adding that …' continues the sentence's source") {
  Analysis a = run("Governor Lena Dravic said the dam held, adding that 12 people were arrested.\n");
  const Claim* c = with_value(a, 12);
  REQUIRE(c);
  CHECK(claimant(a, *c) == "Lena Dravic");
  CHECK(c->cue == "adding");
  CHECK(std::string(a.text(c->content)) == "12 people were arrested");
  bool dam = false;
  for (const Claim& x : a.claims) dam |= std::string(a.text(x.content)) == "the dam held" && x.cue == "said";
  CHECK(dam);
}

TEST_CASE("an interrupted quotation is one claim") {
  Analysis a = run("\u201CBy locking in China,\u201D Mr. Obama said, \u201Cit now allowed me to go to India.\u201D\n");
  REQUIRE(a.claims.size() == 1);
  CHECK(claimant(a, a.claims[0]) == "Obama");
  CHECK(a.claims[0].direct_quote);
  CHECK(std::string(a.text(a.claims[0].content)) ==
        "By locking in China,\u201D Mr. Obama said, \u201Cit now allowed me to go to India");
}

TEST_CASE("a name and a colon opening a line attribute the rest") {
  Analysis a = run("Sanders: Clinton needs to get away from big money.\n\nMinsk, Brest: nothing to report here at all.\n");
  REQUIRE(a.claims.size() == 1);
  CHECK(claimant(a, a.claims[0]) == "Sanders");
  CHECK(a.claims[0].cue == ":");
  CHECK(std::string(a.text(a.claims[0].content)) == "Clinton needs to get away from big money");
}

TEST_CASE("generalisation: 'an official says', adverbs before the cue, a part 'out of' a whole and the whole") {
  Analysis a = run(
      "Intro line here.\n\n"
      "A health official says the death toll has risen to 27.\n"
      "A security analyst meanwhile reported that fighters had left the town.\n"
      "According to rights groups, police arrested around 400 out of thousands of protesters who participated.\n");
  const Claim* c = with_value(a, 27);
  REQUIRE(c);
  CHECK(c->claimant_text == "A health official");
  bool analyst = false;
  for (const Claim& x : a.claims) analyst |= x.claimant_text == "A security analyst";
  CHECK(analyst);
  c = with_value(a, 400);
  REQUIRE(c);
  CHECK(c->count->qualifier == "approx");
  CHECK(c->count->unit == "arrested");
  // the whole is a count of its own: "thousands of protesters" took part (gold/SCHEMA.md participants)
  int counts = 0, participants = 0;
  for (const Claim& x : a.claims) {
    counts += x.count ? 1 : 0;
    participants += x.count && x.count->unit == "participants" && !x.count->value ? 1 : 0;
  }
  CHECK(counts == 3);
  CHECK(participants == 1);
}

TEST_CASE("generalisation: joined hyphens, ', whose …, said', noun-like cues in a prepositional phrase") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Also in the past 24 hours, Davis said, the U.S.-led coalition conducted five airstrikes.\n"
      "Bill Richard, whose son, Martin, was killed in the bombing, said the man could have backed out.\n"
      "True to his election promises, Duque has taken a hard line against the rebels.\n");
  const Claim* c = with_value(a, 5);
  REQUIRE(c);
  CHECK(a.doc.text.substr(c->content.begin, c->content.size()).rfind("the U.S.-led coalition", 0) == 0);
  bool richard = false, promises = false;
  for (const Claim& x : a.claims) {
    richard |= x.claimant_text == "Bill Richard";
    promises |= x.cue == "promises";
  }
  CHECK(richard);
  CHECK_FALSE(promises);
}

TEST_CASE("generalisation: a relative clause between the source and the cue belongs to the source phrase") {
  Analysis a = run("Intro line here.\n\nA man whose sister was killed told the group that he had heard a plane.\n");
  bool man = false;
  for (const Claim& x : a.claims) man |= x.claimant_text == "A man whose sister was killed";
  CHECK(man);
}

namespace {
const Claim* with_content(const Analysis& a, std::string_view start) {
  for (const Claim& c : a.claims)
    if (std::string_view(a.doc.text).substr(c.content.begin, c.content.size()).rfind(start, 0) == 0) return &c;
  return nullptr;
}
}  // namespace

TEST_CASE("quotation marks: spreadsheet-quoted paragraphs and '' closing a quotation") {
  Analysis a = run(
      "Intro line here.\n\n"
      "\"The coalition has said it has \"\"definitively determined\"\" it was not responsible.\"\n"
      "\"\"\"Armed forces should take all feasible precautions to avoid harming civilians,\"\" said Lama Fakih.\"\n"
      "\"I pray for your relief, for your healing,'' he said.\n");
  const Claim* c = with_content(a, "it has \"\"definitively determined\"\"");
  REQUIRE(c);
  CHECK(c->cue == "has said");
  c = with_content(a, "Armed forces should take");
  REQUIRE(c);
  CHECK(c->direct_quote);
  CHECK(claimant(a, *c) == "Lama Fakih");
  c = with_content(a, "I pray for your relief");
  REQUIRE(c);
  CHECK(c->direct_quote);
}

TEST_CASE("attribution: denials, 'who' and 'it' sources, cues without adverbs") {
  Analysis a = run(
      "Intro line here.\n\n"
      "The government has neither confirmed nor denied that it carries out strikes.\n"
      "The other was killed by unknown people who said they were residents of the area.\n"
      "Human Rights Watch studied the photos, which it said did not show any military structures.\n"
      "It also noted that there was a base outside the town.\n");
  CHECK_FALSE(with_content(a, "nor denied"));
  CHECK_FALSE(with_content(a, "that it carries out strikes"));
  const Claim* c = with_content(a, "they were residents");
  REQUIRE(c);
  CHECK(c->claimant_text == "unknown people");
  c = with_content(a, "did not show");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "Human Rights Watch");
  c = with_content(a, "there was a base");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "Human Rights Watch");
  CHECK(c->cue == "noted");
}

TEST_CASE("attribution: nested and relayed sources") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Senator Lindsey Graham said the FBI told him it was not aware of the trip.\n"
      "State television quoted the army as saying several rockets landed in the compound, Reuters reports.\n"
      "A criminal case has been opened over the protests.\n"
      "This was reported to the agency by the Interior Ministry.\n"
      "Sana reported explosions at the airport and said ambulances were rushing to the scene.\n");
  const Claim* c = with_content(a, "it was not aware");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "FBI");
  CHECK(c->reported_by >= 0);
  c = with_content(a, "several rockets landed in the compound");
  REQUIRE(c);
  CHECK(c->claimant_text == "the army");
  CHECK(c->cue == "as saying");
  CHECK(std::string_view(a.doc.text).substr(c->content.begin, c->content.size()).find("Reuters") == std::string_view::npos);
  c = with_content(a, "A criminal case has been opened");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "Interior Ministry");
  c = with_content(a, "ambulances were rushing");
  REQUIRE(c);
  CHECK(c->cue == "said");
  CHECK(claimant(a, *c) == "Sana");
}

TEST_CASE("attribution: 'she said' goes to the woman who is the subject nearby") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Patricia Campbell, the mother of a victim, was the first to address the court. "
      "She looked across the room at Tsarnaev and spoke to him.\n"
      "\"What you did to my daughter is disgusting,\" she said.\n");
  const Claim* c = with_content(a, "What you did");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "Patricia Campbell");
}

TEST_CASE("counts: money in corruption stories only, combined and legal units") {
  Analysis bribery = run(
      "Intro line here.\n\n"
      "The deputy minister was arrested while receiving an LE1 million bribe.\n"
      "The total bribe amounts to LE4 million, the authority declared.\n");
  const Claim* c = with_value(bribery, 4e6);
  REQUIRE(c);
  CHECK(c->count->unit == "money");
  CHECK(with_value(bribery, 1e6));
  Analysis budget = run("Intro line here.\n\nThe city will spend $40 million on new roads, the mayor said.\n");
  CHECK_FALSE(with_value(budget, 4e7));

  Analysis a = run(
      "Intro line here.\n\n"
      "More than 60 civilians were killed and injured in multiple bombings.\n"
      "The president announced that he was reinstating arrest warrants for 10 rebel commanders.\n"
      "The defendant was found guilty of all 30 terrorism and other charges against him.\n"
      "Sixteen citizens, including a woman, were arrested during a gathering.\n"
      "The assistant minister said 22 injured people left the hospital, and 11 remain.\n");
  c = with_value(a, 60);
  REQUIRE(c);
  CHECK(c->count->unit == "dead_or_injured");
  CHECK(c->count->qualifier == "more-than");
  c = with_value(a, 10);
  REQUIRE(c);
  CHECK(c->count->unit == "arrest_warrants");
  c = with_value(a, 30);
  REQUIRE(c);
  CHECK(c->count->unit == "other");
  c = with_value(a, 16);
  REQUIRE(c);
  CHECK(c->count->unit == "arrested");
  c = with_value(a, 11);
  REQUIRE(c);
  CHECK(c->count->unit == "injured");
}

TEST_CASE("claims: a quotation of several sentences is one claim per sentence; a part 'out of' a whole keeps the clause") {
  Analysis a = run(
      "Intro line here.\n\n"
      "\"Currently, more than 80 people have been detained. Most of them are young people. Some were drunk,\" the "
      "ministry said.\n"
      "According to rights groups, security forces arrested around 400 out of thousands of protesters who marched.\n");
  CHECK(with_content(a, "Currently, more than 80 people have been detained"));
  const Claim* most = with_content(a, "Most of them are young people");
  REQUIRE(most);
  CHECK(most->claimant_text == "the ministry");
  CHECK(with_content(a, "Some were drunk"));
  const Claim* part = with_value(a, 400);
  REQUIRE(part);
  CHECK(std::string_view(a.doc.text).substr(part->content.begin, part->content.size()) ==
        "security forces arrested around 400 out of thousands of protesters who marched");
}

TEST_CASE("counts and sources: no boundary between figures, relative clauses, 'radio reports said', 'Mexican states'") {
  Analysis a = run(
      "Intro line here.\n\n"
      "Seven Iraqis who seized a Sudanese airliner with 199 people aboard were on Friday charged with hijack.\n"
      "Gunmen attacked a convoy, killing one soldier and wounding two, radio reports said.\n"
      "Rebels launched attacks in three Mexican states, killing up to 14 people.\n");
  const Claim* c = with_value(a, 7);
  REQUIRE(c);
  CHECK(c->count->unit == "charged");
  c = with_value(a, 2);
  REQUIRE(c);
  CHECK(c->claimant_text == "radio reports");
  c = with_value(a, 14);
  REQUIRE(c);
  CHECK(c->cue.empty());
}

TEST_CASE("quotations: a quotation going on in the paragraph, a definite description, ', saying,' after a pronoun") {
  Analysis a = run(
      "Intro line here.\n\n"
      "David Axelrod on Wednesday called on Howard Dean to apologize.\n\n"
      "\"My reaction, that was outrageous,\" Obama's former campaign strategist said in an interview. \"He really should "
      "apologize to him now.\"\n\n"
      "Dean, a medical doctor, appeared on television on Tuesday.\n\n"
      "He then defended the remark, saying, \"I don't think this is a ridiculous idea.\"\n");
  const Claim* c = with_content(a, "My reaction");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "David Axelrod");
  c = with_content(a, "He really should apologize to him now");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "David Axelrod");
  CHECK(c->cue == "said");
  c = with_content(a, "I don't think this is a ridiculous idea");
  REQUIRE(c);
  CHECK(claimant(a, *c) == "Howard Dean");
}

TEST_CASE("quotations the line structure cuts: one sentence a line, the quotation goes on") {
  Analysis a = run(
      "Intro line here.\n\n"
      "\" The OSCE is completely involved in the region.\n"
      "But one must not forget that the OSCE only has limited powers there, \" said Cotti.\n");
  const Claim* first = with_content(a, "The OSCE is completely involved");
  REQUIRE(first);
  CHECK(first->direct_quote);
  CHECK(claimant(a, *first) == "Cotti");
  const Claim* second = with_content(a, "But one must not forget");
  REQUIRE(second);
  CHECK(second->cue == "said");
}

TEST_CASE("discrepancies: not between one source's figures, single incidents, or different months") {
  Analysis a = run(
      "Intro line here.\n\n"
      "The number of people killed rose to 15 on Tuesday, the Health Ministry announced.\n"
      "One died after falling from a building, eyewitnesses told the paper.\n"
      "The assistant minister said 22 injured people left the hospital, and 11 remain.\n"
      "Monday's toll was the highest since May 10, 2010, when 110 people were killed.\n"
      "In June at least 282 people were killed, according to an AFP tally, although government figures said 131 Iraqis died.\n");
  REQUIRE(a.discrepancies.size() == 1);
  const Discrepancy& d = a.discrepancies[0];
  std::set<double> values = {*a.claims[d.a].count->value, *a.claims[d.b].count->value};
  CHECK(values == std::set<double>{131, 282});
}

TEST_CASE("review cases: an event run of heads only, a quotation that does not go on, 'it' past a bare quotation") {
  Analysis event = run("Election Day voting was slow in Springfield\n\nVoters came.\n");
  CHECK(event.mentions.size() == 1);
  Analysis lines = run(
      "Talks stall\n"
      "The minister said: \"We are not leaving.\n"
      "Sergei Lavrov said on Monday that the talks had \"failed\" badly.\n");
  const Claim* c = with_content(lines, "the talks had");
  REQUIRE(c);
  CHECK(claimant(lines, *c) == "Sergei Lavrov");
  Analysis it = run(
      "Head here\n\n"
      "Hamas said on Monday that the talks had failed.\n"
      "\"This is a very sad day for everyone here.\"\n"
      "It added that it would continue the protests.\n");
  c = with_content(it, "it would continue the protests");
  REQUIRE(c);
  CHECK(claimant(it, *c) == "Hamas");
}
