"""Resolution: per-document actors and claims -> one set of corpus-wide nodes with stable IRIs.

Actors merge when they share a lexicon id, or (same type) a normalised name or
Latin name: 特朗普 = 川普 = Donald Trump through the lexicon; an analyst the
lexicon has never seen merges across documents by name, across scripts
(林漢昇/林汉昇) through the Simplified matching key. Resolution is
incremental (:class:`Resolver` takes one document at a time) so a corpus is
never held in memory as text, only as the growing graph.

IRIs are derived from content, never from order of arrival alone: lexicon ids
for known actors and issues, a slug of the Latin name (else pinyin of the
Chinese name) for others; claims and roles hash their defining fields.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.dates import claim_date
from kg.lexicon import Lexicon
from kg.model import ActorMention, ClaimMention, DocExtraction, Document
from kg.namespaces import CMID
from kg.textnorm import has_cjk, to_simplified
from kg.textnorm import normalize_name as _normalize_name
from kg.things import is_sentence_phrase, is_thing

# the same few thousand names come back in every document: their matching keys are
# remembered for the process (OpenCC conversion was a third of resolution's time)
normalize_name = lru_cache(maxsize=1 << 16)(_normalize_name)

_TYPE_PATH = {"Person": "person", "Organization": "org", "State": "state"}
_RELATION = {"Leverage": "leverage", "Demand": "demands", "Threat": "threatens", "Statement": "said"}


def _digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def slugify(text: str) -> str:
    """An ASCII IRI path segment for a name: Latin as is, Chinese through pinyin."""
    if has_cjk(text):
        from pypinyin import lazy_pinyin

        text = " ".join(lazy_pinyin(to_simplified(text)))
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:60].strip("-") or _digest(text, n=10)


@dataclass
class ResolvedActor:
    """One real-world actor across all documents."""

    iri: str
    type: str
    side: str
    names: dict[str, Counter[str]] = field(default_factory=dict)  # lang -> surface form counts
    latin: Counter[str] = field(default_factory=Counter)
    lexicon_id: str | None = None
    wikidata: str | None = None
    lexicon_labels: dict[str, str] = field(default_factory=dict)
    sides: Counter[str] = field(default_factory=Counter)

    def labels(self) -> dict[str, str]:
        """The preferred label per language: lexicon label, else the fullest form seen."""
        out = dict(self.lexicon_labels) if self.lexicon_id else {}
        for lang, forms in self.names.items():
            if lang not in out and forms:
                out[lang] = max(forms, key=lambda s: (len(s), forms[s], s))
        if "en" not in out and self.latin:
            out["en"] = max(self.latin, key=lambda s: (len(s), self.latin[s], s))
        return out

    def alt_labels(self) -> list[tuple[str, str]]:
        """Every other surface form seen, with its language."""
        pref = self.labels()
        alts = {(s, lang) for lang, forms in self.names.items() for s in forms}
        alts |= {(s, "en") for s in self.latin}
        return sorted(a for a in alts if pref.get(a[1]) != a[0])


@dataclass
class ResolvedIssue:
    """A bargaining issue: a lexicon concept or one minted from an extracted phrase."""

    iri: str
    labels: dict[str, str]
    alt_labels: list[tuple[str, str]]
    in_lexicon: bool


@dataclass
class ResolvedRole:
    """A title a person holds, with the organisation or state it belongs to."""

    iri: str
    person: str
    title: str
    lang: str
    of: str | None
    former: bool
    document: str


@dataclass
class ResolvedClaim:
    """A claim with its evidence, pointing at resolved actors, issue and document."""

    iri: str
    kind: str
    actor: str
    target: str | None
    issue: str | None
    phrase: str
    quote: str
    evidence: str
    start: int
    end: int
    document: str
    lang: str
    date: str | None = None

    @property
    def relation(self) -> str:
        """The edge label of this claim in the graph."""
        return _RELATION[self.kind]


@dataclass
class Resolved:
    """The whole corpus after resolution: what :mod:`kg.graph` turns into a graph."""

    actors: dict[str, ResolvedActor]
    issues: dict[str, ResolvedIssue]
    roles: list[ResolvedRole]
    claims: list[ResolvedClaim]
    documents: dict[str, Document]


def doc_iri(doc: Document) -> str:
    """The IRI of a document (its id is already IRI-safe, see kg.ingest)."""
    return f"{CMID}doc/{doc.id}"


class Resolver:
    """Merges document extractions one at a time into corpus-wide nodes."""

    def __init__(self, lex: Lexicon, slugs: dict[str, str] | None = None) -> None:
        """``slugs``: :func:`slugify` results known from an earlier build (name -> slug), to look up first."""
        self.lex = lex
        self._known_slugs = slugs or {}
        self.slugs: dict[str, str] = {}  # the slugs this resolution used (for the next build to look up)
        self._parent: dict[int, int] = {}
        self._clusters: dict[int, ResolvedActor] = {}
        self._keys: dict[tuple[str, str], int] = {}  # (type, name key) -> cluster
        self._keys_of: dict[tuple[object, ...], list[tuple[str, str]]] = {}  # see _name_keys
        self._next = 0
        self._roles: list[tuple[int, str, str, int | None, bool, str]] = []
        self._claims: list[tuple[ClaimMention, int, int | None, str]] = []
        self.documents: dict[str, Document] = {}

    # -- union-find over actor clusters -------------------------------------------------
    def _find(self, c: int) -> int:
        while self._parent[c] != c:
            self._parent[c] = self._parent[self._parent[c]]
            c = self._parent[c]
        return c

    def _union(self, a: int, b: int) -> int:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return ra
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self._parent[gone] = keep
        x, y = self._clusters[keep], self._clusters.pop(gone)
        for lang, forms in y.names.items():
            x.names.setdefault(lang, Counter()).update(forms)
        x.latin.update(y.latin)
        x.sides.update(y.sides)
        if x.lexicon_id is None and y.lexicon_id is not None:
            x.lexicon_id, x.iri, x.wikidata = y.lexicon_id, y.iri, y.wikidata
            x.lexicon_labels, x.type, x.side = y.lexicon_labels, y.type, y.side
        return keep

    def _name_keys(self, m: ActorMention) -> list[tuple[str, str]]:
        """The matching keys of a mention (the same few thousand name sets recur: remembered)."""
        memo = (m.type, tuple(m.names), m.latin, m.lexicon_id)
        found = self._keys_of.get(memo)
        if found is None:
            keys = {(m.type, normalize_name(n)) for n in m.names if n.strip()}
            if m.latin:
                keys.add((m.type, normalize_name(m.latin)))
            if m.lexicon_id:
                keys.add(("lexicon", m.lexicon_id))
            found = self._keys_of[memo] = sorted(k for k in keys if k[1])
        return found

    def _cluster_for(self, m: ActorMention, lang: str) -> int:
        keys = self._name_keys(m)
        found = sorted({self._find(self._keys[k]) for k in keys if k in self._keys})
        # two different known actors never merge, even when they share a surface form
        lex_id = m.lexicon_id
        compatible = []
        for f in found:
            other = self._clusters[f].lexicon_id
            if lex_id is None or other is None or other == lex_id:
                if other is not None:
                    lex_id = other
                compatible.append(f)
        found = compatible
        if found:
            c = found[0]
            for more in found[1:]:
                c = self._union(c, more)
        else:
            c = self._next
            self._next += 1
            self._parent[c] = c
            self._clusters[c] = ResolvedActor(iri="", type=m.type, side=m.side)
        actor = self._clusters[c]
        if m.lexicon_id and actor.lexicon_id is None:
            entry = self.lex.actors.get(m.lexicon_id)
            actor.lexicon_id = m.lexicon_id
            actor.iri = f"{CMID}{m.lexicon_id}"
            if entry is not None:
                actor.type, actor.side, actor.wikidata = entry.type, entry.side, entry.wikidata
                actor.lexicon_labels = dict(entry.labels)
        for n in m.names:
            if n.strip():
                actor.names.setdefault(m.lang or lang, Counter())[n] += 1
        if m.latin:
            actor.latin[m.latin] += 1
        actor.sides[m.side] += 1
        for k in keys:
            self._keys[k] = c
        return c

    # -- public -------------------------------------------------------------------------
    def add(self, ex: DocExtraction) -> None:
        """Merge one document's extraction."""
        doc = ex.doc
        d_iri = doc_iri(doc)
        # metadata only: a corpus's text must not accumulate here (see kg.parallel)
        self.documents[d_iri] = replace(doc, text="", sentences=[])
        local: dict[str, int] = {}
        for key in sorted(ex.actors):
            local[key] = self._cluster_for(ex.actors[key], doc.lang)
        for key in sorted(ex.actors):
            for r in ex.actors[key].roles:
                of = local.get(r.of) if r.of else None
                self._roles.append((local[key], r.title, r.lang or doc.lang, of, r.former, d_iri))
        for c in ex.claims:
            if c.actor not in local:
                continue
            if c.date is None:
                c = replace(c, date=claim_date(c.sentence.text, doc.date))
            self._claims.append((c, local[c.actor], local.get(c.target) if c.target else None, d_iri))

    def result(self) -> Resolved:
        """Assign IRIs and return the resolved corpus."""
        used: dict[str, int] = {}
        iri_of: dict[int, str] = {}
        lexicon_iris = {f"{CMID}{lid}" for lid in self.lex.actors}
        for c in sorted(self._clusters):
            a = self._clusters[c]
            if not a.lexicon_id:
                a.side = _vote_side(a.sides)
                name = (
                    max(a.latin, key=lambda s: (len(s), a.latin[s], s))
                    if a.latin
                    else max(
                        (s for forms in a.names.values() for s in forms),
                        key=lambda s: (len(s), s),
                        default="unnamed",
                    )
                )
                base = f"{CMID}{_TYPE_PATH.get(a.type, 'org')}/{self._slug(name)}"
                iri = base
                if iri in used or iri in lexicon_iris:
                    iri = f"{base}-{_digest(normalize_name(name), n=6)}"
                a.iri = iri
            used[a.iri] = c
            iri_of[c] = a.iri
        actors = {a.iri: a for a in self._clusters.values()}

        def actor_iri(c: int | None) -> str | None:
            return None if c is None else iri_of[self._find(c)]

        roles: dict[str, ResolvedRole] = {}
        for person_c, title, lang, of_c, former, d_iri in self._roles:
            person = actor_iri(person_c)
            assert person is not None
            of = actor_iri(of_c)
            if of is None:
                side = actors[person].side
                of = f"{CMID}state/us" if side == "US" else f"{CMID}state/china" if side == "China" else None
                if of is not None and of not in actors:
                    of = None
            iri = f"{CMID}role/{_digest(person, normalize_name(title), of or '', str(former))}"
            roles.setdefault(iri, ResolvedRole(iri, person, title, lang, of, former, d_iri))

        issues: dict[str, ResolvedIssue] = {}
        claims: dict[str, ResolvedClaim] = {}
        for cm, actor_c, target_c, d_iri in self._claims:
            actor = actor_iri(actor_c)
            assert actor is not None
            target = actor_iri(target_c)
            issue = self._issue_for(cm, issues)
            key = cm.quote if cm.kind == "Statement" else (issue or cm.phrase)
            iri = f"{CMID}claim/{_digest(d_iri, cm.kind, actor, key or '', str(cm.sentence.start))}"
            if iri in claims and not (is_sentence_phrase(claims[iri].phrase) and not is_sentence_phrase(cm.phrase)):
                # one claim per issue of a holder in a sentence: its phrase the one that names a thing
                # ("stop arming Taiwan", not "stop abetting … forces in their attempt to …")
                continue
            claims[iri] = ResolvedClaim(
                iri=iri,
                kind=cm.kind,
                actor=actor,
                target=target if target != actor else None,
                issue=issue,
                phrase=cm.phrase,
                quote=cm.quote or "",
                evidence=cm.sentence.text,
                start=cm.sentence.start,
                end=cm.sentence.end,
                document=d_iri,
                lang=cm.lang,
                date=cm.date,
            )
        return Resolved(
            actors=dict(sorted(actors.items())),
            issues=dict(sorted(issues.items())),
            roles=sorted(roles.values(), key=lambda r: r.iri),
            claims=sorted(claims.values(), key=lambda c: c.iri),
            documents=dict(sorted(self.documents.items())),
        )

    def _slug(self, text: str) -> str:
        """:func:`slugify`, taken from an earlier build's results where it has one.

        Why: pinyin for thousands of names took 0.4 s of every incremental build,
        for names whose slug was the same last time.
        """
        found = self.slugs.get(text)
        if found is None:
            found = self._known_slugs.get(text)
            if found is None:
                found = slugify(text)
            self.slugs[text] = found
        return found

    def _issue_for(self, c: ClaimMention, issues: dict[str, ResolvedIssue]) -> str | None:
        if c.issue and c.issue in self.lex.issues:
            entry = self.lex.issues[c.issue]
            iri = f"{CMID}issue/{entry.id}"
            if iri not in issues:
                pref = entry.labels
                alts = sorted({(t.text, t.lang) for t in entry.terms if pref.get(t.lang) != t.text})
                issues[iri] = ResolvedIssue(iri, dict(pref), alts, True)
            return iri
        if c.kind == "Statement" or not is_thing(c.phrase, self.lex):
            return None  # a clause, pronoun or quote is no issue: the claim keeps its phrase only
        phrase = c.phrase.strip()
        iri = f"{CMID}issue/new-{self._slug(phrase)}-{_digest(normalize_name(phrase), n=6)}"
        if iri not in issues:
            issues[iri] = ResolvedIssue(iri, {c.lang: phrase}, [], False)
        return iri


def _vote_side(sides: Counter[str]) -> str:
    """The side most mentions agree on; a definite side beats Other on a tie."""
    if not sides:
        return "Other"
    return max(sides, key=lambda s: (sides[s], s != "Other", s))


def resolve(extractions: list[DocExtraction], lex: Lexicon) -> Resolved:
    """Resolve a list of extractions at once (see :class:`Resolver` for streaming)."""
    r = Resolver(lex)
    for ex in extractions:
        r.add(ex)
    return r.result()
