"""Chinese demands and threats, session 9: what is no threat, whose demand it is.

Every sentence here was written for these tests in the styles of Taiwan, Hong Kong and mainland
outlets (both scripts, half-width punctuation mixed in); none is taken from an article. Each case
asserts the exact set of (kind, holder, target, issue) of its demands or threats; near misses
assert none.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
TRUMP = "person/donald-trump"
MOFCOM = "org/mofcom"


def _kinds(claims, kinds=("Demand", "Threat")):  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.issue) for c in claims if c.kind in kinds}


NO_THREAT = [
    # lifting a measure is an easing, even after a threat verb or a modal (考慮取消, 會暫停或取消)
    "拜登表示，他正考慮撤銷前任政府對中國商品加徵的部分關稅。",
    "北京方面也會暫停或取消部分對美反制關稅。",
    "白宫表示正在考虑解除对中国部分企业的制裁。",
    # 威脅 + a state of affairs: endangering, no punitive step
    "外交部指美方滥用出口管制,严重威胁全球芯片供应链稳定。",
    "國台辦稱，美國對台軍售威脅台海和平。",
    # 警告稱 + a clause with its own subject and no punitive step: harm foretold
    "美國財長警告稱，中國製造業產能過剩對全球經濟構成風險。",
    "耶倫警告，中國產能過剩將衝擊全球市場。",
]


@pytest.mark.parametrize("text", NO_THREAT)
def test_no_threat(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Threat",)) == set()


STILL_THREATS = [
    # lifting something that is no measure is a punitive step
    ("川普揚言取消中國航空公司的航班許可。", {("Threat", TRUMP, CN, None)}),
    ("美國威脅撤銷香港的特殊待遇。", {("Threat", US, None, None)}),
    # a threat verb whose object names a step (with a measure word) stays a threat
    ("川普警告，中國將為此付出代價。", {("Threat", TRUMP, CN, None)}),
    ("北京揚言對美國軍工企業實施制裁。", {("Threat", CN, US, "sanctions")}),
]


@pytest.mark.parametrize(("text", "expected"), STILL_THREATS)
def test_still_threats(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Threat",)) == expected


def test_reported_subject_after_speech_verb_holds_the_measure(claims_of) -> None:  # type: ignore[no-untyped-def]
    """商務部指美國…，脅迫…加嚴出口管制: the one the ministry speaks of takes the step, not the ministry."""
    text = "商務部指美國近年來不斷泛化國家安全概念，脅迫盟友加嚴對華出口管制。"
    holders = {c.actor for c in claims_of(text) if c.kind == "Leverage"}
    assert MOFCOM not in holders


ASKED_BY_SPEAKER_BEFORE = [
    # a sentence opened by the asking verb: the speaker of the sentence before asks
    ("外交部發言人表示，中方在台灣問題上的立場是一貫的。希望美方停止向台灣出售武器。",
     {("Demand", "org/mfa-china", US, "taiwan")}),
    ("商务部新闻发言人表示,中方的立场是明确的。敦促美方立即取消对华加征的关税。",
     {("Demand", MOFCOM, US, "tariffs")}),
    # an outlet's report: the one it reports on asks, not the outlet
    ("《金融時報》報道，黃仁勳周三前往白宮，試圖遊說特朗普盡快批准晶片出口許可。",
     {("Demand", "person/jensen-huang", TRUMP, "semiconductors")}),
]

NOT_ASKED_BY_SPEAKER_BEFORE = [
    # the one asked is of the speaker's own side, or nobody is named: left open
    "外交部發言人表示，中方的立場是一貫的。希望中國企業遵守當地法律。",
    "商務部新聞發言人表示，中方的立場是明確的。希望雙方共同努力。",
    # an outlet reporting what unnamed people asked: nobody named asks
    "路透社報道，多名安全專家去信商務部長，敦促他不要批准晶片出口。",
]


@pytest.mark.parametrize(("text", "expected"), ASKED_BY_SPEAKER_BEFORE)
def test_asker_is_the_speaker_before_or_the_reported_subject(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected


@pytest.mark.parametrize("text", NOT_ASKED_BY_SPEAKER_BEFORE)
def test_no_asker_before(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == set()


def test_action_after_an_adverb_is_one_more_demand(claims_of) -> None:  # type: ignore[no-untyped-def]
    """…相向而行，切實履行承諾: 切實 opens a second wanted action, a demand of its own."""
    got = {c.phrase for c in claims_of("中方希望美方與中方相向而行，切實履行相應承諾。") if c.kind == "Demand"}
    assert "相向而行" in got and any(p.endswith("履行相應承諾") for p in got)


CONCERN_AND_SPEAKERS = [
    # a concern about matters listed with 、: one demand per matter, by its issue or its words
    ("中國商務部在聲明中表達了對美方取消對華關稅、公平對待中國企業等問題的關切。",
     {("Demand", MOFCOM, US, "tariffs"), ("Demand", MOFCOM, US, None)}),
    # the speaker alone in a clause before the speech verb (在北京，發言人張某，回應…時表示) asks
    ("在北京，外交部發言人毛寧，回應記者提問時表示，美方的做法違反世貿組織規則，希望美方停止打壓中國企業。",
     {("Demand", "person/mao-ning", US, None)}),
]


@pytest.mark.parametrize(("text", "expected"), CONCERN_AND_SPEAKERS)
def test_concern_lists_and_fronted_speakers(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected


def test_actor_before_a_rules_noun_asks_nothing(claims_of) -> None:  # type: ignore[no-untyped-def]
    """違反世貿組織規則: the organisation modifies 規則, no subject of the wish after it."""
    got = _kinds(claims_of("美方的做法違反世貿組織規則，希望美方停止打壓中國企業。"), ("Demand",))
    assert not {a for _k, a, _t, _i in got} & {"org/wto"}


def test_the_one_warned_takes_no_step(claims_of) -> None:  # type: ignore[no-untyped-def]
    """北京警告美國，若…，將採取一切必要措施: Beijing threatens; the US, warned, threatens nothing."""
    got = _kinds(claims_of("北京警告美國，如果繼續在台灣問題上挑釁，將採取一切必要措施。"), ("Threat",))
    assert {a for _k, a, _t, _i in got} == {CN}


RED_LINES = [
    # Y是…紅線, said by one side: its demand that the other leave Y alone, both scripts, quoted or not
    ("習近平在會談中強調，台灣問題是中美關係第一條不可逾越的紅線。", {("Demand", "person/xi-jinping", None, "taiwan")}),
    ("习近平强调,「台湾问题」事关中国核心利益,是「中美关系第一条不容逾越的红线」。",
     {("Demand", "person/xi-jinping", None, "taiwan")}),
    # a headline: the red line is asked, not a step threatened
    ("習近平警告台獨「是中美關係不可逾越的紅線」", {("Demand", "person/xi-jinping", None, "taiwan")}),
]

NO_RED_LINE = [
    "分析人士認為，台灣問題是中美關係的紅線。",  # no one of a side draws it
    "外交部發言人表示，這是底線問題。",  # no bargaining item named
]


@pytest.mark.parametrize(("text", "expected"), RED_LINES)
def test_red_line_is_a_demand(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text)) == expected


@pytest.mark.parametrize("text", NO_RED_LINE)
def test_no_red_line_demand(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text)) == set()
