"""Session 28: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English: a wanted action as long as a sentence -----------------------------------------------------------------
EN_LONG = [
    # en-phrase-attachment "to", "on", "in", "at", "against", "into": a wanted action still as long as a sentence
    # after its adjuncts are cut loses the phrase a preposition attaches to its thing ("… to the Southeast Asian
    # country"), so that it names the thing asked (it was dropped as a sentence with no issue)
    (
        "Vietnam asked Washington to lift restrictions on exports of high-technology products to the Southeast "
        "Asian country.",
        {("Demand", "state/vietnam", "lift restrictions on exports of high-technology products")},
    ),
    (
        "China's commerce ministry urged the United States to stop piling sanctions on Chinese technology companies "
        "at every opportunity.",
        {("Demand", "org/mofcom", "stop piling sanctions on Chinese technology companies")},
    ),
    # near miss: a short wanted action keeps its prepositions
    (
        "Vietnam asked Washington to lift restrictions on chip exports to Vietnam.",
        {("Demand", "state/vietnam", "lift restrictions on chip exports to Vietnam")},
    ),
]

CLAIMS = [
    *((("Demand",), *case) for case in EN_LONG),
]


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected
