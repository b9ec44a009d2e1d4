"""kg eval: the matching rules of shared/gold/README.md, on graphs whose content we know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import GoldError
from kg.evaluate import evaluate, evaluate_graph, load_gold
from kg.graph import build_graph
from kg.model import ActorMention, ClaimMention, DocExtraction, Document, RoleMention, Sentence
from kg.resolve import Resolver

TEXT = "美國財政部長貝森特表示，中國手中最大的籌碼是稀土。"

GOLD = {
    "document": "x.txt",
    "entities": [
        {"id": "us", "type": "State", "side": "US", "names": ["美國", "United States"]},
        {"id": "china", "type": "State", "side": "China", "names": ["中国"]},
        {"id": "bessent", "type": "Person", "side": "US", "names": ["贝森特", "Scott Bessent"]},
        {"id": "treasury", "type": "Organization", "side": "US", "names": ["財政部"], "optional": True},
        {"id": "nomura", "type": "Organization", "side": "Other", "names": ["野村"]},
    ],
    "roles": [{"person": "bessent", "title": ["財政部長"], "of": "us"}],
    "leverage": [
        {"holder": ["china"], "item": ["rare earth", "稀土"], "target": ["us"]},
        {"holder": ["us"], "item": ["芯片"], "target": ["china"]},
    ],
    "demands": [],
    "threats": [],
    "statements": [{"speaker": ["bessent"], "quote": "我本身就是"}],
}


def _graph(lex, extra_person: bool = False):  # type: ignore[no-untyped-def]
    doc = Document(id="x", text=TEXT, sentences=[Sentence(0, len(TEXT), TEXT)])
    actors = {
        "us": ActorMention("us", "State", ["美國"], "US", lexicon_id="state/us"),
        "cn": ActorMention("cn", "State", ["中國"], "China", lexicon_id="state/china"),
        "p": ActorMention("p", "Person", ["貝森特"], "US", roles=[RoleMention("財政部長", of="us")]),
    }
    if extra_person:
        actors["q"] = ActorMention("q", "Person", ["貝森特先生"], "US", latin="Scott Bessent")
        actors["z"] = ActorMention("z", "Organization", ["某公司"], "Other")
    claims = [ClaimMention("Leverage", "cn", "稀土", doc.sentences[0], target="us", issue="rare-earths")]
    r = Resolver(lex)
    r.add(DocExtraction(doc, actors, claims))
    return build_graph(r.result())


def test_scores_follow_the_matching_rules(lex) -> None:
    rep = evaluate_graph(_graph(lex), GOLD)
    ent = rep.sections["entities"]
    assert (ent.tp_gold, ent.gold, ent.tp_pred, ent.pred) == (3, 4, 3, 3)
    assert ent.misses == ["nomura (野村)"]
    lev = rep.sections["leverage"]
    assert (lev.tp_gold, lev.gold, lev.tp_pred, lev.pred) == (1, 2, 1, 1)
    assert (lev.target_ok, lev.target_total) == (1, 1)
    assert rep.sections["roles"].f1 == 1.0
    assert rep.sections["statements"].recall == 0.0
    assert not rep.sections["demands"].counted


def test_a_second_node_for_one_gold_entity_is_a_duplicate(lex) -> None:
    rep = evaluate_graph(_graph(lex, extra_person=True), GOLD)
    ent = rep.sections["entities"]
    assert ent.pred == 5 and ent.tp_pred == 3
    assert sorted(ent.false_positives) == ["某公司 [Organization]", "貝森特先生 (duplicate of bessent)"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "not a gold file"),
        ('{"entities": [{"names": []}]}', "every entity needs an 'id'"),
        ('{"entities": [], "roles": {}}', "'roles' must be a list"),
    ],
)
def test_malformed_gold_is_refused_with_a_reason(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "g.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_gold(path)


def test_evaluate_builds_the_text_beside_the_gold(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    rep = evaluate(tmp_path / "x.json")
    assert rep.text_file.endswith("x.txt")
    assert rep.sections["entities"].gold == 4


def test_several_gold_files_are_pooled(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["files"]) == 2
    pooled = data["pooled"]["sections"]["entities"]
    assert pooled["gold"] == 2 * data["files"][0]["sections"]["entities"]["gold"]
