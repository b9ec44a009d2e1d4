"""Tables for spreadsheets and pandas users: nodes.csv and edges.csv, one row per node / edge."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pandas as pd

from kg.export.atomic import atomic_write

NODE_COLUMNS = ["id", "type", "label", "side", "wikidata"]
EDGE_COLUMNS = ["source", "relation", "target", "claim", "phrase", "quote", "evidence", "document", "date"]


def node_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per node: id, type, label, side (empty for issues and documents), Wikidata id."""
    rows = [
        {
            "id": n,
            "type": d.get("kind", ""),
            "label": d.get("label", ""),
            "side": d.get("side", ""),
            "wikidata": d.get("wikidata", ""),
        }
        for n, d in g.nodes(data=True)
    ]
    return pd.DataFrame(rows, columns=NODE_COLUMNS).sort_values("id", kind="stable").reset_index(drop=True)


def edge_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per edge: who, which relation, to what, with its evidence, document and day."""
    rows = [
        {
            "source": u,
            "relation": d.get("relation", ""),
            "target": v,
            "claim": k,
            "phrase": d.get("phrase", ""),
            "quote": d.get("quote", ""),
            "evidence": d.get("evidence", ""),
            "document": d.get("document", ""),
            "date": d.get("date", ""),  # the day a claim reports (kg.dates); "" for roles and undated
        }
        for u, v, k, d in g.edges(keys=True, data=True)
    ]
    df = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    return df.sort_values(["source", "relation", "target", "claim"], kind="stable").reset_index(drop=True)


def write_tables(g: nx.MultiDiGraph, outdir: Path) -> list[Path]:
    """Write nodes.csv and edges.csv (UTF-8, LF line ends, deterministic order)."""
    out = []
    for name, df in (("nodes.csv", node_table(g)), ("edges.csv", edge_table(g))):
        path = Path(outdir) / name
        with atomic_write(path) as fh:
            df.to_csv(fh, index=False, lineterminator="\n")
        out.append(path)
    return out


# characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF): GraphML is XML
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value: object) -> object:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def write_graphml(g: nx.MultiDiGraph, path: Path) -> Path:
    """GraphML for Gephi/yEd: list-valued attributes flattened to ``text@lang; …`` strings."""
    flat = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True)):
        flat.add_node(_xml_safe(n), **{k: _xml_safe(_flat(v)) for k, v in sorted(d.items())})
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        attrs = {a: _xml_safe(_flat(b)) for a, b in sorted(d.items())}
        flat.add_edge(_xml_safe(u), _xml_safe(v), key=_xml_safe(k), **attrs)
    with atomic_write(Path(path), "wb") as fh:
        nx.write_graphml(flat, fh)
    return Path(path)


def _flat(value: object) -> str | int | float | bool:
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, (list, tuple)) and len(item) == 2:
                parts.append(f"{item[0]}@{item[1]}")
            elif isinstance(item, dict):
                parts.append(", ".join(f"{k}={item[k]}" for k in sorted(item)))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)
