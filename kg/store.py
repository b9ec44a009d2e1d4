"""Triple stores over HTTP: run an Oxigraph server, push graphs with the Graph Store Protocol.

Why the SPARQL 1.1 Graph Store Protocol (GSP): every serious store speaks
it (Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB
``/repositories/ID/rdf-graphs/service``, Virtuoso ``/sparql-graph-crud``), so
``kg load`` works with any of them through plain HTTP (urllib, no new
dependency). The Oxigraph server binary comes from the PyPI package
``oxigraph`` (the ``server`` extra).
"""

from __future__ import annotations

import base64
import logging
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import EndpointError, InputError, MissingExtraError

log = logging.getLogger(__name__)

CONTENT_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
}
QUAD_SUFFIXES = (".trig", ".nq")


# ---- authentication ---------------------------------------------------------------

AUTH_SCHEMES = ("basic", "digest", "bearer")
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#]*@")  # with or without a scheme
_TOKEN68 = re.compile(r"^[A-Za-z0-9._~+/-]+=*$")


@dataclass(frozen=True)
class Auth:
    """Credentials for one store: ``scheme`` basic, digest or bearer.

    Why the secret is kept out of ``repr``: an Auth may end up in a log line or
    a ``--debug`` traceback; the secret must never be printed anywhere.
    """

    scheme: str
    user: str | None = None
    secret: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.scheme not in AUTH_SCHEMES:
            raise EndpointError(f"unknown authentication {self.scheme!r} (basic, digest or bearer)")
        if self.scheme != "bearer":
            if not self.user:
                raise EndpointError(f"{self.scheme} authentication needs a user name (--user)")
            if ":" in self.user or any(not c.isprintable() for c in self.user):
                raise EndpointError("the user name may not hold ':' or control characters")
        if not self.secret:
            raise EndpointError("the password or token is empty")
        if any(not c.isprintable() for c in self.secret):
            # a value with a newline would be refused by http.client with a message quoting it
            raise EndpointError("the password or token holds a control character (a stray newline?)")
        if self.scheme == "bearer" and not _TOKEN68.match(self.secret):
            raise EndpointError("the bearer token holds characters a token cannot have (RFC 6750)")

    def header(self) -> str | None:
        """The ``Authorization`` header sent with the first request (None for digest: it answers a challenge)."""
        if self.scheme == "basic":
            pair = f"{self.user}:{self.secret}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        if self.scheme == "bearer":
            return f"Bearer {self.secret}"
        return None


def redact(url: str) -> str:
    """``url`` with any ``user:password@`` part replaced by ``***@`` (for messages and logs)."""
    return _USERINFO.sub(r"\1***@", url)


def _refuse_userinfo(url: str) -> None:
    """Credentials written into a URL land in shell history and logs: refuse them, without echoing."""
    if _USERINFO.match(url):
        raise EndpointError(
            f"{redact(url)}: credentials in the URL are refused (they end up in shell history and logs); "
            "use --auth and --user, with the secret in CHOUMA_PASSWORD or CHOUMA_TOKEN"
        )


# ---- Graph Store Protocol ------------------------------------------------------


def checked_url(endpoint: str) -> str:
    """``endpoint`` as an http(s) URL http.client can send (non-ASCII percent-encoded); EndpointError if not one.

    Credentials written into it are refused without being echoed.
    """
    _refuse_userinfo(endpoint)
    try:
        endpoint.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes on the command line
        raise EndpointError(f"{endpoint!r}: not valid UTF-8 text") from None
    # http.client sends ASCII only: percent-encode any other character of the URL
    endpoint = urllib.parse.quote(endpoint, safe=":/?#[]@!$&'()*+,;=%~")
    try:
        parts = urllib.parse.urlsplit(endpoint)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError as exc:  # e.g. "Invalid IPv6 URL"
        raise EndpointError(f"{endpoint}: not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{endpoint}: not an http(s) URL")
    return endpoint


def gsp_url(endpoint: str, graph_iri: str | None = None, quads: bool = False) -> str:
    """The GSP request URL: ``?default`` or ``?graph=IRI`` added unless the URL already names one.

    Quad files (TriG, N-Quads) go to the bare endpoint (the whole dataset),
    since their graph names are in the file.
    """
    try:
        (graph_iri or "").encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes on the command line
        raise EndpointError(f"{graph_iri!r}: not valid UTF-8 text") from None
    endpoint = checked_url(endpoint)
    parts = urllib.parse.urlsplit(endpoint)
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    if "graph" in query or "default" in query:
        if graph_iri:
            raise EndpointError(f"{endpoint}: the URL already names a graph; drop --graph-iri")
        return endpoint
    if quads:
        if graph_iri:
            raise EndpointError("a TriG/N-Quads file names its own graphs; drop --graph-iri")
        return endpoint
    extra = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    query_str = f"{parts.query}&{extra}" if parts.query else extra
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query_str, ""))


def _request(
    url: str,
    method: str,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    tries: int = 3,
    backoff: float = 0.5,
    timeout: float = 60.0,
    auth: Auth | None = None,
) -> tuple[bytes, str]:
    """One HTTP request with bounded retries (connection errors, 5xx); the response body and Content-Type.

    EndpointError after the last try. With ``auth``, basic and bearer
    credentials go in an ``Authorization`` header that is not repeated on a
    redirect (another host never sees it); digest answers the server's
    challenge. Messages name the URL, never the secret.
    """
    _refuse_userinfo(url)
    opener = _opener(url, auth)
    last = "no attempt made"
    for attempt in range(max(1, tries)):
        if attempt:
            time.sleep(backoff * (2 ** (attempt - 1)))
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        value = auth.header() if auth is not None else None
        if value is not None:
            req.add_unredirected_header("Authorization", value)
        try:
            with opener.open(req, timeout=timeout) as resp:
                return bytes(resp.read()), str(resp.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()
            detail = f"HTTP {exc.code} {exc.reason}" + (f": {body[0][:200]}" if body else "")
            if exc.code < 500:
                raise EndpointError(f"{url}: {detail}") from None
            last = detail
        except urllib.error.URLError as exc:
            last = str(exc.reason)
        except (TimeoutError, ConnectionError, OSError) as exc:
            last = str(exc) or type(exc).__name__
        log.info("%s %s failed (%s), attempt %d of %d", method, url, last, attempt + 1, tries)
    raise EndpointError(f"{url}: {last} (after {tries} tries)")


def _opener(url: str, auth: Auth | None) -> urllib.request.OpenerDirector:
    """urllib's opener, with a digest handler holding the credentials when digest is asked for."""
    if auth is None or auth.scheme != "digest":
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    parts = urllib.parse.urlsplit(url)
    passwords.add_password(None, f"{parts.scheme}://{parts.netloc}/", auth.user or "", auth.secret)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))


def load(
    graph: Path | str,
    endpoint: str,
    graph_iri: str | None = None,
    replace: bool = False,
    tries: int = 3,
    backoff: float = 0.5,
    auth: Auth | None = None,
) -> str:
    """Push an RDF file into a store through the Graph Store Protocol; return the URL used.

    POST adds the triples to the target graph; ``replace=True`` uses PUT,
    which replaces the graph's content; for TriG/N-Quads each graph of the
    file is replaced on its own (see :func:`replace_graphs`). ``auth``
    authenticates (basic, digest or bearer).
    """
    path = Path(graph)
    suffix = path.suffix.lower()
    ctype = CONTENT_TYPES.get(suffix)
    if ctype is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .nt, .trig, .nq or .jsonld)")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (build it with: kg build)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if replace and suffix in QUAD_SUFFIXES and graph_iri is None:
        return replace_graphs(path, endpoint, tries, backoff, auth=auth)
    url = gsp_url(endpoint, graph_iri, quads=suffix in QUAD_SUFFIXES)
    method = "PUT" if replace else "POST"
    _request(url, method, data, {"Content-Type": f"{ctype}; charset=utf-8"}, tries, backoff, auth=auth)
    return url


def replace_graphs(
    path: Path, endpoint: str, tries: int = 3, backoff: float = 0.5, auth: Auth | None = None
) -> str:
    """PUT every graph of a TriG/N-Quads file on its own (``?default``, ``?graph=IRI``); a summary of what was done.

    Why per graph: ``graph.trig`` holds one named graph per document, so
    loading a corpus again after one article changed replaces exactly that
    article's claims (and the shared default graph) and duplicates nothing,
    while graphs the file does not name (other corpora, other articles) stay
    as they are. A PUT of the whole file to the bare endpoint would instead
    replace the entire dataset, which some stores refuse.
    """
    import pyoxigraph as ox

    parts = urllib.parse.urlsplit(endpoint)
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    if "graph" in query or "default" in query:
        raise EndpointError(f"{endpoint}: a TriG/N-Quads file names its own graphs; give the bare Graph Store URL")
    fmt = ox.RdfFormat.TRIG if path.suffix.lower() == ".trig" else ox.RdfFormat.N_QUADS
    graphs: dict[str, list[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name.value)
            graphs.setdefault(name, []).append(quad.triple)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0] if str(exc) else exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    for name in sorted(graphs):
        body = ox.serialize(graphs[name], format=ox.RdfFormat.N_TRIPLES)
        _request(gsp_url(endpoint, name or None), "PUT", body, headers, tries, backoff, auth=auth)
    named = sum(1 for name in graphs if name)
    default = " and the default graph" if "" in graphs else ""
    return f"{endpoint} ({named} named graph{'s' if named != 1 else ''}{default}, each replaced)"


def sparql_select(
    endpoint: str, query: str, tries: int = 3, backoff: float = 0.5, auth: Auth | None = None
) -> bytes:
    """POST a SPARQL query to an endpoint (``.../query``); the SPARQL JSON results as bytes."""
    return sparql_query(endpoint, query, tries, backoff, auth, accept="application/sparql-results+json")[0]


# what a query's answer may come back as: SPARQL results for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE
QUERY_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.8, "
    "text/tab-separated-values;q=0.7, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/rdf+xml;q=0.5"
)


def sparql_query(
    endpoint: str,
    query: str,
    tries: int = 3,
    backoff: float = 0.5,
    auth: Auth | None = None,
    accept: str = QUERY_ACCEPT,
    timeout: float = 300.0,
) -> tuple[bytes, str]:
    """POST ``query`` to a SPARQL 1.1 Protocol endpoint; (response body, its Content-Type).

    Why POST with a form body: a long query (the shipped ones are 2-4 KB)
    can exceed URL limits with GET, and every store accepts the form POST of
    the protocol's query operation, which never runs an update.
    """
    url = checked_url(endpoint)
    data = urllib.parse.urlencode({"query": query}).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
    return _request(url, "POST", data, headers, tries, backoff, timeout, auth=auth)


# ---- the Oxigraph server ----------------------------------------------------------


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary (PyPI ``oxigraph``); MissingExtraError when absent."""
    found = shutil.which("oxigraph")
    if found:
        return found
    for scheme_dir in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(scheme_dir) / ("oxigraph.exe" if sys.platform == "win32" else "oxigraph")
        if candidate.is_file():
            return str(candidate)
    raise MissingExtraError("the Oxigraph server is not installed: pip install -e .[server]")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (bind to port 0 and read it back)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running Oxigraph server process and its URLs."""

    process: subprocess.Popen
    port: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        """SPARQL query endpoint."""
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        """Graph Store Protocol endpoint."""
        return f"{self.base}/store"

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the server (kill it if it does not stop within ``timeout`` seconds)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout)


def start_server(
    port: int = 7878,
    location: Path | None = None,
    union_default_graph: bool = False,
    wait: float = 15.0,
) -> Server:
    """Start ``oxigraph serve`` on 127.0.0.1:PORT and wait until it answers.

    Without ``location`` the store lives in memory and is gone when the
    server stops. ``union_default_graph`` makes queries see the named graphs
    (needed for a loaded TriG file's per-document graphs).
    """
    binary = find_oxigraph()
    cmd = [binary, "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        Path(location).mkdir(parents=True, exist_ok=True)
        cmd += ["--location", str(location)]
    if union_default_graph:
        cmd.append("--union-default-graph")
    # a file, not a pipe: a chatty server must never block on a full pipe
    errlog = tempfile.TemporaryFile()  # noqa: SIM115 (kept open for the process lifetime)
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errlog)
    except OSError as exc:
        raise EndpointError(f"cannot start {binary}: {exc}") from exc
    server = Server(proc, port)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            errlog.seek(0)
            err = errlog.read().decode("utf-8", "replace").strip()
            first = err.splitlines()[-1] if err else f"exit code {proc.returncode}"
            raise EndpointError(f"oxigraph serve on 127.0.0.1:{port} stopped: {first}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise EndpointError(f"oxigraph serve on 127.0.0.1:{port} did not answer within {wait:.0f}s")


@contextmanager
def running_server(
    port: int | None = None, location: Path | None = None, union_default_graph: bool = False
) -> Iterator[Server]:
    """A server for the duration of a ``with`` block (a free port when ``port`` is None)."""
    server = start_server(port or free_port(), location, union_default_graph)
    try:
        yield server
    finally:
        server.stop()


def serve(
    graph: Path | str | None,
    port: int = 7878,
    location: Path | None = None,
    union_default_graph: bool = False,
    announce: object = print,
) -> int:
    """Start the server, load ``graph`` (replacing the default graph), block until Ctrl-C.

    Returns the server's exit code. ``announce`` receives the lines to show
    the user (the SPARQL endpoint URL first).
    """
    if graph is not None and not Path(graph).is_file():
        raise InputError(f"{graph}: no such file (build it with: kg build)")
    server = start_server(port, location, union_default_graph)
    try:
        if graph is not None:
            load(graph, server.store_url, replace=True)
        say = announce if callable(announce) else print
        say(f"SPARQL endpoint: {server.query_url}")
        say(f"Graph Store Protocol: {server.store_url}   updates: {server.base}/update")
        say("Press Ctrl-C to stop.")
        return server.process.wait()
    finally:
        server.stop()
