"""English actor and role recognition: who is named where in an English text.

No trained NER model is available offline (see DESIGN.md), so actors come from
two sources: the lexicon (``ontology/actors.ttl``: known states, people and
organisations with their aliases, longest match first) and the structure of
news English: capitalised runs ending in an organisation word
(``Harbor Macro``, ``Ministry of Commerce``), names after a title
(``Vice Premier Zhang Wei``), names with an apposition (``Jane Doe, a senior
fellow at ...``), names next to a speech verb (``said Jane Doe``), courtesy
titles (``Mr. Liu``) and bare surnames of people already named. The words these
rules need (titles, organisation words, speech verbs, demonyms) are data in
``ontology/cues-en.ttl``.

Matching runs on a copy of the text with typographic apostrophes made straight
(same length), so offsets index ``Document.text`` directly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from kg.extract.alternation import tree_pattern
from kg.extract.mentions import ActorIndex, Span
from kg.ingest import slug_id, split_sentences
from kg.lexicon import Lexicon
from kg.model import ActorMention, Document, RoleMention, Sentence
from kg.textnorm import MONTH_ABBREVIATIONS

T = TypeVar("T")

# "who took over as", "who serves as", "who became": a relative clause that gives a title
_TITLE_VERB_LEAD = re.compile(r"who\s+(?:took\s+over\s+as|serves\s+as|served\s+as|works\s+as|worked\s+as|became)\s+")
_NAME_JOINS = frozenset(("of", "for", "and", "on"))  # lower-case words inside a body's name before a title head

# Capitalised words that start a sentence or clause without naming anything: language
# structure, not domain knowledge.
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "or",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "when",
        "while",
        "after",
        "before",
        "then",
        "days",
        "under",
        "his",
        "her",
        "their",
        "our",
        "both",
        "each",
        "only",
        "over",
        "through",
        "so",
        "what",
        "neither",
        "also",
        "if",
        "as",
        "by",
        "with",
        "from",
        "to",
        "of",
        "since",
        "until",
        "yet",
        "still",
        "even",
        "there",
        "here",
        "meanwhile",
        "however",
        "asked",
        "like",
        "unlike",
        "some",
        "many",
        "most",
        "more",
        "few",
        "several",
        "all",
        "any",
        "no",
        "not",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "other",
        "another",
        "such",
        "among",
        "between",
        "against",
        "during",
        "despite",
        "without",
        "within",
        "about",
        "above",
        "below",
        "behind",
        "instead",
        "why",
        "how",
        "who",
        "whom",
        "whose",
        "which",
        "where",
        "because",
        "although",
        "though",
        "once",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "last",
        "next",
        "early",
        "late",
        "earlier",
        "later",
        "new",
        "first",
        "second",
        "third",
        "final",
        "senior",
        "top",
        "former",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        *MONTH_ABBREVIATIONS,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "judged",
        "under",
        "over",
        "chips",
        "soybeans",
        "tariffs",
        "farm",
    ]
)
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"])
_ABBREV_DOT = frozenset(
    [
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "jr.",
        "sr.",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "st.",
        "prof.",
        "sen.",
        "rep.",
        "gov.",
        "sens.",
        "reps.",
        "messrs.",
    ]
)
_CORP_SUFFIX = frozenset(
    [
        "Corp.",
        "Corp",
        "Inc.",
        "Inc",
        "Co.",
        "Ltd",
        "Ltd.",
        "LLC",
        "PLC",
        "plc",
        "Group",
        "Holdings",
        "Corporation",
        "Company",
        "Technologies",
        "Technology",
        "Industries",
        "Motors",
        "Electronics",
        "Semiconductor",
        "Systems",
    ]
)
# a capitalised name of one to six words, "of/for/on (the)" allowed inside (National Endowment for
# Democracy), and the links of a list around it
_ORG_NAME = r"([A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,5})(?![\w'’-]|\s+[A-Z])"
_ORG_LINK = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _ORG_NAME)
_ORG_BEFORE = re.compile(r"(?<![\w'’-])" + _ORG_NAME + r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?$")


# an apposition's words before its title's head that name the field (a semiconductor analyst at …, a trade
# policy researcher with …): lower-case words, then the head ends the title or a place it is held at follows
_FIELD_BEFORE_HEAD = re.compile(r"[a-z]+(?: [a-z]+)?(?: (?:at|of|with|for|in))?")


# a relative clause after a name whose verb names an office over a body (", the Republican who chairs the …")
_ROLE_VERB_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+)?who\s+(?:now\s+|also\s+)?([a-z-]+s)\s+(?:the\s+)?"
)
# a name's own clause that gives its title and the body it is held at ("works as senior adviser at …")
_WORKS_AS = re.compile(
    r"(?:,\s+who\s[^,;]{1,80},)?"  # (an aside between: "Jane Doe, who served at her embassy, works as …")
    r",?\s+(?:who\s+)?(?:now\s+)?(?:works|worked|serves|served)\s+as\s+(?:(?:a|an|the)\s+)?(?P<title>\w)"
)
_AT_BODY = re.compile(r"\s+(?:at|for|with)\s+(?:the\s+)?")
# the work a relative clause names, up to the body it is done at ("directs the economic security program at …")
_WORK_AT = re.compile(r"[a-z-]+s(?:\s+[\w'’-]+){0,8}?(?P<at>\s+at\s+(?:the\s+)?)")
# a preposition of place right before a capitalised run: a place, not a person ("in the Rose Garden")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$")
# a body's name ending in "of" and one field ("Ministry of Economy"), and the fields listed after it in one word
# each (", Trade and Industry"): the name goes on through them
_OF_FIELD = re.compile(r"\b(?:of|for)\s+[A-Z][a-z]+$")
_FIELDS_AFTER = re.compile(r"(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+\b(?!\s+(?:[A-Z]|of\b|for\b))")


def _name_end(text: str, a: int, b: int) -> int:
    """Where a name matched up to ``b`` ends: a full stop after its last word ends the sentence,
    unless the word is an abbreviation (Corp., Co., U.S.)."""
    if text[b - 1 : b] == "." and b - a > 1:
        last = text[a : b - 1].split()[-1]
        if last + "." not in _CORP_SUFFIX and not _INITIALS.fullmatch(last + "."):
            return b - 1
    return b


_NAME_GOES_ON = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,2}([A-Z][\w'’.-]*)")
_TOKEN = re.compile(r"[^\W_]+(?:[-.'&][^\W_]+)*\.?|&|[^\s\w]|_")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_PREP_BEFORE = re.compile(
    r"(?:^|\s)(?:in|at|on|to|from|with|of|for|over|against|into|about|under|than|between|among|"
    r"toward|towards|across|near|via|including|like)\s+(?:the\s+|(?:his|her|its|their)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Tok:
    """One token of the normalised text, with offsets into the document."""

    start: int
    end: int
    text: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or self.text == "&"


@dataclass
class Cues:
    """The English cue sets of the lexicon, as casefolded sets and compiled patterns."""

    title_heads: frozenset[str]
    title_mods: frozenset[str]
    former: frozenset[str]
    role_verbs: frozenset[str]  # chairs, heads: a relative clause's verb that names an office
    work_verbs: frozenset[str]  # directs, teaches: a relative clause's verb whose phrase is the title
    courtesy: frozenset[str]
    outlets: frozenset[str]  # news outlets by name (news-outlet): "told <outlet>" names an organisation
    org_tail: frozenset[str]
    org_head: frozenset[str]
    time_names: frozenset[str]
    org_desc: tuple[str, ...]
    capitals: frozenset[str]
    platforms: frozenset[str]  # Twitter: the place someone wrote ("on Twitter"), an actor only when it acts
    place_before: frozenset[str]
    actor_before: frozenset[str]  # pressure from / responded to Washington: the government, no place
    speech: tuple[str, ...]
    group_nouns: tuple[str, ...]
    demonyms: dict[str, str]  # surface -> lexicon actor id
    gov_alias: dict[str, str]  # surface (casefolded) -> lexicon actor id
    not_actor_after: frozenset[str]
    body_title: frozenset[str]  # Secretary, Minister: after a body's name, the body is named only in a title
    # surnames spelt like a function word (He Wei): a name word before another name word
    surname_homographs: frozenset[str] = frozenset()
    claims: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (title words, side): a title that names its side by itself (en-title-side:<actor>)
    title_sides: tuple[tuple[str, str], ...] = ()


def load_cues(lex: Lexicon) -> Cues:
    """Read the ``en-`` cue sets once per lexicon (why: the extractor runs per document)."""
    return _load_cues(id(lex), lex)


_CUE_CACHE: dict[int, tuple[Lexicon, Cues]] = {}


def _load_cues(key: int, lex: Lexicon) -> Cues:
    hit = _CUE_CACHE.get(key)
    if hit is not None and hit[0] is lex:
        return hit[1]

    def keys(kind: str) -> frozenset[str]:
        return frozenset(t.key for t in lex.cues(kind, "en"))

    def texts(kind: str) -> tuple[str, ...]:
        return tuple(sorted({t.text for t in lex.cues(kind, "en")}, key=lambda s: (-len(s), s)))

    demonyms = {t.text: aid for aid, terms in lex.cues_of_actors("en-demonym", "en") for t in terms}
    gov = {t.key: aid for aid, terms in lex.cues_of_actors("en-gov-alias", "en") for t in terms}
    cues = Cues(
        title_heads=keys("en-title-head"),
        title_mods=keys("en-title-modifier"),
        former=keys("en-former"),
        role_verbs=keys("en-role-verb"),
        work_verbs=keys("en-work-verb"),
        courtesy=frozenset(t.text for t in lex.cues("en-courtesy", "en")),
        outlets=frozenset(t.text for t in lex.cues("news-outlet")),
        org_tail=frozenset(t.text for t in lex.cues("en-org-tail", "en")),
        org_head=frozenset(t.text for t in lex.cues("en-org-head", "en")),
        time_names=frozenset(t.text for t in lex.cues("en-time-name", "en")),
        org_desc=texts("en-org-descriptor"),
        capitals=frozenset(t.text for t in lex.cues("en-capital-alias", "en")),
        platforms=frozenset(t.text for t in lex.cues("en-platform", "en")),
        place_before=keys("en-place-before"),
        actor_before=keys("en-capital-actor-before"),
        speech=texts("en-speech"),
        group_nouns=texts("en-group-noun"),
        demonyms=demonyms,
        gov_alias=gov,
        not_actor_after=keys("en-not-actor-after"),
        body_title=keys("en-body-title"),
        surname_homographs=frozenset(t.text for t in lex.cues("en-surname-homograph", "en")),
        claims={k: texts(f"en-{k}") for k in ("leverage", "demand", "threat")},
        title_sides=tuple(
            (t.key, lex.actors[aid].side)
            for aid, terms in lex.cues_of_actors("en-title-side", "en")
            if aid in lex.actors
            for t in terms
        ),
    )
    _CUE_CACHE[key] = (lex, cues)
    return cues


def normalise(text: str) -> str:
    """Straight apostrophes and quotes of the same length, so patterns see one form.

    A straight double quote or a double prime that closes a curly opening one on its line
    (“…", “Phase 1″ deal) becomes a curly closing mark, so the quotation ends where the
    outlet ended it.
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if "\u201c" not in text or ('"' not in text and "\u2033" not in text):
        return text
    out = list(text)
    opened = False
    for i, ch in enumerate(out):
        if ch == "\u201c":
            opened = True
        elif ch == "\u201d" or ch == "\n":
            opened = False
        elif ch in ('"', "\u2033") and opened:
            out[i] = "\u201d"
            opened = False
    return "".join(out)


def sentences_of(doc: Document) -> list[Sentence]:
    """The document's sentences (ingest splits them; plain Documents are split here)."""
    return list(doc.sentences) if doc.sentences else split_sentences(doc.text)


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``; possessive ``'s`` and a sentence-final ``.`` split off."""
    out: list[Tok] = []
    add = out.append
    for m in _TOKEN.finditer(text, start, end):
        s = m.group()
        a, b = m.span()
        last = s[-1]
        if len(s) > 1:
            # one look at the last character picks the branch (why: this runs per token)
            if last == ".":
                if not (s.lower() in _ABBREV_DOT or _INITIALS.fullmatch(s) or _is_month_abbr(s)):
                    add(Tok(a, b - 1, s[:-1]))
                    add(Tok(b - 1, b, "."))
                    continue
            elif last == "s":
                if len(s) > 2 and s[-2] == "'":
                    add(Tok(a, b - 2, s[:-2]))
                    add(Tok(b - 2, b, "'s"))
                    continue
            elif last == "'":
                add(Tok(a, b - 1, s[:-1]))
                add(Tok(b - 1, b, "'"))
                continue
        add(Tok(a, b, s))
    return out


def _name_word(w: str) -> bool:
    """A capitalised name word in any Latin script (Sørensen, Ó, O'Neill, Jean-Luc), not all caps."""
    return len(w) > 1 and w[0].isupper() and any(c.islower() for c in w[1:])


def _title_case(text: str) -> bool:
    """A headline in title case: no closing stop, four words of four letters or more, nearly all
    capitalised."""
    if text.rstrip().endswith((".", "?", "!", '."', ".\u201d")):
        return False  # a sentence of running text, however many names it holds
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_month_abbr(s: str) -> bool:
    return s.lower().rstrip(".") in MONTH_ABBREVIATIONS


def prep_before(text: str, pos: int) -> bool:
    """Whether the words just before ``pos`` are a preposition (so a name there is no subject)."""
    return bool(_PREP_BEFORE.search(text[max(0, pos - 40) : pos]))


def _alt(words: tuple[str, ...] | frozenset[str], flags: int = 0) -> re.Pattern[str] | None:
    """One word-bounded alternation of ``words``, longest first.

    Memoised on the word set (why: the extractors ask for the same cue sets on every
    document; building the pattern escapes every term and dominated English extraction).
    """
    return _alt_cached(words if isinstance(words, frozenset) else tuple(words), flags)


@lru_cache(maxsize=256)
def _alt_cached(words: tuple[str, ...] | frozenset[str], flags: int) -> re.Pattern[str] | None:
    items = sorted(set(words), key=lambda s: (-len(s), s))
    if not items:
        return None
    if flags == 0 or (flags == re.IGNORECASE and all(c.isascii() for w in items for c in w)):
        body = _trie_source(items, fold=bool(flags))
    else:
        body = "|".join(re.escape(w) for w in items)
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", flags)


def _trie_source(items: list[str], fold: bool) -> str:
    """The alternation of ``items`` as a prefix tree (kg.extract.alternation); under
    IGNORECASE (``fold``) only ASCII keys, lower-cased, so ``k`` and ``K`` are one child."""
    return tree_pattern([re.escape(ch.lower() if fold else ch) for ch in w] for w in items)


@lru_cache(maxsize=256)
def embed(template: str, pat: re.Pattern[str]) -> re.Pattern[str]:
    """``template`` with ``{P}`` replaced by the source of ``pat``, compiled once.

    Why: clause patterns around a cue alternation were formatted and looked up in ``re``'s
    cache per sentence; the alternations are long, so that cost more than the matching.
    """
    if pat.flags & re.IGNORECASE:
        # a case-folded prefix tree's source is lower case: without its flag it would not match
        raise ValueError("embed() needs a case-sensitive pattern")
    return re.compile(template.replace("{P}", pat.pattern))


@lru_cache(maxsize=8)
def _lexicon_pattern(terms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = dict(terms)
    pat = _alt(tuple(lookup))
    assert pat is not None
    return pat, lookup


_LEX_CACHE: dict[tuple[int, str], tuple[Lexicon, object]] = {}


def per_lexicon(lex: Lexicon, name: str, build: Callable[[Lexicon], T]) -> T:
    """``build(lex)``, computed once per lexicon object (why: extraction runs per document
    and the lexicon-derived term tables and patterns are the same for every one)."""
    hit = _LEX_CACHE.get((id(lex), name))
    if hit is not None and hit[0] is lex:
        return hit[1]  # type: ignore[return-value]
    value = build(lex)
    _LEX_CACHE[(id(lex), name)] = (lex, value)
    return value


def _actor_term_pattern(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """The English actor names and government aliases of the lexicon, as one pattern."""
    cues = load_cues(lex)
    terms: dict[str, str] = {}
    for aid, e in sorted(lex.actors.items()):
        for t in e.terms:
            if t.lang == "en" and len(t.text) >= 2 and not t.text.islower():
                terms.setdefault(t.text, aid)
    for surface, aid in cues.gov_alias.items():
        terms.setdefault(surface, "gov:" + aid)
        terms.setdefault(surface[:1].upper() + surface[1:], "gov:" + aid)
    return _lexicon_pattern(tuple(sorted(terms.items())))


def _lower_org_tables(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """The lower-case government body pattern and the English organisation names it resolves to."""
    cues = load_cues(lex)
    heads = "ministry|department|bureau|agency|office|commission"
    dem = "|".join(re.escape(d) for d in sorted(cues.demonyms, key=lambda d: (-len(d), d)))
    pat = re.compile(
        rf"(?:(?<![A-Za-z])(?P<dem>{dem})\s+|(?P<pos>[A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?)['’]s\s+"
        rf"|(?<![A-Za-z])[Tt]he\s+)(?P<body>(?P<w>[a-z]+(?:\s[a-z]+)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
        rf"(?P<h>{heads}|{heads.title()}))(?![A-Za-z])"
    )
    names: dict[str, list[str]] = {}
    for aid, e in sorted(lex.actors.items()):
        if e.type != "Organization":
            continue
        for t in e.terms:
            if t.lang == "en":
                names.setdefault(t.key, []).append(aid)
    return pat, names


def _generic_patterns(lex: Lexicon) -> list[tuple[str, str, re.Pattern[str]]]:
    """(demonym, state id, 'demonym + group noun' pattern) for the lexicon's known states."""
    cues = load_cues(lex)
    nouns = "|".join(re.escape(n) for n in cues.group_nouns)
    return [
        (dem, aid, re.compile(rf"(?<![A-Za-z]){re.escape(dem)}\s+(?:{nouns})(?![A-Za-z])"))
        for dem, aid in sorted(cues.demonyms.items())
        if aid in lex.actors
    ]


def _people_patterns(lex: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    """(state id, pattern) for 'the Chinese', 'the Americans' as the subject of a clause: before a
    verb of ``en-people-verb`` or the clause's punctuation."""
    verbs = "|".join(re.escape(k) for k in lex.cue_keys("en-people-verb", "en"))
    out = []
    for aid, terms in lex.cues_of_actors("en-people", "en"):
        if aid not in lex.actors:
            continue
        names = "|".join(re.escape(k) for k in sorted({t.key for t in terms}, key=lambda k: (-len(k), k)))
        pat = rf"(?<![A-Za-z])(?P<people>{names})(?=\s*[,;.]|\s+(?:{verbs})\b)"
        out.append((aid, re.compile(pat, re.IGNORECASE)))
    return out


# ---------------------------------------------------------------------------------------------
@dataclass
class EnActors:
    """What the actor pass hands to the claim pass: the index plus text facts it found."""

    index: ActorIndex
    text: str  # normalised text
    sentences: list[Sentence]
    cues: Cues
    quotes: list[tuple[int, int]]  # (open, close) offsets of quotation marks, close exclusive
    # spans that stand for an actor without naming it ("U.S. officials", "the administration")
    generic: set[Span] = field(default_factory=set)

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks."""
        return any(a < pos < b for a, b in self.quotes)


class _Finder:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = normalise(doc.text)
        self.cues = load_cues(lex)
        self.sentences = sentences_of(doc)
        self.index = ActorIndex()
        self.generic: set[Span] = set()
        self.taken: list[tuple[int, int]] = []  # sorted
        self._longest = 0
        self.quotes = find_quotes(self.text)
        self._quote_starts = [q[0] for q in self.quotes]
        self.surnames: dict[str, str] = {}
        self.pending_roles: list[tuple[str, RoleMention]] = []
        self.listed_after: dict[Span, Span] = {}  # a name listed after a person: that person's mention
        self._sent_toks: dict[tuple[int, int], tuple[list[Tok], list[bool]]] = {}

    # -- bookkeeping ------------------------------------------------------------------------
    def free(self, a: int, b: int) -> bool:
        """Whether no mention overlaps ``[a, b)`` (bisect over sorted spans: linear overall)."""
        taken = self.taken
        j = bisect.bisect_left(taken, (b, b))
        lo = bisect.bisect_left(taken, (a - self._longest, 0))
        return all(b <= x or a >= y for x, y in taken[lo:j])

    def add(self, a: int, b: int, key: str, name: str | None, generic: bool = False) -> None:
        bisect.insort(self.taken, (a, b))
        self._longest = max(self._longest, b - a)
        span = Span(a, b, key)
        self.index.add_span(span)
        if generic:
            self.generic.add(span)
        m = self.index.actors[key]
        if name and name not in m.names:
            m.names.append(name)

    def lexicon_actor(self, aid: str) -> ActorMention:
        m = self.index.actors.get(aid)
        if m is None:
            e = self.lex.actors[aid]
            m = ActorMention(
                key=aid,
                type=e.type,
                names=[],
                side=e.side,
                latin=e.labels.get("en"),
                lexicon_id=aid,
                lang="en",
            )
            self.index.actors[aid] = m
        return m

    def new_actor(self, typ: str, name: str) -> ActorMention:
        prefix = {"Person": "person", "Organization": "org", "State": "state"}[typ]
        key = f"{prefix}/{slug_id(name)}"
        m = self.index.actors.get(key)
        if m is None:
            m = ActorMention(key=key, type=typ, names=[], side="Other", latin=name, lang="en")
            self.index.actors[key] = m
        return m

    # -- passes -----------------------------------------------------------------------------
    def run(self) -> EnActors:
        self.lexicon_pass()
        self.lower_org_pass()
        self.org_pass()
        self.person_pass()
        self.surname_pass()
        self.quoted_surname_pass()
        self.company_context_pass()
        self.coordinated_orgs()
        self.names_without_suffix()
        self.short_org_names()
        self.generic_pass()
        self.role_pass()
        self.title_anaphor_pass()
        self.side_pass()
        for m in self.index.actors.values():
            if not m.names:
                m.names = [m.latin or m.key]
            full = [n for n in m.names if " " in n]
            m.names.sort(key=lambda n: (n not in full[:1], -len(n), n))
        return EnActors(self.index, self.text, self.sentences, self.cues, self.quotes, self.generic)

    def lexicon_pass(self) -> None:
        pat, lookup = per_lexicon(self.lex, "en-actor-terms", _actor_term_pattern)
        text = self.text
        for m in pat.finditer(text):
            a, b, s = m.start(), m.end(), m.group()
            aid = lookup[s]
            if aid.startswith("gov:"):
                aid = aid[4:]
                if aid in self.lex.actors and self.free(a, b):
                    self.lexicon_actor(aid)
                    self.add(a, b, aid, None, generic=True)
                continue
            if s.startswith("the ") and aid in self.lex.actors:
                a += 4
                s = s[4:]
            if s in self.cues.capitals and self._place_use(a, b):
                continue
            if s in self.cues.platforms and re.search(r"\b(?:on|via|to)\s+$", text[max(0, a - 6) : a]):
                continue  # "wrote on Twitter": where it was written, no actor
            after = text[b : b + 20].lower().split()
            if after and after[0].strip(".,;:") in self.cues.not_actor_after:
                continue
            # "Hong Kong-listed", "US-based", "China-made": the name modifies a thing
            if re.match(r"-[a-z]", text[b : b + 2]):
                continue
            nxt = re.match(r"\s+([A-Za-z]+)", text[b : b + 20])
            if (
                nxt is not None
                and self.lex.actors[aid].type == "Organization"
                and nxt.group(1).lower() in self.cues.body_title
            ):
                continue  # "US Treasury Secretary Jane Doe": the body named only inside a title
            if " " not in s and self.lex.actors[aid].type == "Organization" and self._name_word_before(a):
                continue  # "Lancaster House", "Philippine Senate": the last word of another body's name
            if " " not in s and self.lex.actors[aid].type == "Person":
                a = self._given_name_before(a)  # "Tony Blinken": a given name the lexicon lacks
                s = text[a:b]
            # a lexicon name inside a longer capitalised organisation name is left to the org pass
            if self.free(a, b):
                self.lexicon_actor(aid)
                self.add(a, b, aid, s)

    def _name_word_before(self, a: int) -> bool:
        """Whether a capitalised word that is no function word stands right before ``a`` (the name
        at ``a`` ends a longer one)."""
        m = re.search(r"(?<![\w'’.-])([A-Z][a-z]+) $", self.text[max(0, a - 25) : a])
        return m is not None and m.group(1).lower() not in _STOP

    def _given_name_before(self, a: int) -> int:
        """Start of a known person's surname with the capitalised given name written before it
        ("Tony Blinken", "Mike Pompeo" when the lexicon has another given name): the name word
        is part of the mention, unless it is a title, state, time or function word."""
        m = re.search(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $", self.text[max(0, a - 25) : a])
        if m is None:
            return a
        w = m.group(1)
        low = w.lower()
        if (
            low in _STOP
            or self._is_title_word(w)
            or w in self.cues.demonyms
            or w in self.cues.capitals
            or w in self.cues.time_names
            or w in self.cues.courtesy
            or not self.free(a - len(w) - 1, a)
        ):
            return a
        return a - len(w) - 1

    def _place_use(self, pos: int, end: int | None = None) -> bool:
        """A capital named as a place (in Beijing, flew to Washington), not its government; a
        possessive is the government's (a concession to Beijing's demands, pointed to Beijing's decision)."""
        if end is not None and self.text[end : end + 2] in ("'s", "’s"):
            return False
        before = self.text[max(0, pos - 30) : pos].lower().split()
        if not before:
            return False
        last = before[-1]
        two = " ".join(before[-2:])
        if last in ("to", "from") and len(before) > 1 and before[-2] in self.cues.actor_before:
            return False  # calls from Washington, a concession to Beijing: the government
        return (
            last in self.cues.place_before
            or two in self.cues.place_before
            or (last == "the" and len(before) > 1 and before[-2] in self.cues.place_before)
        )

    def _runs(self, sent: Sentence) -> list[list[Tok]]:
        """Capitalised runs of a sentence, joined across of/for/on/and after organisation heads."""
        # three passes ask for the same sentences: tokenise each once (the list is read only)
        hit = self._sent_toks.get((sent.start, sent.end))
        if hit is None:
            toks = tokens(self.text, sent.start, sent.end)
            # which tokens can be part of a capitalised run: capitalised letters or "&"
            word = [(t.text[:1].isupper() and t.text[:1].isalpha()) or t.text == "&" for t in toks]
            hit = self._sent_toks[sent.start, sent.end] = (toks, word)
        toks, word = hit
        runs: list[list[Tok]] = []
        i = 0
        n = len(toks)
        while i < n:
            if not word[i]:
                i += 1
                continue
            j = i
            run = [toks[j]]
            while j + 1 < n:
                nxt = toks[j + 1]
                gap = self.text[toks[j].end : nxt.start]
                if word[j + 1] and gap == " ":
                    run.append(nxt)
                    j += 1
                    continue
                if (
                    nxt.text in ("'", "’")
                    and not gap
                    and toks[j].text.endswith("s")
                    and j + 2 < n
                    and word[j + 2]
                    and self.text[nxt.end : toks[j + 2].start] == " "
                ):
                    # "European Automobile Manufacturers' Association": a plural possessive inside a name
                    run.extend([nxt, toks[j + 2]])
                    j += 2
                    continue
                # Ministry of Commerce / Center for Strategic and International Studies
                if (
                    gap == " "
                    and nxt.text in ("of", "for", "on")  # not "and the": that starts another name
                    and j + 3 < len(toks)
                    and toks[j + 2].text in ("a", "the")
                    and toks[j + 3].cap
                    and any(t.text in self.cues.org_head for t in run)
                ):
                    # "Center for a New American Security"
                    run.extend([nxt, toks[j + 2]])
                    j += 2
                    continue
                if (
                    gap == " "
                    and nxt.text in ("of", "for", "on", "and")
                    and j + 2 < len(toks)
                    and toks[j + 2].cap
                    and toks[j + 2].text[:1].isalpha()
                    and toks[j + 2].text not in self.cues.courtesy
                    and toks[j + 2].text not in self.cues.time_names  # the Department of Commerce on Friday
                    and (
                        any(t.text in self.cues.org_head for t in run)
                        and (nxt.text != "and" or any(t.text in ("of", "for", "on") for t in run))
                    )
                    # "Bank of America and Chatham House": a known name after "and" starts anew, and so
                    # does one headed by an organisation word ("Ministry of Commerce and Administration
                    # of Customs")
                    and not (nxt.text == "and" and self._lexicon_starts_at(toks[j + 2].start))
                    and not (
                        nxt.text == "and"
                        and toks[j + 2].text in self.cues.org_head
                        and j + 3 < n
                        and toks[j + 3].text in ("of", "for", "on")
                    )
                ):
                    run.append(nxt)
                    j += 1
                    continue
                break
            runs.append(run)
            i = j + 1
        return runs

    def _lexicon_starts_at(self, pos: int) -> bool:
        i = bisect.bisect_left(self.index.spans, Span(pos, pos, ""))
        return i < len(self.index.spans) and self.index.spans[i].start == pos

    def org_pass(self) -> None:
        for sent in self.sentences:
            for run in self._runs(sent):
                run = self._strip_stop(run)
                if len(run) < 2:
                    continue
                if not self._org_run(run):
                    continue
                # "Ministry of Commerce Spokesman Gao Feng": a title and a name after the body's name
                # are no part of it (the person pass reads them)
                cut = next(
                    (
                        i
                        for i in range(1, len(run) - 2)
                        if self._head_word(run[i].text)
                        and run[i].text[:1].isupper()
                        and all(_name_word(t.text) and not self._is_title_word(t.text) for t in run[i + 1 :])
                        and run[i + 1].text not in ("of", "for", "on")
                    ),
                    None,
                )
                if cut is not None:
                    run = self._strip_stop(run[:cut])
                    if len(run) < 2 or not self._org_run(run):
                        continue
                # title words before a name are not an organisation ("Commerce Secretary")
                a, b = run[0].start, run[-1].end
                name = self.text[a:b]
                self._claim_org(a, b, name)
        # "the law firm Smith & Jones", "X, a Singapore consultancy"
        desc = _alt(self.cues.org_desc)
        if desc is None:
            return
        for sent in self.sentences:
            for run in self._runs(sent):
                run = self._strip_stop(run)
                if not run:
                    continue
                a, b = run[0].start, run[-1].end
                if not self.free(a, b) and not (
                    # "consultancy Trivium China": a state inside a firm's name is part of it
                    len(run) >= 2
                    and all(
                        s.start >= a and s.end <= b and self.index.actors[s.key].type == "State"
                        for s in self.index.spans
                        if s.start < b and s.end > a
                    )
                ):
                    continue
                before = self.text[max(sent.start, a - 30) : a]
                after = self.text[b : min(sent.end, b + 40)]
                # (up to three modifiers between: "against US drone maker Skydio", "the Danish shipping group")
                led = embed(
                    r"(?:^|(?<![\w-])(?:[Tt]he|[Aa]n?|at|of|with|from|for|against|by|on|to|and|as))\s+"
                    r"(?:[\w.-]+\s+){0,3}(?:{P})\s*,?\s*$",
                    desc,
                ).search(before)
                if led or embed(
                    r",\s+(?:a|an|the|its|their|[A-Z][\w.]*'s)\s+(?:[\w.-]+\s+){0,3}(?:{P})\s*[,.;]", desc
                ).match(after):
                    if not led and self._looks_like_person(run):
                        continue  # "the firm X" names a firm whatever X looks like
                    self._claim_org(a, b, self.text[a:b])

    def _org_run(self, run: list[Tok]) -> bool:
        """A capitalised run that names an organisation: it ends in an organisation word, or holds
        one with of/for/on (Ministry of Commerce), and does not end in a joining word."""
        last = run[-1].text
        if last in ("of", "for", "on", "and"):
            return False
        headed = any(t.text in ("of", "for", "on") for t in run) and any(t.text in self.cues.org_head for t in run)
        return last in self.cues.org_tail or headed

    def lower_org_pass(self) -> None:
        """'China's commerce ministry', 'the foreign ministry', 'Japanese trade ministry',
        'China’s Foreign Ministry'.

        Why: wire copy often writes government bodies in lower case, so the capitalised-run
        pass never sees them; capitalised after an owner they are that owner's body, not a new
        organisation of no side (so this pass runs before the capitalised-run pass). The body is
        the lexicon organisation with that English name (of the owner's side), else a new
        organisation named as written when an owner is given.
        """
        pat, names = per_lexicon(self.lex, "en-lower-org", _lower_org_tables)
        for m in pat.finditer(self.text):
            a, b = m.start("body"), m.end("body")
            words = m.group("w").split()
            if not self.free(a, b) or words[0] in _STOP or any(w in _STOP for w in words):
                continue
            owner: str | None = None
            if m.group("dem"):
                owner = self.cues.demonyms[m.group("dem")]
            elif m.group("pos"):
                inside = self.index.in_range(m.start("pos"), m.end("pos"))
                if not inside or self.index.actors[inside[-1].key].type != "State":
                    continue
                owner = inside[-1].key
            side = self.lex.actors[owner].side if owner in self.lex.actors else None
            w, h = m.group("w").lower(), m.group("h").lower()
            cands = sorted(set(names.get(f"{w} {h}", []) + names.get(f"{h} of {w}", [])))
            cands = [c for c in cands if side is None or self.lex.actors[c].side == side]
            if len(cands) == 1:
                self.lexicon_actor(cands[0])
                self.add(a, b, cands[0], self.doc.text[a:b])
            elif owner is not None and side is not None and len(words) == 1:
                # named after its owner so Japan's and Taiwan's ministries stay apart
                owner_name = self.lex.actors[owner].labels.get("en", owner) if owner else ""
                org = self.new_actor("Organization", f"{owner_name} {self.doc.text[a:b]}")
                org.side = side
                self.add(a, b, org.key, self.doc.text[a:b])

    def _looks_like_person(self, run: list[Tok]) -> bool:
        return False

    def _claim_org(self, a: int, b: int, name: str) -> None:
        # "US-based Interconnected Capital", "Denmark-based Danske Bank": the place is no part of the name
        # ("the Communist Party-run Global Times": the owner is no part either)
        based = re.match(
            r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}-(?:based|headquartered|listed|owned|backed|run|controlled|funded|"
            r"linked|affiliated)\s+",
            name,
        )
        if based and based.end() < len(name):
            a, name = a + based.end(), name[based.end() :]
        # a longer structural name wins over lexicon names inside it (China in "Bank of China")
        if any(s.start <= a and s.end >= b for s in self.index.spans if s.start < b and s.end > a):
            return  # already a known actor (possibly with a prefix: "China's Commerce Ministry")
        inside = self.index.in_range(a, b)
        # "Nvidia Corp.": a known organisation with a corporate suffix keeps its lexicon id
        key = None
        if len(inside) == 1 and inside[0].start == a:
            known = self.index.actors[inside[0].key]
            rest = self.text[inside[0].end : b].split()
            if known.type == "Organization" and rest and all(w in _CORP_SUFFIX for w in rest):
                key = known.key
        for s in inside:
            self._drop_span(s)
        if not self.free(a, b):
            return
        if key is not None:
            self.lexicon_actor(key)
            self.add(a, b, key, name)
            return
        m = self.new_actor("Organization", name)
        self.add(a, b, m.key, name)

    def _drop_span(self, s: Span) -> None:
        self.index.spans.remove(s)
        self.taken.remove((s.start, s.end))
        self.generic.discard(s)
        if not any(x.key == s.key for x in self.index.spans):
            del self.index.actors[s.key]

    def _strip_stop(self, run: list[Tok]) -> list[Tok]:
        i = 0
        while i < len(run) and (run[i].text.lower() in _STOP or run[i].text in ("&",)):
            i += 1
        run = run[i:]
        while run and run[-1].text in ("of", "for", "on", "and", "&"):
            run = run[:-1]
        return run

    # -- persons ----------------------------------------------------------------------------
    def _head_word(self, w: str) -> bool:
        """A title head, hyphenated and plural forms included ("Vice-Premier", "Senators")."""
        heads = self.cues.title_heads
        if w.lower() in heads:
            return True  # "President-elect", "Editor-in-chief": a head with its hyphens
        low = w.lower().replace("-", " ")
        if low in heads or (low.endswith("s") and low[:-1] in heads):
            return True
        *mods, last = low.split(" ")
        # "vice-minister", "deputy-director": title words before a head, joined by hyphens
        return bool(mods) and "-" in w and last in heads and all(m in self.cues.title_mods for m in mods)

    def _bare_head(self, w: str) -> bool:
        """A singular title head as written in an apposition: a head, or title words joined to one by
        hyphens ("a former vice-minister of commerce")."""
        return w in self.cues.title_heads or ("-" in w and self._head_word(w))

    def _head_of(self, w: str) -> bool:
        """A title head that an "of"/"for" phrase may complete (Secretary of State, Vice-Minister of
        Commerce: a hyphenated title of title words too)."""
        return self._head_word(w) or ("-" in w and self._is_title_word(w))

    def _is_title_word(self, w: str) -> bool:
        low = w.lower()
        if "-" in low and low not in self.cues.former and all(self._is_title_word(p) for p in low.split("-") if p):
            return True  # "Vice-Premier", "Deputy-Director"
        return self._head_word(low) or low in self.cues.title_mods or low in self.cues.former

    def _is_state_word(self, tok: Tok) -> str | None:
        """The lexicon state id when ``tok`` is a state alias or demonym (U.S., Chinese)."""
        if tok.text in self.cues.demonyms:
            return self.cues.demonyms[tok.text]
        for s in self.index.in_range(tok.start, tok.end + 1):
            if self.index.actors[s.key].type == "State":
                return s.key
        return None

    def person_pass(self) -> None:
        speech = _alt(self.cues.speech)
        for sent in self.sentences:
            for run in self._runs(sent):
                a0, b0 = run[0].start, run[-1].end
                if any(s.start <= a0 and s.end >= b0 for s in self.index.in_range(a0, b0)):
                    continue  # the whole run is a known actor
                if self.text[a0:b0] in self.cues.outlets and self.free(a0, b0):
                    # "told <outlet>": a news outlet (news-outlet), an organisation, no person
                    self.add(a0, b0, self.new_actor("Organization", self.text[a0:b0]).key, self.text[a0:b0])
                    continue
                # split title prefix from name: the name is the trailing non-title, non-state words
                k = len(run)
                while k > 0:
                    t = run[k - 1]
                    if k < len(run) and self._surname_homograph(t):
                        k -= 1  # "noted He Weiwen": a surname, not the pronoun
                        break
                    if (
                        self._is_title_word(t.text)
                        or self._is_state_word(t)
                        or t.text.lower() in _STOP
                        or not self.free(t.start, t.end)
                        or t.text in self.cues.courtesy
                        or not t.text[:1].isalpha()
                        or "." in t.text
                    ):
                        break
                    k -= 1
                name_toks = run[k:]
                prefix = run[:k]
                if not (2 <= len(name_toks) <= 4):
                    continue
                if any(t.text in self.cues.org_tail or t.text in ("of", "for", "on", "and", "&") for t in name_toks):
                    continue
                a, b = name_toks[0].start, name_toks[-1].end
                if not self.free(a, b):
                    continue
                # a title or a courtesy title right before: "Vice Premier X", "Dr Mara Quill"
                titled = bool(prefix) and (
                    any(self._head_word(t.text) for t in prefix[-2:]) or prefix[-1].text in self.cues.courtesy
                )
                if not titled and prefix:
                    # "Secretary of State Jane Doe", "Minister of Foreign Affairs Li Wei"
                    om = re.search(
                        r"([\w-]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}$", self.text[max(0, a - 60) : a]
                    )
                    titled = bool(om and om.group(1).lower() in self.cues.title_heads)
                if not titled and not prefix:
                    # "US Trade Representative (USTR) Ann Poe": the office's acronym between
                    am = re.search(r"([A-Z][\w-]*)\s*\([A-Z]{2,8}\)\s*$", self.text[max(0, a - 60) : a])
                    titled = bool(am and self._head_word(am.group(1)))
                if titled and _title_case(sent.text):
                    titled = False  # "US President Signs Memo on …": a headline capitalises its verbs too
                evidence = (
                    titled
                    or self._person_context(sent, a, b, speech)
                    or self._named_then_quoted(sent, a, b, speech)
                    or self._speaker_label(a, b)
                )
                if not evidence:
                    continue
                name = self.text[a:b]
                m = self.new_actor("Person", name)
                self.add(a, b, m.key, self.doc.text[a:b])
        self.coordinated_persons()

    def _speaker_label(self, a: int, b: int) -> bool:
        """A transcript's speaker label: the name opens a line, a colon follows it, and the same label
        opens another line of the document ("Jane Doe: Thank you for having me."); a heading that
        ends in a colon is seldom repeated."""
        if (a > 0 and self.text[a - 1] != "\n") or self.text[b : b + 1] != ":":
            return False
        label = "\n" + self.text[a : b + 1]
        return ("\n" + self.text).count(label) >= 2

    def _surname_homograph(self, tok: Tok) -> bool:
        """A surname spelt like a function word (He, An), capitalised inside its sentence or before
        the given name that the run goes on with (the caller checks that): the pronoun "he" is
        capitalised only where a sentence or a quotation opens."""
        return tok.text in self.cues.surname_homographs and self.free(tok.start, tok.end)

    def _opens_clause(self, pos: int) -> bool:
        """Whether ``pos`` opens a sentence, a line or a quotation (a capital there says nothing)."""
        before = self.text[max(0, pos - 3) : pos].rstrip(" ")
        return not before or before[-1] in ".!?:;\n\"\u201c\u2018'(\u2014-"

    def coordinated_persons(self) -> None:
        """Names listed after a person share its evidence ("Senators Jane Doe, John Roe and Mary
        Poe", "writers Jane Doe and John Roe"): each full name (two to four capitalised words, no
        title, state or organisation word) joined to a person by a comma or "and" is a person."""
        name = r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])"
        # a party and state tag after a name is passed over: "Jane Doe (R-Fla.) and John Roe"; so is the
        # state a lawmaker is of: "Jane Doe of Texas, John Roe of Ohio and …"
        link = re.compile(
            r"(?:\s+\([^()\n]{1,30}\)|\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=,|\s+and\s))?"
            r"(?:,\s+(?:and\s+)?|\s+and\s+)" + name
        )
        for sent in self.sentences:
            spans = self.index.in_range(sent.start, sent.end)
            for s in [x for x in spans if self.index.actors[x.key].type == "Person"]:
                end = s.end
                while (m := link.match(self.text, end, sent.end)) is not None:
                    a, b = m.start(1), m.end(1)
                    words = m.group(1).split()
                    known = next((x for x in self.index.in_range(a, b) if x.start == a and x.end == b), None)
                    if known is not None and self.index.actors[known.key].type == "Person":
                        self.listed_after[known] = self.listed_after.get(s, s)  # a known person in the list
                        end = b
                        continue
                    if not self.free(a, b) or re.match(r"\s+\(", self.text[b : b + 2]) or any(
                        self._is_title_word(w) or w.lower() in _STOP or w in self.cues.org_tail
                        or w in self.cues.courtesy or w in self.cues.demonyms
                        for w in words
                    ):
                        break
                    person = self.new_actor("Person", self.text[a:b])
                    self.add(a, b, person.key, self.doc.text[a:b])
                    self.listed_after[Span(a, b, person.key)] = s
                    end = b

    def coordinated_orgs(self) -> None:
        """Names listed with an organisation are organisations ("sanctions on Raytheon, Lockheed
        Martin and the National Endowment for Democracy", "Human Rights Watch and Freedom House"):
        a capitalised name of one to six words joined to an organisation's mention by a comma or
        "and", before or after it (the list goes on through other organisations), with no title,
        courtesy, state or demonym word in it, in a list that "and" closes (a comma alone is an
        apposition or a place: Huawei, Shenzhen)."""
        known = per_lexicon(self.lex, "en-actor-terms", _actor_term_pattern)[1]
        for sent in self.sentences:
            spans = self.index.in_range(sent.start, sent.end)
            for s in [x for x in spans if self.index.actors[x.key].type == "Organization"]:
                fields = _FIELDS_AFTER.match(self.text, s.end, sent.end)
                if (
                    fields is not None
                    and _OF_FIELD.search(self.text, s.start, s.end)
                    and not self.index.in_range(s.end, fields.end())
                    and not any(w in self.cues.title_heads for w in self.text[s.end : fields.end()].lower().split())
                ):
                    # "Ministry of Economy, Trade and Industry": the fields of one body's name, no list
                    self._claim_org(s.start, fields.end(), self.text[s.start : fields.end()])
                    continue
                found: list[tuple[int, int]] = []
                closed = False  # an "and" link closes the list
                for step, pos in ((self._listed_after, s.end), (self._listed_before, s.start)):
                    while (hit := step(pos, sent)) is not None:
                        a, b, link, pos = hit
                        member = self._list_member(a, b)
                        if member is None:
                            break
                        closed = closed or "and" in link.split()
                        if member:
                            found.append((a, b))
                if not closed:
                    continue
                for a, b in found:
                    # "Lockheed Martin" where the lexicon knows "Lockheed": its actor, not a new one
                    words = self.text[a:b].split()
                    heads = (" ".join(words[:k]) for k in range(len(words) - 1, 0, -1))
                    aid = next((known[h] for h in heads if h in known), None)
                    if aid is not None and aid in self.lex.actors and self.lex.actors[aid].type == "Organization":
                        self.lexicon_actor(aid)
                        self.add(a, b, aid, self.text[a:b])
                    else:
                        self._claim_org(a, b, self.text[a:b])

    def _listed_after(self, pos: int, sent: Sentence) -> tuple[int, int, str, int] | None:
        """The list member linked after ``pos`` (", X", " and X"): its span, the link, where to go on."""
        m = _ORG_LINK.match(self.text, pos, sent.end)
        if m is None:
            return None
        a = m.start(1)
        return a, _name_end(self.text, a, m.end(1)), self.text[pos:a], m.end(1)

    def _listed_before(self, pos: int, sent: Sentence) -> tuple[int, int, str, int] | None:
        """The list member linked before ``pos`` ("X, ", "X and "): its span, the link, where to go on."""
        m = _ORG_BEFORE.search(self.text, max(sent.start, pos - 90), pos)
        if m is None:
            return None
        a, b = m.start(1), m.end(1)
        return a, b, self.text[b:pos], a

    def short_org_names(self) -> None:
        """An organisation named later by the first word of its full name ("Lockheed Martin" …
        "Lockheed told reporters") is the same organisation: the short name's mentions move to
        the full name's actor. Only names minted from the text (a lexicon actor keeps its own)."""
        orgs = {k: m for k, m in self.index.actors.items() if m.type == "Organization"}
        full: dict[str, str] = {}
        for k, m in sorted(orgs.items()):
            for n in m.names:
                words = n.split()
                if len(words) >= 2 and m.lexicon_id is None:
                    full.setdefault(words[0], k)
        for k, m in sorted(orgs.items()):
            if m.lexicon_id is not None or len(m.names) != 1 or " " in m.names[0]:
                continue
            target = full.get(m.names[0])
            if target is None or target == k:
                continue
            self._merge_into(k, target)

    def _merge_into(self, k: str, target: str) -> None:
        """Actor ``k``'s mentions and names become ``target``'s; ``k`` is gone."""
        m = self.index.actors.pop(k)
        for i, sp in enumerate(self.index.spans):
            if sp.key == k:
                self.index.spans[i] = Span(sp.start, sp.end, target)
        self.index.actors[target].names.extend(n for n in m.names if n not in self.index.actors[target].names)

    def names_without_suffix(self) -> None:
        """A firm named once with its corporate suffix ("Acme Holdings Corp.") and elsewhere
        without it ("Acme Holdings", which alone reads as a person's name) is one organisation:
        the bare name's mentions move to it. Minted names only, as in :meth:`short_org_names`."""
        base: dict[str, str] = {}
        for k, m in sorted(self.index.actors.items()):
            if m.type != "Organization":
                continue
            for n in m.names:
                words = n.split()
                if m.lexicon_id is None and len(words) >= 2 and words[-1] in _CORP_SUFFIX:
                    base.setdefault(" ".join(words[:-1]).rstrip(","), k)
        for k, m in sorted(self.index.actors.items()):
            target = base.get(m.names[0]) if m.lexicon_id is None and len(m.names) == 1 and not m.roles else None
            if target is None or target == k:
                continue
            self._merge_into(k, target)

    def _list_member(self, a: int, b: int) -> bool | None:
        """A member of an organisations' list at ``[a, b)``: True for a new name, False for an
        organisation already known (the list goes on through it), None for no member."""
        inside = self.index.in_range(a, b)
        if inside and inside[0].start == a and inside[-1].end == b and len(inside) == 1:
            return False if self.index.actors[inside[0].key].type == "Organization" else None
        return True if self._org_name_ok(a, b) else None

    def _org_name_ok(self, a: int, b: int) -> bool:
        name = self.text[a:b]
        known = per_lexicon(self.lex, "en-actor-terms", _actor_term_pattern)[1]
        if not self.free(a, b) or self.index.in_range(a, b) or name in known:
            return False  # (a name the lexicon knows, left untagged on purpose: China as a place)
        on = _NAME_GOES_ON.match(self.text, b)
        if on is not None and on.group(1) in self.cues.org_tail:
            return False  # "House Ways and Means Committee": the name goes on past "and"
        for w in name.split():
            if (
                self._head_word(w.lower())  # (not a title modifier: National Endowment for Democracy)
                or w in self.cues.courtesy
                or w in self.cues.demonyms
                or w in self.cues.time_names
                or (w.lower() in _STOP and w not in ("of", "for", "on", "and", "the"))
            ):
                return False
        return True

    def _named_then_quoted(self, sent: Sentence, a: int, b: int, speech: re.Pattern[str] | None) -> bool:
        """'Jane Doe has watched the talks for years. "...," she argues.': a sentence subject
        that the next sentence quotes as he/she is a person (why: columns introduce a speaker
        first and attribute the quote by pronoun only)."""
        if speech is None or self.text[sent.start : a].strip():
            return False
        if not re.match(
            r"\s+(?:has|had|is|was|have|says|said|thinks|believes|knows|spent|\w+ed)\b", self.text[b : b + 20]
        ):
            return False
        para = self.text.find("\n", b)
        nxt = self.text[sent.end : min(para if para >= 0 else len(self.text), sent.end + 400)]
        return bool(embed(r"[\"\u201d,]\s*(?:he|she)\s+(?:{P})", speech).search(nxt))

    def _person_context(self, sent: Sentence, a: int, b: int, speech: re.Pattern[str] | None) -> bool:
        after = self.text[b : min(sent.end, b + 80)]
        before = self.text[sent.start : a]
        if _LOCATIVE_BEFORE.search(before):
            return False  # "speaking in the Rose Garden, accused …", "in Kuala Lumpur, said …": a place
        if speech is not None:
            if embed(r"\s*,?\s*(?:{P})", speech).match(after):
                return True
            if embed(r"(?:{P})\s*$", speech).search(before):
                return True
        if re.match(r",\s+(?:who|whose|speaking|writing|testifying|addressing)\b", after):
            return True
        if re.match(r"\s+as\s+(?:saying|telling|writing)\b", after):
            return True  # "cited Jane Doe as saying": one quoted is a person
        body = re.match(r",\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][^,;]{2,60},", after)
        if speech is not None and body is not None and embed(r"\s*(?:{P})", speech).match(after, body.end()):
            return True  # "Wang Dong, from Peking University, warned …": the body set off is the speaker's
        if re.match(r"\s*\((?:R|D|I)-[A-Z][\w.]{1,12}\)", after):
            return True  # "Ted Cruz (R-Texas)": a lawmaker's party and state
        if self._apposition(sent, b) is not None:
            return True
        # lower-case title right before: "top trade negotiator Zhang Wei"
        words = re.findall(r"[A-Za-z-]+", before[-40:])
        return bool(words and self._head_word(words[-1]) and not words[-1][:1].isupper())

    def _apposition(self, sent: Sentence, b: int) -> list[tuple[str, bool, int, int]] | None:
        """Title phrases in an apposition after a name: (title text, former, start, end). A short
        parenthesis between them (a photo note, an age: "Jane Doe (pictured), US Commerce
        Secretary") is passed over."""
        seg_m = re.match(r"(?:\s*\([^()\n]{1,30}\))?,\s+([^,;:()\"“”]+)", self.text[b : sent.end])
        if not seg_m:
            return None
        seg_start = b + seg_m.start(1)
        seg = seg_m.group(1)
        out: list[tuple[str, bool, int, int]] = []
        # several titles: "the former X and a former Y", "a former X who is now a Y"
        parts = re.split(
            r"\s+(?=(?:and\s+(?:a|an|the)\s|who\s+(?:is\s+|was\s+)?(?:now\s+|also\s+)?(?:a|an|the)\s))",
            seg,
        )
        if parts and (lead := _TITLE_VERB_LEAD.match(parts[0])) is not None:
            # "X, who took over as Acme's chief executive in April,": the title the relative clause gives
            parts[0] = parts[0][lead.end() :]
            seg_start += lead.end()
        pos = seg_start
        for n, part in enumerate(parts):
            p_start = self.text.find(part, pos)
            pos = p_start + len(part)
            if n == 0 and re.match(r"(?:and|or|but)\s", part):
                break  # "X, and a Chinese team led by ...": a coordination, not an apposition
            m = re.match(
                r"(?:and\s+|who\s+(?:is\s+|was\s+)?(?:now\s+|also\s+)?)?(?:then\s+)?(?:(?:a|an|the|its|their|his|her)\s+)?",
                part,
            )  # ("then the chair of …": the title held at the time)
            body_start = p_start + (m.end() if m else 0)
            body = self.text[body_start : p_start + len(part)]
            # cut at verbs that end an apposition ("said", "told")
            cut = re.search(
                r"\s+(?:(?:said|says|told|tells|added|wrote|who|whose|which|that|knows|is|was|has|had)\b|in\s+(?=[A-Z]))",
                body,
            )
            if cut:
                body = body[: cut.start()]
            body = body.rstrip(" .!?")
            words = body.split()
            if len(words) > 12 and (aff := re.search(r"\s+(?:at|with)\s+", body)) is not None:
                # "director of the Critical Minerals Security Program at the Center for …": the
                # title ends where the place it is held at begins
                body = body[: aff.start()]
                words = body.split()
            if not words or len(words) > 12:
                continue
            former = words[0].lower() in self.cues.former
            low = [w.lower().strip(".") for w in words]
            heads = [
                i
                for i, w in enumerate(low)
                if self._bare_head(w) or (i + 1 < len(low) and f"{w} {low[i + 1]}" in self.cues.title_heads)
            ]
            if not heads:
                continue
            # words before the head must be title words ("senior", "deputy assistant U.S. trade"),
            # not a description ("a Chinese team led by ...")
            if not all(
                self._title_like(w) or (w in _NAME_JOINS and i + 1 < len(words) and words[i + 1][:1].isupper())
                for i, w in enumerate(words[: heads[0]])
            ) and not _FIELD_BEFORE_HEAD.fullmatch(" ".join(words[: heads[0]] + low[heads[0] + 1 : heads[0] + 2])):
                # (of, for, and inside a body's name: "the Ministry of Foreign Affairs spokesman"; "a
                # semiconductor analyst at …": one or two words of a field before the head, where it ends or
                # a body follows)
                continue
            out.append((body, former, body_start, body_start + len(body)))
        return out or None

    def _title_like(self, word: str) -> bool:
        w = word.strip(".,").lower()
        return (
            w in self.cues.title_heads
            or w in self.cues.title_mods
            or w in self.cues.former
            or word[:1].isupper()
            or "-" in w
            or w.endswith("'s")
        )

    def surname_pass(self) -> None:
        """Courtesy titles and bare surnames of people named in full elsewhere in the text."""
        persons = [m for m in self.index.actors.values() if m.type == "Person"]
        forms: dict[str, str] = {}
        for m in sorted(persons, key=lambda m: m.key):
            for n in [
                *m.names,
                *(self.lex.actors[m.lexicon_id].labels.values() if m.lexicon_id else []),
            ]:
                parts = n.split()
                if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
                    forms.setdefault(parts[-1], m.key)
        for m in sorted(persons, key=lambda m: m.key):
            for n in [
                *m.names,
                *(self.lex.actors[m.lexicon_id].labels.values() if m.lexicon_id else []),
            ]:
                parts = n.split()
                if len(parts) == 2 and all(p[:1].isupper() for p in parts):
                    forms.setdefault(parts[0], m.key)  # Chinese order: Zhang Wei -> Zhang
                elif len(parts) >= 3 and "-" in parts[-1] and all(p[:1].isupper() for p in parts):
                    # an English given name before a Chinese name: Vivian Lau Ka-yan -> Lau
                    forms.setdefault(parts[-2], m.key)
        courtesy = "|".join(re.escape(c) for c in sorted(self.cues.courtesy, key=lambda s: (-len(s), s)))
        text = self.text
        for mm in re.finditer(
            rf"(?<![^\W\d_])(?:({courtesy})\s+)?([^\W\d_][^\W\d_]*(?:['-][^\W\d_]+)*)(?![^\W\d_])",
            text,
        ):
            a, b = mm.start(2), mm.end(2)
            word = mm.group(2)
            # most words are lower case: reject them before the function call (same test)
            if not word[0].isupper() or not _name_word(word) or not self.free(a, b):
                continue
            if word.lower() in _STOP and (word not in self.cues.surname_homographs or self._opens_clause(a)):
                continue  # "But, He added": the surname; "He added" opening a sentence: the pronoun
            title = mm.group(1)
            key = forms.get(word)
            # the next word capitalised means this is part of a longer name, not a bare surname
            nxt = re.match(r"\s+([^\W\d_]+)", text[b : b + 30])
            if nxt and _name_word(nxt.group(1)) and not title:
                continue
            if key is None:
                if not title or title in ("Sen.", "Rep.", "Gov."):
                    continue
                # "Mr. Tan said": a person named only by courtesy title
                m = self.new_actor("Person", word)
                key = m.key
            surface = f"{title} {word}" if title else word
            a2 = mm.start(1) if title else a
            self.add(a2, b, key, self.doc.text[a2:b] if title else surface)
            if title and word not in self.index.actors[key].names:
                self.index.actors[key].names.append(word)

    def company_context_pass(self) -> None:
        """Bare company names marked by the sentence: 'X's chief executive', 'a spokesperson for X',
        'X, which makes ...', 'shares of X', 'X declined to comment' (why: wire copy names firms
        without any organisation word)."""
        name = r"([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})"
        group = (
            r"(?:companies|firms|contractors|manufacturers|makers|giants|enterprises)(?:,?\s+(?:including|such\s+as))?"
        )
        pats = [  # (lists first: their full names, before a short form elsewhere takes one)
            # 'defense companies Lockheed Martin and Raytheon': the first and the last of a named list
            # ('… military-industrial enterprises, including BAE Systems, ViaSat, and Data Link Solutions')
            rf"\b{group}\s+{name}(?=,\s|\s+and\s)",
            rf"\b{group}\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,2}}"
            rf"(?:,\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,2}})*,?\s+and\s+{name}(?![\w'])",
            rf"(?<![\w.]){name}'s\s+(?:chief\s+executive|chief\s+financial\s+officer|ceo|cfo|chairman|"
            rf"chairwoman|founder|shares|stock|spokesperson|spokesman|spokeswoman|board|factories|factory|"
            rf"plants?|suppliers?|customers?|revenue|sales|profits?)\b",
            rf"\b(?:spokesperson|spokesman|spokeswoman|representative)\s+for\s+{name}(?![\w'])",
            # 'A Lockheed spokesperson said': the firm the spokesperson speaks for
            rf"\b(?:[Aa]n?|[Tt]he)\s+{name}\s+(?:spokesperson|spokesman|spokeswoman)\b",
            rf"\b[Ss]hares\s+(?:of|in)\s+{name}(?![\w'])",
            rf"(?<![\w.]){name},\s+which\s+(?:makes|made|sells|sold|produces|produced|owns|supplies|supplied|"
            rf"builds|operates|employs)\b",
            rf"(?:^|(?<=[.!?]\s)|(?<=\n)){name}\s+(?:declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?"
            rf"respond|said\s+in\s+a\s+(?:statement|filing))",
        ]
        found: dict[str, int] = {}
        for pat in pats:
            for mm in re.finditer(pat, self.text):
                a, b = mm.start(1), mm.end(1)
                words = mm.group(1).split()
                if (
                    not self.free(a, b)
                    or any(w.lower() in _STOP for w in words)
                    or any(self._is_title_word(w) for w in words)
                    or words[0] in self.cues.courtesy
                    or words[0] in self.cues.demonyms
                    or self.in_quote(a)
                ):
                    continue
                # 'A Lockheed spokesperson' after 'Lockheed Martin': the first word of a firm named
                # before is that firm
                whole = next(
                    (
                        k
                        for k, m in sorted(self.index.actors.items())
                        if m.type == "Organization" and any(n.startswith(self.text[a:b] + " ") for n in m.names)
                    ),
                    None,
                )
                if whole is not None:
                    self.add(a, b, whole, self.text[a:b])
                    continue
                self._claim_org(a, b, self.text[a:b])
                found[self.text[a:b]] = a
        # the firm's other mentions ("Velmora said ...") are the same actor
        for nm in sorted(found):
            key = next((sp.key for sp in self.index.in_range(found[nm], found[nm] + len(nm))), None)
            if key is None:
                continue
            for mm in re.finditer(rf"(?<![\w]){re.escape(nm)}(?![\w])", self.text):
                if self.free(mm.start(), mm.end()):
                    self.add(mm.start(), mm.end(), key, nm)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_left(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def quoted_surname_pass(self) -> None:
        """'"…," Reyes wrote.': a lone capitalised name between a closing quote and a speech
        verb is a person even when the text never gives the full name."""
        speech = _alt(self.cues.speech)
        if speech is None:
            return
        found: dict[str, str] = {}
        # (a single closing mark right after the clause's punctuation closes a quote too: '…,' Doe said)
        for mm in embed(r"[,!?][\"\u201d'\u2019]\s+([^\W\d_][\w'-]*)\s+(?:{P})(?![^\W\d_])", speech).finditer(
            self.text
        ):
            a, b = mm.start(1), mm.end(1)
            word = mm.group(1)
            if (
                not _name_word(word)
                or word.lower() in _STOP
                or not self.free(a, b)
                or word in self.cues.courtesy
                or word in self.cues.demonyms
                or word in self.cues.capitals
                or self._is_title_word(word)
            ):
                continue
            m = self.new_actor("Person", word)
            self.add(a, b, m.key, self.doc.text[a:b])
            found[word] = m.key
        for word, key in sorted(found.items()):
            # the same lone name elsewhere ("Wang told Sullivan the US should …") is that person,
            # unless a capitalised word after it makes it part of a longer name
            for mm in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![\w'-])", self.text):
                a, b = mm.start(), mm.end()
                nxt = re.match(r"\s+([^\W\d_]+)", self.text[b : b + 30])
                if self.free(a, b) and not (nxt and _name_word(nxt.group(1))):
                    self.add(a, b, key, word)

    def generic_pass(self) -> None:
        """'U.S. officials', 'Chinese negotiators': the state speaks through them."""
        for aid, pat in per_lexicon(self.lex, "en-people", _people_patterns):
            for m in pat.finditer(self.text):
                a, b = m.start("people"), m.end("people")
                if self.free(a, b):
                    self.lexicon_actor(aid)
                    self.add(a, b, aid, None, generic=True)
        for dem, aid, pat in per_lexicon(self.lex, "en-generic", _generic_patterns):
            if dem not in self.text:
                continue  # the pattern starts with the demonym itself: no scan needed
            for m in pat.finditer(self.text):
                a, b = m.start(), m.end()
                inside = self.index.in_range(a, b)
                if inside:
                    if all(s.key == aid for s in inside):
                        for s in inside:
                            self._drop_span(s)
                    else:
                        continue
                if self.free(a, b):
                    self.lexicon_actor(aid)
                    self.add(a, b, aid, None, generic=True)

    # -- roles ------------------------------------------------------------------------------
    def role_pass(self) -> None:
        for span in list(self.index.spans):
            m = self.index.actors.get(span.key)
            if m is None or m.type != "Person" or span in self.generic:
                continue
            sent = self._sentence_at(span.start)
            if sent is None:
                continue
            # a name listed after another shares the title written before the list
            first = self.listed_after.get(span, span)
            roles = self._roles_before(sent, first) + self._roles_after(sent, span) + self._role_by_verb(sent, span)
            for role in roles:
                self._add_role(m, role)

    def _role_by_verb(self, sent: Sentence, span: Span) -> list[RoleMention]:
        """'John Roe, the Republican who chairs the House select committee on China': a relative clause
        whose verb names an office (``en-role-verb``: chairs, heads) over the body right after it; the
        title is the verb's noun (chair, head)."""
        w = _WORKS_AS.match(self.text, span.end, min(sent.end, span.end + 120))
        if w is not None:
            # "Jane Doe works as senior adviser for North East Asia at the Harbour Policy Group": the
            # title runs to the "at/for/with" a body's name follows
            for p in _AT_BODY.finditer(self.text, w.start("title"), min(sent.end, w.start("title") + 90)):
                body = next((x for x in self.index.in_range(p.end(), sent.end) if x.start == p.end()), None)
                if body is not None and self.index.actors[body.key].type == "Organization":
                    title = self.text[w.start("title") : p.start()]
                    return [RoleMention(title=title, of=body.key, former=False, lang="en")]
        m = _ROLE_VERB_AFTER.match(self.text, span.end, sent.end)
        if m is not None and m.group(1).lower() in self.cues.work_verbs:
            # "Jane Doe, who directs the economic security program at Halyard": the work the clause
            # names is the title, held at the body after "at"
            at = _WORK_AT.match(self.text, m.start(1), min(sent.end, m.start(1) + 90))
            body = next(iter(self.index.in_range(at.end(), sent.end)), None) if at is not None else None
            if at is None or body is None or body.start != at.end():
                return []
            if self.index.actors[body.key].type != "Organization":
                return []
            return [RoleMention(title=self.text[m.start(1) : at.start("at")], of=body.key, former=False, lang="en")]
        if m is None or m.group(1).lower() not in self.cues.role_verbs:
            return []
        body = next(iter(self.index.in_range(m.end(), min(sent.end, m.end() + 80))), None)
        if body is None or body.start != m.end() or self.index.actors[body.key].type != "Organization":
            return []
        return [RoleMention(title=m.group(1).lower()[:-1], of=body.key, former=False, lang="en")]

    def title_anaphor_pass(self) -> None:
        """'The Treasury secretary also called for …', '"…," the spokeswoman said': a definite
        title with no name after it is the nearest person named before whose title ends in that
        head word and holds its other words, so every claim rule sees that person there."""
        one = [h for h in self.cues.title_heads if " " not in h]
        heads = _alt(tuple(one + [h.capitalize() for h in one]))
        if heads is None:
            return
        for m in embed(r"\b[Tt]he\s+((?:[\w.'’-]+\s+){0,2}?)({P})\b", heads).finditer(self.text):
            head = m.group(2).lower()
            a, b = m.start(), m.end()
            after = self.text[b : b + 40]
            if re.match(r"(?:'s?|’s?)?\s+(?:of\b|[A-Z])|s\b|-", after) or not self.free(a, b):
                continue  # the secretary of state, the President Joe Biden, plural or hyphenated: no anaphor
            words = m.group(1).split()
            state = next((self.cues.demonyms[w] for w in words if w in self.cues.demonyms), None)
            mods = [w.lower() for w in words if w.lower() not in self.cues.former and w not in self.cues.demonyms]
            key = self._titled_before(a, head, mods, state)
            if key is not None:
                self.add(a, b, key, None)

    def _titled_before(self, pos: int, head: str, mods: list[str], state: str | None) -> str | None:
        """The nearest person named before ``pos`` whose title ends in ``head`` and holds every
        word of ``mods`` (and belongs to ``state`` when a demonym was given)."""
        spans = self.index.spans
        i = bisect.bisect_right(spans, pos, key=lambda x: x.start)
        seen: set[str] = set()
        while i > 0:
            i -= 1
            sp = spans[i]
            m = self.index.actors.get(sp.key)
            if sp.end > pos or m is None or m.type != "Person" or sp in self.generic or sp.key in seen:
                continue
            seen.add(sp.key)
            for r in m.roles:
                words = re.sub(r"[^\w\s]+", " ", r.title.lower()).split()
                if not words or words[-1] != head or any(w not in words for w in mods):
                    continue
                if state is not None and r.of is not None and r.of != state:
                    continue
                return sp.key
        return None

    def _sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def _add_role(self, m: ActorMention, role: RoleMention) -> None:
        norm = re.sub(r"\W+", " ", role.title.lower()).strip()
        for r in m.roles:
            if re.sub(r"\W+", " ", r.title.lower()).strip() == norm:
                if r.of is None and role.of is not None:
                    r.of = role.of
                return
        m.roles.append(role)

    def _roles_before(self, sent: Sentence, span: Span) -> list[RoleMention]:
        toks = tokens(self.text, max(sent.start, span.start - 200), span.start)
        # "Huawei's chief financial officer, Meng Wanzhou"
        comma = bool(toks) and toks[-1].text == ","
        if comma:
            toks = toks[:-1]
        if len(toks) >= 3 and toks[-1].text == ")" and toks[-3].text == "(" and toks[-2].text.isupper():
            toks = toks[:-3]  # "US Trade Representative (USTR) Robert Lighthizer": the acronym of the office
        title: list[Tok] = []
        i = len(toks) - 1
        complement = comma and self._lower_complement(toks)
        if complement:
            # "the Dutch minister for foreign trade and development, Jane Doe": the field of the
            # office in lower case after its "for" / "of", set off by the comma
            title = toks[complement:]
            i = complement - 1
        while i >= 0:
            t = toks[i]
            low = t.text.lower()
            if (
                t.text in ("of", "for")
                and title
                and i > 0
                and self._head_of(toks[i - 1].text)
                and (title[0].cap or (len(title) == 1 and title[0].text in self.cues.title_mods) or i + 1 == complement)
            ):  # (lower case as some papers write it: "secretary of state Jane Doe")
                title.insert(0, t)  # "Secretary of State", "Secretary for Security", "Vice-Minister of Commerce"
                i -= 1
                continue
            if title and f"{low} {title[0].text.lower()}" in self.cues.title_heads:
                title.insert(0, t)  # "the prime minister, Jane Doe": a head of two words
                i -= 1
                continue
            if (
                self._head_word(low)
                or low in self.cues.title_mods
                or low in self.cues.former
                or ("-" in low and self._is_title_word(t.text))
            ):
                if self._is_state_word(t) and title:
                    break
                ends = self._actor_ending_at(t.end) if title else None
                if ends is not None and " of " in self.text[ends.start : t.start]:
                    break  # "Ministry of Commerce spokesman": the body's last word is no title word
                title.insert(0, t)
                i -= 1
                continue
            if (
                t.cap
                and title
                and t.text.lower() not in _STOP
                and self.free(t.start, t.end)
                and not self._is_state_word(t)
            ):
                # capitalised title words such as "Treasury" in "Treasury Secretary"
                if i > 0 and toks[i - 1].text in (",", "and"):
                    break
                title.insert(0, t)
                i -= 1
                continue
            break
        # the title ends in a head word right before the name
        of_title = any(
            t.text in ("of", "for") and k > 0 and self._head_of(title[k - 1].text) for k, t in enumerate(title)
        )
        while title and not of_title and not self._head_word(title[-1].text):
            title.pop()
        if not title or title[-1].end < (toks[-1].end if toks else 0):
            return []
        former = any(t.text.lower() in self.cues.former for t in title)
        words = [t for t in title if t.text.lower() not in self.cues.former]
        # state / demonym words at the start give the owner ("U.S. Trade Representative")
        of: str | None = None
        while words and self._is_state_word(words[0]):
            of = self._state_key(words[0])
            words = words[1:]
        if not words:
            return []
        j = i
        if of is None and j >= 1 and toks[j].text == "'s":
            owner = self._actor_ending_at(toks[j - 1].end)
            if owner is not None:
                of = self._owner_key(owner)
        elif of is None and j >= 0:
            st = self._is_state_word(toks[j])
            if st:
                of = self._state_key(toks[j])
                # "Former U.S. trade negotiator X": the state word split the title from "former"
                former = former or (j >= 1 and toks[j - 1].text.lower() in self.cues.former)
            else:
                # "Acmetel founder Jane Roe", "the agency's economic adviser X": the body named first
                owner = self._actor_ending_at(toks[j].end)
                if owner is not None and self.index.actors[owner.key].type in ("Organization", "State"):
                    of = self._owner_key(owner)
        if of is None:
            of = self._definite_owner(" ".join(t.text for t in words), span.start)
        if comma and of is None and not self._closed_apposition(toks, i, span):
            return []
        text = self.doc.text[words[0].start : words[-1].end]
        return [RoleMention(title=text, of=of, former=former, lang="en")]

    def _lower_complement(self, toks: list[Tok]) -> int:
        """Where the lower-case complement of an office ends the tokens before a comma ("minister for
        foreign trade and development,"): the index of its first word (after "for" / "of" and a head
        word), else 0. At most five words, all lower-case words or "and"."""
        for k in range(len(toks) - 1, max(0, len(toks) - 7), -1):
            if toks[k].text in ("of", "for") and k > 0 and self._head_of(toks[k - 1].text):
                rest = toks[k + 1 :]
                if rest and all(x.text.isalpha() and x.text.islower() for x in rest):
                    return k + 1
                return 0
        return 0

    def _closed_apposition(self, toks: list[Tok], i: int, span: Span) -> bool:
        """'his treasury secretary, Jane Doe, said': a determined title, then the name set off.

        Why: without an owner a title before a comma could end a clause ("after meeting the
        president, Doe flew home"); a determiner before the title and a comma or speech verb
        after the name make it an apposition.
        """
        if i < 0 or (toks[i].text.lower() not in _DETERMINERS and toks[i].text != "'s"):
            return False
        after = self.text[span.end : span.end + 40]
        return bool(re.match(r"\s*(?:,|\.|;|\)|$)", after)) or bool(
            re.match(r"\s+(?:said|says|told|tells|added|argued|argues|noted|wrote|writes)\b", after)
        )

    def _state_key(self, tok: Tok) -> str | None:
        for s in self.index.in_range(tok.start, tok.end + 1):
            if self.index.actors[s.key].type == "State":
                return s.key
        aid = self.cues.demonyms.get(tok.text)
        if aid and aid in self.lex.actors:
            self.lexicon_actor(aid)
            if not any(s.key == aid for s in self.index.spans):
                self.add(tok.start, tok.end, aid, None, generic=True)
            return aid
        return None

    def _actor_ending_at(self, pos: int) -> Span | None:
        s = self.index.last_before(pos)
        if s is not None and s.end == pos:
            return s
        return None

    def _owner_key(self, s: Span) -> str | None:
        m = self.index.actors[s.key]
        if m.type != "Person":
            return s.key
        return self._side_state(m.side)

    def _side_state(self, side: str) -> str | None:
        aid = {"US": "state/us", "China": "state/china"}.get(side)
        if aid and aid in self.index.actors:
            return aid
        return None

    def _roles_after(self, sent: Sentence, span: Span) -> list[RoleMention]:
        apps = self._apposition(sent, span.end)
        if not apps:
            return []
        m_person = self.index.actors[span.key]
        out = []
        for _body, former, a, b in apps:
            # "Vice President Mike Pence, Commerce Secretary Wilbur Ross, …": a title with another
            # person's name in it or right after it (an acronym in brackets between) opens the next
            # member of a list, no apposition
            nxt = re.match(r"\s*(?:\([^()]{1,12}\)\s*)?", self.text[b : b + 20])
            after = b + (nxt.end() if nxt else 0)
            if any(
                self.index.actors[x.key].type == "Person" and x.key != span.key and x not in self.generic
                for x in self.index.in_range(a, min(sent.end, after + 40))
                if (x.start < b or x.start == after) and not re.match(r"['’]s?\s", self.text[x.end : x.end + 3])
            ):
                continue
            words_start = a
            if former:
                fm = re.match(r"\S+\s+", self.text[a:b])
                words_start = a + (fm.end() if fm else 0)
            of: str | None = None
            title_a, title_b = words_start, b
            inside = self.index.in_range(words_start, b)
            # "... at/of/with ORG": the owner follows the last such preposition that ends the phrase
            for s in reversed(inside):
                pre = self.text[words_start : s.start]
                pm = re.search(r"\s+(?:at|of|with|for)\s+(?:the\s+)?(?:\S+'s\s+)?(?:(?:[a-z-]+\s+){0,2})$", pre)
                tail = self.text[s.end : b].strip()
                if (
                    pm
                    and (not tail or re.match(r"^(?:in|,)", tail))
                    and self.index.actors[s.key].type in ("Organization", "State")
                ):
                    of = s.key
                    title_b = words_start + pm.start()
                    break
            if of is None:
                # "China's president", "President Xi Jinping's top economic adviser"
                pm = re.match(r"(.+?)'s\s+", self.text[words_start:b])
                first = self.index.in_range(words_start, b)
                if pm and first and first[0].start == words_start:
                    owner = self._actor_ending_at(words_start + pm.end(1))
                    if owner is not None:
                        of = self._owner_key(owner)
                        title_a = words_start + pm.end()
            if of is None:
                for s in inside:
                    if self.index.actors[s.key].type == "State":
                        of = s.key
                        if s.start == title_a:
                            title_a = s.end
                        break
            if of is None:
                mo = re.search(
                    r"\b(minister|secretary|ministry|department)\s+of\s+([a-z]+(?:\s+[a-z]+)?)",
                    self.text[title_a:title_b],
                )
                if mo:
                    of = self._ministry(mo.group(2), m_person.side)
            if of is None:
                of = self._definite_owner(self.text[title_a:title_b], span.start)
            title = self.doc.text[title_a:title_b].strip(" ,")
            title = re.sub(r"^(?:the|a|an)\s+", "", title)
            low = title.lower().split()
            if not low or not any(self._bare_head(w) for w in low):
                continue
            # an apposition that is a description, not a title ("a chip designed ...")
            if not self._is_title_word(low[0]) and len(low) > 6:
                continue
            out.append(RoleMention(title=title, of=of, former=former, lang="en"))
        return out

    def _definite_owner(self, title: str, pos: int) -> str | None:
        """'ministry spokesperson': the nearest organisation before (else after) with that word."""
        for w in re.findall(r"[a-z]+", title.lower()):
            if w.capitalize() not in self.cues.org_head or w in self.cues.title_heads:
                continue
            before = [s for s in self.index.spans if s.end <= pos]
            after = [s for s in self.index.spans if s.start > pos]
            for s in [*reversed(before), *after]:
                m = self.index.actors[s.key]
                if m.type != "Organization":
                    continue
                names = [n.lower() for n in m.names]
                if m.lexicon_id:
                    names += [t.key for t in self.lex.actors[m.lexicon_id].terms if t.lang == "en"]
                if any(w in n.split() for n in names):
                    return s.key
        return None

    def _ministry(self, subject: str, side: str) -> str | None:
        """'vice minister of commerce' -> that ministry of the person's side, if named."""
        for s in self.index.spans:
            m = self.index.actors[s.key]
            if m.type != "Organization" or (side != "Other" and m.side != side):
                continue
            names = [n.lower() for n in m.names]
            if m.lexicon_id:
                names += [t.key for t in self.lex.actors[m.lexicon_id].terms if t.lang == "en"]
            if any(subject in n and ("ministry" in n or "department" in n) for n in names):
                return s.key
        return None

    def _unowned_titles(self, m: ActorMention) -> list[str]:
        """The titles of a person whose side the text leaves open: no owner named, or an
        organisation of no known side, named with the title (Foreign Ministry spokesman); none at all when a title
        belongs to a state or known body of no side (a Japanese senator is no US senator)."""
        out = []
        for r in m.roles:
            of = self.index.actors.get(r.of) if r.of else None
            if of is not None and (of.type == "State" or of.lexicon_id):
                return []
            out.append(f"{of.names[0]} {r.title}" if of is not None and of.names else r.title)
        return out

    def _side_of_titles(self, titles: list[str]) -> str | None:
        """The side a title names by itself (Sen. …, Defense Secretary …, Vice Foreign Minister …):
        the side of the actor of the ``en-title-side:<actor>`` cue set one of ``titles`` is, or
        ends with as its last words."""
        for title in titles:
            key = " ".join(title.casefold().split())
            for words, side in self.cues.title_sides:
                if key == words or key.endswith(" " + words):
                    return side
        return None

    def side_pass(self) -> None:
        for m in self.index.actors.values():
            if m.lexicon_id:
                continue
            sides = []
            for r in m.roles:
                if r.of and r.of in self.index.actors:
                    sides.append(self.index.actors[r.of].side)
            if "US" in sides:
                m.side = "US"
            elif "China" in sides:
                m.side = "China"
            elif m.type == "Person":
                m.side = self._side_of_titles(self._unowned_titles(m)) or m.side
            if m.type == "Organization" and m.side == "Other":
                first = m.names[0] if m.names else ""
                for dem, aid in self.cues.demonyms.items():
                    if (
                        first.startswith(dem + " ")
                        and aid in self.lex.actors
                        and re.search(
                            r"\b(?:Ministry|Department|Commission|Administration|Bureau|Agency|Office|Council|Court)\b",
                            first,
                        )
                    ):
                        m.side = self.lex.actors[aid].side


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quotation spans (open, after close) for “…” and straight quotes paired per line."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"\u201c([^\u201d\n]*)(?:\u201d|(?=\n)|$)", text):
        # a paragraph quote left open continues in the next paragraph: it ends with its line
        out.append((m.start(), m.end() if text[m.end() - 1 : m.end()] == "\u201d" else m.end() + 1))
    for line in re.finditer(r"[^\n]+", text):
        idx = [i for i in range(line.start(), line.end()) if text[i] == '"']
        for k in range(0, len(idx) - 1, 2):
            out.append((idx[k], idx[k + 1] + 1))
        if len(idx) % 2 == 1 and re.match(r"\S", text[idx[-1] + 1 : idx[-1] + 2]):
            out.append((idx[-1], line.end() + 1))
    # single marks as some outlets quote speech ('The Middle East has oil,' Deng said): an
    # opening mark before a capital after a space or colon, a closing one after the clause's
    # punctuation; never inside a double-quoted span (those are quotes within a quote)
    for m in _SINGLE_QUOTE.finditer(text):
        if not any(a <= m.start() < b for a, b in out):
            out.append((m.start(), m.end()))
    return sorted(out)


# inside, an apostrophe closes nothing unless the clause's punctuation stands before it
# (America's, the United States' image)
_SINGLE_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s:(\u2014]))'(?=[A-Z])(?:[^'\n]|(?<![.,!?])')*?[.,!?]'(?=[\s)]|$)", re.M)


def find_actors(doc: Document, lex: Lexicon) -> EnActors:
    """Every actor of an English document, every span that mentions it, and their roles."""
    return _Finder(doc, lex).run()
