"""Steps named by designation, steps against a company, and 將 marking an object (session 9).

Sentences written for these tests in news styles; none is copied from an article. Each case
asserts the exact claims of the kind it is about, and near misses assert none, so a rule that
over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"

# (text, kind, expected {(actor, target, issue, a word the phrase holds)})
CASES = [
    # a designation whose object names an issue (en-/zh-measure-designate): taken, leverage
    ("The US Treasury Department labelled China a currency manipulator on Monday.", "Leverage",
     {("org/us-treasury", CN, "currency", "currency manipulator")}),
    ("美國財政部宣布，正式將中國列為匯率操縱國。", "Leverage",
     {("org/us-treasury", CN, "currency", "匯率操縱國")}),
    # near misses: a designation naming no issue and no organisation is no step
    ("Critics labelled the remarks irresponsible.", "Leverage", set()),
    ("中國外交部將此事認定為美方的挑釁。", "Leverage", set()),
    # a step only against an organisation (en-measure-act-org): the verb with the company
    ("China's State Administration for Market Regulation announced on Tuesday that it is investigating "
     "Google for suspected antitrust violations.", "Leverage",
     {("org/samr", None, None, "Google")}),
    ("Police said they are investigating the incident.", "Leverage", set()),
    # 將, a short object, a verb that puts it somewhere (zh-disposal-verb): a step taken, no future
    ("中國商務部宣布將雷神公司列入不可靠實體清單。", "Leverage",
     {("org/mofcom", None, "unreliable-entity-list", "不可靠實體清單")}),
    ("中國商務部宣布將雷神公司列入不可靠實體清單。", "Threat", set()),
    # near miss: 將 right before the step is still the future
    ("中國商務部表示，將對美國商品加徵關稅。", "Threat",
     {("org/mofcom", US, "tariffs", "關稅")}),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_steps_exactly(claims_of, text: str, kind: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == kind}
    assert got == {e[:3] for e in expected}
    phrases = [c.phrase for c in claims_of(text) if c.kind == kind]
    for *_, word in expected:
        assert any(word in p for p in phrases), (word, phrases)
