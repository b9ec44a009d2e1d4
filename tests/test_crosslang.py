"""One graph across languages: the seed (Chinese) and an English report of the same summit.

The English article is written for this test (wire style); building both through
``kg.pipeline.build`` must give one node per shared actor and issue, labelled in
each language, with claims from documents of both languages, and every document
must carry its language.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from kg.namespaces import CM, CMID

SUMMIT_EN = """\
BUSAN, South Korea (Wire) -- President Donald Trump and Chinese President Xi Jinping agreed on \
Thursday to a one-year truce in their trade war, trading cuts in U.S. tariffs for a pause on \
China's rare earth export controls and a return of Chinese soybean purchases.

Treasury Secretary Scott Bessent, who led the U.S. side in the preparatory talks with Vice \
Premier He Lifeng, said the deal gave American farmers "certainty for the next planting season." \
Trump said the meeting was "a great success" and that he would lower the fentanyl tariff after \
Beijing promised to curb the flow of precursor chemicals.

Xi told Trump that the two countries "should be partners, not rivals," according to Chinese \
state media. China's top trade negotiator Li Chenggang told reporters the two sides had reached \
"a basic consensus" on TikTok. Analysts said rare earths remained Beijing's strongest card, \
while Washington still holds leverage through its tariffs.
"""

PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")

# (node path under cmid:, English label, one Chinese surface form of the seed)
SHARED = [
    ("person/donald-trump", "Donald Trump", "特朗普"),
    ("person/xi-jinping", "Xi Jinping", "習近平"),
    ("person/scott-bessent", "Scott Bessent", "貝森特"),
    ("person/li-chenggang", "Li Chenggang", "李成鋼"),
    ("state/china", "China", "中國"),
    ("state/us", "United States", "美國"),
    ("issue/rare-earths", "rare earths", "稀土"),
    ("issue/tariffs", "tariffs", "關稅"),
]


@pytest.fixture(scope="module")
def mixed_graph(tmp_path_factory: pytest.TempPathFactory, seed_file: Path) -> Graph:
    """graph.ttl of a folder holding the seed and the English summit report."""
    from kg.pipeline import build

    src = tmp_path_factory.mktemp("mixed-src")
    shutil.copy(seed_file, src / seed_file.name)
    (src / "summit_en.txt").write_text(SUMMIT_EN, encoding="utf-8")
    out = tmp_path_factory.mktemp("mixed-out")
    build([src], out, jobs=1)
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return g


def _labels(g: Graph, node: URIRef) -> set[tuple[str, str]]:
    out = set()
    for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for o in g.objects(node, p):
            if isinstance(o, Literal):
                out.add((str(o), (o.language or "").lower()))
    return out


def _claim_languages(g: Graph, node: URIRef) -> set[str]:
    """Languages of the documents whose claims name ``node`` as actor, issue or target."""
    langs = set()
    for p in (CM.actor, CM.issue, CM.target):
        for claim in g.subjects(p, node):
            for doc in g.objects(claim, PROV_DERIVED):
                langs |= {str(x) for x in g.objects(doc, DCTERMS.language)}
    return langs


@pytest.mark.parametrize(("path", "en", "zh"), SHARED)
def test_one_node_per_shared_actor_and_issue(
    mixed_graph: Graph, path: str, en: str, zh: str
) -> None:
    g = mixed_graph
    node = URIRef(str(CMID) + path)
    labels = _labels(g, node)
    assert (en, "en") in labels
    assert any(lang == "zh-hant" for _t, lang in labels)
    # no second node carries the English or the Chinese name
    for name in (en, zh):
        holders = {
            s
            for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
            for s, o in g.subject_objects(p)
            if isinstance(o, Literal) and str(o) == name
        }
        holders = {s for s in holders if not str(s).startswith(str(CMID) + "claim/")}
        assert holders <= {node}, (name, holders)
    # claims from the English report and from the Chinese seed meet on this node
    assert {"en", "zh-Hant"} <= _claim_languages(g, node)


def test_documents_carry_their_language(mixed_graph: Graph) -> None:
    g = mixed_graph
    docs = set(g.subjects(PROV_DERIVED, None, unique=True))
    docs = {d for c in docs for d in g.objects(c, PROV_DERIVED)}
    assert docs
    langs = {
        str(d).rsplit("/", 1)[-1]: {str(x) for x in g.objects(d, DCTERMS.language)} for d in docs
    }
    assert langs["summit_en"] == {"en"}
    assert langs["000_98150218013cadcf"] == {"zh-Hant"}
    assert all(len(v) == 1 for v in langs.values())
