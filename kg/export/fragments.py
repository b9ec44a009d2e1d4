"""Each claim's RDF text, kept between builds in the output folder and reused while the claim is unchanged.

Why: nine in ten triples of a corpus are claims, and a claim's text in each
RDF format depends only on the claim itself (its edge in the graph: actor,
object, attributes, the kind of its object). When a corpus grows by twenty
articles, ten thousand documents' claims are the same as last time, and
spelling them out again was most of an incremental build. So every format's
writer keeps one store (``OUT/.kg-cache/rdf-<format>.sqlite``) of claim
texts keyed by a digest of that claim's edge; the files are assembled from
them in the same order as from scratch, so they are byte-identical.

Why one store per format: the writers run in two processes at once
(:mod:`kg.export.forked`), and each keeps its own file; SQLite writes each
store in one transaction, so an interrupted build leaves usable stores.
Why text, not pickle: the output folder may be shared (see :mod:`kg.cache`).
A store made by another version of the writers is emptied when opened.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.cache import CACHE_DIR, _digest_files
from kg.errors import OutputError

_KG = Path(__file__).resolve().parent.parent
# what a claim's text depends on besides the claim: the writers, the prefixes, the JSON-LD context
_WRITER_SOURCES = ("export/rdf.py", "export/fragments.py", "namespaces.py", "prefixes.py")


@lru_cache(maxsize=1)
def writer_version() -> str:
    """A digest of the RDF writers' source and of the JSON-LD context they embed."""
    from kg.resources import ontology_file

    files = [_KG / name for name in _WRITER_SOURCES]
    context = ontology_file("context.jsonld")
    if context.is_file():
        files.append(context)
    return _digest_files(files)


def edge_digest(u: str, v: str, key: str, obj_kind: str, attrs: Mapping[str, Any]) -> str:
    """A digest of everything a claim's RDF text is made from."""
    spelled = repr((u, v, key, obj_kind, sorted(attrs.items())))
    return hashlib.sha1(spelled.encode("utf-8", "surrogatepass")).hexdigest()


class FragmentStore:
    """Texts by claim digest for one RDF format, in ``OUT/.kg-cache/rdf-<name>.sqlite``."""

    def __init__(self, outdir: Path | str, name: str) -> None:
        self.path = Path(outdir) / CACHE_DIR / f"rdf-{name}.sqlite"
        self.version = writer_version()

    def load(self) -> dict[str, str]:
        """Every stored text of this writer version (an unreadable store counts as empty)."""
        if not self.path.exists():
            return {}
        try:
            db = sqlite3.connect(self.path)
            try:
                rows = db.execute("SELECT key, text FROM fragment WHERE version = ?", (self.version,)).fetchall()
            finally:
                db.close()
        except sqlite3.Error:  # damaged, another layout, or some other file: rebuilt on save
            return {}
        return dict(rows)

    def save(self, texts: Iterable[tuple[str, str]]) -> None:
        """Replace the store's content by ``texts`` (the claims of this build only: stale ones go)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.unlink(missing_ok=True)
            db = sqlite3.connect(tmp)
            try:
                db.execute(_TABLE)
                db.executemany(
                    "INSERT OR REPLACE INTO fragment VALUES (?, ?, ?)", ((k, self.version, t) for k, t in texts)
                )
                db.commit()
            finally:
                db.close()
            tmp.replace(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(f"{self.path}: cannot write the build cache ({exc}); use --no-cache") from exc

    def update(self, added: Iterable[tuple[str, str]], stale: Iterable[str]) -> None:
        """Add ``added`` and drop the ``stale`` keys (and entries of other writer versions), in one transaction.

        Why not :meth:`save`: when twenty documents join ten thousand, rewriting
        every stored text (hundreds of MB over the four stores) cost more than
        assembling the files. A store that is not a database is made afresh.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                db = self._open()
            except sqlite3.DatabaseError:  # not a database: start afresh
                self.path.unlink(missing_ok=True)
                db = self._open()
            try:
                with db:
                    db.execute("DELETE FROM fragment WHERE version != ?", (self.version,))
                    db.executemany("DELETE FROM fragment WHERE key = ?", ((k,) for k in stale))
                    db.executemany(
                        "INSERT OR REPLACE INTO fragment VALUES (?, ?, ?)", ((k, self.version, t) for k, t in added)
                    )
            finally:
                db.close()
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(f"{self.path}: cannot write the build cache ({exc}); use --no-cache") from exc

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.execute(_TABLE)
        except sqlite3.Error:
            db.close()
            raise
        return db


_TABLE = "CREATE TABLE IF NOT EXISTS fragment (key TEXT PRIMARY KEY, version TEXT NOT NULL, text TEXT NOT NULL)"
