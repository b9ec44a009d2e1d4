"""The data model that flows through the pipeline: ingest -> extract -> resolve -> graph.

Every stage takes and returns these dataclasses, so each stage can be tested on
its own and the stages stay in one direction. Offsets are character offsets
into ``Document.text`` (Python ``str`` indices), so evidence can always be cut
back out of the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["Person", "Organization", "State"]
Side = Literal["US", "China", "Other"]
ClaimKind = Literal["Leverage", "Demand", "Threat", "Statement"]
Lang = Literal["en", "zh-Hant", "zh-Hans"]

ACTOR_TYPES: tuple[str, ...] = ("Person", "Organization", "State")
SIDES: tuple[str, ...] = ("US", "China", "Other")
CLAIM_KINDS: tuple[str, ...] = ("Leverage", "Demand", "Threat", "Statement")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, with its offsets into ``Document.text``."""

    start: int
    end: int
    text: str


@dataclass
class Document:
    """One article (or one feed item of a page), as read from disk.

    ``id`` is stable across runs: derived from the file name (and the item
    number for feed items or JSONL lines), never from the time of reading.
    ``lang`` is ``en``, ``zh-Hant`` or ``zh-Hans`` (detected at ingest).
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    source: str | None = None
    url: str | None = None
    lang: str = "zh-Hant"
    path: str = ""
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class RoleMention:
    """A title a person holds, as the text gives it.

    ``of`` is the document-local key of the state or organisation the title
    belongs to (``None`` when the text does not say).
    """

    title: str
    of: str | None = None
    former: bool = False
    lang: str = "zh-Hant"


@dataclass
class ActorMention:
    """One actor as found in one document, before cross-document resolution.

    ``key`` is local to the document. ``names`` holds every surface form seen
    (first = fullest form in the text's script); ``latin`` the English/Latin
    name when the text gives one; ``lexicon_id`` the id of a known actor in
    ``ontology/actors.ttl`` when it matched one (resolution merges on it).
    """

    key: str
    type: str
    names: list[str]
    side: str = "Other"
    latin: str | None = None
    lexicon_id: str | None = None
    roles: list[RoleMention] = field(default_factory=list)
    lang: str = "zh-Hant"


@dataclass
class ClaimMention:
    """A leverage, demand, threat or statement found in one sentence.

    ``actor`` and ``target`` are document-local actor keys. ``phrase`` is the
    words as extracted (the bargaining item, or the quote for statements);
    ``issue`` is a lexicon issue id when the phrase matched one, otherwise
    ``None`` and resolution mints a new issue concept from ``phrase``.
    ``date`` is the ISO day the claim reports (see :mod:`kg.dates`): a day
    the sentence names, else the document's date; ``None`` until resolution
    dates it, and for claims of undated documents.
    """

    kind: str
    actor: str
    phrase: str
    sentence: Sentence
    target: str | None = None
    issue: str | None = None
    quote: str | None = None
    lang: str = "zh-Hant"
    date: str | None = None


@dataclass
class DocExtraction:
    """Everything extracted from one document."""

    doc: Document
    actors: dict[str, ActorMention] = field(default_factory=dict)
    claims: list[ClaimMention] = field(default_factory=list)
