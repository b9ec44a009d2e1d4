"""English demands and threats as real news writes them (kg/extract/en_claims.py and the English
branches of kg/extract/measures.py), session 9.

Sentences written for these tests in the styles of wire copy, newspapers and state media in
English; none is copied from an article. Each case asserts the exact claims of its kind (near
misses assert none), so a rule that over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
TRUMP = "person/donald-trump"

# -- a threat named by a noun its owner possesses: "Trump's threat (on Monday) to …" -------------
# The owner takes the measure the noun intends, whatever actor is its object (slap China with …);
# a time may stand between the noun and its "to"/"of". "A threat to X" names a danger, no step.
THREAT_NOUN = [
    ("Stocks fell after Donald Trump's threat on Sunday to slap China with new tariffs.",
     {("Threat", TRUMP, "tariffs")}),
    ("Beijing vowed to hit back in response to Washington's threat of a 50% tariff on Chinese steel.",
     {("Threat", US, "tariffs"), ("Threat", CN, None)}),
    ("The yuan slid after Trump's threat last Thursday to impose tariffs on $300 billion of Chinese goods.",
     {("Threat", TRUMP, "tariffs")}),
    # near misses: a danger, no punitive step
    ("The Pentagon said the balloon posed no threat to the United States.", set()),
    ("Officials in Washington called the app a threat to national security.", set()),
]


@pytest.mark.parametrize(("text", "expected"), THREAT_NOUN)
def test_threats_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind == "Threat"}
    assert got == expected


LIN = "person/lin-jian"

# -- joined wanted acts too long for one phrase: the first is the demand --------------------------
# '"We urge the US to stop A and return to B …," he said': the speaker's side asks; the phrase is the
# first act when the whole runs past a thing's length (a clause, not a thing).
JOINED_ACTS = [
    ('Lin Jian spoke on Monday. "We urge the U.S. to stop being domineering and return to the proper '
     'path of consultation and cooperation as soon as possible," he said.',
     {("Demand", LIN, US, "stop being domineering")}),
]

# -- a want inside a condition is no one's demand ---------------------------------------------------
# "… if the U.S. wants China to sign a deal": the condition of the ministry's demand, not the US's.
CONDITIONAL_WANT = [
    ("China's commerce ministry said the U.S. must scrap its tariffs if the U.S. wants China to sign a deal.",
     {("Demand", "org/mofcom", US, "tariffs")}),
    # the want itself, no condition: a demand
    ("The U.S. wants China to sign a deal on soybeans.", {("Demand", US, CN, "soybeans")}),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_ACTS)
def test_demand_phrases_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), CONDITIONAL_WANT)
def test_demands_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- who asks: not a part of a compound, not the nearest actor for an owner we do not know -----------
# "US-China talks", "China-US relations": a compound modifies a noun, no subject; "accept his
# demands" names its owner, so an actor nearby is not the one demanding.
ASKER = [
    ("US-China trade talks stall as China demands the removal of tariffs imposed by the Trump administration.",
     {("Demand", CN, US, "tariffs")}),
    ('Wang Wenbin spoke in Beijing. "Such a move will sabotage China-US relations. We urge the US to '
     'withdraw its sanctions at once," he said.',
     {("Demand", "person/wang-wenbin", US, "sanctions")}),
    # near miss: an owner the text names but no actor we know
    ("Japan refused to accept his demands on trade and other matters.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ASKER)
def test_askers_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- "X quoted Y as calling for …": the one quoted asks, not the outlet quoting -------------------
QUOTED_AS = [
    ("Xinhua quoted Foreign Minister Wang Yi as calling for the U.S. to lift its sanctions on Huawei.",
     {("Demand", "person/wang-yi", US, "sanctions")}),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_AS)
def test_quoted_askers_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected
