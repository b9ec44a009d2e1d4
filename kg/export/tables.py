"""Tables for spreadsheets and pandas users: nodes.csv and edges.csv, one row per node / edge."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.export.atomic import atomic_write

if TYPE_CHECKING:
    import pandas as pd

NODE_COLUMNS = ["id", "type", "label", "side", "wikidata"]
EDGE_COLUMNS = ["source", "relation", "target", "claim", "phrase", "quote", "evidence", "document", "date"]


def node_rows(g: nx.MultiDiGraph) -> list[tuple[Any, ...]]:
    """One row per node (:data:`NODE_COLUMNS`): id, type, label, side (empty for issues and documents), Wikidata id."""
    rows = [
        (n, d.get("kind", ""), d.get("label", ""), d.get("side", ""), d.get("wikidata", ""))
        for n, d in g.nodes(data=True)
    ]
    return sorted(rows, key=lambda r: r[0])


def edge_rows(g: nx.MultiDiGraph) -> list[tuple[Any, ...]]:
    """One row per edge (:data:`EDGE_COLUMNS`): who, which relation, to what, with its evidence, document and day."""
    rows = [
        (
            u,
            d.get("relation", ""),
            v,
            k,
            d.get("phrase", ""),
            d.get("quote", ""),
            d.get("evidence", ""),
            d.get("document", ""),
            d.get("date", ""),  # the day a claim reports (kg.dates); "" for roles and undated
        )
        for u, v, k, d in g.edges(keys=True, data=True)
    ]
    return sorted(rows, key=lambda r: (r[0], r[1], r[2], r[3]))


def node_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """:func:`node_rows` as a pandas DataFrame (for pandas users and the tests' round trips)."""
    import pandas as pd

    return pd.DataFrame(node_rows(g), columns=NODE_COLUMNS)


def edge_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """:func:`edge_rows` as a pandas DataFrame."""
    import pandas as pd

    return pd.DataFrame(edge_rows(g), columns=EDGE_COLUMNS)


def write_tables(g: nx.MultiDiGraph, outdir: Path) -> list[Path]:
    """Write nodes.csv and edges.csv (UTF-8, LF line ends, deterministic order).

    Why the csv module, not pandas: ``DataFrame.to_csv`` writes through the
    same ``csv.writer`` (minimal quoting, ``\\n`` line ends), so the bytes are
    the same, without importing pandas (0.5–0.9 s of every build's start-up)
    or building frames.
    """
    out = []
    for name, columns, rows in (
        ("nodes.csv", NODE_COLUMNS, node_rows(g)),
        ("edges.csv", EDGE_COLUMNS, edge_rows(g)),
    ):
        path = Path(outdir) / name
        with atomic_write(path) as fh:
            _write_csv(fh, columns, rows)
        out.append(path)
    return out


def _write_csv(fh: Any, columns: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
    writer = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(("" if v is None else v for v in row) for row in rows)


# characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF): GraphML is XML
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(value: object) -> object:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def write_graphml(g: nx.MultiDiGraph, path: Path, *, cache_dir: Path | None = None) -> Path:
    """GraphML for Gephi/yEd: list-valued attributes flattened to ``text@lang; …`` strings.

    With ``cache_dir`` (an output folder), the elements of nodes and edges
    unchanged since that folder's previous ``graph.graphml`` are copied from
    it (:mod:`kg.export.fragments`); the bytes are the same either way.
    """
    if cache_dir is not None:
        from kg.export.fragments import SplicedFile

        store = SplicedFile(cache_dir, Path(path).name)
        items = _graphml_items(g, store)
        if items is None:  # a character XML forbids: the whole text made safe, kept without units
            items = [_graphml_safe(g)]
        return store.write(Path(path), items)
    with atomic_write(Path(path), "wb") as fh:
        fh.write(_graphml_safe(g).encode("utf-8"))
    return Path(path)


def _graphml_safe(g: nx.MultiDiGraph) -> str:
    text = _graphml_direct(g)
    if text is None:  # a character XML forbids somewhere: every value and id made safe first
        text = _graphml_direct(flat_graph(g))
        assert text is not None  # flat_graph leaves no such character
    return text


class _DataKeys:
    """GraphML's data keys, numbered in the order first met (nodes, then edges), and each element's text.

    The data keys of an element depend only on its attributes' names and
    types, so they are looked up once per kind of element, not once per value.
    """

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str, str], str] = {}
        self.lines: list[str] = []
        self._idents_of: dict[tuple[object, ...], list[str]] = {}

    def idents(self, scope: str, attrs: dict[str, object]) -> tuple[list[str], list[object]]:
        """The data keys of an element's attributes (sorted by name), and their values in that order."""
        names = sorted(attrs)
        values = [attrs[n] for n in names]
        kind = (scope, *names, *map(type, values))
        idents = self._idents_of.get(kind)
        if idents is None:
            idents = []
            for name, value in zip(names, values, strict=True):
                xml_type = _XML_TYPES.get(type(_flat(value)))
                if xml_type is None:
                    raise TypeError(f"GraphML does not support type {type(value)} as data values.")
                ident = self.keys.get((name, xml_type, scope))
                if ident is None:
                    ident = self.keys[(name, xml_type, scope)] = f"d{len(self.keys)}"
                    self.lines.append(
                        f'  <key id="{ident}" for="{scope}" attr.name="{_attr(name)}" attr.type="{xml_type}" />\n'
                    )
                idents.append(ident)
            self._idents_of[kind] = idents
        return idents, values

    def head(self, empty: bool) -> str:
        """The text before the first element (the keys listed last-first, as networkx does)."""
        opening = '  <graph edgedefault="directed" />\n' if empty else '  <graph edgedefault="directed">\n'
        return _GRAPHML_HEAD + "".join(reversed(self.lines)) + opening


_PLAIN = (str, int, float, bool)


def _element(opening: str, tag: str, idents: list[str], values: list[object]) -> str:
    """One node or edge element (its data values flat, escaped as ElementTree escapes them)."""
    if not idents:
        return f"    {opening} />\n"
    lines = [f"    {opening}>\n"]
    for ident, value in zip(idents, values, strict=True):
        text = value if type(value) is str else str(value if isinstance(value, _PLAIN) else _flat(value))
        lines.append(f'      <data key="{ident}">{_text(text)}</data>\n' if text else f'      <data key="{ident}" />\n')
    lines.append(f"    </{tag}>\n")
    return "".join(lines)


def _elements(g: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, object]]]:
    """(scope, opening tag, tag, attributes) of every node (sorted by id), then every edge (by ends and key)."""
    out: list[tuple[str, str, str, dict[str, object]]] = [
        ("node", f'<node id="{_attr(str(node))}"', "node", attrs)
        for node, attrs in sorted(g.nodes(data=True), key=lambda item: item[0])
    ]
    for u, v, key, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        opening = f'<edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{_attr(str(key))}"'
        out.append(("edge", opening, "edge", attrs))
    return out


_TAIL = "  </graph>\n</graphml>\n"


def _graphml_direct(g: nx.MultiDiGraph) -> str | None:
    """GraphML of ``g`` with every value flat, byte for byte as ``networkx.write_graphml`` writes
    :func:`flat_graph` of it; None if the text holds a character XML forbids (then nothing may be
    written as is).

    Why our own: networkx builds an ElementTree of every node, edge and value
    and serialises it in Python (12 s of a 10,000-document build). The layout
    is networkx's: keys numbered in the order first met (nodes, then edges)
    and listed last-first, two spaces per level, ``<data key="dN" />`` for an
    empty value, Python's ``str`` of each value.

    Why: making each of a million values XML-safe and flat in its own dict
    was half of the GraphML time, for text that almost never holds such a
    character; one search over the finished text tells.
    """
    keys = _DataKeys()
    body = []
    for scope, opening, tag, attrs in _elements(g):
        body.append(_element(opening, tag, *keys.idents(scope, attrs)))
    text = keys.head(not body) + ("".join(body) + _TAIL if body else "</graphml>\n")
    return None if _NOT_XML.search(text) else text


def _graphml_items(g: nx.MultiDiGraph, store: Any) -> list[str | Any] | None:
    """The GraphML of ``g`` as literal text and one unit per element, reused from ``store`` when unchanged.

    None when a rendered element or the keys hold a character XML forbids
    (then the whole file is made safe as :func:`_graphml_direct` says). A
    reused element is from a previous file that held no such character (a
    file written the other way is kept without units).
    """
    from kg.export.fragments import value_digest

    keys = _DataKeys()
    units = []
    for scope, opening, tag, attrs in _elements(g):
        idents, values = keys.idents(scope, attrs)
        digest = value_digest((opening, idents, values))
        unit = store.unit(digest, lambda o=opening, t=tag, i=idents, v=values: (_element(o, t, i, v), 0))
        if unit.text is not None and _NOT_XML.search(unit.text):
            return None
        units.append(unit)
    head = keys.head(not units)
    if _NOT_XML.search(head):
        return None
    return [head, *units, _TAIL] if units else [head, "</graphml>\n"]


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``g`` sorted, with every value a GraphML scalar and XML-safe (what the GraphML file holds)."""
    flat = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True)):
        flat.add_node(_xml_safe(n), **{k: _xml_safe(_flat(v)) for k, v in sorted(d.items())})
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        attrs = {a: _xml_safe(_flat(b)) for a, b in sorted(d.items())}
        flat.add_edge(_xml_safe(u), _xml_safe(v), key=_xml_safe(k), **attrs)
    return flat


_XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _text(value: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


def _attr(value: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    value = _text(value)
    if '"' in value or "\r" in value or "\n" in value or "\t" in value:
        value = value.replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")
    return value


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
