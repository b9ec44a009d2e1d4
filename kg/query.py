"""SPARQL over a chouma graph with the embedded store (pyoxigraph).

Why pyoxigraph: it loads and queries ~10-20x faster than rdflib and speaks the
same SPARQL 1.1 a server would, so the shipped queries in
``ontology/queries/*.rq`` behave the same here and over HTTP.

Safety: ``kg query`` is read-only. Text that is not a SPARQL query is never
run; an update (INSERT, DELETE, DROP, LOAD ...) is recognised by parsing it
and refused. Parameters are never pasted into query text: each value becomes
an RDF term (IRI or literal) and is bound with pyoxigraph's ``substitutions``
(SEP-0007), so a value such as ``"; DROP ALL; #`` is just a string.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Union

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.prefixes import PREFIX_IRIS
from kg.resources import queries_dir

if TYPE_CHECKING:
    from kg.store import Auth

log = logging.getLogger(__name__)

Term = Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]  # noqa: UP007 (runtime alias, py3.10)

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
}
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SYNTAX_POS = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.S)
_SCHEME_IRI = re.compile(r"^(https?|urn|file|ftp|mailto|tag):\S+$")
_PREFIXED = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):(\S*)$")
_SLUG = re.compile(r"^[\w.-]+(/[\w.-]+)*$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
# parameters that are days (bound as xsd:date), e.g. the bounds of leverage-between
_DAY_PARAMS = ("since", "until")

# which nodes a parameter of this name may name when given as a label or slug
_ACTOR_CLASSES = ("Person", "Organization", "State")
_PARAM_CLASSES: dict[str, tuple[str, ...]] = {
    **{
        name: _ACTOR_CLASSES
        for name in (
            "actor",
            "speaker",
            "target",
            "holder",
            "demander",
            "person",
            "org",
            "organization",
            "state",
        )
    },
    "issue": ("Issue",),
    "document": ("Document",),
    "doc": ("Document",),
}


@dataclass
class QueryResult:
    """The answer to a query: variables and rows (SELECT), a boolean (ASK), triples (CONSTRUCT)."""

    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, Term | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    notes: list[str] = field(default_factory=list)
    truncated: bool = False  # more rows (triples) than the limit asked for

    def keys(self) -> list[tuple[str, ...]]:
        """Rows as tuples of N-Triples-style terms: comparable across stores."""
        return [tuple(_nt(row.get(v)) for v in self.variables) for row in self.rows]


def _nt(term: Term | None) -> str:
    """A term in N-Triples syntax (language tags lower-cased: Oxigraph does so), "" when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and term.language:
        return f"{json.dumps(term.value, ensure_ascii=False)}@{term.language.lower()}"
    return str(term)


# ---- shipped queries --------------------------------------------------------


def list_queries() -> list[tuple[str, str]]:
    """(name, question) of every shipped query, the question being its first ``#`` comment line."""
    out = []
    for path in sorted(queries_dir().glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        question = first[0].lstrip("#").strip() if first and first[0].startswith("#") else ""
        out.append((path.stem, question))
    return out


def resolve_query(spec: str) -> tuple[str, str]:
    """(name, text) for a shipped query name, a .rq file path, or SPARQL text itself."""
    name = spec[:-3] if spec.endswith(".rq") else spec
    shipped = queries_dir() / f"{name}.rq"
    if _SLUG.match(name) and "/" not in name and shipped.is_file():
        return name, shipped.read_text(encoding="utf-8")
    if "\n" not in spec and len(spec) < 4096:
        path = Path(spec)
        if path.is_file():
            try:
                return path.name, path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: cannot read query file ({exc})") from exc
    if (
        "{" in spec
        or re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.I)
        or _UPDATE_WORDS.match(_strip_comments(spec))
    ):
        return "query", spec
    known = ", ".join(n for n, _ in list_queries())
    raise QueryError(f"no shipped query or file named {spec!r} (shipped: {known})")


# ---- the store -------------------------------------------------------------


def _graph_format(path: Path) -> ox.RdfFormat:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .nt, .trig, .nq or .jsonld)")
    if not path.is_file():
        raise InputError(f"{path}: no such file (build it with: kg build)")
    return fmt


def _fill(store: ox.Store, path: Path, fmt: ox.RdfFormat, bulk: bool = False) -> None:
    try:
        if bulk:
            store.bulk_load(path=str(path), format=fmt)
        else:
            store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot load ({exc})") from exc


def open_store(path: Path | str) -> ox.Store:
    """An in-memory pyoxigraph Store holding the RDF file at ``path`` (format from extension)."""
    path = Path(path)
    fmt = _graph_format(path)
    store = ox.Store()
    _fill(store, path, fmt)
    return store


# ---- the persistent store ------------------------------------------------------------

STORE_SUFFIX = ".oxigraph"
ANSWERS = "answers"  # folder of kept answers inside a store folder
_ANSWER_FORMAT = 1  # bump when the key or the file format of kept answers changes


def default_store_dir(graph: Path | str) -> Path:
    """Where the persistent store of ``graph`` lives unless the user names a folder: beside it, hidden."""
    graph = Path(graph)
    return graph.parent / f".{graph.name}{STORE_SUFFIX}"


def _stamp(graph: Path) -> dict[str, object]:
    """What identifies this version of the graph file: a rebuilt file (written by rename) differs."""
    st = graph.stat()
    return {"graph": str(graph.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def persistent_store(graph: Path | str, location: Path | str | None = None) -> ox.Store:
    """A pyoxigraph store on disk holding ``graph``, filled once and reused while the file is unchanged.

    Why: parsing a large Turtle file again for every ``kg query`` costs most
    of the answer's time (0.66 s of 0.85 s on 800 documents); opening a filled
    store costs milliseconds. The store lives in ``location`` (default:
    :func:`default_store_dir`) with a ``source.json`` naming the file's
    path, size, modification time and inode; when they no longer match (the
    graph was rebuilt), a new store is filled in a temporary folder beside it
    and swapped in, so a concurrent query never sees a half-filled store.
    Stores are opened read-only, so several queries may run at once. When the
    folder cannot be written, the graph is loaded into memory instead.
    """
    graph = Path(graph)
    where, stamp = prepare_store(graph, location)
    return _OnDemand(graph, where, stamp).store if where is not None else open_store(graph)


def prepare_store(
    graph: Path | str, location: Path | str | None = None, *, refill: bool = False
) -> tuple[Path | None, dict[str, object]]:
    """Fill the store of ``graph`` unless it holds this version already; (its folder, the graph's stamp).

    The folder is None when no store can be kept there (the query then loads
    the graph into memory). Filling also keeps the answers of the shipped
    queries asked without parameters (see :func:`_fill_new_store`).
    ``refill`` fills a new store even when the recorded one matches (it would
    not open: damaged).
    """
    graph = Path(graph)
    fmt = _graph_format(graph)
    where = Path(location) if location is not None else default_store_dir(graph)
    stamp = _stamp(graph)
    if not refill and _recorded(where) == stamp:
        return where, stamp
    if where.exists() and not _is_store_dir(where):
        # never replace a folder of the user's that merely got named by mistake
        raise InputError(f"{where}: exists and is not a kg query store; name a new or empty folder")
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{where.name}.tmp-", dir=where.parent))
    except OSError as exc:
        log.info("cannot keep a store in %s (%s); loading %s into memory", where, exc, graph)
        return None, stamp
    try:
        _fill_new_store(staging, graph, fmt, stamp)
        (staging / "source.json").write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
        _swap_in(staging, where)
    except OSError as exc:
        log.info("cannot keep a store in %s (%s); loading %s into memory", where, exc, graph)
        return None, stamp
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return where, stamp


def _fill_new_store(staging: Path, graph: Path, fmt: ox.RdfFormat, stamp: dict[str, object]) -> None:
    """Fill ``staging/store`` from ``graph`` and keep the unparameterised shipped queries' answers.

    Why keep answers: the shipped queries sort or group every claim, so even
    their first page costs as much as the whole answer, and on the on-disk
    store that is 1-15 s on 10,000 documents (4x the in-memory store). Their
    answers without parameters are computed here, once per graph version, on
    an in-memory copy while a second thread fills the disk store (pyoxigraph
    releases the GIL while loading), and saved beside the store; ``kg query
    NAME`` then reads its page from the file.
    """
    failure: list[BaseException] = []

    def fill_disk() -> None:
        try:
            store = ox.Store(str(staging / "store"))
            _fill(store, graph, fmt, bulk=True)
            store.flush()
            del store  # closes the database before it is moved
        except BaseException as exc:  # re-raised in the calling thread
            failure.append(exc)

    worker = threading.Thread(target=fill_disk, name="kg-store-fill", daemon=True)
    worker.start()
    try:
        memory = open_store(graph)
        for path in sorted(queries_dir().glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            try:
                answer = memory.query(text, use_default_graph_as_union=True)
                if isinstance(answer, ox.QuerySolutions):
                    _write_answer(_answer_path(staging, stamp, text, {}), _answer_bytes(answer))
            except (SyntaxError, RuntimeError, OSError, QueryError) as exc:  # a user's own broken .rq
                log.info("%s: answer not kept (%s)", path.name, str(exc).splitlines()[0] if str(exc) else exc)
        del memory
    finally:
        worker.join()
    if failure:
        raise failure[0]


def _recorded(where: Path) -> dict[str, object] | None:
    """The stamp of the graph the store in ``where`` was filled from (None: no filled store there)."""
    try:
        recorded = json.loads((where / "source.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return recorded if isinstance(recorded, dict) else None


def _open_filled(where: Path, stamp: dict[str, object]) -> ox.Store | None:
    """The store in ``where`` when it was filled from this very file, else None."""
    if _recorded(where) != stamp:
        return None
    try:
        return ox.Store.read_only(str(where / "store"))
    except OSError as exc:  # damaged or locked
        log.info("cannot open the store in %s (%s)", where, exc)
        return None


def _is_store_dir(where: Path) -> bool:
    """True for a folder this module made (or an empty one): only those are ever replaced."""
    if not where.is_dir():
        return False
    names = {p.name for p in where.iterdir()}
    return not names or "source.json" in names or names <= {"store", ANSWERS}


def _swap_in(staging: Path, where: Path) -> None:
    """Put the filled ``staging`` folder at ``where``, replacing an older store there."""
    old = None
    if where.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{where.name}.old-", dir=where.parent))
        os.replace(where, old / "store")
    try:
        os.replace(staging, where)
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


# ---- kept answers ------------------------------------------------------------------


def _answer_path(where: Path, stamp: Mapping[str, object], text: str, subs: Mapping[ox.Variable, Term]) -> Path:
    """The file keeping the answer of ``text`` with ``subs`` on this graph version.

    Why the stamp is in the key: a query racing a rebuild may write its
    answer into the new store's folder; keyed by the old version, it is
    never read for the new one.
    """
    key = json.dumps(
        {
            "format": _ANSWER_FORMAT,
            "pyoxigraph": ox.__version__,
            "graph": stamp,
            "query": text,
            "subs": sorted((var.value, str(term)) for var, term in subs.items()),
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return where / ANSWERS / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()}.tsv"


def _answer_bytes(answer: ox.QuerySolutions) -> bytes:
    """The whole SELECT answer as SPARQL TSV results (terms in Turtle syntax: nothing lost)."""
    data = answer.serialize(format=ox.QueryResultsFormat.TSV)
    assert data is not None  # serialize returns bytes when given no output
    return data


def _write_answer(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a reader sees all of it or nothing."""
    path.parent.mkdir(exist_ok=True)
    tmp = path.parent / f".tmp-{os.getpid()}-{threading.get_ident()}-{path.name}"
    try:
        # os.open, not mkstemp: the file gets the user's usual permissions (umask), not 0600
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666), "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def _read_answer(path: Path) -> ox.QuerySolutions | None:
    """The kept answer in ``path`` (parsed lazily: a page reads a page), None when there is none."""
    if not path.is_file():
        return None
    try:
        answer = ox.parse_query_results(path=str(path), format=ox.QueryResultsFormat.TSV)
    except (OSError, SyntaxError, ValueError) as exc:
        log.info("%s: kept answer unreadable (%s)", path, exc)
        return None
    return answer if isinstance(answer, ox.QuerySolutions) else None


class _OnDemand:
    """The persistent store, opened on first use: a kept answer needs no store at all."""

    def __init__(self, graph: Path, where: Path, stamp: dict[str, object]) -> None:
        self.graph, self.where, self.stamp = graph, where, stamp
        self._store: ox.Store | None = None

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            found = _open_filled(self.where, self.stamp)
            if found is None:  # damaged or locked: fill a new one, else answer from memory
                where, stamp = prepare_store(self.graph, self.where, refill=True)
                found = _open_filled(where, stamp) if where is not None else None
            self._store = found if found is not None else open_store(self.graph)
        return self._store

    def query(self, *args: object, **kwargs: object) -> object:
        """Store.query on the opened store (what parameter look-ups call)."""
        return self.store.query(*args, **kwargs)  # type: ignore[arg-type]


# ---- parameters --------------------------------------------------------------


def _iri_term(value: str) -> ox.NamedNode | None:
    """An IRI when the value is written as one (<...>, scheme:..., or a known prefix)."""
    text = value.strip()
    candidate = None
    if text.startswith("<") and text.endswith(">"):
        candidate = text[1:-1]
    else:
        m = _PREFIXED.match(text)
        if m and m.group(1) in PREFIX_IRIS:
            candidate = PREFIX_IRIS[m.group(1)] + m.group(2)
        elif _SCHEME_IRI.match(text):
            candidate = text
    if candidate is None:
        return None
    try:
        return ox.NamedNode(candidate)
    except ValueError as exc:
        raise QueryError(f"{value!r} is not a valid IRI: {exc}") from exc


_LOOKUP = """
PREFIX cm: <https://w3id.org/chouma/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?node ?value WHERE {
  ?node a ?cls .
  FILTER(?cls IN (%s))
  OPTIONAL {
    ?node rdfs:label|skos:prefLabel|skos:altLabel|dcterms:title|dcterms:identifier ?label .
    # the exact comparison first: Virtuoso's STR and LCASE garble a non-ASCII value (中國 would never match)
    FILTER(STR(?label) = ?value || LCASE(STR(?label)) = LCASE(STR(?value)))
  }
  FILTER(BOUND(?label) || STRENDS(LCASE(STR(?node)), LCASE(CONCAT("/", STR(?value)))))
}
ORDER BY ?node
"""


# runs a SELECT with bound variables: on the local store, or inlined and sent to an endpoint
Select = Callable[[str, Mapping[ox.Variable, Term]], Iterable[ox.QuerySolution]]


def _local_select(store: ox.Store | _OnDemand) -> Select:
    def select(text: str, subs: Mapping[ox.Variable, Term]) -> Iterable[ox.QuerySolution]:
        return store.query(text, substitutions=dict(subs), use_default_graph_as_union=True)  # type: ignore[return-value]

    return select


def _lookup(select: Select, name: str, value: str, classes: Sequence[str]) -> list[ox.NamedNode]:
    """Nodes of ``classes`` whose label, slug or id equals ``value`` (bound, not pasted)."""
    # the class list comes from _PARAM_CLASSES (fixed words), never from user input
    query = _LOOKUP % ", ".join(f"cm:{c}" for c in classes)
    from kg.textnorm import to_simplified, to_traditional

    candidates = [value, to_simplified(value), to_traditional(value)]  # 中国 finds 中國 and back
    for text in dict.fromkeys(candidates):
        found = [
            row["node"]
            for row in select(query, {ox.Variable("value"): ox.Literal(text)})
        ]
        nodes = [n for n in dict.fromkeys(found) if isinstance(n, ox.NamedNode)]
        if nodes:
            return nodes
    return []


def _is_utf8(text: str) -> bool:
    """False for strings holding lone surrogates (undecodable bytes), which no store accepts."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def bind_params(
    store: ox.Store | _OnDemand | Select, params: Mapping[str, str]
) -> tuple[dict[ox.Variable, Term], list[str]]:
    """Turn ``name=value`` parameters into RDF terms to substitute, plus notes for the user.

    A value written as an IRI (``<...>``, ``https://...``, ``cmid:state/us``)
    is an IRI. For actor/issue/document parameters a label (中國, Xi Jinping)
    or slug (rare-earths) is looked up in the graph (``store``, or a function
    running the look-up elsewhere); otherwise, and when nothing matches, the
    value is a plain string literal.
    """
    select = _local_select(store) if isinstance(store, (ox.Store, _OnDemand)) else store
    subs: dict[ox.Variable, Term] = {}
    notes: list[str] = []
    for name, value in sorted(params.items()):
        if not _VAR_NAME.match(name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        if not _is_utf8(value):  # e.g. non-UTF-8 bytes on the command line
            raise QueryError(f"parameter {name}: value {value!r} is not valid UTF-8 text")
        if name.lower() in _DAY_PARAMS:
            from kg.dates import parse_date  # here: kg.dates imports rdflib (~0.1 s of every start)

            if parse_date(value) is None or not _ISO_DAY.match(value.strip()):
                raise QueryError(f"parameter {name}: {value!r} is not a day such as 2025-10-01")
            subs[ox.Variable(name)] = ox.Literal(value.strip(), datatype=ox.NamedNode(XSD_DATE))
            continue
        iri = _iri_term(value)
        if iri is not None:
            subs[ox.Variable(name)] = iri
            continue
        classes = _PARAM_CLASSES.get(name.lower())
        if classes:
            nodes = _lookup(select, name, value, classes)
            if len(nodes) == 1:
                subs[ox.Variable(name)] = nodes[0]
                continue
            if len(nodes) > 1:
                shown = ", ".join(f"<{n.value}>" for n in nodes[:5])
                raise QueryError(
                    f"parameter {name}={value!r} matches {len(nodes)} nodes ({shown}); pass one IRI"
                )
            notes.append(f"no node labelled {value!r} for parameter {name}; bound as a string")
        subs[ox.Variable(name)] = ox.Literal(value)
    return subs, notes


# ---- running -------------------------------------------------------------------


def _syntax_message(exc: SyntaxError) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid SPARQL"
    m = _SYNTAX_POS.match(text)
    if m:
        detail = m.group(3).strip()
        if len(detail) > 100:  # pyoxigraph lists every expected token; keep the line readable
            detail = detail[:100].rstrip() + " ..."
        return f"SPARQL syntax error at line {m.group(1)}, column {m.group(2)}: {detail}"
    return f"SPARQL syntax error: {text}"


def _is_update(text: str) -> bool:
    """True when ``text`` parses as a SPARQL update (parsed only, never executed)."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except ParseException:
        return False
    return True


_UPDATE_WORDS = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|DROP|CLEAR|LOAD|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.I,
)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def run_query(
    store: ox.Store,
    text: str,
    params: Mapping[str, str] | None = None,
    lang: str | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run a read-only SPARQL query with safely bound parameters; QueryError when refused or bad.

    ``lang`` binds ``?lang`` (the shipped queries pick labels in that
    language, falling back to any). Queries see the union of all graphs, so a
    TriG file's per-document graphs are searched as well. ``limit`` keeps the
    first rows only (``result.truncated`` says whether more were left).
    """
    subs, notes = bind_params(store, _with_lang(params, lang))
    _check_text(text)
    return _read(_execute(store, text, subs), notes, limit)


def _with_lang(params: Mapping[str, str] | None, lang: str | None) -> dict[str, str]:
    out = dict(params or {})
    if lang:
        out.setdefault("lang", lang)
    return out


def _check_text(text: str) -> None:
    if not _is_utf8(text):
        raise QueryError("the query is not valid UTF-8 text")


def _execute(store: ox.Store | _OnDemand, text: str, subs: Mapping[ox.Variable, Term]) -> object:
    """``store.query`` with the union default graph; its errors as QueryError (updates refused)."""
    try:
        return store.query(text, substitutions=dict(subs) or None, use_default_graph_as_union=True)
    except SyntaxError as exc:
        if _UPDATE_WORDS.match(_strip_comments(text)) or _is_update(text):
            raise QueryError(
                "refused: this is a SPARQL update (INSERT/DELETE/DROP/CLEAR/LOAD ...); "
                "kg query is read-only"
            ) from None
        raise QueryError(_syntax_message(exc)) from None
    except RuntimeError as exc:
        m = re.search(r"variable \?(\w+) in its SELECT projection", str(exc))
        if m:
            raise QueryError(
                f"parameter {m.group(1)!r} is not a variable this query selects"
            ) from None
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from None


def _read(answer: object, notes: list[str], limit: int | None) -> QueryResult:
    """``_collect`` with the errors of lazily computed solutions as QueryError."""
    try:
        return _collect(answer, notes, limit)
    except (RuntimeError, OSError) as exc:  # solutions are computed lazily, while they are read
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None


def _run_kept(
    where: Path,
    stamp: dict[str, object],
    store: _OnDemand,
    text: str,
    params: Mapping[str, str],
    limit: int | None,
) -> QueryResult:
    """Answer a shipped query from its kept answer, computing and keeping it on the first ask.

    Why only shipped queries: they sort or group every row, so the whole
    answer costs no more than its first page; a query of the user's may
    stream a page of millions of rows cheaply and is run as it is.
    """
    subs, notes = bind_params(store, params)
    _check_text(text)
    path = _answer_path(where, stamp, text, subs)
    kept = _read_answer(path)
    if kept is not None:
        try:
            return _collect(kept, notes, limit)
        except (SyntaxError, ValueError, OSError) as exc:  # a damaged file: computed again below
            log.info("%s: kept answer unreadable (%s)", path, exc)
    answer = _execute(store, text, subs)
    if not isinstance(answer, ox.QuerySolutions):
        return _read(answer, notes, limit)
    try:
        data = _answer_bytes(answer)
    except (RuntimeError, OSError) as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None
    try:
        _write_answer(path, data)
    except OSError as exc:  # a store folder of someone else's: answer without keeping
        log.info("cannot keep the answer in %s (%s)", path.parent, exc)
    return _read(ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV), notes, limit)


def _collect(answer: object, notes: list[str] | None = None, limit: int | None = None) -> QueryResult:
    """QueryResult from pyoxigraph query results (local or parsed from an HTTP response).

    Why rows are read one by one up to ``limit``: pyoxigraph computes
    solutions lazily, so a first page of a query matching 27,000 rows costs
    a page, not 27,000 rows (unless the query sorts them).
    """
    notes = notes or []
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows: list[dict[str, Term | None]] = []
        truncated = False
        for sol in answer:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append({v: sol[v] for v in variables})
        return QueryResult(variables=variables, rows=rows, notes=notes, truncated=truncated)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer), notes=notes)
    if isinstance(answer, (ox.QueryTriples, list)):  # a list: triples parsed from an endpoint's RDF
        triples = sorted(answer, key=str)
        truncated = limit is not None and len(triples) > limit
        return QueryResult(triples=triples[:limit] if truncated else triples, notes=notes, truncated=truncated)
    return QueryResult(boolean=bool(answer), notes=notes)


def query_file(
    graph: Path | str,
    spec: str,
    params: Mapping[str, str] | None = None,
    lang: str | None = None,
    *,
    persist: bool = False,
    store_dir: Path | str | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run the shipped query name, .rq file or SPARQL text ``spec`` on ``graph``.

    ``persist`` answers from the on-disk store of :func:`persistent_store`
    (in ``store_dir``, default beside the graph) instead of loading the file
    into memory; ``limit`` keeps the first rows (a note says when more exist).
    """
    name, text = resolve_query(spec)
    graph = Path(graph)
    try:
        where, stamp = prepare_store(graph, store_dir) if persist else (None, {})
        if where is None:
            result = run_query(open_store(graph), text, params, lang, limit)
        elif _is_shipped(name, text):
            on_demand = _OnDemand(graph, where, stamp)
            result = _run_kept(where, stamp, on_demand, text, _with_lang(params, lang), limit)
        else:
            result = run_query(_OnDemand(graph, where, stamp).store, text, params, lang, limit)
    except QueryError as exc:
        if name == "query":  # SPARQL text given inline: nothing to name
            raise
        shown = spec if spec.endswith(".rq") and Path(spec).is_file() else name
        raise QueryError(f"{shown}: {exc}") from None
    return _noted(result, limit)


def _noted(result: QueryResult, limit: int | None) -> QueryResult:
    """``result`` with a note for the user when rows were left out of the page."""
    if result.truncated:
        what = "triples" if result.triples is not None else "rows"
        result.notes.append(f"showing the first {limit} {what} (--limit 0 shows all)")
    return result


def _is_shipped(name: str, text: str) -> bool:
    """Whether ``text`` is the shipped query ``name`` as it stands in the queries folder."""
    path = queries_dir() / f"{name}.rq"
    try:
        return _SLUG.match(name) is not None and path.is_file() and path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


# ---- remote endpoints --------------------------------------------------------------

# SPARQL's lexical pieces that may hold braces or keywords without being structure
_LEX = re.compile(
    r'(?P<space>\s+)|(?P<comment>#[^\n]*)'
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\U000effff]+)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_.-]*(?::[^\s{}()<>;,\"'#]*)?|:[^\s{}()<>;,\"'#]*)"
    r"|(?P<punct>.)",
    re.S,
)


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, offset) of each significant token: strings, IRIs, variables, words, punctuation."""
    for m in _LEX.finditer(text):
        kind = m.lastgroup or "punct"
        if kind not in ("space", "comment"):
            yield kind, m.group(), m.start()


def _query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the query's first such keyword ("" when none)."""
    for kind, tok, _pos in _tokens(text):
        if kind == "word" and tok.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return tok.upper()
    return ""


def inline_bindings(text: str, subs: Mapping[ox.Variable, Term]) -> str:
    """``text`` with ``subs`` bound by a one-row ``VALUES`` block opening the WHERE pattern of every (sub-)query.

    Why: the SPARQL 1.1 Protocol has no way to send bindings, and stores do
    not read SEP-0007 substitutions. A VALUES block first in each query's and
    sub-select's pattern binds the variable there, and FILTERs of that
    pattern and of its OPTIONALs see it, as with pyoxigraph's substitutions,
    so the shipped queries answer the same rows on a remote store. (A FILTER
    inside a nested group — a UNION branch, FILTER EXISTS — does not see it;
    no shipped query has one on a parameter. Blocks in every group would,
    but made Virtuoso refuse the shipped queries as too costly.) Values are
    RDF terms in N-Triples syntax (escaped by pyoxigraph), never raw text.
    """
    if not subs:
        return text
    mentioned = {tok[1:] for kind, tok, _pos in _tokens(text) if kind == "var"}
    for var in subs:
        if var.value not in mentioned:  # what the embedded store says of such a parameter
            raise QueryError(f"parameter {var.value!r} is not a variable this query selects")
    names = " ".join(f"?{var.value}" for var in subs)
    row = " ".join(str(term) for term in subs.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    inserts: list[int] = []
    previous, data_block, construct, pattern_next = "", False, False, False
    for kind, tok, pos in _tokens(text):
        word = tok.upper() if kind == "word" else ""
        if word == "VALUES":
            data_block = True
        elif word in ("SELECT", "ASK", "DESCRIBE"):
            pattern_next = True
        elif word == "CONSTRUCT":
            construct = True  # its first group is the template
        elif word == "WHERE":
            if construct and previous.upper() == "CONSTRUCT":
                raise QueryError("parameters need the long form CONSTRUCT { template } WHERE { pattern }")
            pattern_next = True
        elif tok == "{" and kind == "punct":
            if data_block:
                data_block = False
            elif construct:
                construct = False
            elif pattern_next:
                inserts.append(pos + 1)
                pattern_next = False
        previous = tok
    if not inserts:
        raise QueryError("parameters given, but the query has no WHERE pattern to bind them in")
    for pos in reversed(inserts):
        text = text[:pos] + block + text[pos:]
    return text


def _with_limit(text: str, limit: int) -> str:
    """A SELECT with ``LIMIT limit`` appended, unless it ends with a LIMIT, OFFSET or VALUES of its own.

    Why: an endpoint then sends a page, not 27,000 rows to throw away.
    """
    if _query_form(text) != "SELECT":
        return text
    depth, closed, tail = 0, False, []  # tail: the words after the WHERE pattern (solution modifiers)
    for kind, tok, _pos in _tokens(text):
        if kind == "punct" and tok in "{}":
            depth += 1 if tok == "{" else -1
            closed = closed or depth == 0
        elif closed and depth == 0 and kind == "word":
            tail.append(tok.upper())
    if {"LIMIT", "OFFSET", "VALUES"} & set(tail):
        return text
    return f"{text.rstrip()}\nLIMIT {limit}\n"


_RESULTS_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_RDF_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def _parse_answer(body: bytes, content_type: str, endpoint: str) -> object:
    """pyoxigraph results (or a list of triples) from an endpoint's response, by its Content-Type."""
    mime = content_type.split(";")[0].strip().lower()
    try:
        if mime in _RDF_TYPES:
            return [quad.triple for quad in ox.parse(body, format=_RDF_TYPES[mime])]
        return ox.parse_query_results(body, format=_RESULTS_TYPES.get(mime, ox.QueryResultsFormat.JSON))
    except (SyntaxError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(
            f"{endpoint}: the answer is not SPARQL results ({mime or 'no Content-Type'}: {first[:150]})"
        ) from None


def query_endpoint(
    endpoint: str,
    spec: str,
    params: Mapping[str, str] | None = None,
    lang: str | None = None,
    *,
    limit: int | None = None,
    auth: Auth | None = None,
    tries: int = 3,
) -> QueryResult:
    """Run the shipped query name, .rq file or SPARQL text ``spec`` on a remote SPARQL endpoint.

    SPARQL 1.1 Protocol: a form POST of the query operation (which never
    runs an update; updates are refused before sending anyway). Parameters
    are bound as on the embedded store — labels looked up on the endpoint,
    values inlined as RDF terms by :func:`inline_bindings` — and ``limit``
    is pushed into a SELECT as ``LIMIT limit+1``, so a page costs a page.
    ``auth`` authenticates (basic, digest or bearer; see :class:`kg.store.Auth`).
    The shipped queries expect claims in the default graph (or a store that
    queries the union of its graphs: Oxigraph's ``--union-default-graph``).
    """
    from kg.store import redact, sparql_query

    name, text = resolve_query(spec)
    _check_text(text)
    if _UPDATE_WORDS.match(_strip_comments(text)):
        raise QueryError("refused: this is a SPARQL update (INSERT/DELETE/DROP/CLEAR/LOAD ...); kg query is read-only")
    shown = redact(endpoint)

    def ask(query: str) -> object:
        body, ctype = sparql_query(endpoint, query, tries=tries, auth=auth)
        return _parse_answer(body, ctype, shown)

    def select(query: str, subs: Mapping[ox.Variable, Term]) -> Iterable[ox.QuerySolution]:
        answer = ask(inline_bindings(query, subs))
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError(f"{shown}: a look-up got no SELECT results back")
        return answer

    try:
        subs, notes = bind_params(select, _with_lang(params, lang))
        sent = inline_bindings(text, subs)
        result = _read(ask(_with_limit(sent, limit + 1) if limit else sent), notes, limit)
    except QueryError as exc:
        if name == "query":
            raise
        raise QueryError(f"{name}: {exc}") from None
    return _noted(result, limit)


def parse_sparql_json(payload: bytes) -> QueryResult:
    """A QueryResult from a SPARQL 1.1 JSON results document (what an HTTP endpoint returns)."""
    try:
        answer = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"not SPARQL JSON results: {exc}") from exc
    return _collect(answer)


# ---- output ------------------------------------------------------------------


def _short(term: Term | None) -> str:
    """Display form: prefixed IRIs (cmid:state/us), literal values without tags, "" when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for prefix, ns in sorted(PREFIX_IRIS.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
                return f"{prefix}:{iri[len(str(ns)) :]}"
        return f"<{iri}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _cell(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV, or SPARQL 1.1 JSON results."""
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if result.triples is not None:
        return "\n".join(f"{t} ." for t in result.triples)
    if fmt == "json":
        return json.dumps(
            {
                "head": {"vars": result.variables},
                "results": {"bindings": [_json_row(row) for row in result.rows]},
            },
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_csv_value(row.get(v)) for v in result.variables])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (table, csv or json)")
    header = result.variables
    cells = [[_cell(_short(row.get(v))) for v in header] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        padded = (v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))
        return "  ".join(padded).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    more = ", more not shown" if result.truncated else ""
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''}{more})")
    return "\n".join(out)


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _json_row(row: Mapping[str, Term | None]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for var, term in row.items():
        if term is None:
            continue
        if isinstance(term, ox.NamedNode):
            out[var] = {"type": "uri", "value": term.value}
        elif isinstance(term, ox.BlankNode):
            out[var] = {"type": "bnode", "value": term.value}
        elif isinstance(term, ox.Literal):
            item = {"type": "literal", "value": term.value}
            if term.language:
                item["xml:lang"] = term.language
            elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                item["datatype"] = term.datatype.value
            out[var] = item
        else:
            out[var] = {"type": "triple", "value": str(term)}
    return out
