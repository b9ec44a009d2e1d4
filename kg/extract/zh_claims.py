"""Chinese claim extraction: leverage (籌碼), demands (訴求), threats (威脅) and quotes.

Why structures and not sentences: the same few Chinese constructions carry
almost every bargaining claim in news, whichever outlet writes them —
``X手中最大的籌碼是Y``, ``Y正是X手中的王牌``, ``X將Y武器化``, ``X的訴求包括：A、B，
以及C``, ``X要求Y…``, ``X威脅…若…將…``, ``X表示：「…」``. This module encodes
those shapes; the words that fill them (籌碼, 王牌, 要求, 威脅, 表示 …) are
``cm:CueSet`` data in ``ontology/cues-zh-claims.ttl`` and the bargaining items
are the issue concepts of ``ontology/issues.ttl``.

Matching runs on the Simplified copy of the text (OpenCC t2s keeps length, so
offsets map 1:1); phrases and quotes are cut from the original text so they
keep the outlet's script. Every claim's actor is an actor mention of the
:class:`~kg.extract.mentions.ActorIndex` (found by the actor recogniser);
when no actor can be tied to a cue the claim is dropped — precision first.

Holders and speakers often stand far from their cue, so a few general
resolutions apply: a pronoun subject (他警告／他指出) is the last named person;
a chip named in an analyst's quote belongs to the side the quote is about
(``X手上的牌``); a subjectless predicate after reported speech (``X指出，…，
敦促Y…``) is the speaker's; a document as subject (``公告稱``) speaks for its
issuer; ``被問及…時`` and ``接受…採訪時`` name no subject.

Every scan is bounded (``_REACH`` characters around its cue, a few clauses)
and mention lookups bisect the sorted span list, so extraction stays linear
in the length of the text, even for one 10,000-character sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import partial

from kg.extract import _term_quote
from kg.extract.alternation import compile_literals
from kg.extract.measures import needs_thing, negated_modal
from kg.extract.mentions import ActorIndex, Span
from kg.extract.zh_actors import has_verb, is_word, simplified
from kg.lexicon import Lexicon
from kg.model import ClaimMention, Document, Sentence
from kg.textnorm import has_cjk, to_simplified

# Punctuation is language structure, not domain knowledge.
# a share that opens an item (九成…, 約七成…, 逾80%…): of the same thing as the item before, when it names none
_SHARE_OPENS = re.compile(r"(?:约|約|近|逾|超过|超過)?[\d一二三四五六七八九十百千两兩.]+(?:成|%|％)")
_SENT_END = "。！？!?；;\n\u3000"  # (a full-width space parts a headline: 北京下禁令\u3000美財長：…)
_CLAUSE_END = _SENT_END + "，,：:"
_QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”", "﹁": "﹂"}
_QUOTE_CLOSERS = set(_QUOTE_PAIRS.values())
_QUOTE_MARK = re.compile("[" + "".join(sorted(set(_QUOTE_PAIRS) | _QUOTE_CLOSERS | {"\n"})) + "]")
_DASHES = ("——", "—", "──", "─")
_MAX_ITEM = 60  # an item longer than this is a clause, not a bargaining item
# Look-back and look-ahead bounds: a subject, a clause or a speech verb lies within
# a few hundred characters of its cue in any real sentence, and bounding every scan
# keeps extraction linear on pathological input (one 10,000-character sentence).
_REACH = 400
# a time frame 在…之前/之後/時 (simplified text): its end, and the whole with the comma closing it
_TIME_FRAME_END = r"[^，,。；;]{0,24}?(?:之前|之后|以前|以后|(?<![小同])时)"  # not 小时 (hours), 同时
_TIME_FRAME = re.compile(rf"在{_TIME_FRAME_END}[，,]?")
_MAX_CLAUSES = 4
_REPORT_GAP = 14  # the most characters between two quotes of one report (，因為中國手上)


# ---------------------------------------------------------------------------
# cue tables


@dataclass(frozen=True)
class _Cues:
    """Compiled cue regexes of one lexicon (longest alternative first)."""

    rx: dict[str, re.Pattern[str]]
    keys: dict[str, tuple[str, ...]]
    keyset: dict[str, frozenset[str]]
    issue_rx: re.Pattern[str] | None
    issue_of_key: dict[str, str]
    latin_issues: tuple[tuple[str, str], ...]
    latin_rx: re.Pattern[str] | None = None  # any Latin issue key at all (most clauses have none)
    # the text last searched and, per cue kind, whether it holds the kind anywhere
    seen: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def find(self, kind: str, s: str, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
        """Non-overlapping matches of a cue kind in ``s[lo:hi]``, left to right.

        Why the memo: the claim rules ask for some twenty kinds in every sentence, and most
        kinds occur in few places. One scan of the whole text per kind and document gives its
        leftmost-longest matches; a window no such match overlaps holds none of the kind's
        words (a word starting in it would start a match there or lie inside one), so the
        window's own scan is run only where a match overlaps it.
        """
        rx = self.rx.get(kind)
        if rx is None:
            return []
        seen = self.seen
        if seen.get("") is not s:
            seen.clear()
            seen[""] = s
        spans = seen.get(kind)
        if spans is None:
            ms = list(rx.finditer(s))
            spans = seen[kind] = ([m.start() for m in ms], [m.end() for m in ms])
        starts, ends = spans  # type: ignore[misc]
        if not starts:
            return []
        end = len(s) if hi is None else hi
        j = bisect.bisect_right(ends, lo)  # the first whole-text match ending after lo
        if j == len(starts) or starts[j] >= end:
            return []
        return list(rx.finditer(s, lo, end))

    def starts(self, kind: str, s: str, pos: int) -> str | None:
        """The longest cue of ``kind`` that starts at ``pos``."""
        rx = self.rx.get(kind)
        if rx is None:
            return None
        m = rx.match(s, pos)
        return m.group(0) if m else None

    def ends(self, kind: str, s: str, pos: int) -> str | None:
        """The longest cue of ``kind`` that ends right at ``pos`` (one set lookup per length)."""
        keys = self.keys.get(kind, ())
        if not keys:
            return None
        ks = self.keyset[kind]
        for n in range(min(len(keys[0]), pos), 0, -1):
            if s[pos - n : pos] in ks:
                return s[pos - n : pos]
        return None


_KINDS = (
    "zh-this-noun",
    "zh-own-step-lead",
    "zh-addressee-everyone",
    "zh-oppose",
    "zh-leverage",
    "zh-leverage-use",
    "zh-leverage-object",
    "zh-weaponize",
    "zh-hand",
    "zh-hand-verb",
    "zh-leverage-act",
    "zh-hold",
    "zh-power",
    "zh-dependence",
    "zh-pressure",
    "zh-become-chip",
    "zh-weakness",
    "zh-choke-verb",
    "zh-choke-noun",
    "zh-deploy",
    "zh-deploy-purpose",
    "zh-card",
    "zh-card-verb",
    "zh-advantage",
    "zh-copula",
    "zh-passive-view",
    "zh-continuation",
    "zh-continuation-loose",
    "zh-also-has",
    "zh-demand",
    "zh-demand-weak",
    "zh-demand-of-state",
    "zh-demand-list",
    "zh-demand-modal",
    "zh-list-intro",
    "zh-exchange",
    "zh-action",
    "zh-item-split",
    "zh-threat",
    "zh-threat-alternative",
    "zh-ultimatum",
    "zh-first-person",
    "zh-clause-oblique",
    "zh-describe",
    "zh-condition",
    "zh-concession",
    "zh-consequence",
    "zh-punitive",
    "zh-retaliation",
    "zh-relief",
    "zh-time-lead",
    "zh-time-lead-not",
    "zh-speech",
    "zh-speech-noun",
    "zh-speech-bare",
    "zh-speech-ask",
    "zh-speech-words",
    "zh-utter-verb",
    "zh-utter-infix",
    "zh-utterance",
    "zh-speech-with",
    "zh-member-quantifier",
    "zh-definite",
    "zh-unnamed-person",
    "zh-view-close",
    "zh-said-noun",
    "zh-document",
    "zh-cite",
    "zh-pronoun",
    "zh-term-quote",
    "zh-term-head",
    "zh-oblique",
    "zh-not-oblique",
    "zh-modifier-verb",
    "zh-actor-suffix",
    "zh-question",
    "zh-item-frame-start",
    "zh-item-frame-end",
    "zh-think",
    "zh-quote-owner-title",
    "zh-card-stop",
    "zh-frame-place",
    "zh-frame-close",
    "zh-frame-means",
    "zh-coerce",
    "zh-coerce-with",
    "zh-addressee-group",
    "zh-refusal",
    "zh-actor-modifier-noun",
    "zh-disposal-object",
    "zh-disposal-verb",
    "zh-lift",
    "zh-lifted",
    "zh-endangered",
    "zh-report",
    "zh-action-lead",
    "zh-red-line",
    "zh-verb-coordinated",
    "zh-wish-denied",
    "zh-demand-as-noun",
    "zh-title-open",
    "zh-title-head",
)


_CUE_CACHE: dict[int, tuple[Lexicon, _Cues]] = {}


def _compile(lex: Lexicon) -> _Cues:
    rx: dict[str, re.Pattern[str]] = {}
    keys: dict[str, tuple[str, ...]] = {}
    for kind in _KINDS:
        ks = tuple(k for k in lex.cue_keys(kind, "zh") if k)
        keys[kind] = ks
        pat = compile_literals(ks)
        if pat is not None:
            rx[kind] = pat
    issue_of_key: dict[str, str] = {}
    latin: set[tuple[str, str]] = set()
    for iid, entry in sorted(lex.issues.items()):
        for t in entry.terms:
            if has_cjk(t.key):
                # one-character labels (鎵, 鍺) are the lexicon's deliberate choice
                issue_of_key.setdefault(t.key, iid)
            elif len(t.key) >= 2:
                latin.add((t.key, iid))
    ikeys = sorted(issue_of_key, key=lambda k: (-len(k), k))
    issue_rx = compile_literals(ikeys)
    return _Cues(
        rx=rx,
        keys=keys,
        keyset={k: frozenset(v) for k, v in keys.items()},
        issue_rx=issue_rx,
        issue_of_key=issue_of_key,
        latin_issues=tuple(sorted(latin, key=lambda kv: (-len(kv[0]), kv))),
        latin_rx=re.compile("|".join(re.escape(k) for k, _ in sorted(latin))) if latin else None,
    )


def _cues(lex: Lexicon) -> _Cues:
    """The compiled cues of ``lex`` (compiled once per lexicon object)."""
    hit = _CUE_CACHE.get(id(lex))
    if hit is None or hit[0] is not lex:
        if len(_CUE_CACHE) > 8:
            _CUE_CACHE.clear()
        hit = (lex, _compile(lex))
        _CUE_CACHE[id(lex)] = hit
    return hit[1]


# ---------------------------------------------------------------------------
# per-document state


@dataclass
class _Context:
    """The holder of a running list (for 其次是Y / 此外…還有Y)."""

    kind: str
    actor: str
    target: str | None
    sent_no: int


@dataclass
class _Doc:
    doc: Document
    s: str  # Simplified copy, same length as doc.text
    lex: Lexicon
    index: ActorIndex
    cues: _Cues
    sentences: list[Sentence]
    starts: list[int]
    quotes: list[tuple[int, int]]  # (open, close) offsets of the quote marks
    claims: list[ClaimMention] = field(default_factory=list)
    seen: set[tuple[str, str, str, int]] = field(default_factory=set)
    used: set[int] = field(default_factory=set)  # cue positions already consumed
    context: _Context | None = None
    last_statement: ClaimMention | None = None
    quote_close: dict[int, int] = field(default_factory=dict)
    quote_starts: list[int] = field(default_factory=list)
    quote_ends: list[int] = field(default_factory=list)
    state_of_side: dict[str, str] = field(default_factory=dict)


def _sentences(doc: Document) -> list[Sentence]:
    if doc.sentences:
        return sorted(doc.sentences, key=lambda x: (x.start, x.end))
    from kg.ingest import split_sentences

    return split_sentences(doc.text)


def _find_quotes(s: str) -> list[tuple[int, int]]:
    """Outermost quotation spans (opening mark, closing mark), nesting aware.

    News continues a quotation over paragraphs by opening each new paragraph
    with the mark and closing only the last (「A…\n\n「B…」X說。): an unclosed quote
    whose next paragraph opens with the same mark runs on into it.
    """
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    resumed = -1  # the opening mark of a paragraph that continues the open quote
    for mq in _QUOTE_MARK.finditer(s):  # every other character leaves the state as it is
        i, ch = mq.start(), mq.group(0)
        if i == resumed:
            continue
        if ch in _QUOTE_PAIRS and not (ch == "“" and stack and stack[-1][0] == "“"):
            stack.append((ch, i))
        elif ch in _QUOTE_CLOSERS and stack:
            # close the innermost matching opener
            for j in range(len(stack) - 1, -1, -1):
                if _QUOTE_PAIRS[stack[j][0]] == ch:
                    opener = stack[j]
                    del stack[j:]
                    if not stack:
                        out.append((opener[1], i))
                    break
        elif ch == "\n" and stack:
            nxt = len(s) - len(s[i:].lstrip())
            if len(stack) == 1 and nxt < len(s) and s[nxt] == stack[0][0]:
                resumed = nxt  # 「A…\n\n「B…」: one quotation over two paragraphs
                continue
            if len(stack) == 1 and not s[i:].strip():
                out.append((stack[0][1], i))  # the text ends inside the quote (a cut-off page)
            stack.clear()  # otherwise an unclosed quote never runs past a paragraph
    if len(stack) == 1:
        out.append((stack[0][1], len(s)))  # the text ends inside the quote (a cut-off page)
    return out


_OPENS_AFTER = "：:，,"  # a quotation opens after these when an outlet types its marks loosely


def normalise_quotes(s: str) -> str:
    """Quotation marks as outlets really type them, made regular (same length, so offsets hold).

    A straight quote closes the quotation open on its line, curly or straight, and
    opens one otherwise (``他說:"…"``; ``“A。"他說,"B”``, one quotation typed with
    both kinds of mark); a closing mark used to open one (``他說:”…”``: after a colon
    or comma, with another closing mark later on the line) becomes an opening mark.
    Only the matching copy changes; quotes are cut from the original text.
    """
    if '"' not in s and "”" not in s:
        return s
    out = list(s)
    for line in re.finditer(r"[^\n]+", s):
        opened = False
        for i in range(line.start(), line.end()):
            ch = s[i]
            if ch == '"':
                out[i] = "”" if opened else "“"
                opened = not opened
            elif ch == "“":
                opened = True
            elif ch == "”":
                prev = s[line.start() : i].rstrip()[-1:]
                rest = s[i + 1 : line.end()]
                if not opened and prev in _OPENS_AFTER and ("”" in rest or '"' in rest):
                    out[i] = "“"
                    opened = True
                else:
                    opened = False
    return "".join(out)


def _build(doc: Document, lex: Lexicon, index: ActorIndex) -> _Doc:
    s = normalise_quotes(simplified(doc.text))
    sents = _sentences(doc)
    d = _Doc(
        doc=doc,
        s=s,
        lex=lex,
        index=index,
        cues=_cues(lex),
        sentences=sents,
        starts=[x.start for x in sents],
        quotes=_find_quotes(s),
    )
    # a quotation that is an actor's name (機構「某某研究公司」) is a name, not a quote
    d.quotes = [q for q in d.quotes if not _names_actor(d, *q)]
    d.quote_close = dict(d.quotes)
    d.quote_starts = [a for a, _b in d.quotes]
    d.quote_ends = [b for _a, b in d.quotes]
    for key, a in sorted(index.actors.items()):
        if a.type != "State" or a.side not in ("US", "China"):
            continue
        lid = a.lexicon_id or key
        preferred = lid in ("state/us", "state/china")
        if preferred or a.side not in d.state_of_side:
            d.state_of_side[a.side] = key
    return d


# ---------------------------------------------------------------------------
# helpers


def _holders_in(d: _Doc, start: int, end: int) -> list[Span]:
    """Mentions in ``[start, end)`` that could hold something: a company the lexicon places in a
    country is a thing bargained over as well (稀土、大豆、波音，是…三張牌), not a holder."""
    out = []
    for sp in _in_range(d, start, end):
        entry = d.lex.actors.get(d.index.actors[sp.key].lexicon_id or "")
        if entry is None or entry.based is None:
            out.append(sp)
    return out


def _in_range(d: _Doc, start: int, end: int) -> list[Span]:
    """Mentions lying wholly inside ``[start, end)``, in text order."""
    return d.index.in_range(start, end)


def _sent_no(d: _Doc, pos: int) -> int:
    i = bisect.bisect_right(d.starts, pos) - 1
    return max(i, 0)


def _quote_of(d: _Doc, pos: int) -> tuple[int, int] | None:
    """The (outermost) quotation whose marks enclose ``pos``, if any."""
    i = bisect.bisect_left(d.quote_starts, pos) - 1
    if i >= 0 and d.quotes[i][0] < pos < d.quotes[i][1]:
        return d.quotes[i]
    return None


def _passive_view(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Where a passive verb of seeing as (被視為, 被外界看作: ``zh-passive-view`` after 被 and at most
    six characters of agent) stands in ``[lo, hi)``: its start (the 被) and its end."""
    views = d.cues.find("zh-passive-view", d.s, lo, hi)
    if not views:
        return None
    v = views[-1]
    bei = d.s.rfind("被", max(lo, v.start() - 7), v.start())
    if bei < 0 or any(ch in _CLAUSE_END for ch in d.s[bei : v.start()]):
        return None
    return bei, v.end()


def _topic(d: _Doc, lo: int, hi: int) -> tuple[int, int]:
    """The first clause of ``[lo, hi)`` long enough to name a thing (not 此外 or 目前): the topic
    a later clause of the sentence says more of."""
    a = lo
    for m in re.finditer(r"[，,；;]", d.s[lo:hi]):
        b = lo + m.start()
        if b - a >= 4:
            return a, b
        a = lo + m.end()
    return a, hi


def _segment(d: _Doc, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``, narrowed to the quotation it sits in."""
    no = _sent_no(d, pos)
    sent = d.sentences[no]
    lo, hi = sent.start, sent.end
    q = _quote_of(d, pos)
    if q is not None:
        lo, hi = q[0] + 1, q[1]
    return lo, hi


_STOP_CACHE: dict[str, re.Pattern[str]] = {}


def _stops(ends: str) -> re.Pattern[str]:
    """A character class of clause ends and quotation marks (scans run in C, not per char)."""
    rx = _STOP_CACHE.get(ends)
    if rx is None:
        chars = set(ends) | set(_QUOTE_PAIRS) | _QUOTE_CLOSERS
        rx = re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")
        _STOP_CACHE[ends] = rx
    return rx


def _last_stop(d: _Doc, lo: int, hi: int, ends: str) -> re.Match[str] | None:
    last = None
    for m in _stops(ends).finditer(d.s, lo, hi):
        last = m
    return last


def _clause_start(d: _Doc, pos: int, lo: int, ends: str = _CLAUSE_END) -> int:
    lo = max(lo, pos - _REACH)
    hi = pos
    while True:
        m = _last_stop(d, lo, hi, ends)
        if m is None:
            return lo
        ch = m.group(0)
        if ch in ends or ch in _QUOTE_PAIRS:
            return m.end()
        hi = m.start()  # a closing mark does not end the clause scanning backwards


def _clause_start_q(d: _Doc, pos: int, lo: int, ends: str) -> int:
    """Like :func:`_clause_start`, but quotations closed before ``pos`` are skipped whole."""
    lo = max(lo, pos - _REACH)
    i = pos
    while i > lo:
        m = _last_stop(d, lo, i, ends)
        if m is None:
            return lo
        ch, j = m.group(0), m.start()
        if ch in ends or ch in _QUOTE_PAIRS:
            return j + 1
        k = bisect.bisect_left(d.quote_ends, j)
        if k < len(d.quote_ends) and d.quote_ends[k] == j:
            i = max(lo, d.quotes[k][0])
            continue
        return j + 1
    return i


def _clause_end(d: _Doc, pos: int, hi: int, ends: str = _CLAUSE_END) -> int:
    """End of the clause from ``pos``: quotations opened inside it are skipped whole."""
    hi = min(hi, pos + _REACH)
    rx = _stops(ends)
    i = pos
    while i < hi:
        m = rx.search(d.s, i, hi)
        if m is None:
            return hi
        ch, j = m.group(0), m.start()
        if ch in ends or ch in _QUOTE_CLOSERS:
            return j
        close = d.quote_close.get(j)
        i = close + 1 if close is not None and close < hi else j + 1
    return max(i, pos) if i <= hi else hi


def _other_side(d: _Doc, key: str | None) -> str | None:
    if key is None or key not in d.index.actors:
        return None
    side = d.index.actors[key].side
    other = {"US": "China", "China": "US"}.get(side)
    return d.state_of_side.get(other) if other else None


def _eligible(d: _Doc, sp: Span) -> bool:
    """A mention that can be a subject: not right after a preposition or object verb,
    and not part of a longer issue name (台灣議題 names a topic, not an actor)."""
    head = _head_start(d, sp)
    if d.s[head - 1 : head] in ("《", "〈"):
        head -= 1  # 對《某某時報》說: the preposition stands before the title's mark
    oblique = d.cues.ends("zh-oblique", d.s, head) or d.cues.ends("zh-clause-oblique", d.s, head)
    if oblique is not None and (
        d.cues.ends("zh-not-oblique", d.s, head) is None  # 共和黨籍…: 和 ends a word here
        and not _title_coordination(d, sp, head, oblique)
    ):
        return False
    if _framed(d, sp, head):
        return False
    if d.s[head - 1 : head] == "发" and d.index.actors[sp.key].type == "Organization":
        return False  # 耶倫發推特寫道: the platform posted on, no speaker
    if d.cues.starts("zh-actor-modifier-noun", d.s, sp.end) is not None:
        return False  # 美國企業代表: the mention modifies a noun, the noun is the subject
    if d.s[head - 1 : head] == "的":
        # 對來訪的布林肯說: a preposition before the modifier still marks an object
        for p in range(head - 2, max(-1, head - 8), -1):
            if d.s[p] in _CLAUSE_END or d.s[p] in _QUOTE_CLOSERS:
                break
            if (
                d.cues.ends("zh-oblique", d.s, p) is not None
                and d.cues.ends("zh-modifier-verb", d.s, p) is None  # 受到制裁的科頓: 到 ends a verb
                and not _in_range(d, p, head)
            ):
                return False
    if d.cues.issue_rx is not None:
        for m in d.cues.issue_rx.finditer(d.s, max(0, sp.start - 6), min(len(d.s), sp.end + 6)):
            if (
                m.start() <= sp.start
                and sp.end <= m.end()
                and (m.end() - m.start()) > (sp.end - sp.start)
            ):
                return False
    return True


def _title_coordination(d: _Doc, sp: Span, head: int, word: str) -> bool:
    """``技術和網絡安全專家吉姆·劉易斯``: 和 joins two words of the title, not a preposition
    before the person (與國家主席張偉: 與 follows an actor or a clause mark; 峰會與中國國家主席張偉:
    the phrase after 與 opens with the state of the title, so 與 takes the person as its object)."""
    if head == sp.start or word not in ("和", "与", "及", "以及"):
        return False
    if any(o.start == head and o.key != sp.key for o in _in_range(d, head, sp.start)):
        return False
    at = head - len(word)
    return at > 0 and has_cjk(d.s[at - 1]) and not any(o.end == at for o in _in_range(d, max(0, at - 12), at))


_FRAME_LEAD = 16  # how far before a mention a frame opener may stand (在社群平台「Y」上)
_FRAME_TAIL = 24  # how far after it the frame must close (在X發表這項備受注目的政策演說時)


def _framed(d: _Doc, sp: Span, head: int) -> bool:
    """The mention is the place or medium of a frame, not a subject: ``X在社群平台
    「Y」（Latin）上痛批`` (a 在/於 opener closed by 上/中/時… after the mention) or
    ``X透過Y發文`` (a means opener). Both scans are bounded and stop at a clause end."""
    s, c = d.s, d.cues
    for p in range(head, max(0, head - _FRAME_LEAD), -1):
        if s[p - 1] in _CLAUSE_END:
            break
        if c.ends("zh-frame-means", s, p) is not None:
            return True
        if c.ends("zh-frame-place", s, p) is not None and c.ends("zh-not-oblique", s, p) is None:
            q = sp.end
            while q < len(s) and s[q] in "」』”":
                q += 1
            if s[q : q + 1] in ("（", "("):
                close = s.find("）" if s[q] == "（" else ")", q, q + 60)
                if close > 0:
                    q = close + 1
            for r in range(q, min(len(s), q + _FRAME_TAIL)):
                if s[r] in _CLAUSE_END or s[r] in _QUOTE_PAIRS:
                    break
                if c.starts("zh-frame-close", s, r) is not None:
                    return True
            # 川普在社群媒體真實社群寫道: the medium right before a verb of speech, the one named
            # before 在 in its clause writing there
            if c.starts("zh-speech", s, q) is not None:
                before = _spans_in(d, _clause_start(d, p, 0, _CLAUSE_END), p)
                return any(x.end <= p - 1 for x in before)
            return False
    return False


def _head_start(d: _Doc, sp: Span) -> int:
    """Where the noun phrase of a mention starts: before its title and the title's
    state (``與國家主席習近平``, ``對美國財長史密斯``), so a preposition before the
    whole phrase still marks the person as an object."""
    p = sp.start
    titles = sorted(
        {to_simplified(r.title) for r in d.index.actors[sp.key].roles if r.title},
        key=lambda t: -len(t),
    )
    for _ in range(4):
        moved = False
        for t in titles:
            if t and d.s.startswith(t, p - len(t)):
                p -= len(t)
                moved = True
                break
            # 國際貿易談判代表兼副部長王大明: two titles joined by 兼 (or 、) are one chain
            if t and d.s[p - 1 : p] in ("兼", "、") and d.s.startswith(t, p - 1 - len(t)):
                p -= len(t) + 1
                moved = True
                break
        for o in _in_range(d, max(0, p - 12), p):
            if o.end == p and o.key != sp.key:
                p = o.start
                moved = True
                break
        if not moved:
            break
    return p


def _spans_in(d: _Doc, lo: int, hi: int) -> list[Span]:
    """Mentions inside ``[lo, hi)``, dropping ones nested in a longer mention (one sweep)."""
    spans = sorted(_in_range(d, lo, hi), key=lambda sp: (sp.start, -sp.end, sp.key))
    out: list[Span] = []
    best: Span | None = None  # the span reaching furthest right so far
    for sp in spans:
        if best is not None and best.end >= sp.end and (best.end - best.start) > (sp.end - sp.start):
            continue
        out.append(sp)
        if best is None or sp.end > best.end:
            best = sp
    return sorted(out)


def _pronoun_before(d: _Doc, lo: int, hi: int) -> int | None:
    """Position of the last third-person pronoun in ``[lo, hi)`` used as a subject."""
    for m in reversed(d.cues.find("zh-pronoun", d.s, lo, hi)):
        p = m.start()
        nxt = d.s[m.end() : m.end() + 1]
        prev = d.s[p - 1 : p]
        if nxt in ("们", "國", "国", "方", "人", "的") or prev in ("其", "吉", "利"):
            continue
        if d.cues.ends("zh-oblique", d.s, p) is not None:
            continue
        return p
    return None


def _resolve_pronoun(d: _Doc, pos: int, depth: int = 0) -> str | None:
    prior = _prior_subject(d, pos, depth)
    if prior is not None:
        return prior
    speaker = _clause_speaker_before(d, pos)
    if speaker is not None:
        return speaker
    spans = d.index.spans
    i = bisect.bisect_right(spans, Span(pos, pos, "\uffff"))
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):  # bounded walk back
        sp = spans[j]
        if sp.end <= pos and d.index.actors[sp.key].type == "Person":
            if _quote_of(d, sp.start) is not None and _quote_of(d, sp.start) != _quote_of(d, pos):
                continue  # 張偉稱「李明是我的朋友」，但他…: a name inside a quote is not his antecedent
            return None if _unnamed_speaker(d, sp.end, pos) else sp.key
    return None


_PRONOUN_CHAIN = 6  # sentences a chain of opening pronouns is followed back


def _clause_speaker_before(d: _Doc, pos: int) -> str | None:
    """A pronoun opening a later clause of a sentence whose person spoke before it (張某指出，中國在
    與李某會面前宣布…，正反映其經濟問題；他說): that speaker goes on, not the last person named (李某)."""
    no = _sent_no(d, pos)
    sent = d.sentences[no]
    clo = _clause_start(d, pos, sent.start, _SENT_END + "，,；;")
    if clo <= sent.start or d.s[clo:pos].strip(" \u3000"):
        return None
    for v in reversed(_speech(d, sent.start, clo)):
        if _quote_of(d, v.start()) is not None:
            continue
        # the named person nearest before the verb (no pronoun followed back: that could loop)
        for sp in reversed(_spans_in(d, sent.start, v.start())):
            if d.index.actors[sp.key].type == "Person" and _eligible(d, sp) and _quote_of(d, sp.start) is None:
                return sp.key
    return None


def _prior_subject(d: _Doc, pos: int, depth: int = 0) -> str | None:
    """A pronoun opening its sentence (他稱…, 她向CNBC表示) refers to the subject of the sentence
    before — the first person named there as a subject — rather than to the last person named
    (特朗普與習近平會晤後…。他稱: 特朗普; 佩洛西表示，川普…。她說: 佩洛西)."""
    no = _sent_no(d, pos)
    if no == 0:
        return None
    opened = d.sentences[no].start
    q = _quote_of(d, opened + 1) if d.s[opened : opened + 1] in _QUOTE_PAIRS else None
    if q is not None and q[1] < pos and not d.s[q[1] + 1 : pos].strip(" 　，,"):
        opened = pos  # 「…。」他說: a quote opening the sentence, then the pronoun that says it
    if pos - opened > 2 and not _TIME_FRAME_LEAD.fullmatch(d.s, opened, pos):
        return None  # (談到強制出售時，她說: a frame of time may open the sentence before the pronoun)
    prev = d.sentences[no - 1]
    lead = _pronoun_before(d, prev.start, min(prev.end, prev.start + 2))
    if lead is not None and lead - prev.start <= 1 and d.s[prev.start : lead].strip() == "":
        # 他說，…。他並引述…說: the pronoun before stands for the same person (a chain of a few
        # sentences at most: a text of nothing but 他說 resolves nothing)
        return _resolve_pronoun(d, lead, depth + 1) if depth < _PRONOUN_CHAIN else None
    for sp in _spans_in(d, prev.start, prev.end):
        if d.index.actors[sp.key].type != "Person" or _quote_of(d, sp.start) is not None:
            continue
        if not _eligible(d, sp) or _unnamed_speaker(d, sp.end, pos):
            return None
        if no > 1 and _inside_other_subjects_sentence(d, sp, prev):
            # 張某指出，…。中國動員…，鎖定李某獲得支持的州…。他說: the person named is no subject of
            # its clause; the speaker of the sentence before, in the same paragraph, goes on
            before = d.sentences[no - 2]
            if "\n" in d.s[before.end : prev.start]:
                return None
            who = _speaker_sentence(d, before)
            return who if who is not None and d.index.actors[who].type == "Person" else None
        return sp.key
    # 商務部發言人說，…。她說: no person named, the body's spokesperson speaks on
    m = next(iter(_speech(d, prev.start, prev.end)), None)
    if m is not None and d.s.endswith("发言人", prev.start, m.start()):
        who = _subject(d, prev.start, m.start(), types=("Organization",))
        if who is not None:
            return who
    return None


_SHORT_ITEM = 8  # characters: the most a chip of a bare list (稀土、大豆、波音) has


def _short_list(d: _Doc, a: int, b: int) -> list[tuple[int, int]]:
    """``稀土、大豆、波音``: the things of a bare list of short nouns in ``[a, b)``, each its own
    item; [] when the span is no such list (one thing, or a part too long to be a noun)."""
    text = d.s[a:b]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^、和与及]+", text)]
    if len(parts) < 2 or "、" not in text or any(not 1 <= y - x <= _SHORT_ITEM for x, y in parts):
        return []
    return [(a + x, a + y) for x, y in parts]


def _paragraph_subject(d: _Doc, no: int) -> str | None:
    """The actor opening the sentence before sentence ``no`` as its subject (its first eligible
    mention, within two characters of its start), when both lie in one paragraph."""
    if no == 0:
        return None
    prev = d.sentences[no - 1]
    if "\n" in d.s[prev.end : d.sentences[no].start]:
        return None
    first = next(iter(_spans_in(d, prev.start, prev.end)), None)
    if first is None or first.start - prev.start > 2 or not _eligible(d, first):
        return None
    return first.key


def _inside_other_subjects_sentence(d: _Doc, sp: Span, sent: Sentence) -> bool:
    """The person stands inside a clause (not at its start) of a sentence another actor opens."""
    head = _head_start(d, sp)
    clo = _clause_start(d, head, sent.start, _SENT_END + "，,；;")
    if not d.s[clo:head].strip(" \u3000"):
        return False
    opener = next(iter(_spans_in(d, sent.start, head)), None)
    return (
        opener is not None
        and opener.start - sent.start <= 2
        and d.index.actors[opener.key].type != "Person"
        and _eligible(d, opener)
        # (法國某研究所亞洲中心研究員約翰·史密斯…分析說: the bodies before the person are
        # the person's own affiliation, the person the sentence's subject)
        and not any(
            r.of == x.key for r in d.index.actors[sp.key].roles for x in _spans_in(d, sent.start, head)
        )
    )


def _unnamed_speaker(d: _Doc, a: int, pos: int) -> bool:
    """An unnamed person speaks between a name and a pronoun (…一位官員告訴記者，…。她說): the
    pronoun refers to that person, so no one named is its antecedent — unless what the
    unnamed person says already refers back to the name (分析人士認為他此行…。他說)."""
    for m in d.cues.find("zh-unnamed-person", d.s, max(a, pos - _REACH), pos):
        if _speech(d, m.end(), min(pos, m.end() + 8)) and not d.cues.find("zh-pronoun", d.s, m.end(), pos):
            return True
    return False


def _subject(
    d: _Doc, lo: int, pos: int, types: tuple[str, ...] | None = None, *, possessor: bool = True
) -> str | None:
    """The nearest subject-like actor mention before ``pos`` (or a pronoun's antecedent); without
    ``possessor``, not one that owns the noun after it (美國的舉措: of a speaker, the noun speaks)."""
    cand: Span | None = None
    lo = max(lo, pos - _REACH)
    asked = _asked_clause(d, lo, pos)
    for sp in reversed(_spans_in(d, lo, pos)):
        if types is not None and d.index.actors[sp.key].type not in types:
            continue
        if asked is not None and asked[0] <= sp.start < asked[1]:
            continue  # 被問及是否視Y為…時: Y is what was asked about
        if _quote_of(d, sp.start) != _quote_of(d, pos):
            continue
        if not possessor and d.s[sp.end : sp.end + 1] == "的":
            continue
        if _eligible(d, sp):
            cand = sp
            break
    pro = _pronoun_before(d, cand.end if cand else lo, pos)
    if pro is not None and _quote_of(d, pro) == _quote_of(d, pos):
        key = _resolve_pronoun(d, pro)
        if key is not None:
            return key
    if cand is None:
        return _definite_before(d, lo, pos)
    return cand.key


def _definite_before(d: _Doc, lo: int, pos: int) -> str | None:
    """``這位財政部長說``, ``該部長表示``: a definite description right before the verb refers
    to the last person named before it whose title ends in its noun."""
    found = d.cues.find("zh-definite", d.s, max(lo, pos - 12), pos)
    if not found:
        return None
    m = found[-1]
    noun = re.match(r"[\u4e00-\u9fff]{1,8}", d.s[m.end() : pos])
    if noun is None:
        return None
    spans = d.index.spans
    i = bisect.bisect_right(spans, Span(m.start(), m.start(), "\uffff"))
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):  # bounded walk back, as for a pronoun
        act = d.index.actors[spans[j].key]
        if spans[j].end <= m.start() and act.type == "Person":
            titles = {to_simplified(r.title) for r in act.roles if r.title}
            if any(t.endswith(noun.group(0)) or noun.group(0).endswith(t) for t in titles):
                return spans[j].key
    return None


_ASKED = re.compile(
    r"(?:被问及|被问到|问及|谈及|谈到|提及|被问)[^，,。；]{0,40}?时"
    r"|接受[^，,。；]{0,30}?(?:专访|采访|访问)(?:时)?"
    r"|(?:出席|参加|列席|参与)[^，,。；：:]{0,60}?(?:听证|会议|论坛|记者会|发布会|峰会|活动)[^，,。；：:]{0,6}?时"
)


def _asked_clause(d: _Doc, lo: int, pos: int) -> tuple[int, int] | None:
    """The ``被問及…時`` / ``接受…訪問時`` adverbial before ``pos``: whatever it names is
    no subject (the topic asked about, the outlet interviewing)."""
    hit = None
    for m in _ASKED.finditer(d.s, max(lo, pos - 60), pos):
        hit = (m.start(), m.end())
    return hit


def _actor_at(d: _Doc, pos: int, slack: int = 0) -> Span | None:
    """A mention starting at ``pos`` (or within ``slack`` chars after it)."""
    for sp in _in_range(d, pos, pos + slack + 12):
        if sp.start <= pos + slack:
            return sp
    return None


def _after_ground(d: _Doc, a: int, hi: int) -> int:
    """Past a clause at ``a`` that gives the ground a demand stands on (從自身長遠利益出發，不要跟著美國走;
    ``zh-item-frame-start`` … ``zh-item-frame-end``, quoted or not) when a clause follows it: what is
    asked is the next clause; else ``a``."""
    x = a + (1 if d.s[a : a + 1] in _QUOTE_PAIRS else 0)
    if not d.cues.starts("zh-item-frame-start", d.s, x):
        return a
    y = _clause_end(d, x, hi, _SENT_END + "，,")
    while y > x and d.s[y - 1] in _QUOTE_CLOSERS:
        y -= 1
    comma = y
    while comma < hi and d.s[comma] in _QUOTE_CLOSERS:
        comma += 1
    if comma >= hi or d.s[comma] not in "，," or not d.cues.ends("zh-item-frame-end", d.s, y):
        return a
    return comma + 1


def _issue_at(d: _Doc, pos: int) -> bool:
    """Whether a lexicon issue's name starts at ``pos``."""
    return d.cues.issue_rx is not None and d.cues.issue_rx.match(d.s, pos) is not None


def _issue(d: _Doc, lo: int, hi: int) -> str | None:
    """The lexicon issue named first in ``s[lo:hi]`` (longest at the same place)."""
    best: tuple[int, int, str] | None = None
    if d.cues.issue_rx is not None:
        for m in d.cues.issue_rx.finditer(d.s, lo, hi):
            best = (m.start(), -len(m.group(0)), d.cues.issue_of_key[m.group(0)])
            break
    low = d.s[lo:hi].casefold()
    if d.cues.latin_rx is None or d.cues.latin_rx.search(low) is None:
        return best[2] if best else None  # no Latin key anywhere: the loop below finds nothing
    for key, iid in d.cues.latin_issues:
        start = 0
        while True:
            j = low.find(key, start)
            if j < 0:
                break
            before = low[j - 1 : j]
            after = low[j + len(key) : j + len(key) + 1]
            if not (before.isascii() and before.isalnum()) and not (
                after.isascii() and after.isalnum()
            ):
                cand = (lo + j, -len(key), iid)
                if best is None or cand < best:
                    best = cand
                break
            start = j + 1
    return best[2] if best else None


def _strip_item(d: _Doc, a: int, b: int, modal: bool = False) -> tuple[int, int]:
    """Trim punctuation, quotes, conjunctions and modal/time words from an item's edges.

    ``modal``: also drop a leading 將/會 (a threatened step ``將加徵關稅``); in a
    demand or chip 將 is the object marker (``將陸企移出清單``) and stays.
    """
    s = d.s
    changed = True
    while changed and a < b:
        changed = False
        while a < b and (s[a] in " \u3000，,、：:；;（(「『“”」』—…" or s[a].isspace()):
            a += 1
            changed = True
        while a < b and (
            s[b - 1] in " \u3000，,、：:；;。！？)）「『“”」』—…的" or s[b - 1].isspace()
        ):
            b -= 1
            changed = True
        for lead in (
            "以及",
            "并且",
            "并",
            "和",
            "及",
            "与",
            "而",
            "但",
            "且",
            "同时",
            "还有",
            "包括",
            "其中",
        ):
            if s.startswith(lead, a) and b - a > len(lead) + 1:
                sp = _actor_at(d, a + len(lead)) if lead in ("和", "与") else None
                if sp is not None and sp.start == a + len(lead) and sp.end < b:
                    break  # 與中方相向而行: a preposition with the one acted with, no conjunction
                a += len(lead)
                changed = True
                break
        k = d.cues.starts("zh-time-lead", s, a)
        if k and not modal and k in ("将", "会", "将会", "必将"):
            k = None
        if k and k.endswith("此") and d.cues.starts("zh-this-noun", s, a + len(k)):
            k = None  # 對此事進行調查: 此事 is the object, 對此 no lead of its own
        if k and b - a > len(k) + 1:
            a += len(k)
            changed = True
        k = d.cues.ends("zh-time-lead", s, b)
        if k and d.cues.ends("zh-time-lead-not", s, b):
            k = None  # 市場原則, 貿易規則: a noun ending in 則, no adverb
        if k and b - a > len(k) + 1 and k not in ("要", "能"):
            b -= len(k)
            changed = True
        m = re.match(r"(?:自|从|由)[^，。；]{1,14}?起", s[a:b])
        if m and b - a > m.end() + 1:
            a += m.end()
            changed = True
    return a, b


def _split_dash(d: _Doc, a: int, b: int) -> tuple[int, int]:
    """``准入問題——關稅``: the words after an appositive dash name the item."""
    for dash in _DASHES:
        j = d.s.find(dash, a, b)
        if j >= 0 and j + len(dash) < b:
            return j + len(dash), b
    return a, b


def _emit(
    d: _Doc,
    kind: str,
    actor: str | None,
    a: int,
    b: int,
    at: int,
    target: str | None = None,
    issue_from: tuple[int, int] | None = None,
    quote: str | None = None,
    require_issue: bool = False,
) -> bool:
    """Record one claim (deduplicated); ``at`` locates the evidence sentence."""
    if actor is None or actor not in d.index.actors:
        return False
    if quote is None:
        a, b = _strip_item(d, a, b, modal=kind == "Threat")
        if b - a < 1 or b - a > _MAX_ITEM or d.cues.find("zh-question", d.s, a, b):
            return False
        framed = d.cues.starts("zh-item-frame-start", d.s, a) and d.cues.ends("zh-item-frame-end", d.s, b)
        if kind == "Demand" and framed:
            return False  # 希望美方以此次會談為基礎，…: the ground the demand stands on, nothing asked
    phrase = (
        quote
        if quote is not None
        else "".join(
            ch for ch in d.doc.text[a:b] if ch not in _QUOTE_PAIRS and ch not in _QUOTE_CLOSERS
        )
    )
    issue = _issue(d, a, b) if quote is None else None
    if issue is None and issue_from is not None:
        issue = _issue(d, *issue_from)
    if require_issue and issue is None:
        return False
    if quote is None and not has_cjk(phrase) and issue is None and len(phrase) < 2:
        return False
    if target == actor:
        target = None
    if target is None and kind != "Statement":
        target = _other_side(d, actor)
    no = _sent_no(d, at)
    sent = d.sentences[no]
    key = (kind, actor, issue or to_simplified(phrase), sent.start)
    if key in d.seen:
        return False
    d.seen.add(key)
    claim = ClaimMention(
            kind=kind,
            actor=actor,
            phrase=phrase,
            sentence=sent,
            target=target,
            issue=issue,
            quote=quote,
            lang=d.doc.lang,
    )
    d.claims.append(claim)
    if kind == "Statement":
        d.last_statement = claim
    return True


def _split_items(
    d: _Doc, a: int, b: int, on_comma: bool, on_and: bool = False, on_action: bool = False
) -> list[tuple[int, int]]:
    """Split a list ``A、B，以及C`` into item spans.

    ``、`` starts a new item only when an action verb or a conjunction follows
    (``全面鬆綁…、將陸企移出…``), so enumerations inside one item (``知識產權、
    強制技術轉讓…等方面``) stay whole; ``，`` splits when ``on_comma`` (explicit lists)
    or a conjunction (``，並``) follows, or — with ``on_action``, for a series of
    demanded actions — an action verb (``取消制裁，停止打壓…``); ``和/與/及`` split
    only when ``on_and``.
    """
    s = d.s
    cuts: list[tuple[int, int]] = []  # (cut start, next item start)
    i = a
    depth = 0
    while i < b:
        ch = s[i]
        if ch in _QUOTE_PAIRS:
            depth += 1
        elif ch in _QUOTE_CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "、，,；;":
            nxt = i + 1
            conj = None
            for c in ("以及", "并且", "并", "同时"):
                if s.startswith(c, nxt):
                    conj = c
                    break
            lead = len(d.cues.starts("zh-action-lead", s, nxt) or "") if on_action else 0
            if ch in "，,；;" and (
                on_comma or conj or (on_action and d.cues.starts("zh-action", s, nxt + lead))
            ):
                cuts.append((i, nxt + (len(conj) if conj else 0)))
            elif (
                ch == "、"
                and (conj or d.cues.starts("zh-action", s, nxt) or on_comma)
                and not _enumeration_closes(d, nxt, b)
            ):
                cuts.append((i, nxt))
        elif depth == 0 and s.startswith("以及", i) and i > a:
            cuts.append((i, i + 2))
            i += 2
            continue
        elif depth == 0 and on_and and ch in "和与及" and i > a and not s.startswith("以及", i - 1):
            cuts.append((i, i + 1))
        i += 1
    out: list[tuple[int, int]] = []
    start = a
    for cut, nxt in cuts:
        out.append((start, cut))
        start = nxt
    out.append((start, b))
    # glue fragments too short to be an item back onto the previous one
    merged: list[tuple[int, int]] = []
    for x, y in out:
        xs, ys = _strip_item(d, x, y)
        if merged and ys - xs < 3 and not _issue(d, xs, ys):
            merged[-1] = (merged[-1][0], y)
        elif ys > xs:
            merged.append((x, y))
    return merged


def _enumeration_closes(d: _Doc, pos: int, hi: int) -> bool:
    """True when a ``等/等方面`` closes the enumeration before the next comma."""
    end = _clause_end(d, pos, hi, "，,；;。！？")
    j = d.s.find("等", pos, end)
    return (j >= 0 and "、" not in d.s[pos:j]) or (j >= 0 and d.s.find("、", j, end) < 0)


# ---------------------------------------------------------------------------
# leverage


# an enumeration a chip noun opens: (有三：)一是…，二是…; 首先是…，其次是…
_ORDINAL_FIRST = re.compile(
    r"(?:有[一二三四五六七八九两几多]+(?:个|张|项|点|样)?)?[，,：:]\s*(?:一是|首先是|第一是|其一是|其一，)"
)
_ORDINAL_NEXT = re.compile(
    r"[，,；;]\s*(?:二是|三是|四是|五是|其次是|再次是|再者是|最后是|第二是|第三是|第四是|其二是|其三是)"
)
_VERB_WEI = frozenset("以认成作视称因行")  # simplified: characters before 为 that make it a verb's
_PRONOUN_OWNER = re.compile(r"(?:它们|他们|它|他|她|其)(?:手中|手上|手里)?(?:的|最)")  # (simplified text)
_LEAD_AFTER_CUE = re.compile(
    r"(?:之一)?(?:(?:则|也|就|同样|仍然|依然|仍|都|还|主要|其实|实际上|首先|更|最主要的)(?!是的))*"
    r"(?:是|为|乃是|就是|便是|在于|体现在|包括|远不止|不止|不只是|不只有|不只|无非是|——|—|──|：|:)"
    # (北京手上的牌，已經不只有稀土: a comma before "not only")
    r"|[，,](?:已经|已)?(?:远不止|不止|不只有|不只是|不只)"
)


def _leverage(d: _Doc, lo: int, hi: int, no: int) -> int:
    s, c = d.s, d.cues
    made = 0
    # X將Y武器化
    for m in c.find("zh-weaponize", s, lo, hi):
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        objs = [o for o in c.find("zh-leverage-object", s, clo, m.start())]
        if not objs:
            continue
        o = objs[-1]
        holder = _subject(d, seg_lo, o.start())
        opposed = c.find("zh-oppose", s, seg_lo, o.start())
        if opposed:
            # 中方反對將經貿問題武器化: what the subject opposes is no lever of its own; the one
            # named right after the verb (反對美方將…武器化) wields it
            sp = _actor_at(d, opposed[-1].end(), slack=1)
            holder = sp.key if sp is not None and sp.start <= opposed[-1].end() + 1 and sp.end <= o.start() else None
        if holder and _emit(d, "Leverage", holder, o.end(), m.start(), m.start()):
            made += 1
            d.context = _Context("Leverage", holder, None, no)
    # X把Y當成施壓工具 / X利用Y作為籌碼
    for m in c.find("zh-leverage-use", s, lo, hi):
        after = s[m.end() : m.end() + 12]
        tool = c.rx["zh-leverage"].search(after) if "zh-leverage" in c.rx else None
        if len(m.group(0)) == 1 and (tool is None or tool.start() > 4 or after.startswith("由")):
            continue  # 以Y為籌碼 — a bare 為 (以Y為由, 認為) needs the chip noun right after it
        if tool is None and not re.match(r"[^，。；]{0,8}(?:工具|武器|筹码|手段)", after):
            continue
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        objs = c.find("zh-leverage-object", s, clo, m.start())
        if not objs:
            continue
        o = objs[-1]
        holder = _subject(d, seg_lo, o.start())
        tend = m.end() + (tool.end() if tool else 0)
        for p in range(m.end(), tend):
            d.used.add(p)
        tgt = _target_prep(d, m.end(), tend)
        if holder and _emit(d, "Leverage", holder, o.end(), m.start(), m.start(), target=tgt):
            made += 1
            d.context = _Context("Leverage", holder, tgt, no)
    # chip nouns: X的籌碼是Y / Y正是X手中的王牌
    for m in c.find("zh-leverage", s, lo, hi):
        if m.start() in d.used:
            continue
        seg_lo, seg_hi = _segment(d, m.start())
        after = _LEAD_AFTER_CUE.match(s, m.end())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        first = _ORDINAL_FIRST.match(s, m.end()) if after is None else None
        if first is not None:
            # 北京手裡的牌，一是市場，二是稀土，三是…: one chip per clause the ordinals open
            holder = _subject(d, clo, m.start()) or _subject(d, seg_lo, m.start())
            if holder is None:
                continue
            tgt = _target_prep(d, clo, m.start())
            d.context = _Context("Leverage", holder, tgt, no)
            a = first.end()
            while a < seg_hi:
                b = _clause_end(d, a, seg_hi, _SENT_END + "，,；;")
                if _emit(d, "Leverage", holder, *_split_dash(d, a, b), m.start(), target=tgt):
                    made += 1
                nxt = _ORDINAL_NEXT.match(s, b)
                if nxt is None:
                    break
                a = nxt.end()
            continue
        if after:
            holder = (
                _subject(d, clo, m.start())
                or _subject(d, seg_lo, m.start())
                or _quote_holder(d, m.start(), seg_lo, seg_hi)
            )
            if holder is None:
                continue
            a = after.end()
            dash = after.group(0).endswith(("—", "─"))
            b = _clause_end(d, a, seg_hi, _SENT_END + "，," + ("" if dash else "：:"))
            if s[b : b + 1] in ("：", ":"):
                # 王牌是科技：除了要求…: what follows the colon spells the chip out
                d.used.update(range(b, _clause_end(d, b + 1, seg_hi, _SENT_END)))
            tgt = _target_prep(d, clo, m.start())
            items = (
                _split_items(d, a, b, on_comma=False, on_and=True)
                if not _has_leverage_noun(d, a, b)
                else []
            )
            d.context = _Context("Leverage", holder, tgt, no)
            more = "不" in after.group(0)  # 牌不止一張: only a named issue is an item
            for x, y in items:
                if _emit(
                    d,
                    "Leverage",
                    holder,
                    *_split_dash(d, x, y),
                    m.start(),
                    target=tgt,
                    require_issue=more,
                ):
                    made += 1
            continue
        # item before: Y(正)是X(向Z施壓)的籌碼 — the cue ends its clause
        nxt = s[m.end() : m.end() + 1]
        if s.startswith("之一", m.end()):
            nxt = s[m.end() + 2 : m.end() + 3]
        if nxt and nxt not in _CLAUSE_END and nxt not in _QUOTE_CLOSERS and nxt not in "—─":
            # a bare mention of the chip noun (X的籌碼同樣…) still names the list's holder
            holder = _subject(d, clo, m.start())
            if holder and s[m.start() - 1 : m.start()] == "的":
                d.context = _Context("Leverage", holder, None, no)
            continue
        pv = _passive_view(d, clo, m.start())
        if pv is not None:
            # Y被(外界)視為X手中的籌碼: Y is X's chip; a clause holding only the passive verb leaves
            # the chip to the sentence's topic (…的交易，目前仍待批准，被視為北京手中的籌碼之一)
            holder = _subject(d, pv[1], m.start())
            sp = _actor_at(d, pv[1]) if holder is None else None
            if sp is not None and re.match(r"(?:手中|手上|手裡|手里)?的", s[sp.end : m.start()]):
                holder = sp.key  # 被視為中國的籌碼: the owner of the chip
            if holder is None:
                continue
            a, b = clo, pv[0]
            if not s[a:b].strip(" \u3000"):
                a, b = _topic(d, seg_lo, clo)
            tgt = _target_prep(d, pv[1], m.start())
            d.context = _Context("Leverage", holder, tgt, no)
            for x, y in _split_items(d, a, b, on_comma=False, on_and=False):
                if _emit(d, "Leverage", holder, x, y, m.start(), target=tgt):
                    made += 1
            continue
        # (the 為 of 以為, 認為, 成為, 作為, 視為 is a verb's, no copula)
        cop = [
            x
            for x in c.find("zh-copula", s, clo, m.start())
            if not (x.group(0) == "为" and s[x.start() - 1 : x.start()] in _VERB_WEI)
        ]
        if not cop:
            holder = _subject(d, clo, m.start())
            if holder and s[m.start() - 1 : m.start()] == "的":
                d.context = _Context("Leverage", holder, None, no)
            continue
        k = cop[0]
        ia, ib = clo, k.start()
        if not s[ia:ib].strip(" \u3000就则也正便才都仍") and clo > seg_lo:
            # 稀土、大豆、波音，是…三張牌: the topic before the comma, when it names things, no one
            ia, ib = _topic(d, seg_lo, clo - 1)
            if _holders_in(d, ia, ib) or _speech(d, ia, ib):
                continue
        holder = _subject(d, k.end(), m.start())
        if holder is None and _PRONOUN_OWNER.match(s, k.end()):
            # 華府一直以為晶片是它的王牌: the pronoun owning the chip is the subject of the clause, the
            # item what follows its verb of thinking
            holder = _subject(d, ia, ib) or _subject(d, seg_lo, ia)
            think = c.find("zh-think", s, ia, ib)
            if think:
                ia = think[0].end()
        if holder is None and not _holders_in(d, seg_lo, m.start()):
            # 北京的算法不同。稀土、大豆、波音，是最常被點名的三張牌。: no one named in the sentence, the
            # subject of the sentence before in its paragraph holds the chips
            holder = _paragraph_subject(d, no)
        if holder is None:
            continue
        tgt = _target_prep(d, k.end(), m.start())
        d.context = _Context("Leverage", holder, tgt, no)
        for x, y in _short_list(d, ia, ib) or _split_items(d, ia, ib, on_comma=False, on_and=False):
            if _emit(d, "Leverage", holder, x, y, m.start(), target=tgt):
                made += 1
    # X手裡是Y和Z / X手中還有Y
    for m in c.find("zh-hand", s, lo, hi):
        verb = c.starts("zh-hand-verb", s, m.end())
        if not verb:
            continue
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        holder = _subject(d, clo, m.start())
        if holder is None:
            continue
        a = m.end() + len(verb)
        b = _clause_end(d, a, seg_hi, _SENT_END + "，,")
        if _has_leverage_noun(d, a, b):
            continue
        box = "箱" in m.group(0)  # 工具箱裡還有…: only a known bargaining item counts
        if not box:
            d.context = _Context("Leverage", holder, None, no)
        for x, y in _split_items(d, *_split_dash(d, a, b), on_comma=False, on_and=True):
            if _emit(d, "Leverage", holder, x, y, m.start(), require_issue=box):
                made += 1
    # X亮牌 / X對Y卡脖子: playing a card; the item is the issue the sentence names
    for m in c.find("zh-leverage-act", s, lo, hi):
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start_q(d, m.start(), seg_lo, _SENT_END + "，,")
        holder = _subject(d, clo, m.start()) or _subject(d, seg_lo, m.start())
        if holder is None or d.index.actors[holder].side not in ("US", "China"):
            continue
        sent = d.sentences[no]
        if _emit(
            d,
            "Leverage",
            holder,
            m.start(),
            m.end(),
            m.start(),
            target=_target_prep(d, clo, m.start()),
            issue_from=(max(sent.start, m.start() - _REACH), min(sent.end, m.end() + _REACH)),
        ):
            made += 1
    # X掌握(了)Y的否決權 / X握有Y: holding a lever (a known issue or a power noun)
    for m in c.find("zh-hold", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        holder = _subject(d, clo, m.start())
        if holder is None:
            continue
        a = m.end() + (1 if s.startswith(("了", "着"), m.end()) else 0)
        b = _clause_end(d, a, seg_hi, _SENT_END + "，,")
        while s.startswith(("，以及", ",以及", "，还有", ",还有"), b):
            b = _clause_end(d, b + 1, seg_hi, _SENT_END + "，,")  # 握有A，以及B: the list goes on
        if not (c.find("zh-power", s, a, b) or _issue(d, a, b)):
            continue
        # 握有美國農產品訂單和美國公債: one lever per thing held (九成精煉產能 after 七成稀土開採: a share
        # of the same thing, no thing of its own)
        held: list[tuple[int, int]] = []
        for x, y in _split_items(d, a, b, on_comma=False, on_and=True):
            if held and _SHARE_OPENS.match(s, x) and _issue(d, x, y) is None:
                held[-1] = (held[-1][0], y)
            else:
                held.append((x, y))
        for x, y in held:
            if _emit(d, "Leverage", holder, x, y, m.start()):
                made += 1
    # X(高度)依賴Y的Z: Y holds Z over X
    for m in c.find("zh-dependence", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        dependent = _subject(d, clo, m.start())
        sp = _actor_at(d, m.end(), slack=1)
        if sp is None or sp.start > m.end() + 1:
            made += _dependence_before(d, m, clo)
            continue
        if dependent is None:
            continue
        holder = sp.key
        if d.index.actors[holder].side not in ("US", "China") or not _other_sides(
            d, holder, dependent
        ):
            continue
        a = sp.end + (1 if s.startswith("的", sp.end) else 0)
        b = _clause_end(d, a, seg_hi, _SENT_END + "，,")
        if _emit(d, "Leverage", holder, a, b, m.start(), target=dependent, require_issue=True):
            made += 1
    # X在Y領域的主導地位 / 優勢 (only for known issues)
    for m in c.find("zh-advantage", s, lo, hi):
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        j = s.rfind("在", clo, m.start())
        if j < 0:
            continue
        holder = _subject(d, clo, j)
        if holder and _emit(d, "Leverage", holder, j + 1, m.start(), m.start(), require_issue=True):
            made += 1
    # 給Z施加壓力 / 向Z施壓: the clause's subject holds what the clause names
    for m in c.find("zh-pressure", s, lo, hi):
        if m.start() in d.used or _has_leverage_noun(d, m.end(), _clause_end(d, m.end(), hi)):
            continue
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        tgt_span = None
        for sp in reversed(_spans_in(d, clo, m.start())):
            if s[sp.start - 1 : sp.start] in ("给", "向", "对"):
                tgt_span = sp
                break
        if tgt_span is None:
            continue
        holder = _subject(d, seg_lo, tgt_span.start - 1)
        if holder and _emit(
            d,
            "Leverage",
            holder,
            clo,
            tgt_span.start - 1,
            m.start(),
            target=tgt_span.key,
            require_issue=True,
        ):
            made += 1
    # X以Y要挾Z / X用Y脅迫Z: the instrument of coercion is X's lever over Z
    for m in c.find("zh-coerce", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        w = _instrument(d, clo, m.start())
        if w is None:
            continue
        holder = _asked_or_opposed(d, seg_lo, w.start()) or _subject(d, seg_lo, w.start())
        if holder is not None and clo > seg_lo and not _in_range(d, clo, w.start()) and _speech(d, seg_lo, clo):
            # 商務部表示，動輒以高關稅相威脅，不是…之道: a clause with no subject of its own in a side's
            # reported words describes the other side's conduct, not the speaker's
            holder = _other_side(d, holder) or holder
        sp = _actor_at(d, m.end(), slack=1)
        tgt = sp.key if sp is not None and sp.start <= m.end() + 1 else None
        if len(m.group(0)) == 1 and (sp is None or sp.start != m.end()):
            continue  # a bare 逼 coerces only with its target right after (逼Z讓步, not 逼近)
        # 以提高關稅相威脅: the instrument only threatened (zh-threat) is a threat, not a lever used
        kind = "Threat" if c.starts("zh-threat", s, m.start()) == m.group(0) else "Leverage"
        if holder and _emit(d, kind, holder, w.end(), m.start(), m.start(), target=tgt):
            made += 1
    # Y成為籌碼 (holder named in the same clause)
    for m in c.find("zh-become-chip", s, lo, hi):
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        holder = _subject(d, clo, m.start(), types=("State",))
        if holder and _emit(d, "Leverage", holder, clo, m.start(), m.start(), require_issue=True):
            made += 1
    made += _weakness(d, lo, hi, no)
    made += _choke(d, lo, hi)
    made += _deploy(d, lo, hi)
    made += _card(d, lo, hi)
    return made


_DEGREE = re.compile(r"(?:高度|严重|过度|过于|十分|非常|极度|极为|相当|仍然|仍|也|都|更|正|已经|已|一直|正在)+$")


def _dependence_before(d: _Doc, m: re.Match[str], clo: int) -> int:
    """``Z對X的Y(高度)依賴``: the depended-on side X holds Y over Z."""
    s = d.s
    for sp in reversed(_spans_in(d, clo, m.start())):
        if s[sp.start - 1 : sp.start] != "对" or not s.startswith("的", sp.end):
            continue
        dependent = _subject(d, clo, sp.start - 1)
        if dependent is None or not _other_sides(d, sp.key, dependent):
            return 0
        a = sp.end + 1
        g = _DEGREE.search(s, a, m.start())
        b = g.start() if g else m.start()
        return int(
            _emit(d, "Leverage", sp.key, a, b, m.start(), target=dependent, require_issue=True)
        )
    return 0


_CARD_QUOTES = "「『“\"'‘」』”’"  # marks that may stand around a card's issue


def _card(d: _Doc, lo: int, hi: int) -> int:
    """``X打出稀土牌`` / ``X還有大豆這張牌``: a known issue played or held as a card;
    a card verb right before the issue keeps 牌照, 品牌 and the like out."""
    s, c = d.s, d.cues
    made = 0
    if c.issue_rx is None:
        return 0
    for m in c.find("zh-card", s, lo, hi):
        if m.group(0) == "牌" and s[m.end() : m.end() + 1] in "照子价坊局桌匾":
            continue
        # (打『台灣牌』, 打"台灣"牌: quotation marks may stand around the card or its issue)
        close = 1 if s[m.start() - 1 : m.start()] in _CARD_QUOTES else 0
        iss = None
        for x in c.issue_rx.finditer(s, max(lo, m.start() - 12), m.start() - close):
            if x.end() == m.start() - close:
                iss = x
        if iss is None:
            continue
        vpos = iss.start() - (1 if s[iss.start() - 1 : iss.start()] in _CARD_QUOTES else 0)
        vpos -= 1 if s[vpos - 1 : vpos] in "了起" else 0
        verb = c.ends("zh-card-verb", s, vpos)
        if verb is None:
            continue
        # the verb's clause: a card in quotation marks (打「台灣牌」) is no quotation of its own
        at = vpos - len(verb)
        seg_lo, _ = _segment(d, at)
        clo = _clause_start(d, at, seg_lo, _SENT_END + "，,")
        holder = _subject(d, clo, at) or _subject(d, seg_lo, at)
        stop = c.ends("zh-card-stop", s, at)
        if stop is not None and at - len(stop) >= seg_lo:
            # 正告美方，停止打「台灣牌」: the one told to stop plays the card (the object of the telling)
            told = _spans_in(d, seg_lo, at)
            holder = told[-1].key if told else holder
        if holder is None or d.index.actors[holder].side not in ("US", "China"):
            continue
        tgt = _target_prep(d, clo, vpos)
        # the card is the issue with its 牌 (台灣牌, 稀土牌: the card, as the text names it)
        end = m.end() if m.group(0) == "牌" and not close else iss.end()
        if _emit(d, "Leverage", holder, iss.start(), end, m.start(), target=tgt):
            made += 1
    return made


def _weakness(d: _Doc, lo: int, hi: int, no: int) -> int:
    """``Y是X的軟肋`` / ``X的命門在於Y``: Y is X's weak spot, so the other side
    holds Y over X. X must be a US or China actor right before ``的`` and Y a
    known issue (a weak spot of no named kind is commentary, not a chip)."""
    s, c = d.s, d.cues
    made = 0
    for m in c.find("zh-weakness", s, lo, hi):
        if not s.startswith("的", m.start() - 1):
            continue
        near = _spans_in(d, max(lo, m.start() - 20), m.start() - 1)
        sp = next((x for x in reversed(near) if x.end == m.start() - 1), None)
        if sp is None or d.index.actors[sp.key].side not in ("US", "China"):
            continue
        holder = _other_side(d, sp.key)
        if holder is None:
            continue
        seg_lo, seg_hi = _segment(d, m.start())
        after = _LEAD_AFTER_CUE.match(s, m.end())
        if after:  # X的軟肋是Y
            a = after.end()
            b = _clause_end(d, a, seg_hi, _SENT_END + "，,")
        else:  # Y是X的軟肋 — the cue ends its clause
            nxt = s[m.end() : m.end() + 1]
            if nxt and nxt not in _CLAUSE_END and nxt not in _QUOTE_CLOSERS:
                continue
            clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
            cop = c.find("zh-copula", s, clo, sp.start)
            if not cop:
                continue
            a, b = clo, cop[-1].start()
        if _emit(d, "Leverage", holder, a, b, m.start(), target=sp.key, require_issue=True):
            made += 1
            d.context = _Context("Leverage", holder, sp.key, no)
    return made


def _choke(d: _Doc, lo: int, hi: int) -> int:
    """``X以Y卡住Z的脖子``: the instrument Y squeezes Z, so it is X's lever over Z
    (the squeezed body part right after Z confirms the figure)."""
    s, c = d.s, d.cues
    made = 0
    for m in c.find("zh-choke-verb", s, lo, hi):
        sp = _actor_at(d, m.end())
        if sp is None or sp.start != m.end():
            continue
        k = sp.end + (1 if s.startswith("的", sp.end) else 0)
        if not c.starts("zh-choke-noun", s, k):
            continue
        seg_lo, _ = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        w = _instrument(d, clo, m.start())
        if w is None:
            # X的Y(正)卡住Z的脖子: the instrument is the subject, owned by X
            own = next(iter(_spans_in(d, clo, m.start())), None)
            if own is None or not s.startswith("的", own.end):
                continue
            g = _DEGREE.search(s, own.end + 1, m.start())
            b = g.start() if g else m.start()
            if _emit(
                d, "Leverage", own.key, own.end + 1, b, m.start(), target=sp.key, require_issue=True
            ):
                made += 1
            continue
        holder = _subject(d, seg_lo, w.start())
        if holder and _emit(d, "Leverage", holder, w.end(), m.start(), m.start(), target=sp.key):
            made += 1
    return made


def _deploy(d: _Doc, lo: int, hi: int) -> int:
    """``X祭出Y反制(Z)``: an instrument brought out against the other side is X's
    lever; without a stated purpose (反制, 回應 …) in the clause it is just news."""
    s, c = d.s, d.cues
    made = 0
    for m in c.find("zh-deploy", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        b = _clause_end(d, m.end(), seg_hi, _SENT_END + "，,")
        pur = c.find("zh-deploy-purpose", s, m.end(), b)
        if not pur or pur[0].start() - m.end() > _MAX_ITEM:
            continue
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        holder = _subject(d, clo, m.start()) or _subject(d, seg_lo, m.start())
        if holder is None or d.index.actors[holder].side not in ("US", "China"):
            continue
        sp = _actor_at(d, pur[0].end())
        tgt = sp.key if sp is not None and sp.start == pur[0].end() else None
        if _emit(
            d, "Leverage", holder, m.end(), pur[0].start(), m.start(), target=tgt, require_issue=True
        ):
            made += 1
    return made


_NOT_WITH_BEFORE = "可所难得予加足借藉"
_NOT_WITH_AFTER = "及来后後上下为為便免致往前此"
_PRETEXT = ("为由", "為由", "名义", "为借口", "方式", "理由")


def _asked_or_opposed(d: _Doc, lo: int, pos: int) -> str | None:
    """The actor named right after the last asking or opposing verb in ``[lo, pos)`` (呼籲美國停止
    以…威脅, 反對美方以…施壓): the one asked to stop or opposed uses the instrument, not the
    sentence's subject."""
    s, c = d.s, d.cues
    last = max(c.find("zh-demand", s, lo, pos) + c.find("zh-oppose", s, lo, pos), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    sp = _actor_at(d, last.end(), slack=1)
    return sp.key if sp is not None and sp.start <= last.end() + 1 and sp.end <= pos else None


def _instrument(d: _Doc, clo: int, pos: int) -> re.Match[str] | None:
    """The last ``以/用/拿`` in ``[clo, pos)`` that fronts an instrument (not 以及, 可以,
    以…為由): the words from it to ``pos`` are what is used to coerce."""
    s = d.s
    for w in reversed(d.cues.find("zh-coerce-with", s, clo, pos)):
        if len(w.group(0)) == 1 and (
            s[w.start() - 1 : w.start()] in _NOT_WITH_BEFORE
            or s[w.end() : w.end() + 1] in _NOT_WITH_AFTER
        ):
            continue
        item = s[w.end() : pos]
        pretext = any(p in item for p in _PRETEXT)  # 以芬太尼問題為借口對華施壓: the target may follow
        actor_only = bool(_spans_in(d, w.end(), pos)) and not _issue(d, w.end(), pos)
        if not item or len(item) > 30 or pretext or actor_only:
            return None  # 以國安為由, 以中國為…: a pretext or an actor, not an instrument
        return w
    return None


def _other_sides(d: _Doc, a: str, b: str) -> bool:
    """``a`` and ``b`` speak for the two opposing governments."""
    return {d.index.actors[a].side, d.index.actors[b].side} == {"US", "China"}


def _quote_holder(d: _Doc, pos: int, lo: int, hi: int) -> str | None:
    """The holder of a chip named in an analyst's quote with no subject
    (「真正的王牌是稀土，…北京手上的牌…」): the side the quote is about — a
    US or China actor of the quote that holds something itself (``X手上``,
    ``X的籌碼``), else the side of the quote's subjects when it names only one."""
    if _quote_of(d, pos) is None:
        return None
    sides: dict[str, str] = {}
    for sp in _spans_in(d, lo, hi):
        a = d.index.actors[sp.key]
        if a.side not in ("US", "China") or not _eligible(d, sp):
            continue
        k = sp.end + (1 if d.s.startswith("的", sp.end) else 0)
        if d.cues.starts("zh-hand", d.s, k) or d.cues.starts("zh-leverage", d.s, k):
            return sp.key
        sides.setdefault(a.side, d.state_of_side.get(a.side, sp.key))
    named = {
        d.index.actors[sp.key].side
        for sp in _in_range(d, lo, hi)
        if d.index.actors[sp.key].side in ("US", "China")
    }
    if not named:
        # 對於北京的稀土管制，李某說：「真正的槓桿在於精煉能力」: the quote names no
        # side, so the one side its sentence names outside the quote holds the chip
        # (the speaker's own clause, 美國智庫學者某某說：, names an affiliation, not a topic)
        sent = d.sentences[_sent_no(d, pos)]
        own = _clause_start(d, lo - 1, sent.start, _SENT_END + "，,")
        around = {
            d.index.actors[sp.key].side
            for sp in _in_range(d, max(sent.start, lo - _REACH), min(sent.end, hi + _REACH))
            if d.index.actors[sp.key].side in ("US", "China") and not (own <= sp.start < hi)
        }
        if len(around) == 1:
            return d.state_of_side.get(next(iter(around)))
        return None
    return next(iter(sides.values())) if len(sides) == 1 and len(named) == 1 else None


def _has_leverage_noun(d: _Doc, a: int, b: int) -> bool:
    return bool(d.cues.find("zh-leverage", d.s, a, b))


def _target_prep(d: _Doc, a: int, b: int) -> str | None:
    """``向白宮施壓`` / ``對美威懾``: the actor right after 向/對/給 in ``[a, b)``."""
    for sp in _spans_in(d, a, b):
        if d.s[sp.start - 1 : sp.start] in ("向", "对", "给", "针对"[-1:]):
            return sp.key
    return None


def _continuation(d: _Doc, lo: int, hi: int, no: int, made_here: int) -> int:
    """``其次是Y`` / ``此外…還有Y``: one more item of the running list.

    A strong opener (其次是) may start any clause; a loose one (此外) only a
    sentence that made no claim of its own, and its item must name a known issue.
    """
    s, c = d.s, d.cues
    ctx = d.context
    if ctx is None or no - ctx.sent_no > 6:
        return 0
    made = 0
    for m in c.find("zh-continuation", s, lo, hi):
        a = m.start()
        while a > lo and s[a - 1] in "而且但也 \u3000":
            a -= 1
        if a > lo and s[a - 1] not in _CLAUSE_END:
            continue
        b = _clause_end(d, m.end(), hi, _SENT_END + "，,")
        for x, y in _split_items(d, m.end(), b, on_comma=False):
            made += _emit(d, ctx.kind, ctx.actor, x, y, m.start(), target=ctx.target)
    if made or made_here:
        if made:
            ctx.sent_no = no
        return made
    a = lo
    while a < hi and (s[a].isspace() or s[a] in "，,而"):
        a += 1
    k = c.starts("zh-continuation-loose", s, a)
    if not k or no - ctx.sent_no > 3:
        return 0
    has = c.find("zh-also-has", s, a + len(k), hi)
    if has:
        x = has[0].end()
        y = _clause_end(d, x, hi, _SENT_END + "，,")
        made = int(_emit(d, ctx.kind, ctx.actor, x, y, a, target=ctx.target, require_issue=True))
    elif c.issue_rx is not None:
        m2 = c.issue_rx.search(s, a + len(k), hi)
        if m2:
            made = int(_emit(d, ctx.kind, ctx.actor, m2.start(), m2.end(), a, target=ctx.target))
    if made:
        ctx.sent_no = no
    return made


# ---------------------------------------------------------------------------
# demands


_LIST_HEAD = re.compile(
    r"(?:则|还|主要)?(?:包括|包含|有|是|为)?\s*[：:]|(?:则|还|主要)?(?:包括|包含)"
    # 訴求很明確：A、B: a short predicate on the list noun, then the colon
    r"|[^，,。；;：:「」“”『』\n]{1,6}[：:]"
)


_NOT_WANT = ("重", "主", "需", "必", "只", "紧", "首", "次", "简", "摘", "纲", "提", "机", "政", "不")


def _mission(d: _Doc, key: str) -> bool:
    """A state's mission abroad found by structure (org:中國駐休士頓總領事館, zh_actors._missions)."""
    a = d.index.actors.get(key)
    return a is not None and a.type == "Organization" and a.lexicon_id is None and "驻" in key


def _passive_agent(d: _Doc, lo: int, pos: int) -> tuple[int, str | None] | None:
    """Where 被 stands before an asking verb at ``pos`` (字節跳動被要求…, 孟晚舟被美國要求…), and the
    actor between them who asks, if named; None when the verb is no passive."""
    if d.s[pos - 1 : pos] == "被":
        return pos - 1, None
    sp = next((x for x in _in_range(d, max(lo, pos - 12), pos) if x.end == pos), None)
    if sp is not None and sp.start > lo and d.s[sp.start - 1] == "被":
        return sp.start - 1, sp.key
    return None


def _passive_demand(d: _Doc, m: re.Match[str], passive: tuple[int, str | None], lo: int, hi: int) -> int:
    """A passive ask (X被[Y]要求…): X, before 被, is the one asked; Y, or else X's other side, asks
    it; what follows the verb is what is wanted."""
    bei, agent = passive
    asked = _subject(d, lo, bei)
    if asked is None:
        return 0
    asker = agent or _other_side(d, asked)
    if asker is None:  # a company asked (字節跳動被要求出售…): the side other than where it is based
        entry = d.lex.actors.get(d.index.actors[asked].lexicon_id or "")
        other = {"US": "China", "China": "US"}.get(entry.based or "") if entry is not None else None
        asker = d.state_of_side.get(other) if other else None
    if not asker or asker == asked:
        return 0
    made = 0
    for x, y in _split_items(d, m.end(), _demand_end(d, m.end(), hi), on_comma=False, on_action=True):
        made += int(_emit(d, "Demand", asker, x, y, m.start(), target=asked))
    return made


def _demands(d: _Doc, lo: int, hi: int, no: int) -> int:
    s, c = d.s, d.cues
    made = 0
    list_spans: list[tuple[int, int]] = []
    # X的訴求包括：A、B，以及C
    for m in c.find("zh-demand-list", s, lo, hi):
        if m.group(0).startswith("要") and s[m.start() - 1 : m.start()] in _NOT_WANT:
            continue  # 重要的是 / 需要的是: no wish
        head = _LIST_HEAD.match(s, m.end())
        single = False
        if head is None:
            # 北京最想要的是…, 最想要的，是…: one wish, a comma at most before its copula
            head = re.compile(r"[，,]?则?是").match(s, m.end()) if m.group(0).endswith("的") else None
            head = head or re.compile(r"则?是").match(s, m.end())
            if head is None:
                continue
            single = True
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        demander = _subject(d, clo, m.start())
        if demander is None:
            continue
        assert head is not None
        a = head.end()
        if single:
            # (…是美方撤除剩餘關稅，並鬆綁…: a wish goes on over 並)
            b = _threat_end(d, _clause_end(d, a, seg_hi, _SENT_END + "，,"), seg_hi)
        else:
            b = _clause_end(d, a, seg_hi, _SENT_END)
            # a new demand verb ends the list (…，同時要求美方…)
            for v in c.find("zh-demand", s, a, b):
                cut = s.rfind("，", a, v.start())
                if cut > a:
                    b = cut
                    break
        list_spans.append((m.start(), b))
        d.used.update(range(m.start(), m.end()))
        d.context = _Context("Demand", demander, None, no)
        for x, y in _split_items(d, a, b, on_comma=not single):
            tgt = _addressee_in(d, x, y)
            if _emit(d, "Demand", demander, x, y, m.start(), target=tgt):
                made += 1
    # X要求/敦促/希望Y…
    askers: list[tuple[int, int, str]] = []  # (segment start, cue start, asker) of each asking verb read
    for weak, kind in ((False, "zh-demand"), (True, "zh-demand-weak"), (True, "zh-demand-of-state")):
        for m in c.find(kind, s, lo, hi):
            if m.start() in d.used:
                continue
            prev = s[m.start() - 1 : m.start()]
            nxt = s[m.end() : m.end() + 1]
            if prev in ("的", "等", "合", "符") or nxt in ("的", "下", "：", ":") or (weak and nxt in ("，", ",")):
                continue  # a noun (…的要求, 提出引渡請求，…), not a verb
            if prev == "在" and re.match(_TIME_FRAME_END, s[m.end() :]):
                continue  # 在要求美國之前: the time of an act, no act of asking
            if _LIST_HEAD.match(s, m.end()) and kind == "zh-demand":
                continue
            if s.endswith(c.keys["zh-wish-denied"], max(0, m.start() - 2), m.start()):
                continue  # 美國不尋求與中國衝突: a wish denied asks for nothing
            if s.endswith(c.keys["zh-demand-as-noun"], max(0, m.start() - 2), m.start()):
                continue  # 行政命令: a noun, no act of asking
            seg_lo, seg_hi = _segment(d, m.start())
            passive = _passive_agent(d, seg_lo, m.start())
            if passive is not None:
                made += _passive_demand(d, m, passive, seg_lo, seg_hi)
                continue
            demander = _coordinated_asker(d, askers, seg_lo, m.start())
            if demander is None:
                demander = _reported_subject(d, seg_lo, m.start())
            if demander is None:
                # 「我們敦促美方…」: a first-person subject of the asking verb's clause, in a quotation, is its speaker
                demander = _first_person_speaker(d, seg_lo, m.start())
            if demander is None:
                demander = _subject(d, seg_lo, m.start())
            prior = False
            if demander is None:
                demander = _prior_speaker(d, seg_lo, m.start())
                prior = True
            if not demander:
                continue
            askers.append((seg_lo, m.start(), demander))
            a = m.end()
            addr = None
            group = False
            sp = _actor_at(d, a, slack=1)
            if s.startswith("其", a) and (sp is None or sp.start > a + 1):
                # 網信辦約談某公司，要求其…: 其 stands for the one named last before the cue, the asker's object
                before = [x for x in _spans_in(d, seg_lo, m.start()) if x.key != demander]
                if before:
                    addr = before[-1].key
                    a += 1
                    sp = None
            if kind == "zh-demand-of-state" and (
                sp is None
                or sp.start != a
                or d.index.actors[sp.key].type != "State"
                or not (prev in "，,：:" or any(x.end == m.start() for x in _spans_in(d, seg_lo, m.start())))
            ):
                # 要陸方…: asks only of a state named right after it, itself after a comma or the asker
                # (只要美方…, 需要中國… are words of their own; 要看…, 要某公司… no asks)
                continue
            if sp is not None and sp.start <= a + 1 and sp.key == demander and not prior:
                # 西村康稔表示，將關注中方如何…，並要求中方說明…: no one asks itself; the one asked, named
                # before in an object, is no subject; the subject before it asks
                earlier = [x for x in _spans_in(d, seg_lo, m.start()) if x.key == demander]
                other = _subject(d, seg_lo, earlier[0].start) if earlier else None
                if other is None or other == demander:
                    continue
                demander = other
            if sp is not None and sp.start <= a + 1:
                if _mission(d, sp.key):
                    # 要求美國駐成都總領事館關閉: the mission is what the wanted action is about; its state is asked
                    addr = d.state_of_side.get(d.index.actors[sp.key].side) or sp.key
                else:
                    addr = sp.key
                    a = _skip_addressees(d, sp.end, seg_hi)
            elif c.starts("zh-addressee-group", s, a):
                a = _skip_addressees(d, a, seg_hi)  # 拉攏盟友…: a group, no single actor
                group = True
            elif weak:
                continue
            elif c.starts("zh-addressee-everyone", s, a) is not None:
                continue  # 呼籲各方加強合作, 國際社會: an exhortation to all, no demand of the other side
            elif c.starts("zh-own-step-lead", s, a) is not None:
                continue  # 他將要求對中國產品加徵關稅: a step of the asker's own side ordered, no demand of another
            if prior and (addr is None or _same_side(d, addr, demander) or d.index.actors[addr].side == "Other"):
                continue  # asked by the speaker before: only the other side, named
            frame = _TIME_FRAME.match(s, a, seg_hi)
            if frame is not None and frame.end() < seg_hi:
                a = frame.end()  # 希望習近平在要求美國之前，能夠先檢討自己: the time frame is no part of it
            a = _after_ground(d, a, seg_hi)
            b = _demand_end(d, a, seg_hi)
            for x, y in _split_items(d, a, b, on_comma=False, on_action=True):
                if _emit(
                    d,
                    "Demand",
                    demander,
                    x,
                    y,
                    m.start(),
                    target=addr,
                    require_issue=weak and addr is None and not group,
                ):
                    made += 1
    # X表示，Y應/必須…: the speaker of one side tells the other side what to do
    for m in c.find("zh-demand-modal", s, lo, hi):
        if m.start() in d.used:
            continue
        addr = next(
            (
                sp
                for sp in _in_range(d, max(lo, m.start() - 12), m.start())
                if sp.end == m.start()
            ),
            None,
        )
        if addr is None:
            made += _measure_to_lift(d, m, lo)
            continue
        if d.index.actors[addr.key].type != "State":
            continue
        if needs_thing(d.s, m.start(), m.end(), partial(_issue_at, d)):
            continue  # 華府需要稀土: a need, nothing asked
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, addr.start, seg_lo, _SENT_END + "，,")
        q = _quote_of(d, m.start())
        if q is not None and clo == q[0] + 1:
            # 習某說，…，「美方應停止…」: the quote's speaker tells the other side
            demander = _speaker_before(d, q[0], d.sentences[_sent_no(d, q[0])])
        else:
            verbs = _speech(d, seg_lo, clo)
            if not verbs or clo - verbs[-1].end() > 2:
                continue
            demander = _subject(d, seg_lo, verbs[-1].start())
        sides = {d.index.actors[k].side for k in (demander, addr.key) if k}
        if demander is None or len(sides) != 2 or "Other" in sides:
            continue
        b = _demand_end(d, m.end(), seg_hi)
        # 美方不得侵犯…: what must not be done keeps its negation
        start = m.start() if negated_modal(m.group(0)) else m.end()
        for x, y in _split_items(d, start, b, on_comma=False, on_action=True):
            if _emit(d, "Demand", demander, x, y, m.start(), target=addr.key):
                made += 1
    # Y是…不可逾越的紅線: what the speaker draws a red line around, the other side must leave alone
    for m in c.find("zh-red-line", s, lo, hi):
        made += _red_line(d, m)
    # 以A換取B: A is offered (leverage), B wanted (demand)
    for m in c.find("zh-exchange", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        j = -1
        for mm in re.finditer(r"(?<![可所])以(?![及来來后後上下为為便免])", s[clo : m.start()]):
            j = clo + mm.start()
        if j < 0:
            continue
        actor = _subject(d, seg_lo, j)
        if actor is None:
            continue
        b = _clause_end(d, m.end(), seg_hi, _SENT_END + "，,")
        made += _emit(d, "Leverage", actor, j + 1, m.start(), m.start())
        made += _emit(d, "Demand", actor, m.end(), b, m.start())
    return made


def _measure_to_lift(d: _Doc, m: re.Match[str], lo: int) -> int:
    """``中方堅持認為，加徵的關稅應當逐步取消``: a clause whose topic is a measure, a modal and a verb
    that lifts it (``zh-lift``, ``zh-relief``: a few adverbs between), in the reported speech of one
    side: that side wants the other to lift it. The clause is the demand's phrase."""
    s, c = d.s, d.cues
    seg_lo, seg_hi = _segment(d, m.start())
    clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
    if clo <= seg_lo or c.issue_rx is None or not c.issue_rx.search(s, clo, m.start()):
        return 0
    lifts = ("zh-lift", "zh-relief")
    if not any(c.starts(kind, s, p) is not None for p in range(m.end(), min(seg_hi, m.end() + 5)) for kind in lifts):
        return 0
    verbs = _speech(d, seg_lo, clo)
    if not verbs or clo - verbs[-1].end() > 3:
        return 0  # 中方表示，…: only words a side is reported saying
    demander = _subject(d, seg_lo, verbs[-1].start())
    target = _other_side(d, demander)
    if demander is None or target is None or any(sp.key == demander for sp in _in_range(d, clo, m.start())):
        return 0  # (中方表示，中方的關稅應當取消: its own measure, no demand of the other)
    return int(_emit(d, "Demand", demander, clo, _demand_end(d, m.end(), seg_hi), m.start(), target=target))


def _coordinated_asker(d: _Doc, askers: list[tuple[int, int, str]], seg_lo: int, pos: int) -> str | None:
    """The asker of an asking verb that opens its clause after a coordinating adverb (張某敦促加方
    立即釋放李某，又要求美方…; ``zh-verb-coordinated``): the asker of the verb before it in the
    sentence, not the object that verb named last. None when the clause names an actor first."""
    clo = _clause_start(d, pos, seg_lo, _SENT_END + "，,")
    if clo <= seg_lo:
        return None
    gap = d.s[clo:pos]
    lead = gap.strip()
    if not lead or d.cues.starts("zh-verb-coordinated", d.s, clo + len(gap) - len(gap.lstrip())) != lead:
        return None
    earlier = [who for lo, at, who in askers if lo == seg_lo and at < clo]
    return earlier[-1] if earlier else None


def _red_line(d: _Doc, m: re.Match[str]) -> int:
    """``X強調，台灣問題是中美關係不可逾越的紅線``: a demand of X on the other side, its item the
    matter before the copula (or the clause before, when the copula opens its own: ``，是「…紅線」``);
    only a matter the lexicon knows as an issue, and only said by someone of a side."""
    s = d.s
    no = _sent_no(d, m.start())
    sent = d.sentences[no]
    q = _quote_of(d, m.start())
    at = q[0] if q is not None and q[0] >= sent.start else m.start()
    clo = _clause_start(d, at, sent.start, _SENT_END + "，,")
    j = s.rfind("是", clo, m.start())
    if j < 0:
        return 0
    x = clo
    verbs = _speech(d, sent.start, j)
    if verbs and verbs[-1].end() > clo:
        x = verbs[-1].end()
    if not s[x:j].strip("「」“”『』 ") and clo > sent.start:
        x = _clause_start(d, clo - 1, sent.start, _SENT_END + "，,")  # ，是「…紅線」: the clause before
        if verbs and verbs[-1].end() > x:
            x = verbs[-1].end()
        j = clo - 1
    if not verbs or verbs[-1].start() >= j:
        return 0
    speaker = _subject(d, sent.start, verbs[-1].start())
    owner = next((sp.key for sp in _spans_in(d, j, m.start()) if s.startswith("的", sp.end)), None)
    speaker = owner or speaker  # 晶片管制是美方的紅線: the owner of the line draws it
    if speaker is None or d.index.actors[speaker].side not in ("US", "China"):
        return 0
    return int(_emit(d, "Demand", speaker, x, j, m.start(), require_issue=True))


def _reported_subject(d: _Doc, lo: int, pos: int) -> str | None:
    """The speaker whose reported speech a subjectless predicate continues.

    ``汪某指出，美方…，敦促美方停止…``: the demand verb's own clause names no
    actor, and an earlier speech verb of the sentence has a subject — the speaker
    demands, not the actor named inside what was reported.
    """
    lo = _clause_start_q(d, pos, lo, _SENT_END)  # after a semicolon, a new subject may lead
    clo = _clause_start(d, pos, lo, _SENT_END + "，,")
    if clo == lo or _spans_in(d, clo, pos) or _pronoun_before(d, clo, pos) is not None:
        return None
    verbs = _speech(d, lo, clo)
    if not verbs:
        return None
    v = verbs[0]
    main = _clause_start(d, v.start(), lo, _SENT_END + "，,") == lo
    if main and _reports(d, v):
        return _reported_head(d, v.end(), clo)
    who = _subject(d, lo, v.start(), types=("Person", "Organization", "State"))
    if not main and (who is None or d.index.actors[who].type == "State" or not _initial(d, who, lo, v.start())):
        return None  # the verb must be the sentence's main one, or its speaker open a clause before it
    return who


def _initial(d: _Doc, key: str, lo: int, pos: int) -> bool:
    """Whether a mention of ``key`` in ``[lo, pos)`` ends a clause opener (在北京，發言人張某，回應…時表示)."""
    for sp in _spans_in(d, lo, pos):
        if sp.key == key and d.s[sp.end : sp.end + 1] in "，,":
            return True
    return False


def _reports(d: _Doc, v: re.Match[str]) -> bool:
    """A verb of reporting (路透社報道，…): what follows tells what others did, not the outlet's words."""
    return d.cues.ends("zh-report", d.s, v.end()) is not None


def _reported_head(d: _Doc, a: int, b: int) -> str:
    """The subject of the words an outlet reports: the last clause-opening actor in ``[a, b)``
    (《某報》報道，黃某決定…，試圖遊說…: 黃某); "" when none is named (the outlet demands nothing)."""
    found = ""
    i = a
    while i < b:
        while i < b and d.s[i] in "，, ":
            i += 1
        sp = _actor_at(d, i)
        if sp is not None and sp.start == i and _eligible(d, sp):
            found = sp.key
        j = _clause_end(d, i, b, _SENT_END + "，,")
        i = j if j > i else i + 1  # a closing mark right here: step over it
    return found


def _prior_speaker(d: _Doc, lo: int, pos: int) -> str | None:
    """Who asks in a sentence that names no one before its asking verb (商務部發言人表示，…。希望美方…):
    the speaker of the sentence before, or for an outlet's report (某報報道，李某將赴美…。並呼籲美國…)
    the subject of what it reports. Only a sentence's first words may lack a subject so."""
    no = _sent_no(d, pos)
    if no == 0 or lo != d.sentences[no].start or _quote_of(d, pos) is not None:
        return None
    if _spans_in(d, lo, pos) or _pronoun_before(d, lo, pos) is not None:
        return None
    prev = d.sentences[no - 1]
    verbs = _speech(d, prev.start, prev.end)
    if not verbs:
        # 中方立場很明確，…。奉勸美方…: the voice of a sentence that opens with its actor goes on
        # to a sentence that opens with the asking verb (協議要求… has a subject of its own)
        first = next(iter(_spans_in(d, prev.start, prev.end)), None)
        if pos - lo > 1 or first is None or first.start != prev.start:
            return None
        if d.index.actors[first.key].side not in ("US", "China"):
            return None
        return first.key
    v = verbs[0]
    if _reports(d, v):
        return _reported_head(d, v.end(), prev.end) or None
    who = _subject(d, prev.start, v.start(), types=("Person", "Organization", "State"))
    if who is None or d.index.actors[who].side not in ("US", "China"):
        return None
    return who


def _skip_addressees(d: _Doc, a: int, hi: int) -> int:
    """Past the rest of an addressee list: ``日本、荷蘭等盟友``, ``美方及其盟友``
    (a government suffix, more mentions after 、/和/及, then 等 + a group noun)."""
    s, c = d.s, d.cues
    for _ in range(8):  # a bounded list
        a += len(c.starts("zh-actor-suffix", s, a) or "")
        g = c.starts("zh-addressee-group", s, a)
        if g:
            a += len(g)
            continue
        if a < hi and s[a] in "、和与及":
            k = a + 1 + (1 if s.startswith("其", a + 1) else 0)
            sp = _actor_at(d, k)
            if sp is not None and sp.start == k:
                a = sp.end
                continue
            g = c.starts("zh-addressee-group", s, k)
            if g:
                a = k + len(g)
                continue
        if s.startswith("等", a):
            for r in range(a + 1, min(hi, a + 6)):
                g = c.starts("zh-addressee-group", s, r)
                if g:
                    return r + len(g)
                if s[r] in _CLAUSE_END:
                    break
            if s.startswith(("国家", "国"), a + 1):
                return a + 1 + (2 if s.startswith("国家", a + 1) else 1)
        break
    return a


def _demand_end(d: _Doc, a: int, hi: int) -> int:
    """Where a demanded action ends: the clause, plus clauses that continue it (，停止…/，並…)."""
    s, c = d.s, d.cues
    b = _clause_end(d, a, hi, _SENT_END + "，,")
    while b < hi and s[b] in "，,":
        nxt = b + 1
        nb = _clause_end(d, nxt, hi, _SENT_END + "，,")
        if c.find("zh-demand", s, nxt, nb) or c.find("zh-threat", s, nxt, nb) or _speech(d, nxt, nb):
            break  # a new predicate (，並揚言…, ，並說：)
        conj = any(s.startswith(k, nxt) for k in ("并", "以及", "同时", "还要"))
        if conj and s.startswith("并将", nxt) and _actor_at(d, nxt + 2) is None:
            # 敦促美方…，並將採取必要措施: the asker's own step, no more of what it wants (but 並將中國
            # 企業移出實體清單: 將 before a name marks the object, the wanted action goes on)
            break
        lead = len(c.starts("zh-action-lead", s, nxt) or "")  # 切實履行…, 立即停止…
        if not (conj or c.starts("zh-action", s, nxt + lead)):
            break
        if _actor_at(d, nxt) is not None and _actor_at(d, nxt).start == nxt:  # type: ignore[union-attr]
            break
        b = _clause_end(d, nxt, hi, _SENT_END + "，,")
    return b


def _addressee_in(d: _Doc, a: int, b: int) -> str | None:
    """``要求中國推遲…`` inside a list item names who must act."""
    for m in d.cues.find("zh-demand", d.s, a, b):
        sp = _actor_at(d, m.end(), slack=1)
        if sp is not None and sp.start <= m.end() + 1 and sp.end <= b:
            return sp.key
    return None


# ---------------------------------------------------------------------------
# threats


_CONCESSIVE = ("无论", "不论", "不管", "即使", "哪怕", "即便")


def _same_side(d: _Doc, a: str, b: str) -> bool:
    """Two actors that speak for the same government (US or China)."""
    sa, sb = d.index.actors[a].side, d.index.actors[b].side
    return sa == sb and sa in ("US", "China")


def _condition_at(d: _Doc, a: int, b: int) -> re.Match[str] | None:
    """A conditional opener (若/如果…) at the start of a clause in ``[a, b)``."""
    for m in d.cues.find("zh-condition", d.s, a, b):
        prev = d.s[m.start() - 1 : m.start()]
        after_subject = any(
            sp.end == m.start() for sp in _in_range(d, max(0, m.start() - 12), m.start())
        )
        if (
            m.start() == a
            or prev in _CLAUSE_END
            or prev in ("称", "说", "道", "则", "但", "而")
            or after_subject  # 中國如果不…
        ):
            if d.s.startswith(("如何", "如此", "如今", "如同", "如下", "如期"), m.start()):
                continue
            return m
    return None


def _consequence(d: _Doc, cond: re.Match[str], hi: int) -> tuple[int, int, int] | None:
    """After ``若…，``: (clause start, modal end, end) of the clause holding 將/必將…."""
    s, c = d.s, d.cues
    i = _clause_end(d, cond.end(), hi, _SENT_END + "，,")
    for _ in range(_MAX_CLAUSES):
        if not (i < hi and s[i] in "，,"):
            break
        a = i + 1
        b = _clause_end(d, a, hi, _SENT_END + "，,")
        for m in c.find("zh-consequence", s, a, b):
            if m.start() - a <= 8:
                return a, m.end(), _threat_end(d, b, hi)
        sp = _actor_at(d, a)
        if sp is not None and sp.start == a:
            # 如果美方執意打關稅戰，中方奉陪到底: a subject and a retaliation with no modal — the
            # condition makes it the future
            at = sp.end + (1 if s[sp.end : sp.end + 1] in ("就", "便", "也", "必") else 0)
            if c.starts("zh-retaliation", s, at) is not None:
                return a, at, _threat_end(d, b, hi)
        i = b
    return None


def _threat_end(d: _Doc, b: int, hi: int) -> int:
    """Extend a threatened step over ``，並…`` continuations."""
    s = d.s
    while (
        b < hi
        and s[b] in "，,"
        and any(s.startswith(k, b + 1) for k in ("并", "以及", "同时", "还将", "甚至"))
    ):
        b = _clause_end(d, b + 1, hi, _SENT_END + "，,")
    return b


# modals of ``zh-consequence`` that announce a step (將, 必將, 會, 可能; 就會 and 恐將 after a condition),
# not 可 or 只能
_FUTURE_MODALS = ("将", "必", "势", "会", "可能", "就会", "便会", "恐将")


def _threats(d: _Doc, lo: int, hi: int, no: int) -> int:
    s, c = d.s, d.cues
    made = 0
    conds_done: set[int] = set()
    for m in c.find("zh-threat", s, lo, hi):
        prev = s[m.start() - 1 : m.start()]
        nxt = s[m.end() : m.end() + 1]
        if prev in ("的", "成", "到", "临", "受") or nxt in ("与", "的", "和", "性"):
            continue  # a noun (構成威脅, 威脅與反威脅)
        if _negated(d, m.start()):
            continue  # 不考慮…: a step ruled out, no threat
        seg_lo, seg_hi = _segment(d, m.start())
        actor = _subject(d, seg_lo, m.start()) or _first_person_speaker(d, seg_lo, m.start())
        if actor is None:
            continue
        a = m.end()
        tgt = None
        sp = _actor_at(d, a)
        if sp is not None and sp.start == a:
            tgt = sp.key
            a = sp.end
        while a < seg_hi and s[a] in "称说道，,：:":
            a += 1
        cond = _condition_at(d, a, _clause_end(d, a, seg_hi, _SENT_END + "，,"))
        cond_range = None
        if cond is not None:
            cons = _consequence(d, cond, seg_hi)
            if cons is None:
                continue
            conds_done.add(cond.start())
            cond_range = (cond.end(), cons[0])
            tgt = tgt or _cond_target(d, cond.end(), cons[0], actor)
            made += _refusal_demand(d, actor, cond.end(), cons[0], m.start())
            a, b = cons[1], cons[2]
            if not (c.find("zh-punitive", s, a, b) or _issue(d, a, b)):
                a = _step_subject(d, cons[0], cons[1])  # 北京的反制措施將升級
        else:
            b = _threat_end(d, _clause_end(d, a, seg_hi, _SENT_END + "，,"), seg_hi)
            right = s.find("的权利", a, b) if m.group(0).startswith("保留") else -1
            if right > a:
                a, b = m.start() + 2, right  # 保留採取措施的權利: the step reserved, not the right
        if tgt is not None and _same_side(d, tgt, actor):
            tgt = None  # 揚言陸方將…: the threatening side itself, not its target
        for x, y in _split_items(d, a, b, on_comma=False):
            if not (c.find("zh-punitive", s, x, y) or _issue(d, x, y)):
                continue
            if s.startswith(_CONCESSIVE, _strip_item(d, x, y)[0]) or _eases(d, x, y):
                continue  # 無論誰買下… / 把關稅調降… / 取消部分關稅: a concession or an offer, not a step
            if _no_step(d, x, y) or c.find("zh-red-line", s, x, y):
                continue  # 嚴重威脅產業鏈穩定 / 警告稱，中國產能過剩構成風險: harm foretold, no step
            t = tgt or _target_prep(d, x, y)
            if _emit(d, "Threat", actor, x, y, m.start(), target=t, issue_from=cond_range):
                made += 1
    # X表示，將採取反制措施: a reported future retaliation is a threat by the speaker
    # (the modal opens a subjectless clause of the reported speech: …稱，堅決反對…，將…)
    for v in _speech(d, lo, hi):
        seg_lo, seg_hi = _segment(d, v.start())
        a = v.end()
        for _ in range(_MAX_CLAUSES):
            while a < seg_hi and s[a] in "，,：: ":
                a += 1
            for lead in ("并", "也", "还", "亦", "同时", "则"):
                if s.startswith(lead, a):
                    a += len(lead)
                    break
            end = _clause_end(d, a, seg_hi, _SENT_END + "，,")
            mod = c.starts("zh-consequence", s, a)
            if mod is not None and _disposal(d, mod, a + len(mod)):
                break  # 宣布將美國企業列入清單: 將 marks the object, a step taken (the measure engine's)
            if mod is not None and mod.startswith(_FUTURE_MODALS):
                made += _retaliation(d, v, a, len(mod), seg_lo, seg_hi)
                break
            sp = _actor_at(d, a)
            if (sp is not None and sp.start == a) or end >= seg_hi or s[end] not in "，,":
                break  # a clause with its own subject ends the reported speech
            a = end
    # 若美方一意孤行…中方必將採取堅決措施 (no threat verb)
    for m in c.find("zh-condition", s, lo, hi):
        if m.start() in conds_done:
            continue
        seg_lo, seg_hi = _segment(d, m.start())
        cond = _condition_at(d, m.start(), m.end())
        if cond is None:
            continue
        cons = _consequence(d, cond, seg_hi)
        if cons is None:
            continue
        ca, ma, cb = cons
        if not c.find("zh-punitive", s, _step_subject(d, ca, ma), cb):
            continue
        actor = _subject(d, ca, ma) or _subject(d, seg_lo, m.start())
        if actor is None:
            continue
        tgt = _cond_target(d, cond.end(), ca, actor)
        if not c.find("zh-punitive", s, ma, cb):
            ma = _step_subject(d, ca, ma)
        for x, y in _split_items(d, ma, cb, on_comma=False):
            if not c.find("zh-punitive", s, x, y) or _eases(d, x, y):
                continue
            if _emit(d, "Threat", actor, x, y, m.start(), target=tgt, issue_from=(cond.end(), ca)):
                made += 1
    made += _ultimatum(d, lo, hi)
    # 中國可能對Y採取反制 / 北京將祭出報復措施: a subject, a modal, a retaliatory step
    for m in c.find("zh-retaliation", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        clo = _clause_start(d, m.start(), seg_lo, _SENT_END + "，,")
        mods = [
            k
            for k in c.find("zh-consequence", s, clo, m.start())
            if k.group(0).startswith(_FUTURE_MODALS)
        ] + [k for k in c.find("zh-threat", s, clo, m.start()) if k.group(0) in ("考虑", "研拟", "酝酿")]
        # 會 inside 委員會: a name's character, no modal
        mods = [k for k in mods if not _ends_word(s, k.start(), k.end()) and not _disposal(d, k.group(0), k.end())]
        if not mods:
            continue
        k = min(mods, key=lambda x: x.start())
        if _negated(d, k.start()):
            continue
        actor = _subject(d, clo, k.start())
        if actor is None and clo > seg_lo and s.startswith(("并", "也", "还", "同时"), clo):
            actor = _subject(d, seg_lo, clo)  # 中方敦促美方…，並將採取必要措施: the clause before's subject
        if actor is None or d.index.actors[actor].side not in ("US", "China"):
            continue
        if _threat_made(d, actor, d.sentences[_sent_no(d, m.start())]):
            continue  # already read through a threat verb or a condition
        b = _threat_end(d, _clause_end(d, m.start(), seg_hi, _SENT_END + "，,"), seg_hi)
        if _eases(d, k.end(), b) or _condition_at(d, clo, k.start()) is not None:
            continue
        tgt = _target_prep(d, k.end(), b)
        if tgt is not None and _same_side(d, tgt, actor):
            tgt = None
        made += _emit(d, "Threat", actor, k.end(), b, m.start(), target=tgt)
    return made


def _first_person_speaker(d: _Doc, lo: int, pos: int) -> str | None:
    """The speaker of the quotation ``pos`` lies in, when a first-person subject (``zh-first-person``:
    我們) opens the words before it (「作為報復，我們正在考慮終止…」): the speaker's own step."""
    q = _quote_of(d, pos)
    clo = _clause_start(d, pos, max(lo, q[0] + 1) if q else lo, _SENT_END + "，,")
    if q is None or not d.cues.find("zh-first-person", d.s, clo, pos):
        return None
    sent = d.sentences[_sent_no(d, q[0])]
    return _named_colon(d, q[0]) or _speaker_before(d, q[0], sent) or _speaker_after(d, q[1], sent)


def _eases(d: _Doc, a: int, b: int) -> bool:
    """An easing step in ``[a, b)``: a relief word (調降, 豁免), or a lifting verb whose object is a
    measure (取消部分反制關稅, 撤銷對華為的制裁) — an offer, not a threat; lifting anything else
    (取消訂單, 撤銷簽證) is a punitive step."""
    c = d.cues
    if c.find("zh-relief", d.s, a, b):
        return True
    for v in c.find("zh-lift", d.s, a, b):
        if any(p.start() >= v.end() for p in c.find("zh-lifted", d.s, v.end(), b)):
            return True
    return False


def _no_step(d: _Doc, a: int, b: int) -> bool:
    """A threat verb's object that names no punitive step: a state of affairs endangered
    (威脅全球產業鏈穩定: ``zh-endangered`` ends it) or a clause with its own subject
    (警告稱，中國產能過剩構成風險) — harm foretold, not a step of the one who warns."""
    c = d.cues
    if c.find("zh-punitive", d.s, a, b):
        return False
    x, y = _strip_item(d, a, b, modal=True)
    if c.ends("zh-endangered", d.s, y):
        return True
    sp = _actor_at(d, x)
    return sp is not None and sp.start == x


def _disposal(d: _Doc, word: str, end: int) -> bool:
    """將 before its object (將美國企業列入清單, 將其…, 將15家…) marks the object, not the future."""
    if word != to_simplified("將"):
        return False
    nxt = d.s[end : end + 1]
    sp = _actor_at(d, end)
    if nxt.isdigit() or nxt in d.cues.keyset.get("zh-disposal-object", ()) or (sp is not None and sp.start == end):
        return True
    # 將雷神公司列入…: a short object, then a verb that puts it somewhere (zh-disposal-verb)
    if nxt == "把":
        return False  # 將把…列入: 將 the future, 把 the object
    verb = d.cues.find("zh-disposal-verb", d.s, end, min(len(d.s), end + 16))
    return bool(verb) and not re.search(r"[，,。；;：:]", d.s[end : verb[0].start()])


def _ends_word(s: str, a: int, b: int) -> bool:
    """Whether ``s[a:b]`` is part of a longer word (會 of 委員會 or of 會談, 將 of 大將): no modal then."""
    return b - a == 1 and (
        any(a - n >= 0 and is_word(s[a - n : b]) for n in (1, 2)) or any(is_word(s[a : b + n]) for n in (1,))
    )


def _threat_made(d: _Doc, actor: str, sent: Sentence) -> bool:
    """``actor`` already has a threat in ``sent`` (claims are appended sentence by
    sentence, so only the tail of the list is walked)."""
    for cl in reversed(d.claims):
        if cl.sentence.start < sent.start:
            return False
        if cl.kind == "Threat" and cl.actor == actor and cl.sentence == sent:
            return True
    return False


def _ultimatum(d: _Doc, lo: int, hi: int) -> int:
    """The choice an actor sets another: ``X要求Y…，否則(將)B`` and ``X說，Y要麼A，要麼B``. The
    alternative B held over what is asked is X's threat, whatever B is (失去美國市場, 失去美國用戶:
    a loss, no punitive step); with 要麼, A is X's demand of Y. X is the speaker or the subject
    before the demand verb; the one facing the choice is the actor right before 要麼, else the
    other side."""
    s, c = d.s, d.cues
    made = 0
    pairs = c.find("zh-ultimatum", s, lo, hi)
    if len(pairs) >= 2 and pairs[0].end() < pairs[1].start():
        first, second = pairs[0], pairs[1]
        seg_lo, seg_hi = _segment(d, first.start())
        verbs = [v for v in _speech(d, seg_lo, first.start()) if v.end() <= first.start()]
        holder = _subject(d, seg_lo, verbs[-1].start()) if verbs else None
        faced = next((sp for sp in reversed(_spans_in(d, seg_lo, first.start())) if sp.end == first.start()), None)
        if holder is not None and (faced is None or faced.key != holder):
            tgt = faced.key if faced is not None else None
            a_end = _clause_end(d, first.end(), second.start(), _SENT_END + "，,")
            b_end = _clause_end(d, second.end(), seg_hi, _SENT_END + "，,")
            made += int(_emit(d, "Demand", holder, first.end(), a_end, first.start(), target=tgt))
            made += int(_emit(d, "Threat", holder, second.end(), b_end, second.start(), target=tgt))
    for m in c.find("zh-threat-alternative", s, lo, hi):
        seg_lo, seg_hi = _segment(d, m.start())
        asks = c.find("zh-demand", s, seg_lo, m.start())
        if not asks:
            continue
        holder = _subject(d, seg_lo, asks[-1].start())
        if holder is None or _threat_made(d, holder, d.sentences[_sent_no(d, m.start())]):
            continue
        sp = _actor_at(d, asks[-1].end())
        tgt = sp.key if sp is not None and sp.start == asks[-1].end() and not _same_side(d, sp.key, holder) else None
        b = _clause_end(d, m.end(), seg_hi, _SENT_END + "，,")
        a = m.end()
        subj = _actor_at(d, a)
        if subj is not None and subj.start == a:
            a = subj.end  # 否則中方將採取反制措施: the step, not its subject
        made += int(_emit(d, "Threat", holder, a, b, m.start(), target=tgt))
    return made


def _refusal_demand(d: _Doc, actor: str, a: int, b: int, at: int) -> int:
    """``X警告，若Y未能完成Z，…將…``: what Y must not fail to do is X's demand on Y."""
    s = d.s
    b = _clause_end(d, a, b, _SENT_END + "，,")
    p = a
    sp = _actor_at(d, a)
    if sp is not None and sp.start == a:
        p = sp.end
    while p < b and s[p] in "仍再还继续":
        p += 1
    neg = d.cues.starts("zh-refusal", s, p)
    if neg is None:
        return 0
    addr = sp.key if sp is not None and sp.start == a else None
    if addr is not None and _same_side(d, addr, actor):
        return 0
    return int(_emit(d, "Demand", actor, p + len(neg), b, at, target=addr))


def _negated(d: _Doc, pos: int) -> bool:
    """A negation right before ``pos`` (不考慮, 並未揚言): the step is ruled out."""
    return d.s[pos - 1 : pos] in ("不", "未", "没", "无", "别") or d.s[pos - 2 : pos] in ("不会", "不再")


def _retaliation(d: _Doc, v: re.Match[str], a: int, n: int, seg_lo: int, seg_hi: int) -> int:
    """Emit ``X表示…，將採取反制措施`` (modal of ``n`` chars at ``a``) as X's threat."""
    s, c = d.s, d.cues
    b = _threat_end(d, _clause_end(d, a + n, seg_hi, _SENT_END + "，,"), seg_hi)
    if not c.find("zh-retaliation", s, a, b) or _eases(d, a, b):
        return 0
    actor = _subject(d, seg_lo, v.start())
    if actor is None or d.index.actors[actor].side not in ("US", "China"):
        return 0
    tgt = _target_prep(d, a, b)
    if tgt is not None and _same_side(d, tgt, actor):
        tgt = None
    return int(_emit(d, "Threat", actor, a + n, b, v.start(), target=tgt))


def _step_subject(d: _Doc, ca: int, ma: int) -> int:
    """Where the threatened step starts when the consequence's subject names it
    (``北京的反制措施將會升級``): after its owner's ``的``, else at the modal's end."""
    s = d.s
    if not d.cues.find("zh-punitive", s, ca, ma):
        return ma
    j = s.rfind("的", ca, ma)
    return j + 1 if j >= 0 else ca


def _cond_target(d: _Doc, a: int, b: int, actor: str) -> str | None:
    for sp in _spans_in(d, a, b):
        if sp.key != actor:
            return sp.key
    return None


# ---------------------------------------------------------------------------
# statements


def _statements(d: _Doc) -> None:
    s = d.s
    prev: tuple[int, int, str] | None = None  # previous statement's quote span and speaker
    last_speaker_sent: dict[int, str] = {}  # sentence no -> speaker of a speech verb in it
    tried: set[int] = set()  # sentences whose speech verbs were already searched for a speaker
    said: set[int] = set()  # ids of short statements that are the whole object of a verb of speech

    def sentence_speaker(k: int) -> str | None:
        if k not in tried:
            tried.add(k)
            sp = _speaker_sentence(d, d.sentences[k])
            if sp is not None:
                last_speaker_sent.setdefault(k, sp)
        return last_speaker_sent.get(k)

    for qa, qb in d.quotes:
        inner = d.doc.text[qa + 1 : qb]
        if not inner.strip():
            continue
        no = _sent_no(d, qa)
        sent = d.sentences[no]
        # adjacent quotes 「A」「B」 continue the previous statement
        if prev is not None and prev[1] + 1 == qa:
            _extend_quote(d, prev, qb)
            prev = (prev[0], qb, prev[2])
            continue
        same = prev is not None and prev[0] >= sent.start
        # a verb with no subject goes on with the speaker of a quote of this sentence or of
        # one that closes right before it (「…。」並稱「…」)
        goes_on = prev is not None and (same or not s[prev[1] + 1 : sent.start].strip())
        owned = _owned_words(d, qa, qb)
        if owned is not None:
            # words another is reported to have said (張偉總統「…」等承諾): theirs, and no speaker goes on
            # from them to the reporter's next quote
            _emit(d, "Statement", owned, qa + 1, qb, qa, quote=inner.rstrip(" ，,"))
            continue
        speaker = _framed_speaker(d, qa, qb, sent) or _named_colon(d, qa) or _view_frame(d, qa, qb, sent)
        if speaker is None:
            speaker = _speaker_before(d, qa, sent, prev[2] if goes_on and prev else None)
        if speaker is None and (
            _opens_sentence(d, qa, sent) or s[qa - 1 : qa] in ("，", ",", "：", ":")
        ):
            speaker = _speaker_after(d, qb, sent)
        if speaker is None and same and prev is not None and _joined(d, prev[1], qa):
            speaker = prev[2]  # 「A」，因為「B」: the same speaker goes on
        if speaker is None and same and prev is not None and _reported_on(d, prev[1], qa):
            speaker = prev[2]  # 形容…「A」，因為中國手上「B」: a clause of the same report, no new speaker
        if speaker is None and _opens_sentence(d, qa, sent) and no > 0:
            speaker = sentence_speaker(no - 1)
            if speaker is None and no > 1 and "\n" not in s[d.sentences[no - 2].end : qa]:
                speaker = sentence_speaker(no - 2)  # X還說，…。…。「…」: the paragraph's speaker goes on
        if speaker is None and _stands_alone(d, qa, qb) and no + 1 < len(d.sentences):
            speaker = sentence_speaker(no + 1)  # 「…。」\n\n8月30日，X在…說：the lead quote of a report
        if speaker is None and _embedded_words(d, qa, qb, sent):
            speaker = _first_body(d, sent, qa)  # 黃仁勳指此舉導致英偉達「雙手被綁在背後」
            if speaker is None and no > 0 and any(sp.end == qa for sp in _spans_in(d, sent.start, qa)):
                speaker = sentence_speaker(no - 1)  # 耿爽說，…。美國國會「把…粉飾為…」: the speaker goes on
        if speaker is not None and _unnamed_member(d, speaker, sent):
            speaker = None
        if speaker is None:
            sentence_speaker(no)
            continue
        last_speaker_sent[no] = speaker
        if prev is not None and prev[2] == speaker and _continues(d, prev[1], qa):
            _extend_quote(d, prev, qb)
            prev = (prev[0], qb, speaker)
            continue
        if _emit(d, "Statement", speaker, qa + 1, qb, qa, quote=inner.rstrip(" ，,")):
            prev = (qa, qb, speaker)
            whole = _said_whole(d, qa, qb) or _person_closing(d, speaker, qa, qb) or _described(d, speaker, qa)
            if whole and d.last_statement is not None:
                said.add(id(d.last_statement))
    # a quote too short to have been said is a term or a scare quote, unless it is
    # the whole object of a verb of speech
    d.claims = [
        cl for cl in d.claims
        if cl.kind != "Statement" or (
            (id(cl) in said or not _term_quote(cl.quote or "")) and not _title(d, cl.quote or "")
        )
    ]


_LABEL_BEFORE = ("", *_SENT_END, "，", ",", "】", "|", "｜", "/", "／")


def _embedded_words(d: _Doc, qa: int, qb: int, sent: Sentence) -> bool:
    """A quotation of eight characters or more inside a sentence that no verb of speech after it
    attributes and no unnamed source before it speaks (引述知情人士說), and no name: not ending in
    a noun of things (「特別指定國民清單」), not followed by an abbreviation in brackets
    (「美中經濟與安全評估委員會」(USCC)), not an item of a list (、「…」). Such words are the
    sentence's subject's (see :func:`_first_body`)."""
    s = d.s
    return (
        not _opens_sentence(d, qa, sent)
        and qb - qa - 1 >= 8
        and not _speech(d, qb, sent.end)
        and not _unnamed_source(d, sent.start, qa)
        and (d.cues.ends("zh-term-head", s, qb) is None or has_verb(s[qa + 1 : qb]))
        and s[qb + 1 : qb + 2] not in ("(", "（")
        and s[qa - 1 : qa] != "、"
    )


def _person_saying(d: _Doc, sp: Span, lo: int, hi: int) -> bool:
    """A person named right before a verb of speech (at most one character between, before
    ``hi``) who can be its subject: eligible, or named right after another verb of speech — 提到
    習近平指…: the one reported, no object of 提到."""
    if d.index.actors[sp.key].type != "Person":
        return False
    verb = next(iter(_speech(d, sp.end, min(hi, sp.end + 3))), None)
    if verb is None or verb.start() - sp.end > 1:
        return False
    head = _head_start(d, sp)
    return _eligible(d, sp) or any(m.end() == head for m in _speech(d, max(lo, head - 4), head))


def _first_body(d: _Doc, sent: Sentence, qa: int) -> str | None:
    """The first person or organisation of the sentence that can be a subject (a state's "words"
    are a paraphrase: 北京不會容忍「…」 is no quote of Beijing's). One the quote follows right
    after is the subject of the quoted words (美國國會「把…粉飾為…」), no speaker. A person with a
    verb of speech right after the name comes first: 新華社報導，提到習近平指…「…」 quotes 習近平."""
    spans = _spans_in(d, sent.start, qa)
    for sp in reversed(spans):
        if _quote_of(d, sp.start) is None and _person_saying(d, sp, sent.start, qa):
            return sp.key
    for i, sp in enumerate(spans):
        body = d.index.actors[sp.key].type in ("Person", "Organization")
        if body and sp.end != qa and _eligible(d, sp) and _quote_of(d, sp.start) is None:
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt is not None and any(r.of == sp.key for r in d.index.actors[nxt.key].roles):
                return nxt.key  # 外交部副部長王大明召見…: the body is the person's affiliation, the person acts
            return sp.key
    return None


def _named_colon(d: _Doc, qa: int) -> str | None:
    """``王建國：「…」``, ``外交部發言人王建國:“…”``: a name standing alone before a colon labels
    the quote that follows (headlines, interview transcripts, lists of reactions)."""
    s = d.s
    p = qa - 1
    if s[p : p + 1] not in ("：", ":"):
        return None
    for sp in _in_range(d, max(0, p - 24), p):
        if sp.end == p and s[: _head_start(d, sp)].rstrip(" \u3000")[-1:] in _LABEL_BEFORE:
            return sp.key
        if sp.end == p and d.index.actors[sp.key].type == "Person" and s[sp.start - 1 : sp.start] in (" ", "\u3000"):
            # 淡江大學…研究所副教授 韓佳穎:「…」: a sound bite's label, the person's affiliation and title
            # before a space; no verb of speech between the label's start and the name
            lo = max((s.rfind(ch, 0, sp.start) + 1 for ch in _LABEL_BEFORE if ch), default=0)
            if sp.start - lo <= 40 and not _speech(d, lo, sp.start):
                return sp.key
    return None


def _view_frame(d: _Doc, qa: int, qb: int, sent: Sentence) -> str | None:
    """A frame naming whose words a quote of the sentence are, with no verb of speech of
    its own: ``在X看來，「…」``, ``據X說，「…」`` (據 makes X no object here), ``X的回答是：「…」``.
    A state frames no catchword (在美國看來，…是「經濟脅迫」: a view, not words said)."""
    s, c = d.s, d.cues
    lo = max(sent.start, qa - _REACH)
    for sp in reversed(_spans_in(d, lo, qa)):
        head = _head_start(d, sp)
        before = s[head - 1 : head]
        if before == "在" and c.starts("zh-view-close", s, sp.end) is not None:
            end = sp.end + len(c.starts("zh-view-close", s, sp.end) or "")
        elif before == "据" and c.starts("zh-speech-words", s, sp.end) is not None:
            end = sp.end + len(c.starts("zh-speech-words", s, sp.end) or "")
        elif s[sp.end : sp.end + 1] == "的" and (noun := c.starts("zh-said-noun", s, sp.end + 1)) is not None:
            cop = c.starts("zh-copula", s, sp.end + 1 + len(noun))
            if cop is None:
                continue
            end = sp.end + 1 + len(noun) + len(cop)
        else:
            continue
        if qb - qa - 1 <= 6 and d.index.actors[sp.key].type == "State":
            return None
        between = s[end:qa].strip(" \u3000：:，,")
        return sp.key if not between or (not _speech(d, end, qa) and "。" not in between) else None
    # 至於H20，他的評價是「過時」: a pronoun's noun of what was said, the quote its content
    pm = _PRONOUN_SAID.search(s, lo, qa)
    if pm is not None and not s[pm.end() : qa].strip(" \u3000：:，,"):
        noun = c.starts("zh-said-noun", s, pm.start(1))
        cop = c.starts("zh-copula", s, pm.start(1) + len(noun)) if noun is not None else None
        if cop is not None and pm.start(1) + len(noun or "") + len(cop) == pm.end(1):
            return _resolve_pronoun(d, pm.start())
    return None


_PRONOUN_SAID = re.compile(r"[他她]的([\u4e00-\u9fff]{1,4}?[是为為])[：:，,]?\s*$")


def _unnamed_member(d: _Doc, key: str, sent: Sentence) -> bool:
    """Every mention of the speaker in the sentence is counted as people (一位美國財政部官員說):
    an unnamed member of the body says the quote, and the gold of news names no one for it."""
    spans = [sp for sp in _in_range(d, sent.start, sent.end) if sp.key == key]
    return bool(spans) and all(
        d.cues.ends("zh-member-quantifier", d.s, _head_start(d, sp)) is not None for sp in spans
    )


def _said_whole(d: _Doc, qa: int, qb: int) -> bool:
    """The quote is all a verb of speech takes and ends its sentence: ``他只回應「再看看」。``,
    ``她答：「好」。`` (a verb whose object is words said, or any verb of speech before a
    colon), not a term the sentence goes on about (``他稱「脫鉤」沒有好處``)."""
    s, c = d.s, d.cues
    if s[qb + 1 : qb + 2] not in ("", *_SENT_END):
        return False
    if s[qa - 1 : qa] in ("：", ":"):
        return any(v.end() == qa - 1 for v in _speech(d, max(0, qa - 7), qa - 1))
    return c.ends("zh-speech-words", s, qa) is not None


def _person_closing(d: _Doc, speaker: str, qa: int, qb: int) -> bool:
    """A quote of three characters or more that closes a clause of a person's speech (他說，搞制裁是
    「白費勁」，…): the person's own word, said, not a term the sentence goes on about or a noun
    after 的."""
    return (
        d.index.actors[speaker].type == "Person"
        and qb - qa - 1 >= 3
        and d.s[qb + 1 : qb + 2] in ("", *_SENT_END, "，", ",")
        and d.s[qa - 1 : qa] != "的"  # 握有談判的「主動權」: a noun the clause names
        and not d.cues.ends("zh-term-quote", d.s, qa)
    )


def _described(d: _Doc, speaker: str, qa: int) -> bool:
    """A person's verb of describing (``zh-describe``: 形容, 稱之為) with at most a short object
    before the quote (王大明形容時機「不好」), or a noun of what was said and its copula (他的評價是
    「過時」): the words, however short, are the person's own."""
    if d.index.actors[speaker].type != "Person":
        return False
    for m in d.cues.find("zh-describe", d.s, max(0, qa - 8), qa):
        if qa - m.end() <= 4 and not re.search(r"[，,。：:；;「」“”]", d.s[m.end() : qa]):
            return True
    # 他的評價是「過時」: a noun of what was said and its copula right before the quote
    cop = d.cues.ends("zh-copula", d.s, qa)
    return cop is not None and d.cues.ends("zh-said-noun", d.s, qa - len(cop)) is not None


def _joined(d: _Doc, prev_close: int, qa: int) -> bool:
    """Two quotes of a sentence joined by a few words that name no one (``，因為``, ``，但``)."""
    between = d.s[prev_close + 1 : qa]
    return (
        len(between) <= 6
        and not any(ch in between for ch in _SENT_END)
        and not _in_range(d, prev_close + 1, qa)
        and _pronoun_before(d, prev_close + 1, qa) is None
        and not d.cues.ends("zh-term-quote", d.s, qa)
    )


def _reported_on(d: _Doc, prev_close: int, qa: int) -> bool:
    """Two quotes of a sentence with a short clause between that names its own subject but holds no
    verb of speech and no other quotation (``「是一個大錯誤」，因為中國手上「只有一對2」``): the report goes
    on, the actor named is what it is about, not a new speaker."""
    between = d.s[prev_close + 1 : qa]
    return (
        len(between) <= _REPORT_GAP
        and not any(ch in between for ch in _SENT_END)
        and not any(ch in between for ch in _QUOTE_PAIRS)
        and not _speech(d, prev_close + 1, qa)
        and not d.cues.ends("zh-term-quote", d.s, qa)
        # (特朗普總統「讓美國再次偉大」的目標: words of the one named right before them)
        and not any(sp.end == qa or _title_up_to(d, sp.end, qa) for sp in _in_range(d, prev_close + 1, qa))
    )


def _title_up_to(d: _Doc, a: int, b: int) -> bool:
    """Whether ``s[a:b]`` is a title after a name (``zh-quote-owner-title``: 特朗普總統「…」)."""
    title = d.cues.starts("zh-quote-owner-title", d.s, a)
    return title is not None and a + len(title) == b


def _speech(d: _Doc, lo: int, hi: int) -> list[re.Match[str]]:
    """Speech verbs in ``[lo, hi)``, without the ones inside a noun (問題, 說法, 第一道).

    A bare one-character verb (道, 答, 問) attributes speech only right before
    punctuation or a quotation (``他答：``, ``寫道「…」``).
    """
    c = d.cues
    out = []
    for m in c.find("zh-speech", d.s, lo, hi):
        if any(
            n.start() <= m.start() and m.end() <= n.end()
            for n in c.find("zh-speech-noun", d.s, max(0, m.start() - 3), min(len(d.s), m.end() + 3))
        ):
            continue
        if d.s[m.start() - 1 : m.start()] == "的":
            continue  # a noun: 北京的回應
        if m.group(0) in c.keys.get("zh-speech-bare", ()):
            nxt = d.s[m.end() : m.end() + 1]
            if nxt and nxt not in _CLAUSE_END and nxt not in _QUOTE_PAIRS:
                continue
        out.append(m)
    return out


def _continues(d: _Doc, prev_close: int, qa: int) -> bool:
    """A quote resumed right after its attribution (「A，」X表示……「B」) continues one statement."""
    between = d.s[prev_close + 1 : qa]
    if (
        len(between) > 40
        or any(ch in between for ch in "。！？\n")
        or any(ch in between for ch in _QUOTE_PAIRS)
    ):
        return False
    return bool(_speech(d, prev_close + 1, qa))


def _extend_quote(d: _Doc, prev: tuple[int, int, str], qb: int) -> None:
    cl = d.last_statement
    if cl is not None and cl.actor == prev[2] and cl.quote is not None:
        k = bisect.bisect_left(d.quote_ends, qb)
        qa = d.quotes[k][0]
        cl.quote = cl.quote.rstrip(" ，,") + " " + d.doc.text[qa + 1 : qb].strip()
        cl.phrase = cl.quote


def _stands_alone(d: _Doc, qa: int, qb: int) -> bool:
    """A quotation that is a whole sentence by itself, its closing right after an end mark (「…。」)."""
    before = d.s[max(0, qa - 2) : qa].strip(" \u3000")
    return (not before or before[-1] in "\n。！？!?") and d.s[qb - 1 : qb] in ("。", "！", "？", "!", "?")


def _opens_sentence(d: _Doc, qa: int, sent: Sentence) -> bool:
    return not d.s[sent.start : qa].strip(" \u3000\n")


def _speaker_sentence(d: _Doc, sent: Sentence) -> str | None:
    """The speaker of a sentence with a speech verb and no quote (朱某表示，…。「…」 follows).
    A verb in a conditional or concessive clause (縱使X強調…，) is not the sentence's."""
    for m in list(reversed(_speech(d, sent.start, sent.end)))[:4]:
        clo = _clause_start(d, m.start(), sent.start, _SENT_END + "，,")
        if _condition_at(d, clo, m.start()) is not None or d.cues.find("zh-concession", d.s, clo, m.start()):
            continue
        sp = _subject(d, sent.start, m.start(), types=("Person", "Organization"))
        if sp is not None:
            return sp
    return None


def _is_term_quote(d: _Doc, qa: int, qb: int) -> bool:
    """A scare-quoted name or term (達成「框架協議」, 「實體清單」), not speech."""
    inner = d.s[qa + 1 : qb]
    if inner in d.cues.issue_of_key:
        return True
    if len(inner) <= 8 and d.cues.ends("zh-term-head", d.s, qb) is not None and not has_verb(inner):
        return True  # 「第一階段貿易協議」: a name ending in a noun of things (not 「稀土換關稅」: a verb in it)
    if len(inner) <= 6 and d.cues.starts("zh-term-head", d.s, qb + 1) is not None:
        return True  # 「一帶一路」倡議: the name of the thing after it
    if _title(d, inner):
        return True
    return bool(len(inner) <= 6 and d.cues.ends("zh-term-quote", d.s, qa))


def _title(d: _Doc, inner: str) -> bool:
    """Quoted words that are a document's title (「關於…的決定」, 「關於…的公告」), however long:
    opened by zh-title-open and ended by zh-title-head, not words said."""
    text = to_simplified(inner.strip(" 。."))
    opens = d.cues.starts("zh-title-open", text, 0)
    return opens is not None and d.cues.ends("zh-title-head", text, len(text)) is not None


def _speaker_before(
    d: _Doc, qa: int, sent: Sentence, prev_speaker: str | None = None
) -> str | None:
    """``X表示：「…」``, ``X稱之為「…」``, ``X批評Y「…」``: a speech verb before the quote.

    Short quotes (a few words) are often scare quotes in running text, so they
    count only right after the verb and its object (``批評王建鋼「…」``), as
    the predicate of a copula (``…的實質是「…」``) or when they close the
    clause of a person's reported speech (``他強調，這件事「至關重要」。``);
    words inside an 若/如果 clause are hypothetical, not said. A verb with no
    subject of its own continues the sentence's previous speaker (``又稱「…」``,
    ``prev_speaker``); a document as the subject (``公告稱「…」``) speaks for
    the one who issued it.
    """
    s, c = d.s, d.cues
    lo = sent.start
    i = bisect.bisect_left(d.quote_ends, qa) - 1  # the previous quote of the sentence
    # (a short term in quotes, 「台灣問題」, does not end the reach of the verb before it)
    term_before = i >= 0 and d.quote_ends[i] - d.quotes[i][0] - 1 <= 6 and d.quote_close.get(qa, qa) - qa - 1 > 6
    if i >= 0 and d.quote_ends[i] >= lo and not term_before:
        lo = d.quote_ends[i] + 1
    lo = max(lo, qa - _REACH)
    qb = d.quote_close.get(qa, qa)
    if _is_term_quote(d, qa, qb):
        return None
    verbs = _speech(d, lo, qa)
    # 習近平敦促雙方團隊「儘快敲定…」, 呼籲創造“公平競爭環境”: the words asked for were said
    asks = c.find("zh-speech-ask", s, lo, qa)
    if asks and (not verbs or asks[-1].start() > verbs[-1].end()):
        verbs = [*verbs, asks[-1]]
    if not verbs:
        return None
    v = verbs[-1]
    cut = max(s.rfind("，", v.end(), qa), s.rfind(",", v.end(), qa))
    de = s.find("的", v.end(), cut) if cut > v.end() else -1
    if len(verbs) > 1 and de > v.end() and not re.search("[，,：:]", s[v.end() : de]) and not _quote_of(d, v.start()):
        # 王大明表示，李明先前揚言…加徵的100%關稅，「…」: the later verb lies in a noun's modifier (…的關稅),
        # the earlier one reports the quote
        v = verbs[-2]
    gap = qa - v.end()
    short = qb - qa - 1 <= 6
    if "。" in s[v.end() : qa]:
        return None
    clo = _clause_start(d, v.start(), lo, _SENT_END + "，,")
    if _condition_at(d, clo, v.start()) is not None:
        return None
    if s[v.start() - 1 : v.start()] == "所":
        # 外界所說的「…」, 正如李明所說：the one named right before 所 says it, or no one
        before = [x for x in _spans_in(d, max(lo, v.start() - 13), v.start() - 1) if x.end == v.start() - 1]
        return before[-1].key if before else None
    if _unnamed_source(d, clo, v.start()):
        return None
    who = _cited(d, lo, v.start()) or _subject(d, lo, v.start(), possessor=False)
    if who is None and _UNNAMED_SPOKESPERSON.fullmatch(s, clo, v.start()):
        who = _body_before(d, sent)  # 美國國務院譴責…。一名不具名發言人說：「…」: the body's spokesperson
    if who is None or d.index.actors[who].type != "Person":
        # 新華社報導，提到習近平指…「…」: the person reported as saying it, not the outlet
        near = [sp for sp in _spans_in(d, lo, v.start()) if sp.end >= v.start() - 1]
        if near and _person_saying(d, near[-1], lo, v.end()):
            who = near[-1].key
    if who is not None and d.index.actors[who].type == "State":
        # 發言人摩根‧奧特加斯在跟隨美國國務卿訪問丹麥行程，於…回答媒體時表示：the person who opens the
        # sentence speaks, not a state named in the frame of time and place before the verb
        spans = _spans_in(d, sent.start, v.start())
        persons = [sp for sp in spans if d.index.actors[sp.key].type == "Person"]
        if (
            len(persons) == 1
            and spans[0].start >= persons[0].start - 12
            # a frame opens right after the person, or the words are more than a catchword
            and (s[persons[0].end : persons[0].end + 1] in ("在", "於", "于") or (not short and qb - qa - 1 > 8))
        ):
            who = persons[0].key
    # 並稱「…」, 又說「…」: a verb with no subject of its own goes on with the previous speaker
    continued = who is None and prev_speaker is not None and s[clo : v.start()].strip(" \u3000") in _COORD_ADVERBS
    if continued:
        who = prev_speaker
    # 他指出，……，「…」: only the main verb of the sentence may lie far ahead of its quote
    if gap > 40 and (continued or clo != lo or who is None or d.index.actors[who].type == "State"):
        return None
    if short and gap > 4 and not c.ends("zh-copula", s, qa):
        closes = s[qb + 1 : qb + 2] in ("", *_SENT_END, "，", ",")
        colon = any(ch in "：:" for ch in s[v.end() + 1 : qa])  # 韓總統府：「…」 names another source
        if not (
            closes
            and not colon
            and qb - qa - 1 >= 3
            and who is not None
            and d.index.actors[who].type == "Person"
            and not c.ends("zh-term-quote", s, qa)
            and not (s[qa - 1 : qa] == "的" and c.ends("zh-term-quote", s, qa - 1))
            and _condition_at(d, v.end(), qa) is None
        ):
            return None
    if continued:
        return who
    if who is None and c.find("zh-document", s, lo, v.start()):
        return _issuer(d, sent)
    if who is not None and short and d.index.actors[who].type == "State":
        return None  # a state rarely "says" a catchword: 北京強調「自力更生」
    if who is not None and d.index.actors[who].type != "Person" and len(verbs) > 1:
        # 伯恩斯…說，中國…批評美國，「…」: the person whose reported speech this is says it
        # (據某報報道，張偉…說，…: the first verb of a person, not the outlet's report)
        for v0 in verbs[:-1]:
            if s[v0.end() : v0.end() + 1] in ("，", ",", "：", ":"):
                first = _subject(d, lo, v0.start(), types=("Person",))
                if first is not None:
                    return first
    return who


def _framed_speaker(d: _Doc, qa: int, qb: int, sent: Sentence) -> str | None:
    """A quote that a clause frames as words said, with the verb around it, not before it:
    the wording of a noun of speech (``X放出「…」的狠話``, ``X發布題為「…」的聲明``) or the
    means of a verb of speech after it (``X以「…」回應``). The clause's subject said it."""
    s, c = d.s, d.cues
    verb = None
    if s[qb + 1 : qb + 2] == "的" and c.starts("zh-utterance", s, qb + 2) is not None:
        p = qa - len(c.ends("zh-utter-infix", s, qa) or "")
        word = c.ends("zh-utter-verb", s, p)
        verb = p - len(word) if word is not None else None
    elif c.ends("zh-speech-with", s, qa) is not None:
        p = qb + 1 + (s[qb + 1 : qb + 2] in ("来", "作"))
        m = c.rx["zh-speech"].match(s, p) if "zh-speech" in c.rx else None
        if m is not None and any(v.start() == m.start() for v in _speech(d, p, m.end())):
            verb = qa - len(c.ends("zh-speech-with", s, qa) or "")
    if verb is None:
        return None
    return _subject(d, _clause_start(d, verb, sent.start), verb)


def _owned_words(d: _Doc, qa: int, qb: int) -> str | None:
    """``違背了張偉總統「不尋求與中國脫鉤斷鏈」等承諾``: a person or body named right before a quote
    (or before 的 and it) that a noun of speech follows (``zh-utterance``, after 等 or 的): the words
    are that one's, whoever reports them."""
    s = d.s
    p = qb + 1 + (s[qb + 1 : qb + 2] == "等")
    p += s[p : p + 1] == "的"
    if d.cues.starts("zh-utterance", s, p) is None:
        return None
    end = qa - (s[qa - 1 : qa] == "的")
    for sp in reversed(_in_range(d, max(0, end - 24), end)):
        actor = d.index.actors[sp.key]
        between = s[sp.end : end]
        # (張偉總統「…」: the person's title after the name)
        if actor.type in ("Person", "Organization") and (
            not between or any(to_simplified(r.title) == between for r in actor.roles if r.title)
        ):
            return sp.key
        break
    return None


def _cited(d: _Doc, lo: int, verb: int) -> str | None:
    """``《紐約時報》引述雷蒙多稱``: the one cited right before the speech verb is its speaker."""
    spans = _spans_in(d, lo, verb)
    if not spans or len(d.s[spans[-1].end : verb].strip().removesuffix("的话")) > 1:
        return None  # 引述雷蒙多稱, 引述美國財長李明華的話說
    return spans[-1].key if d.cues.ends("zh-cite", d.s, _head_start(d, spans[-1])) is not None else None


def _unnamed_source(d: _Doc, clo: int, verb: int) -> bool:
    """``《某報》引述知情人士說``: a verb of citing in the verb's clause names no one after it, so
    an unnamed source speaks, not the outlet before it."""
    cites = [m for m in d.cues.find("zh-cite", d.s, clo, verb) if len(m.group(0)) > 1]
    return bool(cites) and not _spans_in(d, cites[-1].end(), verb)


_COORD_ADVERBS = ("", "又", "并", "还", "也", "亦", "同时", "并且", "另", "更", "则", "随后", "接着", "而且")


# a spokesperson no name or body goes with (一名不具名發言人, 該發言人), in Simplified
_TIME_FRAME_LEAD = re.compile(r"[^，,。；;]{1,20}时[，,]\s*")  # 談到強制出售時，(a pronoun after it)
_UNNAMED_SPOKESPERSON = re.compile(
    r"[\s　]*(?:一名|一位|这名|这位|该名|该位|该)?(?:不具名|匿名|未具名|不愿具名)?的?发言人(?:还|也|则|并|同时)?"
)


def _body_before(d: _Doc, sent: Sentence) -> str | None:
    """The body an unnamed spokesperson speaks for: the first government body (an organisation of
    a side, not an outlet reporting) named as a subject in one of the two sentences before."""
    no = _sent_no(d, sent.start)
    for k in range(no - 1, max(-1, no - 3), -1):
        prev = d.sentences[k]
        for sp in _spans_in(d, prev.start, prev.end):
            a = d.index.actors[sp.key]
            if a.type == "Organization" and a.side in ("US", "China") and _eligible(d, sp):
                return sp.key
    return None


def _issuer(d: _Doc, sent: Sentence) -> str | None:
    """Who issued the document a sentence quotes (``X發表聲明…。聲明稱「…」``):
    the subject of the nearest earlier mention of a document, within three sentences."""
    no = _sent_no(d, sent.start)
    for k in range(no - 1, max(-1, no - 4), -1):
        prev = d.sentences[k]
        docs = d.cues.find("zh-document", d.s, prev.start, prev.end)
        for m in reversed(docs):
            who = _subject(d, prev.start, m.start(), types=("Organization", "State", "Person"))
            if who is not None:
                return who
    return None


def _names_actor(d: _Doc, qa: int, qb: int) -> bool:
    """A quotation that is an actor's name (機構「某某研究公司」), not speech."""
    return any(sp.start <= qa + 1 and sp.end >= qb - 0 for sp in _in_range(d, qa, qb + 1))


def _close_of(d: _Doc, qa: int) -> int:
    for a, b in d.quotes:
        if a == qa:
            return b
    return qa


def _speaker_after(d: _Doc, qb: int, sent: Sentence) -> str | None:
    """``「…」，他說。`` / ``「…」X表示``: attribution right after the quote."""
    s = d.s
    a = qb + 1
    while a < len(s) and s[a] in "，,\u3000 ":
        a += 1
    end = min(len(s), a + 40)
    for ch in ("。", "\n"):
        j = s.find(ch, a, end)
        if j >= 0:
            end = j
    # the next quotation ends the attribution, unless it is a short name in it (在「真實社交」上寫道)
    k = bisect.bisect_left(d.quote_starts, a)
    while k < len(d.quotes) and d.quotes[k][0] < end:
        if d.quotes[k][1] - d.quotes[k][0] - 1 > 6:
            end = d.quotes[k][0]
            break
        k += 1
    verbs = _speech(d, a, end)
    if not verbs:
        return None
    v = verbs[0]
    for nxt in verbs[1:]:  # 發文指出, 補充說: the last of adjacent verbs ends the attribution
        if nxt.start() != v.end():
            break
        v = nxt
    tail = s[v.end() : v.end() + 3]
    if tail and tail[0] not in _CLAUSE_END + "…道" and v.end() != end:
        return None
    return _subject(d, a, verbs[0].start(), types=("Person", "Organization", "State"))


# ---------------------------------------------------------------------------
# entry point


def find_claims(doc: Document, lex: Lexicon, index: ActorIndex) -> list[ClaimMention]:
    """Leverage, demands, threats and statements of a Chinese document.

    Sentences are read in order so a list opened in one sentence (``中方的籌碼
    …首先是Y``) can be continued in the next (``其次是Z``). Output is sorted by
    evidence position and kind, so it is deterministic.
    """
    if not doc.text:
        return []
    d = _build(doc, lex, index)
    for no, sent in enumerate(d.sentences):
        lo, hi = sent.start, sent.end
        made = _leverage(d, lo, hi, no)
        made += _demands(d, lo, hi, no)
        made += _threats(d, lo, hi, no)
        _continuation(d, lo, hi, no, made)
    _statements(d)
    order = {k: i for i, k in enumerate(("Leverage", "Demand", "Threat", "Statement"))}
    return sorted(
        d.claims,
        key=lambda cl: (
            cl.sentence.start,
            order.get(cl.kind, 9),
            cl.actor,
            cl.phrase,
            cl.issue or "",
        ),
    )
