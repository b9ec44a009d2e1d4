"""Session 20: what real news showed — demands named by a noun, a pronoun or a second that-clause.

Every sentence here was invented for the test in the manner of wire copy; each case pins the exact
demands it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import demands_named, facts

CN, US = "state/china", "state/us"

# -- English demands: forms the demand engines did not read -------------------------------------------
# measures._CLAUSE_END: "and that" opens a new clause ("said A had not changed and that B opposes …"),
# so a negation of the first is not the second's; en_claims._called: a demand noun with its owner
# before it and a bare to-infinitive ("after US pleas to crack down on fentanyl") asks the other side,
# except a noun of the owner's own aim (en-demand-call-own: "Beijing's push to …"); measures.demand:
# "asked them to" asks the other side when the action names a bargaining item.
EN_DEMANDS = [
    ("China sent warships. The official said that US policy has not changed and that the United States "
     "strongly opposes unilateral efforts to change the status quo.",
     set()),  # (English opposition asks nothing since session 26: no en-oppose cue set)
    ("China sent warships. The official said that the United States does not oppose unilateral efforts to "
     "change the status quo.", set()),
    ("China listed the drug after US pleas to crack down on fentanyl.", {("US", "crack down on fentanyl")}),
    ("China listed the drug after Washington's request to curb fentanyl exports.",
     {("Washington", "curb fentanyl exports")}),
    # near misses: the owner's own aim; a step the owner takes; no bargaining item
    ("The rules complicate China's push to build its own semiconductor industry, the US said.", set()),
    ("China said nothing. Congress backed the US push to ban TikTok.", set()),
    ("China listed the drug after US pleas to act.", set()),
    ("China responded. \"I have been speaking with the highest Chinese representatives, and I've asked them "
     "to reduce the trade deficit,\" Trump said.", {("Trump", "trade deficit")}),
    ("China responded. \"I've asked them to come to Washington,\" Trump said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EN_DEMANDS)
def test_en_demand_forms(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert demands_named(extraction_of(text)) == expected


# -- a second that-clause's pronoun ----------------------------------------------------------------
# measures._pronoun_subject: after "and that", he/she/it/they is the sentence's subject when it is of the
# pronoun's kind; measures._verb_after_pronoun: a pronoun's verb that eases the measure holds it too.
EN_PRONOUN = [
    ("China said no. Donald Trump said the meeting was a success and that he would lower the fentanyl tariff "
     "on China.", {("Leverage", "person/donald-trump", "tariffs")}),
    # near miss: a second that-clause with a subject of its own
    ("China said no. Donald Trump said the meeting was a success and that Beijing would lower its tariffs on "
     "US goods.", {("Leverage", "state/china", "tariffs")}),
]


# -- whose step, and when ------------------------------------------------------------------------------
# measures._first_person_subject: a quotation opened by a first-person subject (否則「我們就得…」) is the
# speaker's side's step, not the subject's of the clause before — unless an actor is named before the
# cue; measures._dated_later: a month of the document's year with no day, as a start (6月起), after the
# document's month is to come; zh-measure-later: 啟動…加徵關稅的程序 sets a step in motion, a threat.
ZH_WHEN = [
    ("美國總統川普周一表示，中國必須向美國提供磁鐵，否則「我們就得對他們徵收200%關稅」。", None,
     {("Threat", "person/donald-trump", "tariffs", CN)}),
    # near miss: an actor named after the first person takes the step
    ("美國總統川普周一表示：「我們知道中國已對美國大豆徵收關稅。」", None, {("Leverage", CN, "tariffs", US)}),
    ("中國宣布6月起向總值600億美元美國產品加徵關稅。", "2019-05-14", {("Threat", CN, "tariffs", US)}),
    # near miss: a month already past
    ("中國宣布3月起向總值600億美元美國產品加徵關稅。", "2019-05-14", {("Leverage", CN, "tariffs", US)}),
    ("美方宣布啟動對約3000億美元中國輸美商品加徵關稅的程序。", None, {("Threat", US, "tariffs", CN)}),
    # measures.mood: a clause opened by its subject's future (，將…) after an opposition that asks no one
    # is the speaker's own step; after 要求美方… the demand still governs it
    ("美國對中國加徵關稅。中方堅決反對，將採取反制措施。", None,
     {("Leverage", US, "tariffs", CN), ("Threat", CN, "countermeasures", US)}),
    ("美方要求中方停止報復，將採取更多關稅措施。", None, set()),
]


@pytest.mark.parametrize(("text", "date", "expected"), ZH_WHEN)
def test_zh_whose_step_and_when(  # type: ignore[no-untyped-def]
    extraction_of, text: str, date: str | None, expected: set[tuple[str | None, ...]]
) -> None:
    claims = extraction_of(text, date).claims
    assert facts(claims, ("Leverage", "Threat"), "kind", "actor", "issue", "target") == expected


# -- who asks: a title's person, not the state before it; a mention modifying a noun ------------------
# en_claims._demand: the one asked after "urged" is the person a state and a title qualify
# (titled_person); en_claims.holder_before: a mention right before a noun it modifies
# (en-actor-modifier-noun: the U.S. tariff exemptions) is no subject.
EN_ASKED = [
    ("China said no. China's Commerce Ministry called the U.S. tariff exemptions a small step and urged U.S. "
     "President Donald Trump to abolish the reciprocal tariffs.",
     {("org/mofcom", "abolish the reciprocal tariffs", "person/donald-trump")}),
    # near miss: the state itself is asked
    ("China said no. China's Commerce Ministry urged the United States to abolish the reciprocal tariffs.",
     {("org/mofcom", "abolish the reciprocal tariffs", US)}),
]


@pytest.mark.parametrize(("text", "expected"), EN_ASKED)
def test_en_who_asks_whom(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "target") == expected


# -- a list's kind and an infinitive's object ----------------------------------------------------------
# en_claims.leverage: a lever word after "and/or other" (sanctions and other economic weapons) is the
# kind of the steps listed, no lever of its own; measures._object: a mention right after an infinitive
# (to revoke Hong Kong's special status) is its object, not the step's taker.
EN_LIST_KIND = [
    ("China protested. Washington will potentially take steps to revoke Hong Kong's special status and "
     "possibly levy sanctions and other economic weapons against China.",
     {("Threat", US, "sanctions")}),
    # near miss: a lever named as such
    ("China protested. Analysts said rare earths remain Beijing's strongest economic weapon.",
     {("Leverage", CN, "rare-earths")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_PRONOUN + EN_LIST_KIND)
def test_en_step_holders(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "issue") == expected


# -- Chinese names and titles ----------------------------------------------------------------------------
# zh_actors._titles_after_names: after a name the lexicon knows a title is its person's unless a body goes
# on from it (總統府); _name_after_title: no name ends with a time word (峰會後) or opens with 問 or 令
# (答記者問, 總統令中: zh-not-name-first); a given name in transliteration before a form of a known
# person whose Latin gloss names that person is that person's name (湯姆科頓(Tom Cotton)).
ZH_NAMES = [
    ("川普總統與習近平主席峰會後，美中達成妥協。",
     {"person/donald-trump": {"總統"}, "person/xi-jinping": {"主席"}}),
    ("商務部新聞發言人答記者問回應稱，美方做法違反規則。", {"org/mofcom": set()}),
    ("美國總統令中指出，字節跳動必須出售業務。", {"state/us": set()}),
    ("美國共和黨參議員湯姆科頓(Tom Cotton)提出法案。", {"person/tom-cotton": {"參議員"}}),
    # no name after a title opens with a verb or a common noun (_opens_with_word: 發布新聞稿稱) or with
    # 們 (律師們說); a Chinese name whose given name is a word stays (吳和平); a word before an adverb is
    # no name (文章還指出); a name ends before 當地時間 (zh-name-follow)
    ("白宮新聞秘書發布新聞稿稱，美方將加徵關稅。", {"org/white-house": set()}),
    ("清華大學教授吳和平表示，中方應採取行動。", {"person:吴和平": {"教授"}}),
    ("文章還指出，美方做法違反規則。", {"state/us": set()}),
    ("美國律師們說這是在提醒人們。", {"state/us": set()}),
    # 領導人 is a title of a known person (zh-title-state); after it no name the lexicon does not know
    # is read, and it is never read after names (zh-title-known-only)
    ("美國總統拜登與中國領導人習近平舉行視訊會議。", {"person/joe-biden": {"總統"}, "person/xi-jinping": {"領導人"}}),
    ("中國領導人周二表示，中方滿意。", {"state/china": set()}),
    ("習近平和特朗普領導人週四會面。", {"person/xi-jinping": set(), "person/donald-trump": set()}),
    ("美國白宮辦公室主任約翰·史密斯當地時間13日表示，中方應採取行動。", {"person:约翰·史密斯": {"主任"}}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_NAMES)
def test_zh_names_and_titles(extraction_of, text: str, expected: dict[str, set[str]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    persons = {k for k, a in ex.actors.items() if a.type == "Person"}
    assert persons == {k for k in expected if k.startswith("person")}
    assert {k: {r.title for r in ex.actors[k].roles} for k in expected} == expected


# -- an opposed intention, a hope, a quoted action ---------------------------------------------------
# measures.oppose: an opposed noun of intent goes on with its 'to' (en-complement-to: the US side's
# intention to impose tariffs); measures._noun_owner: the possessor of a noun of intent ("side's" passed
# over) takes the step, announced (en-measure-threat: intention to); en-measure-demand: a measure after
# "hopes X will" is what is wanted of X, no step of the one hoping; measures.action: an action that
# opens with a quotation is the words quoted (needed to “correct its mistakes” regarding the tariff war).
EN_INTENT = [
    ("China firmly opposes the U.S. side's intention to impose an additional 10-percent tariff on Chinese "
     "imports.",
     {("Threat", US, "tariffs")}),  # (no demand: English opposition asks nothing since session 26)
    ("China protested. China hopes the U.S. will stop its tariffs, Hua said.", {("Demand", CN, "tariffs")}),
    ("Talks stalled. Beijing said on Friday that Washington needed to “correct its mistakes” regarding its "
     "handling of the tariff war.", {("Demand", CN, None)}),
    # en-concern-about: a concern's matters may follow ", including" (raised concerns, including …)
    ("China protested. Washington raised concerns, including China's subsidies for state-owned enterprises.",
     {("Demand", US, "structural-reform")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_INTENT)
def test_en_intent_hope_and_quoted_action(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat", "Demand"), "kind", "actor", "issue") == expected


# -- who said a Chinese quotation ---------------------------------------------------------------------
# zh_claims._speaker_before: the one person who opens the sentence speaks, not a state named in the frame
# of time and place before the verb (在跟隨美國國務卿訪問…時表示); a mention owning the noun after it
# (美國的舉措) is no speaker, the body before it is.
ZH_SAID = [
    ("22日，美國國務院發言人李明遠在跟隨美國國務卿訪問丹麥行程，於首都哥本哈根回答媒體時表示：「我們已指導關閉該領館。」",
     {("person:李明远", "我們已指導關閉該領館。")}),
    ("中國商務部批評，美國的舉措「損害磋商氣氛」，呼籲美國糾正錯誤做法，以對話解決分歧，強調「不願打貿易戰，但也不怕打」。",
     {("org/mofcom", "不願打貿易戰，但也不怕打")}),
    # zh_claims._prior_subject: 她 after a frame of time (談到…時，) opening its sentence is the speaker of
    # the sentence before, a body's unnamed spokesperson there
    ("商務部發言人說，美方的做法將損害投資者的信心。談到強制出售時，她說：「如果消息屬實，中國將堅決反對。」",
     {("org/mofcom", "如果消息屬實，中國將堅決反對。")}),
]


# -- who said an English quotation -------------------------------------------------------------------
# en_claims._PARTICIPLE_LEAD: a participle after a closing quotation mark (…problems,” adding that …)
# goes on with the main clause's speaker; en_claims._claim_owner: words quoted in the that-clause of a
# possessed noun of something said (en-claim-noun: Trump's claim that …) are the possessor's.
EN_SAID = [
    ("The Chinese foreign ministry official said that the US using “tariffs as an excuse was not the way to "
     "solve problems,” adding that the US was “returning kindness with hostility”.",
     {("org/mfa-china", "tariffs as an excuse was not the way to solve problems"),
      ("org/mfa-china", "returning kindness with hostility")}),
    ("China protested. This was a rebuttal to Donald Trump’s claim that the US’s trade deficit with China "
     "makes its trade war “easy to win”.", {("person/donald-trump", "easy to win")}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_SAID + EN_SAID)
def test_who_said_it(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


# -- the world's states are known actors (ontology/actors.ttl) -------------------------------------------
# each in English and both Chinese scripts; a name that is also a common word, a US state or part of a
# Chinese place name (Georgia, 內蒙古) is left out in that language.
STATES = [
    ("Bulgaria and Peru signed the deal with China.", {"state/bulgaria", "state/peru", "state/china"}),
    ("保加利亞和秘魯與中國簽署協議。", {"state/bulgaria", "state/peru", "state/china"}),
    ("Georgia farmers sold soybeans to China.", {"state/china"}),
    ("內蒙古的稀土礦場擴大生產。", set()),
]


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_states_of_the_world(extraction_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {k for k, a in extraction_of(text).actors.items() if a.type == "State"} == expected
