"""`kg load` into a store that asks who you are: basic and bearer against a real HTTP server on 127.0.0.1.

The secret comes from an environment variable or a hidden prompt, never from
the command line, and no message prints it. (Digest: tests/test_virtuoso.py,
against a real Virtuoso.)
"""

from __future__ import annotations

import base64
import os
import pty
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import STORE_SECRET as SECRET
from conftest import STORE_TOKEN as TOKEN
from conftest import http_server, refused
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EndpointError
from kg.store import Auth, load, redact

TTL = Path(__file__).resolve().parent.parent / "output" / "graph.ttl"


class _Store(BaseHTTPRequestHandler):
    """A Graph Store endpoint wanting basic (dba / SECRET) or a bearer TOKEN; it remembers what came."""

    received: list[tuple[str, str, int]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if refused(self, "store"):
            return
        given = self.headers.get("Authorization", "")
        self.server.received.append((self.path, given.split()[0], len(body)))  # type: ignore[attr-defined]
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture()
def store() -> Iterator[ThreadingHTTPServer]:
    with http_server(_Store) as server:
        yield server


def _url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/store"


def _invoke(args: list[str], **env: str) -> tuple[int, str]:
    clean = {"CHOUMA_PASSWORD": None, "CHOUMA_TOKEN": None, "CHOUMA_USER": None}
    result = CliRunner().invoke(app, args, env={**clean, **env})
    return result.exit_code, result.output


def test_basic_with_the_password_from_the_environment(store: ThreadingHTTPServer) -> None:
    code, out = _invoke(
        ["load", str(TTL), "-e", _url(store), "--auth", "basic", "--user", "dba"], CHOUMA_PASSWORD=SECRET
    )
    assert code == 0, out
    assert store.received == [("/store?default", "Basic", TTL.stat().st_size)]  # type: ignore[attr-defined]
    assert SECRET not in out


def test_bearer_token_from_a_named_variable(store: ThreadingHTTPServer) -> None:
    code, out = _invoke(
        ["load", str(TTL), "-e", _url(store), "--auth", "bearer", "--secret-env", "MY_STORE_TOKEN"],
        MY_STORE_TOKEN=TOKEN,
    )
    assert code == 0, out
    assert [r[1] for r in store.received] == ["Bearer"]  # type: ignore[attr-defined]
    assert TOKEN not in out


def test_a_wrong_password_is_reported_without_the_password(store: ThreadingHTTPServer) -> None:
    wrong = "wrong-" + SECRET
    code, out = _invoke(
        ["-v", "load", str(TTL), "-e", _url(store), "--auth", "basic", "--user", "dba"], CHOUMA_PASSWORD=wrong
    )
    assert code == 2
    assert out.strip().splitlines()[-1] == f"Error: {_url(store)}?default: HTTP 401 Unauthorized: who are you?"
    assert "wrong-" not in out and base64.b64encode(f"dba:{wrong}".encode()).decode() not in out


def test_no_authentication_gets_401(store: ThreadingHTTPServer) -> None:
    with pytest.raises(EndpointError, match="HTTP 401"):
        load(TTL, _url(store))


@pytest.mark.parametrize(
    "url", ["http://dba:hunter2@127.0.0.1:1/store", "dba:hunter2@127.0.0.1:1/store", "https://:hunter2@h/x"]
)
def test_credentials_in_the_url_are_refused_without_echoing_them(url: str) -> None:
    code, out = _invoke(["load", str(TTL), "-e", url])
    assert code == 2
    assert "hunter2" not in out and "dba" not in out
    assert "credentials in the URL are refused" in out and "***@" in out


def test_without_a_secret_and_without_a_terminal_the_variable_is_named() -> None:
    code, out = _invoke(["load", str(TTL), "-e", "http://127.0.0.1:1/store", "--auth", "digest", "--user", "dba"])
    assert code == 2
    assert out.strip() == "Error: no secret for digest authentication: set CHOUMA_PASSWORD (or run in a terminal)"


@pytest.mark.parametrize(
    ("auth", "message"),
    [
        (("basic", None, SECRET), "needs a user name"),
        (("basic", "a:b", SECRET), "may not hold ':'"),
        (("basic", "dba", "line\nbreak"), "control character"),
        (("bearer", None, "tok en"), "RFC 6750"),
        (("kerberos", "dba", SECRET), "unknown authentication"),
    ],
)
def test_bad_credentials_are_refused_before_any_request(auth: tuple[str, str | None, str], message: str) -> None:
    with pytest.raises(EndpointError, match=message) as info:
        Auth(*auth)
    assert auth[2] not in str(info.value)


def test_repr_and_redact_never_show_the_secret() -> None:
    assert SECRET not in repr(Auth("digest", "dba", SECRET))
    assert redact("http://dba:pw@h:1/x?graph=a@b") == "http://***@h:1/x?graph=a@b"
    assert redact("http://h:1/x?graph=a@b") == "http://h:1/x?graph=a@b"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_the_password_is_asked_for_on_a_terminal_and_not_echoed(store: ThreadingHTTPServer) -> None:
    """No variable set, a terminal: a hidden prompt asks; the typed password never shows."""
    kg = str(Path(sys.executable).parent / "kg")
    env = {k: v for k, v in os.environ.items() if k not in ("CHOUMA_PASSWORD", "CHOUMA_USER")}
    pid, fd = pty.fork()
    if pid == 0:  # the child: kg load on the pseudo-terminal
        os.execve(kg, [kg, "load", str(TTL), "-e", _url(store), "--auth", "basic", "--user", "dba"], env)
    seen = b""

    def read_until(marker: bytes, timeout: float = 60.0) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while marker not in seen and time.monotonic() < deadline:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk

    read_until(b"password of dba at ")
    os.write(fd, SECRET.encode() + b"\n")
    read_until(b"loaded ")
    read_until(b"\n", timeout=5)
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    text = seen.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert SECRET not in text
    assert [r[1] for r in store.received] == ["Basic"]  # type: ignore[attr-defined]
