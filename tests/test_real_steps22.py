"""Session 22: what real news showed — clauses after a semicolon, parallel wanted actions, a ban's verb
with no bargaining item beside it, an order that is a noun.

Every sentence here was invented for the test in the manner of wire copy; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import demands_named, facts

# -- English: what is wanted, verb phrase by verb phrase -----------------------------------------------
# en_claims.split_vps: a semicolon ends what is asked (the clause after it is the writer's news), and two
# verb phrases that both open with a wanted action ("respect X and deliver Y") are two demands.
EN_DEMANDS = [
    ("In a statement, Senator Jane Holloway urged Beijing to respect freedom of expression and deliver "
     "reciprocity for journalists; China expelled three reporters on Feb. 19, one day after the listing.",
     {("Jane Holloway", "respect freedom of expression"), ("Jane Holloway", "deliver reciprocity for journalists")}),
    ("Washington urged Beijing to stop the harassment and lift restrictions on visas.",
     {("Washington", "stop the harassment"), ("Washington", "lift restrictions on visas")}),
    # en_claims._demand: each actor of "X and Y" before "to" is asked; a third party asking "the two
    # governments" asks both sides, neither named (a phrase cut before its attachment "for …")
    ("The European Union urged China and the United States to lower tariffs.",
     {("European Union", "lower tariffs")}),
    ("Chairman William Zarit urged the two governments to come back to the negotiating table for productive "
     "discussions.", {("William Zarit", "come back to the negotiating table")}),
    # near misses: one verb with two objects; a second verb that is no wanted action
    ("Washington urged Beijing to stop the harassment and the arrests of reporters.",
     {("Washington", "stop the harassment and the arrests of reporters")}),
    ("Senator Jane Holloway urged Beijing to release the reporters; the ministry declined to comment.",
     {("Jane Holloway", "release the reporters")}),
]


# -- Chinese: a ban named by its verb ---------------------------------------------------------------------
# measures.run: a weak measure cue (禁止) that finds no bargaining item beside it leaves its verb to the
# punitive acts, whose object names the company acted against, in Chinese as in English; zh-demand-as-noun:
# 行政命令 is a noun, no act of asking.
ZH_BANS = [
    ("特朗普簽署行政命令，禁止美國企業與騰訊交易。", {("Leverage", "person/donald-trump", "禁止美國企業與騰訊交易")}),
    ("特朗普上週表示，將在45天後禁止美國企業與騰訊交易。",
     {("Threat", "person/donald-trump", "禁止美國企業與騰訊交易")}),
    # near misses: the verb asks when its object is the one who must act; a ban denied is no step
    ("美國政府命令字節跳動出售TikTok。", {("Demand", "state/us", "出售TikTok")}),
    ("特朗普表示，不會禁止美國企業與騰訊交易。", set()),
]


# -- English: a measure with its owner named before it ---------------------------------------------------
# measures._possessive_owner: a negation or modal before "China's ban" is the clause verb's, not the
# ban's: the owner's step is in force, leverage.
EN_OWNED = [
    ("Holloway said the United States won't tolerate China's effective ban on Micron chips.",
     {("Leverage", "state/china", "ban on Micron chips")}),
    ("Washington will not accept China's new tariffs on soybeans.",
     {("Leverage", "state/china", "tariffs on soybeans")}),
    # near misses: the negation is the measure's own; the owner is of another noun, the future the measure's
    ("Holloway said China did not impose a ban on Micron chips.", set()),
    ("Beijing will respond to Washington's latest escalation by imposing tariffs on soybeans.",
     {("Threat", "state/china", "tariffs on soybeans")}),
]


# -- what a side gives, and why a step is taken -----------------------------------------------------------
# measures._CLAUSE_END: a comma between digits (2,000億) is a thousands separator, no clause end; a company
# gives for the country it is based in (cm:basedIn), unless to its own side; zh-reproach-reason /
# en-reproach-reason: a failure given as the reason of a step (because China failed to …) is wanted.
GIVEN = [
    ("中方承諾在未來兩年內額外購買2,000億美元的美國農產品。", {("state/us", "農產品")}),
    ("美國商務部表示，字節跳動同意購買美國大豆。", {("state/us", "大豆")}),
    ("川普強調加徵關稅是因為中國未能遏制芬太尼流入美國。", {("person/donald-trump", "芬太尼")}),
    ("Trump said he imposed the tariffs because China has failed to stop the flow of fentanyl.",
     {("person/donald-trump", "fentanyl")}),
    # near misses: a company's own government is given to; no failure after "because"
    ("The Commerce Department said Nvidia agreed to give the U.S. government a share of its chip revenue.", set()),
    ("Trump said he imposed the tariffs because China is big.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN)
def test_given_and_reasons(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- Chinese quotes: who said them, and which are said at all ---------------------------------------------
# zh-actor-modifier-noun 人員: 美國人員 is no subject, so a verb with none of its own goes on with the
# sentence's subject; zh_claims._person_closing: three characters closing a clause of a person's speech
# are the person's word; zh_claims._title: 「關於…的決定」 is a document's title, not words said.
ZH_QUOTES = [
    ("港澳辦發言人周六重申，港澳辦堅決支持外交部對7個美國人員和實體實施對等制裁，強調「來而不往非禮也」。",
     {("org/hkmao", "來而不往非禮也")}),
    ("中聯辦主任駱惠寧周六回應制裁。他說，搞制裁是「白費勁」，又說可以寄100美元。",
     {("person/luo-huining", "白費勁")}),
    ("華春瑩說：「關於台灣問題，我們的立場是一貫的」。", {("person/hua-chunying", "關於台灣問題，我們的立場是一貫的")}),
    # near misses: a document's title; a short term the clause goes on about; a state's catchword
    ("外交部發言人華春瑩宣布「關於對美國軍工相關企業及高級管理人員採取反制措施的決定」。", set()),
    ("中聯辦主任駱惠寧周六回應制裁。他說「白費勁」的做法沒有用。", set()),
]


@pytest.mark.parametrize(("text", "expected"), ZH_QUOTES)
def test_zh_quotes(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


# -- English: a that-clause's demands ----------------------------------------------------------------------
# en_claims._that_clause_asks: "demanded that China …" is read by the that-clause (one demand per verb
# phrase, its subject asked), not also as a whole clause; things.is_wanted_action: "not target …" is an
# act wanted undone, so the part is kept over the clause around it.
EN_THAT = [
    ("Washington demanded that China not target U.S. farmers.", {("Washington", "not target U.S. farmers")}),
    ("China demands that the US immediately stop its crackdown on Chinese companies.",
     {("China", "stop its crackdown on Chinese companies")}),
    # en-speech: a headline's present tense ("China stresses US must …") attributes as the past does
    ("China stresses US must remove all tariffs for a trade deal.", {("China", "remove all tariffs for a trade deal")}),
    # near miss: a that-clause said, not demanded
    ("Washington said that China did not target U.S. farmers.", set()),
]


# -- English: a measure with no holder named, aimed at an amount of one side's goods -----------------------
# measures._AIMED_AFTER: "on $200 billion in Chinese imports" is aimed at China as "on Chinese imports" is,
# so the other side holds it.
EN_AIMED = [
    ("Washington and Beijing are at odds. The 25% tariff on $200 billion in Chinese imports went into effect "
     "Friday.", {("Leverage", "state/us", "25% tariff on $200 billion")}),
    # near miss: an amount with no side's goods named
    ("Washington and Beijing are at odds. The 25% tariff on $200 billion in imports went into effect Friday.",
     set()),
]


# -- Chinese: an engagement cut off, named by the head of its object ------------------------------------------
# measures.cut: the engagement noun that heads the object counts (暫停審批…的申請: 申請, not 審批 in its
# modifier); zh-engagement 申請: applications whose approval is suspended are a grant withdrawn.
ZH_CUT = [
    ("中國宣布暫停審批美軍艦機赴香港休整的申請。", {("Leverage", "state/china", "審批美軍艦機赴香港休整的申請")}),
    ("中國宣布將暫停審批美軍艦機赴香港休整的申請。", {("Threat", "state/china", "審批美軍艦機赴香港休整的申請")}),
    # near miss: an application the side itself made
    ("中國宣布撤回加入協定的申請。", set()),
]


# -- Chinese: what a ban names ---------------------------------------------------------------------------------
# measures.act_items: a punitive verb before 措施 / 令 modifies it (禁止措施), no step of its own; a list whose
# last item holds a coverb (同, 與, 跟, 向) is the subject of a small clause, so the ban is named whole.
ZH_BAN_OBJECTS = [
    ("中方決定禁止中國境內的組織、機構同上述實體交易。",
     {("Leverage", "state/china", "禁止中國境內的組織、機構同上述實體交易")}),
    ("商務部宣布對上述企業採取禁止措施。", set()),
    # near miss: the papers are whose reporters are expelled; the object, short enough, names the step
    ("中國決定驅逐紐約時報、華爾街日報和華盛頓郵報的記者。",
     {("Leverage", "state/china", "驅逐紐約時報、華爾街日報和華盛頓郵報的記者")}),
]


# -- English: a step hinted at by a pronoun subject --------------------------------------------------------------
# measures._verb_after_pronoun: a clause opened by he/she whose threat word (en-measure-threat: hinted) comes
# before the step announces it, the pronoun's referent its holder; en_claims.threats: "hinted at canceling".
EN_HINTED = [
    ("Trump expressed his anger. He also hinted at canceling a meeting with Chinese President Xi Jinping that "
     "is scheduled to be held on the sidelines of a conference.",
     {("Threat", "person/donald-trump", "canceling a meeting")}),
    # the step done: the pronoun is the verb's subject (the cue is its verb), leverage
    ("Trump expressed his anger. He canceled a meeting with Chinese President Xi Jinping that is scheduled to "
     "be held on the sidelines of a conference.", {("Leverage", "person/donald-trump", "canceled a meeting")}),
]


# -- outlets report, they hold nothing -----------------------------------------------------------------------
# extract._outlet: a claim whose holder is a news outlet (news-outlet, en-outlet-tail, zh-outlet-tail) is
# dropped: the outlet reports the leverage, demands and threats of others.
OUTLETS = [
    ("金融時報要求中國到2020年前減少2000億美元對美順差。", "金融時報"),
    ("環球時報對2000億美元中國產品加徵關稅一事發表評論。", "環球時報"),
]


def test_outlet_named_is_no_person(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """en_actors.person_pass: a news outlet by name (news-outlet) is an organisation, never a person."""
    ex = extraction_of("The student told Al Jazeera that he feels uncertain about the future.")
    assert [(a.type, a.names) for a in ex.actors.values()] == [("Organization", ["Al Jazeera"])]


@pytest.mark.parametrize(("text", "outlet"), OUTLETS)
def test_outlet_holds_nothing(extraction_of, text: str, outlet: str) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert outlet in {n for a in ex.actors.values() for n in a.names}  # the outlet is read as an actor
    assert not [c for c in ex.claims if c.kind != "Statement" and outlet in ex.actors[c.actor].names]


# -- English titles as news writes them ----------------------------------------------------------------------
# en_actors._head_word: a hyphenated head (President-elect) is a head as written; en-title-head councilor;
# en_actors._apposition: a body's name inside the title (the Ministry of Foreign Affairs spokesman) keeps
# its "of", and a title too long is cut where the place it is held at begins (director of … at the Center …).
TITLES = [
    ("President-elect Donald Trump said tariffs would rise.", "person/donald-trump", "President-elect"),
    ("Blinken met their Chinese counterparts, State Councilor Wang Yi and others.", "person/wang-yi",
     "State Councilor"),
    # en_actors._roles_before: "for" completes a title as "of" does, after a hyphenated head too
    ("Secretary for Security John Lee said it.", "person/john-lee", "Secretary for Security"),
    ("Vice-Minister of Commerce Wang Shouwen said China is willing to work.", "person/wang-shouwen",
     "Vice-Minister of Commerce"),
    # ingest.split_sentences: an abbreviation's stop closing a bracket before a comma ends no sentence, so
    # the names listed after a party tag share the title before the list
    ("Others on the list are Sens. Josh Hawley (R-Mo.), Tom Cotton (R-Ark.) and Pat Toomey (R-Pa.).",
     "person/tom-cotton", "Sens."),
    ("Zhao Lijian, the Ministry of Foreign Affairs spokesman, said in a statement that the orders are necessary.",
     "person/zhao-lijian", "Ministry of Foreign Affairs spokesman"),
    ("\"It's a sign of what China is capable of,\" says Jane Holloway, director of the Critical Minerals Security "
     "Program at the Center for Strategic and International Studies.", "Jane Holloway",
     "director of the Critical Minerals Security Program"),
]


def test_en_title_description_is_no_title(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """Near miss: lower-case words before the head that are no part of a name ("a friend of the ministry
    spokesman") make a description, no title."""
    ex = extraction_of("Jane Holloway, a friend of the ministry spokesman, said the orders are necessary.")
    assert [r.title for a in ex.actors.values() for r in a.roles] == []


# -- Chinese names and titles as outlets type them -----------------------------------------------------------
# zh_actors._Doc: a full stop between two characters is a name's dot (斯科特.貝森特); _name_after_title: a
# space between a title and a person the lexicon knows (商務部新聞發言人 何詠前).
ZH_TITLES = [
    ("美國財政部長斯科特.貝森特周一在接受採訪時表示。", "person/scott-bessent", "財政部長"),
    ("商務部新聞發言人 何詠前表示，中方依據法律。", "person/he-yongqian", "新聞發言人"),
    # zh_actors._names_sharing_title: a title of members (參議員) is shared by a second person of the side
    # joined by 與; a title one holds (總統) is not (see the near miss below)
    ("美國共和黨參議員湯姆科頓(Tom Cotton)與瑪莎布萊克本(Marsha Blackburn)提出法案。", "person/marsha-blackburn",
     "參議員"),
    ("美國總統拜登和賀錦麗會面。", "person/joe-biden", "總統"),
]


def test_zh_titles_not_read(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """Near misses: after a space only a person the lexicon knows holds the title; a title one holds
    (總統) is not shared by a second person after 和."""
    ex = extraction_of("商務部新聞發言人 王大明表示，中方依據法律。")
    assert [r for a in ex.actors.values() if a.type == "Person" for r in a.roles] == []
    assert extraction_of("美國總統拜登和賀錦麗會面。").actors["person/kamala-harris"].roles == []


# -- English: whose supply is depended on; a modal of the past ------------------------------------------------
# measures._demonym_after: dependence on a demonym's goods (reliance on Chinese magnets) is on that side;
# things.past_modal: "should have lifted", "should've said" reproach the past and ask nothing.
EN_MORE = [
    ("China and the US are at odds. Washington worries about reliance on Chinese magnets.",
     {("Leverage", "state/china", "magnets")}),
    ("China said the US should have lifted the tariffs.", set()),
    ("\u201cThe US should\u2019ve said a big thank you to us,\u201d a senior Chinese foreign ministry official "
     "said.", set()),
    # en-fragment-start "just": a phrase cut to "just days" (after an adjunct is dropped) names nothing
    ("U.S. Treasury Secretary Jane Holloway began a trip to Beijing on Monday, just days after China unveiled new "
     "export restrictions on gallium and warned of stronger countermeasures\u2014moves designed to showcase its "
     "leverage.",
     {("Leverage", "state/china", "export restrictions on gallium"),
      ("Threat", "state/china", "stronger countermeasures")}),
    # near misses: a modal asking now; dependence on no side's goods
    ("China said the US should lift the tariffs.", {("Demand", "state/china", "lift the tariffs")}),
    ("China and the US are at odds. Washington worries about reliance on imported magnets.", set()),
]


# -- English: a lone name after a single-quoted statement ---------------------------------------------------
# en_actors.quoted_surname_pass: a single closing mark right after the clause's punctuation closes a quote as
# a double one does ('…,' Anson said): the lone name before the speech verb is a person, the speaker.
def test_lone_name_after_single_quote(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("Rubio spoke. 'It is heartbreaking to see this,' Anson said, asking that his name be withheld.")
    assert facts(ex.claims, ("Statement",), "actor", "quote") == {("person/Anson", "It is heartbreaking to see this")}
    # near miss: an apostrophe of a plural possessive closes nothing
    ex = extraction_of("Rubio spoke. The students' Anson said nothing.")
    assert [a.names for a in ex.actors.values() if a.type == "Person" and "Anson" in a.names] == []


def test_bracketed_abbreviation_ends_no_sentence() -> None:
    from kg.ingest import split_sentences

    text = "Sens. Josh Hawley (R-Mo.), Tom Cotton (R-Ark.) and Pat Toomey spoke. (See above.) Next."
    assert [x.text for x in split_sentences(text)] == [
        "Sens. Josh Hawley (R-Mo.), Tom Cotton (R-Ark.) and Pat Toomey spoke.",
        "(See above.)",  # near miss: a bracketed sentence of its own
        "Next.",
    ]


# -- the session's cases, one test per assertion ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), EN_DEMANDS + EN_THAT)
def test_en_demands(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert demands_named(extraction_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"), ZH_BANS + EN_OWNED + EN_AIMED + ZH_CUT + ZH_BAN_OBJECTS + EN_HINTED + EN_MORE
)
def test_steps(claims_of, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage", "Threat", "Demand"), "kind", "actor", "phrase") == expected


@pytest.mark.parametrize(("text", "who", "title"), TITLES + ZH_TITLES)
def test_titles(extraction_of, text: str, who: str, title: str) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    person = next(a for k, a in ex.actors.items() if k == who or who in a.names)
    assert [r.title for r in person.roles] == [title]
