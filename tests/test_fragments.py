"""Incremental RDF exports: each subject's text copied from the last build's file gives the bytes of a clean build."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import networkx as nx
import pytest

from kg.cache import CACHE_DIR
from kg.errors import OutputError
from kg.export.forked import run_writers
from kg.export.fragments import Previous, SplicedFile, Unit, splice
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


def _stored(out: Path, name: str) -> set[str]:
    """The digests of the units the index of ``OUT/graph.<name>`` says the file holds (empty if unusable)."""
    previous = SplicedFile(out, f"graph.{name}").previous()
    return set(previous.spans) if previous is not None else set()


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


def test_unchanged_subjects_are_copied_from_the_previous_file(tmp_path: Path, seed_file: Path) -> None:
    out = tmp_path / "out"
    build([seed_file], out, jobs=1)
    path = out / "graph.nt"
    text = path.read_bytes()
    # mark one line (same length, so the index's spans still fit) and make the index agree with the file
    marked = text.replace(b" .\n", b"  \n", 1)
    store = SplicedFile(out, "graph.nt")
    previous = store.previous()
    assert previous is not None
    path.write_bytes(marked)
    units = [(d, start, end, tag) for d, (start, end, tag) in previous.spans.items()]
    store._save(len(marked), zlib.crc32(marked), units)
    build([seed_file], out, jobs=1)
    assert (out / "graph.nt").read_bytes() == marked  # every unit came from the file, none was rendered


def test_an_edited_file_or_an_index_of_other_writers_is_not_used(tmp_path: Path, seed_file: Path) -> None:
    out = tmp_path / "out"
    build([seed_file], out, jobs=1)
    reference = {n: (out / n).read_bytes() for n in OUTPUT_FILES}
    (out / "graph.ttl").write_bytes(reference["graph.ttl"].replace(b"cm:", b"xx:"))  # same size, other bytes
    (out / "graph.nt").write_bytes(b"truncated")
    (out / CACHE_DIR / "graph.jsonld.spans").write_bytes(b"not an index")
    trig = out / CACHE_DIR / "graph.trig.spans"
    trig.write_bytes(trig.read_bytes().replace(b'"version": "', b'"version": "old', 1))
    assert not _stored(out, "ttl") and not _stored(out, "nt") and not _stored(out, "jsonld")
    assert not _stored(out, "trig")
    build([seed_file], out, jobs=1)
    assert {n: (out / n).read_bytes() for n in OUTPUT_FILES} == reference
    assert _stored(out, "ttl") and _stored(out, "nt")  # indexed afresh


def test_splice_copies_runs_and_keeps_the_text_between_units() -> None:
    old_items: list[str | Unit] = ["head\n", Unit("a", "AAA"), ", ", Unit("b", "BB"), ", ", Unit("c", "C"), "\n"]
    chunks, units = splice(old_items, None)
    data = b"".join(chunks)
    assert data == b"head\nAAA, BB, C\n"
    previous = Previous(data, {d: (s, e, t) for d, s, e, t in units})

    def reused(d: str) -> Unit:
        s, e, t = previous.spans[d]
        return Unit(d, None, t, s, e)

    # b and c still follow each other with ", " between: one slice; a new unit and a changed separator split runs
    new_items: list[str | Unit] = [
        "head2\n", reused("a"), "; ", Unit("x", "XX"), ", ", reused("b"), ", ", reused("c"), "\n"
    ]
    chunks, units = splice(new_items, previous)
    assert b"".join(chunks) == b"head2\nAAA; XX, BB, C\n"
    assert [bytes(c) for c in chunks].count(b"BB, C") == 1
    assert [(d, s, e) for d, s, e, _t in units] == [("a", 6, 9), ("x", 11, 13), ("b", 15, 17), ("c", 19, 20)]


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
