"""Session 28: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English: a wanted action as long as a sentence -----------------------------------------------------------------
EN_LONG = [
    # en-phrase-attachment "to", "on", "in", "at", "against", "into": a wanted action still as long as a sentence
    # after its adjuncts are cut loses the phrase a preposition attaches to its thing ("… to the Southeast Asian
    # country"), so that it names the thing asked (it was dropped as a sentence with no issue)
    (
        "Vietnam asked Washington to lift restrictions on exports of high-technology products to the Southeast "
        "Asian country.",
        {("Demand", "state/vietnam", "lift restrictions on exports of high-technology products")},
    ),
    (
        "China's commerce ministry urged the United States to stop piling sanctions on Chinese technology companies "
        "at every opportunity.",
        {("Demand", "org/mofcom", "stop piling sanctions on Chinese technology companies")},
    ),
    # near miss: a short wanted action keeps its prepositions
    (
        "Vietnam asked Washington to lift restrictions on chip exports to Vietnam.",
        {("Demand", "state/vietnam", "lift restrictions on chip exports to Vietnam")},
    ),
]

# -- English: a spokesperson with no name asks ------------------------------------------------------------------------
UNNAMED = [
    # en_claims._unnamed_speaker: a clause opening with a spokesperson no name comes with is the subject of its
    # verbs; the spokesperson speaks for the body introduced with them, or the body their title names
    (
        "In a statement on Monday night, a MOFCOM spokesperson said the US had abused export controls. The "
        "spokesperson urged the US side to stop generalizing national security.",
        {("Demand", "org/mofcom", "stop generalizing national security")},
    ),
    (
        "China's commerce ministry hit back. A ministry spokesperson said Washington's repeated hikes had turned into "
        "a numbers game, and urged the US to fully cancel its unilateral tariffs.",
        {("Demand", "org/mofcom", "fully cancel its unilateral tariffs")},
    ),
    # near miss: an actor named after the spokesperson's verb is the subject of the clause it opens
    (
        "China's Ministry of Commerce responded on Friday. The spokesperson said Washington had urged Tokyo to tighten "
        "its controls on chipmaking tools.",
        {("Demand", "state/us", "tighten its controls on chipmaking tools")},
    ),
    # near miss: a spokesperson of no body named anywhere speaks for no one
    ("A ministry spokesperson urged the US to lift the tariffs.", set()),
]

# -- English: a verb joined by "and" with no comma -------------------------------------------------------------------
JOINED = [
    # en_claims._joined_subject: "… and called for …" goes on with the subject of the verb before it (the last actor
    # a verb follows), not with the last actor named (the object) nor with the sentence's first subject
    (
        "According to the readout, Biden pressed Xi on human rights and called for restraint in military activity "
        "around the Taiwan Strait.",
        {
            ("Demand", "person/joe-biden", "human rights"),
            ("Demand", "person/joe-biden", "restraint in military activity around the Taiwan Strait"),
        },
    ),
    (
        "Chinese Commerce Minister Wang Wentao said US Trade Representative Jane Doe had visited Beijing in May and "
        "urged China to lift its export ban on gallium.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "lift its export ban on gallium")},
    ),
    # near miss: a modal and an adverb after the subject are its verb ("China would resolutely counter and …")
    (
        "If the US insisted on continuing to infringe China's interests, the spokesperson for China's commerce "
        'ministry said, China would resolutely counter and "fight to the end."',
        {("Threat", "state/china", "fight to the end")},
    ),
]

# -- Chinese: who asks ----------------------------------------------------------------------------------------------
ZH_ASKERS = [
    # zh_claims._demands: a first-person subject of the asking verb's clause in a quotation (我們敦促…) is the
    # quotation's speaker, before any actor named earlier in the quotation (美方必須…，我們敦促美方…)
    (
        "外交部較早時亦說:「我們敦促美方,停止無理打壓外國企業的錯誤行為。」",
        {("Demand", "org/mfa-china", "停止無理打壓外國企業的錯誤行為")},
    ),
    (
        "中國外交部發言人說：「美方必須停止打壓中國企業，我們敦促美方懸崖勒馬。」",
        {("Demand", "org/mfa-china", "停止打壓中國企業"), ("Demand", "org/mfa-china", "懸崖勒馬")},
    ),
    # near miss: no one asks itself; with no other subject before the one asked, no demand
    ("西村康稔表示，將密切關注中方如何實施相關措施，並要求中方說明意圖。", set()),
]

# -- Chinese: a card in quotation marks ------------------------------------------------------------------------------
ZH_CARDS = [
    # zh_claims._card: quotation marks may stand around a card (打“台湾牌”, 打『台灣牌』); the verb's clause gives its
    # holder, also the one told to stop playing it; the card keeps its 牌
    ("美方一再打“台湾牌”，企图以台制华。", {("Leverage", "state/us", "台湾牌")}),
    ("外交部發言人說：「我們正告美方，停止打『台灣牌』。」", {("Leverage", "state/us", "台灣牌")}),
    # near miss: no card verb before the quoted name
    ("美方一再提及“台湾牌”的说法。", set()),
]

# -- a wish inside a condition ----------------------------------------------------------------------------------------
WISH_IN_CONDITION = [
    # measures.mood: a demand verb inside a condition before the cue's clause ("If war is what the U.S. wants, …")
    # asks nothing of the step; the speaker's own step after it is threatened
    (
        '"If war is what the U.S. wants, we\'re ready to fight till the end," the Chinese Embassy in Washington said.',
        {("Threat", "org/chinese-embassy-us", "fight till the end")},
    ),
    # near miss: the wish in the step's own clause leaves it to the demand (no threat, no leverage)
    (
        "If the talks fail, Washington wants Tokyo to impose export controls on chipmaking tools.",
        {("Demand", "state/us", "impose export controls on chipmaking tools")},
    ),
]

# -- English: a state's customs --------------------------------------------------------------------------------------
CUSTOMS = [
    # en-group-noun "customs", "customs officials": after a demonym, the state's government acts
    (
        "In the months that followed, Chinese customs suspended canola seed shipments from two Canadian grain "
        "handlers.",
        {("Leverage", "state/china", "suspended canola seed shipments")},
    ),
    # near miss: the same body reporting a delay takes no step
    ("Chinese customs officials said the shipments had been delayed by paperwork.", set()),
]

# -- Chinese: 奉陪到底 ------------------------------------------------------------------------------------------------
ZH_TO_THE_END = [
    # zh-retaliation-vowed 奉陪到底: a vow of what is still to come is a threat with no 將 or condition before it,
    # of the subject right before it (商務部：打，奉陪到底 after a headline's other actor)
    ("要打，中方奉陪到底。", {("Threat", "state/china", "奉陪到底")}),
    ("特朗普揚言加徵100%關稅　商務部：打，奉陪到底", {
        ("Threat", "person/donald-trump", "加徵100%關稅"),
        ("Threat", "org/mofcom", "奉陪到底"),
    }),
    # near miss: negated, no vow
    ("中方表示，不會奉陪到底。", set()),
]

# -- English: who sets a condition ------------------------------------------------------------------------------------
CONDITION_SETTER = [
    # en_claims._condition_demand: the modal's own subject sets the condition ("warning that he would hit China …
    # if it did not withdraw …"), not the object named last before "if"
    (
        "On Monday, Trump raised the stakes again, warning that he would hit China with an additional 50 percent "
        "tariff if it did not withdraw its retaliation by Tuesday.",
        {("Demand", "person/donald-trump", "withdraw its retaliation by Tuesday")},
    ),
    # near miss: a condition that asks no one
    ("Trump said tariffs would rise if the talks failed.", set()),
]

# -- Chinese: the one written to or warned is no subject --------------------------------------------------------------
ZH_RECIPIENTS = [
    # zh-oblique 致函, 致信, 去信, 去函, 發函, 正告, 奉勸, 勸告, 提醒, 告誡: the actor after them receives the letter
    # or the warning; the words quoted after are the writer's
    (
        "美國大豆協會主席拉格蘭致函川普，形容「美國豆農正站在貿易和財務懸崖的邊緣」。",
        {("Statement", "person:拉格兰", None)},
    ),
    # zh_claims._card: told to stop playing a card (正告美方，停止打台灣牌), the one told plays it
    ("中方正告美方，停止打台灣牌。", {("Leverage", "state/us", "台灣牌")}),
]

# -- a measure word naming the conflict -------------------------------------------------------------------------------
CONFLICT = [
    # <lang>-measure-conflict: 關稅戰, 貿易戰, tariff war, tariff truce name the conflict, no step anyone took
    ("外交部發言人林劍說：「關稅戰、貿易戰沒有贏家，中方不惹事，也不怕事。」", set()),
    ("China and the United States agreed to extend their fragile tariff truce by 90 days.", set()),
    # near miss: the step itself is still one
    ("美國對中國商品加徵關稅。", {("Leverage", "state/us", "對中國商品加徵關稅")}),
]

# -- a step a demand names --------------------------------------------------------------------------------------------
DEMANDED_STEP = [
    # find_measures: a step the holder's own demand names ("want those tariffs gone", "want looser limits on …") is
    # no leverage of the one who wants it
    ("Chinese negotiators want those tariffs gone.", {("Demand", "state/china", "those tariffs gone")}),
    (
        "Chinese negotiators want looser limits on high-bandwidth memory and chipmaking equipment.",
        {
            ("Demand", "state/china", "looser limits on high-bandwidth memory"),
            ("Demand", "state/china", "chipmaking equipment"),
        },
    ),
    # near miss: a step named beside the demand, not in it, stays
    (
        "China imposed export controls on gallium. It wants the US tariffs lifted.",
        {("Leverage", "state/china", "export controls on gallium"), ("Demand", "state/china", "the US tariffs lifted")},
    ),
]

# -- English: the mood of a step ---------------------------------------------------------------------------------------
EN_MOOD = [
    # measures._relief_in: an easing word inside a retaliation ("fight to the end") eases nothing; the step vowed
    # with "will" is threatened
    (
        '"If the US insists on continuing to infringe upon China\'s interests, China will resolutely take '
        'countermeasures and fight to the end," the statement said.',
        {("Threat", "state/china", "countermeasures"), ("Threat", "state/china", "fight to the end")},
    ),
    # measures._future_after: the future after a measure's complement ("duties on Chinese goods could climb back")
    (
        "Without an extension, US duties on Chinese goods could climb back towards triple digits.",
        {("Threat", "state/us", "duties on Chinese goods")},
    ),
    # near miss: a step staying is no step to come
    (
        "Washington said US duties on Chinese goods will remain in place.",
        {("Leverage", "state/us", "duties on Chinese goods")},
    ),
]

# -- Chinese: the ground a demand stands on ----------------------------------------------------------------------------
ZH_FRAME = [
    # zh-item-frame-end: a clause opened by 以 that ends with 為基礎, 為前提 … frames the demand, asks nothing
    (
        "商務部發言人表示，希望美方以此次會談為基礎，與中方相向而行，徹底糾正單邊加徵關稅的錯誤做法。",
        {("Demand", "org/mofcom", "與中方相向而行"), ("Demand", "org/mofcom", "徹底糾正單邊加徵關稅的錯誤做法")},
    ),
    # zh-demand-stop 遭到, 以便, 以期, 以完成, 以換取, 藉此: a purpose or a reaction after what is wanted is no more of it
    (
        "美國農業部長多次喊話，希望中方進一步加快採購節奏，以完成協議設定的目標。",
        {("Demand", "state/us", "進一步加快採購節奏")},
    ),
    # near miss: 以 opening a wanted step stays (以實際行動兌現承諾)
    ("商務部表示，希望美方以實際行動兌現承諾。", {("Demand", "org/mofcom", "以實際行動兌現承諾")}),
]

# -- Chinese: detaining as a step -------------------------------------------------------------------------------------
ZH_DETAIN = [
    # zh-measure-act 扣留, 扣押, 查扣: goods or people held are a step, its object the item (將: announced, a threat)
    ("美國海關與邊境保護局表示，從即日起將扣留涉嫌違法的貨物。", {("Threat", "org/us-cbp", "扣留涉嫌違法的貨物")}),
    # near miss: police holding someone is no step of a side
    ("警方扣留了一名男子。", set()),
    # en-measure-act "detained", "detain", "detaining": the same in English
    (
        "Nine days after Meng's arrest, Chinese authorities detained Michael Kovrig, a former Canadian diplomat.",
        {("Leverage", "state/china", "detained Michael Kovrig")},
    ),
    ("Police detained a man in Vancouver.", set()),
]

CLAIMS = [
    *((("Demand",), *case) for case in EN_LONG),
    *((("Demand",), *case) for case in UNNAMED),
    *((("Demand", "Threat"), *case) for case in JOINED),
    *((("Demand",), *case) for case in ZH_ASKERS),
    *((("Leverage",), *case) for case in ZH_CARDS),
    *((("Leverage", "Demand", "Threat"), *case) for case in WISH_IN_CONDITION),
    *((("Leverage", "Threat"), *case) for case in CUSTOMS),
    *((("Threat",), *case) for case in ZH_TO_THE_END),
    *((("Demand",), *case) for case in CONDITION_SETTER),
    *((("Leverage", "Threat"), *case) for case in CONFLICT),
    *((("Leverage", "Demand", "Threat"), *case) for case in DEMANDED_STEP),
    *((("Leverage", "Threat"), *case) for case in EN_MOOD),
    *((("Demand",), *case) for case in ZH_FRAME),
    *((("Leverage", "Threat"), *case) for case in ZH_DETAIN),
]


@pytest.mark.parametrize(("text", "expected"), ZH_RECIPIENTS)
def test_recipients(claims_of, text: str, expected: set[tuple[str, str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, None if c.kind == "Statement" else c.phrase) for c in claims_of(text)}
    assert got == expected


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected


# -- English: a Chinese name after an English given name ------------------------------------------------------------
# en_actors.surname_pass: "Vivian Lau Ka-yan" (an English given name before a Chinese name whose given name is
# hyphenated) is "Lau" later; "she" after "Lau said …" is Lau, not the last person quoted before
HK_NAME = (
    '"This is a demonstration of capability," said Vivian Lau Ka-yan, a senior analyst at a research firm in Hong '
    'Kong. "It teaches customers to escape," said Gao Wenjie, a professor at a Nanjing institute. Lau said the most '
    'important signal lay in what China had left out. "Rare earths are not on this list," she said.'
)


def test_surname_of_an_english_and_chinese_name(claims_of) -> None:  # type: ignore[no-untyped-def]
    said = {(c.actor, c.quote) for c in claims_of(HK_NAME) if c.kind == "Statement"}
    assert said == {
        ("person/Vivian-Lau-Ka-yan-0633bb3f", "This is a demonstration of capability"),
        ("person/Gao-Wenjie-00478a06", "It teaches customers to escape"),
        ("person/Vivian-Lau-Ka-yan-0633bb3f", "Rare earths are not on this list"),
    }


# -- names the lexicon knows in Chinese ------------------------------------------------------------------------------
# ontology/actors.ttl: 波音 is Boeing; 科技部 China's Ministry of Science and Technology; 美國最高法院 and
# 聯邦最高法院 the U.S. Supreme Court; bodies and firms the corpus names (Arm, Five Eyes, OOCL, OECD, Moody's …)
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("中國暫停採購波音飛機。", "org/boeing"),
        ("商務部、科技部調整發布《中國禁止出口限制出口技術目錄》。", "org/most-china"),
        ("聯邦最高法院17日一致裁定維持法律。", "org/us-supreme-court"),
        ("英國晶片設計公司安謀要求員工暫停與華為往來。", "org/arm-holdings"),
        ("The Five Eyes partners share intelligence.", "org/five-eyes"),
        ("Shipping line OOCL cancelled the sailing.", "org/oocl"),
        ("The OECD cut its forecast for world trade.", "org/oecd"),
        ("Moody's said the tariffs would weigh on growth.", "org/moodys"),
        ("Rosneft and Lukoil were sanctioned in October.", "org/lukoil"),
        ("商務部把拓荊科技列入清單。", "org/piotech"),
    ],
)
def test_chinese_names_of_bodies(extraction_of, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
    assert key in extraction_of(text).actors


# zh-org-suffix 投顧, 期貨, 資產管理, 代表處, 法院, 交易所, 工作組, 兵團: a firm or body named by its ending
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("凱銳投顧分析師表示，台股短線震盪。", "凯锐投顾"),
        ("一德期货研究员指出，大豆价格承压。", "一德期货"),
        ("盛泰資產管理表示，人民幣短期承壓。", "盛泰资产管理"),
    ],
)
def test_bodies_by_their_ending(extraction_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert any(k.startswith("org") and name in k for k in extraction_of(text).actors)
