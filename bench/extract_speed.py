"""Extraction time per character, against ``jieba.lcut`` over the same text (run by hand).

Issue 12 bounds what the claim engines may cost: extraction time per character
may grow by at most 20%. Comparing two checkouts on one corpus file:

    python bench/run.py --sizes 1000 --parts stages       # once: writes bench/corpora/synthetic-1000.jsonl
    cp bench/corpora/synthetic-1000.jsonl /tmp/corpus.jsonl
    PYTHONPATH=/path/to/old/checkout python bench/extract_speed.py /tmp/corpus.jsonl
    python bench/extract_speed.py /tmp/corpus.jsonl

Prints µs per character for extraction and for ``jieba.lcut`` (best of
``--repeat`` passes; the ratio is steadier than either on a shared machine).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import jieba

    import kg
    from kg.extract import extract
    from kg.ingest import iter_documents
    from kg.lexicon import load

    jieba.setLogLevel(60)
    lex = load()
    docs = list(iter_documents([args.corpus]))
    for d in docs[:20]:  # warm the per-process caches
        extract(d, lex)
    chars = sum(len(d.text) for d in docs)
    best_x = best_j = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        for d in docs:
            extract(d, lex)
        best_x = min(best_x, time.perf_counter() - t)
        t = time.perf_counter()
        for d in docs:
            jieba.lcut(d.text)
        best_j = min(best_j, time.perf_counter() - t)
    print(f"{kg.__file__}: {len(docs)} documents, {chars} characters")
    print(f"extract {1e6 * best_x / chars:.3f} µs/char, jieba.lcut {1e6 * best_j / chars:.3f} µs/char, "
          f"ratio {best_x / best_j:.2f}")


if __name__ == "__main__":
    main()
