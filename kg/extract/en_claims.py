"""English claims: leverage, demands, threats and statements, each tied to its sentence.

Cue words come from ``ontology/cues-en.ttl`` (kinds ``en-leverage``,
``en-demand``, ``en-threat``, ``en-speech``); issues from the English labels of
``ontology/issues.ttl``. The code knows only sentence structure: who holds a
cue (a possessive ``X's chokehold``, ``gives X the upper hand``, the nearest
subject before the cue, a relative ``that``/``who``), what it is aimed at
(``over X``, ``pressed X to``), what the item is (the coordinated verb phrases
after ``to``, the clause around the cue) and who said a quotation (``"…," said
X``, ``X said: "…"``, ``he said`` resolved to the last person named outside
quotes, continuation quotes in the same paragraph).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from kg.extract.en_actors import EnActors, _alt, embed, load_cues, per_lexicon, prep_before
from kg.extract.measures import demand_noun, generic_subject_at, last_match, rules_for, step_opening
from kg.extract.mentions import Span, names_outlet
from kg.lexicon import Lexicon
from kg.model import ClaimMention, Sentence
from kg.things import ONE_WORD_ITEM, is_sentence_phrase, is_wanted_action, past_modal

_AUX = (
    r"(?:(?:has|have|had|would|could|will|may|might|also|still|now|long|repeatedly|already|"
    r"once|then|later|is|was|were|are|be|been|not|never)\s+)*"
)
_PRON = re.compile(r"(?<![A-Za-z])(he|him|his|she|her|it|its|they|them|their)(?![A-Za-z'])", re.IGNORECASE)
_PERSON_PRON = {"he", "him", "his", "she", "her"}
_THING_PRON = {"it", "its", "they", "their"}
# "those who were detained": a pronoun a relative clause defines is no anaphor
_ANAPHOR = re.compile(r"\b(?:that|this|these|those|it|them|they|here)\b(?!\s+(?:who|whom|which)\b)", re.IGNORECASE)
_VP_SPLIT_NEXT = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "all",
        "more",
        "less",
        "up",
        "down",
        "to",
        "on",
        "off",
        "any",
        "some",
        "large",
        "new",
        "further",
    ]
)
_NON_VERB = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "of",
        "in",
        "on",
        "for",
        "with",
        "to",
        "from",
        "by",
        "at",
        "other",
        "more",
        "less",
        "and",
        "or",
        "but",
        "this",
        "that",
    ]
)
_SUBORDINATE = re.compile(
    r"(?:After|When|While|Before|If|As|Although|Since|Once|Because|Though|Until|Unless|Whereas)\b"
)
# the steps the clause's subject would suffer, not inflict (face consequences): the speaker
# threatens them, the subject is their target
_SUFFERED = frozenset(
    {
        "play with fire",
        "plays with fire",
        "playing with fire",
        "pay a heavy price",
        "pay a price",
        "pay the price",
        "bear the consequences",
        "bear all the consequences",
        "bear all consequences",
        "face consequences",
        "face the consequences",
    }
)
_COUNTER = (
    "take countermeasures",
    "take corresponding countermeasures",
    "retaliate",
    "vowed to retaliate",
    "fight to the end",
    "take resolute measures",
    "take all necessary measures",
    "take necessary measures",
    "take firm measures",
    "hit back",
    "strike back",
    "retaliatory measures",
    "with countermeasures",
    "with counter-measures",
    "respond in kind",
    "fight back",
    "vowed to respond",
    "take corresponding measures",
    "not afraid of a trade war",
    "not afraid of a tariff war",
    "not afraid to fight",
    "reserves the right to respond",
    "reserved the right to respond",
    "reserve the right to respond",
    "reserving the right to respond",
    *sorted(_SUFFERED),
)
# counter-steps whose past is their base form: bare (China hit back, has hit back), the step was taken;
# announced only after a modal or "to" (will hit back, vowed to hit back)
_PAST_AS_BASE = frozenset(["hit back"])
# "demanded that the journalists from three outlets turn over …": how far the unnamed subject may run,
# and the words before a verb's form that make it a noun (the release of, to end)
_THAT_SUBJECT_REACH = 160
_NOUN_BEFORE_VERB = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|of|to|for|and|or|will|would|should|must)\s+$", re.IGNORECASE
)
# a negation right before the cue, or before a verb joined to it by "or" (not target farmers or retaliate)
_NOT_BEFORE = re.compile(r"(?:\bnot|\bnever|n't|n’t)\s+(?:to\s+)?(?:(?:[^,;.]|(?<=[A-Z])\.)*\sor\s+)?$")
_INTENT_BEFORE = re.compile(r"(?:\bto|\bwill|\bwould|\bcould|\bmay|\bmight|'ll|\bshall|\bmust|\bcan)\s+$")
# "Among them were A and B", "They include A and B": the next sentence lists a noun's items
_LIST_NEXT = re.compile(
    r"\s*(?:Among\s+(?:them|these|those|the\s+\w+)\s+(?:were|are|was|is)|(?:They|These|Those)\s+"
    r"(?:include|included|includes|are|were)|(?:The|These)\s+(?:main\s+|key\s+)?\w+\s+(?:include|included|are|were))\s+"
)
# a noun's items in its own sentence: "demands include A and B", "wish list: A, B", "range from A to B"
_LIST_SAME = re.compile(
    r"(?:\s+(?:include|includes|included|including|are|were|range\s+from|ranged\s+from|ranging\s+from)"
    r"|(?:\s+(?:for|of)(?:\s+[\w'-]+){1,4})?\s*:)\s+"  # ("three conditions for an agreement: …")
)
# a relative clause set off after a name (", who has described himself as a dealmaker,")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;\"“”]{1,80},")
# "a ministry spokesperson": the body word of an unnamed spokesperson
_SPOKESPERSON_OF = re.compile(r"\b(?:a|the)\s+([a-z]+)\s+(?:spokesperson|spokesman|spokeswoman)\b")
# those asked named by capitalised names a lexicon may not know, one joined by "and", or by an object pronoun,
# right before "to" and a verb ("urged Amsterdam and Beijing to find …", "urged them to buy …")
_PLACES_OR_THEM = re.compile(
    r"\s+(?:them|him|us|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?)"
    r"\s+to\s+"
)
# "for" after an asking verb, an adverb or two between ("pressed above all for …"): what is asked follows
_ADVERB_FOR = re.compile(
    r"\s+(?:(?:above all|again|hard|repeatedly|also|publicly|privately|strongly|instead|in vain)\s*,?\s+)?for\s+"
)
# a participle clause opening after a comma, right before a cue ("…, turning up the pressure on …")
_PARTICIPLE_BEFORE = re.compile(r",\s+[a-z]+ing(?:\s+(?:up|down|the|more|its|their|further))*\s+$")
# an object of a few words before a colon (wants something in return for restraint: …, sought three things: …)
_ANNOUNCED_LIST = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*:\s+")
# a part of a list that names no thing: a lone participle or a negated one (Shown, Not Yet Played)
_NO_THING = re.compile(r"(?i:[a-z]+(?:ed|wn|en)|(?:not|never|yet)\b.*)")
# a chip noun's things listed after it: "cards of its own, including A and B", "two cards: A and B"
_LEV_LIST = re.compile(
    r"(?:\s+of\s+(?:its|their|his|her|our)\s+own)?(?:\s+(?:it|they|that|which|we|he|she)\s+[^:;,.!?\"\u201c\u201d]{1,60}?)?"
    r"(?:,?\s+(?:including|such as|notably)\s+|\s*:\s+)"
)  # ("two levers it has shown it is willing to pull: its purchases of … and …": a relative clause before the colon)
# verbs whose subject owns a list it brings to the table
_BRINGS = re.compile(
    r"\b(?:came|come|comes|arrived|brought|brings|bring|tabled|tables|presented|presents|present|set\s+out|"
    r"sets\s+out|laid\s+out|lays\s+out|listed|lists|submitted|submits|handed\s+over|issued|put\s+forward|"
    r"puts\s+forward)\b(?:\s+\w+){0,6}\s+$",
    re.IGNORECASE,
)
# what a demand noun's content opens with (demands for …, that …, on …, to …); without it the
# noun only refers to demands told elsewhere
_NOUN_CONTENT = re.compile(r"\s*(?:for|that|to|on|over|of|from|by|include|includes|included|are|were|was|is)\b|\s*:")
# an owner or determiner right before a demand word makes it a noun (Washington's demand, the
# US request, their demands): the one who asks is that owner, not the clause's subject
_NOUN_OWNED = re.compile(
    r"(?:'s|\u2019s|\b(?:its|his|her|their|the|these|those|such|a|an))\s+(?:[\w.-]+\s+){0,2}$", re.IGNORECASE
)
# a pronoun subject (or none) and a modal opening what is warned of ("that he could impose …")
_SUBJECT_MODAL = re.compile(
    r"\s*(?:(?:he|she|it|they|we|i)\s+)?(?:would|will|could|might|may|can|is\s+ready\s+to|was\s+ready\s+to)\s+",
    re.IGNORECASE,
)
_OBJECT_DEMANDS = frozenset(
    [
        "sought",
        "seeks",
        "is seeking",
        "are seeking",
        "was seeking",
        "pressed",
        "presses",
        "pressing",
        "demanded",
        "demanding",
        "asked",
        "begged",
        "pleaded",
    ]
)
# "a statement from the ministry said": the issuer of a document speaks
# after a quotation, a speaker described by title: "the (top) (US) Secretary (of State)", "the Chinese
# foreign minister"; the head is the title's first noun
_TITLE_DESCRIPTION = re.compile(
    r"\s*[,.!?]?\s*[Tt]he\s+(?:[\w.'\u2019-]+\s+){0,3}?(?P<head>[A-Za-z]+)(?:\s+of\s+[A-Z][\w-]*)?\s+"
)
_PREPOSITIONS = frozenset({"of", "for", "to", "in", "on", "at", "with", "from", "by", "over", "about"})
_ISSUED_BY = re.compile(
    r"\b(?:statement|statements|notice|letter|release|post|spokesperson|spokesman|spokeswoman|"
    r"editorial|commentary)\s+(?:from|by|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# implied leverage: who depends on whom for what, and who dominates the supply of what
_DEPENDS = re.compile(
    r"\b(?:relies|rely|relied|relying|depends|depend|depended|depending|dependent|reliant|dependence|"
    r"reliance|dependency)\s+(?:heavily\s+|largely\s+|mostly\s+|almost\s+entirely\s+|entirely\s+)?on\s+",
    re.IGNORECASE,
)
_DOMINATES = re.compile(
    r"\b(?:controls|controlled|dominates|dominated|refines|refined|processes|processed|produces|produced|"
    r"supplies|supplied|accounts\s+for|accounted\s+for|mines|makes|made)\s+(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|"
    r"percent)|most|the\s+bulk|nearly\s+all|almost\s+all|virtually\s+all|the\s+vast\s+majority|two-thirds|"
    r"three-quarters|half)\s+of\s+",
    re.IGNORECASE,
)
_CONDITIONAL = frozenset(["raise", "slap", "double", "hike", "add", "suspend", "cancel", "increase"])
_DETERMINED = re.compile(
    r"(?:'s|\b(?:the|a|an|its|their|his|her|our|another|other|first|second|third|next|last|final|biggest|best|"
    r"strongest|most\s+\w+|powerful|real|main|big|key))\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_ASKED_PARTICIPLES = frozenset({"urged", "asked", "pressed", "called on", "told"})
# English: between two of those asked ("urged Washington and Beijing", "told ByteDance, Alibaba and Tencent")
_ADDRESSEE_JOIN = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# English: the unnamed rest of a list of those asked ("told ByteDance, Alibaba and other large firms to …")
_OTHERS_ASKED = r"(?:,?\s+and\s+other(?:\s+[\w'’-]+){1,3}?(?=\s+(?:not\s+)?to\s))?"
# English: a verb of speech right before a pronoun subject ("… said it would", "warned that it could")
_SAID_BEFORE_PRONOUN = re.compile(
    r"\s+(?:said|says|added|stated|warned|vowed|announced|insisted|noted|pledged|promised)\s+(?:that\s+)?$"
)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|still|now|really|just|only|simply|clearly|mainly|above all)\s+)*")
_JOINED_VERB = re.compile(r",?\s+and\s+(?:also\s+)?[a-z]+ed\b")  # English: a verb joined to the one before
_PRESSED_OVER = re.compile(
    r"\s+(?:over|about|on)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the phone|a call|a visit|"
    r"dinner|lunch|breakfast|the weekend|who|what|whether|how|why|when|where)\b)"
    r"(?=(?:its|their|the|his|her|china's|beijing's|washington's|[a-z]+)\b)",
    re.IGNORECASE,
)
_PASSIVE_ASKED = re.compile(r"\s+to\s+")
_BE_BEFORE = re.compile(r"\s+(?:(?:is|are|was|were|has been|have been|being)\s+)?")  # "X (was) urged to"
# a list item of one word after a comma, right before a cue (its item after one: things.ONE_WORD_ITEM;
# "equality, respect, and mutual benefit"; "an open, fair and non-discriminatory environment"): no verb phrases
_ONE_WORD_BEFORE = re.compile(r",\s+[a-z-]+,?$")
_ACT_BEFORE = re.compile(r"\b([a-z]+)(?:\s+from)?\s+$")  # the verb right before a cue (stop threatening, refrain from)
# a verb phrase cut right after its preposition shares the object of the next one
_SHARED_OBJECT_BEFORE = re.compile(r"\b(?:with|to|on|in|of|for|from|against|into|about|over)$")
_LITERAL_ARMS_BEFORE = re.compile(
    r"\b(?:nuclear|chemical|biological|hypersonic|conventional|military|space|cyber|laser|autonomous|"
    r"advanced|offensive|defensive|US|U\.S\.|American|Chinese|Russian|"
    r"sell|sells|selling|sold|supply|supplies|supplying|supplied|buy|buys|buying|bought|deliver|delivered|"
    r"sale\s+of|sales\s+of|supply\s+of|provision\s+of)\s+$",
    re.IGNORECASE,
)
_LITERAL_ARMS_AFTER = re.compile(
    r"\s+(?:sales?|systems?|programmes?|programs?|arsenals?|stockpiles?|makers?|exports?|deals?|tests?|"
    r"packages?|transfers?)\b",
    re.IGNORECASE,
)
# want and seek verbs: a demand of the other side only when what is wanted is its act
_WANT_SEEK = frozenset(
    ["want", "wants", "wanted", "would like", "seek", "seeks", "sought", "is seeking", "are seeking", "was seeking"]
)
# what follows the addressee of "hoped (that) X would", "told X to"
_ADDRESSEE_VERB = re.compile(r"\s+(?:side\s+)?(?:to|would|will|could|can)\s+")
# … of "demanded that X": a modal, or a bare (subjunctive) verb (that the US immediately stop …)
_THAT_VERB = re.compile(
    r"\s+(?:side\s+)?(?:(?:to|would|will|could|can|should|must)\s+|(?:[a-z]+ly\s+)?(?=[a-z]+\s)(?![a-z]+(?:s|ed)\s))"
)
# an object noun phrase after a demand verb (the release of …, an end to …, structural changes)
_NOUN_PHRASE_START = re.compile(
    r"(?!(?:that|to|it|them|him|her|this|these|those|he|she|they|we|on|in|at|from|with|as|by|after|before|"
    r"since|during|if|when|while|whether|and|but|or|not|also|instead|again|repeatedly|since)\b)[a-z$0-9]"
)
# a clause that ends a sentence with its last word (", officials in Beijing said."): its speech verb
_TRAILING_SAID = re.compile(r",\s+(?:[\w.'-]+\s+){1,6}?([a-z]+)[.\s]*$")
_MODAL_AHEAD = re.compile(
    r"\b(?:would|will|could|might|'ll|is ready to|was ready to|plans to"
    r"|threatened|threatens|threatening|warned|warns|vowed|vows)\b"  # a step threatened on a condition
)
# after the conditioned actor: auxiliaries, a negation (does not, fails to, refuses to), then the act
# "if Doe was not released": a condition that something is not done to the one named
_PASSIVE_NOT = re.compile(r"\s+(?:was|is|were|are|has\s+been|had\s+been)(?P<neg>\s+not)\s+[a-z]+(?:ed|en)\b")
_CONDITION_VERB = re.compile(
    r"(?:'s)?\s+(?:side\s+)?(?:(?:also|really|then|first)\s+)?"
    r"(?P<neg>(?:does|do|did|will|would)\s+not\s+|(?:doesn't|don't|didn't|won't)\s+|(?:fails|failed|refuses|refused)\s+to\s+)?"
    r"(?:(?:were|was|is)\s+to\s+|agrees\s+to\s+|agreed\s+to\s+)?"
)
# both sides addressed, neither named: "urged the two governments to …", "called on both sides to …"
_BOTH_ADDRESSED = re.compile(
    r"\s+(?:on\s+)?(?:the\s+two|both)\s+(?:governments|sides|countries|nations|powers|leaders|capitals)\s+to\s+"
)
_POSSESSIVE_PRONOUN = re.compile(r"(?i:his|her|its|their)")
# "pressing her counterparts to …", "urged Chinese officials to …": an addressee no actor names, a plural
# noun phrase of a few words right before "to"
_UNNAMED_ADDRESSEE = re.compile(
    r"\s+(?:(?:(?:the|his|her|their|its|our|other|fellow|some|many|all|senior|top)\s+)?"
    r"(?:[A-Za-z][\w'-]*\s+){0,2}[a-z][\w'-]*[a-rt-z]s"
    r"|the\s+(?:(?:federal|central|national|local|provincial|state|new|incoming|outgoing|dutch|german|japanese|"
    r"british|french|canadian|australian|indian|korean|european)\s+)?(?:department|administration|government|ministry|agency|regulator|company|firm|bank|committee))"
    r"\s+to\s+(?=(?:not\s+)?[a-z])"
)
_THREAT_NOUN_OF = re.compile(r"\s+(?:(?:on|last|this|earlier|in)\s+(?:[\w-]+\s+){1,2}?)?(of|to)\s+")
# "a threat to national security", "a threat to its interests": the noun names a danger, no step
_DANGER_TO = re.compile(
    r"(?:the|a|an|its|their|our|his|her|your|this|these|national|global|world|regional|peace|stability|security)\b",
    re.IGNORECASE,
)
_CAUSE = re.compile(r"\s+in\s+(?:response|reply|answer)\s+to\b|\s+in\s+retaliation\s+for\b", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:'s|\b(?:its|his|her|their))\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
_OTHER_OF_LIST = re.compile(r"\b(?:and|or)\s+other\s+(?:[a-z-]+\s+)?$")  # A and other (economic) weapons
_WINDOW = 300  # characters a cue looks back for its holder (bounded: extraction stays linear)
_MODALS = frozenset(["could", "would", "will", "might", "may", "can"])
_ATTRIBUTIVE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)  # "a Singapore consultancy"
# a word that follows a whole noun phrase, not the noun a quoted modifier qualifies: 'a
# “negotiating chip” in broader talks' is quoted words, 'the “targeted” approach' a modifier
_AFTER_NOUN_PHRASE = re.compile(r"\s+(?:in|and|or|to|of|for|on|with|at|by|from|as|that|which|over|against)\b")
# a state's own commitment in two quoted words is said, not a catchword: 'vowed "necessary
# measures"', 'would “firmly oppose”', 'to take “strong countermeasures”'
_COMMITMENT_BEFORE = re.compile(
    r"\b(?:take|vowed|vows|promised|pledged|would|will|(?:it|they) (?:is|was|were|are|felt|feels))\s+$", re.IGNORECASE
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|our)|'s|’s)\s*$", re.IGNORECASE)
_ACCORDING_TO_TAIL = re.compile(r",\s+according to\b.*$", re.IGNORECASE | re.DOTALL)
# a sentence opened by an unnamed noun phrase and its verb ("A separate order targets …"): lower-case words
# after a determiner, up to a word ending like a finite verb, before any name
_UNNAMED_OPENING = re.compile(r"\s*(?:A|An|Another|The|This|That)\s+(?:[a-z][\w'-]*\s+){1,3}[a-z]+(?:s|ed)\s+(?=[A-Z])")
_COORDINATED_VERB = re.compile(r",\s+and\s+(?:also\s+|then\s+|later\s+)?$")
_AND_VERB = re.compile(r"\sand\s+(?:also\s+|then\s+|later\s+)?$")  # "… and called for …": no comma
# right after an actor's name, its verb: the name is a clause's subject ("Li had turned up", "Biden pressed")
_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|was|were|is|also|then|later|had\s+been|[a-z]+ly)\s+)*"
    r"(?:(?:will|would|could|can|may|might|must|should)\s+(?:[a-z]+ly\s+)?[a-z]+|"
    r"[a-z]+ed|said|says|told|met|made|took|gave|sent|spoke|wrote|held|went|came|[a-z]+[^s\W]s)\b"
)
_ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
_QUOTED_AS = re.compile(r"(?:,[^,\"\u201c]{1,80},)?\s+as\b")
# a name in quotation marks, not words said: a programme, a policy, a deal, a product ("Squawk
# Box", "Phase 2", "One China"): up to four capitalised words or numbers, no stop mark
# a name in quotation marks (a programme, a deal): capitalised words, a stop after two or more
# ('told "Fox News Sunday."'), a comma after any
# (a small word may stand between two capitalised ones: "Face the Nation.", "Mornings with Maria")
_NAME_IN_QUOTES = re.compile(
    r"\s*[A-Z0-9][\w'&-]*(?:\s+(?:(?:the|of|with|and|on|in|for|a|to|at)\s+)?[A-Z0-9][\w'&-]*){0,3}\s*,?\s*"
    r"|\s*[A-Z0-9][\w'&-]*(?:\s+(?:(?:the|of|with|and|on|in|for|a|to|at)\s+)?[A-Z0-9][\w'&-]*){1,3}\.\s*"
)
# a title owned by a definite body, then its holder: "the institute's Asia director, Mara Quill"
_OWNED_TITLE = re.compile(r"\s*the\s+[a-z]+['\u2019]s\s+[^,;:\"\u201c\u201d]{1,50}?,?\s+(?=[A-Z])")
# a title owned by a named actor: "Trump's top trade negotiator", "China's foreign minister"
_POSSESSED_TITLE = re.compile(r"['\u2019]s\s+((?:[a-z-]+\s+){0,3}[a-z-]+)")
# an apposition closed right before a verb: 'Li Wei, a spokesman for the embassy, said'
_APPOSITION_BEFORE = re.compile(r",\s+(?:an?|the|its|his|her)\s+[^,;:\"\u201c\u201d]{1,120},\s*$")
# (a quotation may close right after the comma)
_PARTICIPLE_LEAD = re.compile(r",[\"\u201d\u2019]?\s*(?:while\s+|as\s+|before\s+|after\s+)?$")
# a sentence whose subject is an unnamed spokesperson: 'A ministry spokesperson said …'
_UNNAMED_SPEAKER = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(spokesperson|spokesman|spokeswoman)\b", re.IGNORECASE
)
_BODY_WORD_BEFORE = re.compile(
    r"\b(ministry|department|agency|commission|bureau|office|embassy|council)\s+$", re.IGNORECASE
)
_DEFINITE_ORG = re.compile(
    r""
    r"\bthe\s+(ministry|department|company|agency|commission|bureau|firm|group|newspaper|institute|office|government)\b",
    re.IGNORECASE,
)
# a written text that carries the words, before whose it is ("according to a statement from …")
_DOCUMENT_OF = re.compile(
    r"\s*(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|readout|post|transcript|release|communiqu[eé]|notice|comments?|remarks)\s+"
    r"(?:(?:issued|released|posted|published)\s+)?(?:from|by|of)\s+"
)
# lower-case words that never stand in a title before a name ('the gap between Doe and Roe:')
_NOT_IN_TITLE = frozenset(
    {"the", "a", "an", "and", "or", "but", "between", "of", "with", "to", "from", "by", "for", "in", "on"}
    | {"at", "than", "as", "is", "was"}
)
# a conjunction that opens another clause after a quotation: a speech verb after it is that
# clause's, not the quotation's ('"fight to the end" if Washington insisted on …')
_CLAUSE_AFTER_QUOTE = re.compile(
    r"\b(?:if|unless|because|although|though|while|whereas|since|until|after|before|when|once)\b"
)


@dataclass(frozen=True)
class _Ref:
    """An actor reference in the text: a named span or a resolved pronoun."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class _Patterns:
    """The lexicon-derived patterns of the claim pass."""

    issue_lookup: dict[str, str]
    issue_pat: re.Pattern[str] | None
    cue_pat: dict[str, re.Pattern[str] | None]
    speech_pat: re.Pattern[str] | None
    addr_pat: re.Pattern[str] | None
    hoped_party: re.Pattern[str] | None
    wanted_thing: re.Pattern[str] | None
    noun_pat: re.Pattern[str] | None
    revert_pat: re.Pattern[str] | None
    obtain_pat: re.Pattern[str] | None  # verbs by which a want names what the other side gives
    that_pat: re.Pattern[str] | None  # demanded that X (should) V: a demand only with "that" and a clause
    quote_modal: re.Pattern[str] | None  # inside a quotation, after an actor: should, must, needs to
    retaliation_pat: re.Pattern[str] | None  # retaliate, hit back, counter-attack (en-retaliation)
    offer_pat: re.Pattern[str] | None  # easing words (lift, cut): a main clause that offers
    call_pat: re.Pattern[str] | None  # Washington's call for China to …: a demand named by a noun
    call_by_pat: re.Pattern[str] | None  # demands by Washington that Beijing …: the owner after the noun
    if_pat: re.Pattern[str] | None  # if, as long as, provided that: a condition the main clause sets
    step_pat: re.Pattern[str] | None  # measure words (tariffs, sanctions): a main clause that threatens
    alternative_pat: re.Pattern[str] | None  # or face, or risk: the step held over a demand (en-threat-alternative)
    state_noun_pat: re.Pattern[str] | None  # the country, the nation: a state not named (en-state-anaphor)
    action_pat: re.Pattern[str] | None  # stop, turn, treat: verbs opening a wanted action (en-wanted-action)
    issuer_nouns: frozenset[str]
    own_call_nouns: frozenset[str]  # "Beijing's push to …": the owner's own aim, no demand
    modified_pat: re.Pattern[str] | None  # "the U.S. tariff exemptions": a mention modifying a noun
    claim_noun_pat: re.Pattern[str] | None  # "Trump's claim that …": a noun of something said
    # 'the official', 'the diplomat': a member of a body, named only where first introduced
    member_nouns: frozenset[str]
    # 'the company', 'the groups': an organisation that is no public body
    company_nouns: frozenset[str]
    # last words of a public body's name (Department, Ministry): no company
    public_heads: frozenset[str]
    # 'called X a', 'described X as': the words after are the subject's name for X
    naming: re.Pattern[str] | None
    # "China has unveiled retaliatory measures" / "the retaliatory duties announced": a step
    # taken, leverage, no threat (the verb before the cue, or its participle after it)
    taken: tuple[re.Pattern[str], re.Pattern[str]] | None
    # lower-case words of a title written before a name (Executive Editor, foreign ministry spokesman)
    title_words: frozenset[str]


def _longest_first(words: tuple[str, ...] | list[str]) -> str:
    """The escaped alternation of ``words``, longest first (so a longer cue wins at one place)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _hoped_party(heads: tuple[str, ...]) -> re.Pattern[str] | None:
    """English: those a hope or an expectation is of, named by a noun phrase of parties
    (``en-hoped-party``), and their modal or 'to': 'hopes the countries involved will', 'hoped
    (that) all parties would', 'expects foreign governments to'."""
    if not heads:
        return None
    alt = _longest_first(heads)
    return re.compile(
        r"\s*(?:that\s+)?(?:(?:the|all|other|relevant|both)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?:{alt})(?:\s+(?:involved|concerned))?\s+(?:will|would|can|could|should|to)\s+"
        r"(?:(?:also|further|continue\s+to|work\s+to)\s+)?",
        re.IGNORECASE,
    )


def _wanted_thing(heads: tuple[str, ...]) -> re.Pattern[str] | None:
    """English: an object headed by a thing one side asks of another (``en-wanted-thing``), a
    determiner and two modifiers at most before it: 'some acknowledgment', 'general licenses'."""
    if not heads:
        return None
    alt = _longest_first(heads)
    return re.compile(
        # (not its own: "wanted its concession to be seen as a gift")
        r"\s+(?!(?:its|their|his|her|our|my)\b)"
        r"(?:(?:a|an|the|some|more|new|firm|further|written|formal|clear|general|full)\s+)?"
        rf"(?:[a-z-]+\s+)?(?:{alt})\b",
        re.IGNORECASE,
    )


def _claim_patterns(lex: Lexicon) -> _Patterns:
    """Built once per lexicon (why: the claim pass runs per document, the patterns never change)."""
    cues = load_cues(lex)
    terms: dict[str, str] = {}
    for iid, e in sorted(lex.issues.items()):
        for term in e.terms:
            if term.lang == "en" and len(term.text) >= 2:
                terms.setdefault(term.key, iid)
    taken = _longest_first(lex.cue_keys("en-taken-verb", "en"))
    return _Patterns(
        issue_lookup=terms,
        issue_pat=_alt(tuple(terms), re.IGNORECASE),
        cue_pat={k: _alt(v, re.IGNORECASE) for k, v in cues.claims.items()},
        speech_pat=_alt(cues.speech),
        addr_pat=_alt(tuple(lex.cue_keys("en-demand-addressee", "en")), re.IGNORECASE),
        hoped_party=_hoped_party(tuple(lex.cue_keys("en-hoped-party", "en"))),
        wanted_thing=_wanted_thing(tuple(lex.cue_keys("en-wanted-thing", "en"))),
        noun_pat=_alt(tuple(lex.cue_keys("en-demand-noun", "en")), re.IGNORECASE),
        revert_pat=_alt(tuple(lex.cue_keys("en-threat-revert", "en")), re.IGNORECASE),
        obtain_pat=_alt(tuple(lex.cue_keys("en-want-obtain", "en")), re.IGNORECASE),
        that_pat=_alt(tuple(lex.cue_keys("en-demand-that", "en")), re.IGNORECASE),
        quote_modal=_modal_after_actor(tuple(lex.cue_keys("en-quote-demand-modal", "en"))),
        retaliation_pat=_alt(tuple(lex.cue_keys("en-retaliation", "en")), re.IGNORECASE),
        call_pat=_alt(tuple(lex.cue_keys("en-demand-call", "en")), re.IGNORECASE),
        call_by_pat=_alt(tuple(lex.cue_keys("en-demand-call-by", "en")), re.IGNORECASE),
        if_pat=_alt(tuple(lex.cue_keys("en-condition-if", "en")), re.IGNORECASE),
        alternative_pat=_alt(tuple(lex.cue_keys("en-threat-alternative", "en")), re.IGNORECASE),
        state_noun_pat=_alt(tuple(lex.cue_keys("en-state-anaphor", "en")), re.IGNORECASE),
        action_pat=_alt(tuple(lex.cue_keys("en-wanted-action", "en"))),
        offer_pat=_alt(
            tuple(lex.cue_keys("en-measure-relief", "en")) + tuple(lex.cue_keys("en-offer", "en")), re.IGNORECASE
        ),
        step_pat=_alt(
            tuple(
                k
                for kind in ("en-measure", "en-measure-restrict", "en-measure-weak", "en-measure-act", "en-retaliation")
                for k in lex.cue_keys(kind, "en")
            ),
            re.IGNORECASE,
        ),
        issuer_nouns=frozenset(lex.cue_keys("en-issuer-noun", "en")),
        own_call_nouns=frozenset(lex.cue_keys("en-demand-call-own", "en")),
        modified_pat=_alt(tuple(lex.cue_keys("en-actor-modifier-noun", "en")), re.IGNORECASE),
        claim_noun_pat=_alt(tuple(lex.cue_keys("en-claim-noun", "en"))),
        member_nouns=frozenset(lex.cue_keys("en-member-noun", "en")),
        company_nouns=frozenset(lex.cue_keys("en-company-noun", "en")),
        public_heads=frozenset(lex.cue_keys("en-public-body-head", "en")),
        naming=embed(
            r"\b(?:{P})\b(?:\s+[^\s\"\u201c\u201d.;]+){0,12}?\s+(?:as\s+)?(?:an?|the)?\s*$",
            naming,
        )
        if (naming := _alt(tuple(lex.cue_keys("en-naming-verb", "en")))) is not None
        else None,
        taken=(
            (
                re.compile(r"\b(?:" + taken + r")\s+(?:(?:its|new|the|a|fresh|further)\s+)*$"),
                re.compile(r"\s+(?:" + taken + r")\b"),
            )
            if taken
            else None
        ),
        title_words=frozenset(
            w
            for kind in ("en-title-head", "en-title-modifier", "en-issuer-noun")
            for k in lex.cue_keys(kind, "en")
            for w in k.split()
        )
        | {"of", "for", "the", "and", "'s", "’s"},
    )


class _Claims:
    def __init__(self, acts: EnActors, lex: Lexicon) -> None:
        self.a = acts
        self.t = acts.text
        self.idx = acts.index
        self.lex = lex
        self.sents = acts.sentences
        pats = per_lexicon(lex, "en-claim-patterns", _claim_patterns)
        self.issue_lookup = pats.issue_lookup
        self.issue_pat = pats.issue_pat
        self.cue_pat = pats.cue_pat
        self.speech_pat = pats.speech_pat
        # structural cue kinds of this module (ontology/cues-en.ttl)
        self.addr_pat = pats.addr_pat
        self.hoped_party = pats.hoped_party
        self.wanted_thing = pats.wanted_thing
        self.noun_pat = pats.noun_pat
        self.revert_pat = pats.revert_pat
        self.obtain_pat = pats.obtain_pat
        self.that_pat = pats.that_pat
        self.quote_modal = pats.quote_modal
        self.retaliation_pat = pats.retaliation_pat
        self.offer_pat = pats.offer_pat
        self.call_pat = pats.call_pat
        self.call_by_pat = pats.call_by_pat
        self.if_pat = pats.if_pat
        self.step_pat = pats.step_pat
        self.alternative_pat = pats.alternative_pat
        self.state_noun_pat = pats.state_noun_pat
        self.action_pat = pats.action_pat
        rules = rules_for(lex, "en")
        self.demonym_side = rules.demonym_side
        self.demand_stop = rules.demand_stop
        self.generic_subject = rules.generic_subject
        gn = rules.generic_noun
        self.generic_starts = [m.start() for m in gn.finditer(self.t)] if gn is not None else []
        self.lev_spans: list[tuple[int, int]] = []
        if self.cue_pat.get("leverage") is not None:
            self.lev_spans = [(m.start(), m.end()) for m in self.cue_pat["leverage"].finditer(self.t)]
        self._subjects: dict[int, _Ref | None] = {}
        self.out: list[ClaimMention] = []
        self.doc_text = acts.text
        self.speakers: dict[tuple[int, int], str | None] = {}
        self.last_lev: tuple[str, int] | None = None  # (holder, sentence) of the last leverage
        # sorted starts for bisect lookups (why: extraction must stay linear on long texts)
        self._q_starts = [q[0] for q in acts.quotes]
        self._s_starts = [x.start for x in self.sents]
        self._lev_starts = [x[0] for x in self.lev_spans]
        self._pron_cache: dict[tuple[str, int], str | None] = {}
        self._issue_hits: list[tuple[int, int, str]] | None = None  # every issue term, found once
        self._issuer_nouns = pats.issuer_nouns
        self._own_call_nouns = pats.own_call_nouns
        self.modified_pat = pats.modified_pat
        self.claim_noun_pat = pats.claim_noun_pat
        self._member_nouns = pats.member_nouns
        self._company_nouns = pats.company_nouns
        self._public_heads = pats.public_heads
        self._naming = pats.naming
        self._taken = pats.taken
        self._title_words = pats.title_words
        self._outlets = frozenset(t.text for t in lex.cues("news-outlet"))
        self._outlet_tails = tuple(" " + k for k in lex.cue_keys("en-outlet-tail", "en"))
        self._law_nouns = frozenset(lex.cue_keys("en-law-noun", "en"))
        self._issue_starts: list[int] = []

    # -- references -------------------------------------------------------------------------
    def quote_of(self, pos: int) -> tuple[int, int] | None:
        """The quotation around ``pos`` (bisect: quotes are sorted and do not overlap)."""
        i = bisect.bisect_left(self._q_starts, pos) - 1
        if i >= 0:
            q = self.a.quotes[i]
            if q[0] < pos < q[1]:
                return q
        return None

    def sent_index(self, pos: int) -> int:
        i = bisect.bisect_right(self._s_starts, pos) - 1
        if i >= 0 and self.sents[i].start <= pos < self.sents[i].end:
            return i
        return -1

    def refs(self, start: int, end: int) -> list[_Ref]:
        """Named actors and pronouns in ``[start, end)``, pronouns resolved, in text order."""
        out = [_Ref(s.start, s.end, s.key) for s in self.idx.in_range(start, end)]
        for m in _PRON.finditer(self.t, start, end):
            key = self.resolve_pronoun(m.group(1).lower(), m.start())
            if key is not None:
                out.append(_Ref(m.start(), m.end(), key))
        return sorted(out, key=lambda r: (r.start, r.end, r.key))

    def resolve_pronoun(self, word: str, pos: int) -> str | None:
        """The actor a pronoun stands for (memoised: claim passes ask about the same ones)."""
        k = (word, pos)
        if k not in self._pron_cache:
            self._pron_cache[k] = self._resolve_pronoun(word, pos)
        return self._pron_cache[k]

    def _resolve_pronoun(self, word: str, pos: int) -> str | None:
        if word in _PERSON_PRON:
            in_q = self.quote_of(pos)
            fallback = None
            for s in reversed(self.idx.spans):
                if s.end > pos:
                    continue
                if self.idx.actors[s.key].type != "Person" or s in self.a.generic:
                    continue
                if self.quote_of(s.start) is not None and self.quote_of(s.start) != in_q:
                    continue
                # "a warning to Tsai's government ... he said": a possessive is rarely the
                # antecedent; take it only when no other person precedes in the paragraph
                if self.t[s.end : s.end + 2] == "'s":
                    fallback = fallback or s.key
                    continue
                para = self.t.rfind("\n", 0, pos)
                if fallback is not None and s.end <= para:
                    return fallback
                return self._subject_of_sentence(s, pos)
            return fallback
        if word in _THING_PRON:
            i = self.sent_index(pos)
            if i < 0:
                return None
            sent = self.sents[i]
            said = _SAID_BEFORE_PRONOUN.search(self.t, sent.start, pos)
            if said is not None:
                # "MOFCOM said it would …": the one who says it, right before the verb of speech
                named = self.idx.in_range(sent.start, said.start() + 1)
                sayer = next((x for x in named if x.end == said.start()), None)
                if sayer is not None and self.idx.actors[sayer.key].type != "Person":
                    return sayer.key
            start = sent.start
            if re.match(_SUBORDINATE, self.t[start:pos]):
                # "When the US added firms, including Inspur, to its list, the ministry said it would …":
                # not the fronted clause's; its end is the last comma before the verb of speech, if any
                c = self.t.rfind(",", start, said.start()) if said is not None else self.t.find(",", start, pos)
                start = c + 1 if c > 0 else start
            poss = None
            for s in self.idx.in_range(start, pos):
                if self.idx.actors[s.key].type != "Person" and not prep_before(self.t, s.start):
                    if self.t[s.end : s.end + 2] == "'s":  # "China's ministry said it": the ministry
                        poss = poss or s.key
                        continue
                    return s.key
            if poss is not None:
                return poss
            return self.subject(i - 1) if i > 0 else None
        return None

    def _subject_of_sentence(self, s: Span, pos: int) -> str:
        """A person named in an earlier sentence than the pronoun stands for that sentence's
        subject when it was only its object ("Doe met Wu Anlin. '…,' he said": Doe)."""
        i, j = self.sent_index(s.start), self.sent_index(pos)
        if i < 0 or i == j:
            return s.key
        sent = self.sents[i]
        for x in self.idx.in_range(sent.start, s.start):
            if (
                self.idx.actors[x.key].type == "Person"
                and x.key != s.key
                and x not in self.a.generic
                and not prep_before(self.t, x.start)
                and self.quote_of(x.start) is None
                and re.match(r"\s+[a-z]+(?:ed|s)?\s", self.t[x.end : x.end + 20])  # a verb follows: the subject
            ):
                return x.key
        pm = re.match(r"\s*(He|She)\s+(?:also\s+|then\s+|later\s+)?[a-z]+", self.t[sent.start : s.start])
        if pm is not None and s.start - sent.start > 20:
            # "He also questioned whether he would meet Chinese President Wang …. '…,' he wrote": the
            # sentence's own pronoun subject, further back, is who goes on speaking, not its object
            back = self._resolve_pronoun(pm.group(1).lower(), sent.start)
            if back is not None and back != s.key:
                return back
        return s.key

    def subject(self, i: int, depth: int = 0) -> str | None:
        """The subject of sentence ``i`` when it is an actor (the first non-prepositional one)."""
        if i < 0 or depth > 3:
            return None
        sent = self.sents[i]
        head = self.t[sent.start : sent.start + 4]
        if re.match(r"(?:It|Its)\b", head):
            return self.subject(i - 1, depth + 1)
        poss = [s for s in self.idx.in_range(sent.start, sent.end) if self.t[s.end : s.end + 2] == "'s"]
        for s in self.idx.in_range(sent.start, sent.end):
            if self.quote_of(s.start) is not None:
                continue
            if (
                poss
                and s is poss[0]
                and any(
                    x.start > s.end and self.t[x.end : x.end + 2] != "'s" and not prep_before(self.t, x.start)
                    for x in self.idx.in_range(s.end, min(sent.end, s.end + 60))
                )
            ):
                continue  # "China's commerce ministry warned ...": the ministry is the subject
            if self.idx.actors[s.key].type != "Person" and not prep_before(self.t, s.start):
                return s.key
            if self.idx.actors[s.key].type == "Person" and not prep_before(self.t, s.start):
                return s.key
        return None

    def main_subject(self, sent: Sentence, upto: int) -> str | None:
        """The subject of the main clause: the first actor after a fronted 'After ..., ' clause."""
        start = sent.start
        if re.match(_SUBORDINATE, self.t[start:upto]):
            c = self.t.find(",", start, upto)
            if c > 0:
                start = c + 1
        unnamed = self._unnamed_speaker(start, upto)
        if unnamed is not None:
            return unnamed
        poss = None
        for r in self.refs(start, upto):
            if self.t[r.start : r.end].lower() in ("his", "her", "its", "their"):
                continue  # "Touring its hall, Xi declared": a possessive determiner is no subject
            if not prep_before(self.t, r.start) and self.quote_of(r.start) is None:
                if self.t[r.end : r.end + 2] == "'s" and poss is None and self.titled_person(r) is r:
                    poss = r.key  # "China's commerce ministry ... and urged": the ministry
                    continue
                return self.titled_person(r).key
        return poss

    def _unnamed_speaker(self, start: int, upto: int) -> str | None:
        """A clause opening with a spokesperson no name comes with ("The spokesperson urged …", "A
        ministry spokesperson said …, and urged …"): the one the spokesperson speaks for
        (``_definite``), else None; None too when the clause opens otherwise or names an actor
        before its spokesperson (a MOFCOM spokesperson: that actor is found as any other)."""
        um = _UNNAMED_SPEAKER.match(self.t, start, upto)
        if um is None or self.refs(start, um.start(1)) or self.quote_of(start) is not None:
            return None
        body = _BODY_WORD_BEFORE.search(self.t, start, um.start(1))  # a ministry spokesperson: the ministry's
        got = self._definite(body.group(1).lower(), um.start(1)) if body is not None else None
        return got or self._definite(um.group(1).lower(), um.start(1))

    def _joined_subject(self, sent: Sentence, pos: int) -> str | None:
        """A verb at ``pos`` joined by "and" with no comma ("Biden pressed Xi on … and called for …", "He
        said Doe had visited Beijing and urged …") goes on with the subject of the verb before it: the
        last actor a verb follows (not one after a preposition, a possessive, nor one quoted)."""
        am = _AND_VERB.search(self.t, max(sent.start, pos - 20), pos)
        if am is None or _COORDINATED_VERB.search(self.t, max(sent.start, pos - 20), pos):
            return None
        for r in reversed(self.refs(sent.start, am.start())):
            if prep_before(self.t, r.start) or self._possessive(r) or self.quote_of(r.start) is not None:
                continue
            if self._modifies(r) or self.t[r.start - 1 : r.start] == "-":
                continue  # "the China-US talks": a name modifying a noun is no subject
            if _VERB_AFTER.match(self.t, r.end):
                return self.titled_person(r).key
        return None

    def _who_antecedent(self, sent: Sentence, at: int) -> str | None:
        """The person a 'who' at ``at`` is of: the last person named before it in its sentence."""
        return next(
            (r.key for r in reversed(self.refs(sent.start, at)) if self.idx.actors[r.key].type == "Person"), None
        )

    def holder_before(self, sent: Sentence, pos: int) -> str | None:
        """Who holds a cue at ``pos``: a relative antecedent, else the nearest subject; a verb
        coordinated after a comma ("urged the US to …, and demanded …") goes on with the main
        clause's subject, not the object of the verb before it."""
        ws = max(sent.start, pos - _WINDOW)  # anchored searches look back a bounded window
        before = self.t[ws:pos]
        if _COORDINATED_VERB.search(before) and self.quote_of(pos) is None:
            if _UNNAMED_OPENING.match(self.t, sent.start, pos) is not None:
                # "A separate order targets WeChat, …, and would ban …": the unnamed subject goes on,
                # not the object of its first verb
                return None
            main = self.main_subject(sent, pos)
            if main is not None:
                return main
        joined = self._joined_subject(sent, pos) if self.quote_of(pos) is None else None
        if joined is not None:
            return joined
        if re.match(r"[a-z]+ing\b", self.t[pos : pos + 20]) and self.quote_of(pos) is None:
            # "China raised concerns, stressing that … and urging the US to …": a participle clause
            # after a comma (or going on from one) says more of the main clause's subject
            lead = re.search(r",\s+$|,\s+[a-z]+ing\b[^;:\"\u201c\u201d]*\s+and\s+$", before)
            said = None
            if lead is not None and self.speech_pat is not None:
                # "…, spokesman Zhao Lijian said, urging the US to …": the one who said it urges
                said = embed(r"(?:{P})(?:\s+[^,;]{0,40})?$", self.speech_pat).search(self.t, ws, ws + lead.start())
            if lead is not None and said is None:
                main = self.main_subject(sent, ws + lead.start())
                if main is not None:
                    return main
        rel = re.search(rf"(?:^|\W)(that|which|who)\s+{_AUX}$", before)
        if rel:
            word = rel.group(1)
            at = ws + rel.start(1)
            if word == "who":
                return self._who_antecedent(sent, at)
            law = re.search(r"([a-z]+)\s+$", self.t[ws:at]) if word == "that" else None
            if law is not None and law.group(1) in self._law_nouns:
                # "signed legislation that threatens to …": what a law threatens, its maker threatens
                return self.main_subject(sent, at)
            # "X that had threatened": the antecedent must be an actor named right before "that"
            prev = self.idx.last_before(at)
            if prev is not None and not self.t[prev.end : at].strip(" ,"):
                return prev.key
            # "the reforms that the administration had demanded": the subject after "that"
            if word != "that":
                return None
        q = self.quote_of(pos)
        cands = [r for r in self.refs(sent.start, pos) if self.quote_of(r.start) == q]
        if not cands and q is None:
            return self._unnamed_speaker(sent.start, pos)  # "The spokesperson urged the US side to …"
        g = generic_subject_at(self.generic_subject, self.t, self.generic_starts, ws, pos)
        if g is not None and not any(r.start >= g for r in cands):
            return None  # "… and Republican politicians called for …": an unnamed holder
        # "X, who led Beijing's delegation, said": a possessive names no subject when an
        # earlier actor can be one
        # "X, who met Y on Sunday, said": actors inside the relative clause are not subjects
        rc = re.search(r",\s+(?:who|which)\s[^,;]*,\s*$", before)
        if rc:
            inner = [r for r in cands if r.start < ws + rc.start()]
            if inner:
                cands = inner
        plain = [r for r in cands if not self._possessive(r)]
        if plain and len(plain) < len(cands):
            cands = plain
        for r in reversed(cands):
            if prep_before(self.t, r.start) or _ATTRIBUTIVE.search(self.t[max(0, r.start - 4) : r.start]):
                continue
            if self._modifies(r):
                continue  # "called the U.S. tariff exemptions a small step and urged …": no subject
            if rel and r.start < sent.start + rel.start(1):
                return None  # only an actor after "that" can be the subject of the relative clause
            return r.key
        return None

    def _modifies(self, r: _Ref) -> bool:
        """Whether a mention modifies the noun right after it (``en-actor-modifier-noun``: the U.S.
        tariff exemptions, Chinese goods)."""
        return self.modified_pat is not None and self.t[r.end : r.end + 1] == " " and (
            self.modified_pat.match(self.t, r.end + 1) is not None
        )

    def _possessive(self, r: _Ref) -> bool:
        """Whether a reference is a possessive determiner (Beijing's, his)."""
        return self.t[r.end : r.end + 2] == "'s" or self.t[r.start : r.end].lower() in (
            "his",
            "her",
            "its",
            "their",
        )

    def titled_person(self, r: _Ref) -> _Ref:
        """The person a body or state only qualifies ("Washington Post Executive Editor Jane Doe",
        "U.S. Secretary of State John Roe", "Commerce Department official Ann Poe"): that person."""
        if self.idx.actors[r.key].type == "Person":
            return r
        nxt = next(iter(self.idx.in_range(r.end, min(len(self.t), r.end + 60))), None)
        if nxt is None or self.idx.actors[nxt.key].type != "Person":
            return r
        if self.title_run(r.end, nxt.start, empty=False):
            return _Ref(nxt.start, nxt.end, nxt.key)
        return r

    def title_run(self, a: int, b: int, *, empty: bool = True) -> bool:
        """Whether ``[a, b)`` holds only the words of a title (capitalised, or title words)."""
        words = self.doc_text[a:b].replace("'s", " 's").replace("’s", " ’s").split()
        if not words:
            return empty
        return len(words) <= 6 and all(
            w[:1].isupper() or w.lower() in self._title_words or w.lower()[:-1] in self._title_words for w in words
        )  # "Harbor Macro economists Mara Quill and Tom Roe": plural titles too

    def actor_at(self, pos: int, limit: int) -> _Ref | None:
        """An actor reference starting at ``pos`` (after optional 'the')."""
        m = re.match(r"(\s*)(?:the\s+)?", self.t[pos:limit])
        p = pos + (m.end() if m else 0)
        p0 = pos + (m.end(1) if m else 0)  # "the administration" may be the name itself
        for r in self.refs(p0, min(limit, p + 200)):
            if r.start in (p, p0):
                return r
        return None

    def other_side(self, holder: str | None) -> str | None:
        if holder is None or holder not in self.idx.actors:
            return None
        side = self.idx.actors[holder].side
        other = {"US": "state/china", "China": "state/us"}.get(side)
        if other and other in self.idx.actors:
            return other
        return None

    def _opposed(self, x: str | None, y: str) -> bool:
        """Whether two actors speak for opposite sides (US and China)."""
        if x is None or x not in self.idx.actors:
            return False
        sides = {self.idx.actors[x].side, self.idx.actors[y].side}
        return sides == {"US", "China"}

    def target_after(self, start: int, end: int, holder: str | None) -> str | None:
        for m in re.finditer(r"\b(?:over|on|against|from|at)\s+", self.t[start:end]):
            r = self.actor_at(start + m.end(), end)
            if r is not None and r.key != holder and self.idx.actors[r.key].type in ("State", "Organization", "Person"):
                return r.key
        return None

    # -- issues -----------------------------------------------------------------------------
    def issues_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        if self.issue_pat is None:
            return []
        if self._issue_hits is None:
            hits = []
            for m in self.issue_pat.finditer(self.t):
                if self._in_lev_cue(m.start(), m.end()):
                    continue  # "bargaining chip" is not about chips
                iid = self.issue_lookup.get(m.group().casefold())
                if iid:
                    hits.append((m.start(), m.end(), iid))
            self._issue_hits = hits
            self._issue_starts = [h[0] for h in hits]
        i = bisect.bisect_left(self._issue_starts, start)
        out = []
        while i < len(self._issue_hits) and self._issue_hits[i][0] < end:
            if self._issue_hits[i][1] <= end:
                out.append(self._issue_hits[i])
            i += 1
        return out

    def _in_lev_cue(self, ms: int, me: int) -> bool:
        j = max(0, bisect.bisect_right(self._lev_starts, ms) - 1)
        while j < len(self.lev_spans) and self.lev_spans[j][0] < me:
            a, b = self.lev_spans[j]
            if a <= ms < b or a < me <= b:
                return True
            j += 1
        return False

    def clause(self, sent: Sentence, a: int, b: int) -> tuple[int, int]:
        """The clause around ``[a, b)``: between commas/semicolons (not those inside quotes)."""
        left = ws = max(sent.start, a - _WINDOW)
        for m in re.finditer(r"[;,]|\s—\s|\s--\s", self.t[ws:a]):
            if self.quote_of(ws + m.start()) is None or self.quote_of(ws + m.start()) == self.quote_of(a):
                left = ws + m.end()
        right = sent.end
        m2 = re.search(r"[;,]|\s—\s|\s--\s", self.t[b : sent.end])
        if m2:
            right = b + m2.start()
        return left, right

    def emit(
        self,
        kind: str,
        actor: str | None,
        phrase: str,
        sent: Sentence,
        target: str | None = None,
        issue: str | None = None,
        quote: str | None = None,
    ) -> None:
        if actor is None or actor not in self.idx.actors:
            return
        if quote is None:  # a claim's phrase reads as plain text: quotation marks dropped
            phrase = re.sub('["\u201c\u201d]', "", phrase)
        phrase = " ".join(phrase.split()).strip(' ,;:."\u201c\u201d')
        if not phrase:
            return
        if target == actor:
            target = None
        self.out.append(
            ClaimMention(
                kind=kind,
                actor=actor,
                phrase=phrase,
                sentence=sent,
                target=target,
                issue=issue,
                quote=quote,
                lang="en",
            )
        )

    # -- leverage ---------------------------------------------------------------------------
    def leverage(self) -> None:
        pat = self.cue_pat.get("leverage")
        if pat is None:
            return
        for si, sent in enumerate(self.sents):
            seen: set[tuple[str, str]] = set()
            for m in pat.finditer(self.t, sent.start, sent.end):
                cue = m.group().lower()
                a, b = m.start(), m.end()
                holder = None
                ws = max(sent.start, a - _WINDOW)
                fav = re.search(r"in\s+(\S+(?:\s+\S+)?)'s\s+favou?r$", self.t[ws:b])
                if cue in ("favour", "favor", "in its favour"):
                    if cue == "in its favour":
                        holder = self.resolve_pronoun("its", a + 3)
                    elif fav:
                        r = self.actor_at(ws + fav.start(1), b)
                        holder = r.key if r else None
                    if holder is None:
                        continue
                if holder is None:
                    holder = self._possessive_holder(sent, a)
                if holder is None:
                    gm = re.search(
                        r""
                        r"\b(?:give|gives|gave|given|giving|hand|hands|handed)\s+(\S+(?:\s+[A-Z]\S*)*)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}$",
                        self.t[ws:a],
                    )
                    if gm:
                        r = self.actor_at(ws + gm.start(1), a)
                        holder = r.key if r else None
                if holder is None:
                    am = re.match(r"\s+(?:that\s+)?", self.t[b : sent.end])
                    r = self.actor_at(b + (am.end() if am else 0), sent.end)
                    if r is not None and re.match(
                        r""
                        r"\s+(?:can|could|will|would|keeps|kept|holds|held|has|had|may|might|still|is|wields)\b",
                        self.t[r.end : sent.end],
                    ):
                        holder = r.key
                if cue.startswith("weapon") and (
                    _LITERAL_ARMS_BEFORE.search(self.t[max(ws, a - 20) : a]) or _LITERAL_ARMS_AFTER.match(self.t, b)
                ):
                    continue  # "nuclear weapons", "weapons sales": arms, not a lever
                if _OTHER_OF_LIST.search(self.t, max(ws, a - 30), a):
                    continue  # "levy sanctions and other economic weapons": the list's kind, the steps are named
                verb_cue = cue.startswith(("dangl", "squeez", "withh"))
                acc = re.search(r"\b(?:accus\w*|blam\w*|charg\w*)\s+(\S.*?)\s+(?:of|for)\s+(?:\S+\s+)?$", self.t[ws:a])
                if acc is not None:
                    # "accused China of weaponising trade": the accused holds the weapon
                    r = self.actor_at(ws + acc.start(1), a)
                    if r is not None:
                        holder = r.key
                if holder is None:
                    # "For Washington, the most powerful lever is ...": the fronted beneficiary
                    fr = re.match(r"\s*For\s+", self.t[sent.start : a])
                    if fr:
                        r = self.actor_at(sent.start + fr.end(), a)
                        if r is not None and re.match(r"\s*,", self.t[r.end : a]):
                            holder = r.key
                if holder is None:
                    fm = re.match(r"\s+(?:of\s+(?:a\s+sort|sorts)\s+)?for\s+", self.t[b : sent.end])
                    if fm and re.search(
                        r"\b(?:is|are|was|were|be|been|become|becomes|became|remain|remains)\s+(?:\S+\s+){0,2}$",
                        self.t[ws:a],
                    ):
                        r = self.actor_at(b + fm.end(), sent.end)
                        holder = r.key if r else None  # "X is leverage for Beijing"
                if holder is None:
                    prev = self.idx.last_before(a)
                    if not verb_cue and prev is not None and prev.end > sent.start and not self.t[prev.end : a].strip():
                        continue  # "playing the Taiwan card": the name is what is played
                    holder = self.holder_before(sent, a)
                    if holder is not None and self._speaker_only(sent, holder, a):
                        continue  # "Roe said the more potent card, China's grip on …": the one who says it holds none
                if (
                    holder is None
                    and _ANAPHOR.search(self.t[ws:a])
                    and self.quote_of(a) is None  # a quoted cue's holder is not the last subject
                ):
                    holder = self.subject(si - 1)
                # "Beijing sees Taiwan as a bargaining chip": the name before "as" is the card
                asm = re.search(r"\s+as\s+(?:a|an|the|its|their)?\s*(?:[a-z-]+\s+){0,2}$", self.t[ws:a])
                if asm is not None and (holder is None or self._is_object_before(sent, holder, ws + asm.start())):
                    holder = self.main_subject(sent, ws + asm.start()) or holder
                c0, c1 = self.clause(sent, a, b)
                found = self._undenied_issues(c0, c1)
                if not found:
                    near = self._undenied_issues(sent.start, sent.end)
                    if near:
                        found = [min(near, key=lambda x: abs(x[0] - a))]
                if not found and si > 0 and _ANAPHOR.search(self.t[sent.start : sent.end]):
                    prev = self.sents[si - 1]
                    found = self.issues_in(prev.start, prev.end)[:1]
                nxt = (
                    self._lead_in_next(si)
                    if (not found or holder is None)
                    and self.quote_of(a) is None
                    and _DETERMINED.search(self.t[max(ws, a - 40) : a])  # "the card", not "Credit card"
                    else None
                )
                if holder is None:
                    if self.t[sent.start : sent.end].rstrip().endswith("?"):
                        continue  # "Who holds the cards?": the question names no holder
                    if found and self.last_lev is not None and si - self.last_lev[1] <= 3:
                        holder = self.last_lev[0]  # "The second card is soybeans"
                    elif nxt is not None:
                        holder = self.subject(si + 1)
                    if holder is None:
                        continue
                target = self.target_after(b, c1, holder) or self.other_side(holder)
                if not found:
                    # "Start with the card that ... China refines rare earths": the next sentence
                    # names the card; else the best noun phrase (resolution mints an issue)
                    if nxt is not None:
                        ns = self.sents[si + 1]
                        got = self.issues_in(ns.start, ns.end)
                        if got:
                            found = got[:1]
                    if not found:
                        np = self._lev_item(sent, c0, c1, a, b)
                        if np is None and nxt is not None:
                            ns = self.sents[si + 1]
                            n0, n1 = self.clause(ns, ns.start, ns.start)
                            np = (n0, n1)
                        if np is None:
                            continue  # no thing named: the clause itself is no item (Beijing has cards of its own)
                        if (holder, "") not in seen:
                            seen.add((holder, ""))
                            self.last_lev = (holder, si)
                            self.emit("Leverage", holder, self._orig(*np), sent, target, None)
                        continue
                if (
                    cue.endswith((" on", " over"))
                    and (holder, "list") not in seen
                    and self._things_listed(sent, b)
                    and self._emit_objects(holder, b, self._object_end(sent, b), sent, target, kind="Leverage")
                ):
                    # "its grip on advanced chips, the dollar and the consumer market": one chip per
                    # thing the cue's preposition takes (not actors: "pressure on Beijing and Tokyo")
                    seen.add((holder, "list"))
                    self.last_lev = (holder, si)
                    continue
                lst = _LEV_LIST.match(self.t, b, sent.end)
                if lst is not None and (holder, "list") not in seen:
                    # "it still had cards of its own, including rare earths and approval of mergers":
                    # one chip per thing listed after the cue; "cards, including rare earths": the one
                    end = self._object_end(sent, lst.end())
                    one = self.t[lst.end() : end].strip(" .")
                    listed = self._emit_objects(holder, lst.end(), end, sent, target, kind="Leverage")
                    if not listed and found and one and not is_sentence_phrase(one):
                        self.emit("Leverage", holder, self._orig(lst.end(), end), sent, target, found[0][2])
                        listed = True
                    if listed:
                        seen.add((holder, "list"))
                        self.last_lev = (holder, si)
                        continue
                phrase = self.t[c0:c1]
                for _s, _e, iid in found:
                    if (holder, iid) in seen:
                        continue
                    seen.add((holder, iid))
                    self.last_lev = (holder, si)
                    self.emit("Leverage", holder, self._orig(c0, c1) or phrase, sent, target, iid)

    def _undenied_issues(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The issues named in ``[lo, hi)`` but those denied right before them (not tariffs but …)."""
        return [f for f in self.issues_in(lo, hi) if not _DENIED_ITEM.search(self.t, max(lo, f[0] - 16), f[0])]

    def _speaker_only(self, sent: Sentence, holder: str, a: int) -> bool:
        """Whether the holder's last mention before ``a`` only says the words the cue stands in (a
        person or body not of a side, right before a verb of speech: "Roe said the card …")."""
        if self.speech_pat is None or self.idx.actors[holder].side in ("US", "China"):
            return False
        mentions = [r for r in self.refs(sent.start, a) if r.key == holder]
        if not mentions:
            return False
        m = re.match(r"\s+(?:also\s+)?([a-z]+)\b", self.t[mentions[-1].end : a])
        return m is not None and self.speech_pat.fullmatch(m.group(1)) is not None

    def implied_leverage(self) -> None:
        """Leverage the text implies without a cue word: dependence ("the US relies on China for
        rare earths") and dominance ("China refines 90% of the world's gallium")."""
        t = self.t
        have = {(c.sentence.start, c.actor, c.issue) for c in self.out if c.kind == "Leverage"}
        for sent in self.sents:
            for m in _DEPENDS.finditer(t, sent.start, sent.end):
                if self.quote_of(m.start()) is not None:
                    continue
                r = self.actor_at(m.end(), sent.end)
                if r is None:
                    continue
                fm = re.match(r"\s+for\s+", t[r.end : sent.end])
                if fm is None:
                    continue
                dependent = self.holder_before(sent, m.start())
                ob = r.end + fm.end()
                _c0, c1 = self.clause(sent, ob, ob)
                self._implied(sent, r.key, dependent, ob, c1, have)
            for m in _DOMINATES.finditer(t, sent.start, sent.end):
                if self.quote_of(m.start()) is not None:
                    continue
                holder = self.holder_before(sent, m.start())
                if holder is None or self.idx.actors[holder].side not in ("US", "China"):
                    continue  # a third country's market share is no lever in US-China relations
                _c0, c1 = self.clause(sent, m.end(), m.end())
                if self.issues_in(m.end(), c1):
                    self._implied(sent, holder, None, m.start(), c1, have)

    def _implied(
        self, sent: Sentence, holder: str, target: str | None, a: int, b: int, have: set[tuple[int, str, str | None]]
    ) -> None:
        found = self.issues_in(a, b)
        iid = found[0][2] if found else None
        if (sent.start, holder, iid) in have or holder == target:
            return
        have.add((sent.start, holder, iid))
        self.emit("Leverage", holder, self.doc_text[a:b], sent, target or self.other_side(holder), iid)

    def _is_object_before(self, sent: Sentence, holder: str, pos: int) -> bool:
        """Whether ``holder`` is named right before ``pos`` (an object, not a subject)."""
        prev = self.idx.last_before(pos)
        return prev is not None and prev.key == holder and not self.t[prev.end : pos].strip()

    def _lead_in_next(self, si: int) -> int | None:
        """The next sentence when it can name a card announced here (no cue of its own)."""
        if si + 1 >= len(self.sents):
            return None
        ns = self.sents[si + 1]
        pat = self.cue_pat.get("leverage")
        if pat is not None and pat.search(self.t, ns.start, ns.end):
            return None
        if self.t[ns.start : ns.end].rstrip().endswith("?"):
            return None
        return si + 1

    def _lev_item(self, sent: Sentence, c0: int, c1: int, a: int, b: int) -> tuple[int, int] | None:
        """The noun phrase a leverage cue is about when no known issue is named.

        "X is leverage", "the trump card is X", "holds an ace: X", "sees X as a chip",
        "X gives Beijing leverage": the copula, colon or verb marks where the item is.
        """
        t = self.t
        after = t[b:c1]
        if t[a:b].lower().startswith(("dangl", "withh", "weaponi")):  # (weaponizing trade: what is wielded)
            m = re.match(r"\s+(\S.*?)(?:\s+(?:as|in front of|before|to)\s|$)", after)
            if m:
                return b + m.start(1), b + m.end(1)
        m = re.match(r"\s*(?:is|are|was|were|remains|lies in|:)\s+(\S.*)", after)
        if m and (pos := b + m.start(1)) < c1:
            return pos, c1
        before = t[c0:a]
        m = re.search(
            r"^\s*(.+?)\s+(?:is|are|was|were|has become|have become|becomes|remains|remain|"
            r"could be|would be|will be|gives|give|gave|offers|hands|provides)\b",
            before,
        )
        if m and m.group(1).strip():
            return c0 + m.start(1), c0 + m.end(1)
        m = re.search(r"\b(?:sees|see|saw|uses|use|used|using|treats|treat|views)\s+(.+?)\s+as\s", before)
        if m:
            return c0 + m.start(1), c0 + m.end(1)
        m = re.match(r"\s+(?:over|on|in)\s+(\S.*)", after)
        if t[a:b].lower().endswith((" on", " over")):
            m = re.match(r"\s+(\S.*)", after)
        if m and (pos := b + m.start(1)) < c1:
            return pos, c1
        return None

    def _orig(self, a: int, b: int) -> str:
        return self.doc_text[a:b]

    def _possessive_holder(self, sent: Sentence, a: int) -> str | None:
        """'China's chokehold', 'Beijing's most precise weapon', 'its source of pressure'."""
        ws = max(sent.start, a - _WINDOW)
        before = self.t[ws:a]
        m = re.search(r"(\S+)'s\s+(?:[a-z-]+\s+){0,3}$", before)
        if m:
            end = ws + m.end(1)
            s = self.idx.last_before(end)
            if s is not None and s.end == end:
                return s.key
        m = re.search(r"\b(its|his|her|their)\s+(?:[a-z-]+\s+){0,3}$", before, re.IGNORECASE)
        if m:
            return self.resolve_pronoun(m.group(1).lower(), ws + m.start(1))
        return None

    # -- demands ----------------------------------------------------------------------------
    def split_vps(self, a: int, b: int) -> list[tuple[int, int]]:
        """Coordinated verb phrases in ``[a, b)``: "shelve X, resume Y and do Z" -> three; a
        trailing attribution (", officials in Beijing said.") is who said it, no verb phrase."""
        text = self.t[a:b]
        for sm in re.finditer(";", text):
            if self.quote_of(a + sm.start()) is None:
                text = text[: sm.start()]  # "urged X to A and B; China revoked …": a new clause, nothing wanted
                break
        for rm in re.finditer(r",\s+(?:where|which|who|whose|when|while|because|although|though)\b", text):
            if self.quote_of(a + rm.start()) is None:
                text = text[: rm.start()]  # "halt its pressure on Taiwan, where warplanes …": said of it, not asked
                break
        for dm in re.finditer(r"\s[-\u2013\u2014]+\s|\u2014", text):
            if self.quote_of(a + dm.start()) is None:
                text = text[: dm.start()]  # "… of the price - a condition that …": an aside, nothing wanted
                break
        said = _TRAILING_SAID.search(text)
        if said is not None and (
            said.group(1) in ("reported", "reports")  # ", Global Times reported": the source
            or (self.speech_pat is not None and self.speech_pat.fullmatch(said.group(1)))
        ):
            text = text[: said.start()]
        if self.if_pat is not None:
            # "remove all tariffs, if it really wants to solve the problem": the condition the
            # speaker sets is no verb phrase of what is wanted; the wanted phrases end before it
            for cm in re.finditer(r",\s+", text):
                if self.if_pat.match(text, cm.end()) or text.startswith("unless ", cm.end()):
                    text = text[: cm.start()]
                    break
        alt = self.alternative_pat.search(text) if self.alternative_pat is not None else None
        if alt is not None and self.quote_of(a + alt.start()) is None:
            text = text[: alt.start()].rstrip(" ,")  # "… halt arms sales, or face retaliation": the threat held over it
        acc = _ACCORDING_TO_TAIL.search(text)
        if acc is not None:
            text = text[: acc.start()]  # "…, according to Reuters": the source, no verb phrase
        demand_pat = self.cue_pat.get("demand")
        if self.speech_pat is not None or demand_pat is not None:
            # "called on China to refrain from … and warned that …", "… and demanded the release of …":
            # the asker's own next act of speech or demand ends what is wanted
            for am in re.finditer(r",?\s+and\s+(?:also\s+)?([a-z]+)\b", text):
                verb = am.group(1)
                own = (self.speech_pat is not None and self.speech_pat.fullmatch(verb)) or (
                    demand_pat is not None and demand_pat.fullmatch(verb) and verb.endswith("ed")
                )
                if own and self.quote_of(a + am.start()) is None:
                    text = text[: am.start()]
                    break
        cuts = [0]
        ands: list[re.Match[str]] = []
        commas = 0
        for m in re.finditer(
            r"(?:,?\s+(?:and|or)|,)\s+to\s+(?=(?:not\s+)?([a-z]+))|,\s+(?:and\s+|or\s+)?(?=([a-z]+))"
            r"|\s+and\s+(?=([a-z]+)\s+(\S+))",
            text,
        ):
            if self.quote_of(a + m.start()) is not None:
                continue
            if m.group(1) is not None:
                if m.group(1) not in _NON_VERB:
                    cuts += [m.start(), m.end()]  # "to correct X and to hold Y", "to A, to B": the infinitive repeated
                continue
            if m.group(2) is not None:
                if m.group(2) in _NON_VERB:
                    continue
                if ONE_WORD_ITEM.match(text, m.end()) or _ONE_WORD_BEFORE.search(text, 0, m.start() + 1):
                    continue  # "on the basis of equality, respect, and mutual benefit": a list of nouns, no verbs
                commas += 1
            else:
                nxt, nxt2 = m.group(3), m.group(4)
                if nxt in _NON_VERB or _ONE_WORD_BEFORE.search(text, 0, m.start()):
                    continue  # ("an open, fair and non-discriminatory environment": the list's last word)
                if _SHARED_OBJECT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                    continue  # "stop interfering with and undermining X": two verbs, one object
                parallel = is_wanted_action(text, self.lex) and is_wanted_action(nxt, self.lex)
                if (
                    not parallel  # "respect X and deliver Y": two wanted actions, two verb phrases
                    and nxt2.lower() not in _VP_SPLIT_NEXT
                    and not nxt2[:1].isupper()
                    and nxt2[:1] not in "$0123456789"
                ):
                    ands.append(m)  # may still close a series "A, B and C"
                    continue
            cuts.append(m.start())
            cuts.append(m.end())
        if commas and ands:
            last = ands[-1]
            if last.start() > cuts[-1]:
                cuts.append(last.start())
                cuts.append(last.end())
        cuts = [0, *sorted(cuts[1:])]
        cuts.append(len(text))
        out = []
        for i in range(0, len(cuts), 2):
            s, e = cuts[i], cuts[i + 1]
            if text[s:e].strip():
                out.append((a + s, a + e))
        return out

    def demands(self) -> None:
        pat = self.cue_pat.get("demand")
        if pat is None:
            return
        for si, sent in enumerate(self.sents):
            for m in pat.finditer(self.t, sent.start, sent.end):
                self._demand(si, sent, m.group().lower(), m.start(), m.end())

    def _demand(self, si: int, sent: Sentence, cue: str, a: int, b: int) -> None:
        t = self.t
        q = self.quote_of(a)
        if q is not None:
            if not self._quoted_subject_wants(cue, a):
                return
            if q[1] < sent.end:
                # what is wanted ends with the quotation, not in the words that attribute it
                sent = Sentence(start=sent.start, end=q[1], text=sent.text[: q[1] - sent.start])
        _c0, c1 = self.clause(sent, a, b)
        if cue in ("must", "had to", "should"):
            if self.speech_pat is None or re.search(r"\b(?:we|I)\s+$", t[max(sent.start, a - 4) : a], re.IGNORECASE):
                return  # "we must change our strategy": the speaker's own resolve, nothing asked
            if past_modal(t, b):
                return  # "should've said thank you", "should have acted": a reproach of the past, nothing asked
            if cue == "should" and (
                self.actor_at(b, sent.end) is not None
                or re.search(r"\b(?:if|unless|whether)\s+(?:\S+\s+){0,4}$", t[max(sent.start, a - 60) : a])
            ):
                return  # "should Washington expand ...", "if the US should ...": a condition
            sp = None
            for m in self.speech_pat.finditer(t, max(sent.start, a - _WINDOW), a):
                sp = m
            end = sent.end
            if sp is not None:
                holder = self.holder_before(sent, sp.start())
                stop = self.demand_stop.search(t, b, end) if self.demand_stop is not None else None
                end = stop.start() if stop is not None else end  # ", adding that …": said, not wanted
            else:
                # "The US side should lift all tariffs, the ministry said": the speaker follows
                am = re.search(r",\s+(?:[\w.'-]+\s+){0,4}?(said|says|added|stressed|insisted)\b", t[b : sent.end])
                if am is None:
                    return
                end = b + am.start()
                inner = [r for r in self.refs(end, b + am.start(1)) if not prep_before(t, r.start)]
                r = inner[-1] if inner else self.actor_at(b + am.end(1), sent.end)
                holder = r.key if r is not None else None
            if holder is None or holder not in self.idx.actors:
                return
            if cue == "should" and self.idx.actors[holder].side not in ("US", "China"):
                return  # an analyst's "should" is advice, not a government's demand
            target = self.other_side(holder)
            sub = self.idx.last_before(a)  # "the US should ...": the state addressed
            if (
                sub is not None
                and sub.start >= sent.start
                and not re.sub(r"\bside\b", "", t[sub.end : a]).strip()
                and sub.key != holder
                and self.idx.actors[sub.key].type == "State"
            ):
                target = sub.key
            for va, vb in self.split_vps(b, end):
                self._emit_item("Demand", holder, va, vb, sent, target)
            return
        if self._that_clause_asks(sent, cue, b):
            return  # "demanded that China not target …": the that-clause's own demands (addressee_demands)
        if cue == "unless":
            tp = self.cue_pat.get("threat")
            threats = list(tp.finditer(t, sent.start, a)) if tp is not None else []
            if not threats:
                return
            threat = threats[-1]
            # "… summoned the ambassador, John Roe, and warned of consequences unless …": the one who
            # threatens sets the condition
            holder = self.holder_before(sent, threat.start()) or self.holder_before(sent, a)
            r = self.actor_at(b, sent.end)
            self._emit_item("Demand", holder, b, c1, sent, r.key if r else self.other_side(holder), anaphor=True)
            return
        if cue in ("in exchange for", "in return for"):
            if not t[sent.start : a].strip(" "):
                comma = t.find(",", b, sent.end)
                if comma < 0:
                    return
                holder = None
                for r in self.refs(comma, sent.end):
                    if not prep_before(t, r.start):
                        holder = r.key
                        break
                self._emit_item("Demand", holder, b, comma, sent, self.other_side(holder))
            else:
                holder = self.subject(si)
                self._emit_item("Demand", holder, b, c1, sent, self.other_side(holder))
            return
        passive = _PASSIVE_ASKED.match(t, b) if cue in _ASKED_PARTICIPLES else None
        asked = self.idx.last_before(a) if passive is not None else None
        if (
            passive is not None
            and asked is not None
            and asked.start >= sent.start
            and _BE_BEFORE.fullmatch(t, asked.end, a)
        ):
            # "US urged to remove more restrictions" (a headline's passive): the one named is asked,
            # by the other side; what it is asked to do follows "to"
            holder = self.other_side(asked.key)
            for va, vb in self.split_vps(passive.end(), c1):
                self._emit_item("Demand", holder, va, vb, sent, asked.key)
            return
        # verbs with an addressee: "wants X to", "pressed X to", "urged X to", "called on X to"
        obj = self.actor_at(b, sent.end)
        if obj is not None and _POSSESSIVE_PRONOUN.fullmatch(t, obj.start, obj.end) and not re.match(
            r"\s+to\b", t[obj.end : sent.end]
        ):
            obj = None  # "pressing her counterparts to …": the pronoun owns the one asked, is not asked
        if obj is not None:
            obj = self.titled_person(obj)  # "urged U.S. President Donald Trump to …": the person asked
        if obj is not None:
            addressed = [obj]
            while (co := _ADDRESSEE_JOIN.match(t[addressed[-1].end : sent.end])) is not None:
                nxt = self.actor_at(addressed[-1].end + co.end(), sent.end)
                if nxt is None or nxt.start != addressed[-1].end + co.end():
                    break
                addressed.append(nxt)  # "urged Washington and Beijing to …": each one named is asked
            # "urged China not to devalue …": what is asked keeps its negation (not to devalue …); "pressure
            # on Beijing and on the app's owner to sell": a second one pressed, unnamed, before the "to"
            also = r"(?:\s+and\s+on(?:\s+[\w'’.-]+){1,6}?(?=\s+to\s))?" if cue == "pressure on" else ""
            after = re.match(also + _OTHERS_ASKED + r"\s+(?:to\s+|(?=not\s+to\s))", t[addressed[-1].end : sent.end])
            if after and cue in _WANT_SEEK and self._conditional(sent, a):
                return  # "… if the U.S. wants China to sign a deal": a condition, no one's demand
            if after:
                holder = self.holder_before(sent, a)
                if cue in ("pressure on", "telling", "pressuring") and (
                    _PARTICIPLE_BEFORE.search(t, sent.start, a)
                    or (cue.endswith("ing") and re.search(r"(?:,|\band)\s+$", t[max(sent.start, a - 6) : a]))
                ):
                    # "…, turning up the pressure on Beijing to sell …", "…, telling Washington to drop …": a
                    # participle clause's subject is the main clause's
                    holder = self.main_subject(sent, a) or holder
                elif re.search(r"\band\s+(?:also\s+)?$", t[max(sent.start, a - 10) : a]):
                    # "the ministry accused Washington of … and called on it to …": a verb joined by
                    # "and" has the subject of the verb before, not its object
                    main = self._joined_subject(sent, a) or self.main_subject(sent, a)
                    if main is not None and main in self.idx.actors:
                        holder = main
                        if len(addressed) == 1 and addressed[0].key == holder and _PRONOUN_OBJ.fullmatch(
                            t, addressed[0].start, addressed[0].end
                        ):
                            # "… called on it to …": the pronoun is the one named after the subject
                            other = [r for r in self.refs(sent.start, a) if r.key != holder]
                            if other:
                                addressed = [replace(addressed[0], key=other[-1].key)]
                if holder is None and cue.startswith(("want", "press", "urg", "call", "ask", "push")):
                    return
                start = addressed[-1].end + after.end()
                stops = self.demand_stop.finditer(t, start, sent.end) if self.demand_stop is not None else iter(())
                stop = next((m for m in stops if m.group().startswith(",")), None)
                # (", saying China would take resolute measures": said, not wanted)
                end = stop.start() if stop is not None else sent.end
                parts: list[tuple[list[_Ref], int, int]] = [(addressed, start, end)]
                on = _AND_ON.search(t, start, end)
                nxt = self.actor_at(on.end(), end) if on is not None else None
                at_on = on is not None and nxt is not None and nxt.start == on.end()
                then = re.match(r"\s+to\s+", t[nxt.end : end]) if at_on and nxt is not None else None
                if on is not None and nxt is not None and then is not None:
                    # "called on Canada to release Ms. Meng and on the United States to drop its charges":
                    # a second one asked, each its own action
                    parts = [(addressed, start, on.start()), ([nxt], nxt.end + then.end(), end)]
                for whom, x, y in parts:
                    for va, vb in self.split_vps(x, y):
                        for one in whom:
                            self._emit_item("Demand", holder, va, vb, sent, one.key)
                return
            # "begged the administration for relief", "pressed Washington for exemptions"
            fm = re.match(r"\s+for\s+", t[obj.end : sent.end])
            if fm is None and cue.startswith("press"):
                # "pressed the US over its semiconductor policy, export controls and …": the matters it
                # is pressed on are what the presser wants changed (not "pressed Beijing on Tuesday")
                fm = _PRESSED_OVER.match(t[obj.end : sent.end])
            if fm and (_object_demand(cue) or cue in ("urged", "urges", "urging", "lobbied")):
                holder = self.holder_before(sent, a)
                if holder is None or holder == obj.key:
                    return
                ob = obj.end + fm.end()
                oe = self._object_end(sent, ob)
                joined = _JOINED_VERB.search(t, ob, oe)
                oe = joined.start() if joined is not None else oe  # "… on human rights and called for …"
                if not self._emit_objects(holder, ob, oe, sent, obj.key):
                    self._emit_item("Demand", holder, ob, oe, sent, obj.key)
                return
        both = _BOTH_ADDRESSED.match(t, b, sent.end) if obj is None else None
        third = self.holder_before(sent, a) if both is not None else None
        if both is not None and third is not None and self.idx.actors[third].side not in ("US", "China"):
            # "urged the two governments to come back to the negotiating table": a third party
            # asks both sides (a side asking both is read below as its own demand of the other)
            if cue.startswith(("press", "urg", "call", "ask", "push")):
                for va, vb in self.split_vps(both.end(), sent.end):
                    self._emit_item("Demand", third, va, vb, sent, None)
            return
        um = _UNNAMED_ADDRESSEE.match(t, b, sent.end) if obj is None and cue.startswith(("press", "urg")) else None
        nw = re.match(r"(?:not\s+)?([a-z]+)", t[um.end() : sent.end]) if um is not None else None
        if nw is not None and nw.group(1) in _NON_VERB:
            um = None  # "pressed the tariffs to the limit": "to" before a noun phrase, no verb
        if um is not None and all(_POSSESSIVE_PRONOUN.fullmatch(t, r.start, r.end) for r in self.refs(b, um.end())):
            # "pressing her counterparts to rein in …": the addressee is unnamed, the other side asked
            holder = self.holder_before(sent, a)
            if holder is not None:
                for va, vb in self.split_vps(um.end(), sent.end):
                    self._emit_item("Demand", holder, va, vb, sent, self.other_side(holder))
            return
        asks = obj is None and cue.startswith(("press", "urg", "ask")) and not cue.endswith(" for")
        pa = _PLACES_OR_THEM.match(t, b, sent.end) if asks else None  # ("pressing for them to be eased": things)
        nw2 = re.match(r"(?:not\s+)?([a-z]+)", t[pa.end() : sent.end]) if pa is not None else None
        if nw2 is None or nw2.group(1) in _NON_VERB:
            pa = None  # ("urged them to the table": "to" before a noun phrase, no verb)
        if pa is not None:
            # "urged Amsterdam and Beijing to find a solution", "urged them to buy more cautiously": those
            # asked named by places or a pronoun; an actor among them is the one asked
            holder = self.holder_before(sent, a)
            if holder is not None:
                inner = self.refs(b, pa.end())
                target = inner[-1].key if inner and inner[-1].key != holder else None
                for va, vb in self.split_vps(pa.end(), sent.end):
                    self._emit_item("Demand", holder, va, vb, sent, target)
            return
        if cue in _WANT_SEEK and (self._own_goal(b, c1) or self._conditional(sent, a)):
            return
        if cue in ("told", "telling", "tells", "pressure on", "pressuring", "pressured"):
            return  # "told reporters …", "pressure on the yuan": only "told X to …" asks X (read above)
        if cue in (
            "asked",
            "pushed",
            "pressed",
            "presses",
            "pressing",
            "begged",
            "pleaded",
            "lobbied",
        ) and not _ADVERB_FOR.match(t, b, sent.end):
            return
        if cue in ("demand", "demands") and not self._demand_noun_ok(sent, a):
            return
        inc = (
            re.match(r"\s+(?:include|includes|included|are|were|:)\s+", t[b:c1])
            if cue in ("demand", "demands")
            else None
        )
        if inc is not None:
            # "Washington's demands include X and Y": one demand per item
            holder = self._possessive_holder(sent, a) or self.holder_before(sent, a)
            ob = b + inc.end()
            if holder is not None and self._emit_objects(
                holder, ob, self._object_end(sent, ob), sent, self.other_side(holder)
            ):
                return
        holder = self._possessive_holder(sent, a) if cue in ("demand", "demands") else None
        if holder is None and cue in ("demand", "demands") and _OWNER_BEFORE.search(t, max(sent.start, a - 40), a):
            return  # "accept his demands": an owner the text names, no actor we know; not the nearest one
        if holder is None:
            holder = self.holder_before(sent, a)
        if holder is None:
            return
        target = None
        if obj is not None and cue.startswith("demand"):
            target = obj.key
        target = target or self.target_after(b, c1, holder) or self.other_side(holder)
        if cue.startswith("insist") and re.match(r"\s+that\s", t[b:c1]):
            return  # "insisted that the tariffs were working": said; a that-demand is en-demand-that's
        if cue in ("want", "wants", "wanted", "would like", "insisted", "insists", "insist"):
            # "wants them loosened": the pronoun stands for the thing named in the last sentence
            pm = re.match(r"\s+(them|it)\s+([a-z]+ed|lifted|cut|dropped|eased|scrapped)\b", t[b:c1])
            if pm:
                # the thing named earlier in this sentence, else in the last one
                p0, got = sent.start, self.issues_in(sent.start, a)
                if not got and si > 0:
                    p0 = self.sents[si - 1].start
                    got = self.issues_in(p0, self.sents[si - 1].end)
                if got:
                    self.emit(
                        "Demand",
                        holder,
                        f"{self.doc_text[p0 : got[0][1]]} {pm.group(2)}",
                        sent,
                        target,
                        got[0][2],
                    )
                return
            if self._colon_list(holder, sent, b, target):
                return
            # "wants more than a pause": only with an item the lexicon knows, or a thing one side
            # asks of another (en-wanted-thing: "wants assurances that …", "general licences for …")
            if not self.issues_in(b, c1) and not (
                self.wanted_thing is not None and self.wanted_thing.match(t, b, c1) is not None
            ):
                return
            if not re.match(r"\s+(?:that|to)\b", t[b:c1]) and self._emit_objects(
                holder, b, self._object_end(sent, b), sent, target
            ):
                return
            self._emit_item("Demand", holder, b, c1, sent, target)
            return
        if _DENIED_BEFORE.search(t, max(sent.start, a - 24), a):
            return  # "China does not seek confrontation": a wish denied asks for nothing
        if _object_demand(cue):
            if self._colon_list(holder, sent, b, target):
                return
            fm = _ADVERB_FOR.match(t, b, c1) or re.match(r"\s+", t[b:c1])
            ob = (fm.end() if fm.re is _ADVERB_FOR else b + fm.end()) if fm else b
            oe = self._object_end(sent, ob)
            if not t[ob:oe].strip(" ,.;:"):
                return  # "a step Beijing had long sought": what is sought stands before, no object after
            if self._own_side_step(holder, ob, oe):
                return  # "called for sanctions on Chinese officials": a step of the asker's side, no demand
            if self._emit_objects(holder, ob, oe, sent, target):
                return
            if _NOUN_PHRASE_START.match(t, ob, oe):
                # "demanded the release of …", "is seeking structural changes to …": the object
                # noun phrase is what is wanted, not the whole clause with its subject
                self._emit_item("Demand", holder, ob, oe, sent, target, anaphor=True, prev=si)
                return
        noun_only = cue in ("demand", "demands") and not _NOUN_CONTENT.match(t, b, c1)
        if noun_only and demand_noun(t, self.idx, sent.start, a):
            return  # "refused to meet US demands and imposed tariffs": what is demanded is not said
        c0, c1 = self.clause(sent, a, b)
        self._emit_item("Demand", holder, c0, c1, sent, target, anaphor=True, prev=si)

    def _that_clause_asks(self, sent: Sentence, cue: str, b: int) -> bool:
        """Whether a that-demand cue (``en-demand-that``) at ``b`` opens a that-clause whose subject
        is an actor with its verb: what it asks is read there, one demand per verb phrase."""
        if self.that_pat is None or not self.that_pat.fullmatch(cue):
            return False
        thm = re.match(r"\s+that\s+", self.t[b : sent.end])
        obj = self.actor_at(b + thm.end(), sent.end) if thm is not None else None
        return obj is not None and _THAT_VERB.match(self.t, obj.end, sent.end) is not None

    def _own_side_step(self, holder: str, a: int, b: int) -> bool:
        """Whether the object of a call ('called for sanctions on Chinese officials', 'pushing for
        tariffs against China') is a punitive step aimed at a side the one calling is not on: the
        asker wants a step taken against that side, which asks nothing of it."""
        m = step_opening(self.t, (self.step_pat,), a, b, _PREPOSITIONS)
        if m is None:
            return False  # "the removal of tariffs on …", "relief from tariffs": what is called for is the relief
        aimed = re.match(r"\s+(?:\w+\s+){0,2}?(?:on|against|targeting)\s+", self.t[m.end() : b])
        if aimed is None:
            return True  # "called for tougher export controls": a step wanted, no one asked to take it
        x = m.end() + aimed.end()
        r = self.actor_at(x, b)
        word = re.match(r"[A-Z][\w.]*", self.t[x:b])
        side: str | None = None
        if r is not None:
            side = self.idx.actors[r.key].side
        elif word is not None:  # a demonym: Chinese officials, American firms
            side = self.demonym_side.get(word.group().rstrip("."))
        return side in ("US", "China") and self.idx.actors[holder].side != side

    def _own_goal(self, b: int, end: int) -> bool:
        """'wants to curb X', 'is seeking to limit Y': what the subject means to do itself is its
        own step (often leverage), no demand of the other side -- unless the verb phrase says what
        it would get from it ('wants to see Beijing buy', 'seeks to secure commitments')."""
        m = re.match(r"\s+to\s+", self.t[b:end])
        if m is None:
            return False
        return self.obtain_pat is None or self.obtain_pat.search(self.t, b + m.end(), end) is None

    def _conditional(self, sent: Sentence, a: int) -> bool:
        """'If the US really wants to settle …': a want inside a condition is no one's demand."""
        lo, _hi = self.clause(sent, a, a)
        return re.search(r"\b(?:if|unless|whether)\b", self.t[lo:a], re.IGNORECASE) is not None

    def addressee_demands(self) -> None:
        """'X hoped (that) Y would A and B', 'X expects Y to A', 'X told Y to A': one demand of Y
        per coordinated verb phrase; without an addressee and its verb the cue is no demand.
        'X demanded (insists) that Y (must) stop A' (``en-demand-that``): the same, with 'that'."""
        for pat, that_only in ((self.addr_pat, False), (self.that_pat, True)):
            if pat is not None:
                self._addressee_demands(pat, that_only)

    def _addressee_demands(self, pat: re.Pattern[str], that_only: bool) -> None:
        t = self.t
        for sent, m in self._unquoted_hits(pat):
            a, b = m.start(), m.end()
            thm = re.match(r"\s+that\s+", t[b : sent.end])
            if that_only and thm is None and not self._that_left_out(sent, m.group().lower(), b):
                continue
            if m.group().lower() in ("demand", "demands", "request", "requests") and _NOUN_OWNED.search(
                t, max(sent.start, a - 40), a
            ):
                continue  # "rejected Washington's demand that …": a noun, its owner asks (en-demand-call)
            p = b + (thm.end() if thm else 0)
            obj = self.actor_at(p, sent.end)
            if obj is None:
                if that_only:
                    self._unnamed_that_subject(sent, a, p)
                elif m.group().lower().startswith(("hop", "expect")):
                    self._hoped_of_unnamed(sent, a, p)
                continue
            after_obj = obj.end
            rel = _RELATIVE_ASIDE.match(t, obj.end, sent.end)
            if rel is not None:
                after_obj = rel.end()  # "hoped Doe, who has described himself as a dealmaker, would …"
            vm = (_THAT_VERB if that_only else _ADDRESSEE_VERB).match(t, after_obj, sent.end)
            if vm is None or (
                thm is None
                and not that_only  # (that left out: _that_left_out)
                and not re.match(r"\s+(?:side\s+)?to\s", t[after_obj : sent.end])
                and not m.group().lower().startswith("hop")
            ):
                continue  # "told Xinhua that ...": speech, not a demand
            holder = self.holder_before(sent, a)
            if holder is None or holder == obj.key:
                continue
            if m.group().lower().startswith("expect") and self.idx.actors[holder].type == "Person":
                continue  # "he expected Beijing to put off ...": a person's forecast, not a demand
            for va, vb in self.split_vps(vm.end(), self._object_end(sent, vm.end())):
                self._emit_item("Demand", holder, va, vb, sent, obj.key)

    def _quoted_subject_wants(self, cue: str, a: int) -> bool:
        """'He went on: "Beijing wants the export controls loosened …"': a wanting verb inside a
        quotation right after a state or a body named in it (adverbs between) is that actor's
        demand, whoever quotes it (not a person's: the speaker's own words)."""
        if not cue.startswith(("want", "seek", "demand", "insist")):
            return False
        prev = self.idx.last_before(a)
        return (
            prev is not None
            and self.quote_of(prev.start) == self.quote_of(a)
            and _SUBJECT_GAP.fullmatch(self.t, prev.end, a) is not None
            and self.idx.actors[prev.key].type != "Person"
            # (not "what the White House wanted", nor "wants it treated as …": a pronoun names nothing)
            and not re.search(r"\bwhat\s+(?:the\s+)?$", self.t[max(0, prev.start - 10) : prev.start])
            and not re.match(r"\s+(?:it|them|this|that)\b", self.t[a + len(cue) :])
        )

    def _hoped_of_unnamed(self, sent: Sentence, a: int, p: int) -> None:
        """'China hopes the countries involved will act in the interest of stable supply chains':
        those hoped of named by a noun phrase of parties, no actor (``en-hoped-party``); what they would do is
        still wanted by the one hoping, of no one named."""
        gm = self.hoped_party.match(self.t, p, sent.end) if self.hoped_party is not None else None
        if gm is None or self.idx.in_range(p, gm.end()):
            return
        holder = self.holder_before(sent, a)
        if holder is None or (self.t[a:p].lower().startswith("expect") and self.idx.actors[holder].type == "Person"):
            return  # ("he expects companies to …": a person's forecast, as with a named one)
        for va, vb in self.split_vps(gm.end(), self._object_end(sent, gm.end())):
            self._emit_item("Demand", holder, va, vb, sent, None)

    def _that_left_out(self, sent: Sentence, cue: str, b: int) -> bool:
        """'insisted Canberra hold those responsible to account': a demand verb of its own (not one
        that takes 'to', as urged or asked do), an actor right after it and a bare verb after that
        -- the that-clause with 'that' left out."""
        if not cue.startswith(("insist", "demand")):
            return False
        obj = self.actor_at(b, sent.end)
        if obj is None or self.t[b : obj.start].strip(" ") not in ("", "the"):
            return False
        vm = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s", self.t[obj.end : sent.end])
        return (
            vm is not None
            and vm.group(1) not in _NON_VERB
            and not re.fullmatch(r"[a-z]+(?:s|ed)", vm.group(1))
            and vm.group(1) not in ("be", "side", "would", "will", "could", "can", "should", "must", "to")
        )

    def _unnamed_that_subject(self, sent: Sentence, a: int, p: int) -> None:
        """'China is demanding that the journalists from three outlets turn over documents …': the
        subject after 'that' names no actor; what is wanted opens with the first verb of a wanted
        action (``en-wanted-action``) after it, not after a determiner or preposition (the release
        of), and is wanted of the other side."""
        if self.action_pat is None:
            return
        end = min(sent.end, p + _THAT_SUBJECT_REACH)
        for vm in self.action_pat.finditer(self.t, p, end):
            if _NOUN_BEFORE_VERB.search(self.t, p, vm.start()) or self.t[p : vm.start()].strip() == "":
                continue  # "the release of …": a noun, not the verb; no subject before it: no clause
            if re.search(r"[;:]", self.t[p : vm.start()]):
                return
            holder = self.holder_before(sent, a)
            if holder is None:
                return
            inner = [r for r in self.refs(p, vm.start()) if r.key != holder]
            target = inner[0].key if inner else self.other_side(holder)
            for va, vb in self.split_vps(vm.start(), self._object_end(sent, vm.start())):
                self._emit_item("Demand", holder, va, vb, sent, target)
            return

    def called_demands(self) -> None:
        """A demand named by a noun with its owner before it (``en-demand-call``): 'Washington's call
        for China to cut …', 'the US request that Beijing stop …', 'Beijing's push for market
        access': the owner wants it of the actor named after 'for'/'that', else of the other side."""
        for sent, m in self._unquoted_hits(self.call_pat):
            holder = self._possessive_holder(sent, m.start()) or self._modifier_owner(sent, m.start())
            if holder is not None and self.idx.actors[holder].side in ("US", "China"):
                self._called(sent, holder, m.end(), own=m.group().lower() in self._own_call_nouns)

    def called_by_demands(self) -> None:
        """A demand named by a noun with its owner after it (``en-demand-call-by``: 'demands by the
        administration that ByteDance sell …', 'calls from Washington for Beijing to …'): the owner
        wants it of the actor named after 'for'/'that'. Only with that actor and its verb: 'demand
        from China for soybeans' is the market's, no one's demand."""
        for sent, m in self._unquoted_hits(self.call_by_pat):
            owner = self.actor_at(m.end(), sent.end)
            if owner is None or self.t[m.end() : owner.start].strip().lower() not in ("", "the"):
                continue
            if self.idx.actors[owner.key].side in ("US", "China"):
                self._called(sent, owner.key, owner.end, addressed=True)

    def _unquoted_hits(self, pat: re.Pattern[str] | None) -> list[tuple[Sentence, re.Match[str]]]:
        """The matches of a cue pattern, sentence by sentence, outside quotations."""
        if pat is None:
            return []
        out = []
        for m in pat.finditer(self.t):  # one pass over the text, each match dealt to its sentence
            i = self.sent_index(m.start())
            if i >= 0 and m.end() <= self.sents[i].end and self.quote_of(m.start()) is None:
                out.append((self.sents[i], m))
        return out

    def _modifier_owner(self, sent: Sentence, a: int) -> str | None:
        """'the US request', 'a Chinese call', 'after US pleas': an actor right before the noun, after a
        determiner or a preposition of time or cause."""
        r = self.idx.last_before(a)
        if r is None or r.start < sent.start or self.t[r.end : a].strip():
            return None
        lead = self.t[max(sent.start, r.start - 10) : r.start]
        return r.key if re.search(r"(?:^|\b(?:the|a|an|after|amid|despite|following))\s*$", lead) else None

    def _called(self, sent: Sentence, holder: str, b: int, *, addressed: bool = False, own: bool = False) -> None:
        """What the owner of a demand noun wants: of the actor after 'for'/'that' (and its verb);
        else, after 'for' or a bare 'to', a known item of the other side (not when ``addressed`` is
        required, nor after 'to' when the noun is the owner's ``own`` aim)."""
        t = self.t
        fm = re.match(r"\s+(for|that|to)\s+", t[b : sent.end])
        if fm is None:
            return
        p = b + fm.end()
        obj = self.actor_at(p, sent.end) if fm.group(1) != "to" else None
        third_state = (
            obj is not None
            and fm.group(1) == "for"
            and self.idx.actors[obj.key].type == "State"
            and self.idx.actors[obj.key].side != self.idx.actors[holder].side
        )  # ("lobbying by Washington for Japan to follow its lead": a third state asked too)
        if obj is not None and (self._opposed(holder, obj.key) or third_state):
            vm = (
                re.compile(r"\s+to\s+").match(t, obj.end, sent.end)
                if fm.group(1) == "for"
                else _THAT_VERB.match(t, obj.end, sent.end)
            )
            if vm is not None:
                for va, vb in self.split_vps(vm.end(), self._object_end(sent, vm.end())):
                    self._emit_item("Demand", holder, va, vb, sent, obj.key)
            return
        if addressed or obj is not None or fm.group(1) == "that" or (own and fm.group(1) == "to"):
            return
        end = min(self._object_end(sent, p), self.clause(sent, p, p)[1])
        if not self.issues_in(p, end):
            return  # "push for greater market access", "US pleas to crack down on drugs": only with a known item
        if fm.group(1) == "to" and self._own_side_step(holder, p, end):
            return  # "the push to ban TikTok": a step the owner takes itself
        self._emit_item("Demand", holder, p, end, sent, self.other_side(holder))

    def conditional_demands(self) -> None:
        """'X would cut tariffs if Y cracked down on fentanyl', 'X will impose tariffs if Y does
        not withdraw its duties': the condition X sets the other side is what X wants of it — an
        offer's condition as it stands, a threat's when negated (what Y must do to escape it)."""
        if self.offer_pat is None or self.step_pat is None:
            return
        for sent, m in self._unquoted_hits(self.if_pat):
            main, cond = self._if_clauses(sent, m)
            if main is not None and cond is not None:
                self._condition_demand(sent, main, cond)

    def _if_clauses(
        self, sent: Sentence, m: re.Match[str]
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The main clause and the condition of an 'if': 'X would A if Y B' or 'If Y B, X would A'."""
        t = self.t
        stop = re.compile(r"[;:]|,\s|\s[—–]\s")
        if t[m.start()].isupper() and m.start() == sent.start:
            comma = stop.search(t, m.end(), sent.end)
            if comma is None:
                return None, None
            after = stop.search(t, comma.end(), sent.end)
            return (comma.end(), after.start() if after else sent.end), (m.end(), comma.start())
        before = [x.end() for x in stop.finditer(t, sent.start, m.start())]
        after = stop.search(t, m.end(), sent.end)
        return (before[-1] if before else sent.start, m.start()), (m.end(), after.start() if after else sent.end)

    def _condition_demand(self, sent: Sentence, main: tuple[int, int], cond: tuple[int, int]) -> None:
        t = self.t
        threat = self.cue_pat.get("threat")
        warned = threat is not None and threat.search(t, *main) is not None
        if not (_MODAL_AHEAD.search(t, *main) or warned):
            return  # "X cut tariffs if …": no step announced on a condition (a warning is one: warned of …)
        # easing a measure is an offer (would cut tariffs); a measure alone, a threat
        offer = self.offer_pat.search(t, *main) is not None  # type: ignore[union-attr]
        threatens = self.step_pat.search(t, *main) is not None or warned  # type: ignore[union-attr]
        if not offer and not threatens:
            return  # neither an offer nor a threat (a step, or a verb of threatening: threatened to terminate the deal)
        holder = self.main_subject(sent, main[1]) if main[0] <= sent.start + 1 else self.holder_before(sent, main[1])
        if re.match(r"\s*who\s", t[main[0] : main[1]]):
            # "…, Trump, who has warned that tariffs could go back up if …": the one the relative is of
            holder = self._who_antecedent(sent, main[0]) or holder
        modal = last_match(_MODAL_AHEAD, t, *main)
        subj = self.refs(main[0], modal.start()) if modal is not None else []
        if modal is not None and subj and not t[subj[-1].end : modal.start()].strip():
            # "warning that he would hit China … if it did not …": the modal's own subject sets the condition
            holder = self.titled_person(subj[-1]).key
        asked = self.actor_at(cond[0], cond[1])
        opens = cond[0] + len(t[cond[0] : cond[1]]) - len(t[cond[0] : cond[1]].lstrip())
        state = self.state_noun_pat.match(t, opens) if self.state_noun_pat is not None else None
        other = self.other_side(holder) if holder is not None else None
        if state is not None and other is not None and (asked is None or asked.start > state.end()):
            # "… if the country fails to fulfill its promise": the state the threat is aimed at
            asked = _Ref(state.start(), state.end(), other)
        if holder is None:
            return
        passive = _PASSIVE_NOT.search(t, cond[0], cond[1])
        if passive is not None and threatens and not offer and len(t[cond[0] : passive.start()].split()) <= 4:
            # "grave consequences if Doe was not released": what the condition says is not done to
            # the one it names is wanted done, by the one warned (or the other side)
            words = self.doc_text[cond[0] : passive.start("neg")] + self.doc_text[passive.end("neg") : cond[1]]
            warner = self.main_subject(sent, main[1]) or holder  # (not the one summoned before "and warned")
            target = self.target_after(main[0], main[1], warner) or self.other_side(warner)
            found = self.issues_in(cond[0], cond[1])
            self.emit("Demand", warner, words, sent, target, found[0][2] if found else None)
            return
        if asked is None or not self._opposed(holder, asked.key):
            return
        vm = _CONDITION_VERB.match(t, asked.end, cond[1])
        if vm is None or bool(vm.group("neg")) == offer:
            return  # an offer wants the act done; a threat wants the act its negation names
        end = self._object_end(sent, vm.end()) if cond[1] == sent.end else cond[1]
        self._emit_item("Demand", holder, vm.end(), min(end, cond[1]), sent, asked.key)

    def demand_lists(self) -> None:
        """A noun that introduces demands ("asks", "conditions", "wish list") and its items in
        the same sentence ("Its asks include A and B") or the next ("Among them were A and B"):
        one demand per item by the noun's owner (a possessive, or the subject that brought it)."""
        if self.noun_pat is None:
            return
        t = self.t
        for si, sent in enumerate(self.sents):
            for m in self.noun_pat.finditer(t, sent.start, sent.end):
                a, b = m.start(), m.end()
                q = self.quote_of(a)
                hpos = q[0] if q is not None else a  # 'came with "big asks"': the owner is outside
                if q is not None:
                    b = q[1]
                holder = self._possessive_holder(sent, hpos)
                if holder is None and _BRINGS.search(t, max(sent.start, hpos - _WINDOW), hpos):
                    holder = self.holder_before(sent, hpos)
                # "The conditions were ...": the owner named in the last sentence's list
                if (
                    holder is None
                    and si > 0
                    and re.search(r"\b(?:the|these|those)\s+(?:\w+\s+)?$", t[sent.start : hpos], re.IGNORECASE)
                    and self.noun_pat.search(t, self.sents[si - 1].start, self.sents[si - 1].end)
                ):
                    holder = self.subject(si - 1)
                if holder is None:
                    continue
                target = self.other_side(holder)
                sm = _LIST_SAME.match(t, b, sent.end)
                if sm is not None:
                    ob = sm.end()
                    oe = self._object_end(sent, ob) if ":" not in t[b:ob] else sent.end
                    self._emit_list(holder, ob, oe, sent, target, "range" in sm.group())
                    continue
                if re.match(r"\s*[.!?\"\u201d]*\s*$", t[b : sent.end]) and si + 1 < len(self.sents):
                    ns = self.sents[si + 1]
                    nm = _LIST_NEXT.match(t, ns.start, ns.end)
                    if nm is not None:
                        self._emit_list(holder, nm.end(), self._object_end(ns, nm.end()), ns, target, False)

    def _emit_list(self, holder: str, a: int, b: int, sent: Sentence, target: str | None, ranged: bool) -> None:
        """The items of a demand list; 'from A to B' gives two."""
        if ranged:
            rm = re.search(r"\s+to\s+", self.t[a:b])
            if rm:
                self._emit_item("Demand", holder, a, a + rm.start(), sent, target)
                self._emit_item("Demand", holder, a + rm.end(), b, sent, target)
                return
        if not self._emit_objects(holder, a, b, sent, target):
            self._emit_item("Demand", holder, a, b, sent, target)

    def _colon_list(self, holder: str, sent: Sentence, b: int, target: str | None) -> bool:
        """"wants something in return: relief from chip controls, an end to new listings and a halt to
        the port fees": an object that names nothing (no issue in it) announces the things listed after
        its colon, one demand each. False when the object is no such announcement."""
        m = _ANNOUNCED_LIST.match(self.t, b, sent.end)
        if m is None or self.quote_of(m.end() - 1) is not None or self.issues_in(b, m.end()):
            return False
        start = m.end()
        return self._emit_objects(holder, start, self._object_end(sent, start), sent, target)

    def _things_listed(self, sent: Sentence, b: int) -> bool:
        """Whether the object after ``b`` is a coordination of things: no actor named in it."""
        end = self._object_end(sent, b)
        return bool(re.search(r",|\sand\s", self.t[b:end])) and not self.idx.in_range(b, end)

    def _object_end(self, sent: Sentence, b: int) -> int:
        """Where an object list after a cue ends: a clause break, not a series comma."""
        m = re.search(
            r"[;:]|\s[—–-]{1,2}\s"
            r"|,\s+(?:but|which|who|where|when|while|as|after|before|because|since|according|though|although)\b"
            r"|,\s+(?:due|set|scheduled|expected)\s+to\b"  # ", due to take effect in October": said of the last
            r"|,\s+(?:[\w.'-]+\s+){0,4}(?:said|says|told|tells|added|argued|noted)\b|\s+but\s"
            # a finite verb after the object: the demand was a noun phrase, the subject of the main
            # clause ("push for market access has stalled")
            # ("those who were arrested": the verb of a relative clause goes on the object)
            r"|(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?:has|have|had|is|are|was|were|went|remains|remained|will|would)\s",
            self.t[b : sent.end],
        )
        return b + m.start() if m else sent.end

    def _emit_objects(
        self, holder: str, a: int, b: int, sent: Sentence, target: str | None, kind: str = "Demand"
    ) -> bool:
        """One demand (or claim of ``kind``) per coordinated object ("tariff cuts, an easing of chip
        controls and X").

        Returns False when the object is not a coordination (the caller keeps its phrase).
        """
        text = self.t[a:b]
        if not text.strip() or re.match(r"\s*(?:that|to|it|them|this)\b", text):
            return False
        cuts = [
            m
            for m in re.finditer(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text)
            if self.quote_of(a + m.start()) is None
        ]
        closing = next((i for i, m in enumerate(cuts) if re.match(r",\s+(?:and|or)\s", m.group())), None)
        if closing is not None:
            # "…, an end to new listings, and a halt to the fees on Chinese-built and Chinese-operated
            # ships": the series closes with ", and"; an "and" after it is inside its last item
            cuts = cuts[: closing + 1]
        if not cuts:
            return False
        parts: list[tuple[int, int]] = []
        pos = 0
        for m in cuts:
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, len(text)))
        # a clause after the coordination ("and then resume talks") is no object list
        if any(re.match(r"\s*(?:then|also|will|would|it|they|he|she|\w+ed)\b", text[x:y]) for x, y in parts[1:]):
            return False
        # "demanded from the start, chiefly ...": an adverbial, not an object list
        if re.match(r"\s*(?:from|in|at|on|since|by|with|over|during|chiefly|including|especially)\b", text):
            return False
        dp = self.cue_pat.get("demand")
        if dp is not None and any(dp.match(text[x:y].lstrip()) for x, y in parts[1:]):
            return False  # "demanded X and urged Y to ...": a second verb phrase
        if kind == "Leverage" and any(_NO_THING.fullmatch(text[x:y].strip(" .")) for x, y in parts):
            return False  # "China's Rare Earth Card: Shown, Not Yet Played": states of the chip, no things
        for x, y in parts:
            seg = text[x:y].strip(" .")
            if not seg:
                continue
            found = self.issues_in(a + x, a + y)
            self.emit(kind, holder, self.doc_text[a + x : a + y], sent, target, found[0][2] if found else None)
        return True

    def _demand_noun_ok(self, sent: Sentence, a: int) -> bool:
        before = self.t[sent.start : a]
        if re.search(r"(?:'s|\bits|\btheir|\bhis|\bher)\s+(?:[a-z-]+\s+){0,2}$", before, re.IGNORECASE):
            return True
        if re.search(r"\b(?:a|the)\s+(?:[a-z-]+\s+)?$", before) and not re.search(
            r"\b(?:real|weak|strong|global|domestic|consumer|rising|falling)\s+$", before
        ):
            return True
        prev = self.idx.last_before(a)
        return prev is not None and not self.t[prev.end : a].strip()

    def _emit_item(
        self,
        kind: str,
        holder: str | None,
        a: int,
        b: int,
        sent: Sentence,
        target: str | None,
        anaphor: bool = False,
        prev: int | None = None,
        sentence_fallback: bool = False,
    ) -> None:
        if holder is None:
            return
        if kind == "Threat" and (cause := _CAUSE.search(self.t, a, b)) is not None and cause.start() > a:
            b = cause.start()  # "vowed to hit back in response to Washington's tariffs": the cause is the other's
        phrase = self.doc_text[a:b]
        found = self.issues_in(a, b)
        issue = found[0][2] if found else None
        if (issue is None and (anaphor or sentence_fallback) and _ANAPHOR.search(self.t[a:b])) or (
            issue is None and sentence_fallback
        ):
            near = self.issues_in(sent.start, sent.end)
            if near:
                issue = min(near, key=lambda x: abs(x[0] - a))[2]
            elif prev is not None and prev > 0:
                p = self.sents[prev - 1]
                got = self.issues_in(p.start, p.end)
                issue = got[0][2] if got else None
        self.emit(kind, holder, phrase, sent, target, issue)

    # -- threats ----------------------------------------------------------------------------
    def threats(self) -> None:
        pat = self.cue_pat.get("threat")
        if pat is None:
            return
        t = self.t
        for _si, sent in enumerate(self.sents):
            for m in pat.finditer(t, sent.start, sent.end):
                cue, a, b = m.group().lower(), m.start(), m.end()
                if self.quote_of(a) is not None and cue not in _COUNTER:
                    continue
                stop = _ACT_BEFORE.search(t, max(sent.start, a - 20), a)
                if stop is not None and is_wanted_action(stop.group(1), self.lex):
                    continue  # "should stop threatening and engage in talks": the threats asked to end, none made
                _c0, c1 = self.clause(sent, a, b)
                if cue in ("threat", "threats"):
                    # "threat of tariffs", "threat on Monday to slap …" (a time between)
                    nm = _THREAT_NOUN_OF.match(t, b, sent.end)
                    if not nm:
                        continue
                    if nm.group(1) == "to" and (
                        _DANGER_TO.match(t, nm.end(), sent.end) or self.actor_at(nm.end(), sent.end) is not None
                    ):
                        continue  # "posed no threat to the United States", "a threat to national security": a danger
                    holder = self._possessive_holder(sent, a) or self.holder_before(sent, a)
                    self._emit_item(
                        "Threat",
                        holder,
                        b + nm.end(),
                        c1,
                        sent,
                        self.other_side(holder),
                        sentence_fallback=True,
                    )
                    continue
                if (
                    cue.split()[0] in _MODALS
                    and cue.split()[-1] in _CONDITIONAL
                    and not re.search(r"\b(?:if|unless|should)\b", t[b : sent.end])
                ):
                    continue  # "will raise" is a threat only on a condition
                if cue in _COUNTER and self.quote_of(a) is None:
                    c0, _c1 = self.clause(sent, a, b)
                    if re.search(r"\b(?:if|unless)\s+(?:[\w'-]+\s+){0,4}$", t[c0:a]):
                        continue  # "if China continued to retaliate": the condition, not China's threat
                    if self._taken is not None and (self._taken[0].search(t, c0, a) or self._taken[1].match(t, b)):
                        continue  # retaliation taken (unveiled retaliatory measures): not announced
                    if _NOT_BEFORE.search(t, max(sent.start, a - 60), a):
                        continue  # "demanded that China not retaliate", "will not hit back": no step announced
                    if cue in _PAST_AS_BASE and not _INTENT_BEFORE.search(t, c0, a):
                        continue  # "China hit back at the tariffs by imposing its own": done, no modal or "to"
                if cue in _COUNTER or cue.split()[0] in _MODALS:
                    if self.quote_of(a) is not None:
                        q = self.quote_of(a)
                        assert q is not None
                        holder = self._speaker_of(q)
                        qc0, _qc1 = self.clause(sent, q[0], q[0])
                        inside = self.holder_before(sent, q[0]) if self.refs(qc0, q[0]) else None
                        if (
                            inside is not None
                            and cue not in _SUFFERED  # ('Beijing said Washington would "pay a heavy price"')
                            and (_MODAL_AHEAD.search(t, qc0, q[0]) or _MODAL_AHEAD.match(t, q[0] + 1))
                        ):
                            # 'China would resolutely counter and "fight to the end"', 'China "will take
                            # measures"': words quoted inside the clause of a subject and its modal are
                            # that subject's step
                            holder = inside
                    else:
                        holder = self.holder_before(sent, a)
                        alt = (
                            self.alternative_pat.search(t, max(sent.start, a - 12), b + 1)
                            if self.alternative_pat is not None
                            else None
                        )
                        if alt is not None and alt.start() < a:
                            # "X said the US should halt …, or face consequences": the one who sets
                            # the choice holds what the other faces, not the one asked
                            holder = self.main_subject(sent, alt.start()) or holder
                        elif cue in _SUFFERED and holder is not None and self.speech_pat is not None:
                            # "Wang warned that the United States would face consequences": the one who
                            # would suffer is the target; the speaker of the other side threatens
                            verbs = list(self.speech_pat.finditer(t, sent.start, a))
                            speaker = self.holder_before(sent, verbs[-1].start()) if verbs else None
                            if speaker is not None and self._opposed(speaker, holder):
                                holder = speaker
                    _c0, c1 = self.clause(sent, a, b)
                    if (q := self.quote_of(a)) is not None:
                        # '"pay a heavy price" and "bear ..."': the next quotation is another claim
                        nq = bisect.bisect_left(self._q_starts, q[1])
                        if nq < len(self._q_starts) and self._q_starts[nq] < c1:
                            c1 = q[1] - 1
                    self._emit_item(
                        "Threat",
                        holder,
                        a,
                        c1,
                        sent,
                        self.target_after(b, c1, holder) or self.other_side(holder),
                    )
                    continue
                holder = self._possessive_holder(sent, a) if cue == "warning" else None
                if holder is None and cue.endswith("ing") and re.search(r"(?:,|^)\s*$", t[max(sent.start, a - 3) : a]):
                    if t[max(sent.start, a - 3) : a].strip():
                        holder = self.main_subject(sent, a)
                    else:
                        # "Threatening retaliation, Beijing said ...": the subject after the participle
                        comma = t.find(",", b, sent.end)
                        holder = self.main_subject(sent, sent.end) if comma < 0 else None
                        if comma >= 0:
                            r = [x for x in self.refs(comma, sent.end) if not prep_before(t, x.start)]
                            holder = r[0].key if r else None
                if holder is None:
                    holder = self.holder_before(sent, a)
                if holder is None:
                    continue
                rest = t[b : sent.end]
                tm = re.match(r"\s+to\s+", rest)
                if tm:
                    parts = re.split(r",?\s+and\s+to\s+|,\s+to\s+", t[b + tm.end() : sent.end])
                    pos = b + tm.end()
                    for part in parts:
                        pa = t.find(part, pos)
                        pos = pa + len(part)
                        self._emit_item(
                            "Threat",
                            holder,
                            pa,
                            pa + len(part),
                            sent,
                            self.other_side(holder),
                            sentence_fallback=True,
                        )
                    continue
                om = re.match(r"\s+of\s+|\s+at\s+(?=[a-z]+ing\b)", rest)  # warned of …, hinted at canceling …
                if om:
                    self._emit_item(
                        "Threat",
                        holder,
                        b + om.end(),
                        c1,
                        sent,
                        self.other_side(holder),
                        sentence_fallback=True,
                    )
                    continue
                r = self.actor_at(b, sent.end)
                if r is not None and re.match(r"\s*[:,]|\s+that\b|\s+of\b", t[r.end : sent.end]):
                    self._emit_item("Threat", holder, a, sent.end, sent, r.key, sentence_fallback=False)
                    continue
                thm = re.match(r"\s+that\s+", rest)
                if not thm and cue.startswith("threaten"):
                    # "threatening an extra 100% tariff", "threatened sanctions on ...": the object
                    if re.match(r"\s+(?:an?\s+|the\s+|new\s+|more\s+|further\s+)?[\w$]", rest):
                        self._emit_item(
                            "Threat",
                            holder,
                            b,
                            c1,
                            sent,
                            self.target_after(b, c1, holder) or self.other_side(holder),
                            sentence_fallback=True,
                        )
                    continue
                if thm:
                    inner = self.actor_at(b + thm.end(), sent.end)
                    h, aimed, start = holder, None, b + thm.end()
                    if inner is not None and self.idx.actors[inner.key].type in (
                        "State",
                        "Organization",
                    ):
                        # "Trump warned that the US would …": his side acts; "… that China would
                        # pay a price": the other side is the one warned, what it faces the item
                        if self._opposed(holder, inner.key):
                            aimed, start = inner.key, inner.end
                        else:
                            h = inner.key
                    # "warned that he could impose tariffs …": what is threatened starts after the
                    # pronoun subject and its modal, not with them (a clause, no thing)
                    sm = _SUBJECT_MODAL.match(t, start, sent.end)
                    start = sm.end() if sm is not None and sm.end() < sent.end else start
                    self._emit_item(
                        "Threat",
                        h,
                        start,
                        sent.end,
                        sent,
                        aimed or self.other_side(h),
                        sentence_fallback=True,
                    )

    def revert_threats(self) -> None:
        """'X warned that tariffs could be reimposed if ...', 'X said tariffs would snap back
        unless ...': a punitive step coming back on a condition is the speaker's threat."""
        t = self.t
        for sent, m in self._unquoted_hits(self.revert_pat):
            a, b = m.start(), m.end()
            c0, _c1 = self.clause(sent, a, b)
            if not re.search(r"\b(?:if|unless|should)\b", t[b : sent.end]):
                continue
            # the subject of the cue: after the speech verb (and "that") of the clause
            s0 = c0
            if self.speech_pat is not None:
                for sp in self.speech_pat.finditer(t, c0, a):
                    s0 = sp.end()
                tm = re.match(r"\s+that\b", t[s0:a])
                if tm:
                    s0 += tm.end()
            if not self.issues_in(s0, a):
                continue  # "talks would return if ...": only a known punitive step
            holder = self.holder_before(sent, s0) if s0 > c0 else self.holder_before(sent, a)
            if holder is None or self.idx.actors[holder].side not in ("US", "China"):
                continue  # an analyst explaining a snap-back clause threatens no one
            end = sent.end
            self._emit_item(
                "Threat", holder, s0, end, sent, self.target_after(b, end, holder) or self.other_side(holder)
            )

    # -- statements -------------------------------------------------------------------------
    def _speaker_of(self, q: tuple[int, int]) -> str | None:
        return self.speakers.get(q)

    def statements(self) -> None:
        t = self.t
        quotes = self.a.quotes
        for q in quotes:
            key = None if _NAME_IN_QUOTES.fullmatch(t, q[0] + 1, q[1] - 1) else self._attribute(q)
            if key is not None and self._asked_before(key, q):
                key = None  # '… urged Washington to "stop unilateralism"': the one asked does not say it
            if (
                key is not None
                and len(t[q[0] + 1 : q[1] - 1].split()) <= 2
                and self.idx.actors[key].type == "State"
                and not self._commits(key, q)
            ):
                key = None  # a state rarely says a catchword: Beijing welcomed the move as a “positive sign”
            self.speakers[q] = key
        # continuation quotes in the same paragraph take the neighbouring quote's speaker
        for i, q in enumerate(quotes):
            if self.speakers[q] is not None or self._anonymous(q):
                continue
            # '"…," he said.' with no person named before: the speaker of the quotes before goes on
            if self.speech_pat is not None and embed(r"\s*[,.!?]?\s*(?:he|she)\s+(?:{P})", self.speech_pat).match(
                t, q[1]
            ):
                earlier = [self.speakers[p] for p in quotes[max(0, i - 3) : i] if self.speakers.get(p)]
                if earlier:
                    self.speakers[q] = earlier[-1]
                    continue
            para_a = t.rfind("\n", 0, q[0]) + 1
            para_b = t.find("\n", q[1])
            para_b = len(t) if para_b < 0 else para_b
            prev = [p for p in quotes[:i] if p[0] >= para_a and self.speakers.get(p)]
            nxt = [p for p in quotes[i + 1 :] if p[1] <= para_b and self.speakers.get(p)]
            inner = t[q[0] + 1 : q[1] - 1]
            # 'X said Y had "…" and was using it "…"': a later quote of the same sentence
            # with no attribution of its own belongs to the same speaker
            same = [p for p in quotes[:i] if self.speakers.get(p)]
            if same and self.sent_index(same[-1][0] + 1) == self.sent_index(q[0] + 1):
                between = t[same[-1][1] : q[0]]
                resumed = len(between) < 60 and between.rstrip().endswith(",")  # '"A," said X, "B"'
                if (
                    resumed
                    or not (self.speech_pat and self.speech_pat.search(between))
                    or re.search(r"\b(?:and|but)\s+(?:also\s+)?(?:[a-z]+\s+){0,2}$", between)
                ):
                    self.speakers[q] = self.speakers[same[-1]]
                    continue
            if len(inner.split()) < 4:
                continue  # scare quotes
            if q[1] > len(t) or t[q[1] - 1] == "\n":
                # an open paragraph quote: the speaker is named where the quotation goes on
                later = quotes[i + 1] if i + 1 < len(quotes) else None
                if later is not None and self.speakers.get(later) and not t[q[1] : later[0]].strip():
                    self.speakers[q] = self.speakers[later]
                    continue
            # a paragraph that is only a quotation goes on with the speaker of the quotation that
            # ends the paragraph before (news quotes a statement over several paragraphs)
            if not prev and para_a == q[0] and i > 0 and self.speakers.get(quotes[i - 1]):
                before = t[quotes[i - 1][1] : q[0]]
                if before.count("\n") >= 1 and not before.strip(" \n.,\u201d\""):
                    self.speakers[q] = self.speakers[quotes[i - 1]]
                    continue
            if not prev and self._quote_starts_sentence(q):
                # 'X said … . "…"': a quotation opening the sentence after one with a speech verb
                # goes on with that verb's speaker ("he added" stands for the quotes' speaker before)
                who = self._speaker_of_sentence_before(q, [self.speakers[p] for p in quotes[max(0, i - 3) : i]])
                if who is not None:
                    self.speakers[q] = who
                    continue
            if prev and self._quote_starts_sentence(q):
                self.speakers[q] = self.speakers[prev[-1]]
            elif nxt and self._quote_starts_sentence(q) and para_a == q[0]:
                self.speakers[q] = self.speakers[nxt[0]]
            elif i > 0 and self.speakers.get(quotes[i - 1]) and self._goes_on(quotes[i - 1], q):
                self.speakers[q] = self.speakers[quotes[i - 1]]
        for q in quotes:
            key = self.speakers[q]
            if key is None:
                continue
            si = self.sent_index(q[0] + 1)
            if si < 0:
                continue
            sent = self.sents[si]
            quote = " ".join(self.doc_text[q[0] + 1 : q[1] - 1].split()).strip()
            quote = quote.rstrip(",")
            if not quote:
                continue
            found = self.issues_in(q[0], q[1])
            self.emit("Statement", key, quote, sent, None, found[0][2] if found else None, quote=quote)

    def quoted_demands(self) -> None:
        """'"Taiwan should pay us for defense," he told Bloomberg': inside a quotation, an actor and a
        modal of obligation (should, must, needs to) before a verb -- the speaker wants it of that
        actor, one demand per verb phrase (en-quote-demand-modal)."""
        if self.quote_modal is None:
            return
        t = self.t
        for q, key in sorted(self.speakers.items()):
            if key is None or not self._speaks_for_a_state(key):
                continue  # an analyst's "should" is advice (as in _demand)
            si = self.sent_index(q[0] + 1)
            if si < 0:
                continue
            for r in self.idx.in_range(q[0], q[1]):
                if r.key == key or not self.doc_text[r.start : r.start + 1].isupper():
                    continue  # actors named, not pronouns ("it must be China red") nor "the administration"
                if re.search(r"\b(?:if|when|unless|once)\b[^.!?]*$", t[q[0] : r.start]):
                    continue  # "If Canada wants …, it should": a condition, the one asked is not named
                m = self.quote_modal.match(t, r.end, q[1])
                if m is None or (self.retaliation_pat is not None and self.retaliation_pat.match(t, m.end())):
                    continue  # ("China must counter-attack": the one named's own retaliation, asked by no one)
                end = q[1] - 1
                stop = re.search(r"[.;:!?,]", t[m.end() : end])
                end = m.end() + stop.start() if stop is not None else end
                for va, vb in self.split_vps(m.end(), end):
                    self._emit_item("Demand", key, va, vb, self.sents[si], r.key)

    def _speaks_for_a_state(self, key: str) -> bool:
        """An actor of the US or Chinese side, a state, or a person holding an office of a state."""
        m = self.idx.actors[key]
        return m.side in ("US", "China") or m.type == "State" or any(
            r.of is not None and r.of in self.idx.actors and self.idx.actors[r.of].type == "State" for r in m.roles
        )

    def _colon_speaker(self, start: int, qa: int) -> str | None:
        """'Lin Jian: "…"', 'Foreign ministry spokesman Lin Jian: "…"': a person or body opening
        the sentence and followed only by a colon before the quotation speaks it (headlines,
        transcripts, interview copy). Not 'the dispute between Doe and Roe: "…"': at most a few
        title words stand before the name, none of them a function word."""
        t = self.t
        base = max(0, qa - 120)
        label = re.search(r"[\[(][^\[\]()\n]{0,30}:\s*([^\[\]()\n:]{2,80})[\])]\s*$", t[base:qa])
        if label is not None:
            # '[Sound bite: U.S. President Donald Trump]"…"': a transcript's label names the speaker
            inner = self.idx.in_range(base + label.start(1), base + label.end(1))
            people = [x for x in inner if self.idx.actors[x.key].type in ("Person", "Organization")]
            if people:
                return people[-1].key
        if not re.search(r":\s*$", t[max(start, qa - 4) : qa]):
            return None
        sp = self.idx.last_before(qa, ("Person", "Organization"))
        if sp is None or sp.start < start or t[sp.end : qa].strip(" :\u00a0"):
            return None
        lead = self.doc_text[start : sp.start].split()
        if len(lead) > 4 or any(w in _NOT_IN_TITLE for w in lead):
            return None
        if lead and lead[-1].lower() in ("told", "tells", "telling", "to"):
            return None  # 'She told CNBC: "…"': the one told, not the speaker
        return sp.key

    def _commits(self, key: str, q: tuple[int, int]) -> bool:
        """A state's own commitment in two quoted words, its subject named before them in the
        sentence: 'China vowed "necessary measures"', 'Beijing said it would “firmly oppose” …'."""
        si = self.sent_index(q[0] + 1)
        if si < 0:
            return False
        sent = self.sents[si]
        lead = _COMMITMENT_BEFORE.search(self.t, max(0, q[0] - 24), q[0]) is not None
        if not lead and self._naming is not None:
            # 'Beijing called the closure a "political provocation"': a verb of naming gives the
            # quoted words as the state's own
            nm = self._naming.search(self.t, max(sent.start, q[0] - 120), q[0])
            lead = nm is not None and not re.search(r"[\"\u201c\u201d;]", self.t[nm.end() : q[0]])
        return lead and any(r.key == key for r in self.refs(sent.start, q[0]))

    def _speaker_of_sentence_before(self, q: tuple[int, int], earlier: list[str | None]) -> str | None:
        """The speaker of the sentence before quote ``q``: the actor named right before or right
        after its last speech verb (Doe said, said Doe); he or she before it stands
        for the last speaker of the quotes before. None when that sentence has no speech verb or
        names no one speaking."""
        si = self.sent_index(q[0] + 1)
        if si <= 0 or self.speech_pat is None:
            return None
        prev = self.sents[si - 1]
        verbs = list(self.speech_pat.finditer(self.t, prev.start, prev.end))
        if not verbs or self.quote_of(verbs[-1].start()) is not None:
            return None
        v = verbs[-1]
        # 'Li Wei, a spokesman for the embassy, said:': the name before its apposition, not the body
        appositive = self._appositive_person(prev.start, v.start())
        if appositive is not None:
            return appositive
        before = self.idx.in_range(max(prev.start, v.start() - 40), v.start())
        if before and not self.t[before[-1].end : v.start()].strip(" ,"):
            return before[-1].key
        after = next(iter(self.idx.in_range(v.end(), min(prev.end, v.end() + 40))), None)
        if after is not None and not self.t[v.end() : after.start].strip():
            return after.key
        if re.search(r"\b(?:he|she)\s+$", self.t[max(prev.start, v.start() - 5) : v.start()]):
            named = [k for k in earlier if k is not None]
            return named[-1] if named else None
        return None

    def _appositive_person(self, lo: int, verb: int) -> str | None:
        """'Li Wei, a spokesman for the embassy, said': the person named right before the
        apposition that ends at the verb of speech at ``verb`` (not the body it names)."""
        ap = _APPOSITION_BEFORE.search(self.t, max(lo, verb - 160), verb)
        named = self.idx.in_range(max(lo, ap.start() - 60), ap.start()) if ap else []
        if ap and named and named[-1].end == ap.start() and self.idx.actors[named[-1].key].type == "Person":
            return named[-1].key
        return None

    def _anonymous(self, q: tuple[int, int]) -> bool:
        """'"…," said one diplomat' / '"…," an official told reporters' / '"…," the company said'
        with no company named: the quote has its own speaker, unnamed or not found, so it must not
        inherit a neighbour's (anonymous stays unattributed)."""
        sp = self.speech_pat
        if sp is None:
            return False
        after = self.t[q[1] : q[1] + 80]
        return bool(
            embed(r"\s*[,.!?]?\s*(?:{P})\s+(?:one|an?|the|two|several|some|other)\s", sp).match(after)
            or embed(
                r"\s*[,.!?]?\s*(?:one|an?|the|two|several|some|other)\s+(?:[\w-]+\s+){0,3}(?:{P})\b", sp
            ).match(after)
        )

    def _goes_on(self, p: tuple[int, int], q: tuple[int, int]) -> bool:
        """Whether quote ``q`` goes on with the words of quote ``p`` in the sentence before: its
        own sentence has no verb of speech and names no actor before it ('Doe stated that the
        US “firmly opposes” the measures. These “target one company …”')."""
        si = self.sent_index(q[0] + 1)
        if si <= 0 or self.sent_index(p[0] + 1) != si - 1:
            return False
        sent = self.sents[si]
        return not (
            (self.speech_pat is not None and self.speech_pat.search(self.t, sent.start, sent.end))
            or self.refs(sent.start, q[0])
        )

    def _quote_starts_sentence(self, q: tuple[int, int]) -> bool:
        before = self.t[max(0, q[0] - 3) : q[0]]
        return not before.strip() or before.rstrip()[-1:] in '.!?"\u201d:'

    def _attribute(self, q: tuple[int, int]) -> str | None:
        t = self.t
        sp = self.speech_pat
        if sp is None:
            return None
        # 'the administration's "targeted" approach': a quoted modifier, not a statement
        inner = t[q[0] + 1 : q[1] - 1]
        if (
            len(inner.split()) <= 2
            and re.search(
                r"(?:'s|s'|\b(?:the|a|an|its|their|his|her|this|that))\s+$",  # the States' “One China” policy
                t[max(0, q[0] - 12) : q[0]],
            )
            and re.match(r"\s+[a-z]", t[q[1] : q[1] + 3])
            and not _AFTER_NOUN_PHRASE.match(t, q[1])
        ):
            return None
        si = self.sent_index(q[0] + 1)
        if si < 0:
            return None
        sent = self.sents[si]
        named = self._colon_speaker(sent.start, q[0])
        if named is not None:
            return named
        # a quotation of several sentences: its attribution follows where it closes
        sj = self.sent_index(q[1] - 1)
        close = self.sents[sj] if sj > si else sent
        end = close.end
        nq = bisect.bisect_left(self._q_starts, q[1])
        if nq < len(self._q_starts) and self._q_starts[nq] > q[1]:
            end = min(end, self._q_starts[nq])
        after = t[q[1] : max(end, q[1])]
        gap_next = t[q[1] : self.sents[si + 1].start] if si + 1 < len(self.sents) else "\n"
        if not after.strip() and not gap_next.strip() and "\n" not in gap_next and not t[sent.start : q[0]].strip():
            # '"… get it done!" Doe wrote.': a quotation ending in its own stop mark leaves its
            # attribution as a short sentence of its own
            ns = self.sents[si + 1]
            vm = sp.search(t, ns.start, ns.end)
            short = vm is not None and len(t[ns.start : vm.start()].split()) <= 4
            if vm is not None and short and len(t[vm.end() : ns.end].split()) <= 10:
                end = ns.end
                after = t[q[1] : end]
        # '"…." So says X.' / 'Says X, …': the next sentence names the speaker
        if si + 1 < len(self.sents) and not t[q[1] : self.sents[si + 1].start].strip(' .!?"\u201d'):
            ns = self.sents[si + 1]
            sm = re.match(
                r"\s*(?:So|Thus|That is what|That's what)\s+(?:says|said|argues|writes|wrote)\s+", t[ns.start : ns.end]
            )
            if sm:
                r = self._speaker_at(ns.start + sm.end(), ns.end)
                if r is not None:
                    return r
        # "…," said X / "…," X said / "…" says X, a ...
        m = embed(r"\s*[,.!?]?\s*(?:{P})\s+", sp).match(after)
        if m:
            r = self._speaker_at(q[1] + m.end(), end)
            if r is not None:
                return r
        # '"…," Mara Quill, a tech investor …': the outlet dropped the verb; the name follows the comma
        if inner.rstrip().endswith(",") or t[q[1] : q[1] + 1] == ",":
            nm = re.match(r"[,\s]*", after)
            r0 = self.actor_at(q[1] + (nm.end() if nm else 0), end)
            if (
                r0 is not None
                and r0.start - q[1] <= 3
                and self.idx.actors[r0.key].type == "Person"
                and re.match(r"\s*(?:,|$)", t[r0.end : r0.end + 2])
            ):
                return r0.key
        vm = sp.search(after)
        if vm and _CLAUSE_AFTER_QUOTE.search(after, 0, vm.start()):
            vm = None  # '… vowed to "fight to the end" if Washington insisted': another clause's verb
        if vm and len(after[: vm.start()].split()) <= 8:
            vpos = q[1] + vm.start()
            if re.fullmatch(r"\s*they\s+", t[q[1] : vpos], re.IGNORECASE):
                return self._people_before(q[1])  # '"…," they said': the people named together before
            # '"…," the company's chief executive, Mara Quill, told Reuters': the name before the verb
            named = self.idx.last_before(vpos)
            if (
                named is not None
                and named.start > q[1]
                and re.fullmatch(r",\s*", t[named.end : vpos])
                and self.idx.actors[named.key].type == "Person"
            ):
                return named.key
            if re.search(r",\s*$", t[q[1] : vpos]):
                # '"…" from being acquired by China, said Commerce Department official Ann Poe': the
                # speaker follows the verb
                inverted = self._speaker_at(q[1] + vm.end(), end)
                if inverted is not None:
                    return inverted
            # '"…," the US Secretary of State said': a description by title names the last person
            # before holding it; the state inside it ("US") is no speaker
            dd = _TITLE_DESCRIPTION.fullmatch(t, q[1], vpos)
            if dd is not None and dd.group("head").lower() in self.a.cues.title_heads:
                # '"…," the foreign ministry spokesman said': the body the description names speaks
                body = [r for r in self.idx.in_range(q[1], vpos) if self.idx.actors[r.key].type == "Organization"]
                if body:
                    return body[-1].key
                got = self._definite(dd.group("head"), q[0])
                if got is not None:
                    return got
            refs = [
                r
                for r in self.refs(q[1], vpos)
                if (not prep_before(t, r.start) or _ISSUED_BY.search(t, max(0, r.start - 40), r.start))
                and self.quote_of(r.start) is None
            ]
            if refs:
                return refs[-1].key
            dm = re.search(r"\bthe\s+([a-z]+)\s+$", t[q[1] : vpos])
            if dm:
                got = self._definite(dm.group(1), vpos)
                if got is not None:
                    return got
        # '… "very hard to stop the flow" of fentanyl, …, Doe said.': the sentence's closing attribution
        tail = embed(
            r",\s+(?:{P})\s+(?P<x>[^,]{2,60}?)[.!?\s]*$|,\s+(?P<y>[^,\"\u201c\u201d]{2,90}?)\s+(?:{P})"
            # 'X announced on Monday', 'X said in a statement': a closing adjunct of time or means
            r"(?:\s+(?:on|in|at|last|this|late|early|earlier|later)\s+[^,\"\u201c\u201d]{1,40}?)?[.!?\s]*$",
            sp,
        )
        tm = tail.search(t, q[1], close.end)
        if tm and not [x for x in self.a.quotes if q[1] <= x[0] < tm.start()]:
            r = self._speaker_at(tm.start("x") if tm.group("x") else tm.start("y"), close.end)
            if r is not None:
                return r
        # 'The Xinhua report quoted Le as calling …', 'it cited X as saying': the one quoted speaks
        qm = re.search(r"\b(?:quoted|quoting|cited|citing)\s+", t[sent.start : q[0]])
        if qm:
            r = self.actor_at(sent.start + qm.end(), q[0])
            # '… quoted Hu Xijin, a commentator for the paper, as saying': an apposition may stand between
            if r is not None and _QUOTED_AS.match(t, r.end, q[0]):
                return r.key
        # X said: "…" / X told reporters "…" / X wrote on Twitter that … "…"
        # "according to X, ... 'candid'": the source named after "according to"
        am = re.search(r"\b[Aa]ccording to\s+", t[sent.start : sent.end])
        if am and self.quote_of(sent.start + am.start()) is None:
            r = self.actor_at(sent.start + am.end(), sent.end)
            # 'According to Reuters, Tai said: "…"': a speech verb of its own after the source
            # between it and the quotation makes the source only the source
            own = r is not None and r.end < q[0] and any(
                not v.group().lower().startswith("according") for v in sp.finditer(t, r.end, q[0])
            )
            if r is not None and not own:
                return r.key
        before = t[sent.start : q[0]]
        verbs = list(sp.finditer(before))
        last = verbs[-1] if verbs else None
        if len(verbs) > 1 and re.fullmatch(
            r"\s+(?:that\s[^,;\"\u201c\u201d]*|(?:[\w.'’-]+\s+){1,5})", before[verbs[-2].end() : verbs[-1].start()]
        ):
            # 'Mao acknowledged that Beijing had observed "…"': the verb of the reported clause is
            # reported too; the one reporting it speaks
            last = verbs[-2]
        if last is not None:
            vpos = sent.start + last.start()
            # the speech verb must not belong to an earlier quotation's attribution ('X said
            # the law was a “betrayal” and “unacceptable …”': both quotes are the verb's objects)
            between = [x for x in self.a.quotes if vpos < x[0] < q[0] and self.speakers.get(x) is not None]
            um = _UNNAMED_SPEAKER.match(t, sent.start, vpos)
            if not between and um is not None:
                # 'A ministry spokesperson criticised the move, calling it "…"': the body it speaks for
                return self._definite(um.group(1).lower(), vpos)
            if not between:
                # ', insisting …' / ', while insisting …': a participle clause goes on with the main subject
                if (_PARTICIPLE_LEAD.search(t[sent.start : vpos]) and last.group().endswith("ing")) or re.search(
                    r"\b(?:and|but)\s+(?:also\s+)?$", t[sent.start : vpos]
                ):
                    # "He urged Beijing to pull back and said …": the clause's subject speaks;
                    # '…, said the company, adding that “…”': the speaker of the verb it goes on from
                    h = self._inverted_before(sent, vpos)
                    if h is None and last.group().endswith("ing") and len(verbs) > 1:
                        # '…, the ministry said in a statement, adding that the trip “…”': the one
                        # who said it goes on speaking, not the subject of the words it reported
                        prev = sent.start + verbs[-2].start()
                        if (
                            re.search(r",\s*$", t[sent.start : prev])
                            or re.search(r"[\"\u201d],?\s+(?:[\w.'’-]+\s+){1,4}$", t[sent.start : prev])
                            # '…, foreign ministry spokesman Jane Doe told a briefing, adding that …'
                            or re.search(r",\s+(?!(?:which|who|that)\b)(?:[\w.'’-]+\s+){1,6}$", t[sent.start : prev])
                        ):
                            h = self.holder_before(sent, prev)
                    h = h or self.main_subject(sent, vpos)
                else:
                    # '…, the spokesperson said, China would … "fight to the end"': a definite noun right
                    # before the verb, set off by a comma, is who speaks (not the last actor named)
                    dn = re.search(r"(?:^|,)\s*the\s+(?:[a-z]+\s+)?([a-z]+)\s+$", t[sent.start : vpos])
                    h = self._definite(dn.group(1).lower(), vpos) if dn is not None else None
                    h = h or self._appositive_person(sent.start, vpos) or self.holder_before(sent, vpos)
                if h is not None:
                    return h
                dm = _DEFINITE_ORG.search(self.t[sent.start : vpos])
                if dm:
                    return self._definite(dm.group(1), vpos)
                # "The president also said, …" / "the spokesperson added": a definite role noun
                head = re.sub(r"(?:\s+(?:also|then|later|again))+\s*$", " ", self.t[sent.start : vpos])
                rm = re.search(r"\bthe\s+(?:[a-z]+\s+)?([a-z]+)\s+$", head, re.I)
                if rm:
                    got = self._definite(rm.group(1).lower(), vpos)
                    if got is not None:
                        return got
        owner = self._claim_owner(sent.start, q[0])
        if owner is not None:
            return owner  # "Donald Trump's claim that … makes its trade war “easy to win”"
        # '… reaffirmed that there is “no place for compromise” on Taiwan': a quotation of three words
        # or more inside a sentence that no verb of speech attributes (none after it either: that
        # attribution names someone we could not resolve) is the words of the main clause's subject;
        # not a quoted name after a determiner (visited the “free trade zone”)
        if (
            t[sent.start : q[0]].strip()
            and len(inner.split()) >= 3
            and not sp.search(t, q[1], sent.end)
            and not _ACCORDING_TO.search(t, q[1], sent.end)
            and not _DETERMINER_BEFORE.search(t, max(0, q[0] - 8), q[0])
            and not t[sent.start : q[0]].rstrip().endswith(":")  # 'X: "…"' is a label (_colon_speaker)
        ):
            # not the subject of a clause reported by a verb of speech before it, whose own subject
            # was not found ('…, warning the US would “pay the price”': not the US)
            main = self.main_subject(sent, q[0])
            verbs = list(sp.finditer(t, sent.start, q[0]))
            if main is not None and verbs and re.fullmatch(
                r"\s*(?:that\s+)?(?:the\s+)?", t[verbs[-1].end() : self._first_ref_of(main, sent.start, q[0])]
            ):
                return None
            return main
        return None

    def _claim_owner(self, a: int, b: int) -> str | None:
        """The possessor of the last noun of something said followed by 'that' (``en-claim-noun``:
        Trump's claim that …) in ``[a, b)``, when no verb of speech comes after it: the words quoted
        in its that-clause are the possessor's."""
        if self.claim_noun_pat is None:
            return None
        found = None
        for m in self.claim_noun_pat.finditer(self.t, a, b):
            if re.match(r"\s+that\b", self.t[m.end() : m.end() + 6]):
                found = m
        if found is None or (self.speech_pat is not None and self.speech_pat.search(self.t, found.end(), b)):
            return None
        r = self.idx.last_before(found.start())
        if r is None or r.start < a or not re.fullmatch(r"['\u2019]s\s+", self.t[r.end : found.start()]):
            return None
        return r.key

    def _asked_before(self, key: str, q: tuple[int, int]) -> bool:
        """Whether ``key`` is the one asked in the quotation's sentence, right before it ('urged
        Washington to "…"', 'called on the US to "…"') or the agent of a noun before it ('moves by the
        United States to "…"'): the words are asked of it or said of it, not said by it."""
        demand = self.cue_pat.get("demand")
        si = self.sent_index(q[0] + 1)
        if demand is None or si < 0:
            return False
        t = self.t
        for r in self.refs(self.sents[si].start, q[0]):
            if r.key != key or not re.fullmatch(r"\s+to\s+(?:[a-z]+\s+){0,3}", t[r.end : q[0]]):
                continue
            lead = re.search(r"(\S+(?:\s+on)?)\s+(?:the\s+)?$", t[max(0, r.start - 30) : r.start])
            if lead is not None and (demand.fullmatch(lead.group(1)) or lead.group(1).lower() == "by"):
                return True  # (or the agent of a noun: 'moves by the United States to "abuse …"')
        return False

    def _first_ref_of(self, key: str, a: int, b: int) -> int:
        """Where actor ``key`` is first mentioned in ``[a, b)`` (``b`` when it is not)."""
        return next((r.start for r in self.refs(a, b) if r.key == key), b)

    def _inverted_before(self, sent: Sentence, vpos: int) -> str | None:
        """The speaker named after an inverted verb of speech that the words before ``vpos`` end
        with ('…, said the company, adding': the company), None when they end otherwise."""
        if self.speech_pat is None:
            return None
        last = None
        for m in self.speech_pat.finditer(self.t, sent.start, vpos):
            last = m
        if last is None or not re.search(r",\s*$", self.t[sent.start : last.start()]):
            return None
        tail = self.t[last.end() : vpos]
        if not re.fullmatch(r"\s+[^,;:\"\u201c\u201d]{2,60},\s*(?:while\s+|as\s+)?(?:and\s+)?", tail):
            return None
        return self._speaker_at(last.end(), vpos)

    def _speaker_at(self, p: int, end: int) -> str | None:
        t = self.t
        doc = _DOCUMENT_OF.match(t, p, end)
        if doc is not None:
            p = doc.end()  # 'according to a statement from the Foreign Ministry': whose statement
        mm = re.match(r"\s*(he|she|they)\b", t[p:end], re.IGNORECASE)
        if mm:
            if mm.group(1).lower() == "they":
                return self._people_before(p)
            return self.resolve_pronoun(mm.group(1).lower(), p)
        dm = re.match(r"\s*the\s+(?:[a-z]+\s+)?([a-z]+)\b", t[p:end])  # the (ministry) spokesperson
        if dm:
            r = self.actor_at(p, end)
            if r is not None:
                return r.key
            # "said the institute's Asia director, Mara Quill": the person the title names
            om = _OWNED_TITLE.match(t, p, end)
            r = self.actor_at(om.end(), end) if om else None
            if r is not None and self.idx.actors[r.key].type == "Person":
                return r.key
            # 'said the groups, the China Council for …': an apposition names them
            am = re.match(r",\s+", t[p + dm.end() : end])
            r = self.actor_at(p + dm.end() + am.end(), end) if am else None
            if r is not None and not self._possessive(r):
                return self.titled_person(r).key
            word = dm.group(1)
            if word in _PREPOSITIONS:  # 'the importance of dialogue': the noun before the preposition
                word = re.match(r"\s*the\s+([a-z]+)", t[p:end]).group(1)  # type: ignore[union-attr]
            return self._definite(word, p)
        r = self.actor_at(p, end)
        if r is None:
            # 'said foreign ministry spokesman Wu Lan': the name after its title
            first = next(iter(self.idx.in_range(p, min(end, p + 60))), None)
            if first is None or self.idx.actors[first.key].type != "Person" or not self.title_run(p, first.start):
                return None
            r = _Ref(first.start, first.end, first.key)
        owned = next(iter(self.idx.in_range(r.end, min(end, r.end + 100))), None)
        if owned is not None and self.t[r.end : owned.start] == "'s ":
            return self.titled_person(_Ref(owned.start, owned.end, owned.key)).key  # China's Ministry of Commerce
        head = self._possessed_title(r.end, end)
        if head is not None:
            # "Donald Trump's top trade negotiator said": who holds the title, not its owner
            nxt = next(iter(self.idx.in_range(head[1], min(end, head[1] + 40))), None)
            if nxt is not None and self.idx.actors[nxt.key].type == "Person" and self.title_run(head[1], nxt.start):
                return nxt.key
            return self._definite(head[0], p)
        return self.titled_person(r).key

    def _people_before(self, pos: int) -> str | None:
        """Who '"…," they said' stands for: the first of the people named together ('Senators Jane
        Doe and Tom Roe', 'A, B and C') in the sentence of ``pos`` or the one before, outside
        quotes; None when no people were named together (they may be anyone)."""
        i = self.sent_index(pos)
        if i < 0:
            return None
        for k in (i, i - 1):
            if k < 0:
                continue
            sent = self.sents[k]
            people = [
                s
                for s in self.idx.in_range(sent.start, min(sent.end, pos))
                if self.idx.actors[s.key].type == "Person" and self.quote_of(s.start) is None
            ]
            for x, y in itertools.pairwise(people):
                if re.fullmatch(r"(?:,\s+(?:and\s+)?|\s+and\s+)", self.t[x.end : y.start]):
                    return x.key
        return None

    def _possessed_title(self, a: int, end: int) -> tuple[str, int] | None:
        """The head of a title owned by the actor ending at ``a`` ("'s top trade negotiator") and
        where the title ends; None when no possessive title follows."""
        m = _POSSESSED_TITLE.match(self.t, a, end)
        if m is None:
            return None
        head = None
        for w in re.finditer(r"[a-z-]+", m.group(1)):
            word = w.group()
            if word in self.a.cues.title_heads:
                head = (word, m.start(1) + w.end())
            elif word not in self._title_words:
                break
        return head

    def _outlet(self, key: str) -> bool:
        """A news outlet or agency: it reports words, it does not issue them."""
        return names_outlet(self.idx.actors[key].names, self._outlets, self._outlet_tails)

    def _definite(self, word: str, pos: int) -> str | None:
        """'the ministry' -> the last organisation named before with that word in its name;
        'the spokesperson', 'the statement' -> who was named where it was introduced (a ministry
        spokesperson, spokesperson Lin Jian), else the last organisation or state named before (its
        issuer); 'the official' -> only who was named where the official was introduced; 'the
        president' -> the last person named before who holds that title; 'the company' -> the
        last organisation named before that is no public body."""
        word = word.lower()
        if word in self._issuer_nouns or word in self._member_nouns:
            got = self._introduced(word, pos, loose=word in self._issuer_nouns)
            if got is not None or word in self._issuer_nouns:
                return got if got is not None else self._last_body(pos)
        if word in self.a.cues.title_heads:
            for s in reversed(self.idx.spans):
                m = self.idx.actors[s.key]
                if s.end <= pos and m.type == "Person" and any(word in r.title.lower() for r in m.roles):
                    return s.key
            return None
        stem = word[:-1] if word.endswith("s") and word[:-1] in self._company_nouns else word
        company = None
        for s in reversed(self.idx.spans):
            if s.end > pos:
                continue
            m = self.idx.actors[s.key]
            if m.type != "Organization" or self.quote_of(s.start) is not None:
                continue
            names = [n.lower() for n in m.names]
            if m.lexicon_id:
                names += [x.key for x in self.lex.actors[m.lexicon_id].terms if x.lang == "en"]
            if any(stem in n for n in names):
                return s.key
            if (
                company is None
                and stem in self._company_nouns
                and not self._outlet(s.key)
                and not any(w in self._public_heads for n in m.names for w in n.lower().split())
            ):
                company = s.key
        return company

    def _last_body(self, pos: int) -> str | None:
        """The last organisation or state named before ``pos`` outside quotes that is no news
        outlet (outlets report words, they do not issue them)."""
        for s in reversed(self.idx.spans):
            m = self.idx.actors[s.key]
            if (
                s.end <= pos
                and m.type in ("Organization", "State")
                and self.quote_of(s.start) is None
                and not self._outlet(s.key)
            ):
                return s.key
        return None

    def _introduced(self, word: str, pos: int, *, loose: bool) -> str | None:
        """Who a definite 'the spokesperson' / 'the official' stands for: the person or body named
        with the noun where it was introduced before ``pos`` ('Lin Jian, a ministry spokesperson',
        'spokesperson Lin Jian', 'a USTR official', 'a spokesperson for the ministry'). Mentions
        that are themselves definite refer further back and are skipped; ``loose`` (issuers) also
        takes the first body of the sentence that introduced an unnamed one."""
        t = self.t
        said = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", t[:pos], re.IGNORECASE)]
        for at in reversed(said):
            si = self.sent_index(at)
            if si < 0 or self.quote_of(at) is not None:
                continue
            end = at + len(word)
            sent = self.sents[si]
            spans = [s for s in self.idx.in_range(sent.start, sent.end) if self.quote_of(s.start) is None]
            # 'Lin Jian, a ministry spokesperson' / 'spokesperson Lin Jian': the person
            for s in spans:
                if self.idx.actors[s.key].type != "Person" or s in self.a.generic:
                    continue
                if 0 <= s.start - end <= 2 or (
                    0 <= at - s.end <= 60 and re.fullmatch(r",\s+(?:an?|the)\s+[^,;:\"\u201c\u201d]*", t[s.end : at])
                ):
                    return s.key
            # 'a ministry spokesperson': the body is the last one named with that word
            om = _BODY_WORD_BEFORE.search(t, max(0, at - 16), at)
            body = self._definite(om.group(1), at) if om else None
            if body is not None:
                return body
            bodies = [
                s for s in spans if self.idx.actors[s.key].type in ("Organization", "State") and not self._outlet(s.key)
            ]
            # the body named right at the word (Commerce Ministry (MOFCOM) spokesperson, spokesperson
            # of the ministry)
            near = [
                b
                for b in bodies
                if 0 <= at - b.end <= 3
                or (0 <= b.start - end <= 12 and re.fullmatch(r"\s+(?:of|for|at|from)\s+(?:the\s+)?", t[end : b.start]))
            ]
            if near:
                return near[0].key
            # 'a spokesperson for the ministry': the body a definite noun after it stands for
            fm = re.match(r"\s+(?:of|for|at|from)\s+the\s+([a-z]+)\b", t[end : end + 30])
            if fm is not None and fm.group(1) != word.lower():
                body = self._definite(fm.group(1), at)
                if body is not None:
                    return body
            if re.search(r"\bthe\s+(?:[a-z-]+\s+){0,2}$", t[max(sent.start, at - 30) : at], re.IGNORECASE):
                continue  # 'the spokesperson' refers further back
            if not loose:
                return None
            # 'In a statement …, a ministry spokesperson said …': the body its spokesperson speaks for
            sm = _SPOKESPERSON_OF.search(t, sent.start, sent.end)
            if sm is not None and sm.group(1) != word.lower():
                body = self._definite(sm.group(1), sm.start(1))
                if body is not None:
                    return body
            # the sentence's first organisation, else its first body
            orgs = [b for b in bodies if self.idx.actors[b.key].type == "Organization"]
            pick = orgs or bodies
            if pick:
                return pick[0].key
        return None


def _empty_verbs(lex: Lexicon) -> re.Pattern[str] | None:
    return _alt(tuple(lex.cue_keys("en-demand-empty-verb", "en")), re.IGNORECASE)


_WANT_LEAD = re.compile(r"(?:to\s+)?(?:[a-z]+ly\s+)?", re.IGNORECASE)  # "to clearly …": no part of the verb


def without_empty_wants(claims: list[ClaimMention], lex: Lexicon) -> list[ClaimMention]:
    """Demands with no issue whose wanted action is a state of mind (see this clearly, understand
    the situation, grasp the reality; ``en-demand-empty-verb``): exhortation, nothing to bargain
    over, so no claim. Any demand that names an issue stays."""
    verbs = per_lexicon(lex, "en-demand-empty-verb", _empty_verbs)
    if verbs is None:
        return claims
    out = []
    for c in claims:
        if c.kind == "Demand" and not c.issue:
            m = _WANT_LEAD.match(c.phrase)
            if verbs.match(c.phrase, m.end() if m else 0):
                continue
        out.append(c)
    return out


# words right before an item that deny it is the card ("the real weapon is not tariffs but …")
_DENIED_ITEM = re.compile(r"\b(?:not|rather than|instead of)\s+(?:the\s+)?$")
# a second one asked after the first one's action ("… and on the United States to drop its charges")
_AND_ON = re.compile(r",?\s+and\s+(?:on|upon)\s+(?:the\s+)?")
# an object pronoun that may stand for the one asked ("called on it to …")
_PRONOUN_OBJ = re.compile(r"it|them|him|her", re.IGNORECASE)
# a negation right before a verb of seeking (does not seek, is not seeking, never sought)
_DENIED_BEFORE = re.compile(r"\b(?:not|never|n't)\s+(?:\w+ly\s+)?$")


def _object_demand(cue: str) -> bool:
    """A demand cue whose object is what is asked: a verb of seeking (``_OBJECT_DEMANDS``) or any cue
    ending in "for" (called for, pressing for, push for …)."""
    return cue in _OBJECT_DEMANDS or cue.endswith(" for")


def _modal_after_actor(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """An obligation right after an actor's name ("side" and an adverb may stand between), then its
    verb: " should immediately stop …", " side must not ..." (the match ends before the verb)."""
    if not words:
        return None
    alt = _longest_first(words)
    return re.compile(rf"\s+(?:side\s+)?(?:{alt})\s+(?:[a-z]+ly\s+)?(?=(?:not\s+)?[a-z])", re.IGNORECASE)


def find_claims(acts: EnActors, lex: Lexicon, original_text: str) -> list[ClaimMention]:
    """Leverage, demands, threats and statements of one English document."""
    c = _Claims(acts, lex)
    c.doc_text = original_text
    c.statements()
    c.quoted_demands()
    c.leverage()
    c.implied_leverage()
    c.demands()
    c.addressee_demands()
    c.demand_lists()
    c.conditional_demands()
    c.called_demands()
    c.called_by_demands()
    c.threats()
    c.revert_threats()
    out = c.out
    out.sort(key=lambda x: (x.sentence.start, x.kind, x.actor, x.phrase, x.issue or "", x.target or ""))
    dedup: list[ClaimMention] = []
    seen = set()
    phrases: dict[tuple[str, str, str | None, int], list[str]] = {}
    for x in out:
        k = (x.kind, x.actor, x.phrase, x.issue, x.target, x.sentence.start)
        if k not in seen:
            seen.add(k)
            dedup.append(x)
            if x.kind != "Statement":
                phrases.setdefault((x.kind, x.actor, x.issue, x.sentence.start), []).append(x.phrase)
    # "warned that it would suspend X" and "would suspend X": one claim, the fuller phrase (not a
    # whole clause with no issue: that names nothing and is dropped later, the part is the claim) —
    # save where the fuller one is as long as a sentence and the part a wanted action (demanded
    # that the firms stop selling arms to Taiwan): the part names it, with the same issue
    def wanted_part(part: str, whole: str) -> bool:
        return is_sentence_phrase(whole) and not is_sentence_phrase(part) and is_wanted_action(part, lex)

    return [
        x
        for x in dedup
        if x.kind == "Statement"
        or not any(
            x.phrase != p
            and (
                (
                    x.phrase in p
                    and not (x.issue is None and is_sentence_phrase(p))
                    and not wanted_part(x.phrase, p)
                )
                or (p in x.phrase and wanted_part(p, x.phrase))
            )
            for p in phrases[(x.kind, x.actor, x.issue, x.sentence.start)]
        )
    ]


__all__ = ["Span", "find_claims", "without_empty_wants"]
