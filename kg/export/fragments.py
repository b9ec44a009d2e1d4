"""Output files assembled from the previous build's file: unchanged pieces copied by byte range.

Why: nine in ten triples of a corpus are claims, and a claim's text in each
output format depends only on the claim itself (its edge in the graph); the
same holds for the shared facts of one subject. When a corpus grows by
twenty articles, ten thousand documents' texts are the same as last time,
and spelling them out again — or even fetching each one from a store and
joining them — was most of an incremental build. So each file is written as
a sequence of literal text and *units* (one subject's text), and beside it
``OUT/.kg-cache/<file>.spans`` records where each unit, known by the digest
of what it is made from, lies in it. The next build reads the previous file
once and copies every run of units that are still there, in the same order
and with the same text between them, as one slice; only new or changed units
are rendered. The bytes are exactly those of rendering every unit.

Why the previous output file and not a copy: copying 300 MB of text into the
cache on every build would cost as much as writing the outputs. The index
records the file's size and CRC-32, checked against the file before any byte
of it is reused, so a file edited, truncated or replaced since (or a build
interrupted between writing the index and moving the file into place) is
never spliced from: everything is rendered instead, with the same result.
Why not pickle: the output folder may be shared (see :mod:`kg.cache`); the
index is a JSON line, digests and integers.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import zlib
from array import array
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from kg.cache import CACHE_DIR, _digest_files
from kg.errors import OutputError
from kg.export.atomic import atomic_write

_KG = Path(__file__).resolve().parent.parent
# what a unit's text depends on besides the unit: the writers, the prefixes, the JSON-LD context
_WRITER_SOURCES = (
    "export/rdf.py",
    "export/fragments.py",
    "export/tables.py",
    "namespaces.py",
    "prefixes.py",
)
_DIGEST = 40  # characters of a hex SHA-1
_LAYOUT = 1  # the layout of a .spans file; bump when it changes


@lru_cache(maxsize=1)
def writer_version() -> str:
    """A digest of the writers' source and of the JSON-LD context they embed."""
    from kg.resources import ontology_file

    files = [_KG / name for name in _WRITER_SOURCES]
    context = ontology_file("context.jsonld")
    if context.is_file():
        files.append(context)
    return _digest_files(files)


def edge_digest(u: str, v: str, key: str, obj_kind: str, attrs: Mapping[str, Any]) -> str:
    """A digest of everything a claim's RDF text is made from.

    The attributes in their own order (:mod:`kg.graph` sets them in one fixed
    order): the same claim then gives the same digest; were the order ever to
    differ, the claim would only be written out again.
    """
    return value_digest((u, v, key, obj_kind, attrs))


def value_digest(value: object) -> str:
    """A digest of a value made of strings, numbers, booleans, lists, tuples and dicts.

    Why marshal (version 2, which writes no back-references, so equal values
    give equal bytes whatever objects hold them): three times faster than
    ``repr`` for the same faithful spelling; a value of another type (never
    set by :mod:`kg.graph`) falls back to ``repr``.
    """
    try:
        spelled = marshal.dumps(value, 2)  # type: ignore[arg-type]  # any value: unmarshallable ones fall back below
    except ValueError:
        spelled = b"r" + repr(value).encode("utf-8", "surrogatepass")
    return hashlib.sha1(spelled).hexdigest()


class Unit(NamedTuple):
    """One piece of a file known by a digest: its text when rendered now, else its span in the previous file.

    The tag is an integer the writer keeps with the unit (Turtle: the
    prefixes its text uses), returned with reused units too.
    """

    digest: str
    text: str | None
    tag: int = 0
    start: int = 0  # where a reused unit lies in the previous file
    end: int = 0


@dataclass
class Previous:
    """The previous build's file of one format, and the span and tag of each unit in it."""

    data: bytes
    spans: dict[str, tuple[int, int, int]]  # digest -> (start, end, tag)


class SplicedFile:
    """One output file of a build with a cache folder: the previous version to reuse, the index to keep."""

    def __init__(self, outdir: Path | str, name: str) -> None:
        self.name = name
        self.current = Path(outdir) / name  # the previous build's output, where it was moved
        self.index = Path(outdir) / CACHE_DIR / f"{name}.spans"
        self.version = f"{writer_version()}:{name}"
        self._previous: Previous | bool | None = False

    def previous(self) -> Previous | None:
        """The previous file and its units, if its index is of these writers and it is unchanged since."""
        if self._previous is False:
            self._previous = self._load()
        return self._previous  # type: ignore[return-value]

    def _load(self) -> Previous | None:
        try:
            raw = self.index.read_bytes()
            head, rest = raw.split(b"\n", 1)
            meta = json.loads(head)
            if meta.get("layout") != _LAYOUT or meta.get("version") != self.version:
                return None
            data = self.current.read_bytes()
        except (OSError, ValueError):
            return None
        n = int(meta["count"])
        if len(data) != meta["size"] or zlib.crc32(data) != meta["crc"] or len(rest) != n * (_DIGEST + 24):
            return None  # the file changed since (or the index is not of it): nothing is reused
        numbers = array("q")
        numbers.frombytes(rest[n * _DIGEST :])
        digests = rest[: n * _DIGEST].decode("ascii")
        keys = [digests[i : i + _DIGEST] for i in range(0, n * _DIGEST, _DIGEST)]
        spans = dict(zip(keys, zip(numbers[0::3], numbers[1::3], numbers[2::3], strict=True), strict=True))
        return Previous(data, spans)

    def unit(self, digest: str, render: Callable[[], tuple[str, int]]) -> Unit:
        """The unit of ``digest``: reused from the previous file when there, else rendered now."""
        previous = self.previous()
        if previous is not None:
            found = previous.spans.get(digest)
            if found is not None:
                return Unit(digest, None, found[2], found[0], found[1])
        text, tag = render()
        return Unit(digest, text, tag)

    def write(self, path: Path, items: Iterable[str | Unit]) -> Path:
        """Write ``items`` (literal text and units, in file order) to ``path``, then this file's index."""
        previous = self.previous()
        chunks, units = splice(items, previous)
        crc, size = 0, 0
        try:
            with atomic_write(Path(path), "wb") as fh:
                for chunk in chunks:
                    crc = zlib.crc32(chunk, crc)
                    size += len(chunk)
                    fh.write(chunk)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        self._save(size, crc, units)
        return Path(path)

    def _save(self, size: int, crc: int, units: list[tuple[str, int, int, int]]) -> None:
        meta = {"layout": _LAYOUT, "version": self.version, "size": size, "crc": crc, "count": len(units)}
        numbers = array("q", [x for _d, start, end, tag in units for x in (start, end, tag)])
        payload = b"".join(
            [json.dumps(meta).encode("ascii"), b"\n", "".join(d for d, *_ in units).encode("ascii"), numbers.tobytes()]
        )
        try:
            self.index.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.index, "wb") as fh:
                fh.write(payload)
            # the stores of earlier versions (one SQLite file of claim texts per format), now unused
            legacy = self.index.parent / f"rdf-{self.name.rsplit('.', 1)[-1]}.sqlite"
            legacy.unlink(missing_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.index}: cannot write the build cache ({exc}); use --no-cache") from exc


def splice(
    items: Iterable[str | Unit], previous: Previous | None
) -> tuple[list[bytes | memoryview], list[tuple[str, int, int, int]]]:
    """The bytes of ``items`` as chunks, and each unit's (digest, start, end, tag) in them.

    A reused unit's bytes are taken from ``previous``; consecutive reused
    units that lay in the same order in the previous file, with the same
    literal text between them, become one slice of it. The chunks hold
    exactly the bytes of every literal and every unit's text, in order.
    """
    chunks: list[bytes | memoryview] = []
    units: list[tuple[str, int, int, int]] = []
    data = previous.data if previous is not None else b""
    old = memoryview(data)
    pos = 0
    run_start = run_end = -1  # the run of the previous file being copied
    pending: list[bytes] = []  # literal text met since the run's last unit

    def flush() -> None:
        nonlocal run_start
        if run_start >= 0:
            chunks.append(old[run_start:run_end])
            run_start = -1
        chunks.extend(pending)
        pending.clear()

    for item in items:
        if isinstance(item, str):
            text = item.encode("utf-8")
            (pending if run_start >= 0 else chunks).append(text)
            pos += len(text)
            continue
        if item.text is None:
            start, end = item.start, item.end
            between = pending[0] if len(pending) == 1 else b"".join(pending)
            if run_start >= 0 and start == run_end + len(between) and data.startswith(between, run_end):
                run_end = end
                pending.clear()
            else:
                flush()
                run_start, run_end = start, end
            length = end - start
        else:
            flush()
            text = item.text.encode("utf-8")
            chunks.append(text)
            length = len(text)
        units.append((item.digest, pos, pos + length, item.tag))
        pos += length
    flush()
    return chunks, units
