"""The one in-memory graph of a corpus: a networkx MultiDiGraph built from resolved nodes.

Its node and edge attributes are the contract every exporter reads (see
``docs/architecture.md``): exporters never look back at documents or
extractions, so RDF, HTML and tables always show the same facts.
"""

from __future__ import annotations

import networkx as nx

from kg.resolve import Resolved


def _pairs(labels: dict[str, str]) -> list[list[str]]:
    return [[text, lang] for lang, text in sorted(labels.items())]


def _display(labels: dict[str, str], lang: str) -> str:
    for pick in (lang, "zh-Hant" if lang == "zh-Hans" else "zh-Hans", "en"):
        if labels.get(pick):
            return labels[pick]
    return next(iter(sorted(labels.values())), "")


def build_graph(res: Resolved) -> nx.MultiDiGraph:
    """Actors, issues and documents as nodes; claims and roles as edges keyed by their IRI."""
    g = nx.MultiDiGraph()
    langs = [d.lang for d in res.documents.values()]
    corpus_lang = max(sorted(set(langs)), key=langs.count) if langs else "zh-Hant"
    for iri, doc in res.documents.items():
        g.add_node(
            iri,
            kind="Document",
            label=doc.title or doc.id,
            labels=[[doc.title or doc.id, doc.lang]],
            title=doc.title,
            date=doc.date or "",
            source=doc.source or "",
            url=doc.url or "",
            lang=doc.lang,
            path=doc.path,
            mentions=0,
        )
    for iri, a in res.actors.items():
        labels = a.labels()
        g.add_node(
            iri,
            kind=a.type,
            label=_display(labels, corpus_lang),
            labels=_pairs(labels),
            alt_labels=[list(p) for p in a.alt_labels()],
            side=a.side,
            wikidata=a.wikidata or "",
            in_lexicon=a.lexicon_id is not None,
            roles=[],
            mentions=0,
        )
    for iri, i in res.issues.items():
        g.add_node(
            iri,
            kind="Issue",
            label=_display(i.labels, corpus_lang),
            labels=_pairs(i.labels),
            alt_labels=[list(p) for p in i.alt_labels],
            in_lexicon=i.in_lexicon,
            mentions=0,
        )
    for r in res.roles:
        g.nodes[r.person].setdefault("roles", []).append(
            {"title": r.title, "lang": r.lang, "of": r.of or "", "former": r.former, "iri": r.iri}
        )
        if r.of is None:
            continue
        g.add_edge(
            r.person,
            r.of,
            key=r.iri,
            relation="role",
            kind="Role",
            claim=r.iri,
            title=r.title,
            former=r.former,
            lang=r.lang,
            document=r.document,
            target="",
            phrase=r.title,
            quote="",
            evidence="",
            start=-1,
            end=-1,
        )
    for c in res.claims:
        dest = c.issue if c.issue else c.document
        g.add_edge(
            c.actor,
            dest,
            key=c.iri,
            relation=c.relation,
            kind=c.kind,
            claim=c.iri,
            target=c.target or "",
            phrase=c.phrase,
            quote=c.quote,
            evidence=c.evidence,
            start=c.start,
            end=c.end,
            document=c.document,
            lang=c.lang,
            date=c.date or "",
            title="",
            former=False,
        )
    for u, v in g.edges():
        g.nodes[u]["mentions"] += 1
        g.nodes[v]["mentions"] += 1
    return g
