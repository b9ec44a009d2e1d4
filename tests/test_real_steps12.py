"""Holders, moods, speakers and listed organisations as real news writes them (session 12).

Sentences written for these tests in the styles of wire copy and Chinese-language dailies; none is
copied from an article. Each case asserts the exact claims (or actors) of its kind, near misses included.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"


MOOD = ("Threat", "Leverage")


# -- a measure inside the matter a subject reacts to ------------------------------------------------
# <subject> 就/對 <X> … <measure> <reaction> (zh-concern-about opens the matter, zh-reaction closes
# it): the measure is X's when X is of the other side. Without a reaction after the measure the
# clause is an act aimed at X (美國對中國加徵關稅).
TOPIC = [
    ("商務部新聞發言人就美國商務部發布對華半導體出口管制新規答記者問。",
     {("org/us-commerce", "semiconductors")}),
    ("中方對美方執意出台對華投資限制措施強烈不滿。", {(US, "investment-screening")}),
    ("外交部就美方宣布對中國官員實施制裁表示強烈譴責。", {(US, "sanctions")}),
    # (the ban named by its verb is China's own step, its company the item: session 22)
    ("中國當局宣布禁止美光產品，此舉被視為對華盛頓出口管制的重大報復。", {(US, "export-controls"), (CN, None)}),
    # near misses: the act aimed at X; the reacting subject of X's own side
    ("美國對中國加徵關稅。", {(US, "tariffs")}),
    ("美國財政部就美國商務部的出口管制表示支持。", {("org/us-commerce", "export-controls")}),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC)
def test_measure_of_the_matter_reacted_to(claims_of, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "issue") == expected


# -- a mention owning another measure is no subject of the verb after it -----------------------------
# And an issue named before an English measure is its item only inside its noun phrase (rare earth
# export controls), not across a verb or preposition (US tariffs by imposing export controls).
# "responded to US sanctions … by announcing export controls": US owns the sanctions; the one who
# announces is the clause's subject. A mention whose own verb is a measure word (the U.S. blocked
# exports … and revoked visas) stays the subject.
OWNER = [
    ("China has responded to increasing US sanctions on chip sales by announcing export controls on graphite.",
     {(US, "sanctions"), (CN, "critical-minerals")}),
    ("Beijing answered new US tariffs by imposing export controls on gallium.",
     {(US, "tariffs"), (CN, "critical-minerals")}),
    ("China announced rare earth export controls.", {(CN, "rare-earths")}),
    # near miss: the mention is the subject of both measure verbs
    ("China alleges that the U.S. blocked exports of chip design software and revoked visas for Chinese students.",
     {(US, "visas"), (US, "semiconductors"), (US, "software")}),
]


@pytest.mark.parametrize(("text", "expected"), OWNER)
def test_owner_of_another_measure_is_no_subject(claims_of, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Leverage",), "actor", "issue") == expected


# -- quoted words no verb of speech attributes: the main subject's ------------------------------------
# News quotes a phrase inside its own sentence ("reaffirmed that there is “…”", 黃仁勳指此舉導致
# 「…」): with no verb of speech before or after the quotation, the words are the sentence's subject's.
# Near misses: fewer than three words (a scare quote), a quoted name after a determiner, the subject of
# the clause a verb of speech before it reports, an attribution after the quotation that names
# someone else, a Chinese quotation that is a name (a noun of things at its end, an abbreviation after
# it) or opens its sentence.
EMBEDDED = [
    ("On Tuesday, the Chinese foreign ministry reaffirmed that there is “no place for compromise” on Taiwan.",
     {("org/mfa-china", "no place for compromise")}),
    ("Senator Marco Rubio denounced the deal as “a gift to the Chinese Communist Party” in a post on X.",
     {("person/marco-rubio", "a gift to the Chinese Communist Party")}),
    ("Senator Marco Rubio visited the “free trade zone” in Shanghai.", set()),
    ("Senator Marco Rubio met envoys of the “core” group in Paris.", set()),
    ("Senator Marco Rubio met the envoy, who left “with nothing to show for it,” according to a senior aide.", set()),
    # the subject of the clause a verb of speech reports is no speaker
    ("The move drew fiery opposition from Beijing, which threatened unspecified countermeasures, warning the "
     "US would “pay the price for its wrongdoing”.", set()),
    ("黃仁勳指此舉導致英偉達「雙手被綁在背後」，又謂將難以找到替代。",
     {("person/jensen-huang", "雙手被綁在背後")}),
    ("美國財政部將多名官員列入「特別指定國民清單」。", set()),
    ("中方制裁了「美中經濟與安全評估委員會」(USCC)主席。", set()),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED)
def test_embedded_quotation_is_the_subjects(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


# -- names listed with an organisation are organisations --------------------------------------------
# A list that "and" closes, one of whose members is an organisation, makes organisations of its other
# capitalised names (companies and NGOs the lexicon does not know). Near misses: a comma alone (a
# place in apposition), a title or a demonym in the name, a name that goes on past "and".
LISTED = [
    ("China sanctioned the Pacific Rights Watch, Open Society House, Liberty Beacon and the "
     "International Republican Institute on Monday.",
     {"Pacific Rights Watch", "Open Society House", "Liberty Beacon", "International Republican Institute"}),
    # no member known as an organisation: nothing to go by
    ("China sanctioned the Pacific Rights Watch, Open Society House and Liberty Beacon on Monday.", set()),
    ("Beijing barred Raytheon Technologies and Lockheed Martin from trading.",
     {"Raytheon Technologies", "Lockheed Martin"}),
    ("Lockheed Martin, Boeing and Raytheon Technologies face new Chinese sanctions.",
     {"Lockheed Martin", "Raytheon Technologies", "Boeing"}),
    ("Executives of Raytheon Technologies, Shenzhen, met the buyers.", {"Raytheon Technologies"}),
    ("Raytheon Technologies and President Jane Doe met in Beijing.", {"Raytheon Technologies"}),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_names_listed_with_an_organisation(extraction_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of(text)
    assert {n for a in ex.actors.values() if a.type == "Organization" for n in a.names} == expected


# -- a step dated after its report is announced, not taken -----------------------------------------
# The measure's sentence names a day after the document's date (its start or its taking effect):
# a threat. The same words in an undated document, or with a day already past, leave it leverage.
DATED = [
    ("中方決定對美國大豆加徵關稅，措施於7月6日生效。", "2025-06-20", "Threat"),
    ("中方決定對美國大豆加徵關稅，措施已於5月6日生效。", "2025-06-20", "Leverage"),
    ("中方決定對美國大豆加徵關稅，措施於7月6日生效。", None, "Leverage"),
    ("China imposed tariffs on US soybeans, effective July 6.", "2025-06-20", "Threat"),
    ("China imposed tariffs on US soybeans, effective May 6.", "2025-06-20", "Leverage"),
]


@pytest.mark.parametrize(("text", "date", "kind"), DATED)
def test_step_dated_after_its_report(extraction_of, text: str, date: str | None, kind: str) -> None:  # type: ignore[no-untyped-def]
    got = facts(extraction_of(text, date).claims, MOOD, "kind", "actor", "issue")
    assert got == {(kind, "state/china", "tariffs")}


# -- the asker's second verb, its source, and obligations in reported speech --------------------------
# "urged X to A, and demanded B": B is the subject's own demand (not X's), and the list of what X
# should do ends at it; "…, according to Reuters" is the source, no verb phrase; "saying Beijing
# needed to A" is a demand as much as "must" (en-demand-modal).
SECOND_VERB = [
    ("China's foreign ministry urged the U.S. to stop the sanctions, and demanded the release of the "
     "arrested citizens, according to Reuters.",
     {("org/mfa-china", "stop the sanctions"), ("org/mfa-china", "the release of the arrested citizens")}),
    ("Blinken opened his remarks by saying Beijing needed to return to a rules-based system.",
     {("person/antony-blinken", "return to a rules-based system")}),
    # near miss: no one's words, no demand
    ("Beijing needed to return to the talks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_VERB)
def test_second_verb_source_and_obligation(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase") == expected


# -- a matter said to be needed or important is wanted ------------------------------------------------
# 強調…的必要性, 認為…非常重要, "stressed the importance of …" (zh-/en-importance): the speaker wants the
# matter done by the other side. Near misses: a matter of both sides (中美關係, "both sides"), the
# speaker's own step (美國實施…, "the need for Washington to …"), something important *for* someone
# (…對美國國家安全至關重要), a need agreed on or one's own ("agree on the need to", "remind us of").
IMPORTANCE = [
    ("葉倫向中方強調為美國工人和企業提供公平競爭環境的必要性。", {("person/janet-yellen", "fair-competition")}),
    ("白宮經濟顧問庫德洛表示，川普政府認為，北京購買農產品非常重要。", {("state/us", "agriculture")}),
    ("Blinken stressed the importance of China halting its rare earth export controls.",
     {("person/antony-blinken", "rare-earths"), ("person/antony-blinken", "export-controls")}),
    ("王毅表示，中美關係十分重要。", set()),
    ("拜登總統強調了美國實施科技限制的必要性。", set()),
    ("川普表示，稀土磁鐵供應對美國國家安全至關重要。", set()),
    ("Blinken and Wang Yi agreed on the need to stabilize the relationship between China and the US.", set()),
    ("Biden stressed the need for Washington to keep its export controls on China.", set()),
]


@pytest.mark.parametrize(("text", "expected"), IMPORTANCE)
def test_matter_said_to_be_needed(claims_of, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "issue") == expected


# -- force held open, and retaliation promised in general words ----------------------------------------
# "never renounced using force", 從未承諾放棄使用武力: a refusal to give up a step holds it open, a
# threat (en-/zh-measure-held-open); "take corresponding measures" is retaliation promised.
HELD_FORCE = [
    ("Beijing has never renounced using force to bring Taiwan under its control.", {("Threat", CN)}),
    ("北京從未承諾放棄使用武力。", {("Threat", CN)}),
    ("China will take corresponding measures against U.S. products.", {("Threat", CN)}),
    # near miss: force used, no threat
    ("China used force to seize the islands.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HELD_FORCE)
def test_force_held_open(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), MOOD, "kind", "actor") == expected


# -- a step whose sentence says it takes effect on a later day -----------------------------------------
# 將於…生效 (zh-measure-later-frame: a day between the two words) after the measure, in its own clause
# and with no other actor before it: announced, a threat. Near miss: the frame of another actor's step.
LATER_FRAME = [
    ("美國貿易代表辦公室表示，對中國電動車的關稅上調將於8月1日生效。", {("Threat", "org/ustr")}),
    ("美國進一步實施對中國的半導體出口限制，而中國商務部宣布，北京將自8月1日起對鎵實施出口管制。",
     {("Leverage", US), ("Threat", CN)}),
]


@pytest.mark.parametrize(("text", "expected"), LATER_FRAME)
def test_takes_effect_on_a_later_day(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), MOOD, "kind", "actor") == expected


# -- a description naming a body speaks for the body --------------------------------------------------
# '"…," the foreign ministry spokesman said': the ministry the description names is the speaker, not
# the last body named in the sentences before (a third country listed there).
BODY_DESCRIPTION = [
    ('Beijing said it may trade with all countries, including Russia.\n\n"China has always opposed the '
     'unilateral sanctions of the United States," the foreign ministry spokesman said.',
     {("org/mfa-china", "China has always opposed the unilateral sanctions of the United States")}),
]


@pytest.mark.parametrize(("text", "expected"), BODY_DESCRIPTION)
def test_description_naming_a_body(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


# -- the steps of a threat, listed after it -----------------------------------------------------------
# 包括 / including after a threatened step in the same sentence (zh-/en-steps-listed): the listed steps
# are threatened too. Near miss: the steps of a measure taken, listed.
STEPS_LISTED = [
    ("中方警告將採取反制措施，包括將美國企業列入不可靠實體清單。",
     {("Threat", "countermeasures"), ("Threat", "unreliable-entity-list")}),
    ("China warned it would retaliate, including with export controls on gallium.",
     {("Threat", None), ("Threat", "critical-minerals")}),
    ("中方已對美國實施制裁，包括將美國企業列入不可靠實體清單。",
     {("Leverage", "sanctions"), ("Leverage", "unreliable-entity-list")}),
]


@pytest.mark.parametrize(("text", "expected"), STEPS_LISTED)
def test_steps_of_a_threat_listed(claims_of, text: str, expected: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), MOOD, "kind", "issue") == expected
