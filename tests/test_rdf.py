"""RDF export: the core contract, round trips, named graphs, determinism."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import OutputError
from kg.export.rdf import document_graphs, to_graph, to_rdf, write_rdf
from kg.namespaces import CM, CMID, DCTERMS, WD

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def test_core_contract_terms(contract_nx: nx.MultiDiGraph) -> None:
    g = to_graph(contract_nx)
    china, us = CMID["state/china"], CMID["state/us"]
    lut = CMID["person/howard-lutnick"]
    assert (china, RDF.type, CM.State) in g
    assert (china, RDFS.label, Literal("中國", lang="zh-Hant")) in g
    assert (china, RDFS.label, Literal("中国", lang="zh-Hans")) in g
    assert (china, SKOS.altLabel, Literal("北京", lang="zh-Hant")) in g
    assert (china, CM.side, CM.China) in g
    assert (china, OWL.sameAs, WD.Q148) in g
    assert not list(g.objects(lut, OWL.sameAs))  # no wikidata id -> no sameAs

    role = CMID["role/howard-lutnick/commerce-secretary"]
    assert (lut, CM.holdsRole, role) in g
    assert (role, RDF.type, CM.Role) in g
    assert (role, CM.title, Literal("商務部長", lang="zh-Hant")) in g
    assert (role, CM.roleOf, us) in g
    assert (role, CM.former, None) not in g

    lev = CMID["claim/contract-zh-1"]
    assert set(g.objects(lev, RDF.type)) == {CM.Leverage}
    assert (lev, CM.actor, china) in g
    assert (lev, CM.issue, CMID["issue/rare-earths"]) in g
    assert (lev, CM.target, us) in g
    assert (lev, RDFS.label, Literal("稀土出口", lang="zh-Hant")) in g
    assert (lev, CM.evidence, Literal("北京方面表示，其王牌是稀土出口。", lang="zh-Hant")) in g
    assert (lev, CM.evidenceStart, Literal(0, datatype=XSD.integer)) in g
    assert (lev, CM.evidenceEnd, Literal(16, datatype=XSD.integer)) in g
    assert (lev, PROV.wasDerivedFrom, CMID["doc/contract-zh"]) in g
    assert (china, CM.hasLeverage, CMID["issue/rare-earths"]) in g
    assert (us, CM.demands, CMID["issue/soybeans"]) in g

    said = CMID["claim/contract-zh-2"]
    assert (said, RDF.type, CM.Statement) in g
    assert (said, CM.quote, Literal("我們不會放棄晶片管制。", lang="zh-Hant")) in g

    issue = CMID["issue/rare-earths"]
    assert {CM.Issue, SKOS.Concept} <= set(g.objects(issue, RDF.type))
    assert (issue, SKOS.inScheme, CM.IssueScheme) in g
    assert (issue, SKOS.prefLabel, Literal("rare earths", lang="en")) in g

    doc = CMID["doc/contract-zh"]
    assert (doc, RDF.type, CM.Document) in g
    assert (doc, DCTERMS.title, Literal("稀土王牌", lang="zh-Hant")) in g
    assert (doc, DCTERMS.date, Literal("2025-03-04", datatype=XSD.date)) in g
    # a date that is not ISO stays a plain string instead of an invalid xsd:date
    assert (CMID["doc/contract-en"], DCTERMS.date, Literal("March 2025")) in g
    # no blank nodes anywhere: every node has a stable IRI
    assert not any(isinstance(t, BNode) for tr in g for t in tr)


def test_every_cm_term_is_declared_in_the_ontology(contract_nx: nx.MultiDiGraph) -> None:
    onto = Graph().parse(ROOT / "ontology" / "chouma.ttl", format="turtle")
    declared = {s for s in onto.subjects() if str(s).startswith(str(CM))}
    used = {t for tr in to_graph(contract_nx) for t in tr if str(t).startswith(str(CM))}
    assert used - declared == set()
    for term in declared - {URIRef(str(CM).rstrip("#"))}:
        langs = {lit.language for lit in onto.objects(term, RDFS.label)}
        assert {"en", "zh-Hant"} <= langs, term
        assert list(onto.objects(term, RDFS.comment)), term


def test_turtle_and_jsonld_parse_back_isomorphic(
    contract_nx: nx.MultiDiGraph, tmp_path: Path
) -> None:
    write_rdf(contract_nx, tmp_path)
    expected = to_graph(contract_nx)
    ttl = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    jsonld = Graph().parse(tmp_path / "graph.jsonld", format="json-ld")
    nt = Graph().parse(tmp_path / "graph.nt", format="nt")
    assert isomorphic(ttl, expected)
    assert isomorphic(jsonld, expected)
    assert isomorphic(nt, expected)
    doc = json.loads((tmp_path / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["cm"] == str(CM)


def test_trig_has_one_named_graph_per_document(
    contract_nx: nx.MultiDiGraph, tmp_path: Path
) -> None:
    write_rdf(contract_nx, tmp_path)
    ds = Dataset()
    ds.parse(tmp_path / "graph.trig", format="trig")
    named = sorted(
        str(c.identifier) for c in ds.graphs() if len(c) and "urn:x-rdflib" not in str(c.identifier)
    )
    assert named == [str(CMID["doc/contract-en"]), str(CMID["doc/contract-zh"])]
    zh = ds.graph(CMID["doc/contract-zh"])
    claims = set(zh.subjects(CM.actor, None))
    assert claims == {CMID["claim/contract-zh-1"], CMID["claim/contract-zh-2"]}
    # actors stay in the default graph, not duplicated into each document's graph
    assert (CMID["state/china"], RDF.type, CM.State) not in zh
    assert (CMID["state/china"], RDF.type, CM.State) in ds.default_graph
    # the union of all graphs equals the flat Turtle graph
    union = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, to_graph(contract_nx))
    assert document_graphs(to_rdf(contract_nx)) == [
        CMID["doc/contract-en"],
        CMID["doc/contract-zh"],
    ]


def _shuffled(g: nx.MultiDiGraph, seed: int) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    nodes = list(g.nodes(data=True))
    edges = list(g.edges(keys=True, data=True))
    rnd.shuffle(nodes)
    rnd.shuffle(edges)
    out = nx.MultiDiGraph()
    out.add_nodes_from(nodes)
    out.add_edges_from(edges)
    return out


def test_byte_identical_on_rewrite(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    paths_a = write_rdf(contract_nx, a)
    write_rdf(_shuffled(contract_nx, 7), b)
    assert [p.name for p in paths_a] == ["graph.ttl", "graph.jsonld", "graph.nt", "graph.trig"]
    for p in paths_a:
        assert p.read_bytes() == (b / p.name).read_bytes(), p.name
    # another interpreter with another hash seed writes the same bytes
    c = tmp_path / "c"
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from pathlib import Path; from conftest import contract_graph;"
        "from kg.export.rdf import write_rdf; write_rdf(contract_graph(), Path(sys.argv[2]))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code, str(TESTS), str(c)], check=True, env=env, cwd=ROOT)
    for p in paths_a:
        assert p.read_bytes() == (c / p.name).read_bytes(), p.name
    # no temporary files left behind
    assert sorted(x.name for x in a.iterdir()) == sorted(p.name for p in paths_a)


def test_unsafe_characters_in_node_ids_do_not_break_output(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    odd = CMID + 'person/a b"<c>'
    doc = CMID + "doc/d1"
    g.add_node(odd, kind="Person", label='A "B" <C>', labels=[['A "B" <C>', "en"]], side="Other")
    g.add_node(doc, kind="Document", title="t", lang="en")
    g.add_node(CMID + "issue/x", kind="Issue", labels=[["x", "en"]])
    g.add_edge(
        odd,
        CMID + "issue/x",
        key=CMID + "claim/1",
        relation="demands",
        kind="Demand",
        claim=CMID + "claim/1",
        target="",
        phrase="x",
        quote="",
        evidence='He said "}> DROP" x.',
        start=0,
        end=20,
        document=doc,
        lang="en",
    )
    write_rdf(g, tmp_path)
    ttl = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert (
        URIRef(CMID + "person/a%20b%22%3Cc%3E"),
        RDFS.label,
        Literal('A "B" <C>', lang="en"),
    ) in ttl
    assert isomorphic(ttl, Graph().parse(tmp_path / "graph.nt", format="nt"))


def test_unwritable_output_is_an_output_error(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    from kg.errors import OutputError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        write_rdf(contract_nx, blocker / "sub")


def _rdflib_jsonld(graph: Graph) -> str:
    """What the export wrote with rdflib's JSON-LD serialiser before it had its own writer."""
    from kg.export.rdf import _canonical, load_context

    context = load_context()
    doc = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    body = doc["@graph"] if "@graph" in doc else [{k: v for k, v in doc.items() if k != "@context"}]
    out = {"@context": context, "@graph": _canonical(body)}
    return json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _rdflib_nt(graph: Graph) -> str:
    rows = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
    return "\n".join(sorted({r for r in rows if r.strip()})) + "\n"


def test_own_writers_match_rdflib_or_read_back_isomorphic(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    # the export writes every format itself (for speed); rdflib is the oracle: N-Triples and
    # JSON-LD byte for byte, Turtle and TriG (laid out our way) read back graph by graph
    write_rdf(contract_nx, tmp_path)
    flat = to_graph(contract_nx)
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8") == _rdflib_nt(flat)
    assert (tmp_path / "graph.jsonld").read_text(encoding="utf-8") == _rdflib_jsonld(flat)

    ds = to_rdf(contract_nx)
    back = Dataset()
    back.parse(tmp_path / "graph.trig", format="trig")
    for iri in [None, *document_graphs(ds)]:
        want = ds.default_graph if iri is None else ds.graph(iri)
        got = back.default_graph if iri is None else back.graph(iri)
        assert len(want) and isomorphic(got, want), iri

    ttl = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    head, body = ttl.split("\n\n", 1)
    assert all(line.startswith("@prefix ") for line in head.splitlines())  # readable: prefixes first,
    blocks = body.strip().split("\n\n")  # then one block per subject
    assert len(blocks) == len(set(flat.subjects()))
    assert any(b.startswith("<https://w3id.org/chouma/id/state/china> a cm:State ;\n") for b in blocks)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    lang=st.sampled_from(["", "en", "zh-Hant", "zh-hans", "x-Bad_tag", "de-CH-1901"]),
    date=st.sampled_from(["2025-10-29", "2025-10-29T08:30:00Z", "March 2025", ""]),
)
def test_own_writers_round_trip_any_text(text: str, lang: str, date: str, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    doc, person = str(CMID["doc/d"]), str(CMID["person/p"])
    g.add_node(doc, kind="Document", title=text, lang=lang, date=date, source=text, url=text)
    g.add_node(person, kind="Person", labels=[[text, lang], ["P", "en"]], alt_labels=[[text + "x", lang]])
    g.add_node(str(CMID["issue/i"]), kind="Issue", labels=[["i", "en"]], in_lexicon=False)
    g.add_edge(
        person, str(CMID["issue/i"]), key="k", relation="demands", kind="Demand", claim=str(CMID["claim/c"]),
        phrase=text, quote=text, evidence=text, start=0, end=len(text), document=doc, lang=lang,
    )
    out = tmp_path / str(abs(hash((text, lang, date))))
    write_rdf(g, out)
    flat = to_graph(g)
    assert (out / "graph.nt").read_text(encoding="utf-8") == _rdflib_nt(flat)
    assert (out / "graph.jsonld").read_text(encoding="utf-8") == _rdflib_jsonld(flat)
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld"), ("graph.nt", "nt")):
        assert isomorphic(Graph().parse(out / name, format=fmt), flat), name
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    union = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, flat)


def test_parallel_export_writes_the_same_bytes(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    one = write_rdf(contract_nx, tmp_path / "one", jobs=1)
    two = write_rdf(contract_nx, tmp_path / "two", jobs=2)
    assert [p.name for p in one] == [p.name for p in two]
    for a, b in zip(one, two, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_parallel_export_reports_an_unwritable_directory(
    contract_nx: nx.MultiDiGraph, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        write_rdf(contract_nx, blocker / "sub", jobs=2)
