"""Claims as real news writes them (session 16).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"
MOFCOM = "org/mofcom"


# -- a pronoun that a relative clause defines is no anaphor, and its clause stays in the object --------
# "demanded the immediate release of those who were detained": the verb of the relative clause does
# not end the object (en_claims._object_end), and "those who" points to no issue named before
# (en_claims._ANAPHOR), so the demand is not merged into the sentence's other one.
RELATIVE = [
    ("China's commerce ministry on Friday urged the US to stop the sanctions, and demanded the "
     "immediate release of those who were detained.",
     {(MOFCOM, "stop the sanctions", "sanctions"),
      (MOFCOM, "the immediate release of those who were detained", None)}),
    # near miss: a demonstrative that points back keeps the issue named before it
    ("China's commerce ministry on Friday condemned the sanctions and demanded the immediate "
     "lifting of those.",
     {(MOFCOM, "the immediate lifting of those", "sanctions")}),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_clause_in_a_demanded_object(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "issue") == expected


# -- a concern's later matters headed by a noun of trade name their thing -----------------------------
# "dissatisfaction with China's purchases of Iranian oil, as well as the sale of dual-use technology
# to Russia": the second matter is the technology (measures._Finder._matter_of), as the first is the oil.
MATTERS = [
    ("The Treasury chief voiced US dissatisfaction with China's purchases of Iranian oil, as well as "
     "the sale of billions of dollars of dual-use technology to Russia.",
     {(US, "Iranian oil"), (US, "dual-use technology")}),  # a known issue (dual-use items) names it
    # near miss: a matter with no head noun of trade is kept as written
    ("The Treasury chief voiced US dissatisfaction with China's purchases of Iranian oil, as well as "
     "its own companies' sales to Russia.",
     {(US, "Iranian oil"), (US, "its own companies' sales to Russia")}),
]


@pytest.mark.parametrize(("text", "expected"), MATTERS)
def test_concern_matters_after_as_well_as(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- "the Chinese" before a verb of need is the Chinese side --------------------------------------------
# en-people-verb: "The Chinese need to stop …" asks China in the words of the one quoted.
PEOPLE = [
    ('US Commerce Secretary Jane Roe spoke on Monday. "The Chinese need to stop subsidizing their '
     'steel industry," Roe said.',
     {("Demand", "stop subsidizing their steel industry", CN)}),
    # near miss: "the Chinese market" is a thing, no one asked
    ('US Commerce Secretary Jane Roe spoke on Monday. "The Chinese market needs to open to our '
     'farmers," Roe said.', set()),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_the_chinese_as_the_side_asked(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand", "Threat"), "kind", "phrase", "target") == expected


# -- 要 before a step still to be taken announces it ---------------------------------------------------
# zh-measure-threat: 要實施, 還要, 要在 (a time after it) make the measure announced, a threat.
FUTURE = [
    ("美方要實施禁令。", {("Threat", "禁令")}),
    ("美國總統表示，要在45天後對中國商品加徵關稅。", {("Threat", "對中國商品加徵關稅")}),
    # near miss: a ban in force is leverage
    ("美方已實施禁令。", {("Leverage", "禁令")}),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE)
def test_yao_before_a_measure_is_a_threat(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "phrase") == expected


# -- a preposition with a pronoun opening a threatened step is no part of it ---------------------------
# zh-time-lead: 就此, 對此, 為此 are trimmed from an item's start, so the step is read once (not also as
# 對此採取必要措施 by the measure engine).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中方將對此採取必要措施。", {("state/china", "採取必要措施")}),
        ("中方將就此作出強力回應。", {("state/china", "作出強力回應")}),
    ],
)
def test_pronoun_object_trimmed_from_a_threat(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat",), "actor", "phrase") == expected


# -- a failure voiced in a reported clause is wanted of the one failing ---------------------------------
# en-reproach-alone after a verb of speech (Tai said (that) China has failed to …; is not complying
# with …; had not lived up to …): the speaker wants it done (measures._Finder._reported_clause).
REPROACH = [
    ("US Trade Representative Katherine Tai said China has failed to make meaningful reforms.",
     {("person/katherine-tai", "make meaningful reforms", CN)}),
    ("US Trade Representative Katherine Tai said that China had not lived up to its purchase commitments.",
     {("person/katherine-tai", "purchase commitments", CN)}),
    # near miss: the speaker's own side failing is no demand of the other
    ("US Trade Representative Katherine Tai said the US has failed to make meaningful progress.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REPROACH)
def test_failure_in_a_reported_clause(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "target") == expected


# -- the verb of a reported clause before a quote is reported too ---------------------------------------
# 'Mao said (that) Beijing had noted "…"': the one reporting speaks, not the clause's subject.
REPORTED = [
    ('Chinese foreign ministry spokeswoman Mao Ning spoke on Friday. Mao acknowledged that the Commerce '
     'Ministry had noted "a lot of media reports of security incidents involving US phones."',
     {"person/mao-ning"}),
    ('Chinese foreign ministry spokeswoman Mao Ning spoke on Friday. Mao said Beijing had noted '
     '"a lot of media reports of security incidents involving US phones."', {"person/mao-ning"}),
    # near miss: one verb of speech, its own subject speaks
    ('Chinese foreign ministry spokeswoman Mao Ning spoke on Friday. Beijing had noted "a lot of media '
     'reports of security incidents involving US phones."', {CN}),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_speaker_of_a_reported_clause(claims_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == expected


# -- a quote right after a name is that name's predicate, in the words of the speaker going on ----------
# 美國國會「把…粉飾為…」: the quoted words say what Congress did; the speaker of the sentence before says
# them (zh_claims._first_body); 美國國會議員說「…」 keeps its verb of speech.
ADJACENT = [
    ("外交部發言人馬曉東說，香港發生的是「激進暴力犯罪行為，嚴重危害公眾安全」。美國國會「把暴力犯罪行徑粉飾為追求人權與民主」。",
     {("person:马晓东", "激進暴力犯罪行為，嚴重危害公眾安全"),
      ("person:马晓东", "把暴力犯罪行徑粉飾為追求人權與民主")}),
    ("外交部發言人馬曉東說，香港發生的是「激進暴力犯罪行為，嚴重危害公眾安全」。美國國會議員說「香港的暴力犯罪行徑是追求人權與民主」。",
     {("person:马晓东", "激進暴力犯罪行為，嚴重危害公眾安全"),
      ("org/us-congress", "香港的暴力犯罪行徑是追求人權與民主")}),
]


@pytest.mark.parametrize(("text", "expected"), ADJACENT)
def test_quote_right_after_a_name(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


# -- "the spokesperson" is the one introduced with that word, not the body named after it ---------------
# ('the spokesperson said.The US' …' in copy with a lost space): a body after the word names the
# spokesperson's only through of/for/at/from (en_claims._introduced).
def test_spokesperson_introduced_before(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("A spokesperson for China's Ministry of Commerce said on Monday that China opposes the move, the "
            "spokesperson said.The US' actions severely undermine the rights of Chinese firms. \"Tripping "
            "others won't make you run faster,\" the spokesperson said.")
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == {CN}


# -- a title and a name after a body's name are a person of that body ------------------------------------
# "Ministry of Commerce Spokesman Zhou Mingde": the organisation pass stops before the title
# (en_actors.org_pass); "Office of the Secretary of Defense" stays whole.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministry of Commerce Spokesman Zhou Mingde said the US must remove all tariffs.",
         {("Organization", "Ministry of Commerce"), ("Person", "Zhou Mingde")}),
        ("The Office of the Secretary of Defense said the US must remove all tariffs.",
         {("Organization", "Office of the Secretary of Defense")}),
    ],
)
def test_title_after_a_body_name(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {(a.type, a.names[0]) for a in ex.actors.values() if a.type != "State"} == expected


# -- a participle clause after a comma asks in the main clause's subject's name -------------------------
# "China raised concerns …, stressing that … and urging the US to …": China asks, not the US named in
# between (en_claims.holder_before); after a trailing attribution the one who said it asks.
PARTICIPLE = [
    ("China raised concerns through the consultation mechanism, stressing that the move undermined the "
     "consensus reached at the China-US talks in Geneva and urging the US to correct its mistakes.",
     {(CN, "correct its mistakes", US)}),
    ("Hong Kong affairs are purely China's domestic affairs, Foreign Ministry spokesman Zhao Lijian said, "
     "urging the US to correct its wrongdoing.",
     {("person/zhao-lijian", "correct its wrongdoing", US)}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE)
def test_participle_clause_asks_for_the_main_subject(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "target") == expected


# -- no name after a title opens with a preposition or an adverb ------------------------------------------
# zh-not-name-first: 參議員在福克斯新聞(Fox News), 官員一方面聲稱 name no one; 發言人普萊斯表示 does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受到制裁的參議員在福克斯新聞(Fox News)的專欄文章中說，制裁不會對他產生影響。", set()),
        ("被美國制裁的中國官員一方面聲稱對美方制裁不屑一顧。", set()),
        ("美國國務院發言人普萊斯表示，美國希望與中方對話。", {"普萊斯"}),
    ],
)
def test_no_name_opens_with_a_preposition(extraction_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {a.names[0] for a in ex.actors.values() if a.type == "Person"} == expected


# -- a wire dateline is a sentence of its own ---------------------------------------------------------
# kg.ingest._split_dateline: the outlet filing the story is no subject of its first sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中新社北京10月10日电（记者 李晓喻）针对美国升级出口管制，商务部回应称。",
         ["中新社北京10月10日电（记者 李晓喻）", "针对美国升级出口管制，商务部回应称。"]),
        ("【新華社華盛頓5月19日電】美國宣布加徵關稅。", ["【新華社華盛頓5月19日電】", "美國宣布加徵關稅。"]),
        # near miss: a state's telegram is no dateline
        ("美国5月19日电告中方。", ["美国5月19日电告中方。"]),
    ],
)
def test_dateline_is_its_own_sentence(text: str, expected: list[str]) -> None:
    from kg.ingest import split_sentences

    assert [s.text for s in split_sentences(text)] == expected


# -- a measure responded to, or opening the sentence before the one reacting, is the other side's ------
# zh-respond (商務部回應美國升級對華出口管制) and a matter opening the sentence (針對美國升級…，商務部回應稱)
# make the measure the US's, not the responder's; a verb of responding in a clause before is no object.
RESPONDED = [
    ("商務部回應美國升級對華出口管制。", {("Leverage", US, "對華出口管制")}),
    ("中新社北京10月10日電（記者 李曉喻）針對美國升級半導體等領域對華出口管制，中國商務部新聞發言人10日回應稱，"
     "這是典型的科技霸凌做法。", {("Leverage", US, "半導體等領域對華出口管制")}),
    ("美國總統特朗普回應中國，發誓要在週五將中國商品的關稅從10%提高到25%。",
     {("Threat", US, "中國商品的關稅從10%提高到25%")}),
]


@pytest.mark.parametrize(("text", "expected"), RESPONDED)
def test_measure_responded_to(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "phrase") == expected


# -- firms listed after a group noun are organisations, and targets of the measure, no items ------------
# en_actors.company_context_pass ("enterprises, including A, B, and C"); measures: a list of bodies
# after the measure is whom it targets, so the measure word is the item.
def test_firms_listed_after_including(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("China has decided to impose sanctions on five U.S. defense enterprises, including "
                       "Brantor Veyl, Kestrava, and Dunmore Link.")
    assert {a.names[0] for a in ex.actors.values() if a.type == "Organization"} == {
        "Brantor Veyl", "Kestrava", "Dunmore Link"}
    assert facts(ex.claims, ("Leverage",), "actor", "phrase", "issue") == {
        (CN, "sanctions on five U.S. defense enterprises", "sanctions")}


# -- a title-case headline names no new person from a title alone --------------------------------------
# "US President Signs Memo on …": the words after the title are its verb and object (en_actors._title_case).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US President Signs Memo on Proposed Tariff Measures Directed at China", set()),
        # near miss: the same title and a name in running text
        ("The memo was signed by US President Jane Roe on Thursday.", {"Jane Roe"}),
    ],
)
def test_headline_title_case_names_no_person(extraction_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {a.names[0] for a in ex.actors.values() if a.type == "Person"} == expected


# -- in a list of titled people each title is its own name's ---------------------------------------------
# "Vice President A, Commerce Secretary B, US Trade Representative (USTR) C": no apposition of the one
# before (en_actors._roles_after); the acronym of the office stands between a title and its name.
def test_titles_in_a_list_of_people(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("He was flanked by Vice President Jane Roe, Commerce Secretary Mark Doe, US Trade "
                       "Representative (USTR) Ann Poe, as well as business representatives.")
    got = {(a.names[0], r.title) for a in ex.actors.values() for r in a.roles}
    assert got == {("Jane Roe", "Vice President"), ("Mark Doe", "Commerce Secretary"),
                   ("Ann Poe", "Trade Representative")}


# -- a name after a title may end before a day in Chinese numerals or a verb of diplomacy ---------------
# zh_actors._follows_name, zh-name-follow (召見, 會見 …), zh-surname (樂).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中國外交部副部長樂玉成九日緊急召見加拿大駐華大使。", {("樂玉成", "副部長")}),
        ("中國外交部副部長鄭澤光召見美國駐華大使。", {("鄭澤光", "副部長")}),
    ],
)
def test_name_before_a_day_or_a_summons(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {(a.names[0], r.title) for a in ex.actors.values() if a.type == "Person" for r in a.roles} == expected


# -- the condition of a threat names what is wanted, of "the country" too ---------------------------------
# en_claims._condition_demand: a verb of threatening in the main clause; "the country" opening the
# condition is the state the threat is aimed at (en-state-anaphor); a promise's frame is trimmed from
# a long phrase (en-phrase-frame: fulfill its promise of …).
CONDITIONS = [
    ("US President Jane Roe has threatened to terminate the trade deal with China if the country fails to "
     "fulfill its promise of buying USD 200 billion more of American goods and services.",
     {("Demand", "buying USD 200 billion more of American goods and services"),
      ("Threat", "terminate the trade deal with China")}),
    # near miss: no threat, no step in the main clause: nothing is wanted
    ("US President Jane Roe said the trade deal with China would hold if the country keeps buying "
     "American goods.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_condition_of_a_threat(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand", "Threat"), "kind", "phrase") == expected


# -- a programme's name in quotation marks is no statement ------------------------------------------------
# en_claims._NAME_IN_QUOTES: capitalised words with a small word between them ("Face the Nation.").
def test_programme_name_in_quotes(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ('US Secretary of State Jane Roe spoke on Sunday. "We cannot trust Chinese companies," Roe said '
            'on "Face the Nation." "They answer to the party."')
    quotes = {c.quote for c in claims_of(text) if c.kind == "Statement"}
    assert quotes == {"We cannot trust Chinese companies", "They answer to the party."}


# -- a lawmaker's party and state after a name make a person ---------------------------------------------
# en_actors._person_context: "Ted Cruz (R-Texas)".
def test_party_tag_makes_a_person(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("China sanctioned 11 Americans, including Sens. Brant Holloway (R-Mo.) and "
                       "Dana Whitcomb (D-Ore.).")
    assert {a.names[0] for a in ex.actors.values() if a.type == "Person"} == {"Brant Holloway", "Dana Whitcomb"}


# -- 就 before a name makes it the matter, no subject -------------------------------------------------------
# zh-oblique: 中方就美方…向美方表達不滿，要求美方停止…: China asks, not the US named after 就.
def test_jiu_marks_an_object(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("他表示：「中方重點就美方在台灣、涉疆、涉港、南海等問題上的錯誤言行向美方再次表達強烈不滿，"
            "要求美方立即停止干涉中國內政，停止損害中國利益。」")
    assert {c.actor for c in claims_of(text) if c.kind == "Demand"} == {CN}


# -- a medium named before a verb of speech, inside a 在 frame, is no speaker ------------------------------
# zh_claims._framed: 川普在社群媒體真實社群寫道「…」: Trump writes there.
def test_medium_before_a_verb_of_speech(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "美國總統川普十日在自創社群媒體真實社群寫道，「中國大陸正發生些非常奇怪的事！他們變得很敵對」。"
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == {"person/donald-trump"}


# -- a time frame of asking is no act of asking, and no part of what is hoped for --------------------------
# 希望習近平在要求美國之前，能夠先檢討自己: one demand (先檢討自己), none from 在要求…之前.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("據賴清德強調，他希望習近平在要求美國之前，能夠先檢討自己。", {"先檢討自己"}),
        # near miss: 在 as the progressive aspect keeps the act of asking
        ("美國在要求中國開放市場。", {"開放市場"}),
    ],
)
def test_time_frame_of_asking(claims_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.phrase for c in claims_of(text) if c.kind == "Demand"} == expected


# -- a start day fronted in the clause before a measure is the measure's ----------------------------------
# measures._dated_later: 自2025年11月1日起，…加徵100%關稅, written on 10 October: announced, a threat.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特朗普在10月10日宣布，自2025年11月1日起，在現行關稅基礎上對中國加徵100%關稅。", "Threat"),
        # near miss: a start day already past is a step taken
        ("特朗普宣布，自2025年1月1日起，對中國加徵100%關稅。", "Leverage"),
    ],
)
def test_fronted_start_day(extraction_of, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text, date="2025-10-12")
    assert {c.kind for c in ex.claims if c.issue == "tariffs"} == {expected}


# -- the step held over a demand ("or face …") is the one setting the choice's ---------------------------
# measures: "or face" is no passive whose subject is the target; the speaker who sets the choice holds it.
def test_alternative_held_over_a_demand(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "US President Jane Roe said China must stop pushing back against the tariffs or face more levies."
    assert facts(claims_of(text), ("Threat",), "actor", "phrase", "target") == {
        ("person/Jane-Roe-718b6537", "levies", CN)}


# -- what would end a step is wanted of the side named after "until" ----------------------------------------
# en-until feeds the engine of zh-until (measures._Finder.until): "the tariffs will stay until China stops …".
UNTIL = [
    ("US President Jane Roe said the tariffs will stay in place until China stops the flow of fentanyl.",
     {("Demand", "fentanyl")}),
    ("The US will keep the sanctions until Beijing releases the detained Americans.",
     {("Demand", "releases the detained Americans")}),
    # near miss: a day after "until" names no one
    ("Talks will continue until Friday, the US said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNTIL)
def test_until_names_what_is_wanted(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "kind", "phrase") == expected


# -- "…, or face …, X said": the one who sets the choice is the one attributed -----------------------------
# measures._Finder.holder: the one facing the step may stand in the clause before "or face"; a
# trailing attribution names who sets the choice.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China must halt arms sales, or face sanctions, US officials said.", {(US, "sanctions", CN)}),
        # near miss: no one named who sets the choice, no threat
        ("Lockheed must pay the fine, or face sanctions, the ministry said.", set()),
    ],
)
def test_alternative_with_a_trailing_attribution(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat",), "actor", "phrase", "target") == expected


# -- a transcript's bracketed label names the speaker of the quote after it ---------------------------------
# en_claims._colon_speaker: "[Sound bite: US President Jane Roe]"…"" is Roe's, whoever is named after it.
def test_bracketed_label_before_a_quote(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Roe spoke on her plane.[Sound bite: US President Jane Roe]\u201cI put a 20 percent tariff on China "
            "because of the fentanyl coming in.\"Xi Jinping said after the meeting that the two had agreed.")
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == {"person/Jane-Roe-718b6537"}


# -- "calling for X to …" asks X ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's foreign ministry issued a statement calling for the U.S. to lift the sanctions.",
         {("org/mfa-china", "lift the sanctions", US)}),
        # near miss: a call with no one asked names no demand of a side
        ("Protesters gathered in Hong Kong calling for democracy.", set()),
    ],
)
def test_calling_for_asks(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "target") == expected
