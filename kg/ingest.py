"""Ingest: files on disk -> :class:`kg.model.Document` objects with sentences.

Why this stage exists: news arrives as plain text, Markdown, saved web pages
and JSON Lines dumps, in UTF-8, UTF-16, Big5 or GB18030, and a saved news page
often holds more than one article (a main article followed by a feed of other
outlets' items). Every later stage needs one clean ``Document`` per article,
with stable ids and sentence offsets that cut evidence back out of the text.

Public entry points:

* :func:`iter_documents` walks files and directories (recursive, sorted) and
  yields one document at a time (JSONL line by line), so a large corpus never
  sits in memory at once.
* :func:`read_path` reads a single file into its documents.
* :func:`decode_bytes` detects the encoding of a file's bytes.
* :func:`split_sentences` splits text into :class:`kg.model.Sentence` spans.
* :func:`slug_id` turns any name into an id usable inside an IRI path segment.

Errors are the named exceptions of :mod:`kg.errors`; every message names the
file (and line, for JSONL) so the CLI can print it as one line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from kg.errors import DecodeError, InputError, MalformedLineError, NoDocumentsError
from kg.model import Document, Sentence
from kg.textnorm import MONTH_ABBREVIATIONS, detect_lang

__all__ = [
    "DEFAULT_FEED_MARKERS",
    "MAX_FILE_BYTES",
    "TEXT_EXTENSIONS",
    "decode_bytes",
    "iter_documents",
    "read_path",
    "slug_id",
    "split_sentences",
]

#: Files larger than this are refused (a single huge file is not streamed).
MAX_FILE_BYTES = 50 * 1024**2

#: Extensions read when walking a directory (a file named explicitly is read whatever its name).
TEXT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")

#: Lines that separate a page's main article from a feed of other items. Used only when
#: ``ontology/cues.ttl`` has no cue set of kind ``feed-marker`` (the data there wins).
DEFAULT_FEED_MARKERS: tuple[str, ...] = (
    "其他人也在看",
    "相關新聞",
    "相关新闻",
    "延伸閱讀",
    "延伸阅读",
    "More stories",
    "Related",
    "Related stories",
)

# Encodings tried, in order, named in DecodeError messages.
_TRIED = (
    "utf-8, utf-8-sig, utf-16 (BOM / NUL pattern), utf-32 (BOM), big5, cp950, big5hkscs, gb18030"
)

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)


# ---------------------------------------------------------------------------
# ids


def slug_id(name: str, max_len: int = 80) -> str:
    """A stable id safe inside an IRI path segment: ASCII letters, digits and ``-_.`` only.

    Why: document ids end up in IRIs (``cmid:doc/<id>``); percent-encoding makes
    them unreadable, and silently dropping characters makes two names collide.
    So characters outside the safe set are transliterated (accents stripped,
    Chinese to pinyin) or replaced by ``-``; whenever the result is not the
    original name, a short hash of the original is appended so distinct names
    stay distinct.
    """
    if not name:
        return "doc-" + _short_hash(name)
    out: list[str] = []
    for ch in name:
        if ch.isascii() and (ch.isalnum() or ch in "-_."):
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
        base = "".join(c for c in base if c.isalnum())
        if base:
            out.append(base)
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            out.append("-" + _pinyin(ch) + "-")
        else:
            out.append("-")
    slug = re.sub(r"-{2,}", "-", "".join(out)).strip("-.")
    lossy = slug != name
    if len(slug) > max_len:
        slug = slug[:max_len].rstrip("-.")
        lossy = True
    if lossy:
        slug = f"{slug}-{_short_hash(name)}" if slug else "doc-" + _short_hash(name)
    return slug


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _pinyin(ch: str) -> str:
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a declared dependency
        return ""
    return "".join(p for p in lazy_pinyin(ch) if p.isascii() and p.isalnum())


# ---------------------------------------------------------------------------
# encodings


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode a file's bytes, detecting the encoding; line ends become ``\\n``.

    Why this order: a BOM is certain; strict UTF-8 almost never decodes text in
    another encoding by accident; NUL bytes mean UTF-16 or binary data; Big5 and
    GB18030 both decode many byte strings, so both are tried strictly and the
    decoding with fewer implausible characters (private-use, replacement,
    controls, kana/bopomofo/box-drawing debris, rare CJK extensions) wins, Big5
    on a tie.

    ``declared`` is an encoding the file itself names (an HTML ``<meta
    charset>``); a Chinese one is tried strictly right after UTF-8.

    Raises :class:`InputError` for an empty (or whitespace-only) file and
    :class:`DecodeError` for binary data or bytes no supported encoding decodes.
    """
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    text = _decode(data, name, declared)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return text


def _decode(data: bytes, name: str, declared: str | None = None) -> str:
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"{name}: binary data ({kind}), not text (tried {_TRIED})")
    boms = (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    )
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"{name}: starts with a {enc} byte-order mark but is not valid {enc} "
                    f"at byte {exc.start} (tried {_TRIED})"
                ) from None
            return _check_text(text, name)
    if b"\x00" in data:
        wide = _guess_utf16(data)
        if wide is None:
            raise DecodeError(f"{name}: binary data (NUL bytes), not text (tried {_TRIED})")
        return _check_text(wide, name)
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    if declared and _codec_name(declared) in _DECLARABLE:
        try:
            return _check_text(data.decode(declared), name)
        except UnicodeDecodeError:
            pass  # a wrong declaration: detect as usual
    candidates: list[tuple[float, int, float, str]] = []
    for rank, encodings in enumerate((("big5", "cp950", "big5hkscs"), ("gb18030",))):
        decoded = _first_decoding(data, encodings)
        if decoded is not None:
            bad = _implausibility(decoded)
            candidates.append((2 * bad - _common_cjk_share(decoded), rank, bad, decoded))
    if candidates:
        _, _, bad, text = min(candidates)
        if bad <= 0.2:
            return _check_text(text, name)
    raise DecodeError(f"{name}: cannot decode: not text in any supported encoding (tried {_TRIED})")


# Declared encodings honoured (after UTF-8): the Chinese ones this module detects anyway.
# A declared single-byte encoding (latin-1 ...) would decode anything, so it is ignored.
_DECLARABLE = frozenset({"big5", "big5hkscs", "cp950", "gb2312", "gbk", "gb18030"})


def _codec_name(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def _first_decoding(data: bytes, encodings: Sequence[str]) -> str | None:
    for enc in encodings:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _guess_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: try both byte orders, keep the one that reads as ordinary text.

    ASCII characters put their NUL byte on one side of each pair, but CJK
    characters such as U+4E00 put it on the other, so the NUL parity only
    breaks ties; the decisive signal is how much of each decoding is common
    text (a wrong byte order scatters characters over all of Unicode).
    """
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    best: tuple[float, int, str] | None = None
    for enc, parity in (("utf-16-le", odd), ("utf-16-be", even)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue
        share = _common_share(text)
        if share >= 0.9 and (best is None or (share, parity) > best[:2]):
            best = (share, parity, text)
    return best[2] if best else None


def _common_share(text: str) -> float:
    """Share of characters ordinary Chinese/English text is made of."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (
            ch in "\t\n\r\f\v"
            or 0x20 <= o < 0x7F
            or 0xA0 <= o <= 0x24F  # Latin-1, Latin Extended
            or 0x2000 <= o <= 0x206F  # general punctuation
            or 0x3000 <= o <= 0x303F  # CJK punctuation
            or 0x4E00 <= o <= 0x9FFF
            or 0xFF00 <= o <= 0xFFEF  # full-width forms
            or o in (0x30FB, 0xFEFF)
        ):
            good += 1
    return good / len(text)


@lru_cache(maxsize=1)
def _common_cjk() -> frozenset[str]:
    """The most frequent Chinese characters in both scripts (charset-normalizer's table)."""
    try:
        from charset_normalizer.constant import FREQUENCIES

        chars = "".join(FREQUENCIES.get("Chinese", []))
    except ImportError:  # pragma: no cover - a declared dependency
        chars = ""
    from kg.textnorm import to_traditional

    return frozenset(chars + to_traditional(chars))


def _common_cjk_share(text: str) -> float:
    """Share of the CJK characters that are among the most frequent ones.

    Why: Simplified text in GBK often also decodes as Big5 (and the reverse)
    into real but rare characters; a right decoding is full of 的, 是, 在 ….
    """
    common = _common_cjk()
    cjk = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if ch in common) / len(cjk)


def _implausibility(text: str) -> float:
    """Share of characters that real text rarely holds but a wrong decoding produces."""
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        o = ord(ch)
        if ch in "\t\n\r\f\v" or 0x20 <= o < 0x7F or 0x4E00 <= o <= 0x9FFF:
            continue
        if (
            o < 0x20
            or 0x7F <= o < 0xA0
            or 0xE000 <= o <= 0xF8FF
            or o >= 0xF0000
            or o == 0xFFFD
            or 0x3040 <= o <= 0x30FA  # kana (a Big5 <-> GBK mix-up produces them)
            or 0x3100 <= o <= 0x312F  # bopomofo
            or 0x2500 <= o <= 0x259F  # box drawing, blocks
            or 0x3300 <= o <= 0x33FF  # CJK compatibility
            or 0xF900 <= o <= 0xFAFF
            or 0xFE10 <= o <= 0xFE4F  # vertical forms
            or 0x3400 <= o <= 0x4DBF  # CJK extension A
            or 0x20000 <= o <= 0x3FFFF
        ):
            bad += 1
    return bad / len(text)


def _check_text(text: str, name: str) -> str:
    """Reject decodings that are really binary: NULs or many control characters."""
    sample = text[:100_000]
    controls = sum(
        1 for ch in sample if (ord(ch) < 0x20 and ch not in "\t\n\r\f\v\x1b") or ch == "\x7f"
    )
    if "\x00" in sample or controls > max(2, len(sample) // 100):
        raise DecodeError(f"{name}: binary data (control characters), not text (tried {_TRIED})")
    return text.removeprefix("\ufeff")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{path}: file is {size} bytes, over the limit of {MAX_FILE_BYTES} bytes "
            f"({MAX_FILE_BYTES // 1024**2} MiB); split it (e.g. into JSONL lines)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


# ---------------------------------------------------------------------------
# sentences

_TERMINAL = "。！？!?．"
_ELLIPSIS = "…"
_CLOSERS = "」』”’\"')）]】》〉"
_OPEN_QUOTES = {"「": "」", "『": "』", "“": "”"}
_CLOSE_QUOTES = {v: k for k, v in _OPEN_QUOTES.items()}
# Words after which "." does not end a sentence (titles, months, "No."): language
# structure, not domain knowledge.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "sens",
        "rep",
        "reps",
        "messrs",
        "amb",
        "rev",
        "hon",
        "pres",
        *MONTH_ABBREVIATIONS,
        "vs",
        "approx",
        "est",
        "fig",
        "dept",
        "inc",
        "corp",
        "co",
        "ltd",
        "mt",
        "ft",
    ]
)
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos"])  # "." after them ends no sentence only before a number
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z]+)$")
_ACRONYM_BEFORE_DOT = re.compile(r"(?:^|[^A-Za-z])(?:[A-Za-z]\.)+[A-Za-z]$")


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
    )


def _period_ends(text: str, i: int, limit: int) -> bool:
    """Whether the ASCII '.' at ``text[i]`` ends an English sentence."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < limit else ""
    if prev.isdigit() and nxt.isdigit():
        return False  # 7.5
    if nxt == ".":
        return False  # inside "...": only the last dot may end the sentence
    if nxt and not nxt.isspace() and not _is_cjk(nxt) and nxt not in _CLOSERS:
        return False  # "U.S.-China", "example.com", "3.a"
    line_start = text.rfind("\n", 0, i) + 1
    before = text[line_start:i]
    if _ACRONYM_BEFORE_DOT.search(before) or re.search(r"(?:^|[^A-Za-z])[A-Z]$", before):
        return False  # U.S. / e.g. / a single capital initial "J."
    m = _WORD_BEFORE_DOT.search(before)
    if m and m.group(1).lower() in _NUMBER_ABBREVIATIONS:
        # "No. 2", "Nos. 3 and 4": a number sign only before a number ("China said no. The US …" ends)
        return not re.match(r"\s*\d", text[i + 1 : i + 4])
    if m and m.group(1).lower() in _ABBREVIATIONS:
        return False
    # the next word must look like a new sentence (not lower case)
    j = i + 1
    while j < limit and text[j] in _CLOSERS:
        j += 1
    while j < limit and text[j] in " \t\u3000":
        j += 1
    return not (j < limit and text[j].islower())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences whose offsets index ``text`` itself.

    Why these rules: evidence must be a whole sentence cut exactly out of the
    document (``text[s.start:s.end] == s.text``), and a quotation must stay in
    one piece with its attribution so statements keep their speaker:

    * Chinese 。！？ and ……, English . ! ? end a sentence; "." does not after
      abbreviations (Mr. Oct.; No. before a number), acronyms (U.S.), single initials, in
      decimals (7.5) or before a lower-case word. Closing quotes/brackets after
      the terminator belong to the sentence.
    * Inside 「…」, 『…』, “…” or "…" terminators do not end the sentence. When a
      quote closes right after a terminator (``。」``) the sentence ends there,
      unless the sentence opened with that quote and Chinese text follows
      (``「A。」他說。`` is one sentence) or a lower-case word follows (English
      ``"Stop!" he said.``).
    * A newline always ends a sentence (and closes any open quote).
    * Surrounding whitespace is stripped; empty sentences are skipped.
    """
    limit = len(text) if end is None else min(end, len(text))
    out: list[Sentence] = []
    seg_start = start
    depth = 0
    ascii_open = False
    opened_with_quote = False
    i = start

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(Sentence(a, b, text[a:b]))

    def seg_empty_before(k: int) -> bool:
        return text[seg_start:k].strip() == ""

    while i < limit:
        ch = text[i]
        if ch == "\n":
            emit(seg_start, i)
            seg_start = i + 1
            depth = 0
            ascii_open = False
            opened_with_quote = False
            i += 1
            continue
        if ch in _OPEN_QUOTES:
            if depth == 0 and not ascii_open and seg_empty_before(i):
                opened_with_quote = True
            depth += 1
            i += 1
            continue
        if ch == '"':
            prev = text[i - 1] if i > seg_start else ""
            if not ascii_open and (
                not prev or prev.isspace() or prev in "(（[:：,，—-" or _is_cjk(prev)
            ):
                if depth == 0 and seg_empty_before(i):
                    opened_with_quote = True
                ascii_open = True
                i += 1
                continue
            if ascii_open:
                ascii_open = False
                i = _after_quote_close(text, i, limit, depth, opened_with_quote)
                if i < 0:  # sentence ended after the quote
                    i = -i
                    emit(seg_start, i)
                    seg_start = i
                    opened_with_quote = False
                continue
            i += 1
            continue
        if ch in _CLOSE_QUOTES:
            if depth > 0:
                depth -= 1
            if depth == 0 and not ascii_open:
                j = _after_quote_close(text, i, limit, 0, opened_with_quote)
                if j < 0:
                    j = -j
                    emit(seg_start, j)
                    seg_start = j
                    opened_with_quote = False
                i = j
                continue
            i += 1
            continue
        if depth > 0 or ascii_open:
            i += 1
            continue
        is_end = False
        if ch in _TERMINAL:
            is_end = True
        elif ch == _ELLIPSIS:
            # "……" ends a sentence when what follows is not more of it
            is_end = True
        elif ch == ".":
            is_end = _period_ends(text, i, limit)
        if not is_end:
            i += 1
            continue
        j = i + 1
        while j < limit and (text[j] in _TERMINAL or text[j] == _ELLIPSIS or text[j] == "."):
            j += 1
        while j < limit and text[j] in _CLOSERS and text[j] != '"':
            j += 1
        if ch == "." and j > i + 1 and re.match(r"[ \t]*[,;]", text[j:limit]):
            i = j  # "Jane Doe (R-Mo.), John Roe": an abbreviation closing a bracket, the sentence goes on
            continue
        emit(seg_start, j)
        seg_start = j
        opened_with_quote = False
        i = j
    emit(seg_start, limit)
    return [part for sent in out for part in _split_dateline(sent)]


# a Chinese wire dateline opening a sentence: outlet and place, the day, 电 (dispatch), and the
# reporter's byline in brackets (中新社北京10月10日电（记者 李晓喻）, 【新華社華盛頓5月19日電】)
_DATELINE = re.compile(
    r"[【\[]?[\u4e00-\u9fffA-Za-z]{1,8}?[社网網讯訊报報台][\u4e00-\u9fffA-Za-z]{0,6}?"
    r"\d{1,2}月\d{1,2}日[电電][】\]]?[，,：:]?[ \t\u3000]*"
    r"(?:[（(][^）)\n]{0,30}[）)][ \t\u3000]*)?"
    # or one in brackets, as papers type them: (北京/華盛頓4日綜合電), （中央社華盛頓22日綜合外電報導）,
    # (华盛顿7日讯), 【明報專訊】
    r"|[（(【〔\[][^）)】〕\]\n。]{0,30}?(?:电|電|讯|訊|报道|報導|報道|专讯|專訊)[）)】〕\]][ \t\u3000]*"
    # or an English wire's: the city in capitals, a country or the day after a comma, the agency in
    # brackets, then a dash (BUSAN, South Korea — ; WASHINGTON (AP) — ; BEIJING, Sept. 30 (Xinhua) --)
    r"|[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?"
    r"(?:,?\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?(?:\s+\([A-Z][A-Za-z]{1,12}\))?\s+(?:—|–|--)\s+"
)


def _split_dateline(sent: Sentence) -> list[Sentence]:
    """A dateline is a sentence of its own: the outlet filing the story is no subject of the
    story's first sentence (中新社…电 针对美国升级出口管制…: the outlet imposes nothing; BUSAN, South
    Korea — the president said …: the place asks for nothing)."""
    m = _DATELINE.match(sent.text)
    if m is None or m.end() >= len(sent.text):
        return [sent]
    head = sent.text[: m.end()].rstrip(" \t\u3000")
    cut = sent.start + m.end()
    return [Sentence(sent.start, sent.start + len(head), head), Sentence(cut, sent.end, sent.text[m.end() :])]


def _after_quote_close(text: str, i: int, limit: int, depth: int, opened_with_quote: bool) -> int:
    """Position after the closing quote at ``i``; negative when the sentence ends there."""
    j = i + 1
    if depth > 0:
        return j
    prev = text[i - 1] if i > 0 else ""
    if prev not in _TERMINAL and prev != _ELLIPSIS and prev != ".":
        return j
    # absorb further closers ("。」）")
    while j < limit and text[j] in _CLOSERS and text[j] != '"':
        j += 1
    k = j
    while k < limit and text[k] in " \t\u3000":
        k += 1
    nxt = text[k] if k < limit else ""
    if nxt and nxt.islower() and nxt.isascii():
        return j  # "Stop!" he said.
    if opened_with_quote and nxt and _is_cjk(nxt) and nxt not in _OPEN_QUOTES and nxt != "\n":
        return j  # 「A。」他說。
    return -j


# ---------------------------------------------------------------------------
# plain text: header line and feed split

_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t\u3000]+(.*?))?\s*$")
_META_LINE = re.compile(r"^\s*(source|url)\s*[:：]\s*(\S.*?)\s*$", re.IGNORECASE)
_TRAILER = re.compile(
    r"^(?P<pre>.*?)[ \t\u3000]*[・·•‧][ \t\u3000]*(?P<n>\d+)[ \t\u3000]*"
    r"(?P<unit>小時前|小时前|分鐘前|分钟前|秒前|天前|週前|周前|"
    r"(?:hours?|hrs?|minutes?|mins?|days?|weeks?)[ \t]+ago)[ \t\u3000]*$",
    re.IGNORECASE,
)
# Characters that end the text before a glued outlet name ("…結果。德國之聲").
_SENTENCE_PUNCT = "。！？!?」』”…"
# Characters that cannot be part of an outlet name in the fallback heuristic.
_ANY_PUNCT = _SENTENCE_PUNCT + "，,、；;：:（）()《》〈〉「『“\"'’[]【】／/"
_BYLINE = re.compile(
    r"^(?:[\[【]([^\]】\s]{2,24})[\]】]|([^\s／/，,。]{2,24}?)記者|([^\s／/，,。]{2,24}?)记者)"
)


@dataclass
class _Header:
    date: str | None = None
    title: str = ""
    source: str | None = None
    url: str | None = None


_TITLE_MAX = {"cjk": 50, "latin": 120}  # characters: a longer header line is a paragraph
_INNER_END = re.compile(r"[。！？!?](?=.)|\.\s+(?=[A-Z\u201c\"])")


def _title_like(line: str) -> bool:
    """A headline: short, one sentence at most (a question or exclamation may end it)."""
    limit = _TITLE_MAX["cjk" if re.search(r"[\u4e00-\u9fff]", line) else "latin"]
    return len(line) <= limit and _INNER_END.search(line.rstrip("。！？!?.」”\" ")) is None


def _first_sentence(paragraph: str) -> str:
    m = _INNER_END.search(paragraph)
    head = paragraph[: m.end()].strip() if m else paragraph
    return head if len(head) <= 200 else head[:200].rstrip() + "…"


def _parse_header(text: str) -> tuple[_Header, str]:
    """Read a leading ``date YYYY-MM-DD <title>`` line (and ``source:``/``url:`` lines after it)."""
    head = _Header()
    first, _, rest = text.partition("\n")
    m = _HEADER.match(first)
    if not m:
        return head, text
    head.date = m.group(1)
    lead = (m.group(2) or "").strip()
    head.title = lead if not lead or _title_like(lead) else _first_sentence(lead)
    while rest:
        line, sep2, after = rest.partition("\n")
        mm = _META_LINE.match(line)
        if not mm:
            break
        if mm.group(1).lower() == "source":
            head.source = mm.group(2)
        else:
            head.url = mm.group(2)
        rest = after if sep2 else ""
    if lead and rest.strip():
        # the headline, or the page's first paragraph ("date 2025-10-13 某國總統週一表示…。"), is
        # text the article says: it stays the text's first line, its claims with their evidence
        # (a paragraph's first sentence serves as the title)
        rest = lead + "\n" + rest
    elif lead and not _title_like(lead):
        rest = lead  # a paragraph alone is the text
    return head, rest


@dataclass
class _FeedItem:
    lines: list[str]  # the item's lines; the last one still holds the trailer's text before " ・ "
    pre: str  # text of the trailer line before the separator


def _feed_markers() -> list[str]:
    from kg.lexicon import load

    terms = [t.text for t in load().cues("feed-marker")]
    return terms or list(DEFAULT_FEED_MARKERS)


def _known_outlets() -> list[str]:
    """Organisation labels of the lexicon plus the ``news-outlet`` cue set."""
    from kg.lexicon import load

    lex = load()
    names = {t.text for a in lex.actors.values() if a.type == "Organization" for t in a.terms}
    names.update(t.text for t in lex.cues("news-outlet"))
    return sorted(n for n in names if len(n) >= 2)


def _split_feed(body: str) -> tuple[str, list[_FeedItem]] | None:
    """Find a feed-marker line followed by trailer lines; None when the page has no feed."""
    if not any(_TRAILER.match(line) for line in body.split("\n")):
        return None
    markers = {m.strip().casefold() for m in _feed_markers()}
    lines = body.split("\n")
    for idx, line in enumerate(lines):
        if line.strip().casefold() not in markers:
            continue
        items: list[_FeedItem] = []
        current: list[str] = []
        for ln in lines[idx + 1 :]:
            m = _TRAILER.match(ln)
            if m:
                items.append(_FeedItem(lines=[*current], pre=m.group("pre").rstrip()))
                current = []
            elif ln.strip():
                current.append(ln.strip())
        # lines after the last trailer (page footer) belong to no item and are dropped
        if items:
            return "\n".join(lines[:idx]).rstrip(), items
    return None


def _ends_with(text: str, name: str) -> bool:
    if not text.endswith(name):
        return False
    before = text[: len(text) - len(name)]
    # "CNN" must not match the end of "XCNN": an ASCII name needs a non-ASCII-alnum before it
    return not (
        before
        and name[0].isascii()
        and name[0].isalnum()
        and before[-1].isascii()
        and before[-1].isalnum()
    )


def _trailing_run(pre: str) -> tuple[str, bool]:
    """The trailing run of non-punctuation characters, and whether a sentence end precedes it."""
    k = len(pre)
    while (
        k > 0
        and pre[k - 1] not in _ANY_PUNCT
        and not (pre[k - 1] == "." and pre[k - 2 : k] == "..")
    ):
        k -= 1
    run = pre[k:].strip()
    clean = k > 0 and (pre[k - 1] in _SENTENCE_PUNCT or pre[k - 1] == ".")
    return run, clean


def _resolve_outlet(item: _FeedItem, known: Sequence[str]) -> tuple[str, str]:
    """Split the trailer line's text into (body remainder, outlet name).

    Heuristic, in order (the outlet is glued to the end of the text, often
    with no space, and snippets are cut mid-word):

    1. an item whose trailer line holds nothing but a name, after a title and
       body line: the whole line is the outlet;
    2. the longest known name the text ends with: lexicon organisation labels,
       the ``news-outlet`` cue set, outlets that stand cleanly after a sentence
       end in other items of the same page, and the item's own byline
       (``[X]`` / ``【X】`` / ``X記者`` at its start);
    3. when the text starts with the item's title line (body repeats the
       title), the rest after the title;
    4. else the maximal trailing run of non-punctuation characters after the
       last punctuation mark.
    """
    pre = item.pre
    run, _clean = _trailing_run(pre)
    if len(item.lines) >= 2 and run == pre and len(pre) <= 40:
        return "", pre  # title and body lines came before: this line is only the outlet
    candidates = set(known)
    # the body's first line: the line after the title, or the trailer line itself
    first = item.lines[1] if len(item.lines) > 1 else pre
    mb = _BYLINE.match(first)
    if mb:
        candidates.add(next(g for g in mb.groups() if g))
    best = ""
    for name in candidates:
        if len(name) > len(best) and len(name) < len(pre) and _ends_with(pre, name):
            best = name
    if best:
        return pre[: len(pre) - len(best)].rstrip(), best
    if item.lines and pre.startswith(item.lines[0]) and len(pre) > len(item.lines[0]):
        rest = pre[len(item.lines[0]) :].strip()
        if rest and len(rest) <= 30:
            return pre[: len(pre) - len(rest)].rstrip(), rest
    if run and run != pre:
        return pre[: len(pre) - len(run)].rstrip(), run
    return pre, ""


def _feed_documents(items: list[_FeedItem], base: Document) -> Iterator[Document]:
    known = _known_outlets()
    # outlets standing cleanly after a sentence end, per item, to help the glued ones
    clean_runs: list[str] = []
    for it in items:
        run, clean = _trailing_run(it.pre)
        clean_runs.append(run if clean and 2 <= len(run) <= 24 else "")
    for n, it in enumerate(items, start=1):
        others = [r for k, r in enumerate(clean_runs) if r and k != n - 1]
        rest, outlet = _resolve_outlet(it, [*known, *others])
        lines = [*it.lines]
        if rest:
            lines.append(rest)
        if not lines:
            continue
        title = lines[0]
        if len(lines) == 2 and lines[1] == title:
            lines = [title]
        yield Document(
            id=f"{base.id}-feed-{n}",
            text="\n".join(lines),
            title=title,
            date=base.date,
            source=outlet or None,
            path=base.path,
        )


def _text_documents(
    text: str, doc_id: str, path: str, markdown: bool = False
) -> Iterator[Document]:
    head, body = _parse_header(unwrap(text))  # a wrapped first line is no title
    title = head.title
    if markdown and not title:
        for line in body.split("\n"):
            if line.strip():
                m = re.match(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", line)
                if m:
                    title = m.group(1)
                break
    main = Document(
        id=doc_id,
        text=body.strip(),
        title=title,
        date=head.date,
        source=head.source,
        url=head.url,
        path=path,
    )
    feed = _split_feed(body)
    if feed is not None:
        main.text = feed[0].strip()
    yield main
    if feed is not None:
        yield from _feed_documents(feed[1], main)


# ---------------------------------------------------------------------------
# HTML

_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "input",
        "textarea",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "menu",
        "dialog",
        "head",
    ]
)
_DROP_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"]
)
_DROP_CLASSES = frozenset(
    ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar"]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "figure",
        "figcaption",
        "address",
        "hr",
        "caption",
        "details",
        "summary",
    ]
)
_CJK_CLASS = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_NEWLINE = re.compile(rf"(?<=[{_CJK_CLASS}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_CJK_CLASS}])")
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _norm_date(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _ISO_DATE.match(s)
    return m.group(1) if m else s


def _dropped(tag) -> bool:
    if tag.name in _DROP_TAGS:
        return True
    attrs = tag.attrs or {}
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if str(attrs.get("role", "")).lower() in _DROP_ROLES:
        return True
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    ident = str(attrs.get("id", "")).lower()
    return ident in _DROP_CLASSES or any(c.lower() in _DROP_CLASSES for c in classes)


def _html_text(root) -> str:
    """Visible text of ``root``: blocks on their own lines, menus and scripts left out."""
    from bs4 import CData, NavigableString, Tag

    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            parts.append(node)  # a block separator pushed below
            continue
        if isinstance(node, Tag):
            if node is not root and _dropped(node):
                continue
            if node.name == "br":
                parts.append("\n")
                continue
            block = node.name in _BLOCK_TAGS
            cell = node.name in ("td", "th")
            if block:
                parts.append("\n")
            if cell:
                parts.append(" ")
            stack.append("\n" if block else (" " if cell else ""))
            stack.extend(reversed(list(node.children)))
            continue
        if type(node) in (NavigableString, CData):
            s = _CJK_NEWLINE.sub("", str(node))
            parts.append(_SPACES.sub(" ", s))
    lines = [re.sub(r" {2,}", " ", ln).strip() for ln in "".join(parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _html_document(text: str, doc_id: str, path: str) -> Document:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")

    def meta(*keys: str) -> str | None:
        for key in keys:
            for attr in ("property", "name", "itemprop"):
                tag = soup.find("meta", attrs={attr: key})
                if tag is not None and str(tag.get("content", "")).strip():
                    return str(tag.get("content")).strip()
        return None

    title = ""
    if soup.title is not None and soup.title.get_text(strip=True):
        title = _SPACES.sub(" ", soup.title.get_text()).strip()
    else:
        h1 = soup.find("h1")
        if h1 is not None:
            title = _SPACES.sub(" ", h1.get_text()).strip()
    date = meta(
        "article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "date",
        "DC.date.issued",
    )
    if date is None:
        t = soup.find("time", attrs={"datetime": True})
        if t is not None:
            date = str(t.get("datetime"))
    url = None
    link = soup.find("link", attrs={"rel": "canonical"})
    if link is not None and link.get("href"):
        url = str(link.get("href")).strip()
    url = url or meta("og:url")
    source = meta("og:site_name")

    articles = soup.find_all("article")
    if articles:
        # a page may hold several (teasers, comments): the longest is the story
        texts = [(_html_text(a), k) for k, a in enumerate(articles)]
        body_text, _ = max(texts, key=lambda tk: (len(tk[0]), -tk[1]))
    else:
        body_text = _html_text(soup.find("main") or soup.find("body") or soup)
    return Document(
        id=doc_id,
        text=body_text,
        title=title,
        date=_norm_date(date),
        source=source,
        url=url,
        path=path,
    )


# ---------------------------------------------------------------------------
# JSONL


def _jsonl_documents(
    path: Path,
    doc_id: str,
    skip_bad: bool,
    skipped: list[str] | None,
) -> Iterator[Document]:
    """One document per line, read line by line (never the whole file)."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    found_text = False
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            found_text = True
            try:
                doc = _jsonl_line(raw, path, lineno, doc_id)
            except MalformedLineError as exc:
                if not skip_bad:
                    raise
                if skipped is not None:
                    skipped.append(str(exc))
                continue
            yield doc
    if not found_text:
        raise InputError(f"{path}: file is empty")


def _jsonl_line(raw: bytes, path: Path, lineno: int, doc_id: str) -> Document:
    where = f"{path}:{lineno}"
    if len(raw) > MAX_FILE_BYTES:
        raise MalformedLineError(f"{where}: line is over the limit of {MAX_FILE_BYTES} bytes")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            line = decode_bytes(raw, where)
        except InputError as exc:
            raise MalformedLineError(f"{where}: not valid text: {exc}") from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedLineError(
            f"{where}: not valid JSON ({exc.msg} at column {exc.colno})"
        ) from None
    except RecursionError:  # e.g. [[[[…]]]] thousands deep
        raise MalformedLineError(f"{where}: not valid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise MalformedLineError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedLineError(f'{where}: missing or empty "text" field')
    fields: dict[str, str | None] = {}
    for key in ("id", "title", "date", "url", "source"):
        value = obj.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise MalformedLineError(f'{where}: field "{key}" must be a string')
        fields[key] = None if value is None else str(value).strip() or None
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return Document(
        id=slug_id(fields["id"]) if fields["id"] else f"{doc_id}-{lineno}",
        text=text,
        title=fields["title"] or "",
        date=_norm_date(fields["date"]),
        source=fields["source"],
        url=fields["url"],
        path=str(path),
    )


# ---------------------------------------------------------------------------
# files and directories


_LONE_SURROGATE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _scrub(value: str | None) -> str | None:
    """Lone surrogates and non-characters become U+FFFD, C0 control characters a space.

    Why: lone surrogates (``"\\ud800"`` JSON escapes, undecodable file names)
    cannot be encoded as UTF-8, and control characters are not allowed in XML
    (GraphML), so writers downstream would fail or write unreadable files;
    replacing one character by one keeps sentence offsets.
    """
    if not value:
        return value
    return _CONTROL.sub(" ", _LONE_SURROGATE.sub("\ufffd", value))


def _width(line: str) -> int:
    """Columns a line takes in a fixed-width font (full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "FW" else 1 for ch in line)


def unwrap(text: str) -> str:
    """Join the lines of text hard-wrapped at a fixed width (wire copy typed into 40-character
    lines, a name cut in two: 王大 / 偉１５日表示): a newline ends a sentence, so a wrapped line
    must go on with the next. Text is wrapped when most of its lines fill about the same width;
    a line that fills it goes on with the next one, across as many blank lines as the wrapped
    lines are usually apart (more blank lines than that is a paragraph break). Other text is
    returned unchanged."""
    lines = text.split("\n")
    widths = [_width(x.rstrip()) for x in lines]
    filled = sorted(w for w in widths if w)
    if len(filled) < 6:
        return text
    top = filled[int(len(filled) * 0.9) - 1]
    full = [i for i, w in enumerate(widths) if w >= top - 4]
    if top < 40 or len(full) < 0.5 * len(filled):
        return text
    gaps: dict[int, int] = {}
    for i in full:  # blank lines between a full line and the next line of text
        j = i + 1
        while j < len(lines) and not widths[j]:
            j += 1
        if j < len(lines):
            gaps[j - i - 1] = gaps.get(j - i - 1, 0) + 1
    usual = max(sorted(gaps), key=lambda g: gaps[g]) if gaps else 0
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while widths[i] >= top - 4 and j + usual < len(lines) and all(not widths[k] for k in range(j, j + usual)):
            nxt = j + usual
            if not widths[nxt]:
                break
            a, b = line.rstrip()[-1:], lines[nxt].lstrip()[:1]
            cjk = any(unicodedata.east_asian_width(ch) in "FW" for ch in a + b)
            line = line.rstrip() + ("" if cjk else " ") + lines[nxt].lstrip()
            i, j = nxt, nxt + 1
        out.append(line)
        i = j
    return "\n".join(out)


def _finish(doc: Document) -> Document:
    doc.text = unwrap(_scrub(doc.text) or "")
    # metadata fields: trimmed again, as a control character may have become a space at an end
    doc.title = (_scrub(doc.title) or "").strip()
    doc.source, doc.url, doc.date = (
        (_scrub(v) or "").strip() or None for v in (doc.source, doc.url, doc.date)
    )
    doc.path = _scrub(doc.path) or ""
    doc.lang = detect_lang(doc.text)
    doc.sentences = split_sentences(doc.text)
    return doc


def _read_file(
    path: Path,
    doc_id: str,
    skip_bad: bool = False,
    skipped: list[str] | None = None,
) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for doc in _jsonl_documents(path, doc_id, skip_bad, skipped):
            yield _finish(doc)
        return
    data = _read_bytes(path)
    declared = None
    if suffix in (".html", ".htm"):
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii").lower() if m else None
    text = decode_bytes(data, str(path), declared)
    if suffix in (".html", ".htm"):
        doc = _html_document(text, doc_id, str(path))
        if not doc.text.strip():
            raise InputError(f"{path}: no article text in the HTML page")
        yield _finish(doc)
        return
    docs = list(_text_documents(text, doc_id, str(path), markdown=suffix in (".md", ".markdown")))
    if not docs[0].text and len(docs) == 1:
        raise InputError(f"{path}: file is empty (a header line but no text)")
    for doc in docs:
        if doc.text:
            yield _finish(doc)


def read_path(path: Path) -> Iterator[Document]:
    """The documents of one file, its id taken from the file name (stem, slugged).

    A page with a main article and a feed yields the main article first
    (id = file id) and then one document per feed item (``<id>-feed-<n>``);
    a JSONL file yields one document per line (``<id>-<line>`` unless the
    line has an ``id``).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; use iter_documents for directories")
    yield from _read_file(path, slug_id(path.stem))


def _walk(root: Path) -> Iterator[Path]:
    """Readable files under ``root``, recursively, sorted by name; hidden entries skipped."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"{root}: cannot list directory: {exc.strerror or exc}") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        p = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(p)
        elif entry.is_file() and p.suffix.lower() in TEXT_EXTENSIONS:
            yield p


def _relative_id(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    return "--".join(slug_id(part) for part in rel.parts)


class FileRecords(Protocol):
    """What :func:`iter_documents` read from each file last time (see :class:`kg.cache.ExtractionCache`)."""

    def recall(self, path: Path, where: str) -> tuple[list[tuple[str, Document]], list[str]] | None:
        """The documents of an unchanged file (its raw id, a stand-in with its final id) and its skipped lines."""

    def read(self, where: str, raw_id: str, doc: Document) -> None:
        """One document read from the file ``where`` (``raw_id``: its id before :func:`_unique`)."""

    def remember(self, path: Path, where: str, skipped: list[str]) -> None:
        """The file ``where`` was read in full (after its last :meth:`read`)."""


def iter_documents(
    paths: Sequence[Path | str],
    skip_bad: bool = False,
    skipped: list[str] | None = None,
    files: FileRecords | None = None,
) -> Iterator[Document]:
    """Stream the documents of files and directories, one at a time, in a fixed order.

    Directories are walked recursively in sorted order and only files with a
    known extension (:data:`TEXT_EXTENSIONS`) are read; a file named explicitly
    is read whatever its extension (unknown ones as plain text). Ids come from
    the path relative to the argument the file was found under (sub-folders
    joined by ``--``), so the same corpus gives the same ids on any machine; a
    repeated id gets ``-2``, ``-3`` … in reading order.

    With ``skip_bad`` a file that cannot be read (empty, binary, undecodable,
    too large) or a malformed JSONL line is skipped and its message appended
    to ``skipped`` (when given) instead of raising. A path that does not exist
    always raises :class:`InputError`; :class:`NoDocumentsError` is raised
    when nothing at all was yielded.

    ``files`` (the build cache) skips reading a file unchanged since it was
    last read in full: its documents come as stand-ins (metadata only, see
    :meth:`kg.cache.ExtractionCache.recall`) whose extraction is in the
    cache, as long as each gets the same id as then.
    """
    seen: set[str] = set()
    count = 0
    for arg in paths:
        root = Path(arg)
        if not root.exists():
            raise InputError(f"{root}: no such file or directory")
        if root.is_dir():
            readable: Iterator[tuple[Path, str]] = ((p, _relative_id(p, root)) for p in _walk(root))
        else:
            readable = iter([(root, slug_id(root.stem))])
        for path, base in readable:
            shown = _shown_path(path, root)
            where = f"{shown}\x1f{base}\x1f{int(skip_bad)}"
            if files is not None:
                known = files.recall(path, where)
                if known is not None and _same_ids(known[0], seen):
                    if skipped is not None:
                        skipped.extend(known[1])
                    for _raw, stub in known[0]:
                        count += 1
                        yield stub
                    continue
            lines: list[str] = []  # this file's skipped lines, passed on to ``skipped`` as met
            passed = 0
            try:
                for doc in _read_file(path, base, skip_bad, lines):
                    raw = doc.id
                    doc.id = _unique(doc.id, seen)
                    doc.path = shown
                    count += 1
                    if files is not None:
                        files.read(where, raw, doc)
                    if skipped is not None:
                        skipped.extend(lines[passed:])
                    passed = len(lines)
                    yield doc
                if skipped is not None:
                    skipped.extend(lines[passed:])
                passed = len(lines)
                if files is not None:
                    files.remember(path, where, lines)
            except InputError as exc:
                if not skip_bad or isinstance(exc, NoDocumentsError):
                    raise
                if skipped is not None:
                    skipped.extend(lines[passed:])
                    skipped.append(str(exc))
    if count == 0:
        names = ", ".join(str(p) for p in paths) or "(no paths)"
        extra = f" ({len(skipped)} skipped)" if skipped else ""
        raise NoDocumentsError(f"no readable documents in {names}{extra}")


def _shown_path(path: Path, root: Path) -> str:
    """The path recorded on a document: relative to the argument's folder, never absolute.

    Why: outputs must not depend on where the corpus lies on disk or how the
    user spelled its path (``seeds/`` and ``/home/x/seeds`` give ``seeds/a.txt``).
    """
    if root.is_dir():
        return "/".join((root.resolve().name, *path.relative_to(root).parts))
    return path.name


def _same_ids(docs: list[tuple[str, Document]], seen: set[str]) -> bool:
    """Give each recalled document its id as :func:`_unique` would: True when all come out as recorded.

    Otherwise ``seen`` is left as it was (the file is then read again).
    """
    given = []
    for raw, stub in docs:
        doc_id = _unique(raw, seen)
        given.append(doc_id)
        if doc_id != stub.id:
            seen.difference_update(given)
            return False
    return True


def _unique(doc_id: str, seen: set[str]) -> str:
    if doc_id not in seen:
        seen.add(doc_id)
        return doc_id
    k = 2
    while f"{doc_id}-{k}" in seen:
        k += 1
    new = f"{doc_id}-{k}"
    seen.add(new)
    return new
