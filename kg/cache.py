"""The extraction cache of incremental builds: one SQLite file in the output folder.

Why: a corpus grows by a few articles a day, and extraction is the one stage
whose cost is per document; re-extracting ten thousand unchanged articles to
add twenty is waste. Each document's extraction depends only on the document
(text and metadata), the extractor code and the lexicon, so it is stored
under a key made of exactly those, and a later build takes it back instead of
extracting again. Reading the input is skipped too where it can be: for
each input file read in full, the cache records its digest and what it gave
(the documents' ids, keys and metadata, the lines skipped), so an unchanged
file's documents come back without decoding, language detection or sentence
splitting (see :meth:`ExtractionCache.recall`). Resolution, graph and exports
still run over the whole corpus, so the outputs are byte-identical to a build
from scratch.

Why JSON and SQLite: the cache lives in an output folder that may be shared
or copied; JSON is only data (unpickling a tampered file could run code), and
SQLite writes each batch atomically, so an interrupted build leaves a usable
cache. Entries made by another extractor or lexicon version can never match
again and are dropped when the cache is opened.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kg.errors import OutputError
from kg.model import ActorMention, ClaimMention, DocExtraction, Document, RoleMention, Sentence

CACHE_DIR = ".kg-cache"
CACHE_FILE = "extractions.sqlite"
FORMAT = 1  # the layout of a stored entry; bump when it changes
_BATCH = 500
_KG = Path(__file__).resolve().parent
# the code an extraction depends on (ingest is not: its output, the document, is part of the key)
# (dates.py: local extraction resolves each claim's day, see kg.parallel._dated)
_EXTRACTOR_SOURCES = ("extract/*.py", "model.py", "textnorm.py", "lexicon.py", "parallel.py", "dates.py")
# what reading a file depends on besides the file (with the extractor's sources and the lexicon)
_INGEST_SOURCES = ("ingest.py", "errors.py")


def _digest_files(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _code_version(files: Iterable[Path], dists: Iterable[str]) -> str:
    """A digest of some source files and of the installed versions of some libraries."""
    from importlib import metadata

    libs = []
    for dist in dists:
        try:
            libs.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            libs.append(f"{dist}=none")
    return hashlib.sha256(f"{FORMAT}|{_digest_files(files)}|{','.join(libs)}".encode()).hexdigest()


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of the extractor's source files and of the versions of the libraries it calls."""
    files = {p for pattern in _EXTRACTOR_SOURCES for p in _KG.glob(pattern)}
    return _code_version(files, ("jieba", "opencc", "pypinyin"))


@lru_cache(maxsize=1)
def ingest_version() -> str:
    """A digest of the reader's source files and of the versions of the libraries it calls."""
    return _code_version([_KG / name for name in _INGEST_SOURCES], ("beautifulsoup4", "charset-normalizer"))


@lru_cache(maxsize=1)
def slug_version() -> str:
    """A digest of what :func:`kg.resolve.slugify` depends on: its code and the pinyin and script libraries."""
    return _code_version([_KG / "resolve.py", _KG / "textnorm.py"], ("pypinyin", "opencc"))


def file_digest(path: Path) -> str | None:
    """A digest of a file's bytes (None when it cannot be read: the reader then says why)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


@dataclass
class KnownDocument(Document):
    """A stand-in for a document of an unchanged file: its metadata and the key of its stored extraction."""

    key: str = ""


def lexicon_version(directory: Path | None = None) -> str:
    """A digest of the lexicon files the extractors read (``ontology/issues.ttl``, ``actors.ttl``, ``cues*.ttl``)
    and of ``calendar.ttl`` (the words claim days are read from)."""
    from kg.dates import CALENDAR_FILE
    from kg.lexicon import LEXICON_FILES
    from kg.resources import ontology_dir

    folder = Path(directory or ontology_dir())
    return _digest_files({p for pattern in (*LEXICON_FILES, CALENDAR_FILE) for p in folder.glob(pattern)})


def document_key(doc: Document) -> str:
    """A digest of everything of a document that its extraction may depend on."""
    fields: list[object] = [doc.id, doc.text, doc.title, doc.date, doc.source, doc.url, doc.lang, doc.path]
    fields.append([[s.start, s.end, s.text] for s in doc.sentences])
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


# ---- entries as JSON ----------------------------------------------------------------


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` of model objects, without its deep copies.

    Why: ``asdict`` deep-copies every leaf value; writing the cache took
    longer than extraction's slower passes (8 s of a 10,000-document build).
    The result is only dumped to JSON, so nothing needs copying.
    """
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _to_json(ex: DocExtraction) -> str:
    return json.dumps(
        {
            "doc": _plain(replace(ex.doc, text="", sentences=[])),
            "actors": [[k, _plain(a)] for k, a in ex.actors.items()],
            "claims": [_plain(c) for c in ex.claims],
        },
        ensure_ascii=False,
    )


def _from_json(text: str) -> DocExtraction:
    data: dict[str, Any] = json.loads(text)
    actors: dict[str, ActorMention] = {}
    for key, a in data["actors"]:
        a["roles"] = [RoleMention(**r) for r in a["roles"]]
        actors[key] = ActorMention(**a)
    claims = []
    for c in data["claims"]:
        c["sentence"] = Sentence(**c["sentence"])
        claims.append(ClaimMention(**c))
    doc = Document(**{**data["doc"], "sentences": []})
    return DocExtraction(doc=doc, actors=actors, claims=claims)


class ExtractionCache:
    """Extractions by document key, for one extractor and lexicon version."""

    def __init__(self, outdir: Path | str, lexicon_dir: Path | None = None) -> None:
        self.path = Path(outdir) / CACHE_DIR / CACHE_FILE
        self.version = f"{extractor_version()}:{lexicon_version(lexicon_dir)}"
        self.hits = 0
        self.misses = 0
        self._pending: list[tuple[str, str, str]] = []
        self._conn: sqlite3.Connection | None = None
        # files read in full (see kg.ingest.iter_documents): what each gave, under the reader's version too
        self.file_version = f"{self.version}:{ingest_version()}"
        self._digests: dict[str, str] = {}
        self._reading: dict[str, list[list[str | None]]] = {}
        self._pending_files: list[tuple[str, str, str, str]] = []
        self._keys: set[str] | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        """The database, opened on first use: a build that fails before its first document writes nothing."""
        if self._conn is None:
            outdir = self.path.parent.parent
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # as kg.pipeline.write_outputs says it
                raise OutputError(f"{outdir}: cannot write output directory ({exc.strerror or exc})") from exc
            try:
                try:
                    self._conn = self._open()
                except sqlite3.DatabaseError:  # not a database (damaged, or some other file): start afresh
                    self.path.unlink()
                    self._conn = self._open()
            except (OSError, sqlite3.Error) as exc:
                raise OutputError(f"{self.path}: cannot open the build cache ({exc}); use --no-cache") from exc
        return self._conn

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        try:
            db.execute(
                "CREATE TABLE IF NOT EXISTS extraction"
                " (key TEXT PRIMARY KEY, version TEXT NOT NULL, data TEXT NOT NULL)"
            )
            db.execute("DELETE FROM extraction WHERE version != ?", (self.version,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS file"
                " (place TEXT PRIMARY KEY, version TEXT NOT NULL, digest TEXT NOT NULL, data TEXT NOT NULL)"
            )
            db.execute("DELETE FROM file WHERE version != ?", (self.file_version,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS memo (name TEXT PRIMARY KEY, version TEXT NOT NULL, data TEXT NOT NULL)"
            )
            db.commit()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def get(self, key: str) -> DocExtraction | None:
        """The stored extraction of a document key, or None."""
        row = self._db.execute(
            "SELECT data FROM extraction WHERE key = ? AND version = ?", (key, self.version)
        ).fetchone()
        return None if row is None else _from_json(row[0])

    def put(self, key: str, ex: DocExtraction) -> None:
        """Store an extraction (written in batches; :meth:`close` writes the rest)."""
        self._pending.append((key, self.version, _to_json(ex)))
        if len(self._pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the stored-up entries in one transaction."""
        if not self._pending and not self._pending_files:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", self._pending)
                self._db.executemany("INSERT OR REPLACE INTO file VALUES (?, ?, ?, ?)", self._pending_files)
        except sqlite3.Error as exc:
            raise OutputError(f"{self.path}: cannot write the build cache ({exc}); use --no-cache") from exc
        self._pending.clear()
        self._pending_files.clear()

    # -- files (kg.ingest.FileRecords) ---------------------------------------------------

    def recall(self, path: Path, where: str) -> tuple[list[tuple[str, Document]], list[str]] | None:
        """The documents a file gave when last read in full, if its bytes are the same and every extraction is here.

        Why: reading, language detection and sentence splitting of ten thousand
        unchanged documents cost more than extracting twenty new ones. Each
        comes back as a :class:`KnownDocument` (with the id it was given then;
        :func:`kg.ingest.iter_documents` checks it would get the same again).
        """
        digest = file_digest(path)
        if digest is None:
            return None
        self._digests[where] = digest
        if self._conn is None and not self.path.exists():  # no cache yet: none made before the first document
            return None
        row = self._db.execute(
            "SELECT digest, data FROM file WHERE place = ? AND version = ?", (where, self.file_version)
        ).fetchone()
        if row is None or row[0] != digest:
            return None
        data = json.loads(row[1])
        if self._keys is None:
            rows = self._db.execute("SELECT key FROM extraction WHERE version = ?", (self.version,))
            self._keys = {key for (key,) in rows}
        docs: list[tuple[str, Document]] = []
        for raw, doc_id, key, title, date, source, url, lang, shown in data["docs"]:
            if key not in self._keys:
                return None
            stub = KnownDocument(doc_id, "", title, date, source, url, lang, shown, key=key)
            docs.append((raw, stub))
        return docs, list(data["skipped"])

    def read(self, where: str, raw_id: str, doc: Document) -> None:
        """Note one document read from a file (its text is not kept: only its key and metadata)."""
        self._reading.setdefault(where, []).append(
            [raw_id, doc.id, document_key(doc), doc.title, doc.date, doc.source, doc.url, doc.lang, doc.path]
        )

    def remember(self, path: Path, where: str, skipped: list[str]) -> None:
        """Keep what a file read in full gave, under the digest its bytes had before reading."""
        docs = self._reading.pop(where, [])
        digest = self._digests.pop(where, None)
        if digest is None:
            return
        data = json.dumps({"docs": docs, "skipped": skipped}, ensure_ascii=False)
        self._pending_files.append((where, self.file_version, digest, data))

    # -- results of pure functions worth keeping between builds (kg.resolve.slugify) -------------

    def slugs(self) -> dict[str, str]:
        """The name slugs the last build's resolution used (empty when none, or made by other code)."""
        if self._conn is None and not self.path.exists():
            return {}
        row = self._db.execute("SELECT version, data FROM memo WHERE name = 'slugs'").fetchone()
        if row is None or row[0] != slug_version():
            return {}
        try:
            data = json.loads(row[1])
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def keep_slugs(self, slugs: dict[str, str]) -> None:
        """Keep this build's name slugs for the next one."""
        if not slugs and self._conn is None and not self.path.exists():
            return  # nothing to keep, and no cache made yet: none made now
        data = json.dumps(slugs, ensure_ascii=False, sort_keys=True)
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO memo VALUES ('slugs', ?, ?)", (slug_version(), data))
        except sqlite3.Error as exc:
            raise OutputError(f"{self.path}: cannot write the build cache ({exc}); use --no-cache") from exc

    def close(self) -> None:
        """Write what is pending and close the file."""
        if self._conn is None:
            return
        try:
            self.flush()
        finally:
            self._conn.close()
            self._conn = None

    def extract(self, docs: Iterable[Document], extract: Any) -> Iterator[DocExtraction]:
        """Extractions of ``docs`` in order: stored ones taken back, the others made by ``extract``.

        ``extract`` maps a document stream to an extraction stream in the same
        order (:func:`kg.parallel.extract_stream`); only the documents not
        found here are sent to it (an empty stub still cost an extractor call,
        and a worker round trip with ``--jobs``). Pulling its next extraction
        reads documents up to the next one it needs; the stored extractions
        met on the way wait in a queue, so the order is kept.
        """
        order: deque[tuple[str, DocExtraction | None]] = deque()

        def misses() -> Iterator[Document]:
            for doc in docs:
                key = doc.key if isinstance(doc, KnownDocument) else document_key(doc)
                hit = self.get(key)
                order.append((key, hit))
                if hit is None and isinstance(doc, KnownDocument):  # removed since recall: another build?
                    raise OutputError(f"{self.path}: the build cache changed during the build; build again")
                if hit is None:
                    self.misses += 1
                    yield doc
                else:
                    self.hits += 1

        made = iter(extract(misses()))
        while True:
            while order and order[0][1] is not None:
                yield order.popleft()[1]  # type: ignore[misc]
            ex = next(made, None)  # reads documents up to the next miss (or to the end)
            while order and order[0][1] is not None:
                yield order.popleft()[1]  # type: ignore[misc]
            if ex is None:
                return
            key, _ = order.popleft()
            self.put(key, ex)
            yield ex
