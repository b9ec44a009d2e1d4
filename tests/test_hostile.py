"""Hostile text: arbitrary Unicode through ingest, extract and every exporter.

Property tests (hypothesis) mix control characters, lone surrogates (escaped
in JSONL), right-to-left marks, quotes, angle brackets, backslashes, ``\"\"\"``,
``>`` and 10,000-character lines into sentence templates that trigger
extraction, so the hostile text reaches labels, quotes and evidence. Nothing
may crash; Turtle, JSON-LD, N-Triples and TriG must parse back to the same
graph; every IRI must be valid; the CSVs must round-trip through pandas; the
HTML must carry text only as data, never as markup; a SPARQL parameter must be
bound as a value, never become query text.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest
import rdflib
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.export.tables import edge_table, node_table
from kg.ingest import iter_documents
from kg.pipeline import OUTPUT_FILES, graph_of, write_outputs

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

BITS = [
    '"',
    "'",
    '"""',
    "'''",
    "<",
    ">",
    "&",
    "&amp;",
    "\\",
    "\\u0041",
    "\\n",
    "{",
    "}",
    "|",
    "^",
    "`",
    "</script>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "]]>",
    "<img src=x onerror=HOSTILE()>",
    '" onmouseover="HOSTILE()',
    "@prefix x: <urn:x:> .",
    '"@en',
    "^^<urn:x>",
    "} UNION { ?s ?p ?o }",
    "#",
    ";",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u200b",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\ud800",  # lone surrogates
    "\udfff",
    "\ufffe",
    "\n",
    "\r\n",
    "\t",
    " ",
    "「",
    "」",
    "：",
    "“",
    "”",
    "。",
    "\U0001f600",
    "%s",
    "${x}",
]

pieces = st.one_of(
    st.sampled_from(BITS),
    st.text(st.characters(exclude_categories=[]), max_size=8),  # surrogates included
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=4),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=8),
)
hostile = st.lists(pieces, min_size=1, max_size=6).map("".join)


@st.composite
def maybe_long(draw: st.DrawFn) -> str:
    """A hostile string, sometimes repeated into a line of 10,000+ characters."""
    s = draw(hostile)
    if draw(st.integers(0, 9)) == 0:
        s = (s.replace("\n", " ") or "x") * (10_000 // max(1, len(s)) + 1)
    return s


ZH_TEMPLATES = [
    "美國財政部長{X}表示：「{Y}」",
    "中國商務部長周文遠表示：「{Y}」。",
    "{X}說，中國的籌碼是{Z}。",
    "美方要求中國停止{Z}出口，{X}警告將加徵關稅。",
]
EN_TEMPLATES = [
    '{X}, a senior fellow at the {Z} Institute, said "{Y}"',
    'Treasury Secretary Alan Whitby said "{Y}."',
    "China's biggest leverage over the United States is {Z}, {X} said.",
]


def fill(template: str, x: str, y: str, z: str) -> str:
    # str.replace, not str.format: hostile text may hold braces
    return template.replace("{X}", x).replace("{Y}", y).replace("{Z}", z)


_SURR = re.compile("[\ud800-\udfff\ufffe\uffff]")
_CTRL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# characters an IRI may not hold (RFC 3987), as N-Triples and Turtle need them
_BAD_IRI = re.compile('[\x00-\x20<>"{}|^`\\\\\x7f-\x9f\ud800-\udfff\ufffe\uffff]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def scrubbed(s: str) -> str:
    """What ingest keeps of a metadata field: trimmed, surrogates -> U+FFFD, controls -> space."""
    return _CTRL.sub(" ", _SURR.sub("\ufffd", s.replace("\r\n", "\n").replace("\r", "\n")))


def build_dir(path: Path, out: Path) -> nx.MultiDiGraph:
    g = graph_of(iter_documents([path]))
    write_outputs(g, out)
    return g


def check_rdf(out: Path) -> rdflib.Graph:
    """Every RDF file parses to the same graph and every IRI is valid; returns the Turtle graph."""
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    jsonld = rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    nt = rdflib.Graph().parse(out / "graph.nt", format="nt")
    ds = rdflib.Dataset()
    ds.parse(out / "graph.trig", format="trig")
    trig = rdflib.Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        trig.add((s, p, o))
    assert isomorphic(ttl, jsonld), "JSON-LD differs from Turtle"
    assert isomorphic(ttl, nt), "N-Triples differs from Turtle"
    assert isomorphic(ttl, trig), "TriG differs from Turtle"
    for triple in ttl:
        for term in triple:
            if isinstance(term, rdflib.URIRef):
                iri = str(term)
                assert not _BAD_IRI.search(iri), iri
                assert _SCHEME.match(iri), iri
                ox.NamedNode(iri)  # Oxigraph's strict IRI parser accepts it
            else:
                assert not isinstance(term, rdflib.BNode)
    # Oxigraph (what kg query and kg serve use) reads every file too
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        store = ox.Store()
        store.load(path=str(out / name), format=fmt)
        assert len(store) == len(ttl)
    return ttl


def check_tables(g: nx.MultiDiGraph, out: Path) -> None:
    """nodes.csv and edges.csv read back by pandas hold exactly the graph's values."""
    for name, table in (("nodes.csv", node_table(g)), ("edges.csv", edge_table(g))):
        back = pd.read_csv(out / name, dtype=str, keep_default_na=False)
        want = table.astype(str).reset_index(drop=True)
        assert list(back.columns) == list(want.columns)
        assert back.shape == want.shape
        pd.testing.assert_frame_equal(back, want, check_dtype=False)


def strings_in(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (*strings_in(k), *strings_in(v))]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in strings_in(v)]
    return []


def check_html(out: Path) -> list[str]:
    """Text only inside the JSON data block; returns the data's strings."""
    raw = (out / "graph.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    scripts = soup.find_all("script")
    assert [(s.get("id"), s.get("type")) for s in scripts] == [
        ("kg-data", "application/json"),
        (None, None),
        (None, None),
    ]
    assert not soup.find_all(["img", "iframe", "object", "embed"])
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.lower().startswith("on"), (tag.name, attr)
            assert "HOSTILE" not in str(value)
    data_text = scripts[0].string or ""
    assert "<" not in data_text and ">" not in data_text
    for s in scripts[1:]:
        assert "HOSTILE" not in (s.string or "")
    visible = [t for t in soup.find_all(string=True) if t.parent is not scripts[0]]
    assert not any("HOSTILE" in t for t in visible)
    return strings_in(json.loads(data_text))


def check_graphml(out: Path, g: nx.MultiDiGraph) -> None:
    back = nx.read_graphml(out / "graph.graphml")
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()


@SETTINGS
@given(
    x=maybe_long(),
    y=maybe_long(),
    z=hostile,
    title=maybe_long(),
    meta=st.lists(hostile, min_size=4, max_size=4),
    lines=st.lists(st.sampled_from(ZH_TEMPLATES + EN_TEMPLATES), min_size=1, max_size=6),
)
def test_hostile_jsonl_through_every_exporter(
    x: str, y: str, z: str, title: str, meta: list[str], lines: list[str]
) -> None:
    text = "\n".join(fill(t, x, y, z) for t in lines)
    rec = {
        "id": meta[0],
        "title": title,
        "url": meta[1],
        "source": meta[2],
        "date": meta[3],
        "text": text,
    }
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "feed.jsonl"
        # ensure_ascii: lone surrogates travel as "\ud800" escapes, as real dumps carry them
        src.write_text(json.dumps(rec, ensure_ascii=True) + "\n", encoding="ascii")
        out = Path(tmp) / "out"
        g = build_dir(src, out)
        assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
        ttl = check_rdf(out)
        check_tables(g, out)
        check_graphml(out, g)
        check_html(out)
        # the hostile title reached the graph intact (modulo the documented scrubbing)
        want = scrubbed(title).strip()
        if want:
            assert any(str(o) == want for o in ttl.objects()), want[:80]


@SETTINGS
@given(y=hostile)
def test_hostile_quote_is_kept_verbatim_and_never_markup(y: str) -> None:
    """A quote full of markup and escapes is extracted exactly, and stays data everywhere."""
    y = scrubbed(y).replace("「", "").replace("」", "").replace("\n", " ").strip()
    if not y or y.startswith(("。", "：")):
        y = "HOSTILE" + y
    payload = f"{y}<img src=x onerror=HOSTILE()></script><script>HOSTILE()</script>"
    filler = "雙方代表本週在日內瓦舉行第二輪會談，討論關稅、出口管制和農產品採購等議題。" * 3
    text = f"{filler}\n美國財政部長周文遠表示：「{payload}」。中國的籌碼是稀土。\n{filler}"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "a.txt"
        src.write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        g = build_dir(src, out)
        quotes = [d["quote"] for _u, _v, d in g.edges(data=True) if d.get("relation") == "said"]
        assert quotes == [payload]
        ttl = check_rdf(out)
        cm = rdflib.Namespace("https://w3id.org/chouma/ontology#")
        assert [str(q) for q in ttl.objects(None, cm.quote)] == [payload]
        strings = check_html(out)
        assert any(payload in s for s in strings)
        check_tables(g, out)
        edges = pd.read_csv(out / "edges.csv", dtype=str, keep_default_na=False)
        assert payload in set(edges["quote"])


@SETTINGS
@given(body=maybe_long(), script=hostile)
def test_hostile_html_page(body: str, script: str) -> None:
    """Escaped hostile text in a page is read as text; its scripts and styles never are."""
    import html as htmlmod

    page = (
        "<html><head><title>t</title>"
        f"<script>var SCRIPTMARK = {json.dumps(script)};</script>"
        f"<style>/* STYLEMARK {htmlmod.escape(script).replace('*/', '')} */</style></head>"
        f"<body><article><p>{htmlmod.escape(fill(ZH_TEMPLATES[0], '周文遠', body, '稀土'))}</p>"
        f"<p>{htmlmod.escape(body)}</p></article></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8", errors="surrogatepass")
        out = Path(tmp) / "out"
        try:
            g = build_dir(src, out)
        except Exception as exc:  # only the named, one-line errors are acceptable
            from kg.errors import InputError

            assert isinstance(exc, InputError), repr(exc)
            return
        check_rdf(out)
        check_tables(g, out)
        for f in out.iterdir():
            data = f.read_bytes()
            assert b"SCRIPTMARK" not in data and b"STYLEMARK" not in data, f.name


@SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(max_size=500).map(lambda t: t.encode("utf-16", "surrogatepass")),
        st.text(max_size=300).map(lambda t: t.encode("gb18030", "replace")),
        st.text(max_size=300).map(lambda t: t.encode("big5", "replace")),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv"]),
)
def test_arbitrary_bytes_are_read_or_refused_by_name(data: bytes, suffix: str) -> None:
    """Any bytes under any supported name: documents, or one of the named errors naming the file."""
    from kg.errors import ChoumaError

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"input{suffix}"
        src.write_bytes(data)
        try:
            g = graph_of(iter_documents([src]))
        except ChoumaError as exc:
            assert str(src) in str(exc) or "no readable documents" in str(exc), str(exc)
            return
        out = Path(tmp) / "out"
        write_outputs(g, out)
        check_rdf(out)
        check_tables(g, out)


# ---------------------------------------------------------------------------
# SPARQL: a parameter is a value, never query text


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile-query")
    src = base / "a.txt"
    src.write_text(
        "美國財政部長周文遠表示：「我們不會讓步。」中國的籌碼是稀土。\n"
        'Treasury Secretary Alan Whitby said "we will not back down."\n',
        encoding="utf-8",
    )
    build_dir(src, base / "out")
    return base / "out" / "graph.ttl"


INJECTIONS = [
    '" } UNION { ?s ?p ?x } #',
    '" . ?s ?p ?o } LIMIT 1 #',
    "'} ; DROP ALL ; SELECT * {'",
    '"""\n} INSERT DATA { <urn:x:a> <urn:x:b> "c" } #',
    '\\" } UNION { ?actor ?relation ?direction } #',
    '>" } #',
]

param_values = st.one_of(
    st.sampled_from(INJECTIONS),
    st.lists(st.one_of(st.sampled_from(INJECTIONS + BITS), hostile), min_size=1, max_size=4).map("".join),
).map(lambda s: _SURR.sub("\ufffd", s))  # argv cannot carry lone surrogates as UTF-8


def _query(graph: Path, *args: str) -> Any:
    return CliRunner().invoke(app, ["query", *args, "--graph", str(graph), "--format", "json"])


def _iri_like(v: str) -> bool:
    t = v.strip()
    return (t.startswith("<") and t.endswith(">")) or bool(re.match(r"^[A-Za-z][\w+.-]*:", t))


@SETTINGS
@given(value=param_values)
def test_query_parameter_is_bound_as_a_value(small_graph: Path, value: str) -> None:
    before = small_graph.read_bytes()
    r = _query(small_graph, "SELECT ?x WHERE {}", "--param", f"x={value}")
    assert "Traceback" not in r.output
    if _iri_like(value):  # written as an IRI: bound as one, or refused in one line
        assert r.exit_code in (0, 2), r.output
    else:
        assert r.exit_code == 0, r.output
        bindings = json.loads(r.stdout)["results"]["bindings"]
        assert [b["x"]["value"] for b in bindings] == [value]
        assert bindings[0]["x"]["type"] == "literal"
    # a lookup parameter on a shipped query: the injection finds nothing
    r = _query(small_graph, "neighbourhood", "--param", f"actor=zz{value}")
    assert "Traceback" not in r.output
    assert r.exit_code in (0, 2), r.output
    if r.exit_code == 0:
        assert json.loads(r.stdout)["results"]["bindings"] == []
    assert small_graph.read_bytes() == before


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_payloads_do_not_widen_a_query(small_graph: Path, value: str) -> None:
    everything = _query(small_graph, "neighbourhood")
    assert everything.exit_code == 0 and json.loads(everything.stdout)["results"]["bindings"]
    r = _query(small_graph, "neighbourhood", "--param", f"actor={value}")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["results"]["bindings"] == []
