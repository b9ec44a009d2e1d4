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


ASKS = [
    # headline and Taiwan forms of asking: 籲, 要, 冀望, 敦請, 想要 + the one asked
    ("外交部籲美方停止干涉中國內政。", {("Demand", "org/mfa-china", US, None)}),
    ("美國政府要北京開放金融市場。", {("Demand", US, CN, "market-access")}),
    ("川普要中國買更多美國大豆。", {("Demand", TRUMP, CN, "soybeans")}),
    ("白宮冀望北京加強打擊芬太尼。", {("Demand", "org/white-house", CN, "fentanyl")}),
    ("特朗普想要中国购买更多美国农产品。", {("Demand", TRUMP, CN, "agriculture")}),
    ("中方敦請美方取消加徵的關稅。", {("Demand", CN, US, "tariffs")}),
    ("川普想讓中國買更多美國大豆。", {("Demand", TRUMP, CN, "soybeans")}),
    ("美方力爭中方放寬稀土出口管制。", {("Demand", US, CN, "rare-earths")}),
    ("美國謀求中國開放金融市場。", {("Demand", US, CN, "market-access")}),
    # a modal demand put forward (提出) rather than said
    ("美方在談判中提出，中方需削減對美貿易順差。", {("Demand", US, CN, "trade-deficit")}),
    # 他 before the speech verb: the one person subject of the sentence before (布林肯 an object)
    ("王毅週四與布林肯通電話。他強調，美方應取消單邊關稅。", {("Demand", "person/wang-yi", US, "tariffs")}),
]

ASK_MISSES = [
    "中國是美國主要貿易夥伴。",  # 要 ends 主要
    "美國重要盟友日本表示不滿。",  # 要 ends 重要
    "關稅促使美國企業撤出中國。",  # 促使: prompted, nobody asked
    "美方希望促進中美合作。",  # 促進: no asking verb, no item
    "中美兩國代表週四會面。他說，美方應取消單邊關稅。",  # 他: no person before, left open
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS + ASKS)
def test_condition_or_asking_verb_is_a_demand(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected


@pytest.mark.parametrize("text", CONDITION_MISSES + ASK_MISSES)
def test_no_demand(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == set()


THREATS = [
    # a measure modifying a threat noun is announced, not taken (川普的關稅威脅)
    ("川普的關稅威脅令市場不安。", {("Threat", TRUMP, None, "tariffs")}),
    ("面對美方的關稅威脅，北京表示將奉陪到底。", {("Threat", US, CN, "tariffs"), ("Threat", CN, US, None)}),
    # one threat per listed thing, each with its own issue, else the measure's
    ("白宮表示，將對中國的電動車、太陽能電池和醫療用品加徵關稅。",
     {("Threat", "org/white-house", CN, "electric-vehicles"), ("Threat", "org/white-house", CN, "solar"),
      ("Threat", "org/white-house", CN, "tariffs")}),
    ("中國將對美國的大豆、牛肉和豬肉加徵關稅。",
     {("Threat", CN, US, "soybeans"), ("Threat", CN, US, "tariffs")}),
    # a sentence opened by 還將/同時 goes on with the subject of the sentence before
    ("商務部宣布對美國大豆加徵關稅。還將對美國牛肉加徵關稅。", {("Threat", "org/mofcom", US, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threats_announced_listed_and_continued(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Threat",)) == expected


def test_listed_things_split_per_thing_with_own_issue(claims_of) -> None:  # type: ignore[no-untyped-def]
    """大豆、牛肉和豬肉: 大豆's issue is not the others'; each thing is a claim of its own."""
    got = [(c.issue, c.phrase) for c in claims_of("中國將對美國的大豆、牛肉和豬肉加徵關稅。") if c.kind == "Threat"]
    assert ("tariffs", "牛肉") in got and ("tariffs", "豬肉") in got


def test_continuation_inside_a_sentence_keeps_its_own_subject(claims_of) -> None:  # type: ignore[no-untyped-def]
    """該措施…，還拓展…: 還 inside a sentence goes on with that sentence's (unnamed) subject, not an
    actor of the sentence before."""
    text = "商務部表示反對。該措施進一步加嚴對華出口管制，還把多家中國實體列入實體清單。"
    assert not [c for c in claims_of(text) if c.actor == "org/mofcom" and c.kind in ("Leverage", "Threat")]


def test_peace_is_no_list_join(claims_of) -> None:  # type: ignore[no-untyped-def]
    """和平 begins with the join 和 but joins nothing: no item 平."""
    phrases = {c.phrase for c in claims_of("中方堅決反對美方破壞地區和平與穩定。") if c.kind == "Demand"}
    assert "平" not in phrases and not any(p.startswith("平") for p in phrases)


@pytest.mark.parametrize(
    "text",
    [
        "美國官員認為，中國的稀土管制構成威脅。",  # 構成威脅: the measure poses a threat, taken
        "中國的稀土管制威脅全球供應鏈。",  # 威脅 the verb, with its object
    ],
)
def test_threat_verb_after_a_measure_leaves_it_taken(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _kinds(claims_of(text), ("Leverage", "Threat"))
    assert {k for k, *_ in got} == {"Leverage"}


def test_modifier_between_verb_and_measure_ends_the_list(claims_of) -> None:  # type: ignore[no-untyped-def]
    """對牛肉、豬肉加徵報復性關稅: the list ends at the verb, not at the measure's modifier."""
    phrases = {c.phrase for c in claims_of("北京考慮對美國牛肉、豬肉加徵報復性關稅。") if c.kind == "Threat"}
    assert "豬肉" in phrases


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("中國宣布對美國大豆加徵關稅，將於下月正式生效。", "Threat"),  # takes effect later: announced
        ("美國商務部公布新規，限制先進晶片對華出口，新規將於30天後生效。", "Threat"),
        ("美國已於上月起對中國商品加徵關稅，措施已正式生效。", "Leverage"),  # in force: taken
    ],
)
def test_step_taking_effect_later_is_a_threat(claims_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert {c.kind for c in claims_of(text) if c.kind in ("Leverage", "Threat")} == {kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two wanted actions joined by 並: one demand each, in either script
        ("美方要求中方停止補貼並開放市場。",
         {("Demand", US, CN, "structural-reform"), ("Demand", US, CN, "market-access")}),
        ("中国政府要求美国停止对华为的打压并取消制裁。",
         {("Demand", CN, US, "huawei"), ("Demand", CN, US, "sanctions")}),
        # 合併: no join of actions
        ("美方要求中方批准兩家企業的合併。", set()),
    ],
)
def test_actions_joined_by_bing_are_demands_each(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(claims_of(text), ("Demand",)) == expected
