"""Claims as real news writes them (session 14).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims (or actors) of its kind, near misses included.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"


# -- a call for a punitive step against the other side asks nothing of that side -------------------
# "called for sanctions on Chinese officials": the asker wants a step taken against China; no demand
# of China. A call for the relief of a step ("the removal of tariffs on …") stays a demand.
CALLS = [
    ("Senator John Doe called for sanctions on Chinese officials.", set()),
    ("Senator John Doe called for tougher export controls.", set()),
    ("Beijing called for the removal of tariffs on Chinese goods.",
     {(CN, None, "the removal of tariffs on Chinese goods")}),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_call_for_a_step_against_the_other_side(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "target", "phrase") == expected


# -- "warned X against doing": X is asked not to (en-ask-against) ------------------------------------
# The phrase keeps "against", so it reads as what must not be done; a quoted word inside it is kept.
AGAINST = [
    ("Wang Yi warned Washington against interfering in Taiwan.",
     {("person/wang-yi", US, "against interfering in Taiwan")}),
    ("Foreign Minister Wang Yi cautioned the US against \u201chyping\u201d the incident.",
     {("person/wang-yi", US, "against \u201chyping\u201d the incident")}),
    ("Antony Blinken cautioned Beijing against supplying weapons to Russia.",
     {("person/antony-blinken", CN, "against supplying weapons to Russia")}),
    # near misses: a warning of what will happen, and "against" with no one asked
    ("Wang Yi cautioned that the US would pay a price.", set()),
    ("Wang Yi warned against outside interference in Taiwan.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AGAINST)
def test_asked_against_doing(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "target", "phrase") == expected


def test_participle_of_speech_ends_what_is_wanted(claims_of) -> None:  # type: ignore[no-untyped-def]
    # ", adding that …" (en-demand-stop) is said, not wanted: the modal demand ends before it
    text = ("Wang Yi told Jake Sullivan the US should \u201cstop arming Taiwan and support peaceful "
            "reunification\u201d, adding that \u201cTaiwan belongs to China\u201d.")
    claims = claims_of(text)
    assert facts(claims, ("Demand",), "actor", "target", "phrase") == {
        ("person/wang-yi", US, "stop arming Taiwan and support peaceful reunification")}
    assert facts(claims, ("Statement",), "actor", "phrase") == {
        ("person/wang-yi", "stop arming Taiwan and support peaceful reunification"),
        ("person/wang-yi", "Taiwan belongs to China")}


def test_lone_name_after_a_quote_is_the_same_person_later(claims_of) -> None:  # type: ignore[no-untyped-def]
    # "…," Doe told X: a person named only so; a later "Doe told …" is that person, not nobody
    text = ("\u201cTalks must go on,\u201d Doe told reporters. "
            "Doe told reporters the US should \u201cstop arming Taiwan\u201d.")
    speakers = {c.actor for c in claims_of(text) if c.kind == "Statement"}
    assert speakers == {"person/Doe"}


# -- a measure's complement after "targeting" is part of its phrase ---------------------------------
def test_measure_with_what_it_targets(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "The US has imposed export controls targeting Chinese firms, China said."
    assert facts(claims_of(text), ("Leverage",), "actor", "target", "phrase") == {
        (US, CN, "export controls targeting Chinese firms")}


# -- restricting verbs are punitive steps (en-measure-act); an adjective is not -----------------------
ACTS = [
    ("Washington restricts China\u2019s access to advanced chips.", {(US, CN)}),
    ("Washington limits China\u2019s access to advanced chips.", {(US, CN)}),
    ("Beijing has limited options to retaliate.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_restricting_verb_is_a_step(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "target") == expected


# -- Chinese: 奉勸 asks; a sentence that opens with its actor keeps the voice ---------------------------
def test_zh_advising_verb_asks_in_the_voice_of_the_sentence_before(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = "外交部發言人稱，美國執意加徵關稅，毫無道理。中方立場很明確，願同美方開展務實合作。奉勸美方尊重事實。"
    assert facts(claims_of(text), ("Demand",), "actor", "target", "phrase") == {(CN, US, "尊重事實")}


def test_zh_subjectless_ask_needs_a_voice(claims_of) -> None:  # type: ignore[no-untyped-def]
    # the sentence before opens with no actor and has no speaker: no one to ask
    text = "關稅毫無道理。奉勸美方尊重事實。"
    assert facts(claims_of(text), ("Demand",), "actor") == set()


def test_zh_time_frame_is_no_name(extraction_of) -> None:  # type: ignore[no-untyped-def]
    # 發言人答記者問時表示: 問時 ends a time frame before the speech verb, it names no one
    ex = extraction_of("隨後，外交部發言人答記者問時表示，中國始終履行國際禁毒義務。")
    assert [a.key for a in ex.actors.values() if a.type == "Person"] == []
