"""The one public entry point: paths in, graph and output files out.

``build`` runs ingest -> extract -> resolve -> graph -> export. Documents stream
through extraction one at a time (or in worker processes with ``jobs > 1``);
only the growing graph is kept. Outputs are written into a staging folder
and moved into place together at the end, with SIGINT/SIGTERM held back
during the move, so an interrupted build leaves the previous outputs intact.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg import interrupts
from kg import lexicon as lexicon_mod
from kg.cache import ExtractionCache
from kg.errors import NoDocumentsError, OutputError
from kg.lexicon import Lexicon
from kg.model import DocExtraction, Document
from kg.resolve import Resolver

log = logging.getLogger(__name__)

OUTPUT_FILES = (
    "graph.ttl",
    "graph.jsonld",
    "graph.nt",
    "graph.trig",
    "graph.html",
    "graph.graphml",
    "nodes.csv",
    "edges.csv",
)


@dataclass
class BuildResult:
    """What a build wrote and how big the graph is."""

    outdir: Path
    files: list[Path]
    documents: int
    nodes: int
    edges: int
    skipped: list[str] = field(default_factory=list)
    cached: int = 0  # documents whose extraction came from the build cache


def extract_all(
    docs: Iterable[Document],
    lex: Lexicon | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[DocExtraction]:
    """Extractions in document order, documents reduced to metadata (see :mod:`kg.parallel`).

    ``jobs > 1`` spreads them over worker processes; ``scheduler`` (a Dask
    address such as ``tcp://HOST:PORT``) over a Dask cluster.
    """
    from kg.parallel import extract_stream

    return extract_stream(docs, lex or lexicon_mod.load(), jobs=jobs, scheduler=scheduler)


def graph_of(
    docs: Iterable[Document],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    on_document: Callable[[Document], None] | None = None,
    cache: ExtractionCache | None = None,
) -> nx.MultiDiGraph:
    """The corpus graph of some documents (no files written); ``cache`` keeps and reuses extractions."""
    from kg.graph import build_graph

    lex = lexicon_mod.load()
    resolver = Resolver(lex, slugs=cache.slugs() if cache is not None else None)
    if cache is None:
        extractions = extract_all(docs, lex, jobs=jobs, scheduler=scheduler)
    else:
        extractions = cache.extract(docs, lambda stream: extract_all(stream, lex, jobs=jobs, scheduler=scheduler))
    with _young_collections_only() as collect:
        collected = 0
        for n, ex in enumerate(extractions, start=1):
            resolver.add(ex)
            if on_document is not None:
                on_document(ex.doc)
            # documents extracted here (not taken from the cache, whose decoding leaves no cycles)
            made = n if cache is None else cache.misses
            if made - collected >= _COLLECT_EVERY:
                collect()
                collected = made
        resolved = resolver.result()
        if cache is not None:
            cache.keep_slugs(resolver.slugs)
        return build_graph(resolved)


_COLLECT_EVERY = 256  # documents extracted


@contextmanager
def _young_collections_only() -> Iterator[Callable[[], object]]:
    """Run the cycle collector on young objects only, when the caller says (every few hundred documents).

    Why: the resolver's state grows to millions of long-lived objects, and
    each automatic full collection walked all of them again: a sixth of an
    incremental build's CPU went to collections that freed nothing. A
    generation-1 collection still frees any cycle a document's extraction
    left behind; what survives it is never scanned again. Extractions taken
    from the build cache are plain data decoded from JSON, with no cycles to
    free, so only documents extracted in this build count towards the next
    collection (collecting every 256 cached ones cost 0.3 s of an incremental build).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield lambda: gc.collect(1)
    finally:
        if was_enabled:
            gc.enable()


def write_outputs(
    g: nx.MultiDiGraph,
    outdir: Path,
    *,
    lang: str | None = None,
    max_nodes: int = 2000,
    jobs: int = 1,
    cache: bool = False,
) -> list[Path]:
    """Write every output file of ``g`` into ``outdir`` all-or-nothing.

    With ``jobs > 1`` the writers run in two processes at once (see
    :mod:`kg.export.forked`); with ``cache`` the RDF files and GraphML copy
    every unchanged subject's (element's) text from ``outdir``'s previous
    files, indexed in ``outdir/.kg-cache/`` (:mod:`kg.export.fragments`).
    The files are the same either way.
    """
    from kg.export.forked import run_writers
    from kg.export.html import write_html
    from kg.export.rdf import no_cycle_collection, rdf_writers
    from kg.export.tables import write_graphml, write_tables

    outdir = Path(outdir)
    stage: Path | None = None
    old = _hold_signals()
    try:
        try:
            outdir.mkdir(parents=True, exist_ok=True)
            stage = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=outdir))
        except OSError as exc:
            raise OutputError(f"{outdir}: cannot write output directory ({exc.strerror or exc})") from exc
        finally:
            # a Ctrl-C that came while the staging folder was being made lands here, where the
            # outer ``finally`` already knows the folder and removes it
            _release_signals(old)
        with no_cycle_collection():
            rdf = rdf_writers(g, stage, cache_dir=outdir if cache else None)
            # two halves of about equal cost (measured at 10,000 documents)
            folder = stage
            child = [
                rdf["graph.ttl"],
                rdf["graph.trig"],
                lambda: write_html(g, folder / "graph.html", lang=lang, max_nodes=max_nodes),
            ]
            here = [
                rdf["graph.jsonld"],
                rdf["graph.nt"],
                lambda: write_tables(g, folder),
                lambda: write_graphml(g, folder / "graph.graphml", cache_dir=outdir if cache else None),
            ]
            run_writers(child, here, parallel=jobs > 1)
        names = [n for n in OUTPUT_FILES if (stage / n).exists()]
        old = _hold_signals()
        try:
            interrupts.raise_if_requested()  # a Ctrl-C the interpreter swallowed: replace nothing
            for name in names:
                os.replace(stage / name, outdir / name)
        finally:
            _release_signals(old)
        return [outdir / n for n in names]
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot write outputs ({exc.strerror or exc})") from exc
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)


_HELD = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[Any] | None:
    """Defer Ctrl-C and SIGTERM (where the platform can) until :func:`_release_signals`."""
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD) if hasattr(signal, "pthread_sigmask") else None


def _release_signals(old: set[Any] | None) -> None:
    if old is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def build(
    paths: Sequence[Path | str],
    outdir: Path | str = "output",
    *,
    lang: str | None = None,
    max_nodes: int = 2000,
    jobs: int = 1,
    scheduler: str | None = None,
    skip_bad: bool = False,
    on_document: Callable[[Document], None] | None = None,
    before_export: Callable[[], None] | None = None,
    since: str | None = None,
    until: str | None = None,
    use_cache: bool = True,
) -> BuildResult:
    """Build the graph of ``paths`` and write all outputs to ``outdir``.

    ``since``/``until`` (ISO days, both included) keep the documents dated in
    that period; with either given, undated documents are left out, since
    nothing says they belong to it. ``use_cache``: extractions are kept in
    ``outdir/.kg-cache/`` and taken back for documents, extractor and lexicon
    unchanged since (see :mod:`kg.cache`); the outputs are the same either way.
    ``before_export`` is called once the graph is built, before any file is
    written (the CLI removes its progress display there).
    """
    from kg.dates import in_period, period
    from kg.ingest import iter_documents

    skipped: list[str] = []
    count = 0

    def seen(doc: Document) -> None:
        nonlocal count
        count += 1
        if on_document is not None:
            on_document(doc)

    start, end = period(since, until)
    cache = ExtractionCache(outdir) if use_cache else None
    docs: Iterable[Document] = iter_documents(list(paths), skip_bad=skip_bad, skipped=skipped, files=cache)
    if start is not None or end is not None:
        docs = (d for d in docs if in_period(d.date, start, end))
    try:
        g = graph_of(docs, jobs=jobs, scheduler=scheduler, on_document=seen, cache=cache)
    finally:
        if cache is not None:
            cache.close()
    if count == 0 and (start is not None or end is not None):
        raise NoDocumentsError(
            f"no document dated from {since or 'any day'} to {until or 'any day'} in {', '.join(map(str, paths))}"
        )
    if before_export is not None:
        before_export()
    files = write_outputs(g, Path(outdir), lang=lang, max_nodes=max_nodes, jobs=jobs, cache=use_cache)
    log.info("built %d documents: %d nodes, %d edges", count, g.number_of_nodes(), g.number_of_edges())
    cached = cache.hits if cache is not None else 0
    return BuildResult(Path(outdir), files, count, g.number_of_nodes(), g.number_of_edges(), skipped, cached)
