"""Chinese demands and threats in the constructions real reports use beyond the development texts
(kg/extract/measures.py): conditions set for the other side, announced steps.

Every sentence here was written for these tests in the styles of Taiwan, Hong Kong and mainland
outlets (both scripts, half-width punctuation mixed in); none is taken from an article. Each case
asserts the exact set of (kind, holder, target, issue) of its demands and threats; near misses
assert none.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
TRUMP = "person/donald-trump"


def _kinds(claims, kinds=("Demand", "Threat")):  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.issue) for c in claims if c.kind in kinds}


CONDITIONS = [
    # 只有/唯有/除非 X …，Y …: Y wants of X what the condition names
    ("只有美方取消全部加徵關稅，中方才會恢復採購大豆。", {("Demand", CN, US, "tariffs")}),
    ("唯有中國停止補貼國企，美國才會降低关税。", {("Demand", US, CN, "structural-reform")}),
    ("除非中國放寬稀土出口管制，美國不會降低關稅。", {("Demand", US, CN, "rare-earths")}),
    ("中方表示，除非美方撤銷全部單邊關稅，否則中方不會恢復採購美國大豆。", {("Demand", CN, US, "tariffs")}),
    ("分析人士认为,只有美国降低关税,北京才可能恢复购买大豆。", {("Demand", CN, US, "tariffs")}),
    # …的前提是 / 條件是 X …: the clause's subject or speaker wants it
    ("美方表示，降低關稅的前提是中方打擊芬太尼。", {("Demand", US, CN, "fentanyl")}),
    ("美國同意暫緩加徵關稅，條件是中國大量採購美國農產品。", {("Demand", US, CN, "agriculture")}),
    ("中方表示,恢复谈判的前提条件是美方取消对华为的制裁。", {("Demand", CN, US, "sanctions")}),
    # 以 X … 為條件: the subject wants it
    ("美方以中方打擊芬太尼為條件，同意降低關稅。", {("Demand", US, CN, "fentanyl")}),
    ("中方以美方撤销对华为的制裁作为条件，同意恢复谈判。", {("Demand", CN, US, "sanctions")}),
]

CONDITION_MISSES = [
    "只有雙方相互尊重，才能實現合作共贏。",  # no side asked of the other
    "美國只有中國一個競爭對手。",  # 只有 "has only": no main clause follows
    "只有美方取消關稅，美國農民才能受益。",  # the same side on both ends
    "中方以實際行動為條件推進合作。",  # nobody named after 以
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_condition_set_for_the_other_side_is_a_demand(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected


@pytest.mark.parametrize("text", CONDITION_MISSES)
def test_no_condition_demand(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == set()


ANNOUNCED = [
    # 擬對/要對/會對 + the target: 對 takes the target, no object marker 將
    ("美方擬對中國船隻收取港口費。", {("Threat", US, CN, "port-fees")}),
    ("美国拟对中国船只收取港口费, 以扶持本国造船业。", {("Threat", US, CN, "port-fees")}),
    # a start still to come (下月起, 明年起): announced for later
    ("中國宣布，作為對美國管制措施的回應，下月起再加徵50%關稅。", {("Threat", CN, US, "tariffs")}),
    ("白宮表示，明年起對中國電動車加徵100%關稅。", {("Threat", "org/white-house", CN, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_announced_step_is_a_threat(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text)) == expected


def test_disposal_before_actor_stays_a_step_taken(claims_of) -> None:  # type: ignore[no-untyped-def]
    """將 + an actor is the object marker (將華為列入…), not 'will': the listing is taken, leverage."""
    assert _kinds(claims_of("美國將華為列入實體清單。")) == set()


def test_review_next_year_is_no_threat(claims_of) -> None:  # type: ignore[no-untyped-def]
    """明年 alone dates a review of tariffs, not a step that starts then."""
    text = "白宮官員正就關稅問題展開內部辯論，著眼於在明年初完成對關稅的長期審查。"
    assert _kinds(claims_of(text), ("Threat",)) == set()
