"""Session 23: what the written corpus (corpus/written/, outlets' styles the rules had not seen) showed.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import demands_named, facts

# -- English: what is asked, verb phrase by verb phrase ---------------------------------------------------
# en_claims.split_vps: "to A and to B" repeats the infinitive: two verb phrases, two demands (a phrase
# holding both is as long as a sentence and names nothing); en_claims._demand: "urged X not to …" asks
# X to refrain, and the demand keeps its negation.
EN_DEMANDS = [
    ("Foreign Ministry spokesman Wang Daming said Monday that tariffs would not solve it, and China's Commerce "
     "Ministry urged Washington to correct its wrong practices and to hold frank talks on an equal footing.",
     {("China's Commerce Ministry", "correct its wrong practices"),
      ("China's Commerce Ministry", "hold frank talks on an equal footing")}),
    ("Senator Jane Holloway said talks were hard. She also urged China not to devalue its currency.",
     {("Jane Holloway", "not to devalue its currency")}),
    # en_claims._demand: an addressee no actor names ("pressing her counterparts to …") is the other side;
    # a possessive pronoun owns the one asked and is not asked itself; split_vps: a dash opens an aside
    ("Treasury Secretary Jane Holloway spent a trip to China pressing her counterparts to rein in "
     "industrial overcapacity.", {("Jane Holloway", "rein in industrial overcapacity")}),
    ("Secretary of State Jane Holloway urged American companies to purge untrusted Chinese apps.",
     {("Jane Holloway", "purge untrusted Chinese apps")}),
    ("Jane Holloway urged the government to lift the tariffs.", {("Jane Holloway", "lift the tariffs")}),
    ("President Jane Holloway wants the US Treasury to receive a substantial portion of the price - a condition "
     "that lawyers say has little precedent.",
     {("Jane Holloway", "receive a substantial portion of the price")}),
    # en-reproach-alone: "had not done enough to …" reproaches as "failed to" does; measures.speaker_of: a
    # participle of speech after a comma ("…, saying …") speaks for the sentence's subject, however far back
    ("US Trade Representative Jane Holloway ordered the tariffs over the weekend, saying Beijing had not done "
     "enough to stop fentanyl from reaching the United States.", {("Jane Holloway", "fentanyl")}),
    ("US Trade Representative Jane Holloway said Beijing had done too little to curb fentanyl.",
     {("Jane Holloway", "fentanyl")}),
    # near misses: "to" before a noun phrase is no second infinitive; "not" of the asker's own verb; an
    # unnamed plural before "to" that is no addressee
    ("Senator Jane Holloway urged Beijing to open its market to American banks and to the farmers.",
     {("Jane Holloway", "open its market to American banks and to the farmers")}),
    ("Senator Jane Holloway did not urge Beijing to retaliate.", set()),
    ("Senator Jane Holloway pressed the tariffs to the limit.", set()),
]


# en_claims.threats: a counter-step one is asked not to take (urged Beijing not to retaliate) is nobody's
# threat; near miss: "would not hesitate to retaliate" announces it.
EN_NOT_THREATENED = [
    # measures: a time opening the clause ("On Wednesday it …") stands before the pronoun subject
    ("China warned Taiwan. On Wednesday it suspended imports of citrus fruit from Taiwan.",
     {("Leverage", "state/china", "suspended imports of citrus fruit")}),
    ("China warned Taiwan. On Wednesday it said imports of citrus fruit from Taiwan were rising.", set()),
    ("Senator Jane Holloway urged Beijing not to retaliate against American farmers.",
     {("Demand", "person/Jane-Holloway-dc5589e1", "not to retaliate against American farmers")}),
    ("China said it would not hesitate to retaliate.", {("Threat", "state/china", "retaliate")}),
    # en-threat: "reserved the right to respond" announces a counter-step; en-measure-act: "barred" is a step
    ("The ministry called the shootdown an overreaction and said China reserved the right to respond further.",
     {("Threat", "state/china", "reserved the right to respond further")}),
    ("China said it does not reserve the right to respond.", set()),
    ("The Commerce Department barred American firms from supplying Huawei.",
     # (session 29: what those bound may not do names the company shut out)
     {("Leverage", "org/us-commerce", "barred American firms from supplying Huawei")}),
    ("That sets a high bar for China.", set()),
    # en_claims.leverage: a chip noun's things listed after it ("cards of its own, including A and B", "two
    # cards: A and B") are one chip each
    ("Jane Holloway said Beijing still had cards of its own, including rare earths and approval of mergers.",
     {("Leverage", "state/china", "rare earths"), ("Leverage", "state/china", "approval of mergers")}),
    ("China holds two cards: rare earths and soybeans.",
     {("Leverage", "state/china", "rare earths"), ("Leverage", "state/china", "soybeans")}),
    ("China holds cards, including rare earths.", {("Leverage", "state/china", "rare earths")}),
    # en-enumeration-not: "or more" bounds a quantity, it joins no two things (a tariff of 60% or more on …)
    ("US Trade Representative Jane Holloway has floated tariffs of 60% or more on all Chinese imports.",
     {("Threat", "person/Jane-Holloway-dc5589e1", "tariffs of 60% or more on all Chinese imports")}),
    ("China banned exports of gallium or germanium.",
     {("Leverage", "state/china", "gallium"), ("Leverage", "state/china", "germanium")}),
    # en-measure-threat: a measure pledged or promised is announced, a threat (not only "pledged to")
    ("US Trade Representative Jane Holloway pledged a 60% tariff on Chinese imports.",
     {("Threat", "state/us", "60% tariff on Chinese imports")}),
    ("China imposed the tariffs it had promised.", {("Leverage", "state/china", "tariffs")}),
    # measures.candidate: a tariff on a long list of goods is one claim, with the goods the lexicon knows as
    # issues of their own; a short list keeps a claim per good
    ("China imposed tariffs on US chicken, wheat, corn, cotton, sorghum and soybeans.",
     {("Leverage", "state/china", "tariffs"), ("Leverage", "state/china", "soybeans")}),
    ("China imposed tariffs on US chicken and soybeans.",
     {("Leverage", "state/china", "chicken"), ("Leverage", "state/china", "soybeans")}),
    # en_claims.holder_before: an unnamed subject opening the sentence goes on after ", and", not the
    # object of its first verb; near miss: a named subject
    ("A separate order targets WeChat, the messaging app owned by Tencent, and would ban transactions linked "
     "to it in the US.", set()),
    ("Washington targeted WeChat, the messaging app owned by Tencent, and threatened to ban transactions with "
     "the company.", {("Threat", "state/us", "ban transactions with the company")}),
]


# -- Chinese: a chip seen as such, a step after a condition --------------------------------------------------
# zh_claims._leverage: Y被(外界)視為X(手中)的籌碼 makes Y X's chip (zh-passive-view), the sentence's topic when
# the passive stands in a clause of its own; zh_claims._threats: 就會 after a condition announces the step.
ZH_STEPS = [
    ("稀土被視為中國的談判籌碼。", {("Leverage", "state/china", "稀土")}),
    ("此外，恩智浦收購案，目前仍待北京批准，被外界視為北京手中的籌碼之一。",
     {("Leverage", "state/china", "恩智浦收購案")}),
    # measures: an actor before a condition word (美方如果…) is the topic of the modal clause after it, the
    # one asked, whose measure the demand names; a future step after such a condition stays the speaker's
    ("中國商務部說，美方如果真想解決問題，就應該徹底取消對華所有單邊關稅措施。",
     {("Demand", "org/mofcom", "徹底取消對華所有單邊關稅措施"), ("Leverage", "state/us", "對華所有單邊關稅")}),
    # … and the subject right after the condition word is asked too (如果美方真想…，就應…); zh-demand: 限期X…
    # sets X a deadline to do it
    ("商務部發言人王大明表示，如果美方真想通過對話談判解決問題，就應拿出平等、尊重、互惠的姿態。",
     {("Demand", "person:王大明", "拿出平等、尊重、互惠的姿態")}),
    ("川普表示，如果中國不履行承諾，將加徵關稅。", {("Threat", "person/donald-trump", "加徵關稅")}),
    ("2020年，時任總統特朗普簽署行政令，限期字節跳動出售TikTok美國業務。",
     {("Demand", "person/donald-trump", "出售TikTok美國業務")}),
    ("中方若不照做，華府就會採取行動，保護美國人民。",
     {("Threat", "state/us", "採取行動"), ("Demand", "state/us", "照做")}),
    # zh_claims._ultimatum: the alternative held over what is asked (否則…) is the asker's threat whatever it is;
    # Y要麼A，要麼B set by a speaker: A asked of Y, B threatened
    ("美方要求中方立即停止，否則將失去美國市場。",
     {("Demand", "state/us", "立即停止"), ("Threat", "state/us", "失去美國市場")}),
    ("中方要求美方立即取消關稅，否則中方將採取反制措施。",
     {("Demand", "state/china", "立即取消關稅"), ("Threat", "state/china", "採取反制措施")}),
    ("美國議員王大明說，TikTok要麼同中國共產黨分手，要麼失去美國用戶。",
     {("Demand", "person:王大明", "同中國共產黨分手"), ("Threat", "person:王大明", "失去美國用戶")}),
    # near misses: 否則 with nothing asked before it; one 要麼 alone
    ("中方立即停止了採購，否則將失去美國市場。", set()),
    ("美國議員王大明說，TikTok要麼出售。", set()),
    # zh_claims._leverage: a chip noun opening an enumeration (，一是…，二是…; 有三：首先是…，其次是…) gives one
    # chip per clause an ordinal opens
    ("北京手裡的牌，一是市場，二是稀土。", {("Leverage", "state/china", "市場"), ("Leverage", "state/china", "稀土")}),
    ("中方的籌碼有三：首先是市場，其次是稀土。",
     {("Leverage", "state/china", "市場"), ("Leverage", "state/china", "稀土")}),
    ("北京手裡的牌，一是市場。他說，二是稀土價格上漲。", {("Leverage", "state/china", "市場")}),
    # zh-threat: 保留採取/作出/進一步… reserves a step, a threat; the step reserved, not the right
    ("中國商務部當時表示，中方對此嚴重關切，保留採取措施的權利。", {("Threat", "state/china", "採取措施")}),
    ("中方保留意見。", set()),
    # near misses: seen as something that is no chip; a step ruled out
    ("美國被視為中國的對手。", set()),
    ("中方若不照做，華府也不會採取行動。", {("Demand", "state/us", "照做")}),
]


# -- Chinese: what a side commits to ---------------------------------------------------------------------------
# measures.demand: a clause of time or basis before the wanted action is no part of it (no items 在2020 and
# 2021兩年內); what a side commits to counts when it opens with the verb of a wanted action, even with no
# issue named (額外採購…的美國商品).
ZH_COMMITS = [
    ("美國官員表示，中國承諾在2020、2021兩年內，以2017年為基準，額外採購至少2,000億美元的美國商品與服務。",
     {("Demand", "state/us", "額外採購至少2,000億美元的美國商品與服務")}),
    ("美國官員表示，中國承諾在兩年內，大量採購美國農產品。", {("Demand", "state/us", "農產品")}),
    # the one accused is no subject (zh-oblique 指控; measures._earlier_subject skips a mention after a
    # verb of criticism): the clause after goes on with the sentence's subject
    ("美方10日起把關稅調高到25%，指控北京在談判最後階段反悔，要求中方把承諾寫進法律。",
     {("Demand", "state/us", "把承諾寫進法律"), ("Leverage", "state/us", "關稅")}),
    # a time frame ends in 時 of its own (在…時), not in the 時 of 小時 (hours): 在72小時內 stays with the act;
    # a clause of a noun and its copula after what is asked (期限是…) is a fact, nothing more asked
    ("美國國務院21日要求中國在72小時內關閉駐休士頓總領事館，期限是24日下午4時。",
     {("Demand", "org/state-department", "在72小時內關閉駐休士頓總領事館")}),
    # near misses: a commitment that opens with no wanted action; an asking verb keeps its time phrase
    ("美國官員表示，中國承諾在兩年內，逐步改善雙邊關係。", set()),
    ("中方要求美方在3個月內取消關稅。", {("Demand", "state/china", "在3個月內取消關稅")}),
]


# -- English quotes: who speaks -------------------------------------------------------------------------------
# en-title-head: an apposition headed by specialist, expert, scientist … makes the name before it a person
# (the quote is theirs, not the outlet's they told); en_claims._attribute: ", adding that … “…”" goes on
# with the speaker of the verb before it, not the subject of the words that verb reported.
EN_SPEAKERS = [
    ("\"Beijing is picking the channels Washington cares about most,\" Mathilde Gravier, a China specialist "
     "at the Paris Institute of Asian Studies, told AFP.",
     {("person/Mathilde-Gravier-a905562e", "Beijing is picking the channels Washington cares about most")}),
    ("Pelosi travelled to Taiwan \"in disregard of China's strong opposition\", the foreign ministry said in a "
     "statement, adding that the trip \"gravely undermines China's sovereignty\".",
     {("org/mfa-china", "in disregard of China's strong opposition"),
      ("org/mfa-china", "gravely undermines China's sovereignty")}),
    # near miss: a participle going on from the sentence's own speaker
    ("Jane Holloway said China was cheating, adding that it \"must stop\".",
     {("person/Jane-Holloway-dc5589e1", "must stop")}),
]


# -- Chinese names: where a name ends ---------------------------------------------------------------------------
# zh-name-follow: 發布, 發推, 貼文, 撰文, 致信, 錄製 follow a speaker's name (周受資發布視頻說), so the name
# before them is found and speaks.
ZH_SPEAKERS = [
    ("公司首席執行官王大明發布視頻說：「請放心，我們哪兒也不去。」",
     {("person:王大明", "請放心，我們哪兒也不去。")}),
    ("公司首席執行官王大明致信員工說：「請放心，我們哪兒也不去。」",
     {("person:王大明", "請放心，我們哪兒也不去。")}),
    # zh_actors._name_after_title: a space between a title and a name the colon ends (a sound bite's label);
    # zh_claims._named_colon: the affiliation and title before the space are the label's, the person speaks
    ("淡江大學國際事務研究所副教授 王大明:「氣球本身的情報價值不見得高。」",
     {("person:王大明", "氣球本身的情報價值不見得高。")}),
]


# -- actors the lexicon knows, names that end before a time word -------------------------------------------------
# ontology/actors.ttl: Walmart, Meta (Facebook, 臉書), NXP, PVH; zh-name-follow: 本月, 上月, 月初 … end a name.
ACTORS = [
    # zh_actors._dotted_names: two runs of transliteration characters around a middle dot are a person
    # wherever they stand; near miss: names that are no transliteration joined by a dot
    ("美國商人丹尼爾·霍爾特說，企業不會離開。", {"person:丹尼尔·霍尔特", "state/us"}),
    ("他出席了中國·東盟峰會。", {"org/asean", "state/china"}),
    ("沃爾瑪和臉書表示關注。", {"org/walmart", "org/meta"}),
    ("港交所和金管局發表聲明。", {"org/hkex", "org/hkma"}),
    ("墨西哥總統辛鮑姆和西班牙首相桑切斯通話。",
     {"person/claudia-sheinbaum", "person/pedro-sanchez", "state/mexico", "state/spain"}),
    ("John Kerry met Xie Zhenhua.", {"person/john-kerry", "person/xie-zhenhua"}),
    ("Shares of NXP Semiconductors and PVH Corp. fell.", {"org/nxp", "org/pvh"}),
    ("中國商務部發言人王大明本月表示，中方堅決反對。", {"org/mofcom", "person:王大明", "state/china"}),
]


# -- English titles ------------------------------------------------------------------------------------------
# en_actors.coordinated_persons: the state a lawmaker is of ("Jane Doe of Texas, John Roe of Ohio and …") is
# passed over in a list of names sharing the title before it; en_actors._roles_before: "secretary of state"
# as some papers write it, in lower case.
TITLES = [
    ("The list includes Republican Senators Jane Doe of Florida, John Roe of Texas and Mary Poe of Ohio.",
     "person/John-Roe-833e3a7a", "Republican Senators"),
    ("Raimondo traveled after secretary of state Antony Blinken and climate envoy John Kerry.",
     "person/antony-blinken", "secretary of state"),
]


# -- Chinese datelines in brackets -----------------------------------------------------------------------------
# kg.ingest._split_dateline: a dateline in brackets, as papers type them ((北京/華盛頓4日綜合電), 【明報專訊】,
# （中央社華盛頓22日綜合外電報導）), is a sentence of its own; its place is no subject of the story's first
# sentence (北京 is not the one whose tariffs take effect).
DATELINES = [
    ("(北京/華盛頓4日綜合電)美國總統特朗普對中國商品加徵的10%關稅，周二正式生效。",
     ["(北京/華盛頓4日綜合電)", "美國總統特朗普對中國商品加徵的10%關稅，周二正式生效。"]),
    ("【明報專訊】中方宣布反制。", ["【明報專訊】", "中方宣布反制。"]),
    # near miss: brackets that are no dateline
    ("(見附圖)中方宣布反制。", ["(見附圖)中方宣布反制。"]),
]


# -- the session's cases, one test per assertion ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), EN_DEMANDS)
def test_en_demands(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert demands_named(extraction_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), EN_NOT_THREATENED + ZH_STEPS + ZH_COMMITS)
def test_steps(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat", "Demand"), "kind", "actor", "phrase") == expected


@pytest.mark.parametrize(("text", "expected"), EN_SPEAKERS + ZH_SPEAKERS)
def test_speakers(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


@pytest.mark.parametrize(("text", "expected"), ACTORS)
def test_actors(extraction_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(extraction_of(text).actors) == expected


@pytest.mark.parametrize(("text", "who", "title"), TITLES)
def test_titles(extraction_of, text: str, who: str, title: str) -> None:  # type: ignore[no-untyped-def]
    person = extraction_of(text).actors[who]
    assert [r.title for r in person.roles] == [title]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_datelines(text: str, expected: list[str]) -> None:
    from kg.ingest import split_sentences

    assert [x.text for x in split_sentences(text)] == expected
