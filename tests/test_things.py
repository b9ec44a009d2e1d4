"""Issue nodes are things to bargain over, never pronouns, clauses, evaluations or quotes (kg/things.py)."""

from __future__ import annotations

import pytest

from kg.ingest import split_sentences
from kg.model import Document
from kg.pipeline import graph_of
from kg.textnorm import detect_lang
from kg.things import is_fragment, is_thing

THINGS = ["export licenses", "retaliatory duties", "penalties on Chinese goods", "稀土", "港口停靠費", "晶片設計軟體"]
NOT_THINGS = [
    "it",  # a pronoun
    "As Beijing",  # a clause fragment
    "grave consequences if she is not released",  # a clause
    "hit back at Western measures",  # a verb phrase
    "非常不理性",  # an evaluation
    "停止竊取美國技術",  # a verb phrase
    "各方加強合作",  # a clause
    "「完全是強盜邏輯」",  # a quote
    "一",  # a fragment
    "China demanded that the U.S. vacate an order for her arrest",  # a sentence
    "with Chinese Commerce Minister Wang Wentao",  # a prepositional phrase
    "the Department of Commerce responded",  # a clause with a verb of speech
]


@pytest.mark.parametrize("phrase", THINGS)
def test_things(lex, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert is_thing(phrase, lex)


@pytest.mark.parametrize("phrase", NOT_THINGS)
def test_not_things(lex, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert not is_thing(phrase, lex)


# a wanted action is no thing but still an item of a demand; a fragment of a sentence is neither
ACTIONS = ["stop finger-pointing over human rights", "停止錯誤做法", "to settle the fentanyl issue", "相向而行"]
FRAGMENTS = [
    "It caters to the unreasonable demands",  # a clause with its own subject
    "He said the delay was requested",
    "with Chinese Commerce Minister Wang Wentao",  # a preposition left from a cut
    "the executive orders and",  # cut before its end
    "Truce in US-China trade war as",
    "it,",
    "他說美方",
    "美國和",
]


@pytest.mark.parametrize("phrase", ACTIONS)
def test_actions_are_no_fragments(lex, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert not is_fragment(phrase, lex)


@pytest.mark.parametrize("phrase", FRAGMENTS)
def test_fragments(lex, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert is_fragment(phrase, lex)


TEXTS = [
    "China demanded that the U.S. vacate an order for her arrest. Beijing warned of grave consequences if she is "
    "not released, and it said it would hit back at Western measures.",
    "外交部發言人表示，美方應停止竊取中國技術，各方加強合作。商務部批評美方做法「非常不理性」。",
]


@pytest.mark.parametrize("text", TEXTS, ids=["en", "zh"])
def test_no_issue_node_is_a_clause(lex, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, lang=detect_lang(text), sentences=split_sentences(text))
    g = graph_of([doc])
    claims = [d for _u, _v, d in g.edges(data=True) if d.get("kind") in ("Leverage", "Demand", "Threat")]
    assert claims, "the texts hold claims; their phrases must not become issue nodes"
    labels = [d.get("label", "") for _n, d in g.nodes(data=True) if d.get("kind") == "Issue"]
    assert all(is_thing(x, lex) for x in labels), labels
