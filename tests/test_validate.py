"""SHACL validation: a good graph conforms; graphs broken on purpose say why."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.export.rdf import to_graph, to_rdf, write_rdf
from kg.namespaces import CM, CMID
from kg.validate import validate


def test_contract_graph_conforms(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    conforms, report = validate(to_graph(contract_nx))
    assert conforms, report
    assert report == "conforms: 0 violations"
    write_rdf(contract_nx, tmp_path)
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig"):
        assert validate(tmp_path / name)[0], name
    assert validate(to_rdf(contract_nx))[0]


def test_claim_with_two_actors_and_actor_without_side(contract_nx: nx.MultiDiGraph) -> None:
    g = to_graph(contract_nx)
    claim = CMID["claim/contract-zh-1"]
    g.add((claim, CM.actor, CMID["state/us"]))
    g.remove((CMID["person/howard-lutnick"], CM.side, None))
    conforms, report = validate(g)
    assert not conforms
    lines = report.splitlines()
    assert lines[0] == "does not conform: 2 violations"
    assert (
        "cmid:claim/contract-zh-1  cm:actor  a claim must have exactly one cm:actor (an IRI)"
        in lines
    )
    assert any(
        line.startswith(
            "cmid:person/howard-lutnick  cm:side  an actor must have exactly one cm:side"
        )
        for line in lines
    )


def test_missing_evidence_document_label_and_bad_side(contract_nx: nx.MultiDiGraph) -> None:
    g = to_graph(contract_nx)
    claim = CMID["claim/contract-en-1"]
    g.remove((claim, CM.evidence, None))
    g.remove((CMID["doc/contract-en"], RDF.type, None))
    g.remove((CMID["state/china"], RDFS.label, None))
    g.set((CMID["state/us"], CM.side, CM.Mars))
    g.remove((CMID["role/howard-lutnick/commerce-secretary"], CM.title, None))
    g.remove((CMID["issue/soybeans"], CM.inLexicon, None))
    g.add((CMID["issue/soybeans"], RDF.type, CM.Issue))
    g.remove((CMID["issue/semiconductors"], None, None))
    g.add((CMID["issue/semiconductors"], RDF.type, CM.Issue))
    conforms, report = validate(g)
    assert not conforms
    assert (
        "cmid:claim/contract-en-1  cm:evidence  a claim must have exactly one cm:evidence sentence"
        in report
    )
    assert (
        "cmid:claim/contract-en-1  prov:wasDerivedFrom  a claim must be prov:wasDerivedFrom"
        in report
    )
    assert "cmid:state/china  rdfs:label  an actor must have an rdfs:label" in report
    assert "cmid:state/us  cm:side  an actor must have exactly one cm:side" in report
    assert "cm:title  a role must have a cm:title" in report
    assert (
        "cmid:issue/semiconductors  skos:prefLabel  an issue must have a skos:prefLabel" in report
    )


def test_unreadable_input_is_an_input_error(tmp_path: Path) -> None:
    import pytest

    from kg.errors import InputError

    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl"):
        validate(bad)
    with pytest.raises(InputError, match="no such file"):
        validate(tmp_path / "missing.ttl")


def test_untyped_actor_found_through_cm_actor(contract_nx: nx.MultiDiGraph) -> None:
    g: Graph = to_graph(contract_nx)
    g.remove((CMID["person/howard-lutnick"], RDF.type, None))
    g.add((CMID["person/howard-lutnick"], RDFS.comment, Literal("x")))
    conforms, report = validate(g)
    assert not conforms
    assert "an actor must be typed cm:Person, cm:Organization or cm:State" in report
