"""Incremental builds: the extraction cache in OUT/.kg-cache/ and byte-identical outputs."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from kg.cache import CACHE_DIR, CACHE_FILE, ExtractionCache, KnownDocument, document_key
from kg.cli import app
from kg.ingest import iter_documents
from kg.pipeline import OUTPUT_FILES, build

runner = CliRunner()

# Texts written for this test (no article's words).
TEXTS = {
    "one.txt": "date 2025-10-12 一\n北京對美國的最大籌碼是稀土。\n美國要求中國購買更多大豆。\n",
    "two.txt": "date 2025-10-20 Two\nThe United States demands that China buy more soybeans.\n",
    "three.txt": "date 2025-11-02 三\n美國29日威脅對中國加徵關稅。\n",
}


def _corpus(folder: Path, seed_file: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    shutil.copy(seed_file, folder / seed_file.name)
    for i in range(20):  # enough documents for --jobs 2 to start worker processes
        text = f"date 2025-10-{i + 1:02d} 第{i}篇\n美國要求中國購買更多大豆。\n"
        (folder / f"n{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def _differing(a: Path, b: Path) -> list[str]:
    return [n for n in OUTPUT_FILES if (a / n).read_bytes() != (b / n).read_bytes()]


def test_incremental_build_equals_a_clean_build_byte_for_byte(tmp_path: Path, seed_file: Path) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    out = tmp_path / "out"
    first = build([src], out, jobs=1)
    assert first.cached == 0 and (out / CACHE_DIR / CACHE_FILE).is_file()

    # one document changes, one is added: only those two are extracted again
    (src / "two.txt").write_text(
        "date 2025-10-21 Two\nChina said its leverage over the United States is rare earths.\n", encoding="utf-8"
    )
    (src / "four.txt").write_text("date 2025-12-01 四\n中國要求美國取消關稅。\n", encoding="utf-8")
    again = build([src], out, jobs=2)  # worker processes extract the two, the rest comes from the cache
    assert again.documents == first.documents + 1
    assert again.cached == first.documents - 1

    clean = tmp_path / "clean"
    fresh = build([src], clean, jobs=1, use_cache=False)
    assert fresh.cached == 0 and not (clean / CACHE_DIR).exists()
    assert _differing(out, clean) == []
    assert "leverage over the United States is rare earths" in (out / "graph.ttl").read_text(encoding="utf-8")

    # worker processes take the same entries back, and give the same bytes
    pooled = build([src], out, jobs=2)
    assert pooled.cached == pooled.documents
    assert _differing(out, clean) == []


def test_no_cache_flag_and_the_message(tmp_path: Path, seed_file: Path) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(src), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0 and "build cache" not in first.output
    second = runner.invoke(app, ["build", str(src), "-o", str(out), "-j", "1"])
    n = int(second.output.split()[0])
    assert f"({n} unchanged documents taken from the build cache)" in second.output
    third = runner.invoke(app, ["build", str(src), "-o", str(out), "-j", "1", "--no-cache"])
    assert third.exit_code == 0 and "build cache" not in third.output


def test_another_lexicon_misses_and_a_damaged_cache_starts_afresh(
    tmp_path: Path, seed_file: Path, repo_root: Path
) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    out = tmp_path / "out"
    build([src], out, jobs=1)
    doc = next(d for d in iter_documents([src]) if d.id == "one")
    assert ExtractionCache(out).get(document_key(doc)) is not None

    lexicon = tmp_path / "ontology"
    shutil.copytree(repo_root / "ontology", lexicon)
    with (lexicon / "issues.ttl").open("a", encoding="utf-8") as fh:
        fh.write("\n# an edit to the lexicon\n")
    other = ExtractionCache(out, lexicon_dir=lexicon)
    assert other.get(document_key(doc)) is None  # and the old version's entries are gone
    other.close()
    assert ExtractionCache(out).get(document_key(doc)) is None

    (out / CACHE_DIR / CACHE_FILE).write_bytes(b"not a database at all" * 100)
    res = runner.invoke(app, ["build", str(src), "-o", str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    assert ExtractionCache(out).get(document_key(doc)) is not None


def test_unchanged_files_are_not_read_again_and_give_the_same_documents(tmp_path: Path, seed_file: Path) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    (src / "lines.jsonl").write_text(
        '{"id": "j1", "text": "美國要求中國購買更多大豆。", "date": "2025-10-03"}\n'
        "not json at all\n"
        '{"text": "China threatened to curb exports of rare earths.", "title": "T"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build([src], out, jobs=1, skip_bad=True)
    fresh = list(iter_documents([src], skip_bad=True, skipped=(fresh_skipped := [])))

    cache = ExtractionCache(out)
    skipped: list[str] = []
    recalled = list(iter_documents([src], skip_bad=True, skipped=skipped, files=cache))
    cache.close()
    assert all(isinstance(d, KnownDocument) for d in recalled)  # no file was read again
    assert skipped == fresh_skipped and len(skipped) == 1
    fields = ("id", "title", "date", "source", "url", "lang", "path")
    assert [[getattr(d, f) for f in fields] for d in recalled] == [[getattr(d, f) for f in fields] for d in fresh]
    assert [d.key for d in recalled] == [document_key(d) for d in fresh]  # type: ignore[attr-defined]

    # a changed file is read again; the others are not
    (src / "two.txt").write_text("date 2025-10-21 Two\nChina said its leverage is rare earths.\n", encoding="utf-8")
    cache = ExtractionCache(out)
    again = list(iter_documents([src], skip_bad=True, files=cache))
    cache.close()
    assert [d.id for d in again if not isinstance(d, KnownDocument)] == ["two"]


def test_a_new_file_that_takes_an_id_makes_the_later_files_read_again(tmp_path: Path, seed_file: Path) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    (src / "zz").mkdir()
    (src / "zz" / "x.jsonl").write_text('{"id": "two", "text": "美國要求中國購買更多大豆。"}\n', encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, jobs=1)
    assert [d.id for d in iter_documents([src]) if d.path.endswith("x.jsonl")] == ["two-2"]

    (src / "two.txt").unlink()  # x.jsonl's line now keeps its id "two"
    (src / "a.txt").write_text("date 2025-10-01 A\n美國要求中國購買更多大豆。\n", encoding="utf-8")
    cache = ExtractionCache(out)
    docs = list(iter_documents([src], files=cache))
    cache.close()
    x = [d for d in docs if d.path.endswith("x.jsonl")]
    assert [d.id for d in x] == ["two"] and not isinstance(x[0], KnownDocument)
    build([src], out, jobs=1)
    clean = tmp_path / "clean"
    build([src], clean, jobs=1, use_cache=False)
    assert _differing(out, clean) == []


def test_a_cache_without_the_extractions_reads_the_files(tmp_path: Path, seed_file: Path) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    out = tmp_path / "out"
    build([src], out, jobs=1)
    gone = [document_key(d) for d in iter_documents([src]) if d.id in ("one", "n03")]
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as db:
        db.executemany("DELETE FROM extraction WHERE key = ?", [(k,) for k in gone])
    db.close()
    cache = ExtractionCache(out)
    docs = list(iter_documents([src], files=cache))
    cache.close()
    assert sorted(d.id for d in docs if not isinstance(d, KnownDocument)) == ["n03", "one"]
    build([src], out, jobs=1)
    clean = tmp_path / "clean"
    build([src], clean, jobs=1, use_cache=False)
    assert _differing(out, clean) == []


def test_name_slugs_are_kept_and_taken_back_only_for_the_same_code(tmp_path: Path, seed_file: Path) -> None:
    src = _corpus(tmp_path / "src", seed_file)
    out = tmp_path / "out"
    build([src], out, jobs=1)
    cache = ExtractionCache(out)
    slugs = cache.slugs()
    cache.close()
    assert slugs, "the seed mints IRIs from names the lexicon does not know"
    reference = (out / "graph.nt").read_bytes()
    name = next(iter(slugs))
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as db:  # a slug the next build must take as is
        marked = {**slugs, name: slugs[name] + "-from-the-cache"}
        db.execute("UPDATE memo SET data = ? WHERE name = 'slugs'", (json.dumps(marked, ensure_ascii=False),))
    build([src], out, jobs=1)
    assert b"-from-the-cache" in (out / "graph.nt").read_bytes()
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as db:  # made by other code: not used
        db.execute("UPDATE memo SET version = 'other', data = ? WHERE name = 'slugs'", (json.dumps(marked),))
    build([src], out, jobs=1)
    assert (out / "graph.nt").read_bytes() == reference
