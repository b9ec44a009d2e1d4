"""Extraction over many documents: in this process, in worker processes, or on a Dask cluster.

Extraction is the one stage whose cost grows with the text read, and each
document's extraction depends on nothing but the document and the lexicon,
so it is the stage that is spread out. Every mode yields the extractions in
document order, so resolution sees the same sequence and the outputs are
byte-identical whatever the number of workers or machines.

Memory stays bounded by the graph, not the corpus: documents are pulled from
the (streaming) iterator only as fast as workers take them, at most a few
chunks are in flight at any time, and a worker sends back an extraction
whose document has been stripped to its metadata (no text, no sentences);
claims keep only their own evidence sentence.

* ``jobs <= 1``: extraction in this process, one document at a time.
* ``jobs > 1``: a pool of worker processes (fork where available); each
  worker keeps the lexicon and its own caches (OpenCC converters, segmenter
  dictionaries) for its whole life, so they are loaded once per worker.
* ``scheduler="tcp://HOST:PORT"``: Dask distributed (optional extra,
  ``pip install -e .[dask]``). The lexicon is sent once to every worker
  (``scatter(broadcast=True)``), so workers need the ``kg`` package but not
  the same ``ontology/`` files; documents go in chunks of ``chunk_size``.
"""

from __future__ import annotations

import os
import re
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import replace
from itertools import chain, islice
from typing import Any

from kg.errors import MissingExtraError, SchedulerError, UsageError
from kg.extract import extract
from kg.lexicon import Lexicon
from kg.model import DocExtraction, Document

DASK_INSTALL = "pip install -e .[dask]"
LOCAL_CHUNK = 8
DASK_CHUNK = 64

_worker_lex: Lexicon | None = None


def metadata_only(doc: Document) -> Document:
    """A copy of ``doc`` without its text and sentences: all the graph needs of a document."""
    return replace(doc, text="", sentences=[])


def _slim(ex: DocExtraction) -> DocExtraction:
    return DocExtraction(doc=metadata_only(ex.doc), actors=ex.actors, claims=ex.claims)


def _dated(ex: DocExtraction) -> DocExtraction:
    """``ex`` with each claim's day resolved (:func:`kg.dates.claim_date`), as the resolver would.

    Why here: the days depend only on the claim's sentence and its document's
    date, so a worker process computes them in parallel and the build cache
    keeps them, instead of the parent redoing them for every document on
    every build. Not on a Dask cluster: its workers need no ``ontology/``.
    """
    from kg.dates import claim_date

    claims = [
        c if c.date is not None else replace(c, date=claim_date(c.sentence.text, ex.doc.date)) for c in ex.claims
    ]
    return DocExtraction(doc=ex.doc, actors=ex.actors, claims=claims)


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


# -- worker side (module-level so pool and Dask workers can import them) -------------------


def _init_worker(lex: Lexicon) -> None:
    """Pool initializer: keep the lexicon for the life of the worker process.

    The worker leaves the parent's process group: a Ctrl-C or a SIGTERM sent
    to the whole group (a terminal, a job runner's ``kill -- -PGID``) then
    reaches only the parent, which stops the pool itself. Why: a worker killed
    while it waits for a task dies holding the task queue's lock, and
    ``Pool.terminate`` then waits for that lock for ever. A worker orphaned by
    a parent killed outright still ends: its task pipe reads end-of-file. SIGINT
    is ignored (for start methods that keep the group) and SIGTERM, which the
    pool uses to stop its workers, gets its default action back.
    """
    global _worker_lex
    _worker_lex = lex
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with suppress(OSError):  # not permitted everywhere; the group's signals then reach us too
        os.setpgid(0, 0)


def _extract_chunk(docs: list[Document]) -> list[DocExtraction]:
    """Extract a chunk in a pool worker, returning metadata-only documents."""
    assert _worker_lex is not None, "worker not initialised"
    return [_dated(_slim(extract(d, _worker_lex))) for d in docs]


def extract_chunk_with(lex: Lexicon, docs: list[Document]) -> list[DocExtraction]:
    """Extract a chunk with an explicit lexicon (the Dask task; ``lex`` is scattered once)."""
    return [_slim(extract(d, lex)) for d in docs]


# -- driver side ---------------------------------------------------------------------------


def extract_local(docs: Iterable[Document], lex: Lexicon) -> Iterator[DocExtraction]:
    """Extractions in this process, one document at a time."""
    for doc in docs:
        yield _dated(_slim(extract(doc, lex)))


def extract_pool(
    docs: Iterable[Document],
    lex: Lexicon,
    jobs: int,
    *,
    chunk_size: int = LOCAL_CHUNK,
) -> Iterator[DocExtraction]:
    """Extractions in ``jobs`` worker processes, in document order, ``2*jobs+1`` chunks in flight.

    ``Pool.imap`` would read the whole input iterator ahead (its feeder thread
    is unbounded), holding the corpus text in memory; submitting chunk by
    chunk against a bounded queue keeps reading in step with extraction.
    """
    it = iter(docs)
    head = list(islice(it, jobs * chunk_size + 1))
    if len(head) <= jobs * chunk_size:
        # too few documents to repay starting workers: same results, in this process
        yield from extract_local(head, lex)
        return
    limit = 2 * jobs + 1
    context = _context()
    if context.get_start_method() == "fork":
        # the first document here, before forking, and the libraries the extractors load on
        # first use: the workers inherit them instead of each loading them (~1.5 s) again
        yield _dated(_slim(extract(head.pop(0), lex)))
        warm_up()
    with context.Pool(jobs, initializer=_init_worker, initargs=(lex,)) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(chain(head, it), chunk_size):
            pending.append(pool.apply_async(_extract_chunk, (chunk,)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def warm_up() -> None:
    """Load what extraction otherwise loads on first use: jieba's dictionaries, pypinyin's tables.

    Why: in a worker forked after this, they are already in memory (shared
    copy-on-write); a worker forked before loads them itself, 1.5 s each
    on this project's machine, while the parent and the other worker wait for
    the same cores.
    """
    import jieba
    import jieba.posseg
    import pypinyin

    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.posseg.dt.initialize()
    pypinyin.lazy_pinyin("中")


def _context() -> Any:
    """Fork when this process runs one thread (fast, shares the loaded lexicon), else forkserver.

    Forking a process that runs other threads (a Dask client's, a notebook
    kernel's) can copy a lock another thread holds, and the worker then hangs
    for ever; a fresh forkserver or spawned interpreter cannot.
    """
    import multiprocessing as mp
    import threading

    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$")


def extract_dask(
    docs: Iterable[Document],
    lex: Lexicon,
    scheduler: str,
    *,
    chunk_size: int = DASK_CHUNK,
    in_flight: int | None = None,
) -> Iterator[DocExtraction]:
    """Extractions on a Dask distributed cluster, in document order, a few chunks in flight."""
    if not _ADDRESS.match(scheduler):
        raise UsageError(f"--scheduler {scheduler!r} is not an address such as tcp://HOST:PORT")
    try:
        import distributed
    except ImportError:
        raise MissingExtraError(
            f"--scheduler needs Dask distributed, which is not installed: {DASK_INSTALL}"
        ) from None
    try:
        client = distributed.Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
    pending: deque[Any] = deque()
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = in_flight or 2 * workers + 1
        lex_future = client.scatter(lex, broadcast=True)
        for chunk in _chunks(docs, chunk_size):
            pending.append(client.submit(extract_chunk_with, lex_future, chunk, pure=False))
            while len(pending) >= limit:
                yield from _result(pending.popleft(), scheduler)
        while pending:
            yield from _result(pending.popleft(), scheduler)
    finally:
        for fut in pending:
            fut.cancel()
        client.close()


def _result(fut: Any, scheduler: str) -> list[DocExtraction]:
    from distributed import KilledWorker

    try:
        return fut.result()
    except KilledWorker as exc:
        raise SchedulerError(f"{scheduler}: a Dask worker died while extracting ({exc})") from None
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(f"{scheduler}: lost the Dask scheduler ({exc})") from None


def extract_stream(
    docs: Iterable[Document],
    lex: Lexicon,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[DocExtraction]:
    """Extractions of ``docs`` in document order, each document reduced to its metadata.

    ``scheduler`` (a Dask address) wins over ``jobs``; ``jobs <= 1`` extracts here.
    """
    if scheduler:
        return extract_dask(docs, lex, scheduler)
    if jobs > 1:
        return extract_pool(docs, lex, jobs)
    return extract_local(docs, lex)


def available_cores() -> int:
    """The cores this process may run on (the default ``--jobs``)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1
