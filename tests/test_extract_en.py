"""English extraction on short texts written for these tests (wire-report and column styles).

Each text exercises one structure the extractor must recognise without a
trained model: titles before names, appositions, speech attribution, courtesy
titles and bare surnames, and the cue patterns of leverage, demands, threats
and statements. People and firms in these texts are invented; they are found
by structure only (none is in ``ontology/``).
"""

from __future__ import annotations

import pytest

from kg.extract.en import extract_en
from kg.model import DocExtraction, Document


def run(text: str, lex) -> DocExtraction:  # type: ignore[no-untyped-def]
    return extract_en(Document(id="t", text=text, lang="en"), lex)


def names(x: DocExtraction) -> dict[str, tuple[str, str]]:
    """First name of every actor -> (type, side)."""
    return {a.names[0]: (a.type, a.side) for a in x.actors.values()}


def roles(x: DocExtraction) -> set[tuple[str, str, str | None, bool]]:
    """(person, title, owner's first name, former) for every role."""
    out = set()
    for a in x.actors.values():
        for r in a.roles:
            of = x.actors[r.of].names[0] if r.of else None
            out.add((a.names[0], r.title, of, r.former))
    return out


def claims(x: DocExtraction, kind: str) -> set[tuple[str, str | None, str | None, str]]:
    """(holder, target, issue, phrase) of every claim of one kind, with first names."""
    out = set()
    for c in x.claims:
        if c.kind != kind:
            continue
        tgt = x.actors[c.target].names[0] if c.target else None
        out.add((x.actors[c.actor].names[0], tgt, c.issue, c.phrase))
    return out


def quotes(x: DocExtraction) -> set[tuple[str, str]]:
    return {(x.actors[c.actor].names[0], c.quote or "") for c in x.claims if c.kind == "Statement"}


def test_title_before_name_and_speaker_after_quote(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "SEOUL, May 4 — Commerce Secretary Gina Raimondo said on Tuesday that Washington would "
        "keep "
        'its curbs on advanced chips in place. "We are not going to sell our most advanced '
        "technology "
        'to a rival," Raimondo told reporters.\n',
        lex,
    )
    assert names(x) == {"Gina Raimondo": ("Person", "US"), "Washington": ("State", "US")}
    assert x.actors["person/gina-raimondo"].lexicon_id == "person/gina-raimondo"
    assert roles(x) == {("Gina Raimondo", "Commerce Secretary", None, False)}
    assert quotes(x) == {("Gina Raimondo", "We are not going to sell our most advanced technology to a rival")}


def test_unknown_analyst_found_by_said_and_apposition(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        '"The curbs will stay until Beijing changes course," said Rana Velasquez, an analyst at '
        'Harbor Lane Capital in Singapore. "Nobody in Washington wants to blink first."\n',
        lex,
    )
    assert names(x) == {
        "Rana Velasquez": ("Person", "Other"),
        "Harbor Lane Capital": ("Organization", "Other"),
        "Beijing": ("State", "China"),
        "Singapore": ("State", "Other"),
    }
    velasquez = next(a for a in x.actors.values() if a.names[0] == "Rana Velasquez")
    assert velasquez.latin == "Rana Velasquez" and velasquez.lexicon_id is None
    assert roles(x) == {("Rana Velasquez", "analyst", "Harbor Lane Capital", False)}
    # the second quote continues the first speaker's words
    assert quotes(x) == {
        ("Rana Velasquez", "The curbs will stay until Beijing changes course"),
        ("Rana Velasquez", "Nobody in Washington wants to blink first."),
    }


def test_possessive_title_courtesy_title_and_bare_surname(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "China's top trade negotiator, Wang Lin, met Treasury Secretary Janet Yellen in London. "
        "Mr. Wang, who is also a vice minister of commerce at China's Ministry of Commerce, said "
        "little. Wang later flew home.\n",
        lex,
    )
    wang = next(a for a in x.actors.values() if a.names[0] == "Wang Lin")
    assert set(wang.names) == {"Wang Lin", "Mr. Wang", "Wang"}
    assert wang.side == "China"
    assert roles(x) == {
        ("Wang Lin", "top trade negotiator", "China", False),
        ("Wang Lin", "vice minister of commerce", "Ministry of Commerce", False),
        ("Janet Yellen", "Treasury Secretary", None, False),
    }
    assert "London" not in names(x)


def test_leverage_possessive_and_card_can_play(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Beijing's chokehold on rare earths gives it the upper hand over Washington, analysts say. "
        "Soybeans are another card China can play.\n",
        lex,
    )
    got = {(h, t, i) for h, t, i, _p in claims(x, "Leverage")}
    assert got == {("Beijing", "Washington", "rare-earths"), ("Beijing", "Washington", "soybeans")}
    assert claims(x, "Demand") == set() and claims(x, "Threat") == set()


def test_demands_one_per_coordinated_verb_phrase(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Washington wants Beijing to cut its subsidies to state-owned enterprises, buy more "
        "American "
        "soybeans and stop exports of fentanyl precursors. China, for its part, is seeking relief "
        "from U.S. export controls.\n",
        lex,
    )
    assert claims(x, "Demand") == {
        (
            "Washington",
            "Beijing",
            "structural-reform",
            "cut its subsidies to state-owned enterprises",
        ),
        ("Washington", "Beijing", "soybeans", "buy more American soybeans"),
        ("Washington", "Beijing", "fentanyl", "stop exports of fentanyl precursors"),
        ("Beijing", "Washington", "export-controls", "relief from U.S. export controls"),
    }


def test_threats_one_per_item_and_countermeasures(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "President Joe Biden threatened to raise tariffs on Chinese electric vehicles and to "
        "restrict "
        "investment in Chinese chipmakers. The Commerce Ministry warned that Beijing would take "
        "countermeasures.\n",
        lex,
    )
    got = {(h, i, p) for h, _t, i, p in claims(x, "Threat")}
    assert ("Joe Biden", "tariffs", "raise tariffs on Chinese electric vehicles") in got
    assert ("Joe Biden", "investment", "restrict investment in Chinese chipmakers") in got
    assert {h for h, i, _p in got if i == "countermeasures"} == {"Beijing"}
    assert roles(x) == {("Joe Biden", "President", None, False)}


def test_former_official_two_roles_and_law_firm(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Tomas Ferreira, a former export-control official at the Commerce Department who is now a "
        "partner at the law firm Ostrander & Vail, has advised clients for years.\n\n"
        '"Export controls are the strongest lever Washington holds," Mr. Ferreira says. '
        '"Every year they matter more."\n',
        lex,
    )
    assert names(x)["Tomas Ferreira"] == (
        "Person",
        "US",
    )  # a former US official speaks for the US side
    assert names(x)["Ostrander & Vail"] == ("Organization", "Other")
    assert roles(x) == {
        ("Tomas Ferreira", "export-control official", "Commerce Department", True),
        ("Tomas Ferreira", "partner", "Ostrander & Vail", False),
    }
    assert {(h, i) for h, _t, i, _p in claims(x, "Leverage")} == {("Washington", "export-controls")}
    assert quotes(x) == {
        ("Tomas Ferreira", "Export controls are the strongest lever Washington holds"),
        ("Tomas Ferreira", "Every year they matter more."),
    }


def test_city_is_a_place_and_administration_is_the_us(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Officials in Washington said the talks in Beijing were constructive. The administration "
        "has "
        "urged China to open its market to American banks.\n",
        lex,
    )
    spans = {x.doc.text[c.sentence.start : c.sentence.end] for c in x.claims}
    assert spans == {"The administration has urged China to open its market to American banks."}
    assert claims(x, "Demand") == {("United States", "China", "market-access", "open its market to American banks")}
    assert "Beijing" not in names(x) and "Washington" not in names(x)


def test_colon_quote_speaker_not_the_place_in_apposition(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The tabloid ran a “bargain bin” headline on Monday. Li Wen, head of Asia research at "
        "Pellham Macro, a Hong Kong consultancy, said: “Beijing knows which counties to hurt.”\n",
        lex,
    )
    assert roles(x) == {("Li Wen", "head of Asia research", "Pellham Macro", False)}
    # the scare quote has no speaker; the real quote belongs to the analyst, not Hong Kong
    assert quotes(x) == {("Li Wen", "Beijing knows which counties to hurt.")}


def test_pronoun_speaker_and_in_quote_countermeasures(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Commerce ministry spokesperson Zhou Ping spoke after China's Ministry of Commerce met "
        'American negotiators. "We will take countermeasures if the U.S. insists on this road," '
        "he said.\n",
        lex,
    )
    # the title names the ministry; the ministry is named later in the sentence
    assert roles(x) == {("Zhou Ping", "Commerce ministry spokesperson", "Ministry of Commerce", False)}
    assert names(x)["Zhou Ping"] == ("Person", "China")
    assert quotes(x) == {("Zhou Ping", "We will take countermeasures if the U.S. insists on this road")}
    assert {(h, i) for h, _t, i, _p in claims(x, "Threat")} == {("Zhou Ping", "countermeasures")}


@pytest.mark.parametrize("text", ["", "   \n", "No actors here at all."])
def test_empty_and_actorless_text(lex, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(text, lex)
    assert x.actors == {} and x.claims == []


def test_deterministic(lex) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Washington wants Beijing to buy soybeans. "It is leverage," said Ana Pryce, a senior '
        "fellow "
        "at the Morrow Institute.\n"
    )
    a, b = run(text, lex), run(text, lex)
    assert [(c.kind, c.actor, c.phrase) for c in a.claims] == [(c.kind, c.actor, c.phrase) for c in b.claims]
    assert list(a.actors) == list(b.actors)


def test_lower_case_ministries_and_corporate_suffix(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "China's commerce ministry said on Monday it would review the new curbs. "
        "The foreign ministry accused Washington of bullying. "
        "Japan's trade ministry declined to comment. "
        "Huawei Technologies and Qualcomm both issued statements, and Hong Kong-listed "
        "suppliers fell.\n",
        lex,
    )
    got = {a.key: (a.type, a.side) for a in x.actors.values()}
    assert got["org/mofcom"] == ("Organization", "China")
    assert got["org/mfa-china"] == ("Organization", "China")
    assert got["org/meti"] == ("Organization", "Other")  # Japan's trade ministry: the lexicon's METI
    assert "org/huawei" in got and "org/qualcomm" in got
    assert "state/hong-kong" not in got  # "Hong Kong-listed" modifies the suppliers
    assert [a.key for a in x.actors.values() if a.names[0].startswith("Huawei")] == ["org/huawei"]


def test_statement_attribution_across_clauses(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Treasury Secretary Scott Bessent, who met Beijing's envoys on Sunday, called the "
        'session "frank and useful." He pressed Beijing to move faster and said Washington '
        'would "keep every option on the table." Mara Quill, a spokeswoman for the Harwood '
        'Institute, said the talks had "stalled for weeks" and were now "a test of patience '
        'on both sides." The administration\'s "measured" approach drew little praise.\n',
        lex,
    )
    assert quotes(x) == {
        ("Scott Bessent", "frank and useful."),
        ("Scott Bessent", "keep every option on the table."),
        ("Mara Quill", "stalled for weeks"),
        ("Mara Quill", "a test of patience on both sides."),
    }


def test_pronoun_skips_possessive_person(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Dana Whitlow said the drills were also a message to Lai's government.\n"
        '"They want to show what the next step would cost," he said.\n',
        lex,
    )
    assert quotes(x) == {("Dana Whitlow", "They want to show what the next step would cost")}


def test_played_card_is_no_holder_and_new_cues(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        'Ottawa accused Washington of "playing the Taiwan card" in its dispute with Beijing.\n'
        "China has used its dominance of rare earths as a counterweight in the talks.\n"
        'The commerce ministry said it would "take resolute measures" against the tariffs.\n',
        lex,
    )
    lev = claims(x, "Leverage")
    assert {(h, i) for h, _t, i, _p in lev} == {("Beijing", "rare-earths")}  # Beijing = China
    thr = claims(x, "Threat")
    assert ("commerce ministry", "tariffs") in {(h, i) for h, _t, i, _p in thr}  # org/mofcom


def test_names_with_non_ascii_letters_apostrophes_and_hyphens(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Ingrid Sørlie, an analyst at Fjordvik Capital, said the truce was fragile. "
        "Jean-Marc Léveillé, a trade lawyer, disagreed. Ms Sørlie said later that Bréona "
        "O'Dowd, a senior fellow at the Kilcarra Institute, agreed with her.\n",
        lex,
    )
    got = names(x)
    assert got["Ingrid Sørlie"] == ("Person", "Other")
    assert got["Jean-Marc Léveillé"] == ("Person", "Other")
    assert got["Bréona O'Dowd"] == ("Person", "Other")
    assert [a.names for a in x.actors.values() if a.names[0] == "Ingrid Sørlie"] == [
        ["Ingrid Sørlie", "Ms Sørlie", "Sørlie"]
    ]
    assert ("Jean-Marc Léveillé", "trade lawyer", None, False) in roles(x)


def test_lower_case_title_apposition_before_name(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The president sent his trade envoy, Corwin Hale, to Geneva. The agriculture secretary, "
        "Dana Whitlow, said farmers were worried. After meeting the president, Hale flew home.\n",
        lex,
    )
    assert roles(x) == {
        ("Corwin Hale", "trade envoy", None, False),
        ("Dana Whitlow", "agriculture secretary", None, False),
    }


def test_bare_companies_marked_by_apposition_or_lexicon(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Ford was among the firms hit. Airbus, its European rival, won a large order. Velmora, "
        "the carmaker, said sales fell, and Quintrex, its main rival, declined to comment.\n",
        lex,
    )
    assert names(x) == {
        "Ford": ("Organization", "Other"),
        "Airbus": ("Organization", "Other"),
        "Velmora": ("Organization", "Other"),
        "Quintrex": ("Organization", "Other"),
    }


def test_leverage_cards_across_sentences(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Who has the better cards in this contest? Begin with the card that has kept Washington "
        "up at night. China processes most of the world's rare earths and has shown it will "
        "ration them.\n\nThe next card is soybeans. China buys most of them from America and "
        "can turn to Brazil.\n",
        lex,
    )
    got = {(h, t, i) for h, t, i, _p in claims(x, "Leverage")}
    assert got == {("China", "Washington", "rare-earths"), ("China", "Washington", "soybeans")}


def test_leverage_possessive_cards_and_new_items(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "America's cards are not nothing. Its controls on advanced chips still hurt.\n\n"
        "The purchase is leverage of a sort for Beijing. Beijing dangles an order for 300 "
        "passenger jets as a prize. Control of the shipping lanes gives Beijing leverage over "
        "Tokyo. Beijing sees Taiwan as a bargaining chip.\n",
        lex,
    )
    got = {(h, t, i, p) for h, t, i, p in claims(x, "Leverage")}
    assert got == {
        ("America", "Beijing", "semiconductors", "America's cards are not nothing"),
        ("Beijing", "America", None, "The purchase"),
        ("Beijing", "America", None, "an order for 300 passenger jets"),
        ("Beijing", "Tokyo", None, "Control of the shipping lanes"),
        ("Beijing", "America", "taiwan", "Beijing sees Taiwan as a bargaining chip"),
    }


def test_threat_objects_modals_and_hitting_back(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Beijing answered by threatening an extra 50% tariff on American farm goods. Stung by "
        "the ruling, Washington threatened sanctions on Chinese shipyards. China would hit back, "
        "its commerce ministry said, and could restrict exports of gallium.\n",
        lex,
    )
    got = {(h, i, p) for h, _t, i, p in claims(x, "Threat")}
    assert got == {
        ("Beijing", "tariffs", "an extra 50% tariff on American farm goods"),
        ("Washington", "sanctions", "sanctions on Chinese shipyards"),
        ("Beijing", None, "would hit back"),
        ("Beijing", "critical-minerals", "could restrict exports of gallium"),
    }


def test_demands_coordinated_objects_pronoun_objects_and_insist(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Washington's curbs on advanced chips still sting. China wants them loosened. Beijing "
        "also wants tariff cuts, an easing of visa rules and a state visit. American officials "
        "insist that China curb fentanyl exports. Beijing sought relief from tariffs from the "
        "start, officials said.\n",
        lex,
    )
    got = {(h, i, p) for h, _t, i, p in claims(x, "Demand")}
    assert got == {
        ("Beijing", "semiconductors", "Washington's curbs on advanced chips loosened"),
        ("Beijing", "tariffs", "tariff cuts"),
        ("Beijing", "visas", "an easing of visa rules"),
        ("Beijing", None, "a state visit"),
        ("Washington", "fentanyl", "curb fentanyl exports"),
        ("Beijing", "tariffs", "relief from tariffs from the start"),
    }


def test_statements_pronoun_speakers_issuers_and_anonymous_quotes(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        'Lena Hartwig has followed the talks for a decade. "This truce is built on sand," she '
        'argues. "Nobody trusts anybody," said one diplomat.\n\n'
        '"The market has priced in a deal," Okafor wrote. "China will never accept coercion," '
        'a statement from the foreign ministry said. China will "fight to the end", the ministry '
        'said. According to Xinhua, the meeting was "candid and constructive".\n',
        lex,
    )
    assert quotes(x) == {
        ("Lena Hartwig", "This truce is built on sand"),
        ("Okafor", "The market has priced in a deal"),
        ("foreign ministry", "China will never accept coercion"),
        ("foreign ministry", "fight to the end"),
        ("Xinhua", "candid and constructive"),
    }


def test_long_line_of_random_text_extracts_in_linear_time(lex) -> None:  # type: ignore[no-untyped-def]
    import random
    import time

    words = [
        "China",
        "Beijing",
        "Washington",
        "said",
        "threatened",
        "leverage",
        "cards",
        "the",
        "of",
        "Mr",
        "Sørensen",
        "wants",
        "to",
        "rare",
        "earths",
        "his",
        "secretary",
        "Ford",
        "its",
        "rival",
        "is",
        "could",
        "restrict",
        "Trump",
        "card",
        "says",
        "urged",
        "who",
        "on",
        "for",
        "asked",
        "them",
        "and",
        "Lena",
        "Hartwig",
        "Institute",
        "Ministry",
        "Commerce",
        "a",
        "analyst",
        "at",
        "she",
        "as",
        "sees",
        "dangles",
        "chips",
        "that",
        ",",
        ",",
    ]
    rng = random.Random(7)
    run("Warm-up: China said so.\n", lex)  # compile the cue patterns once
    for extra in ([], ['"'] * 6):
        text = " ".join(rng.choice(words + extra) for _ in range(2500))[:10000]
        t0 = time.perf_counter()
        run(text, lex)
        assert time.perf_counter() - t0 < 1.5


def test_participle_threats_and_demands_for_from_an_addressee(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Threatening retaliation, Beijing said it would not back down. Ford has begged the "
        "administration for relief from tariffs. Tesla pressed Washington for exemptions and "
        "more time. Export licences have become a weapon for Beijing.\n",
        lex,
    )
    assert {(h, i, p) for h, _t, i, p in claims(x, "Threat")} == {("Beijing", "countermeasures", "retaliation")}
    assert {(h, t, i, p) for h, t, i, p in claims(x, "Demand")} == {
        ("Ford", "Washington", "tariffs", "relief from tariffs"),
        ("Tesla", "Washington", None, "exemptions"),
        ("Tesla", "Washington", None, "more time"),
    }
    assert {(h, i, p) for h, _t, i, p in claims(x, "Leverage")} == {("Beijing", None, "Export licences")}


def test_titles_with_of_and_hyphens_before_names(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Secretary of State Marla Quint, speaking in Manila, said the talks would go on. "
        "Minister of Foreign Affairs Li Wanjun agreed, and so did Vice-Premier Wu Anlin.\n",
        lex,
    )
    assert roles(x) == {
        ("Marla Quint", "Secretary of State", None, False),
        ("Li Wanjun", "Minister of Foreign Affairs", None, False),
        ("Wu Anlin", "Vice-Premier", None, False),
    }


def test_possessive_state_is_not_the_subject_of_its_ministry(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        'China\'s commerce ministry said it "firmly opposes" the levies and urged the US to '
        '"immediately correct its wrong practices". It warned that Beijing would "take resolute '
        'measures to defend its rights".\n',
        lex,
    )
    assert {s for s, _q in quotes(x)} == {"commerce ministry"}
    assert {(h, t) for h, t, _i, _p in claims(x, "Demand")} == {("commerce ministry", "US")}


def test_idiomatic_threats_and_withheld_leverage(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        'Beijing said Washington would "pay a heavy price" if the sale went ahead. Beijing could '
        "withhold orders for Boeing jets. For Washington, the most powerful lever is access to "
        "American capital markets.\n",
        lex,
    )
    assert {(h, t, p) for h, t, _i, p in claims(x, "Threat")} == {
        ("Beijing", "Washington", "pay a heavy price if the sale went ahead")
    }
    assert {(h, i, p) for h, _t, i, p in claims(x, "Leverage")} == {
        ("Beijing", "aircraft", "Beijing could withhold orders for Boeing jets"),
        ("Washington", None, "access to American capital markets"),
    }


def test_speaker_in_the_next_sentence_and_after_a_participle(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        '"This is coercion, pure and simple." So says Tomas Reyes of the Harrow Institute.\n\n'
        'Lena Hartwig, speaking at a forum in Davos on Tuesday, said: "The era of cheap goods is over."\n',
        lex,
    )
    assert quotes(x) == {
        ("Tomas Reyes", "This is coercion, pure and simple."),
        ("Lena Hartwig", "The era of cheap goods is over."),
    }


def test_bare_companies_marked_by_sentence_structure(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Velmora's chief executive, Hal Grover, said sales had slumped. A spokesperson for "
        "Quintrex declined to comment. Brightwell, which makes drones in Shenzhen, said it would "
        "appeal. Shares of Kestrava fell 8%. Nexora declined to comment. Velmora wants tariff "
        "relief. Trump's chief of staff said little.\n",
        lex,
    )
    orgs = {n for n, (typ, _side) in names(x).items() if typ == "Organization"}
    assert orgs == {"Velmora", "Quintrex", "Brightwell", "Kestrava", "Nexora"}
    assert ("Hal Grover", "chief executive", "Velmora", False) in roles(x)
    assert {(h, i) for h, _t, i, _p in claims(x, "Demand")} == {("Velmora", "tariffs")}


def test_should_demands_of_governments_and_demand_lists(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Washington's demands include an end to industrial subsidies and tighter fentanyl "
        "controls. The US side should lift all unilateral tariffs, the commerce ministry said. "
        "Washington should cut tariffs, said Lena Hartwig, an analyst.\n",
        lex,
    )
    assert {(h, t, i, p) for h, t, i, p in claims(x, "Demand")} == {
        ("Washington", None, "structural-reform", "an end to industrial subsidies"),
        ("Washington", None, "fentanyl", "tighter fentanyl controls"),
        ("commerce ministry", "Washington", "tariffs", "lift all unilateral tariffs"),
    }


def test_implied_leverage_from_dependence_and_dominance(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The US relies on China for about 70% of its rare earth imports. China produces most of "
        "the world's solar panels. Brazil accounts for half of China's soybean imports.\n",
        lex,
    )
    assert {(h, t, i) for h, t, i, _p in claims(x, "Leverage")} == {
        ("China", "US", "rare-earths"),
        ("China", "US", "solar"),
    }


def test_conditional_threats_and_inverted_should(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Trump said he would raise tariffs to 60% if China did not resume soybean purchases. "
        "The deal will raise purchases of American goods. Beijing warned that it would suspend "
        "rare earth licences should Washington expand the entity list.\n",
        lex,
    )
    assert {(h, i) for h, _t, i, _p in claims(x, "Threat")} == {("Trump", "tariffs"), ("Beijing", "rare-earths")}
    # the negated condition of a threat is what Trump wants of China (test_real_en_claims.py)
    assert {(h, t, i) for h, t, i, _p in claims(x, "Demand")} == {("Trump", "Beijing", "soybeans")}


def test_apposition_titles_with_possessive_determiners(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Velmora opened a plant in Ohio. Ana Souza, its Asia director, said sales would recover.\n",
        lex,
    )
    assert ("Ana Souza", "Asia director", None, False) in roles(x)


def test_leverage_cues_that_hold_nothing(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Credit card spending in China fell. Trump has accused China of weaponizing trade. "
        "Neither side has the upper hand. Beijing looked for leverage of its own. Trump said "
        "China had no cards to play.\n",
        lex,
    )
    assert {(h, p) for h, _t, _i, p in claims(x, "Leverage")} == {
        ("Beijing", "trade")
    }


def test_coordinated_agencies_stay_separate_lexicon_actors(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The Department of Defense and the Commerce Department agreed, while the Treasury "
        "Department and the Federal Reserve stayed quiet.\n",
        lex,
    )
    assert {a.lexicon_id for a in x.actors.values()} == {
        "org/pentagon",
        "org/us-commerce",
        "org/us-treasury",
        "org/federal-reserve",
    }


def test_quote_running_over_paragraphs_takes_the_later_speaker(lex) -> None:  # type: ignore[no-untyped-def]
    for o, c in (('"', '"'), ("\u201c", "\u201d")):
        x = run(
            f"{o}Beijing has learned how to use its rare earths. Nobody should be surprised.\n\n"
            f"{o}Washington will have to adapt,{c} said Tomas Reyes, a fellow at the Harrow Institute.\n",
            lex,
        )
        assert quotes(x) == {
            ("Tomas Reyes", "Beijing has learned how to use its rare earths. Nobody should be surprised."),
            ("Tomas Reyes", "Washington will have to adapt"),
        }


def test_firms_introduced_by_a_descriptor(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Lena Hartwig, a partner at consultancy Trivium Korea, said the curbs would bite. The "
        "firm Harbor Lane said so, and the law firm Whitcombe Pryor agreed.\n",
        lex,
    )
    orgs = {n for n, (typ, _side) in names(x).items() if typ == "Organization"}
    assert orgs == {"Trivium Korea", "Harbor Lane", "Whitcombe Pryor"}
    assert ("Lena Hartwig", "partner", "Trivium Korea", False) in roles(x)


def test_and_between_two_known_bodies_is_no_single_name(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Analysts at Bank of America and Chatham House were divided, while the Center for "
        "Strategic and International Studies stayed neutral.\n",
        lex,
    )
    assert {a.lexicon_id for a in x.actors.values()} == {"org/bank-of-america", "org/chatham-house", "org/csis"}


def test_threats_to_respond_in_kind_and_fight_back(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "China vowed to respond in kind to the port fees. The ministry said Beijing would respond "
        "with countermeasures. Countermeasures were a necessary response, a spokeswoman said.\n",
        lex,
    )
    assert {(h, i, p) for h, _t, i, p in claims(x, "Threat")} == {
        ("Beijing", "port-fees", "vowed to respond in kind to the port fees"),
        ("Beijing", "countermeasures", "with countermeasures"),
    }


def test_literal_weapons_are_no_leverage(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "China is expanding its nuclear weapons arsenal. Washington approved weapons sales to "
        "Taiwan. America's biggest weapon is its market.\n",
        lex,
    )
    assert {(h, i) for h, _t, i, _p in claims(x, "Leverage")} == {("Washington", "market-access")}


def test_pronoun_object_of_wants_in_the_same_sentence(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Its controls on advanced chips still hurt firms such as Huawei, and China wants them loosened.\n",
        lex,
    )
    assert claims(x, "Demand") == {("China", None, "semiconductors", "Its controls on advanced chips loosened")}


def test_demand_lists_after_a_noun(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        'Beijing came to the table with "sweeping asks". Among them were an easing of chip export '
        "controls and lower tariffs.\n\n"
        "Washington's wish list: soybean purchases, a visa deal and a crackdown on fentanyl.\n\n"
        "Washington's requests range from port fees relief to a halt of rare earth export controls.\n\n"
        "China set out a list of conditions. The conditions were an end to the port fees and lower "
        "tariffs.\n",
        lex,
    )
    got = {(h, i) for h, _t, i, _p in claims(x, "Demand")}
    assert got == {
        ("Beijing", "semiconductors"),
        ("Beijing", "tariffs"),
        ("Washington", "soybeans"),
        ("Washington", "visas"),
        ("Washington", "fentanyl"),
        ("Washington", "port-fees"),
        ("Washington", "rare-earths"),
        ("Beijing", "port-fees"),
    }
    assert ("Beijing", "Washington", "semiconductors", "an easing of chip export controls") in claims(x, "Demand")


def test_a_noun_with_no_list_or_owner_is_no_demand(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Market conditions were weak. Beijing sent a large delegation. Its priorities were unclear "
        "to analysts, who said demands for soybeans had slumped.\n",
        lex,
    )
    assert {p for _h, _t, _i, p in claims(x, "Demand")} <= {"unclear to analysts"}


def test_hoped_expects_and_told_with_an_addressee(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The commerce ministry said it hoped the US would scrap the port fees and lift the chip "
        "export controls. China expects Washington to cut tariffs. Trump told Beijing to buy "
        "soybeans. Trump told Xinhua that talks went well. Economist Mara Quill expects China to "
        "buy soybeans.\n",
        lex,
    )
    assert {(h, t, p) for h, t, _i, p in claims(x, "Demand")} == {
        ("commerce ministry", "Washington", "scrap the port fees"),
        ("commerce ministry", "Washington", "lift the chip export controls"),
        ("Beijing", "Washington", "cut tariffs"),
        ("Trump", "Beijing", "buy soybeans"),
    }


def test_the_side_of_a_state_presses_the_other_side(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The American side pressed the Chinese side to buy soybeans, curb fentanyl and loosen rare "
        "earth export controls.\n",
        lex,
    )
    assert {(h, t, i) for h, t, i, _p in claims(x, "Demand")} == {
        ("United States", "China", "soybeans"),
        ("United States", "China", "fentanyl"),
        ("United States", "China", "rare-earths"),
    }


def test_threats_of_reimposed_tariffs_and_countermeasures(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "Treasury Secretary Scott Bessent said the tariffs would snap back if Beijing reneged. "
        "Economist Ivo Brandt said the tariffs would snap back if talks failed. Trump said talks "
        "would return to Geneva if needed. China said it would take corresponding measures, and "
        "China is not afraid of a trade war.\n",
        lex,
    )
    assert {(h, p) for h, _t, _i, p in claims(x, "Threat")} == {
        ("Scott Bessent", "the tariffs would snap back if Beijing reneged"),
        ("Beijing", "take corresponding measures"),
        ("Beijing", "not afraid of a trade war"),
    }


def test_names_listed_after_a_plural_title_share_it(lex) -> None:  # type: ignore[no-untyped-def]
    x = run(
        "The sanctions target US Senators Marla Quint, Tobias Renn and Hal Ostrow. "
        "Journal writers Dana Pell and Omar Feist reported the talks. "
        "Negotiators met in Geneva and Beijing.\n",
        lex,
    )
    people = {n for n, (typ, _side) in names(x).items() if typ == "Person"}
    assert people == {"Marla Quint", "Tobias Renn", "Hal Ostrow", "Dana Pell", "Omar Feist"}
    assert names(x)["Hal Ostrow"] == ("Person", "US")
    assert ("Tobias Renn", "Senators", "US", False) in roles(x)
