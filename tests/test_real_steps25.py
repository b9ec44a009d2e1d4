"""Session 25: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English steps already taken: who took them --------------------------------------------------------------
EN_STEPS = [
    # measures._possessor: a name followed by a preposition owns no measure after it ("added Huawei to its entity
    # list": the subject added it); near misses: a time between a subject and its verb ("the US in October
    # restricted"), a gerund's doer ("accused Washington of abusing export controls")
    ("The Commerce Department added Huawei to its entity list.", {("Leverage", "org/us-commerce", "entity list")}),
    (
        "Days earlier the United States had added Huawei to its Entity List, barring American firms from supplying "
        "it without a license.",
        {("Leverage", "state/us", "Entity List")},
    ),
    ("Washington placed ZTE on its entity list.", {("Leverage", "state/us", "entity list")}),
    (
        "The Biden administration in October restricted shipments of advanced chips to China.",
        {("Leverage", "state/us", "restricted shipments of advanced chips")},
    ),
    (
        "A spokesman for the Chinese Foreign Ministry accused Washington of abusing export controls.",
        {("Leverage", "state/us", "export controls")},
    ),
    # a verb and its article between a name and a measure ("China opposes the export controls") make no owner
    ("China opposes the export controls. The United States said so.", set()),
    # measures._series_holder: a clause after a comma opened by a past verb goes on with the holder of the step
    # before it in the sentence; near miss: with no step before it, no holder
    (
        "China added American defense firms to its unreliable entity list, opened an antitrust probe into Google "
        "and cut film imports.",
        {("Leverage", "state/china", "unreliable entity list"), ("Leverage", "state/china", "antitrust probe")},
    ),
    ("Jane Doe said the talks went well, opened an antitrust probe into Google.", set()),
    # en_claims.leverage: a cue taking its object by a preposition ("grip on", "hold over") gives one chip per thing
    # listed; near miss: actors listed are those pressed, no things
    (
        "Washington is betting that its grip on advanced chips, the dollar, and the world's largest consumer market "
        "will force Beijing to the table.",
        {
            ("Leverage", "state/us", "advanced chips"),
            ("Leverage", "state/us", "the dollar"),
            ("Leverage", "state/us", "the world's largest consumer market"),
        },
    ),
    # en-mood-carry: a clause after a comma opened by "along with", "as well as" … adds a step of the same holder,
    # in the same mood (the nearest step before it in the sentence); near miss: a subject of its own
    (
        "On Oct. 9 Beijing tightened export controls on rare earths, and the next day Senator Jane Doe threatened an "
        "additional 100% tariff on Chinese goods from Nov. 1, along with export controls on critical software.",
        {
            ("Threat", "person/Jane-Doe-cac7bbb6", "an additional 100% tariff on Chinese goods from Nov. 1"),
            ("Leverage", "state/china", "export controls on rare earths"),
            ("Threat", "person/Jane-Doe-cac7bbb6", "export controls on critical software"),
        },
    ),
    (
        "The United States would impose a 100 percent tariff on Chinese goods, along with which China kept its export "
        "controls on critical software.",
        {
            ("Threat", "state/us", "would impose a 100 percent tariff on Chinese goods"),
            ("Leverage", "state/china", "export controls on critical software"),
        },
    ),
    # measures._possessor: no owner across a coordination ("for three US exporters and halted …"); en-outlet-tail:
    # an agency is an outlet only as a news or press agency; en-participle-clause: ", citing …" gives reasons, no
    # things of the list before it
    (
        "China's customs agency suspended soybean import permits for three US exporters and halted purchases of "
        "American lumber, citing contamination and pests.",
        {
            ("Leverage", "org/China-customs-agency-59420bc9", "suspended soybean"),
            ("Leverage", "org/China-customs-agency-59420bc9", "halted purchases of American lumber"),
        },
    ),
    (
        "Xinhua News Agency said new tariffs on American soybeans would take effect on Monday.",
        set(),
    ),
    # measures._SCARE_QUOTE: a verb phrase quoted after its modal is still the clause's ('would "aggressively
    # revoke" visas'); near miss: a term quoted is cited, no step taken ('read "non-tariff countermeasures" to …')
    (
        'Secretary of State Jane Doe said the United States would "aggressively revoke" visas for Chinese students.',
        {("Threat", "state/us", "revoke visas")},
    ),
    (
        "Washington read \u201cnon-tariff countermeasures\u201d to include the April 4 rare-earth licensing rules.",
        set(),
    ),
    # measures._modifier: a state named between a number and a plural noun modifies it ("15 United States
    # entities"), the holder is the subject (not across a day: "On Oct. 9 Beijing tightened …"); en-measure: the
    # unreliable entity list and the export control list by their full names
    (
        "China on Tuesday added 15 United States entities to its export control list and placed 10 US companies on "
        "its unreliable entity list.",
        {("Leverage", "state/china", "unreliable entity list"), ("Leverage", "state/china", "export control list")},
    ),
    (
        "On Oct. 9 Beijing tightened export controls on rare earths.",
        {("Leverage", "state/china", "export controls on rare earths")},
    ),
    # measures.complement: the words before a measure that say which it is (rates, hyphened words, adjectives:
    # "retaliatory tariffs", "an additional 10 percent tariff") are part of its phrase; not a name or article
    (
        "Washington imposed an additional 10 percent tariff on all imports from China on Feb 4.",
        {("Leverage", "state/us", "additional 10 percent tariff on all imports")},
    ),
    ("China imposed retaliatory tariffs.", {("Leverage", "state/china", "retaliatory tariffs")}),
    ("The US raised tariffs on Chinese goods.", {("Leverage", "state/us", "tariffs on Chinese goods")}),
    # en-law-noun: what a law threatens, the one who signed or passed it threatens; en-object-pronoun: a phrase
    # ending in "it" names nothing only when short; measures._complement: "tariffs of up to 100% on …" (a rate's
    # "up to" is no stop)
    (
        "President Donald Trump on Friday signed legislation that threatens to kick Chinese companies off American "
        "stock exchanges.",
        {("Threat", "person/donald-trump", "kick Chinese companies off American stock exchanges")},
    ),
    (
        "On 6 August Mr Trump signed an executive order that will bar anyone under US jurisdiction from doing business "
        "with ByteDance.",
        {("Threat", "person/donald-trump", "bar anyone under US jurisdiction")},
    ),
    (
        "The Senate passed a bill that would ban TikTok unless ByteDance sells it.",
        {("Threat", "org/us-senate", "would ban TikTok unless ByteDance sells it")},
    ),
    (
        "USTR has also proposed tariffs of up to 100% on Chinese-made ship-to-shore cranes.",
        {("Threat", "org/ustr", "tariffs of up to 100% on Chinese-made ship-to-shore cranes")},
    ),
    # en-dependence-on: past forms and "heavily" ("rely heavily on China for …"): the one depended on holds it
    (
        "American drugmakers rely heavily on China for active pharmaceutical ingredients.",
        {("Leverage", "state/china", "active pharmaceutical ingredients")},
    ),
    # en_claims.leverage: a cue whose clause names no thing gives no lever (the clause itself is no item); what is
    # weaponized is the item ("weaponizing trade")
    ("Zoom out: Beijing has cards of its own.", set()),
    ("Senator Jane Doe has accused China of weaponizing trade.", {("Leverage", "state/china", "trade")}),
    # en_claims.threats: a threat cue right after a verb asking it to end is no threat made
    ("Spokesman Lin Jian said Washington should stop threatening and engage in talks.", set()),
    # measures.act_items: those a ban binds ("barring Chinese organizations and individuals from …") are no things
    # of it; near miss: things suspended "from the island" stay things
    (
        "The Ministry of Commerce said it was barring Chinese organizations and individuals from transactions with "
        "the five units.",
        set(),
    ),
    (
        "On Wednesday China suspended imports of citrus fruit and some fish from the island.",
        {("Leverage", "state/china", "imports of citrus fruit"), ("Leverage", "state/china", "some fish")},
    ),
]

# -- Chinese steps already taken: who took them, and what they are ----------------------------------------------
ZH_STEPS = [
    # measures._obliqued: a name right after another (美國服裝集團PVH) is in apposition, as much an object of 把
    (
        "北京宣布反制：对美国煤炭加征15%关税，把美国服装集团PVH列入「不可靠实体清单」。",
        {("Leverage", "state/china", "不可靠实体清单"), ("Leverage", "state/china", "对美国煤炭加征15%关税")},
    ),
    # measures._speaker: 宣布 followed by 對 + the one aimed at reports nothing; the subject takes the step
    (
        "商务部宣布对韩国韩华海洋株式会社的5家美国关联子公司采取反制措施。",
        {("Leverage", "org/mofcom", "对韩国韩华海洋株式会社的5家美国关联子公司采取反制措施")},
    ),
    # zh_claims._leverage (zh-hold): one lever per thing held (握有A，以及B / A和B); a share opening an item
    # (九成精煉產能) is of the thing before it
    (
        "北京手上还握有美国农产品订单，以及1兆多美元的美国公债。",
        {("Leverage", "state/china", "美国农产品订单"), ("Leverage", "state/china", "1兆多美元的美国公债")},
    ),
    (
        "他指出，中国掌握全球约七成稀土开采和九成精炼产能。",
        {("Leverage", "state/china", "全球约七成稀土开采和九成精炼产能")},
    ),
    # zh-actor-modifier-noun: 美國相關子公司 — a state before 子公司 modifies it, no holder of the step
    (
        "更出乎市场意料的是，商务部当天中午宣布，对韩国造船巨头韩华海洋株式会社的5家美国相关子公司采取反制措施。",
        {("Leverage", "org/mofcom", "反制措施")},
    ),
    # measures._in_title: a word of a law cited as the basis (根據《…反壟斷法》) is no cue; near miss: a title acted on
    # names the step (調整《禁止出口限制出口技術目錄》)
    (
        "商务部新闻发言人宣布，根据《中华人民共和国对外贸易法》《中华人民共和国反垄断法》等有关法律法规，中国将建立“不可靠实体清单”制度。",
        {("Threat", "state/china", "不可靠实体清单")},
    ),
    (
        "8月28日，中国商务部调整《中国禁止出口限制出口技术目录》，新增多个条目。",
        {("Leverage", "org/mofcom", "出口限制")},
    ),
    # measures.act_items: 禁止組織和個人與其交易 — the list is the subject of a small clause, no things acted on
    (
        "商务部宣布，禁止中国境内组织和个人与其开展有关交易、合作等活动。",
        {("Leverage", "org/mofcom", "禁止中国境内组织和个人与其开展有关交易、合作等活动")},
    ),
]

# -- English demands ----------------------------------------------------------------------------------------------
EN_DEMANDS = [
    # measures.concern: representations lodged "with the US side" name whom they are lodged with, no matter; the
    # matter is what the sentence names before (the visa decision), else the representations themselves
    (
        "Foreign Ministry spokesperson Jane Doe called the visa decision discriminatory, and said China had lodged "
        "representations with the US side.",
        {("Demand", "state/china", "visa")},
    ),
    (
        "The Ministry of Commerce said China firmly opposes the increase and has lodged solemn representations with "
        "the US side.",
        {("Demand", "org/mofcom", "representations")},
    ),
    # a list of one-word items ("an open, fair and nondiscriminatory environment"; "equality, respect, and mutual
    # benefit") is no series of verb phrases nor an attachment (en_claims.split_vps, measures.action,
    # things.trim_phrase); en_claims.threats: a threat cue after a verb asking it to end ("stop threatening") is none
    (
        "Spokesman Guo Jiakun said Washington should give Chinese firms an open, fair and nondiscriminatory business "
        "environment.",
        {
            (
                "Demand",
                "person/guo-jiakun",
                "give Chinese firms an open, fair and nondiscriminatory business environment",
            )
        },
    ),
    (
        "Spokesman Lin Jian said that if Washington really wanted to talk, it should stop threatening and engage on "
        "the basis of equality, respect, and mutual benefit.",
        {
            ("Demand", "person/lin-jian", "engage on the basis of equality, respect, and mutual benefit"),
            ("Demand", "person/lin-jian", "stop threatening"),
        },
    ),
    # what is asked ends where the sentence turns to what is said of it: ", where …", ", due to take effect …"
    # (en-demand-stop, en_claims split_vps and _object_end); a series closed by ", and" holds no more items; a
    # wanted action's verb alone, an indefinite pronoun or "told X on Tuesday" names nothing asked
    (
        "The State Department has repeatedly called on Beijing to halt its military pressure on Taiwan, where Chinese "
        "warplanes and navy ships operate near-daily.",
        {("Demand", "org/state-department", "halt its military pressure on Taiwan")},
    ),
    (
        "Beijing also wants something in return: relief from U.S. chip controls, an end to fresh entity listings, and "
        "a halt to the port fees that Washington began levying on Chinese-built and Chinese-operated ships.",
        {
            ("Demand", "state/china", "relief from U.S. chip controls"),
            ("Demand", "state/china", "an end to fresh entity listings"),
            ("Demand", "state/china", "a halt to the port fees"),
        },
    ),
    ("Exporters already shipping dual-use items to the listed entities must stop, the Commerce Ministry said.", set()),
    (
        "Chinese officials also want relief from the chip controls, though they rarely put that at the top of a list.",
        {("Demand", "state/china", "relief from the chip controls")},
    ),
    ("Analyst Jane Doe said the rules were designed to be withdrawn in exchange for something.", set()),
    (
        "“The US has turned its export controls into a tool,” Jane Doe, director of a Beijing institute, told the "
        "Global Times on Tuesday.",
        set(),
    ),
    # en_claims._LIST_SAME: a demand noun's colon list may follow a short "for/of …" ("three conditions for an
    # agreement: A, B, and C"), its clauses running to the sentence's end
    (
        "Vice Premier Jane Doe set out three conditions for an agreement: the U.S. must remove all the additional "
        "tariffs it has imposed since last year, and the text must be balanced.",
        {
            (
                "Demand",
                "person/Jane-Doe-cac7bbb6",
                "the U.S. must remove all the additional tariffs it has imposed since last year",
            ),
            ("Demand", "person/Jane-Doe-cac7bbb6", "the text must be balanced"),
        },
    ),
    # en-demand-call-by: "lobbying by X for Y to …" — X asks Y, a third state too (not only the other side)
    (
        "After months of lobbying by Washington for Japan to follow its lead, Japan restricted exports of chipmaking "
        "tools to China.",
        {("Demand", "state/us", "follow its lead")},
    ),
    # en_claims._condition_demand: a warning on a condition that something is not done ("grave consequences if Meng
    # was not released") wants it done, by the one warning (the sentence's subject, not the one summoned before);
    # near miss: a threat on a condition met ("if Washington raised tariffs") asks nothing
    (
        "On Saturday, Vice Foreign Minister Jane Doe summoned Canada's ambassador John Roe and warned that there would "
        "be grave consequences if Meng was not released at once.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "Meng was released at once")},
    ),
    ("China warned that it would hit back if Washington raised tariffs again.", set()),
    # kg.extract._REPORTED_CLAUSE: "(and) that …" after a verb of speech is a reported clause, never a thing asked
    (
        "Senator Jane Doe said Monday that she had first asked Nvidia chief executive John Roe for 20 percent, and "
        "that Roe talked her down.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "20 percent")},
    ),
    (
        "Trade Representative Jane Doe said she would raise China's performance under the agreement directly with "
        "her counterparts, and that the administration would reopen a process allowing American importers to seek "
        "exclusions from some of the tariffs.",
        set(),
    ),
]

# -- Chinese headlines: a full-width space parts a headline's clauses ----------------------------------------------
ZH_HEADLINES = [
    (
        "稀土變核武級籌碼\u3000北京一紙禁令逼川普讓步\u3000美財長：這是中國對抗全世界",
        {("Demand", "state/china", "讓步")},
    ),
]

# -- Chinese demands ----------------------------------------------------------------------------------------------
ZH_DEMANDS = [
    # zh_claims._demand_end: ，並將 + a name goes on with what is asked (將 marks the object); near miss: ，並將 + a
    # verb is the asker's own step
    (
        "中方一直要求美方放宽对华晶片出口管制，并将中国企业移出实体清单。",
        {("Demand", "state/china", "放宽对华晶片出口管制"), ("Demand", "state/china", "将中国企业移出实体清单")},
    ),
    (
        "中方敦促美方立即取消加征的关税，并将采取必要措施维护自身权益。",
        {("Demand", "state/china", "立即取消加征的关税")},
    ),
    # zh-demand-weak: 請求 + the one asked; near miss: a noun before a comma (提出引渡請求，…)
    (
        "加拿大总理杜鲁多也私下请求华府尽快了结此案。",
        {("Demand", "person/justin-trudeau", "尽快了结此案")},
    ),
    ("她认为：美国提出引渡请求，中国施加报复，渥太华夹在中间。", set()),
    # zh-demand-of-state: 要 asks when a state follows it right after a comma or the asker (開出清單，要陸方…);
    # near misses: 只要美方…, 要英偉達… (a word of its own; no state)
    (
        "财政部长梅努钦到北京谈判时就开出清单，要陆方在2020年底前把对美贸易顺差砍掉2000亿美元、停止强迫外商技术移转。",
        {
            ("Demand", "person/steven-mnuchin", "在2020年底前把对美贸易顺差砍掉2000亿美元"),
            ("Demand", "person/steven-mnuchin", "停止强迫外商技术移转"),
        },
    ),
    ("分析人士认为，只要美方仍把关税当作施压工具，协议就难以达成。", set()),
    ("人民日报客户端随即发表评论，要英伟达拿出令人信服的安全证明。", set()),
]

CLAIMS = [
    *((("Leverage", "Threat"), *case) for case in EN_STEPS),
    *((("Demand",), *case) for case in EN_DEMANDS),
    *((("Leverage", "Threat"), *case) for case in ZH_STEPS),
    *((("Demand",), *case) for case in ZH_DEMANDS),
    *((("Demand",), *case) for case in ZH_HEADLINES),
]


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected


# -- English titles in an apposition ------------------------------------------------------------------------------
# en_actors._apposition: a relative clause that gives a title ("who took over as ASML's chief executive"), a title
# held at the time ("then the chair of …"), and a time or place after it ("in April") is no part of the title
TITLES = [
    (
        "Jane Doe, who took over as ASML's chief executive in April, has argued that China remains a market.",
        "person/Jane-Doe-cac7bbb6",
        ("chief executive", "org/asml", False),
    ),
    (
        "Jane Doe, then the chair of the House Select Committee on the Chinese Communist Party, said so.",
        "person/Jane-Doe-cac7bbb6",
        ("chair", "org/house-select-committee-ccp", False),
    ),
    ("Jane Doe, the US ambassador in Beijing, said so.", "person/Jane-Doe-cac7bbb6", ("ambassador", "state/us", False)),
    # en_actors._WORKS_AS: "works as / serves as <title> at|for|with <body>" after a name (an aside between it)
    (
        "Michael Kovrig, who served at Canada's embassy in Beijing, works as senior adviser for North East Asia at "
        "the International Crisis Group.",
        "person/michael-kovrig",
        ("senior adviser for North East Asia", "org/International-Crisis-Group-f464120a", False),
    ),
    # en-work-verb: the work a relative clause names, up to "at" and the body, is the title there
    (
        "Jane Doe, who teaches international relations at Fudan University, said so.",
        "person/Jane-Doe-cac7bbb6",
        ("teaches international relations", "org/Fudan-University-4567098e", False),
    ),
]


@pytest.mark.parametrize(("text", "who", "role"), TITLES)
def test_titles(extraction_of, text: str, who: str, role: tuple[str, str, bool]) -> None:  # type: ignore[no-untyped-def]
    person = extraction_of(text).actors[who]
    assert [(r.title, r.of, r.former) for r in person.roles] == [role]


# -- Chinese titles: a body named before a title word is the title's body, and an entity -------------------------
def test_zh_body_before_title(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("白宮發言人李維特（Karoline Leavitt）轉述川普的話說：「球在中國那邊。」")
    assert "org/white-house" in ex.actors
    assert [(r.title, r.of) for r in ex.actors["person/karoline-leavitt"].roles] == [("發言人", "org/white-house")]


@pytest.mark.parametrize(
    "text",
    [
        "彼得森国际经济研究所研究员查德·鲍恩表示，中国没有达标。鲍恩此前撰文认为，协议数字很难实现。",
        "美国学者查德·鲍恩说：「中国没有达标。」鲍恩认为，协议数字很难实现。",
    ],
)
def test_zh_transliterated_surname_later(extraction_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """zh_actors._merge_variants: a transliterated name later by its surname alone is one person."""
    people = [k for k, a in extraction_of(text).actors.items() if a.type == "Person"]
    assert people == ["person:查德·鲍恩"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("美国国土安全部5月22日取消了哈佛大学招收国际学生的资格。", "org:哈佛大学"),
        ("商务部10日收到江苏省半导体行业协会的申请。", "org:江苏省半导体行业协会"),
        ("德国柏林自由大学的学者指出，措施影响有限。", "org:柏林自由大学"),
    ],
)
def test_zh_org_left_edge(extraction_of, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    """zh_actors._suffix_orgs: a day (22日) and the particles 了/自 end an organisation's name on the left, unless
    they sit in a word of the name (自由)."""
    orgs = [k for k, a in extraction_of(text).actors.items() if a.type == "Organization" and k.startswith("org:")]
    assert orgs == [org]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Toyota Motor said output would fall.", "org/Toyota-Motor-bcc02f65"),
        ("Iluka Resources said it would build a refinery.", "org/Iluka-Resources-fef15d18"),
    ],
)
def test_en_company_tails(extraction_of, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    """en-org-tail: Motor, Resources, Mining, Minerals, Pharma, Shipyard end a company's name."""
    assert org in extraction_of(text).actors


ZH_TERMS = [
    # zh-term-head: a short quote ending in a noun of things (關稅, 規則, 設施, 冷戰 …) is a term, no words said;
    # near miss: one holding a negated or modal verb was said (zh_actors.has_verb)
    ("川普4月2日宣布「對等關稅」，對中國加徵34%。", set()),
    ("美國商務部去年擴大「外國直接產品規則」的適用範圍。", set()),
    (
        "賴清德總統發表談話，並宣示政府「不會採取報復性關稅」，台灣企業的投資承諾也不會改變。",
        {("person/lai-ching-te", "不會採取報復性關稅")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZH_TERMS)
def test_zh_quoted_terms(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


def test_en_adding_goes_on_with_the_teller(claims_of) -> None:  # type: ignore[no-untyped-def]
    """en_claims: a quote after '…, <title> <name> told a briefing, adding that' is the teller's words, not
    those of the subject of the words reported before."""
    text = (
        "Former diplomat Michael Kovrig is being investigated by state security authorities, foreign ministry "
        'spokesman Lu Kang told a regular press briefing, adding that his "legitimate rights and interests" were '
        "being guaranteed."
    )
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == {
        ("person/lu-kang", "legitimate rights and interests")
    }


def test_en_platform_after_a_possessive_is_no_speaker(claims_of) -> None:  # type: ignore[no-untyped-def]
    """en_actors.prep_before: a name after a preposition and a possessive ('writing on his Truth Social
    platform') is no subject, so no speaker."""
    text = (
        'Trump, writing on his Truth Social platform on Wednesday, declared: "OUR DEAL WITH CHINA IS DONE, SUBJECT '
        'TO FINAL APPROVAL."'
    )
    assert {a for a, _q in facts(claims_of(text), ("Statement",), "actor", "quote")} == {"person/donald-trump"}
