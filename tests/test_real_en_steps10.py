"""English quotations and reported steps as real news writes them (session 10).

Sentences written for these tests in the styles of network and wire copy; none is copied from an
article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
RUBIO, TRUMP, MAO = "person/marco-rubio", "person/donald-trump", "person/mao-ning"

# -- quotations in single marks, with apostrophes inside --------------------------------------------
# Some outlets quote speech in single marks ('…,' she said). An apostrophe inside (America's, the
# United States' image, students') closes nothing: only one after the clause's punctuation does.
SINGLE_QUOTES = [
    ("'This discriminatory move exposes the hypocrisy of America's values and will damage the United "
     "States' image,' Mao Ning said.",
     {(MAO, "This discriminatory move exposes the hypocrisy of America's values and will damage the "
      "United States' image")}),
    ("'Our students' rights must be protected,' Mao Ning told reporters.",
     {(MAO, "Our students' rights must be protected")}),
    # near miss: possessive apostrophes and no quotation at all
    ("Mao Ning criticized the United States' decision and America's visa policy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_QUOTES)
def test_single_quotes(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"}
    assert got == expected


# -- a step reported with the speaker's own side as its subject ---------------------------------------
# "X announced that the (federal) government will …", "X said its negotiators would …": a group noun
# naming no one after a verb of speech is the speaker's side; the speaker takes the step.
REPORTED_SELF = [
    ("Students are worried after Marco Rubio announced that the federal government will attempt to "
     "'aggressively' revoke their visas.",
     {("Threat", RUBIO, "visas")}),
    ("Donald Trump said on Friday that his administration could soon ban TikTok.",
     {("Threat", TRUMP, None)}),
    # near miss: the speaker's side plans nothing (no step after the group noun's verb)
    ("Marco Rubio said the government will review its policy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_SELF)
def test_reported_self(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- a reproach for what the other side fails to do: a demand ------------------------------------------
# "X accused Y of not doing enough to A", "criticized Y for failing to A", 批評Y未能A: what Y fails
# to do is what X wants of it. Only with a verb of criticism right before Y, and Y of the other side.
REPROACH = [
    ("The US imposed new tariffs in March. Washington has accused China of not doing enough to stop "
     "the flow of fentanyl precursors.",
     {("Demand", US, CN, "fentanyl")}),
    ("The US imposed new tariffs in March. The White House criticized Beijing for failing to curb exports "
     "of fentanyl precursors.",
     {("Demand", "org/white-house", CN, "fentanyl")}),
    ("美國三月加徵關稅。川普批評中國未能阻止芬太尼流入美國。",
     {("Demand", TRUMP, CN, "fentanyl")}),
    # near misses: a critic of no side; a failure no one is criticised for
    ("The US imposed new tariffs in March. Analysts criticized China for failing to curb exports of fentanyl.",
     set()),
    ("The US imposed new tariffs in March. China has not done enough to stop the flow of fentanyl, the report said.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), REPROACH)
def test_reproach_demands(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- opposition to a matter referred back to: the sentence before names it ------------------------
# "China firmly opposes this act", 中方堅決反對此舉: the matter is what the sentence before named
# (its issue); when that sentence names none, no demand (the matter cannot be told).
OPPOSED_ANAPHOR = [
    # (English opposition asks nothing since session 26: no en-oppose cue set)
    ('The US approved new arms sales to Taiwan on Friday, Wang said. "China firmly opposes this act and '
     'strongly condemns such practice."',
     set()),
    ("美國宣布新一輪對台軍售。中方堅決反對此舉。", {("Demand", CN, US, "arms-sales")}),
    # near miss: the sentence before names no issue
    ("The US said on Friday that it would review the visit. China firmly opposes this move.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OPPOSED_ANAPHOR)
def test_opposed_anaphor(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- diplomatic protest as concern: "lodged (solemn) representations with X over Y" ------------------
# The protest is voiced about a matter; the one protesting wants it changed, as for "expressed
# concerns over" (en-concern, data).
REPRESENTATIONS = [
    ("The US imposed new tariffs in March. China has lodged stern representations with the US over the "
     "arms sales to Taiwan.",
     {("Demand", CN, US, "arms-sales")}),
    ("The US imposed new tariffs in March. Beijing lodged a protest over the sanctions on Chinese officials.",
     {("Demand", CN, US, "sanctions")}),
    # the owner of the protest voices it, not the clause's subject
    ("The US imposed new tariffs in March. The US delegation said it would report to Washington on China's "
     "representations over the sanctions.",
     {("Demand", CN, US, "sanctions")}),
    # near miss: a protest in the street is no one's representation
    ("The US imposed new tariffs in March. Farmers in Iowa held protests over the prices.", set()),
]


@pytest.mark.parametrize(("text", "expected"), REPRESENTATIONS)
def test_representations(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- names as network copy writes them ---------------------------------------------------------------
# "NBC News", "CBS News": a capitalised name ending in News is an outlet (en-org-tail, data); a short
# parenthesis between a name and its apposition ("(pictured)", an age, a party) is passed over.
def test_outlet_ending_in_news(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("Students who spoke to NBC News on Thursday said the US had changed. China criticized the US.")
    assert [(a.type, a.names) for a in ex.actors.values() if a.side == "Other"] == [("Organization", ["NBC News"])]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Wilbur Ross (pictured), US Commerce Secretary, told a conference that the US would act.",
         "Wilbur Ross", [("Commerce Secretary", US)]),
        ("Jane Doe (58), a senior fellow at the Peterson Institute, said the US would act.",
         "Jane Doe", [("senior fellow", "org/piie")]),
    ],
)
def test_apposition_after_a_parenthesis(extraction_of, text: str, name: str, roles: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    person = next(a for a in extraction_of(text).actors.values() if a.names[0] == name)
    assert [(r.title, r.of) for r in person.roles] == roles


# -- a clause's own unnamed subject: no actor of the sentence asks ----------------------------------
# "… and Republican politicians called for X to act", "critics have urged Y to …": the asker is people
# no one names (en-generic-subject, data); the actor named earlier in the sentence does not ask.
GENERIC_SUBJECT = [
    ("Antony Blinken met Chinese diplomats on Wednesday, and Republican politicians called for Blinken to "
     "cancel his trip to Beijing.", set()),
    ("The US imposed new tariffs in March. Donald Trump spoke on Friday, but critics have urged China to "
     "cut its tariffs on soybeans.", set()),
    # the named subject still asks
    ("The US imposed new tariffs in March. Donald Trump urged China to cut its tariffs on soybeans.",
     {("Demand", TRUMP, CN, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_SUBJECT)
def test_generic_subject(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected
