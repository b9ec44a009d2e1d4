"""Chinese extraction: actors and roles first, then the claims that refer to them."""

from __future__ import annotations

from kg.extract.measures import find_measures
from kg.extract.zh_actors import find_actors, simplified
from kg.extract.zh_claims import find_claims
from kg.ingest import split_sentences
from kg.lexicon import Lexicon
from kg.model import DocExtraction, Document


def extract_zh(doc: Document, lex: Lexicon) -> DocExtraction:
    """Actors, roles and claims of a Chinese document.

    The claim finder needs to know who is mentioned where (holders, speakers),
    so actors are found first and handed to it as an index. Actors that end up
    with no mention (none expected, but a recogniser may release a span) are
    dropped so the graph never holds a node without evidence.
    """
    index = find_actors(doc, lex)
    claims = find_claims(doc, lex, index)
    sentences = doc.sentences or split_sentences(doc.text)
    claims += find_measures(simplified(doc.text), doc.text, doc.lang, sentences, index, lex, claims, doc.date)
    mentioned = {s.key for s in index.spans}
    actors = {k: a for k, a in sorted(index.actors.items()) if k in mentioned}
    return DocExtraction(doc=doc, actors=actors, claims=claims)
