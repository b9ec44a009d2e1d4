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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from kg.store import Auth

from kg import __version__, interrupts
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


def printable(text: str) -> str:
    """``text`` with control characters (and lone surrogates) shown as escapes.

    Why: messages quote file names and document text; a raw ESC or newline
    from hostile input would drive the user's terminal or split the one-line
    message.
    """
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
        for c in text
    )


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    """Print a one-line error and exit."""
    typer.echo(f"Error: {printable(message)}", err=True)
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

    def unraisable(info: Any) -> None:
        # a Ctrl-C landing in a callback the interpreter shields is dropped, not raised: remember
        # it (the build raises it before replacing outputs) instead of printing a traceback
        if isinstance(info.exc_value, KeyboardInterrupt):
            interrupts.swallowed()
            return
        previous_hook(info)

    interrupts.clear()
    previous_hook = sys.unraisablehook
    sys.unraisablehook = unraisable
    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)
        sys.unraisablehook = previous_hook


@contextmanager
def reporting(interrupted: str = "Interrupted.") -> Iterator[None]:
    """Turn library errors into one-line messages (tracebacks only with --debug).

    Ctrl-C and SIGTERM print ``interrupted`` and exit 130 after cleanup ran.
    """
    try:
        with _terminate_as_interrupt():
            yield
    except ChoumaError as exc:
        if _state["debug"]:
            raise
        # one line, nothing dropped: a file name may hold a newline, a parser's
        # detail may follow on the next line
        msg = " ".join(part.strip() for part in str(exc).split("\n") if part.strip())
        msg = msg or type(exc).__name__
        fail(msg if len(msg) <= 500 else msg[:500] + " …")
    except KeyboardInterrupt:
        typer.echo(interrupted, err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        # Python 3.11 wraps an exception raised while a class body is set up
        # (a Ctrl-C landing in a dataclass's __set_name__ during a lazy import)
        # in a RuntimeError: still an interrupt
        if not _interrupted(exc):
            raise
        typer.echo(interrupted, err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def _interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` was caused, at any depth, by a Ctrl-C or SIGTERM."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, KeyboardInterrupt):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg (chouma) {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
    ontology: Annotated[
        Path | None,
        typer.Option(
            "--ontology",
            help="Your own ontology folder (lexicon, shapes, context, queries/) instead of the shipped one; "
            "same as CHOUMA_ONTOLOGY=DIR.",
        ),
    ] = None,
) -> None:
    """chouma (籌碼): knowledge graphs of US-China bargaining from Chinese and English news.

    Example: kg --ontology my-ontology/ build corpus/ -o out/
    """
    _state["debug"] = debug
    if ontology is not None:
        from kg.resources import ENV_VAR, check_ontology_dir

        with reporting():
            check_ontology_dir(ontology)
        # an environment variable, not a module global: worker processes inherit it
        os.environ[ENV_VAR] = str(ontology.resolve())
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def available_cores() -> int:
    """The cores this process may run on (the default of ``--jobs``)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Progress:
    """A progress display on stderr that appears once a second document arrives."""

    def __init__(self) -> None:
        self.count = 0
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def tick(self, _doc: object) -> None:
        """Count one more document (the pipeline's ``on_document`` callback)."""
        self.count += 1
        if not sys.stderr.isatty():
            return
        if self.count == 2 and self.bar is None:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(), transient=True
            )
            self.bar.start()
            self.task = self.bar.add_task("build", total=None)
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=self.count)

    def done(self) -> None:
        """Remove the display (and its refresh thread: the exports fork only a single-threaded process)."""
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@app.command()
def build(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or directories (.txt .md .html .jsonl). Default: seeds/")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("output"),
    lang: Annotated[
        str | None, typer.Option("--lang", help="Label language of the HTML: en, zh-Hant or zh-Hans.")
    ] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", help="Most connected nodes kept in the HTML.")] = 2000,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction (default: cores).")] = 0,
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help="Skip malformed JSONL lines and report them.")] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run extraction on a Dask cluster at tcp://HOST:PORT (needs the dask extra).",
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Keep documents dated on or after this day (2025-10-01).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Keep documents dated on or before this day (2025-10-31).")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every document again, ignoring OUT/.kg-cache/.")
    ] = False,
) -> None:
    """Build the graph of PATHS and write RDF, HTML, tables and GraphML to --out.

    Writes graph.ttl, graph.jsonld, graph.nt, graph.trig, graph.html,
    graph.graphml, nodes.csv and edges.csv, all at once: an interrupted build
    leaves the previous files intact. --since/--until keep the documents of a
    period (undated documents are then left out). Extractions are kept in
    OUT/.kg-cache/: a later build into OUT extracts only new or changed
    documents (the files are the same as a build from scratch).

    Example: kg build seeds/ -o output/
    """
    if lang is not None and lang not in ("en", "zh-Hant", "zh-Hans"):
        fail(f"--lang {lang!r} is not one of en, zh-Hant, zh-Hans")
    n_jobs = jobs if jobs > 0 else available_cores()
    progress = _Progress()
    _no_collection_at_exit()
    with reporting("Interrupted; previous outputs are intact."):
        # imported here: a Ctrl-C or SIGTERM during the (slow) import is reported like any other
        from kg.pipeline import build as run_build

        try:
            result = run_build(
                paths or [Path("seeds")],
                out,
                lang=lang,
                max_nodes=max_nodes,
                jobs=n_jobs,
                scheduler=scheduler,
                skip_bad=skip_bad,
                on_document=progress.tick,
                before_export=progress.done,
                since=since,
                until=until,
                use_cache=not no_cache,
            )
        finally:
            progress.done()
    for s in result.skipped:
        typer.echo(f"skipped: {printable(s)}", err=True)
    typer.echo(
        f"{result.documents} documents -> {result.nodes} nodes, {result.edges} edges; "
        f"wrote {len(result.files)} files to {result.outdir}/"
        + (f" ({result.cached} unchanged documents taken from the build cache)" if result.cached else "")
    )


_EXIT_HOOKED = False


def _no_collection_at_exit() -> None:
    """When this process ends, skip the cycle collector's last pass (registered once per process).

    Why: the finished graph is a web of reference cycles (networkx's graph
    and its views); the interpreter's last collection at exit walked its
    millions of objects only to free memory the system frees anyway, 0.4 to
    0.7 s after a 10,000-document build had written everything. Freezing
    the heap in an exit hook (after every file is closed and every message
    printed) skips that pass; in a longer-lived process nothing changes
    before it ends.
    """
    global _EXIT_HOOKED
    if not _EXIT_HOOKED:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _EXIT_HOOKED = True


@app.command("eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotation JSON files (format: shared/gold/README.md).")],
    text: Annotated[Path | None, typer.Option("--text", help="The annotated text, when not beside the gold.")] = None,
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


# ---- SPARQL: validate, query, serve, load (kg.validate, kg.query, kg.store) ----------

_GRAPH_DEFAULT = Path("output/graph.ttl")


@app.command()
def validate(
    graph: Annotated[
        Path, typer.Argument(help="RDF file (.ttl .nt .trig .jsonld).")
    ] = _GRAPH_DEFAULT,
) -> None:
    """Check GRAPH against the SHACL shapes (ontology/shapes.ttl): one line per violation.

    Each line: focus node, property path, message. Exit codes: 0 conforms,
    1 does not conform, 2 unreadable input.

    Example: kg validate output/graph.ttl
    """
    from kg.validate import validate as run_validate

    with reporting():
        conforms, report = run_validate(graph)
    typer.echo(report)
    if not conforms:
        raise typer.Exit(EXIT_NO)


def _params(values: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(f"--param {item!r} is not NAME=VALUE")
        out[name.strip()] = value
    return out


# the authentication options of kg load and kg query --endpoint (the secret is never an option)
AuthOption = Annotated[
    str | None,
    typer.Option("--auth", help="basic, digest or bearer (secret from --secret-env or a prompt)."),
]
UserOption = Annotated[
    str | None, typer.Option("--user", envvar="CHOUMA_USER", help="User name for basic or digest.")
]
SecretEnvOption = Annotated[
    str | None,
    typer.Option(
        "--secret-env",
        help="Environment variable holding the password or token "
        "(default CHOUMA_PASSWORD, for bearer CHOUMA_TOKEN); asked for when unset.",
    ),
]


@app.command()
def query(
    query_spec: Annotated[
        str | None,
        typer.Argument(metavar="QUERY", help="A shipped query name, a .rq file, or SPARQL text."),
    ] = None,
    graph: Annotated[
        Path | None, typer.Option("--graph", "-g", help="RDF file to query (default: output/graph.ttl).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, csv or json (SPARQL JSON results).")
    ] = "table",
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", help="NAME=VALUE bound to ?NAME (an IRI, a label, a slug or a string)."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Label language: en, zh-Hant or zh-Hans (default: any)."),
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the shipped queries and the question each answers.")
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="Show the first N rows (0: all).", min=0)
    ] = 100,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            help="Folder of the persistent store (default: .GRAPHNAME.oxigraph beside GRAPH), "
            "filled on first use and reused while GRAPH is unchanged.",
        ),
    ] = None,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Load GRAPH into memory instead of keeping a store on disk.")
    ] = False,
    endpoint: Annotated[
        str | None,
        typer.Option(
            "--endpoint", "-e", help="Query this SPARQL endpoint instead of GRAPH, e.g. http://127.0.0.1:7878/query"
        ),
    ] = None,
    auth: AuthOption = None,
    user: UserOption = None,
    secret_env: SecretEnvOption = None,
) -> None:
    """Run a read-only SPARQL query on GRAPH with the embedded store (pyoxigraph), or on --endpoint.

    The first query of a graph fills a store on disk beside it (--store DIR
    puts it elsewhere) and keeps the shipped queries' answers; later queries
    answer from it without reading GRAPH again, until GRAPH changes. --limit
    (default 100, 0 for all) pages long answers.

    --endpoint URL sends the query to a remote store (SPARQL 1.1 Protocol,
    POST) instead; --auth basic|digest|bearer and --user as for kg load, the
    secret from an environment variable or a prompt, never printed.

    Updates (INSERT, DELETE, DROP, LOAD ...) are refused. Parameters are bound
    as RDF terms, never pasted into the query; for actor/issue parameters a
    label (中國, Xi Jinping) or slug (rare-earths) is looked up.

    Exit codes: 0 success, 2 bad query, parameter, graph or endpoint.

    Example: kg query statements-by-issue --param issue=稀土 --lang zh-Hant
    """
    from kg.query import format_result, list_queries, query_endpoint, query_file

    if list_:
        for name, question in list_queries():
            typer.echo(f"{name:<22} {question}")
        return
    if not query_spec:
        fail("give a query name, a .rq file or SPARQL text (kg query --list shows shipped ones)")
    if fmt not in ("table", "csv", "json"):
        fail(f"--format {fmt!r} is not one of table, csv, json")
    if lang is not None and lang not in ("en", "zh-Hant", "zh-Hans"):
        fail(f"--lang {lang!r} is not one of en, zh-Hant, zh-Hans")
    params = _params(param)
    if endpoint is not None and (graph is not None or store is not None or no_store):
        fail("--graph, --store and --no-store are for a local graph; drop them with --endpoint")
    if endpoint is None and auth is not None:
        fail("--auth is for --endpoint (a local graph needs none)")
    with reporting():
        if endpoint is not None:
            credentials = _credentials(auth, user, secret_env, endpoint)
            result = query_endpoint(endpoint, query_spec, params, lang, limit=limit or None, auth=credentials)
        else:
            result = query_file(
                graph or _GRAPH_DEFAULT, query_spec, params, lang, persist=not no_store, store_dir=store,
                limit=limit or None,
            )
        text = format_result(result, fmt)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    typer.echo(text)


@app.command()
def serve(
    graph: Annotated[
        Path, typer.Option("--graph", "-g", help="RDF file to load first.")
    ] = _GRAPH_DEFAULT,
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 7878,
    location: Annotated[
        Path | None,
        typer.Option("--location", help="Directory to persist the store (default: in memory)."),
    ] = None,
    union: Annotated[
        bool,
        typer.Option(
            "--union-default-graph", help="Queries see all named graphs (for a loaded TriG file)."
        ),
    ] = False,
) -> None:
    """Start an Oxigraph SPARQL server on 127.0.0.1, load GRAPH, stay until Ctrl-C.

    Needs the server extra (pip install -e .[server]). Prints the query
    endpoint; the Graph Store Protocol is at /store and updates at /update.

    Exit codes: 0 stopped, 2 server missing or graph unreadable, 130 Ctrl-C.

    Example: kg serve --graph output/graph.ttl --port 7878
    """
    from kg.store import serve as run_serve

    with reporting():
        run_serve(
            graph, port=port, location=location, union_default_graph=union, announce=typer.echo
        )


@app.command()
def load(
    graph: Annotated[Path, typer.Argument(help="RDF file (.ttl .nt .trig .nq .jsonld).")],
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint", "-e", help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store"
        ),
    ],
    graph_iri: Annotated[
        str | None,
        typer.Option("--graph-iri", help="Named graph to load into (default: the default graph)."),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="PUT: replace the graph instead of adding to it (TriG: each graph in it).")
    ] = False,
    auth: AuthOption = None,
    user: UserOption = None,
    secret_env: SecretEnvOption = None,
) -> None:
    """Push GRAPH into any triple store through the SPARQL 1.1 Graph Store Protocol.

    Retries 3 times with backoff on connection errors and 5xx answers. A
    secured store: --auth basic|digest|bearer and --user; the secret is read
    from an environment variable or asked for (never a command-line argument,
    never printed). A URL with user:password@ in it is refused.

    Exit codes: 0 loaded, 2 unreadable file or endpoint error.

    Example: kg load output/graph.ttl -e http://127.0.0.1:8890/sparql-graph-crud-auth --auth digest --user dba
    """
    from kg.store import load as run_load
    from kg.store import redact

    with reporting():
        credentials = _credentials(auth, user, secret_env, endpoint)
        url = run_load(graph, endpoint, graph_iri=graph_iri, replace=replace, auth=credentials)
    typer.echo(f"loaded {graph} into {redact(url)}")


def _credentials(scheme: str | None, user: str | None, secret_env: str | None, endpoint: str) -> Auth | None:
    """The Auth for --auth/--user, the secret from the environment or a hidden prompt.

    Why never an option holding the secret: command lines land in shell
    history and in every process listing.
    """
    from kg.errors import EndpointError
    from kg.store import AUTH_SCHEMES, Auth, redact

    if scheme is None:
        return None
    if scheme not in AUTH_SCHEMES:
        raise EndpointError(f"--auth {scheme!r} is not one of basic, digest, bearer")
    variable = secret_env or ("CHOUMA_TOKEN" if scheme == "bearer" else "CHOUMA_PASSWORD")
    secret = os.environ.get(variable)
    if not secret:
        if not sys.stdin.isatty():
            raise EndpointError(f"no secret for {scheme} authentication: set {variable} (or run in a terminal)")
        import getpass

        what = "token" if scheme == "bearer" else f"password of {user}"
        secret = getpass.getpass(f"{what} at {redact(endpoint)}: ")
    return Auth(scheme, user if scheme != "bearer" else None, secret)
