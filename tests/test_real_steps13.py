"""Claims as real news writes them (session 13).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest
from conftest import facts

from kg.things import trim_adjunct

CN, US = "state/china", "state/us"


# -- a phrase as long as a sentence is cut before the adjunct after its item -----------------------
# Its purpose (to safeguard …), legal ground (in accordance with …), a consequence (…, potentially
# adding to …) or a dash-led gloss frames the item; the phrase keeps the item (en-phrase-adjunct).
# Short phrases and coordinations ("as well as") are left whole.
ADJUNCT = [
    ("take all necessary measures to resolutely uphold the legal rights and interests of Chinese companies",
     "take all necessary measures"),
    ("take corresponding measures of equal scale and strength against U.S. products in accordance with Chinese law",
     "take corresponding measures of equal scale and strength against U.S. products"),
    ("sharply raise tariffs on imports from China and other countries, potentially adding to simmering tensions",
     "sharply raise tariffs on imports from China and other countries"),
    ("stronger countermeasures—escalatory moves designed to showcase its geopolitical leverage over the West",
     "stronger countermeasures"),
    ("restrictions on exports to be eased so that Nvidia could sell its chips into the Chinese market",
     "restrictions on exports to be eased"),
    # a coordination is one item: no adjunct cut parts it; still as long as a sentence, it loses the phrase
    # its last preposition attaches (en-phrase-preposition, session 28), both items kept
    ("impose 100% tariffs on China as well as export controls on any and all critical software",
     "impose 100% tariffs on China as well as export controls"),
    # near misses: a short phrase keeps its purpose; no cut leaves a fragment
    ("take measures to safeguard its interests", "take measures to safeguard its interests"),
    ("after the United States announced new sanctions on dozens of Chinese companies and individuals",
     "after the United States announced new sanctions on dozens of Chinese companies and individuals"),
]


@pytest.mark.parametrize(("phrase", "expected"), ADJUNCT)
def test_long_phrase_cut_before_its_adjunct(lex, phrase: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert trim_adjunct(phrase, lex) == expected


def test_long_threat_keeps_its_item(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("China said it will take all necessary measures to resolutely uphold the legal rights and "
            "interests of Chinese companies.")
    assert facts(claims_of(text), ("Threat",), "actor", "phrase") == {
        (CN, "take all necessary measures"), (CN, "necessary measures")}


# -- a capitalised body after its owner is that owner's body -----------------------------------------
# "China’s Foreign Ministry" (either apostrophe) is the lexicon's ministry of China's side, not a new
# organisation of no side; a body of a state the lexicon has no such body for is minted under its owner.
BODIES = [
    ("China’s Foreign Ministry said in a statement on Friday that it opposed the move.", "org/mfa-china"),
    ("China's Foreign Ministry said in a statement on Friday that it opposed the move.", "org/mfa-china"),
    ("America's Commerce Department said on Friday that it would review the rule.", "org/us-commerce"),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_capitalised_body_of_its_owner(extraction_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert body in ex.actors
    assert not any(k.startswith("org/Foreign-Ministry") for k in ex.actors)


def test_body_of_a_third_state_keeps_its_owner(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("Japan's Foreign Ministry said on Friday that it regretted the decision.")
    (org,) = [a for k, a in ex.actors.items() if k.startswith("org/")]
    assert org.side == "Other" and "org/mfa-china" not in ex.actors


# -- "the Chinese" as a clause's subject, and "they" after it ----------------------------------------
# A people named for its state before a verb is its government (en-people); "they" stands for the
# sentence's first actor that is no person and no object of a preposition, like "it".
PEOPLE = [
    ("The Chinese gave the administration an ultimatum this month, saying they would cut off broader "
     "trade talks unless the U.S. backed off on the sanctions.",
     {("Threat", CN, "would cut off broader trade talks"), ("Demand", CN, "the U.S. backed off on the sanctions")}),
    # near miss: "the Chinese market" is a market
    ("The Chinese market would remain closed to American beef.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_of_a_state_as_subject(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat", "Demand", "Leverage"), "kind", "actor", "phrase") == expected


# -- the mood of a measure: a vow in a gerund; an easing word of another clause -----------------------
# "by vowing to impose tariffs" is announced (en-measure-threat: vowing, pledging to, promising to);
# an easing word before the holder's mention ("the drop in the yuan came after Trump vowed …") is
# not the holder's easing of the measure.
MOOD = [
    ("Trump stunned markets by vowing to impose 10% tariffs on Chinese imports.", "Threat"),
    ("The sharp drop in the yuan comes days after Trump stunned markets by vowing to impose 10% tariffs "
     "on Chinese imports.", "Threat"),
    # near miss: the easing of the holder's own measure
    ("Trump agreed to drop the 10% tariffs on Chinese imports.", "Leverage"),
]


@pytest.mark.parametrize(("text", "kind"), MOOD)
def test_mood_of_a_vowed_measure(claims_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    got = facts(claims_of(text), ("Threat", "Leverage"), "kind", "actor", "issue")
    assert (kind, "person/donald-trump", "tariffs") in got
    assert all(k == kind for k, _a, _i in got)


# -- a measure no one is named for is held by the side it is not aimed at ---------------------------
# "The tariffs on Chinese goods will remain in place": no side aims a measure at itself; the other
# side's stand-in (its state, else its first body or person named) holds it. A demonym after the
# target word counts (Chinese goods, American firms).
AIMED = [
    ("Trade Representative Katherine Tai spoke on Monday. The tariffs on Chinese goods will remain in place.",
     {("Leverage", "person/katherine-tai", "tariffs")}),
    ("Trade Representative Katherine Tai spoke on Monday. The tariffs on China will remain in place.",
     {("Leverage", "person/katherine-tai", "tariffs")}),
    ("Foreign Minister Wang Yi met reporters on Monday. The sanctions against American defence firms remain in force.",
     {("Leverage", "person/wang-yi", "sanctions")}),
    # near misses: a measure aimed at no side; subjects a plural pronoun stands for; an owner, no aim
    ("Trade Representative Katherine Tai spoke on Monday. Tariffs have hurt farmers on both sides.", set()),
    ("中國外交部長王毅會見了布林肯。他們都表示會對中國加徵關稅。", set()),
    ("Foreign Minister Wang Yi met Secretary of State Antony Blinken. They said tariffs on China would stay.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AIMED)
def test_unnamed_holder_of_an_aimed_measure(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat", "Demand", "Leverage"), "kind", "actor", "issue") == expected


# -- a Chinese asking verb after a coordinating adverb keeps the earlier asker ----------------------
# 華春瑩敦促加方立即釋放孟晚舟，又要求美方…: the clause opened by 又 (zh-verb-coordinated) names no
# actor before its verb; its asker is the one who urged, not 孟晚舟, the object named last.
COORDINATED = [
    ("中國外交部發言人華春瑩敦促加方立即釋放孟晚舟，又要求美方立即糾正錯誤。",
     {("person/hua-chunying", "立即糾正錯誤"), ("person/hua-chunying", "加方立即釋放孟晚舟")}),
    ("商務部發言人敦促美方停止打壓中國企業，同時要求美方取消單邊關稅。",
     {("org/mofcom", "停止打壓中國企業"), ("org/mofcom", "取消單邊關稅")}),
    # near miss: the later clause names its own asker
    ("中國外交部發言人華春瑩敦促加方立即釋放孟晚舟，華為則希望美國撤銷起訴。",
     {("person/hua-chunying", "加方立即釋放孟晚舟"), ("org/huawei", "撤銷起訴")}),
]



# -- who says a Chinese quotation: a long venue frame, a pronoun chain, an accusing verb --------------
# 在…發表這項…演說時 frames a venue even when its closing word stands far after the name; 他 opening
# a sentence after a sentence opened by 他 stands for the same person; when the person named in the
# sentence before is no subject of it (中國…鎖定川普…), the speaker of the sentence before that goes
# on. 指控, 指責 attribute words like other verbs of speech.
PENCE = "person/mike-pence"
SPEAKERS = [
    ("美國副總統彭斯發表演說。彭斯在華府保守派智庫哈德遜研究所(Hudson Institute)發表這項備受注目的重要政策"
     "演說時表示:「講白了,總統的領導發揮了作用。」", PENCE),
    ("美國副總統彭斯指出，北京著眼的不只是年底的選舉。中國動員人脈和宣傳機構，鎖定川普獲得支持的州為打擊目標。"
     "他說，中國以「更主動和強勢的方式影響美國的政策和政局」。", PENCE),
    ("美國副總統彭斯指出，北京著眼的不只是年底的選舉。他說，中國正在干預美國，針對川普的支持者。"
     "他並引述美國情報界的評估說：「中國鎖定美國以及各州和地方政府及官員為目標」。", PENCE),
    ("美國副總統彭斯指控，中國回應川普的關稅時，把目標放在「2018年選舉將扮演重要角色的產業和各州」。", PENCE),
    # 他 opening a later clause of a sentence whose person spoke (貝森特指出，…習近平…；他說): the speaker
    ("金融時報報導，美國財政部長貝森特指出，中國在川普與習近平會面前宣布管制稀土，反映其經濟問題；他說，"
     "「他們的經濟多麼疲軟，他們想拖著所有人一起下水」。他指出，「這或許是某種列寧主義的商業模式」。",
     "person/scott-bessent"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker_of_a_chinese_quotation(claims_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert {a for (a,) in facts(claims_of(text), ("Statement",), "actor")} == {speaker}


# -- English: who takes a step asked for; weapons sold; a firm without its suffix ---------------------
# "called for the US to lift the sanctions on Li": the one asked, subject of the infinitive, lifts
# them, so the sanctions are the US's; weapons one sells, supplies or buys are arms, no lever; a firm
# named with its suffix once ("Lockheed Martin Corp.") is the same firm without it, not a person.
def test_step_asked_for_belongs_to_the_one_asked(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Defense Minister Li Shangfu was sanctioned in 2018. Beijing has called for the US to lift the "
            "sanctions on Li before any meeting.")
    assert facts(claims_of(text), ("Leverage",), "actor", "issue") == {(US, "sanctions")}


def test_weapons_sold_are_no_lever(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("China says it will slap sanctions on major US military contractor Lockheed Martin Corp. in "
            "response to a deal to sell weapons to Taiwan.")
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "issue") == {("Threat", CN, "sanctions")}


def test_firm_named_without_its_suffix(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("China will sanction Lockheed Martin Corp. over the sale. Lockheed Martin declined to comment.")
    firms = [a for a in ex.actors.values() if "Lockheed Martin" in a.names]
    assert len(firms) == 1 and firms[0].type == "Organization"


# -- two verbs sharing one object ----------------------------------------------------------------------
# "stop interfering with and undermining X": the verb phrase cut right after its preposition shares the
# next one's object (no split); ", Global Times reported" is the source, no part of what is wanted.
def test_two_verbs_share_one_object(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Foreign Ministry Spokesperson Mao Ning said on Friday that China urged the US to stop interfering "
            "with and undermining normal trade with Iran, Global Times reported.")
    got = {(c.actor, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == {(CN, "stop interfering with and undermining normal trade with Iran")}


# -- the speaker's own resolve is no demand -----------------------------------------------------------
# "we must change our strategy", "the need to change our engagement strategy": the speaker's side's own
# step; "urged the US to respect our sovereignty" still asks the other side.
OWN = [
    ("Secretary of State Mike Pompeo said we must change our engagement strategy when it comes to China.", set()),
    ("Pompeo expressed the need to change our engagement strategy when it comes to China.", set()),
    ("Foreign Ministry spokesman Zhao Lijian urged the US to respect our sovereignty.",
     {("person/zhao-lijian", "respect our sovereignty")}),
]



# -- who says a Chinese modal demand: the nearest speaker before it ----------------------------------
# 中方認為，…，而美方則堅持認為，世貿組織必須…: the verb of speech nearest before the modal is its
# speaker's (美方), not the sentence's first; a speech-like word after the demand (與各方一道) is none.
MODAL_SPEAKER = [
    ("中方認為，單邊主義損人害己，而美方則堅持認為，世貿組織必須避免在中國經濟體制的問題上顛倒是非。",
     {("state/us", "避免在中國經濟體制的問題上顛倒是非")}),
    ("問：美國商務部公布對華出口管制規則，中方有何回應？答：美方應盡快取消對華半導體出口管制，與各方一道維護供應鏈穩定。",
     {(CN, "半導體"), (CN, "出口管制")}),
]



# -- a headline's passive: the one named is asked --------------------------------------------------------
# "US urged to remove more restrictions": the US is asked (by the other side, when the text names it),
# never the asker.
PASSIVE = [
    ("US urged to remove more restrictions\n\nBeijing has said Washington should talk. China wants more chips.",
     {(CN, US, "remove more restrictions")}),
    ("US urged to remove more restrictions on chip exports", set()),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_passive_asked_is_the_addressee(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = facts(claims_of(text), ("Demand",), "actor", "target", "phrase")
    assert {g for g in got if g[2] == "remove more restrictions" or g[0] == US} == expected


# -- Chinese: what must not be done; a deadline is no item -------------------------------------------
# 美方不得…, 不應… are modal demands that keep their negation (zh-modal, zh-demand-modal); a piece
# that only dates what is wanted (於7月24日下午4時前) is no item of its own (zh-fragment-start).
MUST_NOT = [
    ("外交部發言人汪文斌表示，美方不得以任何方式侵犯中國駐休斯敦總領館館舍。",
     {("person/wang-wenbin", "不得以任何方式侵犯中國駐休斯敦總領館館舍")}),
    ("美國要求中方於7月24日下午4時前，關閉駐休斯敦總領館，並撤離所有人員。",
     {(US, "關閉駐休斯敦總領館"), (US, "撤離所有人員")}),
]


# -- the demand tables above (COORDINATED, OWN, MODAL_SPEAKER, MUST_NOT): each text's demands exactly,
# as (asker, phrase)
@pytest.mark.parametrize(("text", "expected"), COORDINATED + OWN + MODAL_SPEAKER + MUST_NOT)
def test_demands_of_a_text(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected
