"""RDF namespaces, declared once for the whole package."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

CM = Namespace("https://w3id.org/chouma/ontology#")
CMID = Namespace("https://w3id.org/chouma/id/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "cm": CM,
    "cmid": CMID,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "schema": Namespace(str(SDO)),
    "xsd": Namespace(str(XSD)),
    "wd": WD,
}

__all__ = ["CM", "CMID", "DCTERMS", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SDO", "SKOS", "WD", "XSD"]
