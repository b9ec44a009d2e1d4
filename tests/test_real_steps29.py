"""Session 29: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English: one subject, several steps ---------------------------------------------------------------------------
SERIES = [
    # measures._owns_other_measure: the verb between a subject and the measure it takes ("Ruritania imposed
    # tariffs …") is no word of a noun phrase the subject owns; the subject takes the later steps too
    (
        "On March 3, China imposed tariffs on US pork and added Calloway Textiles to its unreliable entity list.",
        {
            ("Leverage", "state/china", "tariffs on US pork"),
            ("Leverage", "state/china", "unreliable entity list"),
        },
    ),
    # near miss: a side's own measure named before the subject's verb is still that side's
    (
        "China answered US sanctions by announcing export controls on graphite.",
        {
            ("Leverage", "state/us", "sanctions"),
            ("Leverage", "state/china", "export controls on graphite"),
        },
    ),
    # measures._before_next_verb: a list ends before ", and <verb>" of the same subject (the verb takes a step
    # of its own); en-list-intro "related to": a generic head ("items") names no item, the list after it does
    (
        "Beijing placed export controls on items related to tungsten, bismuth and indium, and added two drone makers "
        "to a watch list.",
        {
            ("Leverage", "state/china", "tungsten"),
            ("Leverage", "state/china", "bismuth"),
            ("Leverage", "state/china", "indium"),
        },
    ),
    # measures._CLAUSE_END: the comma of a company's legal form ("Illumina, Inc.") ends no clause
    (
        "MOFCOM added Calloway Group and Brightwave, Inc. to the unreliable entity list, saying they broke its rules.",
        {("Leverage", "org/mofcom", "unreliable entity list")},
    ),
    # near miss: a list of things with no generic head keeps its things as they are
    (
        "Beijing placed export controls on gallium and germanium.",
        {("Leverage", "state/china", "gallium"), ("Leverage", "state/china", "germanium")},
    ),
]

# -- English: whose "its" ---------------------------------------------------------------------------------------------
ITS = [
    # measures._verb_taker: a clause cut off from its verb by an aside ("…, many of them toolmakers, to its
    # blacklist") is completed by the actor right before a verb taking a measure, not by the sentence's first actor
    (
        "Doe noted that Beijing had banned exports of gallium to the US in December, after Washington added 140 "
        "Chinese entities, many of them toolmakers, to its own trade blacklist.",
        {
            ("Leverage", "state/china", "banned exports of gallium"),
            ("Leverage", "state/us", "blacklist"),
        },
    ),
    # measures._PLURAL_NEXT, _sentence_head: a state counted with its noun ("10 US defence companies") is that
    # noun's modifier, no subject for "its"; with no subject named, no one holds the list
    (
        "The ministry placed 10 US defence companies, including two Lockheed Martin units, on its unreliable entity "
        "list.",
        set(),
    ),
    # near miss: a subject named before the verb holds it
    (
        "China's commerce ministry placed 10 US defence companies, including two Lockheed Martin units, on its "
        "unreliable entity list.",
        {("Leverage", "org/mofcom", "unreliable entity list")},
    ),
]

# -- English: an aside between a subject and its verb --------------------------------------------------------------
ASIDE = [
    # measures._aside_subject: "X, led by …, labeled …": a clause opening with the verb that takes the step,
    # right after an aside set off by commas, has the actor before the aside for its subject
    (
        "Within hours the Treasury Department, led by Secretary Jane Roe, formally labeled China a currency "
        "manipulator.",
        {("Leverage", "org/us-treasury", "labeled China a currency manipulator")},
    ),
    # near miss: a later clause whose verb takes no step is no clause of the subject before the aside
    ("Jane Roe, a fellow at a think tank, said tariffs were imposed.", set()),
    # measures._ADVERBIAL_ASIDE: an adverbial set off by commas inside a clause (", also for a year, ", ", in a
    # statement, ") splits no clause: the verb before it and the measure after it are one clause's
    (
        "Donald Trump said the US would, in response, impose export controls on all critical software.",
        {("Threat", "state/us", "export controls on all critical software")},
    ),
    (
        "Donald Trump said the US would impose, from November 1, export controls on all critical software.",
        {("Threat", "state/us", "would impose"), ("Threat", "state/us", "export controls on all critical software")},
    ),
    # near miss: a clause of its own after a comma keeps its own mood
    ("China, in a statement, imposed tariffs on US chicken.", {("Leverage", "state/china", "tariffs on US chicken")}),
    # en-measure-verb "require": requiring licences is a way to take the step (here announced: a threat)
    (
        "China's commerce ministry said it would require export licenses for 13 precursor chemicals.",
        {("Threat", "state/china", "export licenses for 13 precursor chemicals")},
    ),
]

# -- English: retaliation vowed -------------------------------------------------------------------------------------
VOWS = [
    # en-retaliation-vowed, measures._MODAL_ONLY: a vow of retaliation ("see it through to the end", "never sit
    # idly by") is a threat with no condition; its subject is the one before the modal, quoted words included
    (
        "A spokesperson for the Commerce Ministry said that if Washington chose confrontation, China would \"see it "
        "through to the end\".",
        {("Threat", "state/china", "see it through to the end")},
    ),
    (
        "China would not sit idly by, Zhao Lijian said.",
        {("Threat", "state/china", "not sit idly by")},
    ),
    # measures._TO_THE_END: a measure word carried "to the end" is vowed, not eased ("end" is an easing word)
    (
        "The ministry said China would \"take resolute countermeasures to the end\" if the United States chose to "
        "escalate.",
        {("Threat", "state/china", "countermeasures")},
    ),
    # near miss: ending a step is still easing it
    ("The US agreed to end the tariffs.", {("Leverage", "state/us", "tariffs")}),
]

# -- English: "X said it would …" -----------------------------------------------------------------------------------
SAID_IT = [
    # en_claims._resolve_pronoun: "it" right after a body's verb of speech is that body; a fronted "When …," clause
    # (up to the last comma before the verb of speech) names no antecedent
    (
        "When the US added more than two dozen Chinese entities, including server maker Inspur Group, to its entity "
        "list, MOFCOM said it would take necessary measures.",
        {("Threat", "org/mofcom", "take necessary measures"), ("Leverage", "state/us", "entity list")},
    ),
    # near miss: with no body before the verb of speech, "it" is the sentence's first actor
    ("China's ministry said it would retaliate.", {("Threat", "state/china", "would retaliate")}),
]

# -- trade-law steps ---------------------------------------------------------------------------------------------------
TRADE_CASES = [
    # en-measure "trade cases", "Section 301 investigation" (an issue's label too): steps of trade law, held open here
    (
        "US Trade Representative Katherine Tai has also left the door open to new trade cases if talks with Beijing "
        "go nowhere.",
        {("Threat", "person/katherine-tai", "trade cases")},
    ),
    ("The USTR opened a Section 301 investigation into China's shipbuilding.",
     {("Leverage", "org/ustr", "Section 301 investigation")}),
    # near miss: a court case is no trade case
    ("US Trade Representative Katherine Tai has also left the door open to a court case.", set()),
]

# -- a body of no side warns of what it fears -----------------------------------------------------------------------
NO_GOVERNMENT = [
    # extract._no_government: what a company or a body of no side warns of is a consequence it fears, no threat
    ("The car industry lobby ACEA has warned that some of its members could face outages within weeks.", set()),
    # ... and what it holds is no side's chip
    ("Boeing wields considerable leverage over its suppliers, including export controls on parts.", set()),
    # ... nor what a person of no side and no post at a side's body threatens
    ("Jane Roe warned that she would slap tariffs on American goods.", set()),
    # near miss: a post of no state named may be a side's
    (
        "Vice-Foreign Minister Jane Roe warned that she would slap tariffs on American goods.",
        {("Threat", "person/Jane-Roe-718b6537", "slap tariffs on American goods")},
    ),
    # near miss: a government body's warning is a threat
    (
        "China's commerce ministry warned that it would take countermeasures.",
        {("Threat", "org/mofcom", "take countermeasures")},
    ),
]

# -- English: barred someone from doing something --------------------------------------------------------------------
BARRED = [
    # measures.act_items: those a ban binds ("operators of power grids") are no item; what they may not do,
    # after "from", names it: the company shut out, else the issue
    (
        "China has barred operators of power grids and telecom networks from buying Micron memory chips.",
        {("Leverage", "state/china", "buying Micron")},
    ),
    (
        "Beijing barred state traders from buying US soybeans.",
        {("Leverage", "state/china", "barred state traders from buying US soybeans")},
    ),
    # near miss: with nothing after "from" that names a thing, the verb and its object stay the claim
    ("Beijing barred exports from the plant.", {("Leverage", "state/china", "barred exports")}),
]

# -- English: a step to come, said after the measure or after a condition ---------------------------------------------
EN_TO_COME = [
    # measures._RISES: "would apply from June 1", "will start", "will be levied": the measure's start is to come
    (
        "US Trade Representative Jane Roe said tariffs on Chinese furniture would apply from June 1 unless Beijing "
        "accepted the terms.",
        {("Threat", "person/Jane-Roe-718b6537", "tariffs on Chinese furniture")},
    ),
    # near miss: what the measure does is no start of it
    ("Tariffs on Chinese furniture would hurt American retailers.", set()),
    # measures._consequence (English, en-consequence "can"): a sentence opening with a condition makes a step its
    # main clause "can" take what may then follow
    (
        "If Beijing breaks the deal, Washington can impose sanctions on its banks.",
        {("Threat", "state/us", "sanctions on its banks")},
    ),
    # near miss: "can" with no condition before it is no threat
    ("Washington can impose sanctions on Chinese banks.", {("Leverage", "state/us", "sanctions on Chinese banks")}),
]

# -- English: those asked, listed or unnamed ------------------------------------------------------------------------
EN_ASKED = [
    # en_claims._ADDRESSEE_JOIN, _OTHERS_ASKED: a comma list of those asked, and its unnamed rest ("and other
    # large firms"), each named one asked
    (
        "The Cyberspace Administration of China told ByteDance, Alibaba, and other large firms to stop buying "
        "Nvidia's H20.",
        {
            ("Demand", "org/cac", "org/bytedance", "stop buying Nvidia's H20"),
            ("Demand", "org/cac", "org/alibaba", "stop buying Nvidia's H20"),
        },
    ),
    (
        "Washington urged Japan, the Netherlands and South Korea not to sell chipmaking tools to China.",
        {
            ("Demand", "state/us", "state/japan", "not to sell chipmaking tools to China"),
            ("Demand", "state/us", "state/netherlands", "not to sell chipmaking tools to China"),
            ("Demand", "state/us", "state/south-korea", "not to sell chipmaking tools to China"),
        },
    ),
    # en_claims._hoped_of_unnamed (en-hoped-party): a hope of parties no name is given for is still wanted
    (
        "The foreign ministry said China firmly opposes the restrictions and hopes the countries involved will act "
        "in the interest of stable supply chains.",
        {("Demand", "state/china", None, "act in the interest of stable supply chains")},
    ),
    # near miss: a hope of things, no party, wants nothing of anyone
    ("China hopes the talks will succeed.", set()),
    # an expectation of parties no name is given for, by a body, is wanted of them too
    (
        "Jane Roe said the Bureau of Industry and Security expects foreign governments to cooperate in completing "
        "end-use checks.",
        {("Demand", "org/bis", None, "cooperate in completing end-use checks")},
    ),
    # en_claims._PRESSED_OVER: the matters one is pressed over or on are what the presser wants changed, one
    # demand per thing listed
    (
        "Commerce Minister Wang Wentao, for his part, pressed the US over its semiconductor policy, export controls "
        "and reviews of foreign investment.",
        {
            ("Demand", "person/wang-wentao", "state/us", "its semiconductor policy"),
            ("Demand", "person/wang-wentao", "state/us", "export controls"),
            ("Demand", "person/wang-wentao", "state/us", "reviews of foreign investment"),
        },
    ),
    # near miss: a meal or a question one is pressed over names nothing wanted
    ("In 2019 Donald Trump pressed Xi Jinping over dinner in Buenos Aires.", set()),
    ("Senator Jane Roe pressed Howard Lutnick on who would pay for the tariffs.", set()),
    # en_claims._quoted_subject_wants: a wanting verb inside a quotation right after a state named in it is that
    # state's demand, whoever quotes it; what is wanted ends with the quotation
    (
        'Jane Roe went on: "Beijing wants the export controls loosened."',
        {("Demand", "state/china", None, "the export controls loosened")},
    ),
    (
        '"Beijing wants relief on chips," said Jane Roe, a researcher at a think tank in Shanghai.',
        {("Demand", "state/china", None, "relief on chips")},
    ),
    # near miss: what the speaker says a side wanted, as a relative, and a pronoun wanted
    ('"The purchases are what the White House wanted for the farm states," Jane Roe said.', set()),
    ('"China wants it treated as a commercial matter," Jane Roe said.', set()),
    # en-wanted-thing: a thing one side asks of another, wanted by name with no known issue
    (
        "Washington wants some acknowledgment that the overflight was no accident.",
        {("Demand", "state/us", None, "some acknowledgment that the overflight was no accident")},
    ),
    ("The European Union also wants general licences for European importers.",
     {("Demand", "org/european-union", None, "general licences for European importers")}),
    # near miss: its own concession, and a thing of no kind asked
    ("Jane Roe said Beijing wanted its concession to be seen as a gift to Washington.", set()),
    ("Beijing wants more than a pause.", set()),
    # near miss: a person's expectation is a forecast
    ("Jane Roe, an analyst, expects companies to cut orders.", set()),
    # en_claims._condition_demand: a threat's main clause opened by "who" is of the person the relative is of
    (
        "The final call rests with Trump, who has warned that tariffs on Chinese goods could go back up if Beijing "
        "does not deliver on rare earths.",
        {("Demand", "person/donald-trump", "state/china", "deliver on rare earths")},
    ),
]

# -- Chinese: points of a list -----------------------------------------------------------------------------------
ZH_POINTS = [
    # measures.point: only the sentence right before the first point (its explanations skipped) opens a list of
    # demands, with the list's noun near its end; a demand word deep in an earlier sentence opens none
    (
        "劉鶴說，中美雙方同意創造條件和氛圍，繼續推動美方落實協議，中方對此表示歡迎。第一，協議短期內破裂的可能性不大。"
        "美國農業部數據顯示採購進度落後。第二，全年採購目標難以全部兌現。",
        set(),
    ),
    # near miss: the sentence naming the list, a point's explanation between the points
    (
        "劉鶴強調，中方三個核心關切問題必須得到美方解決。一是取消全部加徵關稅。關稅是雙方貿易爭端的起點。"
        "二是協議文本必須平衡。",
        {("Demand", "person/liu-he", "加徵關稅"), ("Demand", "person/liu-he", "協議文本必須平衡")},
    ),
]

# -- Chinese: a need, not a demand ----------------------------------------------------------------------------------
ZH_NEEDS = [
    # measures.needs_thing (both Chinese demand rules): 需要 right before a bargaining item or an amount is what a
    # side needs, nothing asked
    ("商務部發言人表示：「華府需要稀土，北京需要晶片，兩邊都有對方想要的東西。」", set()),
    ("商務部發言人表示，美國需要一到兩年建立替代產能。", set()),
    # near miss: 需要 before an action asked of the other side
    ("王毅說，美方需要停止打壓中國企業。", {("Demand", "person/wang-yi", "停止打壓中國企業")}),
]

# -- Chinese: the ground a demand stands on ---------------------------------------------------------------------------
ZH_GROUND = [
    # zh-item-frame-start/-end, zh_claims._after_ground: a clause "從…出發" (quoted or not) is the ground of a demand,
    # no item; what is asked is the clause after it
    (
        "外交部發言人毛寧敦促荷蘭、日本「從自身長遠利益出發」，不要跟著美國走。",
        {("Demand", "person/mao-ning", "不要跟著美國走")},
    ),
    (
        "外交部發言人毛寧說，希望荷方從維護自身長遠利益出發，尊重市場規律和契約精神。",
        {("Demand", "person/mao-ning", "尊重市場規律和契約精神")},
    ),
    # near miss: 從 opening what is asked, with no frame end, is the item
    ("外交部發言人毛寧敦促美方從中國撤回相關人員。", {("Demand", "person/mao-ning", "從中國撤回相關人員")}),
]

# -- Chinese: a question asks for no item ------------------------------------------------------------------------------
ZH_QUESTION = [
    # zh-question (怎麼做, in both demand rules): an item that asks is no item (an embedded 是否 is asked content)
    ("問：美方希望中方怎麼做？", set()),
    # near miss: what a side wants, said plainly
    ("商務部發言人說，美方希望中方擴大採購。", {("Demand", "state/us", "擴大採購")}),
]

# -- Chinese: what a side's cards are ----------------------------------------------------------------------------------
ZH_CARDS = [
    # zh_claims._LEAD_AFTER_CUE: adverbs between the chip noun and its copula (手中的牌主要是…,
    # 籌碼則主要體現在…), and "not only" after a comma (手上的牌，已經不只有稀土)
    (
        "他認為，美方手中的牌主要是芯片和實體清單。",
        {("Leverage", "state/us", "芯片"), ("Leverage", "state/us", "實體清單")},
    ),
    ("中方的籌碼則主要體現在採購本身。", {("Leverage", "state/china", "採購本身")}),
    ("北京手上的牌，已經不只有稀土。", {("Leverage", "state/china", "稀土")}),
    # near miss: a clause after the comma that says something else of the cards names none
    ("北京手上的牌，美方很清楚。", set()),
    # zh_claims._PRONOUN_OWNER, _THINK, _VERB_WEI: "X以為Y是它的王牌": the pronoun owning the chip is X, the item
    # what X thinks (the 為 of 以為 is no copula)
    ("「華府一直以為晶片是它的王牌。」林曉雯說。", {("Leverage", "state/us", "晶片")}),
    ("北京認為稀土是它最大的籌碼。", {("Leverage", "state/china", "稀土")}),
    # near miss: a pronoun with no one named before it holds nothing
    ("晶片是它的王牌。", set()),
]

# -- English: what is given in exchange -------------------------------------------------------------------------------
IN_EXCHANGE = [
    # measures.given_in_return, _SAID_ASIDE: an attribution set off after the lead ("In exchange, he said, …") and the
    # giver's verbs listed past the first comma: each bargaining item given is what the other side asked
    (
        "Washington cut tariffs. In exchange, he said, Beijing would work very hard to stop the flow of the chemicals, "
        "resume large purchases of American soybeans and keep rare earths moving.",
        {("Demand", "state/us", "soybeans"), ("Demand", "state/us", "rare earths")},
    ),
    # near miss: a step against the other side is nothing given
    ("Washington cut tariffs. In exchange, he said, Beijing would impose new tariffs.", set()),
]

# -- Chinese: one report, two quotations -------------------------------------------------------------------------------
ZH_REPORT = [
    # zh_claims._reported_on: a short clause between two quotations of a sentence that names its own subject but holds
    # no verb of speech (，因為中國手上「…」) goes on with the same report
    (
        "美國財長貝森特9日形容中方升級關稅「是一個大錯誤」，因為中國手上「只有一對2」。",
        {("Statement", "person/scott-bessent", "是一個大錯誤"), ("Statement", "person/scott-bessent", "只有一對2")},
    ),
    # near miss: words of the one named right before them are theirs (特朗普總統「…」的目標)
    (
        "習近平在會談中表示，中美應當「做夥伴、做朋友」，中國的發展同特朗普總統「讓美國再次偉大」的目標並行不悖。",
        {("Statement", "person/xi-jinping", "做夥伴、做朋友")},
    ),
]

CLAIMS = [
    *((("Leverage", "Threat"), *case) for case in SERIES),
    *((("Leverage", "Threat"), *case) for case in BARRED),
    *((("Leverage", "Threat"), *case) for case in EN_TO_COME),
    *((("Leverage", "Threat"), *case) for case in ITS),
    *((("Leverage", "Threat"), *case) for case in ASIDE),
    *((("Leverage", "Threat"), *case) for case in VOWS),
    *((("Leverage", "Threat"), *case) for case in SAID_IT),
    *((("Threat", "Leverage"), *case) for case in NO_GOVERNMENT),
    *((("Leverage", "Threat"), *case) for case in TRADE_CASES),
    *((("Demand",), *case) for case in ZH_POINTS),
    *((("Demand",), *case) for case in ZH_NEEDS),
    *((("Leverage",), *case) for case in ZH_CARDS),
    *((("Demand",), *case) for case in ZH_GROUND),
    *((("Demand",), *case) for case in IN_EXCHANGE),
    *((("Demand",), *case) for case in ZH_QUESTION),
]


@pytest.mark.parametrize(("text", "expected"), ZH_REPORT)
def test_report(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "kind", "actor", "quote") == expected


@pytest.mark.parametrize(("text", "expected"), EN_ASKED)
def test_asked(claims_of, text: str, expected: set[tuple[str, str, str | None, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "kind", "actor", "target", "phrase") == expected


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected
