"""Extraction: one document in, its actors, roles and claims out (see :mod:`kg.model`).

The language of the document picks the extractor; both read the same lexicon
(``ontology/``) and produce the same model, so resolution and export never
care which language a fact came from.
"""

from __future__ import annotations

import re

from kg.extract.mentions import names_outlet
from kg.lexicon import Lexicon
from kg.model import ClaimMention, DocExtraction, Document
from kg.textnorm import to_simplified
from kg.things import is_fragment, is_wanted_action, trim_phrase

# "(and) that Doe talked him down": a clause reported after a verb of speech, never a thing asked
_REPORTED_CLAUSE = re.compile(r"(?:and\s+|but\s+)?that\s", re.IGNORECASE)


def extract(doc: Document, lex: Lexicon) -> DocExtraction:
    """Actors, roles and claims of one document."""
    if doc.lang == "en":
        from kg.extract.en import extract_en

        ex = extract_en(doc, lex)
    else:
        from kg.extract.zh import extract_zh

        ex = extract_zh(doc, lex)
    # statements keep their own tests of short quotes (zh_claims: _term_quote; en_claims: a quoted
    # modifier, a state's catchword): one English word a named person is quoted as saying
    # ('described the remarks as "inflammatory"') was said. An English claim whose phrase is a
    # piece of a clause ('just days after China unveiled …') was cut from the wrong place even
    # where it names an issue; a Chinese phrase cut short still names its issue rightly more often
    # than not (dev: dropping those lost more than it gained).
    # Cut before an attachment only where an issue stands behind the claim, or a demand's phrase
    # opens with a wanted action (stop interfering in … under the pretext of …): any other
    # sentence-long claim with no issue is dropped below, and its cut head was a wrong extraction
    # more often than not (dev: the revived ones were 14 of 25 wrong).
    attached: set[int] = set()  # claims cut before an attachment
    for c in ex.claims:
        if c.kind != "Statement" and c.lang == "en":
            attach = c.issue is not None or (c.kind == "Demand" and is_wanted_action(c.phrase, lex))
            c.phrase, cut = trim_phrase(c.phrase, lex, attachments=attach)
            if cut:
                attached.add(id(c))
    ex.claims = [
        c for c in ex.claims
        if not (c.kind == "Demand" and c.lang == "en" and _bare_or_reported(c, lex))
    ]
    ex.claims = [
        c for c in ex.claims
        if c.kind == "Statement"
        or (c.issue and not (c.lang == "en" and is_fragment(c.phrase, lex) and not _labels_issue(c, lex)))
        or not (_sentence_long(c.phrase) or is_fragment(c.phrase, lex))
    ]
    ex.claims = [c for c in ex.claims if not _no_chip(c)]
    outlets = _outlets(ex, lex)
    ex.claims = [
        c
        for c in ex.claims
        if not _own_company(ex, c, lex)
        and not (id(c) in attached and _cut_twice(ex.claims, c))
        and not (c.kind != "Statement" and c.actor in outlets)
        and not (c.kind != "Statement" and _independent(ex, c.actor, lex))
        and not (c.kind in ("Threat", "Leverage") and _no_government(ex, c.actor))
    ]
    return ex


def _independent(ex: DocExtraction, key: str, lex: Lexicon) -> bool:
    """A person of no side who speaks for no one: a commentator (``<lang>-commentator-title``: an
    analyst, a professor) at a body of no side the lexicon does not know. What they call a card, a
    demand or a threat is their reading of the bargaining, not a move of theirs (dev gold: no
    leverage or threat, and one demand in seventy, is held by such a person); the chair of an
    industry body or the head of a known company asks for what the body wants."""
    actor = ex.actors.get(key)
    if actor is None or actor.type != "Person" or actor.side != "Other" or actor.lexicon_id is not None:
        return False
    if not actor.roles:
        return False  # known by no post: whom they speak for, the text does not say
    for role in actor.roles:
        employer = ex.actors.get(role.of) if role.of is not None else None
        if employer is not None and (employer.side != "Other" or employer.lexicon_id is not None):
            return False  # a post at a state or at a body the lexicon knows (a council of Taiwan's, a listed firm)
        title = to_simplified(role.title).casefold()
        words = lex.cue_keys(f"{role.lang}-commentator-title", role.lang)
        if not any(title.endswith(w) for w in words):
            return False  # chair, chief executive, minister: speaks for a body
    return True


def _no_government(ex: DocExtraction, key: str) -> bool:
    """A company, a body or a person of no side (an industry group, a carmaker, a broker, someone
    named with no post, or posts only at such bodies): what it warns of is a consequence it fears
    (shutdowns, outages, job losses), no punitive step it can take against a side, and what it holds
    is no side's chip (dev gold: 10 of 1,071 required threats and 6 of 1,686 required leverage items
    are held by a company or body of no side, none by such a person). A post of no state named
    (Vice-Foreign Minister Le Yucheng) may be a side's: kept; so is anyone the lexicon knows."""
    actor = ex.actors.get(key)
    if actor is None or actor.side != "Other":
        return False
    if actor.type == "Person":
        # (a post of no state named, "Vice-Foreign Minister Le Yucheng", may be a side's: kept)
        return actor.lexicon_id is None and all(
            (emp := ex.actors.get(role.of or "")) is not None and emp.side == "Other" for role in actor.roles
        )
    return actor.type == "Organization"


def _labels_issue(c: ClaimMention, lex: Lexicon) -> bool:
    """A phrase that is one of its issue's own labels (never sit idly by: countermeasures) names its
    thing whatever word it ends with: no fragment."""
    entry = lex.issues.get(c.issue or "")
    return entry is not None and any(t.key == c.phrase.casefold() for t in entry.terms)


def _no_chip(c: ClaimMention) -> bool:
    """An English leverage claim with no issue that names no thing held: a name alone (China), or
    the opening of its sentence, a clause with its own subject ("The first is money",
    "Trump played it openly", "That arrangement"): a cue's words cut from where a reader sees no chip."""
    if c.kind != "Leverage" or c.lang != "en" or c.issue is not None:
        return False
    if len(c.phrase.split()) <= 1 and not c.phrase[:1].islower():
        return True
    return c.sentence.text.lstrip(" \"'\u201c\u2018(").startswith(c.phrase)


def _bare_or_reported(c: ClaimMention, lex: Lexicon) -> bool:
    """An English demand that names nothing asked: a clause reported after a verb of speech ("(and)
    that Doe talked him down"), or a wanted action's verb alone ("must stop, it said")."""
    if _REPORTED_CLAUSE.match(c.phrase):
        return True
    return c.issue is None and " " not in c.phrase.strip() and is_wanted_action(c.phrase, lex)


def _outlets(ex: DocExtraction, lex: Lexicon) -> set[str]:
    """The news outlets and agencies among the document's actors (named in ``news-outlet``, or a
    name ending in an outlet's last word: ``<lang>-outlet-tail``, Times, 日報, 通訊社): they report
    the leverage, demands and threats of others; the one reported holds them, never the outlet."""
    names = frozenset(t.text for t in lex.cues("news-outlet"))
    tails = tuple(" " + k for k in lex.cue_keys("en-outlet-tail", "en"))  # (keys are case-folded)
    tails += tuple(t.text for t in lex.cues("zh-outlet-tail"))
    return {
        key
        for key, actor in ex.actors.items()
        if actor.type == "Organization" and names_outlet(actor.names, names, tails)
    }


def _cut_twice(claims: list[ClaimMention], c: ClaimMention) -> bool:
    """An English claim whose phrase, cut before an attachment, is a part of another's of the same
    kind and holder in its sentence (address differences with China / … through dialogue): another
    rule found the fuller one; it is the claim."""
    return any(
        d is not c
        and d.kind == c.kind
        and d.actor == c.actor
        and d.sentence.start == c.sentence.start
        and d.phrase != c.phrase
        and c.phrase in d.phrase
        and not _sentence_long(d.phrase)
        for d in claims
    )


def _own_company(ex: DocExtraction, c: ClaimMention, lex: Lexicon) -> bool:
    """A demand one side makes of a company based in its own country (美國商務部要求輝達…,
    Commerce told Nvidia to …): a rule for its own industry, not a demand in the bargaining
    between the sides. Where a company is based is data (``cm:basedIn`` in ontology/actors.ttl).
    Chinese only: there the one asked stands right after 要求/敦促; an English target may be the
    thing a demand is about (pressed for the restrictions on Huawei to be lifted)."""
    if c.kind != "Demand" or c.target is None or c.lang == "en":
        return False
    asked, asker = ex.actors.get(c.target), ex.actors.get(c.actor)
    if asked is None or asker is None or asker.side not in ("US", "China"):
        return False
    entry = lex.actors.get(asked.lexicon_id or "")
    return entry is not None and entry.based == asker.side


def _term_quote(quote: str) -> bool:
    """Words in Chinese quotation marks too short to have been said (a term or a scare quote:
    「台灣問題」, 「AI」): fewer than four Chinese characters, or one Latin word. Chinese statements
    apply it in :mod:`kg.extract.zh_claims`, which knows when a short quote is the whole
    object of a verb of speech (他只回應「再看看」) and so was said."""
    text = quote.strip(" .,!?;:。，！？；：…")
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    words = len(re.findall(r"[^\s\u4e00-\u9fff]+", text))
    return cjk + words < 4 if cjk else words <= 1


def _sentence_long(phrase: str) -> bool:
    """A claim phrase as long as a sentence names no item (shared/gold/README.md: over 30 Chinese or
    60 Latin characters); with no issue either, the claim says nothing a reader can use."""
    from kg.things import is_sentence_phrase

    return is_sentence_phrase(phrase)
