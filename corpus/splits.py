"""Where the corpora's splits live, shared by the scoring scripts.

Two corpora are scored the same way: ``real/`` (real articles, git-ignored,
restored from ``manifest.d``) and ``written/`` (articles written for this
project by people who had not read the extractor, committed). Each holds a
``dev`` and a ``blind`` split; the blind split is read only as pooled figures.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = ("real", "written")


def add_corpus_argument(ap: argparse.ArgumentParser) -> None:
    """The ``--corpus`` option every scoring script takes."""
    ap.add_argument("--corpus", choices=CORPORA, default="real",
                    help="real: re-fetched articles (corpus/real/); written: corpus/written/ (default: real)")


def folder(corpus: str, split: str) -> Path:
    """The folder of one split of one corpus."""
    return HERE / corpus / split


def split_of(key: str) -> str:
    """The split a key falls in, computed and never chosen: blind for a third of the keys."""
    return "blind" if int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0 else "dev"
