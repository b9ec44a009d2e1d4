"""The interactive HTML page: static checks on the file, behaviour checks in headless Chromium.

The browser tests drive Debian's chromium (/usr/bin/chromium) through
Playwright; every request that is not ``file:`` is counted and aborted, so
"zero requests" means the page really works offline. Graphs come from the
real pipeline where it produces what a test needs, else they are built by
hand following the graph contract in docs/architecture.md.
"""

from __future__ import annotations

import copy
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import OutputError, UsageError
from kg.export.html import (
    drawable_nodes,
    drawn_edges,
    drawn_subgraph,
    page_data,
    pick_label,
    render_html,
    write_html,
)

ID = "https://w3id.org/chouma/id/"
CHROMIUM = Path("/usr/bin/chromium")
SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = "<img src=x onerror=alert(1)>"
QUOTE_NAME = 'Dana "The Hawk" O\'Leary'


# ----------------------------------------------------------------- graphs ---


def _doc(g: nx.MultiDiGraph, slug: str, title: str, source: str, date: str, url: str = "") -> str:
    iri = f"{ID}doc/{slug}"
    g.add_node(
        iri, kind="Document", label=title, labels=[[title, "en"]], title=title, date=date,
        source=source, url=url, lang="en", path=f"{slug}.txt", mentions=0,
    )  # fmt: skip
    return iri


def _actor(
    g: nx.MultiDiGraph, path: str, kind: str, side: str, labels: dict[str, str], qid: str = ""
) -> str:
    iri = ID + path
    first = labels.get("zh-Hant") or next(iter(labels.values()))
    g.add_node(
        iri, kind=kind, label=first, labels=[[t, lang] for lang, t in sorted(labels.items())],
        alt_labels=[], side=side, wikidata=qid, in_lexicon=bool(qid), roles=[], mentions=0,
    )  # fmt: skip
    return iri


def _issue(g: nx.MultiDiGraph, slug: str, labels: dict[str, str]) -> str:
    iri = f"{ID}issue/{slug}"
    g.add_node(
        iri, kind="Issue", label=next(iter(labels.values())),
        labels=[[t, lang] for lang, t in sorted(labels.items())], alt_labels=[],
        in_lexicon=True, mentions=0,
    )  # fmt: skip
    return iri


def _claim(
    g: nx.MultiDiGraph, u: str, v: str, n: int, relation: str, evidence: str, doc: str, **kw: Any
) -> None:
    kinds = {"leverage": "Leverage", "demands": "Demand", "threatens": "Threat",
             "said": "Statement", "role": "Role"}  # fmt: skip
    key = f"{ID}{'role' if relation == 'role' else 'claim'}/c{n}"
    g.add_edge(
        u, v, key=key, relation=relation, kind=kinds[relation], claim=key,
        target=kw.get("target", ""), phrase=kw.get("phrase", ""), quote=kw.get("quote", ""),
        evidence=evidence, start=kw.get("start", 0), end=kw.get("start", 0) + len(evidence),
        document=doc, lang=kw.get("lang", "en"), title=kw.get("title", ""),
        former=kw.get("former", False), date=kw.get("date", ""),
    )  # fmt: skip


def _count_mentions(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    for u, v in g.edges():
        g.nodes[u]["mentions"] += 1
        g.nodes[v]["mentions"] += 1
    return g


def contract_graph() -> nx.MultiDiGraph:
    """A small corpus graph with every relation, two claims on one arrow and a quote to a doc."""
    g = nx.MultiDiGraph()
    d1 = _doc(g, "d1", "Port talks stall again", "Harbour Ledger", "2025-05-06",
              "https://example.org/port-talks")  # fmt: skip
    d2 = _doc(g, "d2", "貿易談判再陷僵局", "海港日報", "2025-05-07")
    us = _actor(g, "state/us", "State", "US",
                {"en": "United States", "zh-Hant": "美國", "zh-Hans": "美国"}, "Q30")  # fmt: skip
    cn = _actor(g, "state/china", "State", "China",
                {"en": "China", "zh-Hant": "中國", "zh-Hans": "中国"}, "Q148")  # fmt: skip
    eu = _actor(g, "org/harbour-council", "Organization", "Other", {"en": "Harbour Council"})
    envoy = _actor(g, "person/mara-lindqvist", "Person", "US",
                   {"zh-Hant": "瑪拉·林奎斯特", "en": "Mara Lindqvist"})  # fmt: skip
    g.nodes[envoy]["alt_labels"] = [["林奎斯特", "zh-Hant"]]
    g.nodes[envoy]["roles"] = [{"title": "貿易特使", "lang": "zh-Hant", "of": us,
                                "former": False, "iri": f"{ID}role/c5"}]  # fmt: skip
    _actor(g, "org/quiet-institute", "Organization", "Other", {"en": "Quiet Institute"})
    magnets = _issue(g, "magnet-metals", {"en": "magnet metals", "zh-Hant": "磁性金屬"})
    grain = _issue(g, "grain", {"en": "grain", "zh-Hant": "穀物", "zh-Hans": "谷物"})
    levies = _issue(g, "port-levies", {"en": "port levies"})
    _claim(g, cn, magnets, 1, "leverage", "China's strongest card is magnet metals.", d1,
           phrase="magnet metals", target=us)  # fmt: skip
    _claim(g, us, grain, 2, "demands", "Washington wants more grain purchases.", d1,
           phrase="grain purchases", start=40)  # fmt: skip
    _claim(g, us, grain, 3, "demands", "美國要求擴大穀物採購。", d2, phrase="穀物", lang="zh-Hant")
    _claim(g, us, levies, 4, "threatens", "The US warned of new port levies.", d1,
           phrase="port levies", target=cn, start=90)  # fmt: skip
    _claim(g, envoy, us, 5, "role", "", d2, title="貿易特使", lang="zh-Hant")
    _claim(g, envoy, d1, 6, "said", "Lindqvist said: “We will keep talking.”", d1,
           quote="We will keep talking.", start=130)  # fmt: skip
    _claim(g, eu, levies, 7, "said", "The council said port levies hurt everyone.", d1,
           quote="port levies hurt everyone", start=170)  # fmt: skip
    return _count_mentions(g)


def injection_graph() -> nx.MultiDiGraph:
    """Names, titles and sentences that would run script if they ever became markup."""
    g = nx.MultiDiGraph()
    d = _doc(g, "x", f"Breaking {IMG_NAME}</script><script>window.__xss='title'</script>",
             "<b onmouseover=alert(2)>Outlet</b>", "2025-01-01",
             "javascript:window.__xss='url'")  # fmt: skip
    a = _actor(g, "person/script-name", "Person", "US", {"en": SCRIPT_NAME}, 'Q1" onclick="x')
    b = _actor(g, "person/img-name", "Person", "China", {"en": IMG_NAME, "zh-Hant": IMG_NAME})
    c = _actor(g, "org/quote-name", "Organization", "Other", {"en": QUOTE_NAME})
    i = _issue(g, "angle", {"en": "<svg onload=alert(3)>"})
    _claim(g, a, i, 1, "leverage",
           "He holds </script><script>window.__xss='evidence'</script> \u2028 & more.", d,
           phrase="<u>x</u>")  # fmt: skip
    _claim(g, b, i, 2, "demands", f"{IMG_NAME} demands '<iframe src=x>'.", d, start=80)
    _claim(g, c, d, 3, "said", f"{QUOTE_NAME} said \"<script>window.__xss='quote'</script>\".",
           d, quote="<script>window.__xss='quote'</script>", start=160)  # fmt: skip
    return _count_mentions(g)


def large_graph(n_actors: int = 2300, n_issues: int = 200, n_claims: int = 5000) -> nx.MultiDiGraph:
    """A corpus-sized graph: a few hubs and a long tail, like many articles merged."""
    import random

    r = random.Random(7)
    g = nx.MultiDiGraph()
    d = _doc(g, "big", "Many articles", "Wire", "2025-01-01")
    sides, kinds = ("US", "China", "Other"), ("Person", "Organization", "State")
    actors = [
        _actor(g, f"person/a{i:05d}", kinds[i % 3], sides[i % 3], {"en": f"Actor {i}"})
        for i in range(n_actors)
    ]
    issues = [_issue(g, f"i{i:04d}", {"en": f"Issue {i}"}) for i in range(n_issues)]
    rels = ("leverage", "demands", "threatens", "said")
    for j in range(n_claims):
        u = actors[int(r.paretovariate(1.2)) % n_actors if j % 2 else r.randrange(n_actors)]
        v = issues[int(r.paretovariate(1.0)) % n_issues]
        _claim(g, u, v, j, rels[j % 4], f"Sentence number {j}.", d, phrase="p", start=j)
    return _count_mentions(g)


# ------------------------------------------------------------ no browser ---


def test_drawn_subgraph_leaves_out_documents_and_groups_claims() -> None:
    g = contract_graph()
    sub = drawn_subgraph(g)
    assert all(d["kind"] != "Document" for _, d in sub.nodes(data=True))
    assert sub.number_of_nodes() == 8
    # the statement to a document is not drawn; the statement to an issue is
    assert sub.number_of_edges() == g.number_of_edges() - 1
    groups = drawn_edges(sub)
    assert [k for k, _ in groups].count((f"{ID}state/us", f"{ID}issue/grain", "demands")) == 1
    assert len(groups) == sub.number_of_edges() - 1  # two demands share an arrow
    data = page_data(g, None, 2000)
    envoy = next(n for n in data["nodes"] if n["id"].endswith("mara-lindqvist"))
    assert [s["quote"] for s in envoy["said"]] == ["We will keep talking."]
    role = {"title": "貿易特使", "of": "美國", "of_id": f"{ID}state/us", "former": False}
    assert envoy["roles"] == [role]


def test_page_is_deterministic_and_leaves_the_graph_alone(tmp_path: Path) -> None:
    g = contract_graph()
    before = (copy.deepcopy(dict(g.nodes(data=True))), sorted(g.edges(keys=True)))
    write_html(g, tmp_path / "a.html")
    write_html(g, tmp_path / "b.html")
    # the same graph built in another insertion order gives the same bytes
    h = nx.MultiDiGraph()
    h.add_nodes_from(sorted(g.nodes(data=True), reverse=True))
    h.add_edges_from(sorted(g.edges(keys=True, data=True), key=lambda e: e[2], reverse=True))
    write_html(h, tmp_path / "c.html")
    a = (tmp_path / "a.html").read_bytes()
    assert a == (tmp_path / "b.html").read_bytes() == (tmp_path / "c.html").read_bytes()
    assert before == (copy.deepcopy(dict(g.nodes(data=True))), sorted(g.edges(keys=True)))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_page_references_nothing_remote() -> None:
    page = render_html(contract_graph())
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.I)
    assert "@import" not in page
    assert "default-src 'none'" in page  # and the browser is told to refuse any fetch


def _data_block(page: str) -> str:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m
    return m.group(1)


def test_untrusted_text_stays_data() -> None:
    g = injection_graph()
    page = render_html(g)
    block = _data_block(page)
    for ch in "<>&\u2028\u2029":
        assert ch not in block
    data = json.loads(block)
    names = {n["id"].rsplit("/", 1)[1]: n["labels"]["en"] for n in data["nodes"]}
    assert names["img-name"] == IMG_NAME and names["quote-name"] == QUOTE_NAME
    assert (
        "\u2028 & more"
        in next(e for e in data["edges"] if e["relation"] == "leverage")["claims"][0]["evidence"]
    )
    # only the page's own three script elements exist, whatever the data says
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert page.count("<script") == render_html(contract_graph()).count("<script")
    assert IMG_NAME not in page and "alert(1)" not in page.replace(block, "")
    # a malformed Wikidata id is dropped rather than built into a link
    assert next(n for n in data["nodes"] if n["id"].endswith("script-name"))["wikidata"] == ""


def test_above_max_nodes_the_most_connected_are_kept() -> None:
    g = nx.MultiDiGraph()
    d = _doc(g, "d", "t", "s", "2025-01-01")
    hub = _issue(g, "hub", {"en": "hub"})
    actors = [_actor(g, f"person/p{i:02d}", "Person", "US", {"en": f"P{i}"}) for i in range(30)]
    n = 0
    for i, a in enumerate(actors):
        for _ in range(1 + (i % 4 == 0) * 3):  # every fourth actor has four claims
            n += 1
            _claim(g, a, hub, n, "demands", f"s{n}", d)
    _count_mentions(g)
    sub = drawn_subgraph(g, max_nodes=5)
    assert set(sub) == {hub, *(actors[i] for i in (0, 4, 8, 12))}
    assert len(drawable_nodes(g)) == 31
    page = render_html(g, max_nodes=5)
    assert "Showing the 5 most connected of 31" in page and "kg build --max-nodes N" in page
    assert "most connected" not in render_html(g)


def test_labels_follow_the_requested_language() -> None:
    labels = {"en": "Grain", "zh-Hant": "穀物"}
    assert pick_label(labels, None, "穀物") == "穀物"
    assert pick_label(labels, "en", "穀物") == "Grain"
    assert pick_label(labels, "zh-Hans", "穀物") == "穀物"  # nearest script when none
    assert pick_label({"zh-Hant": "穀物"}, "en", "穀物") == "穀物"  # whatever exists
    g = contract_graph()
    shown = {n["id"].rsplit("/", 1)[1]: n["shown"] for n in page_data(g, "en", 2000)["nodes"]}
    assert shown["mara-lindqvist"] == "Mara Lindqvist" and shown["china"] == "China"
    shown = {n["id"].rsplit("/", 1)[1]: n["shown"] for n in page_data(g, "zh-Hans", 2000)["nodes"]}
    assert shown["grain"] == "谷物" and shown["magnet-metals"] == "磁性金屬"
    assert shown["port-levies"] == "port levies"


def test_bad_options_and_paths_raise_named_errors(tmp_path: Path) -> None:
    g = contract_graph()
    with pytest.raises(UsageError, match="fr"):
        write_html(g, tmp_path / "g.html", lang="fr")
    with pytest.raises(UsageError, match="max_nodes"):
        write_html(g, tmp_path / "g.html", max_nodes=0)
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError):
        write_html(g, tmp_path / "file" / "g.html")


# --------------------------------------------------------------- browser ---


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Debian chromium driven by Playwright (no browser download)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: apt-get install chromium fonts-wqy-microhei")
    sync_api = pytest.importorskip("playwright.sync_api")
    home = tmp_path_factory.mktemp("chromium-home")
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    try:
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--no-first-run", "--disable-sync"],
            )  # fmt: skip
            yield b
            b.close()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dataclass
class Loaded:
    """An opened page and everything it tried to do."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)


def open_page(browser: Any, path: Path, timeout: float = 90.0) -> Loaded:
    """Open ``path`` from file://, abort and count other requests, wait until the layout settled."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    out = Loaded(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            out.requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: out.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: out.errors.append(str(e)))
    page.on("dialog", lambda d: (out.dialogs.append(d.message), d.dismiss()))
    t0 = time.monotonic()
    page.goto(path.resolve().as_uri())
    while not page.evaluate("() => window.kgReady === true"):
        assert time.monotonic() - t0 < timeout, "layout did not settle"
        time.sleep(0.05)
    out.seconds = time.monotonic() - t0
    return out


def _counts(p: Loaded) -> tuple[int, int]:
    return tuple(p.js("() => [network.body.data.nodes.length, network.body.data.edges.length]"))


def _with_arrows(sub: nx.MultiDiGraph) -> int:
    """How many drawn nodes have an arrow: those the page shows by default."""
    return sum(1 for n in sub if sub.degree(n))


_POINT_ON_EDGE = """(eid) => {
  const e = network.body.data.edges.get(eid);
  const pos = network.getPositions([e.from, e.to]);
  const a = pos[e.from], b = pos[e.to];
  const r = document.getElementById('network').getBoundingClientRect();
  for (let t = 0.2; t <= 0.8; t += 0.02) {
    const d = network.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
    const inView = d.x > 0 && d.y > 0 && d.x < r.width && d.y < r.height;
    if (inView && network.getEdgeAt(d) === eid && network.getNodeAt(d) === undefined) {
      return {x: r.left + d.x, y: r.top + d.y};
    }
  }
  return null;
}"""


def _edge_id(g: nx.MultiDiGraph, relation: str) -> str:
    return next(e["id"] for e in page_data(g, None, 2000)["edges"] if e["relation"] == relation)


@pytest.mark.browser
def test_page_opens_offline_with_the_drawn_counts(browser: Any, tmp_path: Path) -> None:
    g = contract_graph()
    write_html(g, tmp_path / "g.html")
    p = open_page(browser, tmp_path / "g.html")
    sub = drawn_subgraph(g)
    assert p.requests == [] and p.errors == [] and p.dialogs == []
    # the one node without arrows (Quiet Institute) is hidden until asked for
    assert _counts(p) == (sub.number_of_nodes() - 1, len(drawn_edges(sub)))
    assert p.js("() => network.physics.physicsEnabled") is False  # the layout stopped moving
    assert "7 of 8 nodes" in p.page.inner_text("#status")
    p.page.check("input[data-unconnected]")
    assert _counts(p) == (sub.number_of_nodes(), len(drawn_edges(sub)))
    labels = p.js("() => network.body.data.nodes.get().map(n => n.label).sort()")
    assert "瑪拉·林奎斯特" in labels and "China" not in labels  # text's language by default


@pytest.mark.browser
def test_pipeline_graph_opens_offline_and_its_header_stays_text(
    browser: Any, tmp_path: Path, text_graph: Any
) -> None:
    text = (
        f"date 2025-04-02 關稅再起 {IMG_NAME}</script><script>window.__xss=1</script>\n"
        "source: <b>海港日報</b>\n"
        "url: javascript:window.__xss=2\n\n"
        "美國財政部長斯科特·貝森特（Scott Bessent）週三表示：「談判會繼續。」\n"
        "分析人士認為，中國手中的籌碼是稀土，美國則要求中國購買更多大豆。\n"
    )
    g = text_graph(text)
    assert any(d.get("kind") == "Person" for _, d in g.nodes(data=True))
    write_html(g, tmp_path / "p.html")
    p = open_page(browser, tmp_path / "p.html")
    sub = drawn_subgraph(g)
    assert p.requests == [] and p.errors == [] and p.dialogs == []
    assert _counts(p) == (_with_arrows(sub), len(drawn_edges(sub)))
    assert p.js("() => window.__xss") is None
    assert p.js("() => document.querySelectorAll('img, b').length") == 0


@pytest.mark.browser
def test_search_selects_and_focuses_an_actor(browser: Any, tmp_path: Path) -> None:
    write_html(contract_graph(), tmp_path / "g.html")
    p = open_page(browser, tmp_path / "g.html")
    p.page.fill("#search", "mara lindqvist")  # the English label of a node shown in Chinese
    p.page.press("#search", "Enter")
    assert p.js("() => network.getSelectedNodes()") == [f"{ID}person/mara-lindqvist"]
    panel = p.page.inner_text("#panel")
    assert "瑪拉·林奎斯特" in panel and "Mara Lindqvist" in panel and "貿易特使" in panel
    assert "We will keep talking." in panel  # the statement to a document, as "said"
    p.page.fill("#search", "China")
    p.page.click("#search-go")
    assert p.js("() => network.getSelectedNodes()") == [f"{ID}state/china"]
    assert p.js("() => document.querySelector('#panel a').href") == (
        "https://www.wikidata.org/wiki/Q148"
    )
    p.page.fill("#search", "nobody by this name")
    p.page.press("#search", "Enter")
    assert "No actor or issue matches" in p.page.inner_text("#search-msg")
    assert p.requests == [] and p.errors == []


@pytest.mark.browser
def test_relation_and_side_filters_hide_the_rest(browser: Any, tmp_path: Path) -> None:
    g = contract_graph()
    write_html(g, tmp_path / "g.html")
    p = open_page(browser, tmp_path / "g.html")
    for rel in ("demands", "threatens", "said", "role"):
        p.page.uncheck(f'input[data-relation="{rel}"]')
    shown = p.js("() => network.body.data.edges.getIds()")
    leverage = [e["id"] for e in page_data(g, None, 2000)["edges"] if e["relation"] == "leverage"]
    assert shown == leverage and len(leverage) == 1
    # the canvas agrees: only that edge is left in the network's body
    assert p.js("() => Object.keys(network.body.edges)") == leverage
    for rel in ("demands", "threatens", "said", "role"):
        p.page.check(f'input[data-relation="{rel}"]')
    sub = drawn_subgraph(g)
    assert _counts(p) == (_with_arrows(sub), len(drawn_edges(sub)))
    p.page.check("input[data-unconnected]")  # show nodes whose arrows are all hidden too
    p.page.uncheck('input[data-side="US"]')
    ids = p.js("() => network.body.data.nodes.getIds()")
    assert f"{ID}state/us" not in ids and f"{ID}person/mara-lindqvist" not in ids
    assert f"{ID}state/china" in ids and f"{ID}issue/grain" in ids  # issues have no side
    edges = p.js("() => network.body.data.edges.get().map(e => [e.from, e.to])")
    assert edges and all(f"{ID}state/us" not in pair for pair in edges)
    quiet = f"{ID}org/quiet-institute"
    assert quiet in ids
    p.page.uncheck("input[data-unconnected]")
    ids = p.js("() => network.body.data.nodes.getIds()")
    assert quiet not in ids and f"{ID}issue/grain" not in ids  # grain's arrows all come from the US
    p.page.fill("#search", "quiet institute")  # finding a hidden node shows it again
    p.page.press("#search", "Enter")
    assert p.js("() => network.getSelectedNodes()") == [quiet]
    assert p.page.is_checked("input[data-unconnected]")
    # nodes that come back are drawn where they were, and the canvas matches the view
    before = p.js("() => network.getPositions()")
    p.page.check('input[data-side="US"]')
    after = p.js("() => network.getPositions()")
    assert after[f"{ID}state/china"] == before[f"{ID}state/china"]
    assert (
        p.js("() => Object.keys(network.body.nodes).length") == drawn_subgraph(g).number_of_nodes()
    )
    p.page.uncheck("input[data-unconnected]")
    assert quiet not in p.js("() => network.body.data.nodes.getIds()")
    assert p.errors == []
    assert p.errors == []


@pytest.mark.browser
def test_hovering_and_clicking_an_arrow_shows_its_evidence(browser: Any, tmp_path: Path) -> None:
    g = contract_graph()
    write_html(g, tmp_path / "g.html")
    p = open_page(browser, tmp_path / "g.html")
    eid = _edge_id(g, "demands")
    pt = p.js(_POINT_ON_EDGE, eid)
    assert pt, "no pixel of the edge is free of nodes"
    p.page.mouse.move(pt["x"], pt["y"])
    p.page.wait_for_selector("#tooltip", state="visible")
    tip = p.page.inner_text("#tooltip")
    assert "Washington wants more grain purchases." in tip and "+ 1 more" in tip
    p.page.mouse.click(pt["x"], pt["y"])
    assert p.js("() => network.getSelectedEdges()") == [eid]
    panel = p.page.inner_text("#panel")
    for text in ("demands ×2", "Washington wants more grain purchases.", "Port talks stall again",
                 "Harbour Ledger", "2025-05-06", "美國要求擴大穀物採購。", "海港日報"):  # fmt: skip
        assert text in panel
    assert p.js("() => document.querySelector('#panel a').href") == "https://example.org/port-talks"
    assert p.requests == [] and p.errors == []


@pytest.mark.browser
def test_injected_markup_runs_nothing_and_shows_as_written(browser: Any, tmp_path: Path) -> None:
    g = injection_graph()
    write_html(g, tmp_path / "x.html")
    p = open_page(browser, tmp_path / "x.html")
    p.page.check("input[data-unconnected]")  # the quoted organisation has no arrow
    labels = p.js("() => network.body.data.nodes.get().map(n => n.label).sort()")
    assert IMG_NAME in labels and SCRIPT_NAME in labels and QUOTE_NAME in labels
    # show every panel and tooltip the page has
    p.page.fill("#search", IMG_NAME)
    p.page.press("#search", "Enter")
    assert p.js("() => network.getSelectedNodes()") == [f"{ID}person/img-name"]
    assert IMG_NAME in p.page.inner_text("#panel")
    p.page.fill("#search", QUOTE_NAME)
    p.page.press("#search", "Enter")
    assert "<script>window.__xss='quote'</script>" in p.page.inner_text("#panel")
    p.js("() => network.fit({ animation: false })")  # the search zoomed in on one node
    for rel in ("leverage", "demands"):
        eid = _edge_id(g, rel)
        pt = p.js(_POINT_ON_EDGE, eid)
        assert pt
        p.page.mouse.move(pt["x"], pt["y"])
        p.page.mouse.click(pt["x"], pt["y"])
        panel = p.page.inner_text("#panel")
        assert "<b onmouseover=alert(2)>Outlet</b>" in panel and IMG_NAME in panel
    assert f"{IMG_NAME} demands '<iframe src=x>'." in panel
    assert p.dialogs == [] and p.errors == [] and p.requests == []
    assert p.js("() => window.__xss") is None
    assert p.js("() => document.querySelectorAll('img, iframe, svg, b, u').length") == 0
    assert p.js("() => document.scripts.length") == 3
    # the javascript: URL of the document never became a link
    assert p.js("() => [...document.querySelectorAll('a')].map(a => a.href)"
                ".filter(h => !h.startsWith('https:'))") == []  # fmt: skip


@pytest.mark.browser
def test_injected_evidence_is_shown_literally(browser: Any, tmp_path: Path) -> None:
    g = injection_graph()
    write_html(g, tmp_path / "x.html")
    p = open_page(browser, tmp_path / "x.html")
    eid = _edge_id(g, "leverage")
    pt = p.js(_POINT_ON_EDGE, eid)
    assert pt
    p.page.mouse.click(pt["x"], pt["y"])
    evidence = p.js("() => document.querySelector('#panel .evidence').textContent")
    assert evidence == "He holds </script><script>window.__xss='evidence'</script> \u2028 & more."
    assert p.js("() => window.__xss") is None and p.dialogs == []


@pytest.mark.browser
def test_switching_label_language_in_the_page(browser: Any, tmp_path: Path) -> None:
    write_html(contract_graph(), tmp_path / "g.html", lang="en")
    p = open_page(browser, tmp_path / "g.html")
    label = "() => network.body.data.nodes.get('" + ID + "issue/grain').label"
    assert p.js(label) == "grain"
    p.page.select_option("#lang", "zh-Hans")
    assert p.js(label) == "谷物"
    p.page.select_option("#lang", "zh-Hant")
    assert p.js(label) == "穀物"


@pytest.mark.browser
@pytest.mark.slow
def test_a_corpus_sized_graph_stays_usable(browser: Any, tmp_path: Path) -> None:
    g = large_graph()
    write_html(g, tmp_path / "big.html")
    size = (tmp_path / "big.html").stat().st_size
    p = open_page(browser, tmp_path / "big.html", timeout=60)
    sub = drawn_subgraph(g)
    assert sub.number_of_nodes() == 2000
    assert _counts(p) == (_with_arrows(sub), len(drawn_edges(sub)))
    assert "Showing the 2000 most connected of 2500" in p.page.inner_text("#truncated")
    assert p.requests == [] and p.errors == []
    t0 = time.monotonic()
    p.page.fill("#search", "Actor 1")
    p.page.press("#search", "Enter")
    assert p.js("() => network.getSelectedNodes()") == [f"{ID}person/a00001"]
    assert time.monotonic() - t0 < 5
    print(f"2,000-node page: {size / 1e6:.1f} MB, settled in {p.seconds:.1f} s")


@pytest.mark.browser
@pytest.mark.skipif(
    os.environ.get("CHOUMA_SCREENSHOT") != "1",
    reason="writes docs/screenshot.png; set CHOUMA_SCREENSHOT=1",
)
def test_screenshot_of_the_seed_graph(browser: Any, tmp_path: Path, seed_file: Path, repo_root: Path) -> None:
    """The seed article with a few dated texts of other months (written for this), so the timeline shows."""
    import shutil

    from kg.ingest import iter_documents
    from kg.pipeline import graph_of

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(seed_file, src / seed_file.name)
    dated = {
        "2025-08-14": "北京對美國的最大籌碼是稀土。\n美國要求中國購買更多大豆。\n",
        "2025-09-03": "美國要求中國購買更多大豆。\n",
        "2025-11-20": "中國對美國的籌碼是稀土。\n美國威脅對中國加徵關稅。\n",
        "2025-12-09": "美國要求中國購買更多大豆。\n中國要求美國取消關稅。\n",
    }
    for day, text in dated.items():
        (src / f"{day}.txt").write_text(f"date {day} 談判 {day}\n{text}", encoding="utf-8")
    g = graph_of(iter_documents([src]))
    write_html(g, tmp_path / "seed.html")
    p = open_page(browser, tmp_path / "seed.html")
    assert p.requests == [] and p.errors == []
    assert len(p.js("() => [...document.querySelectorAll('#timeline .bar')]")) == 5  # August to December
    # show an arrow's evidence: the leverage arrow with the most claims
    arrows = [e for e in page_data(g, None, 2000)["edges"] if e["relation"] == "leverage"]
    assert arrows, "the seed graph has no leverage"
    arrow = max(arrows, key=lambda e: (e["n"], e["id"]))
    pt = p.js(_POINT_ON_EDGE, arrow["id"])
    assert pt
    p.page.mouse.click(pt["x"], pt["y"])
    assert arrow["claims"][0]["evidence"] in p.page.inner_text("#panel")
    p.page.mouse.move(5, 5)
    p.page.screenshot(path=str(repo_root / "docs" / "screenshot.png"))


# ---------------------------------------------------------------- time ---


def timeline_graph() -> nx.MultiDiGraph:
    """Dated claims over three months (and one undated), a hub, and a quote aimed at an actor."""
    g = nx.MultiDiGraph()
    d = _doc(g, "t", "Months of talks", "Harbour Ledger", "2025-03-31")
    us = _actor(g, "state/us", "State", "US", {"en": "United States"})
    cn = _actor(g, "state/china", "State", "China", {"en": "China"})
    envoy = _actor(g, "person/mara-lindqvist", "Person", "US", {"en": "Mara Lindqvist"})
    grain = _issue(g, "grain", {"en": "grain"})
    magnets = _issue(g, "magnet-metals", {"en": "magnet metals"})
    days = ["2025-01-10", "2025-01-20", "2025-02-03", "2025-03-05", "2025-03-06", "2025-03-07", ""]
    for n, day in enumerate(days):  # seven demands on one arrow: 2 in Jan, 1 in Feb, 3 in Mar, 1 undated
        _claim(g, us, grain, n, "demands", f"Demand sentence {n}.", d, date=day, start=10 * n)
    _claim(g, cn, magnets, 10, "leverage", "China's card is magnet metals.", d, date="2025-02-14", start=200)
    _claim(g, envoy, d, 11, "said", "Lindqvist told Beijing: “We expect more.”", d, quote="We expect more.",
           target=cn, date="2025-03-02", start=300)  # fmt: skip
    return _count_mentions(g)


def test_arrows_keep_their_days_and_the_first_few_sentences() -> None:
    g = timeline_graph()
    data = page_data(g, None, 2000)
    demands = next(e for e in data["edges"] if e["relation"] == "demands")
    assert demands["n"] == 7 and demands["undated"] == 1
    assert demands["days"] == [["2025-01-10", 1], ["2025-01-20", 1], ["2025-02-03", 1],
                               ["2025-03-05", 1], ["2025-03-06", 1], ["2025-03-07", 1]]  # fmt: skip
    assert [c["evidence"] for c in demands["claims"]] == [f"Demand sentence {n}." for n in range(3)]
    assert data["period"] == {"min": "2025-01-10", "max": "2025-03-07"}
    # a quote without an issue but aimed at an actor is an arrow to that actor
    said = [e for e in data["edges"] if e["relation"] == "said"]
    assert [(e["from"], e["to"]) for e in said] == [(f"{ID}person/mara-lindqvist", f"{ID}state/china")]
    envoy = next(n for n in data["nodes"] if n["id"].endswith("mara-lindqvist"))
    assert envoy["said"] == [] and envoy["said_n"] == 0


def test_node_sizes_are_capped_on_a_log_scale() -> None:
    g = large_graph(n_actors=300, n_issues=30, n_claims=6000)
    sizes = [n["size"] for n in page_data(g, None, 2000)["nodes"]]
    mentions = [n["mentions"] for n in page_data(g, None, 2000)["nodes"]]
    assert max(mentions) > 500 and max(sizes) <= 30
    assert max(sizes) <= 2.5 * min(sizes)


def corpus_like_graph(n_docs: int = 10000, per_doc: int = 5) -> nx.MultiDiGraph:
    """A graph shaped like 10,000 merged articles: hubs and a long tail, claims repeating on arrows."""
    import random

    r = random.Random(11)
    g = nx.MultiDiGraph()
    sides, kinds = ("US", "China", "Other"), ("Person", "Organization", "State")
    actors = [_actor(g, f"person/a{i:05d}", kinds[i % 3], sides[i % 3], {"en": f"Actor {i}"}) for i in range(6000)]
    issues = [_issue(g, f"i{i:04d}", {"en": f"Issue {i}"}) for i in range(1500)]
    rels = ("leverage", "demands", "threatens", "said")
    n = 0
    for k in range(n_docs):
        day = f"2025-{1 + k % 12:02d}-{1 + k % 28:02d}"
        d = _doc(g, f"syn-{k:05d}", f"Synthetic article {k}", "Wire", day)
        for _ in range(per_doc):
            u = actors[int(r.paretovariate(0.9)) % len(actors)]
            v = issues[int(r.paretovariate(0.9)) % len(issues)]
            n += 1
            _claim(g, u, v, n, rels[n % 4], f"Sentence {n}: officials met again and said little new.", d,
                   phrase="a phrase", start=n, date=day)  # fmt: skip
    return _count_mentions(g)


@pytest.mark.slow
def test_a_page_of_ten_thousand_documents_stays_small(tmp_path: Path) -> None:
    """Each arrow keeps its first few sentences and the count of the rest: under 8 MB at 10,000 articles."""
    g = corpus_like_graph()
    write_html(g, tmp_path / "big.html")
    size = (tmp_path / "big.html").stat().st_size
    assert size < 8_000_000, size
    data = json.loads(_data_block((tmp_path / "big.html").read_text(encoding="utf-8")))
    assert sum(e["n"] for e in data["edges"]) == drawn_subgraph(g).number_of_edges()
    assert max(e["n"] for e in data["edges"]) > 100
    assert max(len(e["claims"]) for e in data["edges"]) == 3
    print(f"10,000-document page: {size / 1e6:.1f} MB, {len(data['edges'])} arrows")


_OVERLAPS = """() => {
  const ids = network.body.data.nodes.getIds();
  const boxes = ids.map(id => network.getBoundingBox(id));
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        out.push([ids[i], ids[j]]);
      }
    }
  }
  return out;
}"""

_OUTSIDE_VIEW = """() => {
  const r = document.getElementById('network').getBoundingClientRect();
  const pos = network.getPositions();
  return Object.keys(pos).filter(id => {
    const d = network.canvasToDOM(pos[id]);
    return d.x < 0 || d.y < 0 || d.x > r.width || d.y > r.height;
  });
}"""


@pytest.mark.browser
def test_date_range_filters_arrows_and_counts(browser: Any, tmp_path: Path) -> None:
    g = timeline_graph()
    write_html(g, tmp_path / "t.html")
    p = open_page(browser, tmp_path / "t.html")
    assert p.requests == [] and p.errors == []
    bars = p.js("() => [...document.querySelectorAll('#timeline .bar')]"
                ".map(b => [b.dataset.month, +b.dataset.count])")  # fmt: skip
    assert bars == [["2025-01", 2], ["2025-02", 2], ["2025-03", 4]]  # undated claims have no month
    demands = _edge_id(g, "demands")
    label = f"() => network.body.data.edges.get('{demands}').label"
    assert p.js(label) == "demands ×7"
    assert "9 claims" in p.page.inner_text("#status")

    p.page.fill("#date-from", "2025-03-01")
    p.page.fill("#date-to", "2025-03-31")
    assert p.js(label) == "demands ×3"
    shown = sorted(p.js("() => network.body.data.edges.get().map(e => e.label)"))
    assert shown == ["demands ×3", "said"]  # February's leverage is out of the period
    assert "4 claims from 2025-03-01 to 2025-03-31" in p.page.inner_text("#status")
    assert f"{ID}issue/magnet-metals" not in p.js("() => network.body.data.nodes.getIds()")
    assert p.js("() => [...document.querySelectorAll('#timeline .bar.in')].map(b => b.dataset.month)") == [
        "2025-03"
    ]
    pt = p.js(_POINT_ON_EDGE, demands)
    assert pt
    p.page.mouse.click(pt["x"], pt["y"])
    panel = p.page.inner_text("#panel")
    assert "demands ×3" in panel and "Demand sentence 0." not in panel  # January is out
    assert "+ 3 more claims not listed here" in panel  # the page keeps the first three sentences

    p.page.click("#timeline .bar[data-month='2025-02']")
    assert p.page.input_value("#date-from") == "2025-02-01" and p.page.input_value("#date-to") == "2025-02-28"
    assert sorted(p.js("() => network.body.data.edges.get().map(e => e.label)")) == ["demands", "leverage"]
    p.page.click("#date-all")
    assert p.js(label) == "demands ×7" and len(p.js("() => network.body.data.edges.getIds()")) == 3
    assert p.errors == []


@pytest.mark.browser
def test_layout_fits_the_view_and_nothing_overlaps(browser: Any, tmp_path: Path, seed_graph: Any) -> None:
    for name, g in (("seed", seed_graph), ("contract", contract_graph()),
                    ("mid", large_graph(n_actors=250, n_issues=40, n_claims=900))):  # fmt: skip
        write_html(g, tmp_path / f"{name}.html")
        p = open_page(browser, tmp_path / f"{name}.html")
        assert p.errors == [], name
        assert p.js(_OUTSIDE_VIEW) == [], name
        assert p.js(_OVERLAPS) == [], name
        if name == "contract":  # nodes without arrows, once shown, cover nothing either
            p.page.check("input[data-unconnected]")
            assert p.js(_OVERLAPS) == []
        p.page.close()
