"""The interactive HTML graph: one self-contained file that opens offline in any browser.

Why not pyvis's own ``Network.write_html``: measured with pyvis 0.3.2, none of
its ``cdn_resources`` modes is offline as written, its template injects the
data as raw JavaScript (a ``</script>`` in a quoted sentence ends the script)
and vis-network renders a string ``title`` as HTML (any ``<img onerror>`` in a
document would run). So this module uses pyvis only for the vis-network
library it ships (read from the package's files, inlined into the page) and
writes its own small page:

* all data goes in as JSON inside ``<script type="application/json">`` with
  ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and the page's own script
  builds every tooltip and panel with ``textContent`` — document text never
  becomes markup;
* no ``http(s)`` resource is referenced, so the page makes no network request
  (the only URLs are links the user may click: Wikidata and the article);
* the output is byte-identical for the same graph: nodes and edges are sorted,
  ids are derived from the sort order, and the layout uses a fixed seed.

What is drawn (``drawn_subgraph``): actors and issues, not documents. A
statement whose quote names no issue points at its document in the graph; it
is drawn as a "said" arrow to the actor it is aimed at when the text says,
else listed as "said" on the speaker's panel. Claims with the same source,
target and relation share one arrow (``drawn_edges``) whose panel lists the
first few claims' evidence (``EVIDENCE_CAP``) and the count of the rest: the
RDF keeps every one, and the page of 10,000 articles stays under 8 MB. Above
``max_nodes`` the most connected nodes are kept (degree in the drawn graph,
ties by IRI), and the page says how many were kept and which flag changes it.

Time: every arrow carries the days of its claims (``dcterms:date``, see
:mod:`kg.dates`); two date fields and a timeline of claims per month filter
the arrows to a period, with counts. Layout: sizes grow with the logarithm of
mentions up to a cap; when the physics settle, nodes are moved so no node or
label covers another, nodes without arrows (hidden by default) get places of
their own, and the view is fitted.
"""

from __future__ import annotations

import html
import importlib.util
import json
import math
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError, UsageError

DEFAULT_MAX_NODES = 2000
# evidence sentences kept per arrow (and per speaker's list of quotes): the
# first few and the count of the rest, so a 10,000-document page stays small;
# the RDF keeps every one
EVIDENCE_CAP = 3
LANGS: tuple[str, ...] = ("en", "zh-Hant", "zh-Hans")
RELATIONS: tuple[str, ...] = ("leverage", "demands", "threatens", "said", "role")
SIDES: tuple[str, ...] = ("US", "China", "Other")

# Colours: actors by side, issues their own; edges by relation. Chosen to stay
# distinguishable for the common colour-vision deficiencies (no red/green pair).
SIDE_COLORS: dict[str, tuple[str, str]] = {
    "US": ("#3b6fb6", "#1f4a85"),
    "China": ("#d0453b", "#8e2a23"),
    "Other": ("#8c8c8c", "#5a5a5a"),
    "Issue": ("#f2b134", "#a8760f"),
}
RELATION_COLORS: dict[str, str] = {
    "leverage": "#e07b00",
    "demands": "#7b3fa0",
    "threatens": "#b0002a",
    "said": "#138a72",
    "role": "#9aa3ab",
}
SHAPES: dict[str, str] = {
    "Person": "dot",
    "Organization": "square",
    "State": "hexagon",
    "Issue": "diamond",
}
SHAPE_GLYPHS: dict[str, str] = {
    "Person": "●",
    "Organization": "■",
    "State": "⬢",
    "Issue": "◆",
}
_QID = re.compile(r"^Q[1-9][0-9]*$")


def drawable_nodes(g: nx.MultiDiGraph) -> list[str]:
    """Every node the page can draw (actors and issues), sorted; documents are not drawn."""
    return sorted(n for n, d in g.nodes(data=True) if d.get("kind") != "Document")


def drawn_subgraph(g: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """The part of ``g`` the page draws; tests compare the page's counts against it.

    Rule: take actors and issues with the edges among them; if there are more
    than ``max_nodes``, keep the ``max_nodes`` with the highest degree in that
    graph (ties broken by IRI so the choice is deterministic) and the edges
    among the kept ones. Returns a new graph; ``g`` is not modified.
    """
    keep, edges, _all, _total = _drawn(g, max_nodes)
    sub = nx.MultiDiGraph()
    for n in keep:
        sub.add_node(n, **g.nodes[n])
    for u, v, k, d in edges:
        sub.add_edge(u, v, key=k, **d)
    return sub


_Edge = tuple[str, str, str, dict[str, Any]]


def _drawn(g: nx.MultiDiGraph, max_nodes: int) -> tuple[list[str], list[_Edge], list[_Edge], int]:
    """The nodes (sorted) and edges (source, target, key, attributes) of :func:`drawn_subgraph`,
    with every edge of ``g`` sorted and the number of drawable nodes (the page needs both too).

    Why not the graph itself for the page: copying ten thousand nodes' and
    edges' attributes into a second networkx graph cost more than the rest
    of the page's data; the page needs only these lists.
    """
    if max_nodes < 1:
        raise UsageError(f"max_nodes must be at least 1, got {max_nodes}")
    # (the edges of g once, sorted, with plain dicts: networkx's subgraph views cost more than the rest)
    keep = drawable_nodes(g)
    drawable = set(keep)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    if len(keep) > max_nodes:
        degree = dict.fromkeys(keep, 0)  # in + out among drawable nodes, as the subgraph's degree counts
        for u, v, _k, _d in edges:
            if u in drawable and v in drawable:
                degree[u] += 1
                degree[v] += 1
        keep = sorted(sorted(keep, key=lambda n: (-degree[n], n))[:max_nodes])
    kept = set(keep)
    drawn = [(u, v, k, d) for u, v, k, d in edges if u in kept and v in kept]
    for u, v, k, d in edges:
        to = _said_to_actor(g, u, v, d)
        if to and u in kept and to in kept:
            drawn.append((u, to, k, d))
    return keep, drawn, edges, len(drawable)


def _said_to_actor(g: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> str:
    """The actor a statement without an issue is aimed at ("" when none): drawn as a "said" arrow to it.

    Why: a quote that names no issue hangs on its document, which the page
    does not draw; when the text says whom it is aimed at, an arrow to that
    actor shows it.
    """
    target = _str(d.get("target"))
    if d.get("relation") != "said" or g.nodes[v].get("kind") != "Document" or target == u:
        return ""
    return target if target in g and g.nodes[target].get("kind") not in ("Document", "Issue") else ""


def drawn_edges(
    sub: nx.MultiDiGraph,
) -> list[tuple[tuple[str, str, str], list[tuple[str, dict[str, Any]]]]]:
    """The arrows of the page: the claims of ``sub`` grouped by (source, target, relation).

    Many documents often say the same thing (China holds rare earths as
    leverage); one arrow per claim would stack dozens of identical arrows, so
    the page draws one arrow per group and lists every claim's evidence on it.
    Groups and the claims in each are sorted (by day, undated last, then
    document, offset, IRI), so the claims the page lists are the earliest.
    """
    return _grouped(sub.edges(keys=True, data=True))


def _grouped(
    edges: Iterable[tuple[str, str, str, dict[str, Any]]],
) -> list[tuple[tuple[str, str, str], list[tuple[str, dict[str, Any]]]]]:
    """:func:`drawn_edges` of some edges (in any order: groups and claims are sorted)."""
    groups: dict[tuple[str, str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for u, v, k, d in edges:
        groups[(u, v, _str(d.get("relation")))].append((_str(k), d))
    for claims in groups.values():
        claims.sort(key=lambda c: (not c[1].get("date"), _str(c[1].get("date")), _str(c[1].get("document")),
                                   _int(c[1].get("start")), c[0]))
    return [(key, groups[key]) for key in sorted(groups)]


def _int(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 0


def pick_label(labels: dict[str, str], lang: str | None, fallback: str) -> str:
    """The label in ``lang`` if there is one, else the nearest script, else any, else ``fallback``.

    ``lang=None`` means "the text's language": the graph's own ``label``.
    """
    if lang is None:
        return fallback or next((labels[k] for k in sorted(labels)), "")
    order = [lang]
    if lang == "zh-Hant":
        order.append("zh-Hans")
    elif lang == "zh-Hans":
        order.append("zh-Hant")
    order += [x for x in LANGS if x not in order]
    for x in order:
        if labels.get(x):
            return labels[x]
    return fallback or next((labels[k] for k in sorted(labels) if labels[k]), "")


def _labels(d: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in d.get("labels") or []:
        if len(pair) == 2 and pair[0] and pair[1] not in out:
            out[str(pair[1])] = str(pair[0])
    return out


def _size(mentions: int) -> float:
    """Radius from mentions on a capped logarithmic scale.

    Why: on a large corpus a hub is mentioned hundreds of times more than its
    neighbours; a square-root scale drew it several times larger, covering
    them and their labels. Here 1 mention gives 13, 10 give 21, 100 and more 30.
    """
    return round(min(10 + 4.5 * math.log1p(max(mentions, 0)), 30.0), 1)


def _str(v: Any) -> str:
    return "" if v is None else str(v)


def _doc_info(g: nx.MultiDiGraph, iri: str) -> dict[str, str]:
    d = g.nodes[iri] if iri in g else {}
    return {
        "title": _str(d.get("title") or d.get("label")),
        "source": _str(d.get("source")),
        "date": _str(d.get("date")),
        "url": _str(d.get("url")),
        "lang": _str(d.get("lang")),
    }


def page_data(g: nx.MultiDiGraph, lang: str | None, max_nodes: int) -> dict[str, Any]:
    """Everything the page's script needs, as plain JSON-able data (sorted, no markup)."""
    node_ids, drawn, all_edges, total = _drawn(g, max_nodes)
    sub = set(node_ids)
    drawn_keys = {(u, v, k) for u, v, k, _d in drawn}
    docs: dict[str, dict[str, str]] = {}

    def doc_ref(iri: str) -> str:
        if iri and iri not in docs:
            docs[iri] = _doc_info(g, iri)
        return iri

    said: dict[str, list[dict[str, str]]] = defaultdict(list)
    said_total: dict[str, int] = defaultdict(int)
    for u, v, k, d in all_edges:
        if g.nodes[v].get("kind") == "Document" and u in sub and (u, _said_to_actor(g, u, v, d), k) not in drawn_keys:
            said_total[u] += 1
            if len(said[u]) >= EVIDENCE_CAP:
                continue
            said[u].append(
                {
                    "claim": _str(k),
                    "quote": _str(d.get("quote")),
                    "evidence": _str(d.get("evidence")),
                    "date": _str(d.get("date")),
                    "document": doc_ref(_str(d.get("document") or v)),
                }
            )

    nodes = []
    for n in node_ids:
        d = g.nodes[n]
        kind = _str(d.get("kind"))
        labels = _labels(d)
        side = _str(d.get("side")) if kind != "Issue" else ""
        if kind != "Issue" and side not in SIDES:
            side = "Other"
        qid = _str(d.get("wikidata"))
        roles = []
        for r in d.get("roles") or []:
            of = _str(r.get("of"))
            od = g.nodes[of] if of in g else {}
            of_label = pick_label(_labels(od), lang, _str(od.get("label")))
            roles.append(
                {
                    "title": _str(r.get("title")),
                    "of": of_label,
                    "of_id": of if of in sub else "",
                    "former": bool(r.get("former")),
                }
            )
        roles.sort(key=lambda r: (r["former"], r["title"], r["of"], r["of_id"]))
        nodes.append(
            {
                "id": n,
                "kind": kind,
                "label": _str(d.get("label")),
                "shown": pick_label(labels, lang, _str(d.get("label"))),
                "labels": labels,
                "alt": sorted(
                    {(str(p[0]), str(p[1])) for p in d.get("alt_labels") or [] if len(p) == 2}
                ),
                "side": side,
                "group": side or "Issue",
                "shape": SHAPES.get(kind, "dot"),
                "size": _size(_int(d.get("mentions"))),
                "mentions": _int(d.get("mentions")),
                "wikidata": qid if _QID.match(qid) else "",
                "in_lexicon": bool(d.get("in_lexicon")),
                "roles": roles,
                "said": said.get(n, []),
                "said_n": said_total.get(n, 0),
            }
        )

    edges: list[dict[str, Any]] = []
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    for i, ((u, v, relation), claims) in enumerate(_grouped(drawn)):
        pair = (min(u, v), max(u, v))
        nth = pair_count[pair]
        pair_count[pair] += 1
        days: dict[str, int] = defaultdict(int)
        for _k, d in claims:
            days[_str(d.get("date"))] += 1
        undated = days.pop("", 0)
        edges.append(
            {
                "id": f"e{i}",
                "from": u,
                "to": v,
                "relation": relation,
                "nth": nth,
                "n": len(claims),
                "days": [[day, days[day]] for day in sorted(days)],
                "undated": undated,
                "claims": [_claim_entry(d, doc_ref) for _k, d in claims[:EVIDENCE_CAP]],
            }
        )
    all_days = sorted({day for e in edges for day, _n in e["days"]})
    return {
        "lang": lang,
        "period": {"min": all_days[0] if all_days else "", "max": all_days[-1] if all_days else ""},
        "nodes": nodes,
        "edges": edges,
        "documents": {k: docs[k] for k in sorted(docs)},
        "counts": {
            "drawn": len(nodes),
            "total": total,
            "edges": len(edges),
            "claims": len(drawn),
            "max_nodes": max_nodes,
            "documents": sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "Document"),
        },
        "style": {
            "sides": {k: list(v) for k, v in SIDE_COLORS.items()},
            "relations": RELATION_COLORS,
        },
        "iterations": 1000 if len(nodes) <= 200 else 300 if len(nodes) <= 1000 else 120,
        "evidence_cap": EVIDENCE_CAP,
    }


def _claim_entry(d: dict[str, Any], doc_ref: Any) -> dict[str, Any]:
    """One claim of an arrow as the page's panel shows it; empty fields are left out (the page is large)."""
    entry: dict[str, Any] = {
        key: _str(d.get(key))
        for key in ("kind", "phrase", "quote", "evidence", "title", "lang", "target", "date")
        if _str(d.get(key))
    }
    if d.get("former"):
        entry["former"] = True
    entry["document"] = doc_ref(_str(d.get("document")))
    return entry


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """``page_data`` as written into the page: nodes and documents by index, no empty fields.

    Why: on 10,000 documents the same node and document IRIs were repeated on
    tens of thousands of arrows and claims; numbers instead of IRIs (and no
    zeros, empty lists or claim kinds the relation already says) keep the page
    small. The page's script expands them back when it starts.
    """
    nodes = data["nodes"]
    at = {n["id"]: i for i, n in enumerate(nodes)}
    doc_ids = list(data["documents"])
    doc_at = {iri: i for i, iri in enumerate(doc_ids)}

    def ref(iri: str) -> int | str:
        return at.get(iri, iri)

    out_nodes = []
    for n in nodes:
        node = dict(n)
        node["roles"] = [{**r, "of_id": ref(r["of_id"]) if r["of_id"] else ""} for r in n["roles"]]
        node["said"] = [{**said, "document": doc_at.get(said["document"], -1)} for said in n["said"]]
        out_nodes.append(node)
    edges: list[dict[str, Any]] = []
    for e in data["edges"]:
        x: dict[str, Any] = {"f": at[e["from"]], "t": at[e["to"]], "relation": e["relation"], "n": e["n"]}
        for key in ("nth", "days", "undated"):
            if e[key]:
                x[key] = e[key]
        claims = []
        for c in e["claims"]:
            y = {k: v for k, v in c.items() if k != "kind"}
            if "target" in y:
                y["target"] = ref(y["target"])
            y["document"] = doc_at.get(c["document"], -1)
            doc = data["documents"].get(c["document"], {})
            for key in ("lang", "date"):  # left out when the document's own, spelt out when none
                if y.get(key, "") == doc.get(key, ""):
                    y.pop(key, None)
                elif key not in y:
                    y[key] = ""
            claims.append(y)
        x["claims"] = claims
        edges.append(x)
    return {
        **data,
        "nodes": out_nodes,
        "edges": edges,
        "documents": [data["documents"][iri] for iri in doc_ids],
    }


def json_for_script(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, U+2028/9.

    The escapes (``\\u003c`` …) are valid JSON string escapes, so ``JSON.parse``
    gives back the original text; ``</script>`` in a sentence cannot close
    the element.
    """
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        s.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vis-network library that pyvis ships, read from the installed package's files.

    Found without importing pyvis (which imports IPython). Raises OutputError
    if pyvis is missing or its file layout changed.
    """
    spec = importlib.util.find_spec("pyvis")
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        for sub in ("lib", "templates/lib"):
            p = Path(root) / sub / "vis-9.1.2" / "vis-network.min.js"
            if p.is_file():
                js = p.read_text(encoding="utf-8")
                if "</script" in js.lower():  # cannot be inlined safely
                    raise OutputError(f"{p} contains '</script' and cannot be inlined")
                return js
    raise OutputError("pyvis's vis-network.min.js not found; reinstall pyvis>=0.3.2")


def _legend_html() -> str:
    rows = []
    for side in (*SIDES, "Issue"):
        fill, border = SIDE_COLORS[side]
        name = "Issue" if side == "Issue" else f"{side} side"
        rows.append(
            f'<li><span class="sw" style="background:{fill};border-color:{border}"></span>'
            f"{html.escape(name)}</li>"
        )
    shapes = "".join(
        f'<li><span class="glyph">{SHAPE_GLYPHS[k]}</span>{html.escape(k)}</li>' for k in SHAPES
    )
    return (
        '<ul class="legend">' + "".join(rows) + "</ul>"
        '<ul class="legend">' + shapes + "</ul>"
        '<p class="hint">Size: how often an actor or issue is mentioned. '
        "Arrows point from the actor to what it holds, demands, threatens or says.</p>"
    )


def _filters_html() -> str:
    rels = "".join(
        f'<label><input type="checkbox" checked data-relation="{r}">'
        f'<span class="line" style="background:{RELATION_COLORS[r]}"></span>{r}</label>'
        for r in RELATIONS
    )
    sides = "".join(
        f'<label><input type="checkbox" checked data-side="{s}">'
        f'<span class="sw" style="background:{SIDE_COLORS[s][0]};'
        f'border-color:{SIDE_COLORS[s][1]}"></span>{s}</label>'
        for s in SIDES
    )
    lone = '<label><input type="checkbox" data-unconnected="1">nodes without arrows</label>'
    return (
        f'<fieldset id="relations"><legend>Relations</legend>{rels}</fieldset>'
        f'<fieldset id="sides"><legend>Sides</legend>{sides}{lone}</fieldset>'
    )


def render_html(
    g: nx.MultiDiGraph, *, lang: str | None = None, max_nodes: int = DEFAULT_MAX_NODES
) -> str:
    """The page as a string (see ``write_html``)."""
    if lang is not None and lang not in LANGS:
        raise UsageError(f"unknown label language {lang!r}; use one of {', '.join(LANGS)}")
    data = page_data(g, lang, max_nodes)
    c = data["counts"]
    if c["drawn"] < c["total"]:
        note = (
            f'<p id="truncated">Showing the {c["drawn"]} most connected of {c["total"]} '
            f"actors and issues. Rebuild with <code>kg build --max-nodes N</code> to change "
            f"this.</p>"
        )
    else:
        note = ""
    choices = (("", "text's language"), ("en", "English"), ("zh-Hant", "繁體"), ("zh-Hans", "简体"))
    lang_opts = "".join(
        f'<option value="{v}"{" selected" if v == (lang or "") else ""}>{t}</option>'
        for v, t in choices
    )
    page = (
        _TEMPLATE.replace("@@VIS@@", vis_network_js())
        .replace("@@DATA@@", json_for_script(compact(data)))
        .replace("@@LEGEND@@", _legend_html())
        .replace("@@FILTERS@@", _filters_html())
        .replace("@@LANGOPTS@@", lang_opts)
        .replace("@@TRUNCATED@@", note)
        .replace("@@SCRIPT@@", _SCRIPT)
        .replace("@@STYLE@@", _STYLE)
    )
    return page


def write_html(
    g: nx.MultiDiGraph, path: Path, *, lang: str | None = None, max_nodes: int = DEFAULT_MAX_NODES
) -> None:
    """Write the interactive page for ``g`` to ``path`` atomically (temp file + rename).

    ``lang`` picks the label language (``None``: each node's own label, i.e.
    the text's language); ``max_nodes`` caps how many nodes are drawn.
    """
    page = render_html(g, lang=lang, max_nodes=max_nodes)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as f:
                f.write(page)
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from e


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial,
       "Noto Sans CJK TC", "WenQuanYi Micro Hei", sans-serif; color: #1d2329;
       display: grid; grid-template-columns: 260px 1fr 340px; grid-template-rows: auto 1fr;
       grid-template-areas: "head head head" "controls graph panel"; background: #fafafa; }
header { grid-area: head; padding: 8px 14px; border-bottom: 1px solid #dde1e5; background: #fff;
         display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 17px; margin: 0; }
#status, #truncated { margin: 0; color: #4d5863; font-size: 13px; }
#truncated { color: #8a4b00; }
#controls { grid-area: controls; overflow-y: auto; padding: 10px 12px;
            border-right: 1px solid #dde1e5; background: #fff; }
#controls h2, #panel h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em;
                          color: #5b6670; margin: 14px 0 6px; }
#controls h2:first-child { margin-top: 0; }
#search-row { display: flex; gap: 4px; }
#search { flex: 1; min-width: 0; padding: 5px 7px; font: inherit; border: 1px solid #b8c0c7;
          border-radius: 4px; }
#search-go { font: inherit; padding: 4px 8px; }
#search-msg { font-size: 12px; color: #8a4b00; min-height: 1em; margin: 3px 0 0; }
fieldset { border: 1px solid #dde1e5; border-radius: 4px; margin: 8px 0; padding: 4px 8px 6px; }
fieldset label { display: flex; align-items: center; gap: 6px; padding: 1px 0; cursor: pointer; }
legend { font-size: 12px; color: #5b6670; padding: 0 4px; }
.sw { display: inline-block; width: 12px; height: 12px; border-radius: 50%; border: 2px solid; }
.line { display: inline-block; width: 18px; height: 3px; border-radius: 2px; }
.glyph { display: inline-block; width: 16px; text-align: center; color: #5b6670; }
ul.legend { list-style: none; margin: 0 0 6px; padding: 0; display: grid;
            grid-template-columns: 1fr 1fr; gap: 2px 8px; }
ul.legend li { display: flex; align-items: center; gap: 6px; }
.hint { font-size: 12px; color: #5b6670; margin: 4px 0; }
select { font: inherit; }
#graph { grid-area: graph; position: relative; min-height: 0; }
#network { position: absolute; top: 78px; left: 0; right: 0; bottom: 0; }
#timeline { position: absolute; top: 0; left: 0; right: 0; height: 78px; background: #fff;
            border-bottom: 1px solid #dde1e5; }
#timeline svg { display: block; width: 100%; height: 100%; }
#timeline .bar { fill: #c5cfdb; cursor: pointer; }
#timeline .bar.in { fill: #4a6fa5; }
#timeline text { font-size: 11px; fill: #4d5863; }
#graph.no-timeline #timeline { display: none; }
#graph.no-timeline #network { top: 0; }
#period { display: grid; grid-template-columns: 1fr; gap: 4px; }
#period label { display: flex; justify-content: space-between; align-items: center; gap: 6px; }
#period input { font: inherit; padding: 2px 4px; }
#network .vis-network:focus { outline: none; box-shadow: inset 0 0 0 2px #9fb6cf; }
#empty { position: absolute; inset: 0; display: flex; align-items: center;
         justify-content: center; color: #5b6670; }
#panel { grid-area: panel; overflow-y: auto; padding: 10px 14px; border-left: 1px solid #dde1e5;
         background: #fff; }
#panel .title { font-size: 18px; font-weight: 600; margin: 0 0 2px; word-break: break-word; }
#panel .sub { color: #5b6670; margin: 0 0 8px; }
#panel dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
#panel dt { color: #5b6670; }
#panel dd { margin: 0; word-break: break-word; }
#panel blockquote { margin: 6px 0; padding: 6px 10px; border-left: 3px solid #c6cdd3;
                    background: #f4f6f8; white-space: pre-wrap; word-break: break-word; }
#panel section.claim { border-top: 1px solid #e4e8eb; margin-top: 8px; padding-top: 4px; }
#panel ul { margin: 4px 0; padding-left: 18px; }
#panel li { margin: 2px 0; }
#panel button.link { background: none; border: 0; padding: 0; color: #1a5fb4; cursor: pointer;
                     font: inherit; text-align: left; }
#panel button.link:hover, #panel a:hover { text-decoration: underline; }
#panel a { color: #1a5fb4; }
#tooltip { position: fixed; z-index: 20; max-width: 380px; padding: 6px 9px; background: #fffef6;
           border: 1px solid #a9a58f; border-radius: 4px; box-shadow: 2px 2px 8px rgba(0,0,0,.18);
           pointer-events: none; display: none; white-space: pre-wrap; word-break: break-word;
           font-size: 13px; }
#tooltip strong, #tooltip span { display: block; }
code { background: #eef1f3; padding: 0 3px; border-radius: 3px; }
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none';
 script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>chouma graph</title>
<style>@@STYLE@@</style>
</head>
<body>
<header>
<h1>籌碼 chouma graph</h1>
<p id="status">Loading…</p>
@@TRUNCATED@@
</header>
<div id="controls">
<h2>Find an actor</h2>
<div id="search-row"><input id="search" type="search" list="names" autocomplete="off"
 placeholder="Name in any language" aria-label="Find an actor or issue"><button id="search-go"
 type="button">Find</button></div>
<datalist id="names"></datalist>
<p id="search-msg" role="status"></p>
<h2>Filters</h2>
@@FILTERS@@
<h2>Period</h2>
<div id="period">
<label>From <input id="date-from" type="date" aria-label="First day"></label>
<label>To <input id="date-to" type="date" aria-label="Last day"></label>
<button id="date-all" type="button">All dates</button>
</div>
<p id="period-msg" class="hint"></p>
<h2>Labels</h2>
<select id="lang" aria-label="Label language">@@LANGOPTS@@</select>
<h2>Legend</h2>
@@LEGEND@@
<p class="hint">Hover for a summary, click a node or an arrow for details and the source
 sentence. Drag to move, scroll to zoom.</p>
</div>
<div id="graph"><div id="timeline" role="group" aria-label="Claims per month"></div>
<div id="network"></div></div>
<aside id="panel" aria-live="polite"><p class="hint">Click a node or an arrow to see its
 details and evidence.</p></aside>
<div id="tooltip" role="tooltip"></div>
<script type="application/json" id="kg-data">@@DATA@@</script>
<script>@@VIS@@</script>
<script>@@SCRIPT@@</script>
</body>
</html>
"""

# The page's own script. It never assigns innerHTML from data: every piece of
# text goes through textContent, links only get hrefs it has validated.
_SCRIPT = r"""
(function () {
"use strict";
var DATA = JSON.parse(document.getElementById("kg-data").textContent);
// expand what the page was written with (see compact() in kg/export/html.py)
var KINDS = { leverage: "Leverage", demands: "Demand", threatens: "Threat", said: "Statement",
              role: "Role" };
function nodeId(x) { return typeof x === "number" ? DATA.nodes[x].id : x; }
DATA.nodes.forEach(function (n) {
  n.roles.forEach(function (r) { r.of_id = r.of_id === "" ? "" : nodeId(r.of_id); });
});
DATA.edges.forEach(function (e, i) {
  e.id = "e" + i; e.from = nodeId(e.f); e.to = nodeId(e.t);
  e.nth = e.nth || 0; e.days = e.days || []; e.undated = e.undated || 0;
  e.claims.forEach(function (c) {
    c.kind = KINDS[e.relation] || "";
    var d = DATA.documents[c.document] || {};
    if (c.lang === undefined) { c.lang = d.lang || ""; }
    if (c.date === undefined) { c.date = d.date || ""; }
    if (c.target !== undefined) { c.target = nodeId(c.target); }
  });
});
var LANGS = ["en", "zh-Hant", "zh-Hans"];
var FONT = "system-ui, 'Helvetica Neue', Arial, 'Noto Sans CJK TC', " +
           "'WenQuanYi Micro Hei', sans-serif";
var info = {}, edgeInfo = {}, edgesOf = {};
DATA.nodes.forEach(function (n) { info[n.id] = n; edgesOf[n.id] = []; });
DATA.edges.forEach(function (e) {
  edgeInfo[e.id] = e; edgesOf[e.from].push(e.id);
  if (e.to !== e.from) { edgesOf[e.to].push(e.id); }
});
var status = document.getElementById("status");
var periodMsg = document.getElementById("period-msg");
var panel = document.getElementById("panel");
var tooltip = document.getElementById("tooltip");
var currentLang = DATA.lang || "";

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  if (cls) { e.className = cls; }
  return e;
}
function pick(n, lang) {
  if (!lang) { return n.label || n.shown; }
  var order = [lang];
  if (lang === "zh-Hant") { order.push("zh-Hans"); }
  if (lang === "zh-Hans") { order.push("zh-Hant"); }
  LANGS.forEach(function (l) { if (order.indexOf(l) < 0) { order.push(l); } });
  for (var i = 0; i < order.length; i++) {
    if (n.labels[order[i]]) { return n.labels[order[i]]; }
  }
  return n.label || n.shown;
}
function nameOf(id) { return info[id] ? pick(info[id], currentLang) : id; }
function safeUrl(u) { return /^https?:\/\/[^\s]+$/i.test(u || "") ? u : ""; }
function link(text, href) {
  var a = el("a", text);
  a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
  return a;
}
function sideText(n) { return n.kind === "Issue" ? "Issue" : n.kind + " · " + n.side + " side"; }
function docLine(iri) {
  var d = DATA.documents[iri];
  if (!d) { return null; }
  var parts = [d.title, d.source, d.date].filter(function (x) { return x; });
  return parts.join(" · ");
}

var groups = {};
Object.keys(DATA.style.sides).forEach(function (s) {
  var c = DATA.style.sides[s];
  groups[s] = { color: { background: c[0], border: c[1],
                         highlight: { background: c[0], border: "#111" },
                         hover: { background: c[0], border: "#111" } } };
});
var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
  return { id: n.id, label: n.shown, group: n.group, shape: n.shape, size: n.size };
}));
var edges = new vis.DataSet(DATA.edges.map(function (e) {
  var c = DATA.style.relations[e.relation] || "#777";
  var item = { id: e.id, from: e.from, to: e.to, label: edgeLabel(e, e.n), width: edgeWidth(e.n),
               color: { color: c, highlight: c, hover: c, opacity: 0.9 } };
  if (e.nth > 0) {
    item.smooth = { enabled: true, type: e.nth % 2 ? "curvedCW" : "curvedCCW",
                    roundness: Math.min(0.15 * Math.ceil(e.nth / 2), 0.6) };
  }
  return item;
}));
var shownRel = {}, shownSide = {}, showLone = false;
var range = { from: "", to: "" };  // ISO days, "" = open
var edgeCount = {}, edgeOn = {}, nodeOn = {}, lastCount = {};
function rangeSet() { return !!(range.from || range.to); }
function dayIn(d) {
  if (!rangeSet()) { return true; }
  return !!d && (!range.from || d >= range.from) && (!range.to || d <= range.to);
}
// claims of an arrow in the period (roles are facts, not dated claims: always all)
function countOf(e) {
  if (e.relation === "role" || !rangeSet()) { return e.n; }
  var c = 0;
  for (var i = 0; i < e.days.length; i++) { if (dayIn(e.days[i][0])) { c += e.days[i][1]; } }
  return c;
}
function sideShown(id) {
  var n = info[id];
  return !n || !n.side || shownSide[n.side] !== false;
}
// Which arrows and nodes are shown: an arrow when its relation and both ends'
// sides are shown and it holds claims of the period; a node when its side is
// shown and (unless "nodes without arrows" is ticked) one of its arrows is.
function recompute() {
  DATA.edges.forEach(function (e) {
    var c = countOf(e);
    edgeCount[e.id] = c;
    edgeOn[e.id] = c > 0 && shownRel[e.relation] !== false && sideShown(e.from) && sideShown(e.to);
  });
  DATA.nodes.forEach(function (n) {
    var on = sideShown(n.id);
    if (on && !showLone) {
      on = edgesOf[n.id].some(function (eid) { return edgeOn[eid]; });
    }
    nodeOn[n.id] = on;
  });
}
function nodeVisible(id) { return nodeOn[id] !== false; }
function edgeLabel(e, c) { return e.relation + (c > 1 ? " ×" + c : ""); }
function edgeWidth(c) { return 1.4 + 0.5 * Math.min(Math.max(c, 1) - 1, 6); }
function relabel() {
  var changes = [];
  DATA.edges.forEach(function (e) {
    var c = edgeCount[e.id];
    if (c > 0 && c !== lastCount[e.id]) {
      lastCount[e.id] = c;
      changes.push({ id: e.id, label: edgeLabel(e, c), width: edgeWidth(c) });
    }
  });
  if (changes.length) { edges.update(changes); }
}
DATA.edges.forEach(function (e) { lastCount[e.id] = e.n; });
recompute();
var nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeVisible(n.id); } });
var edgeView = new vis.DataView(edges, { filter: function (e) { return edgeOn[e.id] === true; } });

var container = document.getElementById("network");
if (!DATA.nodes.length) {
  var empty = el("div", "No actors or issues were found in these documents.");
  empty.id = "empty";
  document.getElementById("graph").appendChild(empty);
}
var options = {
  groups: groups,
  nodes: { font: { face: FONT, size: 15, strokeWidth: 3, strokeColor: "#ffffff" },
           borderWidth: 2, scaling: { label: { enabled: false } } },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, smooth: false, width: 1.6,
           font: { face: FONT, size: 11, align: "middle", color: "#4d5863",
                   strokeWidth: 3, strokeColor: "#ffffff" },
           selectionWidth: 2, hoverWidth: 1 },
  layout: { randomSeed: 7, improvedLayout: DATA.nodes.length <= 150 },
  physics: { solver: "barnesHut",
             barnesHut: { gravitationalConstant: -3000, centralGravity: 0.9, springLength: 130,
                          springConstant: 0.04, damping: 0.35, avoidOverlap: 1 },
             stabilization: { enabled: true, iterations: DATA.iterations, updateInterval: 25,
                              fit: true } },
  interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: DATA.nodes.length > 500,
                 keyboard: { enabled: true, bindToWindow: false }, multiselect: false }
};
var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
window.network = network;
window.kgReady = false;

function claimsShown() {
  var t = 0;
  DATA.edges.forEach(function (e) { if (edgeOn[e.id] && e.relation !== "role") { t += edgeCount[e.id]; } });
  return t;
}
function periodText() {
  return rangeSet() ? " from " + (range.from || "the first day") + " to " + (range.to || "the last day") : "";
}
function updateStatus() {
  var c = DATA.counts;
  var k = claimsShown();
  var t = nodeView.length + " of " + c.drawn + " nodes and " + edgeView.length + " of " +
          c.edges + " relations shown · " + k + " claim" + (k === 1 ? "" : "s") + periodText() +
          " · " + c.documents + " document" + (c.documents === 1 ? "" : "s");
  status.textContent = t;
  periodMsg.textContent = k + " claim" + (k === 1 ? "" : "s") + " on " + edgeView.length +
                          " arrow" + (edgeView.length === 1 ? "" : "s") + (periodText() || " on any day");
}
// Keep laid-out positions in the DataSet so nodes a filter hides come back
// where they were (vis's own storePositions fails while a view hides nodes).
function keepPositions() {
  var pos = network.getPositions();
  nodes.update(Object.keys(pos).sort().map(function (id) {
    return { id: id, x: pos[id].x, y: pos[id].y };
  }));
}
// Move nodes so that no node's box (shape and label, as vis draws them)
// overlaps another's: the layout is spread out when the boxes need more room
// than it has, then each node, largest first, takes the free block of grid
// cells nearest to where the layout put it. Blocks never share a cell, so
// no node covers another or its label, whatever the graph's density.
function separate() {
  var ids = nodeView.getIds().slice().sort();
  if (ids.length < 2) { return; }
  network.redraw();
  var pos = network.getPositions(ids), box = {}, pad = 8;
  var ws = [], hs = [], xs = [], ys = [];
  ids.forEach(function (id) {
    var b = network.getBoundingBox(id), p = pos[id];
    var x = b ? { l: p.x - b.left, r: b.right - p.x, t: p.y - b.top, b: b.bottom - p.y }
              : { l: 30, r: 30, t: 30, b: 45 };
    box[id] = x;
    ws.push(x.l + x.r + pad); hs.push(x.t + x.b + pad); xs.push(p.x); ys.push(p.y);
  });
  ws.sort(function (a, b) { return a - b; });
  hs.sort(function (a, b) { return a - b; });
  var cw = ws[Math.floor(ws.length / 2)], ch = hs[Math.floor(hs.length / 2)];
  var need = 0;
  ids.forEach(function (id) {
    var x = box[id];
    need += Math.ceil((x.l + x.r + pad) / cw) * cw * Math.ceil((x.t + x.b + pad) / ch) * ch;
  });
  var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
  var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
  var grow = Math.max(1, Math.sqrt(2 * need / Math.max((x1 - x0) * (y1 - y0), 1)));
  var taken = {};
  function free(gx, gy, kx, ky) {
    for (var i = 0; i < kx; i++) {
      for (var j = 0; j < ky; j++) { if (taken[(gx + i) + ":" + (gy + j)]) { return false; } }
    }
    return true;
  }
  var order = ids.slice().sort(function (a, b) {
    var A = box[a], B = box[b];
    return (B.l + B.r) * (B.t + B.b) - (A.l + A.r) * (A.t + A.b) || (a < b ? -1 : 1);
  });
  order.forEach(function (id) {
    var x = box[id];
    var kx = Math.ceil((x.l + x.r + pad) / cw), ky = Math.ceil((x.t + x.b + pad) / ch);
    var px = x0 + (pos[id].x - x0) * grow, py = y0 + (pos[id].y - y0) * grow;
    var gx = Math.round((px - x.l - pad / 2) / cw), gy = Math.round((py - x.t - pad / 2) / ch);
    var best = null;
    for (var r = 0; best === null && r < 10000; r++) {
      for (var dx = -r; dx <= r; dx++) {
        for (var dy = -r; dy <= r; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) { continue; }
          var d = dx * dx + dy * dy;
          if ((best === null || d < best[0]) && free(gx + dx, gy + dy, kx, ky)) { best = [d, dx, dy]; }
        }
      }
    }
    var bx = gx + best[1], by = gy + best[2];
    for (var i = 0; i < kx; i++) {
      for (var j = 0; j < ky; j++) { taken[(bx + i) + ":" + (by + j)] = true; }
    }
    pos[id] = { x: bx * cw + pad / 2 + x.l, y: by * ch + pad / 2 + x.t };
  });
  nodes.update(ids.map(function (id) {
    return { id: id, x: Math.round(pos[id].x), y: Math.round(pos[id].y) };
  }));
}
// Nodes hidden while the layout ran (those without arrows) get places in rows
// below it, so showing them later covers nothing.
function placeHidden() {
  var pos = network.getPositions();
  var ys = Object.keys(pos).map(function (id) { return pos[id].y; });
  var xs = Object.keys(pos).map(function (id) { return pos[id].x; });
  var left = xs.length ? Math.min.apply(null, xs) : 0;
  var top = ys.length ? Math.max.apply(null, ys) + 140 : 0;
  var hidden = DATA.nodes.filter(function (n) { return !pos[n.id]; });
  var cols = Math.max(1, Math.ceil(Math.sqrt(hidden.length * 3)));
  nodes.update(hidden.map(function (n, i) {
    return { id: n.id, x: left + 170 * (i % cols), y: top + 90 * Math.floor(i / cols) };
  }));
}
function settle() {
  network.setOptions({ physics: false });
  separate();
  placeHidden();
  keepPositions();
  network.fit({ animation: false });
  window.kgReady = true;
  updateStatus();
}
network.on("stabilizationProgress", function (p) {
  status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
});
network.once("stabilizationIterationsDone", settle);
if (!DATA.nodes.length) { settle(); }

// ----- panel -----
function clearPanel() { while (panel.firstChild) { panel.removeChild(panel.firstChild); } }
function kv(dl, k, v) {
  if (v === undefined || v === null || v === "") { return; }
  dl.appendChild(el("dt", k));
  var dd = el("dd");
  if (v instanceof Node) { dd.appendChild(v); } else { dd.textContent = String(v); }
  dl.appendChild(dd);
}
function docNode(iri) {
  var d = DATA.documents[iri];
  if (!d) { return null; }
  var span = el("span");
  var t = d.title || "(untitled)";
  var url = safeUrl(d.url);
  span.appendChild(url ? link(t, url) : el("span", t));
  var rest = [d.source, d.date].filter(function (x) { return x; }).join(" · ");
  if (rest) { span.appendChild(document.createTextNode(" · " + rest)); }
  return span;
}
function edgeButton(eid) {
  var e = edgeInfo[eid];
  var n = edgeCount[eid];
  var b = el("button", nameOf(e.from) + " —" + e.relation + "→ " + nameOf(e.to) +
             (n > 1 ? " (" + n + ")" : ""), "link");
  b.type = "button";
  b.addEventListener("click", function () { focusEdge(eid); });
  return b;
}
function showNode(id) {
  var n = info[id];
  if (!n) { return; }
  clearPanel();
  panel.appendChild(el("p", pick(n, currentLang), "title"));
  panel.appendChild(el("p", sideText(n) + (n.in_lexicon ? "" : " · found in text"), "sub"));
  var dl = el("dl");
  LANGS.forEach(function (l) { kv(dl, l, n.labels[l]); });
  if (n.alt.length) {
    kv(dl, "also", n.alt.map(function (p) { return p[0]; }).join(", "));
  }
  kv(dl, "mentions", n.mentions);
  if (n.wikidata) {
    kv(dl, "Wikidata", link(n.wikidata, "https://www.wikidata.org/wiki/" + n.wikidata));
  }
  panel.appendChild(dl);
  if (n.roles.length) {
    panel.appendChild(el("h2", "Roles"));
    var ul = el("ul");
    n.roles.forEach(function (r) {
      var of = r.of_id ? nameOf(r.of_id) : r.of;
      ul.appendChild(el("li", (r.former ? "former " : "") + r.title + (of ? " — " + of : "")));
    });
    panel.appendChild(ul);
  }
  var own = edgesOf[id] || [];
  if (own.length) {
    panel.appendChild(el("h2", "Relations"));
    var ul2 = el("ul");
    own.forEach(function (eid) {
      var li = el("li"); li.appendChild(edgeButton(eid)); ul2.appendChild(li);
    });
    panel.appendChild(ul2);
  }
  if (n.said.length) {
    panel.appendChild(el("h2", "Said"));
    n.said.forEach(function (s) {
      panel.appendChild(el("blockquote", s.quote || s.evidence));
      var src = docNode(s.document);
      if (src) { var p = el("p", null, "sub"); p.appendChild(src); panel.appendChild(p); }
    });
    if (n.said_n > n.said.length) {
      panel.appendChild(el("p", "+ " + (n.said_n - n.said.length) + " more (in the RDF files)", "sub more"));
    }
  }
}
// the claims of an arrow the page holds (the first few) that fall in the period
function listed(e) {
  return e.relation === "role" ? e.claims : e.claims.filter(function (c) { return dayIn(c.date); });
}
function showEdge(eid) {
  var e = edgeInfo[eid];
  if (!e) { return; }
  clearPanel();
  var n = edgeCount[eid], shown = listed(e);
  panel.appendChild(el("p", edgeLabel(e, n), "title"));
  panel.appendChild(el("p", nameOf(e.from) + " → " + nameOf(e.to) + periodText(), "sub"));
  shown.forEach(function (c, i) {
    var box = el("section", null, "claim");
    if (n > 1) { box.appendChild(el("h2", (i + 1) + " of " + n)); }
    var dl = el("dl");
    kv(dl, "kind", c.kind);
    kv(dl, "date", c.date);
    if (e.relation === "role") {
      kv(dl, "title", c.title);
      if (c.former) { kv(dl, "former", "yes"); }
    } else {
      kv(dl, "phrase", c.phrase);
    }
    if (c.target && c.target !== e.to) { kv(dl, "aimed at", nameOf(c.target)); }
    box.appendChild(dl);
    if (c.quote) {
      box.appendChild(el("h2", "Quote"));
      box.appendChild(el("blockquote", c.quote));
    }
    if (c.evidence) {
      box.appendChild(el("h2", "Evidence"));
      var q = el("blockquote", c.evidence, "evidence");
      if (c.lang) { q.lang = c.lang; }
      box.appendChild(q);
    }
    var src = docNode(c.document);
    if (src) {
      box.appendChild(el("h2", "Source"));
      var p = el("p"); p.appendChild(src); box.appendChild(p);
    }
    panel.appendChild(box);
  });
  if (n > shown.length) {
    panel.appendChild(el("p", "+ " + (n - shown.length) + " more claim" + (n - shown.length === 1 ? "" : "s") +
                      " not listed here (the RDF files hold every one).", "sub more"));
  }
}
function focusEdge(eid) {
  var e = edgeInfo[eid];
  network.selectEdges([eid]);
  showEdge(eid);
  if (e) { network.fit({ nodes: [e.from, e.to], animation: false }); }
}

// ----- hover tooltip -----
var mouse = { x: 0, y: 0 };
container.addEventListener("mousemove", function (ev) {
  mouse.x = ev.clientX; mouse.y = ev.clientY;
});
function showTip(lines) {
  while (tooltip.firstChild) { tooltip.removeChild(tooltip.firstChild); }
  lines.forEach(function (l, i) { if (l) { tooltip.appendChild(el(i ? "span" : "strong", l)); } });
  tooltip.style.display = "block";
  var x = Math.min(mouse.x + 14, window.innerWidth - tooltip.offsetWidth - 8);
  var y = Math.min(mouse.y + 14, window.innerHeight - tooltip.offsetHeight - 8);
  tooltip.style.left = Math.max(0, x) + "px";
  tooltip.style.top = Math.max(0, y) + "px";
}
function hideTip() { tooltip.style.display = "none"; }
network.on("hoverNode", function (p) {
  var n = info[p.node];
  if (!n) { return; }
  var roles = n.roles.map(function (r) {
    return (r.former ? "former " : "") + r.title;
  }).join(", ");
  showTip([pick(n, currentLang), sideText(n), roles]);
});
network.on("hoverEdge", function (p) {
  var e = edgeInfo[p.edge];
  if (!e) { return; }
  var c = listed(e)[0] || {}, n = edgeCount[e.id];
  showTip([nameOf(e.from) + " —" + e.relation + "→ " + nameOf(e.to),
           c.evidence ? "“" + c.evidence + "”" : (c.title || ""), docLine(c.document),
           n > 1 ? "+ " + (n - 1) + " more: click for details" : ""]);
});
network.on("blurNode", hideTip);
network.on("blurEdge", hideTip);
network.on("dragStart", hideTip);
network.on("click", function (p) {
  hideTip();
  if (p.nodes.length) { showNode(p.nodes[0]); }
  else if (p.edges.length) { showEdge(p.edges[0]); }
});

// ----- filters -----
function refresh() {
  if (window.kgReady) { keepPositions(); }
  recompute();
  relabel();
  nodeView.refresh();
  edgeView.refresh();
  updateStatus();
  drawTimeline();
}

// ----- period: two date fields and the timeline of claims per month -----
var fromEl = document.getElementById("date-from"), toEl = document.getElementById("date-to");
var timeline = document.getElementById("timeline");
var months = [], perMonth = {};
DATA.edges.forEach(function (e) {
  if (e.relation === "role") { return; }
  e.days.forEach(function (d) {
    var m = d[0].slice(0, 7);
    perMonth[m] = (perMonth[m] || 0) + d[1];
  });
});
(function () {
  var keys = Object.keys(perMonth).sort();
  if (!keys.length) { return; }
  var y = +keys[0].slice(0, 4), m = +keys[0].slice(5, 7), last = keys[keys.length - 1];
  for (var guard = 0; guard < 1200; guard++) {
    var k = y + "-" + (m < 10 ? "0" : "") + m;
    months.push(k);
    if (k >= last) { break; }
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
})();
function monthEnd(k) {
  var y = +k.slice(0, 4), m = +k.slice(5, 7);
  var d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return k + "-" + (d < 10 ? "0" : "") + d;
}
var SVG = "http://www.w3.org/2000/svg";
function svgEl(tag, attrs) {
  var e = document.createElementNS(SVG, tag);
  Object.keys(attrs).forEach(function (a) { e.setAttribute(a, String(attrs[a])); });
  return e;
}
function drawTimeline() {
  while (timeline.firstChild) { timeline.removeChild(timeline.firstChild); }
  if (!months.length) { return; }
  var w = Math.max(timeline.clientWidth, 200), h = Math.max(timeline.clientHeight, 60);
  var top = 16, bottom = 16, left = 8, right = 8;
  var most = Math.max.apply(null, months.map(function (k) { return perMonth[k] || 0; }));
  var bw = (w - left - right) / months.length;
  var svg = svgEl("svg", { viewBox: "0 0 " + w + " " + h, preserveAspectRatio: "none" });
  months.forEach(function (k, i) {
    var n = perMonth[k] || 0;
    var bh = most ? (h - top - bottom) * n / most : 0;
    var inRange = (!range.from || monthEnd(k) >= range.from) && (!range.to || k + "-01" <= range.to);
    var r = svgEl("rect", { x: left + i * bw + 1, y: h - bottom - bh, width: Math.max(bw - 2, 1),
                            height: Math.max(bh, n ? 1 : 0), "class": "bar" + (inRange ? " in" : ""),
                            "data-month": k, "data-count": n });
    var t = svgEl("title", {});
    t.textContent = k + ": " + n + " claim" + (n === 1 ? "" : "s");
    r.appendChild(t);
    r.addEventListener("click", function () { setRange(k + "-01", monthEnd(k)); });
    svg.appendChild(r);
  });
  var first = svgEl("text", { x: left, y: h - 3 }); first.textContent = months[0];
  var lastT = svgEl("text", { x: w - right, y: h - 3, "text-anchor": "end" });
  lastT.textContent = months[months.length - 1];
  var head = svgEl("text", { x: left, y: 12 });
  head.textContent = "Claims per month (most: " + most + ") · click a month to show it";
  svg.appendChild(first); svg.appendChild(lastT); svg.appendChild(head);
  timeline.appendChild(svg);
}
function setRange(f, t) {
  fromEl.value = f; toEl.value = t;
  range.from = f; range.to = t;
  refresh();
}
if (!months.length) {
  document.getElementById("graph").className = "no-timeline";
  fromEl.disabled = toEl.disabled = true;
} else {
  fromEl.min = toEl.min = DATA.period.min;
  fromEl.max = toEl.max = DATA.period.max;
}
fromEl.addEventListener("change", function () { range.from = fromEl.value; refresh(); });
toEl.addEventListener("change", function () { range.to = toEl.value; refresh(); });
document.getElementById("date-all").addEventListener("click", function () { setRange("", ""); });
window.addEventListener("resize", drawTimeline);
drawTimeline();
Array.prototype.forEach.call(document.querySelectorAll("input[data-relation]"), function (cb) {
  cb.addEventListener("change", function () {
    shownRel[cb.dataset.relation] = cb.checked; refresh();
  });
});
document.querySelector("input[data-unconnected]").addEventListener("change", function (ev) {
  showLone = ev.target.checked; refresh();
});
Array.prototype.forEach.call(document.querySelectorAll("input[data-side]"), function (cb) {
  cb.addEventListener("change", function () {
    shownSide[cb.dataset.side] = cb.checked; refresh();
  });
});

// ----- labels -----
document.getElementById("lang").addEventListener("change", function (ev) {
  currentLang = ev.target.value;
  nodes.update(DATA.nodes.map(function (n) { return { id: n.id, label: pick(n, currentLang) }; }));
});

// ----- search -----
var names = document.getElementById("names");
var seen = {};
var index = [];
DATA.nodes.forEach(function (n) {
  var all = [n.label, n.shown];
  Object.keys(n.labels).forEach(function (l) { all.push(n.labels[l]); });
  n.alt.forEach(function (p) { all.push(p[0]); });
  all.forEach(function (s) {
    if (!s) { return; }
    index.push([s.toLowerCase(), n.id]);
    if (!seen[s]) { seen[s] = true; var o = el("option"); o.value = s; names.appendChild(o); }
  });
});
function find(q) {
  q = q.trim().toLowerCase();
  if (!q) { return null; }
  var best = null;
  index.forEach(function (it) {
    var score = it[0] === q ? 2 : it[0].indexOf(q) >= 0 ? 1 : 0;
    if (!score) { return; }
    var m = info[it[1]].mentions;
    if (!best || score > best[0] || (score === best[0] && m > best[1])) {
      best = [score, m, it[1]];
    }
  });
  return best ? best[2] : null;
}
var msg = document.getElementById("search-msg");
function doSearch() {
  var q = document.getElementById("search").value;
  var id = find(q);
  if (!id) {
    msg.textContent = q.trim() ? "No actor or issue matches “" + q.trim() + "”." : "";
    return;
  }
  msg.textContent = "";
  var n = info[id];
  if (!showLone && !edgesOf[id].length) {
    showLone = true;
    document.querySelector("input[data-unconnected]").checked = true;
    refresh();
  }
  if (n.side && shownSide[n.side] === false) {
    shownSide[n.side] = true;
    document.querySelector('input[data-side="' + n.side + '"]').checked = true;
    refresh();
  }
  network.selectNodes([id]);
  network.focus(id, { scale: 1.3, animation: false });
  showNode(id);
}
document.getElementById("search-go").addEventListener("click", doSearch);
document.getElementById("search").addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") { ev.preventDefault(); doSearch(); }
});
document.getElementById("search").addEventListener("change", doSearch);
updateStatus();
})();
"""
