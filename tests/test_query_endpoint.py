"""`kg query --endpoint URL`: shipped queries on a remote store (SPARQL 1.1 Protocol), same rows as embedded.

A real Oxigraph server on 127.0.0.1 holds the committed seed graph; every
shipped query must print the same text through the endpoint as on the local
graph. Basic and bearer authentication against a small HTTP endpoint here
(digest: tests/test_virtuoso.py, against a real Virtuoso); the secret never
appears in any output.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import STORE_SECRET as SECRET
from conftest import STORE_TOKEN as TOKEN
from conftest import http_server, refused
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.query import _with_limit, inline_bindings, list_queries, open_store, resolve_query
from kg.store import Server, load, running_server

TTL = Path(__file__).resolve().parent.parent / "output" / "graph.ttl"
CLEAN = {"CHOUMA_PASSWORD": None, "CHOUMA_TOKEN": None, "CHOUMA_USER": None}


def _kg(args: list[str], **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, env={**CLEAN, **env})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def oxigraph() -> Iterator[Server]:
    with running_server() as server:
        load(TTL, server.store_url)
        yield server


@pytest.mark.server
@pytest.mark.parametrize("name", [name for name, _ in list_queries()])
def test_every_shipped_query_prints_the_same_through_the_endpoint(oxigraph: Server, name: str) -> None:
    for extra in (["-f", "csv", "--limit", "0"], ["--lang", "en"], ["-f", "json", "--lang", "zh-Hant", "-n", "3"]):
        if "--lang" in extra and "?lang" not in resolve_query(name)[1]:
            continue
        local = _kg(["query", name, "-g", str(TTL), "--no-store", *extra])
        remote = _kg(["query", name, "--endpoint", oxigraph.query_url, *extra])
        assert local[0] == 0, local
        assert remote == local, (name, extra)


@pytest.mark.server
@pytest.mark.parametrize(
    "params",
    [
        ["--param", "actor=中國", "--lang", "en"],  # a label, looked up on the endpoint
        ["--param", "actor=cmid:state/china"],
        ["--param", "issue=稀土"],
    ],
)
def test_parameters_are_bound_on_the_endpoint_as_on_the_store(oxigraph: Server, params: list[str]) -> None:
    for name in ("neighbourhood", "timeline", "leverage-between"):
        if params[1].startswith("issue") and name != "timeline":
            continue
        local = _kg(["query", name, "-g", str(TTL), "--no-store", "-f", "csv", *params])
        remote = _kg(["query", name, "-e", oxigraph.query_url, "-f", "csv", *params])
        if name == "timeline" and "--lang" in params:  # it has no ?lang: refused the same way
            assert local[0] == 2 and "'lang' is not a variable" in local[2]
        else:
            assert local[0] == 0 and len(local[1].splitlines()) > 1, local
        assert remote == local, (name, params)


@pytest.mark.server
def test_a_page_and_other_query_forms(oxigraph: Server) -> None:
    code, out, err = _kg(["query", "leverage", "-e", oxigraph.query_url, "-n", "2", "-f", "csv"])
    assert code == 0 and len(out.splitlines()) == 3
    assert err.strip() == "note: showing the first 2 rows (--limit 0 shows all)"
    code, out, _ = _kg(["query", "ASK { ?c a <https://w3id.org/chouma/ontology#Leverage> }", "-e", oxigraph.query_url])
    assert (code, out.strip()) == (0, "true")
    construct = "CONSTRUCT { ?c a ?t } WHERE { ?c a ?t FILTER(?t = <https://w3id.org/chouma/ontology#Threat>) }"
    remote = _kg(["query", construct, "-e", oxigraph.query_url])
    assert remote == _kg(["query", construct, "-g", str(TTL), "--no-store"]) and remote[1].count(" .\n") >= 3


@pytest.mark.server
def test_endpoint_errors_are_one_line(oxigraph: Server) -> None:
    code, out, err = _kg(["query", "SELECT ?s WHERE { ?s ?p }", "-e", oxigraph.query_url])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith(f"Error: {oxigraph.query_url}: HTTP 400")
    code, _, err = _kg(["query", "leverage", "-e", oxigraph.base + "/nowhere"])
    assert code == 2 and "HTTP 404" in err and len(err.strip().splitlines()) == 1
    code, _, err = _kg(["query", "DELETE WHERE { ?s ?p ?o }", "-e", oxigraph.query_url])
    assert code == 2 and "refused" in err
    assert len(open_store(TTL)) > 0  # nothing was sent that could change the remote store either
    count = _kg(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-e", oxigraph.query_url, "-f", "csv"])
    assert count[1].splitlines()[1] == str(len(open_store(TTL)))


def test_an_unreachable_endpoint_and_bad_options() -> None:
    code, _, err = _kg(["query", "leverage", "-e", "http://127.0.0.1:1/query"])
    assert code == 2 and err.startswith("Error: http://127.0.0.1:1/query: ") and len(err.strip().splitlines()) == 1
    code, _, err = _kg(["query", "leverage", "-e", "ftp://example.org/sparql"])
    assert code == 2 and "not an http(s) URL" in err
    code, _, err = _kg(["query", "leverage", "-e", "http://dba:hunter2@127.0.0.1:1/query"])
    assert code == 2 and "hunter2" not in err and "credentials in the URL are refused" in err
    code, _, err = _kg(["query", "leverage", "-e", "http://127.0.0.1:1/query", "-g", str(TTL)])
    assert code == 2 and "drop them with --endpoint" in err
    code, _, err = _kg(["query", "leverage", "--auth", "basic", "--user", "dba"])
    assert code == 2 and "--auth is for --endpoint" in err


# ---- authentication, and what an endpoint may send back ----------------------------------------

ANSWER = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}


class _Endpoint(BaseHTTPRequestHandler):
    """A query endpoint wanting basic (dba / SECRET) or a bearer TOKEN; /html answers a web page."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
        if refused(self, "sparql"):
            return
        given = self.headers.get("Authorization", "")
        self.server.received.append((given.split()[0], urllib.parse.parse_qs(body)["query"][0]))  # type: ignore[attr-defined]
        html = self.path == "/html"
        payload = b"<html><body>Welcome</body></html>" if html else json.dumps(ANSWER).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html" if html else "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture()
def endpoint() -> Iterator[ThreadingHTTPServer]:
    with http_server(_Endpoint) as server:
        yield server


def _url(server: ThreadingHTTPServer, path: str = "/sparql") -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_basic_and_bearer_with_the_secret_from_the_environment(endpoint: ThreadingHTTPServer) -> None:
    q = "SELECT ?x WHERE { ?x ?p ?o }"
    code, out, err = _kg(["query", q, "-e", _url(endpoint), "--auth", "basic", "--user", "dba"], CHOUMA_PASSWORD=SECRET)
    assert (code, out.splitlines()[-1]) == (0, "(1 row)"), err
    code, out, err = _kg(
        ["query", q, "-e", _url(endpoint), "--auth", "bearer", "--secret-env", "MY_TOKEN", "-f", "csv"], MY_TOKEN=TOKEN
    )
    assert (code, out) == (0, "x\nok\n"), err
    assert [kind for kind, _ in endpoint.received] == ["Basic", "Bearer"]  # type: ignore[attr-defined]
    assert endpoint.received[0][1] == q + "\nLIMIT 101\n"  # type: ignore[attr-defined]  # a page is asked for


def test_a_wrong_password_is_one_line_without_the_password(endpoint: ThreadingHTTPServer) -> None:
    wrong = "wrong-" + SECRET
    code, out, err = _kg(
        ["-v", "query", "leverage", "-e", _url(endpoint), "--auth", "basic", "--user", "dba"], CHOUMA_PASSWORD=wrong
    )
    assert code == 2 and out == ""
    assert err.strip() == f"Error: {_url(endpoint)}: HTTP 401 Unauthorized: who are you?"
    assert "wrong-" not in err and base64.b64encode(f"dba:{wrong}".encode()).decode() not in err
    code, _, err = _kg(["query", "leverage", "-e", _url(endpoint), "--auth", "digest", "--user", "dba"])
    assert code == 2
    assert err.strip() == "Error: no secret for digest authentication: set CHOUMA_PASSWORD (or run in a terminal)"


def test_an_answer_that_is_not_sparql_results(endpoint: ThreadingHTTPServer) -> None:
    args = ["query", "SELECT * { ?s ?p ?o }", "-e", _url(endpoint, "/html"), "--auth", "bearer"]
    code, _, err = _kg(args, CHOUMA_TOKEN=TOKEN)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "the answer is not SPARQL results (text/html" in err and TOKEN not in err


# ---- binding parameters into the text sent --------------------------------------------------


def test_bindings_open_every_query_pattern_but_never_a_data_block_or_a_sub_select_brace() -> None:
    hostile = ox.Literal('"} } ; DROP ALL; # {')
    text = (
        'SELECT ?x ?lang WHERE { ?x ?p ?o . VALUES ?o { 1 2 } { SELECT ?x WHERE { ?x a ?t FILTER(?t != "}{#") } }\n'
        "  # a comment with { a brace\n  OPTIONAL { ?x <http://e/a> ?l FILTER(?l = ?lang) } }"
    )
    out = inline_bindings(text, {ox.Variable("lang"): hostile})
    block = ' VALUES (?lang) { ("\\"} } ; DROP ALL; # {") } '
    assert out.count(block) == 2  # the query's WHERE and the sub-select's (the OPTIONAL's filter sees it)
    assert "{ 1 2 }" in out and "{ SELECT" in out
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/a"), hostile))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode("http://e/T")))
    assert [str(r["lang"]) for r in store.query(out)] == [str(hostile)]  # parses; binds where substitution would


def test_bindings_need_a_pattern_and_limits_are_pushed_into_selects_only() -> None:
    lang = {ox.Variable("lang"): ox.Literal("en")}
    with pytest.raises(QueryError, match="long form"):
        inline_bindings("CONSTRUCT WHERE { ?s ?p ?lang }", lang)
    with pytest.raises(QueryError, match="no WHERE pattern"):
        inline_bindings("DESCRIBE ?lang", lang)
    with pytest.raises(QueryError, match="not a variable this query selects"):
        inline_bindings("SELECT ?s { ?s ?p ?o }", lang)
    assert inline_bindings("ASK { ?s ?p ?lang }", {}) == "ASK { ?s ?p ?lang }"
    ordered = "SELECT * { ?s ?p ?o } ORDER BY ?s # the end"
    assert _with_limit(ordered, 11) == ordered + "\nLIMIT 11\n"
    for unchanged in (
        "SELECT * { ?s ?p ?o } LIMIT 5",
        "SELECT * { ?s ?p ?o } OFFSET 5",
        "SELECT * { ?s ?p ?o } VALUES ?s { <http://e/s> }",
        "ASK { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ):
        assert _with_limit(unchanged, 11) == unchanged
    assert _with_limit("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 3 } }", 11).endswith("LIMIT 11\n")
