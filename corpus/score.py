"""Score the extractor on the real-news corpus (texts in the git-ignored ``corpus/real/``).

The corpus is a development split and a blind split of real articles found
with the search tool's stored news pages; ``corpus/manifest.d/*.jsonl`` lists
each article's address, outlet, date, language and the query that finds it
again (see corpus/README.md). Gold annotations were written by people who had
not read the extractor.

The blind split is only ever reported as pooled figures per language (and over
both), never item by item, so that it still tells the truth after a session of
development on the other split.

    python corpus/score.py dev             # pooled per language, per-file macro F1
    python corpus/score.py dev --details   # plus every miss and false positive, per file
    python corpus/score.py blind           # pooled figures only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.evaluate import EvalReport, evaluate, format_report, pool

sys.path.insert(0, str(Path(__file__).resolve().parent))
import splits

CLAIMS = ("leverage", "demands", "threats", "statements")


def _row(name: str, rep: EvalReport) -> str:
    cells = [f"{rep.macro_f1:.3f}"]
    for k in ("entities", "roles", *CLAIMS):
        s = rep.sections[k]
        cells.append(f"{s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f}")
    return f"{name:<8}" + "  ".join(f"{c:>14}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split", choices=("dev", "blind"))
    ap.add_argument("--details", action="store_true", help="dev only: misses and false positives per file")
    ap.add_argument("--lang", choices=("zh", "en"), help="only one language")
    splits.add_corpus_argument(ap)
    ap.add_argument("--only", help="dev only: files whose name contains this")
    args = ap.parse_args(argv)
    folder = splits.folder(args.corpus, args.split)
    golds = sorted(folder.glob("*.json"))
    if args.lang:
        golds = [g for g in golds if g.name.startswith(args.lang + "_")]
    if args.only and args.split == "dev":
        golds = [g for g in golds if args.only in g.name]
    if not golds:
        print(f"no gold files in {folder} (see corpus/README.md to rebuild it)", file=sys.stderr)
        return 2
    reports = {g: evaluate(g) for g in golds}
    if args.split == "dev":
        for g, r in reports.items():
            print(f"{g.stem}: macro F1 {r.macro_f1:.3f}")
            if args.details:
                print(format_report(r))
                print()
    print()
    print(f"{'set':<8}" + "  ".join(f"{h:>14}" for h in ("macro", "entities", "roles", *CLAIMS)))
    groups = {"zh": [], "en": []}  # type: dict[str, list[EvalReport]]
    for g, r in reports.items():
        groups[g.name[:2]].append(r)
    for lang, reps in groups.items():
        if reps:
            print(_row(f"{lang}({len(reps)})", pool(reps)))
    both = pool(list(reports.values()))
    print(_row(f"all({len(reports)})", both))
    print("(cells: P/R/F1, pooled counts over the texts of each set)")
    print()
    print(f"{'set':<8}" + "  ".join(f"{h:>14}" for h in ("Person", "Organization", "State", "targets")))
    for lang, reps in [*groups.items(), ("all", list(reports.values()))]:
        if reps:
            p = pool(reps)
            cells = [f"{t.precision:.2f}/{t.recall:.2f}/{t.f1:.2f}" for t in p.by_type.values()]
            ok = sum(p.sections[k].target_ok for k in ("leverage", "demands", "threats"))
            tot = sum(p.sections[k].target_total for k in ("leverage", "demands", "threats"))
            cells.append(f"{ok}/{tot}")
            print(f"{lang:<8}" + "  ".join(f"{c:>14}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
