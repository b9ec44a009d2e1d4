"""Claims in time: dates from sentences and documents, the timeline queries, `kg build --since/--until`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.dates import claim_date, parse_date
from kg.errors import QueryError
from kg.namespaces import CM
from kg.pipeline import build
from kg.query import query_file
from kg.validate import validate

runner = CliRunner()
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

# Texts written for these tests (no article's words). 2025-10-12 is a Sunday, 2025-11-01 a Saturday.
CORPUS = {
    "a.txt": "date 2025-09-20 稀土一\n北京對美國的最大籌碼是稀土。\n",
    "b.txt": "date 2025-10-12 稀土二\n商務部9月30日表示，中國對美國的籌碼是稀土。\n美國要求中國購買更多大豆。\n",
    "c.txt": (
        "date 2025-11-01 Soy\nOn Thursday, China said its leverage over the United States is rare earths.\n"
        "The United States demands that China buy more soybeans.\n"
    ),
    "d.txt": "稀土三\n北京對美國的最大籌碼是稀土。\n",  # undated: its claim has no day
    "e.txt": "date 2026-01-03 新年\n美國12月30日威脅對中國加徵關稅。\n美國要求中國購買更多大豆。\n",
}


@pytest.mark.parametrize(
    ("sentence", "doc_date", "day"),
    [
        ("商務部10月9日宣布稀土管制。", "2025-10-12", "2025-10-09"),
        ("商務部9日宣布。", "2025-10-12", "2025-10-09"),
        ("商務部29日宣布。", "2025-11-02", "2025-10-29"),  # the nearest 29th is last month's
        ("商務部２０日宣布。", "2025-10-12", "2025-10-20"),  # full-width digits
        ("美方12月30日表示。", "2026-01-03", "2025-12-30"),  # December in a January article: last year
        ("商务部5月31日宣布建立清单。", "2019-12-14", "2019-05-31"),
        ("9月14日至15日，雙方在馬德里會談。", "2025-09-20", "2025-09-14"),  # a period: its first day
        ("9月30日至10月2日會談", "2025-10-12", "2025-09-30"),  # May in a December article: this year's
        ("tariffs from Jan. 10", "2019-12-14", "2020-01-10"),  # a few weeks ahead: the coming one
        ("2024年5月1日的協議", "2025-10-12", "2024-05-01"),
        ("China said on Thursday it would curb exports.", "2025-10-12", "2025-10-09"),
        ("On Oct. 9 China announced controls.", "2025-10-12", "2025-10-09"),
        ("talks on 9 October 2025 failed", "2025-12-01", "2025-10-09"),
        ("Tariffs take effect on November 1.", "2025-10-12", "2025-11-01"),
        ("He said so last Sunday.", "2025-10-12", "2025-10-05"),
        ("週四中方表示", "2025-10-12", "2025-10-09"),
        ("表明習近平和特朗普週四在韓國不會有正式協議宣佈", "2025-10-29", "2025-10-30"),  # still to come
        ("中方週四將公布新措施。", "2025-10-27", "2025-10-30"),
        ("商務部週四宣布，中方將反制。", "2025-10-29", "2025-10-23"),  # 將 is in another clause
        ("Talks will be held on Thursday.", "2025-10-29", "2025-10-30"),
        ("China said on Thursday it will curb exports.", "2025-10-29", "2025-10-23"),  # "will" after it
        ("上週四中方表示", "2025-10-12", "2025-10-02"),
        ("新規自明年1月1日起實施", "2025-10-12", "2026-01-01"),  # the year a word names
        ("去年10月9日中方表示", "2025-10-12", "2024-10-09"),
        ("今年2月1日起加徵", "2025-10-12", "2025-02-01"),
        ("明年2月30日起", "2025-10-12", "2025-10-12"),  # no such day
        ("下週二會談", "2025-10-12", "2025-10-14"),
        ("美方昨天表示", "2025-10-12", "2025-10-11"),
        ("Officials may meet soon.", "2025-10-12", "2025-10-12"),  # "may" is no month
        ("They meet next Monday.", "2025-10-12", "2025-10-12"),  # not certain: the document's day
        ("30日內回應", "2025-10-12", "2025-10-12"),  # a number of days, not a day
        ("Trump said today that on Thursday talks failed.", "2025-10-12", "2025-10-12"),  # two days named
        ("美方10月9日表示", "2025-10-12T08:30:00+08:00", "2025-10-09"),
        ("美方10月9日表示", None, None),  # undated document: no day
        ("美方10月9日表示", "sometime", None),
        ("美方2月30日表示", "2025-10-12", "2025-10-12"),  # no such day
        ("美方昨天表示", "0001-01-01", "0001-01-01"),  # no day before the first: the document's
        ("last Sunday", "0001-01-01", "0001-01-01"),
        ("美方明天表示", "9999-12-31", "9999-12-31"),
    ],
)
def test_claim_date(sentence: str, doc_date: str | None, day: str | None) -> None:
    assert claim_date(sentence, doc_date) == day


# the characters dates are written with, so random sentences often hold (broken) dates
DATE_CHARS = list("0123456789０９年月日號号內週周星期上下本這个個四日 OctThursdaylastnext,.:")


@settings(max_examples=300, deadline=None)
@given(
    sentence=st.text(alphabet=st.sampled_from(DATE_CHARS), max_size=40),
    doc_date=st.one_of(st.none(), st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31"]),
                       st.text(max_size=12)),
)
def test_any_sentence_gets_a_day_or_none_never_an_error(sentence: str, doc_date: str | None) -> None:
    day = claim_date(sentence, doc_date)
    assert day is None or (len(day) == 10 and day[4] == "-" and day[7] == "-")
    assert (day is None) == (parse_date(doc_date) is None)


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph.ttl of a build of CORPUS."""
    src = tmp_path_factory.mktemp("dated-corpus")
    for name, text in CORPUS.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("dated-out")
    build([src], out, jobs=1)
    return out / "graph.ttl"


def _rows(result, *names: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [tuple(row[n].value if row[n] is not None else "" for n in names) for row in result.rows]


def test_timeline_counts_claims_per_month_relation_and_side(dated: Path) -> None:
    r = query_file(dated, "timeline")
    assert _rows(r, "month", "relation", "side", "claims") == [
        ("2025-09", "leverage", "China", "2"),  # a.txt, and b.txt's "9月30日"
        ("2025-10", "demands", "US", "1"),
        ("2025-10", "leverage", "China", "1"),  # c.txt's "on Thursday" = 2025-10-30
        ("2025-11", "demands", "US", "1"),
        ("2025-12", "threatens", "US", "1"),  # e.txt's "12月30日" in a 2026 article
        ("2026-01", "demands", "US", "1"),
    ]
    china = query_file(dated, "timeline", {"actor": "中國", "issue": "rare-earths"})
    assert _rows(china, "month", "relation", "claims") == [("2025-09", "leverage", "2"), ("2025-10", "leverage", "1")]
    soy = query_file(dated, "timeline", {"issue": "soybeans"})
    assert _rows(soy, "month", "relation", "side", "claims") == [
        ("2025-10", "demands", "US", "1"),
        ("2025-11", "demands", "US", "1"),
        ("2026-01", "demands", "US", "1"),
    ]


def test_leverage_between_two_days(dated: Path) -> None:
    r = query_file(dated, "leverage-between", {"actor": "China", "since": "2025-09-25", "until": "2025-10-31"})
    assert _rows(r, "issue", "claims", "first", "last") == [
        ("https://w3id.org/chouma/id/issue/rare-earths", "2", "2025-09-30", "2025-10-30")
    ]
    everything = query_file(dated, "leverage-between", {"actor": "China"})
    assert _rows(everything, "claims", "first", "last") == [("3", "2025-09-20", "2025-10-30")]
    assert query_file(dated, "leverage-between", {"since": "2025-11-01"}).rows == []
    with pytest.raises(QueryError, match="is not a day such as"):
        query_file(dated, "leverage-between", {"since": "2025-13-01"})


def test_claims_carry_xsd_date_and_undated_documents_none(dated: Path) -> None:
    g = Graph().parse(dated)
    claims = {c for cls in (CM.Leverage, CM.Demand, CM.Threat, CM.Statement) for c in g.subjects(RDF.type, cls)}
    undated = {c for c in claims if (c, DCTERMS.date, None) not in g}
    assert [str(g.value(c, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))) for c in undated] == [
        "https://w3id.org/chouma/id/doc/d"
    ]
    days = [g.value(c, DCTERMS.date) for c in claims - undated]
    assert all(isinstance(d, Literal) and d.datatype == XSD_DATE for d in days)
    conforms, report = validate(dated)
    assert conforms, report


def test_shapes_refuse_a_claim_date_that_is_not_an_xsd_date(dated: Path, tmp_path: Path) -> None:
    g = Graph().parse(dated)
    claim = next(iter(g.subjects(RDF.type, CM.Threat)))
    g.set((claim, DCTERMS.date, Literal("30 December")))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    conforms, report = validate(bad)
    assert not conforms and "dcterms:date" in report


def test_build_since_until_keeps_the_documents_of_a_period(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in CORPUS.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    period = ["--since", "2025-10-01", "--until", "2025-11-30"]
    res = runner.invoke(app, ["build", str(src), "-o", str(out), "-j", "1", *period])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("2 documents")  # b and c; the undated d is left out
    r = query_file(out / "graph.ttl", "claims-per-document")
    assert sorted(row["document"].value.rsplit("/", 1)[1] for row in r.rows) == ["b", "c"]
    bad = runner.invoke(app, ["build", str(src), "-o", str(out), "--since", "2025-10-41"])
    assert bad.exit_code == 2 and "is not a day such as 2025-10-01" in bad.output
    backwards = ["--since", "2025-11-01", "--until", "2025-10-01"]
    reversed_ = runner.invoke(app, ["build", str(src), "-o", str(out), *backwards])
    assert reversed_.exit_code == 2 and "is after --until" in reversed_.output
    empty = runner.invoke(app, ["build", str(src), "-o", str(out), "-j", "1", "--since", "2027-01-01"])
    assert empty.exit_code == 2 and "no document dated from 2027-01-01" in empty.output
    assert "Traceback" not in bad.output + reversed_.output + empty.output
