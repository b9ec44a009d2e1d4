"""The domain lexicon: issues, known actors, titles and cue words, read from ``ontology/``.

All domain knowledge is data (Turtle files in ``ontology/``); this module only
reads it into plain Python structures the extractors can search quickly.
Chinese terms are stored in whichever script the data author wrote; the
loader adds the other script, so an extractor matching on the Simplified copy
of a text (see :mod:`kg.textnorm`) finds Traditional and Simplified alike.

Vocabulary of the lexicon files (namespaces in :mod:`kg.namespaces`):

* issues (``issues.ttl``): ``skos:Concept``/``cm:Issue`` with ``skos:prefLabel``
  per language and ``skos:altLabel`` variants, optional ``skos:broader``.
* actors (``actors.ttl``): ``cm:Person``/``cm:Organization``/``cm:State`` with
  ``rdfs:label`` per language, ``skos:altLabel`` aliases, ``cm:side`` and, where
  certain, ``owl:sameAs`` a Wikidata entity.
* cues (``cues*.ttl``, one file per concern): ``cm:CueSet`` nodes with ``cm:cueKind "leverage"`` (any
  string the extractors agree on) and ``cm:term`` literals tagged by language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import LexiconError
from kg.namespaces import CM, CMID, WD
from kg.resources import ontology_dir
from kg.textnorm import has_cjk, to_simplified, to_traditional

LEXICON_FILES = ("issues.ttl", "actors.ttl", "cues*.ttl")


@dataclass(frozen=True)
class Term:
    """One surface form: ``text`` as written, ``lang`` its tag, ``key`` the matching form.

    ``key`` is Simplified for Chinese and case-folded for Latin text.
    """

    text: str
    lang: str
    key: str


@dataclass
class IssueEntry:
    """A bargaining issue (rare earths, soybeans ...) as a SKOS concept."""

    id: str  # slug, e.g. "rare-earths"; IRI is cmid:issue/<id>
    labels: dict[str, str]  # preferred label per language tag
    terms: list[Term]  # every label and variant
    broader: str | None = None


@dataclass
class ActorEntry:
    """A well-known actor with its aliases, side and Wikidata id."""

    id: str  # IRI path under cmid:, e.g. "person/donald-trump"
    type: str  # Person | Organization | State
    side: str  # US | China | Other
    labels: dict[str, str]
    terms: list[Term]
    wikidata: str | None = None  # "Q22686"
    based: str | None = None  # US | China: the country a company is based in (``cm:basedIn``)


@dataclass
class Lexicon:
    """Everything the extractors may look up."""

    issues: dict[str, IssueEntry] = field(default_factory=dict)
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    cue_sets: dict[str, list[Term]] = field(default_factory=dict)

    def cues(self, kind: str, lang: str | None = None) -> list[Term]:
        """Cue terms of one kind, optionally only ``en`` or only Chinese (``zh``)."""
        terms = self.cue_sets.get(kind, [])
        if lang is None:
            return terms
        if lang == "en":
            return [t for t in terms if t.lang == "en"]
        return [t for t in terms if t.lang.startswith("zh")]

    def cue_keys(self, kind: str, lang: str | None = None) -> list[str]:
        """Matching keys of one cue kind, longest first (so longer cues win)."""
        keys = {t.key for t in self.cues(kind, lang)}
        return sorted(keys, key=lambda k: (-len(k), k))

    def cues_of_actors(self, prefix: str, lang: str | None = None) -> list[tuple[str, list[Term]]]:
        """Cue sets that name an actor in their kind (``en-demonym:state/china``): (actor id,
        terms) for each kind ``prefix:<id>``, in the order of their kinds."""
        return [
            (kind.split(":", 1)[1], self.cues(kind, lang))
            for kind in sorted(self.cue_sets)
            if kind.startswith(prefix + ":")
        ]


def term_key(text: str, lang: str) -> str:
    """The form a term is matched in: Simplified for Chinese, case-folded otherwise."""
    if lang.startswith("zh") or has_cjk(text):
        return to_simplified(text)
    return text.casefold()


def _terms_of(text: str, lang: str) -> list[Term]:
    """A term plus its other-script twin for Chinese, so both scripts match."""
    if lang.startswith("zh") or has_cjk(text):
        hans = to_simplified(text)
        hant = to_traditional(text)
        out = [Term(text, lang, hans)]
        if hans != text:
            out.append(Term(hans, "zh-Hans", hans))
        if hant != text:
            out.append(Term(hant, "zh-Hant", hans))
        return out
    return [Term(text, lang or "en", text.casefold())]


def _lit_terms(g: Graph, node: Node, *preds: URIRef) -> list[Term]:
    out: list[Term] = []
    seen: set[tuple[str, str]] = set()
    for p in preds:
        for o in sorted(g.objects(node, p), key=str):
            if isinstance(o, Literal):
                for t in _terms_of(str(o), o.language or "en"):
                    if (t.text, t.lang) not in seen:
                        seen.add((t.text, t.lang))
                        out.append(t)
    return out


def _labels(g: Graph, node: URIRef, pred: URIRef) -> dict[str, str]:
    labels: dict[str, str] = {}
    for o in sorted(g.objects(node, pred), key=str):
        if isinstance(o, Literal):
            labels.setdefault(o.language or "en", str(o))
    for lang, other in (("zh-Hant", "zh-Hans"), ("zh-Hans", "zh-Hant")):
        if other not in labels and lang in labels:
            conv = to_simplified if other == "zh-Hans" else to_traditional
            labels[other] = conv(labels[lang])
    return labels


def _local(iri: URIRef) -> str:
    s = str(iri)
    if not s.startswith(str(CMID)):
        raise LexiconError(f"lexicon IRI {s} is outside {CMID}; use the cmid: namespace")
    return s[len(str(CMID)) :]


def load_graph(directory: Path | None = None) -> Graph:
    """Parse the lexicon files of ``directory`` (default: the ontology in use) into one rdflib graph."""
    directory = ontology_dir() if directory is None else Path(directory)
    g = Graph()
    paths = sorted({p for pattern in LEXICON_FILES for p in directory.glob(pattern)})
    for path in paths:
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            raise LexiconError(f"{path}: cannot parse lexicon file: {exc}") from exc
    return g


def from_graph(g: Graph) -> Lexicon:
    """Read issues, actors and cue sets out of a parsed lexicon graph."""
    lex = Lexicon()
    for node in sorted(set(g.subjects(RDF.type, CM.Issue)), key=str):
        assert isinstance(node, URIRef)
        slug = _local(node).removeprefix("issue/")
        broader = g.value(node, SKOS.broader)
        lex.issues[slug] = IssueEntry(
            id=slug,
            labels=_labels(g, node, SKOS.prefLabel),
            terms=_lit_terms(g, node, SKOS.prefLabel, SKOS.altLabel),
            broader=_local(broader).removeprefix("issue/") if isinstance(broader, URIRef) else None,
        )
    for cls in ("Person", "Organization", "State"):
        for node in sorted(set(g.subjects(RDF.type, CM[cls])), key=str):
            assert isinstance(node, URIRef)
            side = g.value(node, CM.side)
            wd = next(
                (str(o)[len(str(WD)) :] for o in g.objects(node, OWL.sameAs) if str(o).startswith(str(WD))),
                None,
            )
            lex.actors[_local(node)] = ActorEntry(
                id=_local(node),
                type=cls,
                side=str(side).rsplit("#", 1)[-1] if side is not None else "Other",
                labels=_labels(g, node, RDFS.label),
                terms=_lit_terms(g, node, RDFS.label, SKOS.altLabel),
                wikidata=wd,
                based=str(base).rsplit("#", 1)[-1] if (base := g.value(node, CM.basedIn)) is not None else None,
            )
    for node in sorted(set(g.subjects(RDF.type, CM.CueSet)), key=str):
        kind = g.value(node, CM.cueKind)
        if kind is None:
            raise LexiconError(f"cue set {node} has no cm:cueKind")
        lex.cue_sets.setdefault(str(kind), []).extend(_lit_terms(g, node, CM["term"]))  # CM.term is a Namespace method
    return lex


def load(directory: Path | None = None) -> Lexicon:
    """The lexicon of ``directory`` (default: the ontology in use; parsed once per process)."""
    return _load(ontology_dir() if directory is None else Path(directory))


@lru_cache(maxsize=2)
def _load(directory: Path) -> Lexicon:
    return from_graph(load_graph(directory))
