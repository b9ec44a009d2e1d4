"""English extraction: actors and roles first, then the claims that refer to them.

Same model and lexicon as the Chinese extractor (:mod:`kg.extract.zh`): actors
carry their lexicon id when the lexicon knows them and their English name as
``latin`` otherwise, so resolution merges the same person across languages.
"""

from __future__ import annotations

from kg.extract.en_actors import find_actors
from kg.extract.en_claims import find_claims, without_empty_wants
from kg.extract.measures import find_measures, same_length_lower
from kg.lexicon import Lexicon
from kg.model import DocExtraction, Document


def extract_en(doc: Document, lex: Lexicon) -> DocExtraction:
    """Actors, roles and claims of an English document.

    Claims need to know who is mentioned where (holders, speakers, pronoun
    antecedents), so actors are found first and handed over as an index.
    """
    acts = find_actors(doc, lex)
    claims = find_claims(acts, lex, doc.text)
    lower = same_length_lower(acts.text)
    claims += find_measures(lower, doc.text, "en", acts.sentences, acts.index, lex, claims, doc.date)
    claims = without_empty_wants(claims, lex)
    index = acts.index
    mentioned = {s.key for s in index.spans} | {c.actor for c in claims}
    mentioned |= {c.target for c in claims if c.target}
    mentioned |= {r.of for m in index.actors.values() for r in m.roles if r.of}
    actors = {k: a for k, a in sorted(index.actors.items()) if k in mentioned}
    for a in actors.values():
        for r in a.roles:
            if r.of is not None and r.of not in actors:
                r.of = None
    return DocExtraction(doc=doc, actors=actors, claims=claims)
