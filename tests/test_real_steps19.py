"""Session 19: what real news showed — titles shared down a list, and names the lexicon half knows.

Every sentence here was invented for the test in the manner of wire copy or a Chinese daily; each
case pins the exact roles or mentions it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import demands_named, facts

CN, US = "state/china", "state/us"


def _roles(extraction, key: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.title for r in extraction.actors[key].roles}


# -- one title before a list of names ----------------------------------------------------------------
# zh_actors._names_sharing_title: persons listed after a titled person with 、 (and a last 和/及 once a
# 、 has been seen) and no title of their own share that title; a second title, a non-person, a
# person of the other side or a bare 和 (two who meet) ends the list.
ZH_LIST = [
    # the word opening the list (包括) is no part of the title
    ("中方決定制裁美方人士，包括參議員史考特、韋伯恩、柯爾曼，以及眾議員霍爾特。",
     {"person:史考特": {"參議員"}, "person:韦伯恩": {"參議員"}, "person:柯尔曼": {"參議員"},
      "person:霍尔特": {"眾議員"}}),
    ("發言人馬曉東、張立群和劉新表示反對。",
     {"person:马晓东": {"發言人"}, "person:张立群": {"發言人"}, "person:刘新": {"發言人"}}),
    # near misses: the next name has its own title; a bare 和 joins two who meet
    ("參議員史考特、眾議員霍爾特抵達台北。", {"person:史考特": {"參議員"}, "person:霍尔特": {"眾議員"}}),
    ("美國總統川普和習近平會面。", {"person/donald-trump": {"總統"}, "person/xi-jinping": set()}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_LIST)
def test_zh_list_shares_title(extraction_of, text: str, expected: dict[str, set[str]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {k: _roles(ex, k) for k in expected} == expected


# -- a title after the name ---------------------------------------------------------------------------
# zh_actors._follows_name and _titles_after_names: a day of the month in Arabic digits may follow a
# title written after a name (拜登總統28日), and a Latin gloss may stand between name and title.
ZH_AFTER = [
    ("蓬佩奧國務卿28日表示，美國應該制裁中國官員。", "person/mike-pompeo", {"國務卿"}),
    ("喬·拜登(Joe Biden)總統將維持前任的政策。", "person/joe-biden", {"總統"}),
    # near miss: an ordinary word after the name is no title
    ("蓬佩奧28日表示，美國應該制裁中國官員。", "person/mike-pompeo", set()),
]


@pytest.mark.parametrize(("text", "key", "titles"), ZH_AFTER)
def test_zh_title_after_name(extraction_of, text: str, key: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extraction_of(text), key) == titles


# -- English: "Sens." and a party tag in a list -------------------------------------------------------
# ingest.split_sentences keeps "Sens."/"Reps." inside the sentence, en_actors tokens keep their dot, and
# en_actors.coordinated_persons passes over "(R-Fla.)" between two listed names.
EN_LIST = [
    ("The delegation included Sens. Jane Roe, John Doe and Mary Poe.",
     {"Jane Roe": {"Sens."}, "John Doe": {"Sens."}, "Mary Poe": {"Sens."}}),
    ("China sanctioned Sens. Jane Roe (R-Fla.) and John Doe (R-Texas) on Monday.",
     {"Jane Roe": {"Sens."}, "John Doe": {"Sens."}}),
    # near miss: a name in brackets after the list is no member of it
    ("China sanctioned Sen. Jane Roe and John Doe (Reuters) on Monday.", {"Jane Roe": {"Sen."}}),
]


@pytest.mark.parametrize(("text", "expected"), EN_LIST)
def test_en_list_shares_title(extraction_of, text: str, expected: dict[str, set[str]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    got = {a.names[0]: {r.title for r in a.roles} for a in ex.actors.values() if a.type == "Person"}
    assert got == expected


def test_sens_does_not_end_a_sentence() -> None:
    from kg.ingest import split_sentences

    text = "The group included Sens. Jane Roe and John Doe. Reps. Mary Poe spoke."
    assert [s.text for s in split_sentences(text)] == [
        "The group included Sens. Jane Roe and John Doe.",
        "Reps. Mary Poe spoke.",
    ]


# -- a given name the lexicon does not list -----------------------------------------------------------
# en_actors._given_name_before: a capitalised word right before a known person's surname is the given
# name ("Tony Blinken"), so a title before it reaches the person; a courtesy title, a function word,
# a weekday or a title word is not.
GIVEN = [
    ("U.S. Secretary of State Tony Blinken met Chinese officials.", "Tony Blinken", {"Secretary of State"}),
    ("Then Blinken met Chinese officials.", "Blinken", set()),
    ("On Monday Blinken met Chinese officials.", "Blinken", set()),
    ("Mr Blinken met Chinese officials.", "Blinken", set()),
]


@pytest.mark.parametrize(("text", "name", "titles"), GIVEN)
def test_given_name_before_known_surname(extraction_of, text: str, name: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    m = ex.actors["person/antony-blinken"]
    assert name in m.names
    assert {r.title for r in m.roles} == titles


# -- the clause before a title ------------------------------------------------------------------------
# zh_actors._clause_words_end: the words before a title head that jieba tags as verbs, adverbs,
# conjunctions, prepositions, pronouns … (or zh-title-clause-word: 會見) belong to the clause, not the
# title; a former word among them still makes the role former, and a modifier jieba tags as a verb
# (zh-title-verb-modifier: 署理, 執行) or a posting (駐美) stays in the title.
ZH_CLAUSE = [
    ("中方宣布制裁包括前國務卿蓬佩奧在內的28人。", "person/mike-pompeo", {("國務卿", True)}),
    ("習近平高調會見韓國總統金大中。", "person:金大中", {("總統", False)}),
    ("法案需要送交總統拜登簽署。", "person/joe-biden", {("總統", False)}),
    # near misses: a modifier jieba tags as a verb, and a posting, are part of the title
    ("該基金會執行主席王大偉表示反對。", "person:王大伟", {("基金會執行主席", False)}),
    ("中國召見駐美大使秦剛。", "person/qin-gang", {("駐美大使", False)}),
]


@pytest.mark.parametrize(("text", "key", "roles"), ZH_CLAUSE)
def test_zh_clause_words_before_title(extraction_of, text: str, key: str, roles: set[tuple[str, bool]]) -> None:  # type: ignore[no-untyped-def]
    assert {(r.title, r.former) for r in extraction_of(text).actors[key].roles} == roles


def test_zh_name_before_full_date(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """_follows_name: a month and day after a name (任鴻斌8月13日表示) end it as a day alone does."""
    ex = extraction_of("商務部部長助理馬曉東8月13日表示，雙方簽署協議。")
    assert {(r.title, r.of) for r in ex.actors["person:马晓东"].roles} == {("部長助理", "org/mofcom")}


# -- Chinese steps announced for later, revoked permissions, needs after a time frame ------------------
# measures.mood: a future word after the measure's head noun and its comma (加徵關稅的措施，將…) is the
# measure's, unless an actor stands between (another's step); 撤銷/註銷 are verbs of punitive acts
# (zh-measure-act) whose object is the item; the holder passes over an object that opens with its
# value (針對價值340億美元的美國…); importance: a time frame fronted after the verb of speech is
# passed over to reach the matter.
ZH_STEPS = [
    ("中方表示，對美國大豆加徵關稅的措施，將分批實施。", {("Threat", CN, "tariffs", US)}),
    ("中方表示，其中針對價值340億美元的美國進口汽車加徵關稅的措施，將從7月6日起實施。",
     {("Threat", CN, "tariffs", US)}),
    # near miss: after the comma another actor's future is its own step
    ("美方對中國記者的簽證實施限制措施，中方將採取對等措施。",
     {("Leverage", US, "visas", CN), ("Threat", CN, None, US)}),
    ("美國將撤銷中國留學生的簽證。", {("Threat", US, "visas", CN)}),
    ("美國已經撤銷了中國留學生的簽證。", {("Leverage", US, "visas", CN)}),
    ("白宮表示，川普政府認為，在談判進行期間，北京購買農產品非常重要。", {("Demand", US, "agriculture", CN)}),
    # an act criticised is the criticised side's (measures.criticised, for acts as for measures)
    ("內地批評美方停止供應晶片設計軟件，以及撤銷中國留學生簽證。",
     {("Leverage", US, "visas", CN), ("Leverage", US, "semiconductors", CN)}),
    # near miss: what the state wants lifted is no step of its own
    ("中方要求美方撤銷對華關稅。", {("Demand", CN, "tariffs", US), ("Leverage", US, "tariffs", CN)}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_STEPS)
def test_zh_steps_and_needs(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat", "Demand"), "kind", "actor", "issue", "target") == expected


# -- English demands: passives, long conjuncts, quoted words ----------------------------------------
# measures._passive_ask: "X is urged / was asked to VP" asks X, by the speaker of the words;
# measures.more_wanted: a conjunct longer than a thing is cut before what is attached to its wanted
# action (under the pretext of …) instead of dropped; measures._same: a phrase with quotation marks
# and the same phrase without them are one claim.
EN_DEMANDS = [
    ("Beijing was asked to buy more soybeans, US Trade Representative Jane Roe said.",
     {("US", "buy more soybeans")}),
    ("\"The US side is strongly urged to immediately correct its mistakes,\" the Chinese foreign ministry said.",
     {("foreign ministry", "immediately correct its mistakes")}),
    ("\"We urge the U.S. side to respect facts, withdraw its decision and stop interfering in China's internal "
     "affairs under the pretext of human rights issues,\" Chinese Foreign Minister Wang Yi said.",
     {("Wang Yi", "respect facts"), ("Wang Yi", "withdraw its decision"),
      ("Wang Yi", "stop interfering in China's internal affairs")}),
    ("US Secretary of State Jane Roe urged China to halt its \"campaign of repression\" in the region.",
     {("Jane Roe", "halt its campaign of repression in the region")}),
    # near miss: a passive that asks no actor named before it
    ("Chinese students are required to leave.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EN_DEMANDS)
def test_en_demand_forms(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert demands_named(extraction_of(text)) == expected


# -- who takes an English step: lists, dates, modifiers ----------------------------------------------
# measures.clause: a date set off by commas (", July 13, ") and a comma between two names of a list
# split no clause; measures._obliqued: a name joined by "and" to a subject is a subject too;
# measures._side_in_list: of a list of takers the first of a side holds the step; measures._possessor:
# a name before a verb ("Canada impose sanctions") owns no measure; measures._object: a hyphenated
# modifier may stand between a verb and its object (claims self-ruling Taiwan).
EN_TAKERS = [
    ("China announced on Monday, July 13, retaliatory sanctions against three US lawmakers.",
     {("Leverage", CN, "sanctions", US)}),
    ("US, EU, UK, Canada impose sanctions on China over Xinjiang abuses", {("Leverage", US, "sanctions", CN)}),
    ("The EU and the US imposed sanctions on China.", {("Leverage", US, "sanctions", CN)}),
    ("Beijing claims self-ruling Taiwan as its own and has never renounced using force to take it.",
     {("Threat", CN, None, None)}),
    # near misses: a name after "with" stays an object; the owner before "'s … imposed" still owns it
    ("Talks with the EU and the US stalled after China imposed sanctions on Lockheed Martin.",
     {("Leverage", CN, "sanctions", "org/lockheed-martin")}),
    ("China unveiled countermeasures against the United States' newly imposed port fees.",
     {("Leverage", US, "port-fees", CN), ("Leverage", CN, "countermeasures", US)}),
]


# -- English steps announced for later ---------------------------------------------------------------
# en-measure-later: "set to begin April 10" says the step takes effect later; en-measure-threat:
# "forthcoming", "upcoming", "impending", "planned" before a measure announce it.
EN_LATER = [
    ("China announced a 34% tariff on imported goods from the US set to begin April 10.",
     {("Threat", CN, "tariffs", US)}),
    ("Trump announced forthcoming export controls on critical software from China.",
     {("Threat", "person/donald-trump", "software", CN)}),
    # near miss: a step in force
    ("China imposed a 34% tariff on imported goods from the US on April 10.", {("Leverage", CN, "tariffs", US)}),
]


@pytest.mark.parametrize(("text", "expected"), EN_TAKERS + EN_LATER)
def test_en_steps_taken_and_announced(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "issue", "target") == expected


# -- Chinese speakers: a modifier clause before the name, a day before the verb -----------------------
# zh_claims._eligible: a verb ending in an oblique character that opens a modifier with 的
# (zh-modifier-verb: 受到制裁的) leaves the name after 的 a subject; right before a name it still marks
# the agent. zh_actors._appositions: a day between an unnamed spokesperson and the verb (發言人9月22日
# 表示) still lets the body the title names speak.
ZH_SPEAKERS = [
    ("受到制裁的科頓參議員在一篇專欄文章中說，「這些制裁不會對我產生影響。」", "person/tom-cotton"),
    ("白宮發言人週二表示，「美國不會讓步。」", "org/white-house"),
    # near miss: the agent of 受到 is no speaker
    ("華為受到美國制裁後表示，「我們會堅持下去。」", "org/huawei"),
]


@pytest.mark.parametrize(("text", "speaker"), ZH_SPEAKERS)
def test_zh_speaker_forms(claims_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == {speaker}



# -- a threat on a negated condition ---------------------------------------------------------------
# measures._negated_condition (zh-condition-not: 再不, 若不; zh-condition-if + 不: 如果美國不…): what the
# side in the condition fails to do, under a step or warning of the other side in the main clause, is
# wanted of it; an offer in the main clause (將購買更多大豆) makes no such demand.
ZH_NEGATED = [
    ("發言人表示，美國再不停止干預內政，「中方必將採取有力措施，予以堅決反制」。",
     {("Demand", CN, "停止干預內政", US)}),
    ("如果美國不停止干預中國內政，中方必將採取有力措施。", {("Demand", CN, "停止干預中國內政", US)}),
    # near misses: an offer is no threat; a condition of one's own side asks nothing of the other
    ("如果美國不加徵關稅，中國將購買更多大豆。", set()),
    ("如果中方不讓步，中方將採取反制措施。", set()),
]


@pytest.mark.parametrize(("text", "expected"), ZH_NEGATED)
def test_zh_negated_condition(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "kind", "actor", "phrase", "target") == expected


# -- the one asked does not say the words -----------------------------------------------------------
# en_claims._asked_before: a state or body right after an asking verb and before "to" + quotation, or
# the agent of a noun before one ("moves by the United States to"), is not the quotation's speaker.
EN_ASKED = [
    ("China's Commerce Ministry urged Washington to \"stop unilateralism and bullying\".",
     {("org/mofcom", "stop unilateralism and bullying")}),
    ("The ministry accused the United States of \"abusing export controls\", and urged Washington to "
     "\"stop unilateralism and bullying\".", set()),
    ("A spokesperson for the Chinese Embassy said \"China strongly deplores and firmly opposes\" moves by the "
     "United States to \"abuse export control measures\".",
     {("org/chinese-embassy-us", "China strongly deplores and firmly opposes"),
      ("org/chinese-embassy-us", "abuse export control measures")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_ASKED)
def test_en_asked_is_no_speaker(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"} == expected
