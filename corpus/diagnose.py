"""Why claims fail, as pooled counts only: safe to run on the blind split.

    python corpus/diagnose.py dev [--lang en|zh]
    python corpus/diagnose.py blind [--lang en|zh]

Every extracted leverage, demand and threat that matches no gold item, and
every gold item no extraction matched, is put in one class, and only the
counts per class are printed (no text, no names), so the blind split can be
read this way without being read item by item:

* ``kind``: it matches (holder and item) a gold item of another claim section:
  a threat read as leverage, a demand read as a threat …;
* ``item``: some gold item of the section has the same holder, none the item
  (of those, ``long`` counts phrases the scorer treats as a sentence, with no
  issue to stand for them: their words cannot match);
* ``holder``: some gold item of the section has the item, none the holder
  (``unnamed``: the holder node is no gold entity at all);
* ``none``: neither holder nor item agrees with any gold item of the section.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.evaluate import _SUBJECT, _node_keys, find_text, load_gold  # noqa: E402
from kg.ingest import read_path  # noqa: E402
from kg.pipeline import graph_of  # noqa: E402
from kg.textnorm import normalize_name  # noqa: E402
from kg.things import is_sentence_phrase  # noqa: E402

_KIND = {"Leverage": "leverage", "Demand": "demands", "Threat": "threats"}


def _classify(gold_path: Path, fp: Counter[str], miss: Counter[str]) -> None:
    gold = load_gold(gold_path)
    g = graph_of(list(read_path(find_text(gold_path, gold)))[:1])
    names = {e["id"]: {normalize_name(n) for n in e["names"] if n} for e in gold["entities"]}
    matches = {
        n: {gid for gid, ns in names.items() if _node_keys(d) & ns}
        for n, d in g.nodes(data=True)
        if d.get("kind") in ("Person", "Organization", "State")
    }
    preds: list[tuple[str, set[str], str, bool]] = []  # section, holder ids, haystack, long
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

    def holder_ok(section: str, gr: dict[str, Any], ids: set[str]) -> bool:
        return bool(set(gr.get(_SUBJECT[section], [])) & ids)

    def item_ok(gr: dict[str, Any], hay: str) -> bool:
        return any(normalize_name(k) and normalize_name(k) in hay for k in gr.get("item", []))

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
            fp[f"{section}: holder" + ("" if ids else " (unnamed)")] += 1
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
            elif any(holder_ok(section, gr, ids) for ids, _ in same):
                miss[f"{section}: item"] += 1
            elif any(item_ok(gr, hay) for _, hay in same):
                miss[f"{section}: holder"] += 1
            else:
                miss[f"{section}: none"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", choices=["dev", "blind"])
    ap.add_argument("--lang", choices=["en", "zh"])
    args = ap.parse_args()
    fp: Counter[str] = Counter()
    miss: Counter[str] = Counter()
    for path in sorted((HERE / "real" / args.split).glob(f"{args.lang or ''}*.json")):
        _classify(path, fp, miss)
    for title, counts in (("false positives", fp), ("misses", miss)):
        print(title)
        for key in sorted(counts):
            print(f"  {key:28} {counts[key]:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
