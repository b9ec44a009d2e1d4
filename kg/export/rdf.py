"""The corpus graph as RDF: Turtle, JSON-LD, N-Triples and TriG.

Follows the RDF core contract of DESIGN.md: actors, roles, issues, documents
and one node per claim carrying its evidence sentence and source document.
The output is what SPARQL users, the shipped queries (``ontology/queries``)
and the SHACL shapes (``ontology/shapes.ttl``) rely on.

Why no blank nodes: every node (roles included, whose IRI is the role edge's
key) has a stable IRI, so files are byte-identical on rebuild, diffable, and a
triple store can update a role or claim through the Graph Store Protocol.

Where the TriG file puts things: actors, roles, issues and document metadata
(the facts shared by all documents) go in the *default graph*; each source
document gets one named graph whose IRI is the document's IRI, holding that
document's claims and the ``cm:hasLeverage``/``cm:demands``/``cm:threatens``
shortcuts derived from them. Replacing one named graph therefore replaces the
claims of one document. Turtle, JSON-LD and N-Triples hold the union.

Why our own writers, not rdflib's serialisers: on 800 documents (207,600
triples) rdflib took 7.1 s for Turtle and 5.4 s for JSON-LD — two thirds of
the whole build. The quads are plain strings and tuples here, and each format
is a few string joins over them (bench/RESULTS.md has the figures).
pyoxigraph's serialisers are faster still but lower-case every language tag
(``@zh-hant``) and write no compacted JSON-LD, so they are not used. rdflib
stays where it serves: :func:`to_graph` / :func:`to_rdf` for SHACL validation
and for the tests' round trips.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import OutputError
from kg.export.atomic import atomic_write
from kg.export.fragments import Unit
from kg.namespaces import CM, DCTERMS, OWL, PREFIXES, PROV, RDF, RDFS, SDO, SKOS, WD, XSD
from kg.resources import ontology_file


class _Vocab:
    """The terms of one namespace as plain ``str`` (``cm.actor``, ``cm["term"]``).

    Why not rdflib's ``Namespace``: its URIRefs never compare equal to a
    ``str``, and building and sorting rdflib terms was a third of the export.
    """

    def __init__(self, namespace: object) -> None:
        self._ns = str(namespace)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        value = self._ns + name
        setattr(self, name, value)  # the next look-up is a plain attribute
        return value

    def __getitem__(self, name: str) -> str:
        return self._ns + name


cm, rdf, rdfs, owl, skos, prov, dcterms, sdo, xsd, wd = (
    _Vocab(ns) for ns in (CM, RDF, RDFS, OWL, SKOS, PROV, DCTERMS, SDO, XSD, WD)
)


class Lit(NamedTuple):
    """A literal: its text, a language tag ("" for none) and a datatype IRI ("" for a plain string)."""

    text: str
    lang: str = ""
    datatype: str = ""


#: an object: an IRI (a plain ``str``) or a literal
Term = str | Lit


def _boolean(value: bool) -> Lit:
    return Lit("true" if value else "false", "", xsd.boolean)


ACTOR_KINDS = {"Person": cm.Person, "Organization": cm.Organization, "State": cm.State}
CLAIM_KINDS = {
    "Leverage": cm.Leverage,
    "Demand": cm.Demand,
    "Threat": cm.Threat,
    "Statement": cm.Statement,
}
# relation of a claim edge -> shortcut property actor -> issue
SHORTCUTS = {"leverage": cm.hasLeverage, "demands": cm.demands, "threatens": cm.threatens}
SIDES = {"US": cm.US, "China": cm.China, "Other": cm.Other}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_WIKIDATA = re.compile(r"^Q\d+$")
# characters that may not appear in an IRI (RFC 3987) as N-Triples/Turtle write it
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')

Quad = tuple[str, str, "Term", str | None]


def _iri(value: str) -> str:
    """An IRI from a graph node id, percent-encoding characters an IRI may not hold.

    Node ids are minted from text for actors the lexicon does not know, so a
    stray space or quote must not break the serialisation.
    """
    safe = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)
    return safe


def _text(value: Any, lang: str | None) -> Lit | None:
    """A language-tagged literal (plain when the tag is missing or malformed); None when empty."""
    if value is None:
        return None
    text = str(value)
    if not text.strip():
        return None
    if lang and _LANG_TAG.match(lang):
        return Lit(text, lang)
    return Lit(text)


@lru_cache(maxsize=4096)
def _date(value: str) -> Lit:
    """``xsd:date``/``xsd:dateTime`` for ISO dates so stores compare them; else a string."""
    # the lexical form as rdflib normalises it (2025-10-29T08:30Z -> 2025-10-29T08:30:00+00:00),
    # so a store, a parser and the files agree on one spelling
    if _ISO_DATE.match(value):
        return Lit(str(Literal(value, datatype=XSD.date)), "", xsd.date)
    if _ISO_DATETIME.match(value):
        return Lit(str(Literal(value, datatype=XSD.dateTime)), "", xsd.dateTime)
    return Lit(value)


def _pairs(value: Any) -> list[tuple[str, str]]:
    """``[[text, lang], ...]`` from a node attribute, tolerating tuples and missing values."""
    out: list[tuple[str, str]] = []
    for item in value or []:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            out.append((str(item[0]), str(item[1] or "")))
        elif isinstance(item, str):
            out.append((item, ""))
    return out


def _label_quads(node: str, attrs: dict[str, Any], pref: str) -> list[Quad]:
    """Preferred labels (one per language) under ``pref``, every other form as skos:altLabel."""
    quads: list[Quad] = []
    seen_langs: set[str] = set()
    prefs: set[Lit] = set()
    for text, lang in _pairs(attrs.get("labels")):
        lit = _text(text, lang)
        if lit is None:
            continue
        if lang.lower() in seen_langs:  # one preferred label per language (SKOS integrity)
            quads.append((node, skos.altLabel, lit, None))
            continue
        seen_langs.add(lang.lower())
        prefs.add(lit)
        quads.append((node, pref, lit, None))
    if not prefs and attrs.get("label"):
        lit = _text(attrs["label"], attrs.get("lang") or "")
        if lit is not None:
            prefs.add(lit)
            quads.append((node, pref, lit, None))
    for text, lang in _pairs(attrs.get("alt_labels")):
        lit = _text(text, lang)
        if lit is not None and lit not in prefs:
            quads.append((node, skos.altLabel, lit, None))
    return quads


def _node_quads(node_id: str, attrs: dict[str, Any]) -> list[Quad]:
    """Triples describing one actor, issue or document node (all in the default graph)."""
    node = _iri(node_id)
    kind = attrs.get("kind", "")
    quads: list[Quad] = []
    if kind in ACTOR_KINDS:
        quads.append((node, rdf.type, ACTOR_KINDS[kind], None))
        quads += _label_quads(node, attrs, rdfs.label)
        side = SIDES.get(str(attrs.get("side") or "Other"), cm.Other)
        quads.append((node, cm.side, side, None))
        wikidata = str(attrs.get("wikidata") or "")
        if _WIKIDATA.match(wikidata):
            quads.append((node, owl.sameAs, wd[wikidata], None))
        if "in_lexicon" in attrs:
            quads.append((node, cm.inLexicon, _boolean(bool(attrs["in_lexicon"])), None))
    elif kind == "Issue":
        quads.append((node, rdf.type, cm.Issue, None))
        quads.append((node, rdf.type, skos.Concept, None))
        quads.append((node, skos.inScheme, cm.IssueScheme, None))
        quads += _label_quads(node, attrs, skos.prefLabel)
        if "in_lexicon" in attrs:
            quads.append((node, cm.inLexicon, _boolean(bool(attrs["in_lexicon"])), None))
    elif kind == "Document":
        lang = str(attrs.get("lang") or "")
        quads.append((node, rdf.type, cm.Document, None))
        ident = node_id.rstrip("/").rsplit("/", 1)[-1]
        quads.append((node, dcterms.identifier, Lit(ident), None))
        title = _text(attrs.get("title"), lang)
        if title is not None:
            quads.append((node, dcterms.title, title, None))
        if attrs.get("date"):
            quads.append((node, dcterms.date, _date(str(attrs["date"]).strip()), None))
        if attrs.get("source"):
            outlet = Lit(str(attrs["source"]))
            quads.append((node, dcterms.source, outlet, None))
            quads.append((node, sdo.publisher, outlet, None))
        if attrs.get("url"):
            quads.append((node, sdo.url, Lit(str(attrs["url"]), "", xsd.anyURI), None))
        if lang and _LANG_TAG.match(lang):
            quads.append((node, dcterms.language, Lit(lang, "", xsd.language), None))
    return quads


def _role_quads(person: str, org: str, key: str, attrs: dict[str, Any]) -> list[Quad]:
    """``person cm:holdsRole role``: a cm:Role with its title, whose state/org, former or not."""
    role = _iri(str(attrs.get("claim") or key))
    quads: list[Quad] = [
        (_iri(person), cm.holdsRole, role, None),
        (role, rdf.type, cm.Role, None),
        (role, cm.roleOf, _iri(org), None),
    ]
    title = _text(attrs.get("title") or attrs.get("phrase"), str(attrs.get("lang") or ""))
    if title is not None:
        quads.append((role, cm.title, title, None))
    if attrs.get("former"):
        quads.append((role, cm.former, _boolean(True), None))
    evidence = _text(attrs.get("evidence"), str(attrs.get("lang") or ""))
    if evidence is not None:
        quads.append((role, cm.evidence, evidence, None))
    if attrs.get("document"):
        quads.append((role, prov.wasDerivedFrom, _iri(str(attrs["document"])), None))
    return quads


def _claim_quads(
    g: nx.MultiDiGraph, actor: str, obj: str, key: str, attrs: dict[str, Any]
) -> list[Quad]:
    """One claim node with its evidence, in the named graph of its document."""
    doc = str(attrs.get("document") or "")
    graph = _iri(doc) if doc else None
    claim = _iri(str(attrs.get("claim") or key))
    lang = str(attrs.get("lang") or "")
    kind = str(attrs.get("kind") or "")
    relation = str(attrs.get("relation") or "")
    cls = CLAIM_KINDS.get(kind) or {
        "leverage": cm.Leverage,
        "demands": cm.Demand,
        "threatens": cm.Threat,
        "said": cm.Statement,
    }.get(relation, cm.Claim)
    quads: list[Quad] = [
        (claim, rdf.type, cls, graph),
        (claim, cm.actor, _iri(actor), graph),
    ]
    obj_kind = g.nodes[obj].get("kind", "") if obj in g else ""
    is_issue = obj_kind == "Issue"
    if is_issue:
        quads.append((claim, cm.issue, _iri(obj), graph))
        shortcut = _shortcut_quad(actor, obj, obj_kind, attrs)
        if shortcut is not None:
            quads.append(shortcut)
    elif obj_kind in ACTOR_KINDS and not attrs.get("target"):
        quads.append((claim, cm.target, _iri(obj), graph))
    if attrs.get("target"):
        quads.append((claim, cm.target, _iri(str(attrs["target"])), graph))
    phrase = _text(attrs.get("phrase"), lang)
    if phrase is not None:
        quads.append((claim, rdfs.label, phrase, graph))
    evidence = _text(attrs.get("evidence"), lang)
    if evidence is not None:
        quads.append((claim, cm.evidence, evidence, graph))
    for prop, name in ((cm.evidenceStart, "start"), (cm.evidenceEnd, "end")):
        value = attrs.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            quads.append((claim, prop, Lit(str(value), "", xsd.integer), graph))
    quote = _text(attrs.get("quote"), lang)
    if quote is not None:
        quads.append((claim, cm.quote, quote, graph))
    if doc:
        quads.append((claim, prov.wasDerivedFrom, _iri(doc), graph))
    day = str(attrs.get("date") or "")
    if _ISO_DATE.match(day):  # the day the claim reports (kg.dates)
        quads.append((claim, dcterms.date, _date(day), graph))
    return quads


def _shortcut_quad(actor: str, obj: str, obj_kind: str, attrs: dict[str, Any]) -> Quad | None:
    """``actor cm:hasLeverage issue`` (or demands, threatens) of a claim on an issue, in its document's graph."""
    shortcut = SHORTCUTS.get(str(attrs.get("relation") or ""))
    if obj_kind != "Issue" or shortcut is None:
        return None
    doc = str(attrs.get("document") or "")
    return (_iri(actor), shortcut, _iri(obj), _iri(doc) if doc else None)


def _quads(g: nx.MultiDiGraph) -> list[Quad]:
    """Every quad of the corpus graph, de-duplicated, sorted by subject, predicate, object, graph.

    Why that order: Turtle (graph names dropped) and TriG (grouped by graph,
    the order kept) are then written in one pass each, with no second sort.
    """
    out: set[Quad] = set()
    for node_id, attrs in g.nodes(data=True):
        out.update(_node_quads(str(node_id), attrs))
    for u, v, key, attrs in g.edges(keys=True, data=True):
        if attrs.get("relation") == "role" or attrs.get("kind") == "Role":
            out.update(_role_quads(str(u), str(v), str(key), attrs))
        else:
            out.update(_claim_quads(g, str(u), str(v), str(key), attrs))
    return sorted(out, key=_quad_key)


def _quad_key(q: Quad) -> tuple[str, str, int, str, str, str, str]:
    o = q[2]
    if isinstance(o, str):
        return (q[0], q[1], 0, o, "", "", q[3] or "")
    return (q[0], q[1], 1, o.text, o.lang, o.datatype, q[3] or "")


# ---- rdflib, where it serves (SHACL validation, tests) ---------------------------------


def _rdflib_term(term: Term) -> URIRef | Literal:
    if isinstance(term, str):
        return URIRef(term)
    if term.lang:
        return Literal(term.text, lang=term.lang)
    return Literal(term.text, datatype=URIRef(term.datatype) if term.datatype else None)


def _bind(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def to_rdf(g: nx.MultiDiGraph) -> Dataset:
    """The corpus graph as an rdflib Dataset: shared facts in the default graph, claims per document.

    See the module docstring for which triple goes in which graph.
    """
    ds = Dataset()
    _bind(ds)
    for s, p, o, graph in _quads(g):
        ctx = URIRef(graph) if graph is not None else DATASET_DEFAULT_GRAPH_ID
        ds.add((URIRef(s), URIRef(p), _rdflib_term(o), ctx))  # type: ignore[arg-type]
    return ds


def to_graph(g: nx.MultiDiGraph) -> Graph:
    """The corpus graph as one rdflib Graph (the union of the Dataset's graphs)."""
    out = Graph()
    _bind(out)
    for s, p, o, _graph in _quads(g):
        out.add((URIRef(s), URIRef(p), _rdflib_term(o)))
    return out


def document_graphs(ds: Dataset) -> list[URIRef]:
    """IRIs of the per-document named graphs of a Dataset made by :func:`to_rdf`, sorted."""
    return sorted(
        URIRef(str(c.identifier))
        for c in ds.graphs()
        if c.identifier != DATASET_DEFAULT_GRAPH_ID and len(c)
    )


# ---- writers -----------------------------------------------------------------------


def _write(path: Path, payload: bytes) -> Path:
    """Write ``payload`` atomically (temp file beside ``path`` then rename)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path, "wb") as fh:
            fh.write(payload)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def _quoted(text: str) -> str:
    """A string in double quotes, escaped as rdflib's N-Triples writer escapes it.

    Only backslash, line feed, carriage return and the quote are escaped;
    every other character (U+2028, tabs ...) is written as is, which both
    N-Triples and Turtle allow inside a short string.
    """
    if "\\" in text or "\n" in text or '"' in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{text}"'


def _nt_term(term: Term) -> str:
    """A term in N-Triples syntax."""
    if isinstance(term, str):
        return f"<{term}>"
    if term.lang:
        return f"{_quoted(term.text)}@{term.lang}"
    if term.datatype:
        return f"{_quoted(term.text)}^^<{term.datatype}>"
    return _quoted(term.text)


def _ntriples_text(quads: Iterable[Quad]) -> str:
    """Sorted, de-duplicated N-Triples lines (byte for byte what rdflib's N-Triples writer writes)."""
    iri: dict[str, str] = {}

    def spell(value: str) -> str:
        text = iri.get(value)
        if text is None:
            text = iri[value] = f"<{value}>"
        return text

    lines = {
        f"{spell(s)} {spell(p)} {spell(o) if isinstance(o, str) else _nt_term(o)} ." for s, p, o, _g in quads
    }
    return "\n".join(sorted(lines)) + "\n"


# a prefixed name's local part that every Turtle parser reads back (no escapes needed)
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_BY_LENGTH = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[0]))


class _TurtleSpeller:
    """Turtle spellings of terms: prefixed names where they read back unescaped, short literals.

    Remembers which prefixes it used, so a file declares only those.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._cache: dict[str, tuple[str, str]] = {rdf.type: ("a", "")}

    def iri(self, value: str) -> str:
        known = self._cache.get(value)
        if known is None:
            known = (f"<{value}>", "")
            for ns, prefix in _BY_LENGTH:
                if value.startswith(ns) and _PN_LOCAL.match(value[len(ns) :]):
                    known = (f"{prefix}:{value[len(ns):]}", prefix)
                    break
            self._cache[value] = known
        if known[1]:
            self.used.add(known[1])  # on every use: a claim's text records the prefixes it needs
        return known[0]

    def object(self, term: Term) -> str:
        if isinstance(term, str):
            return self.iri(term) if term != rdf.type else f"<{term}>"
        if term.lang:
            return f"{_quoted(term.text)}@{term.lang}"
        if not term.datatype:
            return _quoted(term.text)
        if term.datatype == xsd.integer and _INTEGER.match(term.text):
            return term.text
        if term.datatype == xsd.boolean and term.text in ("true", "false"):
            return term.text
        return f"{_quoted(term.text)}^^{self.iri(term.datatype)}"


def _statements(
    triples: list[tuple[str, str, Term]], spell: _TurtleSpeller, indent: str = ""
) -> list[tuple[str, str]]:
    """Turtle statements, one block per subject: ``a`` and rdfs:label first, then predicates by IRI.

    ``triples`` must be sorted (as :func:`_quads` sorts them): subjects and
    objects come out in that order, so the text is the same on every run.
    """
    first = {rdf.type: "0", rdfs.label: "1"}
    blocks: list[tuple[str, str]] = []
    by_subject: dict[str, dict[str, list[Term]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p, []).append(o)
    for subject, props in by_subject.items():
        lines = []
        for pred in sorted(props, key=lambda p: first.get(p, "2" + p)):
            objects = f",\n{indent}        ".join(spell.object(o) for o in props[pred])
            lines.append(f"{spell.iri(pred)} {objects}")
        blocks.append((subject, f"{indent}{spell.iri(subject)} " + f" ;\n{indent}    ".join(lines) + " ."))
    return blocks


def _prefix_lines(prefixes: Iterable[str]) -> str:
    return "".join(f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in sorted(prefixes))


def _turtle_text(quads: Iterable[Quad]) -> str:
    """The Turtle document of ``quads`` (sorted as :func:`_quads` sorts them; graph names dropped)."""
    triples: list[tuple[str, str, Term]] = []
    last = None
    for s, p, o, _g in quads:
        triple = (s, p, o)
        if triple != last:  # the same triple in two graphs is next to itself
            triples.append(triple)
            last = triple
    spell = _TurtleSpeller()
    body = "\n\n".join(block for _s, block in _statements(triples, spell))
    return _prefix_lines(spell.used) + "\n" + body + "\n"


def _trig_text(quads: Iterable[Quad]) -> str:
    """The TriG document of ``quads`` (sorted as :func:`_quads` sorts them): default graph first, then by IRI."""
    groups: dict[str, list[tuple[str, str, Term]]] = {}
    for s, p, o, graph in quads:
        groups.setdefault(graph or "", []).append((s, p, o))
    spell = _TurtleSpeller()
    blocks = []
    for name in sorted(groups):
        body = "\n\n".join(block for _s, block in _statements(groups[name], spell, "    "))
        blocks.append(("{" if not name else f"<{name}> {{") + "\n" + body + "\n}\n")
    return _prefix_lines(spell.used) + "\n" + "\n".join(blocks)


def load_context() -> dict[str, Any]:
    """The JSON-LD ``@context`` from ``ontology/context.jsonld`` (read locally, never fetched)."""
    path = ontology_file("context.jsonld")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"cannot read JSON-LD context {path}: {exc}") from exc
    return dict(doc.get("@context", doc))


def _canonical(value: Any) -> Any:
    """Sort JSON-LD value arrays so the file does not depend on set order.

    Multi-valued properties are unordered in RDF (we emit no @list), so sorting
    the arrays changes nothing a JSON-LD processor sees.
    """
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


_NATIVE: dict[str, Callable[[str], Any]] = {xsd.integer: int, xsd.boolean: lambda text: text == "true", xsd.string: str}


class _Compactor:
    """JSON-LD compaction with a context of prefixes only, as rdflib's JSON-LD serialiser does it.

    An IRI is shortened to ``prefix:name`` when the part up to its last
    ``#`` (else ``/``, else ``:``) is exactly a prefix of the context;
    integers, booleans and plain strings become native JSON values.
    """

    def __init__(self, context: dict[str, Any]) -> None:
        self._prefixes = {str(v): k for k, v in context.items() if isinstance(v, str)}
        self._cache: dict[str, str] = {}

    def iri(self, value: str) -> str:
        text = self._cache.get(value)
        if text is None:
            text = value
            for delim in ("#", "/", ":"):
                at = value.rfind(delim)
                if at > -1:
                    prefix = self._prefixes.get(value[: at + 1])
                    if prefix:
                        text = f"{prefix}:{value[at + 1 :]}"
                    break
            self._cache[value] = text
        return text

    def value(self, term: Term) -> Any:
        if isinstance(term, str):
            return {"@id": self.iri(term)}
        if term.lang:
            return {"@language": term.lang, "@value": term.text}
        if not term.datatype:
            return term.text
        native = _NATIVE.get(term.datatype)
        if native is not None and (term.datatype != xsd.integer or _INTEGER.match(term.text)):
            return native(term.text)
        return {"@type": self.iri(term.datatype), "@value": term.text}


def _jsonld_text(quads: Iterable[Quad], context: dict[str, Any]) -> str:
    """Compact JSON-LD of ``quads``' triples: one node object per subject, sorted, the context embedded."""
    compact = _Compactor(context)
    nodes = _jsonld_nodes(quads, compact)
    # node ids are unique, so sorting by the id's JSON spelling sorts as whole-node JSON would
    graph = sorted(
        (_canonical(n) for n in nodes.values()),
        key=lambda n: json.dumps(n["@id"], ensure_ascii=False)[:-1] + '", ',
    )
    out = {"@context": context, "@graph": graph}
    return _json_indented(out, "") + "\n"


def _jsonld_nodes(quads: Iterable[Quad], compact: _Compactor) -> dict[str, dict[str, Any]]:
    """One JSON-LD node object per subject of ``quads`` (in their order), values not yet sorted."""
    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o, _g in quads:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": compact.iri(s)}
        if p == rdf.type and isinstance(o, str):
            key, value = "@type", compact.iri(o)
        else:
            key, value = compact.iri(p), compact.value(o)
        have = node.get(key)
        if have is None:
            node[key] = value
        elif isinstance(have, list):
            if value not in have:
                have.append(value)
        elif have != value:
            node[key] = [have, value]
    return nodes


_json_string = json.JSONEncoder(ensure_ascii=False).encode  # one string, in C
_json_sort_key = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # json.dumps(v, sort_keys=True, …)


def _jsonld_node_text(node: dict[str, Any], indent: str) -> str:
    """``_json_indented(_canonical(node), indent)`` for one node object of :func:`_jsonld_nodes`, faster.

    Why: the generic pair walked every value twice, recursively; a node
    object is only one level of keys whose values are strings, numbers,
    booleans, flat value objects or lists of those, so one pass writes it.
    Lists are sorted as :func:`_canonical` sorts them (their items hold no
    lists, so canonical items are the items themselves).
    """
    if not node:
        return "{}"
    inner = indent + "  "
    deeper = inner + "  "
    items = []
    for key in sorted(node):
        value = node[key]
        if isinstance(value, list):
            if value:
                value = sorted(value, key=_json_sort_key)
                text = "[\n" + ",\n".join(deeper + _json_flat(v, deeper) for v in value) + "\n" + inner + "]"
            else:
                text = "[]"
        else:
            text = _json_flat(value, inner)
        items.append(f"{inner}{_json_string(key)}: {text}")
    return "{\n" + ",\n".join(items) + "\n" + indent + "}"


def _json_flat(value: Any, indent: str) -> str:
    """A string, number, boolean or flat object as :func:`_json_indented` writes it (anything else: it)."""
    kind = type(value)
    if kind is str:
        return _json_string(value)
    if kind is dict:
        inner = indent + "  "
        parts = []
        for key in sorted(value):
            item = value[key]
            if type(item) is str:
                parts.append(f"{inner}{_json_string(key)}: {_json_string(item)}")
            elif isinstance(item, (dict, list)):
                return _json_indented(_canonical(value), indent)
            else:
                parts.append(f"{inner}{_json_string(key)}: {_json_indented(item, inner)}")
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}" if parts else "{}"
    return _json_indented(_canonical(value), indent)


def _json_indented(value: Any, indent: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)``, byte for byte, faster.

    Why: with ``indent`` the standard library falls back to its pure-Python
    encoder, which took longer than building the whole JSON-LD document.
    Here only the nesting is Python; every string is encoded by the C encoder.
    """
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = [
            f"{inner}{_json_string(k)}: {_json_indented(value[k], inner)}" for k in sorted(value)
        ]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _json_indented(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value)  # numbers, true, false, null


def write_turtle(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write Turtle: used prefixes, then one block per subject."""
    return _write(path, _turtle_text(_quads(g)).encode("utf-8"))


def write_ntriples(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write N-Triples, one triple a line, lines sorted so rebuilds diff cleanly."""
    return _write(path, _ntriples_text(_quads(g)).encode("utf-8"))


def write_jsonld(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write compact JSON-LD using the local ``ontology/context.jsonld`` (embedded in the file)."""
    return _write(path, _jsonld_text(_quads(g), load_context()).encode("utf-8"))


def write_trig(g: nx.MultiDiGraph, path: Path) -> Path:
    """Write TriG: shared facts in the default graph, one named graph per source document."""
    return _write(path, _trig_text(_quads(g)).encode("utf-8"))


RDF_FILES = ("graph.ttl", "graph.jsonld", "graph.nt", "graph.trig")


def write_rdf(g: nx.MultiDiGraph, outdir: Path, *, jobs: int = 1) -> list[Path]:
    """Write graph.ttl, graph.jsonld, graph.nt and graph.trig into ``outdir``; return paths.

    The quads are computed once and every format is written from them.
    ``jobs`` is accepted for the caller's convenience and ignored: the four
    writers together take a fraction of a second per 100,000 triples, less
    than starting a second process would cost.
    """
    del jobs
    with no_cycle_collection():
        writers = rdf_writers(g, Path(outdir))
        for write in writers.values():
            write()
    return [Path(outdir) / name for name in RDF_FILES]


def rdf_writers(
    g: nx.MultiDiGraph, outdir: Path, *, cache_dir: Path | None = None
) -> dict[str, Callable[[], Path]]:
    """One writer per RDF file of ``g`` (file name -> call that writes it).

    Why separate calls: :func:`kg.pipeline.write_outputs` runs some of them in
    a forked process beside the others (:mod:`kg.export.forked`). The files
    are assembled from each subject's text (shared facts about an actor,
    issue, document or role; one claim), which with ``cache_dir`` (an output
    folder) is copied from that folder's previous file when the subject is
    unchanged (:mod:`kg.export.fragments`).
    """
    parts = _Parts(g)
    context = load_context()
    items: dict[str, Callable[[Any], list[str | Unit]]] = {
        "graph.ttl": parts.turtle_items,
        "graph.jsonld": lambda store: parts.jsonld_items(context, store),
        "graph.nt": parts.ntriples_items,
        "graph.trig": parts.trig_items,
    }
    return {
        name: (lambda name=name, make=make: _write_items(Path(outdir) / name, make, cache_dir))  # type: ignore[misc]
        for name, make in items.items()
    }


def _write_items(path: Path, make: Callable[[Any], list[str | Unit]], cache_dir: Path | None) -> Path:
    """Write the file whose items ``make`` lists: spliced from the previous one with a cache folder."""
    if cache_dir is None:
        return _write(path, _joined(make(None)).encode("utf-8"))
    from kg.export.fragments import SplicedFile

    store = SplicedFile(cache_dir, path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    return store.write(path, make(store))


def _joined(items: list[str | Unit]) -> str:
    """The text of items that were all rendered (no store)."""
    return "".join(item if isinstance(item, str) else item.text or "" for item in items)


def _by_subject(units: list[Any], made: list[Unit], indices: Iterable[int]) -> list[str | Unit]:
    """The Turtle blocks ``made[i]`` of ``indices``, by their unit's subject, a blank line between them."""
    out: list[str | Unit] = []
    for n, i in enumerate(sorted(indices, key=lambda i: units[i].subject)):
        if n:
            out.append("\n\n")
        out.append(made[i])
    return out


# the prefixes a Turtle unit uses, as the bits of an integer (kept with the unit's span)
_PREFIX_BITS = {p: 1 << i for i, p in enumerate(sorted(PREFIXES))}


def _prefix_mask(used: Iterable[str]) -> int:
    mask = 0
    for p in used:
        mask |= _PREFIX_BITS[p]
    return mask


def _prefixes_in(mask: int) -> list[str]:
    return [p for p, bit in _PREFIX_BITS.items() if mask & bit]


class _Claim:
    """A claim edge of the graph: its subject IRI, named graph and the edge (with its object's kind).

    The digest of its content is computed only when asked (a build without
    the cache never needs it).
    """

    __slots__ = ("_digest", "edge", "graph", "subject")

    def __init__(self, subject: str, graph: str | None, edge: tuple[str, str, str, str, dict[str, Any]]) -> None:
        self.subject, self.graph, self.edge = subject, graph, edge
        self._digest: str | None = None

    @property
    def digest(self) -> str:
        if self._digest is None:
            from kg.export.fragments import edge_digest

            u, v, key, obj_kind, attrs = self.edge
            self._digest = edge_digest(u, v, key, obj_kind, attrs)
        return self._digest


class _Shared:
    """The shared facts about one subject (in one named graph, for TriG): its sorted quads (digest when asked)."""

    __slots__ = ("_digest", "_same", "graph", "quads", "subject")

    def __init__(self, subject: str, graph: str | None, quads: list[Quad], same: _Shared | None = None) -> None:
        """``same``: a unit of the very same quads, whose digest this one takes (computed once for both)."""
        self.subject, self.graph, self.quads, self._same = subject, graph, quads, same
        self._digest: str | None = None

    @property
    def digest(self) -> str:
        if self._digest is None and self._same is not None:
            self._digest = self._same.digest
        if self._digest is None:
            from kg.export.fragments import value_digest

            # literals as plain tuples: marshal spells only built-in types (and 3x faster than repr)
            self._digest = value_digest([(s, p, o if type(o) is str else tuple(o), g) for s, p, o, g in self.quads])
        return self._digest


class _Parts:
    """The quads of a graph split into shared facts (by subject) and claims, each subject written on its own.

    A claim's subject occurs in no other quad, so its Turtle block, N-Triples
    lines, JSON-LD node and TriG block are the same whether written alone or
    with the whole graph; the same holds for the shared facts of one subject
    (an actor, issue, document or role: every quad with that subject). The
    files interleave these texts by subject, exactly in the order
    :func:`_quads` gives. With a store, each text is kept under the digest of
    what it is made from, and only new or changed subjects are written out.
    """

    def __init__(self, g: nx.MultiDiGraph) -> None:

        self.g = g
        shared: set[Quad] = set()
        for node_id, attrs in g.nodes(data=True):
            shared.update(_node_quads(str(node_id), attrs))
        claims: list[_Claim] = []
        for u, v, key, attrs in g.edges(keys=True, data=True):
            u, v, key = str(u), str(v), str(key)
            if attrs.get("relation") == "role" or attrs.get("kind") == "Role":
                shared.update(_role_quads(u, v, key, attrs))
                continue
            obj_kind = str(g.nodes[v].get("kind", "")) if v in g else ""
            shortcut = _shortcut_quad(u, v, obj_kind, attrs)
            if shortcut is not None:
                shared.add(shortcut)
            doc = str(attrs.get("document") or "")
            subject = _iri(str(attrs.get("claim") or key))
            claims.append(_Claim(subject, _iri(doc) if doc else None, (u, v, key, obj_kind, attrs)))
        # a claim whose subject is also described elsewhere (never in graphs kg builds) is written with the rest
        counts: dict[str, int] = {}
        for c in claims:
            counts[c.subject] = counts.get(c.subject, 0) + 1
        subjects = {q[0] for q in shared}
        alone = [c for c in claims if counts[c.subject] == 1 and c.subject not in subjects]
        self._quads: dict[str, list[Quad]] = {}
        self._turtle_blocks: dict[str, tuple[str, int]] = {}  # claim subject -> Turtle block and prefixes
        for c in claims:
            if counts[c.subject] > 1 or c.subject in subjects:
                shared.update(self._claim_quads(c))
        by_subject: dict[str, list[Quad]] = {}
        for q in shared:
            by_subject.setdefault(q[0], []).append(q)
        self.subjects = [
            _Shared(s, None, qs)
            for s, qs in sorted((s, sorted(qs, key=_quad_key)) for s, qs in by_subject.items())
        ]
        self.claims = sorted(alone, key=lambda c: c.subject)

    @property
    def shared(self) -> list[Quad]:
        """Every shared quad, sorted as :func:`_quads` sorts them."""
        return [q for unit in self.subjects for q in unit.quads]

    def _graph_subjects(self) -> list[_Shared]:
        """The shared facts by (named graph, subject), for TriG (shortcuts lie in their documents' graphs)."""
        out = []
        for unit in self.subjects:
            graphs = {q[3] for q in unit.quads}
            if len(graphs) == 1:
                out.append(_Shared(unit.subject, unit.quads[0][3], unit.quads, same=unit))
                continue
            by_graph: dict[str | None, list[Quad]] = {}
            for q in unit.quads:
                by_graph.setdefault(q[3], []).append(q)
            for graph in sorted(by_graph, key=lambda name: name or ""):
                quads = by_graph[graph]
                out.append(_Shared(unit.subject, graph, quads))
        return out

    def _claim_quads(self, c: _Claim) -> list[Quad]:
        found = self._quads.get(c.subject)
        if found is None:
            u, v, key, _kind, attrs = c.edge
            found = self._quads[c.subject] = [
                q for q in sorted(set(_claim_quads(self.g, u, v, key, attrs)), key=_quad_key) if q[0] == c.subject
            ]
        return found

    def _unit_quads(self, unit: _Claim | _Shared) -> list[Quad]:
        return unit.quads if isinstance(unit, _Shared) else self._claim_quads(unit)

    def _units(self, store: Any, units: list[Any], render: Callable[[Any], tuple[str, int]]) -> list[Unit]:
        """Each unit of one format: rendered, or (with a store) reused from the previous file when unchanged."""
        if store is None:
            return [Unit("", *render(u)) for u in units]
        previous = store.previous()
        spans = previous.spans if previous is not None else {}
        made = []
        for u in units:  # (SplicedFile.unit, inline: this runs for every subject of every file)
            digest = u.digest
            found = spans.get(digest)
            made.append(Unit(digest, *render(u)) if found is None else Unit(digest, None, found[2], *found[:2]))
        return made

    # -- Turtle and TriG: a unit's tag is the set of prefixes its block uses ------------------

    def _block(self, unit: _Claim | _Shared, spell: _TurtleSpeller, indent: str, dedup: bool) -> tuple[str, int]:
        spell.used = set()  # the prefixes of this block alone (its spellings are remembered across blocks)
        triples: list[tuple[str, str, Term]] = []
        last = None
        for s, p, o, _g in self._unit_quads(unit):
            triple = (s, p, o)
            if not dedup or triple != last:  # the same triple in two graphs is next to itself
                triples.append(triple)
                last = triple
        ((_s, block),) = _statements(triples, spell, indent)
        return block, _prefix_mask(spell.used)

    def turtle_items(self, store: Any = None) -> list[str | Unit]:
        """The Turtle document (as :func:`_turtle_text` writes it) as literal text and units."""
        units: list[_Claim | _Shared] = [*self.subjects, *self.claims]
        spell = _TurtleSpeller()

        def render(unit: _Claim | _Shared) -> tuple[str, int]:
            made = self._block(unit, spell, "", True)
            if isinstance(unit, _Claim):
                self._turtle_blocks[unit.subject] = made  # TriG writes it indented (trig_items)
            return made

        made = self._units(store, units, render)
        mask = 0
        for m in made:
            mask |= m.tag
        return [_prefix_lines(_prefixes_in(mask)) + "\n", *_by_subject(units, made, range(len(units))), "\n"]

    def turtle(self) -> str:
        """The Turtle document, rendered whole."""
        return _joined(self.turtle_items())

    def trig_items(self, store: Any = None) -> list[str | Unit]:
        """The TriG document (as :func:`_trig_text` writes it) as literal text and units."""
        units: list[_Claim | _Shared] = [*self._graph_subjects(), *self.claims]
        spell = _TurtleSpeller()

        def render(unit: _Claim | _Shared) -> tuple[str, int]:
            found = self._turtle_blocks.get(unit.subject) if isinstance(unit, _Claim) else None
            if found is None:
                return self._block(unit, spell, "    ", False)
            # a claim's quads lie in one graph, so its TriG block is its Turtle block indented
            # (Turtle text holds line breaks only between its lines: literals escape theirs)
            block, mask = found
            return "    " + block.replace("\n", "\n    "), mask

        made = self._units(store, units, render)
        mask = 0
        groups: dict[str, list[int]] = {}
        for i, (unit, m) in enumerate(zip(units, made, strict=True)):
            mask |= m.tag
            groups.setdefault(unit.graph or "", []).append(i)
        items: list[str | Unit] = [_prefix_lines(_prefixes_in(mask)) + "\n"]
        for k, name in enumerate(sorted(groups)):
            items.append(("\n" if k else "") + ("{" if not name else f"<{name}> {{") + "\n")
            items += _by_subject(units, made, groups[name])
            items.append("\n}\n")
        return items

    def trig(self) -> str:
        """The TriG document, rendered whole."""
        return _joined(self.trig_items())

    def ntriples_items(self, store: Any = None) -> list[str | Unit]:
        """The N-Triples document (as :func:`_ntriples_text` writes it) as literal text and units.

        Lines sorted per subject, subjects by their ``<IRI>`` spelling: the
        same order as sorting every line, since ``>`` occurs in no IRI.
        """
        units: list[_Claim | _Shared] = [*self.subjects, *self.claims]

        def render(u: _Claim | _Shared) -> tuple[str, int]:
            return "\n".join(sorted({f"<{s}> <{p}> {_nt_term(o)} ." for s, p, o, _g in self._unit_quads(u)})), 0

        made = self._units(store, units, render)
        items: list[str | Unit] = []
        for i in sorted(range(len(units)), key=lambda i: f"<{units[i].subject}>"):
            items += (made[i], "\n")
        return items or ["\n"]

    def ntriples(self) -> str:
        """The N-Triples document, rendered whole."""
        return _joined(self.ntriples_items())

    def jsonld_items(self, context: dict[str, Any], store: Any = None) -> list[str | Unit]:
        """The JSON-LD document (as :func:`_jsonld_text` writes it) as literal text and units."""
        compact = _Compactor(context)

        def order(subject: str) -> tuple[str, str]:
            # the id's JSON spelling, as _jsonld_text sorts; ties keep subject order, as its stable sort does
            return (_json_string(compact.iri(subject))[:-1] + "\", ", subject)

        def render(unit: _Claim | _Shared) -> tuple[str, int]:
            ((_s, node),) = _jsonld_nodes(self._unit_quads(unit), compact).items()
            return _jsonld_node_text(node, "    "), 0

        units: list[_Claim | _Shared] = [*self.subjects, *self.claims]
        made = self._units(store, units, render)
        items: list[str | Unit] = [f'{{\n  "@context": {_json_indented(context, "  ")},\n  "@graph": ']
        if not units:
            return [*items, "[]\n}\n"]
        for n, i in enumerate(sorted(range(len(units)), key=lambda i: order(units[i].subject))):
            items += ("[\n    " if not n else ",\n    ", made[i])
        items.append("\n  ]\n}\n")
        return items

    def jsonld(self, context: dict[str, Any]) -> str:
        """The JSON-LD document, rendered whole."""
        return _joined(self.jsonld_items(context))


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while the export allocates millions of small tuples.

    Why: each full collection walks every live object, and the export creates
    them faster than the collector's thresholds expect, so on 600,000 triples
    collections took a third of the time. Nothing the export builds holds a
    reference cycle: reference counting frees it all the same.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def iter_prefixes() -> Iterable[tuple[str, str]]:
    """(prefix, namespace IRI) pairs used in every file, sorted."""
    return sorted((p, str(ns)) for p, ns in PREFIXES.items())
