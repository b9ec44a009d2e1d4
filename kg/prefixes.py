"""The namespace IRIs of every file we write, as plain strings.

Why apart from :mod:`kg.namespaces`: importing rdflib costs a tenth of a
second, and ``kg query`` (which answers with pyoxigraph) should not pay it.
"""

from __future__ import annotations

PREFIX_IRIS: dict[str, str] = {
    "cm": "https://w3id.org/chouma/ontology#",
    "cmid": "https://w3id.org/chouma/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}
