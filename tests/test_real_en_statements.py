"""English quotes and who says them, as real news writes them.

Sentences written for these tests in the styles of wire copy, newspapers,
analysis and state media in English (no sentence of any article); each asserts
the exact statements — (speaker's first name, quote) — near misses included.
"""

from __future__ import annotations

import pytest


def _statements(ex) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(speaker's first name, quote) of each statement of an extraction."""
    return {(ex.actors[c.actor].names[0], c.quote or "") for c in ex.claims if c.kind == "Statement"}


# a definite speaker ('the spokesperson', 'the official', 'the company', 'the groups') stands for
# who was named where it was introduced, or for the last organisation of its kind named before
DEFINITE = [
    ('A Commerce Ministry spokesperson criticised the new rules on Monday. "We will never accept this," the '
     'spokesperson said. "If Washington insists on going its own way, we will respond," the spokesperson added.',
     {("Commerce Ministry", "We will never accept this"),
      ("Commerce Ministry", "If Washington insists on going its own way, we will respond")}),
    ('Foreign ministry spokesperson Lin Jian spoke on Tuesday. "The sanctions are illegal and must be lifted," '
     "the spokesperson said.",
     {("Lin Jian", "The sanctions are illegal and must be lifted")}),
    ("Wang Lei, a spokesperson for the Chinese embassy in Washington, declined to give details. "
     '"We urge the US side to stop this wrong practice," the spokesperson said.',
     {("Wang Lei", "We urge the US side to stop this wrong practice")}),
    ('A senior USTR official briefed reporters before the call. "Our focus will remain on building resilience '
     'at home," the official said.',
     {("USTR", "Our focus will remain on building resilience at home")}),
    ('The new rules "will disrupt supply chains and hurt companies on both sides," said the groups, the '
     "Semiconductor Industry Association and the National Retail Federation.",
     {("Semiconductor Industry Association", "will disrupt supply chains and hurt companies on both sides")}),
    ("Shares of Harbor Microchips Inc. fell after the Commerce Department added it to the entity list. The "
     'listing was unjustified, said the company, adding that "it may force us to cut hundreds of jobs."',
     {("Harbor Microchips Inc.", "it may force us to cut hundreds of jobs.")}),
    # near misses: an official never named with a body; 'the company' where only a public body was named
    ('A senior administration official briefed reporters before the call. "Our focus will remain on building '
     'resilience at home," the official said.', set()),
    ('The Commerce Department added new firms to the entity list on Friday. "The rules will be enforced '
     'strictly," the company said.', set()),
]

# a surname spelt like a function word (He, An) before a given name or capitalised inside a
# sentence is a name; 'He' opening a sentence is the pronoun
SURNAME = [
    ("The tariffs will have little effect in the short term, said He Minghui, a senior fellow at a Beijing "
     "think tank. “Exporters will simply find other routes,” he added.",
     {("He Minghui", "Exporters will simply find other routes")}),
    ("Chinese exports of solar panels will slow, He Minghui, a former trade official, noted. But, He added, "
     "“the road through third countries will get narrower.”",
     {("He Minghui", "the road through third countries will get narrower.")}),
    ("Vice Premier An Zhiwei told reporters: “The door to talks remains open.”",
     {("An Zhiwei", "The door to talks remains open.")}),
    # near miss: the pronoun opening a sentence refers back
    ("“We will respond firmly,” said Li Wei, a commerce ministry spokesman. He added that the talks “must go "
     "on without preconditions”.",
     {("Li Wei", "We will respond firmly"), ("Li Wei", "must go on without preconditions")}),
]

CASES = DEFINITE + SURNAME


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[x[0][:40] for x in CASES])
def test_statements(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extraction_of(text)) == expected
