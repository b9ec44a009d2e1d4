"""RDF namespaces, declared once for the whole package."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg.prefixes import PREFIX_IRIS

CM = Namespace(PREFIX_IRIS["cm"])
CMID = Namespace(PREFIX_IRIS["cmid"])
WD = Namespace(PREFIX_IRIS["wd"])

PREFIXES: dict[str, Namespace] = {prefix: Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}
for _prefix, _vocab in (
    ("rdf", RDF), ("rdfs", RDFS), ("owl", OWL), ("skos", SKOS), ("prov", PROV),
    ("dcterms", DCTERMS), ("schema", SDO), ("xsd", XSD),
):  # fmt: skip
    assert str(PREFIXES[_prefix]) == str(_vocab), _prefix

__all__ = ["CM", "CMID", "DCTERMS", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SDO", "SKOS", "WD", "XSD"]
