"""Fixtures shared by every test module (kept here so no test file copies another's)."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
SEED_FILE = SEED_DIR / "000_98150218013cadcf.txt"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def seed_file() -> Path:
    """The seed article (a BBC 中文 page with a feed of other outlets' items)."""
    return SEED_FILE


@pytest.fixture(scope="session")
def lex():  # type: ignore[no-untyped-def]
    """The shipped lexicon."""
    from kg.lexicon import load

    return load()


@pytest.fixture(scope="session")
def seed_graph() -> nx.MultiDiGraph:
    """The corpus graph of seeds/ (built once per test session)."""
    from kg.ingest import iter_documents
    from kg.pipeline import graph_of

    return graph_of(iter_documents([SEED_DIR]))


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh `kg build seeds/` output directory (built once per test session)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-output")
    build([SEED_DIR], out, jobs=1)
    return out


def facts(claims, kinds: tuple[str, ...], *fields: str) -> set[tuple[str | None, ...]]:  # type: ignore[no-untyped-def]
    """The named fields of the claims of these kinds, as a set of tuples."""
    return {tuple(getattr(c, f) for f in fields) for c in claims if c.kind in kinds}


def demands_named(extraction) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The demands of an extraction as (the demander's first name, phrase)."""
    return {(extraction.actors[c.actor].names[0], c.phrase) for c in extraction.claims if c.kind == "Demand"}


def graph_of_text(text: str, name: str = "t.txt", tmp: Path | None = None) -> nx.MultiDiGraph:
    """The graph of one text written to a file (ingest -> extract -> resolve -> graph)."""
    import tempfile

    from kg.ingest import read_path
    from kg.pipeline import graph_of

    folder = Path(tmp) if tmp else Path(tempfile.mkdtemp())
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return graph_of(read_path(path))


@pytest.fixture()
def text_graph(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A function: text -> its graph, through the real pipeline."""

    def make(text: str, name: str = "t.txt") -> nx.MultiDiGraph:
        return graph_of_text(text, name, tmp_path)

    return make


CMID = "https://w3id.org/chouma/id/"
# Texts written for the tests (not from any article): one Traditional Chinese, one English.
CONTRACT_ZH = "北京方面表示，其王牌是稀土出口。美國商務部長盧特尼克說：「我們不會放棄晶片管制。」"
CONTRACT_EN = "Washington wants China to buy more soybeans, officials said."


def contract_graph() -> nx.MultiDiGraph:
    """A small corpus graph built by hand exactly as docs/architecture.md's graph contract says.

    Lets the exporters, queries and validation be tested without the extractors:
    two documents, three states/persons, three issues, a leverage, a demand, a
    statement and a role, with real offsets into the two texts above.
    """
    g = nx.MultiDiGraph()
    zh, en = CONTRACT_ZH, CONTRACT_EN
    doc_zh, doc_en = CMID + "doc/contract-zh", CMID + "doc/contract-en"
    g.add_node(doc_zh, kind="Document", label="稀土王牌", labels=[["稀土王牌", "zh-Hant"]],
               title="稀土王牌", date="2025-03-04", source="測試日報",
               url='https://example.org/a?b=1&c="x"', lang="zh-Hant", path="zh.txt")
    g.add_node(doc_en, kind="Document", label="Soy talks", labels=[["Soy talks", "en"]],
               title="Soy talks", date="March 2025", source="Test Wire", url="", lang="en",
               path="en.txt")
    china, us, lut = CMID + "state/china", CMID + "state/us", CMID + "person/howard-lutnick"
    g.add_node(china, kind="State", label="中國",
               labels=[["China", "en"], ["中國", "zh-Hant"], ["中国", "zh-Hans"]],
               alt_labels=[["北京", "zh-Hant"], ["Beijing", "en"]], side="China", wikidata="Q148",
               in_lexicon=True, mentions=2)
    g.add_node(us, kind="State", label="美國",
               labels=[["United States", "en"], ["美國", "zh-Hant"]],
               alt_labels=[["Washington", "en"]], side="US", wikidata="Q30", in_lexicon=True,
               mentions=3)
    g.add_node(lut, kind="Person", label="盧特尼克", labels=[["盧特尼克", "zh-Hant"]],
               alt_labels=[], side="US", wikidata="", in_lexicon=True, mentions=2)
    rare, chips = CMID + "issue/rare-earths", CMID + "issue/semiconductors"
    soy = CMID + "issue/soybeans"
    g.add_node(rare, kind="Issue", label="稀土",
               labels=[["rare earths", "en"], ["稀土", "zh-Hant"], ["稀土", "zh-Hans"]],
               alt_labels=[["稀土出口", "zh-Hant"]], in_lexicon=True, mentions=1)
    g.add_node(chips, kind="Issue", label="晶片",
               labels=[["semiconductors", "en"], ["半導體", "zh-Hant"]],
               alt_labels=[["晶片", "zh-Hant"]], in_lexicon=True, mentions=1)
    g.add_node(soy, kind="Issue", label="soybeans",
               labels=[["soybeans", "en"], ["大豆", "zh-Hant"]],
               alt_labels=[], in_lexicon=True, mentions=1)
    s1, e1 = zh.index("北京"), zh.index("。") + 1
    c1 = CMID + "claim/contract-zh-1"
    g.add_edge(china, rare, key=c1, relation="leverage", kind="Leverage", claim=c1, target=us,
               phrase="稀土出口", quote="", evidence=zh[s1:e1], start=s1, end=e1, document=doc_zh,
               lang="zh-Hant")
    s2, e2 = e1, len(zh)
    c2 = CMID + "claim/contract-zh-2"
    g.add_edge(lut, chips, key=c2, relation="said", kind="Statement", claim=c2, target="",
               phrase="我們不會放棄晶片管制。", quote="我們不會放棄晶片管制。", evidence=zh[s2:e2],
               start=s2, end=e2, document=doc_zh, lang="zh-Hant")
    c3 = CMID + "claim/contract-en-1"
    g.add_edge(us, soy, key=c3, relation="demands", kind="Demand", claim=c3, target=china,
               phrase="buy more soybeans", quote="", evidence=en, start=0, end=len(en),
               document=doc_en, lang="en")
    r1 = CMID + "role/howard-lutnick/commerce-secretary"
    g.add_edge(lut, us, key=r1, relation="role", kind="Role", claim=r1, title="商務部長",
               former=False, target="", phrase="商務部長", quote="", evidence=zh[s2:e2], start=s2,
               end=e2, document=doc_zh, lang="zh-Hant")
    return g


@pytest.fixture()
def contract_nx() -> nx.MultiDiGraph:
    """A fresh hand-built graph following the graph contract (see :func:`contract_graph`)."""
    return contract_graph()


@pytest.fixture(scope="session")
def extraction_of(lex):  # type: ignore[no-untyped-def]
    """Extract a text written in a test (actors and claims; ``date``: the document's), checking every
    claim's evidence is a sentence of it."""
    from kg.extract import extract
    from kg.ingest import split_sentences
    from kg.model import DocExtraction, Document
    from kg.textnorm import detect_lang

    def run(text: str, date: str | None = None) -> DocExtraction:
        doc = Document(id="t", text=text, date=date, lang=detect_lang(text), sentences=split_sentences(text))
        ex = extract(doc, lex)
        for c in ex.claims:
            assert doc.text[c.sentence.start : c.sentence.end] == c.sentence.text
        return ex

    return run


@pytest.fixture(scope="session")
def claims_of(extraction_of):  # type: ignore[no-untyped-def]
    """Extract the claims of a text written in a test (see ``extraction_of``)."""
    from kg.model import ClaimMention

    def run(text: str) -> list[ClaimMention]:
        out: list[ClaimMention] = extraction_of(text).claims
        return out

    return run


# the credentials the test stores want: basic (dba / STORE_SECRET) or a bearer STORE_TOKEN
STORE_SECRET = "s3cret-Ünïcode-pässwörd"
STORE_TOKEN = "tok.abc-123_XYZ~"


def refused(handler: BaseHTTPRequestHandler, realm: str) -> bool:
    """Answer 401 (and say True) unless the request carries the test store's basic or bearer credentials."""
    basic = "Basic " + base64.b64encode(f"dba:{STORE_SECRET}".encode()).decode()
    if handler.headers.get("Authorization", "") in (basic, f"Bearer {STORE_TOKEN}"):
        return False
    handler.send_response(401)
    handler.send_header("WWW-Authenticate", f'Basic realm="{realm}"')
    handler.end_headers()
    handler.wfile.write(b"who are you?\n")
    return True


@contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    """A small HTTP server on 127.0.0.1 (a free port) answering with ``handler``; ``.received`` starts empty."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
