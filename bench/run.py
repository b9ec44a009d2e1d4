"""Benchmark: synthetic corpora of growing size through every stage of ``kg build``.

Run by hand (not in CI), from the repository root::

    python bench/run.py --sizes 10 100 1000 10000

Why: users merge thousands of articles into one graph on a laptop; this
measures whether cost grows linearly, whether worker processes pay off,
whether extraction keeps up with plain segmentation (``jieba.lcut``), whether
the shipped SPARQL queries stay interactive on a large graph, and how much
memory a large build needs. It writes ``bench/RESULTS.md``.

Corpora (``bench/corpora/``, gitignored) are made deterministically (fixed
random seed) from the paragraphs of ``seeds/`` and of the project's own test
texts (``tests/data`` files and prose string literals in ``tests/*.py``):
each synthetic document recombines a few paragraphs of one language and
swaps the actors and issues they mention for other lexicon entries or
invented names, so the graph keeps growing with the corpus.

Each size is measured in its own subprocess (peak RSS is that process's
``ru_maxrss``); the stage functions are called directly and timed with
``time.perf_counter``, the pipeline itself is not modified.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CORPORA = BENCH / "corpora"
WORK = BENCH / "results"
RESULTS = BENCH / "RESULTS.md"
SEED = 20251029
GENERATOR_VERSION = 1

# Pools for invented names: generic syllables and common surname characters, not anyone's name.
ZH_SURNAMES = (
    "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅高鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余杜葉程魏蘇呂丁任沈"
    "姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯"
)
ZH_GIVEN = (
    "明華國建平志強文軍立偉東海峰嘉欣怡婷雅靜思遠博宇晨浩然"
    "子涵睿哲瑞祥啟凱德新宏光榮敏秀蘭芳玲麗霞雲琳佳慧穎昊澤霖"
)
EN_FIRST = ["Aldo", "Bria", "Cato", "Dena", "Elio", "Fenna", "Galen", "Hester", "Ivo", "Jora",
            "Kester", "Liane", "Mordo", "Nessa", "Orrin", "Pella", "Quill", "Rosan", "Sabe", "Tamsin"]
EN_LAST_A = ["Al", "Bel", "Cor", "Dun", "Ells", "Far", "Gar", "Hol", "Ing", "Jas", "Kel", "Lor",
             "Mar", "Nor", "Orm", "Pem", "Quen", "Ros", "Stan", "Tor"]
EN_LAST_B = ["den", "ford", "ley", "wick", "ton", "mere", "by", "sted", "holt", "well"]
ZH_OUTLETS = ["基準日報", "測試通訊社", "合成晚報"]
EN_OUTLETS = ["Bench Wire", "Synthetic Times"]


# ---------------------------------------------------------------------------
# corpus generation


def _prose_literals(path: Path) -> list[str]:
    """Prose string constants of a test module (the project's own test texts)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError):
        return []
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            s = node.value.strip()
            if len(s) >= 30 and re.search(r"[。！？.!?]", s) and "\n\n" not in s and "def " not in s:
                out.append(s)
    return out


def source_texts() -> list[str]:
    """Every text the synthetic corpora are recombined from."""
    texts: list[str] = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        texts.append(p.read_text(encoding="utf-8"))
    data = ROOT / "tests" / "data"
    for p in sorted(data.rglob("*")):
        if p.suffix in (".txt", ".md"):
            texts.append(p.read_text(encoding="utf-8", errors="replace"))
        elif p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    texts.append(obj["text"])
    for p in sorted((ROOT / "tests").glob("test_*.py")):
        texts.extend(_prose_literals(p))
    return texts


def paragraphs(texts: list[str]) -> dict[str, list[str]]:
    """Paragraphs by language (``zh`` or ``en``) worth recombining."""
    from kg.textnorm import has_cjk

    pools: dict[str, list[str]] = {"zh": [], "en": []}
    seen: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            line = line.strip()
            if len(line) < 20 or line in seen or not re.search(r"[。！？.!?」”]$", line):
                continue
            seen.add(line)
            pools["zh" if has_cjk(line) else "en"].append(line)
    return pools


class Swapper:
    """Replaces lexicon actor and issue mentions in a paragraph with other entries or invented names."""

    def __init__(self, rng: random.Random) -> None:
        from kg.lexicon import load

        self.rng = rng
        lex = load()
        self.kind: dict[str, tuple[str, str]] = {}  # surface -> (group, lang)
        self.by_group: dict[tuple[str, str], list[str]] = {}
        for a in lex.actors.values():
            for t in a.terms:
                if len(t.text) >= 2:
                    self._add(t.text, a.type, t.lang)
        for i in lex.issues.values():
            for t in i.terms:
                if len(t.text) >= 2:
                    self._add(t.text, "Issue", t.lang)
        for k in self.by_group:
            self.by_group[k] = sorted(set(self.by_group[k]))
        terms = sorted(self.kind, key=lambda s: (-len(s), s))
        self.pattern = re.compile("|".join(re.escape(t) for t in terms)) if terms else None

    def _add(self, text: str, group: str, lang: str) -> None:
        lang = "en" if lang == "en" else lang
        self.kind.setdefault(text, (group, lang))
        self.by_group.setdefault((group, lang), []).append(text)

    def invented(self, lang: str) -> str:
        r = self.rng
        if lang == "en":
            return f"{r.choice(EN_FIRST)} {r.choice(EN_LAST_A)}{r.choice(EN_LAST_B)}"
        return r.choice(ZH_SURNAMES) + "".join(r.choice(ZH_GIVEN) for _ in range(r.choice((1, 2))))

    def __call__(self, para: str) -> str:
        if self.pattern is None:
            return para

        def swap(m: re.Match[str]) -> str:
            group, lang = self.kind[m.group(0)]
            roll = self.rng.random()
            if group == "Person" and roll < 0.35:
                return self.invented(lang)
            if roll < 0.65:
                return self.rng.choice(self.by_group[(group, lang)])
            return m.group(0)

        return self.pattern.sub(swap, para)


def synthetic_documents(n: int) -> Iterator[dict[str, str]]:
    """The first ``n`` synthetic documents (the sequence is the same for every ``n``)."""
    rng = random.Random(SEED)
    pools = paragraphs(source_texts())
    swap = Swapper(rng)
    weights = {"zh": 3, "en": 1}
    langs = [k for k in ("zh", "en") if pools[k]]
    for k in range(n):
        lang = rng.choices(langs, weights=[weights[x] for x in langs])[0]
        pool = pools[lang]
        paras = [swap(rng.choice(pool)) for _ in range(rng.randint(3, 8))]
        sep = "\n" if lang == "zh" else "\n\n"
        day = 1 + k % 28
        month = 1 + (k // 28) % 12
        yield {
            "id": f"syn-{k:05d}",
            "title": (f"合成稿件 {k}" if lang == "zh" else f"Synthetic article {k}"),
            "date": f"2025-{month:02d}-{day:02d}",
            "source": rng.choice(ZH_OUTLETS if lang == "zh" else EN_OUTLETS),
            "text": sep.join(paras),
        }


def make_corpora(sizes: list[int]) -> dict[int, Path]:
    """Write ``bench/corpora/synthetic-<n>.jsonl`` for every size (prefixes of one sequence)."""
    CORPORA.mkdir(parents=True, exist_ok=True)
    top = max(sizes)
    lines = [json.dumps(d, ensure_ascii=False, sort_keys=True) for d in synthetic_documents(top)]
    out = {}
    for n in sizes:
        path = CORPORA / f"synthetic-{n}.jsonl"
        payload = "\n".join(lines[:n]) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != payload:
            path.write_text(payload, encoding="utf-8")
        out[n] = path
    return out


# ---------------------------------------------------------------------------
# measurements (each in its own subprocess)


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_stages(corpus: Path, outdir: Path, max_nodes: int) -> dict[str, object]:
    """Every stage of a build, timed separately, streaming as the pipeline does."""
    import jieba

    from kg.export.html import write_html
    from kg.export.rdf import write_rdf
    from kg.export.tables import write_graphml, write_tables
    from kg.extract import extract
    from kg.graph import build_graph
    from kg.ingest import iter_documents
    from kg.lexicon import load
    from kg.resolve import Resolver

    jieba.setLogLevel(60)
    t = time.perf_counter()
    lex = load()
    jieba.initialize()
    # first calls import modules lazily and build the extractors' per-process caches: a fixed
    # cost, not a per-document one; warm up on the corpus's first documents (timed again below)
    for k, warm in enumerate(iter_documents([corpus])):
        extract(warm, lex)
        if k >= 20:
            break
    startup = time.perf_counter() - t
    times = dict.fromkeys(("ingest", "extract", "resolve", "graph", "rdf", "html", "tables"), 0.0)
    chars = nbytes = ndocs = 0
    resolver = Resolver(lex)
    seg = 0.0
    docs = iter_documents([corpus])
    while True:
        t = time.perf_counter()
        doc = next(docs, None)
        times["ingest"] += time.perf_counter() - t
        if doc is None:
            break
        ndocs += 1
        chars += len(doc.text)
        nbytes += len(doc.text.encode("utf-8"))
        t = time.perf_counter()
        ex = extract(doc, lex)
        times["extract"] += time.perf_counter() - t
        # yardstick on the same text at the same moment (robust to load changing during a run)
        t = time.perf_counter()
        jieba.lcut(doc.text)
        seg += time.perf_counter() - t
        t = time.perf_counter()
        resolver.add(ex)
        times["resolve"] += time.perf_counter() - t
        del doc, ex
    t = time.perf_counter()
    res = resolver.result()
    times["resolve"] += time.perf_counter() - t
    t = time.perf_counter()
    g = build_graph(res)
    times["graph"] = time.perf_counter() - t
    del res
    peak_before_export = _peak_rss_mib()
    outdir.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    write_rdf(g, outdir)
    times["rdf"] = time.perf_counter() - t
    t = time.perf_counter()
    write_html(g, outdir / "graph.html", max_nodes=max_nodes)
    times["html"] = time.perf_counter() - t
    t = time.perf_counter()
    write_tables(g, outdir)
    write_graphml(g, outdir / "graph.graphml")
    times["tables"] = time.perf_counter() - t
    wall = sum(times.values())  # the jieba yardstick is not part of a build
    peak = _peak_rss_mib()

    nt = outdir / "graph.nt"
    triples = sum(1 for line in nt.open(encoding="utf-8") if line.strip()) if nt.exists() else -1
    html = (outdir / "graph.html").read_text(encoding="utf-8")
    m = re.search(r'"counts"\s*:\s*(\{[^{}]*\})', html)
    counts = json.loads(m.group(1)) if m else {}
    return {
        "documents": ndocs,
        "chars": chars,
        "mb": nbytes / 1e6,
        "startup": startup,
        "stages": times,
        "wall": wall,
        "peak_rss_mib": peak,
        "peak_rss_before_export_mib": peak_before_export,
        "jieba": seg,
        "triples": triples,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "html_bytes": len(html.encode("utf-8")),
        "html_counts": counts,
        "html_states_budget": 'id="truncated"' in html or counts.get("drawn") == counts.get("total"),
    }


def measure_build(corpus: Path, outdir: Path, jobs: int) -> dict[str, object]:
    """``kg build --jobs N`` end to end (library call), and its ingest+extract+resolve part."""
    from kg.ingest import iter_documents
    from kg.lexicon import load
    from kg.pipeline import build, graph_of

    load()
    t = time.perf_counter()
    graph_of(iter_documents([corpus]), jobs=jobs)
    extract_wall = time.perf_counter() - t
    t = time.perf_counter()
    # without the build cache: a cache left by an earlier run would skip extraction altogether
    result = build([corpus], outdir, jobs=jobs, use_cache=False)
    wall = time.perf_counter() - t
    return {"jobs": jobs, "graph_of": extract_wall, "build": wall, "documents": result.documents}


def measure_kg_build(corpus: Path, outdir: Path, jobs: int) -> float:
    """Wall-clock seconds of ``kg build CORPUS --jobs N --no-cache`` in a new process (start-up included)."""
    kg = str(Path(sys.executable).parent / "kg")
    t = time.perf_counter()
    subprocess.run([kg, "build", str(corpus), "-o", str(outdir), "--jobs", str(jobs), "--no-cache"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure_queries(nt: Path, engine: str, repeat: int, slow_cap: float) -> dict[str, object]:
    """Median latency of each shipped query (``ontology/queries/*.rq``) over ``nt``."""
    queries = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    out: dict[str, object] = {"engine": engine, "queries": {}}
    t = time.perf_counter()
    if engine == "pyoxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)

        def run(text: str) -> int:
            res = store.query(text)
            return sum(1 for _ in res) if not isinstance(res, bool) else int(res)

    else:
        from rdflib import Graph

        graph = Graph()
        graph.parse(nt, format="nt")

        def run(text: str) -> int:
            return len(list(graph.query(text)))

    out["load"] = time.perf_counter() - t
    for q in queries:
        text = q.read_text(encoding="utf-8")
        samples = []
        rows = -1
        error = ""
        for _ in range(repeat):
            t = time.perf_counter()
            try:
                rows = run(text)
            except Exception as exc:  # a query one engine cannot run is reported, not fatal
                error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:80] if str(exc) else ''}"
                break
            samples.append(time.perf_counter() - t)
            if samples[-1] > slow_cap:
                break
        out["queries"][q.stem] = {  # type: ignore[index]
            "median_ms": statistics.median(samples) * 1000 if samples else None,
            "runs": len(samples),
            "rows": rows,
            "error": error,
        }
        print(json.dumps({"partial": q.stem, **out["queries"][q.stem]}), file=sys.stderr, flush=True)  # type: ignore[index]
    return out


def measure_kg_query(graph: Path, repeat: int = 3) -> dict[str, object]:
    """``kg query NAME -g GRAPH`` as a user runs it: a new process each time, first page (default limit).

    The first run fills the persistent store beside the graph (timed as
    ``fill``: it also keeps the shipped queries' unparameterised answers); the
    medians are of the runs after it, process start included. ``--lang en``
    (and ``actor=cmid:state/china`` for the queries whose ``# Parameters:``
    line names an actor) is not kept at fill time:
    its first ask computes on the store and keeps the answer, reported apart
    (``first_en``) from the later asks' median (``again_en``). ``startup`` is
    ``kg --version``, the floor of any command.
    """
    kg = str(Path(sys.executable).parent / "kg")
    queries = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    out: dict[str, object] = {"queries": {}}

    def once(args: list[str]) -> tuple[float, int]:
        t = time.perf_counter()
        proc = subprocess.run([kg, *args], capture_output=True, text=True)
        elapsed = time.perf_counter() - t
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.strip()[-300:])
        return elapsed, max(0, len(proc.stdout.splitlines()) - 1)

    import shutil as _shutil

    out["startup"] = statistics.median(once(["--version"])[0] for _ in range(5))
    _shutil.rmtree(graph.parent / f".{graph.name}.oxigraph", ignore_errors=True)
    out["fill"], _rows = once(["query", queries[0].stem, "-g", str(graph)]) if queries else (0.0, 0)
    for q in queries:
        base = ["query", q.stem, "-g", str(graph), "-f", "csv"]
        samples, rows = [], 0
        for _ in range(repeat):
            elapsed, rows = once(base)
            samples.append(elapsed)
        entry: dict[str, object] = {"median_ms": statistics.median(samples) * 1000, "rows": rows}
        text = q.read_text(encoding="utf-8")
        documented = " ".join(line for line in text.splitlines() if line.startswith("# Parameters:"))
        variant = (["--lang", "en"] if "?lang" in text else []) + (
            ["--param", "actor=cmid:state/china"] if "actor" in documented else []
        )
        if variant:
            entry["variant"] = " ".join(variant)
            entry["first_en_ms"] = once(base + variant)[0] * 1000
            entry["again_en_ms"] = statistics.median(once(base + variant)[0] for _ in range(repeat)) * 1000
        out["queries"][q.stem] = entry  # type: ignore[index]
        print(json.dumps({"partial": q.stem, **entry}), file=sys.stderr, flush=True)
    return out


def _child(args: list[str], timeout: float) -> dict[str, object] | None:
    """Run this script in a subprocess with a time limit; its last stdout line is JSON."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    print("$", " ".join(cmd[1:]), file=sys.stderr, flush=True)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired as exc:
        print(f"  timed out after {timeout:.0f} s", file=sys.stderr)
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        partial = {}
        for line in err.splitlines():
            if line.startswith('{"partial"'):
                row = json.loads(line)
                partial[row.pop("partial")] = row
        return {"queries": partial, "timed_out": True} if partial else None
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------
# report


def machine() -> dict[str, str]:
    """The machine the numbers were taken on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def sh(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "?"

    return {
        "nproc": sh("nproc"),
        "free -g": sh("free", "-g"),
        "cpu": cpu or platform.processor() or "?",
        "python": platform.python_version(),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "platform": platform.platform(),
    }


def _fmt(x: float | None, nd: int = 2) -> str:
    return "–" if x is None else f"{x:.{nd}f}"


def write_report(
    sizes: dict[int, dict[str, object] | None],
    jobs: dict[int, dict[str, object] | None],
    jobs_size: int,
    queries: dict[str, dict[str, object] | None],
    query_size: int,
    mach: dict[str, str],
    notes: list[str],
    kgq: dict[str, object] | None = None,
) -> str:
    """RESULTS.md: the tables, the targets met or missed, and the machine."""
    L: list[str] = ["# Benchmark results", ""]
    L.append(f"Produced by `python bench/run.py` on {time.strftime('%Y-%m-%d')}; corpora are synthetic "
             "(see bench/README.md). Times in seconds unless stated.")
    L += ["", "## Machine", "", f"- CPU: {mach['cpu']}", f"- nproc: {mach['nproc']}",
          f"- Python {mach['python']} ({mach['platform']})",
          f"- load average when the report was written: {mach['load']} (other work on the machine "
          "shares the cores and inflates times)", "- `free -g`:", "", "```", mach["free -g"], "```", ""]
    L += ["## Per corpus size (one process, `--jobs 1`, stages timed separately)", ""]
    head = ("| docs | MB text | total s | docs/s | MB/s | peak RSS MiB | peak before export | "
            "triples | nodes | edges | "
            "ingest | extract | resolve | graph | RDF | HTML | tables | jieba.lcut | extract ÷ jieba | "
            "build ÷ jieba | exports % |")
    L += [head, "|" + "---|" * (head.count("|") - 1)]
    for n, r in sorted(sizes.items()):
        if r is None:
            L.append(f"| {n} | (did not finish in the time limit) |" + " |" * (head.count("|") - 3))
            continue
        st = r["stages"]  # type: ignore[index]
        wall = float(r["wall"])  # type: ignore[arg-type]
        ratio = st["extract"] / r["jieba"] if r["jieba"] else None  # type: ignore[index,operator]
        L.append(
            f"| {r['documents']} | {_fmt(r['mb'])} | {_fmt(wall)} | {_fmt(r['documents'] / wall, 1)} | "  # type: ignore[operator]
            f"{_fmt(r['mb'] / wall, 3)} | {_fmt(r['peak_rss_mib'], 0)} | "  # type: ignore[operator]
            f"{_fmt(r.get('peak_rss_before_export_mib'), 0)} | {r['triples']} | {r['nodes']} | "  # type: ignore[operator]
            f"{r['edges']} | {_fmt(st['ingest'])} | {_fmt(st['extract'])} | {_fmt(st['resolve'])} | "
            f"{_fmt(st['graph'])} | {_fmt(st['rdf'])} | {_fmt(st['html'])} | {_fmt(st['tables'])} | "
            f"{_fmt(r['jieba'])} | {_fmt(ratio)} | {_fmt(_build_ratio(r))} | {_fmt(100 * _export_share(r), 0)} |"
        )
    L += ["", "Build ÷ jieba = (start-up + total) ÷ jieba.lcut; exports % = (RDF + HTML + tables) ÷ "
          "(start-up + total).", ""]
    L += ["### `kg build` as a user runs it (new process, `--no-cache`, wall clock)", "",
          "| docs | jieba.lcut | `kg build -j 1` | ÷ jieba | `kg build -j 2` | ÷ jieba | -j 2 speed-up |",
          "|---|---|---|---|---|---|---|"]
    for n, r in sorted(sizes.items()):
        kb = (r or {}).get("kg_build")
        if not kb:
            continue
        jb = float(r["jieba"])  # type: ignore[index,arg-type]
        a, b = float(kb["1"]), float(kb["2"])  # type: ignore[index]
        L.append(f"| {n} | {_fmt(jb)} | {_fmt(a)} | {_fmt(a / jb)} | {_fmt(b)} | {_fmt(b / jb)} | {_fmt(a / b)}× |")
    L.append("")
    L += ["", "Total = ingest + extract + resolve + graph + exports (lexicon load, jieba "
          "initialisation and the extractors' first-call caches, done once per process, excluded). "
          "`jieba.lcut` = each document's text segmented by `jieba.lcut` alone, timed right after "
          "its extraction (not part of the total). Peak RSS includes ~300 MiB of imported libraries "
          "(rdflib, pandas, networkx, jieba's dictionary).", ""]
    L += [f"## `--jobs 2` vs `--jobs 1` on {jobs_size} documents", ""]
    j1, j2 = jobs.get(1), jobs.get(2)
    if j1 and j2:
        L += ["| | jobs 1 | jobs 2 | speed-up |", "|---|---|---|---|"]
        for key, label in (("build", "`build()` end to end (incl. exports)"),
                           ("graph_of", "ingest + extract + resolve (`graph_of`)")):
            a, b = float(j1[key]), float(j2[key])  # type: ignore[arg-type]
            L.append(f"| {label} | {_fmt(a)} | {_fmt(b)} | {_fmt(a / b)}× |")
    else:
        L.append("(not measured)")
    L += ["", f"## Shipped SPARQL queries on the {query_size}-document graph (median of 5, ms)", ""]
    ox_r, rl_r = queries.get("pyoxigraph"), queries.get("rdflib")
    names = sorted(set((ox_r or {}).get("queries", {})) | set((rl_r or {}).get("queries", {})))  # type: ignore[arg-type]
    if names:
        L += ["| query | pyoxigraph ms | rdflib ms | rows |", "|---|---|---|---|"]
        for q in names:
            a = (ox_r or {}).get("queries", {}).get(q, {})  # type: ignore[union-attr]
            b = (rl_r or {}).get("queries", {}).get(q, {})  # type: ignore[union-attr]
            def cell(d: dict) -> str:  # type: ignore[type-arg]
                if not d:
                    return "–"
                if d.get("error"):
                    return f"error: {d['error']}"
                s = _fmt(d.get("median_ms"), 1)
                return s if d.get("runs", 0) >= 5 else f"{s} ({d.get('runs')} run)"
            L.append(f"| {q} | {cell(a)} | {cell(b)} | {a.get('rows', b.get('rows', '–'))} |")
        L.append("")
        L.append(f"Load time: pyoxigraph {_fmt((ox_r or {}).get('load'))} s, "  # type: ignore[arg-type]
                 f"rdflib {_fmt((rl_r or {}).get('load'))} s.")
    else:
        L.append("(no shipped queries in ontology/queries/, or the graph was not built)")
    L += ["", f"## `kg query NAME` on the {query_size}-document graph (new process each run, first page)", ""]
    if kgq and kgq.get("queries"):
        L += ["| query | median ms (3 runs, process start included) | rows shown "
              "| variant not kept at fill | its first ask, ms | later asks, median ms |",
              "|---|---|---|---|---|---|"]
        for q, d in sorted(kgq["queries"].items()):  # type: ignore[union-attr]
            L.append(f"| {q} | {_fmt(d['median_ms'], 0)} | {d['rows']} | {d.get('variant', '–')} "
                     f"| {_fmt(d.get('first_en_ms'), 0)} | {_fmt(d.get('again_en_ms'), 0)} |")
        L += ["", f"The first query filled the store beside graph.ttl in {_fmt(kgq.get('fill'))} s "  # type: ignore[arg-type]
              "(once per graph version, keeping the shipped queries' answers without parameters); "
              f"the runs above answer from it. `kg --version` (process start alone): "
              f"{_fmt(1000 * float(kgq.get('startup') or 0), 0)} ms."]
    else:
        L.append("(not measured)")
    L += ["", "## Targets", ""]
    L += notes
    L.append("")
    return "\n".join(L)


def _build_ratio(r: dict[str, Any]) -> float | None:
    """Whole build (start-up included) over jieba.lcut of the same text."""
    return (float(r["startup"]) + float(r["wall"])) / float(r["jieba"]) if r.get("jieba") else None


def _export_share(r: dict[str, Any]) -> float:
    st = r["stages"]
    return float(st["rdf"] + st["html"] + st["tables"]) / (float(r["startup"]) + float(r["wall"]))


def targets(sizes, jobs, queries, jobs_size, query_size, kgq=None):  # type: ignore[no-untyped-def]
    """Each target: met or missed, and by how much (issue 13's first, then the older ones)."""
    out = []
    s = {n: r for n, r in sizes.items() if r}
    if s:
        ratios_b = {n: _build_ratio(r) for n, r in s.items()}
        worst_b = max(v for v in ratios_b.values() if v is not None)
        out.append(f"- whole build ≤ 1.5× jieba.lcut: **{'met' if worst_b <= 1.5 else 'missed'}** "
                   f"({', '.join(f'{n}: {v:.2f}×' for n, v in sorted(ratios_b.items()) if v is not None)}).")
        shares = {n: _export_share(r) for n, r in s.items()}
        worst_e = max(shares.values())
        out.append(f"- exports ≤ 25% of the build: **{'met' if worst_e <= 0.25 else 'missed'}** "
                   f"({', '.join(f'{n}: {100 * v:.0f}%' for n, v in sorted(shares.items()))}).")
        kb = {n: r["kg_build"] for n, r in s.items() if r.get("kg_build")}
        if kb:
            e2e = {n: min(float(v["1"]), float(v["2"])) / float(s[n]["jieba"]) for n, v in kb.items()}
            out.append(f"- `kg build` command (faster of -j 1 / -j 2, new process) ≤ 1.5× jieba.lcut: "
                       f"**{'met' if max(e2e.values()) <= 1.5 else 'missed'}** "
                       f"({', '.join(f'{n}: {v:.2f}×' for n, v in sorted(e2e.items()))}).")
    j1, j2 = jobs.get(1), jobs.get(2)
    if j1 and j2:
        sp = float(j1["build"]) / float(j2["build"])
        out.append(f"- `--jobs 2` ≥ 1.6× faster than `--jobs 1` end to end on {jobs_size} docs: "
                   f"**{'met' if sp >= 1.6 else 'missed'}** ({sp:.2f}×).")
    if 10000 in s:
        p = float(s[10000]["peak_rss_mib"])
        out.append(f"- peak memory at 10,000 docs ≤ 1.5 GiB: **{'met' if p <= 1536 else 'missed'}** ({p:.0f} MiB).")
    if kgq and kgq.get("queries"):
        qs = kgq["queries"]
        worst = max(qs.items(), key=lambda kv: kv[1]["median_ms"])
        out.append(f"- every shipped query as `kg query NAME` (first page, process start included) ≤ 0.5 s on "
                   f"{query_size} docs: **{'met' if worst[1]['median_ms'] <= 500 else 'missed'}** "
                   f"(slowest: {worst[0]} {worst[1]['median_ms']:.0f} ms).")
    out.append("")
    out.append("Earlier targets (issue 7):")
    if 1000 in s and 10000 in s:
        f = float(s[10000]["wall"]) / float(s[1000]["wall"])
        out.append(f"- 10,000 docs ≤ 11× the time of 1,000: **{'met' if f <= 11 else 'missed'}** ({f:.2f}×).")
    else:
        out.append("- 10,000 docs ≤ 11× the time of 1,000: not measured at both sizes.")
    j1, j2 = jobs.get(1), jobs.get(2)
    if j1 and j2:
        sp = float(j1["build"]) / float(j2["build"])
        sx = float(j1["graph_of"]) / float(j2["graph_of"])
        out.append(f"- `--jobs 2` ≥ 1.7× faster than `--jobs 1` on {jobs_size} docs: "
                   f"**{'met' if sp >= 1.7 else 'missed'}** (end to end {sp:.2f}×; "
                   f"ingest+extract+resolve {sx:.2f}×).")
    ratios = {n: float(r["stages"]["extract"]) / float(r["jieba"]) for n, r in s.items() if r["jieba"]}
    if ratios:
        worst = max(ratios.values())
        out.append(f"- extraction ≤ jieba.lcut time (ratio ≤ 1.0): **{'met' if worst <= 1.0 else 'missed'}** "
                   f"(ratio {', '.join(f'{n}: {v:.2f}' for n, v in sorted(ratios.items()))}).")
    ox_r = queries.get("pyoxigraph")
    if ox_r and ox_r.get("queries"):
        qs = ox_r["queries"]
        slow = {q: d["median_ms"] for q, d in qs.items() if d["median_ms"] is None or d["median_ms"] >= 200}
        worst_q = max(qs.items(), key=lambda kv: kv[1]["median_ms"] or 1e9)
        out.append(f"- every shipped query < 200 ms in pyoxigraph on {query_size} docs: "
                   f"**{'met' if not slow else 'missed'}** (slowest: {worst_q[0]} "
                   f"{_fmt(worst_q[1]['median_ms'], 1)} ms).")
    else:
        out.append("- shipped queries < 200 ms: not measured (no queries or no graph).")
    if 10000 in s:
        p = float(s[10000]["peak_rss_mib"])
        out.append(f"- peak memory at 10,000 docs < 2 GiB: **{'met' if p < 2048 else 'missed'}** ({p:.0f} MiB).")
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point: make corpora, measure each size in a subprocess, write RESULTS.md."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    ap.add_argument("--jobs-size", type=int, default=1000, help="corpus size for the --jobs speed-up")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed per measurement")
    ap.add_argument("--max-nodes", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--note", action="append", default=[], help="extra line for the report")
    ap.add_argument("--parts", nargs="+", default=["stages", "jobs", "queries"],
                    choices=["stages", "jobs", "queries", "rdflib", "kgquery"],
                    help="what to measure now; the rest is taken from the last run (bench/results/raw.json). "
                         "'queries' runs pyoxigraph and rdflib, 'rdflib' only rdflib")
    ap.add_argument("--rdflib-timeout", type=float, default=1200, help="seconds for all rdflib queries")
    # internal: one measurement in this process
    ap.add_argument("--_stages", nargs=2, metavar=("CORPUS", "OUTDIR"), help=argparse.SUPPRESS)
    ap.add_argument("--_build", nargs=3, metavar=("CORPUS", "OUTDIR", "JOBS"), help=argparse.SUPPRESS)
    ap.add_argument("--_queries", nargs=2, metavar=("NT", "ENGINE"), help=argparse.SUPPRESS)
    ap.add_argument("--_kgquery", nargs=1, metavar="GRAPH", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if a._stages:
        print(json.dumps(measure_stages(Path(a._stages[0]), Path(a._stages[1]), a.max_nodes)))
        return 0
    if a._build:
        print(json.dumps(measure_build(Path(a._build[0]), Path(a._build[1]), int(a._build[2]))))
        return 0
    if a._queries:
        print(json.dumps(measure_queries(Path(a._queries[0]), a._queries[1], 5, 30.0)))
        return 0
    if a._kgquery:
        print(json.dumps(measure_kg_query(Path(a._kgquery[0]))))
        return 0

    sizes = sorted(set(a.sizes))
    corpora = make_corpora(sorted(set(sizes) | {a.jobs_size}))
    raw_path = WORK / "raw.json"
    raw = json.loads(raw_path.read_text(encoding="utf-8")) if raw_path.exists() else {}
    results: dict[int, dict[str, object] | None] = {int(k): v for k, v in raw.get("stages", {}).items()}
    if "stages" in a.parts:
        for n in sizes:
            fresh = _child(["--_stages", str(corpora[n]), str(WORK / f"stages-{n}"),
                            "--max-nodes", str(a.max_nodes)], a.timeout)
            if fresh:  # the command itself, as a user runs it, with one and with two worker processes
                fresh["kg_build"] = {str(j): measure_kg_build(corpora[n], WORK / f"kg-{n}-{j}", j) for j in (1, 2)}
            results[n] = fresh or results.get(n)  # a timed-out size keeps its last measurement
            print(f"  {n}: {json.dumps(results[n])[:400]}", file=sys.stderr, flush=True)
    results = {n: r for n, r in results.items() if n in sizes}
    jobs: dict[int, dict[str, object] | None] = {int(k): v for k, v in raw.get("jobs", {}).items()}
    if "jobs" in a.parts:
        for j in (1, 2):
            jobs[j] = _child(["--_build", str(corpora[a.jobs_size]), str(WORK / f"jobs-{j}"), str(j)],
                             a.timeout) or jobs.get(j)
            print(f"  jobs {j}: {jobs[j]}", file=sys.stderr, flush=True)
    qsize = max((n for n in sizes if results.get(n)), default=0)
    queries: dict[str, dict[str, object] | None] = dict(raw.get("queries", {}))
    nt = WORK / f"stages-{qsize}" / "graph.nt"
    engines = ["pyoxigraph", "rdflib"] if "queries" in a.parts else ["rdflib"] if "rdflib" in a.parts else []
    if qsize and nt.exists():
        for engine in engines:
            limit = a.rdflib_timeout if engine == "rdflib" else a.timeout
            queries[engine] = _child(["--_queries", str(nt), engine], limit)
    kgq: dict[str, object] | None = raw.get("kgquery")
    ttl = WORK / f"stages-{qsize}" / "graph.ttl"
    if "kgquery" in a.parts and qsize and ttl.exists():
        kgq = _child(["--_kgquery", str(ttl)], a.timeout) or kgq
    raw_path.write_text(
        json.dumps({"stages": results, "jobs": jobs, "queries": queries, "kgquery": kgq}, indent=1),
        encoding="utf-8",
    )
    notes = targets(results, jobs, queries, a.jobs_size, qsize, kgq) + list(a.note)
    report = write_report(results, jobs, a.jobs_size, queries, qsize, machine(), notes, kgq)
    a.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
