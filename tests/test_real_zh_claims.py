"""Chinese leverage, demands and threats in constructions real news uses (kg/extract/measures.py).

Sentences written for these tests in the styles of real reports (none is taken
from an article). Each case asserts the exact set of (kind, actor, target,
phrase) of the claims other than statements; near misses assert none.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"

# -- an engagement or grant cut off: taken, leverage; announced or conditional, a threat ------
CUT = [
    ("北京隨即宣布暫停與美國在反恐、網絡安全和海上搜救等領域的合作。",
     {("Leverage", CN, US, "反恐"), ("Leverage", CN, US, "網絡安全"), ("Leverage", CN, US, "海上搜救")}),
    ("作為回應，中方決定取消原定下月舉行的兩軍海上安全磋商。",
     {("Leverage", CN, None, "原定下月舉行的兩軍海上安全磋商")}),
    ("北京方面暫停了禁毒和執法合作。", {("Leverage", CN, None, "禁毒"), ("Leverage", CN, None, "執法合作")}),
    ("美國國務院撤銷了三家中國航空公司的營運執照。",
     {("Leverage", "org/state-department", CN, "撤銷了三家中國航空公司的營運執照")}),
    ("白宮發言人表示，如果北京繼續施壓，總統可能取消與習近平的會晤。",
     {("Threat", "org/white-house", "person/xi-jinping", "與習近平的會晤")}),
    ("中國商務部表示將暫停與美國企業的部分合作項目。", {("Threat", "org/mofcom", US, "與美國企業的部分合作")}),
    # near misses: negated, resumed, or what is cut is a measure (easing, no pressure)
    ("中方不會中止與美方的氣候對話。", set()),
    ("美中雙方同意恢復兩軍對話。", set()),
    ("美方已於上月取消了會談涉及的對華限制措施。", set()),
]


def _claims(claims_of, text: str) -> set[tuple[str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    return {(c.kind, c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind != "Statement"}


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_engagement_cut(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- what is wanted is a list of things: one demand per thing ----------------------------------
LISTS = [
    ("美國要求中國購買更多美國農產品、能源和工業製品。",
     {("Demand", US, CN, "購買更多美國農產品、能源和工業製品"), ("Demand", US, CN, "能源"),
      ("Demand", US, CN, "工業製品")}),
    # what one side agreed to, in a clause that goes on after 並, is what the other wanted
    ("中方同意進行結構性改變，並大量採購美國的農產品、能源和工業製品。",
     {("Demand", US, CN, "大量採購美國的農產品"), ("Demand", US, CN, "能源"), ("Demand", US, CN, "工業製品")}),
    # near misses: 和 inside a word, two things joined by 和 alone, a list that modifies a noun
    ("中方認為，美方應摒棄零和思維。", {("Demand", CN, US, "摒棄零和思維")}),
    ("中方要求美方恪守一個中國原則和三個聯合公報。", {("Demand", CN, US, "恪守一個中國原則和三個聯合公報")}),
    ("商務部希望美方為中國企業提供公平、公正和非歧視的營商環境。",
     {("Demand", "org/mofcom", US, "為中國企業提供公平、公正和非歧視的營商環境")}),
    # both sides agree, and the clause after names no item of a commitment
    ("兩國官員都同意擴大貿易，我們希望看到更多採購，令貿易逆差縮小。", set()),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_wanted_list(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a clause whose first name follows a preposition: its subject stands before it -------------
SUBJECTS = [
    ("美國商務部長雷蒙多說，她向中國國務院總理李強等中國領導人表達了對產能過剩的擔憂。",
     {("Demand", US, CN, "產能過剩")}),  # not 李強: the person of a title after 向 is its object
    ("耶倫在會談中向中國副總理何立峰表達了對產能過剩的關切。",
     {("Demand", "person/janet-yellen", CN, "產能過剩")}),
    ("中國外交部長王毅向美國國務卿盧比奧表示，美方應停止對中國企業的制裁。",
     {("Demand", "person/wang-yi", US, "停止對中國企業的制裁"), ("Leverage", US, CN, "對中國企業的制裁")}),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subject_before_preposition(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a demand put forward as a noun, what is asked before it -----------------------------------
PROPOSALS = [
    ("美方提出了中方削減產業補貼的要求。", {("Demand", US, CN, "中方削減產業補貼")}),
    ("美方在談判中提出削減產業補貼、開放金融市場等要求，中方未予接受。",
     {("Demand", US, CN, "削減產業補貼"), ("Demand", US, CN, "開放金融市場")}),
    ("美國對中國提出了開放農業市場的要求。", {("Demand", US, CN, "開放農業市場")}),
    # what is asked is no step of the asker: no leverage of China's over its own tariffs
    ("中方提出了取消全部加徵關稅的訴求，美方表示會研究。", {("Demand", CN, US, "取消全部加徵關稅")}),
    # near miss: nothing stands between the verb and the noun
    ("中國提出的條件，美國無法接受。", set()),
]

# -- a measure the other side is wished to ease is no lever of the one wishing ---------------
WISHES = [
    ("中方期待美方取消對中國商品加徵的關稅。",
     {("Demand", CN, US, "取消對中國商品加徵的關稅"), ("Leverage", US, CN, "對中國商品加徵的關稅")}),
    ("美方期盼中方在稀土出口上放寬限制。", {("Demand", US, CN, "在稀土出口上放寬限制")}),
    ("美國以關稅迫使中國讓步。", {("Leverage", US, CN, "關稅"), ("Demand", US, CN, "讓步")}),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSALS + WISHES)
def test_proposal_and_wish(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a measure criticised: the one criticised took it ------------------------------------------
CRITICISED = [
    ("北京的外交官員數次批評美國，不該在會談前夕對24名官員實施新制裁。",
     {("Leverage", US, CN, "對24名官員實施新制裁")}),
    ("中國外交部譴責美國對中國企業實施單邊制裁。", {("Leverage", US, CN, "對中國企業實施單邊制裁")}),
    ("中方強烈抗議美方將中國實體列入實體清單。", {("Leverage", US, CN, "實體清單")}),
    ("美國國務院批評中國對美國議員實施制裁。", {("Leverage", CN, US, "對美國議員實施制裁")}),
    # near misses: the criticised is no actor (她), or the measure is another act two clauses on
    ("美國指責她向銀行提供不實信息，違反美國對伊朗的制裁。", set()),
    ("拜登痛批北京補貼企業，造成產能過剩，因此美國決定調高中國電動車的關稅。",
     {("Leverage", US, CN, "關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), CRITICISED)
def test_criticised_measure(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- reserving the right to a step is threatening it; keeping a measure in force is not -------
RESERVE = [
    ("中國商務部表示，中方保留採取進一步反制措施的權利。", {("Threat", CN, None, "採取進一步反制措施")}),
    ("美國同意取消上月加徵的大部分關稅，並保留餘下10%關稅。", {("Leverage", US, None, "關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), RESERVE)
def test_reserved_right(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- threats: a pronoun subject is the one speaking before; retaliation named by its response --
THREATS = [
    ("川普週五表示對談判進展不滿。他又聲言兩周內會向第二批160億美元中國貨徵稅。",
     {("Threat", "person/donald-trump", CN, "向第二批160億美元中國貨徵稅")}),
    ("習近平回應稱，如果台獨勢力越過紅線，北京將不得不果斷回應。", {("Threat", CN, None, "不得不果斷回應")}),
    ("中方表示將堅決回擊。", {("Threat", CN, None, "堅決回擊")}),
    # near misses: a response as a noun, no modal; 他們 is no single person
    ("中國對美國的回擊是有限的。", set()),
    ("中國外交部長王毅會見了布林肯。他們都表示會對中國加徵關稅。", set()),
]

# -- a deal's terms bind one side: what it must do, the other side wanted ---------------------
DEALS = [
    ("美國與中國簽署第一階段協議。協議要求中國購買更多美國農產品。", {("Demand", US, CN, "農產品")}),
    ("美中達成協議。根據協議，中國將在兩年內增購2000億美元的美國商品和服務。",
     {("Demand", US, CN, "在兩年內增購2000億美元的美國商品和服務")}),
    # near miss: the bound side eases its own measure — its lever, no demand of the other
    ("美中達成協議。按照協議，美國將把對華關稅降至10%。", {("Leverage", US, None, "對華關稅")}),
]

# -- displeasure voiced about a matter named before it ------------------------------------------
CONCERNS = [
    ("美方對中國補貼電動車產業的做法感到不滿。", {("Demand", US, CN, "補貼"), ("Demand", US, CN, "電動車")}),
]


@pytest.mark.parametrize(("text", "expected"), THREATS + DEALS + CONCERNS)
def test_threats_deals_concerns(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- control of a supply and dependence on it, described ---------------------------------------
SUPPLY = [
    ("美國約80%的稀土進口來自中國。", {("Leverage", CN, US, "稀土")}),
    ("中國宣布停止出口稀土。", {("Leverage", CN, None, "停止出口稀土")}),
    # near misses: a place of origin, no bargaining item; people coming from a country
    ("美國的晶片大多產自台灣。", set()),
    ("這些留學生來自中國。", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLY)
def test_supply(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a step on a condition whose consequence is the other side's harm: a lever described ------
HARM = [
    ("如果中國停止出口稀土，美國汽車廠將被迫停產。", {("Leverage", CN, US, "停止出口稀土")}),
    ("如果美國加徵關稅，中國經濟將受到衝擊。", {("Leverage", US, CN, "關稅")}),
    # near misses: the consequence is a step (a threat), the condition a refusal, the harm one's own
    ("如果美國加徵關稅，中國將採取反制措施。", {("Threat", CN, US, "採取反制措施")}),
    # (the refused purchase under a threat is wanted: measures._negated_condition)
    ("若中國不購買美國大豆，美國將加徵關稅。", {("Threat", US, CN, "加徵關稅"), ("Demand", US, CN, "大豆")}),
    ("如果中國停止出口稀土，中國企業也將蒙受損失。", set()),
]


@pytest.mark.parametrize(("text", "expected"), HARM)
def test_harm_on_condition(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- what is wanted goes on clause by clause, until a clause with its own (pronoun) subject ---
GOES_ON = [
    ("中方要求美方停止打壓，取消制裁，這是中方的一貫立場。",
     {("Demand", CN, US, "停止打壓"), ("Demand", CN, US, "取消制裁"), ("Leverage", US, CN, "制裁")}),
    ("中方要求美方停止打壓，取消制裁，並且不得干涉中國內政。",
     {("Demand", CN, US, "停止打壓"), ("Demand", CN, US, "取消制裁"), ("Demand", CN, US, "不得干涉中國內政"),
      ("Leverage", US, CN, "制裁")}),  # the sanctions to be lifted are in force, as in 要求美方取消制裁
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_wanted_goes_on(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- no side aims a measure at itself: the one aimed at names the holder's other side ----------
AIMED = [
    ("刘鹤表示，美方对中国实施的大规模关税不利于双方。", {("Leverage", US, CN, "对中国实施的大规模关税")}),
    ("中國商務部回應美國對中國出口產品再加徵一成關稅時表示，美方做法違反世貿規則。",
     {("Threat", US, CN, "對中國出口產品再加徵一成關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), AIMED)
def test_aimed_at_other_side(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a step that must not be taken is no step taken ---------------------------------------------
NOT_TAKEN = [
    # no step taken; 荷方 (the Netherlands) is asked not to take one
    ("商務部發言人說：「荷方應尊重市場原則，不濫用出口管制措施。」",
     {("Demand", "org/mofcom", "state/netherlands", "尊重市場原則"),
      ("Demand", "org/mofcom", "state/netherlands", "不濫用出口管制措施")}),
    ("美國不斷加強對中國的出口管制。", {("Leverage", US, CN, "對中國的出口管制")}),  # 不斷: continuously
]


@pytest.mark.parametrize(("text", "expected"), NOT_TAKEN)
def test_not_taken(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a third party asked by name is asked too ----------------------------------------------------
THIRD = [
    ("中國商務部表示，荷蘭應停止對安世半導體的干預。",
     {("Demand", "org/mofcom", "state/netherlands", "停止對安世半導體的干預")}),
    ("美國國會要求字節跳動出售TikTok在美業務。",
     {("Demand", "org/us-congress", "org/bytedance", "出售TikTok在美業務")}),
    ("中方要求輝達說明H20晶片的安全風險。", {("Demand", CN, "org/nvidia", "說明H20晶片的安全風險")}),
    # a side's rule for a company based in its own country (cm:basedIn) is no bargaining demand
    ("美國商務部要求輝達停止向中國客戶出售H20晶片。", set()),
    ("中國工信部要求華為暫停在美國的新業務。", set()),
]


@pytest.mark.parametrize(("text", "expected"), THIRD)
def test_third_party_asked(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- 將 before its object marks the object: a step taken, not announced -------------------------
DISPOSAL = [
    ("中國宣布將美國國防企業洛克希德·馬丁列入不可靠實體清單。",
     {("Leverage", CN, US, "不可靠實體清單")}),
    ("中國商務部宣布，將15家美國實體列入出口管制管控名單。", {("Leverage", "org/mofcom", US, "出口管制")}),
    # 將 then 把: the future, the object after 把
    ("中國表示將把更多美國企業列入不可靠實體清單。",
     {("Threat", CN, US, "把更多美國企業列入不可靠實體清單")}),
]


@pytest.mark.parametrize(("text", "expected"), DISPOSAL)
def test_disposal_marker(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a step said to depend on the other side is on a condition: a threat ------------------------
DEPENDS = [
    ("格里爾說，美國對中國產品實施100%新關稅取決於中國的態度。", {("Threat", US, CN, "對中國產品實施100%新關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), DEPENDS)
def test_depends_on(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a step weighed or planned is announced for later: a threat ---------------------------------
PLANNED = [
    ("美國政府正評估對中國晶片實施新的出口管制。", {("Threat", US, CN, "對中國晶片實施新的出口管制")}),
    ("北京不惜對美國農產品加徵報復性關稅。", {("Threat", CN, US, "對美國農產品加徵報復性關稅")}),
    ("白宮正在研究對中國無人機實施禁令。", {("Threat", "org/white-house", CN, "對中國無人機實施禁令")}),
    ("美國擬從下月起對中國船隻徵收港口費。", {("Threat", US, CN, "對中國船隻徵收港口費")}),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED)
def test_planned_step(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- the one asked to change a matter complained of is the actor opening it, a third party too --
MATTER = [
    ("中方對荷蘭政府干預安世半導體表示強烈不滿。", {("Demand", CN, "state/netherlands", "荷蘭政府干預安世半導體")}),
    ("中方堅決反對荷蘭政府干預企業經營。", {("Demand", CN, "state/netherlands", "荷蘭政府干預企業經營")}),
    ("中方對美國的出口管制表示強烈不滿。",
     {("Demand", CN, US, "出口管制"), ("Leverage", US, CN, "對美國的出口管制")}),
]


@pytest.mark.parametrize(("text", "expected"), MATTER)
def test_matter_actor(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- 美方應… with no one named and no verb of speech: the other side's voice ---------------------
UNSPOKEN = [
    ("問：美方擴大出口管制，中方有何回應？答：中方注意到相關情況。美方應立即停止錯誤做法，給予中國企業公平待遇。",
     {("Leverage", US, CN, "出口管制"), ("Demand", CN, US, "停止錯誤做法"),
      ("Demand", CN, US, "給予中國企業公平待遇")}),
]


@pytest.mark.parametrize(("text", "expected"), UNSPOKEN)
def test_unspoken_modal(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a measure's phrase keeps its owner after 把/將 and the change of its rate -------------------
OWNER = [
    ("川普宣布，將把2500億美元中國商品的關稅從25%上調至30%。",
     {("Threat", "person/donald-trump", CN, "2500億美元中國商品的關稅從25%上調至30%")}),
    ("美國將中國電動車的關稅提高到100%。", {("Leverage", US, CN, "中國電動車的關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), OWNER)
def test_measure_owner_phrase(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- what would end a step is what its taker wants --------------------------------------------
UNTIL = [
    ("川普稱將對所有中國進口商品徵收額外10%關稅，直到中國停止芬太尼流入美國。",
     {("Threat", "person/donald-trump", CN, "對所有中國進口商品徵收額外10%關稅"),
      ("Demand", "person/donald-trump", CN, "芬太尼")}),
    ("美國表示，除非中國讓步，否則將維持現有關稅。", {("Demand", US, CN, "讓步")}),
    ("中國表示，將持續觀察直到美國作出回應。", set()),  # near miss: no step to end
]


@pytest.mark.parametrize(("text", "expected"), UNTIL)
def test_until(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- "X的 + measure" after a verb: X owns the measure; after 對/向: X is its target ---------------
POSSESSED = [
    ("中國宣布反制，回擊美國的制裁。", {("Leverage", US, CN, "制裁")}),
    ("中方強烈譴責美國的出口管制。", {("Leverage", US, CN, "出口管制")}),
    # 對 aims: the tariffs are China's, on the United States
    ("中國去年對美國的關稅已經生效。", {("Leverage", CN, US, "對美國的關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_possessor_after_a_verb(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected


# -- a measure whose rate is lowered (稅率從…下調至…) is eased: leverage in force, no threat ----------
RATE_CHANGE = [
    ("根據協議內容，美方將對中國商品的關稅稅率從原本高達125%下調至10%。", {("Leverage", US, CN, "對中國商品的關稅")}),
    ("美方將對中國商品的關稅從10%上調至25%。", {("Threat", US, CN, "對中國商品的關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CHANGE)
def test_rate_lowered_is_easing(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert _claims(claims_of, text) == expected
