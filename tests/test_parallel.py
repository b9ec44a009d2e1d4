"""Many documents: worker processes and Dask give byte-identical outputs; reading streams."""

from __future__ import annotations

import filecmp
import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import MissingExtraError, UsageError
from kg.ingest import iter_documents
from kg.lexicon import load
from kg.model import Document
from kg.parallel import extract_local, extract_pool
from kg.pipeline import OUTPUT_FILES, build, extract_all
from kg.resolve import Resolver

# Texts written for these tests, in the styles of the news the tool reads.
ARTICLES = [
    {
        "id": "p-zh-1",
        "title": "關稅談判再起波瀾",
        "date": "2025-03-04",
        "source": "測試通訊社",
        "text": "美國總統特朗普表示：「我們不會在大豆問題上讓步。」"
        "北京方面認為，中國手中最大的籌碼是稀土。"
        "商務部發言人韓立文說，中方的訴求包括：取消關稅、放寬晶片出口管制，以及停止制裁。",
    },
    {
        "id": "p-en-1",
        "title": "Soybean talks stall",
        "date": "2025-03-05",
        "source": "Test Wire",
        "text": "President Donald Trump said the United States would raise tariffs if China kept "
        "its export controls on rare earths. Beijing's leverage is its grip on rare earth "
        "processing, trade analyst Mara Quinlan said. China demands that Washington lift "
        "chip export controls.",
    },
    {
        "id": "p-zh-2",
        "title": "稀土出口管制",
        "date": "2025-03-06",
        "source": "測試日報",
        "text": "中國商務部宣布對稀土實施出口管制。美國財政部長貝森特警告，若中方不讓步，"
        "美方將提高關稅。分析人士馮啟遠指出，大豆是中國的重要籌碼。",
    },
    {
        "id": "p-zh-3",
        "title": "芯片与大豆",
        "date": "2025-03-07",
        "source": "测试晚报",
        "text": "中国外交部发言人表示：「美方应当停止对中国企业的打压。」"
        "美方的筹码是芯片出口管制，中方的筹码是稀土和大豆采购。",
    },
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> list[Path]:
    """The seed plus a JSONL of extra articles (repeated so chunks and workers really split it)."""
    folder = tmp_path_factory.mktemp("parallel-corpus")
    lines = []
    for k in range(6):
        for a in ARTICLES:
            lines.append(json.dumps({**a, "id": f"{a['id']}-{k}"}, ensure_ascii=False))
    extra = folder / "extra.jsonl"
    extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [seed_file, extra]


@pytest.fixture(scope="module")
def serial_output(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    result = build(corpus, out, jobs=1)
    assert result.documents > len(ARTICLES) * 6
    return out


def _same_outputs(a: Path, b: Path) -> list[str]:
    """Names of output files that differ between two build folders."""
    return [n for n in OUTPUT_FILES if not filecmp.cmp(a / n, b / n, shallow=False)]


def test_jobs_2_is_byte_identical_to_jobs_1(corpus: list[Path], serial_output: Path, tmp_path: Path) -> None:
    result = build(corpus, tmp_path, jobs=2)
    assert result.edges > 0
    assert _same_outputs(serial_output, tmp_path) == []


def test_pool_yields_in_document_order_with_metadata_only() -> None:
    lex = load()
    docs = [
        Document(
            id=f"d{k}",
            text=a["text"],
            title=a["title"],
            lang="en" if a["id"].startswith("p-en") else "zh-Hant",
        )
        for k, a in enumerate(ARTICLES * 5)
    ]
    from kg.ingest import split_sentences

    for d in docs:
        d.sentences = split_sentences(d.text)
    got = list(extract_pool(iter(docs), lex, 2, chunk_size=3))
    assert [ex.doc.id for ex in got] == [d.id for d in docs]
    assert all(ex.doc.text == "" and ex.doc.sentences == [] for ex in got)
    assert [ex.doc.title for ex in got] == [d.title for d in docs]
    local = list(extract_local(iter(docs), lex))
    assert [(len(a.actors), len(a.claims)) for a in got] == [(len(b.actors), len(b.claims)) for b in local]


def test_pool_reads_input_only_as_fast_as_workers_take_it() -> None:
    """The corpus is never read ahead whole: a bounded number of documents are in flight."""
    lex = load()
    pulled = 0

    def docs() -> Iterator[Document]:
        nonlocal pulled
        for k in range(400):
            pulled += 1
            yield Document(id=f"d{k}", text="美國與中國就關稅舉行會談。", lang="zh-Hant")

    stream = extract_pool(docs(), lex, 2, chunk_size=4)
    first = next(stream)
    assert first.doc.id == "d0"
    # 2*jobs+1 chunks of 4 in flight, plus the chunk being formed
    assert pulled <= (2 * 2 + 1) * 4 + 4, pulled
    assert sum(1 for _ in stream) == 399


def test_ingest_streams_and_resolver_keeps_no_text(corpus: list[Path]) -> None:
    docs = iter_documents(corpus)
    assert inspect.isgenerator(docs)
    lex = load()
    r = Resolver(lex)
    for ex in extract_all(docs, lex, jobs=1):
        r.add(ex)
    assert len(r.documents) > len(ARTICLES) * 6
    assert all(d.text == "" and d.sentences == [] for d in r.documents.values())
    # metadata the graph needs survives
    titles = {d.title for d in r.documents.values()}
    assert "Soybean talks stall" in titles
    assert {d.lang for d in r.documents.values()} >= {"en", "zh-Hant"}


def test_resolver_keeps_no_text_when_given_full_documents(lex) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import extract
    from kg.ingest import split_sentences

    text = ARTICLES[0]["text"]
    doc = Document(id="full", text=text, title="t", lang="zh-Hant", sentences=split_sentences(text))
    r = Resolver(lex)
    r.add(extract(doc, lex))
    kept = r.documents["https://w3id.org/chouma/id/doc/full"]
    assert kept.text == "" and kept.sentences == [] and kept.title == "t"
    assert doc.text == text  # the caller's document is not mutated


def test_missing_dask_extra_names_the_pip_command(
    monkeypatch: pytest.MonkeyPatch, seed_file: Path, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"pip install -e \.\[dask\]"):
        build([seed_file], tmp_path, scheduler="tcp://127.0.0.1:8786")
    assert not (tmp_path / "graph.ttl").exists()


def test_missing_dask_extra_is_a_one_line_cli_error(
    monkeypatch: pytest.MonkeyPatch, seed_file: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.setitem(sys.modules, "distributed", None)
    res = CliRunner().invoke(app, ["build", str(seed_file), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"])
    assert res.exit_code == 2
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "pip install -e .[dask]" in lines[0], res.output


def test_scheduler_must_be_an_address(seed_file: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="tcp://HOST:PORT"):
        build([seed_file], tmp_path, scheduler="localhost")


@pytest.mark.slow
def test_dask_local_cluster_is_byte_identical(corpus: list[Path], serial_output: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        result = build(corpus, tmp_path, scheduler=cluster.scheduler_address)
    assert result.edges > 0
    assert _same_outputs(serial_output, tmp_path) == []


def test_pool_works_while_other_threads_run() -> None:
    """With other threads alive the workers are not forked from this process, and still agree."""
    import threading

    lex = load()
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        docs = [
            Document(id=f"t{k}", text=a["text"], lang="en" if "en" in a["id"] else "zh-Hant")
            for k, a in enumerate(ARTICLES * 6)
        ]
        got = list(extract_pool(iter(docs), lex, 2, chunk_size=2))
    finally:
        stop.set()
    local = list(extract_local(iter(docs), lex))
    assert [ex.doc.id for ex in got] == [d.id for d in docs]
    assert [sorted(ex.actors) for ex in got] == [sorted(ex.actors) for ex in local]
    assert [[c.phrase for c in ex.claims] for ex in got] == [[c.phrase for c in ex.claims] for ex in local]
