"""Extraction: one document in, its actors, roles and claims out (see :mod:`kg.model`).

The language of the document picks the extractor; both read the same lexicon
(``ontology/``) and produce the same model, so resolution and export never
care which language a fact came from.
"""

from __future__ import annotations

from kg.lexicon import Lexicon
from kg.model import DocExtraction, Document


def extract(doc: Document, lex: Lexicon) -> DocExtraction:
    """Actors, roles and claims of one document."""
    if doc.lang == "en":
        from kg.extract.en import extract_en

        return extract_en(doc, lex)
    from kg.extract.zh import extract_zh

    return extract_zh(doc, lex)
