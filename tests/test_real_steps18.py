"""Session 18: what real news showed — the complement of a step's object.

Every sentence here was invented for the test in the manner of wire copy or a Chinese daily, and
each case pins the exact claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"


# -- "to" that goes on with what a step is about ---------------------------------------------------------
# measures._Finder.act_items: "to" ends an English noun phrase, except after a noun whose complement it
# opens (en-complement-to: access to …) and before "of" when only the side aimed at stands between
# (exports to the United States of …): when the step's object names no issue, the issues of that
# complement are what the step is about, and the step keeps its own words.
COMPLEMENT = [
    ("The United States restricts Chinese access to semiconductors.",
     {(US, "restricts Chinese access", "semiconductors")}),
    ("Beijing announced on Tuesday it is banning exports to the United States of gallium and other metals.",
     {(CN, "banning exports", "critical-minerals")}),
    # near miss: "to" before an actor with no "of" after it is whom the step hits, and ends the phrase
    ("Beijing announced on Tuesday it is banning exports to the United States next month.",
     {(CN, "banning exports", None)}),
    # near miss: a noun that takes no "to" complement ends before it
    ("Washington restricted Beijing's purchases to protect its farmers.",
     {(US, "restricted Beijing's purchases", None)}),
]


@pytest.mark.parametrize(("text", "expected"), COMPLEMENT)
def test_complement_after_to(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "phrase", "issue") == expected


# -- a title that names its side by itself ---------------------------------------------------------------
# en_actors.side_pass (en-title-side:<actor>) and zh_actors._implied_state (zh-title-state-of:state/us):
# a senator, a defense secretary or a foreign ministry's spokesman whose owner the text does not name
# speaks for the side only that government has; a title of a third state named stays that state's.
TITLE_SIDE = [
    ("Sen. John Roe said on Monday that the ban was overdue.", "person/John-Roe-833e3a7a", "US"),
    ("Deputy Treasury Secretary Michael Faulkender said the talks went well.",
     "person/Michael-Faulkender-4169250b", "US"),
    ("Foreign Ministry spokesman Lu Weiming said China would respond.", "person/Lu-Weiming-d768149b", "China"),
    ("參議員史考特表示，美國應該制裁中國官員。", "person:史考特", "US"),
    # near misses: a third state's senator or minister, and an analyst, stay of no side
    ("Japanese Senator Taro Yamada said on Monday that the ban was overdue.", "person/Taro-Yamada-b810a76d", "Other"),
    ("Japan's Foreign Minister Taro Kono said he was worried.", "person/Taro-Kono-fe90ac2b", "Other"),
    ("Analyst Jane Roe said the talks went well.", "person/Jane-Roe-718b6537", "Other"),
    ("日本參議員山田太郎表示反對。", "person:山田太郎", "Other"),
]


@pytest.mark.parametrize(("text", "key", "side"), TITLE_SIDE)
def test_title_names_its_side(extraction_of, text: str, key: str, side: str) -> None:  # type: ignore[no-untyped-def]
    assert extraction_of(text).actors[key].side == side


# -- the last word of a body named before a title is no title word ------------------------------------------
# en_actors._roles_before: "Ministry of Commerce spokesman Zhou Mingde" — "Commerce" is a title modifier, but
# here it ends the ministry's name: the title is "spokesman", of the ministry (so of China's side).
def test_body_before_title_owns_it(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("Ministry of Commerce spokesman Zhou Mingde said the tariffs were wrong.")
    zhou = ex.actors["person/Zhou-Mingde-633bb14e"]
    assert ([(r.title, r.of) for r in zhou.roles], zhou.side) == ([("spokesman", "org/mofcom")], "China")
    # near miss: a title modifier with no body before it stays in the title
    ex = extraction_of("Commerce spokesman Zhou Mingde said the tariffs were wrong.")
    assert [(r.title, r.of) for r in ex.actors["person/Zhou-Mingde-633bb14e"].roles] == [("Commerce spokesman", None)]


# -- a wish denied ---------------------------------------------------------------------------------------
# zh-wish-denied (zh_claims._demands, measures._Finder.demand): a negation right before an asking or seeking
# verb (不尋求, 並不要求) says the subject wants nothing of the kind.
DENIED = [
    ("蘇利文說道，美國不尋求與中國衝突，但歡迎激烈的競爭。", set()),
    ("中方並不要求美方讓步。", set()),
    # near misses: the same verbs asserted, and a negation inside what is wanted, still ask
    ("蘇利文說道，美國尋求與中國對話。", {(US, "對話")}),
    ("中方要求美方讓步。", {(CN, "讓步")}),
    ("中方要求美方不得干涉中國內政。", {(CN, "不得干涉中國內政")}),
]


@pytest.mark.parametrize(("text", "expected"), DENIED)
def test_wish_denied_asks_nothing(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- a call for a step against the other side, by a side -------------------------------------------------
# measures._Finder._calls_for_step: what an English "called for"/"pushing for" seeks is a punitive step
# in its first words — the caller's own side would take it, no demand of the other side; a relief is asked.
CALLS = [
    ("The White House called for sanctions on Chinese officials.", set()),
    ("Sen. John Doe called for tougher export controls on Chinese chipmakers.", set()),
    # near miss: the removal of a step is asked of the side that took it
    ("Beijing called for the removal of tariffs on Chinese goods.",
     {(CN, "the removal of tariffs on Chinese goods")}),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_call_for_a_step_by_a_side(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- a Chinese passive ask --------------------------------------------------------------------------------
# zh_claims._passive_demand: X被[Y]要求… — X, before 被, is the one asked; Y (or, unnamed, the side other than
# X's, or than where a company X is based) asks it.
PASSIVE = [
    ("中國被美國要求停止補貼國企。", {(US, "停止補貼國企", CN)}),
    ("美國總統特朗普簽署命令。根據這項命令，字節跳動被要求必須在90天內出售TikTok。",
     {(US, "必須在90天內出售TikTok", "org/bytedance")}),
    # near misses: the active ask, and 被 with no asking verb
    ("美國要求中國停止補貼國企。", {(US, "停止補貼國企", CN)}),
    ("中國被美國列入觀察名單。", set()),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_chinese_passive_ask(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "target") == expected


# -- a word that only begins like a threat marker ----------------------------------------------------------
# zh-not-threat-cue (measures._Finder.mood): 將 marks a step announced for later, but 將領/將軍 (a general)
# is a noun: sanctions on generals already imposed are leverage.
GENERALS = [
    ("美方對中國將軍實施制裁。", {("Leverage", US)}),
    ("美方宣佈對中國軍隊有關部門及高級將領實施無理制裁。", {("Leverage", US)}),
    # near miss: 將 before the verb still announces the step
    ("美方將對中國官員實施制裁。", {("Threat", US)}),
]


@pytest.mark.parametrize(("text", "expected"), GENERALS)
def test_general_is_no_future(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor") == expected


# -- an order is an ask --------------------------------------------------------------------------------------
# en-ask / en-ask-with-to: ordered, directed, instructed X to … ask X; an order of a step with no one
# ordered ("ordered tariffs on …") asks nobody. measures._Finder.demand: in English, a company based in
# the other side's country (cm:basedIn) may be the one asked.
ORDERS = [
    ("Beijing ordered Washington to close its consulate in Chengdu.", {(CN, "close its consulate in Chengdu")}),
    ("The White House instructed China to halt the exports.", {("org/white-house", "halt the exports")}),
    # a company based in the other side's country is asked as that side is (cm:basedIn)
    ("Trump ordered ByteDance to sell the app within 90 days.",
     {("person/donald-trump", "sell the app within 90 days")}),
    # near misses: an order with no one asked, and an order reported with "that"
    ("Trump ordered tariffs on Chinese goods.", set()),
    ("Beijing ordered that the consulate be closed by Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS)
def test_order_asks(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected



# -- a foreign name before a speech verb --------------------------------------------------------------------
# zh_actors._transliterated_name: a given name and a surname joined by a middle dot (亨利·法雷爾), each a run
# of zh-transliteration characters (now with 爾, 頓, 遜 …), is a person before a speech verb; a time word
# such as 最後 may stand between the name and the verb (zh-name-follow), and 政治學家 is a title.
SPEAKERS = [
    ("亨利·法雷爾表示，美國必須面對事實。", {"person:亨利·法雷尔"}),
    ("政治學家法雷爾表示，美國必須面對事實。", {"person:法雷尔"}),
    ("白宮發言人莎琪表示反對。莎琪最後說：「北京企圖威嚇國際組織。」", {"person:莎琪"}),
    # a dotted name before no speech verb is a person all the same (zh_actors._dotted_names, session 23)
    ("亨利·法雷爾的新書談到美國。", {"person:亨利·法雷尔"}),
]


@pytest.mark.parametrize(("text", "persons"), SPEAKERS)
def test_foreign_name_speaks(extraction_of, text: str, persons: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {k for k, a in ex.actors.items() if a.type == "Person"} == persons
    assert {c.actor for c in ex.claims if c.kind == "Statement"} == (persons if "「" in text else set())


# -- who speaks without a name ------------------------------------------------------------------------------
# zh_claims._body_before: an unnamed spokesperson (一名不具名發言人說：「…」) speaks for the government body the
# sentence before names (an outlet reporting it is no such body); 港府 is the Hong Kong government
# (ontology/actors.ttl), which speaks.
UNNAMED = [
    ("美國國務院則是譴責中國的反制措施。一名不具名發言人說：「我們強烈反對北京反制美國企業的舉措。」",
     {"org/state-department"}),
    ("港府表示，「即使面對美國的無理施壓仍會繼續正常運作」。", {"org/hk-government"}),
    # near misses: an outlet before is not whom the spokesperson speaks for; a named speaker speaks
    ("路透社報導了這一消息。一名發言人說：「我們強烈反對北京反制美國企業的舉措。」", set()),
    ("美國國務院則是譴責中國的反制措施。王毅說：「我們強烈反對美國的舉措。」", {"person/wang-yi"}),
]


@pytest.mark.parametrize(("text", "speakers"), UNNAMED)
def test_unnamed_spokesperson_speaks_for_the_body(claims_of, text: str, speakers: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == speakers


# -- English speakers in reported speech ---------------------------------------------------------------------
# en_claims._commits: a state's two quoted words after "said it was" are its own (China said it was
# "seriously concerned"); en_actors._person_context: "Wang Dong, from Peking University, warned …" names a
# person, the body set off after the name being the speaker's.
REPORTED = [
    ("In response, China said it was “seriously concerned” about the new order.", {(CN, "seriously concerned")}),
    ("Wang Dong, from Peking University, warned that the strategy might \"backfire badly\" on Washington.",
     {("person/Wang-Dong-19e5008c", "backfire badly")}),
    # near misses: a state's catchword with no such lead, and a company set off by its city, stay as they were
    ("Beijing welcomed the move as a “positive sign” on Friday.", set()),
    ("Huawei, from Shenzhen, said it would \"fight back hard\".", {("org/huawei", "fight back hard")}),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_speech_speakers(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


# -- a designation with "as" ----------------------------------------------------------------------------------
# measures._Finder.act_items: "designated China as a currency manipulator" — "as" ends no noun phrase after a
# designation (en-measure-designate, now with its -ing forms): what China is designated as is the step.
DESIGNATED = [
    ("The US designated China as a currency manipulator.", {(US, "designated China as a currency manipulator")}),
    ("The United States responded by designating China a currency manipulator.",
     {(US, "designating China a currency manipulator")}),
    # near miss: "as" that opens a clause names nothing
    ("The US designated the firms as they saw fit.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DESIGNATED)
def test_designated_as(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "phrase") == expected


# -- "X said it was <step>ing" ---------------------------------------------------------------------------------
# measures._Finder.holder: a pronoun right before the step's own verb (it was suspending, it would suspend)
# stands for the sentence's subject, which takes the step.
PRONOUN_STEP = [
    ("China said it was suspending dialogue with the US on climate change.",
     {("Leverage", CN, "suspending dialogue")}),
    ("China said it would suspend dialogue with the US on climate change.",
     {("Threat", CN, "suspend dialogue")}),
    # near miss: a person's "it" is no antecedent of this kind (a person takes no step through "it")
    ("Jane Roe said it was suspending dialogue with the US.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_STEP)
def test_pronoun_before_the_step(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "phrase") == expected


# -- a Chinese step's mood: through 的 to a threat noun, and down a numbered list ---------------------------------
# measures._Finder._threat_noun: 加徵關稅的威脅 — the measure modifies the threat noun through 的, so it is only
# threatened; zh-mood-carry: 二是/三是 open the next item of a list announced with the first.
MOOD_MORE = [
    ("特朗普此次急於拋出加徵關稅的威脅。", {("Threat", "tariffs")}),
    ("美方宣布兩項措施：一是將對中國商品加徵關稅；二是限制對中國出口關鍵軟件。",
     {("Threat", "tariffs"), ("Threat", "software")}),
    # near misses: a noun after 的 that is no threat, and a list of steps taken
    ("美國的關稅的影響很大。", {("Leverage", "tariffs")}),
    ("美方宣布兩項措施：一是對中國商品加徵關稅；二是限制對中國出口關鍵軟件。",
     {("Leverage", "tariffs"), ("Leverage", "software")}),
]


@pytest.mark.parametrize(("text", "expected"), MOOD_MORE)
def test_chinese_mood_through_de_and_lists(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "issue") == expected


# -- a glossed name with a given name ------------------------------------------------------------------------
# zh_actors._glossed_persons: 比爾·威克斯（Bill Wykes）説 — the given name before the dot belongs to the name,
# and a name glossed in Latin may open right after a closing quotation mark.
GLOSSED = [
    ("「我知道三分之一的大豆將運往中國，」比爾·威克斯（Bill Wykes）說。", {"person:比尔·威克斯"}),
    ("「我知道三分之一的大豆將運往中國。」威克斯（Bill Wykes）說。", {"person:威克斯"}),
    # near miss: a gloss that names a company is no person
    ("「我們會繼續供貨。」輝達（Nvidia Corp）說。", set()),
]


@pytest.mark.parametrize(("text", "persons"), GLOSSED)
def test_glossed_name_with_given_name(extraction_of, text: str, persons: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {k for k, a in extraction_of(text).actors.items() if a.type == "Person"} == persons


# -- two failures of one actor -------------------------------------------------------------------------------------
# measures._Finder.reproach: "is not complying with X and has failed to Y" — a second failure joined by "and"
# (en-reproach-alone) is a second thing wanted of the same actor, and ends the first.
FAILURES = [
    ("Tai said that China is not complying with the Phase One agreement and has failed to make meaningful reforms.",
     {("person/katherine-tai", "the Phase One agreement"), ("person/katherine-tai", "make meaningful reforms")}),
    # near miss: "and" that joins no second failure stays in the phrase
    ("Tai said China is not complying with rules on steel and aluminum.",
     {("person/katherine-tai", "rules on steel and aluminum")}),
]


@pytest.mark.parametrize(("text", "expected"), FAILURES)
def test_two_failures_of_one_actor(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- the object of a verb of claiming is no holder ----------------------------------------------------------------
# en-object-verb: "Beijing claims Taiwan as its territory and has never renounced using force" — Taiwan is what
# Beijing claims, so the step held open is Beijing's.
def test_object_of_claims_is_no_holder(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "Beijing claims Taiwan as its territory and has never renounced using force to take the island."
    assert facts(claims_of(text), ("Threat",), "actor", "phrase") == {(CN, "using force")}
    # near miss: the state named as the subject of its own step holds it
    assert facts(claims_of("Taiwan has never renounced using force to defend itself."), ("Threat",), "actor") == set()


# -- a concern voiced by a pronoun ----------------------------------------------------------------------------------
# measures._Finder.concern: "…, he raised concerns about X" — a pronoun voicing the concern stands for its
# antecedent, who wants X changed.
CONCERN_PRONOUN = [
    ("When Blinken visited China in July, he raised concerns about the detention of American citizens.",
     {("person/antony-blinken", "the detention of American citizens")}),
    # near miss: a pronoun with no antecedent of a side voices nothing that counts
    ("When the tourists visited China in July, they raised concerns about the weather.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONCERN_PRONOUN)
def test_concern_voiced_by_a_pronoun(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- a step's phrase keeps its measure word with its one issue ------------------------------------------------------
# measures._Finder.candidate: a measure (or punitive verb) naming one issue gives the phrase from the measure word
# to the issue when that is short enough to name a thing (tariffs on steel imports, 對稀土實施出口管制: the 對 of
# its object kept, not the 對 of 針對); a list keeps one claim per thing.
PHRASES = [
    ("Trump imposed tariffs on steel imports from China.", {("person/donald-trump", "tariffs on steel imports")}),
    ("中國商務部宣布對稀土實施出口管制。", {("org/mofcom", "對稀土實施出口管制")}),
    # near misses: a list of things keeps its items, and a clause too long for a thing keeps the name
    ("China imposed tariffs on US soybeans, pork and beef.", {(CN, "soybeans"), (CN, "pork"), (CN, "beef")}),
    ("The United States imposed sanctions, which officials described as the toughest in years, on Chinese chipmakers.",
     {(US, "sanctions")}),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_step_phrase_keeps_its_measure_word(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "phrase") == expected


# -- a government department named after its state, as a speaker ------------------------------------------------------
# zh_actors._org_speaker: a government ending (部, 局, 署) counts for a name that follows a state word and
# speaks (美國農業部表示, 美國國土安全部表示), even when the name is also a dictionary word (農業部).
DEPARTMENTS = [
    ("美國能源部表示，將增加對農民的補貼。", {"org:能源部"}),
    ("據悉，美國交通部表示將加強審查。", {"org:交通部"}),
    # near miss: a noun of people after a state word is no body
    ("美國民眾表示不滿。", set()),
]


@pytest.mark.parametrize(("text", "orgs"), DEPARTMENTS)
def test_department_after_its_state_speaks(extraction_of, text: str, orgs: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {k for k, a in extraction_of(text).actors.items() if a.type == "Organization"} == orgs


# -- a state's mission abroad ------------------------------------------------------------------------------------------
# zh_actors._missions (zh-mission-suffix): 中國駐休士頓總領事館 is a body of China's government, one actor however its
# ending is written (總領館, 總領事館); asked to close, the mission is what the wanted action is about and its state is
# asked (zh_claims._mission).
def test_mission_abroad_is_its_states_body(extraction_of, claims_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("美國要求關閉中國駐休士頓總領館。中國駐休士頓總領事館表示抗議。")
    orgs = {k: a.side for k, a in ex.actors.items() if a.type == "Organization"}
    assert orgs == {"org:中国驻休士顿总领事馆": "China"}
    got = facts(claims_of("中方要求美國駐成都總領事館在72小時內關閉。"), ("Demand",), "actor", "phrase", "target")
    assert got == {(CN, "美國駐成都總領事館在72小時內關閉", "org:美国驻成都总领事馆")}
    # near miss: a known embassy stays the lexicon's actor
    assert "org/chinese-embassy-us" in extraction_of("中國駐美大使館發表聲明。").actors


# -- a known person in a list after a title ---------------------------------------------------------------------------
# en_actors.coordinated_persons: "Senators John Roe, Josh Hawley and Tom Cotton" — a member the lexicon knows shares
# the title written before the list as a name found by structure does.
def test_known_person_listed_after_a_title(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("US Senators John Roe, Josh Hawley and Tom Cotton were sanctioned.")
    roles = {k: [(r.title, r.of) for r in a.roles] for k, a in ex.actors.items() if a.type == "Person"}
    assert roles == {
        "person/John-Roe-833e3a7a": [("Senators", US)],
        "person/josh-hawley": [("Senators", US)],
        "person/tom-cotton": [("Senators", US)],
    }
    # near miss: a known person joined by "and" to no list after a title takes no title
    ex = extraction_of("Josh Hawley and Tom Cotton were sanctioned.")
    assert all(not a.roles for a in ex.actors.values())
