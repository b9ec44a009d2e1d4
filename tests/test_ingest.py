"""Tests of kg.ingest: formats, encodings, the seed header and feed split, sentences, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import DecodeError, InputError, MalformedLineError, NoDocumentsError
from kg.ingest import (
    MAX_FILE_BYTES,
    decode_bytes,
    iter_documents,
    read_path,
    slug_id,
    split_sentences,
    unwrap,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_98150218013cadcf.txt"
DATA = Path(__file__).resolve().parent / "data" / "ingest"

ZH_HANT = "美國與中國的談判陷入僵局，雙方都在尋找新的籌碼。「我們不會讓步。」一位官員說。\n第二段。"
ZH_HANS = "美国与中国的谈判陷入僵局，双方都在寻找新的筹码。“我们不会让步。”一位官员说。\n第二段。"


def texts(sentences: list) -> list[str]:
    return [s.text for s in sentences]


# ---------------------------------------------------------------------------
# sentences


def check_offsets(text: str, sentences: list) -> None:
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_split_chinese_terminators_and_ellipsis() -> None:
    text = "甲方提出要求。乙方拒絕了！會談還會繼續嗎？沒有人知道……  \n  新的一段開始了"
    sents = split_sentences(text)
    assert texts(sents) == [
        "甲方提出要求。",
        "乙方拒絕了！",
        "會談還會繼續嗎？",
        "沒有人知道……",
        "新的一段開始了",
    ]
    check_offsets(text, sents)
    assert (sents[4].start, sents[4].end) == (text.index("新的"), len(text))


def test_split_english_abbreviations_and_decimals() -> None:
    text = (
        "Mr. Smith met Ms. Lee on Oct. 26 in the U.S. capital. "
        "Tariffs fell to 7.5 percent, said Donald J. Trump. Dr. Wu disagreed! "
        "Was it No. 3? Yes. He is the No. 2 official. China said no. Talks ended."
    )
    sents = split_sentences(text)
    assert texts(sents) == [
        "Mr. Smith met Ms. Lee on Oct. 26 in the U.S. capital.",
        "Tariffs fell to 7.5 percent, said Donald J. Trump.",
        "Dr. Wu disagreed!",
        "Was it No. 3?",
        "Yes.",
        "He is the No. 2 official.",
        "China said no.",  # "no." ends a sentence: a number sign only before a number
        "Talks ended.",
    ]
    check_offsets(text, sents)


def test_split_quotes_keep_sentences_whole() -> None:
    text = "他說：「A。B。」接著散會。「C。」他說。「D！」「E。」"
    sents = split_sentences(text)
    assert texts(sents) == ["他說：「A。B。」", "接著散會。", "「C。」他說。", "「D！」", "「E。」"]
    check_offsets(text, sents)


def test_split_english_quotes() -> None:
    text = 'He said: "We will win. They will lose." Then he left. "Stop!" she said. “Go.” Fine.'
    sents = split_sentences(text)
    assert texts(sents) == [
        'He said: "We will win. They will lose."',
        "Then he left.",
        '"Stop!" she said.',
        "“Go.”",
        "Fine.",
    ]
    check_offsets(text, sents)


def test_split_newline_closes_an_unclosed_quote() -> None:
    text = "他說：「第一段沒有收尾。\n第二段。"
    assert texts(split_sentences(text)) == ["他說：「第一段沒有收尾。", "第二段。"]


def test_split_window_offsets_into_whole_text() -> None:
    text = "前言。正文第一句。正文第二句。後記。"
    start = text.index("正文")
    end = text.index("後記")
    sents = split_sentences(text, start, end)
    assert [(s.start, s.end, s.text) for s in sents] == [
        (3, 9, "正文第一句。"),
        (9, 15, "正文第二句。"),
    ]


def test_split_skips_empty() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\u3000 \n") == []


# ---------------------------------------------------------------------------
# encodings


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (ZH_HANT.encode("utf-8"), ZH_HANT),
        (b"\xef\xbb\xbf" + ZH_HANT.encode("utf-8"), ZH_HANT),
        (ZH_HANT.encode("utf-16"), ZH_HANT),  # with BOM (little endian here)
        (b"\xfe\xff" + ZH_HANT.encode("utf-16-be"), ZH_HANT),
        (ZH_HANT.encode("utf-16-le"), ZH_HANT),  # no BOM: NUL pattern of the ASCII/newline
        (ZH_HANT.encode("utf-16-be"), ZH_HANT),
        (ZH_HANT.encode("big5"), ZH_HANT),
        (ZH_HANT.encode("gb18030"), ZH_HANT),
        (ZH_HANS.encode("gb18030"), ZH_HANS),
        (ZH_HANS.encode("gbk"), ZH_HANS),
        # every byte pair is also valid Big5 (as rare characters): frequency decides
        ("的一是不了我在有他这中大".encode("gbk"), "的一是不了我在有他这中大"),
        (
            "Plain English, with a newline.\r\nSecond line.".encode("utf-16-le"),
            "Plain English, with a newline.\nSecond line.",
        ),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16be-bom",
        "utf16le-nobom",
        "utf16be-nobom",
        "big5",
        "gb18030-hant",
        "gb18030-hans",
        "gbk",
        "gbk-also-big5",
        "utf16le-english-crlf",
    ],
)
def test_decode_bytes(encoded: bytes, expected: str) -> None:
    assert decode_bytes(encoded, "x.txt") == expected


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "big5", "gb18030"]
)
def test_read_file_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "稿件.txt"
    p.write_bytes(ZH_HANT.encode(encoding))
    (doc,) = read_path(p)
    assert doc.text == ZH_HANT
    assert doc.lang == "zh-Hant"
    assert texts(doc.sentences) == [
        "美國與中國的談判陷入僵局，雙方都在尋找新的籌碼。",
        "「我們不會讓步。」一位官員說。",
        "第二段。",
    ]


def test_simplified_text_language(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(ZH_HANS.encode("gb18030"))
    (doc,) = read_path(p)
    assert doc.lang == "zh-Hans"


def test_decode_errors_name_file_and_encodings(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    with pytest.raises(
        DecodeError, match=r"^pic\.txt: binary data \(PNG image\).*tried utf-8.*big5.*gb18030"
    ):
        decode_bytes(png, "pic.txt")
    with pytest.raises(DecodeError, match=r"^junk\.txt: cannot decode.*tried utf-8.*gb18030"):
        decode_bytes(b"\x80\xff\x80\xff abc \xff\x80", "junk.txt")
    with pytest.raises(DecodeError, match=r"^nul\.bin: binary data \(NUL bytes\)"):
        decode_bytes(b"\x00\x00\x00\x01\x02\x03\x00\x00\xff\x00\x10\x00\x00\x00", "nul.bin")
    p = tmp_path / "image.txt"
    p.write_bytes(png)
    with pytest.raises(DecodeError, match=re.escape(str(p))):
        list(read_path(p))


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    for name, data in [
        ("empty.txt", b""),
        ("blank.txt", b" \n\t\r\n  "),
        ("blank16.txt", " \n ".encode("utf-16")),
    ]:
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(InputError, match=re.escape(f"{p}: file is empty")):
            list(read_path(p))


def test_file_over_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: no disk used
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(
        InputError,
        match=r"huge\.txt: file is 52428801 bytes, over the limit of 52428800 bytes \(50 MiB\)",
    ):
        list(read_path(p))


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=re.escape(f"{missing}: no such file or directory")):
        list(read_path(missing))
    with pytest.raises(InputError, match="no such file or directory"):
        list(iter_documents([missing]))


def test_directory_without_documents(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "sub").mkdir()
    with pytest.raises(NoDocumentsError, match=re.escape(f"no readable documents in {tmp_path}")):
        list(iter_documents([tmp_path]))


# ---------------------------------------------------------------------------
# formats


def test_plain_text_file() -> None:
    (doc,) = read_path(DATA / "plain.txt")
    assert (doc.id, doc.title, doc.date, doc.source, doc.lang) == ("plain", "", None, None, "en")
    assert doc.text == "Trade officials met on Monday. They agreed to meet again."
    assert texts(doc.sentences) == ["Trade officials met on Monday.", "They agreed to meet again."]
    assert doc.path == str(DATA / "plain.txt")


def test_markdown_title() -> None:
    (doc,) = read_path(DATA / "notes.md")
    assert doc.id == "notes"
    assert doc.title == "Soybean purchases resume"
    assert doc.text.startswith("# Soybean purchases resume\n\nOfficials from both sides")
    assert texts(doc.sentences) == [
        "# Soybean purchases resume",
        "Officials from both sides met in Geneva on Tuesday.",
        "Mr. Smith said talks went well.",
        "A second paragraph follows here.",
    ]


def test_html_article_text_only() -> None:
    (doc,) = read_path(DATA / "page.html")
    assert doc.id == "page"
    assert doc.title == "關稅談判再起波瀾"
    assert doc.date == "2024-03-05"
    assert doc.source == "範例日報"
    assert doc.url == "https://news.example.org/a/123"
    assert doc.text == (
        "關稅談判再起波瀾\n"
        "甲國商務部長週二表示，雙方將在下月恢復談判。\n"
        "他說：「我們準備好了。」分析人士認為 局勢仍然緊張。"
    )
    for hidden in (
        "trackingSecret",
        "secret-style",
        "腳本文字",
        "選單",
        "首頁",
        "訂閱",
        "熱門",
        "版權",
    ):
        assert hidden not in doc.text
    assert doc.lang == "zh-Hant"


def test_html_body_without_article_and_time_element(tmp_path: Path) -> None:
    p = tmp_path / "b.htm"
    p.write_text(
        "<html><body><nav>Home | World</nav><h1>Headline here</h1>"
        "<div role='navigation'>Skip me</div>"
        "<p>First para.<br>Same para, new line.</p>"
        "<p><time datetime='2023-07-01'>July 1</time> Second.</p>"
        "<noscript>Enable JS</noscript></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_path(p)
    assert doc.title == "Headline here"
    assert doc.date == "2023-07-01"
    assert doc.text == "Headline here\nFirst para.\nSame para, new line.\nJuly 1 Second."


def test_jsonl_documents() -> None:
    docs = list(read_path(DATA / "articles.jsonl"))
    assert [d.id for d in docs] == ["wire-1-" + docs[0].id.rsplit("-", 1)[1], "articles-3"]
    first, second = docs
    assert (first.title, first.date, first.url, first.source, first.lang) == (
        "First item",
        "2024-01-02",
        "https://example.org/1",
        "Example Wire",
        "en",
    )
    assert texts(first.sentences) == [
        "Exports rose 7.5 percent in May.",
        "Analysts were surprised.",
    ]
    assert (second.text, second.title, second.date, second.lang) == (
        "第二篇稿件的內容。",
        "",
        None,
        "zh-Hant",
    )


def test_jsonl_malformed_line_and_skip_bad(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(
        '{"text": "Good one."}\n'
        "{not json\n"
        '{"title": "no text"}\n'
        "[1, 2]\n"
        '{"text": "Good two.", "title": 3.5}\n'
        '{"text": "Good three."}\n',
        encoding="utf-8",
    )
    with pytest.raises(MalformedLineError, match=re.escape(f"{p}:2: not valid JSON")):
        list(read_path(p))
    skipped: list[str] = []
    docs = list(iter_documents([p], skip_bad=True, skipped=skipped))
    assert [(d.id, d.text) for d in docs] == [("feed-1", "Good one."), ("feed-6", "Good three.")]
    assert skipped == [
        f"{p}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{p}:3: missing or empty "text" field',
        f"{p}:4: expected a JSON object, got list",
        f'{p}:5: field "title" must be a string',
    ]


def test_skip_bad_files_in_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(InputError, match=r"b\.txt: file is empty"):
        list(iter_documents([tmp_path]))
    skipped: list[str] = []
    docs = list(iter_documents([tmp_path], skip_bad=True, skipped=skipped))
    assert [d.id for d in docs] == ["a"]
    assert skipped == [
        f"{tmp_path / 'b.txt'}: file is empty",
        f"{tmp_path / 'c.txt'}: binary data (PNG image), not text (tried {ingest._TRIED})",
    ]
    (tmp_path / "a.txt").unlink()
    skipped.clear()
    with pytest.raises(NoDocumentsError, match=r"\(2 skipped\)"):
        list(iter_documents([tmp_path], skip_bad=True, skipped=skipped))


def test_iter_documents_walks_sorted_and_recursive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Alpha.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Beta.", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "新聞 稿.txt").write_text("中文檔名。", encoding="utf-8")
    odd = tmp_path / "notes.dat"
    odd.write_text("Explicit file of unknown type.", encoding="utf-8")
    gen = iter_documents([tmp_path, odd, tmp_path / "a.txt"])
    assert iter(gen) is gen  # a generator: nothing is read before it is asked for
    docs = list(gen)
    ids = [d.id for d in docs]
    assert ids == ["a", "b--z", "b", slug_id("新聞 稿"), "notes", "a-2"]
    assert [d.text for d in docs] == [
        "Alpha.",
        "Zed.",
        "Beta.",
        "中文檔名。",
        "Explicit file of unknown type.",
        "Alpha.",
    ]
    # deterministic
    assert [d.id for d in iter_documents([tmp_path, odd, tmp_path / "a.txt"])] == ids


def test_slug_id() -> None:
    assert slug_id("000_98150218013cadcf") == "000_98150218013cadcf"
    assert slug_id("Report-2024.v2") == "Report-2024.v2"
    cjk = slug_id("新聞 稿")
    assert re.fullmatch(r"xin-wen-gao-[0-9a-f]{8}", cjk)
    assert slug_id("新聞 稿") == cjk  # stable
    assert slug_id("新聞/稿") != cjk  # lost characters differ -> hash differs
    assert re.fullmatch(r"Cafe-note-[0-9a-f]{8}", slug_id("Café note"))
    assert re.fullmatch(r"doc-[0-9a-f]{8}", slug_id("！？"))
    for name in ("a b", "x/y", "é", "「」", "../up", "a" * 200):
        assert re.fullmatch(r"[A-Za-z0-9._-]+", slug_id(name))


# ---------------------------------------------------------------------------
# header line and feed split


def test_header_line(tmp_path: Path) -> None:
    p = tmp_path / "h.txt"
    p.write_text("  date 2024-02-03 一個標題：測試\n正文第一句。\n正文第二句。\n", encoding="utf-8")
    (doc,) = read_path(p)
    # the headline is text the article says: it stays the text's first line (its claims have evidence)
    assert (doc.date, doc.title, doc.text) == (
        "2024-02-03",
        "一個標題：測試",
        "一個標題：測試\n正文第一句。\n正文第二句。",
    )
    assert doc.sentences[0] == split_sentences(doc.text)[0]
    assert doc.sentences[0].text == "一個標題：測試"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "美國總統川普週一表示，中國必須停止限制稀土出口。他說，美方不會讓步。",
            "美國總統川普週一表示，中國必須停止限制稀土出口。",
        ),
        (
            "The US and China agreed to cut tariffs on Monday. Officials said the truce would last 90 days.",
            "The US and China agreed to cut tariffs on Monday.",
        ),
    ],
    ids=["zh", "en"],
)
def test_header_line_holding_the_lead_paragraph(tmp_path: Path, first: str, title: str) -> None:
    """Stored pages put the article's first paragraph on the date line: it is text, not only a title."""
    p = tmp_path / "lead.txt"
    p.write_text(f" date 2025-10-13 {first}\n\nSecond paragraph.\n", encoding="utf-8")
    (doc,) = read_path(p)
    assert (doc.date, doc.title) == ("2025-10-13", title)
    assert doc.text == f"{first}\n\nSecond paragraph."


FEED_PAGE = """date 2024-05-06 主文章標題
主文章第一段。甲國表示將提高關稅。
主文章第二段。
其他人也在看
第一則標題
第一則內容講的是天氣。範例晨報 ・ 3 小時前
第二則標題
第二則內容非常長但被截斷在這裡範例晨報 ・ 5 小時前
第三則：重複的標題
第三則：重複的標題範例電視台 ・ 1 天前
第四則標題
範例網記者王小明／台北報導 內容提到一些事情的發展範例網 ・ 20 分鐘前
Fifth headline
Officials met again... Example Wire ・ 2 hours ago
頁尾的無關文字
"""


def test_feed_split_on_own_page(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(FEED_PAGE, encoding="utf-8")
    docs = list(read_path(p))
    main, *items = docs
    assert main.id == "page"
    assert (main.date, main.title, main.source) == ("2024-05-06", "主文章標題", None)
    assert main.text == "主文章標題\n主文章第一段。甲國表示將提高關稅。\n主文章第二段。"
    assert [(d.id, d.title, d.source, d.date) for d in items] == [
        ("page-feed-1", "第一則標題", "範例晨報", "2024-05-06"),
        ("page-feed-2", "第二則標題", "範例晨報", "2024-05-06"),
        ("page-feed-3", "第三則：重複的標題", "範例電視台", "2024-05-06"),
        ("page-feed-4", "第四則標題", "範例網", "2024-05-06"),
        ("page-feed-5", "Fifth headline", "Example Wire", "2024-05-06"),
    ]
    assert [d.text for d in items] == [
        "第一則標題\n第一則內容講的是天氣。",
        "第二則標題\n第二則內容非常長但被截斷在這裡",
        "第三則：重複的標題",
        "第四則標題\n範例網記者王小明／台北報導 內容提到一些事情的發展",
        "Fifth headline\nOfficials met again...",
    ]
    assert items[4].lang == "en"
    # facts of a feed item are not in the main article
    assert "天氣" not in main.text
    for d in docs:
        check_offsets(d.text, d.sentences)


def test_no_feed_split_without_marker(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_text("標題\n一段文字範例晨報 ・ 3 小時前\n", encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.text == "標題\n一段文字範例晨報 ・ 3 小時前"


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def test_seed_main_document() -> None:
    docs = list(read_path(SEED))
    main = docs[0]
    lines = seed_lines()
    assert main.id == "000_98150218013cadcf"
    assert main.date == "2025-10-29"
    assert main.title == lines[0].split("2025-10-29 ", 1)[1].strip()
    marker = lines.index("其他人也在看")
    assert main.text == main.title + "\n" + "\n".join(lines[1:marker]).strip()  # the headline is text too
    assert "其他人也在看" not in main.text
    assert main.source is None
    assert main.lang == "zh-Hant"
    check_offsets(main.text, main.sentences)
    assert len(main.sentences) > 20


def test_seed_feed_items() -> None:
    docs = list(read_path(SEED))
    lines = seed_lines()
    marker = lines.index("其他人也在看")
    trailer = re.compile(r" ・ \d+ (小時前|分鐘前)$")
    trailer_lines = [ln for ln in lines[marker + 1 :] if trailer.search(ln)]
    assert len(trailer_lines) == 20
    items = docs[1:]
    assert len(items) == 20
    assert [d.id for d in items] == [f"000_98150218013cadcf-feed-{n}" for n in range(1, 21)]
    # each item is a title line followed by one body line that ends with the trailer
    for k, item in enumerate(items):
        title_line = lines[marker + 1 + 2 * k]
        body_line = lines[marker + 2 + 2 * k]
        assert item.title == title_line
        assert item.date == "2025-10-29"
        assert item.source and body_line.endswith(
            f"{item.source} ・ " + body_line.rsplit(" ・ ", 1)[1]
        )
        check_offsets(item.text, item.sentences)
    # outlets that follow a full stop: exactly the text after it
    for k in (0, 1, 2, 5, 9):
        pre = lines[marker + 2 + 2 * k].rsplit(" ・ ", 1)[0]
        assert items[k].source == pre.rsplit("。", 1)[1]
        assert items[k].text == lines[marker + 1 + 2 * k] + "\n" + pre[: -len(items[k].source)]
    # an outlet glued to a cut-off sentence, known from another item of the page
    assert items[8].source == items[0].source
    # outlets after an ellipsis
    assert (
        items[3].source
        == items[4].source
        == lines[marker + 2 + 6].rsplit(" ・ ", 1)[0].rsplit("...", 1)[1]
    )


def test_feed_marker_in_english(tmp_path: Path) -> None:
    p = tmp_path / "en.txt"
    p.write_text(
        "The main story. It has two sentences.\nMore stories\n"
        "A headline\nA body... Some Outlet ・ 4 hours ago\n",
        encoding="utf-8",
    )
    main, item = read_path(p)
    assert main.text == "The main story. It has two sentences."
    assert (item.id, item.title, item.source, item.text) == (
        "en-feed-1",
        "A headline",
        "Some Outlet",
        "A headline\nA body...",
    )


def test_seed_outlets_glued_to_cut_snippets() -> None:
    from kg.lexicon import load

    outlets = {t.text for t in load().cues("news-outlet")}
    docs = list(read_path(SEED))
    lines = seed_lines()
    marker = lines.index("其他人也在看")
    for k in (6, 10):  # snippets cut mid-word with the outlet glued on: known outlet names
        pre = lines[marker + 2 + 2 * k].rsplit(" ・ ", 1)[0]
        source = docs[1 + k].source
        assert source in outlets
        assert pre.endswith(source)
        assert docs[1 + k].text.endswith(pre[: -len(source)][-5:])
    # a byline at the start of the body names the outlet glued to the end
    byline_item = docs[13]
    assert byline_item.text.split("\n")[1].startswith(f"{byline_item.source}記者")
    # the body repeats the title: the outlet is what follows the title
    repeated = docs[8]
    assert repeated.text == repeated.title
    assert lines[marker + 2 + 14].rsplit(" ・ ", 1)[0] == repeated.title + repeated.source


def test_feed_marker_from_ontology(tmp_path: Path) -> None:
    # "相關報導" is only in ontology/cues-ingest.ttl, not in the module's fallback list
    assert "相關報導" not in ingest.DEFAULT_FEED_MARKERS
    p = tmp_path / "r.txt"
    p.write_text("主文。\n相關報導\n另一則\n內文。某某日報 ・ 2 天前\n", encoding="utf-8")
    main, item = read_path(p)
    assert main.text == "主文。"
    assert (item.title, item.text, item.source) == ("另一則", "另一則\n內文。", "某某日報")


def test_feed_outlet_from_gazetteer(tmp_path: Path) -> None:
    p = tmp_path / "g.txt"
    p.write_text(
        "主文。\n延伸閱讀\n一則標題\n一段被截斷的內容中廣新聞網 ・ 2 小時前\n"
        "另一則標題\n另一段內容\n德國之聲 ・ 1 小時前\n",
        encoding="utf-8",
    )
    _, first, second = read_path(p)
    assert (first.source, first.text) == ("中廣新聞網", "一則標題\n一段被截斷的內容")
    # the outlet on a line of its own after title and body lines
    assert (second.source, second.text) == ("德國之聲", "另一則標題\n另一段內容")


def test_header_only_file(tmp_path: Path) -> None:
    p = tmp_path / "h.txt"
    p.write_text(" date 2024-01-01 Only a title\n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"h\.txt: file is empty \(a header line but no text\)"):
        list(read_path(p))


def test_html_declared_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
        "<title>標題</title></head><body><main><p>"
        + ZH_HANT.split("\n")[0]
        + "</p></main></body></html>"
    )
    p = tmp_path / "b5.html"
    p.write_bytes(html.encode("big5"))
    (doc,) = read_path(p)
    assert doc.text == ZH_HANT.split("\n")[0]
    assert doc.title == "標題"
    # a declaration that does not fit the bytes is ignored: UTF-8 is read as UTF-8
    p.write_bytes(html.encode("utf-8"))
    (doc,) = read_path(p)
    assert doc.text == ZH_HANT.split("\n")[0]


def test_jsonl_lone_surrogate_escape_is_replaced(tmp_path: Path) -> None:
    p = tmp_path / "s.jsonl"
    p.write_text('{"text": "Bad \\ud800 char. Next.", "title": "T\\udfff"}\n', encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.text == "Bad \ufffd char. Next."
    assert doc.title == "T\ufffd"
    assert texts(doc.sentences) == ["Bad \ufffd char.", "Next."]
    doc.text.encode("utf-8")  # writable downstream


def _wrapped(text: str, width: int, blank: int) -> str:
    """``text``'s paragraphs cut into lines of ``width`` characters, as fixed-width wire copy is typed."""
    paras = []
    for para in text.split("\n"):
        paras.append(("\n" * (blank + 1)).join(para[i : i + width] for i in range(0, len(para), width)))
    return ("\n" * (blank + 3)).join(paras)


WIRE = (
    "據新華社引述中國商務部國際貿易談判代表兼副部長李成鋼１５日表示，中美雙方就以合作方式妥善解決有關問題、"
    "減少投資障礙、促進經貿合作等達成了基本框架共識，雙方將繼續保持溝通。\n"
    "「中方之所以同意與美方達成相關共識，是因為我們經過評估判斷，這種共識符合雙方的利益。」李成鋼表示。"
    "雙方團隊將繼續保持密切溝通，就相關成果文件細節進行磋商，並各自履行國內批准程序。\n"
    "李成鋼還指出，中方注意到，在中美經過一系列經貿磋商之後，美方仍然在不斷擴大對中國實體的制裁清單，"
    "這是典型的單邊霸凌行徑，中方對此堅決反對。"
)


@pytest.mark.parametrize("blank", [0, 1])
def test_hard_wrapped_lines_are_joined_and_paragraphs_kept(blank: int, tmp_path: Path) -> None:
    wrapped = _wrapped(WIRE, 25, blank)
    assert "李成\n" in wrapped  # the wrap cuts the name in two
    assert [p for p in unwrap(wrapped).split("\n") if p] == WIRE.split("\n")
    (tmp_path / "wire.txt").write_text(wrapped, encoding="utf-8")
    doc = next(read_path(tmp_path / "wire.txt"))
    assert any("李成鋼１５日表示" in s.text for s in doc.sentences)
    assert doc.text.startswith(WIRE[:20])  # the wrapped first line is no title


def test_a_wrapped_first_line_with_a_date_is_no_title(tmp_path: Path) -> None:
    wrapped = " date 2025-09-22 " + _wrapped(WIRE, 25, 1)
    (tmp_path / "wire.txt").write_text(wrapped, encoding="utf-8")
    doc = next(read_path(tmp_path / "wire.txt"))
    assert "李成鋼１５日表示" in doc.text


def test_text_not_wrapped_is_unchanged() -> None:
    assert unwrap(WIRE) == WIRE
    text = SEED.read_text(encoding="utf-8")
    assert unwrap(text) == text
