"""Steps held open as real news writes them, in both languages (session 11).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"

# -- the right to a step reserved: held open, a threat ---------------------------------------------
# "reserves the right to impose …" (en-measure-held-open) and the two-part frame 保留…的權利 around
# the step (zh-measure-held-open-frame: lead before the step, tail after it). Keeping a measure in
# force (保留…關稅, no 權利 after it) is the holder's lever, not a threat.
HELD_OPEN = [
    ("The United States reserves the right to impose tariffs on China, the trade representative said.",
     {("Threat", US, "tariffs")}),
    ("美方保留對中國加徵關稅的權利。", {("Threat", US, "tariffs")}),
    ("美方保有對中國加徵關稅的權利。", {("Threat", US, "tariffs")}),
    # near misses: the measure kept in force; the step imposed
    ("美方保留對中國加徵的關稅。", {("Leverage", US, "tariffs")}),
    ("The United States imposed tariffs on China, the trade representative said.", {("Leverage", US, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), HELD_OPEN)
def test_held_open(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected
