"""Incremental RDF exports: each claim's text reused from the last build gives the bytes of a clean build."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import networkx as nx
import pytest

from kg.cache import CACHE_DIR
from kg.errors import OutputError
from kg.export.forked import run_writers
from kg.export.fragments import FragmentStore
from kg.export.rdf import _jsonld_text, _ntriples_text, _Parts, _quads, _trig_text, _turtle_text, load_context
from kg.ingest import iter_documents
from kg.pipeline import OUTPUT_FILES, build, graph_of

# Texts written for this test (no article's words).
TEXTS = {
    "a.txt": "date 2025-10-12 甲\n北京對美國的最大籌碼是稀土。\n美國要求中國購買更多大豆。\n",
    "b.txt": "date 2025-10-20 Bee\nThe United States demands that China buy more soybeans.\n",
    "c.txt": "date 2025-11-02 丙\n美國29日威脅對中國加徵關稅。\n",
    "d.txt": "date 2025-11-03 Dee\nChina threatened to curb exports of rare earths to the United States.\n",
}


def _differing(a: Path, b: Path) -> list[str]:
    return [n for n in OUTPUT_FILES if (a / n).read_bytes() != (b / n).read_bytes()]


def _stored(out: Path, name: str) -> dict[str, str]:
    return FragmentStore(out, name).load()


def test_parts_write_what_the_whole_graph_writers_write(seed_graph: nx.MultiDiGraph) -> None:
    quads = _quads(seed_graph)
    parts = _Parts(seed_graph)
    assert parts.claims, "the seed has claims written on their own"
    assert parts.turtle() == _turtle_text(quads)
    assert parts.trig() == _trig_text(quads)
    assert parts.ntriples() == _ntriples_text(quads)
    context = load_context()
    assert parts.jsonld(context) == _jsonld_text(quads, context)


@pytest.mark.parametrize("jobs", [1, 2])
def test_changed_added_and_removed_documents_give_the_clean_build(tmp_path: Path, seed_file: Path, jobs: int) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    shutil.copy(seed_file, src / seed_file.name)
    out = tmp_path / "out"
    build([src], out, jobs=jobs)
    before = _stored(out, "ttl")
    assert before

    (src / "b.txt").write_text("date 2025-10-21 Bee\nChina said its leverage is rare earths.\n", encoding="utf-8")
    (src / "e.txt").write_text("date 2025-12-01 戊\n中國要求美國取消關稅。\n", encoding="utf-8")
    (src / "c.txt").unlink()
    build([src], out, jobs=jobs)

    clean = tmp_path / "clean"
    build([src], clean, jobs=1, use_cache=False)
    assert _differing(out, clean) == []
    assert not (clean / CACHE_DIR).exists()
    after = _stored(out, "ttl")
    assert set(after) != set(before)  # claims of the changed, added and removed documents
    assert len(set(after) & set(before)) >= len(after) // 2  # the seed's claims were kept
    # the stores hold this build's subjects only: claims and shared facts (by named graph too in TriG)
    parts = _Parts(graph_of(iter_documents([src])))
    claims = {c.digest for c in parts.claims}
    assert set(after) == set(_stored(out, "nt")) == set(_stored(out, "jsonld"))
    assert set(after) == claims | {u.digest for u in parts.subjects}
    assert set(_stored(out, "trig")) == claims | {u.digest for u in parts._graph_subjects()}


def test_unchanged_claims_are_taken_from_the_store(tmp_path: Path, seed_file: Path) -> None:
    out = tmp_path / "out"
    build([seed_file], out, jobs=1)
    store = FragmentStore(out, "nt")
    texts = store.load()
    key, text = sorted(texts.items())[0]
    marked = text.replace(" .", " . ", 1)  # still one claim's lines, now recognisably from the store
    store.save([*((k, t) for k, t in texts.items() if k != key), (key, marked)])
    build([seed_file], out, jobs=1)
    assert marked in (out / "graph.nt").read_text(encoding="utf-8")


def test_a_store_of_other_writers_or_a_damaged_one_is_not_used(tmp_path: Path, seed_file: Path) -> None:
    out = tmp_path / "out"
    build([seed_file], out, jobs=1)
    reference = (out / "graph.ttl").read_bytes()
    path = out / CACHE_DIR / "rdf-ttl.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("UPDATE fragment SET version = 'old', text = 'x\nbroken'")
    (out / CACHE_DIR / "rdf-nt.sqlite").write_bytes(b"not a database")
    build([seed_file], out, jobs=1)
    assert (out / "graph.ttl").read_bytes() == reference
    assert FragmentStore(out, "nt").load()  # written afresh


def test_forked_writers_report_the_childs_exception(tmp_path: Path) -> None:
    written: list[str] = []

    def fail() -> None:
        raise OutputError("cannot write graph.ttl: disk full")

    with pytest.raises(OutputError, match="disk full"):
        run_writers([fail], [lambda: written.append("here")], parallel=True)
    assert written == ["here"]

    def touch() -> None:
        (tmp_path / "child").write_text("x", encoding="utf-8")

    run_writers([touch], [lambda: written.append("again")], parallel=True)
    assert (tmp_path / "child").read_text(encoding="utf-8") == "x"
