"""Bad input through the real CLI: one line naming the file and cause, non-zero exit, no traceback.

Every case runs ``kg`` in process (``typer.testing.CliRunner``) on files written
here; ``--debug`` must surface the library exception instead of the one-liner.
"""

from __future__ import annotations

import http.server
import json
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ChoumaError, InputError
from kg.ingest import MAX_FILE_BYTES

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
# not UTF-8 (0xff), not UTF-16 (odd length, no NUL), not Big5/GB18030 (0x80 / 0xff lead bytes)
UNDECODABLE = b"tariffs \xff\xfe\xfd\x80\x81 rare earths \x80\xff\x80 soybeans\n"

# Sentences written for these tests (no article text is copied).
ZH = "美國商務部長周文遠表示：「我們不會在關稅問題上讓步。」中國的籌碼是稀土。"
EN = 'Commerce Secretary Alan Whitby said "we will not back down on tariffs."'
NO_ACTORS = "The weather was mild all week. Rain is expected on Sunday, and the harbour stays calm.\n"


def kg(*args: object) -> object:
    """Run ``kg ARGS`` in process and return click's Result."""
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=True)


def error_line(result: object, *parts: str) -> str:
    """Assert a clean failure (exit 2, one ``Error:`` line holding every part, no traceback)."""
    out = result.output  # type: ignore[attr-defined]
    assert result.exit_code == 2, (result.exit_code, out)  # type: ignore[attr-defined]
    assert isinstance(result.exception, SystemExit), result.exception  # type: ignore[attr-defined]
    assert "Traceback" not in out
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    for part in parts:
        assert part in lines[0], (part, lines[0])
    return lines[0]


# ---------------------------------------------------------------------------
# kg build: unreadable input


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n\r\n   \n", "file is empty"),
        ("blank.md", "\u3000 \n\n".encode(), "file is empty"),
        ("picture.txt", PNG, "binary data (PNG image)"),
        ("garbled.txt", UNDECODABLE, "not text in any supported encoding"),
        ("nul.txt", bytes(range(256)) * 4, "binary data"),
    ],
)
def test_unreadable_file_is_one_line_error(tmp_path: Path, name: str, data: bytes, cause: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out"
    r = kg("build", path, "-o", out)
    line = error_line(r, str(path), cause)
    assert line.startswith(f"Error: {path}: ")
    assert not out.exists() or not any(out.iterdir())


def test_undecodable_message_lists_encodings(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(UNDECODABLE)
    line = error_line(kg("build", path, "-o", tmp_path / "out"))
    for enc in ("utf-8", "utf-16", "big5", "gb18030"):
        assert enc in line


def test_debug_shows_the_exception(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    r = kg("--debug", "build", path, "-o", tmp_path / "out")
    assert r.exit_code != 0
    assert isinstance(r.exception, InputError)
    assert str(path) in str(r.exception)
    # and as a user sees it: a traceback on stderr
    p = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.cli import app; app()",
            "--debug",
            "build",
            str(path),
            "-o",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode != 0
    assert "Traceback" in p.stderr and "InputError" in p.stderr
    p = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.cli import app; app()",
            "build",
            str(path),
            "-o",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    assert p.stderr.strip() == f"Error: {path}: file is empty"


def test_hostile_file_name_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """Control characters of a file name are shown escaped: one line, no raw ESC."""
    path = tmp_path / "evil\x1b[2J\nname\u202e.txt"
    path.write_bytes(b"")
    r = kg("build", path, "-o", tmp_path / "out")
    line = error_line(r, "file is empty", "evil\\x1b[2J name\\u202e.txt")
    assert "\x1b" not in r.stderr and "\u202e" not in r.stderr
    ok = tmp_path / "ok.txt"
    ok.write_text(EN, encoding="utf-8")
    r = kg("build", "--skip-bad", path, ok, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    skipped = [ln for ln in r.stderr.splitlines() if ln.startswith("skipped: ")]
    assert len(skipped) == 1 and "evil\\x1b[2J\\nname\\u202e.txt: file is empty" in skipped[0]
    assert "\x1b" not in r.output
    assert line.endswith("file is empty")


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "article.txt"
    r = kg("build", missing, "-o", tmp_path / "out")
    assert error_line(r, str(missing), "no such file or directory") == f"Error: {missing}: no such file or directory"


def test_directory_without_readable_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "photo.png").write_bytes(PNG)
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04rest")
    (corpus / ".hidden.txt").write_text(ZH, encoding="utf-8")
    (corpus / "sub" / "data.bin").write_bytes(b"\x00\x01")
    error_line(kg("build", corpus, "-o", tmp_path / "out"), str(corpus), "no readable documents")


def test_unreadable_file_inside_directory_names_that_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ZH, encoding="utf-8")
    (corpus / "b.txt").write_bytes(PNG)
    error_line(kg("build", corpus, "-o", tmp_path / "out"), str(corpus / "b.txt"), "binary data")
    # --skip-bad builds from the readable one and says what it skipped
    r = kg("build", "--skip-bad", corpus, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert f"skipped: {corpus / 'b.txt'}: binary data" in r.stderr
    assert r.stdout.startswith("1 documents")


def test_file_over_size_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # 100 MB, sparse: costs no disk and no time
        fh.write(EN.encode() + b"\n")
        fh.seek(100 * 1024**2)
        fh.write(b"\nThe end.\n")
    assert big.stat().st_size > MAX_FILE_BYTES
    line = error_line(kg("build", big, "-o", tmp_path / "out"), str(big), str(MAX_FILE_BYTES), "limit")
    assert "MiB" in line


def test_large_jsonl_streams_with_bounded_memory(tmp_path: Path) -> None:
    """A 100 MB JSONL corpus is read line by line: peak memory stays far below the file size."""
    small = tmp_path / "small.jsonl"
    big = tmp_path / "big.jsonl"
    rec = json.dumps({"text": EN}) + "\n"
    small.write_text(rec * 3, encoding="utf-8")
    pad = (" " * (1024**2 - 1) + "\n").encode()  # blank 1 MiB lines: read, then skipped
    with big.open("wb") as fh:
        fh.write(rec.encode())
        for _ in range(100):
            fh.write(pad)
        fh.write((rec * 2).encode())
    assert big.stat().st_size >= 100 * 1024**2

    def peak_rss_mb(path: Path, out: Path) -> float:
        code = (
            "import resource, sys\n"
            "from kg.cli import app\n"
            "try:\n"
            "    app(sys.argv[1:])\n"
            "except SystemExit as e:\n"
            "    assert not e.code, e.code\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
        )
        p = subprocess.run(
            [sys.executable, "-c", code, "build", "-j", "1", str(path), "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert p.returncode == 0, p.stderr
        assert p.stdout.startswith("3 documents"), p.stdout
        return float(p.stdout.strip().splitlines()[-1])

    base = peak_rss_mb(small, tmp_path / "o1")
    peak = peak_rss_mb(big, tmp_path / "o2")
    assert peak - base < 40, (base, peak)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


# ---------------------------------------------------------------------------
# JSONL


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "one", "text": ZH}, ensure_ascii=False),
        '{"id": "a2", "text": "unterminated',
        json.dumps({"id": "a3", "title": "three", "text": EN}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a5", "text": "   "}),
        json.dumps({"id": "a6", "text": NO_ACTORS}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path)
    out = tmp_path / "out"
    line = error_line(kg("build", path, "-o", out), f"{path}:2:", "not valid JSON")
    assert line.startswith(f"Error: {path}:2: ")
    assert not (out / "graph.ttl").exists()


def test_skip_bad_builds_from_the_rest_and_reports(tmp_path: Path) -> None:
    path = _jsonl(tmp_path)
    out = tmp_path / "out"
    r = kg("build", "--skip-bad", path, "-o", out)
    assert r.exit_code == 0, r.output
    skipped = [line for line in r.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 3, r.stderr
    assert skipped[0].startswith(f"skipped: {path}:2: not valid JSON")
    assert skipped[1].startswith(f"skipped: {path}:4: expected a JSON object")
    assert skipped[2].startswith(f"skipped: {path}:5: ") and '"text"' in skipped[2]
    assert r.stdout.startswith("3 documents")
    g = rdflib.Graph().parse(out / "graph.ttl")
    docs = {
        str(s).rsplit("/", 1)[-1]
        for s in g.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/chouma/ontology#Document"))
    }
    assert docs == {"a1", "a3", "a6"}


def test_deeply_nested_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text(json.dumps({"text": EN}) + "\n" + deep + "\n", encoding="utf-8")
    error_line(kg("build", path, "-o", tmp_path / "out"), f"{path}:2:", "nested too deeply")
    r = kg("build", "--skip-bad", path, "-o", tmp_path / "out")
    assert r.exit_code == 0 and f"skipped: {path}:2: " in r.stderr


def test_jsonl_of_only_bad_lines_with_skip_bad_has_no_documents(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"x": 1}\nnot json\n', encoding="utf-8")
    r = kg("build", "--skip-bad", path, "-o", tmp_path / "out")
    error_line(r, "no readable documents", str(path))


# ---------------------------------------------------------------------------
# HTML


def test_html_scripts_and_styles_never_reach_the_graph(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>Trade talks</title>"
        "<style>body { color: STYLEMARK; }"
        " .x::after { content: '美國財政部長林志遠表示：「樣式」'; }</style>"
        "<script>var SCRIPTMARK = '美國國務卿高德明表示：「腳本」';"
        " document.write('<p>' + SCRIPTMARK + '</p>');</script>"
        "</head><body><article><h1>Trade talks</h1>"
        f"<p>{ZH}</p><p>{EN}</p>"
        '<script type=\'application/ld+json\'>{"headline": "JSONLDMARK"}</script>'
        "<noscript>NOSCRIPTMARK</noscript>"
        "<template>TEMPLATEMARK</template>"
        "</article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    r = kg("build", page, "-o", out)
    assert r.exit_code == 0, r.output
    for f in sorted(p for p in out.iterdir() if p.is_file()):  # the outputs, not the .kg-cache/ folder
        data = f.read_text(encoding="utf-8")
        for mark in (
            "STYLEMARK",
            "SCRIPTMARK",
            "JSONLDMARK",
            "NOSCRIPTMARK",
            "TEMPLATEMARK",
            "林志遠",
            "高德明",
            "樣式",
            "腳本",
        ):
            assert mark not in data, (f.name, mark)
    g = rdflib.Graph().parse(out / "graph.ttl")
    assert any("Trade talks" in str(o) for o in g.objects())


def test_html_without_article_text(tmp_path: Path) -> None:
    page = tmp_path / "shell.html"
    page.write_text("<html><head><script>var a = 1;</script></head><body>  </body></html>", encoding="utf-8")
    error_line(kg("build", page, "-o", tmp_path / "out"), str(page), "no article text")


# ---------------------------------------------------------------------------
# outputs


def test_output_under_a_regular_file(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ZH, encoding="utf-8")
    blocker = tmp_path / "report.txt"
    blocker.write_text("keep me\n", encoding="utf-8")
    error_line(
        kg("build", src, "-o", blocker / "out"),
        str(blocker / "out"),
        "cannot write",
        "Not a directory",
    )
    error_line(kg("build", src, "-o", blocker), str(blocker), "cannot write")
    assert blocker.read_text(encoding="utf-8") == "keep me\n"


def test_document_without_actors_gives_valid_empty_graph(tmp_path: Path) -> None:
    src = tmp_path / "weather.txt"
    src.write_text(NO_ACTORS, encoding="utf-8")
    out = tmp_path / "out"
    r = kg("build", src, "-o", out)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("1 documents")
    ttl = rdflib.Graph().parse(out / "graph.ttl")
    js = rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    nt = rdflib.Graph().parse(out / "graph.nt", format="nt")
    from rdflib.compare import isomorphic

    assert isomorphic(ttl, js) and isomorphic(ttl, nt)
    cm = rdflib.Namespace("https://w3id.org/chouma/ontology#")
    for kind in ("Person", "Organization", "State", "Leverage", "Demand", "Threat", "Statement"):
        assert not list(ttl.subjects(rdflib.RDF.type, cm[kind])), kind
    assert len(list(ttl.subjects(rdflib.RDF.type, cm.Document))) == 1
    ds = rdflib.Dataset()
    ds.parse(out / "graph.trig", format="trig")
    edges = pd.read_csv(out / "edges.csv")
    assert len(edges) == 0
    nodes = pd.read_csv(out / "nodes.csv", keep_default_na=False)
    assert list(nodes["type"]) == ["Document"]
    assert "<html" in (out / "graph.html").read_text(encoding="utf-8").lower()


def test_bad_lang_option(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(EN, encoding="utf-8")
    error_line(kg("build", src, "-o", tmp_path / "out", "--lang", "fr"), "--lang", "fr")


# ---------------------------------------------------------------------------
# kg eval: malformed gold


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        ('{"document": "a.txt", "entities": [', "not valid JSON"),
        ("[1, 2, 3]", "not a gold file"),
        ('{"document": "a.txt"}', "not a gold file"),
        ("", ""),
    ],
)
def test_malformed_gold(tmp_path: Path, content: str, cause: str) -> None:
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(content, encoding="utf-8")
    error_line(kg("eval", gold), str(gold), cause)


def test_gold_entities_of_wrong_shape(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps({"document": "a.txt", "entities": [{"id": 3, "names": "x"}, "oops"]}),
        encoding="utf-8",
    )
    error_line(kg("eval", gold), str(gold))


def test_gold_whose_text_is_missing(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"document": "absent.txt", "entities": []}), encoding="utf-8")
    error_line(kg("eval", gold), "absent.txt")


def test_deeply_nested_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text('{"entities": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    error_line(kg("eval", gold), str(gold), "nested too deeply")


def test_gold_path_is_a_directory(tmp_path: Path) -> None:
    error_line(kg("eval", tmp_path), str(tmp_path), "directory")


def test_gold_text_is_binary(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(PNG)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"document": "a.png", "entities": []}), encoding="utf-8")
    error_line(kg("eval", gold), str(tmp_path / "a.png"), "binary data")


def test_gold_file_missing(tmp_path: Path) -> None:
    error_line(kg("eval", tmp_path / "nope.json"), str(tmp_path / "nope.json"))


# ---------------------------------------------------------------------------
# kg query / kg load / kg validate


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    """A small build output to query."""
    src = tmp_path / "a.txt"
    src.write_text(ZH + "\n" + EN + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = kg("build", src, "-o", out)
    assert r.exit_code == 0, r.output
    return out


def test_sparql_syntax_error(built: Path) -> None:
    r = kg("query", "SELECT ?s WHERE { ?s ?p }", "--graph", built / "graph.ttl")
    line = error_line(r)
    assert "syntax" in line.lower() or "parse" in line.lower()


@pytest.mark.parametrize(
    "update",
    [
        'INSERT DATA { <urn:x:a> <urn:x:b> "c" }',
        "DROP ALL",
        "DELETE WHERE { ?s ?p ?o }",
        "CLEAR DEFAULT",
        'PREFIX x: <urn:x:> INSERT { ?s x:p "y" } WHERE { ?s ?p ?o }',
    ],
)
def test_query_refuses_updates(built: Path, update: str) -> None:
    before = (built / "graph.ttl").read_bytes()
    r = kg("query", update, "--graph", built / "graph.ttl")
    line = error_line(r)
    assert "update" in line.lower() or "read-only" in line.lower() or "refus" in line.lower()
    assert (built / "graph.ttl").read_bytes() == before


def test_sparql_syntax_error_in_query_file_names_the_file(tmp_path: Path, built: Path) -> None:
    rq = tmp_path / "broken.rq"
    rq.write_text("PREFIX cm: <https://w3id.org/chouma/ontology#>\nSELECT ?a WHERE { ?a cm:actor }\n")
    line = error_line(kg("query", rq, "--graph", built / "graph.ttl"), str(rq), "syntax error")
    assert "line 2" in line


def test_query_on_missing_or_broken_graph(tmp_path: Path) -> None:
    missing = tmp_path / "none.ttl"
    error_line(kg("query", "SELECT * { ?s ?p ?o }", "--graph", missing), str(missing))
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix x: <urn:x:> .\nx:a x:b <unterminated .\n", encoding="utf-8")
    error_line(kg("query", "SELECT * { ?s ?p ?o }", "--graph", broken), str(broken), "not valid RDF")


def test_query_file_missing(tmp_path: Path, built: Path) -> None:
    missing = tmp_path / "nope.rq"
    r = kg("query", missing, "--graph", built / "graph.ttl")
    error_line(r, str(missing))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Answer500(http.server.BaseHTTPRequestHandler):
    hits = 0

    def _fail(self) -> None:
        type(self).hits += 1
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = b"internal error"
        self.send_response(500)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _fail

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server500() -> Iterator[tuple[str, type[_Answer500]]]:
    handler = type("Answer500", (_Answer500,), {"hits": 0})
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}", handler
    finally:
        srv.shutdown()
        srv.server_close()


def test_load_into_endpoint_that_is_down(built: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/store"
    r = kg("load", built / "graph.ttl", "--endpoint", url)
    error_line(r, "127.0.0.1")


def test_load_into_endpoint_answering_500(built: Path, server500: tuple[str, type[_Answer500]]) -> None:
    base, handler = server500
    r = kg("load", built / "graph.ttl", "--endpoint", base + "/store")
    line = error_line(r, "500")
    assert base.split("//")[1] in line
    assert 1 <= handler.hits <= 10  # bounded retries


def test_validate_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.ttl"
    error_line(kg("validate", missing), str(missing))


def test_validate_malformed_turtle(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix x: <urn:x:> .\nx:a x:b "unterminated .\n', encoding="utf-8")
    error_line(kg("validate", bad), str(bad))


def test_library_errors_are_choumaerrors() -> None:
    """Every named error the CLI reports derives from ChoumaError (what reporting() catches)."""
    import kg.errors as errors

    named = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, Exception)]
    assert named and all(issubclass(e, ChoumaError) for e in named)


@pytest.mark.parametrize("chained", ["cause", "context"])
def test_interrupt_wrapped_by_python_is_still_an_interrupt(capsys: pytest.CaptureFixture[str], chained: str) -> None:
    """Python 3.11 turns a Ctrl-C inside a class's __set_name__ (a lazy import) into RuntimeError."""
    import typer

    from kg.cli import reporting

    with pytest.raises(typer.Exit) as exit_info, reporting("Stopped."):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as ki:
            if chained == "cause":
                raise RuntimeError("Error calling __set_name__") from ki
            raise RuntimeError("Error calling __set_name__")  # noqa: B904
    assert exit_info.value.exit_code == 130
    assert capsys.readouterr().err == "Stopped.\n"


def test_other_runtime_errors_are_not_interrupts() -> None:
    from kg.cli import reporting

    with pytest.raises(RuntimeError, match="boom"), reporting():
        raise RuntimeError("boom")


# ---------------------------------------------------------------------------
# undecodable command-line arguments (bytes that are not UTF-8 arrive as lone surrogates)


def test_non_utf8_query_parameter_and_text(built: Path) -> None:
    graph = built / "graph.ttl"
    error_line(kg("query", "SELECT ?x WHERE {}", "-g", graph, "-p", "x=a\udcffb"), "parameter x", "UTF-8")
    error_line(kg("query", "neighbourhood", "-g", graph, "-p", "actor=\udcff"), "parameter actor", "UTF-8")
    error_line(kg("query", "SELECT ?x WHERE {} #\udcff", "-g", graph), "query", "UTF-8")


@pytest.mark.parametrize(
    ("endpoint", "graph_iri", "cause"),
    [
        ("http://127.0.0.1:9/st\udcffore", None, "not valid UTF-8"),
        ("http://127.0.0.1:9/store", "urn:x:\udcff", "not valid UTF-8"),
        ("http://[::1", None, "not a valid URL"),
        ("ftp://127.0.0.1/store", None, "not an http(s) URL"),
        ("/store", None, "not an http(s) URL"),
    ],
)
def test_load_bad_endpoint_arguments(built: Path, endpoint: str, graph_iri: str | None, cause: str) -> None:
    extra = ["--graph-iri", graph_iri] if graph_iri else []
    error_line(kg("load", built / "graph.ttl", "--endpoint", endpoint, *extra), cause)


def test_load_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "none.ttl"
    error_line(kg("load", missing, "--endpoint", "http://127.0.0.1:9/store"), str(missing))
