"""English demands and threats as real news writes them (kg/extract/en_claims.py and the English
branches of kg/extract/measures.py), session 10.

Sentences written for these tests in the styles of wire copy, newspapers and state media in
English; none is copied from an article. Each case asserts the exact claims of its kind (near
misses assert none), so a rule that over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
TRUMP = "person/donald-trump"


def _demands(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}


def _demand_phrases(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}


# -- a demand word used as a noun: its owner asks, never the clause's subject -----------------------
# "China refused to meet US demands and …": 'demands' is a noun (after a verb and its modifier), so
# China demands nothing here, and with no content after it the noun names no item. "X rejected
# Washington's demand that Y …": the owner asks, not the one rejecting.
DEMAND_NOUN = [
    ("China has refused to meet US demands and has slapped retaliatory tariffs on American pork.", set()),
    ("Beijing rejected the US demand that China stop buying Iranian oil.",
     {("Demand", US, CN, "stop buying Iranian oil")}),
    ("Beijing rejected Washington's demands for China to halt its purchases of Russian oil.",
     {("Demand", US, CN, "halt its purchases of Russian oil")}),
    # near miss: the one asked is a company, not the other side; Beijing, rejecting it, asks nothing
    ("Beijing on Monday rejected Washington's demand that ByteDance sell its video app.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEMAND_NOUN)
def test_demand_nouns_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demand_phrases(claims_of, text) == expected


# the verb still demands
DEMAND_VERB = [
    ("China demands the removal of all US tariffs on its steel.", {("Demand", CN, US, "tariffs")}),
    ("Beijing also demands that Washington lift its tariffs on Chinese goods.", {("Demand", CN, US, "tariffs")}),
    ("The US demands that China cut its tariffs on American cars.", {("Demand", US, CN, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), DEMAND_VERB)
def test_demand_verbs_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demands(claims_of, text) == expected


# -- a condition after what is wanted is no wanted act ------------------------------------------------
# '"The US should remove all tariffs, if it really wants a solution," the spokesman said': one demand.
CONDITION_AFTER = [
    ('"The US should remove all unilateral tariffs on Chinese goods, if it truly wants to settle the dispute," '
     "commerce ministry spokesman He Yadong said.",
     {("Demand", "person/he-yadong", US, "remove all unilateral tariffs on Chinese goods")}),
]


@pytest.mark.parametrize(("text", "expected"), CONDITION_AFTER)
def test_condition_is_no_wanted_act(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demand_phrases(claims_of, text) == expected


# -- a title with 'of' before a name: no oblique 'of' ----------------------------------------------
# "Secretary of State Jane Doe expressed concerns over …": the person voices it; "of" inside the
# title does not make her an object.
TITLE_OF = [
    ("Secretary of State Antony Blinken expressed concerns over China's military drills.",
     {("Demand", "person/antony-blinken", CN, "China's military drills")}),
    # near miss: a real 'of' before the name: the talks of Wang are no one's concern voiced
    ("The talks of Foreign Minister Wang Yi with European envoys ended on Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_OF)
def test_title_of_is_no_oblique(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demand_phrases(claims_of, text) == expected


def _threats(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind == "Threat"}


# -- a step its taker will not rule out is held open: a threat -------------------------------------
# "X did not rule out new tariffs", "refused to rule out further export controls": the negation
# negates the excluding, not the step. Ruling a step out, or not taking it, threatens nothing.
HELD_OPEN = [
    ("Trade Representative Katherine Tai did not rule out new tariffs on Chinese steel.",
     {("Threat", "person/katherine-tai", "tariffs")}),
    ("Commerce Secretary Gina Raimondo refused to rule out further export controls on chips.",
     {("Threat", "person/gina-raimondo", "semiconductors")}),
    ("Beijing won't rule out retaliation against US firms, a spokesman said.",
     {("Threat", CN, "countermeasures")}),
    # near misses: a step ruled out, a step not taken, an analyst's guess
    ("Tai ruled out new tariffs on Chinese steel.", set()),
    ("Tai did not impose new tariffs on Chinese steel.", set()),
    ("Analysts did not rule out new tariffs on Chinese steel.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HELD_OPEN)
def test_held_open_steps_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _threats(claims_of, text) == expected


# -- "warned that he could impose …": the step after the pronoun and its modal ---------------------
WARNED_HE_COULD = [
    ("Trump warned that he could impose tariffs on another $300 billion of Chinese imports.",
     {("Threat", TRUMP, "tariffs")}),
    ("Beijing warned that it would retaliate against any new tariffs.", {("Threat", CN, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), WARNED_HE_COULD)
def test_warned_pronoun_modal_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _threats(claims_of, text) == expected


# -- a wanted action that ends with one short quotation it holds whole ------------------------------
# 'Doe said China needs to stop "cyber intrusions."': the quoted catchword is part of what is wanted;
# an action running into a longer quotation, one left open, is still no clean phrase.
QUOTED_ACTION = [
    ('Trade adviser Peter Navarro said China needs to stop "cyber intrusions."',
     {("Demand", "person/peter-navarro", CN, 'stop "cyber intrusions."')}),
    # near miss: the quotation opens in the action and runs on past it
    ('Trade adviser Peter Navarro said China needs to stop "cyber intrusions, and it has to stop them now, '
     'before the talks resume in the autumn."', set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_ACTION)
def test_quoted_actions_exactly(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demand_phrases(claims_of, text) == expected
