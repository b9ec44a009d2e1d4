"""Right and wrong claims per extraction rule, as pooled counts only: safe on the blind split.

    python corpus/mechanisms.py blind --lang en --kind Demand
    python corpus/mechanisms.py dev --lang zh --kind Leverage --show demand   # dev only: the claims

Each extracted leverage, demand or threat is credited to the rule that made it
(the function that built the claim and the one that called it, with the cue kind
or word where the rule has one: ``_demand:urged/demands``, ``candidate:measure/run``)
and counted right when its holder and item match a gold item of its section
(the scorer's test, without its duplicate bookkeeping), wrong otherwise;
``[is <section>]`` counts the wrong ones that match a gold item of another section.
Only counts are printed for blind, no text: a rule that is right on development
texts and wrong on blind is one the development texts taught too narrowly.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import kg.model as model  # noqa: E402
from kg.evaluate import find_text, load_gold  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.ingest import read_path  # noqa: E402
from kg.lexicon import Lexicon, load  # noqa: E402
from kg.textnorm import normalize_name  # noqa: E402
from kg.things import is_sentence_phrase  # noqa: E402

sys.path.insert(0, str(HERE))
import splits  # noqa: E402

_SECTION = {"Leverage": ("leverage", "holder"), "Demand": ("demands", "demander"), "Threat": ("threats", "actor")}
# frames that only pass a claim on: the rule is the first frame outside them
_PLUMBING = frozenset(
    {"__init__", "emit", "_emit", "_emit_item", "_emit_objects", "_emit_list", "_demand_items", "<listcomp>",
     "<genexpr>", "replace"}
)


def _rule_of(frame: FrameType | None) -> str:
    names: list[str] = []
    while frame is not None and len(names) < 2:
        name = frame.f_code.co_name
        if name not in _PLUMBING:
            cue = frame.f_locals.get("cue") if name in ("_demand", "demand") else None
            kind = frame.f_locals.get("kind") if name in ("candidate", "demand") else None
            tag = cue if isinstance(cue, str) else kind if isinstance(kind, str) else None
            names.append(f"{name}:{tag}" if tag else name)
        frame = frame.f_back
    return "/".join(names)


@contextmanager
def _rules_recorded(into: dict[int, str]) -> Iterator[None]:
    """While active, every ClaimMention made is credited to the rule that made it (by id)."""
    original = model.ClaimMention.__init__

    def init(self: model.ClaimMention, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        into[id(self)] = _rule_of(sys._getframe(1))

    model.ClaimMention.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        model.ClaimMention.__init__ = original  # type: ignore[method-assign]


def _matches(gold: dict, section: str, subject: str, ids: set[str], hay: str) -> bool:
    return any(
        set(g.get(subject, [])) & ids and any(normalize_name(k) and normalize_name(k) in hay for k in g.get("item", []))
        for g in gold.get(section, [])
    )


def count(
    split: str, lang: str, kind: str, lex: Lexicon, show: str | None = None, corpus: str = "real"
) -> Counter[tuple[str, bool]]:
    section, subject = _SECTION[kind]
    counts: Counter[tuple[str, bool]] = Counter()
    for path in sorted(splits.folder(corpus, split).glob(f"{lang}_*.json")):
        gold = load_gold(path)
        doc = next(iter(read_path(find_text(path, gold))))
        made: dict[int, str] = {}
        with _rules_recorded(made):
            ex = extract(doc, lex)
        names = {e["id"]: {normalize_name(n) for n in e["names"] if n} for e in gold["entities"]}
        for c in ex.claims:
            if c.kind != kind:
                continue
            actor = ex.actors.get(c.actor)
            own = {normalize_name(n) for n in actor.names} if actor else set()
            ids = {gid for gid, ns in names.items() if own & ns}
            texts = [] if is_sentence_phrase(c.phrase) else [c.phrase]
            if c.issue and c.issue in lex.issues:
                texts += [t.text for t in lex.issues[c.issue].terms]
            hay = " ".join(normalize_name(t) for t in texts)
            rule = made.get(id(c), "?")
            right = _matches(gold, section, subject, ids, hay)
            counts[(rule, right)] += 1
            tag = ""
            if not right:
                for other, (sec, subj) in _SECTION.items():
                    if other != kind and _matches(gold, sec, subj, ids, hay):
                        counts[(f"{rule} [is {sec}]", False)] += 1
                        tag = f" [is {sec}]"
            if show is not None and show in rule + tag:
                verdict = "right" if right else "wrong" + tag
                print(verdict, path.stem, c.actor, "|", c.phrase, "|", c.sentence.text[:200])
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=("dev", "blind"))
    ap.add_argument("--lang", choices=("en", "zh"), required=True)
    ap.add_argument("--kind", choices=tuple(_SECTION), required=True)
    splits.add_corpus_argument(ap)
    ap.add_argument("--show", metavar="RULE", help="dev only: print the claims of rules whose name holds RULE")
    args = ap.parse_args()
    if args.show and args.split != "dev":
        print("Error: --show reads texts item by item: dev only", file=sys.stderr)
        return 2
    counts = count(args.split, args.lang, args.kind, load(), args.show, args.corpus)
    rules = sorted({r for r, _ in counts}, key=lambda r: (-(counts[(r, True)] + counts[(r, False)]), r))
    for r in rules:
        print(f"{r:50} right {counts[(r, True)]:4}  wrong {counts[(r, False)]:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
