"""The cached, prefix-tree cue patterns of the English extractor match exactly what the plain
longest-first alternation matched (why: they replaced it for speed; output must not change)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.en_actors import _alt, embed

# small alphabets so words share prefixes and texts actually contain them
_WORD = st.text(alphabet="abAB -'.é", min_size=1, max_size=6)
_TEXT = st.text(alphabet="abAB -'.é,\"\n", max_size=60)


def _plain(words: tuple[str, ...], flags: int) -> re.Pattern[str]:
    items = sorted(set(words), key=lambda s: (-len(s), s))
    body = "|".join(re.escape(w) for w in items)
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", flags)


def _spans(p: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=12), _TEXT, st.sampled_from([0, re.IGNORECASE]))
def test_alt_matches_plain_alternation(words: list[str], text: str, flags: int) -> None:
    new, old = _alt(tuple(words), flags), _plain(tuple(words), flags)
    assert new is not None
    assert _spans(new, text) == _spans(old, text)
    if flags:
        return
    # inside a longer clause pattern the alternatives are still tried longest first
    for tpl in (r"(?:{P})\s*$", r"\s*,?\s*(?:{P})", r"[\",]\s*(?:a|b)\s+(?:{P})"):
        assert _spans(embed(tpl, new), text) == _spans(re.compile(tpl.replace("{P}", old.pattern)), text)


def test_alt_prefers_longest_cue() -> None:
    pat = _alt(("said", "said in a statement", "says"))
    assert pat is not None
    assert [m.group() for m in pat.finditer("Doe said in a statement that Roe said so.")] == [
        "said in a statement",
        "said",
    ]
    assert _alt(()) is None


def test_embed_refuses_case_folded_pattern() -> None:
    folded = _alt(("Tariff", "tariffs"), re.IGNORECASE)
    assert folded is not None
    with pytest.raises(ValueError):
        embed(r"(?:{P})\s*$", folded)
