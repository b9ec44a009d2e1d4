"""Why claims fail, as pooled counts only: safe to run on the blind split.

    python corpus/diagnose.py dev [--lang en|zh]
    python corpus/diagnose.py blind [--lang en|zh]
    python corpus/diagnose.py dev --lang en --show silent   # dev only: the sentences

Every extracted leverage, demand and threat that matches no gold item, and
every gold item no extraction matched, is put in one class, and only the
counts per class are printed (no text, no names), so the blind split can be
read this way without being read item by item:

* ``kind``: it matches (holder and item) a gold item of another claim section:
  a threat read as leverage, a demand read as a threat …;
* ``item``: some gold item of the section has the same holder, none the item
  (of those, ``long`` counts phrases the scorer treats as a sentence, with no
  issue to stand for them: their words cannot match); a missed ``item`` is
  ``in its sentence`` when a claim of its holder came from a sentence holding
  one of its keywords (the item was there, another was taken), else ``elsewhere``, split
  as a missed ``none`` is (below) by where its keyword stands;
* ``holder``: some gold item of the section has the item, none the holder
  (``unnamed``: the holder node is no gold entity at all; else ``other side`` or
  ``same side``: the holder's side against the sides of the gold holders of that item);
* ``none``: neither holder nor item agrees with any gold item of the section.
  A missed ``none`` is split by where its item's words stand in the text:
  ``no keyword`` (the item is named in words none of its keywords matches),
  ``no holder`` (no name of the holder in a sentence holding a keyword: the
  holder is implied, a pronoun or a sentence away), ``claimed`` (holder and
  keyword share a sentence from which some leverage, demand or threat was extracted: the rule that
  fired read it otherwise) and ``silent`` (they share a sentence that gave
  nothing: no cue or construction of ours is there).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.evaluate import _SUBJECT, _node_keys, find_text, load_gold  # noqa: E402
from kg.ingest import read_path  # noqa: E402
from kg.pipeline import graph_of  # noqa: E402
from kg.textnorm import normalize_name, to_simplified  # noqa: E402
from kg.things import is_sentence_phrase  # noqa: E402

sys.path.insert(0, str(HERE))
import splits  # noqa: E402

_SENT_END = re.compile(r"[。！？!?；\n]+|(?<=[a-z0-9)\"'’”])\.\s+")
_KIND = {"Leverage": "leverage", "Demand": "demands", "Threat": "threats"}


def _side_relation(
    section: str, golds: list[dict[str, Any]], ids: set[str], hay: str, sides: dict[str, str], item_ok: Any
) -> str:
    """How a wrong holder stands to the gold holders of the same item: not a gold entity
    (``unnamed``), of the other side (``other side``), or of the same side (``same side``)."""
    if not ids:
        return " (unnamed)"
    ours = {sides.get(i, "") for i in ids}
    theirs = {sides.get(h, "") for gr in golds if item_ok(gr, hay) for h in gr.get(_SUBJECT[section], [])}
    return " (same side)" if ours & theirs else " (other side)"


def _classify(
    gold_path: Path,
    fp: Counter[str],
    miss: Counter[str],
    show: list[str] | None = None,
    show_classes: tuple[str, ...] = (),
) -> None:
    gold = load_gold(gold_path)
    g = graph_of(list(read_path(find_text(gold_path, gold)))[:1])
    names = {e["id"]: {normalize_name(n) for n in e["names"] if n} for e in gold["entities"]}
    matches = {
        n: {gid for gid, ns in names.items() if _node_keys(d) & ns}
        for n, d in g.nodes(data=True)
        if d.get("kind") in ("Person", "Organization", "State")
    }
    preds: list[tuple[str, set[str], str, bool]] = []  # section, holder ids, haystack, long
    spans: list[tuple[int, int]] = []  # the evidence sentence of each, in the same order
    for u, v, d in g.edges(data=True):
        section = _KIND.get(d.get("kind", ""))
        if section is None:
            continue
        phrase = d.get("phrase", "")
        long = is_sentence_phrase(phrase)
        texts = [] if long else [phrase]
        issue = v in g and g.nodes[v].get("kind") == "Issue"
        if issue:
            node = g.nodes[v]
            texts += [p[0] for p in node.get("labels", [])] + [p[0] for p in node.get("alt_labels", [])]
        preds.append((section, matches.get(u, set()), " ".join(normalize_name(t) for t in texts), long and not issue))
        spans.append((int(d.get("start") or 0), int(d.get("end") or 0)))

    def holder_ok(section: str, gr: dict[str, Any], ids: set[str]) -> bool:
        return bool(set(gr.get(_SUBJECT[section], [])) & ids)

    def item_ok(gr: dict[str, Any], hay: str) -> bool:
        return any(normalize_name(k) and normalize_name(k) in hay for k in gr.get("item", []))

    text = to_simplified(find_text(gold_path, gold).read_text(encoding="utf-8")).casefold()
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    sentences = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    claimed = [
        (int(d["start"]), int(d["end"]))
        for _, _, d in g.edges(data=True)
        if d.get("kind") in _KIND and d.get("start") not in (None, "")
    ]
    starts = [sum(len(x) for x in sentences[:i]) for i in range(len(sentences))]

    def where(section: str, gr: dict[str, Any]) -> str:
        keys = [to_simplified(k).casefold() for k in gr.get("item", []) if k]
        holders = [to_simplified(n).casefold() for sid in gr.get(_SUBJECT[section], []) for n in names_raw.get(sid, ())]
        seen_key = False
        best = "no holder"
        for sent, a in zip(sentences, starts, strict=True):
            if not any(k in sent for k in keys):
                continue
            seen_key = True
            if not any(h and h in sent for h in holders):
                continue
            if any(x < a + len(sent) and a < y for x, y in claimed):
                best = "claimed"
            elif best != "claimed":
                best = "silent"
        if show is not None and seen_key and best in show_classes:
            sent = next((x for x in sentences if any(k in x for k in keys)), "")
            show.append(f"{gold_path.stem} {section} {best}: {gr.get(_SUBJECT[section])} {gr.get('item')}\n    {sent.strip()[:300]}")
        return best if seen_key else "no keyword"

    names_raw = {e["id"]: [n for n in e["names"] if n] for e in gold["entities"]}
    sides = {e["id"]: e.get("side", "") for e in gold["entities"]}
    golds = {s: gold.get(s, []) for s in ("leverage", "demands", "threats")}
    hit: dict[str, list[bool]] = {s: [False] * len(golds[s]) for s in golds}
    for section, ids, hay, long in preds:
        right = False
        for i, gr in enumerate(golds[section]):
            if holder_ok(section, gr, ids) and item_ok(gr, hay):
                right = True
                hit[section][i] = True
        if right:
            continue
        if any(holder_ok(s, gr, ids) and item_ok(gr, hay) for s in golds if s != section for gr in golds[s]):
            fp[f"{section}: kind"] += 1
        elif any(holder_ok(section, gr, ids) for gr in golds[section]):
            fp[f"{section}: item" + (" (long)" if long else "")] += 1
        elif any(item_ok(gr, hay) for gr in golds[section]):
            relation = _side_relation(section, golds[section], ids, hay, sides, item_ok)
            fp[f"{section}: holder{relation}"] += 1
        else:
            fp[f"{section}: none"] += 1
    for section, items in golds.items():
        for i, gr in enumerate(items):
            if gr.get("optional") or hit[section][i]:
                continue
            same = [(ids, hay) for s, ids, hay, _ in preds if s == section]
            other = [(ids, hay) for s, ids, hay, _ in preds if s != section]
            if any(set(gr.get(_SUBJECT[section], [])) & ids and item_ok(gr, hay) for ids, hay in other):
                miss[f"{section}: kind"] += 1
                if show is not None and "kind" in show_classes:
                    took = [
                        (sec, a, b)
                        for (sec, ids, hay, _), (a, b) in zip(preds, spans, strict=True)
                        if sec != section and set(gr.get(_SUBJECT[section], [])) & ids and item_ok(gr, hay)
                    ]
                    sec, a, b = took[0]
                    show.append(
                        f"{gold_path.stem} {section} kind (taken as {sec}): {gr.get(_SUBJECT[section])} "
                        f"{gr.get('item')}\n    {text[a:b].strip()[:300]}"
                    )
            elif any(holder_ok(section, gr, ids) for ids, _ in same):
                keys = [to_simplified(k).casefold() for k in gr.get("item", []) if k]
                near_spans = [
                    (a, b)
                    for (sec, ids, _, _), (a, b) in zip(preds, spans, strict=True)
                    if sec == section and holder_ok(section, gr, ids) and any(k in text[a:b] for k in keys)
                ]
                near = bool(near_spans)
                if show is not None and near and "item" in show_classes:
                    show.append(f"{gold_path.stem} {section} item: {gr.get(_SUBJECT[section])} {gr.get('item')}\n    {text[near_spans[0][0]:near_spans[0][1]].strip()[:300]}")
                # (elsewhere: where its keyword stands, as for ``none`` — silent, claimed or no holder)
                place = "in its sentence" if near else f"elsewhere, {where(section, gr)}"
                miss[f"{section}: item, {place}"] += 1
            elif any(item_ok(gr, hay) for _, hay in same):
                miss[f"{section}: holder"] += 1
            else:
                miss[f"{section}: none, {where(section, gr)}"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=["dev", "blind"])
    ap.add_argument("--lang", choices=["en", "zh"])
    splits.add_corpus_argument(ap)
    ap.add_argument(
        "--show",
        nargs="+",
        metavar="CLASS",
        help="dev only: print the sentences of these classes (silent, claimed, no holder; item: missed in a "
        "sentence that gave its holder another; kind: taken as another)",
    )
    args = ap.parse_args()
    if args.show and args.split != "dev":
        print("Error: --show reads texts item by item: dev only", file=sys.stderr)
        return 2
    shown: list[str] | None = [] if args.show else None
    fp: Counter[str] = Counter()
    miss: Counter[str] = Counter()
    for path in sorted(splits.folder(args.corpus, args.split).glob(f"{args.lang or ''}*.json")):
        _classify(path, fp, miss, shown, tuple(args.show or ()))
    for line in shown or ():
        print(line)
    for title, counts in (("false positives", fp), ("misses", miss)):
        print(title)
        for key in sorted(counts):
            print(f"  {key:28} {counts[key]:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
