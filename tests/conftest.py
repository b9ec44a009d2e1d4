"""Fixtures shared by every test module (kept here so no test file copies another's)."""

from __future__ import annotations

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
