"""The date of a claim: its document's date, or a date its sentence names, resolved against it.

Why a module of its own: dating is a question of the sentence and its
document only, and cheap, so it runs at resolution (never in the cached
extraction) and the same rules serve every language. The words (month names,
weekdays, 昨天, 上週, the 年/月/日 marks) are data in ``ontology/calendar.ttl``;
this module holds only the rules:

* ``2025年10月9日``, ``October 9, 2025``, ``2025-10-09``: that day.
* ``明年1月1日``, ``去年10月9日``: that day in the year the word names, counted from the document's.
* ``10月9日``, ``Oct. 9``, ``9 October``: that day in the year that puts it
  between 299 days before and 65 days after the document's date (a December
  date in a January article is last year's, a May date in a December article
  this year's, "from Nov. 1" in an October article the coming one).
* ``9日`` / ``9號``: that day in the month that puts it nearest the document's date.
* a period (``9月14日至15日``): its first day.
* a weekday alone (``on Thursday``, ``週四``): the latest such day on or before
  the document's date, as news reports past days of the current week; the
  next such day when its clause says the event is still to come (``週四將``,
  ``will meet on Thursday``);
  ``上週四`` / ``下週四`` / ``this Thursday``: that weekday of the previous, next or
  same calendar week (Monday to Sunday); ``last Thursday``: the latest
  Thursday before the document's date; ``next Thursday`` is not certain.
* ``yesterday``, ``昨天``, ``前天``, ``today``, ``明天``: counted from the document's date.

A sentence whose mentions resolve to different days, or that names a day
that is not certain, is dated by its document. A claim of an undated document
has no date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.errors import LexiconError, UsageError
from kg.namespaces import CM
from kg.resources import ontology_dir
from kg.textnorm import has_cjk, to_simplified, to_traditional

CALENDAR_FILE = "calendar.ttl"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class Calendar:
    """The calendar words of ``ontology/calendar.ttl``, ready to build patterns from."""

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    week_offsets: dict[str, int] = field(default_factory=dict)
    before: set[str] = field(default_factory=set)
    uncertain: set[str] = field(default_factory=set)
    day_offsets: dict[str, int] = field(default_factory=dict)
    year_offsets: dict[str, int] = field(default_factory=dict)
    marks: dict[str, set[str]] = field(default_factory=dict)
    future: set[str] = field(default_factory=set)


def _forms(lit: Literal) -> set[str]:
    """A term and, for Chinese, its twin in the other script."""
    text = str(lit)
    if has_cjk(text):
        return {text, to_simplified(text), to_traditional(text)}
    return {text}


def _int(value: object, what: str) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise LexiconError(f"{CALENDAR_FILE}: {what} {value!r} is not an integer") from None


def load_calendar(directory: Path | None = None) -> Calendar:
    """Read ``calendar.ttl`` of ``directory`` (default: the ontology in use; once per process)."""
    return _load_calendar(ontology_dir() if directory is None else Path(directory))


@lru_cache(maxsize=2)
def _load_calendar(directory: Path) -> Calendar:
    path = Path(directory) / CALENDAR_FILE
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise LexiconError(f"{path}: cannot read calendar words: {exc}") from exc
    cal = Calendar()
    for node in sorted(set(g.subjects(RDF.type, CM.CalendarWord)), key=str):
        terms: set[str] = set()
        for lit in g.objects(node, CM["term"]):
            if isinstance(lit, Literal):
                terms |= _forms(lit)
        for pred, table in ((CM.month, cal.months), (CM.weekday, cal.weekdays),
                            (CM.weekOffset, cal.week_offsets), (CM.dayOffset, cal.day_offsets),
                            (CM.yearOffset, cal.year_offsets)):
            value = g.value(node, pred)
            if value is not None:
                table.update(dict.fromkeys(terms, _int(value, str(pred))))
        if g.value(node, CM.weekdayBefore) is not None:
            cal.before |= terms
        if g.value(node, CM.uncertain) is not None:
            cal.uncertain |= terms
        if g.value(node, CM.futureMarker) is not None:
            cal.future |= terms
        mark = g.value(node, CM.dateMark)
        if mark is not None:
            cal.marks.setdefault(str(mark), set()).update(terms)
    if not cal.months or not cal.weekdays or not cal.marks.get("day"):
        raise LexiconError(f"{path}: needs month names, weekdays and a day mark")
    return cal


def _alt(words: set[str] | dict[str, int]) -> str:
    """A regex alternation of ``words``, longest first (so "Sept." wins over "Sept")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass
class _Patterns:
    future_after: re.Pattern[str] | None  # Chinese words, written after the weekday
    future_before: re.Pattern[str] | None  # English words, written before it
    iso: re.Pattern[str]
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    zh: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]


def _patterns(cal_dir: Path | None = None) -> _Patterns:
    return _patterns_of(ontology_dir() if cal_dir is None else Path(cal_dir))


@lru_cache(maxsize=2)
def _patterns_of(cal_dir: Path) -> _Patterns:
    cal = load_calendar(cal_dir)
    months = _alt(cal.months)
    year, month, day = (_alt(cal.marks.get(k, set())) for k in ("year", "month", "day"))
    not_day = _alt(cal.marks.get("not-day-after", set()))
    to = _alt(cal.marks.get("range", set()))
    # the end of a period (至15日, 至10月2日) is read with its start, so it is not a second day
    period_end = rf"(?:\s*(?:{to})\s*(?:\d{{1,2}}\s*(?:{month})\s*)?\d{{1,2}}\s*(?:{day}))?" if to else ""
    mods = _alt(set(cal.week_offsets) | cal.before | cal.uncertain)
    # 明年1月1日: a year word instead of the number (the group is empty without such words)
    ryear = rf"|(?P<ryear>{_alt(cal.year_offsets)})\s*" if cal.year_offsets else ""
    no_latin_before, no_latin_after = r"(?<![A-Za-z])", r"(?![A-Za-z])"
    zh_future = {w for w in cal.future if has_cjk(w)}
    en_future = cal.future - zh_future
    return _Patterns(
        future_after=re.compile(_alt(zh_future)) if zh_future else None,
        future_before=re.compile(rf"{no_latin_before}(?:{_alt(en_future)}){no_latin_after}") if en_future else None,
        iso=re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)"),
        month_day=re.compile(
            rf"{no_latin_before}(?P<mname>{months})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
            rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?"
        ),
        day_month=re.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mname>{months}){no_latin_after}"
            rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?"
        ),
        zh=re.compile(
            rf"(?<!\d)(?:(?P<year>\d{{4}})\s*(?:{year})\s*{ryear})?(?:(?P<mon>\d{{1,2}})\s*(?:{month})\s*)?"
            rf"(?P<day>\d{{1,2}})\s*(?:{day})" + period_end + (rf"(?!{not_day})" if not_day else "")
        ),
        weekday=re.compile(
            rf"{no_latin_before}(?:(?P<mod>{mods})\s*)?(?P<wd>{_alt(cal.weekdays)}){no_latin_after}"
        ),
        relative=re.compile(rf"{no_latin_before}(?P<rel>{_alt(cal.day_offsets)}){no_latin_after}"),
    )


def parse_date(value: str | None) -> date | None:
    """The calendar day of an ISO date or date-time string (``None`` when there is none)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest(base: date, candidates: Sequence[date | None]) -> date | None:
    found = [c for c in candidates if c is not None]
    return min(found, key=lambda c: (abs((c - base).days), c)) if found else None


# A month and day without a year fall in the year that puts them in this window
# around the document's date: news mostly reports the past months, and names
# coming days (a deadline, a meeting) only a few weeks ahead.
_BEFORE, _AFTER = timedelta(days=299), timedelta(days=65)


def _month_day(base: date, month: int, day: int, year: str | None) -> date | None:
    if year:
        return _day(int(year), month, day)
    found = [d for d in (_day(base.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    inside = [d for d in found if base - _BEFORE <= d <= base + _AFTER]
    return _nearest(base, inside or found)


def _day_only(base: date, day: int) -> date | None:
    candidates = []
    for k in (-1, 0, 1):
        y, m = divmod(base.year * 12 + base.month - 1 + k, 12)
        candidates.append(_day(y, m + 1, day))
    return _nearest(base, candidates)


_UNCERTAIN = date.min  # a mention that names a day, but not a certain one
# where a clause ends: a future marker counts only in the weekday's own clause
_CLAUSE_END = re.compile(r"[，。；：！？「」『』“”\"、,;:!?\n]")


def _to_come(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """Whether the clause of the weekday at ``text[start:end]`` says the event is still to come."""
    before = _CLAUSE_END.split(text[:start])[-1]
    after = _CLAUSE_END.split(text[end:])[0]
    return bool(
        (pat.future_after is not None and pat.future_after.search(after))
        or (pat.future_before is not None and pat.future_before.search(before))
    )


def mentions(sentence: str, base: date, calendar_dir: Path | None = None) -> list[date]:
    """Every day ``sentence`` names, resolved against ``base`` (``date.min`` for an uncertain one)."""
    cal = load_calendar(calendar_dir)
    pat = _patterns(calendar_dir)
    text = sentence.translate(_FULLWIDTH_DIGITS)
    out: list[date | None] = []
    for m in pat.iso.finditer(text):
        out.append(_day(int(m["year"]), int(m["mon"]), int(m["day"])))
    for rx in (pat.month_day, pat.day_month):
        for m in rx.finditer(text):
            out.append(_month_day(base, cal.months[m["mname"]], int(m["day"]), m["year"]))
    for m in pat.zh.finditer(text):
        if m["mon"] and m.groupdict().get("ryear"):
            out.append(_day(base.year + cal.year_offsets[m["ryear"]], int(m["mon"]), int(m["day"])))
        elif m["mon"]:
            out.append(_month_day(base, int(m["mon"]), int(m["day"]), m["year"]))
        elif not m["year"]:
            out.append(_day_only(base, int(m["day"])))
    for m in pat.weekday.finditer(text):
        wd, mod = cal.weekdays[m["wd"]], m["mod"]
        if mod in cal.uncertain:
            out.append(_UNCERTAIN)
        elif mod in cal.before:
            out.append(base - timedelta(days=(base.isoweekday() - wd - 1) % 7 + 1))
        elif mod in cal.week_offsets:
            monday = base - timedelta(days=base.isoweekday() - 1)
            out.append(monday + timedelta(days=7 * cal.week_offsets[mod] + wd - 1))
        elif _to_come(text, m.start(), m.end(), pat):
            out.append(base + timedelta(days=(wd - base.isoweekday()) % 7))
        else:
            out.append(base - timedelta(days=(base.isoweekday() - wd) % 7))
    for m in pat.relative.finditer(text):
        out.append(base + timedelta(days=cal.day_offsets[m["rel"]]))
    return [d for d in out if d is not None]


def claim_date(sentence: str, doc_date: str | None, calendar_dir: Path | None = None) -> str | None:
    """The ISO day a claim reports: the one day its sentence names, else its document's; None when undated."""
    base = parse_date(doc_date)
    if base is None:
        return None
    try:
        days = set(mentions(sentence, base, calendar_dir))
    except OverflowError:  # a day before 0001-01-01 or after 9999-12-31: not a day a news text reports
        return base.isoformat()
    if len(days) == 1 and _UNCERTAIN not in days:
        return days.pop().isoformat()
    return base.isoformat()


def period(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """The bounds of ``--since``/``--until`` as days; UsageError when one is not a day or they are reversed."""
    bounds: list[date | None] = []
    for name, value in (("--since", since), ("--until", until)):
        day = parse_date(value) if value else None
        if value and (day is None or len(value.strip()) != 10):
            raise UsageError(f"{name} {value!r} is not a day such as 2025-10-01")
        bounds.append(day)
    start, end = bounds
    if start and end and start > end:
        raise UsageError(f"--since {since} is after --until {until}")
    return start, end


def in_period(doc_date: str | None, start: date | None, end: date | None) -> bool:
    """Whether a document of ``doc_date`` falls in the period; an undated one only when there are no bounds."""
    if start is None and end is None:
        return True
    day = parse_date(doc_date)
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)
