"""Place newly written articles of ``written/incoming/`` into their split.

    python corpus/written.py place     # incoming/NAME.txt + NAME.json -> dev/ or blind/

The split of each article is computed from its name (``splits.split_of``),
never chosen, so nobody decides which texts measure generalisation.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import HERE, folder, split_of


def place() -> int:
    incoming = HERE / "written" / "incoming"
    moved = 0
    for gold in sorted(incoming.glob("*.json")):
        text = gold.with_suffix(".txt")
        if not text.exists():
            print(f"{gold.name}: no text beside it; left in incoming/", file=sys.stderr)
            continue
        dest = folder("written", split_of(gold.stem))
        dest.mkdir(parents=True, exist_ok=True)
        for f in (text, gold):
            f.replace(dest / f.name)
        moved += 1
    print(f"placed {moved} articles")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["place"]:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(place())
