"""Resolution: one node per real-world actor across surface forms, scripts and documents."""

from __future__ import annotations

from kg.graph import build_graph
from kg.model import ActorMention, ClaimMention, DocExtraction, Document, RoleMention, Sentence
from kg.resolve import Resolver, slugify


def _doc(doc_id: str, text: str, lang: str = "zh-Hant") -> Document:
    return Document(id=doc_id, text=text, lang=lang, sentences=[Sentence(0, len(text), text)])


def test_lexicon_aliases_across_scripts_and_languages_give_one_node(lex) -> None:
    r = Resolver(lex)
    d1 = _doc("a", "川普表示。")
    d2 = _doc("b", "特朗普表示。", "zh-Hans")
    d3 = _doc("c", "Trump said.", "en")
    for d, name in ((d1, "川普"), (d2, "特朗普"), (d3, "Trump")):
        m = ActorMention("p", "Person", [name], "US", lexicon_id="person/donald-trump", lang=d.lang)
        r.add(DocExtraction(d, {"p": m}, []))
    res = r.result()
    assert list(res.actors) == ["https://w3id.org/chouma/id/person/donald-trump"]
    actor = res.actors["https://w3id.org/chouma/id/person/donald-trump"]
    assert actor.wikidata == "Q22686"
    assert actor.labels() == {"en": "Donald Trump", "zh-Hant": "川普", "zh-Hans": "特朗普"}
    assert ("Trump", "en") in actor.alt_labels()


def test_unknown_person_merges_across_documents_and_scripts_by_name(lex) -> None:
    r = Resolver(lex)
    r.add(DocExtraction(_doc("a", "x"), {"k": ActorMention("k", "Person", ["林漢昇"], "Other")}, []))
    r.add(
        DocExtraction(
            _doc("b", "x", "zh-Hans"),
            {"k": ActorMention("k", "Person", ["林汉昇"], "Other", latin="Han Lin", lang="zh-Hans")},
            [],
        )
    )
    r.add(DocExtraction(_doc("c", "x", "en"), {"k": ActorMention("k", "Person", ["Han Lin"], "Other", lang="en")}, []))
    res = r.result()
    assert list(res.actors) == ["https://w3id.org/chouma/id/person/han-lin"]


def test_different_known_actors_sharing_a_surface_form_stay_apart(lex) -> None:
    r = Resolver(lex)
    a = ActorMention("a", "Organization", ["商務部"], "China", lexicon_id="org/mofcom")
    b = ActorMention("b", "Organization", ["商務部"], "US", lexicon_id="org/us-commerce")
    r.add(DocExtraction(_doc("a", "x"), {"a": a, "b": b}, []))
    assert len(r.result().actors) == 2


def test_iris_do_not_depend_on_document_order(lex) -> None:
    def run(order: list[str]) -> list[str]:
        r = Resolver(lex)
        for name in order:
            m = ActorMention("k", "Person", [name], "Other")
            r.add(DocExtraction(_doc(name, "x"), {"k": m}, []))
        return sorted(r.result().actors)

    assert run(["朱志群", "陸挺"]) == run(["陸挺", "朱志群"])


def test_claims_roles_and_issues_become_edges_with_evidence(lex) -> None:
    text = "美國財政部長貝森特表示，中國手中最大的籌碼是稀土。"
    doc = _doc("d1", text)
    us = ActorMention("us", "State", ["美國"], "US", lexicon_id="state/us")
    cn = ActorMention("cn", "State", ["中國"], "China", lexicon_id="state/china")
    p = ActorMention("p", "Person", ["貝森特"], "US", roles=[RoleMention("財政部長", of="us")])
    claim = ClaimMention("Leverage", "cn", "稀土", doc.sentences[0], target="us", issue="rare-earths")
    r = Resolver(lex)
    r.add(DocExtraction(doc, {"us": us, "cn": cn, "p": p}, [claim]))
    g = build_graph(r.result())
    edges = [(u, v, d) for u, v, d in g.edges(data=True) if d["relation"] == "leverage"]
    assert len(edges) == 1
    u, v, d = edges[0]
    assert u.endswith("/state/china") and v.endswith("/issue/rare-earths")
    assert d["target"].endswith("/state/us")
    assert d["evidence"] == text and (d["start"], d["end"]) == (0, len(text))
    assert d["document"] == "https://w3id.org/chouma/id/doc/d1"
    roles = [d for _, _, d in g.edges(data=True) if d["relation"] == "role"]
    assert [r["title"] for r in roles] == ["財政部長"]


def test_slugify_gives_ascii_path_segments() -> None:
    assert slugify("Scott Bessent") == "scott-bessent"
    assert slugify("陸挺") == "lu-ting"
    assert slugify("!!!")  # never empty
