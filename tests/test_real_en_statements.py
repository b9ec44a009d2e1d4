"""English quotes and who says them, as real news writes them.

Sentences written for these tests in the styles of wire copy, newspapers,
analysis and state media in English (no sentence of any article); each asserts
the exact statements — (speaker's first name, quote) — near misses included.
"""

from __future__ import annotations

import pytest


def _statements(ex) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(speaker's first name, quote) of each statement of an extraction."""
    return {(ex.actors[c.actor].names[0], c.quote or "") for c in ex.claims if c.kind == "Statement"}


# a definite speaker ('the spokesperson', 'the official', 'the company', 'the groups') stands for
# who was named where it was introduced, or for the last organisation of its kind named before
DEFINITE = [
    ('A Commerce Ministry spokesperson criticised the new rules on Monday. "We will never accept this," the '
     'spokesperson said. "If Washington insists on going its own way, we will respond," the spokesperson added.',
     {("Commerce Ministry", "We will never accept this"),
      ("Commerce Ministry", "If Washington insists on going its own way, we will respond")}),
    ('Foreign ministry spokesperson Lin Jian spoke on Tuesday. "The sanctions are illegal and must be lifted," '
     "the spokesperson said.",
     {("Lin Jian", "The sanctions are illegal and must be lifted")}),
    ("Wang Lei, a spokesperson for the Chinese embassy in Washington, declined to give details. "
     '"We urge the US side to stop this wrong practice," the spokesperson said.',
     {("Wang Lei", "We urge the US side to stop this wrong practice")}),
    ('A senior USTR official briefed reporters before the call. "Our focus will remain on building resilience '
     'at home," the official said.',
     {("USTR", "Our focus will remain on building resilience at home")}),
    ('The new rules "will disrupt supply chains and hurt companies on both sides," said the groups, the '
     "Semiconductor Industry Association and the National Retail Federation.",
     {("Semiconductor Industry Association", "will disrupt supply chains and hurt companies on both sides")}),
    ("Shares of Harbor Microchips Inc. fell after the Commerce Department added it to the entity list. The "
     'listing was unjustified, said the company, adding that "it may force us to cut hundreds of jobs."',
     {("Harbor Microchips Inc.", "it may force us to cut hundreds of jobs.")}),
    # near misses: an official never named with a body; 'the company' where only a public body was named
    ('A senior administration official briefed reporters before the call. "Our focus will remain on building '
     'resilience at home," the official said.', set()),
    ('The Commerce Department added new firms to the entity list on Friday. "The rules will be enforced '
     'strictly," the company said.', set()),
]

# a surname spelt like a function word (He, An) before a given name or capitalised inside a
# sentence is a name; 'He' opening a sentence is the pronoun
SURNAME = [
    ("The tariffs will have little effect in the short term, said He Minghui, a senior fellow at a Beijing "
     "think tank. “Exporters will simply find other routes,” he added.",
     {("He Minghui", "Exporters will simply find other routes")}),
    ("Chinese exports of solar panels will slow, He Minghui, a former trade official, noted. But, He added, "
     "“the road through third countries will get narrower.”",
     {("He Minghui", "the road through third countries will get narrower.")}),
    ("Vice Premier An Zhiwei told reporters: “The door to talks remains open.”",
     {("An Zhiwei", "The door to talks remains open.")}),
    # near miss: the pronoun opening a sentence refers back
    ("“We will respond firmly,” said Li Wei, a commerce ministry spokesman. He added that the talks “must go "
     "on without preconditions”.",
     {("Li Wei", "We will respond firmly"), ("Li Wei", "must go on without preconditions")}),
]

# who says a quote, as the clause around it names the speaker
CLAUSE = [
    # a possessive determiner opening a participle clause is no subject
    ("Harbor Metals Group opened a magnet plant in Ganzhou in 2019. Touring its exhibition hall, Xi Jinping "
     "examined rows of grey metal blocks and declared to his aides: “Rare earths are a vital strategic resource.”",
     {("Xi Jinping", "Rare earths are a vital strategic resource.")}),
    # a name, its apposition (cut at whose/which/that; 'late' is a former title), then the verb
    ("“China has rare earths,” Deng Xiaoping, the late Chinese leader whose reforms opened the economy, said in "
     "1992.",
     {("Deng Xiaoping", "China has rare earths")}),
    # a quotation of two sentences: its attribution follows where it closes
    ("Mining boom: 'The Gulf has oil. China has rare earths,' Deng Xiaoping, the late Chinese leader whose "
     "reforms opened the economy, said in 1992.",
     {("Deng Xiaoping", "The Gulf has oil. China has rare earths")}),
    # 'cited X as saying': the one cited speaks, and is a person
    ("The Global Times on Tuesday cited Mara Quill, a commentator for the paper, as saying she expected warships "
     "“to shadow the visit at close range”.",
     {("Mara Quill", "to shadow the visit at close range")}),
    ("State media cited Mara Quill as saying the talks were “constructive and candid”.",
     {("Mara Quill", "constructive and candid")}),
    # the sentence before a quotation names its speaker before an apposition
    ('Li Wei, a spokesman for the Chinese embassy, said:\n"China firmly opposes the sanctions and will take '
     'resolute measures."',
     {("Li Wei", "China firmly opposes the sanctions and will take resolute measures.")}),
    # a state's body after its possessive; two bodies joined by 'and' are two names
    ("Exports of gallium will need licences to “protect national security and interests”, China's Ministry of "
     "Trade and Administration of Export Control announced on Monday.",
     {("Ministry of Trade", "protect national security and interests")}),
    ("Exports of gallium will need licences to “protect national security and interests”, China's Ministry of "
     "Commerce and the General Administration of Customs said in a joint statement on Monday.",
     {("Ministry of Commerce", "protect national security and interests")}),
    # courtesy titles as British outlets write them (no full stop) are no part of the name
    ('"The tariffs are a blunt instrument," said Prof Jane Doe, a lecturer at the University of Leeds. '
     '"Nobody wins," Prof Doe added.',
     {("Jane Doe", "The tariffs are a blunt instrument"), ("Jane Doe", "Nobody wins")}),
    ('Dr Mara Quill of the Harbor Institute said the tariffs were "a tax on American consumers".',
     {("Mara Quill", "a tax on American consumers")}),
    # a name after its title in an apposition: the verb after the apposition is the name's
    ('"This is a serious blow," the company\'s chief executive, Mara Quill, told Reuters.',
     {("Mara Quill", "This is a serious blow")}),
    ('"The tariffs are a tax on consumers," said the institute\'s Asia director, Mara Quill.',
     {("Mara Quill", "The tariffs are a tax on consumers")}),
    # 'they said' after people named together; plural titles before names
    ('Senators Jane Doe and Tom Roe opposed the sale. "This would hand Beijing our best chips," they said in a '
     "joint statement.",
     {("Jane Doe", "This would hand Beijing our best chips")}),
    ('"The truce is fragile," wrote Harbor Macro economists Mara Quill and Tom Roe in a note.',
     {("Mara Quill", "The truce is fragile")}),
    ('Senator Jane Doe met Chinese officials. "We made progress," they said.', set()),
    # near miss: a title owned by a named actor is said by its holder, not by its owner
    ('The US wants "significant structural changes" to the economy, President Donald Trump\'s top trade '
     "negotiator said.", set()),
    ('"We want a deal," said China\'s commerce minister Wang Wentao.', {("Wang Wentao", "We want a deal")}),
]

# one word a named person is quoted as saying was said; a name in quotation marks (a programme,
# a deal, a policy) was not, nor is one word a state is said to welcome something as
SHORT = [
    ("Treasury Secretary Jane Doe described the remarks made by the Chinese envoy as “inflammatory,” and said "
     "she would raise them with Beijing.",
     {("Jane Doe", "inflammatory")}),
    ("Vice President Tom Roe told CNBC on Thursday that the new security law was a “betrayal”.",
     {("Tom Roe", "betrayal")}),
    ('White House trade adviser Tom Roe said on "Squawk Box" that talks on a "Phase 2" deal would start soon.',
     set()),
    ('Senator Tom Roe said the US must defend its "One China" policy while backing Taiwan.', set()),
    ("Beijing welcomed the decision as “positive”.", set()),
    # a verb of naming gives two quoted words as a state's own; welcoming or saying does not
    ('China on Wednesday called the abrupt closure of its consulate in Houston a "political provocation" and '
     "vowed countermeasures.",
     {("China", "political provocation")}),
    ('China branded the sanctions "totally unjustified".', {("China", "totally unjustified")}),
    ('Beijing welcomed the decision as a "positive sign".', set()),
]

# a speech verb after a quotation and a conjunction belongs to that other clause, not the quotation
AFTER_CLAUSE = [
    ('The Chinese commerce ministry vowed to "fight to the end" if Washington insisted on the tariffs.',
     {("commerce ministry", "fight to the end")}),
    ('"We will not back down," Jane Doe said when Washington insisted on the talks.',
     {("Jane Doe", "We will not back down")}),
]

# a name opening the sentence and followed by a colon speaks the quotation (headlines, transcripts)
COLON = [
    ('Foreign Ministry spokesman Lin Jian: "The US should stop its unreasonable suppression."',
     {("Lin Jian", "The US should stop its unreasonable suppression.")}),
    ('The gap between Trump and Xi: "a chasm that will not close soon."', set()),
]

# the written text that carries the words is passed over to whose it is
DOCUMENT = [
    ('"The US side should correct its mistakes immediately," according to a statement from the Chinese '
     "Foreign Ministry.",
     {("Chinese Foreign Ministry", "The US side should correct its mistakes immediately")}),
    ('"We will respond firmly," according to a readout released by the Chinese Commerce Ministry.',
     {("Chinese Commerce Ministry", "We will respond firmly")}),
]

# 'According to X,' then a speaker with a speech verb of its own: X is only the source
SOURCE = [
    ('According to Reuters, Trade Representative Jane Doe is expected to say: "China must keep its promises."',
     {("Jane Doe", "China must keep its promises.")}),
    ('According to a newspaper report, Senator Tom Roe will criticize Beijing for abusing "global trading norms" '
     "in a speech on Monday.",
     {("Tom Roe", "global trading norms")}),
    ('According to Xinhua, the talks were "candid and constructive."', {("Xinhua", "candid and constructive.")}),
]

# a programme named in quotation marks after "told" is a name, even with the sentence's stop inside
PROGRAMME = [
    ('"We are going to win it," Secretary of State Jane Doe told "Fox News Sunday."',
     {("Jane Doe", "We are going to win it")}),
]

CASES = DEFINITE + SURNAME + CLAUSE + SHORT + AFTER_CLAUSE + COLON + DOCUMENT + SOURCE + PROGRAMME


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[x[0][:40] for x in CASES])
def test_statements(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extraction_of(text)) == expected
