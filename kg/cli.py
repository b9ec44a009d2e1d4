"""The ``kg`` command line: a thin layer over the library.

Each command parses its options, calls one library function and prints the
result. Library errors (:class:`kg.errors.ChoumaError`) become a one-line
message on stderr; ``--debug`` shows the traceback instead.

Exit codes: 0 success; 1 the answer is "no" (``kg validate``: the graph does
not conform); 2 bad input or usage (unreadable file, malformed query, endpoint
down ...); 130 interrupted.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from kg import __version__
from kg.errors import ChoumaError

app = typer.Typer(
    name="kg",
    help="chouma (籌碼): knowledge graphs of US-China bargaining from Chinese and English news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_NO = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130

_state = {"debug": False}


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    """Print a one-line error and exit."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Make SIGTERM raise KeyboardInterrupt, as SIGINT does.

    Why: SIGTERM's default action kills the process without running ``finally``
    blocks, leaving staging files behind; as an exception, cleanup runs and the
    exit status is 130. A forked worker process that inherited the handler dies
    as SIGTERM would (the pool stops its workers with SIGTERM).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pid = os.getpid()

    def handler(signum: int, _frame: object) -> None:
        if os.getpid() != pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


@contextmanager
def reporting() -> Iterator[None]:
    """Turn library errors into one-line messages (tracebacks only with --debug)."""
    try:
        with _terminate_as_interrupt():
            yield
    except ChoumaError as exc:
        if _state["debug"]:
            raise
        fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    except KeyboardInterrupt:
        typer.echo("Interrupted; previous outputs are intact.", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg (chouma) {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
) -> None:
    """chouma (籌碼): knowledge graphs of US-China bargaining from Chinese and English news."""
    _state["debug"] = debug
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _progress() -> tuple[Callable[[object], None], Callable[[], None]]:
    """A progress display that appears once a second document arrives (stderr only)."""
    state: dict[str, object] = {"n": 0, "bar": None}

    def tick(_doc: object) -> None:
        n = int(state["n"]) + 1  # type: ignore[call-overload]
        state["n"] = n
        if not sys.stderr.isatty():
            return
        if n == 2 and state["bar"] is None:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            bar = Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(), transient=True)
            bar.start()
            state["task"] = bar.add_task("build", total=None)
            state["bar"] = bar
        bar = state["bar"]
        if bar is not None:
            bar.update(state["task"], completed=n)  # type: ignore[attr-defined]

    def done() -> None:
        bar = state["bar"]
        if bar is not None:
            bar.stop()  # type: ignore[attr-defined]

    return tick, done


@app.command()
def build(
    paths: Annotated[
        Optional[list[Path]], typer.Argument(help="Files or directories (.txt .md .html .jsonl). Default: seeds/")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("output"),
    lang: Annotated[
        Optional[str], typer.Option("--lang", help="Label language of the HTML: en, zh-Hant or zh-Hans.")
    ] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", help="Most connected nodes kept in the HTML.")] = 2000,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction (default: cores).")] = 0,
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help="Skip malformed JSONL lines and report them.")] = False,
) -> None:
    """Build the graph of PATHS and write RDF, HTML, tables and GraphML to --out.

    Writes graph.ttl, graph.jsonld, graph.nt, graph.trig, graph.html,
    graph.graphml, nodes.csv and edges.csv, all at once: an interrupted build
    leaves the previous files intact.

    Example: kg build seeds/ -o output/
    """
    from kg.pipeline import build as run_build

    if lang is not None and lang not in ("en", "zh-Hant", "zh-Hans"):
        fail(f"--lang {lang!r} is not one of en, zh-Hant, zh-Hans")
    n_jobs = jobs if jobs > 0 else len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    tick, done = _progress()
    with reporting():
        try:
            result = run_build(
                paths or [Path("seeds")],
                out,
                lang=lang,
                max_nodes=max_nodes,
                jobs=n_jobs,
                skip_bad=skip_bad,
                on_document=tick,
            )
        finally:
            done()
    for s in result.skipped:
        typer.echo(f"skipped: {s}", err=True)
    typer.echo(
        f"{result.documents} documents -> {result.nodes} nodes, {result.edges} edges; "
        f"wrote {len(result.files)} files to {result.outdir}/"
    )


@app.command("eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotation JSON files (format: shared/gold/README.md).")],
    text: Annotated[Optional[Path], typer.Option("--text", help="The annotated text, when not beside the gold.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    brief: Annotated[bool, typer.Option("--brief", help="Scores only, without misses and false positives.")] = False,
) -> None:
    """Score extraction against gold annotations: P, R, F1 per section, misses, false positives.

    With several gold files, each file's macro F1 is printed, then the scores
    pooled over all of them (counts summed per section).

    Example: kg eval ../shared/gold/seed-article.json
    """
    from kg.evaluate import evaluate, format_report, pool

    if text is not None and len(gold) > 1:
        fail("--text applies to a single gold file")
    with reporting():
        reports = [evaluate(g, text) for g in gold]
    if as_json:
        data = [r.to_json() for r in reports]
        payload = data[0] if len(data) == 1 else {"files": data, "pooled": pool(reports).to_json()}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True))
        return
    if len(reports) == 1:
        typer.echo(format_report(reports[0], details=not brief))
        return
    for r in reports:
        typer.echo(f"{r.gold_file}: macro F1 {r.macro_f1:.3f}")
    typer.echo("")
    typer.echo(format_report(pool(reports), details=False))
