"""Print what the extractor reads in a few sentences: actors, claims, statements.

A developer's probe for a construction seen in the corpus: write the sentence
(invented, in the corpus's style) on the command line and see which actors and
claims come out, before writing the test that pins them.

    python corpus/claims.py "中方要求美方立即取消關稅，否則將採取反制措施。"
    python corpus/claims.py --date 2025-05-01 "China said it would retaliate." "…"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.extract import extract
from kg.ingest import split_sentences
from kg.lexicon import load
from kg.model import Document
from kg.textnorm import detect_lang


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", nargs="+", help="texts, each read as one document")
    ap.add_argument("--date", help="the document's date (YYYY-MM-DD): resolves 'on Friday', 下月起 …")
    args = ap.parse_args(argv)
    lex = load()
    for text in args.texts:
        doc = Document(id="probe", text=text, date=args.date, lang=detect_lang(text), sentences=split_sentences(text))
        ex = extract(doc, lex)
        print(f">> {text}")
        print(f"   actors: {', '.join(sorted(ex.actors)) or '-'}")
        for c in ex.claims:
            what = c.quote if c.kind == "Statement" else c.phrase
            print(f"   {c.kind:<9} {c.actor} -> {c.target or '-'} | {what} | issue={c.issue or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
