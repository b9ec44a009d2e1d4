"""Chinese claim extraction (kg/extract/zh_claims.py) through the full zh extractor.

Every text here was written for these tests, in the styles of mainland wire
copy (Simplified), Taiwan papers and Hong Kong papers (Traditional); none is
taken from an article. Each exercises one sentence structure and asserts the
exact claims it yields.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.ingest import split_sentences
from kg.model import ClaimMention, Document
from kg.textnorm import detect_lang

CN, US = "state/china", "state/us"


def claims_of(text: str, lex) -> list[ClaimMention]:  # type: ignore[no-untyped-def]
    doc = Document(id="t", text=text, lang=detect_lang(text), sentences=split_sentences(text))
    out = extract(doc, lex).claims
    for c in out:  # evidence is always one exact sentence of the document
        assert c.sentence in doc.sentences
        assert doc.text[c.sentence.start : c.sentence.end] == c.sentence.text
    return out


def rows(claims: list[ClaimMention], kind: str) -> set[tuple[str | None, ...]]:
    return {(c.actor, c.target, c.issue, c.phrase) for c in claims if c.kind == kind}


# ---- leverage ---------------------------------------------------------------


def test_chip_is_item_and_list_continues_across_sentences(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "分析人士指出，中方手中最有力的筹码是稀土。北京近年不断收紧相关出口审批。"
        "其次是对美国大豆的采购，这直接影响美国农业州。"
    )
    assert rows(claims_of(text, lex), "Leverage") == {
        (CN, US, "rare-earths", "稀土"),
        (CN, US, "soybeans", "对美国大豆的采购"),
    }


def test_item_before_chip_noun_taiwan_style(lex) -> None:  # type: ignore[no-untyped-def]
    text = "學者認為，對美國而言，黃豆訂單正是北京手中最有力的王牌。"
    assert rows(claims_of(text, lex), "Leverage") == {(CN, US, "soybeans", "黃豆訂單")}


def test_item_before_with_named_target(lex) -> None:  # type: ignore[no-untyped-def]
    text = "報道指，稀土出口許可就是北京向白宮施壓的籌碼。"
    [c] = [c for c in claims_of(text, lex) if c.kind == "Leverage"]
    assert (c.actor, c.issue, c.phrase) == (CN, "rare-earths", "稀土出口許可")
    assert c.target is not None and c.target != US  # the White House, named in the text


def test_weaponize_and_use_as_tool(lex) -> None:  # type: ignore[no-untyped-def]
    text = "華府早已將晶片出口管制武器化。北京則把稀土當成施壓工具。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (US, CN, "semiconductors", "晶片出口管制"),
        (CN, US, "rare-earths", "稀土"),
    }


def test_hand_list_is_split_into_items(lex) -> None:  # type: ignore[no-untyped-def]
    text = "一位学者说，美方手里有关税和出口管制，中方手里是稀土与市场准入。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (US, CN, "tariffs", "关税"),
        (US, CN, "export-controls", "出口管制"),
        (CN, US, "rare-earths", "稀土"),
        (CN, US, "market-access", "市场准入"),
    }


def test_another_card_and_first_second_list(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美方的另一张牌是实体清单。中方的筹码同样不少。首先是稀土。其次是不可靠实体清单。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (US, CN, "entity-list", "实体清单"),
        (CN, US, "rare-earths", "稀土"),
        (CN, US, "unreliable-entity-list", "不可靠实体清单"),
    }


# ---- demands ----------------------------------------------------------------


def test_demand_list_one_claim_per_item(lex) -> None:  # type: ignore[no-untyped-def]
    text = "在與中國的談判中，美方的訴求包括：開放金融市場、停止產業補貼，以及擴大採購美國大豆。"
    assert rows(claims_of(text, lex), "Demand") == {
        (US, CN, "market-access", "開放金融市場"),
        (US, CN, "structural-reform", "停止產業補貼"),
        (US, CN, "soybeans", "擴大採購美國大豆"),
    }


def test_urge_and_require_with_addressee(lex) -> None:  # type: ignore[no-untyped-def]
    text = "商务部敦促美方立即取消单边加征的关税，并要求美方将中国企业移出实体清单。"
    got = claims_of(text, lex)
    demands = {(c.target, c.issue, c.phrase) for c in got if c.kind == "Demand"}
    assert demands == {
        (US, "tariffs", "立即取消单边加征的关税"),
        (US, "entity-list", "将中国企业移出实体清单"),
    }
    assert {c.actor for c in got if c.kind == "Demand"} == {"org/mofcom"} or all(
        c.actor in ("org/mofcom", CN) for c in got if c.kind == "Demand"
    )


def test_two_demanded_actions_joined_by_enumeration_comma(lex) -> None:  # type: ignore[no-untyped-def]
    text = "北京一再要求華府放寬高階晶片出口限制、將中國企業移出實體清單。"
    assert rows(claims_of(text, lex), "Demand") == {
        (CN, US, "semiconductors", "放寬高階晶片出口限制"),
        (CN, US, "entity-list", "將中國企業移出實體清單"),
    }


def test_wish_needs_an_addressee(lex) -> None:  # type: ignore[no-untyped-def]
    text = "特朗普表示希望中国尽快增加大豆采购。特朗普希望谈判顺利。"
    trump = "person/donald-trump"
    assert rows(claims_of(text, lex), "Demand") == {(trump, CN, "soybeans", "尽快增加大豆采购")}


def test_exchange_gives_leverage_and_demand(lex) -> None:  # type: ignore[no-untyped-def]
    text = "評論認為，華府試圖以放寬晶片管制換取北京的稀土供應。"
    got = claims_of(text, lex)
    assert rows(got, "Leverage") == {(US, CN, "semiconductors", "放寬晶片管制")}
    assert rows(got, "Demand") == {(US, CN, "rare-earths", "北京的稀土供應")}


# ---- threats ----------------------------------------------------------------


def test_threat_verb_with_condition_and_two_steps(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "特朗普周五威胁，如果中方继续限制稀土出口，"
        "美国将对所有中国商品加征200%的关税，并取消中国学生签证。"
    )
    got = {(c.actor, c.target, c.issue) for c in claims_of(text, lex) if c.kind == "Threat"}
    assert got == {
        ("person/donald-trump", CN, "tariffs"),
        ("person/donald-trump", CN, "visas"),
    }


def test_conditional_threat_without_threat_verb(lex) -> None:  # type: ignore[no-untyped-def]
    text = "外交部發言人表示，如果美方執意升級制裁，中方必將採取堅決反制措施。"
    got = [c for c in claims_of(text, lex) if c.kind == "Threat"]
    assert [(c.actor, c.target, c.issue) for c in got] == [(CN, US, "countermeasures")]
    assert "反制措施" in got[0].phrase


def test_threat_noun_is_not_a_threat(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美国官员认为，中国的稀土管制构成威胁。"
    assert [c for c in claims_of(text, lex) if c.kind == "Threat"] == []


def test_threat_with_subject_before_condition(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美国贸易代表格里尔在接受采访时警告，中国如果不履行采购承诺，将面临更高关税。"
    got = [c for c in claims_of(text, lex) if c.kind == "Threat"]
    assert [(c.actor, c.target, c.issue, c.phrase) for c in got] == [
        ("person/jamieson-greer", CN, "tariffs", "面临更高关税")
    ]


def test_should_in_reported_speech_is_a_demand_on_the_other_side(lex) -> None:  # type: ignore[no-untyped-def]
    text = "王毅指出，美方應停止制裁中國企業。學者表示，台灣必須留意談判走向。"
    assert rows(claims_of(text, lex), "Demand") == {
        ("person/wang-yi", US, "sanctions", "停止制裁中國企業")
    }


def test_advantage_and_tool_with_yi_and_no_question_items(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "學者指出，美國最大的優勢在於先進晶片。北京可能以暫停採購波音客機作為籌碼。"
        "那麼中國的籌碼是什麼？"
    )
    assert rows(claims_of(text, lex), "Leverage") == {
        (US, CN, "semiconductors", "先進晶片"),
        (CN, US, "aircraft", "暫停採購波音客機"),
    }


# ---- statements -------------------------------------------------------------


def test_quote_after_speech_verb(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國財政部長貝森特週三對記者表示：「我們不會在晶片問題上讓步。」"
    [c] = [c for c in claims_of(text, lex) if c.kind == "Statement"]
    assert (c.actor, c.quote) == ("person/scott-bessent", "我們不會在晶片問題上讓步。")


def test_quote_then_pronoun_attribution(lex) -> None:  # type: ignore[no-untyped-def]
    text = "前副部長王受文認為，談判仍有空間。「雙方都需要下台階，」他說。"
    [c] = [c for c in claims_of(text, lex) if c.kind == "Statement"]
    assert (c.actor, c.quote) == ("person/wang-shouwen", "雙方都需要下台階")


def test_quote_then_named_attribution_hong_kong_style(lex) -> None:  # type: ignore[no-untyped-def]
    text = "「北京已準備好打持久戰，」美國國務卿盧比奧表示。"
    [c] = [c for c in claims_of(text, lex) if c.kind == "Statement"]
    assert (c.actor, c.quote) == ("person/marco-rubio", "北京已準備好打持久戰")


def test_short_quote_after_criticism_but_not_scare_quotes(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "特朗普公開批評何立峰「毫無誠意」。"
        "雙方隨後達成了「初步共識」，並把文件稱作「路線圖」的一部分。"
    )
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/donald-trump", "毫無誠意")]


def test_quoted_organisation_name_is_a_speaker_not_a_quote(lex) -> None:  # type: ignore[no-untyped-def]
    text = "研究機構「彼得森國際經濟研究所」（PIIE）評論，北京的回應「比市場預期溫和得多」。"
    got = [(c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == ["比市場預期溫和得多"]


def test_no_speaker_no_claim(lex) -> None:  # type: ignore[no-untyped-def]
    text = "有評論認為：「這只是一次休戰。」外界普遍把這視為最大的籌碼。"
    assert claims_of(text, lex) == []


# ---- the seed article ---------------------------------------------------------


@pytest.fixture(scope="module")
def seed_claims(seed_file, lex):  # type: ignore[no-untyped-def]
    from kg.ingest import read_path

    doc = next(iter(read_path(seed_file)))
    return doc, extract(doc, lex)


def test_seed_china_rare_earth_leverage_with_its_sentence(seed_claims) -> None:  # type: ignore[no-untyped-def]
    doc, ex = seed_claims
    lev = [
        c for c in ex.claims if c.kind == "Leverage" and c.actor == CN and c.issue == "rare-earths"
    ]
    assert lev, "China's rare-earth leverage not found"
    first = min(lev, key=lambda c: c.sentence.start)
    assert first.target == US
    assert doc.text[first.sentence.start : first.sentence.end] == first.sentence.text
    assert "籌碼" in first.sentence.text and first.phrase in first.sentence.text


def test_seed_demand_lists_and_threats(seed_claims) -> None:  # type: ignore[no-untyped-def]
    _doc, ex = seed_claims
    us_demands = {c.issue for c in ex.claims if c.kind == "Demand" and c.actor == US}
    cn_demands = {c.issue for c in ex.claims if c.kind == "Demand" and c.actor == CN}
    assert {"tiktok", "fentanyl", "rare-earths", "agriculture"} <= us_demands
    assert {"tariffs", "fair-competition"} <= cn_demands
    threats = {(c.actor, c.issue) for c in ex.claims if c.kind == "Threat"}
    assert ("person/donald-trump", "tariffs") in threats


def test_seed_statements_have_named_speakers(seed_claims) -> None:  # type: ignore[no-untyped-def]
    _doc, ex = seed_claims
    speakers = {c.actor for c in ex.claims if c.kind == "Statement"}
    assert {"person/scott-bessent", "person/marco-rubio", "person/li-chenggang"} <= speakers
    for c in ex.claims:
        if c.kind == "Statement":
            assert c.quote and c.quote.split(" ")[0] in _doc.text


def test_output_is_deterministic(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中方的訴求包括：降低關稅、放寬晶片出口管制。美方手裡有關稅和實體清單。"
    assert claims_of(text, lex) == claims_of(text, lex)


# ---- generalisation: statements -------------------------------------------------


def test_speech_verb_inside_a_noun_is_no_attribution(lex) -> None:  # type: ignore[no-untyped-def]
    # 問 in 問題 and 道 in 一道 are no speech verbs; the speaker stays the minister
    text = "王毅對布林肯說，南海問題是雙方之間的一道難題，「美方不應插手」。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/wang-yi", "美方不應插手")]


def test_pronoun_speaker_far_ahead_of_the_quote(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "美國財政部長貝森特週二受訪。他指出，華府去年收緊了晶片出口，北京的回應則轉向稀土，"
        "「雙方都在找對方的軟肋」。"
    )
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/scott-bessent", "雙方都在找對方的軟肋")]


def test_short_quote_closing_reported_speech_of_a_person(lex) -> None:  # type: ignore[no-untyped-def]
    text = "盧比奧強調，恢復兩國軍事對話「非常必要」。北京強調「自力更生」。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/marco-rubio", "非常必要")]


def test_coordinated_speech_verb_keeps_the_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    text = "习近平对来访的布林肯说，“中美应当相互尊重”，又称“合作是唯一正确的选择”。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/xi-jinping", "中美应当相互尊重 合作是唯一正确的选择")] or got == [
        ("person/xi-jinping", "中美应当相互尊重"),
        ("person/xi-jinping", "合作是唯一正确的选择"),
    ]


def test_asked_about_clause_names_no_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    text = "特朗普被問及是否信任習近平時回答：「我們的關係非常好。」"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/donald-trump", "我們的關係非常好。")]


def test_announcement_speaks_for_its_issuer(lex) -> None:  # type: ignore[no-untyped-def]
    text = "商務部週五發布公告，對稀土相關技術實施出口管制。公告稱，此舉是為了「履行防擴散等國際義務」。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("org/mofcom", "履行防擴散等國際義務")]


# ---- generalisation: threats ------------------------------------------------------


def test_pronoun_threat_whose_step_is_the_consequence_subject(lex) -> None:  # type: ignore[no-untyped-def]
    text = "商務部前官員王受文週一受訪。他警告，若華府繼續擴大晶片管制，北京的反制措施將會升級。"
    got = [(c.actor, c.target, c.phrase) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got == [("person/wang-shouwen", US, "反制措施將會升級")]


def test_threat_with_may_and_cut_off_supplies(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國商務部長週三警告，華為若再違反禁令，美方可隨時切斷其晶片供應。"
    got = [(c.actor, c.issue) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got and all(a in ("org/us-commerce", US) for a, _ in got)
    assert any("切斷" in c.phrase for c in claims_of(text, lex) if c.kind == "Threat")


def test_threatened_side_named_in_its_own_step_is_no_target(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國擴大晶片管制後，商務部發言人揚言中方將「採取必要措施」。"
    got = [(c.actor, c.target) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got == [("org/mofcom", US)]


def test_concession_is_no_threatened_step(lex) -> None:  # type: ignore[no-untyped-def]
    text = "特朗普揚言，无论谁收购TikTok，财政部都要分一杯羹。"
    assert [c for c in claims_of(text, lex) if c.kind == "Threat"] == []


def test_ready_to_take_measures_is_a_consequence(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中国商务部发言人警告，若美方一意孤行，中方随时准备采取必要措施。"
    got = [(c.actor, c.target) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got == [("org/mofcom", US)]


# ---- generalisation: demands ------------------------------------------------------


def test_demand_after_reported_speech_belongs_to_the_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    text = "外交部發言人毛寧表示，美方一再濫用出口管制，「這是典型的經濟脅迫」，敦促美方停止打壓中國企業。"
    [(actor, target, _issue, phrase)] = rows(claims_of(text, lex), "Demand")
    assert actor not in (US, CN) and ("mfa" in actor or "毛" in actor or "mao" in actor)
    assert (target, phrase) == (US, "停止打壓中國企業")


def test_series_of_demanded_actions_gives_one_claim_each(lex) -> None:  # type: ignore[no-untyped-def]
    text = "商务部要求美方取消对华加征的关税，停止把中国企业列入实体清单，并说：“合作才是正道。”"
    got = rows(claims_of(text, lex), "Demand")
    assert got == {
        ("org/mofcom", US, "tariffs", "取消对华加征的关税"),
        ("org/mofcom", US, "entity-list", "停止把中国企业列入实体清单"),
    }


def test_should_inside_a_leaders_quote_is_his_demand(lex) -> None:  # type: ignore[no-untyped-def]
    text = "習近平對拜登說，雙方分歧難免，「美方應該停止向台灣出售武器」。"
    got = rows(claims_of(text, lex), "Demand")
    assert got == {("person/xi-jinping", US, "taiwan", "停止向台灣出售武器")}


def test_what_a_side_wants_is_a_demand_but_what_matters_is_not(lex) -> None:  # type: ignore[no-untyped-def]
    text = "一位學者說：「華府要的是北京開放金融市場。重要的是雙方保持溝通。」"
    got = rows(claims_of(text, lex), "Demand")
    assert got == {(US, CN, "market-access", "北京開放金融市場")}


def test_order_to_divest_is_a_demand(lex) -> None:  # type: ignore[no-untyped-def]
    text = "特朗普签署行政令，勒令字节跳动在90天内出售TikTok美国业务。"
    got = [(c.actor, c.issue) for c in claims_of(text, lex) if c.kind == "Demand"]
    assert got == [("person/donald-trump", "tiktok")]


# ---- generalisation: leverage -----------------------------------------------------


def test_chip_in_an_analysts_quote_belongs_to_the_side_it_is_about(lex) -> None:  # type: ignore[no-untyped-def]
    text = "一位學者說：「最有力的王牌還是稀土，這提醒華府，北京手中的籌碼仍然很多。」"
    got = rows(claims_of(text, lex), "Leverage")
    assert got == {(CN, US, "rare-earths", "稀土")}


def test_chip_in_a_quote_naming_both_sides_has_no_guessed_holder(lex) -> None:  # type: ignore[no-untyped-def]
    text = "一位學者說：「真正的王牌是稀土，華府與北京都心知肚明。」"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_showing_a_card_takes_the_sentences_issue(lex) -> None:  # type: ignore[no-untyped-def]
    text = "分析指，北京限制稀土出口，更多是在亮牌。"
    got = rows(claims_of(text, lex), "Leverage")
    assert got == {(CN, None, "rare-earths", "亮牌")}  # no US actor named: no target


def test_holding_a_veto_is_leverage_but_holding_a_meeting_is_not(lex) -> None:  # type: ignore[no-untyped-def]
    text = "评论认为，新规让中方掌握了这笔收购的否决权。美方掌握了会谈的时间表。"
    got = rows(claims_of(text, lex), "Leverage")
    assert got == {(CN, US, None, "这笔收购的否决权")}


def test_dependence_gives_the_supplier_leverage(lex) -> None:  # type: ignore[no-untyped-def]
    text = "報告指出，美國高度依賴中國的稀土加工，短期內難以替代。"
    got = rows(claims_of(text, lex), "Leverage")
    assert got == {(CN, US, "rare-earths", "稀土加工")}


def test_toolbox_needs_a_known_item(lex) -> None:  # type: ignore[no-untyped-def]
    text = "商務部官員稱，中國的工具箱裡還有很多工具。北京的工具箱裡還有稀土出口管制。"
    got = rows(claims_of(text, lex), "Leverage")
    assert {(a, i) for a, _t, i, _p in got} == {(CN, "rare-earths")}


def test_word_ending_in_a_preposition_character_is_no_preposition(lex) -> None:  # type: ignore[no-untyped-def]
    text = "共和黨籍參議員盧比奧直言，北京是最大的對手，「國會必須立即行動」。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/marco-rubio", "國會必須立即行動")]


# ---- scaling --------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "美國財政部長貝森特表示，中方手中的籌碼是稀土，他警告，若北京繼續限制出口，美國將加徵關稅，",
        "美國要求中國如果北京他說警告若將關稅王牌是稀土手中有",  # no punctuation at all
        "「他說」「北京」",  # nothing but quotations
        "他，如果，",  # pronouns and conditions only
    ],
)
def test_claims_of_a_10k_character_sentence_take_well_under_a_second(lex, unit) -> None:  # type: ignore[no-untyped-def]
    import time

    from kg.extract.zh_actors import find_actors
    from kg.extract.zh_claims import find_claims

    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    doc = Document(id="t", text=text, lang="zh-Hant", sentences=split_sentences(text))
    index = find_actors(doc, lex)
    t0 = time.perf_counter()
    find_claims(doc, lex, index)
    assert time.perf_counter() - t0 < 1.0


# ---- issues the lexicon names in any script ------------------------------------------


def test_new_bargaining_items_are_issues_in_both_scripts(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "分析師指出，北京手中的籌碼是銻和稀土。華府手裡有光刻機。"
        "北京要求华府放宽对电动汽车的限制。美方希望中方恢復兩軍對話。"
    )
    got = claims_of(text, lex)
    assert rows(got, "Leverage") == {
        (CN, US, "critical-minerals", "銻"),
        (CN, US, "rare-earths", "稀土"),
        (US, CN, "chipmaking-equipment", "光刻機"),
        # restrictions Beijing asks Washington to ease are in force: Washington's lever
        (US, CN, "electric-vehicles", "电动汽车"),
    }
    assert {(c.actor, c.issue) for c in got if c.kind == "Demand"} == {
        (CN, "electric-vehicles"),
        (US, "military-dialogue"),
    }


def test_second_quote_joined_by_a_connective_keeps_the_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    text = "川普週五在社群平台發文說，他要讓談判「盡快結束」，因為「美國農民等不起」。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [
        ("person/donald-trump", "盡快結束"),
        ("person/donald-trump", "美國農民等不起"),
    ]


def test_reported_future_retaliation_is_a_threat_but_cooperation_is_not(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "美國擴大制裁後，商務部新聞發言人表示，將對美方的做法採取必要的反制措施。"
        "外交部發言人表示，將繼續推動中美合作。"
    )
    got = [(c.actor, c.target, c.issue) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got == [("org/mofcom", US, "countermeasures")]


def test_conditional_offer_to_lower_tariffs_is_no_threat(lex) -> None:  # type: ignore[no-untyped-def]
    text = "知情人士稱，如果中國同意加強芬太尼管制，美國可能把相關關稅從20%調降至10%。"
    assert [c for c in claims_of(text, lex) if c.kind == "Threat"] == []


def test_short_quote_after_another_sources_colon_is_not_the_verbs(lex) -> None:  # type: ignore[no-untyped-def]
    text = "特朗普宣布協議即將達成，商界人士：「仍有變數」\n"
    assert [c for c in claims_of(text, lex) if c.kind == "Statement"] == []


def test_item_becomes_a_named_sides_chip(lex) -> None:  # type: ignore[no-untyped-def]
    text = "分析認為，稀土已經成為中國對美談判的籌碼。這家公司隨即成為貿易談判的籌碼。"
    got = rows(claims_of(text, lex), "Leverage")
    assert got == {(CN, None, "rare-earths", "稀土")}  # the second names no holder


def test_the_side_a_chip_is_used_against_is_not_its_holder(lex) -> None:  # type: ignore[no-untyped-def]
    text = "稀土是北京對付華府的撒手鐧。晶片管制是美國遏制中國的利器。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (CN, US, "rare-earths", "稀土"),
        (US, CN, "semiconductors", "晶片管制"),
    }


def test_retaliation_later_in_the_reported_speech_is_the_speakers_threat(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "美國加徵關稅後，中國商務部回應稱，堅決反對美方的做法，將採取必要措施維護自身權益。"
        "商務部表示，美方違反世貿規則，將採取反制措施。"  # who acts is unclear: nothing
    )
    got = [(c.actor, c.target, c.phrase) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got == [("org/mofcom", US, "採取必要措施維護自身權益")]


def test_should_with_two_actions_gives_two_demands_mainland_style(lex) -> None:  # type: ignore[no-untyped-def]
    text = "外交部发言人王毅表示，美方应当立即纠正错误做法，撤销对中国企业的制裁。"
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text, lex) if c.kind == "Demand"}
    assert got == {
        ("person/wang-yi", US, "立即纠正错误做法"),
        ("person/wang-yi", US, "撤销对中国企业的制裁"),
    }


def test_fight_to_the_end_is_a_threatened_step(lex) -> None:  # type: ignore[no-untyped-def]
    text = "商务部新闻发言人表示，如美方坚持加征关税，中方将奉陪到底。"
    got = [(c.actor, c.target, c.issue) for c in claims_of(text, lex) if c.kind == "Threat"]
    assert got == [(CN, US, "tariffs")]


def test_cards_beyond_a_named_item_but_not_a_count(lex) -> None:  # type: ignore[no-untyped-def]
    text = "有分析人士认为，中方手里的牌远不止稀土。北京手上的牌不止一张。"
    assert rows(claims_of(text, lex), "Leverage") == {(CN, None, "rare-earths", "稀土")}


# ---- recall on other outlets' shapes -----------------------------------------


def test_platform_inside_a_place_frame_is_not_the_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國總統川普在社群平台「真實社群」（Truth Social）上痛批：「北京根本不守信用。」"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/donald-trump", "北京根本不守信用。")]


def test_medium_after_a_means_opener_is_not_the_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國財政部長貝森特透過X平台發文：「談判的大門仍然敞開。」"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person/scott-bessent", "談判的大門仍然敞開。")]


def test_object_of_a_reply_is_not_the_speaker_after_bing(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中國商務部回應美方的最新管制，並強硬表態：「我們必定堅決反擊。」"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("org/mofcom", "我們必定堅決反擊。")]


def test_demand_list_after_a_short_predicate_and_colon(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中國商務部的訴求很明確：取消對華加徵的關稅、放鬆高端晶片出口管制、不再擴大實體清單。"
    assert {(c.actor, c.issue) for c in claims_of(text, lex) if c.kind == "Demand"} == {
        ("org/mofcom", "tariffs"),
        ("org/mofcom", "semiconductors"),
        ("org/mofcom", "entity-list"),
    }


def test_what_one_side_wishes_for_is_a_demand(lex) -> None:  # type: ignore[no-untyped-def]
    text = "北京希望的是华府撤销对华为的制裁。"
    assert rows(claims_of(text, lex), "Demand") == {(CN, US, "huawei", "华府撤销对华为的制裁")}


def test_coordinated_demanded_actions_one_per_item(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美方則要求中方削減對美貿易順差、加大採購美國黃豆，並解決芬太尼問題。"
    assert {c.phrase for c in claims_of(text, lex) if c.kind == "Demand"} == {
        "削減對美貿易順差",
        "加大採購美國黃豆",
        "解決芬太尼問題",
    }


def test_pressing_allies_is_a_demand_on_them(lex) -> None:  # type: ignore[no-untyped-def]
    text = "白宫还将继续施压日本、荷兰等盟友收紧芯片设备出口。华府正拉拢盟友组成统一阵线。"
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text, lex) if c.kind == "Demand"}
    assert ("state/japan", "收紧芯片设备出口") in {(t, p) for _a, t, p in got}
    assert {p for _a, _t, p in got} == {"收紧芯片设备出口", "组成统一阵线"}


def test_instrument_of_coercion_is_leverage(lex) -> None:  # type: ignore[no-untyped-def]
    text = "华府以芯片出口管制要挟北京让步。中国以国家安全为由施压美国企业。"
    got = claims_of(text, lex)
    assert rows(got, "Leverage") == {(US, CN, "semiconductors", "芯片出口管制")}


def test_chip_in_a_quote_belongs_to_the_side_the_sentence_is_about(lex) -> None:  # type: ignore[no-untyped-def]
    text = "對於中國的稀土管制，美國智庫學者陳立中說：「真正的槓桿在於精煉能力。」"
    assert {(c.actor, c.phrase) for c in claims_of(text, lex) if c.kind == "Leverage"} == {
        (CN, "精煉能力")
    }


def test_considered_retaliation_is_a_threat_and_negation_is_not(lex) -> None:  # type: ignore[no-untyped-def]
    text = "北京考慮對美國牛肉、豬肉加徵報復性關稅。中國可能對美國晶片管制採取反制。中國不考慮對美國加徵關稅。"
    got = [(c.actor, c.target, c.issue) for c in claims_of(text, lex) if c.kind == "Threat"]
    # 牛肉、豬肉: one threat per listed thing (the second its own claim)
    assert sorted(got) == [(CN, US, "semiconductors"), (CN, US, "tariffs"), (CN, US, "tariffs")]


def test_what_a_threat_condition_says_the_other_side_fails_to_do_is_a_demand(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國商務部警告，若中方未能在60天內完成供應商核查，相關企業可能被列入實體清單。"
    got = claims_of(text, lex)
    assert rows(got, "Demand") == {("org/us-commerce", CN, None, "在60天內完成供應商核查")}
    assert [c.issue for c in got if c.kind == "Threat"] == ["entity-list"]


def test_short_quote_after_de_closing_a_persons_reported_speech(lex) -> None:  # type: ignore[no-untyped-def]
    text = "復旦大學教授吳心伯說，這項新規讓北京握有「談判主動權」。"
    got = [(c.actor, c.quote) for c in claims_of(text, lex) if c.kind == "Statement"]
    assert got == [("person:吴心伯", "談判主動權")]
    # three characters in quotes are a term, not words said
    term = "復旦大學教授吳心伯說，這項新規讓北京握有談判的「主動權」。"
    assert [c for c in claims_of(term, lex) if c.kind == "Statement"] == []
    scare = "復旦大學教授吳心伯說，這就是美方所謂的「去風險化」。"
    assert [c for c in claims_of(scare, lex) if c.kind == "Statement"] == []


# ---- implied leverage: weak spots, chokeholds, coercion, deployed instruments ----


def test_weak_spot_of_one_side_is_the_other_sides_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "華府智庫報告認為，高階晶片是中國的軟肋。北京則指出，美國的命門在於稀土供應。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (US, CN, "semiconductors", "高階晶片"),
        (CN, US, "rare-earths", "稀土供應"),
    }


def test_weak_spot_without_named_item_or_side_is_no_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美中談判代表都在尋找對方的軟肋。中國學者說，美國的軟肋不只一處。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_choke_with_instrument(lex) -> None:  # type: ignore[no-untyped-def]
    text = "评论认为，美国企图用芯片出口管制卡住中国的脖子。"
    assert rows(claims_of(text, lex), "Leverage") == {(US, CN, "semiconductors", "芯片出口管制")}


def test_choke_without_instrument_or_body_word_is_no_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美国的货轮在港口卡住中国的航道。中国掐指一算，美国的库存还够三个月。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_instrument_used_to_force_concession(lex) -> None:  # type: ignore[no-untyped-def]
    text = "外媒分析，北京藉稀土出口管制逼華府讓步。"
    assert rows(claims_of(text, lex), "Leverage") == {(CN, US, "rare-earths", "稀土出口管制")}
    text = "外媒分析，北京藉由大豆採購逼使華府讓步。"
    assert rows(claims_of(text, lex), "Leverage") == {(CN, US, "soybeans", "大豆採購")}


def test_bare_bi_without_target_is_no_coercion(lex) -> None:  # type: ignore[no-untyped-def]
    text = "分析指，中國以稀土加工技術逼近美國的產業水平。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_deployed_instrument_for_countermeasure(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美方宣布新關稅後，中國隨即祭出稀土出口管制反制美國。"
    # the tariffs already announced are the US's lever too (a step taken is leverage: shared/gold/README.md)
    assert rows(claims_of(text, lex), "Leverage") == {
        (CN, US, "rare-earths", "稀土出口管制"),
        (US, CN, "tariffs", "關稅"),
    }


def test_deployed_means_without_purpose_or_issue_is_no_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中國祭出稀土新規，業界關注。美國動用各種手段反制。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_listed_as_chip(lex) -> None:  # type: ignore[no-untyped-def]
    text = "據報道，北京已將暫停採購黃豆列為回應美國的籌碼。"
    assert rows(claims_of(text, lex), "Leverage") == {(CN, US, "soybeans", "暫停採購黃豆")}


def test_listed_without_chip_noun_is_no_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "據報道，北京已將黃豆列為重點進口商品。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_issue_played_as_card(lex) -> None:  # type: ignore[no-untyped-def]
    # the card keeps its 牌 (稀土牌, as the text names it); 這張牌 is no part of the thing held
    text = "觀察人士認為，北京若再打出稀土牌，華府將難以招架。美國手上則還有晶片這張牌。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (CN, US, "rare-earths", "稀土牌"),
        (US, CN, "semiconductors", "晶片"),
    }


def test_card_word_in_licence_or_without_card_verb_is_no_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "中國向美國企業發放稀土牌照。北京的稀土牌價格上漲。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_dependence_on_other_side_before_verb(lex) -> None:  # type: ignore[no-untyped-def]
    text = "報告指出，美國國防工業對中國的稀土嚴重依賴。"
    assert rows(claims_of(text, lex), "Leverage") == {(CN, US, "rare-earths", "稀土")}


def test_dependence_on_own_side_is_no_lever(lex) -> None:  # type: ignore[no-untyped-def]
    text = "報告指出，美國農民對美國的大豆補貼嚴重依賴。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_chip_by_means_of_and_as_chip_with_wei(lex) -> None:  # type: ignore[no-untyped-def]
    text = "華府試圖透過關稅迫使中國讓步。北京則以稀土為籌碼，逼美方放寬管制。"
    assert rows(claims_of(text, lex), "Leverage") == {
        (US, CN, "tariffs", "關稅"),
        (CN, US, "rare-earths", "稀土"),
    }


def test_pretext_with_wei_is_no_chip(lex) -> None:  # type: ignore[no-untyped-def]
    text = "美國以國家安全為由，將多家中國企業列入清單。"
    assert rows(claims_of(text, lex), "Leverage") == set()


def test_possessed_instrument_chokes_other_side(lex) -> None:  # type: ignore[no-untyped-def]
    text = "分析認為，美國的晶片禁令已卡住中國的脖子。"
    assert rows(claims_of(text, lex), "Leverage") == {(US, CN, "semiconductors", "晶片禁令")}
