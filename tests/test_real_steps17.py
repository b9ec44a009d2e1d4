"""Session 17: what real news showed — long demanded phrases and a title that ends a text.

Every sentence here was invented for the test in the manner of wire copy or a Chinese daily, and
each case pins the exact claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"
MOFCOM = "org/mofcom"


# -- a phrase still as long as a sentence is cut before what is attached to its item -------------------
# things.trim_adjunct: after the adjuncts (en-phrase-adjunct), a phrase of an issue that is still longer
# than a thing is cut before the last attachment word (en-phrase-attachment: under, by, over, that …)
# that leaves it short, so its own words name the demanded thing.
ATTACHED = [
    ("The Commerce Ministry on Monday urged the United States to lift the export controls imposed on "
     "Chinese firms by the Commerce Department over the past five years.",
     {(MOFCOM, "lift the export controls imposed on Chinese firms", "export-controls")}),
    ("The Commerce Ministry on Monday urged the United States to stop interfering in the internal "
     "affairs of China under the pretext of human rights.",
     {(MOFCOM, "stop interfering in the internal affairs of China", "human-rights")}),
    # a that-clause's verb phrase is cut the same way (session 22: "demanded that" is read by its clause)
    ("Washington demanded that Beijing cut the tariffs imposed on American farm goods under the "
     "pretext of protecting its own growers.",
     {(US, "cut the tariffs imposed on American farm goods", "tariffs")}),
    # near miss: a short phrase names its thing already and is left whole
    ("The Commerce Ministry urged the United States to lift the export controls by June.",
     {(MOFCOM, "lift the export controls by June", "export-controls")}),
]


@pytest.mark.parametrize(("text", "expected"), ATTACHED)
def test_long_phrase_cut_before_its_attachment(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "issue") == expected


# -- a title word at the very end of a Chinese text ------------------------------------------------------
# zh_actors._match_titles looked one character past a title to tell 委員|會 from a title: at the end of
# the text there is none, and the build stopped with an IndexError.
def test_title_at_the_end_of_a_chinese_text(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("中國商務部長王文濤會見美國財政部長")
    assert sorted(ex.actors) == ["person/wang-wentao", "state/china", "state/us"]
    assert [(r.title, r.of) for r in ex.actors["person/wang-wentao"].roles] == [("商務部長", CN)]


# -- a Chinese step's mood: its subject's own words, and a clause that carries on the one before ------
# measures._Finder.candidate: the mood is read from the holder's first mention that is no object
# (美國將針對審查美國人言論的官員實施…: the later 美國 stands in the object); a clause that opens with
# zh-mood-carry (並, 此外) and names no subject, or follows a clause of only a subject and a start day
# (美國將從11月1日起，), is announced when that clause is — unless zh-measure-done (已) says the step
# is in force (and 基礎上 starts what is added to it).
MOOD = [
    ("美國總統10日宣布，將從11月1日起對中國商品加徵100%的關稅，並對所有關鍵軟體實施出口管制。",
     {("Threat", US, "tariffs"), ("Threat", US, "software")}),
    ("美國10日宣布，美國將從11月1日起，在現有關稅基礎上對中國產品加徵額外的100%關稅；此外，"
     "將對所有美國關鍵軟件實施出口管制。",
     {("Threat", US, "tariffs"), ("Threat", US, "software")}),
    ("美國國務卿宣布，美國將針對審查美國人言論自由的外國官員和人士實施新的簽證限制。",
     {("Threat", US, "visas")}),
    # near misses: steps in force, with the same conjunction and start day
    ("美國去年對中國商品加徵關稅，並對華為實施出口管制。",
     {("Leverage", US, "tariffs"), ("Leverage", US, "export-controls")}),
    ("美國從去年5月起，對中國產品加徵25%關稅。", {("Leverage", US, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), MOOD)
def test_chinese_step_mood_from_subject_and_carried(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat", "Leverage"), "kind", "actor", "issue") == expected


def test_step_in_force_under_a_carried_future(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "美國總統威脅稱，若北京不撤銷新限製措施，將從11月1日起，"
        "在已對中國進口商品征收高額關稅的基礎上額外加征100%關稅。"
    )
    got = facts(claims_of(text), ("Threat", "Leverage"), "kind", "phrase")
    assert ("Leverage", "對中國進口商品征收高額關稅") in got
    assert ("Threat", "對中國進口商品征收高額關稅") not in got


# -- a clause opened by 將 or 把 has no subject of its own ---------------------------------------------
# zh-go-on-subject: in …，將數家中國晶片公司加入實體清單 the state named after 將 is the object put on
# the list; the step is the earlier subject's (美方; 美政府 is one of its names in ontology/actors.ttl).
def test_clause_opened_by_disposal_has_the_earlier_subject(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "商務部發言人表示，美方正以國家安全為由，將數家中國晶片公司加入實體清單。"
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "issue") == {
        ("Leverage", US, "entity-list")
    }
    assert {a for a, in facts(claims_of("美政府宣布新的出口管制措施。"), ("Leverage", "Threat"), "actor")} == {US}


# -- an English step permitted, aimed at or weighed is announced, and so is a "tariff threat" -----------
# en-measure-threat gains the verbs that grant or intend a step (authorizes X to, allows X to, aims to,
# weigh); en-measure-threat-noun makes the head noun of "tariff threat" say the measure is threatened.
ANNOUNCED_EN = [
    ("The bill allows US President Jane Roe to levy tariffs of up to 500% on Chinese goods.",
     {("Threat", "tariffs")}),
    ("Washington ordered the Treasury to weigh new limits on Chinese investment in the United States.",
     {("Threat", "investment")}),
    ("China met President Donald Trump's latest tariff threat with defiance.", {("Threat", "tariffs")}),
    # near misses: the same steps taken
    ("US President Jane Roe levied tariffs of up to 500% on Chinese goods.",
     {("Leverage", "tariffs")}),
    ("China met President Donald Trump's latest tariffs with defiance.", {("Leverage", "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_EN)
def test_english_step_permitted_or_threatened(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat", "Leverage"), "kind", "issue") == expected


# -- a counter-step done or negated is no threat ----------------------------------------------------------
# en_claims.threats: "hit back" is its own past: bare (China hit back, has hit back) the step was taken;
# a negation before the cue, or before a verb joined to it by "or", announces nothing.
COUNTER = [
    ("China hit back at the new US tariffs on Friday by imposing its own on American farm goods.", set()),
    ("China has hit back at the new US tariffs.", set()),
    ("Washington demanded that China not target U.S. farmers or retaliate against U.S. restrictions.", set()),
    ("China will not retaliate against the new US tariffs.", set()),
    # near misses: announced
    ("China will hit back at the new US tariffs.", {CN}),
    ("China vowed to hit back at the new US tariffs.", {CN}),
    ("China said it would retaliate against the new US tariffs.", {CN}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTER)
def test_counter_step_taken_or_negated(claims_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {a for a, in facts(claims_of(text), ("Threat",), "actor")} == expected


# -- a demand opening with a wanted action is cut like one of an issue -----------------------------------
# extract: a demand with no issue and a sentence-long phrase is cut before its attachment when it opens
# with a verb of en-wanted-action (things.is_wanted_action); any other such phrase is still dropped.
WANTED = [
    ("China's Foreign Ministry urged Washington to stop meddling in the internal affairs of other countries "
     "under the pretext of freedom of navigation.",
     {("org/mfa-china", "stop meddling in the internal affairs of other countries")}),
    # near miss: no verb of a wanted action opens it: no demand
    ("China's Foreign Ministry urged Washington to think carefully about the many consequences of its "
     "actions under the pretext of freedom of navigation.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), WANTED)
def test_wanted_action_cut_before_its_attachment(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- "demanded that" with a subject that names no actor -------------------------------------------------
# en_claims._unnamed_that_subject: what is wanted opens with the first verb of a wanted action after the
# subject (not a noun form after a determiner: "the release of"); the sentence-long reading of the same
# demand gives way to that part (find_claims' merge).
THAT_SUBJECT = [
    ("China is also demanding that the reporters of three news organizations, as well as two magazines, "
     "turn over documents detailing their finances and assets.",
     {(CN, "turn over documents detailing their finances and assets")}),
    ("China demanded that the three companies stop selling weapons to Taiwan.",
     {(CN, "stop selling weapons to Taiwan")}),
    # near miss: "the release of" is a noun, and no verb of a wanted action follows
    ("Washington demanded that the release of the detained activists be made a priority.", set()),
]


@pytest.mark.parametrize(("text", "expected"), THAT_SUBJECT)
def test_demanded_that_an_unnamed_subject(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- suspending or cancelling is a step whose object is the lever ---------------------------------------
# en-measure-act gains suspend and cancel: taken, leverage; announced, a threat; negated, nothing.
SUSPENDED = [
    ("China suspended climate talks with the US.", {("Leverage", CN, "climate")}),
    ("China cancelled purchases of US soybeans.", {("Leverage", CN, "soybeans")}),
    ("China could suspend climate talks with the US.", {("Threat", CN, "climate")}),
    ("China will not suspend climate talks with the US.", set()),
    # a review is a step only with a bargaining item beside it (en-measure-weak; cybersecurity-review)
    ("Beijing has announced a cybersecurity review of Micron Technology, a US chipmaker.",
     {("Leverage", CN, "cybersecurity-review")}),
    ("The White House will review its China policy next month.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUSPENDED)
def test_suspended_or_cancelled(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat", "Leverage"), "kind", "actor", "issue") == expected


# -- the words a sentence embeds are its reporting person's, and 又謂 goes on with them ---------------
# zh_claims._first_body: a person with a verb of speech right after the name (提到習近平指…) says the
# words embedded later in the sentence, before the outlet that reports them; 又謂, 並謂 (zh-speech)
# carry the speaker of the quote before.
EMBEDDED = [
    ("新華社在會後發出報導，提到習近平指台海局勢面臨新一輪緊張，「這一趨勢十分危險，是在玩火，而玩火者必自焚。」",
     {("person/xi-jinping", "這一趨勢十分危險")}),
    ("美國去年開始限制英偉達向中國銷售高端芯片，黃仁勳指此舉導致英偉達「雙手被綁在背後」，又謂如果失去了中國市場，"
     "將難以找到替代，並且「會對美國公司造成巨大損害」。",
     {("person/jensen-huang", "雙手被綁在背後"), ("person/jensen-huang", "會對美國公司造成巨大損害")}),
    # near miss: the one spoken to is no speaker
    ("他對習近平表示，美方「不尋求新冷戰，不尋求改變中國體制」。", set()),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED)
def test_embedded_words_of_the_reported_person(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote or "") for c in claims_of(text) if c.kind == "Statement"}
    assert {(a, q) for a, q in expected if any(a == ga and q in gq for ga, gq in got)} == expected
    assert {a for a, _ in got} == {a for a, _ in expected}


# -- a response announced is a counter-step; a diplomatic boycott is a step -----------------------------
# zh-retaliation gains 作出必要反應 / 進一步反應 / 堅決有力的措施; 外交抵制 (zh-measure) and "diplomatic
# boycott" (en-measure) are steps, with boycotts an issue of their own.
RESPONSE = [
    ("外交部發言人表示，中方將就此作出正當和必要反應。", "Threat", CN, None),
    ("外交部發言人強調，中方將視形勢發展作出進一步反應。", "Threat", CN, None),
    ("美國即將宣布外交抵制北京冬奧會。", "Threat", US, "boycott"),
    ("美國國務院官員表示，華盛頓正準備對幫助俄羅斯國防產業的中國企業採取行動。", "Threat", US, None),
    ("The United States announced a diplomatic boycott of the Beijing Winter Olympics.", "Leverage", US, "boycott"),
]


@pytest.mark.parametrize(("text", "kind", "actor", "issue"), RESPONSE)
def test_response_and_boycott(claims_of, text: str, kind: str, actor: str, issue: str | None) -> None:  # type: ignore[no-untyped-def]
    assert (kind, actor, issue) in facts(claims_of(text), ("Threat", "Leverage"), "kind", "actor", "issue")


def test_response_already_made_is_no_threat(claims_of) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of("中方已對此作出必要反應。"), ("Threat",), "actor") == set()


# -- an asking verb that orders one's own side's step asks no one -----------------------------------------
# zh-own-step-lead: 要求 with no addressee and 對/針對 right after it (要求對中國產品加徵關稅) orders a
# step of the asker's side; it is no demand of the other side.
def test_order_of_ones_own_step_is_no_demand(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "美國總統表示，如果中國採取報復行動，他將立即要求對另外2670億美元中國產品加徵關稅。"
    assert facts(claims_of(text), ("Demand",), "actor", "issue") == set()
    # near miss: with an addressee it is a demand
    near = "中國商務部要求美方對中國產品取消加徵關稅。"
    assert ("org/mofcom", US) in facts(claims_of(near), ("Demand",), "actor", "target")


# -- an instrument of coercion: who wields it, a pretext, a threat ---------------------------------------
# zh_claims: in 呼籲美國停止以…威脅 / 反對美方以…施壓 the one asked or opposed wields the instrument
# (_asked_or_opposed); 以X為借口 names a pretext wherever the target stands (_instrument); an instrument
# only threatened with (以提高關稅相威脅) is a threat.
COERCE = [
    ("中國呼籲美國停止以提高關稅相威脅。", {("Threat", US, "tariffs")}),
    ("中方堅決反對美方以芬太尼問題為借口對華施壓。", set()),
    # near miss: the subject's own instrument, used
    ("美國以關稅脅迫中國讓步。", {("Leverage", US, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), COERCE)
def test_instrument_of_coercion(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Threat", "Leverage"), "kind", "actor", "issue") == expected


# -- whom a measure hits is no item of it ------------------------------------------------------------------
# measures.measure_items: a list after "sanctions on" whose things are people or bodies
# (en-target-noun: officials, entities, her family) names the targets; the measure is the one item.
TARGETS = [
    ("China has decided to impose sanctions on U.S. congressmen, officials, and NGO leaders.",
     {("state/china", "sanctions on U.S. congressmen", "sanctions")}),
    ("China also announced on Friday sanctions against the House speaker and her family.",
     {("state/china", "sanctions against the House speaker", "sanctions")}),
    # near miss: goods are what tariffs bear on, one item each
    ("The US imposed tariffs on steel, aluminum and solar panels.",
     {(US, "steel", "tariffs"), (US, "aluminum", None), (US, "solar panels", "solar")}),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_targets_of_a_measure_are_no_items(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "phrase", "issue") == expected


# -- an exhortation to everyone is no demand ---------------------------------------------------------------
# zh-addressee-everyone: 呼籲各方 / 國際社會 asks all the world, not the other side.
def test_exhortation_to_everyone_is_no_demand(claims_of) -> None:  # type: ignore[no-untyped-def]
    # (and 正在討論 a step is weighing it: zh-measure-threat)
    assert facts(claims_of("美國官員正在討論對中國實施制裁。"), ("Threat",), "actor", "issue") == {(US, "sanctions")}
    assert facts(claims_of("中方呼籲各方加強合作，共同構築安全穩定的全球供應鏈體系。"), ("Demand",), "actor") == set()
    assert facts(claims_of("中方呼籲美方加強合作。"), ("Demand",), "actor", "target") == {(CN, US)}


# -- embassies speak for their side ----------------------------------------------------------------------
# ontology/actors.ttl: the Chinese Embassy in the United States and the US Embassy in China, so "the
# Chinese Embassy in Washington" is no mention of Washington, and its spokesperson's words are its own.
def test_embassy_speaks_for_its_side(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ('A spokesperson for the Chinese Embassy in Washington said "China strongly deplores and firmly '
            'opposes" the moves. "The U.S. side should immediately stop its wrong practices," the spokesperson added.')
    assert {c.actor for c in claims_of(text) if c.kind == "Statement"} == {"org/chinese-embassy-us"}
    said = {c.actor for c in claims_of("美國駐華大使館發表聲明說：「美方高度關注此事。」") if c.kind == "Statement"}
    assert said == {"org/us-embassy-china"}


# -- a Chinese list of people a step hits is one wanted action ---------------------------------------------
# measures.wanted_things: 撤銷制裁中方領導人、官員和政府部門 lists whom the sanctions hit (zh-target-noun),
# one demand; a list of goods to buy stays one demand per thing.
def test_chinese_list_of_targets_is_one_item(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "中方敦促美方撤銷制裁中方領導人、官員和政府部門。"
    assert facts(claims_of(text), ("Demand",), "phrase") == {("撤銷制裁中方領導人、官員和政府部門",)}
    goods = "川普表示，中方同意大量採購美國的農產品、能源和工業製品。"
    assert len(facts(claims_of(goods), ("Demand",), "phrase")) == 3


# -- 此 before a noun is no lead to trim ----------------------------------------------------------------------
# zh_claims: 對此/就此 open a phrase as a lead (對此表示不滿), but in 對此事 (zh-this-noun) 此 determines the
# noun, and the demanded action keeps it.
def test_this_before_a_noun_stays_in_the_item(claims_of) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of("中方要求美方對此事進行徹底調查。"), ("Demand",), "phrase") == {("對此事進行徹底調查",)}
