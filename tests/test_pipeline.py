"""kg build end to end on the seed: every output, deterministic, and the committed output/ is fresh."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from rdflib import Graph

from kg.pipeline import OUTPUT_FILES, build

CM = "https://w3id.org/chouma/ontology#"


def test_build_writes_every_output(seed_output: Path) -> None:
    for name in OUTPUT_FILES:
        assert (seed_output / name).stat().st_size > 0, name
    assert not [p.name for p in seed_output.iterdir() if p.name.startswith(".") and p.name != ".kg-cache"]


def test_turtle_parses_and_every_claim_has_its_evidence_and_document(seed_output: Path) -> None:
    g = Graph().parse(seed_output / "graph.ttl", format="turtle")
    rows = list(
        g.query(
            """
            PREFIX cm: <https://w3id.org/chouma/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?c ?ev ?doc WHERE {
              ?c a ?k ; cm:evidence ?ev ; prov:wasDerivedFrom ?doc .
              VALUES ?k { cm:Leverage cm:Demand cm:Threat cm:Statement }
            }"""
        )
    )
    assert len(rows) >= 10
    assert all(str(ev).strip() for _, ev, _ in rows)


def test_rebuild_is_byte_identical(seed_output: Path, seed_file: Path, tmp_path: Path) -> None:
    build([seed_file.parent], tmp_path, jobs=1)
    for name in OUTPUT_FILES:
        assert filecmp.cmp(seed_output / name, tmp_path / name, shallow=False), name


def test_committed_output_is_fresh(seed_output: Path, repo_root: Path) -> None:
    """output/ is committed so visitors can open graph.html: it must match a rebuild of seeds/."""
    committed = repo_root / "output"
    stale = [
        n
        for n in OUTPUT_FILES
        if not (committed / n).exists() or not filecmp.cmp(seed_output / n, committed / n, shallow=False)
    ]
    assert not stale, f"output/ is stale ({', '.join(stale)}): run `kg build seeds/ -o output/` and commit"


def test_feed_items_are_their_own_documents(seed_graph) -> None:  # type: ignore[no-untyped-def]
    docs = {n: d for n, d in seed_graph.nodes(data=True) if d["kind"] == "Document"}
    assert len(docs) > 10
    main = [n for n in docs if n.endswith("/doc/000_98150218013cadcf")]
    assert main, sorted(docs)
    feed_sources = {d["source"] for n, d in docs.items() if n not in main}
    assert {"德國之聲", "中央社"} <= feed_sources
    # nothing from after 其他人也在看 is credited to the main article
    main_evidence = {d["evidence"] for _, _, d in seed_graph.edges(data=True) if d.get("document") == main[0]}
    assert not any("李在明" in ev for ev in main_evidence)


def test_a_text_with_no_actors_builds_a_valid_empty_graph(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("今天天氣很好，我們去公園散步。", encoding="utf-8")
    result = build([src], tmp_path / "out", jobs=1)
    assert result.documents == 1
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    claims = set(g.subjects(predicate=None, object=None)) & {
        s for s, _, _ in g.triples((None, None, None)) if "/claim/" in str(s)
    }
    assert claims == set()
    assert result.edges == 0


@pytest.mark.parametrize("name", ["graph.html"])
def test_html_makes_no_network_reference(seed_output: Path, name: str) -> None:
    html = (seed_output / name).read_text(encoding="utf-8")
    assert "<script src=\"http" not in html and "<link href=\"http" not in html


def test_output_does_not_depend_on_how_the_path_is_spelled(
    seed_output: Path, repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_root)
    build([Path("seeds")], tmp_path, jobs=1)
    for name in OUTPUT_FILES:
        assert filecmp.cmp(seed_output / name, tmp_path / name, shallow=False), name
