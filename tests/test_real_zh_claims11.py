"""Chinese demands and threats in further constructions of real reports (kg/extract/measures.py,
kg/extract/zh_claims.py): items ending in a noun of rules, the short forms of third states (荷方),
and the other general shapes added in session 11.

Every sentence here was written for these tests in the styles of Taiwan, Hong Kong and mainland
outlets (both scripts); none is taken from an article. Each case asserts the exact set of
(kind, holder, target, issue) or the exact phrases of its demands and threats; near misses assert
none.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
MOFCOM = "org/mofcom"


def _kinds(claims, kinds=("Demand", "Threat")):  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.issue) for c in claims if c.kind in kinds}


def _phrases(claims, kind="Demand"):  # type: ignore[no-untyped-def]
    return {c.phrase for c in claims if c.kind == kind}


# ---- an item ending in a noun of rules keeps its last character (則 is also an adverb) -----
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("商務部表示，美方應尊重市場原則。", "尊重市場原則"),
        ("商务部表示，美方应遵守国际贸易规则。", "遵守国际贸易规则"),
        ("外交部表示，美方應恪守一個中國原則。", "恪守一個中國原則"),
    ],
)
def test_item_ending_in_rule_noun_is_kept_whole(claims_of, text: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert phrase in _phrases(claims_of(text))


def test_trailing_adverb_is_still_trimmed(claims_of) -> None:  # type: ignore[no-untyped-def]
    """An adverb 則 that opens the next clause is still no part of the item."""
    phrases = _phrases(claims_of("商務部表示，美方應取消單邊關稅，否則中方將採取反制措施。"))
    assert not any(p.endswith("則") for p in phrases)


# ---- X方: the short form of a third state, addressed like 美方 ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("商務部發言人說：「荷方應尊重契約精神，避免阻礙兩國半導體行業正常合作。」",
         {("Demand", MOFCOM, "state/netherlands", None), ("Demand", MOFCOM, "state/netherlands", "semiconductors")}),
        ("外交部表示，日方應停止在台灣問題上挑釁。", {("Demand", "org/mfa-china", "state/japan", None)}),
    ],
)
def test_third_state_short_form_is_addressed(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected


def test_short_form_merges_with_the_state(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """荷方 and 荷蘭 are one actor."""
    ex = extraction_of("荷蘭政府接管了該公司。荷方表示，此舉是為保護技術。")
    assert "state/netherlands" in ex.actors and not [k for k in ex.actors if "荷方" in k]


# ---- 建議 + the one asked: a demand like 要求; what a later clause of it lifts is the asked's lever --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外交部發言人建議美方履行承諾，解除對中國光伏產品加徵的關稅。",
         {("Demand", "org/mfa-china", US, None), ("Demand", "org/mfa-china", US, "tariffs"),
          ("Demand", "org/mfa-china", US, "solar"), ("Leverage", US, CN, "tariffs")}),
        ("美國商務部建议中方放宽稀土出口管制。",
         {("Demand", "org/us-commerce", CN, "rare-earths"), ("Leverage", CN, "org/us-commerce", "rare-earths")}),
        # 要求 too: the second clause lifts the asked side's measure
        ("中方要求美方停止打壓中國企業，取消對華加徵的關稅。",
         {("Demand", CN, US, None), ("Demand", CN, US, "tariffs"), ("Leverage", US, CN, "tariffs")}),
    ],
)
def test_suggestion_to_the_other_side_is_a_demand(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand", "Leverage")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "分析人士建議美國降低關稅。",  # an analyst: no side asks
        "中方建議雙方加強溝通。",  # both sides: nobody asked of the other
        "報告提出多項政策建議。",  # the noun
    ],
)
def test_suggestion_without_other_side_is_no_demand(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == set()


def test_another_actor_in_between_keeps_the_lever_unowned(claims_of) -> None:  # type: ignore[no-untyped-def]
    """日本 subject of the second clause: the lifted tariffs are no lever of the one asked."""
    got = _kinds(claims_of("中方要求美方停止打壓，日本取消對華加徵的關稅。"), ("Leverage",))
    assert ("Leverage", US, CN, "tariffs") not in got


def test_price_of_a_demand_is_not_wanted(claims_of) -> None:  # type: ignore[no-untyped-def]
    """…，作為不將公司列入實體清單的條件: what the demand is for goes on with nothing wanted."""
    got = {c.phrase for c in claims_of("美國曾要求荷方撤換中方管理層，作為不將公司列入實體清單的條件。") if c.kind == "Demand"}
    assert got == {"撤換中方管理層"}


# ---- a step scheduled (原定, 原計劃) or held open (不排除): a threat, even when called off ----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美國原定對中國商品加徵的關稅確定暫緩。", {("Threat", US, CN, "tariffs")}),
        ("白宮宣布，將原訂下月起對中國電動車加徵的關稅延後實施。", {("Threat", "org/white-house", CN, "tariffs")}),
        ("美方取消了原計劃在12月15日加徵的懲罰性關稅。", {("Threat", US, None, "tariffs")}),
        ("美國不排除對中國加徵關稅。", {("Threat", US, CN, "tariffs")}),
    ],
)
def test_scheduled_step_is_a_threat(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Leverage", "Threat")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "美國暫緩對中國商品加徵關稅。",  # no schedule named: tariffs in force, eased — the lever
        "美國同意取消對中國商品加徵的關稅。",
    ],
)
def test_eased_step_without_schedule_stays_leverage(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {k for k, *_ in _kinds(claims_of(text), ("Leverage", "Threat"))} == {"Leverage"}


# ---- 「我們要…」 with no one asked: what the speaker means to do, no demand ---------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("川普說：「我們要設立進口稅，每年涉及金額600億美元。」", set()),
        ("特朗普说：“我们要对钢铁征收关税。”", set()),
        # asking stays asking: the one asked named, or a wish of the other side
        ("川普說：「我們要中國購買更多美國大豆。」", {("Demand", "person/donald-trump", CN, "soybeans")}),
        ("川普說：「我們希望開放中國市場。」", {("Demand", "person/donald-trump", CN, "market-access")}),
    ],
)
def test_first_person_intention_is_no_demand(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected
