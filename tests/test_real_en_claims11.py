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


# -- a participle clause after a comma ends a measure's list -------------------------------------------
# "fees on U.S. ships, starting at $40 a ton and climbing to …": an -ing word then a preposition,
# determiner or amount opens a clause about the measure, no thing it bears on; "clothing and shoes"
# (an -ing noun then a join) is still a thing of the list.
PARTICIPLE_ENDS_LIST = [
    ("Beijing imposed port fees on American vessels, starting at $40 per ton and climbing to $120 in 2027.",
     {("Leverage", CN, "port fees on American vessels", "port-fees")}),
    ("China imposed export controls on gallium, germanium and antimony, raising the stakes in the chip war.",
     {("Leverage", CN, "gallium", "critical-minerals"), ("Leverage", CN, "germanium", "critical-minerals"),
      ("Leverage", CN, "antimony", "critical-minerals")}),
    # near miss: an -ing noun in the list is one of its things
    ("Washington imposed tariffs on Chinese steel, clothing and furniture.",
     {("Leverage", US, "Chinese steel", "tariffs"), ("Leverage", US, "clothing", None),
      ("Leverage", US, "furniture", None)}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_ENDS_LIST)
def test_participle_clause_ends_list(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _pressure(claims_of, text) == expected


# -- a step's verb used as a noun, right before an auxiliary or copula, has no object -------------------
# "the embargo was unfair and put jobs at risk": 'ban' before 'was' is its clause's subject; what follows
# is its predicate, no thing banned.
NOUN_BEFORE_PREDICATE = [
    ("After the United States moved against the chipmaker, the company said the ban was unjustified and had "
     "cut its revenue in half.", set()),
    ("Washington's ban on the drone maker is unfair and will cost jobs, a company lawyer said.",
     {("Leverage", US, "ban on the drone maker", None)}),
    # near miss: the verb with its object is still the step taken
    ("The United States banned Chinese drones from federal agencies.",
     {("Leverage", US, "banned Chinese drones", None)}),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_BEFORE_PREDICATE)
def test_step_noun_before_predicate(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _pressure(claims_of, text) == expected


# -- a participle clause takes its subject's mood ------------------------------------------------------
# '… warned he could move to a "third round," slapping duties on …': the participle clause (after a
# comma, also one closing a quotation) has no actor of its own; its subject, and the threat words of
# the subject's clause, are the main clause's. A step taken stays taken; a clause with its own actor
# keeps its own mood.
PARTICIPLE_MOOD = [
    ('Trump warned he could move to a "third round," slapping duties on another $300 billion of Chinese imports.',
     {("Threat", TRUMP, "duties on another $300 billion of Chinese imports", "tariffs")}),
    ("Beijing said it would hit back, imposing tariffs on American farm goods.",
     {("Threat", CN, "would hit back", None), ("Threat", CN, "tariffs on American farm goods", "tariffs")}),
    # near misses: the main clause reports a step taken; the participle clause names its own actor
    ("Beijing struck back on Monday, slapping tariffs on $60 billion of American goods.",
     {("Leverage", CN, "tariffs on $60 billion of American goods", "tariffs")}),
    ("Trump threatened more duties, prompting China to impose tariffs on US soybeans.",
     {("Threat", TRUMP, "more duties", "tariffs"), ("Leverage", CN, "tariffs on US soybeans", "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_MOOD)
def test_participle_clause_mood(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _pressure(claims_of, text) == expected


# -- a definite subject referring back takes the step it vows or imposes -------------------------------
# "… Wilbur Ross met … . The secretary has threatened to impose …": 'the secretary', 'the ministry'
# (en-anaphor-person, en-anaphor-body, data) before a threat word or a verb taking the measure stand for
# the actor of their kind named just before. A definite subject that only reports, or one naming people
# no one identifies (the analysts), takes nothing.
DEFINITE_SUBJECT = [
    ("Commerce Secretary Wilbur Ross met Chinese officials on Monday. The secretary has threatened to impose "
     "export controls on Chinese chipmakers if talks fail.",
     {("Threat", "person/wilbur-ross", "export-controls")}),
    ("China's Commerce Ministry rejected the charges on Tuesday. The ministry vowed to impose countermeasures "
     "against the sanctions.",
     {("Threat", "org/mofcom", "countermeasures")}),
    # near misses
    ("Trade Representative Robert Lighthizer spoke on Monday. The official said the tariffs on steel had worked.",
     set()),
    ("Trade Representative Robert Lighthizer spoke on Monday. The analysts warned of new tariffs on steel.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITE_SUBJECT)
def test_definite_subject_threatens(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _threats(claims_of, text) == expected


# -- a punitive verb's object followed by a list it introduces: one item per thing ---------------------
# "halted its cooperation with the U.S. on several fronts, including A and B": what is cut is listed
# after "including" (en-list-intro, data), past the initialism's dot of "U.S."; a parenthesis or a
# full stop before the list ends the step's phrase, and an object with no list stays the item.
ACT_LIST = [
    ("Beijing halted its cooperation with the U.S. on several fronts, including drug enforcement and maritime "
     "safety talks, after the visit.",
     {("Leverage", CN, "drug enforcement", None), ("Leverage", CN, "maritime safety talks", None)}),
    # near misses
    ("Beijing severed its military contacts with the U.S. on Friday.",
     {("Leverage", CN, "severed its military contacts", None)}),
    ("Beijing halted its exchanges with the U.S. on Monday (including a visit by officials).",
     {("Leverage", CN, "halted its exchanges", None)}),
]


@pytest.mark.parametrize(("text", "expected"), ACT_LIST)
def test_act_object_list_after_intro(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _pressure(claims_of, text) == expected
