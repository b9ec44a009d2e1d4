"""English demands as real news writes them, beyond a name right before the cue
(kg/extract/measures.py, English branches).

Sentences written for these tests in the styles of wire copy, newspapers and state media in
English; none is copied from an article. Each case asserts the exact demands (near misses
assert none), so a rule that over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
WANG, LIN, TRUMP = "person/wang-yi", "person/lin-jian", "person/donald-trump"

# -- a modal whose clause refers back to the sentence's subject -------------------------------
# "If Washington wants a deal, it needs to …", "The US has yet to …, and should stop …": the one
# asked is the subject the pronoun or the joined verb phrase goes back to; the asker is who says it.
# a modal of the future ("it will lift them") asks nothing; nor does a modal said by no one of a side.
MODAL_BACK = [
    (
        "If Washington really wants a deal, it needs to lift the tariffs on Chinese goods, "
        "Chinese foreign ministry spokesman Lin Jian said.",
        {("Demand", LIN, US, "tariffs")},
    ),
    (
        "The US has yet to fix its own problems, and should stop its sanctions on Chinese firms, "
        "Foreign Minister Wang Yi said.",
        {("Demand", WANG, US, "sanctions")},
    ),
    (
        "If China wants lower tariffs, it should buy more American soybeans, President Donald Trump said.",
        {("Demand", TRUMP, CN, "soybeans")},
    ),
    ("Washington has blacklisted dozens of firms, and it must also remove them from the entity list, Wang Yi said.",
     {("Demand", WANG, US, "entity-list")}),
    ("Beijing keeps tight control of the metals, but it has to resume rare earth exports, Donald Trump said.",
     {("Demand", TRUMP, CN, "rare-earths")}),
    # near misses
    ("If Beijing wants a deal, it should know better, analysts said.", set()),
    ("The United States has raised tariffs, and it will lift them soon, Foreign Minister Wang Yi said.", set()),
    ("If Beijing wants lower tariffs, it should think again, analysts said.", set()),
]


# -- "In return, X would …": what X gives is what the other side asked of it --------------------
# Only a lead that opens the sentence, a subject of a side right after it and a verb that gives
# (resume, buy, lift, allow); a step against the other side ("would impose tariffs") gives nothing.
IN_RETURN = [
    ("In exchange, Beijing would resume purchases of American soybeans and Boeing jets, US officials said.",
     {("Demand", US, CN, "soybeans"), ("Demand", US, CN, "aircraft")}),
    ("The talks dragged on for weeks. In return, China would allow exports of rare earth magnets to the US.",
     {("Demand", US, CN, "rare-earths")}),
    ("China pressed hard. In return, the United States would lift the tariffs, people familiar with the talks said.",
     {("Demand", CN, US, "tariffs")}),
    # near misses
    ("In return, the United States would impose new tariffs on Chinese steel.", set()),
    ("In return, analysts expect a truce on tariffs between China and the US.", set()),
    ("The US will cut tariffs on China. In turn, China will ease its rare earth export controls.", set()),
]


# -- a demand noun with its owner after it: "demands by X that Y …", "calls from X for Y to …" ------
# The owner wants it of the actor after that/for; without such an actor and its verb the noun is
# the market's ("demand from China for soybeans") or names no one asked.
CALL_BY = [
    ("Beijing has resisted calls from the White House for China to curb its exports of fentanyl precursors.",
     {("Demand", "org/white-house", CN, "fentanyl")}),
    ("The ministry dismissed demands by the Trump administration that China buy more American soybeans.",
     {("Demand", US, CN, "soybeans")}),
    ("Beijing ignored calls from the White House that it end its support for Russia's army.",
     {("Demand", "org/white-house", CN, None)}),
    # near misses
    ("Demand from China for American soybeans has slumped.", set()),
    ("Calls from US lawmakers for a ban on TikTok grew louder.", set()),
]


# -- a promise of a blow is a threat, nothing given ----------------------------------------------
# "promised to take countermeasures", "pledged to retaliate": no concession the other side wanted.
PROMISED_BLOW = [
    ("China promised to take strong countermeasures if the US presses ahead with new sanctions on Chinese banks.",
     set()),
    ("Beijing pledged to retaliate against any new US tariffs on Chinese steel.", set()),
]


# -- "X needs Y to V": an ask; a trailing attribution is who said it, no wanted act ----------------
NEEDS = [
    ("The US side needs China to curb fentanyl exports.", {("Demand", US, CN, "fentanyl")}),
    ("Washington needed Beijing to resume soybean purchases before the election.", {("Demand", US, CN, "soybeans")}),
    ("China wants the US to drop its export controls on chips, officials in Beijing said.",
     {("Demand", CN, US, "export-controls")}),
    # near misses: a need of one's own
    ("China needs rare earths for its own industry.", set()),
    ("The US needs to cut its dependence on Chinese rare earths.", set()),
]


# -- a condition by any conjunction: "as long as", "provided that", "on condition that" --------------
# The main clause offers (would resume, will ease) or threatens; its condition is what the main
# subject wants of the other side. A measure inside the condition is no step of anyone yet.
CONDITIONS = [
    ("China will resume soybean purchases from the US as long as Washington cuts its tariffs on Chinese goods.",
     {("Demand", CN, US, "tariffs")}),
    ("The US will ease chip export controls on China on condition that Beijing restores rare earth exports.",
     {("Demand", US, CN, "rare-earths")}),
    ("Beijing would only approve the deal provided that the United States lifts its sanctions on Chinese chipmakers.",
     {("Demand", CN, US, "sanctions")}),
    # near misses: no offer or threat in the main clause; a condition of no other side
    ("China buys soybeans from the US as long as prices stay low.", set()),
    ("The talks will go on as long as both sides want them, China said of the US.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_BACK + IN_RETURN + CALL_BY + PROMISED_BLOW + NEEDS + CONDITIONS)
def test_demands_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


@pytest.mark.parametrize("text", [CONDITIONS[0][0], CONDITIONS[2][0]])
def test_measure_in_a_condition_is_no_threat(claims_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in claims_of(text) if c.kind == "Threat"]
