"""Session 27: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

# -- English demands ------------------------------------------------------------------------------------------------
EN_DEMANDS = [
    # measures.demand: a third country asked by name is asked in English news too (it was only in Chinese), and
    # measures.action: a wanted action too long to be a thing loses its last adjuncts, cut where a preposition
    # opens one ("… not to fill any gap [in the Chinese market left by …]")
    (
        "Washington asked Seoul to urge its chipmakers not to fill any gap in the Chinese market left by the ban.",
        {("Demand", "state/us", "urge its chipmakers not to fill any gap")},
    ),
    # en-demand-stop: ", the Financial Times reported" ends what is wanted, as ", … said" does
    (
        "Beijing urged Washington to lift the tariffs, the Financial Times reported.",
        {("Demand", "state/china", "lift the tariffs")},
    ),
    # en-reproach-verb "complained that", en-reproach "was slow to", "had not done more to": a failure reported
    # after a complaint is what the one complaining wants done
    (
        "US Trade Representative Jane Doe complained that Beijing was slow to grant licences for rare earths.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "rare earths")},
    ),
    (
        "The US president was upset that China had not done more to stop fentanyl from reaching the United States.",
        {("Demand", "state/us", "fentanyl")},
    ),
    # near miss: a complaint about one's own side's slowness asks nothing of the other
    ("Washington complained that Congress was slow to pass the bill.", set()),
    # en-seek "an ultimatum:", measures.demand: the one given an ultimatum is asked what follows the colon, by the
    # giver (named, or a pronoun referring back)
    (
        "US President Jane Doe spoke on Monday. Earlier in the week she had given Beijing an ultimatum: withdraw its "
        "34 per cent retaliation by Tuesday.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "retaliation")},
    ),
    # en-until / zh-until "to ensure (that)", 確保: what a step is kept for is wanted of the side named right after
    (
        "US Trade Representative Jane Doe said the tariffs would stay in place to ensure that Beijing honours the "
        "deal.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "honours the deal")},
    ),
    ("美國貿易代表說得明白，這些關稅會留著，用來確保北京確實履約。", {("Demand", "state/us", "確實履約")}),
    # measures.demand (modal): an actor's own short noun may stand between it and a modal of two characters
    # (中方的承諾必須寫進法律: 中方 is asked); near miss: the 應 of 反應 is no modal
    ("美方堅持，中方的承諾必須寫進法律。", {("Demand", "state/us", "寫進法律")}),
    ("美方表示，中國的反應來得很快。", set()),
    # measures.demand (modal): what any deal must hold (任何協議都必須…) is asked of the other side than the speaker
    (
        "美方堅持談判。中國副總理劉鶴表示，任何協議都必須取消全部加徵的關稅。",
        {("Demand", "person/liu-he", "取消全部加徵的關稅")},
    ),
    # zh-until-before (measures.until_before): 在X…之前 before a step: what X does ends it, so it is wanted of X
    (
        "特朗普表示，在中方阻止芬太尼流入美國之前，將對所有中國輸美商品額外加徵10%關稅。",
        {("Demand", "person/donald-trump", "阻止芬太尼流入美國")},
    ),
    # measures.action: a wanted action given whole as a quotation right after the one asked (要美方「停止…」)
    (
        "中國外交部發言人多次要美方「停止對中國企業的無理打壓」。",
        {("Demand", "org/mfa-china", "停止對中國企業的無理打壓")},
    ),
    # near miss: with no step in the sentence, ensuring is no demand
    ("US Trade Representative Jane Doe said she wanted to ensure that Beijing honours the deal.", set()),
    # en_claims._demand: a verb of seeking negated right before it, or with nothing after it in its clause (what is
    # sought stands before, "a step Beijing had long sought"), asks for nothing
    ("China does not seek confrontation with the US, but it will defend its interests.", set()),
    ("Washington let Acme resume sales of its chip to China, a step Beijing had long sought.", set()),
    ("Beijing has long sought the removal of US tariffs.", {("Demand", "state/china", "the removal of US tariffs")}),
    # en_claims._demand: a verb of asking joined by "and" has the sentence's subject, and "it" after it is the one
    # named after the subject (the ministry accused Washington of … and called on it to …)
    (
        "The Ministry of Commerce accused Washington of abusing export controls and called on it to correct its "
        "wrong practices.",
        {("Demand", "org/mofcom", "correct its wrong practices")},
    ),
    # en_claims._demand: "… and on B to Y" after "called on A to X" asks B too, its own action; en-demand-stop
    # ", describing": a participle of comment ends what is wanted
    (
        "Beijing consistently called on Canada to release Ms. Meng and on the United States to drop its charges, "
        "describing her case as political persecution.",
        {("Demand", "state/china", "release Ms. Meng"), ("Demand", "state/china", "drop its charges")},
    ),
    # en_claims._demand: what one asked is asked to do ends at ", saying" (said, not wanted), as at ", adding"
    (
        "The Ministry of Commerce urged Washington to cancel the additional tariffs, saying China would take "
        "resolute measures to defend its interests.",
        {("Demand", "org/mofcom", "cancel the additional tariffs")},
    ),
]

# -- English steps -------------------------------------------------------------------------------------------------
EN_STEPS = [
    # en-measure-verb "respond": the clause's subject takes the step it will respond with; measures._negated: "any
    # further" negates only the noun right after it, not the countermeasures after another noun
    (
        "The Ministry of Commerce has said China will respond to any further escalation with firm countermeasures.",
        {("Threat", "state/china", "countermeasures")},
    ),
    # zh-retaliation 追究法律責任, 依法追究: legal liability promised to whoever carries out the other side's measures
    (
        "商務部表示，任何組織和個人執行美方措施，將依法追究法律責任。",
        {("Threat", "org/mofcom", "依法追究法律責任")},
    ),
    # en-retaliation "take measures": retaliation promised without naming the step; near miss: asked of the other side,
    # a demand (no threat)
    (
        "The Ministry of Commerce said China would take measures to protect the legitimate rights of its companies.",
        {("Threat", "state/china", "take measures")},
    ),
    ("The US urged China to take measures against fentanyl.", set()),
    # near miss: "any new" right before the step still says no step is taken
    ("China said it would not accept any new export controls.", set()),
    # en-measure-act "stop taking deliveries of", en-measure-verb "told its": a side ordering its own firms to stop
    # buying takes the step
    (
        "Beijing told its airlines to stop taking deliveries of Boeing aircraft, according to reports at the time.",
        {("Leverage", "state/china", "stop taking deliveries of Boeing aircraft")},
    ),
    # measures._past_lead_time: "and" before a pronoun subject is passed over; measures._pronoun_subject: the pronoun
    # after "and" is the sentence's own subject; en-measure "unreliable entity lists", en-measure-restrict "export
    # licensing"; measures._PLACED_UNDER: "put X under export licensing" places X under it, no passive
    (
        "The Ministry of Commerce said China would defend its firms, and it added more than two dozen American firms "
        "to its unreliable entity lists.",
        {("Leverage", "org/mofcom", "unreliable entity lists")},
    ),
    (
        "China's decision to put gallium under export licensing has sent prices higher in the US.",
        {("Leverage", "state/china", "gallium under export licensing")},
    ),
    # measures.holder, mood: up to six words may stand between "or face" and its step (… or face an additional
    # 50 per cent tariff: the one setting the choice threatens it, not the one facing it)
    (
        "US President Jane Doe said China must withdraw the retaliation by Tuesday or face an additional 50 per cent "
        "tariff.",
        {("Threat", "person/Jane-Doe-cac7bbb6", "additional 50 per cent tariff")},
    ),
    # measures.holder: a clause cut off from its verb by an aside (…, balloons included, to its entity list) with no
    # name of its own: "its" is the sentence's subject
    (
        "On Feb. 10, the Commerce Department added six Chinese entities it tied to the army's aerospace programs, "
        "balloons included, to its entity list.",
        {("Leverage", "org/us-commerce", "entity list")},
    ),
    # en-law-noun "memorandum", measures._law_that: a short phrase of what it is under may part the noun from its
    # "that"; measures.candidate: a passive word ("under") far from the step makes no one its sufferer;
    # measures._complement: the "as … as" of an amount does not end the step's phrase
    (
        "On March 22, US President Jane Doe signed a memorandum under Section 301 that could lead to tariffs on "
        "as much as $60 billion of Chinese imports.",
        {("Threat", "person/Jane-Doe-cac7bbb6", "tariffs on as much as $60 billion of Chinese imports")},
    ),
    # near miss: a passive word right before the step still makes the clause's subject its target
    ("Chinese firms under US sanctions have turned to local suppliers.", {("Leverage", "state/us", "sanctions")}),
    (
        "China imposed tariffs on as many as 128 US products.",
        {("Leverage", "state/china", "tariffs on as many as 128 US products")},
    ),
]

# -- Chinese steps: a clause that goes on with the one before, in its mood too -------------------------------------
ZH_STEPS = [
    # zh-rate-verb, zh-rate-noun (measures._rate_step): a rate raised with no noun of the step after it (再加50%) is
    # the step the noun names (tariffs); with the noun after it, the noun's phrase as before
    (
        "川普接著揚言，中國若不在8日前撤回報復，就再加50%。",
        {("Threat", "person/donald-trump", "再加50%")},
    ),
    ("國務院宣布對美國商品加徵34%關稅。", {("Leverage", "org/state-council", "對美國商品加徵34%關稅")}),
    # zh-rate-same: a rise as large as the other side's (再加相同幅度) is a rate too
    (
        "美方宣布對大馬商品徵收25%關稅；信中並警告，若大馬以提高關稅反制，美方將在25%之上再加相同幅度。",
        {("Leverage", "state/us", "對大馬商品徵收25%關稅"), ("Threat", "state/us", "再加相同幅度")},
    ),
    # measures.mood: a step named to be denied (真正的殺手鐧不是關稅，而是…) is no step; a step held up as a threat
    # (以高關稅相威脅) is threatened, by the other side of a speaker reproaching it when its clause names no one
    ("分析人士說，華府這一次真正的殺手鐧不是關稅，而是美元。", set()),
    (
        "對於美方的關稅威脅，商務部新聞發言人表示，動輒以高關稅相威脅，不是與中國相處的正確之道。",
        {("Threat", "state/us", "高關稅相")},
    ),
    # zh-mood-carry 再, 又, 也, 就, 便: a clause they open, with no subject of its own, is announced as the one before
    (
        "他上個月就撂下狠話，如果北京對美國商品加稅報復，美方將另外挑出2000億美元的中國商品，再加徵10%關稅。",
        {("Threat", "state/us", "關稅")},
    ),
    # near miss: the clause before says what was done, so the step after 再 was done too
    (
        "美方上月對2000億美元的中國商品加徵關稅，再對其餘商品加徵10%關稅。",
        {("Leverage", "state/us", "對2000億美元的中國商品加徵關稅")},
    ),
    # measures._earlier_subject: a time said first (60天後) is passed over to the clause's subject;
    # measures._mood_carried: a subjectless clause (把…) takes the mood of the clause whose subject it takes;
    # measures._negated: 未 inside a short bracketed name (「未經核實清單」) negates nothing; measures.emit: a span
    # that starts inside a bracketed name is no phrase
    (
        "美國商務部官員表示，如果外國政府持續阻撓核查，60天後商務部將啟動程序，把這些企業從「未經核實清單」移入"
        "限制更嚴的「實體清單」。",
        {("Threat", "org/us-commerce", "實體清單")},
    ),
    # near miss: a negation in quoted words (a long bracket) still negates
    ("中國外交部發言人表示，中美「並沒有就關稅問題進行任何磋商或談判」。", set()),
]

# -- whose claims: a person who speaks for no side ----------------------------------------------------------------
WHOSE = [
    # kg.extract._independent: a person known only by a post at a body of no side the lexicon does not know (a
    # professor, an analyst) describes the bargaining; what they urge is advice, no side's demand
    (
        "Jane Doe, a professor at Acme University, urged Washington to lift the tariffs on Chinese parts.",
        set(),
    ),
    # near miss: the head of a company the lexicon knows asks for what the firm wants
    (
        "Jane Doe, chief executive of Boeing, urged Washington to lift the tariffs on Chinese parts.",
        {("Demand", "person/Jane-Doe-cac7bbb6", "lift the tariffs on Chinese parts")},
    ),
]

WHOSE_CARDS = [
    # en_claims leverage: an issue denied right before it (not, rather than, instead of) is not the card
    ("Washington's real weapon this time is not tariffs but the dollar.", set()),
    (
        "Washington's real weapon this time is tariffs.",
        {("Leverage", "state/us", "Washington's real weapon this time is tariffs")},
    ),
    # measures._depended_thing: a dependence on a thing named by the other side's demonym is that side's card, with
    # the thing as its item; near miss: a thing of one's own side is no one's card over the other
    (
        "American biotech has come to depend on Chinese contract manufacturers that Beijing could lean on.",
        {("Leverage", "state/china", "Chinese contract manufacturers")},
    ),
    ("American farmers have come to depend on American subsidies.", set()),
    # measures.market_power, en/zh-market-power: a side's weight as another's trading partner is its card over it;
    # near misses: a third country's weight, a negation
    ("China is Vietnam's largest trading partner.", {("Leverage", "state/china", "largest trading partner")}),
    ("中國是越南最大的貿易夥伴。", {("Leverage", "state/china", "最大的貿易夥伴")}),
    ("Canada is America's largest trading partner.", set()),
    ("China is not India's largest trading partner.", set()),
    # in Chinese, the noun after the one depended on (依賴中國的原料藥供應) or before the word (對中國原料藥的依賴)
    ("美國藥廠高度依賴中國的原料藥供應。", {("Leverage", "state/china", "原料藥供應")}),
    ("美國對中國原料藥的依賴很深。", {("Leverage", "state/china", "原料藥")}),
    # near miss: 供應 alone names no thing
    ("美國工廠依賴中國的供應。", set()),
    # en-leverage "veto over", "a say over": an approval the other side's deal needs is a card
    (
        "Under export rules China revised in 2020, selling TikTok's recommendation algorithm abroad would need "
        "government approval, giving Chinese authorities an effective veto over the shape of any deal.",
        {("Leverage", "state/china", "giving Chinese authorities an effective veto")},
    ),
    # en_claims._speaker_only: the one who says a card is a card does not hold it (China holds what is named)
    (
        "Jane Doe, an analyst at Acme Metals, spoke to us. Doe said the more potent card, China's grip on rare earth "
        "processing, had so far been left untouched.",
        {("Leverage", "state/china", "China's grip on rare earth processing")},
    ),
]

# -- Chinese cards named as the hardest, the biggest, a counter card ------------------------------------------------
ZH_CARDS = [
    # zh-leverage 最硬的牌, 最大的牌, 反制牌: X手上最硬的牌是Y names Y as X's chip
    (
        "台灣手上最硬的牌是台積電的先進製程，但這張牌不宜輕易亮出來。",
        {("Leverage", "state/taiwan", "台積電的先進製程")},
    ),
    # near miss: 牌 in a brand or a licence is no card
    ("台灣的品牌是台積電的先進製程。", set()),
]

CLAIMS = [
    *((("Leverage",), *case) for case in ZH_CARDS),
    *((("Demand",), *case) for case in WHOSE),
    *((("Leverage",), *case) for case in WHOSE_CARDS),
    *((("Leverage", "Threat"), *case) for case in ZH_STEPS),
    *((("Demand",), *case) for case in EN_DEMANDS),
    *((("Leverage", "Threat"), *case) for case in EN_STEPS),
]


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected


# -- names: "the House" ----------------------------------------------------------------------------------------------
# ontology/actors.ttl: "House" names the US House of Representatives; en_actors._name_word_before: a one-word body name
# right after a capitalised word ends another name ("Lancaster House", "Philippine Senate"), no lexicon body
@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The House passed the bill on Wednesday.", {"org/us-house"}),
        ("The talks were held at Lancaster House in London.", set()),
        ("The Philippine Senate passed the bill on Wednesday.", {"org/Philippine-Senate-3e679e51"}),
        ("On Tuesday the Senate voted on the bill.", {"org/us-senate"}),
    ],
)
def test_house(extraction_of, text: str, keys: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {k for k in extraction_of(text).actors if k.startswith(("org/", "state/"))} == keys


# -- a fact sheet's listed commitments -----------------------------------------------------------------------------
# measures._listed_givers, listed_commitment, en-commit-header: bulleted lines under "X will:" (in capitals too) are
# what X gives, what the other side wanted of it; a line's second sentence goes on with it; near miss: bullets under a
# header that names no side's commitment are read as before
def test_listed_commitments(claims_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "China and the United States reached a deal.\n\n"
        "CHINA WILL:\n"
        "- Suspend all retaliatory tariffs announced since March 4. These include tariffs on chicken.\n"
        "- Purchase at least 12 million metric tons of US soybeans.\n\n"
        "Under the deal, the United States will:\n"
        "- Lower the tariffs on Chinese imports by 10 percentage points.\n\n"
        "Analysts noted:\n"
        "- Soybean prices rose.\n"
    )
    assert facts(claims_of(text), ("Demand",), "actor", "target", "phrase") == {
        ("state/us", "state/china", "Suspend all retaliatory tariffs announced since March 4"),
        ("state/us", "state/china", "Purchase at least 12 million metric tons of US soybeans"),
        ("state/china", "state/us", "Lower the tariffs on Chinese imports by 10 percentage points"),
    }


# zh-measure 課稅; ontology/issues.ttl: 課稅, 徵稅, 加稅 are the tariffs issue (not three issues of their own)
def test_taxing_is_tariffs(claims_of) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of("美國貿易代表署13日公布清單，準備對其餘約3000億美元中國商品課稅。")
    assert facts(claims, ("Threat",), "actor", "phrase", "issue") == {
        ("org/ustr", "對其餘約3000億美元中國商品課稅", "tariffs")
    }
