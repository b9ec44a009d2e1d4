"""Script conversion and name normalisation shared by extraction, resolution and evaluation.

OpenCC's t2s conversion keeps the text length, so offsets found in the
Simplified copy of a text map back 1:1 to the original; extraction matches
lexicon terms on the Simplified copy and cuts labels from the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_NAME_STRIP = str.maketrans(
    "",
    "",
    " \t\n\u3000·・•‧∙⋅.'\"“”‘’「」『』《》〈〉",
)


@lru_cache(maxsize=4)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
"""English month abbreviations (lower case): not sentence ends after a period, not name words."""


def to_simplified(text: str) -> str:
    """Traditional -> Simplified Chinese, same length as the input."""
    if not text:
        return text
    if len(text) <= 40:
        return _short_simplified(text)  # titles, names, items: the same few asked again and again
    return _simplified(text)


@lru_cache(maxsize=8192)
def _short_simplified(text: str) -> str:
    return _simplified(text)


def _simplified(text: str) -> str:
    out: str = _converter("t2s").convert(text)
    if len(out) != len(text):  # never expected with t2s; keep offsets safe regardless
        return "".join(_converter("t2s").convert(ch) or ch for ch in text)
    return out


def to_traditional(text: str) -> str:
    """Simplified -> Traditional Chinese (for labels in the other script)."""
    if not text:
        return text
    out: str = _converter("s2t").convert(text)
    return out


# compiled character classes: the same tests as per-character Python loops, run in C
_CJK = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
_HAN = re.compile("[\u4e00-\u9fff]")
_ASCII_LETTER = re.compile("[A-Za-z]")


def has_cjk(text: str) -> bool:
    """True when the text contains a CJK ideograph."""
    return _CJK.search(text) is not None


def zh_script(text: str) -> str:
    """Guess ``zh-Hans`` or ``zh-Hant`` by which conversion changes fewer characters."""
    sample = text[:20000]
    to_s = sum(a != b for a, b in zip(sample, to_simplified(sample), strict=False))
    to_t = sum(a != b for a, b in zip(sample, to_traditional(sample), strict=False))
    return "zh-Hant" if to_s > to_t else "zh-Hans"


def detect_lang(text: str) -> str:
    """``en`` when Latin letters dominate, otherwise the Chinese script."""
    sample = text[:20000]
    cjk = len(_HAN.findall(sample))
    latin = len(_ASCII_LETTER.findall(sample))
    if cjk * 3 < latin:
        return "en"
    return zh_script(sample)


def normalize_name(name: str) -> str:
    """The matching key of a name: NFKC, case-folded, no spaces, dots or quotes, Simplified."""
    s = unicodedata.normalize("NFKC", name).casefold().translate(_NAME_STRIP)
    return to_simplified(s)
