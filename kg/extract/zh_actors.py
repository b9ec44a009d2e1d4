"""Chinese actor and role recognition: who is named where in a zh-Hant/zh-Hans text.

Matching runs on the Simplified copy of the text (:func:`kg.textnorm.to_simplified`
keeps offsets 1:1) so one lexicon serves both scripts; labels are cut from the
original text so names keep the script the outlet wrote them in.
"""

from __future__ import annotations

from kg.extract.mentions import ActorIndex, Span
from kg.lexicon import Lexicon
from kg.model import ActorMention, Document
from kg.textnorm import has_cjk, to_simplified


def _lexicon_terms(lex: Lexicon) -> dict[str, list[tuple[str, str]]]:
    """Chinese lexicon keys grouped by first character, longest first: (key, actor id)."""
    by_first: dict[str, set[tuple[str, str]]] = {}
    for aid, entry in sorted(lex.actors.items()):
        for t in entry.terms:
            if has_cjk(t.key):
                by_first.setdefault(t.key[0], set()).add((t.key, aid))
    return {c: sorted(v, key=lambda kv: (-len(kv[0]), kv)) for c, v in by_first.items()}


def find_actors(doc: Document, lex: Lexicon) -> ActorIndex:
    """Every actor of a Chinese document and every span that mentions it."""
    text = doc.text
    simp = to_simplified(text)
    terms = _lexicon_terms(lex)
    index = ActorIndex()
    i = 0
    while i < len(simp):
        hit = None
        for key, aid in terms.get(simp[i], ()):
            if simp.startswith(key, i):
                hit = (key, aid)
                break
        if hit is None:
            i += 1
            continue
        key, aid = hit
        entry = lex.actors[aid]
        surface = text[i : i + len(key)]
        m = index.actors.get(aid)
        if m is None:
            m = ActorMention(
                key=aid, type=entry.type, names=[], side=entry.side, lexicon_id=aid, lang=doc.lang
            )
            latin = entry.labels.get("en")
            m.latin = latin
            index.actors[aid] = m
        if surface not in m.names:
            m.names.append(surface)
        index.add_span(Span(i, i + len(key), aid))
        i += len(key)
    for m in index.actors.values():
        m.names.sort(key=lambda n: (-len(n), n))
    return index
