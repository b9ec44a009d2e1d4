"""SHACL validation of a chouma graph against ``ontology/shapes.ttl``.

Why: the shipped queries, the evaluation and users' own SPARQL rely on the
RDF core contract (one actor and one evidence sentence per claim, a side per
actor ...). Checking the written file catches an exporter or extractor that
drifted from it before an analyst finds a hole in a query result.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import InputError
from kg.namespaces import PREFIXES
from kg.resources import ontology_file

_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
}


def load_graph(path: Path | str) -> Graph:
    """Read an RDF file (format from its extension) into one Graph; InputError when unreadable.

    Quad formats (TriG, N-Quads) are flattened: the shapes speak about the
    union of the default graph and the per-document graphs.
    """
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .nt, .trig, .nq or .jsonld)")
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(path, format=fmt)
            return _flatten(ds)
        graph = Graph()
        graph.parse(path, format=fmt)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except Exception as exc:  # rdflib raises many parser-specific types
        # rdflib's BadSyntax puts the position on line 1 and the cause on line 2
        first = " ".join(str(exc).strip().splitlines()[:2]) or type(exc).__name__
        raise InputError(f"{path}: not valid {fmt}: {first}") from exc
    return graph


def _flatten(ds: Dataset) -> Graph:
    out = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def _short(node: Node | None) -> str:
    """A compact name for a report line: prefix:local, else <iri> or the literal."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(ns)) and len(text) > len(str(ns)):
                return f"{prefix}:{text[len(str(ns)) :]}"
        return f"<{text}>"
    return node.n3()


def validate(data_graph: Graph | Dataset | Path | str) -> tuple[bool, str]:
    """Validate a graph (or an RDF file) against the shapes; return (conforms, readable report).

    The report has one line per violation, ``focus-node  path  message``,
    sorted so two runs on the same graph print the same thing.
    """
    from pyshacl import validate as shacl_validate  # import late: pyshacl is slow to import

    if isinstance(data_graph, (str, Path)):
        data = load_graph(data_graph)
    elif isinstance(data_graph, Dataset):
        data = _flatten(data_graph)
    else:
        data = data_graph
    shapes = Graph()
    shapes.parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=False
    )
    lines: list[str] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        if message is None:
            component = results.value(result, SH.sourceConstraintComponent)
            message = _short(component) if component is not None else "violation"
        lines.append(f"{_short(focus)}  {_short(path) if path is not None else '-'}  {message}")
    lines = sorted(set(lines))
    if conforms:
        return True, "conforms: 0 violations"
    header = f"does not conform: {len(lines)} violation{'s' if len(lines) != 1 else ''}"
    return False, "\n".join([header, *lines])
