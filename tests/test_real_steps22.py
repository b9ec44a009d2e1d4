"""Session 22: what real news showed — clauses after a semicolon, parallel wanted actions, a ban's verb
with no bargaining item beside it, an order that is a noun.

Every sentence here was invented for the test in the manner of wire copy; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import demands_named, facts

# -- English: what is wanted, verb phrase by verb phrase -----------------------------------------------
# en_claims.split_vps: a semicolon ends what is asked (the clause after it is the writer's news), and two
# verb phrases that both open with a wanted action ("respect X and deliver Y") are two demands.
EN_DEMANDS = [
    ("In a statement, Senator Jane Holloway urged Beijing to respect freedom of expression and deliver "
     "reciprocity for journalists; China expelled three reporters on Feb. 19, one day after the listing.",
     {("Jane Holloway", "respect freedom of expression"), ("Jane Holloway", "deliver reciprocity for journalists")}),
    ("Washington urged Beijing to stop the harassment and lift restrictions on visas.",
     {("Washington", "stop the harassment"), ("Washington", "lift restrictions on visas")}),
    # near misses: one verb with two objects; a second verb that is no wanted action
    ("Washington urged Beijing to stop the harassment and the arrests of reporters.",
     {("Washington", "stop the harassment and the arrests of reporters")}),
    ("Senator Jane Holloway urged Beijing to release the reporters; the ministry declined to comment.",
     {("Jane Holloway", "release the reporters")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_DEMANDS)
def test_en_wanted_verb_phrases(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert demands_named(extraction_of(text)) == expected


# -- Chinese: a ban named by its verb ---------------------------------------------------------------------
# measures.run: a weak measure cue (禁止) that finds no bargaining item beside it leaves its verb to the
# punitive acts, whose object names the company acted against, in Chinese as in English; zh-demand-as-noun:
# 行政命令 is a noun, no act of asking.
ZH_BANS = [
    ("特朗普簽署行政命令，禁止美國企業與騰訊交易。", {("Leverage", "person/donald-trump", "禁止美國企業與騰訊交易")}),
    ("特朗普上週表示，將在45天後禁止美國企業與騰訊交易。",
     {("Threat", "person/donald-trump", "禁止美國企業與騰訊交易")}),
    # near misses: the verb asks when its object is the one who must act; a ban denied is no step
    ("美國政府命令字節跳動出售TikTok。", {("Demand", "state/us", "出售TikTok")}),
    ("特朗普表示，不會禁止美國企業與騰訊交易。", set()),
]


@pytest.mark.parametrize(("text", "expected"), ZH_BANS)
def test_zh_ban_by_verb(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat", "Demand"), "kind", "actor", "phrase") == expected


# -- English: a measure with its owner named before it ---------------------------------------------------
# measures._possessive_owner: a negation or modal before "China's ban" is the clause verb's, not the
# ban's: the owner's step is in force, leverage.
EN_OWNED = [
    ("Holloway said the United States won't tolerate China's effective ban on Micron chips.",
     {("Leverage", "state/china", "ban on Micron chips")}),
    ("Washington will not accept China's new tariffs on soybeans.",
     {("Leverage", "state/china", "tariffs on soybeans")}),
    # near misses: the negation is the measure's own; the owner is of another noun, the future the measure's
    ("Holloway said China did not impose a ban on Micron chips.", set()),
    ("Beijing will respond to Washington's latest escalation by imposing tariffs on soybeans.",
     {("Threat", "state/china", "tariffs on soybeans")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_OWNED)
def test_en_owned_measure(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat"), "kind", "actor", "phrase") == expected
