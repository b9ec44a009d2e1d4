"""English threats, demands and leverage as real news writes them (kg/extract/en_claims.py,
the English branches of kg/extract/measures.py).

Sentences written for these tests in the styles of wire copy, newspapers and state media in
English; none is copied from an article. Each case asserts the exact claims of its kinds
(near misses assert none), so a rule that over-reaches fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

CN, US = "state/china", "state/us"

# -- a want is a demand only when it is the other side's act ----------------------------------
# "wants to curb X", "is seeking to limit Y": the subject's own step, no demand of the other side;
# "wants to see Beijing buy", "seeks to secure": what the other side would give, a demand.
WANTS = [
    ("Washington wants to curb Beijing's access to advanced chips, officials said.", set()),
    ("The Commerce Department is seeking to restrict Chinese purchases of chipmaking tools.", set()),
    ("Washington is seeking to limit Chinese investment in American farmland.", set()),
    ("The US wants to reduce its dependence on Chinese rare earths.", set()),
    ("The administration wants to see Beijing buy more American soybeans.", {("Demand", US, CN, "soybeans")}),
    ("Beijing is seeking to secure the removal of US tariffs on Chinese steel.", {("Demand", CN, US, "tariffs")}),
    ("Beijing wants Washington to scrap the tariffs.", {("Demand", CN, US, "tariffs")}),
    # a want inside a condition is no one's demand; the modal after it is the speaker's
    (
        "If Washington really wants to resolve the fentanyl issue, it should respect China, the foreign ministry said.",
        {("Demand", "org/mfa-china", US, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WANTS, ids=[c[0][:40] for c in WANTS])
def test_want_is_demand_only_of_the_other_side(claims_of, text: str, expected: set[tuple[str, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a measure on a list of things: one claim per thing -----------------------------------------
# each thing keeps its own issue; of those without one, the first carries the measure's issue and
# the others are their own items (one issue for all would merge them into one edge); an apposition
# after the list is no thing of it, nor is a generic noun (goods, products) a thing of its own.
LISTS = [
    (
        "Washington will impose tariffs on Chinese drones, cranes and solar panels.",
        {
            ("Threat", US, "tariffs", "Chinese drones"),
            ("Threat", US, None, "cranes"),
            ("Threat", US, "solar", "solar panels"),
        },
    ),
    (
        "Beijing said it would impose 15% duties on US wheat, cotton and poultry.",
        {
            ("Threat", CN, "tariffs", "would impose 15% duties on US wheat"),
            ("Threat", CN, None, "cotton"),
            ("Threat", CN, None, "poultry"),
        },
    ),
    (
        "China imposed export controls on tungsten, tellurium and bismuth.",
        {
            ("Leverage", CN, "export-controls", "tungsten"),
            ("Leverage", CN, None, "tellurium"),
            ("Leverage", CN, None, "bismuth"),
        },
    ),
    (
        "China imposed tariffs on coal and liquified natural gas products.",
        {("Leverage", CN, "tariffs", "coal"), ("Leverage", CN, None, "liquified natural gas products")},
    ),
    # near misses: a generic noun is no item of its own (one claim with the first thing)
    (
        "Washington imposed tariffs on Chinese drones and consumer goods.",
        {("Leverage", US, "tariffs", "Chinese drones"), ("Leverage", US, "tariffs", "consumer goods")},
    ),
    # near misses: an apposition names what the thing is, it is no second thing
    (
        "China imposed export controls on some grades of graphite, a mineral used in batteries.",
        {("Leverage", CN, "critical-minerals", "export controls on some grades of graphite")},
    ),
    (
        "Beijing has restricted exports of gallium and germanium, metals vital to chipmaking.",
        {("Leverage", CN, "critical-minerals", "gallium"), ("Leverage", CN, "critical-minerals", "germanium")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[c[0][:40] for c in LISTS])
def test_measure_on_a_list(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue, c.phrase) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- a list opened after the measure's noun phrase ("including", "such as") -------------------
INTRO_LISTS = [
    (
        "Beijing imposed export controls on several metals critical to making jet engines, including tungsten, "
        "tellurium and indium.",
        {
            ("Leverage", CN, "export-controls", "tungsten"),
            ("Leverage", CN, None, "tellurium"),
            ("Leverage", CN, None, "indium"),
        },
    ),
    (
        "China will impose tariffs on US farm goods, including soybeans and pork.",
        {("Threat", CN, "soybeans", "soybeans"), ("Threat", CN, None, "pork")},
    ),
    (
        "China imposed tariffs on US goods such as soybeans, pork and cotton.",
        {("Leverage", CN, "soybeans", "soybeans"), ("Leverage", CN, None, "pork"), ("Leverage", CN, None, "cotton")},
    ),
    # near misses: a single thing after "including" is no list; companies listed are actors, not things
    (
        "China will impose tariffs on American farm goods, including soybeans, Xinhua said.",
        {("Threat", CN, "tariffs", "tariffs on American farm goods")},
    ),
    (
        "The Commerce Department added dozens of Chinese firms to the entity list, including Huawei and SMIC.",
        {("Leverage", "org/us-commerce", "entity-list", "entity list")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRO_LISTS, ids=[c[0][:40] for c in INTRO_LISTS])
def test_measure_list_after_intro(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue, c.phrase) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- a bare name before a measure: owner, or the target of a subject that takes it --------------
MODIFIERS = [
    # "announce new China tariffs": the subject of the other side takes them, China is their target
    (
        "The Biden administration is set to announce new China tariffs targeting strategic sectors including "
        "electric vehicles, batteries and solar equipment, Reuters reported.",
        {
            ("Threat", US, CN, "electric-vehicles"),
            ("Threat", US, CN, "batteries"),
            ("Threat", US, CN, "solar"),
        },
    ),
    ("Washington imposed new China tariffs on Tuesday.", {("Leverage", US, CN, "tariffs")}),
    # near misses: the name owns the measure (a possessive, or the object of a preposition)
    (
        "China responded to US tariffs with its own levies.",
        {("Leverage", US, CN, "tariffs"), ("Leverage", CN, US, "tariffs")},
    ),
    ("Washington condemned China's new export controls.", {("Leverage", CN, US, "export-controls")}),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIERS, ids=[c[0][:40] for c in MODIFIERS])
def test_measure_name_modifier(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- announced, floated or signalled: threats ---------------------------------------------------
THREATS = [
    # a one-phrase quotation opened by the cue is still the speaker's (she, resolved by the statement)
    (
        'Treasury Secretary Janet Yellen met Chinese officials in Guangzhou. "We have been clear with China," '
        'she declared, warning of "significant consequences" for any material support lent to Russia.',
        {("Threat", "person/janet-yellen", CN, None)},
    ),
    (
        'China vowed "grave consequences" if the detained executive was not released.',
        {("Threat", CN, None, None)},
    ),
    # a participle clause with no actor of its own takes the sentence's subject
    ("Beijing responded with defiance, signaling potential countermeasures.",
     {("Threat", CN, None, "countermeasures")}),
    # ("hit back" bare is a step taken, session 17: only what it threatens is a threat)
    ("China hit back on Friday, threatening tariffs on US farm goods.",
     {("Threat", CN, US, "tariffs")}),
    # floated, weighed, proposed: announced for later
    ("Washington is weighing new sanctions on Chinese banks.", {("Threat", US, None, "sanctions")}),
    ("Trump has floated a 60% tariff on Chinese imports.", {("Threat", "person/donald-trump", None, "tariffs")}),
    ("The US proposed port fees on Chinese-built ships.", {("Threat", US, None, "port-fees")}),
    # a participle of a step taken: leverage of the sentence's subject
    # (and "hit back" bare is that step taken, no threat: session 17)
    ("Beijing hit back on Friday, imposing tariffs on US soybeans.",
     {("Leverage", CN, US, "tariffs")}),
    # near miss: a sentence whose subject is no actor lends none to its participle
    ("Markets slumped on Friday, signaling fears of new tariffs.", set()),
]


@pytest.mark.parametrize(("text", "expected"), THREATS, ids=[c[0][:40] for c in THREATS])
def test_threat_forms(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- who threatens in reported speech ----------------------------------------------------------
REPORTED = [
    # "X warned that <other side> would …": X threatens, the other side is warned; no demand
    ("Trump warned that China would pay a big price.", {("Threat", "person/donald-trump", CN)}),
    ("Trump warned that the US would impose more tariffs.", {("Threat", US, None)}),
    # "warned X to …" is still a demand
    ("Biden warned Xi to stay out of the conflict.", {("Demand", "person/joe-biden", "person/xi-jinping")}),
    # he/she right after the verb of speech is the speaker
    ("Trump said he could revoke visas for Chinese students.", {("Threat", "person/donald-trump", None)}),
    # the speaker is not the subject of the reported passive: China faces, the speaker's side holds
    ("Trump said China will face an additional 25% tariff from March 1.", {("Threat", "person/donald-trump", CN)}),
    ("China will face an additional 25% tariff from March 1, the US said.", {("Threat", US, CN)}),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED, ids=[c[0][:40] for c in REPORTED])
def test_reported_threats(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target) for c in claims_of(text) if c.kind in ("Leverage", "Threat", "Demand")}
    assert got == expected


# -- what a demand verb wants: its that-clause, or its object noun phrase ------------------------
DEMAND_FORMS = [
    # "demands that X (must) V": a demand of X, its verb phrase the item
    ("China demands that the US immediately stop its erroneous practices.",
     {("Demand", CN, US, "stop its erroneous practices")}),
    ("China insists that the US must respect its core interests.",
     {("Demand", CN, US, "respect its core interests")}),
    ("Beijing has demanded that Washington withdraw its warships and end its patrols.",
     {("Demand", CN, US, "withdraw its warships"), ("Demand", CN, US, "end its patrols")}),
    # the object noun phrase of a demand verb, not the clause with its subject
    ("The US is demanding structural changes to China's economy.",
     {("Demand", US, CN, "structural changes to China's economy")}),
    ("Washington demanded the release of the detained Americans.",
     {("Demand", US, None, "the release of the detained Americans")}),
    # near misses: a that-clause saying what is so is no demand; nor one without an actor
    ("Trump insisted that China was cheating.", set()),
    ("Trump insisted that the tariffs were working.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DEMAND_FORMS, ids=[c[0][:40] for c in DEMAND_FORMS])
def test_demand_forms(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- an exhortation to a state of mind names nothing to bargain over ----------------------------
EMPTY_WANTS = [
    ('"I hope the US side can see this clearly," Xi Jinping said.', set()),
    ("China urged the US to clearly understand the situation.", set()),
    ("Beijing called on Washington to grasp the reality of the situation.", set()),
    ("The foreign ministry urged the US side to reflect on its mistakes.", set()),
    # near misses: a state-of-mind verb with an issue, or an action, is still a demand
    ("Washington wants to see Beijing buy more soybeans.", {("Demand", US, "soybeans")}),
    ("China urged the US to recognize Taiwan as part of China.", {("Demand", CN, "taiwan")}),
    ("China urged the US to correct its mistakes.", {("Demand", CN, None)}),
]


@pytest.mark.parametrize(("text", "expected"), EMPTY_WANTS, ids=[c[0][:40] for c in EMPTY_WANTS])
def test_empty_wants(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a quoted demand goes on over its clauses up to the closing mark ----------------------------
QUOTED_DEMANDS = [
    (
        'Foreign ministry spokeswoman Hua Chunying criticised the law on Wednesday. "We urge the US side to '
        "correct its mistake, not to implement the so-called act and immediately stop meddling in Hong Kong "
        'affairs in any way," she said.',
        {
            ("person/hua-chunying", None, "correct its mistake"),
            ("person/hua-chunying", None, "not to implement the so-called act"),
            ("person/hua-chunying", "hong-kong", "immediately stop meddling in Hong Kong affairs in any way"),
        },
    ),
    # near miss: the clause after the quotation is the attribution, no wanted action
    (
        '"We urge the US to lift the tariffs," the commerce ministry said.',
        {("org/mofcom", "tariffs", "lift the tariffs")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_DEMANDS, ids=[c[0][:40] for c in QUOTED_DEMANDS])
def test_quoted_demand_clauses(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.issue, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a measure announced to take effect later is a threat ---------------------------------------
LATER = [
    ("On Oct. 11, Trump announced an additional 100 percent tariff on all Chinese imports, set to take effect "
     "Nov. 1.", {("Threat", "person/donald-trump", "tariffs")}),
    ("Beijing imposed export controls on graphite, which will kick in on Dec. 1.",
     {("Threat", CN, "critical-minerals")}),
    # near misses: taken, and the later step another measure's; taken with no later effect
    ("Washington imposed tariffs on Chinese steel in 2018, and new curbs on chips are set to take effect in May.",
     {("Leverage", US, "tariffs")}),
    ("On Oct. 11, Trump announced an additional 100 percent tariff on all Chinese imports.",
     {("Leverage", "person/donald-trump", "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), LATER, ids=[c[0][:40] for c in LATER])
def test_measure_taking_effect_later(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- a punitive verb whose object is a company: the step itself is the item ---------------------
ACTS = [
    ("The US may ban TikTok.", {("Threat", US, "ban TikTok")}),
    ("Trump banned TikTok and WeChat in August.", {("Leverage", "person/donald-trump", "banned TikTok and WeChat")}),
    ("Washington sanctioned Chinese refiners.", {("Leverage", US, "sanctioned Chinese refiners")}),
    # near misses: a participle used as an adjective is no step taken
    ("Bessent criticised China's purchases of sanctioned Russian oil.", set()),
    ("The banned app remains popular in China.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ACTS, ids=[c[0][:40] for c in ACTS])
def test_punitive_act_on_a_company(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.phrase) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- the condition one side sets the other is a demand ------------------------------------------
CONDITIONS = [
    # an offer's condition as it stands
    ("Trump said he would cut tariffs on China if Beijing cracked down on fentanyl.",
     {("person/donald-trump", CN, "fentanyl")}),
    ("Beijing would resume soybean purchases if Washington lifted its chip export controls.",
     {(CN, US, "semiconductors")}),
    ("If China agrees to buy more soybeans, the US will lower tariffs.", {(US, CN, "soybeans")}),
    # a threat's condition when negated: what the other side must do to escape it
    ("The US will impose 50% tariffs if China does not withdraw its retaliatory duties.", {(US, CN, "tariffs")}),
    # near misses: a threat's positive condition (retaliation) is no demand; nor a forecast
    ("The US will impose more tariffs if China retaliates.", set()),
    ("If China restricts rare earths, the US economy would suffer.", set()),
    ("China said it would retaliate if the US imposed new tariffs.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS, ids=[c[0][:40] for c in CONDITIONS])
def test_conditions_are_demands(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.issue) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- demands in an official's quoted words ------------------------------------------------------
QUOTED_WANTS = [
    # a modal demand in a quotation: its speaker asks, when of the other side
    ('"China needs to stop subsidizing its steel industry," said Commerce Secretary Gina Raimondo.',
     {("person/gina-raimondo", CN, "stop subsidizing its steel industry")}),
    # "what we want is X": X is wanted of the other side
    ('Tai met Chinese Vice Premier Liu He on Monday. "What we want is a level playing field for American '
     'companies in China," Tai said.',
     {("person/katherine-tai", CN, "level playing field")}),
    # near miss: the addressee's own retaliation is not what the other side asks for
    ('"China must counter-attack against these tariffs," said Commerce Secretary Gina Raimondo.', set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_WANTS, ids=[c[0][:40] for c in QUOTED_WANTS])
def test_quoted_wants(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- measures not taken: any new ones, options on the table, ones being prepared -----------------
NOT_TAKEN = [
    # "any new restrictions": no step anyone took
    ("Beijing has vowed to retaliate against any new US restrictions on chip exports.",
     {("Threat", CN, "semiconductors")}),
    ("The White House said additional tariffs remain on the table.", {("Threat", "org/white-house", "tariffs")}),
    ("Washington is preparing fresh sanctions on Chinese banks, people familiar with the matter said.",
     {("Threat", US, "sanctions")}),
    # near miss: taken and in force
    ("Washington imposed fresh sanctions on Chinese banks on Friday.", {("Leverage", US, "sanctions")}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_TAKEN, ids=[c[0][:40] for c in NOT_TAKEN])
def test_measures_not_taken(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# -- "hold X to its commitments": X is asked to keep them -----------------------------------------
HOLD = [
    ("Tai said she would seek frank talks with Beijing and hold China to its commitments under the Phase One deal.",
     {("person/katherine-tai", CN, "its commitments under the Phase One deal")}),
    # near misses: held talks with X to discuss; holds X responsible
    ("Xi held talks with Biden to discuss Taiwan.", set()),
    ("China holds the US responsible for the crisis.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOLD, ids=[c[0][:40] for c in HOLD])
def test_hold_to_commitments(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- more verbs that ask the actor right after them to act --------------------------------------
ASKS = [
    ("Washington encouraged Beijing to use its influence over Moscow.", {(US, CN, "use its influence over Moscow")}),
    ("Trump convinced Xi to buy more soybeans.", {("person/donald-trump", "person/xi-jinping", "buy more soybeans")}),
    # near miss: encouraged by news, no one asked
    ("China was encouraged by the progress of the talks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ASKS, ids=[c[0][:40] for c in ASKS])
def test_more_asking_verbs(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a demand named by a noun with its owner ------------------------------------------------------
CALLS = [
    ("Beijing rejected Washington's call for China to cut its steel output.", {(US, CN, "cut its steel output")}),
    ("China dismissed the US request that Beijing stop buying Iranian oil.", {(US, CN, "stop buying Iranian oil")}),
    ("Washington's push for greater market access has stalled.", {(US, None, "greater market access")}),
    ("Beijing's insistence that the US lift all tariffs has stalled the talks.", {(CN, US, "lift all tariffs")}),
    # near misses: a phone call is no demand; a call for a thing with no known item is left alone
    ("Trump's call with Xi lasted 90 minutes.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CALLS, ids=[c[0][:40] for c in CALLS])
def test_demand_nouns(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.actor, c.target, c.phrase) for c in claims_of(text) if c.kind == "Demand"}
    assert got == expected


# -- a measure a condition would bring on, in reported words: the speaker's threat ----------------
CONSEQUENCES = [
    ("Treasury Secretary Scott Bessent told Chinese officials that continued purchases of Russian oil could "
     "lead to tariffs.", {("Threat", "person/scott-bessent", "tariffs")}),
    ("Trump said further retaliation would result in higher tariffs on China.",
     {("Threat", "person/donald-trump", "tariffs")}),
    # near misses: no measure brought on; no modal (a report of what happened)
    ("Analysts said the dispute could lead to higher prices.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONSEQUENCES, ids=[c[0][:40] for c in CONSEQUENCES])
def test_consequence_threats(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# a claim whose phrase is a piece of a clause ('which is used in …') was cut from the wrong place,
# even where an issue word stands in it
FRAGMENTS = [
    ("In May, China's Commerce Ministry said it would restrict exports of tungsten, which is used in a wide "
     "range of products from batteries to weapons.",
     {("Threat", "org/mofcom", None)}),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS, ids=[c[0][:40] for c in FRAGMENTS])
def test_fragment_phrases_name_nothing(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind in ("Leverage", "Threat")}
    assert got == expected


# a capital after to/from is the government after words of pressure or answer, a place after motion
CAPITALS = [
    ("China rejected calls from Washington for Beijing to curb its exports.",
     {("Demand", US, CN, "curb its exports")}),
    ("He flew to Washington on Friday for the talks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS, ids=[c[0][:40] for c in CAPITALS])
def test_capital_after_to_or_from(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert {(c.kind, c.actor, c.target, c.phrase) for c in claims_of(text)} == expected


# the measure offered as the alternative to a demand ("… or face new duties") is threatened
ALTERNATIVES = [
    ("Trump told China to cut its tariffs or face new duties of 50 percent.",
     {("Threat", "person/donald-trump", "tariffs")}),
    # near miss: no alternative, a step taken
    ("Trump imposed new duties of 50 percent on Chinese steel.", {("Leverage", "person/donald-trump", "tariffs")}),
]


@pytest.mark.parametrize(("text", "expected"), ALTERNATIVES, ids=[c[0][:40] for c in ALTERNATIVES])
def test_alternative_to_a_demand_is_a_threat(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    got = {(c.kind, c.actor, c.issue) for c in claims_of(text) if c.kind == "Threat" or (
        c.kind == "Leverage" and c.actor == "person/donald-trump")}
    assert got == expected
