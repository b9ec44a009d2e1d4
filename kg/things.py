"""Whether an extracted phrase names a thing that can be bargained over (an issue node) or not.

Claims keep the words they were extracted from as their phrase, but only a
thing becomes an issue node: a concept of ``ontology/issues.ttl`` or a short
noun phrase. A pronoun ("it", 這), a clause ("As Beijing …", 停止竊取技術, "grave
consequences if she is not released"), an evaluation (非常不理性) or a quote is
no issue; a claim with such a phrase points at its document instead, so the
graph never holds an issue node a reader cannot bargain over.

The words that mark a clause are data (``<p>-not-thing-start``: verbs and
conjunctions that open one; ``<p>-not-thing-word``: pronouns, auxiliaries,
degree adverbs, conjunctions anywhere), so a new language is a data entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import Lexicon
from kg.textnorm import has_cjk, to_simplified

_MAX_CJK = 12  # characters: longer Chinese phrases are clauses in practice
_MAX_WORDS = 6  # words: longer English phrases are clauses in practice
_QUOTES = "\"“”「」『』'‘’"


@dataclass(frozen=True)
class _Words:
    """The lexicon's words that tell a thing from a clause or a fragment of a sentence."""

    zh_start: tuple[str, ...]
    en_word: frozenset[str]
    en_start: tuple[str, ...]
    zh_word: tuple[str, ...]
    speech: frozenset[str]
    en_fragment_start: frozenset[str]
    en_fragment_end: frozenset[str]
    en_object_pronoun: frozenset[str]
    zh_fragment_start: tuple[str, ...]
    zh_fragment_end: tuple[str, ...]
    en_adjunct: re.Pattern[str] | None
    en_frame: re.Pattern[str] | None
    en_weak: re.Pattern[str] | None
    en_preposition: re.Pattern[str] | None
    en_that_verbs: frozenset[str]
    en_action: frozenset[str]


_WORDS: dict[int, tuple[Lexicon, _Words]] = {}


def _words(lex: Lexicon) -> _Words:
    """The lexicon's clause-marking words, read once per lexicon object."""
    hit = _WORDS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = (
            lex,
            _Words(
                zh_start=tuple(lex.cue_keys("zh-not-thing-start", "zh")),
                en_word=frozenset(lex.cue_keys("en-not-thing-word", "en")),
                en_start=tuple(lex.cue_keys("en-not-thing-start", "en")),
                zh_word=tuple(lex.cue_keys("zh-not-thing-word", "zh")),
                speech=frozenset(lex.cue_keys("en-speech", "en")),
                en_fragment_start=frozenset(lex.cue_keys("en-fragment-start", "en")),
                en_fragment_end=frozenset(lex.cue_keys("en-fragment-end", "en")),
                en_object_pronoun=frozenset(lex.cue_keys("en-object-pronoun", "en")),
                zh_fragment_start=tuple(lex.cue_keys("zh-fragment-start", "zh")),
                zh_fragment_end=tuple(lex.cue_keys("zh-fragment-end", "zh")),
                en_adjunct=_adjunct_pattern(lex.cue_keys("en-phrase-adjunct", "en")),
                en_frame=_frame_pattern(lex.cue_keys("en-phrase-frame", "en")),
                en_weak=_adjunct_pattern(lex.cue_keys("en-phrase-attachment", "en")),
                en_preposition=_adjunct_pattern(lex.cue_keys("en-phrase-preposition", "en")),
                en_that_verbs=frozenset(lex.cue_keys("en-demand-that", "en"))
                | frozenset(lex.cue_keys("en-speech", "en")),
                en_action=frozenset(lex.cue_keys("en-wanted-action", "en")),
            ),
        )
        _WORDS[id(lex)] = hit
    return hit[1]


def _frame_pattern(keys: list[str]) -> re.Pattern[str] | None:
    """Frame words opening a phrase, with the determiner after them (fulfill its promise of …)."""
    if not keys:
        return None
    alts = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?:{alts})\s+(?:its|their|the|his|her)\s+\w+\s+(?:of|to)\s+", re.IGNORECASE)


def _adjunct_pattern(keys: list[str]) -> re.Pattern[str] | None:
    """Adjunct-opening words as one pattern: whole words, a dash wherever it stands."""
    if not keys:
        return None
    alts = [re.escape(k) if not k[:1].isalnum() else rf"(?<![\w-]){re.escape(k)}(?![\w-])" for k in keys]
    return re.compile("|".join(alts), re.IGNORECASE)


def trim_adjunct(phrase: str, lex: Lexicon, attachments: bool = True) -> str:
    """An English claim phrase as long as a sentence, cut before the adjunct that follows its item
    (see :func:`trim_phrase`)."""
    return trim_phrase(phrase, lex, attachments)[0]


def trim_phrase(phrase: str, lex: Lexicon, attachments: bool = True) -> tuple[str, bool]:
    """An English claim phrase as long as a sentence, cut before the adjunct that follows its item,
    and whether the cut was made before an attachment.

    A rule that takes a verb phrase to its clause's end often brings along what only frames the
    item: its purpose (to safeguard its interests), its legal ground (in accordance with Chinese
    law), a consequence (potentially adding to tensions), a time clause (after …). Those words are
    data (``en-phrase-adjunct``); the phrase is cut before the first of them that leaves a whole
    phrase (no fragment) of at least two words. A promise's frame opening it (``en-phrase-frame``:
    fulfill its promise of …) is dropped first: what was promised is the thing. Short phrases
    already name their thing and are left alone, as are Chinese ones (their rules stop at the
    clause's comma).

    A phrase still as long as a sentence after that is cut, with ``attachments``, before the last
    word attaching a phrase to its item (``en-phrase-attachment``: under the pretext of …, by the
    Commerce Department, that would …) that leaves it short: the longest head that names a thing.
    "demanded that …" is no attachment (the demand follows), and coordinations stay whole. Where
    no such word leaves it short, before the last preposition that does (``en-phrase-preposition``:
    lift restrictions on exports of high-technology products [to the country]), unless the phrase
    is an adjunct itself (after the United States announced …).
    """
    if has_cjk(phrase) or not is_sentence_phrase(phrase):
        return phrase, False
    w = _words(lex)
    fm = w.en_frame.match(phrase) if w.en_frame is not None else None
    if fm is not None and len(phrase) - fm.end() >= 8:
        # "fulfill its promise of buying $200 billion more of US goods": the thing promised
        phrase = phrase[fm.end() :]
        if not is_sentence_phrase(phrase):
            return phrase, False
    if w.en_adjunct is None:
        return phrase, False
    for m in w.en_adjunct.finditer(phrase):
        head = phrase[: m.start()].rstrip(" ,;:")
        if len(re.findall(r"[A-Za-z]+", head)) >= 2 and not is_fragment(head, lex):
            return head, False
    if not attachments or w.en_weak is None:
        return phrase, False
    # still a sentence: the longest head that ends before a phrase attached to it and names a thing;
    # failing that, before a phrase a preposition attaches (… products to the Southeast Asian country),
    # unless the phrase is an adjunct itself (after the United States announced …: a clause, no thing)
    opens_adjunct = w.en_adjunct.match(phrase) is not None
    for words_rx in (w.en_weak, None if opens_adjunct else w.en_preposition):
        best = _attached_head(phrase, words_rx, w, lex)
        if best != phrase:
            return best, True
    return phrase, False


def _attached_head(phrase: str, rx: re.Pattern[str] | None, w: _Words, lex: Lexicon) -> str:
    """The longest head of ``phrase`` that ends before a match of ``rx`` and names a thing (short,
    no fragment), else ``phrase``."""
    best = phrase
    if rx is None:
        return best
    for m in rx.finditer(phrase):
        head = phrase[: m.start()].rstrip(" ,;:")
        if is_sentence_phrase(head):
            break
        if LIST_COMMA.match(phrase, m.start()):
            continue  # "an open, fair and nondiscriminatory environment": a list's comma, no attachment
        words = re.findall(r"[A-Za-z]+", head)
        if m.group(0).lower() == "that" and words and words[-1].lower() in w.en_that_verbs:
            continue  # "demanded that China …": what follows is the demand itself, not an attachment
        if len(words) >= 2 and not is_fragment(head, lex):
            best = head
    return best


_PRONOUN_OBJECT_WORDS = 3  # a phrase ending in an object pronoun names nothing when it is this short

# an English list item of one word, another item after it (open, fair and …; equality, respect, and …)
ONE_WORD_ITEM = re.compile(r"[a-z-]+(?:,\s|\s+(?:and|or)\s)")
LIST_COMMA = re.compile(r",\s+" + ONE_WORD_ITEM.pattern)  # the comma before such an item

# a modal's perfect (should've said, must have known): what was not done in the past, nothing asked now
_PAST_MODAL = re.compile(r"(?:['\u2019]ve|\s+have)\s+[a-z]+(?:ed|en|wn|id|ne|ght)\b")


def past_modal(text: str, pos: int) -> bool:
    """Whether the English modal ending at ``pos`` is in its perfect ("should've said", "should
    have lifted"): a reproach of what was not done, no demand of what to do."""
    return _PAST_MODAL.match(text, pos) is not None


def is_wanted_action(phrase: str, lex: Lexicon) -> bool:
    """True when an English phrase opens with a verb of a wanted action (``en-wanted-action``: stop,
    refrain, treat …), after at most an adverb (immediately stop …), or with 'not' (not target …):
    what a demand asks done, or not done."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", phrase)
    if words and words[0].endswith("ly") and len(words) > 1:
        words = words[1:]
    if len(words) > 1 and words[0] in ("not", "never"):
        return True  # "not target U.S. farmers": an act to refrain from is wanted too
    return bool(words) and words[0] in _words(lex).en_action


def is_thing(phrase: str, lex: Lexicon) -> bool:
    """True when ``phrase`` can name an issue: short, a noun phrase, no pronoun, clause or quote."""
    text = phrase.strip()
    if len(text) < 2 or any(q in text for q in _QUOTES):
        return False
    w = _words(lex)
    if has_cjk(text):
        s = to_simplified(text)
        return not (len(s) > _MAX_CJK or s.startswith(w.zh_start) or any(x in s for x in w.zh_word))
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|\d[\d.,%$]*", text)
    if not words or len(words) > _MAX_WORDS:
        return False
    lower = [w.casefold() for w in words]
    if any(x in w.en_word or x in w.speech for x in lower):
        return False  # a pronoun or an auxiliary, or a verb of speech (the Department of Commerce responded)
    return not (lower[0] in w.en_start or (lower[0].endswith("ing") and lower[0] not in ("spending", "shipping")))


_MAX_THING_CJK = 30
_MAX_THING_LATIN = 60


def is_sentence_phrase(phrase: str) -> bool:
    """True when a claim's phrase is too long to name a thing (gold README: then only its issue's labels count).

    A phrase of more than 30 Chinese or 60 Latin characters is a clause or a
    sentence; crediting it for a keyword somewhere inside would reward
    extracting whole sentences instead of the bargaining item.
    """
    limit = _MAX_THING_CJK if has_cjk(phrase) else _MAX_THING_LATIN
    return len(phrase.strip()) > limit


def is_fragment(phrase: str, lex: Lexicon) -> bool:
    """True when ``phrase`` is a piece of a sentence that names nothing, neither a thing nor a
    wanted action: it opens a clause of its own (It caters to…, He said…, 他說…) or a
    preposition left from a cut (with the minister), or it was cut before its end (…orders
    and, …trade war as, 美國和). A claim with no issue and such a phrase says nothing."""
    text = phrase.strip()
    if not text:
        return True
    w = _words(lex)
    if has_cjk(text):
        s = to_simplified(text.rstrip("，、,；;：: "))
        return text[-1:] in "，、,；;" or s.startswith(w.zh_fragment_start) or s.endswith(w.zh_fragment_end)
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words:
        return True
    last = words[-1].casefold()
    if last in w.en_object_pronoun:
        # "not raise them" names nothing; "ban the app unless … sells it" names its thing
        return len(words) <= _PRONOUN_OBJECT_WORDS
    return text[-1:] in ",;:" or words[0].casefold() in w.en_fragment_start or last in w.en_fragment_end
