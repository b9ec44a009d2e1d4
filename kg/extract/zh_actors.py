"""Chinese actor and role recognition: who is named where in a zh-Hant/zh-Hans text.

Matching runs on the Simplified copy of the text (:func:`kg.textnorm.to_simplified`
keeps offsets 1:1) so one lexicon serves both scripts; labels are cut from the
original text so names keep the script the outlet wrote them in.

What is recognised, in this order (each step claims character ranges; later
steps only use what is still free, so a name is never two actors):

1. lexicon actors (``ontology/actors.ttl``), longest match first, never a match
   that ends inside a title (美國財政部|長 is the state 美國 + the title 財政部長);
2. organisations by structure: media in 《》 with a media ending, names in 「」
   after a type noun (咨詢公司「…」), names with an organisation ending before a
   Latin name in brackets (…大學（… University）);
3. persons by apposition: ``[前][affiliation][field]title name[（Latin）]``, with
   chains of titles (、 and 兼) and enumerations sharing one affiliation;
4. persons and organisations as the subject of a speech verb
   (``<surname+given>表示``, ``<…協會>指出``) at the start of a clause;
5. titles written after a known name (習近平主席), later mentions of the names
   found (史密斯 after 約翰·史密斯), capitals used as places dropped
   (在華盛頓磋商), and typo variants of one person (one character differing,
   same sound or same title) merged.

Sides: the lexicon's; otherwise a person takes the side of the state whose
government title they hold, or of the government body they work in; everyone
else (analysts, companies, media) is ``Other``.

All words (titles, organisation endings, surnames, speech verbs) are data in
``ontology/cues-zh-actors.ttl``; this module only knows the structures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.extract.alternation import compile_literals
from kg.extract.mentions import ActorIndex, Span
from kg.lexicon import Lexicon
from kg.model import ActorMention, Document, RoleMention
from kg.textnorm import has_cjk, to_simplified

# Characters that end a clause: an affiliation never reaches back across them.
_CLAUSE_END = set('。，；：！？\n\r「」『』“”"—…,;:!?　')
# Characters a name may be followed by without further evidence.
# a day of the month, its month perhaps before it (九日, 28日, 8月13日)
_DATE = r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日"
# a day or time word between a speaker and the verb (9月22日, 週二, 今天), in Simplified
_DAY_WORDS = re.compile(
    _DATE + r"|(?:本|上|下)?(?:周|星期)[一二三四五六日天]|今天|昨天|今日|昨日|稍早|日前|早前|当天|当日"
)
_NAME_END = set('。，、；：！？\n\r「」『』“”"—…,;:!?（）()《》 　\t')
_OPEN = "（("
_CLOSE = "）)"
_DOTS = "·・‧•∙⋅"
_ONE_DOT = str.maketrans({ch: "·" for ch in _DOTS[1:]})
_NAME_STOP = re.compile("(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])")
# Characters after which an organisation's name starts (the clause's verbs and
# particles, not characters that occur inside names such as 與/和).
_ORG_CUT = set("的于在是由为从据被将")
# Characters a title's field prefix may not contain (they mean the clause
# continues: 美國在週三由財政部長…).
_PREFIX_STOP = set("的于在是由为从据对向被将了也和与及并")
# Characters that, right after a title, make it part of a body or a rank
# (總統府, 部長級, 代表團, 大使館), never a name.
_BODY_AFTER_TITLE = set("府级团馆处室会院部局署")
_LATIN_BRACKET = re.compile(r"[A-Za-z][A-Za-z0-9 .,'&\-]*")


# the last document's text and its Simplified form: the actor and the claim pass of one
# document both need it (compared by identity, so a different text is never served)
_LAST_SIMPLIFIED: tuple[str, str] = ("", "")


# full-width Latin letters and digits as outlets type them in Chinese text (ＡＢＣ, １５日) are
# matched as their ASCII forms; punctuation keeps its width, which the rules read
_FOLD_WIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}


def simplified(text: str) -> str:
    """``to_simplified(text)`` with full-width letters and digits folded (same length), converted
    once for the actor and the claim pass of a document."""
    global _LAST_SIMPLIFIED
    hit = _LAST_SIMPLIFIED
    if hit[0] is text:
        return hit[1]
    out = to_simplified(text).translate(_FOLD_WIDTH)
    _LAST_SIMPLIFIED = (text, out)
    return out


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@dataclass
class _Cues:
    """The lexicon, reshaped for fast lookups on Simplified text."""

    lex_by_first: dict[str, list[tuple[str, str]]]
    latin_re: re.Pattern[str] | None
    latin_ids: dict[str, str]
    titles_by_first: dict[str, list[str]]
    title_kind: dict[str, str]
    former: list[str]
    org_suffix: list[str]
    gov_suffix: list[str]
    subunit: list[str]
    org_type: list[str]
    media_suffix: list[str]
    name_prefix: set[str]
    speech: list[str]
    follow: list[str]
    medium: list[str]
    transliteration: frozenset[str]
    not_actor: set[str]
    not_name_start: list[str]
    not_name_first: frozenset[str]
    surnames: set[str]
    known_only: frozenset[str]  # titles before which only a known name is read (領導人)
    compound: set[str]
    locative: list[str]
    place_after: list[str]
    capital: set[str]
    honorific: set[str]
    latin_org_words: set[str]
    posted: list[str]
    determiner: list[str]
    state_of_side: dict[str, str]
    free_suffix: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # verbs that attribute a quote (zh-speech), two characters or more
    says: list[str] = field(default_factory=list)  # every zh-speech verb, one character too (財政部長說)
    coordinated: list[str] = field(default_factory=list)  # 還, 也, 並 … (zh-verb-coordinated)
    anaphor_lead: list[str] = field(default_factory=list)  # 這位, 該名 … (zh-title-anaphor-lead)
    media_ending: list[str] = field(default_factory=list)
    mission_suffix: list[str] = field(default_factory=list)
    list_close: list[str] = field(default_factory=list)
    list_lead: list[str] = field(default_factory=list)
    title_clause_words: frozenset[str] = frozenset()
    title_verb_modifiers: frozenset[str] = frozenset()
    title_state: dict[str, str] = field(default_factory=dict)
    person_state: dict[str, str] = field(default_factory=dict)
    # fixed combinations of the lists above, built once (not per call)
    any_suffix: list[str] = field(default_factory=list)  # org_suffix + gov_suffix, as concatenated
    suffixes_gov: list[str] = field(default_factory=list)  # their union, longest first
    suffixes_org: list[str] = field(default_factory=list)  # org_suffix's set, longest first
    # where a scan may find something: one character class of the first characters of a word set
    lex_rx: re.Pattern[str] | None = None  # every lexicon key, in lex_by_first's order
    lex_aid: dict[str, str] = field(default_factory=dict)  # key -> its first id in that order
    title_first: re.Pattern[str] | None = None
    not_title: list[str] = field(default_factory=list)  # words holding a title inside them (進行長程…: 行長)
    speech_first: re.Pattern[str] | None = None
    compiled: dict[str, object] = field(default_factory=dict)  # regexes built from the lists, once
    by_latin: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, English name key) -> first id


_CACHE: dict[int, tuple[Lexicon, _Cues]] = {}


def _cues(lex: Lexicon) -> _Cues:
    """Build (once per lexicon object) the lookup tables of the recogniser."""
    hit = _CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    by_first: dict[str, set[tuple[str, str]]] = {}
    latin: dict[str, str] = {}
    for aid, entry in sorted(lex.actors.items()):
        for t in entry.terms:
            if has_cjk(t.key):
                key = t.key.translate(_ONE_DOT)
                by_first.setdefault(key[0], set()).add((key, aid))
            elif len(t.text) >= 3 or (len(t.text) >= 2 and t.text.isupper()):
                latin.setdefault(t.text, aid)
    latin_re = None
    if latin:
        alts = "|".join(re.escape(x) for x in sorted(latin, key=lambda x: (-len(x), x)))
        # no look-behind in front: it would hide the alternation's first characters from the
        # regex engine's search (a scan at every position); _latin_names checks it instead
        latin_re = re.compile(rf"(?:{alts})(?![A-Za-z0-9])")
    kinds: dict[str, str] = {}
    for kind in ("zh-title-org", "zh-title-gov", "zh-title-state"):  # later kinds win
        for k in lex.cue_keys(kind, "zh"):
            kinds[k] = kind
    titles: dict[str, list[str]] = {}
    for k in sorted(kinds, key=lambda k: (-len(k), k)):
        titles.setdefault(k[0], []).append(k)
    state_of_side: dict[str, str] = {}
    for aid, entry in sorted(lex.actors.items()):
        if entry.type == "State" and entry.side in ("US", "China"):
            state_of_side.setdefault(entry.side, aid)

    def keys(kind: str) -> list[str]:
        return lex.cue_keys(kind, "zh")

    cues = _Cues(
        lex_by_first={c: sorted(v, key=lambda kv: (-len(kv[0]), kv)) for c, v in by_first.items()},
        latin_re=latin_re,
        latin_ids=latin,
        titles_by_first=titles,
        title_kind=kinds,
        former=keys("zh-former"),
        org_suffix=keys("zh-org-suffix"),
        gov_suffix=keys("zh-org-suffix-gov"),
        subunit=keys("zh-org-subunit"),
        org_type=keys("zh-org-type"),
        media_suffix=keys("zh-media-suffix"),
        name_prefix=set(keys("zh-org-name-prefix")),
        speech=keys("zh-speech-verb"),
        follow=keys("zh-name-follow"),
        not_title=keys("zh-not-title"),
        medium=keys("zh-speech-medium"),
        transliteration=frozenset("".join(keys("zh-transliteration"))),
        known_only=frozenset(keys("zh-title-known-only")),
        not_actor=set(keys("zh-not-actor")),
        not_name_start=keys("zh-not-name-start"),
        not_name_first=frozenset("".join(keys("zh-not-name-first"))),
        surnames=set(keys("zh-surname")),
        compound=set(keys("zh-surname-compound")),
        locative=keys("zh-locative-before"),
        place_after=keys("zh-place-after"),
        capital=set(keys("zh-capital-city")) | set(keys("zh-platform")),
        honorific=set(keys("zh-honorific")),
        latin_org_words={t.key for t in lex.cues("zh-latin-org-word")},
        posted=keys("zh-posted-to"),
        determiner=keys("zh-determiner"),
        state_of_side=state_of_side,
        free_suffix=keys("zh-org-suffix-free"),
        media_ending=keys("zh-media-ending"),
        mission_suffix=keys("zh-mission-suffix"),
        list_close=keys("zh-org-list-close"),
        list_lead=keys("zh-list-lead"),
        title_clause_words=frozenset(keys("zh-title-clause-word")),
        title_verb_modifiers=frozenset(keys("zh-title-verb-modifier")),
        title_state=_implied(lex, "zh-title-state-of:"),
        person_state=_implied(lex, "zh-person-state-of:"),
    )
    cues.said = [k for k in keys("zh-speech") if len(k) >= 2]
    cues.says = keys("zh-speech")
    cues.coordinated = keys("zh-verb-coordinated")
    cues.anaphor_lead = keys("zh-title-anaphor-lead")
    for aid, entry in sorted(lex.actors.items()):
        for t in entry.terms:
            if not has_cjk(t.text):
                cues.by_latin.setdefault((entry.type, t.key), aid)
    cues.any_suffix = cues.org_suffix + cues.gov_suffix
    cues.suffixes_gov = sorted(set(cues.org_suffix) | set(cues.gov_suffix), key=lambda w: (-len(w), w))
    cues.suffixes_org = sorted(set(cues.org_suffix), key=lambda w: (-len(w), w))
    ordered = sorted((kv for v in cues.lex_by_first.values() for kv in v), key=lambda kv: (-len(kv[0]), kv))
    for key, aid in ordered:
        cues.lex_aid.setdefault(key, aid)
    cues.lex_rx = compile_literals(cues.lex_aid)  # the longest key at a position
    cues.title_first = _first_chars(cues.titles_by_first)
    cues.speech_first = _first_chars(w[0] for w in cues.speech if w)
    _CACHE.clear()
    _WORD_INDEX.clear()
    _CACHE[id(lex)] = (lex, cues)
    return cues


def _first_chars(chars: Iterable[str]) -> re.Pattern[str] | None:
    """A character class of ``chars``, so a scan jumps to the next place a word may start."""
    cs = sorted(set(chars))
    return re.compile("[" + "".join(re.escape(ch) for ch in cs) + "]") if cs else None


def _compiled(c: _Cues, name: str, make: Callable[[], Any]) -> Any:
    """A regex (or list of them) built from ``c``'s word lists: made on first use, then kept."""
    rx = c.compiled.get(name)
    if rx is None:
        rx = c.compiled[name] = make()
    return rx


def _implied(lex: Lexicon, prefix: str) -> dict[str, str]:
    """Words mapped to the state a cue set's kind names (``zh-title-state-of:state/taiwan``)."""
    out: dict[str, str] = {}
    for kind in sorted(lex.cue_sets):
        if kind.startswith(prefix):
            aid = kind[len(prefix) :]
            if aid in lex.actors:
                for k in lex.cue_keys(kind, "zh"):
                    out.setdefault(k, aid)
    return out


# word list (by identity) -> (the list, its words by first char, by last char), list order kept;
# the scans below call _starts/_ends at every position, so each call must look at only the
# few words that can match there instead of the whole list
_WORD_INDEX: dict[int, tuple[list[str], dict[str, list[str]], dict[str, list[str]]]] = {}


_NO_WORDS: list[str] = []


def _index(words: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]] | None:
    """The first/last-character buckets of ``words`` (None when a word is empty)."""
    hit = _WORD_INDEX.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1], hit[2]
    if not all(words):
        return None
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for w in words:
        first.setdefault(w[0], []).append(w)
        last.setdefault(w[-1], []).append(w)
    if len(_WORD_INDEX) > 256:  # temporaries must not pile up
        _WORD_INDEX.clear()
    _WORD_INDEX[id(words)] = (words, first, last)
    return first, last


def _starts(s: str, i: int, words: list[str]) -> str | None:
    """The first (longest, as the lists are sorted) word of ``words`` at ``s[i:]``."""
    idx = _index(words) if i >= 0 else None
    if idx is not None:
        if i >= len(s):
            return None
        words = idx[0].get(s[i], [])
    for w in words:
        if s.startswith(w, i):
            return w
    return None


def _ends(s: str, i: int, words: list[str]) -> str | None:
    """The longest word of ``words`` ending at ``s[:i]``."""
    idx = _index(words)
    if idx is not None:
        if not 0 < i <= len(s):
            return None
        words = idx[1].get(s[i - 1], [])
    for w in words:
        if i - len(w) >= 0 and s.startswith(w, i - len(w)):
            return w
    return None


@dataclass
class _Hit:
    start: int
    end: int
    key: str


@dataclass
class _Actor:
    key: str
    type: str
    side: str = "Other"
    lexicon_id: str | None = None
    latin: str | None = None
    names: list[str] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    gov: bool = False  # a government body (its side follows its state)


@dataclass
class _Unit:
    """One ``[affiliation][field]title`` of a person's apposition."""

    title: str
    kind: str
    aff: _Hit | None
    former: bool
    start: int  # where the unit (its affiliation) starts


class _Doc:
    """Working state of one document: texts, claimed ranges, actors."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        # one middle dot for all (約翰‧史密斯, 約翰・史密斯, 約翰.史密斯: a full stop between two
        # characters is a name's dot, Chinese sentences end in 。): same length, offsets kept
        self.s = _NAME_STOP.sub("·", simplified(doc.text).translate(_ONE_DOT))
        self.c = _cues(lex)
        self.owner: list[_Hit | None] = [None] * len(self.s)
        self.live: dict[int, _Hit] = {}  # id -> each hit that owns characters (hits() is asked often)
        self.actors: dict[str, _Actor] = {}
        self.titles: dict[int, tuple[int, str]] = {}  # start -> (end, kind)
        self.title_end: dict[int, int] = {}  # end -> start
        self.last_of: dict[int, str | None] = {}  # name end -> `of` of the last unit
        self.inside_title: list[bool] = []  # built once titles are known
        self.anaphors: set[tuple[int, int]] = set()  # titles standing for a person named before

    # ---- claimed ranges ----------------------------------------------------
    def free(self, a: int, b: int) -> bool:
        return a >= 0 and b <= len(self.s) and all(self.owner[i] is None for i in range(a, b))

    def hit_at(self, i: int) -> _Hit | None:
        return self.owner[i] if 0 <= i < len(self.s) else None

    def claim(self, a: int, b: int, key: str, force: bool = False) -> _Hit | None:
        if not self.free(a, b):
            if not force:
                return None
            for i in range(a, b):
                h = self.owner[i]
                if h is not None:
                    self.release(h)
        h = _Hit(a, b, key)
        for i in range(a, b):
            self.owner[i] = h
        if b > a:
            self.live[id(h)] = h
        return h

    def release(self, h: _Hit) -> None:
        for i in range(h.start, h.end):
            if self.owner[i] is h:
                self.owner[i] = None
        self.live.pop(id(h), None)

    def hits(self) -> list[_Hit]:
        """Each hit once, in text order (a claim takes a free range or releases whole hits, so
        every live hit owns exactly its range)."""
        return sorted(self.live.values(), key=lambda h: h.start)

    # ---- actors ------------------------------------------------------------
    def actor(self, key: str, typ: str) -> _Actor:
        a = self.actors.get(key)
        if a is None:
            entry = self.lex.actors.get(key)
            a = _Actor(key, typ) if entry is None else _Actor(key, entry.type, entry.side, key)
            self.actors[key] = a
        return a

    def lexicon_ends_inside_title(self, i: int, j: int) -> bool:
        """Whether a match ending at ``j`` would cut a title in two (美國財政部|長)."""
        if len(self.inside_title) != len(self.s) + 1:
            self.inside_title = [False] * (len(self.s) + 1)
            for ts, (te, _) in self.titles.items():
                for k in range(ts + 1, te):
                    self.inside_title[k] = True
        return self.inside_title[j]

    # ---- brackets ----------------------------------------------------------
    def bracket_at(self, q: int) -> tuple[int, str | None] | None:
        """A bracket opening at ``q``: (index after it, its Latin name or None)."""
        if q >= len(self.s) or self.s[q] not in _OPEN:
            return None
        close = -1
        for k in range(q + 1, min(len(self.s), q + 80)):
            if self.s[k] in _CLOSE:
                close = k
                break
            if self.s[k] in "\n。":
                break
        if close < 0:
            return None
        inner = self.text[q + 1 : close].strip()
        m = _LATIN_BRACKET.match(inner)
        latin = None
        if m:
            latin = re.split(r"[，,、;；]", inner)[0].strip() or None
            if latin is not None and has_cjk(latin):
                latin = None
        return close + 1, latin


def _match_titles(d: _Doc) -> None:
    """Every title word of the text, longest first, left to right."""
    s, c = d.s, d.c
    i = 0
    while i < len(s):
        nxt = c.title_first.search(s, i) if c.title_first is not None else None
        if nxt is None:
            break
        i = nxt.start()  # no title starts before it
        # (the bucket holds only words starting with s[i], longest first: no index needed)
        w = next((t for t in c.titles_by_first.get(s[i], _NO_WORDS) if s.startswith(t, i)), None)
        # 委員|會: a title whose end is the start of an organisation ending is
        # part of a body's name (美中戰略競爭特別委員會主席), not a title
        if w and i + len(w) < len(s) and _ends(s, i + len(w) + 1, c.any_suffix) not in (None, s[i + len(w)]):
            w = None
        if w and any(s.startswith(n, k) and k + len(n) > i for n in c.not_title for k in range(max(0, i - 3), i)):
            w = None  # 說服北韓不要進行長程核試: 行長 inside 進行 + 長程, no bank's president
        if w:
            d.titles[i] = (i + len(w), c.title_kind[w])
            i += len(w)
        else:
            i += 1


def _latin_names(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx``'s matches not preceded by a Latin letter or digit, left to right, non-overlapping.

    The same matches as ``finditer`` of ``(?<![A-Za-z0-9])`` + ``rx``: a match whose start
    fails the look-behind is skipped and the scan goes on one character later.
    """
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        a = m.start()
        if a > 0 and text[a - 1].isascii() and text[a - 1].isalnum():
            pos = a + 1
            continue
        yield m
        pos = m.end() if m.end() > a else a + 1


def _match_lexicon(d: _Doc) -> None:
    """Lexicon actors, longest first, never ending inside a title word."""
    s, c = d.s, d.c
    i = 0
    while i < len(s):
        nxt = c.lex_rx.search(s, i) if c.lex_rx is not None else None
        if nxt is None:
            break
        i = nxt.start()  # no lexicon name starts before it
        found = None
        if not d.lexicon_ends_inside_title(i, nxt.end()):  # the longest key here, as below
            found = (nxt.end(), c.lex_aid[nxt.group(0)])
        else:
            for key, aid in c.lex_by_first.get(s[i], ()):
                j = i + len(key)
                if s.startswith(key, i) and not d.lexicon_ends_inside_title(i, j):
                    found = (j, aid)
                    break
        if found is None:
            i += 1
            continue
        j, aid = found
        d.claim(i, j, aid)
        i = j
    if c.latin_re is not None:
        for m in _latin_names(c.latin_re, d.s):  # on the folded copy: ＡＢＣ is ABC
            # a Latin gloss in brackets after a Chinese name is not a second mention
            k = m.start() - 1
            while k >= 0 and d.text[k] in " \t":
                k -= 1
            if k >= 0 and d.text[k] in _OPEN and d.hit_at(k - 1) is not None:
                continue
            if d.free(m.start(), m.end()):
                d.claim(m.start(), m.end(), c.latin_ids[m.group(0)])
    _tail_coreference(d)
    # titles wholly inside a lexicon name (美國貿易代表辦公室) are not titles
    for ts, (te, _) in list(d.titles.items()):
        h = d.hit_at(ts)
        if h is not None and h.start <= ts and te <= h.end:
            del d.titles[ts]
    d.title_end = {te: ts for ts, (te, _) in d.titles.items()}


def _tail_coreference(d: _Doc) -> None:
    """A bare name that ends a longer lexicon name mentioned before it names the same body
    (美國商務部…商務部仍未批出: the US department, though 商務部 alone is China's ministry).

    Why: news names a body in full once and by its bare name after; the bare name's default
    reading in the lexicon holds only where no fuller name has set another one.
    """
    c, s = d.c, d.s
    latest: dict[str, str] = {}  # a lexicon name -> the body the latest fuller name ending with it named
    for h in d.hits():
        surface = s[h.start : h.end]
        if c.lex_aid.get(surface) != h.key:
            continue  # not a lexicon name as such (a name found from structure)
        named = latest.get(surface)
        if named is not None and named != h.key:
            h.key = named
        for k in range(1, len(surface) - 1):
            if surface[k:] in c.lex_aid:
                latest[surface[k:]] = h.key


def _org_in_run(d: _Doc, a: int, b: int, gov: bool = True) -> tuple[int, int] | None:
    """The top-level organisation named in ``s[a:b]``: its leftmost name with an org ending.

    The name starts after a type noun (智庫, 咨詢公司) or a clause particle; a
    following ending extends it (新思科技公司). Sub-units after it
    (…大學法學院) are not part of it.
    """
    s, c = d.s, d.c
    suffixes = c.suffixes_gov if gov else c.suffixes_org
    name_start = a
    p = a
    while p < b:
        if s[p] in _ORG_CUT:
            name_start = p + 1
            p += 1
            continue
        t = _starts(s, p, c.org_type)
        if t and p + len(t) < b and not _starts(s, p + len(t), suffixes):
            name_start = p + len(t)
            p += len(t)
            continue
        if p - name_start >= 2:
            suf = _starts(s, p, suffixes)
            if suf and p + len(suf) <= b:
                end = p + len(suf)
                while True:
                    more = _starts(s, end, c.org_suffix)
                    if not more or end + len(more) > b:
                        break
                    end += len(more)
                verb = (_word_tag(s[name_start:p]) or "").startswith("v")  # 主持委員會: a verb, no name
                if end - name_start <= 14 and all(_is_cjk(ch) for ch in s[name_start:end]) and not verb:
                    return name_start, end
                return None
        p += 1
    return None


def _absorb_state(d: _Doc, state: _Hit | None, a: int, b: int) -> tuple[int, _Hit | None]:
    """Start of an organisation's name when a state word belongs to it.

    美國企業研究所, 美國大豆協會: when what stands between the state word and
    the ending is a common noun, the state word is part of the name; before a
    proper name (美國巴克內爾大學) it only says where the organisation is.
    """
    if state is None or state.end != a:
        return a, state
    entry = d.lex.actors.get(state.key)
    if entry is None or entry.type != "State":
        return a, state
    suffixes = d.c.suffixes_gov
    suf = _ends(d.s, b, suffixes)
    core = d.s[a : b - len(suf)] if suf else ""
    if core and is_word(core) and not _ends(d.s, b, d.c.gov_suffix):
        d.release(state)
        return state.start, None
    return a, state


def _add_org(d: _Doc, a: int, b: int, state: _Hit | None = None, latin: str | None = None) -> _Hit | None:
    """Claim ``s[a:b]`` as an organisation (the lexicon's when its name is known)."""
    s, c = d.s, d.c
    name = s[a:b]
    if name in c.not_actor or len(name) < 2:
        return None
    lex_id = next((aid for key, aid in c.lex_by_first.get(name[0], ()) if key == name), None)
    key = lex_id or f"org:{name}"
    h = d.claim(a, b, key, force=True)
    if h is None:
        return None
    act = d.actor(key, "Organization")
    if lex_id is None and _ends(s, b, c.gov_suffix):
        # a government body speaks for the state named before it; a bare
        # ministry in a Chinese text is China's (美國商務部 vs 商務部)
        st = d.actors.get(state.key) if state is not None else None
        if st is not None and st.type == "State":
            act.side = st.side
            act.gov = True
        elif state is None:
            act.side = "China"
            act.gov = True
    if latin and not act.latin:
        act.latin = latin
    return h


def _structural_orgs(d: _Doc) -> None:
    """Organisations marked by punctuation: 《媒體》, 類型「名稱」, 名稱（Latin）."""
    s, c = d.s, d.c
    for m in re.finditer(r"《([^《》\n]{2,16})》", s):
        a, b = m.start(1), m.end(1)
        suffix = _ends(s, b, c.media_suffix)
        if suffix and b - a > len(suffix):
            _add_org(d, a, b)
    for m in re.finditer(r"「([^「」\n]{2,14})」", s):
        a, b = m.start(1), m.end(1)
        if not _ends(s, m.start(), c.org_type):
            continue
        if not all(_is_cjk(ch) or ch.isalnum() for ch in s[a:b]):
            continue
        br = d.bracket_at(m.end())
        _add_org(d, a, b, latin=br[1] if br else None)
    for m in re.finditer(r"[（(]", s):
        q = m.start()
        br = d.bracket_at(q)
        if br is None or br[1] is None:
            continue
        h = d.hit_at(q - 1)
        if h is not None:
            act = d.actors.get(h.key)
            if act is None and h.key in d.lex.actors:
                act = d.actor(h.key, d.lex.actors[h.key].type)
            if act is not None and not act.latin and act.type != "Person":
                act.latin = br[1]
            continue
        a = q
        while a > 0 and _is_cjk(s[a - 1]) and d.hit_at(a - 1) is None and q - a < 16:
            a -= 1
        found = _org_in_run(d, a, q, gov=False)
        if found is None or found[1] != q:
            continue
        oa, ob = found
        state = d.hit_at(oa - 1)
        if state is not None and s[state.start : state.end] in c.name_prefix and state.end == oa:
            d.release(state)
            oa = state.start
            state = None
        _add_org(d, oa, ob, state=state, latin=br[1])


def _missions(d: _Doc) -> None:
    """A state's mission abroad (中國駐休士頓總領事館, 美國駐成都總領事館): the state named right before
    駐, a place of a few characters, and a mission ending (``zh-mission-suffix``) name a body of
    that state's government."""
    s, c = d.s, d.c
    if not c.mission_suffix:
        return
    ends = "|".join(re.escape(w) for w in sorted(c.mission_suffix, key=len, reverse=True))
    pat = _compiled(c, "mission", lambda: re.compile(rf"驻[\u4e00-\u9fff]{{1,6}}?(?P<end>{ends})"))
    for m in pat.finditer(s):
        state = d.hit_at(m.start() - 1)
        act = d.actors.get(state.key) if state is not None else None
        if state is None or act is None or act.type != "State" or state.end != m.start():
            continue
        if not d.free(m.start(), m.end()):
            continue
        # one mission however its ending is written (總領館, 領事館, 總領事館): one key
        suffix = m.group("end")
        kind = "总领事馆" if "领" in suffix else "大使馆" if "使" in suffix else suffix
        name = s[state.start : m.start("end")] + kind
        d.release(state)
        if d.claim(state.start, m.end(), f"org:{name}", force=True) is None:
            continue
        org = d.actor(f"org:{name}", "Organization")
        org.side, org.gov = act.side, True


def _word_tag(w: str) -> str | None:
    """jieba's part-of-speech tag of ``w`` as one dictionary word, or None."""
    is_word("")
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(w)


_LEAD_TAGS = ("v", "p", "d", "c", "r", "u", "t")


def _lead_trim(name: str) -> int:
    """Characters at the start of a candidate name that are a verb, preposition or adverb (包括|北方華創)."""
    import jieba.posseg

    is_word("")
    cut = 0
    for tok in jieba.posseg.dt.cut(name, HMM=False):
        if tok.flag.startswith(_LEAD_TAGS) and tok.flag not in ("vn", "nr") and len(name) - cut - len(tok.word) >= 2:
            cut += len(tok.word)
        else:
            break
    return cut


# particles that end an organisation's name on the left, unless they sit in a
# word of the name (自由 in 柏林自由大學)
_NAME_LEFT_STOP = _ORG_CUT | set("对向与和及并了自")


def _suffix_orgs(d: _Doc) -> None:
    """Organisations by their ending anywhere in a clause (中國社會科學院, 半導體行業協會).

    The name runs back from the ending to a clause boundary, a particle or an
    actor already found; a state word that begins it is part of it
    (中國社會科學院) unless only a place; a name right after a government body
    with a government ending is that body's unit (眾議院…特別委員會); a name
    right after another organisation is its sub-unit, not an actor.
    """
    s, c = d.s, d.c
    if not c.free_suffix:
        return
    pat = _compiled(c, "free_suffix", lambda: re.compile("|".join(re.escape(w) for w in c.free_suffix)))
    for m in pat.finditer(s):
        ka, b = m.start(), m.end()
        if not d.free(ka, b) or (b < len(s) and _starts(s, b, c.free_suffix)):
            continue
        a = ka
        while a > 0 and ka - a < 12 and _is_cjk(s[a - 1]) and d.hit_at(a - 1) is None:
            if s[a - 1] in "日月年号號" and a >= 2 and s[a - 2].isdigit():
                break  # 10日取消了…大學: a day ends the name on the left
            if s[a - 1] in _NAME_LEFT_STOP and not (
                _word_tag(s[a - 2 : a]) in ("a", "n", "ns", "nz", "nt")
                or _word_tag(s[a - 1 : a + 1]) == "s"
                or (s[a - 1] in "了自" and _word_tag(s[a - 1 : a + 1]) is not None)  # 柏林自由大學
            ):
                break
            if (a - 1) in d.title_end or a in d.title_end or _ends(s, a, c.free_suffix):
                break
            if ka - a >= 2 and _ends(s, a, c.org_type):
                break  # 華盛頓智庫|太平洋貿易政策研究所: the name starts after a type noun
            a -= 1
        if a < ka and _ends(s, a, c.free_suffix) and d.hit_at(a - 1) is None:
            continue  # …大學|國際問題研究院: a sub-unit of the name before it
        prev = d.hit_at(a - 1) if a > 0 else None
        prev_act = d.actors.get(prev.key) if prev is not None and prev.end == a else None
        if prev_act is None:
            a += _lead_trim(s[a:ka])
        if _starts(s, a, c.determiner) or ka - a < 2:
            continue
        if any(k in d.titles for k in range(a, ka)):
            continue
        start, state, side = a, None, None
        if prev_act is not None and prev_act.type == "State":
            state = prev
            if s[prev.start : prev.end] in c.name_prefix:
                start, state = prev.start, None
            else:
                start, state = _absorb_state(d, prev, a, b)
        elif prev_act is not None and prev_act.type == "Organization":
            gov = prev_act.gov or (prev_act.lexicon_id is not None and prev_act.side in ("US", "China"))
            if gov and _ends(s, b, c.gov_suffix):
                start, side = prev.start, prev_act.side  # type: ignore[union-attr]
            elif _ends(s, b, c.subunit) or _ends(s, b, c.free_suffix):
                continue  # 中國社會科學院世界經濟與政治研究所: a sub-unit
        core = s[start:ka]
        name = s[start:b]
        proper = _word_tag(name) in ("nt", "nz", "ns")
        if name in c.not_actor or (is_word(name) and not proper) or is_word(core) or b - start > 16:
            continue
        if start < a and prev is not None:
            d.release(prev)
        h = _add_org(d, start, b, state=state)
        if h is None:
            continue
        act = d.actors[h.key]
        if side is not None:
            act.side, act.gov = side, True
        elif state is None and act.lexicon_id is None:
            act.side, act.gov = "Other", False  # a committee of no named state is no government's


def _media_patterns(c: _Cues) -> list[re.Pattern[str]]:
    """The patterns of :func:`_media_objects` (built once per lexicon)."""
    ending = "|".join(re.escape(w) for w in c.media_ending)
    name = rf"([\u4e00-\u9fffA-Za-z0-9]{{1,10}}?(?:{ending}))"
    return [
        re.compile(rf"(?:对|接受|向){name}(?:的)?(?:独家)?(?:表示|说|指出|透露|访问|采访|专访|证实)"),
        re.compile(rf"(?:据|根据|综合|引述){name}(?:的)?(?:报道|报导|引述|消息|披露|分析|统计)"),
        # at a clause's start: the mark is matched, not looked behind at (a look-behind first would
        # make the engine try the pattern at every character); the text's start, by _media_objects
        re.compile(rf"[{re.escape(''.join(sorted(_CLAUSE_END)))}]\s*{name}(?:记者|报道|报导|引述|披露|分析|指出|称)"),
    ]


def _media_objects(d: _Doc) -> None:
    """Media as the ones spoken to or quoted: 對X新聞表示, 接受X訪問, 據X報導, X記者注意到, X引述."""
    s, c = d.s, d.c
    if not c.media_ending:
        return
    pats = _compiled(c, "media", lambda: _media_patterns(c))
    for k, pat in enumerate(pats):
        found = list(pat.finditer(s))
        if k == len(pats) - 1 and (first := pat.match("。" + s)) is not None:
            found.insert(0, first)  # X記者… opening the text (no mark before it)
        for m in found:
            a, b = m.start(1) - (1 if m.string is not s else 0), m.end(1) - (1 if m.string is not s else 0)
            if d.free(a, b) and b - a > len(_ends(s, b, c.media_ending) or ""):
                _add_org(d, a, b)


# an item of a list of organisations: a Chinese name (with its Latin name in brackets: 嬌生(Johnson &
# Johnson)) or a Latin one of up to three words (New Balance, 3M)
_LIST_ITEM = (
    r"(?:[A-Za-z0-9]{0,4}[\u4e00-\u9fff][\u4e00-\u9fff·]{1,15}(?:[（(][A-Za-z][A-Za-z0-9&.,' \-]{0,30}[）)])?"
    r"|[A-Za-z0-9][A-Za-z0-9&\-]{1,20}(?: [A-Za-z][A-Za-z0-9&\-]{1,20}){0,2}) ?"
)
# a list of organisations led by their count (其中包括12家中企，分別為A、B、…): its items
_COUNTED_LIST = (
    r"[0-9０-９一二三四五六七八九十两]+家[^，,。；;：:、]{0,8}?(?:企业|公司|中企|美企|实体|机构|单位)"
    r"[，,：:]?\s*(?:分别为|分别是|包括|即|为)[：:]?\s*"
)


# the kind words between 等 and the closing noun of a list of firms (等半導體設備企業, 等20家企業); never a
# particle or a verb that starts another clause (罰款、突擊檢查等做法讓企業…: no firms listed)
_KIND_GAP = "[^\\W的让使令对把被将在与是为]"


def _list_orgs(d: _Doc) -> None:
    """Items of a list closed by 等…企業/公司/車廠 (北方華創、拓荊科技等半導體設備企業, A公司、B公司等20家企業)
    or led by a count of firms (12家中企，分別為A、B、C) are organisations."""
    s, c = d.s, d.c
    if not c.list_close:
        return
    close = "(?:" + "|".join(re.escape(w) for w in c.list_close) + ")"
    pat = _compiled(c, "list", lambda: re.compile(
        rf"{_LIST_ITEM}(?:(?:、|和|及|与|以及){_LIST_ITEM})+等{_KIND_GAP}{{0,8}}?" + close
    ))
    # every such list ends in 等…<close word>: where that end is nowhere, no list is (why: the
    # list pattern tries an item at every Chinese character of the text)
    end = _compiled(c, "list-end", lambda: re.compile(rf"等{_KIND_GAP}{{0,8}}?{close}"))
    if end.search(s) is not None:
        for m in pat.finditer(s):
            _org_items(d, m.start(), s.rindex("等", m.start(), m.end()), lead=True)
    counted = _compiled(c, "list-counted", lambda: re.compile(
        _COUNTED_LIST + rf"({_LIST_ITEM}(?:、{_LIST_ITEM})+)(?=[。，,；;（(\n]|$)"
    ))
    for m in counted.finditer(s):
        _org_items(d, m.start(1), m.end(1), lead=False)


def _org_items(d: _Doc, start: int, stop: int, *, lead: bool) -> None:
    """Each item of the list in ``s[start:stop]`` as an organisation (its first item, when the
    list's match may have begun before it, without the words that lead into the list)."""
    s, c = d.s, d.c
    pos = start
    for i, item in enumerate(re.split(r"(、|以及|和|及|与)", s[start:stop])):
        a, b = pos, pos + len(item)
        pos = b
        if i % 2 or len(item) < 2:
            continue
        b = a + len(item.rstrip(" "))
        gloss = re.search(r"[（(]([^）)]+)[）)]$", s[a:b])
        latin = gloss.group(1).strip() if gloss else None
        b = a + gloss.start() if gloss else b  # 嬌生(Johnson & Johnson): the name, its Latin gloss
        if i == 0 and lead and has_cjk(item):
            # 反制名單包括諾斯羅普·格魯曼系統公司: after the last word that leads into a list
            inner = [s.find(w, a, b) + len(w) for w in c.list_lead if len(w) >= 2 and s.find(w, a, b) >= 0]
            cut = max(inner, default=a)
            if cut > a and b - cut >= 2:
                a = cut
            else:
                ld = _starts(s, a, c.list_lead)
                a += len(ld) if ld and b - a - len(ld) >= 2 else _lead_trim(s[a:b])
        if b - a < 2 or s[a:b] in c.not_actor or _starts(s, a, c.determiner):
            continue
        h = d.hit_at(a)
        if h is not None and h.start == a and h.end == b:
            continue
        if h is not None and h.start == a and h.end < b and _ends(s, b, c.org_suffix) and d.free(h.end, b):
            # 波音密蘇里州聖路易斯市分公司: a known name opening a longer firm's name in the list is that firm's
            d.release(h)
        if d.free(a, b):
            _add_org(d, a, b, latin=latin)


def _follows_name(d: _Doc, e: int) -> bool:
    """Whether a person's name may end at ``e`` (punctuation, a bracket, a verb or an adverb)."""
    s, c = d.s, d.c
    if e >= len(s) or s[e] in _NAME_END:
        return True
    if e in d.titles:
        return False
    if re.match(_DATE, s[e : e + 8]):
        return True  # 樂玉成九日召見…, 拜登總統28日, 任鴻斌8月13日表示: a date
    return bool(_starts(s, e, c.speech) or _starts(s, e, c.follow) or _starts(s, e, c.medium))


def has_verb(text: str) -> bool:
    """True when ``text`` holds a negated or modal verb (不會採取報復性關稅): words said, no name (特別指定
    國民清單: 指定 is a verb inside a name)."""
    if not _MODAL_OR_NOT.search(text):
        return False
    is_word("")  # (jieba's tables loaded once)
    import jieba.posseg

    return any(t.flag.startswith("v") and t.flag != "vn" for t in jieba.posseg.dt.cut(text, HMM=False))


_MODAL_OR_NOT = re.compile("[不没沒会會将將要应應能]")


def is_word(w: str) -> bool:
    """True when jieba knows ``w`` as an ordinary word (not a person's name)."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    dt = jieba.posseg.dt
    if not dt.word_tag_tab:
        dt.tokenizer.check_initialized()
        dt.load_word_tag(dt.tokenizer.get_dict_file())
    tag = dt.word_tag_tab.get(w)
    return tag is not None and not tag.startswith("nr")


def _opens_with_word(name: str) -> bool:
    """Whether a name candidate's first two characters are a verb, adverb, function word or common
    noun (發布, 辦公, 頒發): no name opens so; a place or a name (山田, 馬克) may."""
    tag = _word_tag(name[:2])
    return tag is not None and (tag == "n" or tag[0] in "vdpcrumqtf")


def _surname_len(d: _Doc, p: int) -> int:
    """Length of the surname at ``p``: 2 for a compound one (歐陽), 1 for a single one, 0 for none."""
    return 2 if d.s[p : p + 2] in d.c.compound else 1 if d.s[p : p + 1] in d.c.surnames else 0


def _chinese_name(d: _Doc, p: int) -> int | None:
    """End of a Chinese name (surname + one or two characters) starting at ``p``."""
    s, c = d.s, d.c
    sur = _surname_len(d, p)
    if not sur or _starts(s, p, c.not_name_start):
        return None  # 週日在…: a weekday, not the surname 周
    found = []
    for given in (2, 1):
        e = p + sur + given
        if e > len(s) or not all(_is_cjk(ch) for ch in s[p:e]) or not d.free(p, e):
            continue
        if s[p + sur] in _ORG_CUT or s[p + sur : e] in c.honorific or _starts(s, p + sur, c.speech):
            continue  # 曾說: a surname-like character before a speech verb is no name
        if _follows_name(d, e) and not _starts(s, p + sur, c.follow):
            name = s[p:e]
            if name in c.not_actor or is_word(name):
                continue
            if given == 2 and (is_word(name[:-1]) or name[:-1] in c.not_actor) and _starts(s, e - 1, c.follow):
                continue  # 文章還指出: a word and an adverb, no name
            found.append(e)
    if len(found) == 2 and (_starts(s, found[1], c.follow) or _starts(s, found[1], c.speech)):
        return found[1]  # 丁榮還表示, 王立說: 還 is the adverb and 說 the verb, not the name's last character
    return found[0] if found else None


def _chinese_name_before_verb(d: _Doc, p: int, e: int) -> int | None:
    """End of a Chinese name (surname + two characters, else one) at ``p`` that a verb of two
    characters takes to ``e`` (王大明|受訪): a run of four or five characters after a title that a
    speech verb ends is read as one foreign name only when no Chinese name and a verb make it up;
    transliterations and Japanese names end in no verb (馮德萊恩, 山田花子: 花子 is no verb)."""
    s, c = d.s, d.c
    sur = _surname_len(d, p)
    if not sur:
        return None
    for given in (2, 1):
        n = p + sur + given
        tag = _word_tag(s[n:e]) if e - n == 2 else None
        if tag is not None and tag.startswith("v") and not is_word(s[p:n]) and s[p:n] not in c.not_actor:
            return n
    return None


def _name_after_title(d: _Doc, p: int) -> tuple[int, int, str | None] | None:
    """A person's name right after a title: (start, end, lexicon id or None)."""
    s = d.s
    if p >= len(s):
        return None
    if s[p] in " \u3000":
        sp = d.hit_at(p + 1)
        if sp is not None and sp.start == p + 1:
            # 商務部新聞發言人 王大明: a space between, a person the lexicon knows
            actor = d.lex.actors.get(sp.key)
            return (p + 1, sp.end, sp.key) if actor is not None and actor.type == "Person" else None
        # 副教授 韓佳穎:「…」 (a sound bite's label): else only a name the colon ends
        e = _chinese_name(d, p + 1) or _transliterated_name(d, p + 1)
        return (p + 1, e, None) if e is not None and s[e : e + 1] in (":", "：") else None
    h = d.hit_at(p)
    if h is not None:
        if h.start == p and d.lex.actors.get(h.key) and d.lex.actors[h.key].type == "Person":
            return p, h.end, h.key
        return None
    # transliterated: 約翰·史密斯, 瑪麗·金
    m = re.match(rf"[\u4e00-\u9fff]{{1,6}}(?:[{_DOTS}][\u4e00-\u9fff]{{1,8}})+", s[p:])
    if m:
        last_dot = max(s.rfind(ch, p, p + m.end()) for ch in _DOTS)
        for e in range(last_dot + 2, p + m.end() + 1):
            if _follows_name(d, e) and d.free(p, e):
                return p, e, None
    # a name given with its Latin form: 何瑞恩（Ryan Hass）
    q = p
    hyphens = 0
    while q < len(s) and q - p - hyphens < 7 and d.hit_at(q) is None and (
        _is_cjk(s[q]) or (s[q] in "-‐" and q > p and _is_cjk(s[q + 1 : q + 2] or "a"))  # 費爾法布-布朗
    ):
        hyphens += not _is_cjk(s[q])
        q += 1
    if s[p] in d.c.not_name_first:
        return None  # 參議員在福克斯新聞(Fox News), 官員一方面聲稱: a preposition or an adverb, no name
    given = 0 < q - p <= 4 and all(ch in d.c.transliteration for ch in s[p:q])  # 湯姆, not 保留了前總統
    known = d.hit_at(q) if q < len(s) and given else None
    if known is not None and known.start == q and d.lex.actors.get(known.key) is not None:
        # 參議員湯姆科頓(Tom Cotton): a given name before a form of a known person, whose Latin
        # gloss names that person: one name, the known person's
        br = d.bracket_at(known.end)
        if br is not None and br[1] is not None and _lexicon_by_latin(d, br[1], "Person") == known.key:
            d.release(known)
            return p, known.end, known.key
    if 2 <= q - p - hyphens <= 6 and q < len(s) and s[q] in _OPEN:
        br = d.bracket_at(q)
        if br is not None and br[1] is not None and s[p:q] not in d.c.not_actor:
            return p, q, None
    e = _chinese_name(d, p)
    if e is not None:
        return p, e, None
    # a foreign name without marks, ended by a speech verb: 主席馮德萊恩呼籲
    # or by a time word or adverb (新聞秘書萊維特隨後稱); never the start of a
    # body (總統府, 部長級)
    c = d.c
    if _starts(s, p, c.follow) or _starts(s, p, c.speech) or s[p] in _BODY_AFTER_TITLE:
        return None
    for e in range(p + 2, min(len(s), p + 5) + 1):
        if not all(_is_cjk(ch) for ch in s[p:e]) or not d.free(p, e) or (e - 1) in d.titles:
            break
        w = _starts(s, e, c.follow)
        ok = bool(_starts(s, e, c.speech) or (w and (len(w) > 1 or _starts(s, e + len(w), c.speech))))
        if not _surname_len(d, p) and _starts(s, e - 1, c.follow):
            break  # 部長珀杜仍多次喊話: a transliterated name never holds an adverb or a time word (仍, 多次)
        if not ok and e - p <= 3 and e < len(s) and (s[e] in "，、" or s[e] in _OPEN):
            ok = s[e] in "，、" or (d.bracket_at(e) or (0, None))[1] is not None
        if not ok and e - p <= 3 and s[e : e + 1] in ("对", "向"):
            # 籍文瀾對澎湃新聞表示: 對 + whom + a speech verb within the clause
            k = e + 1
            while k < len(s) and k - e <= 12 and s[k] not in _CLAUSE_END and not _starts(s, k, c.speech):
                k += 1
            ok = k < len(s) and bool(_starts(s, k, c.speech))
        if ok and s[e - 1] in "时時后後前":
            return None  # 發言人答記者問時表示, 主席峰會後，: a time frame ends there, not a name
        if ok:
            split = _chinese_name_before_verb(d, p, e)
            if split is not None:
                return p, split, None  # 發言人王大明套用…, 研究員王大明受訪分析: a Chinese name, then a verb
            name = s[p:e]
            if name in d.c.not_actor or is_word(name) or p in d.titles or _starts(s, p, d.c.speech):
                return None
            if _opens_with_word(name):
                return None  # 發布新聞稿稱, 辦公室跟進: a verb or a common noun opens it, no name
            return p, e, None
    return None


def _lexicon_by_latin(d: _Doc, latin: str, typ: str) -> str | None:
    """The lexicon actor of type ``typ`` whose English name is ``latin`` (case-insensitive)."""
    return d.c.by_latin.get((typ, latin.casefold()))


def _unit_before(d: _Doc, ts: int, te: int, kind: str, stop: int) -> _Unit:
    """Read ``[前][affiliation][field]`` back from a title at ``s[ts:te]``, not before ``stop``."""
    s, c = d.s, d.c
    lb = ts
    while lb > stop and ts - lb < 40:
        if s[lb - 1] == "」" and d.hit_at(lb - 2) is not None:  # 咨詢公司「帕克策略」
            lb = d.hit_at(lb - 2).start - 1  # type: ignore[union-attr]
            continue
        if s[lb - 1] in _CLAUSE_END or s[lb - 1] in "、兼":
            break
        h = d.hit_at(lb - 1)
        if h is not None and d.actors.get(h.key) and d.actors[h.key].type == "Person":
            break
        lb -= 1
    former = False
    w = _starts(s, lb, c.former)
    if w:
        former = True
        lb += len(w)
    # the rightmost actor named in the unit's span
    aff: _Hit | None = None
    k = ts - 1
    while k >= lb:
        h = d.hit_at(k)
        if h is not None and h.start >= lb:
            act = d.actors.get(h.key) or (d.lex.actors.get(h.key) and d.actor(h.key, "State"))
            posted = act is not None and act.type == "State" and _ends(s, h.start, c.posted)
            if act and act.type != "Person" and not posted:  # 駐美國大使: a posting, not an owner
                aff = h
                break
        k -= 1
    run_start = lb
    if aff is not None:
        run_start = aff.end
        if run_start < ts and s[run_start] in "」』》":
            run_start += 1
        br = d.bracket_at(run_start)
        if br is not None:
            run_start = br[0]
        if s[aff.start : aff.end] in c.name_prefix and aff.start >= lb:
            found = _org_in_run(d, aff.start, ts)
            if found is not None and found[0] == aff.start:
                d.release(aff)
                aff = _add_org(d, found[0], found[1])
                run_start = found[1]
    aff_is_state = aff is not None and d.actors.get(aff.key) is not None and d.actors[aff.key].type == "State"
    if (aff is None or aff_is_state) and run_start < ts:
        found = _org_in_run(d, run_start, ts)
        if found is not None and d.free(*found):
            state = aff if aff is not None and aff.end == found[0] else None
            oa, state = _absorb_state(d, state, found[0], found[1])
            aff = _add_org(d, oa, found[1], state=state) or (aff if state is not None else None)
            run_start = found[1]
            br = d.bracket_at(run_start)
            if br is not None:
                run_start = br[0]
    # a state word right after an organisation is the title's field (亞洲集團中國主管)
    if aff is not None and d.actors.get(aff.key) and d.actors[aff.key].type == "State":
        k, steps = aff.start - 1, 0
        while k >= lb:
            if s[k] in _CLOSE:  # the bracketed Latin name of the organisation
                while k >= lb and s[k] not in _OPEN:
                    k -= 1
                k -= 1
                continue
            if d.hit_at(k) is not None or s[k] in _PREFIX_STOP or steps >= 4:
                break
            k -= 1
            steps += 1
        prev = d.hit_at(k) if k >= lb else None
        if prev is None:  # 中國社會科學院美國研究所: the state names a sub-unit
            found = _org_in_run(d, lb, aff.start)
            if found is not None and found[1] == aff.start:
                prev = _add_org(d, found[0], found[1])
        if prev is not None and prev.start >= lb and d.actors.get(prev.key) and d.actors[prev.key].type != "State":
            d.release(aff)
            aff = prev
            run_start = prev.end
            br = d.bracket_at(run_start)
            if br is not None:
                run_start = br[0]
    prefix_start = run_start
    if n := _former_at(d, prefix_start, ts):  # 美國前總統
        former = True
        prefix_start += n
        run_start = prefix_start
    w = _starts(s, prefix_start, c.list_lead)
    if w and len(w) >= 2 and prefix_start + len(w) <= ts:
        prefix_start += len(w)  # 包括參議員…: the word that opens a list is no part of the title
    gap = s[prefix_start:ts]
    # sub-units of the organisation (…大學法學院) are not part of the title
    for i in range(len(gap), 0, -1):
        if _ends(gap, i, c.subunit):
            prefix_start += i
            gap = gap[i:]
            break
    if "的" in gap:
        prefix_start += gap.rindex("的") + 1
        gap = s[prefix_start:ts]
    # after an organisation the words before the title name a field or chair
    # (中國商業與經濟講座主任), where 與/和/及 join subjects; after a state or
    # nothing they would mean the clause goes on
    aff_is_org = aff is not None and d.actors.get(aff.key) is not None
    aff_is_org = aff_is_org and d.actors[aff.key].type == "Organization"
    stop = _PREFIX_STOP - set("与和及") if aff_is_org else _PREFIX_STOP
    limit = 10 if aff_is_org else 8
    if any(ch in stop or not _is_cjk(ch) for ch in gap) or len(gap) > limit:
        cut = max((i for i, ch in enumerate(gap) if ch in stop or not _is_cjk(ch)), default=-1)
        prefix_start += cut + 1
        if aff is not None and cut >= 0:
            aff = None
        gap = s[prefix_start:ts]
        if len(gap) > limit:
            prefix_start = ts
    cut, was = _clause_words_end(d, s[prefix_start:ts], joins=not aff_is_org)
    if cut:  # 宣布制裁包括前國務卿, 會見韓國總統: the clause before the title is no part of it
        prefix_start += cut
        if n := _former_at(d, prefix_start, ts):
            was = True
            prefix_start += n
        former = former or was
    # actor words between the affiliation and the title name its sub-unit or the
    # title's field (亞洲集團中國主管), not actors of their own
    lo = run_start if aff is not None else prefix_start
    for k in range(lo, ts):
        h = d.hit_at(k)
        if h is not None and h.start >= lo:
            d.release(h)
    return _Unit(d.text[prefix_start:te], kind, aff, former, lb)


def _former_at(d: _Doc, p: int, ts: int) -> int:
    """Length of a word of ``zh-former`` (前, 時任) at ``p`` ending before the title at ``ts``, else 0."""
    w = _starts(d.s, p, d.c.former)
    return len(w) if w and p + len(w) <= ts else 0


# part-of-speech tags of words that belong to a clause, not to a title before a name: verbs,
# adverbs, times, numerals and measure words (of two characters or more: 辦, 關 and 候 end
# names of offices), conjunctions, prepositions, pronouns, particles and 籍
_CLAUSE_WORD_TAGS = ("v", "d", "t", "m", "q")
_CLAUSE_CHAR_TAGS = ("c", "p", "r", "u", "ng")
_JOINS = frozenset("与和及")


def _clause_words_end(d: _Doc, gap: str, joins: bool = True) -> tuple[int, bool]:
    """Where the words before a title stop belonging to the clause around it: after the last
    verb, conjunction, pronoun … (by jieba's tags) or clause word (``zh-title-clause-word``:
    會見, which jieba tags as a noun) in ``gap``, and whether a word of ``zh-former`` (時任) was
    among those cut; 0 when the whole gap may be part of the title. A posting (駐美) and a
    modifier of the title (``zh-title-verb-modifier``: 署理, 執行, 無任所) at its end stay; with
    ``joins`` false (after an organisation) 與/和/及 join the fields of a chair (商業與經濟講座)."""
    c = d.c
    keep = max((len(w) for w in c.title_verb_modifiers if gap.endswith(w)), default=0)
    head = gap[: len(gap) - keep]
    if len(head) < 2 and not (head and head in c.title_clause_words):
        return 0, False
    import jieba.posseg

    end, pos, former = 0, 0, False
    for w, flag in jieba.posseg.lcut(head, HMM=False):
        pos += len(w)
        if _starts(w, 0, c.posted):
            continue
        if (
            (flag in _CLAUSE_WORD_TAGS and len(w) >= 2)
            or (flag in _CLAUSE_CHAR_TAGS and (joins or w not in _JOINS))
            or w in c.title_clause_words
        ):
            end = pos
            former = former or w in c.former
    return end, former


def _implied_state(d: _Doc, title: str, key: str, name: str) -> str | None:
    """The state of a government title written without one (行政院長, 總統川普, 總統賴清德).

    The title's own state (行政院長 is Taiwan's), else the state the lexicon
    knows the person holds office in, else the state of the person's side;
    None when nothing says which.
    """
    c = d.c
    t = to_simplified(title)
    for i in range(len(t)):
        if t[i:] in c.title_state:
            return c.title_state[t[i:]]
    entry = d.lex.actors.get(key)
    names = {to_simplified(name)} | ({tm.key for tm in entry.terms} if entry is not None else set())
    for n in sorted(names):
        if n in c.person_state:
            return c.person_state[n]
    act = d.actors.get(key)
    if act is not None and act.side in c.state_of_side:
        return c.state_of_side[act.side]
    return None


def _of(d: _Doc, unit: _Unit) -> str | None:
    """The state or organisation a unit's title belongs to."""
    if unit.aff is None:
        return None
    act = d.actors.get(unit.aff.key)
    if act is None:
        return None
    if act.type == "State":
        return act.key
    if unit.kind == "zh-title-state" and act.side in d.c.state_of_side:
        entry = d.lex.actors.get(act.key)
        if act.gov or (entry is not None and entry.type == "Organization" and act.side in ("US", "China")):
            return d.c.state_of_side[act.side]
    return act.key


def _extend_transliterations(d: _Doc) -> None:
    """A known person written with a fuller transliteration (唐納·川普 for 川普): one mention."""
    s = d.s
    for q in range(1, len(s) - 1):
        if s[q] != "·":
            continue
        h = d.hit_at(q + 1)
        entry = d.lex.actors.get(h.key) if h is not None else None
        if h is None or h.start != q + 1 or entry is None or entry.type != "Person":
            continue
        k = q
        while k > 0 and q - k < 4 and _is_cjk(s[k - 1]) and d.hit_at(k - 1) is None:
            if k in d.title_end:
                break
            k -= 1
        if k < q:
            d.claim(k, h.end, h.key, force=True)


def _appositions(d: _Doc) -> None:
    """Persons named after their titles, with every title of the chain as a role."""
    s = d.s
    prev_end = 0
    for ts in sorted(d.titles):
        te, kind = d.titles[ts]
        name = _name_after_title(d, te)
        if name is not None and name[2] is None and s[ts:te] in d.c.known_only:
            name = None  # 中國領導人周二表示: after 領導人 only a name the lexicon knows is read
        if name is None:
            day = _DAY_WORDS.match(s, te)  # 國防部發言人9月22日表示: the day before the verb
            after = day.end() if day is not None else te
            if _starts(s, after, d.c.speech) or s[after : after + 1] in "：:":
                # 白宮發言人表示, 外交部發言人：: no name follows, so the body the title names speaks
                # (not a body of another side than the state before it: 美國商務部長 is the US
                # minister, not of China's 商務部; 美國國會議員 is of the US Congress)
                before = d.hit_at(ts - 1)
                entry = d.lex.actors.get(before.key) if before is not None else None
                state_side = entry.side if entry is not None and entry.type == "State" else None
                for key, aid in d.c.lex_by_first.get(s[ts], ()):
                    if state_side is not None and d.lex.actors[aid].side != state_side:
                        continue
                    if s.startswith(key, ts) and ts + len(key) < te and d.free(ts, ts + len(key)):
                        d.actor(aid, d.lex.actors[aid].type)
                        d.claim(ts, ts + len(key), aid)
                        break
                else:
                    _unit_before(d, ts, te, kind, prev_end)
            continue
        na, nb, lex_id = name
        units = [_unit_before(d, ts, te, kind, prev_end)]
        # chain: 中共中央政治局委員、國務院副總理、…張偉 ; 國際貿易談判代表兼副部長…
        while True:
            lb = units[0].start
            if lb - 1 >= 0 and s[lb - 1] in "、兼" and (lb - 1) in d.title_end:
                t2s = d.title_end[lb - 1]
                if t2s < prev_end:
                    break
                units.insert(0, _unit_before(d, t2s, lb - 1, d.titles[t2s][1], prev_end))
                if units[0].start >= lb:
                    break
            else:
                break
        br = d.bracket_at(nb)
        if lex_id is None and br is not None and br[1] is not None:
            lex_id = _lexicon_by_latin(d, br[1], "Person")
        if lex_id is not None:
            key = lex_id
            act = d.actor(key, "Person")
            if d.free(na, nb):
                d.claim(na, nb, key)
        else:
            key = f"person:{s[na:nb]}"
            act = d.actor(key, "Person")
            d.claim(na, nb, key)
        if br is not None and br[1] is not None:
            act.latin = act.latin or br[1]
            for k in range(nb + 1, br[0] - 1):  # the Latin gloss is not a second mention
                h = d.hit_at(k)
                if h is not None and h.key == key:
                    d.release(h)
        # enumerations share the affiliation: 美國財長史密斯、商務部長瓊斯及貿易代表布朗
        inherited: str | None = None
        lead = s[prev_end : units[0].start].strip()
        if prev_end in d.last_of and lead in ("", "、", "和", "及", "与", "以及", "并", "、及"):
            inherited = d.last_of[prev_end]
            shared = d.actors.get(inherited) if inherited else None
            # a state is shared by government titles, an organisation by its staff
            if shared is None or (shared.type == "State") != (units[0].kind != "zh-title-org"):
                inherited = None
        last: str | None = None
        titled: list[RoleMention] = []
        for u in units:
            of = _of(d, u) or last or inherited
            if of is None and u.kind != "zh-title-org":
                of = _implied_state(d, u.title, key, s[na:nb])
            role = RoleMention(title=u.title, of=of, former=u.former, lang=d.doc.lang)
            titled.append(role)
            if role not in act.roles:
                act.roles.append(role)
            last = of
        end = br[0] if br is not None else nb
        d.last_of[end] = last
        prev_end = end
        members = all(r.title.endswith(("員", "员")) for r in titled)  # 參議員: a title many hold at once
        for other in _names_sharing_title(d, end, act.side, members):
            for r in titled:
                if r not in d.actors[other].roles:
                    d.actors[other].roles.append(r)


def _same_side_person(d: _Doc, p: int, side: str) -> bool:
    """A person the lexicon knows named at ``p``, of ``side`` (one of the two sides)."""
    h = d.hit_at(p)
    if h is None or h.start != p or side not in ("US", "China"):
        return False
    entry = d.lex.actors.get(h.key)
    return entry is not None and entry.type == "Person" and entry.side == side


def _names_sharing_title(d: _Doc, e: int, side: str, members: bool = False) -> list[str]:
    """Persons listed right after a titled person of ``side`` with no title of their own
    (參議員盧比歐、克魯茲、霍利和科頓): the title before the first is every one's. With a title
    of members (``members``: 參議員, 委員), a second known person of the side after 和/與 shares it
    too (參議員史密斯與瓊斯); else two joined so are two who meet (A國總統甲和B國總統乙)."""
    s = d.s
    out: list[str] = []
    while True:
        m = re.match(r"、|和|及|与|與|以及", s[e : e + 2])
        if m is None:
            return out
        p = e + m.end()
        if m.group() != "、" and not out and not (members and _same_side_person(d, p, side)):
            return out  # 總統甲和乙: two who meet, not a list (unless both of the side: 參議員A與B)
        if p in d.titles:
            return out  # 國家主席習近平、總理李強: the next has its own title
        h = d.hit_at(p)
        if h is not None and h.start == p:
            act = d.actors.get(h.key)
            if act is None or act.type != "Person" or side not in ("Other", act.side):
                return out
            key, nb = h.key, h.end
        else:
            found = _transliterated_name(d, p) or _chinese_name(d, p)
            if found is None:
                return out
            key, nb = f"person:{s[p:found]}", found
            d.actor(key, "Person")
            d.claim(p, nb, key)
        out.append(key)
        br = d.bracket_at(nb)
        e = br[0] if br is not None else nb


_LATIN_PERSON = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z]\.)?(?: [A-Z][A-Za-z'\-]+){1,2}")


def _dotted_names(d: _Doc) -> None:
    """A foreign name written as two runs of transliteration characters around a middle dot
    (``<zh-transliteration>``: 美國商人丹尼爾·霍爾特說) is a person wherever it stands, not only
    at a clause's start or after a title: the dot joins a given name and a surname, which
    nothing else in Chinese text does."""
    s, c = d.s, d.c
    for m in re.finditer("·", s):
        q = m.start()
        a = q
        while a > 0 and q - a < 4 and s[a - 1] in c.transliteration and d.hit_at(a - 1) is None:
            a -= 1
        if q == a or (a > 0 and s[a - 1] == "·"):
            continue
        e = _transliterated_name(d, a)  # the given name, the dot, the surname, ended where a name may
        if e is None or e <= q + 1 or s[e : e + 1] == "·":
            continue
        name = s[a:e]
        if name in c.not_actor or _part_of_known(d, name):
            continue
        br = d.bracket_at(e) if s[e : e + 1] in _OPEN else None
        latin = br[1] if br is not None and br[1] is not None and _LATIN_PERSON.fullmatch(br[1]) else None
        key = (_lexicon_by_latin(d, latin, "Person") if latin else None) or f"person:{name}"
        act = d.actor(key, "Person")
        act.latin = act.latin or latin
        d.claim(a, e, key)


def _glossed_persons(d: _Doc) -> None:
    """Names glossed with a person's Latin name at a clause start: ``，魏思德（Walter Westbrook）指出``."""
    s, c = d.s, d.c
    for m in re.finditer(r"[（(]", s):
        q = m.start()
        br = d.bracket_at(q)
        if br is None or br[1] is None or not _LATIN_PERSON.fullmatch(br[1]):
            continue
        if any(w.casefold() in c.latin_org_words for w in br[1].split()):
            continue
        a = q
        while a > 0 and _is_cjk(s[a - 1]) and d.hit_at(a - 1) is None and q - a < 6:
            a -= 1
            if a > 1 and s[a - 1] == "·" and _is_cjk(s[a - 2]) and q - a < 6:
                a -= 1  # 比爾·威克斯（Bill Wykes）: a given name before the dot
        if not 2 <= q - a <= 8 or not (a == 0 or s[a - 1] in _CLAUSE_END or s[a - 1] in "、”」"):
            continue
        if s[a] == "·":
            continue
        name = s[a:q]
        if name in c.not_actor or is_word(name) or _ends(s, q, c.org_suffix) or _ends(s, q, c.gov_suffix):
            continue
        lex_id = _lexicon_by_latin(d, br[1], "Person")
        key = lex_id or f"person:{name}"
        act = d.actor(key, "Person")
        act.latin = act.latin or br[1]
        d.claim(a, q, key)
        for k in range(q + 1, br[0] - 1):  # the Latin gloss is not a second mention
            h = d.hit_at(k)
            if h is not None and h.key == key:
                d.release(h)


_AFTER_SPEAKER_OPEN = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_CLAUSE_END | set("、」）)"))) + "]")


def _speakers(d: _Doc) -> None:
    """Persons as subjects of speech verbs: ``，張某認為``; ``」，陳某說``."""
    s, c = d.s, d.c
    # a speaker opens a clause: the text's start, or right after a clause mark
    opens = [0] + [m.end() for m in _AFTER_SPEAKER_OPEN.finditer(s) if m.end() < len(s)]
    for p in opens if s else ():
        if d.hit_at(p) is not None:
            continue
        e = _chinese_name(d, p)
        if e is None:
            e = _transliterated_name(d, p)
            if e is not None and _part_of_known(d, s[p:e]):
                continue  # 肯特 after 威廉·肯特: a later mention, linked to the full name later
        if e is None:
            continue
        k = _speech_bridge(d, e)
        if s.startswith("对", k):
            m = _compiled(c, "dui_speech", lambda: re.compile(
                r"对[\u4e00-\u9fff]{2,3}?(?=" + "|".join(map(re.escape, c.speech)) + ")"
            )).match(s[k:])
            if m:
                k += m.end()
        verb = _starts(s, k, c.speech)
        if not verb:
            continue
        # the verb must be a word of its own: not 常規來說 (來說), not 白銀說明 (說明)
        if k == e and is_word(s[e - 1] + verb):
            continue
        if len(verb) == 1 and k + 2 <= len(s) and is_word(s[k : k + 2]):
            continue
        key = f"person:{s[p:e]}"
        d.actor(key, "Person")
        d.claim(p, e, key)


_PREPOSITIONS = frozenset("对在于向与和及的")


def _speech_bridge(d: _Doc, e: int) -> int:
    """Where the speech verb may start after a speaker's name ending at ``e``: past adverbs and
    time words (``<zh-name-follow>``), a ``在…時/上`` frame, an adverb in 地 and a medium
    (``<zh-speech-medium>``: 發推文), in any order (魯比歐也在推特上毫不在乎地說, 霍利同日也發推文稱)."""
    s, c = d.s, d.c
    k = e
    for _ in range(5):
        if _starts(s, k, c.speech):
            return k
        m = re.match(r"(?:在|于|接受)[\u4e00-\u9fffA-Za-z0-9]{1,18}?[时上中后]", s[k:])
        if m:
            k += m.end()  # 方啟嵐在接受採訪時表示 (the caller wants a speech verb where this ends)
            continue
        w = _starts(s, k, c.follow) or _starts(s, k, c.medium)
        if w and w not in _PREPOSITIONS:  # 對X說 is read by the caller
            k += len(w)
            continue
        m = re.match(r"[\u4e00-\u9fff]{2,6}?地", s[k:])
        if m and _starts(s, k + m.end(), c.speech):
            k += m.end()  # 毫不在乎地說
            continue
        break
    return k


def _part_of_known(d: _Doc, name: str) -> bool:
    """Whether ``name`` ends or begins a person already found (肯特 of 威廉·肯特)."""
    for a in d.actors.values():
        if a.type != "Person":
            continue
        for full in [a.key.partition(":")[2], *a.names]:
            full = simplified(full).translate(_ONE_DOT)
            if full != name and (full.endswith(name) or full.startswith(name)):
                return True
    return False


def _transliterated_name(d: _Doc, p: int) -> int | None:
    """End of a foreign name written in transliteration characters (``<zh-transliteration>``:
    魯比歐, 霍利) starting at ``p``; taken only before a speech verb (the caller checks)."""
    s, c = d.s, d.c
    e = p
    while e < len(s) and e - p < 5 and s[e] in c.transliteration:
        e += 1
    while e - p >= 1 and s[e : e + 1] == "·" and s[e + 1 : e + 2] in c.transliteration:
        # 亨利·法雷爾: a given name and a surname, each a run of transliteration characters
        e += 1
        f = e
        while e < len(s) and e - f < 5 and s[e] in c.transliteration:
            e += 1
    while e - p >= 2:
        name = s[p:e]
        if d.free(p, e) and name not in c.not_actor and not is_word(name) and _follows_name(d, e):
            return e
        e -= 1
    return None


def _org_speakers(d: _Doc) -> None:
    """Organisations as subjects of speech verbs: ``，中國半導體行業協會表示``."""
    s, c = d.s, d.c
    if c.speech_first is None:
        return
    for mk in c.speech_first.finditer(s, 2):  # only where a speech verb may start
        k = mk.start()
        if not _starts(s, k, c.speech):
            continue
        ends = [k]
        w = _ends(s, k, c.follow)
        if w and len(w) == 1:  # 則/也/亦 before the verb
            ends.append(k - 1)
        for end in ends:
            if d.hit_at(end - 1) is None and _org_speaker(d, end):
                break


def _org_speaker(d: _Doc, end: int) -> bool:
    """Claim the organisation whose name opens a clause and ends at ``end``."""
    s, c = d.s, d.c
    a = end
    while a > 0 and _is_cjk(s[a - 1]) and d.hit_at(a - 1) is None and end - a < 14:
        a -= 1
    state = d.hit_at(a - 1)
    opener = a
    if state is not None:  # a state word may lead the name (中國半導體行業協會)
        entry = d.lex.actors.get(state.key)
        if entry is None or entry.type != "State" or state.end != a:
            return False
        if s[state.start : state.end] in c.name_prefix:
            a = state.start
        opener = state.start
    if not (opener == 0 or s[opener - 1] in _CLAUSE_END or s[opener - 1] in "、"):
        return False  # the organisation must open its clause
    # a government ending counts after a state word (美國農業部表示: that state's department)
    found = _org_in_run(d, a, end, gov=state is not None)
    if found is None or found[1] != end or _starts(s, found[0], c.determiner):
        return False
    name = s[found[0] : found[1]]
    if name in c.not_actor or (is_word(name) and not (state is not None and state.end == found[0])):
        return False  # (a word is a name only right after its state: 美國農業部, 中國國防部)
    st = state if state is not None and state.end == found[0] else None
    oa, st = _absorb_state(d, st, found[0], found[1])
    return _add_org(d, oa, found[1], state=st) is not None


def _titles_after_names(d: _Doc) -> None:
    """Titles written after a person's name (習近平主席表示): a role of that person."""
    c, s = d.c, d.s
    for h in d.hits():
        act = d.actors.get(h.key)
        br = d.bracket_at(h.end)
        ts = br[0] if br is not None and br[1] is not None else h.end  # 喬·拜登(Joe Biden)總統
        if act is None or act.type != "Person" or ts not in d.titles:
            continue
        te, kind = d.titles[ts]
        if kind == "zh-title-org" or s[ts:te] in c.known_only:
            continue  # (習近平和特朗普領導人: a common noun after names, no title of theirs)
        # after a name the lexicon knows, the title is its person's unless a body goes on from it
        # (習近平主席峰會後; not 總統府); after a name found by structure, only before what may follow a name
        known = act.lexicon_id is not None and s[te : te + 1] not in _BODY_AFTER_TITLE
        if not known and not _follows_name(d, te):
            continue
        of = c.state_of_side.get(act.side)
        role = RoleMention(title=d.text[ts:te], of=of, former=False, lang=d.doc.lang)
        if all(to_simplified(r.title) != to_simplified(role.title) for r in act.roles):
            act.roles.append(role)


def _title_anaphors(d: _Doc) -> None:
    """A person's title standing alone at the start of a clause after the person was named
    (美國財政部長葉倫…。財政部長還表示…, 這位發言人說): that person, the nearest named before
    with that title, when a verb of saying follows. A title with a name after it, or an owner
    before it, is another mention."""
    s = d.s
    titled: dict[str, list[str]] = {}  # simplified title -> persons holding it
    for key, act in d.actors.items():
        if act.type != "Person":
            continue
        for r in act.roles:
            t = to_simplified(r.title).strip()
            if len(t) >= 2 and key not in titled.setdefault(t, []):
                titled[t].append(key)
    if not titled:
        return
    last: list[tuple[int, str]] = sorted((h.end, h.key) for h in d.hits() if h.key in d.actors)
    ends = [e for e, _k in last]
    for t in sorted(titled, key=lambda x: (-len(x), x)):
        i = s.find(t)
        while i >= 0:
            j = i + len(t)
            lead = i - len(_ends(s, i, d.c.anaphor_lead) or "")
            opens = lead == 0 or s[lead - 1] in _CLAUSE_END
            named_after = d.hit_at(j) is not None or (j < len(s) and s[j] in _DOTS)
            k = j + len(_starts(s, j, d.c.coordinated) or "")
            says = _starts(s, k, d.c.says) is not None
            if opens and says and not named_after and d.free(i, j):
                k = bisect.bisect_left(ends, i)
                who = next((key for _e, key in reversed(last[:k]) if key in titled[t]), None)
                if who is not None and (h := d.claim(i, j, who)) is not None:
                    d.anaphors.add((h.start, h.end))  # a mention, never a name of the person
            i = s.find(t, j)


def _later_mentions(d: _Doc) -> None:
    """Every later mention of a name found by structure (and 史密斯 after 約翰·史密斯)."""
    s = d.s
    forms: dict[str, str] = {}
    for h in d.hits():
        act = d.actors.get(h.key)
        if act is None or act.lexicon_id is not None:
            continue
        name = s[h.start : h.end]
        forms.setdefault(name, h.key)
        if act.type == "Person":
            for ch in _DOTS:
                if ch in name:
                    tail = name.rsplit(ch, 1)[1]
                    if len(tail) >= 2:
                        forms.setdefault(tail, h.key)
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        i = s.find(form)
        while i >= 0:
            j = i + len(form)
            ok = d.free(i, j) and not (i > 0 and s[i - 1] in _DOTS) and not (j < len(s) and s[j] in _DOTS)
            if ok and len(form) == 2 and d.actors[forms[form]].type == "Person":
                # 陸挺分析, not 大陸挺好; any verb that attributes a quote, or a date (李明12日), ends
                # a name found before (李明反駁稱)
                ok = _follows_name(d, j) or _starts(s, j, d.c.said) is not None or s[j : j + 1].isdigit()
            if ok:
                d.claim(i, j, forms[form])
            i = s.find(form, j)


def _drop_places(d: _Doc) -> None:
    """A capital named as a place (在華盛頓磋商) is not the government acting."""
    s, c = d.s, d.c
    for h in d.hits():
        if s[h.start : h.end] not in c.capital:
            continue
        before = d.hit_at(h.start - 1)
        in_state = before is not None and d.lex.actors.get(before.key) is not None
        in_state = in_state and d.lex.actors[before.key].type == "State"  # 美國華盛頓
        if _ends(s, h.start, c.locative) or _starts(s, h.end, c.place_after) or in_state:
            d.release(h)


def _pinyin(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(ch, style=Style.NORMAL))


def _merge_variants(d: _Doc) -> None:
    """One person written two ways (王建鋼/王建剛).

    Same surname, one character apart, and that character sounds the same or
    both forms hold the same title.
    """
    persons = sorted(k for k, a in d.actors.items() if a.type == "Person")
    names: dict[str, set[str]] = {k: set() for k in persons}
    for h in d.hits():
        if h.key in names:
            names[h.key].add(d.s[h.start : h.end])
    target: dict[str, str] = {}
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            if a in target or b in target:
                continue
            A, B = d.actors[a], d.actors[b]
            if A.lexicon_id and B.lexicon_id:
                continue
            same = False
            # 約翰·多伊 … 多伊: a transliterated name, later by its surname alone
            short = next((y for x in names[a] for y in names[b] if _surname_of(x, y)), None) or next(
                (x for x in names[a] for y in names[b] if _surname_of(y, x)), None
            )
            if short is not None and not (A.lexicon_id and B.lexicon_id):
                full_is_a = any(_surname_of(x, short) for x in names[a])
                keep, drop = (a, b) if full_is_a else (b, a)
                if d.actors[drop].lexicon_id is None:
                    target[drop] = keep
                    continue
            for x in names[a]:
                for y in names[b]:
                    if len(x) != len(y) or len(x) < 2 or x[0] != y[0] or any(ch in _DOTS for ch in x + y):
                        continue
                    diff = [k for k in range(len(x)) if x[k] != y[k]]
                    if len(diff) != 1 or diff[0] == 0:
                        continue
                    k = diff[0]
                    titles = {to_simplified(r.title) for r in A.roles} & {to_simplified(r.title) for r in B.roles}
                    if _pinyin(x[k]) == _pinyin(y[k]) or titles:
                        same = True
            if same:
                keep, drop = (a, b) if (A.lexicon_id or not B.lexicon_id) else (b, a)
                target[drop] = keep
    for drop, keep in target.items():
        K, D = d.actors[keep], d.actors.pop(drop)
        for r in D.roles:
            if r not in K.roles:
                K.roles.append(r)
        K.latin = K.latin or D.latin
        for h in d.hits():
            if h.key == drop:
                h.key = keep


def _surname_of(full: str, short: str) -> bool:
    """Whether ``short`` is the surname of the transliterated ``full`` (its last part after ·)."""
    return "·" in full and "·" not in short and len(short) >= 2 and full.rsplit("·", 1)[-1] == short


def _is_abbreviation(short: str, full: str) -> bool:
    """財長 of 財政部長: same first and last character, the rest a subsequence."""
    if len(short) >= len(full) or len(short) < 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _drop_abbreviated_roles(act: _Actor) -> None:
    """A title repeated in short form (財政部長 … 財長) is one role, kept in its full form."""
    keep = []
    for r in act.roles:
        t = to_simplified(r.title)
        if any(
            o is not r and o.of == r.of and o.former == r.former and _is_abbreviation(t, to_simplified(o.title))
            for o in act.roles
        ):
            continue
        keep.append(r)
    act.roles = keep


def _side_of_person(d: _Doc, act: _Actor) -> str:
    """US/China for officials (the state or government body of a government title), else Other."""
    for r in act.roles:
        of = d.actors.get(r.of) if r.of is not None else None
        if of is None or of.side not in ("US", "China"):
            continue
        # any title in a government body (前白宮國家經濟會議主任); a government
        # title of a state (美國財政部長), not an analyst "of" a country
        if of.gov or (of.type == "Organization" and of.lexicon_id is not None):
            return of.side
        if of.type == "State" and _title_kind(d, r.title) != "zh-title-org":
            return of.side
    return "Other"


def _title_kind(d: _Doc, title: str) -> str:
    t = to_simplified(title)
    for i in range(len(t)):
        if t[i:] in d.c.title_kind:
            return d.c.title_kind[t[i:]]
    return "zh-title-org"


def find_actors(doc: Document, lex: Lexicon) -> ActorIndex:
    """Every actor of a Chinese document, with its roles, and every span that mentions it."""
    d = _Doc(doc, lex)
    _match_titles(d)
    _match_lexicon(d)
    for h in d.hits():
        d.actor(h.key, lex.actors[h.key].type)
    _structural_orgs(d)
    _missions(d)
    _suffix_orgs(d)
    _media_objects(d)
    _list_orgs(d)
    _extend_transliterations(d)
    _appositions(d)
    _glossed_persons(d)
    _dotted_names(d)
    _speakers(d)
    _org_speakers(d)
    _later_mentions(d)
    _titles_after_names(d)
    _title_anaphors(d)
    _drop_places(d)
    _merge_variants(d)

    index = ActorIndex()
    hits = sorted(d.hits(), key=lambda h: (h.start, h.end, h.key))
    seen: dict[str, list[str]] = {}
    for h in hits:
        if h.key not in d.actors:
            continue
        seen.setdefault(h.key, [])
        surface = doc.text[h.start : h.end]
        if surface not in seen[h.key] and (h.start, h.end) not in d.anaphors:
            seen[h.key].append(surface)
        index.add_span(Span(h.start, h.end, h.key))
    for key in sorted(seen):
        a = d.actors[key]
        _drop_abbreviated_roles(a)
        entry = lex.actors.get(key)
        if entry is None and a.type == "Person":
            a.side = _side_of_person(d, a)
        latin = a.latin or (entry.labels.get("en") if entry is not None else None)
        order = {n: i for i, n in enumerate(seen[key])}
        names = sorted(seen[key], key=lambda n: (not has_cjk(n), -len(n), order[n]))
        index.actors[key] = ActorMention(
            key=key,
            type=a.type,
            names=names,
            side=a.side,
            latin=latin,
            lexicon_id=a.lexicon_id,
            roles=list(a.roles),
            lang=doc.lang,
        )
    return index
