"""Keep the gold annotations of the real-news corpus in the repository without the articles' text.

The articles' text must stay out of the repository (``corpus/real/`` is
git-ignored), and a new machine starts without that folder. The gold
annotations are our own work and took hours of annotators' time, so they are
committed in *stand-off* form: ``corpus/gold.d/<id>.json`` is the gold file
with every statement's quote replaced by where it stands in the article
(``{"at": offset, "len": n, "sha1": …}``) — no sentence of the article is
stored, only names, keywords and offsets.

    python corpus/standoff.py pack [ID ...]    # real/<split>/<id>.json -> gold.d/<id>.json
    python corpus/standoff.py unpack           # gold.d + real/<split>/<id>.txt -> real/<split>/<id>.json
    python corpus/standoff.py status           # which articles have text, gold, stand-off gold

The text itself is found again with the manifest's query (corpus/README.md).
``unpack`` finds each quote by its hash, at its offset or anywhere else in the
text, so a text re-fetched with a small difference elsewhere still unpacks;
a quote whose words differ is reported and left out of the gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REAL = HERE / "real"
STANDOFF = HERE / "gold.d"


def manifest() -> dict[str, dict[str, Any]]:
    """Every article of the manifest by id."""
    rows: dict[str, dict[str, Any]] = {}
    for f in sorted((HERE / "manifest.d").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _paths(row: dict[str, Any]) -> tuple[Path, Path]:
    folder = REAL / row["split"]
    return folder / f"{row['id']}.txt", folder / f"{row['id']}.json"


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def pack_one(row: dict[str, Any]) -> list[str]:
    """Write gold.d/<id>.json from the full gold; return the problems (quotes not found verbatim)."""
    text_path, gold_path = _paths(row)
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    statements = []
    for st in gold.get("statements", []):
        quote = st["quote"]
        at = text.find(quote)
        if not quote or at < 0:
            problems.append(f"{row['id']}: quote not found verbatim in the text: {quote[:20]}…")
            continue
        statements.append({**{k: v for k, v in st.items() if k != "quote"},
                           "quote": {"at": at, "len": len(quote), "sha1": _sha1(quote)}})
    out = {**gold, "statements": statements, "text_sha1": _sha1(text), "text_chars": len(text)}
    if not problems:
        _write(STANDOFF / f"{row['id']}.json", out)
    return problems


def _find(text: str, ref: dict[str, Any]) -> str | None:
    at, n, h = ref["at"], ref["len"], ref["sha1"]
    if _sha1(text[at:at + n]) == h:
        return text[at:at + n]
    for i in range(max(0, len(text) - n + 1)):
        if _sha1(text[i:i + n]) == h:
            return text[i:i + n]
    return None


def unpack_one(row: dict[str, Any]) -> list[str]:
    """Write real/<split>/<id>.json from gold.d and the article's text; return the problems."""
    text_path, gold_path = _paths(row)
    packed = json.loads((STANDOFF / f"{row['id']}.json").read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    problems = []
    if _sha1(text) != packed.get("text_sha1"):
        problems.append(f"{row['id']}: the text differs from the annotated one "
                        f"({len(text)} chars, annotated {packed.get('text_chars')})")
    statements = []
    for st in packed.get("statements", []):
        quote = _find(text, st["quote"])
        if quote is None:
            problems.append(f"{row['id']}: a quote at {st['quote']['at']} is not in the text")
            continue
        statements.append({**st, "quote": quote})
    gold = {k: v for k, v in packed.items() if k not in ("text_sha1", "text_chars")}
    gold["statements"] = statements
    _write(gold_path, gold)
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("pack", "unpack", "status"))
    ap.add_argument("ids", nargs="*", help="article ids (default: all that can be done)")
    args = ap.parse_args(argv)
    rows = manifest()
    ids = args.ids or sorted(rows)
    unknown = [i for i in ids if i not in rows]
    if unknown:
        print(f"not in the manifest: {', '.join(unknown)}", file=sys.stderr)
        return 2
    problems: list[str] = []
    done = 0
    for i in ids:
        text_path, gold_path = _paths(rows[i])
        packed = STANDOFF / f"{i}.json"
        if args.command == "pack" and text_path.exists() and gold_path.exists():
            problems += pack_one(rows[i])
            done += 1
        elif args.command == "unpack" and text_path.exists() and packed.exists():
            problems += unpack_one(rows[i])
            done += 1
    if args.command == "status":
        for split in ("dev", "blind"):
            for lang in ("zh", "en"):
                sel = [i for i in ids if rows[i]["split"] == split and i.startswith(lang)]
                have = [i for i in sel if _paths(rows[i])[0].exists()]
                gold = [i for i in sel if _paths(rows[i])[1].exists()]
                packed_ = [i for i in sel if (STANDOFF / f"{i}.json").exists()]
                print(f"{split:<6}{lang}: {len(sel):>4} articles, {len(have):>4} texts, "
                      f"{len(gold):>4} golds, {len(packed_):>4} stand-off")
        return 0
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{args.command}: {done} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
