"""Steps held open as real news writes them, in both languages (session 11).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims of its kind, near misses included.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"

# -- the right to a step reserved: held open, a threat ---------------------------------------------
# "reserves the right to impose …" (en-measure-held-open) and the two-part frame 保留…的權利 around
# the step (zh-measure-held-open-frame: lead before the step, tail after it). Keeping a measure in
# force (保留…關稅, no 權利 after it) is the holder's lever, not a threat.
HELD_OPEN = [
    ("The United States reserves the right to impose tariffs on China, the trade representative said.",
     {("Threat", US, "tariffs")}),
    ("美方保留對中國加徵關稅的權利。", {("Threat", US, "tariffs")}),
    ("美方保有對中國加徵關稅的權利。", {("Threat", US, "tariffs")}),
    # near misses: the measure kept in force; the step imposed
    ("美方保留對中國加徵的關稅。", {("Leverage", US, "tariffs")}),
    ("The United States imposed tariffs on China, the trade representative said.", {("Leverage", US, "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), HELD_OPEN)
def test_held_open(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- a clause opening with 及其 goes on with the noun before -------------------------------------------
# 對A、B等產品，及其技術實施出口管制: the comma splits one noun phrase (the products and their
# technology); the measure's listed objects stand in the clause before (zh-clause-join).
CLAUSE_JOIN = [
    ("中國商務部宣布，即日起對鎢、碲、鉍等稀有金屬產品，及其技術實施出口管制。",
     {("Leverage", "org/mofcom", "鎢"), ("Leverage", "org/mofcom", "碲"), ("Leverage", "org/mofcom", "鉍")}),
    # near miss: a clause of its own after the comma; the list is no object of its measure
    ("中國商務部宣布，鎢、碲、鉍等稀有金屬產品價格上漲，並對技術實施出口管制。",
     {("Leverage", "org/mofcom", "對技術實施出口管制")}),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_JOIN)
def test_clause_join(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- a matter raised with the other side: a demand ----------------------------------------------------
# 提出X問題 (zh-proposal-bare after a zh-raise verb; no 的 needed, but X must name an issue) and
# "raise the issue of X" (en-concern, en-concern-about): the one raising it wants it addressed.
RAISED = [
    ("耶倫說，她將在與中國官員會晤時提出中國產能過剩問題。",
     {("person/janet-yellen", "state/china", "overcapacity")}),
    ("Janet Yellen said she would raise the issue of overcapacity with Chinese officials.",
     {("person/janet-yellen", "state/china", "overcapacity")}),
    # near misses: a question asked; a matter restated, not raised
    ("耶倫在記者會上提出了一個問題。", set()),
    ("中方重申台灣問題是中國內政。", set()),
]


@pytest.mark.parametrize(("text", "expected"), RAISED)
def test_raised(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a failure voiced as the speaker's own statement: a demand ----------------------------------------
# 戴琪表示，中國未能全面履行協議 / "China has failed to honor its commitments, Tai said": with no verb
# of criticism, only the failure words that reproach unaided (en-/zh-reproach-alone), right after
# the actor opening its clause, voiced by a speaker of the other side.
FAILED = [
    ("美國貿易代表戴琪表示，中國未能全面履行第一階段貿易協議。",
     {("person/katherine-tai", "state/china", "全面履行第一階段貿易協議")}),
    ("China has failed to honor its Phase One commitments, Katherine Tai said.",
     {("person/katherine-tai", "state/china", "honor its Phase One commitments")}),
    # near misses: the speaker's own side fails; both sides fail; no speaker
    ("戴琪表示，美國未能說服中國。", set()),
    ("中美雙方未能達成協議。", set()),
    ("中國未能全面履行第一階段貿易協議。", set()),
]


@pytest.mark.parametrize(("text", "expected"), FAILED)
def test_failed(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a speaker described by title after a quotation ---------------------------------------------------
# '"…," the US Secretary of State said': the last person named before who holds the title speaks;
# the state inside the description is a modifier, no speaker.
BY_TITLE = [
    ("US Secretary of State Antony Blinken met Chinese leader Xi Jinping on Friday.\n\n"
     "\"Russia would struggle to sustain its war without China's support,\" the US Secretary of State said.",
     {("person/antony-blinken", "Russia would struggle to sustain its war without China's support")}),
    ("Chinese Foreign Minister Wang Yi met Antony Blinken on Friday. \"The US must stop its interference,\" "
     "the Chinese foreign minister said.",
     {("person/wang-yi", "The US must stop its interference")}),
    # near miss: no one named before holds the title; the state speaks for itself
    ("Antony Blinken met Wang Yi on Friday. \"We will respond,\" the US said.",
     {("state/us", "We will respond")}),
]


@pytest.mark.parametrize(("text", "expected"), BY_TITLE)
def test_speaker_by_title(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"}
    assert got == expected


# -- "the importance of dialogue" is no inverted speaker ----------------------------------------------
# 'X, in turn, stressed the importance of dialogue, calling … "…"': the participle goes on with X; the
# noun phrase after the verb is its object (its preposition is no noun of a speaker).
PARTICIPLE_QUOTE = [
    ("US Secretary of State Antony Blinken met Wang Yi.\n\nThe head of the Chinese Foreign Ministry said that "
     "problems are increasing. Blinken, in turn, stressed the importance of dialogue, calling the relations "
     "\"the most consequential\" in the world.",
     {("person/antony-blinken", "the most consequential")}),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_QUOTE)
def test_participle_quote(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"}
    assert got == expected


# -- a name after a clause's verb is the object's, not a subject ---------------------------------------
# 包括取消中美國防部工作會晤，暫停中美禁毒合作: each subjectless clause goes on with the subject of the
# clause that announced the steps; 中美 inside the object, after 暫停, is no earlier subject.
OBJECT_NAMES = [
    ("中國外交部稍後宣布對美採取反制，包括取消中美國防部工作會晤，暫停中美禁毒合作。",
     {("org/mfa-china", "中美國防部工作會晤"), ("org/mfa-china", "中美禁毒合作")}),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_NAMES)
def test_object_names(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.phrase) for c in claims_of(text) if c.kind == "Leverage"}
    assert got == expected


# -- the critic's own next act; a quantifier after 對 -----------------------------------------------------
# 譴責中國…，並威脅將對所有中國進口產品加徵關稅: after 並 the critic acts again (the one criticised takes no
# step), and 中國 after 對所有 is the step's object (zh-oblique-skip), never its holder.
CRITIC_ACTS = [
    ("作為回應，美國總統川普公開譴責中國的行為，並威脅將從11月1日起對所有中國進口產品加徵100%的關稅。",
     {("Threat", "person/donald-trump")}),
    # near miss: the one criticised takes the step
    ("中方批評美國，不該對中國官員實施新制裁。", {("Leverage", "state/us")}),
]


@pytest.mark.parametrize(("text", "expected"), CRITIC_ACTS)
def test_critic_acts(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- the asker's next act of speech ends what is wanted -----------------------------------------------
# "called on China to refrain from … and warned that …": what follows "and warned" is another act of
# the asker (here a threat), no part of the demand.
NEXT_ACT = [
    ("Antony Blinken called on China to refrain from cooperating with Russia and warned that Washington "
     "could increase sanctions.",
     {("Demand", "refrain from cooperating with Russia"), ("Threat", "Washington could increase sanctions")}),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_ACT)
def test_next_act(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.phrase) for c in claims_of(text) if c.kind in ("Demand", "Threat")}
    assert got == expected


# -- firms named in a list after a company noun; a short form later ----------------------------------
# "defense companies Lockheed Martin and Raytheon" names two firms; "A Lockheed spokesperson" later is
# the first one (its first word), and speaks for it.
FIRMS = [
    ("China announced penalties on U.S. defense companies Lockheed Martin and Raytheon over arms sales to "
     "Taiwan. A Lockheed spokesperson said it works \u201cclosely with the U.S. government on any military "
     "sales.\u201d",
     {"Lockheed Martin", "Raytheon"},
     {("Lockheed Martin", "closely with the U.S. government on any military sales.")}),
]


@pytest.mark.parametrize(("text", "orgs", "quotes"), FIRMS)
def test_firms(extraction_of, text: str, orgs: set[str], quotes: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    names = {k: a.names[0] for k, a in ex.actors.items() if a.type == "Organization"}
    assert set(names.values()) == orgs
    assert {(names.get(c.actor or ""), c.quote) for c in ex.claims if c.kind == "Statement"} == quotes


# -- verbs of building a measure up take it --------------------------------------------------------------
# "X is stepping up / building up its export controls on Y": the clause's subject holds the measure
# (en-measure-verb), as with "imposed" or "expanded".
BUILD_UP = [
    ("China is stepping up its export controls on gallium.",
     {("Leverage", "state/china", "export controls on gallium")}),
    ("The PRC side has been building up their export control regime around rare earths.",
     {("Leverage", "state/china", "export control regime around rare earths")}),
    # near miss: the measure's subject has no verb that takes it
    ("China is worried about export controls on gallium.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BUILD_UP)
def test_build_up(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- a state modifying a concern noun voices it -------------------------------------------------------
# "negotiations on top US concerns related to forced technology transfer": the US wants it changed,
# whoever the clause's subject is (the concern's matter after related to / concerning / about).
STATE_CONCERNS = [
    ("Xi Jinping and Donald Trump agreed to begin negotiations on top US concerns related to forced "
     "technology transfer.",
     {("state/us", "structural-reform")}),
    # near miss: a possessive-free mention of another kind before the noun is no owner
    ("Xi Jinping and Donald Trump agreed to begin negotiations on Monday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STATE_CONCERNS)
def test_state_concerns(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- phrases that name no one's demand or nothing at all ------------------------------------------------
# "unrest demanding greater autonomy": an unnamed subject (en-generic-subject) asks, not the sentence's
# first actor; "… and not raise them": a phrase ending in a pronoun names nothing (en-fragment-end).
NAMELESS = [
    ("Donald Trump signed a law that supported protests in Hong Kong, which has been rocked by months of "
     "unrest demanding greater autonomy.", set()),
    ("After talks with Xi Jinping, Donald Trump agreed to maintain the 10% tariffs on Chinese goods, and "
     "not raise them to 25%.",
     {("Leverage", "Chinese goods"), ("Demand", "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), NAMELESS)
def test_nameless(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.phrase) for c in claims_of(text) if c.kind in ("Demand", "Leverage", "Threat")}
    assert got == expected


# -- "or face …": the threat held over a demand ----------------------------------------------------------
# "X said the US should halt arms sales, or face retaliation from China": what the US should do is X's
# demand; what it would face is a threat, by the one it comes from (from China), else by X.
OR_FACE = [
    ("Mao Ning emphasized that the United States should halt arms sales to the island, or face forceful "
     "retaliation from China.",
     {("Demand", "person/mao-ning", "halt arms sales to the island"), ("Threat", "state/china", "retaliation")}),
    ("Mao Ning said the United States should halt arms sales to the island or face consequences.",
     {("Demand", "person/mao-ning", "halt arms sales to the island"), ("Threat", "person/mao-ning", "face consequences")}),
]


@pytest.mark.parametrize(("text", "expected"), OR_FACE)
def test_or_face(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind in ("Demand", "Threat")}
    assert got == expected


# -- organisations listed: long names, counted lists ---------------------------------------------------
# "反制名單包括A公司、B公司等20家企業": items up to sixteen characters with a middle dot, a count
# before the closing noun, the list's lead word cut from the first item; "12家中企，分別為A、B、C": a
# list led by a count of firms.
LISTED_ORGS = [
    ("中國外交部宣布，反制名單包括諾斯羅普·格魯曼系統公司、波音密蘇里州聖路易斯市分公司等20家企業。",
     {"諾斯羅普·格魯曼系統公司", "波音密蘇里州聖路易斯市分公司"}),
    ("美國商務部宣佈將27個實體列入清單，其中包括3家中企，分別為嘉兆科技、杭州中科微電子、國科微電子。",
     {"嘉兆科技", "杭州中科微電子", "國科微電子"}),
    # near miss: a list of products, no count of firms before it
    ("美國商務部宣佈限制出口晶片、光刻機、軟體。", set()),
]


@pytest.mark.parametrize(("text", "orgs"), LISTED_ORGS)
def test_listed_orgs(extraction_of, text: str, orgs: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    got = {a.names[0] for a in ex.actors.values() if a.type == "Organization" and not a.lexicon_id}
    assert got == orgs


# -- 並將: the asker's own step after what it asks -----------------------------------------------------
# "中方敦促美方不要採取錯誤做法，並將適情採取必要措施": 並將 opens what the asker itself will do (a threat,
# its subject the clause before's), no more of what it wants.
AND_WILL = [
    ("中方敦促美方不要採取錯誤做法，並將適情採取必要措施，維護中國企業合法權益。",
     {("Demand", "state/china", "不要採取錯誤做法"), ("Threat", "state/china", "適情採取必要措施")}),
    # near miss: 並 alone goes on with what is wanted
    ("中方敦促美方停止打壓中國企業，並取消單邊關稅。",
     {("Demand", "state/china", "停止打壓中國企業"), ("Demand", "state/china", "取消單邊關稅")}),
]


@pytest.mark.parametrize(("text", "expected"), AND_WILL)
def test_and_will(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind in ("Demand", "Threat")}
    assert got == expected


# -- what a side opposes is no lever of its own -------------------------------------------------------
# 中方反對將經貿問題武器化: the subject opposes the weaponising; the one named after 反對 wields it.
OPPOSED_WEAPON = [
    ("新聞發言人何亞東表示，中方一貫反對將經貿科技問題政治化、武器化。", set()),
    ("中方堅決反對美方將出口管制武器化。", {("Leverage", "state/us", "出口管制")}),
    # near miss: no opposition, the subject wields it
    ("中國將稀土武器化。", {("Leverage", "state/china", "稀土")}),
]


@pytest.mark.parametrize(("text", "expected"), OPPOSED_WEAPON)
def test_opposed_weapon(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind == "Leverage"}
    assert got == expected


# -- engagements named before the cut verb ------------------------------------------------------------
# "美國官員表示，…特朗普與習近平的會晤以及特朗普對中國的國事訪問都將取消": each engagement before 都將取消
# is threatened, by the side of the sentence's speaker (the clause's last verb of speech: not 透露 in
# 不願透露姓名的); 與 joins the parties of one engagement, 以及 two engagements.
FRONTED_CUT = [
    ("一位不願透露姓名的美國官員表示，如果協議未能達成，特朗普與習近平的會晤以及特朗普對中國的國事訪問都將取消。",
     {("state/us", "特朗普與習近平的會晤"), ("state/us", "特朗普對中國的國事訪問")}),
    # near miss: already called off, no future word: nothing announced
    ("美國官員表示，特朗普與習近平的會晤已經取消。", set()),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CUT)
def test_fronted_cut(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.phrase) for c in claims_of(text) if c.kind == "Threat"}
    assert got == expected


# -- steps listed as options ------------------------------------------------------------------------------
# "中方可能使用的反制選項包括：將美企納入不可靠實體清單…" (zh-/en-measure-options): each step is an option
# held open, a threat, never a lever in force.
OPTIONS = [
    ("消息人士稱，中方可能使用的具體反制選項包括：將美有關企業納入不可靠實體清單，暫停採購波音公司飛機等。", set()),
    # near miss: the step taken, no options named
    ("中國商務部宣布將美有關企業納入不可靠實體清單。", {"unreliable-entity-list"}),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS)
def test_options(claims_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {c.issue for c in claims_of(text) if c.kind == "Leverage"}
    assert got == expected


# -- words of a step still to come ------------------------------------------------------------------------
# 或對, 恐對, 研議, 醞釀, 有意 (zh-measure-threat) before a measure make it announced, a threat; 已 keeps it taken.
TO_COME = [
    ("美國或對中國加徵關稅。", {("Threat", "tariffs")}),
    ("美方恐對中國加徵關稅。", {("Threat", "tariffs")}),
    ("美國政府正研議對中國實施出口管制。", {("Threat", "export-controls")}),
    ("美國有意對中國加徵關稅。", {("Threat", "tariffs")}),
    # near miss: taken
    ("美國已對中國加徵關稅。", {("Leverage", "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), TO_COME)
def test_to_come(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.issue) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- names inside an object or a group: modifiers, no actors of the clause --------------------------------
# 對20家美國軍工企業 (a count between 對 and the name), 美國大企業要求… (a group the state modifies),
# 反對聲音 (a noun, no opposition voiced by the clause's subject).
GROUPS = [
    ("中國外交部宣布，對20家美國軍工企業採取反制措施。", {("Leverage", "org/mfa-china")}),
    ("那麼多美國大企業給美國政府寫信要求不再加徵關稅。", set()),
    ("美國企業家在聽證會上發出的反對聲音，難道都是對空氣說話？", set()),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_groups(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor) for c in claims_of(text) if c.kind in ("Demand", "Leverage", "Threat")}
    assert got == expected


# -- "pointed out" attributes words ------------------------------------------------------------------------
POINTED_OUT = [
    ("As Rush Doshi pointed out on X \u201cWorth pointing out Trump offered to lift export controls on Huawei.\u201d",
     {"Rush Doshi"}),
]


@pytest.mark.parametrize(("text", "speakers"), POINTED_OUT)
def test_pointed_out(extraction_of, text: str, speakers: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {ex.actors[c.actor].names[0] for c in ex.claims if c.kind == "Statement" and c.actor} == speakers


# -- fines are a measure ---------------------------------------------------------------------------------
FINES = [
    ("China imposed fines on Lockheed Martin and Raytheon.", {("Leverage", "state/china")}),
    # near miss: no one imposes them
    ("Fines are a common tool of trade policy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FINES)
def test_fines(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- generic steps: "take action", "necessary measures" ------------------------------------------------
# a step that names no item is a measure all the same (en-measure); held open, it is a threat.
TAKE_ACTION = [
    ("In response, China said it was seriously concerned about the order and reserved the right to take action.",
     {("Threat", "state/china", "take action")}),
    # near miss: asked of the other side, a demand
    ("The United States urged China to take action on fentanyl.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TAKE_ACTION)
def test_take_action(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- fines; a retaliation that will be fiercer -------------------------------------------------------------
ZH_STEPS = [
    ("中國商務部宣布對洛克希德·馬丁公司處以罰款。", {("Leverage", "org/mofcom")}),
    ("白宮表示，川普的反擊會更猛烈。", {("Threat", "person/donald-trump")}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_STEPS)
def test_zh_steps(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor) for c in claims_of(text) if c.kind in ("Threat", "Leverage")}
    assert got == expected


# -- a step threatened on a condition: the condition's act is wanted ---------------------------------------
# "threatened new tariffs if China refuses to buy …" as "would impose tariffs if China does not …": what
# the other side must do to escape the step is the threatener's demand.
THREAT_IF = [
    ("Donald Trump threatened new tariffs if China refuses to buy more American soybeans.",
     {("person/donald-trump", "buy more American soybeans")}),
    ("Donald Trump threatened new tariffs if China does not stop the flow of fentanyl.",
     {("person/donald-trump", "stop the flow of fentanyl")}),
    # near miss: no step threatened, only a report
    ("Donald Trump said China refuses to buy more American soybeans.", set()),
]


@pytest.mark.parametrize(("text", "expected"), THREAT_IF)
def test_threat_if(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- threats of harm, and who would suffer it -------------------------------------------------------------
# "China will be hurt very badly if …", "would unleash chaos" (en-warning) threaten by themselves; with
# "would face consequences" / "pay a price" the clause's subject suffers it, the speaker threatens.
HARM = [
    ("Donald Trump tweeted that China will be hurt very badly if it does not make a deal.",
     {("person/donald-trump", "hurt very badly")}),
    ("Wang Yi warned that the United States would face consequences.", {("person/wang-yi", "face consequences")}),
    ("Wang Yi said Washington would pay a heavy price.", {("person/wang-yi", "pay a heavy price")}),
    # near miss: consequences felt, no one threatened
    ("The consequences of the trade war were felt by farmers, Wang Yi said.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HARM)
def test_harm(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.phrase) for c in claims_of(text) if c.kind == "Threat"}
    assert got == expected


# -- a pronoun opening its sentence refers to the sentence before's subject --------------------------------
# "特朗普與習近平會晤後…。他稱…": the subject before (特朗普), not the last person named (習近平); "佩洛西表示，
# 川普…。她向CNBC表示：「…」": 佩洛西, the one who spoke.
PRIOR_SUBJECT = [
    ("美國總統特朗普與習近平會晤後，滿懷樂觀情緒離開。他稱這次會面是一次「巨大的成功」。",
     {("person/donald-trump", "巨大的成功")}),
    ("美國眾議院議長佩洛西周二表示，川普挑戰中國的貿易行為是正確的。她向CNBC表示：「我們應該以多邊方式談判。」",
     {("person/nancy-pelosi", "我們應該以多邊方式談判。")}),
    # near miss: a pronoun inside its sentence keeps the nearest person
    ("美國總統特朗普會見了習近平，習近平表示他「非常高興」。", {("person/xi-jinping", "非常高興")}),
]


@pytest.mark.parametrize(("text", "expected"), PRIOR_SUBJECT)
def test_prior_subject(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"}
    assert got == expected


# -- "She told CNBC: "…"": the one told is no speaker ------------------------------------------------------
TOLD_COLON = [
    ("Nancy Pelosi said on Tuesday that Trump was right to challenge China. She told CNBC: \"We should negotiate "
     "multilaterally.\"",
     {("person/nancy-pelosi", "We should negotiate multilaterally.")}),
    # near miss: a name and a colon alone, as in a transcript, speaks
    ("Lin Jian: \"The US must stop.\"", {("person/lin-jian", "The US must stop.")}),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_COLON)
def test_told_colon(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"}
    assert got == expected


# -- the platform posted on is no speaker ------------------------------------------------------------------
POSTED = [
    ("耶倫在抵京後還發推特寫道，「我們尋求對美國工人與企業有益的健康經濟競爭」。",
     {("person/janet-yellen", "我們尋求對美國工人與企業有益的健康經濟競爭")}),
]


@pytest.mark.parametrize(("text", "expected"), POSTED)
def test_posted(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.quote) for c in claims_of(text) if c.kind == "Statement"}
    assert got == expected


# -- a phrase opened by "or" is a piece of a sentence -----------------------------------------------------
# '"If separatist forces provoke us, or even breach the red line, we will take decisive measures," Xi
# said': the conditions are no demands, and a piece opened by "or" names nothing (en-fragment-start).
OR_PIECE = [
    ("Xi Jinping met Joe Biden.\n\n\u201cIf separatist forces seeking \u2018Taiwan independence\u2019 agitate us, "
     "coerce us, or even breach the red line, we will have no choice but to take decisive measures,\u201d Xi "
     "Jinping said.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), OR_PIECE)
def test_or_piece(claims_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    got = {c.phrase for c in claims_of(text) if c.kind == "Demand" and c.phrase.startswith("or ")}
    assert got == expected
