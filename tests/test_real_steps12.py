"""Who took a measure, as real news names it (session 12).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the holders of the measures in it, near misses included.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"


def holders(claims, kind: str = "Leverage") -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(c.actor, c.issue) for c in claims if c.kind == kind}


# -- a measure inside the matter a subject reacts to ------------------------------------------------
# <subject> 就/對 <X> … <measure> <reaction> (zh-concern-about opens the matter, zh-reaction closes
# it): the measure is X's when X is of the other side. Without a reaction after the measure the
# clause is an act aimed at X (美國對中國加徵關稅).
TOPIC = [
    ("商務部新聞發言人就美國商務部發布對華半導體出口管制新規答記者問。",
     {("org/us-commerce", "semiconductors")}),
    ("中方對美方執意出台對華投資限制措施強烈不滿。", {(US, "investment-screening")}),
    ("外交部就美方宣布對中國官員實施制裁表示強烈譴責。", {(US, "sanctions")}),
    # near misses: the act aimed at X; the reacting subject of X's own side
    ("美國對中國加徵關稅。", {(US, "tariffs")}),
    ("美國財政部就美國商務部的出口管制表示支持。", {("org/us-commerce", "export-controls")}),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC)
def test_measure_of_the_matter_reacted_to(claims_of, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert holders(claims_of(text)) == expected


# -- a mention owning another measure is no subject of the verb after it -----------------------------
# And an issue named before an English measure is its item only inside its noun phrase (rare earth
# export controls), not across a verb or preposition (US tariffs by imposing export controls).
# "responded to US sanctions … by announcing export controls": US owns the sanctions; the one who
# announces is the clause's subject. A mention whose own verb is a measure word (the U.S. blocked
# exports … and revoked visas) stays the subject.
OWNER = [
    ("China has responded to increasing US sanctions on chip sales by announcing export controls on graphite.",
     {(US, "sanctions"), (CN, "critical-minerals")}),
    ("Beijing answered new US tariffs by imposing export controls on gallium.", {(US, "tariffs"), (CN, "critical-minerals")}),
    ("China announced rare earth export controls.", {(CN, "rare-earths")}),
    # near miss: the mention is the subject of both measure verbs
    ("China alleges that the U.S. blocked exports of chip design software and revoked visas for Chinese students.",
     {(US, "visas"), (US, "semiconductors"), (US, "software")}),
]


@pytest.mark.parametrize(("text", "expected"), OWNER)
def test_owner_of_another_measure_is_no_subject(claims_of, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert holders(claims_of(text)) == expected
