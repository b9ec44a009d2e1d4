"""`kg load` into a real Virtuoso 7.2 (Debian `virtuoso-opensource`) with HTTP digest authentication.

Why Virtuoso: a production store whose Graph Store endpoint
``/sparql-graph-crud-auth`` takes writes with digest authentication only
(basic gets 401). The server runs on loopback ports with its database in a
temporary folder, the way the issue describes; its ``dba`` password is set to
a fresh random secret first, which must never appear in any output.
"""

from __future__ import annotations

import re
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EndpointError
from kg.query import open_store, parse_sparql_json, resolve_query, run_query
from kg.store import Auth, free_port, load, sparql_select

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
GRAPH_IRI = "https://w3id.org/chouma/graph"
TTL = Path(__file__).resolve().parent.parent / "output" / "graph.ttl"

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        not (shutil.which("virtuoso-t") and shutil.which("isql-vt") and INI.is_file()),
        reason="Virtuoso is not installed (apt-get install virtuoso-opensource; .ci/run does)",
    ),
]


@dataclass
class Virtuoso:
    sql_port: int
    http_port: int
    password: str

    @property
    def crud_auth(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def isql(self, password: str, statement: str) -> None:
        subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", password, f"exec={statement}"],
            check=True,
            capture_output=True,
            timeout=60,
        )


def _config(folder: Path, sql_port: int, http_port: int) -> Path:
    """Debian's virtuoso.ini with its database in ``folder`` and both servers on 127.0.0.1.

    Besides the two DatabaseFile entries, the log, lock and transaction files
    move too, so two test runs (or a system Virtuoso) never share a lock.
    """
    lines, section = [], ""
    for line in INI.read_text(encoding="utf-8").splitlines():
        header = re.match(r"^\[(\w+)\]", line)
        if header:
            section = header.group(1)
        key = line.split("=", 1)[0].strip()
        if section in ("Database", "TempDatabase") and "=" in line and line.split("=", 1)[1].strip().startswith("/"):
            line = f"{key} = {folder / Path(line.split('=', 1)[1].strip()).name}"
        elif key == "ServerPort" and not line.lstrip().startswith(";"):
            line = f"ServerPort = 127.0.0.1:{sql_port if section == 'Parameters' else http_port}"
        elif key == "DirsAllowed":
            line = f"{line}, {folder}"
        lines.append(line)
    path = folder / "virtuoso.ini"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = _config(folder, sql_port, http_port)
    log = (folder / "console.log").open("wb")
    proc = subprocess.Popen(
        ["virtuoso-t", "+configfile", str(ini), "+foreground"], cwd=folder, stdout=log, stderr=subprocess.STDOUT
    )
    server = Virtuoso(sql_port, http_port, "dba")  # a new database's dba password
    try:
        deadline = time.monotonic() + 120
        while b"Server online" not in (folder / "console.log").read_bytes():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Virtuoso did not start:\n" + (folder / "console.log").read_text("utf-8", "replace"))
            time.sleep(0.2)
        fresh = "pw" + secrets.token_hex(8)  # letters and digits: set password takes a bare word
        server.isql("dba", f"set password dba {fresh};")
        server.password = fresh
        yield server
    finally:
        if proc.poll() is None:
            try:
                server.isql(server.password, "shutdown;")
                proc.wait(timeout=60)
            except (subprocess.SubprocessError, OSError):
                proc.kill()
                proc.wait(timeout=30)
        log.close()


def test_kg_load_with_digest_then_a_shipped_query_gives_the_embedded_rows(
    virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHOUMA_PASSWORD", virtuoso.password)
    result = CliRunner().invoke(
        app,
        ["load", str(TTL), "-e", virtuoso.crud_auth, "--graph-iri", GRAPH_IRI, "--auth", "digest", "--user", "dba"],
    )
    assert result.exit_code == 0, result.output
    assert virtuoso.password not in result.output

    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_IRI}> {{ ?s ?p ?o }} }}"
    (row,) = parse_sparql_json(sparql_select(virtuoso.sparql, count)).rows
    assert int(row["n"].value) == len(open_store(TTL))  # type: ignore[union-attr]

    local = open_store(TTL)
    for name in ("leverage", "threats"):
        _name, text = resolve_query(name)
        remote = parse_sparql_json(sparql_select(virtuoso.sparql, text))
        embedded = run_query(local, text)
        assert embedded.rows and sorted(remote.keys()) == sorted(embedded.keys()), name


def test_basic_is_refused_and_a_wrong_password_is_not_printed(virtuoso: Virtuoso) -> None:
    with pytest.raises(EndpointError, match="HTTP 401") as basic:
        load(TTL, virtuoso.crud_auth, graph_iri=GRAPH_IRI, auth=Auth("basic", "dba", virtuoso.password), tries=1)
    assert virtuoso.password not in str(basic.value)
    wrong = "wrong-" + virtuoso.password
    with pytest.raises(EndpointError, match="HTTP 401") as digest:
        load(TTL, virtuoso.crud_auth, graph_iri=GRAPH_IRI, auth=Auth("digest", "dba", wrong), tries=1)
    assert virtuoso.password not in str(digest.value)


def test_kg_query_through_the_digest_endpoint_gives_the_embedded_rows(
    virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kg query NAME --endpoint …/sparql-auth --auth digest`: same text as on the local graph."""
    load(TTL, virtuoso.crud_auth, graph_iri=GRAPH_IRI, auth=Auth("digest", "dba", virtuoso.password))
    monkeypatch.setenv("CHOUMA_PASSWORD", virtuoso.password)
    auth_url = f"http://127.0.0.1:{virtuoso.http_port}/sparql-auth"
    for args in (["leverage", "--lang", "en"], ["threats"], ["neighbourhood", "--param", "actor=中國", "-n", "5"]):
        local = CliRunner().invoke(app, ["query", *args, "-g", str(TTL), "--no-store", "-f", "csv"])
        remote = CliRunner().invoke(
            app, ["query", *args, "-e", auth_url, "--auth", "digest", "--user", "dba", "-f", "csv"]
        )
        assert local.exit_code == 0 and len(local.stdout.splitlines()) > 1, local.output
        assert (remote.exit_code, remote.stdout) == (0, local.stdout), remote.output
        assert virtuoso.password not in remote.output
    wrong = CliRunner().invoke(
        app,
        ["query", "leverage", "-e", auth_url, "--auth", "digest", "--user", "dba"],
        env={"CHOUMA_PASSWORD": "wrong-" + virtuoso.password},
    )
    assert wrong.exit_code == 2 and "HTTP 401" in wrong.output and virtuoso.password not in wrong.output
