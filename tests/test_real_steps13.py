"""Claims as real news writes them (session 13).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest

from kg.things import trim_adjunct

CN, US = "state/china", "state/us"


def facts(claims, kinds: tuple[str, ...], *fields: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    """The named fields of the claims of these kinds, as a set of tuples."""
    return {tuple(getattr(c, f) for f in fields) for c in claims if c.kind in kinds}


# -- a phrase as long as a sentence is cut before the adjunct after its item -----------------------
# Its purpose (to safeguard …), legal ground (in accordance with …), a consequence (…, potentially
# adding to …) or a dash-led gloss frames the item; the phrase keeps the item (en-phrase-adjunct).
# Short phrases and coordinations ("as well as") are left whole.
ADJUNCT = [
    ("take all necessary measures to resolutely uphold the legal rights and interests of Chinese companies",
     "take all necessary measures"),
    ("take corresponding measures of equal scale and strength against U.S. products in accordance with Chinese law",
     "take corresponding measures of equal scale and strength against U.S. products"),
    ("sharply raise tariffs on imports from China and other countries, potentially adding to simmering tensions",
     "sharply raise tariffs on imports from China and other countries"),
    ("stronger countermeasures—escalatory moves designed to showcase its geopolitical leverage over the West",
     "stronger countermeasures"),
    ("restrictions on exports to be eased so that Nvidia could sell its chips into the Chinese market",
     "restrictions on exports to be eased"),
    # near misses: a coordination is one item; a short phrase keeps its purpose; no cut leaves a fragment
    ("impose 100% tariffs on China as well as export controls on any and all critical software",
     "impose 100% tariffs on China as well as export controls on any and all critical software"),
    ("take measures to safeguard its interests", "take measures to safeguard its interests"),
    ("after the United States announced new sanctions on dozens of Chinese companies and individuals",
     "after the United States announced new sanctions on dozens of Chinese companies and individuals"),
]


@pytest.mark.parametrize(("phrase", "expected"), ADJUNCT)
def test_long_phrase_cut_before_its_adjunct(lex, phrase: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert trim_adjunct(phrase, lex) == expected


def test_long_threat_keeps_its_item(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = ("China said it will take all necessary measures to resolutely uphold the legal rights and "
            "interests of Chinese companies.")
    assert facts(claims_of(text), ("Threat",), "actor", "phrase") == {
        (CN, "take all necessary measures"), (CN, "necessary measures")}
