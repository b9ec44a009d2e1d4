"""Chinese actor and role recognition on short texts written for these tests.

Each text exercises one structure (title + name + Latin name, affiliation +
title + name, former officials, 兼 chains, organisations in 「」 and 《》,
later short mentions, typo variants, speakers of speech verbs, sides, generic
references that are not actors) in mainland Simplified, Taiwan Traditional or
Hong Kong Traditional style. People named here are invented unless the
lexicon knows them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.mentions import ActorIndex
from kg.extract.zh_actors import find_actors
from kg.model import Document
from kg.textnorm import zh_script


def actors_of(text: str, lex) -> ActorIndex:  # type: ignore[no-untyped-def]
    return find_actors(Document(id="t", text=text, lang=zh_script(text)), lex)


def summary(index: ActorIndex) -> dict[str, tuple[str, str, list[str]]]:
    return {k: (a.type, a.side, a.names) for k, a in index.actors.items()}


def roles(index: ActorIndex, key: str) -> list[tuple[str, str | None, bool]]:
    return [(r.title, r.of, r.former) for r in index.actors[key].roles]


def spans_text(index: ActorIndex, text: str, key: str) -> list[str]:
    return [text[s.start : s.end] for s in index.spans if s.key == key]


def test_title_name_and_latin_name_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國國土安全部長諾姆（Kristi Noem）週二表示，美方將加強邊境管制。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "person:诺姆": ("Person", "US", ["諾姆"]),
        "state/us": ("State", "US", ["美國", "美方"]),
    }
    assert idx.actors["person:诺姆"].latin == "Kristi Noem"
    assert roles(idx, "person:诺姆") == [("國土安全部長", "state/us", False)]


def test_latin_name_links_a_variant_to_the_known_person_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國國防部長海格塞思（Pete Hegseth）表示，美方不會退讓。"
    idx = actors_of(text, lex)
    assert idx.actors["person/pete-hegseth"].names == ["海格塞思"]
    assert [k for k, a in idx.actors.items() if a.type == "Person"] == ["person/pete-hegseth"]


def test_affiliation_title_name_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "复旦大学国际问题研究院副院长吴心怡认为，双方仍有对话空间。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "org:复旦大学": ("Organization", "Other", ["复旦大学"]),
        "person:吴心怡": ("Person", "Other", ["吴心怡"]),
    }
    assert roles(idx, "person:吴心怡") == [("副院长", "org:复旦大学", False)]


def test_former_official_of_a_third_country_hk(lex) -> None:  # type: ignore[no-untyped-def]
    text = "前英國首相約翰遜（Boris Johnson）昨日在倫敦對傳媒表示，西方不應低估北京的決心。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        # (the Latin gloss names the lexicon's Boris Johnson: one person across languages)
        "person/boris-johnson": ("Person", "Other", ["約翰遜"]),
        "state/uk": ("State", "Other", ["英國"]),
        "state/china": ("State", "China", ["北京"]),
    }
    assert roles(idx, "person/boris-johnson") == [("首相", "state/uk", True)]


def test_former_us_diplomat_is_us_side_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "前美國駐華大使館政治參事石凱文（Kevin Stone）認為，華府不會輕易讓步。"
    idx = actors_of(text, lex)
    assert idx.actors["person:石凯文"].side == "US"
    # the US Embassy in China is a body of the lexicon (session 17): the title is its
    assert roles(idx, "person:石凯文") == [("政治參事", "org/us-embassy-china", True)]
    assert spans_text(idx, text, "state/us") == ["華府"]


def test_title_chain_with_jian_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "自然资源部副部长兼新闻发言人赵志明在发布会上表示，相关措施将依法实施。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "org:自然资源部": ("Organization", "China", ["自然资源部"]),
        "person:赵志明": ("Person", "China", ["赵志明"]),
    }
    assert roles(idx, "person:赵志明") == [
        ("副部长", "org:自然资源部", False),
        ("新闻发言人", "org:自然资源部", False),
    ]


def test_title_chain_with_enumeration_comma_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中共中央政治局委员、国务院副总理何立峰与美国财长贝森特、商务部长卢特尼克举行视频通话。"
    idx = actors_of(text, lex)
    assert roles(idx, "person/he-lifeng") == [
        ("政治局委员", "org/ccp", False),
        ("副总理", "state/china", False),
    ]
    assert roles(idx, "person/scott-bessent") == [("财长", "state/us", False)]
    assert roles(idx, "person/howard-lutnick") == [("商务部长", "state/us", False)]
    assert "org/us-treasury" not in idx.actors  # 美国财|长: the title wins


def test_org_in_corner_quotes_after_type_noun_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國智庫「新美國安全中心」（CNAS）資深研究員柯文遠指出，晶片管制仍是華府的王牌。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "org:新美国安全中心": ("Organization", "Other", ["新美國安全中心"]),
        "person:柯文远": ("Person", "Other", ["柯文遠"]),
        "state/us": ("State", "US", ["美國", "華府"]),
    }
    assert idx.actors["org:新美国安全中心"].latin == "CNAS"
    assert roles(idx, "person:柯文远") == [("資深研究員", "org:新美国安全中心", False)]


def test_media_in_double_angle_quotes_but_not_laws_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "据《东方快报》报道，有关部门正依据《中华人民共和国出口管制法》审查相关申请。"
    idx = actors_of(text, lex)
    assert idx.actors["org:东方快报"].type == "Organization"
    assert not any("管制法" in k for k in idx.actors)


def test_short_form_links_to_full_transliterated_name_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國商務部副部長威廉·肯特（William Kent）週三抵達台北。肯特表示，雙方將討論供應鏈合作。"
    idx = actors_of(text, lex)
    key = "person:威廉·肯特"
    assert summary(idx)[key] == ("Person", "US", ["威廉·肯特", "肯特"])
    assert roles(idx, key) == [("副部長", "org/us-commerce", False)]
    assert spans_text(idx, text, key) == ["威廉·肯特", "肯特"]


def test_typo_variant_of_one_person_merges_hk(lex) -> None:  # type: ignore[no-untyped-def]
    text = "香港中文大學商學院教授黃子強對傳媒表示，關稅休戰未必持久。黃梓強又說，內地仍握有稀土這張牌。"
    idx = actors_of(text, lex)
    persons = {k: a for k, a in idx.actors.items() if a.type == "Person"}
    assert list(persons) == ["person:黄子强"]
    assert persons["person:黄子强"].names == ["黃子強", "黃梓強"]
    assert roles(idx, "person:黄子强") == [("教授", "org:香港中文大学", False)]
    assert idx.actors["state/china"].names == ["內地"]
    assert "state/hong-kong" not in idx.actors  # 香港 is part of the university's name


def test_speaker_after_quote_hk(lex) -> None:  # type: ignore[no-untyped-def]
    text = "「關稅戰沒有贏家」，梁嘉欣說。分析人士認為，他說的只是外界的普遍看法。"
    idx = actors_of(text, lex)
    assert summary(idx) == {"person:梁嘉欣": ("Person", "Other", ["梁嘉欣"])}


def test_side_words_tw_hk_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "陸方要求美方撤銷限制，華府則回應稱，中方須先兌現承諾；內地媒體亦有評論。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "state/china": ("State", "China", ["陸方", "中方", "內地"]),
        "state/us": ("State", "US", ["美方", "華府"]),
    }
    assert [text[s.start : s.end] for s in idx.spans] == ["陸方", "美方", "華府", "中方", "內地"]


def test_generic_references_and_cities_are_not_actors_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "雙方官員在日內瓦舉行會談，分析人士指出，兩國都不願讓步，外界關注後續發展。"
    assert summary(actors_of(text, lex)) == {}


def test_capital_as_place_vs_capital_acting_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "代表团抵达华盛顿后举行会谈。华盛顿随后要求北京作出更多让步。"
    idx = actors_of(text, lex)
    assert spans_text(idx, text, "state/us") == ["华盛顿"]
    assert idx.spans[0].start == text.index("华盛顿随后")


def test_every_span_cuts_a_name_of_its_actor(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國財政部長斯科特·貝森特（Scott Bessent）與中國副總理何立峰會面後，貝森特表示會談富有成果。"
    idx = actors_of(text, lex)
    for s in idx.spans:
        assert text[s.start : s.end] in idx.actors[s.key].names
    assert idx.actors["person/scott-bessent"].names == ["斯科特·貝森特", "貝森特"]
    assert idx.actors["person/scott-bessent"].latin == "Scott Bessent"
    assert roles(idx, "person/he-lifeng") == [("副總理", "state/china", False)]


def test_output_is_deterministic(lex) -> None:  # type: ignore[no-untyped-def]
    text = "前美國駐華大使館政治參事石凱文（Kevin Stone）認為，華府不會輕易讓步。「關稅戰沒有贏家」，梁嘉欣說。"
    a, b = actors_of(text, lex), actors_of(text, lex)
    assert a == b


@pytest.fixture(scope="module")
def seed_index(seed_file: Path, lex) -> tuple[str, ActorIndex]:  # type: ignore[no-untyped-def]
    from kg.ingest import read_path

    doc = next(iter(read_path(seed_file)))
    return doc.text, find_actors(doc, lex)


def test_seed_article_actors_and_roles(seed_index) -> None:  # type: ignore[no-untyped-def]
    text, idx = seed_index
    assert roles(idx, "person/scott-bessent")[0] == ("財政部長", "state/us", False)
    assert ("駐華大使", "state/us", True) in roles(idx, "person/nicholas-burns")
    assert "李成剛" in idx.actors["person/li-chenggang"].names  # the typo variant, merged
    zhu = [a for a in idx.actors.values() if a.names[0] == "朱志群"]
    assert len(zhu) == 1 and zhu[0].side == "Other"
    assert [(r.title, r.of) for r in zhu[0].roles] == [("國際關係教授", "org:巴克内尔大学")]
    assert idx.actors["org:巴克内尔大学"].latin == "Bucknell University"
    lin = next(a for a in idx.actors.values() if a.names[0] == "林漢昇")
    assert [(r.title, r.of) for r in lin.roles] == [("中國主管", "org/asia-group")]
    for name in ("帕克策略", "投資百科", "亞德尼研究公司"):
        assert any(a.names[0] == name and a.type == "Organization" for a in idx.actors.values())
    assert not any(a.names[0] in ("日內瓦", "吉隆坡", "習特會") for a in idx.actors.values())
    for s in idx.spans:
        assert text[s.start : s.end] in idx.actors[s.key].names


def test_organisation_as_speaker_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中国半导体行业协会表示，将密切关注有关措施。这家公司表示，将遵守规定。有关部门表示，正在评估。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "org:中国半导体行业协会": ("Organization", "Other", ["中国半导体行业协会"]),
    }


def test_common_noun_after_state_belongs_to_the_name_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國企業研究所指出，關稅將推高物價。美國巴克內爾大學教授王大明表示，情況複雜。"
    idx = actors_of(text, lex)
    orgs = sorted(a.names[0] for a in idx.actors.values() if a.type == "Organization")
    assert orgs == ["巴克內爾大學", "美國企業研究所"]
    assert spans_text(idx, text, "state/us") == ["美國"]  # only the second, a place word


def test_title_after_a_known_name_hk(lex) -> None:  # type: ignore[no-untyped-def]
    text = "習近平主席強調，雙方應加強溝通。"
    idx = actors_of(text, lex)
    assert roles(idx, "person/xi-jinping") == [("主席", "state/china", False)]


def test_no_names_from_idioms_or_forms_of_address_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "常规来说，关税会转嫁给消费者。王先生表示，生意越来越难做。李女士说，她已经习惯了。"
    assert summary(actors_of(text, lex)) == {}


def test_posting_is_not_the_owner_and_city_names_start_universities_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中国驻美国大使谢锋表示，双方应管控分歧。北京大学国际关系学院教授钱立群认为，谈判仍有空间。"
    idx = actors_of(text, lex)
    assert roles(idx, "person/xie-feng") == [("驻美国大使", "state/china", False)]
    assert roles(idx, "person:钱立群") == [("教授", "org:北京大学", False)]
    assert "state/us" not in idx.actors  # 驻美国: where he is posted, kept in the title


def test_adverb_after_a_two_character_name_hk(lex) -> None:  # type: ignore[no-untyped-def]
    text = "「談判很艱難」，丁榮還表示，雙方仍有分歧。"
    assert summary(actors_of(text, lex)) == {"person:丁荣": ("Person", "Other", ["丁榮"])}


def test_former_white_house_official_and_a_chair_with_two_fields_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "前白宮國家經濟會議主任柯恩（Gary Cohn）說，關稅戰沒有贏家。"
        "戰略與國際研究中心（CSIS）中國商業與經濟講座主任甘文德（Tom Kendall）指出，協議只是暫時止血。"
    )
    idx = actors_of(text, lex)
    assert idx.actors["person:柯恩"].side == "US"
    assert roles(idx, "person:柯恩") == [("主任", "org/us-nec", True)]  # the council the lexicon knows
    assert idx.actors["person:甘文德"].side == "Other"
    assert roles(idx, "person:甘文德") == [("中國商業與經濟講座主任", "org/csis", False)]
    assert "state/china" not in idx.actors  # 中國 names the chair's field


def test_speaker_with_occasion_before_the_verb_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "方啟明在接受本報採訪時表示，情況複雜。陳立凡在記者會上指出，不會讓步。張大同在北京。"
    idx = actors_of(text, lex)
    persons = sorted(a.names[0] for a in idx.actors.values() if a.type == "Person")
    assert persons == ["方啟明", "陳立凡"]


def test_name_glossed_with_a_latin_person_name_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "前官員指出，魏思遠（Walter Weston）認為情況複雜。輝達最新晶片（Blackwell Ultra）仍受限。"
    idx = actors_of(text, lex)
    assert summary(idx) == {
        "org/nvidia": ("Organization", "Other", ["輝達"]),
        "person:魏思远": ("Person", "Other", ["魏思遠"]),
    }
    assert idx.actors["person:魏思远"].latin == "Walter Weston"


def test_org_by_ending_mid_clause_with_state_word_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中國光伏產業協會週四發表聲明，批評歐方的調查。"
    idx = actors_of(text, lex)
    assert idx.actors["org:中国光伏产业协会"].names == ["中國光伏產業協會"]
    assert "state/china" not in idx.actors


def test_nested_chain_uncommon_surname_and_media_object_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中國社會科學院亞太與全球戰略研究院研究員籍明遠對海峽新聞網表示，出口管制難以奏效。"
    idx = actors_of(text, lex)
    assert roles(idx, "person:籍明远") == [("研究員", "org:中国社会科学院", False)]
    assert idx.actors["org:海峡新闻网"].type == "Organization"
    assert sorted(k for k in idx.actors if k.startswith("org:")) == ["org:中国社会科学院", "org:海峡新闻网"]


def test_committee_of_a_legislature_is_one_name_tw(lex) -> None:  # type: ignore[no-untyped-def]
    text = "眾議院中美科技競爭特別委員會主席柯文德（Dale Corwin）表示，將舉行聽證。"
    idx = actors_of(text, lex)
    org = "org:众议院中美科技竞争特别委员会"
    assert idx.actors[org].side == "US"
    assert roles(idx, "person:柯文德") == [("主席", org, False)]


def test_titles_without_a_state_take_the_implied_one_tw(lex) -> None:  # type: ignore[no-untyped-def]
    idx = actors_of("總統賴清德週一表示，將與各方溝通。行政院長卓榮泰隨後稱，預算已經到位。", lex)
    assert roles(idx, "person/lai-ching-te") == [("總統", "state/taiwan", False)]
    assert roles(idx, "person:卓荣泰") == [("行政院長", "state/taiwan", False)]
    idx = actors_of("總統川普週五表示，關稅將維持不變。", lex)
    assert roles(idx, "person/donald-trump") == [("總統", "state/us", False)]


def test_media_quoted_or_reporting_are_organisations_hk(lex) -> None:  # type: ignore[no-untyped-def]
    text = "據東方時報報導，談判再度延期。南海之聲記者注意到，港口吞吐量回落。"
    idx = actors_of(text, lex)
    assert {"org:东方时报", "org:南海之声"} <= set(idx.actors)


def test_companies_in_a_deng_list_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    text = "包括华辰微电、启明精工和宝马等企业都受到冲击。"
    idx = actors_of(text, lex)
    assert {"org:华辰微电", "org:启明精工", "org/bmw"} <= set(idx.actors)
    assert all(a.type == "Organization" for a in idx.actors.values())


def test_university_with_city_prefix_and_no_verb_names_mainland(lex) -> None:  # type: ignore[no-untyped-def]
    idx = actors_of("柏林自由大学教授贺兰（Karl Heller）认为，欧洲需要自主。", lex)
    assert roles(idx, "person:贺兰") == [("教授", "org:柏林自由大学", False)]
    # a verb before 委員會 is no organisation's name; 今次學會 is "learned"
    idx = actors_of("他曾主持委员会的工作。北京今次学会了对方的打法。", lex)
    assert not [k for k, a in idx.actors.items() if a.type == "Organization"]


def test_firm_named_in_transliteration_with_a_middle_dot_tw(lex) -> None:  # type: ignore[no-untyped-def]
    # a middle dot before a new organisation's name (not a known person's): no crash, one firm
    index = actors_of("前商務部官員、艾登‧蘭卡律師事務所(Aidan Lanka LLP)合夥人表示，談判陷入僵局。", lex)
    firms = [a.names for a in index.actors.values() if a.type == "Organization"]
    assert any("蘭卡律師事務所" in n for names in firms for n in names)


def test_full_width_latin_names_are_known_names(lex) -> None:  # type: ignore[no-untyped-def]
    """Hong Kong wire copy types Latin names full width (ＴｉｋＴｏｋ): the same actor as TikTok."""
    index = actors_of("美國總統特朗普１５日表示，中方已批准ＴｉｋＴｏｋ交易。", lex)
    assert {"org/tiktok", "person/donald-trump"} <= set(index.actors)


def test_a_list_of_brands_is_a_list_of_organisations(lex) -> None:  # type: ignore[no-untyped-def]
    """Latin names of up to three words and Chinese names with their Latin name in brackets."""
    text = "網民號召抵制H&M、Nike、New Balance 、Converse等品牌。部長會見了3M、陶氏(Dow)、默克(Merck)等美企代表。"
    index = actors_of(text, lex)
    names = {a.names[0] for a in index.actors.values() if a.type == "Organization"}
    assert {"H&M", "Nike", "New Balance", "Converse", "3M", "陶氏", "默克"} <= names


# -- a bare name after a fuller name that ends with it names the same body ----------------------
TAIL = [
    # Taiwan: the US department named in full, then bare
    ("美國商務部週五公布新規。商務部表示，新規將於下月生效。", "org/us-commerce", ["美國商務部", "商務部"]),
    # the abbreviated country prefix is the same body (data: an alias)
    ("美商务部批准出口许可。商务部官员称，审查仍在进行。", "org/us-commerce", ["美商务部", "商务部"]),
    # mainland: the bare name first is China's ministry, whatever follows
    ("商务部新闻发言人表示，美国商务部的做法违反规则。", "org/mofcom", ["商务部"]),
    # China's ministry named in full after the US one: the bare name follows the latest
    ("美國商務部上月加強管制。中國商務部隨即回應，商務部發言人說將採取措施。", "org/mofcom", ["中國商務部", "商務部"]),
]


@pytest.mark.parametrize(("text", "key", "mentions"), TAIL)
def test_bare_name_takes_the_body_of_the_fuller_name_before_it(text: str, key: str, mentions: list[str], lex) -> None:  # type: ignore[no-untyped-def]
    idx = actors_of(text, lex)
    assert spans_text(idx, text, key) == mentions


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("華為首席財務長孟晚舟週二在溫哥華出庭。", "person/meng-wanzhou", "首席財務長"),
        ("台積電營運長魏建國表示，訂單仍然強勁。", "person:魏建国", "營運長"),
    ],
)
def test_company_officer_titles_tw(text: str, key: str, title: str, lex) -> None:  # type: ignore[no-untyped-def]
    idx = actors_of(text, lex)
    assert [r.title for r in idx.actors[key].roles] == [title]
