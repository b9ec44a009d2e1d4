"""A real Oxigraph server on 127.0.0.1: `kg load` through the Graph Store Protocol, HTTP queries."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EndpointError
from kg.export.rdf import write_rdf
from kg.query import open_store, parse_sparql_json, resolve_query, run_query
from kg.store import free_port, gsp_url, load, running_server, sparql_select

pytestmark = pytest.mark.server


@pytest.fixture()
def out(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> Path:
    write_rdf(contract_nx, tmp_path)
    return tmp_path


def test_kg_load_then_http_query_gives_the_embedded_rows(out: Path) -> None:
    with running_server() as server:
        res = CliRunner().invoke(
            app, ["load", str(out / "graph.ttl"), "--endpoint", server.store_url]
        )
        assert res.exit_code == 0, res.output
        assert f"{server.store_url}?default" in res.output
        for name in ("leverage", "demands", "actors-roles", "claims-per-document"):
            text = resolve_query(name)[1]
            remote = parse_sparql_json(sparql_select(server.query_url, text))
            local = run_query(open_store(out / "graph.ttl"), text)
            assert remote.variables == local.variables
            assert remote.keys() == local.keys(), name
            assert remote.rows, name
        lev = parse_sparql_json(sparql_select(server.query_url, resolve_query("leverage")[1]))
        assert lev.rows[0]["evidence"].value == "北京方面表示，其王牌是稀土出口。"
    assert server.process.poll() is not None  # stopped


def test_trig_named_graphs_need_union_default_graph(out: Path) -> None:
    text = resolve_query("leverage")[1]
    with running_server(union_default_graph=True) as server:
        load(out / "graph.trig", server.store_url)
        rows = parse_sparql_json(sparql_select(server.query_url, text)).keys()
        assert rows == run_query(open_store(out / "graph.trig"), text).keys()
        count = parse_sparql_json(
            sparql_select(
                server.query_url,
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            )
        )
        assert count.rows[0]["n"].value == "2"  # one named graph per document
    with running_server() as server:  # without the option: claims are out of sight
        load(out / "graph.trig", server.store_url)
        assert parse_sparql_json(sparql_select(server.query_url, text)).rows == []


def test_load_into_a_named_graph_and_replace(out: Path) -> None:
    iri = "https://example.org/graphs/chouma"
    with running_server() as server:
        url = load(out / "graph.nt", server.store_url, graph_iri=iri)
        assert url == f"{server.store_url}?graph=https%3A%2F%2Fexample.org%2Fgraphs%2Fchouma"
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        n = int(parse_sparql_json(sparql_select(server.query_url, q)).rows[0]["n"].value)
        assert n == len(open_store(out / "graph.nt"))
        load(out / "graph.nt", server.store_url, graph_iri=iri, replace=True)  # PUT: same size
        assert int(parse_sparql_json(sparql_select(server.query_url, q)).rows[0]["n"].value) == n


def test_endpoint_down_is_one_line_after_retries(out: Path) -> None:
    port = free_port()  # nothing listens there
    url = f"http://127.0.0.1:{port}/store"
    with pytest.raises(EndpointError, match=r"Connection refused \(after 2 tries\)"):
        load(out / "graph.ttl", url, tries=2, backoff=0.01)
    res = CliRunner().invoke(app, ["load", str(out / "graph.ttl"), "--endpoint", url])
    assert res.exit_code == 2
    assert res.output.strip().startswith("Error: http://127.0.0.1:")
    assert len(res.output.strip().splitlines()) == 1


def test_http_4xx_is_not_retried_and_names_the_status(out: Path) -> None:
    with running_server() as server, pytest.raises(EndpointError, match="HTTP 404"):
        load(out / "graph.ttl", server.base + "/nowhere", tries=3, backoff=5)


def test_gsp_url() -> None:
    assert gsp_url("http://h:1/store") == "http://h:1/store?default"
    assert gsp_url("http://h:1/store", "urn:g") == "http://h:1/store?graph=urn%3Ag"
    assert gsp_url("http://h:1/ds/data?graph=urn:x") == "http://h:1/ds/data?graph=urn:x"
    assert gsp_url("http://h:1/store", quads=True) == "http://h:1/store"
    with pytest.raises(EndpointError):
        gsp_url("ftp://h/store")


ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def _quads_of(path: Path) -> list[tuple[str, ...]]:
    """The quads of an RDF file as ALL_QUADS rows spell them (default graph: "")."""
    import pyoxigraph as ox

    from kg.query import _nt

    rows = set()
    for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        rows.add((g, _nt(q.subject), _nt(q.predicate), _nt(q.object)))
    return sorted(rows)


def test_replace_puts_each_document_graph_and_the_store_holds_exactly_the_new_build(tmp_path: Path) -> None:
    """Load a corpus's TriG, change one article, build and load again: the store equals the new file."""
    from kg.pipeline import build

    src = tmp_path / "src"
    src.mkdir()
    (src / "one.txt").write_text("date 2025-10-12 一\n北京對美國的最大籌碼是稀土。\n", encoding="utf-8")
    (src / "two.txt").write_text("date 2025-10-13 二\n美國要求中國購買更多大豆。\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, jobs=1)
    trig = out / "graph.trig"
    with running_server() as server:
        res = CliRunner().invoke(app, ["load", str(trig), "--endpoint", server.store_url, "--replace"])
        assert res.exit_code == 0, res.output
        assert "2 named graphs and the default graph, each replaced" in res.output

        (src / "two.txt").write_text("date 2025-10-14 二\n美國要求中國取消稀土管制。\n", encoding="utf-8")
        build([src], out, jobs=1)
        load(trig, server.store_url, replace=True)
        remote = parse_sparql_json(sparql_select(server.query_url, ALL_QUADS)).keys()
        assert sorted(remote) == _quads_of(trig)
        assert not any("購買更多大豆" in "".join(row) for row in remote)  # the old claim is gone

        # a plain load (POST) after another change adds to the graphs instead: the stale claim stays
        (src / "two.txt").write_text("date 2025-10-15 二\n美國要求中國購買更多大豆。\n", encoding="utf-8")
        build([src], out, jobs=1)
        load(trig, server.store_url)
        after = parse_sparql_json(sparql_select(server.query_url, ALL_QUADS)).keys()
        assert any("取消稀土管制" in "".join(row) for row in after)

    with running_server() as server, pytest.raises(EndpointError, match="names its own graphs"):
        load(trig, server.store_url + "?default", replace=True)
