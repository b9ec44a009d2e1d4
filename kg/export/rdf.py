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
"""

from __future__ import annotations

import json
import multiprocessing
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.plugins.serializers.turtle import OBJECT, VERB, TurtleSerializer
from rdflib.term import Node

from kg.errors import OutputError
from kg.export.atomic import atomic_write
from kg.namespaces import CM, DCTERMS, OWL, PREFIXES, PROV, RDF, RDFS, SDO, SKOS, WD, XSD
from kg.resources import ontology_file

ACTOR_KINDS = {"Person": CM.Person, "Organization": CM.Organization, "State": CM.State}
CLAIM_KINDS = {
    "Leverage": CM.Leverage,
    "Demand": CM.Demand,
    "Threat": CM.Threat,
    "Statement": CM.Statement,
}
# relation of a claim edge -> shortcut property actor -> issue
SHORTCUTS = {"leverage": CM.hasLeverage, "demands": CM.demands, "threatens": CM.threatens}
SIDES = {"US": CM.US, "China": CM.China, "Other": CM.Other}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_WIKIDATA = re.compile(r"^Q\d+$")
# characters that may not appear in an IRI (RFC 3987) as N-Triples/Turtle write it
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')

Quad = tuple[Node, Node, Node, URIRef | None]


def _iri(value: str) -> URIRef:
    """An IRI from a graph node id, percent-encoding characters an IRI may not hold.

    Node ids are minted from text for actors the lexicon does not know, so a
    stray space or quote must not break the serialisation.
    """
    safe = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)
    return URIRef(safe)


def _text(value: Any, lang: str | None) -> Literal | None:
    """A language-tagged literal (plain when the tag is missing or malformed); None when empty."""
    if value is None:
        return None
    text = str(value)
    if not text.strip():
        return None
    if lang and _LANG_TAG.match(lang):
        return Literal(text, lang=lang)
    return Literal(text)


def _date(value: str) -> Literal:
    """``xsd:date``/``xsd:dateTime`` for ISO dates so stores compare them; else a string."""
    if _ISO_DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _ISO_DATETIME.match(value):
        return Literal(value, datatype=XSD.dateTime)
    return Literal(value)


def _pairs(value: Any) -> list[tuple[str, str]]:
    """``[[text, lang], ...]`` from a node attribute, tolerating tuples and missing values."""
    out: list[tuple[str, str]] = []
    for item in value or []:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            out.append((str(item[0]), str(item[1] or "")))
        elif isinstance(item, str):
            out.append((item, ""))
    return out


def _label_quads(node: URIRef, attrs: dict[str, Any], pref: URIRef) -> list[Quad]:
    """Preferred labels (one per language) under ``pref``, every other form as skos:altLabel."""
    quads: list[Quad] = []
    seen_langs: set[str] = set()
    prefs: set[Literal] = set()
    for text, lang in _pairs(attrs.get("labels")):
        lit = _text(text, lang)
        if lit is None:
            continue
        if lang.lower() in seen_langs:  # one preferred label per language (SKOS integrity)
            quads.append((node, SKOS.altLabel, lit, None))
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
            quads.append((node, SKOS.altLabel, lit, None))
    return quads


def _node_quads(node_id: str, attrs: dict[str, Any]) -> list[Quad]:
    """Triples describing one actor, issue or document node (all in the default graph)."""
    node = _iri(node_id)
    kind = attrs.get("kind", "")
    quads: list[Quad] = []
    if kind in ACTOR_KINDS:
        quads.append((node, RDF.type, ACTOR_KINDS[kind], None))
        quads += _label_quads(node, attrs, RDFS.label)
        side = SIDES.get(str(attrs.get("side") or "Other"), CM.Other)
        quads.append((node, CM.side, side, None))
        wikidata = str(attrs.get("wikidata") or "")
        if _WIKIDATA.match(wikidata):
            quads.append((node, OWL.sameAs, WD[wikidata], None))
        if "in_lexicon" in attrs:
            quads.append((node, CM.inLexicon, Literal(bool(attrs["in_lexicon"])), None))
    elif kind == "Issue":
        quads.append((node, RDF.type, CM.Issue, None))
        quads.append((node, RDF.type, SKOS.Concept, None))
        quads.append((node, SKOS.inScheme, CM.IssueScheme, None))
        quads += _label_quads(node, attrs, SKOS.prefLabel)
        if "in_lexicon" in attrs:
            quads.append((node, CM.inLexicon, Literal(bool(attrs["in_lexicon"])), None))
    elif kind == "Document":
        lang = str(attrs.get("lang") or "")
        quads.append((node, RDF.type, CM.Document, None))
        ident = node_id.rstrip("/").rsplit("/", 1)[-1]
        quads.append((node, DCTERMS.identifier, Literal(ident), None))
        title = _text(attrs.get("title"), lang)
        if title is not None:
            quads.append((node, DCTERMS.title, title, None))
        if attrs.get("date"):
            quads.append((node, DCTERMS.date, _date(str(attrs["date"]).strip()), None))
        if attrs.get("source"):
            outlet = Literal(str(attrs["source"]))
            quads.append((node, DCTERMS.source, outlet, None))
            quads.append((node, SDO.publisher, outlet, None))
        if attrs.get("url"):
            quads.append((node, SDO.url, Literal(str(attrs["url"]), datatype=XSD.anyURI), None))
        if lang and _LANG_TAG.match(lang):
            quads.append((node, DCTERMS.language, Literal(lang, datatype=XSD.language), None))
    return quads


def _role_quads(person: str, org: str, key: str, attrs: dict[str, Any]) -> list[Quad]:
    """``person cm:holdsRole role``: a cm:Role with its title, whose state/org, former or not."""
    role = _iri(str(attrs.get("claim") or key))
    quads: list[Quad] = [
        (_iri(person), CM.holdsRole, role, None),
        (role, RDF.type, CM.Role, None),
        (role, CM.roleOf, _iri(org), None),
    ]
    title = _text(attrs.get("title") or attrs.get("phrase"), str(attrs.get("lang") or ""))
    if title is not None:
        quads.append((role, CM.title, title, None))
    if attrs.get("former"):
        quads.append((role, CM.former, Literal(True), None))
    evidence = _text(attrs.get("evidence"), str(attrs.get("lang") or ""))
    if evidence is not None:
        quads.append((role, CM.evidence, evidence, None))
    if attrs.get("document"):
        quads.append((role, PROV.wasDerivedFrom, _iri(str(attrs["document"])), None))
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
        "leverage": CM.Leverage,
        "demands": CM.Demand,
        "threatens": CM.Threat,
        "said": CM.Statement,
    }.get(relation, CM.Claim)
    quads: list[Quad] = [
        (claim, RDF.type, cls, graph),
        (claim, CM.actor, _iri(actor), graph),
    ]
    obj_kind = g.nodes[obj].get("kind", "") if obj in g else ""
    is_issue = obj_kind == "Issue"
    if is_issue:
        quads.append((claim, CM.issue, _iri(obj), graph))
        shortcut = SHORTCUTS.get(relation)
        if shortcut is not None:
            quads.append((_iri(actor), shortcut, _iri(obj), graph))
    elif obj_kind in ACTOR_KINDS and not attrs.get("target"):
        quads.append((claim, CM.target, _iri(obj), graph))
    if attrs.get("target"):
        quads.append((claim, CM.target, _iri(str(attrs["target"])), graph))
    phrase = _text(attrs.get("phrase"), lang)
    if phrase is not None:
        quads.append((claim, RDFS.label, phrase, graph))
    evidence = _text(attrs.get("evidence"), lang)
    if evidence is not None:
        quads.append((claim, CM.evidence, evidence, graph))
    for prop, name in ((CM.evidenceStart, "start"), (CM.evidenceEnd, "end")):
        value = attrs.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            quads.append((claim, prop, Literal(value, datatype=XSD.integer), graph))
    quote = _text(attrs.get("quote"), lang)
    if quote is not None:
        quads.append((claim, CM.quote, quote, graph))
    if doc:
        quads.append((claim, PROV.wasDerivedFrom, _iri(doc), graph))
    return quads


def _quads(g: nx.MultiDiGraph) -> list[Quad]:
    """Every quad of the corpus graph, sorted (graph None = default graph)."""
    out: set[Quad] = set()
    for node_id, attrs in g.nodes(data=True):
        out.update(_node_quads(str(node_id), attrs))
    for u, v, key, attrs in g.edges(keys=True, data=True):
        if attrs.get("relation") == "role" or attrs.get("kind") == "Role":
            out.update(_role_quads(str(u), str(v), str(key), attrs))
        else:
            out.update(_claim_quads(g, str(u), str(v), str(key), attrs))
    return sorted(out, key=lambda q: (str(q[3] or ""), q[0].n3(), q[1].n3(), q[2].n3()))


def _bind(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def to_rdf(g: nx.MultiDiGraph) -> Dataset:
    """The corpus graph as a Dataset: shared facts in the default graph, claims per document.

    See the module docstring for which triple goes in which graph.
    """
    ds = Dataset()
    _bind(ds)
    for s, p, o, graph in _quads(g):
        ds.add((s, p, o, graph if graph is not None else DATASET_DEFAULT_GRAPH_ID))
    return ds


def to_graph(g: nx.MultiDiGraph) -> Graph:
    """The corpus graph as one rdflib Graph (the union of the Dataset's graphs)."""
    return _graph_of_quads(_quads(g))


def _graph_of_quads(quads: Iterable[Quad]) -> Graph:
    """One rdflib Graph holding the union of ``quads``' triples."""
    out = Graph()
    _bind(out)
    for s, p, o, _graph in quads:
        out.add((s, p, o))
    return out


def _as_graph(data: nx.MultiDiGraph | Graph) -> Graph:
    """Flatten whatever we were given into one rdflib Graph."""
    if isinstance(data, nx.Graph):
        return to_graph(data)
    if isinstance(data, Dataset):
        out = Graph()
        _bind(out)
        for s, p, o, _c in data.quads((None, None, None, None)):
            out.add((s, p, o))
        return out
    return data


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


def _ntriples_text(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Sorted, de-duplicated N-Triples lines, each spelt by rdflib's own N-Triples row writer.

    Written straight from the triples: no second rdflib Graph is built just to
    serialise it (that copy was most of the export's peak memory).
    """
    # a row holds no raw line break (rdflib escapes \n and \r in literals); U+2028, U+0085 ...
    # stay unescaped, which is why the rows are never split with str.splitlines()
    lines = sorted({_nt_row(t)[:-1] for t in triples})
    return "\n".join(lines) + "\n"


def write_turtle(data: nx.MultiDiGraph | Graph, path: Path) -> Path:
    """Write Turtle (rdflib sorts subjects, predicates and objects; no blank nodes)."""
    graph = _as_graph(data)
    return _write(path, graph.serialize(format="turtle", encoding="utf-8"))


def write_ntriples(data: nx.MultiDiGraph | Graph, path: Path) -> Path:
    """Write N-Triples, one triple a line, lines sorted so rebuilds diff cleanly."""
    if isinstance(data, nx.Graph):
        triples: Iterable[tuple[Node, Node, Node]] = ((s, p, o) for s, p, o, _c in _quads(data))
    elif isinstance(data, Dataset):
        triples = ((s, p, o) for s, p, o, _c in data.quads((None, None, None, None)))
    else:
        triples = data
    return _write(path, _ntriples_text(triples).encode("utf-8"))


def load_context() -> dict[str, Any]:
    """The JSON-LD ``@context`` from ``ontology/context.jsonld`` (read locally, never fetched)."""
    path = ontology_file("context.jsonld")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OutputError(f"cannot read JSON-LD context {path}: {exc}") from exc
    return dict(doc.get("@context", doc))


def _canonical(value: Any) -> Any:
    """Sort JSON-LD node arrays and value sets so the file does not depend on set order.

    Multi-valued properties are unordered in RDF (we emit no @list), so sorting
    the arrays changes nothing a JSON-LD processor sees.
    """
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(data: nx.MultiDiGraph | Graph, path: Path) -> Path:
    """Write compact JSON-LD using the local ``ontology/context.jsonld`` (embedded in the file)."""
    graph = _as_graph(data)
    context = load_context()
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    doc = json.loads(text)
    if isinstance(doc, dict):
        body = {k: v for k, v in doc.items() if k != "@context"}
        if "@graph" not in body:  # a single node gets compacted without @graph
            body = {"@graph": [body]} if body else {"@graph": []}
        out: dict[str, Any] = {"@context": context, "@graph": _canonical(body["@graph"])}
    else:
        out = {"@context": context, "@graph": _canonical(doc)}
    payload = json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return _write(path, payload.encode("utf-8"))


def write_trig(data: nx.MultiDiGraph | Dataset, path: Path) -> Path:
    """Write TriG: shared facts in the default graph, one named graph per source document.

    Each block is laid out exactly as rdflib's (sorting) Turtle writer lays it
    out (see :func:`_turtle_statements`); the named graphs are written in IRI
    order, so the file is byte-identical on rebuild.
    """
    if isinstance(data, nx.Graph):
        quads: Iterable[Quad] = _quads(data)
    else:
        quads = (
            (s, p, o, None if c.identifier == DATASET_DEFAULT_GRAPH_ID else URIRef(str(c.identifier)))
            for c in data.graphs()
            for s, p, o in c
        )
    return _write(path, _trig_text(quads).encode("utf-8"))


def _trig_text(quads: Iterable[Quad]) -> str:
    """The TriG document of ``quads`` (any order): default graph first, named graphs by IRI."""
    groups: dict[str, list[tuple[Node, Node, Node]]] = {}
    names: dict[str, URIRef | None] = {}
    for s, p, o, graph in quads:
        key = str(graph) if graph is not None else ""
        groups.setdefault(key, []).append((s, p, o))
        names[key] = graph
    prefix_lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    blocks = ["\n".join(prefix_lines) + "\n"]
    labeller = _Labeller()
    for key in sorted(groups):
        body = _turtle_statements(set(groups[key]), labeller)
        graph = names[key]
        if graph is None:
            blocks.append("{\n" + body + "}\n")
        else:
            blocks.append(f"{URIRef(str(graph)).n3()} {{\n" + body + "}\n")
    return "\n".join(blocks)


class _Labeller:
    """Turtle spellings of terms, as rdflib's Turtle writer spells them, cached per IRI.

    One rdflib ``TurtleSerializer`` over an empty graph carrying our prefixes
    does the spelling (prefixed names, escapes, literal forms), so the text is
    rdflib's own; only the per-document serializer set-up and the repeated
    prefixed-name look-ups that made TriG slow are gone.
    """

    def __init__(self) -> None:
        graph = Graph()
        _bind(graph)
        self._ser = TurtleSerializer(graph)
        self._cache: dict[tuple[URIRef, bool], str] = {}

    def __call__(self, node: Node, verb: bool = False) -> str:
        if verb and node == RDF.type:
            return "a"
        if isinstance(node, URIRef):
            key = (node, verb)
            text = self._cache.get(key)
            if text is None:
                text = self._ser.label(node, VERB if verb else OBJECT)
                self._cache[key] = text
            return text
        return self._ser.label(node, OBJECT)


def _turtle_statements(triples: set[tuple[Node, Node, Node]], label: _Labeller) -> str:
    """Turtle statements of one graph without @prefix lines, byte for byte as rdflib writes them.

    Mirrors ``rdflib.plugins.serializers.turtle.TurtleSerializer`` for graphs
    without blank nodes or lists (ours have none): rdfs:Class members first,
    then subjects by (times used as object, IRI); rdf:type and rdfs:label
    first, then predicates sorted; objects sorted.
    """
    props: dict[Node, dict[Node, list[Node]]] = {}
    refs: dict[Node, int] = {}
    for s, p, o in triples:
        refs[o] = refs.get(o, 0) + 1
        props.setdefault(s, {}).setdefault(p, []).append(o)
    top = sorted(s for s, ps in props.items() if RDFS.Class in ps.get(RDF.type, ()))
    seen = set(top)
    rest = sorted(
        (isinstance(s, BNode), refs.get(s, 0), s) for s in props if s not in seen
    )
    statements: list[str] = []
    for subject in top + [s for _b, _r, s in rest]:
        by_pred = props[subject]
        for objects in by_pred.values():
            objects.sort()
        order = [p for p in (RDF.type, RDFS.label) if p in by_pred]
        order += sorted(p for p in by_pred if p not in (RDF.type, RDFS.label))
        parts = [label(subject)]
        for i, pred in enumerate(order):
            if i:
                parts.append(" ;\n    ")
                parts.append(label(pred, True))
            else:
                parts.append(" " + label(pred, True))
            objects = by_pred[pred]
            parts.append(" " + label(objects[0]))
            for obj in objects[1:]:
                parts.append(",\n        " + label(obj))
        parts.append(" .")
        statements.append("".join(parts))
    return "\n\n".join(statements) + "\n"


def document_graphs(ds: Dataset) -> list[URIRef]:
    """IRIs of the per-document named graphs of a Dataset made by :func:`to_rdf`, sorted."""
    return sorted(
        URIRef(str(c.identifier))
        for c in ds.graphs()
        if c.identifier != DATASET_DEFAULT_GRAPH_ID and len(c)
    )


RDF_FILES = ("graph.ttl", "graph.jsonld", "graph.nt", "graph.trig")


def write_rdf(g: nx.MultiDiGraph, outdir: Path, *, jobs: int = 1) -> list[Path]:
    """Write graph.ttl, graph.jsonld, graph.nt and graph.trig into ``outdir``; return paths.

    Why this shape: the quads are computed once; N-Triples and TriG are
    written straight from them, and only Turtle and JSON-LD (which rdflib
    writes) get an rdflib Graph, built once and dropped afterwards — no
    Dataset plus flattened copy held side by side. With ``jobs > 1`` (and
    ``fork`` available) the rdflib half runs in a forked child while this
    process writes the line formats; the bytes are the same either way.
    """
    outdir = Path(outdir)
    quads = _quads(g)
    ttl, jsonld, nt, trig = (outdir / name for name in RDF_FILES)

    def line_formats() -> None:
        _write(nt, _ntriples_text((s, p, o) for s, p, o, _c in quads).encode("utf-8"))
        _write(trig, _trig_text(quads).encode("utf-8"))

    def rdflib_formats() -> None:
        flat = _graph_of_quads(quads)
        write_turtle(flat, ttl)
        write_jsonld(flat, jsonld)

    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        _in_forked_child(rdflib_formats, line_formats)
    else:
        line_formats()
        rdflib_formats()
    return [ttl, jsonld, nt, trig]


def _in_forked_child(child: Callable[[], None], parent: Callable[[], None]) -> None:
    """Run ``child`` in a forked process while this one runs ``parent``; re-raise either's error.

    Fork (not spawn) so the child shares the already-built quads instead of
    pickling them; the child reports an :class:`OutputError` message back
    through a pipe, so the caller still sees the library's own exception.
    """
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def run() -> None:
        try:
            child()
            send.send(None)
        except OutputError as exc:
            send.send(str(exc))
        except BaseException as exc:  # anything else: report it, never a traceback
            send.send(f"RDF export failed: {type(exc).__name__}: {exc}")
        finally:
            send.close()

    proc = ctx.Process(target=run, daemon=True)
    proc.start()
    send.close()
    try:
        parent()
    finally:
        try:
            message = recv.recv()
        except EOFError:
            message = f"RDF export worker exited with code {proc.exitcode}"
        proc.join()
        recv.close()
    if message is not None:
        raise OutputError(message)


def iter_prefixes() -> Iterable[tuple[str, str]]:
    """(prefix, namespace IRI) pairs used in every file, sorted."""
    return sorted((p, str(ns)) for p, ns in PREFIXES.items())
