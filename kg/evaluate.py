"""Evaluation against gold annotations (format and matching rules: shared/gold/README.md).

The graph is built from the gold's text exactly as ``kg build`` would, then
compared section by section: entities (and per type), roles, leverage,
demands, threats, statements. Names match after :func:`kg.textnorm.normalize_name`
(NFKC, case folding, no spaces, middle dots or quotes, Simplified script).

Counting, per section:

* recall: gold items (not ``optional``) matched by at least one extracted item;
* precision: extracted items that match a gold item; items matching only
  ``optional`` gold are left out of both counts; for entities, a second node
  matching an already matched gold entity is a duplicate and counts against
  precision;
* the target / ``of`` of relations and roles is reported separately, as the
  share of matched items whose target also matches.

Macro F1 is the mean F1 of the sections that have gold items or extractions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import GoldError, InputError
from kg.textnorm import normalize_name
from kg.things import is_sentence_phrase

SECTIONS = ("entities", "roles", "leverage", "demands", "threats", "statements")
_CLAIM_SECTION = {"Leverage": "leverage", "Demand": "demands", "Threat": "threats"}
_SUBJECT = {"leverage": "holder", "demands": "demander", "threats": "actor", "statements": "speaker"}
_TARGET = {"leverage": "target", "demands": "addressee", "threats": "target"}


@dataclass
class SectionScore:
    """Precision, recall and F1 of one section, with what was missed and what was wrong."""

    name: str
    tp_gold: int = 0
    gold: int = 0
    tp_pred: int = 0
    pred: int = 0
    target_ok: int = 0
    target_total: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def counted(self) -> bool:
        return bool(self.gold or self.pred)


@dataclass
class EvalReport:
    """The scores of one gold file."""

    gold_file: str
    text_file: str
    sections: dict[str, SectionScore]
    by_type: dict[str, SectionScore]

    @property
    def macro_f1(self) -> float:
        counted = [s.f1 for s in self.sections.values() if s.counted]
        return sum(counted) / len(counted) if counted else 1.0

    def to_json(self) -> dict[str, Any]:
        """A plain dict for ``--json``."""

        def sec(s: SectionScore) -> dict[str, Any]:
            d = asdict(s)
            d.update(precision=round(s.precision, 4), recall=round(s.recall, 4), f1=round(s.f1, 4))
            return d

        return {
            "gold": self.gold_file,
            "text": self.text_file,
            "macro_f1": round(self.macro_f1, 4),
            "sections": {k: sec(v) for k, v in self.sections.items()},
            "entities_by_type": {k: sec(v) for k, v in self.by_type.items()},
        }


# -- gold -----------------------------------------------------------------------------------
def load_gold(path: Path) -> dict[str, Any]:
    """Read and check a gold file; a malformed one raises :class:`GoldError`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GoldError(f"{path}: gold file not found") from exc
    except IsADirectoryError as exc:
        raise GoldError(f"{path}: is a directory, not a gold file") from exc
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise GoldError(f"{path}: not valid JSON (nested too deeply)") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise GoldError(f"{path}: not a gold file (needs an object with an 'entities' list)")
    ids = set()
    for e in data["entities"]:
        if not isinstance(e, dict) or "id" not in e or not isinstance(e.get("names"), list):
            raise GoldError(f"{path}: every entity needs an 'id' and a 'names' list (bad entry: {e!r:.80})")
        ids.add(e["id"])
    for section in SECTIONS[1:]:
        items = data.get(section, [])
        if not isinstance(items, list):
            raise GoldError(f"{path}: '{section}' must be a list")
        for item in items:
            if not isinstance(item, dict):
                raise GoldError(f"{path}: '{section}' holds a non-object entry: {item!r:.80}")
    return data


def find_text(gold_path: Path, gold: dict[str, Any], text: Path | None = None) -> Path:
    """The text a gold file annotates: ``--text``, beside the gold, or under ``seeds/``."""
    if text is not None:
        if not Path(text).exists():
            raise InputError(f"{text}: text file not found")
        return Path(text)
    name = gold.get("document")
    if not name:
        raise GoldError(f"{gold_path}: gold has no 'document' field; pass --text FILE")
    candidates = [Path(gold_path).parent / name, Path("seeds") / name, Path(gold_path).parent.parent / "seeds" / name]
    for c in candidates:
        if c.exists():
            return c
    raise InputError(f"{name}: text of {gold_path} not found beside it or under seeds/; pass --text FILE")


# -- matching -------------------------------------------------------------------------------
def _node_keys(d: dict[str, Any]) -> set[str]:
    names = [p[0] for p in d.get("labels", [])] + [p[0] for p in d.get("alt_labels", [])]
    names.append(d.get("label", ""))
    return {normalize_name(n) for n in names if n}


def evaluate_graph(g: nx.MultiDiGraph, gold: dict[str, Any], gold_file: str = "", text_file: str = "") -> EvalReport:
    """Score a graph against a gold annotation."""
    gold_names: dict[str, set[str]] = {
        e["id"]: {normalize_name(n) for n in e["names"] if n} for e in gold["entities"]
    }
    optional_ent = {e["id"] for e in gold["entities"] if e.get("optional")}

    actors = {n: d for n, d in g.nodes(data=True) if d.get("kind") in ("Person", "Organization", "State")}
    matches: dict[str, set[str]] = {}  # node -> gold ids
    for n, d in actors.items():
        keys = _node_keys(d)
        matches[n] = {gid for gid, names in gold_names.items() if keys & names}

    def label(n: str) -> str:
        return str(g.nodes[n].get("label", n)) if n in g else n

    # entities
    ent = SectionScore("entities")
    by_type = {t: SectionScore(t) for t in ("Person", "Organization", "State")}
    matched_gold: set[str] = set()
    for n in sorted(actors, key=lambda n: (label(n), n)):
        ids = matches[n]
        typ = actors[n]["kind"]
        required = ids - optional_ent
        if ids and not required:
            continue  # only optional gold: neither right nor wrong
        ent.pred += 1
        by_type[typ].pred += 1
        if required and not (required <= matched_gold):
            ent.tp_pred += 1
            by_type[typ].tp_pred += 1
            matched_gold |= required
        elif required:
            ent.false_positives.append(f"{label(n)} (duplicate of {', '.join(sorted(required))})")
            by_type[typ].false_positives.append(f"{label(n)} (duplicate)")
        else:
            ent.false_positives.append(f"{label(n)} [{typ}]")
            by_type[typ].false_positives.append(label(n))
    for e in gold["entities"]:
        if e.get("optional"):
            continue
        t = e.get("type", "")
        ent.gold += 1
        if t in by_type:
            by_type[t].gold += 1
        if e["id"] in matched_gold:
            ent.tp_gold += 1
            if t in by_type:
                by_type[t].tp_gold += 1
        else:
            ent.misses.append(f"{e['id']} ({e['names'][0]})")
            if t in by_type:
                by_type[t].misses.append(e["names"][0])

    sections = {"entities": ent}
    sections["roles"] = _score_roles(g, gold, actors, matches, label)
    for section in ("leverage", "demands", "threats", "statements"):
        sections[section] = _score_claims(g, gold, section, matches, label)
    return EvalReport(gold_file, text_file, sections, by_type)


def _count_prediction(s: SectionScore, found: bool, optional_only: bool, shown: str) -> None:
    """Count one extracted item: right when it matched required gold; ignored when it matched only optional gold."""
    if found:
        s.pred += 1
        s.tp_pred += 1
    elif not optional_only:
        s.pred += 1
        s.false_positives.append(shown)


def _count_gold(
    s: SectionScore, golds: list[dict[str, Any]], hit: list[bool], describe: Callable[[dict[str, Any]], str]
) -> SectionScore:
    """Count the required gold items of a section, listing those no extracted item matched."""
    for i, gr in enumerate(golds):
        if gr.get("optional"):
            continue
        s.gold += 1
        if hit[i]:
            s.tp_gold += 1
        else:
            s.misses.append(describe(gr))
    return s


def _score_roles(
    g: nx.MultiDiGraph,
    gold: dict[str, Any],
    actors: dict[str, dict[str, Any]],
    matches: dict[str, set[str]],
    label: Callable[[str], str],
) -> SectionScore:
    s = SectionScore("roles")
    pred = []
    for n in actors:
        for r in g.nodes[n].get("roles", []):
            pred.append((n, r["title"], r.get("of", ""), r.get("former", False)))
    pred.sort()
    golds = gold.get("roles", [])
    hit = [False] * len(golds)

    def title_ok(t: str, titles: list[str]) -> bool:
        k = normalize_name(t)
        return any((gk := normalize_name(x)) and (gk in k or (k in gk and len(k) >= 2)) for x in titles)

    for n, title, of, _former in pred:
        found = False
        optional_only = False
        for i, gr in enumerate(golds):
            if gr.get("person") in matches.get(n, set()) and title_ok(title, gr.get("title", [])):
                if gr.get("optional"):
                    optional_only = True
                    continue
                found = True
                if not hit[i]:
                    s.target_total += 1
                    s.target_ok += int(gr.get("of") in matches.get(of, set()))
                hit[i] = True
        _count_prediction(s, found, optional_only, f"{label(n)}: {title}" + (f" of {label(of)}" if of else ""))
    return _count_gold(
        s, golds, hit, lambda gr: f"{gr.get('person')}: {'/'.join(gr.get('title', [])[:2])} of {gr.get('of')}"
    )


def _score_claims(
    g: nx.MultiDiGraph,
    gold: dict[str, Any],
    section: str,
    matches: dict[str, set[str]],
    label: Callable[[str], str],
) -> SectionScore:
    s = SectionScore(section)
    kind = {"leverage": "Leverage", "demands": "Demand", "threats": "Threat", "statements": "Statement"}[section]
    subj_key = _SUBJECT[section]
    tgt_key = _TARGET.get(section)
    golds = gold.get(section, [])
    hit = [False] * len(golds)
    edges = sorted(
        ((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if d.get("kind") == kind),
        key=lambda e: (e[3].get("start", 0), e[2]),
    )
    for u, v, _k, d in edges:
        subj = matches.get(u, set())
        if section == "statements":
            hay = normalize_name(d.get("quote", ""))
            shown = f"{label(u)}: 「{d.get('quote', '')[:40]}」"
        else:
            phrase = d.get("phrase", "")
            texts = [] if is_sentence_phrase(phrase) else [phrase]
            if v in g and g.nodes[v].get("kind") == "Issue":
                node = g.nodes[v]
                texts += [p[0] for p in node.get("labels", [])] + [p[0] for p in node.get("alt_labels", [])]
            hay = " ".join(normalize_name(t) for t in texts)
            shown = f"{label(u)} -> {d.get('phrase', '')[:30]} [{label(v)}]"

        def ok(gr: dict[str, Any], hay: str = hay, subj: set[str] = subj) -> bool:
            if not set(gr.get(subj_key, [])) & subj:
                return False
            if section == "statements":  # the gold quote is a substring of the extracted quote
                return normalize_name(gr.get("quote", "")) in hay
            return any(normalize_name(kw) and normalize_name(kw) in hay for kw in gr.get("item", []))

        found = False
        optional_only = False
        for i, gr in enumerate(golds):
            if ok(gr):
                if gr.get("optional"):
                    optional_only = True
                    continue
                found = True
                if tgt_key and not hit[i]:
                    s.target_total += 1
                    s.target_ok += int(bool(set(gr.get(tgt_key, [])) & matches.get(d.get("target", ""), set())))
                hit[i] = True
        _count_prediction(s, found, optional_only, shown)

    def describe(gr: dict[str, Any]) -> str:
        what = gr.get("quote") if section == "statements" else "/".join(gr.get("item", [])[:3])
        return f"{'/'.join(gr.get(subj_key, []))}: {what}"

    return _count_gold(s, golds, hit, describe)


def evaluate(gold_path: Path, text: Path | None = None) -> EvalReport:
    """Build the graph of a gold file's text (its main document only) and score it."""
    from kg.ingest import read_path
    from kg.pipeline import graph_of

    gold = load_gold(Path(gold_path))
    text_path = find_text(Path(gold_path), gold, text)
    docs = list(read_path(text_path))
    if not docs:
        raise InputError(f"{text_path}: no document in the file")
    g = graph_of(docs[:1])  # the gold covers the main article, not feed items after it
    return evaluate_graph(g, gold, str(gold_path), str(text_path))


def pool(reports: list[EvalReport]) -> EvalReport:
    """Pooled scores of several gold files: counts summed per section (micro), then macro F1."""

    def add(name: str, parts: list[SectionScore]) -> SectionScore:
        out = SectionScore(name)
        for p in parts:
            out.tp_gold += p.tp_gold
            out.gold += p.gold
            out.tp_pred += p.tp_pred
            out.pred += p.pred
            out.target_ok += p.target_ok
            out.target_total += p.target_total
        return out

    sections = {k: add(k, [r.sections[k] for r in reports]) for k in SECTIONS}
    by_type = {k: add(k, [r.by_type[k] for r in reports]) for k in ("Person", "Organization", "State")}
    return EvalReport(f"pooled over {len(reports)} gold files", "", sections, by_type)


def format_report(rep: EvalReport, details: bool = True) -> str:
    """The human-readable report printed by ``kg eval``."""
    lines = [f"gold: {rep.gold_file}"] + ([f"text: {rep.text_file}"] if rep.text_file else []) + [""]
    lines.append(f"{'section':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}  target")
    rows = list(rep.sections.values())
    for s in rows:
        tgt = f"{s.target_ok}/{s.target_total}" if s.target_total else "-"
        lines.append(f"{s.name:<14}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}{s.gold:>6}{s.pred:>6}  {tgt}")
        if s.name == "entities":
            for t in rep.by_type.values():
                lines.append(f"  {t.name:<12}{t.precision:>7.2f}{t.recall:>7.2f}{t.f1:>7.2f}{t.gold:>6}{t.pred:>6}")
    if details:
        for s in rows:
            if s.misses:
                lines.append(f"\n{s.name} missed ({len(s.misses)}):")
                lines += [f"  - {m}" for m in s.misses]
            if s.false_positives:
                lines.append(f"\n{s.name} false positives ({len(s.false_positives)}):")
                lines += [f"  + {m}" for m in s.false_positives]
    lines.append("")
    lines.append(
        "macro F1 {:.3f}  ({})".format(
            rep.macro_f1, ", ".join(f"{s.name} {s.f1:.2f}" for s in rows if s.counted)
        )
    )
    return "\n".join(lines)
