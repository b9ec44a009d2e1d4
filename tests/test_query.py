"""Shipped SPARQL queries and `kg query` on the embedded store (real pyoxigraph)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.export.rdf import write_rdf
from kg.query import list_queries, open_store, query_file, resolve_query, run_query
from kg.resources import queries_dir

CMID = "https://w3id.org/chouma/id/"

# A text written for these tests, in the style of a Traditional Chinese news report.
PIPELINE_TEXT = (
    "北京對美國的最大籌碼是稀土。"
    "美國的訴求包括：大豆採購、芬太尼管制，以及稀土供應。"
    "美國財政部長斯科特·貝森特（Scott Bessent）表示：「稀土出口必須恢復正常。」"
)


def _add_threat_and_demand(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Extend the contract graph: a Chinese demand on chips and a US threat on tariffs."""
    doc = CMID + "doc/contract-en"
    tariffs, chips = CMID + "issue/tariffs", CMID + "issue/semiconductors"
    g.add_node(tariffs, kind="Issue", label="tariffs", labels=[["tariffs", "en"]], alt_labels=[])
    us, china = CMID + "state/us", CMID + "state/china"
    for key, u, v, rel, kind, ev in (
        (CMID + "claim/t1", us, tariffs, "threatens", "Threat", "The US may raise tariffs again."),
        (CMID + "claim/d2", china, chips, "demands", "Demand", "Beijing asks for chip access."),
    ):
        g.add_edge(
            u,
            v,
            key=key,
            relation=rel,
            kind=kind,
            claim=key,
            target="",
            phrase=ev,
            quote="",
            evidence=ev,
            start=0,
            end=len(ev),
            document=doc,
            lang="en",
        )
    g.add_edge(
        us,
        chips,
        key=CMID + "claim/l2",
        relation="leverage",
        kind="Leverage",
        claim=CMID + "claim/l2",
        target=china,
        phrase="chips",
        quote="",
        evidence="Chips are Washington's card.",
        start=0,
        end=10,
        document=doc,
        lang="en",
    )
    return g


@pytest.fixture()
def graph_file(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> Path:
    write_rdf(_add_threat_and_demand(contract_nx), tmp_path)
    return tmp_path / "graph.ttl"


def _col(result, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [(row[name].value if row[name] is not None else "") for row in result.rows]


def test_every_shipped_query_states_its_question_and_parses(graph_file: Path) -> None:
    names = [n for n, _ in list_queries()]
    for required in (
        "actors-roles",
        "leverage",
        "demands",
        "threats",
        "statements-by-issue",
        "exchange",
        "claims-per-document",
        "neighbourhood",
    ):
        assert required in names
    store = open_store(graph_file)
    for name, question in list_queries():
        assert question.endswith("?"), name
        assert (queries_dir() / f"{name}.rq").read_text(encoding="utf-8").startswith("# ")
        run_query(store, resolve_query(name)[1])  # parses and runs


def test_leverage_rows_with_evidence_document_and_date(graph_file: Path) -> None:
    r = query_file(graph_file, "leverage", lang="zh-Hant")
    rows = {(row["actorLabel"].value, row["issueLabel"].value): row for row in r.rows}
    china = rows[("中國", "稀土")]
    assert china["side"].value == "China" and china["overSide"].value == "US"
    assert china["evidence"].value == "北京方面表示，其王牌是稀土出口。"
    assert china["document"].value == CMID + "doc/contract-zh"
    assert china["title"].value == "稀土王牌"
    assert china["date"].value == "2025-03-04"
    assert ("美國", "半導體") in rows
    # English labels on request; any label (still one row per claim) without
    en = query_file(graph_file, "leverage", lang="en")
    assert sorted(_col(en, "issueLabel")) == ["rare earths", "semiconductors"]
    anyl = query_file(graph_file, "leverage")
    assert len(anyl.rows) == 2


def test_demands_threats_exchange_and_counts(graph_file: Path) -> None:
    d = query_file(graph_file, "demands", lang="en")
    assert sorted(
        zip(_col(d, "actorLabel"), _col(d, "issueLabel"), _col(d, "ofSide"), strict=True)
    ) == [
        ("China", "semiconductors", "US"),
        ("United States", "soybeans", "China"),
    ]
    t = query_file(graph_file, "threats", lang="en")
    assert [(r["actorLabel"].value, r["issueLabel"].value) for r in t.rows] == [
        ("United States", "tariffs")
    ]
    x = query_file(graph_file, "exchange", lang="en")
    got = {(r["holderSide"].value, r["issueLabel"].value): r for r in x.rows}
    us_chips = got[("US", "semiconductors")]
    assert us_chips["demanderSide"].value == "China"
    assert us_chips["demandClaims"].value == "1"
    assert us_chips["demandEvidence"].value == "Beijing asks for chip access."
    assert got[("China", "rare earths")]["demandClaims"].value == "0"
    c = query_file(graph_file, "claims-per-document")
    counts = {r["document"].value: (r["claims"].value, r["leverage"].value) for r in c.rows}
    assert counts == {CMID + "doc/contract-zh": ("2", "1"), CMID + "doc/contract-en": ("4", "1")}


def test_actors_roles(graph_file: Path) -> None:
    r = query_file(graph_file, "actors-roles", lang="zh-Hant")
    lut = [row for row in r.rows if row["actor"].value == CMID + "person/howard-lutnick"]
    assert len(lut) == 1
    assert lut[0]["title"].value == "商務部長"
    assert lut[0]["roleOfLabel"].value == "美國"
    assert lut[0]["former"].value == "false"
    assert lut[0]["side"].value == "US" and lut[0]["type"].value == "Person"


@pytest.mark.parametrize(
    "value", ["半導體", "semiconductors", "semiconductors", CMID + "issue/semiconductors"]
)
def test_statements_by_issue_param_by_label_slug_or_iri(graph_file: Path, value: str) -> None:
    r = query_file(graph_file, "statements-by-issue", {"issue": value}, lang="zh-Hant")
    assert [(row["speakerLabel"].value, row["quote"].value) for row in r.rows] == [
        ("盧特尼克", "我們不會放棄晶片管制。")
    ]
    assert r.notes == []


def test_neighbourhood_by_label_in_either_script(graph_file: Path) -> None:
    for label in ("中國", "中国", "Beijing"):
        r = query_file(graph_file, "neighbourhood", {"actor": label}, lang="en")
        got = {
            (row["relation"].value, row["direction"].value, row["neighbourLabel"].value)
            for row in r.rows
        }
        assert ("Leverage", "issue", "rare earths") in got
        assert ("Leverage", "aimed at", "United States") in got
        assert ("Demand", "aimed at it by", "United States") in got
        assert {row["actor"].value for row in r.rows} == {CMID + "state/china"}


@pytest.mark.parametrize(
    "hostile", ['"; DROP ALL; #', "> } ", '" } ; DELETE WHERE { ?s ?p ?o } #', "\\'\n"]
)
def test_hostile_parameter_is_bound_as_a_string(graph_file: Path, hostile: str) -> None:
    store = open_store(graph_file)
    before = len(store)
    q = resolve_query("statements-by-issue")[1]
    r = run_query(store, q, {"issue": hostile})
    assert r.rows == []
    assert r.notes and "bound as a string" in r.notes[0]
    assert len(store) == before
    # the same value works as a label when a node really carries it
    assert len(run_query(store, "SELECT ?s WHERE { ?s ?p ?o }").rows) == before


def test_hostile_label_that_exists_is_found(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    odd = 'Acme "> } DROP ALL; # Corp'
    node = CMID + "org/acme"
    contract_nx.add_node(node, kind="Organization", label=odd, labels=[[odd, "en"]], side="Other")
    doc = CMID + "doc/contract-en"
    contract_nx.add_edge(
        node,
        CMID + "issue/soybeans",
        key=CMID + "claim/acme",
        relation="demands",
        kind="Demand",
        claim=CMID + "claim/acme",
        target="",
        phrase="soy",
        quote="",
        evidence="Acme wants soy.",
        start=0,
        end=15,
        document=doc,
        lang="en",
    )
    write_rdf(contract_nx, tmp_path)
    r = query_file(tmp_path / "graph.ttl", "neighbourhood", {"actor": odd})
    assert {row["actorLabel"].value for row in r.rows} == {odd}
    assert [row["neighbourLabel"].value for row in r.rows] == ["soybeans"]


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
        "PREFIX cm: <https://w3id.org/chouma/ontology#>\nDELETE WHERE { ?s cm:side ?o }",
        "# a comment\nCLEAR DEFAULT",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_updates_are_refused(graph_file: Path, update: str) -> None:
    store = open_store(graph_file)
    before = len(store)
    with pytest.raises(QueryError, match="refused: this is a SPARQL update"):
        run_query(store, update)
    assert len(store) == before


def test_syntax_error_names_line_and_column(graph_file: Path) -> None:
    with pytest.raises(QueryError, match=r"^SPARQL syntax error at line 3, column 16: "):
        query_file(
            graph_file,
            "PREFIX cm: <https://w3id.org/chouma/ontology#>\nSELECT ?s WHERE {\n    ?s cm:side }",
        )


def test_unknown_parameter_and_query(graph_file: Path) -> None:
    with pytest.raises(QueryError, match="'nope' is not a variable this query selects"):
        query_file(graph_file, "leverage", {"nope": "x"})
    with pytest.raises(QueryError, match="no shipped query or file named 'levrage'"):
        query_file(graph_file, "levrage")


def test_cli_query_list_formats_and_exit_codes(graph_file: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["query", "--list"])
    assert listed.exit_code == 0
    assert "leverage" in listed.output and "籌碼" in listed.output
    table = runner.invoke(app, ["query", "leverage", "-g", str(graph_file), "--lang", "zh-Hant"])
    assert table.exit_code == 0, table.output
    assert "北京方面表示，其王牌是稀土出口。" in table.output and "(2 rows)" in table.output
    as_json = runner.invoke(app, ["query", "leverage", "-g", str(graph_file), "-f", "json"])
    data = json.loads(as_json.stdout)
    assert "evidence" in data["head"]["vars"] and len(data["results"]["bindings"]) == 2
    as_csv = runner.invoke(
        app, ["query", "neighbourhood", "-g", str(graph_file), "-f", "csv", "--param", "actor=中國"]
    )
    assert as_csv.exit_code == 0
    assert as_csv.stdout.splitlines()[0].startswith("actor,actorLabel,relation")
    refused = runner.invoke(app, ["query", "DROP ALL", "-g", str(graph_file)])
    assert refused.exit_code == 2 and "read-only" in refused.output
    bad = runner.invoke(app, ["query", "SELECT * WHERE {\n ?s ?p }", "-g", str(graph_file)])
    assert bad.exit_code == 2 and "line 2, column" in bad.output
    assert "Traceback" not in bad.output
    missing = runner.invoke(app, ["query", "leverage", "-g", str(graph_file.parent / "no.ttl")])
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_leverage_on_a_text_through_the_real_pipeline(text_graph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = text_graph(PIPELINE_TEXT, "report.txt")
    write_rdf(g, tmp_path / "out")
    ttl = tmp_path / "out" / "graph.ttl"
    r = query_file(ttl, "leverage", lang="zh-Hant")
    got = [(row["actor"].value, row["issue"].value, row["evidence"].value) for row in r.rows]
    assert (CMID + "state/china", CMID + "issue/rare-earths", "北京對美國的最大籌碼是稀土。") in got
    x = query_file(ttl, "exchange", lang="en")
    ex = {
        (row["holderSide"].value, row["issueLabel"].value): row["demandClaims"].value
        for row in x.rows
    }
    assert ex[("China", "rare earths")] == "1"
    from kg.validate import validate

    conforms, report = validate(ttl)
    assert conforms, report


def test_seed_output_china_holds_rare_earths_over_the_us(
    seed_output: Path, seed_file: Path
) -> None:
    """On the shipped seed's graph: China's leverage over the US includes rare earths, with the
    sentence that says so (checked against the seed text, not copied into the test)."""
    from kg.validate import validate

    seed_text = seed_file.read_text(encoding="utf-8")
    r = query_file(seed_output / "graph.ttl", "leverage", lang="zh-Hant")
    hits = [
        row
        for row in r.rows
        if row["actor"].value == CMID + "state/china"
        and row["issue"].value == CMID + "issue/rare-earths"
        and row["overSide"].value == "US"
    ]
    assert hits
    for row in hits:
        assert row["evidence"].value in seed_text
        assert "稀土" in row["evidence"].value
        assert row["document"].value.startswith(CMID + "doc/" + seed_file.stem)
    assert validate(seed_output / "graph.ttl")[0]


def test_rewritten_queries_keep_empty_cases(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    """The latency rewrite joins counts and labels on after grouping: a document without
    claims must still show zeros, and a claim without an issue must keep its row."""
    quiet = CMID + "doc/quiet"
    contract_nx.add_node(quiet, kind="Document", label="Quiet day", labels=[["Quiet day", "en"]],
                         title="Quiet day", date="2025-03-09", source="Test Wire", url="",
                         lang="en", path="quiet.txt")
    ev = "Washington keeps its options open."
    contract_nx.add_edge(
        CMID + "state/us",
        CMID + "state/china",
        key=CMID + "claim/t-noissue",
        relation="threatens",
        kind="Threat",
        claim=CMID + "claim/t-noissue",
        target=CMID + "state/china",
        phrase="options",
        quote="",
        evidence=ev,
        start=0,
        end=len(ev),
        document=CMID + "doc/contract-en",
        lang="en",
    )
    write_rdf(contract_nx, tmp_path)
    ttl = tmp_path / "graph.ttl"
    c = query_file(ttl, "claims-per-document")
    zero = [r for r in c.rows if r["document"].value == quiet]
    assert len(zero) == 1
    assert [zero[0][k].value for k in ("claims", "leverage", "demands", "threats")] == ["0"] * 4
    t = query_file(ttl, "threats", lang="en")
    rows = [r for r in t.rows if r["claim"].value == CMID + "claim/t-noissue"]
    assert len(rows) == 1
    assert rows[0]["actorLabel"].value == "United States"
    assert rows[0]["againstSide"].value == "China"
    assert rows[0]["issue"] is None and rows[0]["issueLabel"] is None
