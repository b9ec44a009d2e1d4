"""`kg query` answers from a store on disk, filled once per graph version; `--limit` pages answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.query import default_store_dir, open_store, persistent_store, query_file, resolve_query, run_query

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture()
def graph(tmp_path: Path) -> Path:
    """A copy of the committed seed graph in a folder of its own."""
    path = tmp_path / "out" / "graph.ttl"
    path.parent.mkdir()
    shutil.copyfile(ROOT / "output" / "graph.ttl", path)
    return path


def test_the_store_is_filled_once_and_answers_like_the_file(graph: Path) -> None:
    first = query_file(graph, "leverage", persist=True)
    store = default_store_dir(graph)
    assert store == graph.parent / ".graph.ttl.oxigraph"
    stamp = (store / "source.json").stat()
    again = query_file(graph, "leverage", persist=True)
    assert (store / "source.json").stat().st_mtime_ns == stamp.st_mtime_ns  # not filled again
    in_memory = run_query(open_store(graph), resolve_query("leverage")[1])
    assert first.keys() == again.keys() == in_memory.keys() and first.rows
    assert len(persistent_store(graph)) == len(open_store(graph))


def test_a_rebuilt_graph_is_loaded_again(graph: Path) -> None:
    assert query_file(graph, "leverage", persist=True).rows
    # a rebuild writes a new file (kg build renames it into place): no leverage left in it
    lines = [line for line in graph.read_text(encoding="utf-8").split("\n\n") if "cm:Leverage" not in line]
    replacement = graph.with_name("new.ttl")
    replacement.write_text("\n\n".join(lines), encoding="utf-8")
    replacement.replace(graph)
    assert query_file(graph, "leverage", persist=True).rows == []
    assert sorted(p.name for p in graph.parent.iterdir()) == [".graph.ttl.oxigraph", "graph.ttl"]


def test_store_option_and_no_store(graph: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "stores" / "seed"
    res = runner.invoke(app, ["query", "threats", "-g", str(graph), "--store", str(elsewhere)])
    assert res.exit_code == 0, res.output
    assert (elsewhere / "source.json").is_file() and not default_store_dir(graph).exists()
    res = runner.invoke(app, ["query", "threats", "-g", str(graph), "--no-store"])
    assert res.exit_code == 0, res.output
    assert not default_store_dir(graph).exists()


def test_a_folder_of_the_users_is_never_replaced(graph: Path, tmp_path: Path) -> None:
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "todo.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="not a kg query store"):
        persistent_store(graph, mine)
    assert (mine / "todo.txt").read_text(encoding="utf-8") == "keep me"


def test_limit_pages_the_answer(graph: Path) -> None:
    everything = query_file(graph, "actors-roles", persist=True)
    assert len(everything.rows) > 5 and not everything.truncated
    page = query_file(graph, "actors-roles", persist=True, limit=5)
    assert page.truncated and page.rows == everything.rows[:5]
    assert page.notes == ["showing the first 5 rows (--limit 0 shows all)"]

    res = runner.invoke(app, ["query", "actors-roles", "-g", str(graph), "--limit", "5"])
    assert res.exit_code == 0, res.output
    assert "(5 rows, more not shown)" in res.output
    res = runner.invoke(app, ["query", "actors-roles", "-g", str(graph), "--limit", "0", "--format", "csv"])
    assert res.exit_code == 0
    assert len(res.output.strip().splitlines()) == len(everything.rows) + 1


def test_default_limit_is_a_page(graph: Path) -> None:
    res = runner.invoke(app, ["query", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "-g", str(graph), "-f", "csv"])
    assert res.exit_code == 0
    assert len(res.output.strip().splitlines()) == 100 + 2  # header, 100 rows, the note (stderr)
    assert "note: showing the first 100 rows (--limit 0 shows all)" in res.output.splitlines()


def _kept(graph: Path) -> set[str]:
    return {p.name for p in (default_store_dir(graph) / "answers").glob("*.tsv")}


def test_filling_keeps_every_shipped_answer_and_they_equal_the_live_ones(graph: Path) -> None:
    """The kept answers (read back from SPARQL TSV) are the engine's rows, in its order."""
    from kg.query import list_queries

    query_file(graph, "threats", persist=True)
    names = [name for name, _ in list_queries()]
    assert len(_kept(graph)) == len(names)  # one per shipped query, asked without parameters
    live = open_store(graph)
    for name in names:
        kept = query_file(graph, name, persist=True)
        fresh = run_query(live, resolve_query(name)[1])
        assert kept.variables == fresh.variables, name
        assert kept.keys() == fresh.keys(), name
    assert len(_kept(graph)) == len(names)  # read, never written again


@pytest.mark.parametrize(
    ("name", "params", "lang"),
    [
        ("leverage", {}, "en"),
        ("actors-roles", {}, "zh-Hant"),
        ("neighbourhood", {"actor": "中國"}, "en"),
        ("leverage-between", {"actor": "中國", "since": "2025-01-01"}, "en"),
        ("timeline", {"actor": "cmid:state/china"}, None),
    ],
)
def test_answers_with_parameters_are_kept_on_the_first_ask(
    graph: Path, name: str, params: dict[str, str], lang: str | None
) -> None:
    query_file(graph, "threats", persist=True)
    before = _kept(graph)
    first = query_file(graph, name, params, lang, persist=True)
    assert len(_kept(graph)) == len(before) + 1
    again = query_file(graph, name, params, lang, persist=True, limit=2)
    assert len(_kept(graph)) == len(before) + 1
    fresh = run_query(open_store(graph), resolve_query(name)[1], params, lang)
    assert first.keys() == fresh.keys() and first.rows
    assert again.keys() == fresh.keys()[:2] and again.truncated == (len(fresh.rows) > 2)


def test_sparql_of_the_users_is_never_kept(graph: Path) -> None:
    query_file(graph, "threats", persist=True)
    before = _kept(graph)
    r = query_file(graph, "SELECT ?s WHERE { ?s a ?t } ORDER BY ?s", persist=True, limit=3)
    assert len(r.rows) == 3 and r.truncated
    assert _kept(graph) == before


def test_a_damaged_kept_answer_is_computed_again(graph: Path) -> None:
    good = query_file(graph, "leverage", persist=True)
    for path in (default_store_dir(graph) / "answers").glob("*.tsv"):
        path.write_bytes(b"?x\n<not an iri\n")
    again = query_file(graph, "leverage", persist=True)
    assert again.keys() == good.keys()


def test_a_damaged_store_is_filled_again(graph: Path) -> None:
    first = query_file(graph, "SELECT ?c WHERE { ?c a ?t } ORDER BY ?c", persist=True)
    shutil.rmtree(default_store_dir(graph) / "store")
    again = query_file(graph, "SELECT ?c WHERE { ?c a ?t } ORDER BY ?c", persist=True)
    assert again.keys() == first.keys() and (default_store_dir(graph) / "store").is_dir()
