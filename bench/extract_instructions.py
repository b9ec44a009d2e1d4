"""Extraction only, for ``valgrind --tool=callgrind`` (instruction counts; see bench/README.md).

Usage: valgrind --tool=callgrind python bench/extract_instructions.py CORPUS.jsonl N

Extracts one document of each language first (the cue patterns compile once per
process) and loads jieba's dictionaries and pypinyin's tables (a build loads them at start-up), then the
first N documents. Run with N=0 and N=100 and subtract.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.extract import extract
from kg.ingest import iter_documents
from kg.lexicon import load


def main() -> None:
    lex = load()
    docs = list(iter_documents([Path(sys.argv[1])]))
    n = int(sys.argv[2])
    for lang_is_en in (True, False):
        warm = next((d for d in docs if (d.lang == "en") == lang_is_en), None)
        if warm is not None:
            extract(warm, lex)
    import jieba.posseg  # once per process, whatever the corpus: not paid per character
    import pypinyin  # (a build loads both before extracting: kg.parallel.warm_up)

    dt = jieba.posseg.dt
    dt.tokenizer.check_initialized()
    if not dt.word_tag_tab:
        dt.load_word_tag(dt.tokenizer.get_dict_file())
    pypinyin.lazy_pinyin("中")
    for d in docs[:n]:
        extract(d, lex)


if __name__ == "__main__":
    main()
