"""Where actors are mentioned in a document: the hand-off from actor finding to claim finding.

Actor recognisers (per language) fill an :class:`ActorIndex`; claim finders
ask it who is mentioned where (the holder of a leverage, the speaker of a
quote). Offsets are into ``Document.text``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from kg.model import ActorMention

_START = attrgetter("start")


def names_outlet(names: Iterable[str], outlets: frozenset[str], tails: tuple[str, ...]) -> bool:
    """Whether an actor's names make it a news outlet or agency, which reports words and claims and
    holds none: one is listed (``outlets``), or one ends with an outlet's last word (``tails``: " times"
    case-folded, "日報"; Acme News Agency, not a customs agency)."""
    return any(n in outlets or f" {n.casefold()}".endswith(tails) for n in names)


@dataclass(frozen=True, order=True)
class Span:
    """One mention of an actor: ``text[start:end]`` names actor ``key``."""

    start: int
    end: int
    key: str


@dataclass
class ActorIndex:
    """The actors of one document and every place each is mentioned."""

    actors: dict[str, ActorMention] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)

    def add_span(self, span: Span) -> None:
        """Record a mention, keeping ``spans`` sorted."""
        bisect.insort(self.spans, span)

    def in_range(self, start: int, end: int) -> list[Span]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        spans = self.spans
        i = bisect.bisect_left(spans, start, key=_START)  # (a key, not Span's generated __lt__: asked often)
        out = []
        while i < len(spans) and spans[i].start < end:
            if spans[i].end <= end:
                out.append(spans[i])
            i += 1
        return out

    def last_before(self, pos: int, types: tuple[str, ...] | None = None) -> Span | None:
        """The nearest mention ending at or before ``pos`` (optionally of the given actor types)."""
        spans = self.spans
        i = bisect.bisect_right(spans, pos, key=_START)
        while i > 0:  # walk back in place: no copy of the span list per call
            i -= 1
            s = spans[i]
            if s.end <= pos and (types is None or self.actors[s.key].type in types):
                return s
        return None
