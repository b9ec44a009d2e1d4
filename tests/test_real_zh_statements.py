"""Chinese quotes and who says them, as real news writes them.

Sentences written for these tests in the styles of Taiwan, Hong Kong, mainland
and overseas Chinese outlets (no sentence of any article); each asserts the
exact statements — (speaker's first name, quote) — near misses included.
"""

from __future__ import annotations

import pytest


def _statements(ex) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(speaker's first name, quote) of each statement of an extraction."""
    return {(ex.actors[c.actor].names[0], c.quote or "") for c in ex.claims if c.kind == "Statement"}


# a quote of two or three characters is a term or a scare quote, unless it is all a verb of
# speech takes and ends its sentence
SHORT = [
    ("被問到協議何時簽署時，王建國只回應「再說吧」。", {("王建國", "再說吧")}),
    ("記者追問細節，李明在記者會上回答：「不知道」。", {("李明", "不知道")}),
    ("王建國坦言「很難說」。", {("王建國", "很難說")}),
    # near misses: a term the sentence goes on about, a scare quote inside reported speech
    ("王建國重申，「脫鉤」沒有好處，也不符合兩國利益。", set()),
    ("李明表示，美國的做法是在「玩火」，必將自食其果。", set()),
    ("王建國批評「脫鉤」。", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHORT)
def test_short_quote_said_whole(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extraction_of(text)) == expected


# quotation marks as outlets type them: one quotation opened curly and closed straight, resumed
# after its attribution with a straight mark and closed curly, is one statement
MARKS = [
    ("“我們會繼續談下去。\"李明稱，\"這是一個複雜的問題，需要時間。”",
     {("李明", "我們會繼續談下去。 這是一個複雜的問題，需要時間。")}),
    ("外交部發言人王建國說:\"美方應立即糾正錯誤做法。\"",
     {("王建國", "美方應立即糾正錯誤做法。")}),
    ("外交部發言人王建國說:”美方應立即糾正錯誤做法。”", {("王建國", "美方應立即糾正錯誤做法。")}),
    # near miss: straight marks around a name in the title of a law are no speech
    ("美國國會通過了\"晶片法案\"。", set()),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_mixed_quotation_marks(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extraction_of(text)) == expected
