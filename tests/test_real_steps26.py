"""Session 26: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English steps: the mood of the step before ---------------------------------------------------------------------
EN_STEPS = [
    # measures._mood_carried: a comma inside a closing quotation mark parts the clauses as well as a bare one
    # (… "over and above any tariff," along with export controls on …): the step added is threatened too
    (
        'Jane Doe wrote that the United States would impose a 100% tariff on China "over and above any tariff that '
        'they are currently paying," along with export controls on critical software.',
        {
            ("Threat", "state/us", "would impose a 100% tariff on China"),
            ("Threat", "state/us", "export controls on critical software"),
        },
    ),
]

# -- things listed with their kind: each member takes the kind's issue -------------------------------------------------
# measures.listed / _things: a count and a kind after the last thing (七種中重稀土) end the list; a kind named before
# an introduced list ("several rare earth elements, including …") gives its issue to members that have none
LISTED_KIND = [
    (
        "北京自四月起對釤、釓、鋱七種中重稀土實施出口管制。",
        {
            ("state/china", "釤", "rare-earths"),
            ("state/china", "釓", "rare-earths"),
            ("state/china", "鋱", "rare-earths"),
        },
    ),
    (
        "In February Beijing imposed export controls on several rare earth elements, including samarium, gadolinium "
        "and terbium.",
        {
            ("state/china", "samarium", "rare-earths"),
            ("state/china", "gadolinium", "rare-earths"),
            ("state/china", "terbium", "rare-earths"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_KIND)
def test_listed_kind(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "phrase", "issue") == expected


# -- English leverage with no issue: a name alone or a sentence's opening clause is no chip ---------------------------
# kg.extract._no_chip; near miss: a thing named by the cue's object ("its grip on rare earth processing")
EN_NO_CHIP = [
    (
        "Jane Doe said so. That arrangement gave Beijing a powerful lever once the dispute broke into the open.",
        set(),
    ),
    (
        "Jane Doe said so. Beijing holds another card: approval of mergers.",
        {("Leverage", "state/china", "approval of mergers")},
    ),
]


# -- English steps announced: a future after the measure, extending it --------------------------------------------
EN_ANNOUNCED = [
    # en-measure-relief: "extend" is no easing word (the pause is: "extended the suspension" keeps its relief)
    (
        "Senator Jane Doe has said she could extend duties to roughly $300 billion more in Chinese imports.",
        {("Threat", "person/Jane-Doe-cac7bbb6", "duties")},
    ),
    # measures._en_announced_for_later: a month and day before the announcing verb and a later one after a start word;
    # near miss: no start day
    (
        "On May 13, China announced tariffs on $60 billion of U.S. goods starting June 1.",
        {("Threat", "state/china", "tariffs on $60 billion of U.S. goods starting June 1")},
    ),
    (
        "On May 13, China announced tariffs on $60 billion of U.S. goods.",
        {("Leverage", "state/china", "tariffs on $60 billion of U.S. goods")},
    ),
    # en-measure: "levy" is a measure noun ("a 34 percent levy of its own on all American goods")
    (
        "China answered the tariffs with a 34 percent levy of its own on all American goods.",
        {("Leverage", "state/china", "34 percent levy of its own on all American goods")},
    ),
    # measures._possessor (en-intent-noun): a possessive, a noun of intent, a time and "to" before a step make the
    # possessor its taker; en_actors._place_use: a capital with 's after "to" is its government, no place
    (
        "Jane Doe pointed to Beijing's decision in July 2023 to restrict exports of gallium and germanium.",
        {("Leverage", "state/china", "gallium"), ("Leverage", "state/china", "germanium")},
    ),
    ("Jane Doe flew to Beijing to restrict exports of gallium.", set()),
    # en-measure-act: delisting is a step ("has not ruled out delisting Chinese companies": held open, a threat)
    (
        "Treasury Secretary Scott Bessent has not ruled out delisting Chinese companies from U.S. stock exchanges.",
        {("Threat", "person/scott-bessent", "delisting Chinese companies")},
    ),
    # en-measure-held-open: "left the door open to" holds a step open; en-measure-threat: "campaigned on" promises one
    (
        "Katherine Tai has also left the door open to a fresh investigation under Section 301 into Chinese subsidies.",
        {("Threat", "person/katherine-tai", "Section 301"), ("Threat", "person/katherine-tai", "subsidies")},
    ),
    (
        "Donald Trump campaigned on tariffs of 60% or more on Chinese goods.",
        {("Threat", "person/donald-trump", "tariffs of 60% or more on Chinese goods")},
    ),
    # en-control: buying power is control of a market ("buys a large share of U.S. soybeans"); measures._series_holder:
    # a clause opened by the cue itself after a comma goes on with the step before it
    (
        "Beijing has fewer U.S. imports left to tax, but it controls most of the world's supply of rare earths, buys a "
        "large share of U.S. soybeans and hosts American companies.",
        {
            ("Leverage", "state/china", "controls most of the world's supply of rare earths"),
            ("Leverage", "state/china", "soybeans"),
        },
    ),
    # en-measure-verb: "punished X with tariffs" takes the measure (as "hit X with tariffs")
    (
        "Beijing punished Australian wine exporters with tariffs of up to 218 percent.",
        {("Leverage", "state/china", "tariffs of up to 218 percent")},
    ),
    # measures._future_after: a rise after the measure's future word ("would escalate"), and "is scheduled to
    # return" even of a suspended measure; near miss: a measure suspended with no future
    (
        "If restrictions on China's high-tech sector intensified, Jane Doe said, Beijing's countermeasures would "
        "escalate too.",
        {("Threat", "state/china", "countermeasures")},
    ),
    (
        "Senator Jane Doe said that unless the truce is extended, the suspended part of her levies is scheduled to "
        "return.",
        {("Threat", "person/Jane-Doe-cac7bbb6", "levies")},
    ),
    (
        "Senator Jane Doe said that in May the suspended part of her levies was left in place.",
        {("Leverage", "person/Jane-Doe-cac7bbb6", "levies")},
    ),
]


# en_claims._LEV_LIST: a relative clause may stand between a cue and the colon of its list
EN_LEVER_LIST = [
    (
        "China holds two levers it has shown it is willing to pull: its purchases of our farm goods and its "
        "near-monopoly on processed rare earths.",
        {
            ("Leverage", "state/china", "its purchases of our farm goods"),
            ("Leverage", "state/china", "its near-monopoly on processed rare earths"),
        },
    ),
]


# -- English demands ---------------------------------------------------------------------------------------------
EN_DEMANDS = [
    # _OBJECT_DEMANDS: every cue ending in "for" takes the noun phrase after it as what is asked, not the clause
    (
        "Canada was pressing for consular access to both men.",
        {("Demand", "state/canada", "consular access to both men")},
    ),
    (
        "Jane Doe, the chair of the Canola Council of Canada, is calling for an end to the duties on canola.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "an end to the duties on canola")},
    ),
    # _UNNAMED_ADDRESSEE: "the federal government" and other governments with a word before them are asked
    (
        "The Canola Council of Canada urged the federal government to resolve the dispute with China.",
        {("Demand", "org/Canola-Council-of-Canada-d22ea1d6", "resolve the dispute with China")},
    ),
    # en_claims._that_left_out: "insisted Canberra hold …" is "insisted that Canberra hold …"; near miss: a past
    # verb after the name is a statement of fact
    (
        "Jane Doe insisted Canberra hold those responsible to account and apologise to the Afghan people.",
        {
            ("Demand", "person/Jane-Doe-cac7bbb6", "hold those responsible to account"),
            ("Demand", "person/Jane-Doe-cac7bbb6", "apologise to the Afghan people"),
        },
    ),
    ("China insisted Washington was to blame.", set()),
    # en_claims.quoted_demands: inside a quotation, a named actor and a modal of obligation: the speaker (of a state's
    # side or office) wants it of that actor; near misses: an analyst's advice, a pronoun, a condition
    (
        '"Taiwan should pay us for defense," Donald Trump told an interviewer last year.',
        {("Demand", "person/donald-trump", "pay us for defense")},
    ),
    ('"Washington should stop the tariffs," said Jane Doe, an analyst at Acme Capital.', set()),
    ('"If Canada wants its canola back, it should revisit the decision," Donald Trump said.', set()),
    # en-concern: objections and complaints raised about a matter want it changed
    (
        "Wang Wentao used the meeting to raise Chinese objections to US tariffs imposed under Section 301.",
        {("Demand", "person/wang-wentao", "tariffs"), ("Demand", "person/wang-wentao", "Section 301")},
    ),
    # capitals named for their states or unions (ontology/actors.ttl): Brussels asked
    (
        "China said it hoped Brussels would take reciprocal steps on chip tools.",
        {("Demand", "state/china", "take reciprocal steps on chip tools")},
    ),
]

# -- Chinese steps: held over a condition, or a series threatened ------------------------------------------------
ZH_STEPS = [
    # measures._threat_series: a clause after a comma naming no one goes on with its holder's threat before it;
    # near miss: a clause that says the step is done (已)
    (
        "消息人士说，如果美方执意推动新规，中方可能把相关美国企业列入不可靠实体清单，依据反垄断等法规调查高通等美企，"
        "甚至暂停采购波音客机。",
        {
            ("Threat", "state/china", "把相关美国企业列入不可靠实体清单"),
            ("Threat", "state/china", "反垄断"),
            ("Threat", "state/china", "暂停采购波音客机"),
        },
    ),
    (
        "消息人士说，如果美方执意推动新规，中方可能把相关美国企业列入不可靠实体清单，依据反垄断等法规调查高通等美企，"
        "早前已暂停采购波音客机。",
        {
            ("Threat", "state/china", "把相关美国企业列入不可靠实体清单"),
            ("Threat", "state/china", "反垄断"),
            ("Leverage", "state/china", "暂停采购波音客机"),
        },
    ),
    # measures._announced_for_later: the day of an announcement and a later start in the measure's own clause or the
    # clause right after it (in an undated document too); near misses: no start day, and a step in a later clause
    # (同時對稀土實施出口管制) whose start is not said
    (
        "北京4日宣布對所有美國商品加徵34%報復性關稅，10日起生效，同時對釤、釓、鋱等7種中重稀土實施出口管制。",
        {
            ("Threat", "state/china", "對所有美國商品加徵34%報復性關稅"),
            ("Leverage", "state/china", "釤"),
            ("Leverage", "state/china", "釓"),
            ("Leverage", "state/china", "鋱"),
        },
    ),
    (
        "美国总统特朗普8月1日在社交媒体上宣布,自9月1日起对剩余约3000亿美元中国商品加征10%关税。",
        {("Threat", "state/us", "对剩余约3000亿美元中国商品加征10%关税")},
    ),
    (
        "作為回應，國務院關稅稅則委員會13日宣布，自6月1日零時起，對部分美國商品加徵25%關稅。",
        {("Threat", "org/tariff-commission", "對部分美國商品加徵25%關稅")},
    ),
    ("北京4日宣布對所有美國商品加徵34%報復性關稅。", {("Leverage", "state/china", "對所有美國商品加徵34%報復性關稅")}),
    # zh-measure: 特別港務費 and 反制清單 are measures; measures.listed_after_intro: a small clause with a coverb
    # (與其開展有關交易) holds no list of the ban's things (有關 is no list word there)
    (
        "10月14日，中方對美國船隻加徵特別港務費。",
        {("Leverage", "state/china", "對美國船隻加徵特別港務費")},
    ),
    (
        "中方因此將其列入反制清單，禁止境內組織和個人與其開展有關交易、合作等活動。",
        {
            ("Leverage", "state/china", "反制清單"),
            ("Leverage", "state/china", "禁止境內組織和個人與其開展有關交易、合作等活動"),
        },
    ),
    # measures._threatened_before: a verb of threatening before the measure outweighs an exemption after it;
    # near miss: a step in force with its exemption stays leverage
    (
        "加上川普8月放話對進口晶片課徵約100%關稅、僅豁免在美設廠者，業界已感受到壓力。",
        {("Threat", "person/donald-trump", "對進口晶片課徵約100%關稅")},
    ),
    (
        "美國8月起對進口晶片課徵約100%關稅、僅豁免在美設廠者，業界已感受到壓力。",
        {("Leverage", "state/us", "對進口晶片課徵約100%關稅")},
    ),
    # zh_claims._holders_in: a company the lexicon places in a country is a thing bargained over in a card list, no
    # holder that stops it (稀土、大豆、博通，是…三張牌)
    (
        "北京的算法不同。稀土、大豆、博通，是最常被點名的三張牌。",
        {
            ("Leverage", "state/china", "稀土"),
            ("Leverage", "state/china", "大豆"),
            ("Leverage", "state/china", "博通"),
        },
    ),
    # zh-measure: anti-dumping and countervailing duties are measures (反傾銷和反補貼稅)
    (
        "美國商務部今年也對來自越南的太陽能電池板徵收高額反傾銷和反補貼稅。",
        {("Leverage", "org/us-commerce", "對來自越南的太陽能電池板徵收高額反傾銷和反補貼稅")},
    ),
    # measures._consequence: the clause before sets a condition (若, 一旦), this one says what may follow
    # (zh-consequence: 可以, 就); zh-consequence: 可以 is one word (the phrase does not open with 以)
    (
        "众议院通过该法案，法案若最终成为法律，美国政府可以对涉及芬太尼前体生产、销售和运输的中国个人、企业乃至政府官员"
        "实施制裁。",
        {
            ("Threat", "state/us", "对涉及芬太尼前体生产、销售和运输的中国个人、企业乃至政府官员实施制裁"),
            ("Threat", "state/us", "制裁"),
        },
    ),
    (
        "众议院通过该法案，美国政府随后对涉及芬太尼前体生产、销售和运输的中国个人、企业乃至政府官员实施制裁。",
        {("Leverage", "state/us", "制裁")},
    ),
]

CLAIMS = [
    *((("Leverage", "Threat"), *case) for case in ZH_STEPS),
    *((("Leverage", "Threat"), *case) for case in EN_STEPS),
    *((("Demand",), *case) for case in EN_DEMANDS),
    *((("Leverage", "Threat"), *case) for case in EN_ANNOUNCED),
    *((("Leverage",), *case) for case in EN_NO_CHIP),
    *((("Leverage",), *case) for case in EN_LEVER_LIST),
]


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected


# -- English names ------------------------------------------------------------------------------------------------
# en_actors._bare_head: a title joined by hyphens in an apposition ("a former vice-minister of commerce") makes the name
# before it a person with that role
def test_en_hyphenated_title_in_apposition(extraction_of) -> None:  # type: ignore[no-untyped-def]
    person = extraction_of("Jane Doe, a former vice-minister of commerce, was more blunt.").actors[
        "person/Jane-Doe-cac7bbb6"
    ]
    assert [(r.title, r.former) for r in person.roles] == [("vice-minister of commerce", True)]


# en_actors org descriptor: a company noun with up to three modifiers before a name ("US drone maker Skydio")
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("China took countermeasures against US drone maker Skydio.", "Skydio"),
        ("Shares rose after the Danish shipping group Maersk welcomed the deal.", "Maersk"),
    ],
)
def test_en_org_after_descriptor(extraction_of, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    names = {n for a in extraction_of(text).actors.values() if a.type == "Organization" for n in a.names}
    assert org in names


# en_actors._speaker_label: a transcript's label that opens two lines is a person; a heading once is not
def test_en_transcript_speaker_label(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("Transcript\nJane Doe: Thank you.\nJohn Roe: Is it?\nJane Doe: Yes.\n")
    assert {a.names[0] for a in ex.actors.values() if a.type == "Person"} == {"Jane Doe"}


# -- Chinese names after a title ---------------------------------------------------------------------------------
# zh-not-name-first: 這 opens no name (官員這幾個月…); a transliterated name holds no adverb or time word (珀杜仍多次…:
# no person named 珀杜仍); near miss: a Chinese name with 亦 in it (沈亦謙) after its surname
@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("陸方官員這幾個月一再表明，美方必須放人。", set()),
        ("美國農業部長珀杜仍多次公開喊話，希望中方加快採購。", set()),
        ("美國農業部長珀杜表示，希望中方加快採購。", {"珀杜"}),
        ("復旦大學副研究員沈亦謙表示，美方此時鬆手。", {"沈亦謙"}),
    ],
)
def test_zh_names_after_title(extraction_of, text: str, persons: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {a.names[0] for a in extraction_of(text).actors.values() if a.type == "Person"} == persons


# en_actors._claim_org: an owner joined by "-run", "-owned", "-controlled" … is no part of the name it modifies
def test_en_owner_run_outlet(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("Hu Xijin, then editor-in-chief of the Communist Party-run Global Times, said so.")
    assert "org/global-times" in ex.actors
    assert not any("Party-run" in n for a in ex.actors.values() for n in a.names)


# zh_actors._list_orgs: the kind words between 等 and a list's closing noun hold no particle or verb of another
# clause (罰款、突擊檢查等做法讓企業…, 實體清單、軍事最終用戶清單等出口管制清單的企業: no firms listed)
@pytest.mark.parametrize(
    "text",
    [
        "她說，罰款、突擊檢查等做法讓企業難以判斷在華經營的風險。",
        "美方新規規定，凡被列入實體清單、軍事最終用戶清單等出口管制清單的企業，其關聯企業將自動適用同等限制。",
    ],
)
def test_zh_no_firms_listed(extraction_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [a for a in extraction_of(text).actors.values() if a.type == "Organization"]


# zh-not-title: a word holding a title across its boundary (進行長程: 行長) makes no title, and no person after it
def test_zh_no_title_inside_a_word(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("他說，中國有責任說服北韓不要進行長程核試。")
    assert not [a for a in ex.actors.values() if a.type == "Person"]


# en-body-title: a body's name right before a title head (US Treasury Secretary) is part of the title, no mention;
# the title's side gives the role its state
def test_en_body_inside_a_title(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("US Treasury Secretary Scott Bessent said the meeting would go ahead.")
    assert "org/us-treasury" not in ex.actors
    assert [(r.title, r.of) for r in ex.actors["person/scott-bessent"].roles] == [("Treasury Secretary", "state/us")]


# Hong Kong (zh-capital-city, en-capital-alias) and a platform (zh-platform, en-platform) stand for their
# government or company only when they act: as the place of a listing (在香港上市) or of a post (在推特上發文,
# "wrote on Twitter") none
@pytest.mark.parametrize(
    ("text", "key", "present"),
    [
        ("京東和瑞幸咖啡則在香港上市。", "state/hong-kong", False),
        ("香港特區政府表示，香港將依法反制。", "state/hong-kong", True),
        ("The company listed its shares in Hong Kong last year.", "state/hong-kong", False),
        ("Hong Kong said it would retaliate against the sanctions.", "state/hong-kong", True),
        ("川普在推特上發文稱，中國應該讓步。", "org/twitter", False),
        ("推特宣布封鎖相關帳號。", "org/twitter", True),
        ("Donald Trump wrote on Twitter that China should not retaliate.", "org/twitter", False),
        ("Twitter suspended the accounts.", "org/twitter", True),
    ],
)
def test_actor_only_when_it_acts(extraction_of, text: str, key: str, present: bool) -> None:  # type: ignore[no-untyped-def]
    assert (key in extraction_of(text).actors) is present
