"""Chinese leverage, demands and threats, session 10: subjects a sentence back, lists, raised issues.

Every sentence here was written for these tests in the styles of Taiwan, Hong Kong and mainland
outlets (both scripts, half-width punctuation mixed in); none is taken from an article. Each case
asserts the exact set of (kind, holder, target, issue, phrase) of its claims; near misses assert none.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
BIDEN = "person/joe-biden"


def _claims(claims, kinds=("Leverage", "Demand", "Threat")):  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.issue, c.phrase) for c in claims if c.kind in kinds}


GOES_ON = [
    # a sentence opened by 還將 has no subject of its own: an actor after its verb is a modifier of
    # the goods, never the one taking the step; the step is announced, a threat
    (
        "美國政府宣布對中國電動車加徵關稅。還將提高中國鋰電池、醫療用品與半導體等商品的關稅。",
        {
            ("Leverage", US, CN, "tariffs", "對中國電動車加徵關稅"),
            ("Threat", US, CN, "batteries", "鋰電池"),
            ("Threat", US, CN, "tariffs", "醫療用品"),
            ("Threat", US, CN, "semiconductors", "半導體"),
        },
    ),
    # 除了…外 before it (no actor in the frame) changes nothing; an outlet reporting in the sentence
    # before (外媒報導) is not whom 還將 goes on with; each thing of the list is a claim of its own,
    # though the sentence before named the same measure on another thing
    (
        "綜合路透社等外媒報導,拜登週二宣布將把中國電動車的關稅提高至100%。"
        "除了電動車外,還將提高中國太陽能電池、醫療用品等商品的關稅。",
        {
            ("Threat", BIDEN, CN, "tariffs", "中國電動車的關稅"),
            ("Threat", BIDEN, CN, "solar", "太陽能電池"),
            ("Threat", BIDEN, CN, "tariffs", "醫療用品"),
        },
    ),
    (
        "美国商务部宣布将多家中国企业列入实体清单。还将对中国半导体企业实施出口管制。",
        {
            ("Leverage", "org/us-commerce", CN, "entity-list", "实体清单"),
            ("Threat", "org/us-commerce", CN, "semiconductors", "对中国半导体企业实施出口管制"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_clause_going_on_takes_the_subject_before(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of(text)) == expected


NOT_GOING_ON = [
    # an actor right after the adverb is the clause's own subject
    (
        "美國宣布對中國商品加徵關稅。同時中國將限制美國企業投資。",
        {("Leverage", US, CN, "tariffs", "對中國商品加徵關稅"), ("Threat", CN, US, "investment", "限制美國企業投資")},
    ),
    # inside a sentence, 還 after a clause with another subject goes on with that one (該措施), not
    # with the sentence before
    (
        "美國宣布對中國商品加徵關稅。該措施生效後,還將提高中國商品的售價。",
        {("Leverage", US, CN, "tariffs", "對中國商品加徵關稅")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_GOING_ON)
def test_clause_with_its_own_subject(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of(text)) == expected


PRESSURE_MEASURES = [
    # 打壓措施 names pressure by itself: a measure taken, the taker's lever (the target of 對華
    # is left open as written)
    ("美方短短20余天提出20项对华打压措施。", {("Leverage", US, None, None, "对华打压措施")}),
    ("美國近月接連對中國企業祭出多項打壓措施。", {("Leverage", US, CN, None, "對中國企業祭出多項打壓措施")}),
    # opposed, it is the other side's and wanted stopped (no lever of the one opposing)
    ("中方堅決反對美方的打壓措施。", {("Demand", CN, US, None, "美方的打壓措施")}),
]


@pytest.mark.parametrize(("text", "expected"), PRESSURE_MEASURES)
def test_pressure_measure_noun(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of(text)) == expected


def _said(claims):  # type: ignore[no-untyped-def]
    return {(c.actor, c.quote) for c in claims if c.kind == "Statement"}


ASKED_IN_QUOTES = [
    # a verb of asking before a quotation attributes it like a verb of speech: the words asked for
    ("習近平敦促雙方團隊「儘快敲定後續工作」。", {("person/xi-jinping", "儘快敲定後續工作")}),
    ("习近平敦促双方团队“尽快敲定后续工作”。", {("person/xi-jinping", "尽快敲定后续工作")}),
    ("王毅呼籲美方「與中方相向而行，妥善處理分歧」。", {("person/wang-yi", "與中方相向而行，妥善處理分歧")}),
    ("布林肯促請北京「停止對台灣的軍事施壓」。", {("person/antony-blinken", "停止對台灣的軍事施壓")}),
]

NOT_ASKED_IN_QUOTES = [
    # the name of a thing in quotes (協議) is a term, not words said
    "王毅敦促美方切實履行「第一階段協議」。",
    # a short catchword of a state is no statement
    "北京敦促華府「停止霸凌」。",
    # 要求 (also a noun, 的要求「…」) attributes no quotation
    "川普要求中國「立即停止」對美國的報復。",
]


@pytest.mark.parametrize(("text", "expected"), ASKED_IN_QUOTES)
def test_asking_verb_attributes_the_quote(claims_of, text: str, expected: set) -> None:  # type: ignore[no-untyped-def]
    assert _said(claims_of(text)) == expected


@pytest.mark.parametrize("text", NOT_ASKED_IN_QUOTES)
def test_asking_verb_near_misses(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _said(claims_of(text)) == set()
