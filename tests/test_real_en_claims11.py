"""English leverage and threats as real news writes them (kg/extract/measures.py and
kg/extract/en_claims.py), session 11.

Sentences written for these tests in the styles of wire copy, newspapers and state media in
English; none is copied from an article. Each case asserts the exact claims of its kind (near
misses assert none), so a rule that over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
TRUMP = "person/donald-trump"


def _threats(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind == "Threat"}


def _pressure(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.phrase, c.issue) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}


# -- a step planned or intended in the past is still announced, not taken: a threat -------------------
# "a list of goods it planned to put tariffs on": 'planned to', 'intended to' (en-measure-threat, data)
PLANNED = [
    ("The Commerce Department published a list of Chinese firms it planned to put export controls on.",
     {("Threat", "org/us-commerce", "export-controls")}),
    ("Beijing said it intended to impose tariffs on American soybeans.", {("Threat", CN, "tariffs")}),
    # near miss: the step taken, as planned
    ("Beijing imposed tariffs on American soybeans, as officials had said last week.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED)
def test_planned_steps_are_threats(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _threats(claims_of, text) == expected
