"""English demands and threats as real news writes them (kg/extract/measures.py), session 12.

Sentences written for these tests in the styles of wire copy, newspapers and analysis in English;
none is copied from an article. Each case asserts the exact claims of its kind (near misses assert
none), so a rule that over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"


def _demands(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.actor, c.target, c.issue or c.phrase) for c in claims_of(text) if c.kind == "Demand"}


# -- a deal's terms that bind one side: the other side's demand on it --------------------------------
# "Under the deal, X would …", "As part of the agreement, X has agreed to …", "the accord requires X
# to …" (en-deal, en-deal-by, en-deal-binds, data): what the bound side must do is what the other
# side wanted of it. Not when the bound side eases its own measure, nor when no side is named.
DEAL_TERMS = [
    ("Washington and Beijing signed the pact on Friday. Under the pact, China will tighten its "
     "controls on fentanyl precursors shipped abroad.",
     {(US, CN, "fentanyl")}),
    ("The two sides met in Geneva. As part of the agreement, Beijing has agreed to expand its imports "
     "of U.S. liquefied natural gas and crude oil over three years.",
     {(US, CN, "energy")}),
    ("Trump hailed the text. As part of the deal, China has agreed to increase its purchases of American "
     "goods and services by $50 billion this year.",
     {("person/donald-trump", CN, "increase its purchases of American goods")}),
    ("U.S. officials described the text. The accord requires China to buy more American soybeans.",
     {(US, CN, "soybeans")}),
    # near misses: the bound side eases its own step; no side is bound; no deal's terms
    ("Under the agreement, the United States will cut tariffs on Chinese goods.", set()),
    ("China and the United States reached a deal. Under the deal, both sides will hold talks every quarter.",
     set()),
    ("Under pressure from Washington, China will tighten controls on fentanyl.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEAL_TERMS)
def test_deal_terms_bind_a_side(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demands(claims_of, text) == expected


def _steps(claims_of, text: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.issue or c.phrase) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}


# -- steps announced for later or refused -------------------------------------------------------------
# "sanction" as a verb (en-measure-act), "expected to take effect" (en-measure-later), "declined to"
# (en-measure-negation): data. An easing verb joined by "and" to a threat word nearer the step eases
# another act: "suspended talks and vowed to impose sanctions" announces the sanctions.
ANNOUNCED = [
    ("Washington announced new tariffs on Chinese steel, which are expected to take effect next month.",
     {("Threat", US, "tariffs")}),
    ("Beijing would sanction Lockheed Martin over the arms sales.",
     {("Threat", CN, "sanction Lockheed Martin")}),
    # (and the suspended talks are a step taken: en-measure-act, session 17)
    ("Beijing has suspended military talks with Washington and vowed to impose sanctions on Lockheed Martin.",
     {("Threat", CN, "sanctions"), ("Leverage", CN, "military-dialogue")}),
    # near misses: a refusal to take the step; an easing with no threat word after it
    ("In March, the Treasury declined to sanction China over its currency.", set()),
    ("Beijing has suspended its tariffs on American soybeans and said it would keep buying.",
     {("Leverage", CN, "soybeans")}),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_announced_steps(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _steps(claims_of, text) == expected


# -- a participle clause after a trailing attribution asks in the speaker's name -----------------------
# "…, a foreign ministry spokesperson said on Friday, urging the US to …": the asker is the subject of
# the speech verb that closes the clause before (a time at most between), not the sentence's first
# actor (here the side the claim is about).
ATTRIBUTION = [
    ("Washington's plan to levy tariffs on Chinese solar panels is a mistake, a Chinese Foreign Ministry "
     "spokesperson said on Tuesday, urging the US to stop politicizing trade matters.",
     {("org/mfa-china", US, "stop politicizing trade matters")}),
    # near miss: the participle asks no one; the speech verb is not the clause's last word
    ("Washington's plan to levy tariffs on Chinese solar panels is a mistake, a Chinese Foreign Ministry "
     "spokesperson said, escalating the dispute.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION)
def test_participle_after_attribution(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _demands(claims_of, text) == expected
