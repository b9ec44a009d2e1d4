"""Cue alternations as prefix trees find what the longest-first alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.alternation import compile_literals, compile_words


def _flat(keys: list[str], *, words: bool, bound_end: bool = True) -> re.Pattern[str]:
    """The alternation the tree replaces: every key, longest first."""

    def one(k: str) -> str:
        if not words:
            return re.escape(k)
        head = r"(?<![a-z])" if k[:1].isalpha() and k[1:2] not in ("'", "’") else ""
        end = r"(?![a-z])" if bound_end and k[-1:].isalpha() else ""
        return head + re.escape(k) + end

    return re.compile("|".join(one(k) for k in sorted(set(keys), key=lambda k: (-len(k), k))))


def _found(p: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in p.finditer(text)]


_WORD = st.text(alphabet="ab -", min_size=1, max_size=6)
_HAN = st.text(alphabet="出口管制稀土了", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=8), st.text(alphabet="ab -.", max_size=40), st.booleans())
def test_words_match_like_the_longest_first_alternation(keys: list[str], text: str, bound_end: bool) -> None:
    tree = compile_words(keys, bound_end=bound_end)
    assert tree is not None
    assert _found(tree, text) == _found(_flat(keys, words=True, bound_end=bound_end), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HAN, min_size=1, max_size=8), st.text(alphabet="出口管制稀土了對", max_size=40))
def test_literals_match_like_the_longest_first_alternation(keys: list[str], text: str) -> None:
    tree = compile_literals(keys)
    assert tree is not None
    assert _found(tree, text) == _found(_flat(keys, words=False), text)


def test_whole_words_and_the_longer_key() -> None:
    p = compile_words(["antitrust", "antitrust investigation", "ban"])
    assert p is not None
    assert _found(p, "an antitrust investigation, bans and a ban.") == [
        (3, "antitrust investigation"),
        (39, "ban"),
    ]
    assert p.pattern.count("(?<![a-z].)") == 2  # one look-behind per first letter, not per key


def test_no_keys_no_pattern() -> None:
    assert compile_words([]) is None
    assert compile_literals(["", ""]) is None
