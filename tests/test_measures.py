"""Measures and control of supply as leverage or threats (kg/extract/measures.py), both languages.

Sentences written for these tests in the styles of real reports. Each case
asserts the exact set of (kind, holder, target, issue) the whole extractor
finds: a step taken is leverage, one announced or conditional a threat, an
eased, negated or demanded one neither (shared/gold/README.md).
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"
TRUMP = "person/donald-trump"

CASES = [
    # -- steps taken: leverage --------------------------------------------------------------
    ("On Monday, China imposed curbs on overseas sales of gallium and germanium.",
     {("Leverage", CN, None, "critical-minerals")}),
    ("Greer said China's new restrictions on rare earth magnets were a power grab.",
     {("Leverage", CN, "person/jamieson-greer", "rare-earths")}),  # the other side as named: Greer
    ("The move followed the Biden administration's ban on advanced chip sales to China.",
     {("Leverage", US, CN, "semiconductors")}),
    ("China alleges that the U.S. blocked exports of chip design software.",
     {("Leverage", US, CN, "semiconductors"), ("Leverage", US, CN, "software")}),
    ("Washington slapped tariffs on $200 billion of Chinese goods in September.",
     {("Leverage", US, None, "tariffs")}),
    ("美國對2000億美元中國商品加徵25%關稅。", {("Leverage", US, CN, "tariffs")}),
    ("中國商務部10月9日宣布收緊稀土出口。", {("Leverage", "org/mofcom", None, "rare-earths")}),
    ("北京對鎵、鍺實施出口管制，外界視為對美國晶片禁令的回擊。",
     # the chip ban is the matter of 回擊 after 對美國: the US's lever (measures: topic_owner)
     {("Leverage", CN, US, "critical-minerals"), ("Leverage", US, CN, "semiconductors")}),
    ("美国商务部表示，中国电动车已经被征收100%的关税。", {("Leverage", "org/us-commerce", CN, "tariffs")}),
    ("美方今年以芬太尼問題為由對華加徵20%關稅。", {("Leverage", US, None, "tariffs")}),
    ("Beijing accused Donald Trump of bullying as it imposed retaliatory tariffs on US soybeans.",
     {("Leverage", CN, US, "tariffs")}),  # "it" is Beijing; Trump is the object of "accused"
    # 會 ends 委員會 here: no modal, the sanctions are decided and taken
    ("中方决定对美国国际宗教自由委员会主席曼钦实施制裁。", {("Leverage", CN, "org/uscirf", "sanctions")}),
    ("China will vigorously take necessary counter-measures against the trade war started by the United States.",
     {("Threat", CN, US, None)}),
    ("China also said it will take further reciprocal measures against American journalists.",
     {("Threat", CN, None, None)}),
    # the measure complained of is the other side's, not the complainant's
    ("Chinese officials raised concerns about the U.S. export controls on chips.",
     {("Leverage", US, CN, "semiconductors")}),
    # retaliation on a condition of the other side's, or already unveiled, is no threat of its holder
    ("A further $16 billion in imports would be targeted and, if China continued to retaliate, "
     "a further $200 billion would follow.", set()),
    # -- announced or conditional: threats ----------------------------------------------------
    ("外交部發言人林劍表示：「我們將繼續採取堅決有力的措施，維護自身的正當權益。」",
     {("Threat", "org/mfa-china", None, None)}),  # the ministry the spokesman speaks for
    ("Trump threatened to impose 100% tariffs on China.", {("Threat", TRUMP, CN, "tariffs")}),
    ("The Commerce Department said it would add more Chinese firms to the entity list.",
     {("Threat", "org/us-commerce", None, "entity-list")}),
    ("美國將對2000億美元中國商品加徵關稅。", {("Threat", US, CN, "tariffs")}),
    ("川普揚言對中國加徵100%關稅。", {("Threat", TRUMP, CN, "tariffs")}),
    # undergoing the other side's measure in the future: its threat (the mood is the clause's)
    ("Foreign banks that deal with the officials would be subject to U.S. sanctions, the State Department said.",
     {("Threat", US, None, "sanctions")}),
    ("若美方一意孤行，中國企業將面臨美國的出口管制。", {("Threat", US, CN, "export-controls")}),
    # near miss: the modal is another step's (China would retaliate), the U.S. tariffs are in force
    ("Beijing said it would retaliate against U.S. tariffs.",
     {("Threat", CN, US, "tariffs"), ("Leverage", US, CN, "tariffs")}),
    # the speaker's own step on a condition: a threat; a negated one, none
    ("川普說：「如果我們實施200%的關稅，中美貿易將完全中止。」", {("Threat", TRUMP, None, "tariffs")}),
    ('Trump said: "If we impose 100 percent tariffs, trade with China will stop."',
     {("Threat", TRUMP, CN, "tariffs")}),
    ('Trump said: "If we don\'t impose tariffs, China wins."', set()),
    # a warning threatens by itself: its sayer's threat on the other side
    ("中方敦促美方停止干涉中國內政，否則必將玩火自焚。", {("Threat", CN, US, None)}),
    ("外交部發言人說，美方將為此付出代價。", {("Threat", "org/mfa-china", US, None)}),
    ("分析人士說，美國是在玩火。", set()),  # no side's warning
    # the measure, then its future: announced
    ("美國對中國商品加徵的關稅將在下月生效。", {("Threat", US, CN, "tariffs")}),
    ("拜登宣布，其他關稅將調高的商品包括電動車電池、太陽能電池等。",
     {("Threat", "person/joe-biden", None, "tariffs"), ("Threat", "person/joe-biden", None, "solar")}),
    ("美國官員認為，中國的稀土管制構成威脅。", {("Leverage", CN, US, "rare-earths")}),  # a threat as a noun
    # a condition named after the step makes it announced, not taken
    ('China promised on Thursday to take "strong countermeasures" if the US presses ahead with the bill.',
     {("Threat", CN, US, "countermeasures")}),
    ("The US slapped tariffs on Chinese steel if imports kept rising, the report said.",
     {("Threat", US, None, "tariffs")}),
    # a month is no modal: "since May"
    ("China has halted almost all purchases of Boeing jets since May, choosing Airbus instead.",
     {("Leverage", CN, None, "aircraft")}),
    # -- a measure being eased was in force: its holder's lever, never a threat ------------------
    ("The United States agreed to lift tariffs on Chinese goods.", {("Leverage", US, None, "tariffs")}),
    ("Trump said he would cut tariffs on Chinese imports to 47%.", {("Leverage", TRUMP, None, "tariffs")}),
    # -- negation, conditions, demands, third countries: nothing from the measure ----------------
    ("Beijing did not impose new export controls on gallium.", set()),
    ("美國同意將對華關稅由145%降至30%。", {("Leverage", US, None, "tariffs")}),
    ("中國不考慮對美國加徵關稅。", set()),
    ("If Washington imposes port fees, the talks will suffer.", set()),
    ("如果美國推進對中國船隻徵收停靠費，談判將受影響。", set()),
    ("The tariffs have hurt American farmers, analysts said.", set()),  # no holder named
    ("Japan imposed export controls on chipmaking equipment.", set()),
    # -- a measure one side is asked to lift is the other's lever in force ----------------------
    ("Beijing urged the United States to lift its tariffs on Chinese goods.", {("Leverage", US, CN, "tariffs")}),
    ("北京之前希望美國取消對中國商品的懲罰性關稅。", {("Leverage", US, CN, "tariffs")}),
    ("Trump will impose 50% tariffs unless Beijing withdraws its 34% retaliatory duty.",
     {("Threat", TRUMP, CN, "tariffs"), ("Leverage", CN, TRUMP, None)}),
    # -- supply and dependence -----------------------------------------------------------------
    ("China dominates the processing of rare earths, U.S. officials say.", {("Leverage", CN, US, "rare-earths")}),
    ("Analysts warn of America's reliance on China for rare earths.", {("Leverage", CN, US, "rare-earths")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_measure(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected
