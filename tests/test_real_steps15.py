"""Claims as real news writes them (session 15).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"


# -- a list of things after a category noun goes on past the reach of the measure's item ------------
# "exports of the critical minerals gallium, germanium and antimony": issues that follow one another
# with only list marks between them are one list (measures._ISSUE_CHAIN), each its own claim.
CHAINS = [
    ("China banned exports to the US of the critical minerals gallium, germanium and antimony.",
     {(CN, "critical minerals", "rare-earths"), (CN, "gallium", "critical-minerals")}),
    # near miss: a second issue after a verb of its own is no part of the list
    ("China banned exports to the US of the critical minerals and said soybeans would follow.",
     {(CN, "banned exports to the US of the critical minerals", "rare-earths")}),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_issue_list_after_a_category_noun(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "phrase", "issue") == expected


# -- a definite title with no name after it is the person named before with that title --------------
# "The Treasury secretary also called for …", "這位發言人說": every rule sees that person there
# (en_actors.title_anaphor_pass, zh_actors._title_anaphors); the title's other words must fit.
TITLES = [
    ("US Treasury Secretary Jane Roe arrived in Guangzhou on Friday. The Treasury secretary also "
     "called for a level playing field for American workers.",
     {("Jane Roe", "a level playing field for American workers")}),
    ("美國財政部長羅珍週五抵達廣州。財政部長還表示，中方必須停止補貼電動車產業。",
     {("羅珍", "停止補貼電動車產業")}),
    # near misses: the title's other words name another office; a title with a name after it;
    # a Chinese title that opens no clause of saying
    ("US Treasury Secretary Jane Roe arrived in Guangzhou on Friday. The Commerce secretary also "
     "called for a level playing field for American workers.", set()),
    ("美國財政部長羅珍週五抵達廣州。財政部長辦公室隨後要求中方停止補貼電動車產業。", set()),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_standing_for_the_person_named_before(extraction_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    persons = {k: a.names[0] for k, a in ex.actors.items() if a.type == "Person"}
    got = {(persons[a], p) for a, p in facts(ex.claims, ("Demand",), "actor", "phrase") if a in persons}
    assert got == expected


def test_title_anaphor_is_a_mention_of_the_person(extraction_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Foreign Ministry spokeswoman Mary Doe spoke on Monday. "
            "\u201cThe US must stop its bullying,\u201d the spokeswoman said.")
    ex = extraction_of(text)
    quotes = {(ex.actors[c.actor].names[0], c.phrase) for c in ex.claims if c.kind == "Statement"}
    assert quotes == {("Mary Doe", "The US must stop its bullying")}
