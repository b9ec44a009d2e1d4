"""Session 25: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English steps already taken: who took them --------------------------------------------------------------
EN_STEPS = [
    # measures._possessor: a name followed by a preposition owns no measure after it ("added Huawei to its entity
    # list": the subject added it); near misses: a time between a subject and its verb ("the US in October
    # restricted"), a gerund's doer ("accused Washington of abusing export controls")
    ("The Commerce Department added Huawei to its entity list.", {("Leverage", "org/us-commerce", "entity list")}),
    (
        "Days earlier the United States had added Huawei to its Entity List, barring American firms from supplying "
        "it without a license.",
        {("Leverage", "state/us", "Entity List")},
    ),
    ("Washington placed ZTE on its entity list.", {("Leverage", "state/us", "entity list")}),
    (
        "The Biden administration in October restricted shipments of advanced chips to China.",
        {("Leverage", "state/us", "restricted shipments of advanced chips")},
    ),
    (
        "A spokesman for the Chinese Foreign Ministry accused Washington of abusing export controls.",
        {("Leverage", "state/us", "export controls")},
    ),
    # measures._series_holder: a clause after a comma opened by a past verb goes on with the holder of the step
    # before it in the sentence; near miss: with no step before it, no holder
    (
        "China added American defense firms to its unreliable entity list, opened an antitrust probe into Google "
        "and cut film imports.",
        {("Leverage", "state/china", "entity list"), ("Leverage", "state/china", "antitrust probe")},
    ),
    ("Jane Doe said the talks went well, opened an antitrust probe into Google.", set()),
    # en_claims.leverage: a cue taking its object by a preposition ("grip on", "hold over") gives one chip per thing
    # listed; near miss: actors listed are those pressed, no things
    (
        "Washington is betting that its grip on advanced chips, the dollar, and the world's largest consumer market "
        "will force Beijing to the table.",
        {
            ("Leverage", "state/us", "advanced chips"),
            ("Leverage", "state/us", "the dollar"),
            ("Leverage", "state/us", "the world's largest consumer market"),
        },
    ),
]


# -- English demands ----------------------------------------------------------------------------------------------
EN_DEMANDS = [
    # measures.concern: representations lodged "with the US side" name whom they are lodged with, no matter; the
    # matter is what the sentence names before (the visa decision), else the representations themselves
    (
        "Foreign Ministry spokesperson Jane Doe called the visa decision discriminatory, and said China had lodged "
        "representations with the US side.",
        {("Demand", "state/china", "visa")},
    ),
    (
        "The Ministry of Commerce said China firmly opposes the increase and has lodged solemn representations with "
        "the US side.",
        {("Demand", "org/mofcom", "representations")},
    ),
    # kg.extract._REPORTED_CLAUSE: "(and) that …" after a verb of speech is a reported clause, never a thing asked
    (
        "Senator Jane Doe said Monday that she had first asked Nvidia chief executive John Roe for 20 percent, and "
        "that Roe talked her down.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "20 percent")},
    ),
    (
        "Trade Representative Jane Doe said she would raise China's performance under the agreement directly with "
        "her counterparts, and that the administration would reopen a process allowing American importers to seek "
        "exclusions from some of the tariffs.",
        set(),
    ),
]

CLAIMS = [
    *((("Leverage", "Threat"), *case) for case in EN_STEPS),
    *((("Demand",), *case) for case in EN_DEMANDS),
]


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected
