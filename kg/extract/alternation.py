"""Cue alternations compiled as prefix trees, so a pattern of hundreds of cue words costs
per character what a pattern of a few does.

Why: Python's ``re`` tries the branches of ``(?:k1|k2|…)`` one after another at every
position of the text. The cue sets are hundreds of words each, and English keys open with a
word-boundary look-behind that defeats the engine's first-character skip, so one cue pattern
over an article cost as much as the rest of extraction. The same keys arranged as a prefix
tree (``ex(?:port controls|ports)``) are tried one character at a time; the match is the same
one the longest-first alternation finds: the longest key that matches at the leftmost
position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_Node = dict[str, "_Node"]
_END = ""  # the key of a node's terminal mark (no atom is empty)


def tree_pattern(keys: Iterable[Sequence[str]]) -> str:
    """One regex matching any key, each key a sequence of regex atoms (an escaped character,
    a look-around); at a node, longer continuations are tried before the key that ends there.

    The longest-match equivalence holds when the atoms after a node exclude one another
    (distinct characters) or are look-aheads, tried last; the builders below make them so.
    """
    root: _Node = {}
    for atoms in keys:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _spell(root)


def _spell(node: _Node) -> str:
    # a look-ahead (the end of a whole word) is tried after the characters that continue a
    # longer key: it does not exclude a space or a hyphen
    order = sorted((k for k in node if k != _END), key=lambda k: (k.startswith("(?"), k))
    alts = [atom + _spell(node[atom]) for atom in order]
    if not alts:
        return ""
    if len(alts) == 1 and _END not in node:
        return alts[0]
    group = "(?:" + "|".join(alts) + ")"
    return group + "?" if _END in node else group


def word_atoms(key: str, *, bound_end: bool = True) -> list[str]:
    """English: a key's atoms matching it as whole words of lower-cased text (no letter just
    before a key that starts with a letter, unless it is a clitic such as ``n't``; none just
    after one that ends with a letter unless ``bound_end`` is false). The look-behind follows
    the first character (``b(?<![a-z].)``) so the tree's branches stay literal-first, which the
    regex engine checks fast."""
    atoms = [re.escape(ch) for ch in key]
    if key[:1].isalpha() and key[1:2] not in ("'", "’"):  # a clitic (n't) ends a word, opens none
        atoms[0] += r"(?<![a-z].)"
    if bound_end and key[-1:].isalpha():
        atoms.append(r"(?![a-z])")
    return atoms


def compile_words(keys: Iterable[str], *, bound_end: bool = True) -> re.Pattern[str] | None:
    """English cue words as one whole-word pattern (None when there are none)."""
    ks = sorted({k for k in keys if k})
    if not ks:
        return None
    return re.compile(tree_pattern(word_atoms(k, bound_end=bound_end) for k in ks))


def compile_literals(keys: Iterable[str]) -> re.Pattern[str] | None:
    """Literal strings as one pattern matching the longest at the leftmost position (None when
    there are none)."""
    ks = sorted({k for k in keys if k})
    if not ks:
        return None
    return re.compile(tree_pattern([re.escape(ch) for ch in k] for k in ks))
