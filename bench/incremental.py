"""Benchmark: adding documents to a built corpus, with the extraction cache (issue 14).

Run by hand (not in CI), from the repository root::

    python bench/incremental.py --base 10000 --added 20

Why: a corpus grows by a few articles a day; the target is that adding 20
documents to a 10,000-document corpus costs at most 15% of a full build.
Measured with the ``kg`` command in subprocesses (wall clock, ``--jobs 1``):

1. full build of the base corpus without the cache (the reference cost);
2. full build of the base corpus that fills the cache (the cost of writing it);
3. the base corpus plus ``--added`` new documents, built into the same folder
   (the incremental build);
4. a clean ``--no-cache`` build of the grown corpus, compared byte for byte
   with 3.

The corpus is ``bench/run.py``'s synthetic sequence: the base is its first
``--base`` documents (one JSONL file), the added ones the next ``--added``
(a second file beside it, so the base documents keep their path). The
section "Incremental builds" of ``bench/RESULTS.md`` is replaced by the result.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from run import RESULTS, WORK, machine, synthetic_documents  # noqa: E402

from kg.pipeline import OUTPUT_FILES  # noqa: E402

BEGIN, END = "<!-- incremental:begin -->", "<!-- incremental:end -->"


def _kg() -> str:
    found = shutil.which("kg", path=str(Path(sys.executable).parent))
    return found or "kg"


def timed_build(corpus: Path, out: Path, *extra: str, jobs: int = 1) -> float:
    """Wall-clock seconds of one ``kg build`` in a subprocess."""
    start = time.perf_counter()
    subprocess.run([_kg(), "build", str(corpus), "-o", str(out), "--jobs", str(jobs), *extra], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Make the corpus, time the four builds, write the section of RESULTS.md."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=10000)
    ap.add_argument("--added", type=int, default=20)
    ap.add_argument("--no-write", action="store_true", help="print the section only; leave RESULTS.md as it is")
    a = ap.parse_args(argv)
    work = WORK / "incremental"
    shutil.rmtree(work, ignore_errors=True)
    corpus = work / "corpus"
    corpus.mkdir(parents=True)
    docs = [json.dumps(d, ensure_ascii=False, sort_keys=True) for d in synthetic_documents(a.base + a.added)]
    (corpus / "base.jsonl").write_text("\n".join(docs[: a.base]) + "\n", encoding="utf-8")

    full = timed_build(corpus, work / "nocache", "--no-cache")
    print(f"full build, no cache: {full:.1f} s", file=sys.stderr)
    filling = timed_build(corpus, work / "grown")
    print(f"full build filling the cache: {filling:.1f} s", file=sys.stderr)
    unchanged = timed_build(corpus, work / "grown")
    print(f"rebuild, nothing changed: {unchanged:.1f} s", file=sys.stderr)
    shutil.copytree(work / "grown", work / "grown-j2")  # the same cache, for the build with two processes
    os.sync()  # the copy's writes must not land on the timed build
    (corpus / "added.jsonl").write_text("\n".join(docs[a.base :]) + "\n", encoding="utf-8")
    incremental = timed_build(corpus, work / "grown")
    print(f"incremental build (+{a.added}): {incremental:.1f} s", file=sys.stderr)
    incremental_j2 = timed_build(corpus, work / "grown-j2", jobs=2)
    print(f"incremental build (+{a.added}), --jobs 2: {incremental_j2:.1f} s", file=sys.stderr)
    clean = timed_build(corpus, work / "clean", "--no-cache")
    same = all(
        filecmp.cmp(work / grown / n, work / "clean" / n, shallow=False)
        for n in OUTPUT_FILES
        for grown in ("grown", "grown-j2")
    )
    cache_mb = sum(f.stat().st_size for f in (work / "grown" / ".kg-cache").iterdir()) / 2**20
    page_mb = (work / "grown" / "graph.html").stat().st_size / 1e6

    ratio = incremental / full
    m = machine()
    section = "\n".join([
        BEGIN,
        "## Incremental builds (issue 14)",
        "",
        f"`python bench/incremental.py --base {a.base} --added {a.added}` on {time.strftime('%Y-%m-%d')}, "
        f"`kg build --jobs 1`, wall clock; load average {m.get('load', '?')} (shared machine).",
        "",
        "| build | s | ÷ full build |",
        "|---|---|---|",
        f"| {a.base} documents, `--no-cache` (reference) | {full:.1f} | 1.00 |",
        f"| {a.base} documents, filling the cache | {filling:.1f} | {filling / full:.2f} |",
        f"| {a.base} documents again, nothing changed | {unchanged:.1f} | {unchanged / full:.2f} |",
        f"| + {a.added} new documents, with the cache | {incremental:.1f} | {ratio:.2f} |",
        f"| + {a.added} new documents, with the cache, `--jobs 2` | {incremental_j2:.1f} "
        f"| {incremental_j2 / full:.2f} |",
        f"| {a.base + a.added} documents, `--no-cache` | {clean:.1f} | {clean / full:.2f} |",
        "",
        f"Incremental output byte-identical to the clean build of the grown corpus: **{'yes' if same else 'NO'}**. "
        f"Cache size: {cache_mb:.0f} MiB. The HTML page of the {a.base + a.added} documents: {page_mb:.1f} MB "
        "(target of issue 14: under 8 MB; 23.9 MB before the evidence cap).",
        "",
        f"Target (adding {a.added} documents costs ≤ 15% of a full build): "
        f"**{'met' if ratio <= 0.15 else 'missed'}** ({ratio:.0%}). The cache (what each unchanged input file "
        "gave, extractions, name slugs, and where each subject's text lies in the previous RDF and GraphML files) "
        "removes reading, extraction and the spelling-out of unchanged subjects; resolution, the graph, the "
        "digests and splicing of the RDF and GraphML files, the HTML and the tables still run over the whole "
        "corpus.",
        END,
    ])
    if a.no_write:
        print(section)
        return 0
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
