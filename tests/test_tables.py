"""GraphML: our writer gives networkx's bytes (networkx is the oracle), for any text."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.export.tables import flat_graph, write_graphml


def _networkx_graphml(g: nx.MultiDiGraph) -> bytes:
    """What write_graphml wrote with networkx.write_graphml before it had its own writer."""
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(g), buf)
    return buf.getvalue()


def test_graphml_matches_networkx(contract_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_graphml(contract_nx, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_bytes() == _networkx_graphml(contract_nx)
    write_graphml(nx.MultiDiGraph(), tmp_path / "empty.graphml")
    assert (tmp_path / "empty.graphml").read_bytes() == _networkx_graphml(nx.MultiDiGraph())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(max_size=30),
    number=st.integers(-(10**12), 10**12),
    flag=st.booleans(),
    real=st.floats(allow_nan=False),
)
def test_graphml_matches_networkx_for_any_value(
    text: str, number: int, flag: bool, real: float, tmp_path: Path
) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a" + text, label=text, mentions=number, labels=[[text, "en"], ["x", ""]])
    g.add_node("b", in_lexicon=flag, score=real, empty="")
    g.add_node("c")
    g.add_edge("a" + text, "b", key=text + "k", evidence=text, start=number, former=flag)
    g.add_edge("b", "c", key="k2")
    path = tmp_path / f"{abs(hash((text, number, flag, real)))}.graphml"
    write_graphml(g, path)
    assert path.read_bytes() == _networkx_graphml(g)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(old=st.text(max_size=12), new=st.text(max_size=12))
def test_graphml_spliced_from_the_previous_file_is_written_whole(old: str, new: str, tmp_path: Path) -> None:
    """With a cache folder, unchanged elements come from the previous file: the bytes stay networkx's."""
    out = tmp_path / f"{abs(hash((old, new)))}"
    out.mkdir()
    g = nx.MultiDiGraph()
    g.add_node("a", label=old, labels=[[old, "en"]])
    g.add_node("b", label="b")
    g.add_edge("a", "b", key="k1", evidence=old, start=1)
    for change in (None, new):
        if change is not None:
            g.add_node("c" + change, label=change)
            g.add_edge("b", "c" + change, key="k2", evidence=change, start=2)
        write_graphml(g, out / "graph.graphml", cache_dir=out)
        assert (out / "graph.graphml").read_bytes() == _networkx_graphml(g)
