"""Punitive measures and control of supply, in any language: one engine, each language's words as data.

Why this exists: real news rarely calls a bargaining chip a 籌碼 or "leverage".
It reports measures — tariffs raised, export controls imposed, a company put
on the entity list, purchases halted (關稅, 出口管制, 實體清單, 停止採購) — and
control of a supply (China dominates rare-earth processing; 美國對中國稀土的依賴).
The gold reading of such text (shared/gold/README.md) is fixed: a step already
taken is leverage used as pressure, one announced for later or on a condition
is a threat. That is one construction in every language, so it is one engine:

1. candidates: a measure word (``<p>-measure``; weak ones, ``<p>-measure-weak``
   such as "restrictions" or 限制, count only with a bargaining item beside
   them) or a control word (``<p>-control``: holder is the subject;
   ``<p>-dependence``: holder is the actor depended on);
2. mood, read in the clause before the cue: a threat marker (``<p>-measure-threat``:
   threatened to, would, 將, 揚言, 若) makes a threat; an easing word
   (``<p>-measure-relief``: lift, cut, 取消, 暫停) or a negation drops the
   candidate (easing is an offer, not pressure); a demand verb
   (``<p>-measure-demand``: urged … to lift, 要求…取消) leaves it to the demand
   extractors; otherwise the step is taken: leverage;
3. arguments, by clause rules shared by both languages: the holder is an
   agent after the cue (``by X``, ``<p>-measure-agent``), else the last actor
   before the cue that is no object (not right after an ``<p>-oblique`` word);
   the target follows a target word (``on``/``against``/對/向) or is the other side;
   the item is the bargaining issue named beside the cue, else the measure itself.

Only actors who speak for the US or China hold or threaten (the gold's sides);
a third country's tariffs are not US–China bargaining. ``<p>`` is ``en`` or ``zh``:
the cue sets live in ``ontology/cues-en.ttl`` and ``ontology/cues-zh-claims.ttl``.
Claims another extractor already made (same actor and item) are not repeated.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kg.dates import load_calendar, mentions, parse_date
from kg.extract.alternation import compile_literals, compile_words
from kg.extract.mentions import ActorIndex, Span
from kg.lexicon import Lexicon
from kg.model import ClaimMention, Sentence
from kg.textnorm import to_traditional
from kg.things import LIST_COMMA, is_sentence_phrase, is_wanted_action, past_modal, trim_phrase

# English: a comma closes a clause also right before a closing quotation mark (…in any way," she said)
_AND = re.compile(r"\band\b")
_DEAL_GAP = re.compile(r"\s*(?:the\s+)?")  # English: between a deal's words and the side it binds
_DEAL_AUX = re.compile(r"\s*(?:(?:has|have|had)\s+)?")  # English: the bound side (has) agreed to / will …
_CLAUSE_END = {
    # (not the comma of a company's legal form: "Illumina, Inc. to the list")
    "en": r"[;:]|,(?!\s+(?:inc|ltd|corp|llc|plc|co)\b)[\"\u201d\u2019]?\s|\s[—–]\s|\s--\s|\s(?:and|but) that\s",
    # half-width , and : between digits are a number's (2,000億, 12:01), no clause end
    "zh": r"[，；;：。！？!?\u3000]|(?<!\d)[,:]|,(?!\d{3}(?!\d))|:(?!\d)",
}
_EMPTY = re.compile("")
_LIST_JOIN_ZH = re.compile("以及|及|、")
# the kinds of actor a referring subject (``_anaphor``'s groups) may stand for
_REFERENT_TYPES = {"he": ("Person",), "person": ("Person",), "body": ("State", "Organization")}
_PRONOUN_ASKED = re.compile(r"\s+(?:them|him|her)\s+to\s+")  # asked them to …: English only
_REACH = {"en": 140, "zh": 40}  # how far back a subject or a mood word may stand (characters)
_AFTER = {"en": 45, "zh": 10}  # how far after the cue its item (restrictions on gallium, 限制稀土) may stand
_BEFORE = {"en": 40, "zh": 10}  # how far before it its modifiers (rare earth export controls, 稀土出口管制)
# a measure's list longer than this enumerates goods, not bargaining items (one claim for the measure)
_LONG_LIST = 4
# Chinese: a clause opened by a short noun and the copula (期限是…, 目的是…): a statement, no wanted action
_NOUN_IS = re.compile(r"[^，,。；;但也还还只都正就可要不并是]{1,4}是")
# English: a time opening a clause before its subject ("On Wednesday it …", "Last week, they …")
_LEAD_TIME = re.compile(
    r"(?:On|In|Last|Earlier|Later|This|Next|By|Since)\s+(?:(?:the|this|last|that|early|late|mid)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|day|weekend|morning|"
    r"afternoon|evening|night|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?:night|morning|afternoon|evening))?,?\s+",
    re.IGNORECASE,
)
# Chinese: a clause of time or basis (在2020、2021兩年內，/ 以2017年為基準，/ 自明年起，) ending at a comma
_ADVERBIAL_CLAUSE = re.compile(
    r"(?:在|於|于|自|從|从|截至|到|以)[^，,。；;]{0,16}?(?:年|月|日|內|内|前|以前|後|后|起|基準|基准|為準|为准)[，,]"
)
_THING = {"en": 60, "zh": 30}  # a phrase longer than this is a clause, not a thing (the gold's rule)
# between the one asked and "to": a possessive, a title noun or a short adverbial, no clause
# (urged Beijing's leaders to, warned Biden at the summit to, urged the Biden administration to)
_BRIDGE = re.compile(
    r"(?:'s)?\s+(?:(?!(?:that|which|who|and|but|said|says|to|will|would)\b)[\w'-]+\s+){0,6}?"
    r"(?:(?P<not>not\s+)?to|will|would|should|could|can|must)\s+"
)
# a subject's head noun and the preposition before the body it speaks for (a spokesperson
# from the, senior officials at the): lower-case words only, so no verb or name comes between
_SUBJECT_BODY = re.compile(
    r"\s*(?:[A-Z][a-z]*\s+)?(?:[a-z][\w-]*\s+){0,3}(?:from|at|of|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*$"
)
# a preposition opening an adjunct that a too-long wanted action may lose
_ADJUNCT = re.compile(r"\s(?:in|on|at|from|for|with|over|by|into|under|within|during|across|through)\s")
# a relative or participial clause that ends a noun phrase (problems [that hurt …], [based on …])
_RELATIVE = re.compile(r"\s(?:that|which|who|whose|where|based on|including|so as|in order)\s")
# auxiliaries and adverbs between a pronoun subject and its verb (it will also take …)
_AUX = r"(?:(?:also|has|have|had|will|would|could|may|might|shall|further|then)\s+)*"
_SHARED_NEED = re.compile(r"\b(?:agree|agrees|agreed|both|we|us|our)\b")  # English, lower-case copy
# English: a measure's rise or start after its future word ("tariffs would go back up", "will take effect")
_RISES = re.compile(
    r"\s+(?:(?:also|then|soon|quickly|automatically)\s+)?(?:go\s+(?:back\s+)?up|rise|increase|climb|jump|double|triple|escalate|intensify|expand|follow|"
    r"snap\s+back|return|come\s+back|kick\s+in|take\s+effect|apply|start|begin|come\s+into\s+(?:force|effect)|"
    r"go\s+into\s+effect|be\s+(?:raised|increased|imposed|reimposed|restored|applied|levied|collected|reinstated))\b"
)
# Chinese: a deadline opening what must be done (在4月8日前, 於月底之前): the act follows it
_DEADLINE = re.compile(r"(?:在|于|於)[^，,。；;]{1,16}?(?:之前|以前|前)")
# Chinese: how far before the end of its sentence the noun opening a list of points may stand
# (中方三個核心關切必須得到解決。, 美方的要求有三點：)
_POINT_HEAD_TAIL = 14
_POINT_REACH = 8  # Chinese: how many sentences back from a point the one opening its list may stand
_ZH_AMOUNT = re.compile(r"[一二三四五六七八九十两兩几幾數数\d]+\s*(?:到|至|-)?")  # Chinese: an amount opening a phrase
_FRAME_GAP = 14  # Chinese: the most characters between a frame's two words (將於2025年8月1日起生效)
# what may stand between an issue named before an English measure and the measure in one noun
# phrase (rare earth export controls, chip-related new curbs): a few words, no preposition, verb
# form or conjunction (not "tariffs by imposing export controls")
_EN_NP_GAP = re.compile(
    r"[\w'’-]*(?:\s+(?!(?:by|with|to|on|of|against|and|or|for|from|in|as|after|over)\b)[\w'’-]+(?<!ing)){0,3}[\s,’'s-]*"
)
# English: a determiner or possessive and at most two words before a word, which is then a noun
_DETERMINED = re.compile(r"\b(?:its|their|his|her|our|the|a|an)\s+(?:[\w-]+\s+){0,2}$")
# English: what may stand before a clause's verb, after its subject if any ("formally labeled", "has barred",
# "on Friday added")
_VERB_OPENS = re.compile(r"\s*(?:(?:[a-z]+ly|also|has|have|had|then|on\s+\w+day)\s+)*")
# English: what opens an aside between a subject and its verb (the Treasury, led by …, labeled …)
_ASIDE_OPENS = re.compile(
    r"\s*(?:(?:led|headed|chaired|run|backed|owned)\s+by|a|an|the|who|which|whose|itself|now|then|once|under)\b"
)
_TO_THE_END = re.compile(r"\b(?:through\s+)?(?:to|till|until)\s+the\s+(?:very\s+|bitter\s+)?end\b")  # English: a vow
# English: only modals between a subject and the cue, which is then its verb phrase (China would "fight to the end")
_MODAL_ONLY = re.compile(r"\s+(?:(?:would|will|shall|must|could|may|might|also|then|'ll)\s+)+[\"\u201c]?")
# English: an adverbial set off by commas inside a clause (", also for a year, ", ", in a statement, ")
_ADVERBIAL_ASIDE = re.compile(
    r"(?:(?:also|again|only|then)\s+)?(?:(?:for|in|on|at|by|from|until|within|after|during|over)\s+"
    r"(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+|however|meanwhile|too|though|in turn|for now|for its part|in response),\s"
)
# English: an attribution set off after a lead ("In exchange, he said, …", "In return, Doe added, …")
_SAID_ASIDE = re.compile(r"\s*(?:[\w'’.-]+\s+){1,3}?(?:said|says|added|noted|told reporters)\s*,")
_OPENING_MARKS = re.compile(r"[\s\"'\u201c\u2018(]*")  # English: what may stand before a sentence's first word
_AND_THEN = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?")  # English: the join before a coordinated verb
_EN_JOIN = re.compile(r"\b(?:and|or)\b")  # an English list's last thing follows one of these (else: apposition)
# English: words after which a participle is an adjective (purchases of sanctioned oil, the banned app)
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:of|the|a|an|any|buy|buying|bought|on|for|with|from|its|their)\s+$")
# English: the capitalised title words right before a name, 'of'/'for' inside them included
# (Secretary of State Jane Doe, Minister of Commerce Wang: no oblique 'of' before the name)
_TITLE_RUN_END = re.compile(r"(?:\s*\b[A-Z][\w.-]*(?:\s+(?:of|for)(?=\s+[A-Z]))?)+\s*$")
# English: a noun's owner or determiner right before a demand word (Washington's demands, the demands)
_NOUN_BEFORE = re.compile(
    r"(?:'s|\u2019s|\b(?:its|his|her|their|the|these|those|such|new|repeated))\s+(?:[a-z-]+\s+){0,1}$", re.IGNORECASE
)
_ADVERB_GAP = re.compile(r"\s+(?:(?:also|now|still|further|again|repeatedly)\s+)?")
# … and what opens a clause before its subject: the start, a comma, a conjunction, 'that'
_SUBJECT_OPENS = re.compile(
    r"(?:[,;:\u2014(]|\b(?:and|but|that|which|while|as|the|when|after|because))\s*$", re.IGNORECASE
)
# a count of the things listed and their kind after the last (…、釔七種中重稀土, 等25項物品 cut at 等 first)
_ZH_COUNTED_KIND = re.compile("(?<=[^、，,])[0-9一二三四五六七八九十两兩幾几多]+[種种項项類类款]")
_ZH_OWN_FUTURE = re.compile("[并並也還还必亦則则]?[将將]")  # a clause opened by its subject's future (，將採取…)
_QUOTE_OPENING = re.compile(r"\u201c[^\u201d]{2,}\u201d|\"[^\"]{2,}\"")  # an action that opens with a quotation
# English: a wanted action that ends with one short quotation it holds whole (stop "cyber intrusions.")
# a phrase whose quotation marks only close short quoted words (stop "cyber intrusions", against “hyping” it)
_CLOSED_QUOTE = re.compile(r"(?:[^\"\u201c\u201d]|\"[^\"]{2,40}\"|\u201c[^\u201c\u201d]{2,40}\u201d)+")
_MODIFIERS_ONLY = re.compile(r"[\s\w$%.-]{0,30}")  # English: a measure's modifiers (higher, 25%, new)
_QUOTED_BEFORE = re.compile(r"\bquot(?:ed|es|ing)\s+(?:[\w.'-]+\s+){0,4}$")  # quoted (Vice Minister) Le as …
_INTENT_OPENS = re.compile(r"\s+(?:(?:on|last|this|earlier|in)\s+(?:[a-z0-9]+\s+){1,2})?(?:to|of)\s")  # on Monday to
_COMPOUND_NEXT, _COMPOUND_PREV = re.compile(r"-[a-z]"), re.compile(r"[a-z.]-")  # US-China, U.S.-led: compounds
_MODAL_BEFORE = re.compile(r"\b(?:could|would|will|might|may)\s+$")
# English: a verb's cue word right before an auxiliary or copula is a noun, its clause's subject
# English: what ends a measure's phrase before a list introduced after it (not the dot of U.S.)
_INTRO_BREAK = re.compile(r"[;:()]|(?<!\.[a-z])\.(?=\s|$)")
_PARTICIPLE_OPENS = re.compile(r"\s*[a-z]+ing\s")  # English: a clause opened by a participle (…, slapping …)
_COUNTED = re.compile(r"(?<![\w.$])\d[\d,]*\s+$")  # English: a number right before a mention (15 US companies)
# a plural noun after a mention, a modifier or two before it (10 US defence companies)
_PLURAL_NEXT = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\b")
# English: what stands before a measure word and says which it is (a 34 percent tariff, retaliatory
# tariffs, additional 10% duties, fentanyl-related levies): numbers and rates, hyphened words and adjectives
_PREMODIFIERS = re.compile(
    r"(?<![\w$%-])(?:(?:\$?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|billion|million|bn))?|[a-z]+(?:-[a-z]+)+"
    r"|[a-z]+(?:ory|ive|al|ary))\s+){1,4}$"
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])
# English: a verb phrase of at most four words quoted after a modal of what will be, a word after it (would
# "aggressively revoke" visas); a quoted term (read "non-tariff countermeasures" to …) stays a term cited, no step
# taken, and an action asked ("needed to 'correct its mistakes'") keeps its quoted words as the item
_SCARE_QUOTE = re.compile(
    r"\b((?:would|will|could|can|may|might|shall) )"
    r"[\"\u201c]([a-z][a-z'\u2019-]*(?: [a-z][a-z'\u2019-]*){0,3})[\"\u201d](?= [a-z])"
)
_PAST_OPENS = re.compile(r"\s*(?:and\s+)?(?:also\s+)?[a-z]+ed\s")  # English: a clause opened by a past verb
_COMMA_BEFORE = re.compile(r",[\"\u201d\u2019]?\s*$")  # a comma, perhaps closing a quotation, right before
_PREDICATE_NEXT = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|could|may|might)\b")
_ZH_COVERB = re.compile("[同与跟向]")  # Chinese: a coverb inside a list's last item makes the list a clause's subject
_ZH_NOUN_AFTER_VERB = re.compile("[措令]")  # a punitive verb before 措施 / 令 is a modifier (禁止措施)
_POSSESSIVE_S = re.compile("['\u2019]s\\s")  # English: a name right before it owns what follows (China's ban)
_OWNED_GAP = re.compile(r"(?:[\w$%.-]+\s+){0,2}")  # English: an owner's modifiers of its measure (new, effective)
# Chinese: the head noun a measure phrase modifies, and a comma after it (加徵關稅的措施，將自…): a
# future word after them is the measure's
_MEASURE_HEAD = re.compile(r"的?(?:措施|举措|清单|计划|方案|行动)[，,]?")
# Chinese: a time frame fronted before a clause (在談判進行期間，), in Simplified
_TIME_FRAME = re.compile(r"在[^，,。；;]{1,20}(?:期间|时|时候|之际|之前|之后|以后|以前|后|前|中)[，,]\s*")
# English: the auxiliary of a passive asking verb right before it (is urged, has been asked, will be
# required), an adverb allowed between
_PASSIVE_AUX = re.compile(r"\s+(?:is|are|was|were|has been|have been|had been|will be|be)(?:\s+\w+ly)?\s+$")
# English: a date between two commas (", July 13, ", ", Oct. 9, 2025, "), lower case
_DATE_SEGMENT = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,\s+\d{4})?,\s"
)
# English: what joins two names of a list (", ", ", and the ", " and ")
_LIST_LINK = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_LATER_REACH = 120  # English: how far after a measure "set to take effect" may stand in its sentence
# a start fronted in its own clause right before a measure's (自2025年11月1日起，在現行關稅基礎上加徵…)
_SPACE_RUN = re.compile(r"[ \t]+")
_FRONTED_START = re.compile(r"(?:自|从|從|由)[^，,。；]{2,30}?起[）)]?[，,]\s*$")
# an announcement's day right before its verb (8月1日在社交媒體上宣布, 北京4日宣布): month, day
_ZH_DAY_BEFORE = re.compile(r"(?:(1[0-2]|[1-9])月)?([12][0-9]|3[01]|[1-9])[日号](?!起)[^，,。；;]{0,12}$")
# a start day (自9月1日起, 10日起生效, 6月1日零時起; 從下月1日起 is not read): month, day (on the simplified text)
_ZH_START_DAY = re.compile(r"(?:(1[0-2]|[1-9])月)?([12][0-9]|3[01]|[1-9])[日号](?:零时|0时|凌晨)?起")
# a possessive, a noun of intent, a time and "to" before a step ("'s decision in July 2023 to restrict")
_OWNED_INTENT = re.compile(r"(?:'s|’s|s'|s’)\s+([a-z]+)(?:\s+(?:in|on|last|this|earlier)(?:\s+[\w.,]+){1,2})?\s+to\s+$")
# English words after which a word is a verb (to levy, will levy, possibly levy)
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|'ll|[a-z]+ly)\s+$")
_ANNOUNCED_REACH = 16  # Chinese: how far before an announcing verb its day may stand
_EN_ANNOUNCED_REACH = 40  # English: how far before an announcing verb its day may stand ("On May 13, China")
_EN_START_WORD = re.compile(r"\b(?:effective|starting|beginning|from|as of|to take effect)\s+(?:on\s+)?")
_ANY_DAY = date(2001, 6, 15)  # a day to resolve an undated month and day against: only their order is read
_MONTH_START = re.compile(r"(?<![\d年])(1[0-2]|[1-9])月份?(?:起|開始|开始)")  # 6月起: a month, no day, as a start
_ISSUE_CHAIN = re.compile(r"[ ,]*(?:(?:and|or|as well as|和|及|與|与|、)\s*)?")  # between issues of one list
_INTRO_REACH = 90  # English: how far after a measure's noun phrase "including" may open its list
# a rate changed (從25%上調至30%, 由10%提高到20%): the digits and the 從…至 frame are grammar, not words
# a rate's change after a measure, up to the words that say which way (稅率從原本高達125%下調至)
_RATE_FROM = re.compile(r"[^，,。；;]{0,6}?[從从由][^，,。；;]{0,14}?[\d.]+\s*[%％][^，,。；;]{0,8}")
_RATE = re.compile(r"[從从由]\s*[\d.]+\s*[%％][^，,。；;]{0,4}?[至到]\s*[\d.]+\s*[%％]")
# an actor's own short noun between it and a modal (中方的承诺必须…; on the simplified text)
_ZH_OWN_NOUN = re.compile(r"的[\u4e00-\u9fff]{1,3}?(?:也|还|则)?")
# a conjunction opening an English clause before its subject ("…, and it added …")
_LEAD_AND = re.compile(r"\s*(?:and|but|then|and then|while)\s+(?=(?:it|they|he|she)\b)")
# a verb placing a thing under a step, before "under" ("put gallium and germanium under export licensing")
_PLACED_UNDER = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|brought|bring|brings|bringing)\b[^,;]*\bunder\s*$"
)
# words between "or face" and its step ("or face an additional 50 per cent tariff")
_ALT_WORDS = 6
# a verb giving the one named after it a demand spelled out after a colon ("gave China an ultimatum:")
_GIVEN_TO = re.compile(r"\b(?:gave|given|give|gives|giving|issued|handed|delivered|sent)\s+(?:the\s+)?")
# a bullet opening a listed line (- , • , * , ·)
_BULLET = re.compile(r"[-•*·▪●]\s+")
# words denying what follows is the thing (不是關稅，而是美元; on the simplified text)
_ZH_IS_NOT = ("不是", "并非", "而非", "并不是")
# words right after a step that hold it up as a threat (以高关税相威胁)
_ZH_AS_THREAT = ("相威胁", "相要挟", "作为威胁")
# a possessive pronoun right before a step, a word between allowed ("to its entity list", "its own export controls")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?$")
# a deal named as what must hold something, right before a modal (任何协议都必须…; on the simplified text)
_ZH_DEAL_MUST = re.compile(r"(?:任何)?(?:协议|协定|交易|协议文本)(?:都|也|亦|均)?$")
# a wanted action given whole as a quotation right after the one asked (要美方「停止…」)
_ZH_QUOTED_ACTION = re.compile(r"[「“『]([^「」“”『』]{2,30})[」”』]")
# a time said at a clause's start, before its subject (60天後, 10月9日, 下月起; on the simplified text)
_ZH_TIME_LEAD = re.compile(
    r"(?:[0-9]+|[一二三四五六七八九十两]+)(?:天|日|周|个月|年)(?:后|内|起)|(?:[0-9]{1,2}月)?[0-9]{1,2}[日号](?:起)?"
    r"|(?:今|明|去|本|上|下)(?:年|月|周)(?:起)?"
)
_INITIAL = 4  # a clause's subject starts within this many characters of it (after 而, 則, 但)
# English: a modal's clause that refers back to the sentence's subject (", it needs to", ", and should");
# adverbs between are words of no clause of their own
_MODAL_BACK = re.compile(
    r"\s*(?:(?P<it>it|they)|(?:and|but)(?:\s+(?P<it2>it|they))?)(?:\s+(?:also|really|still|now|first|too|simply))?\s*"
)
_SIDES = ("US", "China")
_OTHER_SIDE = {"US": "China", "China": "US"}
_OWN_OBJECT = re.compile(r"(?:to\s+)?[a-z]+\s+(?:our|ourselves)\b")  # (to) change our …
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+")
# a plural pronoun standing for subjects the finder does not resolve (they, 他們)
_UNNAMED_SUBJECT = {"en": re.compile(r"\bthey\b", re.IGNORECASE), "zh": re.compile("[他她][們们]")}
# a measure's aim right after it, in English: tariffs on (all) Chinese goods, sanctions against the US
_AIMED_AFTER = re.compile(
    r"\s+(?:on|against|targeting)\s+(?:(?:the|all|more|some)\s+)?"
    # an amount before what is hit: on $200 billion (worth) of / in Chinese imports
    r"(?:(?:us)?\$\s?[\d.,]+\s*(?:billion|million|bn|mn|trillion)?\s+(?:(?:worth|dollars)\s+)?(?:of|in)\s+)?"
)
# a condition set for the other side: opening a clause (只有…才), as a copula's complement
# (前提是…), framed by 以…為條件 (Finder.condition)
_CONDITION_KINDS = ("condition-lead", "condition-is", "condition-as", "condition-not", "condition-if")
_STATE_OF_SIDE = {"US": "state/us", "China": "state/china"}


@dataclass(frozen=True)
class _Rules:
    """One language's compiled cue sets (built once per lexicon and language)."""

    measure: re.Pattern[str] | None
    restrict: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    retaliation: re.Pattern[str] | None
    purpose: re.Pattern[str] | None
    vowed: re.Pattern[str] | None  # 奉陪到底: retaliation vowed for what is still to come, a threat as it stands
    conflict: re.Pattern[str] | None  # right after a measure word: the conflict it names (關稅戰, tariff war)
    question: re.Pattern[str] | None  # 什麼, 怎麼做: an interrogative, no item
    frame_start: re.Pattern[str] | None  # 以, 從: what opens a frame of a demand
    frame_end: re.Pattern[str] | None  # 為基礎, 出發: the end of a 以… frame, the ground of a demand, no item of it
    control: re.Pattern[str] | None
    dependence: re.Pattern[str] | None
    threat: re.Pattern[str] | None
    relief: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    held_open: re.Pattern[str] | None  # would not rule out: a negated refusal holds the step open
    demand: re.Pattern[str] | None
    agent: re.Pattern[str] | None
    target: re.Pattern[str] | None
    demonym_side: dict[str, str]  # English demonyms (Chinese, American) -> their state's side
    condition: re.Pattern[str] | None
    speech: re.Pattern[str] | None
    passive: re.Pattern[str] | None
    modified: re.Pattern[str] | None
    verb: re.Pattern[str] | None
    oblique: re.Pattern[str] | None
    oblique_keys: frozenset[str]
    oblique_lengths: tuple[int, ...]  # of the keys, for a look-up per length instead of a scan
    aim_keys: frozenset[str]  # 對, 向: "X的 + measure" after these names the measure's target
    alternative: re.Pattern[str] | None  # "or face", "or risk": the measure the alternative to a demand
    complement: re.Pattern[str] | None
    ask: re.Pattern[str] | None
    seek: re.Pattern[str] | None
    modal: re.Pattern[str] | None
    demand_stop: re.Pattern[str] | None
    go_on: re.Pattern[str] | None
    concern: re.Pattern[str] | None
    market_power: re.Pattern[str] | None  # "China is Vietnam's largest trading partner": a side's weight as a market
    until_before: re.Pattern[str] | None  # 在中方阻止芬太尼流入之前，將加徵…: what ends the step, framed by 在…之前
    importance: re.Pattern[str] | None  # 的必要性, 非常重要: a matter said to be needed is wanted
    mutual: re.Pattern[str] | None  # 雙方, 中美, 兩國: a matter of both sides
    concern_about: re.Pattern[str] | None
    reaction: re.Pattern[str] | None  # 答記者問, 強烈不滿: a predicate reacting to the matter before it
    not_cue: re.Pattern[str] | None
    not_threat: re.Pattern[str] | None  # 將領, 將軍: a word that only begins like a threat marker
    first_person_rx: re.Pattern[str] | None
    anaphor: re.Pattern[str] | None
    action_lead: re.Pattern[str] | None
    not_verb: frozenset[str]
    disposal_next: frozenset[str]
    object_verb: frozenset[str]
    complement_to: frozenset[str]
    issue: re.Pattern[str] | None
    issue_of: dict[str, str]
    clause_end: re.Pattern[str]
    enumeration: re.Pattern[str] | None
    enumeration_end: re.Pattern[str] | None
    apply: re.Pattern[str] | None
    list_head: re.Pattern[str] | None
    list_stop: re.Pattern[str] | None
    oppose: re.Pattern[str] | None
    commit: re.Pattern[str] | None
    act: re.Pattern[str] | None
    act_org: re.Pattern[str] | None
    designate: re.Pattern[str] | None
    disposal_verb: re.Pattern[str] | None
    warning: re.Pattern[str] | None
    matter_head: re.Pattern[str] | None
    point: re.Pattern[str] | None
    list_intro: re.Pattern[str] | None
    future: re.Pattern[str] | None
    demand_list: re.Pattern[str] | None
    want_obtain: re.Pattern[str] | None  # seeks to secure …: a want of the other side's act (English)
    ask_with_to: re.Pattern[str] | None  # warned X to …: asks only with "to" (English)
    ask_against: re.Pattern[str] | None  # cautioned X against …: asks X not to (English)
    generic_goods: re.Pattern[str] | None  # goods, products, services: no item of its own (English)
    target_noun: re.Pattern[str] | None  # officials, entities, 官員: whom a measure hits, no item
    later: re.Pattern[str] | None  # set to take effect …: the measure is announced for later (English)
    law_that: re.Pattern[str] | None  # "an executive order that will": a law's relative clause before a step (English)
    consequence: re.Pattern[str] | None  # could lead to …: a measure brought on by a condition (English)
    return_lead: re.Pattern[str] | None  # "In return, X would …": what X gives the other side wants (English)
    offer: re.Pattern[str] | None  # resume, allow, buy: a verb that gives (English)
    action_verb: re.Pattern[str] | None
    proposal: re.Pattern[str] | None
    criticise: re.Pattern[str] | None
    respond: re.Pattern[str] | None
    deal: re.Pattern[str] | None
    own_subject: re.Pattern[str] | None
    disposal: re.Pattern[str] | None
    until: re.Pattern[str] | None
    deal_by: re.Pattern[str] | None
    deal_binds: re.Pattern[str] | None
    propose: re.Pattern[str] | None
    proposal_link: re.Pattern[str] | None
    engagement: re.Pattern[str] | None
    engagement_cut: re.Pattern[str] | None
    engagement_field: re.Pattern[str] | None
    engagement_lead: re.Pattern[str] | None
    condition_any: re.Pattern[str] | None  # every condition cue below, one pattern (one pass)
    condition_lead: frozenset[str]
    condition_is: frozenset[str]
    condition_as: frozenset[str]
    condition_not: frozenset[str]  # 美國再不停止…: a negated condition after the one it asks
    condition_if: frozenset[str]  # 如果美國不停止…: a condition word before the one it asks
    condition_by: re.Pattern[str] | None
    condition_then: re.Pattern[str] | None
    ask_not_after: frozenset[str]
    wish_denied: tuple[str, ...]
    ask_intent: frozenset[str]  # 我們要設立…: with a first-person subject, an intention, not asking
    threat_noun: re.Pattern[str] | None
    threat_noun_end: re.Pattern[str] | None
    rate_step: re.Pattern[str] | None  # 再加50%: a rate raised with no noun of the step (Chinese)
    commit_header: re.Pattern[str] | None  # "China will:": a header over a side's listed commitments
    rate_issue: str  # the issue of the noun a rate step leaves out (關稅: tariffs)
    wanted_and: re.Pattern[str] | None  # joins of two wanted actions, with the words that only look like one
    wanted_and_keys: frozenset[str]
    claim_joins: re.Pattern[str] | None  # list joins and 並: a claim after one is no part of the one before
    owner_noun: re.Pattern[str] | None  # English "Trump's threat (on Monday) to …": the owner takes the measure
    reproach: re.Pattern[str] | None  # accused X of not …, 批評X未能…: what X fails to do is wanted
    reproach_verb: re.Pattern[str] | None  # accused, criticized; 批評 (the Chinese verbs of criticism)
    thing_anaphor: re.Pattern[str] | None  # this act, such practices, 此舉: a matter named in the sentence before
    generic_subject: re.Pattern[str] | None  # English "Republican politicians called for …": people no one names
    generic_noun: re.Pattern[str] | None  # its nouns alone (where to try it, found once per document)
    reported_self: re.Pattern[str] | None  # English "said (that) he / the government will …": the speaker's own
    besides: re.Pattern[str] | None = None  # 除了…外，還將…: a frame before a clause that goes on
    report: re.Pattern[str] | None = None  # 路透社報導: an outlet reporting, no subject of what it reports
    month_words: frozenset[str] = frozenset()  # English month names, case-folded, without a dot (Oct, october)
    options: re.Pattern[str] | None = None  # 反制選項包括, options include: the steps after are options
    proposal_bare: frozenset[str] = frozenset()  # 問題: a proposal noun that needs no 的 before it
    raise_verbs: frozenset[str] = frozenset()  # 提出: the proposing verbs that take a bare one
    reproach_alone: re.Pattern[str] | None = None  # 未能, has failed to: a reproach a speaker voices unaided
    oblique_skip: re.Pattern[str] | None = None  # 所有, 全部: quantifiers between 對 and its name
    clause_join: re.Pattern[str] | None = None  # 及其, 以及: a clause opening with one goes on with the one before
    mood_carry: re.Pattern[str] | None = None  # 並, 此外: a subjectless clause in the mood of the one before
    done: re.Pattern[str] | None = None  # 已, 曾: a step already in force
    intent_noun: re.Pattern[str] | None = None  # decision, move, plan: "X's decision to restrict …" is X's step
    threat_verb: re.Pattern[str] | None = None  # 威脅, 揚言, threatened: a verb of threatening (<lang>-threat)
    announce: re.Pattern[str] | None = None  # 宣布, 公布: a verb announcing a step (its day before it)
    then: re.Pattern[str] | None = None  # 可以, 就, 便: the step of a condition's consequence (若…，X可以…)
    basis: re.Pattern[str] | None = None  # 基礎上: what follows is added to the step in force before it
    # 保留…的權利: a frame in two parts around the step (its lead before, its tail after): held open
    held_open_frames: tuple[tuple[str, str], ...] = ()
    later_frames: tuple[tuple[str, str], ...] = ()  # 將於…生效: a day between the two words
    steps_listed: re.Pattern[str] | None = None  # 包括, including: the steps of a threat before, listed
    not_oblique: tuple[str, ...] = ()  # 所以, 由於, 現在: words ending in an oblique character that are none


def _frames(lex: Lexicon, lang: str, kind: str) -> tuple[tuple[str, str], ...]:
    """The two-part cues of ``<lang>-<kind>`` (``保留…的權利``, ``將於…生效``): (lead, tail) pairs."""
    return tuple((k.split("…")[0], k.split("…")[-1]) for k in lex.cue_keys(f"{lang}-{kind}", lang) if "…" in k)


def _alt(keys: list[str], lang: str, *, tail: bool = False) -> re.Pattern[str] | None:
    """One pattern of cue keys matching the longest at a position; English keys match whole
    words (``tail``: the key may run on into a longer word)."""
    if lang == "en":
        return compile_words(keys, bound_end=not tail)
    # a verb and its object take the aspect particle between them (表達了關切, 採取了反制措施)
    return compile_literals(v for k in keys for v in _aspect(k))


def _aspect(key: str) -> tuple[str, ...]:
    """A Chinese cue and, for one of four or more characters, its form with 了 after its first two."""
    if len(key) < 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in key[:3]):
        return (key,)
    return (key, key[:2] + "了" + key[2:])


def _en_words(lex: Lexicon, kind: str, lang: str) -> str | None:
    """English only: one regex alternation of a cue set's words (None for Chinese or an empty set)."""
    keys = lex.cue_keys(f"{lang}-{kind}", lang)
    return "|".join(re.escape(k) for k in keys) if lang == "en" and keys else None


def _complement(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: `` on|against|of …`` after a measure, up to a word that ends a noun phrase (``<p>-phrase-stop``)."""
    head, stop = _en_words(lex, "measure-complement", lang), _en_words(lex, "phrase-stop", lang)
    if head is None or stop is None:
        return None
    # the dots of an initialism (tariffs on U.S. goods) are no stop
    inner = r"\.(?=[A-Za-z])|(?<=\.[A-Za-z])\."
    dot = r"(?<!\.[A-Za-z])\.(?![A-Za-z])"
    # ("tariffs of up to 100% on cranes": the "to" of a rate's "up to" is no stop, nor the "as … as" of
    # an amount: "tariffs on as much as $60 billion of goods")
    amount = r"(?<!\bmuch)(?<!\bmany)(?<!\bhigh)(?!\s+as\s+(?:much|many|high)\s+as\b)"
    return re.compile(
        rf"\s+(?:{head})\s+(?:[^,;:.()]|{inner})*?(?=(?<!\bup){amount}\s+(?:{stop})\b|[,;:()]|{dot}|$)"
    )


def _law_that(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: a law noun (``en-law-noun``) opening a relative clause right before a step (an
    executive order that will bar …, a bill that would ban …)."""
    nouns = _en_words(lex, "law-noun", lang)
    if lang != "en" or nouns is None:
        return None
    # (a memorandum under Section 301 that could lead to …: a short phrase of what it is under may part them)
    return re.compile(rf"\b(?:{nouns})\s+(?:(?:under|into)\s+(?:[\w.]+\s+){{1,3}})?(?:that|which)\s+(?:\w+\s+){{0,3}}$")


def _list_head(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: the preposition after a measure that opens what it bears on (`` on ``, `` against ``)."""
    head = _en_words(lex, "measure-complement", lang)
    return re.compile(rf"\s+(?:{head})\s+(?:the\s+)?") if head is not None else None


def _list_stop(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: where a list of things ends — a word that ends a noun phrase (``<p>-phrase-stop``)
    other than the list's own conjunctions, or a stop mark."""
    joins = set(lex.cue_keys(f"{lang}-enumeration", lang))
    stops = [k for k in lex.cue_keys(f"{lang}-phrase-stop", lang) if k not in joins]
    if lang != "en" or not stops:
        return None

    def stop(k: str) -> str:  # "as", but not the "as" of "as well as"
        rests = [j[len(k) :] for j in joins if j.startswith(k + " ")]
        return re.escape(k) + r"\b" + "".join(f"(?!{re.escape(r)})" for r in rests)

    # a participle clause after a comma (fees on U.S. ships, beginning at $50 a ton and rising to …)
    # is no thing of the list: an -ing word then a preposition, determiner or amount (not "clothing
    # and shoes", a thing)
    lead = "|".join(re.escape(k) for k in stops if " " not in k)
    participle = rf"(?<=,)\s[a-z]+ing\s(?=(?:{lead}|at|the|a|an|up|down)\b|[$\d])"
    # (or one that gives reasons or words, whatever follows it: ", citing contamination and pests")
    reasons = "|".join(re.escape(k) for k in lex.cue_keys(f"{lang}-participle-clause", lang))
    if reasons:
        participle += rf"|(?<=,)\s(?:{reasons})\s"
    # a full stop ends it, not the dot of an initialism (banning U.S. transactions)
    return re.compile(
        r"\s(?:" + "|".join(stop(k) for k in stops) + r")|" + participle + r"|[;:()\"“”]|(?<!\.[a-z])\.(?=\s|$)"
    )


def _matter_head(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: the head of a matter that names its thing after 'of' (China's continued purchases
    of …): a possessor, up to two modifiers, the head noun (``<p>-matter-head``) and 'of'."""
    alt = _en_words(lex, "matter-head", lang)
    if alt is None:
        return None
    return re.compile(rf"(?:[\w.-]+'s\s+|the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{alt})\s+of\s+(?:the\s+)?")


def negated_modal(word: str) -> bool:
    """A Chinese modal that forbids (不得, 不應): what follows it is wanted not done, so the
    demand's item keeps the modal."""
    return word.startswith("不")


def _go_on(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """What opens a clause that goes on with a wanted action and is no part of it: an adverb
    (``<p>-demand-go-on``), a modal (``<p>-modal``), 立即 (``<p>-action-lead``), each optional."""
    # a negated modal (不得, 不應) is part of what is wanted: its negation stays with the action
    parts = [
        [k for k in lex.cue_keys(f"{lang}-{kind}", lang) if not negated_modal(k)]
        for kind in ("demand-go-on", "modal", "action-lead")
    ]
    if not any(parts):
        return None
    tail = r"\b\s*" if lang == "en" else ""  # English words end at a word's end; spaces follow
    alts = [
        "(?:(?:" + "|".join(re.escape(k.strip()) for k in sorted(p, key=len, reverse=True)) + ")" + tail + ")?"
        for p in parts
        if p
    ]
    return re.compile(r"\s*" + "".join(alts))


def _anaphor(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """A clause-opening subject that refers back (he, they, the lawmakers, the ministry): its
    group names the kind of actor it stands for. Chinese: a third-person pronoun (``zh-pronoun``,
    他, 她; not the plural 他們) stands for the person speaking before."""
    if lang != "en":
        he = sorted(lex.cue_keys(f"{lang}-pronoun", lang), key=lambda k: (-len(k), k))
        # a subjectless clause opened by 還/同時/此外 (``zh-go-on-subject``) goes on with the subject
        # of the sentence before (…宣布將加徵關稅。還將提高…的關稅)
        on = sorted(lex.cue_keys(f"{lang}-go-on-subject", lang), key=lambda k: (-len(k), k))
        they = "|(?P<they>" + "|".join(map(re.escape, on)) + ")" if on else ""
        return re.compile("(?P<he>" + "|".join(map(re.escape, he)) + ")(?![们們])" + they) if he else None

    def alt(kind: str) -> str:
        return "|".join(re.escape(k) for k in sorted(lex.cue_keys(f"en-{kind}", lang), key=lambda k: (-len(k), k)))

    return re.compile(
        r"\s*(?:(?P<he>he|she)|(?P<we>we)|(?P<they>they|it)"
        rf"|the\s+(?:[a-z-]+\s+){{0,2}}?(?:(?P<person>{alt('anaphor-person')})|(?P<body>{alt('anaphor-body')})))\b"
    )


def _joins(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """The words joining the things of a list (``<p>-enumeration``), not where one begins a word
    (``<p>-enumeration-not``: 和平, 和解, 與會): 破壞台海和平與穩定 lists 和平 whole."""
    joins = _alt(lex.cue_keys(f"{lang}-enumeration", lang), lang)
    words = lex.cue_keys(f"{lang}-enumeration-not", lang)
    if joins is None or not words:
        return joins
    return re.compile(f"(?!{'|'.join(map(re.escape, words))})(?:{joins.pattern})")


def _claim_joins(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """The words after which a claim is no part of the claim holding it (``<p>-enumeration``: 、, 和;
    ``<p>-wanted-and``: 並), in both scripts: claims' phrases keep their document's script."""
    keys = lex.cue_keys(f"{lang}-enumeration", lang) + lex.cue_keys(f"{lang}-wanted-and", lang)
    return _alt(keys + [to_traditional(k) for k in keys] if lang != "en" else keys, lang)


def _owner_noun(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: a possessive and a noun of intent (``en-measure-owner-noun``: Trump's threat, Beijing's
    plan), up to two modifiers between (Trump's latest tariff threat)."""
    nouns = _en_words(lex, "measure-owner-noun", lang) if lang == "en" else None
    return re.compile(r"'s\s+(?:[a-z0-9%$.-]+\s+){0,2}?(?:" + nouns + r")\b") if nouns else None


def _reported_self_rx(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: what follows a verb of speech when its speaker's own side is the clause's subject
    (said he may, announced that the government will, said its negotiators would): a pronoun, or
    a determiner and a group noun (``en-group-noun``: government, authorities …) naming no one;
    up to three words before "that" (said on Friday that) and before the step (will attempt to
    'aggressively' revoke)."""
    nouns = _en_words(lex, "group-noun", lang) if lang == "en" else None
    if not nouns:
        return None
    group = r"(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:" + nouns + ")"
    words = r"(?:[\w'’-]+\s+){0,3}"
    return re.compile(r"\s+(?:" + words + r"?that\s+)?(?:he|she|" + group + r")\s+" + _AUX + words)


def _generic_subject(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """English: a clause's own subject that names no actor, right before its verb (Republican
    politicians called for …, critics have urged …; ``en-generic-subject``): the clause's
    asker is unnamed, so no actor of the sentence before it is."""
    nouns = _en_words(lex, "generic-subject", lang)
    return re.compile(r"\b(?:" + nouns + r")\s+" + _AUX + r"(?:[a-z]+ly\s+)?$") if nouns else None


def generic_subject_at(rx: re.Pattern[str] | None, text: str, starts: list[int], lo: int, hi: int) -> int | None:
    """Where an unnamed subject (:func:`_generic_subject`) ending right at ``hi`` starts, or None;
    tried only at the starts of its nouns in ``[lo, hi)`` (``starts``: sorted, found once per
    document), so the check costs a look-up where no such noun stands, not a scan of the window."""
    if rx is None:
        return None
    k = bisect.bisect_left(starts, lo)
    while k < len(starts) and starts[k] < hi:
        if rx.match(text, starts[k], hi):
            return starts[k]
        k += 1
    return None


def _rate_step(lex: Lexicon, lang: str) -> re.Pattern[str] | None:
    """Chinese: a verb raising a rate right before the new rate, with no noun of the step after it
    (``zh-rate-verb``: 再加50%, 提高至125%); a noun of the step (``zh-rate-noun``: 關稅) within a few
    characters after it makes it that noun's phrase instead."""
    verbs = lex.cue_keys(f"{lang}-rate-verb", lang)
    nouns = lex.cue_keys(f"{lang}-rate-noun", lang)
    if lang != "zh" or not verbs or not nouns:
        return None
    verb = "|".join(re.escape(v) for v in verbs)
    noun = "|".join(re.escape(n) for n in nouns)
    same = "|".join(re.escape(k) for k in lex.cue_keys(f"{lang}-rate-same", lang)) or "(?!)"
    # (美方將在25%之上再加相同幅度: a rise as large as the other side's)
    return re.compile(rf"(?:{verb})(?:[0-9]+(?:\.[0-9]+)?%|{same})(?![^，,。；;]{{0,8}}(?:{noun}))")


# English: a measure's complement (on Chinese goods, against U.S. firms) before its verb
_EN_COMPLEMENT = re.compile(
    r"\s+(?:on|against|from|over)\s+[^,;:.]{1,40}?(?=\s+(?:will|would|could|may|might|are|is)\b)"
)


def _rules(lex: Lexicon, lang: str) -> _Rules:
    def cue(kind: str, **kw: bool) -> re.Pattern[str] | None:
        return _alt(lex.cue_keys(f"{lang}-{kind}", lang), lang, **kw)

    issue_of: dict[str, str] = {}
    for iid, e in sorted(lex.issues.items()):
        for t in e.terms:
            # Chinese text names some items in Latin letters (H20, TikTok): proper names count in both
            proper = t.lang == "en" and " " not in t.text and not t.text.islower()
            if ((t.lang == "en") == (lang == "en") or (lang == "zh" and proper)) and len(t.key) >= 2:
                issue_of.setdefault(t.key if lang == "en" or not proper else t.text, iid)
    oblique_kind = "oblique" if lang == "zh" else "measure-oblique"
    obliques = lex.cue_keys(f"{lang}-{oblique_kind}", lang)
    return _Rules(
        measure=cue("measure"),
        restrict=cue("measure-restrict"),
        weak=cue("measure-weak"),
        retaliation=cue("retaliation"),
        purpose=cue("retaliation-purpose"),
        vowed=cue("retaliation-vowed"),
        conflict=cue("measure-conflict"),
        question=cue("question"),
        frame_start=cue("item-frame-start"),
        frame_end=cue("item-frame-end"),
        control=cue("control"),
        dependence=cue("dependence-on"),
        threat=cue("measure-threat"),
        relief=cue("measure-relief"),
        law_that=_law_that(lex, lang),
        negation=cue("measure-negation"),
        held_open=cue("measure-held-open"),
        clause_join=cue("clause-join"),
        mood_carry=cue("mood-carry"),
        done=cue("measure-done"),
        basis=cue("measure-basis"),
        options=cue("measure-options"),
        steps_listed=cue("steps-listed", tail=True),
        oblique_skip=(
            # the quantifiers, a count with its measure word (對20家美國軍工企業) and a value
            # (針對價值340億美元的美國進口農產品)
            re.compile(
                "(?:" + "|".join(map(re.escape, ks)) + r"|[0-9０-９一二三四五六七八九十百千两]+[家名个项位款批]"
                r"|价值[约近逾超]?[0-9０-９.一二三四五六七八九十百千两]+[万亿]*美元的?)$"
            )
            if (ks := lex.cue_keys(f"{lang}-oblique-skip", lang))
            else None
        ),
        held_open_frames=_frames(lex, lang, "measure-held-open-frame"),
        later_frames=_frames(lex, lang, "measure-later-frame"),
        demand=cue("measure-demand"),
        agent=cue("measure-agent"),
        target=cue("measure-target"),
        demonym_side={
            t.text: lex.actors[aid].side
            for aid, terms in lex.cues_of_actors(f"{lang}-demonym", lang)
            if aid in lex.actors
            for t in terms
        },
        condition=cue("measure-condition"),
        speech=cue("speech"),
        verb=cue("measure-verb"),
        passive=cue("measure-passive"),
        modified=cue("actor-modifier-noun"),
        oblique=_alt(obliques, lang),
        oblique_keys=frozenset(obliques),
        not_oblique=tuple(lex.cue_keys(f"{lang}-not-oblique", lang)),
        oblique_lengths=tuple(sorted({len(k) for k in obliques})),
        aim_keys=frozenset(lex.cue_keys(f"{lang}-aim-preposition", lang)),
        alternative=cue("threat-alternative"),
        complement=_complement(lex, lang),
        ask=cue("ask"),
        seek=cue("seek"),
        modal=cue("modal"),
        then=cue("consequence"),
        announce=cue("measure-announce"),
        threat_verb=cue("threat"),
        intent_noun=cue("intent-noun"),
        demand_stop=cue("demand-stop"),
        go_on=_go_on(lex, lang),
        concern=cue("concern"),
        market_power=cue("market-power"),
        until_before=cue("until-before"),
        importance=cue("importance"),
        mutual=cue("mutual"),
        concern_about=_alt(lex.cue_keys(f"{lang}-concern-about", lang), lang, tail=True),
        reaction=cue("reaction"),
        not_cue=cue("not-demand-cue"),
        not_threat=cue("not-threat-cue"),
        first_person_rx=cue("first-person"),
        anaphor=_anaphor(lex, lang),
        action_lead=_alt(lex.cue_keys(f"{lang}-action-lead", lang), lang, tail=True),
        not_verb=frozenset(lex.cue_keys(f"{lang}-not-verb-before", lang)),
        disposal_next=frozenset(lex.cue_keys(f"{lang}-disposal-object", lang)),
        object_verb=frozenset(lex.cue_keys(f"{lang}-object-verb", lang)),
        complement_to=frozenset(lex.cue_keys(f"{lang}-complement-to", lang)),
        issue=_alt(list(issue_of), lang),
        issue_of=issue_of,
        clause_end=re.compile(_CLAUSE_END[lang]),
        enumeration=_joins(lex, lang),
        enumeration_end=cue("enumeration-end", tail=True),
        apply=_alt(lex.cue_keys(f"{lang}-measure-apply", lang), lang, tail=True),
        list_head=_list_head(lex, lang),
        list_stop=_list_stop(lex, lang),
        oppose=cue("oppose"),
        commit=cue("commit"),
        act=cue("measure-act"),
        act_org=cue("measure-act-org"),
        designate=cue("measure-designate"),
        disposal_verb=cue("disposal-verb"),
        warning=cue("warning"),
        matter_head=_matter_head(lex, lang),
        point=cue("point"),
        list_intro=cue("list-intro", tail=True),
        future=cue("measure-future"),
        demand_list=cue("demand-list"),
        want_obtain=cue("want-obtain"),
        ask_with_to=cue("ask-with-to"),
        ask_against=cue("ask-against"),
        generic_goods=cue("generic-goods"),
        target_noun=cue("target-noun"),
        later=cue("measure-later"),
        consequence=cue("measure-consequence"),
        return_lead=cue("return-lead"),
        offer=cue("offer", tail=True),
        action_verb=cue("action"),
        proposal=cue("proposal"),
        criticise=cue("criticise"),
        respond=cue("respond"),
        deal=cue("deal"),
        own_subject=cue("own-subject"),
        disposal=cue("disposal"),
        until=cue("until"),
        deal_by=cue("deal-by"),
        deal_binds=cue("deal-binds"),
        propose=cue("propose"),
        proposal_link=cue("proposal-link"),
        proposal_bare=frozenset(lex.cue_keys(f"{lang}-proposal-bare", lang)),
        raise_verbs=frozenset(lex.cue_keys(f"{lang}-raise", lang)),
        engagement=cue("engagement"),
        engagement_cut=cue("engagement-cut"),
        engagement_field=cue("engagement-field"),
        engagement_lead=cue("engagement-lead"),
        condition_any=_alt([k for kind in _CONDITION_KINDS for k in lex.cue_keys(f"{lang}-{kind}", lang)], lang),
        condition_lead=frozenset(lex.cue_keys(f"{lang}-condition-lead", lang)),
        condition_is=frozenset(lex.cue_keys(f"{lang}-condition-is", lang)),
        condition_as=frozenset(lex.cue_keys(f"{lang}-condition-as", lang)),
        condition_not=frozenset(lex.cue_keys(f"{lang}-condition-not", lang)),
        condition_if=frozenset(lex.cue_keys(f"{lang}-condition-if", lang)),
        condition_by=cue("condition-by"),
        condition_then=_alt(lex.cue_keys(f"{lang}-condition-then", lang), lang, tail=True),
        ask_not_after=frozenset(lex.cue_keys(f"{lang}-ask-not-after", lang)),
        wish_denied=tuple(lex.cue_keys(f"{lang}-wish-denied", lang)),
        ask_intent=frozenset(lex.cue_keys(f"{lang}-ask-intent", lang)),
        threat_noun=cue("measure-threat-noun"),
        threat_noun_end=_alt(lex.cue_keys(f"{lang}-measure-threat-noun-end", lang), lang, tail=True),
        rate_step=_rate_step(lex, lang),
        commit_header=_alt(lex.cue_keys(f"{lang}-commit-header", lang), lang, tail=True),
        rate_issue=next((issue_of[k] for k in lex.cue_keys(f"{lang}-rate-noun", lang) if k in issue_of), ""),
        wanted_and=_alt(lex.cue_keys(f"{lang}-wanted-and", lang) + lex.cue_keys(f"{lang}-wanted-and-not", lang), lang),
        wanted_and_keys=frozenset(lex.cue_keys(f"{lang}-wanted-and", lang)),
        claim_joins=_claim_joins(lex, lang),
        owner_noun=_owner_noun(lex, lang),
        reported_self=_reported_self_rx(lex, lang),
        reproach=cue("reproach"),
        reproach_verb=_alt(
            (lex.cue_keys(f"{lang}-reproach-verb", lang) or lex.cue_keys(f"{lang}-criticise", lang))
            + lex.cue_keys(f"{lang}-reproach-reason", lang),
            lang,
        ),
        reproach_alone=cue("reproach-alone"),
        thing_anaphor=cue("thing-anaphor"),
        generic_subject=_generic_subject(lex, lang),
        generic_noun=_alt(lex.cue_keys(f"{lang}-generic-subject", lang), lang) if lang == "en" else None,
        besides=cue("besides"),
        report=cue("report"),
        month_words=frozenset(m.rstrip(".").casefold() for m in load_calendar().months),
    )


_RULES: dict[tuple[int, str], tuple[Lexicon, _Rules]] = {}


def rules_for(lex: Lexicon, lang: str) -> _Rules:
    """The compiled rules of one language, once per lexicon object (extraction runs per document)."""
    hit = _RULES.get((id(lex), lang))
    if hit is not None and hit[0] is lex:
        return hit[1]
    r = _rules(lex, lang)
    _RULES[(id(lex), lang)] = (lex, r)
    return r


class _Finder:
    def __init__(self, text: str, orig: str, lang: str, tag: str, index: ActorIndex, lex: Lexicon) -> None:
        self.tag = tag  # the language tag of the claims (the document's)
        self.t = text  # matching copy: Simplified Chinese, or lower-case English (same length as orig)
        self.orig = orig
        self.lang = lang
        self.idx = index
        self.r = rules_for(lex, lang)
        self.lex = lex
        # where each known company is based (cm:basedIn): asked by the side it is not based in, it
        # stands in for the other side (Trump ordered ByteDance to sell TikTok)
        self.based = {
            k: entry.based
            for k, a in index.actors.items()
            if (entry := lex.actors.get(a.lexicon_id or "")) is not None and entry.based in _SIDES
        }
        gn = self.r.generic_noun
        self.generic_starts = [m.start() for m in gn.finditer(text)] if gn is not None else []
        self.out: list[ClaimMention] = []
        self.at: list[int] = []  # where each claim of ``out`` has its phrase (a step before another's)
        self.quotes: list[tuple[int, int, str]] = []  # statements already found: (start, end, speaker)
        self.doc_day: date | None = None  # the document's date: a day named after it is still to come
        # each side's stand-in as a target: its state, else its first government body named
        self.state_keys: dict[str, str | None] = {}
        for side, sid in _STATE_OF_SIDE.items():
            state = next((k for k, a in sorted(index.actors.items()) if a.lexicon_id == sid), None)
            body = next(
                (sp.key for sp in index.spans if index.actors[sp.key].side == side
                 and index.actors[sp.key].type in ("State", "Organization")),
                None,
            )
            person = next((sp.key for sp in index.spans if index.actors[sp.key].side == side), None)
            self.state_keys[side] = state or body or person

    # -- clause geometry ---------------------------------------------------------------------
    def clause(self, sent: Sentence, a: int, b: int) -> tuple[int, int]:
        lo = max(sent.start, a - _REACH[self.lang])
        ends = [m.end() for m in self.r.clause_end.finditer(self.t, lo, a)]
        if self.lang == "en" and ends:
            ends = self._clause_breaks(ends, a)
        left = ends[-1] if ends else lo
        if ends and self.r.clause_join is not None and self.t[left - 1] in "，," and self.r.clause_join.match(self.t, left):
            # 對鎢、碲等稀有金屬產品，及其技術實施出口管制: a clause opening with 及其 goes on with
            # the noun of the clause before; the two are one
            left = ends[-2] if len(ends) >= 2 else lo
        m2 = self.r.clause_end.search(self.t, b, sent.end)
        return left, (m2.start() if m2 else sent.end)

    def _clause_breaks(self, ends: list[int], a: int) -> list[int]:
        """English: the commas that end a clause, without those inside a date set off by commas
        ("announced on Monday, July 13, sanctions") or between two names of a list ("US, EU
        impose sanctions"): they split no clause."""
        drop: set[int] = set()
        for i, e in enumerate(ends):
            nxt = ends[i + 1] if i + 1 < len(ends) else None
            if nxt is not None and _DATE_SEGMENT.fullmatch(self.t, e, nxt):
                drop.update((e, nxt))  # ", July 13, ": a date in apposition
            if nxt is not None and _ADVERBIAL_ASIDE.fullmatch(self.t, e, nxt):
                drop.update((e, nxt))  # "it suspended, also for a year, the port fees": an adverbial set off
            if nxt is not None and self._aside_attribution(e, nxt):
                # "China, he added, will take …": who says it, set off between the subject and its verb
                subj = next((sp for sp in self.idx.in_range(max(0, e - 60), e) if sp.end == e - 2), None)
                if subj is not None:
                    opened = max((x for x in ends[:i] if x <= subj.start), default=None)
                    lead = self.t[opened if opened is not None else self._sentence_start(e) : subj.start]
                    if lead.strip().lower() in ("", "the"):
                        drop.update((e, nxt))
            before = next((sp for sp in self.idx.in_range(max(0, e - 60), e) if sp.end == e - 2), None)
            after = any(sp.start == e for sp in self.idx.in_range(e, min(a, e + 60)))
            if self.t[e - 2 : e] == ", " and before is not None and after:
                # "US, EU, UK impose …": a comma of a list of names that opens its clause (not
                # "After talks with Xi Jinping, Donald Trump agreed …")
                head = self._list_start(before, max(0, e - 200))
                opened = max((x for x in ends[:i] if x <= head.start), default=None)
                lead = self.t[opened if opened is not None else self._sentence_start(e) : head.start]
                if lead.strip() in ("", "the"):
                    drop.add(e)
        return [e for e in ends if e not in drop]

    def _aside_attribution(self, e: int, nxt: int) -> bool:
        """English: the words between two commas are an attribution set off inside a clause — at most
        four words ending in a verb of speech (", he added,", ", the ministry said,")."""
        words = self.t[e:nxt].rstrip(", ").split()
        return (
            0 < len(words) <= 5
            and self._speech_word(words[-1])
            and not any(q in self.t[e:nxt] for q in "\"“”")
        )

    def _list_start(self, sp: Span, lo: int) -> Span:
        """The first name of the list of names that ``sp`` ends (itself when it is alone)."""
        while True:
            earlier = [x for x in self.idx.in_range(lo, sp.start) if x.end <= sp.start]
            if not earlier or not _LIST_LINK.fullmatch(self.t, earlier[-1].end, sp.start):
                return sp
            sp = earlier[-1]

    def _sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 else 0

    def side(self, key: str) -> str:
        return self.idx.actors[key].side

    def other_state(self, key: str) -> str | None:
        side = self.side(key)
        if side not in _SIDES:
            return None
        return self.state_keys[_OTHER_SIDE[side]]

    def _asked_to(self, sp: Span) -> bool:
        """English: a mention after a preposition that is the subject of the infinitive after it
        (called for the US to lift the sanctions, pressed on Beijing to end …): it takes the step."""
        return self.lang == "en" and _INFINITIVE_AFTER.match(self.t, sp.end) is not None

    def _mood_carried(self, sent: Sentence, lo: int, a: int) -> int | None:
        """Chinese: where the clause before starts, when this one opens with a word that carries it
        on (``zh-mood-carry``: 並, 此外) and names no actor before the measure at ``a``, or when the
        clause before holds only its subject and a start day (美國將從…起，): its subject and its
        mood (將, a condition) are the earlier clause's."""
        if self.lang == "en":
            # "… would impose a 100% tariff, along with export controls on software": the step before's
            # (a comma inside a closing quotation mark counts: … currently paying," along with …)
            if lo <= sent.start or not self.t[sent.start : lo].rstrip().rstrip("\"\u201d'\u2019").endswith(","):
                return None
            if self.r.mood_carry is None or not self.r.mood_carry.match(self.t, lo) or self.idx.in_range(lo, a):
                return None
            return self.clause(sent, lo - 2, lo - 2)[0]
        if lo <= sent.start or self.t[lo - 1] not in "，,；;":
            return None
        done = last_match(self.r.done, self.t, lo, a) if self.r.done is not None else None
        if done is not None and not (self.r.basis is not None and self.r.basis.search(self.t, done.end(), a)):
            return None  # 在已對中國商品徵收關稅的基礎上: a step in force (what follows 基礎上 is new)
        before = self.clause(sent, lo - 1, lo - 1)[0]
        if _FRONTED_START.search(self.t, before, lo):
            return before  # 美國將從11月1日起，對中國產品加徵…: a clause of its subject and its start day
        if self._subjectless(lo, a):
            return before  # 商務部將啟動程序，把這些企業移入實體清單: the subject's clause, in its mood too
        if self.r.mood_carry is None or not self.r.mood_carry.match(self.t, lo):
            return None
        if any(not self._obliqued(sp, lo) for sp in self.idx.in_range(lo, a)):
            return None  # 並由商務部實施…: a subject of its own
        return before

    def _obliqued(self, sp: Span, lo: int) -> bool:
        """Whether an oblique word (對, 向, on, against …) stands right before the mention."""
        if self.r.oblique is None:
            return False
        before = self.t[max(lo, sp.start - 12) : sp.start]
        if self.lang == "en":
            # "with President Xi": title words between the preposition and the name are skipped
            orig = self.orig[max(lo, sp.start - 40) : sp.start]
            orig = _TITLE_RUN_END.sub("", orig) if re.search(r"[A-Z]", orig) else orig
            before = orig.lower() if orig.strip() else before
            before = re.sub(r"(?:\bthe\s+)$", "", before.rstrip() + " ").rstrip()
            m = re.search(r"([a-z]+)$", before)
            if m is not None and m.group(1) == "and":
                # "the EU and the US imposed …": a name joined to another by "and" is as much an
                # object as that one ("talks with the EU and the US": both)
                joined = re.search(r"\s+and\s+(?:the\s+)?$", self.t[max(lo, sp.start - 12) : sp.start])
                at = sp.start - len(joined.group()) if joined is not None else -1
                partner = next((x for x in self.idx.in_range(lo, sp.start) if x.end == at), None)
                if partner is not None:
                    return self._obliqued(partner, lo)
            return bool(m and self.r.oblique.fullmatch(m.group(1)))
        if self.r.oblique_skip is not None:
            before = self.r.oblique_skip.sub("", before)  # 對所有中國進口產品: a quantifier between
        if any(before[-n:] in self.r.oblique_keys for n in self.r.oblique_lengths if n <= len(before)) and not (
            before.endswith(self.r.not_oblique)
        ):
            return True
        # 將美國國防企業洛克希德·馬丁: a name in apposition to an object (a state and a noun of a few
        # characters before it) is that object too
        prev = [x for x in self.idx.in_range(max(lo, sp.start - 12), sp.start) if x.end <= sp.start]
        if prev and prev[-1].end == sp.start:
            return self._obliqued(prev[-1], lo)  # 把美國服裝集團ACME: a name right after another is in apposition
        if not prev or not re.fullmatch(r"[\u4e00-\u9fff]{1,6}", self.t[prev[-1].end : sp.start]):
            return False
        return self.idx.actors[prev[-1].key].type == "State" and self._obliqued(prev[-1], lo)

    def holder(self, sent: Sentence, lo: int, a: int, b: int, hi: int) -> str | None:
        """Who takes the measure: an agent after the cue (imposed by X), a possessor right before
        it (China's export controls, 中國的出口管制), else the subject of its clause (the last
        non-object actor before the cue in English; in Chinese the first, passing over a speaker
        whose reported words these are), else the subject of the sentence."""
        if self.r.agent is not None:
            m = self.r.agent.search(self.t, b, min(hi, b + 30))
            if m:
                sp = next(iter(self.idx.in_range(m.end(), min(hi, m.end() + 40))), None)
                if sp is not None and self.t[m.end() : sp.start].strip() in ("", "the"):
                    return sp.key
        alt = self.r.alternative.search(self.t, lo, a) if self.r.alternative is not None else None
        if alt is not None and self.lang == "en" and len(self.t[alt.end() : a].split()) <= _ALT_WORDS:
            # "… should halt arms sales, or face forceful retaliation from China": the one held over
            # the demand, from whom it comes, else the sentence's subject who sets the choice (never
            # the one who faces it: "Lockheed must pay … or face fines, the ministry said")
            frm = re.match(r"\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?", self.t[b:hi])
            sp = next(iter(self.idx.in_range(b + frm.end(), hi)), None) if frm is not None else None
            if sp is not None and sp.start == b + frm.end():  # type: ignore[union-attr]
                return sp.key
            # (the one facing it may stand in the clause before: "China must halt arms sales, or face …")
            flo = lo if self.idx.in_range(lo, alt.start()) else sent.start
            before = reversed(self.idx.in_range(flo, alt.start()))
            facing = next((x.key for x in before if not self._obliqued(x, flo)), None)
            setter = self.subject(sent, sent.start, alt.start())
            if setter is None or setter == facing:
                setter = self._reported_self(sent, lo, a) or self._consequence_speaker(sent, lo, a)
            if setter is None or setter == facing:
                setter = self._trailing_speaker(sent, b) or setter
            return setter if setter != facing else None
        spans = [
            sp
            for sp in self.idx.in_range(lo, a)
            if (not self._obliqued(sp, lo) or self._asked_to(sp)) and not self._titled(sp) and not self._modifier(sp)
        ]
        every = self.idx.in_range(lo, a)
        owner = self._noun_owner(lo, a) if self.lang == "en" else None
        if owner is not None:
            return owner
        if every and self._possessor(every[-1], a):
            return self._en_taker_over_modifier(spans, every[-1]) or every[-1].key
        if self.lang == "en":
            # "Beijing accused Doe of bullying as it imposed tariffs": a pronoun subject nearer
            # the cue than any name stands for the sentence's subject
            pronouns = list(re.finditer(r"\b(?:it|they)\s+" + _AUX, self.t[lo:a]))
            pm = pronouns[-1] if pronouns else None
            if pm is not None and not any(sp.start > lo + pm.start() for sp in spans):
                verb = self.r.verb.match(self.t, lo + pm.end(), a) if self.r.verb is not None else None
                head = next((sp for sp in spans if not self._object(sp)), None)
                if verb is not None and head is not None and self.idx.actors[head.key].type != "Person":
                    return head.key
                if re.fullmatch(r"(?:(?:is|was|are|were|be|been)\s+)?", self.t[lo + pm.end() : a]):
                    # the cue is the verb itself ("China said it was suspending dialogue …"): the
                    # nearest subject before the pronoun ("China's regulator said that it is …")
                    near = [sp for sp in spans if not self._object(sp) and self.idx.actors[sp.key].type != "Person"]
                    if near:
                        return near[-1].key
            # a clause subject holds the measure only through a verb that takes it (imposed, slapped,
            # blocked): the last mention with such a verb after it (not "slap China with tariffs")
            for sp in reversed(spans):
                if self._object(sp):
                    continue  # "accused Jane Doe of …": the object of another verb
                if self._owns_other_measure(sp, a):
                    continue  # "responded to US sanctions … by announcing export controls": US owns the first
                takes = (self.r.verb, self.r.relief, self.r.held_open)
                vow = self.r.retaliation is not None and self.r.retaliation.match(self.t, a) is not None
                if any(p is not None and p.search(self.t, sp.end, a) for p in takes) or (
                    vow and _MODAL_ONLY.fullmatch(self.t, sp.end, a)
                ):
                    # X imposed / X agreed to lift / X would not rule out … the measure; of a list of
                    # takers (US, EU, UK, Canada impose …) the first of a side
                    return self._side_in_list(sp, lo) or sp.key
            law = self.r.law_that.search(self.t, lo, a) if self.r.law_that is not None else None
            if law is not None:
                # "signed an executive order that will bar …": what a law does, its maker does
                maker = self.subject(sent, lo, law.start())
                if maker is not None:
                    return maker
            reporter = self._reported_self(sent, lo, a) or self._consequence_speaker(sent, lo, a)
            if reporter is not None:
                return reporter
            if self.r.verb is not None and self.r.verb.fullmatch(self.t, a, b):
                if _DETERMINED.search(self.t, max(lo, a - 40), a) and (taker := self._verb_taker(sent, lo)) is not None:
                    return taker  # "after Washington added 140 entities, …, to its own blacklist": a noun
                # the cue is the verb (", halting purchases of …"): the sentence's subject, or the
                # subject of the sentence before for a pronoun ("It also sanctioned …")
                heads = [
                    sp
                    for sp in self.idx.in_range(sent.start, a)
                    if not self._obliqued(sp, sent.start)
                    and not (self.r.speech is not None and self.r.speech.match(self.t, sp.end + 1, a))
                    and not re.match(r"\s+(?:news agency|reported|says|said)\b", self.t[sp.end : sp.end + 16])
                ]
                if heads:
                    return heads[0].key
                return self._pronoun_subject(sent, lo)
            if self._verb_after_pronoun(lo, a):
                return self._pronoun_subject(sent, lo)
            told = self._reporter_of_future(sent, lo, a, b)
            if told is not None:
                return told
            if lo > sent.start and not every and _ITS_BEFORE.search(self.t, lo, a):
                # "… added six entities it tied to the PLA, balloons included, to its entity list": a
                # clause cut off from its verb; "its" is the subject of that verb ("after Washington
                # added 140 entities, many of them toolmakers, to its blacklist"), else the sentence's
                head = self._sentence_head(sent, lo)
                taker = self._verb_taker(sent, lo)
                if taker is not None or head is not None:
                    return taker or head.key  # type: ignore[union-attr]
            if lo > sent.start and self.t[lo - 2 : lo].strip() == ":" and not every:
                # "gave China an ultimatum: withdraw … or face an additional tariff": what follows the
                # colon spells out the clause before, whose subject holds the step
                return self.subject(sent, sent.start, lo - 2)
            return (
                self._participle_subject(sent, lo, a)
                or self._series_holder(sent, lo, a)
                or self._aside_subject(sent, lo, a)
            )
        if self._subjectless(lo, a):
            # 還將提高中國鋰電池…的關稅: a clause opened by 還將 has no subject of its own; an actor
            # after its verb is an object or a modifier, never the one taking the step
            return self._earlier_subject(sent, lo) or self._pronoun_subject(sent, lo)
        for sp in spans:
            if not self._speaker(sp, a):
                return sp.key
        if spans:
            return spans[-1].key
        # 他又揚言…徵稅: a clause opened by a pronoun, with no subject before it, is the speaker's
        return self._earlier_subject(sent, lo) or self._pronoun_subject(sent, lo)

    def _side_in_list(self, sp: Span, lo: int) -> str | None:
        """English: the first member of a side in the list of names that ``sp`` ends ("US, EU, UK
        and Canada", "the EU and the US"), when ``sp`` itself is of no side."""
        if self.side(sp.key) in _SIDES:
            return None
        members = self.idx.in_range(self._list_start(sp, lo).start, sp.end)
        return next((m.key for m in members if self.side(m.key) in _SIDES), None)

    def _subjectless(self, lo: int, a: int) -> bool:
        """Chinese: a clause opened by an adverb that goes on with an earlier subject
        (``zh-go-on-subject``: 還將, 也將, 此外) and no actor right after it (同時美國將… names one)."""
        m = self.r.anaphor.match(self.t, lo) if self.r.anaphor is not None else None
        if m is None or m.lastgroup != "they":
            return False
        return not any(sp.start <= m.end() for sp in self.idx.in_range(lo, a))

    def _noun_owner(self, lo: int, a: int) -> str | None:
        """English "Trump's threat on Monday to slap China with tariffs", "in response to Trump's
        threat of a 50% tariff": the owner of a noun of intent before the measure takes it; an
        actor after the noun is its object (slap China), not the taker."""
        if self.r.owner_noun is None:
            return None
        last = last_match(self.r.owner_noun, self.t, lo, a)
        if last is None:
            return None
        owner = next(
            (sp for sp in self.idx.in_range(lo, last.start()) if self.t[sp.end : last.start()] in ("", " side")), None
        )  # Trump's threat, the US side's intention
        if owner is None:
            return None
        # what the noun intends follows it ("to …", "of …"), after a time at most (on Monday)
        if not _INTENT_OPENS.match(self.t[last.end() : a]):
            return None
        for sp in self.idx.in_range(last.end(), a):
            to_verb = re.search(r"\bto\s+[a-z]+\s+(?:the\s+)?$", self.t[max(lo, sp.start - 30) : sp.start])
            if not (to_verb or self._obliqued(sp, last.end()) or self._object(sp) or self._possessor(sp, a)):
                return None  # another subject between: "Trump's threat failed and China imposed …"
        return owner.key

    def _consequence_speaker(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English 'Doe told officials that buying Iranian oil could lead to tariffs': a measure
        that a modal consequence verb (``en-measure-consequence``) brings on, in words reported
        from a speaker, is the speaker's step."""
        if self.r.consequence is None or self.r.speech is None:
            return None
        # the consequence verb right before the measure (lead to higher tariffs), after a modal
        cons = [m for m in self.r.consequence.finditer(self.t, lo, a) if _MODIFIERS_ONLY.fullmatch(self.t, m.end(), a)]
        if not cons or not _MODAL_BEFORE.search(self.t, max(lo, cons[-1].start() - 12), cons[-1].start()):
            return None
        said = [m for m in self.r.speech.finditer(self.t, sent.start, cons[-1].start())]
        if not said:
            return None
        return self._speech_subject(sent, said[0].start(), said[0].end())

    def _says(self, sp: Span, limit: int) -> bool:
        """English: a mention right before a verb of speech that a named subject follows (Trump
        said China will face …): the speaker, not the subject of the reported clause."""
        m = self.r.speech.match(self.t, sp.end + 1, limit) if self.r.speech is not None else None
        if m is None:
            return False
        th = re.match(r"\s+(?:that\s+)?(?:the\s+)?", self.t[m.end() : limit])
        at = m.end() + (th.end() if th else 0)
        return any(x.start == at for x in self.idx.in_range(at, limit))

    def _reported_self(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English 'Trump said he may ban TikTok', 'Doe announced that the federal government will
        revoke …': 'he'/'she', or a group noun naming no one (the government, its negotiators),
        right after a verb of speech is its speaker's side; the speaker takes the step."""
        if self.r.speech is None or self.r.reported_self is None:
            return None
        last = next(iter(reversed(list(self.r.speech.finditer(self.t, lo, a)))), None)
        if last is None or not self.r.reported_self.fullmatch(self.t, last.end(), a):
            return None
        return self._speech_subject(sent, last.start(), last.end())

    def _reporter_of_future(self, sent: Sentence, lo: int, a: int, b: int) -> str | None:
        """English: who reports a measure's future in a clause that names no actor ("If there is no
        deal, Doe said, tariffs would go back up", "Doe said that if …, tariffs would rise"):
        the subject of the sentence's verb of speech, when a future word follows the measure."""
        if self.r.speech is None or self.r.future is None or self.idx.in_range(lo, a):
            return None
        fm = self.r.future.match(self.t, b + 1) or self.r.future.match(self.t, b)
        if fm is None or not _RISES.match(self.t, fm.end()):
            return None  # ("further retaliation would result in …": a consequence, no step announced)
        for m in self.r.speech.finditer(self.t, sent.start, sent.end):
            if any(q0 <= m.start() < q1 for q0, q1, _who in self.quotes):
                continue
            who = self._speech_subject(sent, m.start(), m.end())
            if who is not None:
                return who
        return None

    def _participle_subject(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English '…, signaling potential countermeasures' / '…, threatening new tariffs': a
        participle clause with no actor of its own takes the subject of the sentence."""
        if not self._participle_clause(sent, lo, a):
            return None
        return self.subject(sent, sent.start, lo)

    def _aside_subject(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English 'the Treasury Department, led by Secretary Jane Doe, labeled China …': a clause
        that opens with its verb, right after an aside (``_ASIDE_OPENS``: led by, a, the, who …) set
        off by commas from the actor before it, has that actor for its subject."""
        if lo <= sent.start or self.idx.in_range(lo, a):
            return None
        gap = _VERB_OPENS.match(self.t, lo, a)
        at = gap.end() if gap is not None else lo
        if at != a and not (self.r.verb is not None and self.r.verb.match(self.t, at, a)):
            return None  # (the verb opening the clause takes the step, or is the cue itself)
        end = self.t.rfind(",", sent.start, lo)
        start = self.t.rfind(",", sent.start, end) if end > 0 else -1
        if start < 0 or not _ASIDE_OPENS.match(self.t, start + 1, end):
            return None
        named = [sp for sp in self.idx.in_range(sent.start, start + 1) if sp.end == start]
        return named[0].key if named else None

    def _series_holder(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English 'China added five firms to its entity list, opened an antitrust probe into a chip
        maker and …': a clause after a comma opened by a past verb, naming no actor before the cue,
        is the next step of a series; it goes on with the holder of the step before it in the
        sentence (none before: no series, no holder)."""
        opens = (
            _PAST_OPENS.match(self.t, lo, a)
            or (self.r.mood_carry and self.r.mood_carry.match(self.t, lo, a))
            # ", buys a large share of …": the cue is the clause's finite verb (not a participle: ", barring …")
            or (re.fullmatch(r"\s*(?:and\s+)?", self.t[lo:a]) and re.match(r"[a-z]+s\s", self.t[a : a + 30]))
        )
        if not (opens and _COMMA_BEFORE.search(self.t[max(sent.start, lo - 3) : lo]) and not self.idx.in_range(lo, a)):
            return None
        steps = [
            (at, c.actor)
            for c, at in zip(self.out, self.at, strict=True)
            if c.sentence.start == sent.start and c.kind in ("Leverage", "Threat")
        ]
        before = [x for x in steps if x[0] < lo]  # the nearest step before, else one taken later in the series
        return max(before)[1] if before else (steps[-1][1] if steps else None)

    def _verb_use(self, a: int, b: int) -> bool:
        """English: a measure word that is also a verb of taking measures (levy) used as the verb:
        after "to", a modal or an adverb ("to levy tariffs", "will levy duties", "possibly levy sanctions")."""
        if self.lang != "en" or self.r.verb is None or not self.r.verb.fullmatch(self.t, a, b):
            return False
        return _VERB_BEFORE.search(self.t, max(0, a - 16), a) is not None

    def _threat_series(self, sent: Sentence, lo: int, a: int, holder: str) -> bool:
        """Chinese: a clause after a comma that names no one before its step goes on with the step
        just before it in the sentence; when that step is its holder's threat (如果美方執意推動，中方
        可能把美企列入清單，限制或調查高通…，甚至暫停採購波音客機), so is this one -- unless the clause
        says the step is done (``zh-measure-done``: 已)."""
        if self.lang != "zh" or lo <= sent.start or self.t[lo - 1] not in "，,":
            return False
        if self.idx.in_range(lo, a) or (self.r.done is not None and self.r.done.search(self.t, lo, a)):
            return False
        before = [
            (at, c) for c, at in zip(self.out, self.at, strict=True) if c.sentence.start == sent.start and at < lo
        ]
        if not before:
            return False
        _at, last = max(before, key=lambda x: x[0])
        if last.kind != "Threat" or last.actor != holder:
            return False
        # threatened in words (可能, 將, 若…), not only by a start day to come, which is that step's alone
        return any(p is not None and p.search(self.t, sent.start, lo) for p in (self.r.threat, self.r.condition))

    def _participle_clause(self, sent: Sentence, lo: int, a: int) -> bool:
        """English: the clause ``lo..a`` opens with a participle after a comma (also one closing a
        quotation: … to "phase three," slapping …) and names no actor of its own."""
        return (
            _PARTICIPLE_OPENS.match(self.t, lo, a) is not None
            and _COMMA_BEFORE.search(self.t[max(sent.start, lo - 3) : lo]) is not None
            and not self.idx.in_range(lo, a)
        )

    def _en_taker_over_modifier(self, spans: list[Span], mod: Span) -> str | None:
        """English 'the US will announce new China tariffs': a bare name before the measure (no
        's) names its target when a subject of the other side takes it by a verb before; that
        subject holds it. None otherwise (U.S. tariffs, China's export controls: the owner)."""
        if self.lang != "en" or self.r.verb is None or self.t[mod.end : mod.end + 1] in ("'", "’"):
            return None
        if self.side(mod.key) not in _SIDES:
            return None
        for sp in reversed(spans):
            if sp.start >= mod.start or self._object(sp):
                continue
            if self.side(sp.key) in _SIDES and self.side(mod.key) in _SIDES and self.side(sp.key) != self.side(mod.key):
                verbs = list(self.r.verb.finditer(self.t, sp.end, mod.start))
                v = verbs[-1] if verbs else None
                # the verb takes the measure as its direct object (announce new China tariffs), not
                # through a preposition (responded to US tariffs: the name is the owner)
                if v is not None and not re.search(r"\b(?:to|with|against|by|on)$", v.group()) and re.fullmatch(
                    r"(?:\s+(?:the|a|an|new|more|further|additional|higher|fresh|extra|its|their))*\s+",
                    self.t[v.end() : mod.start],
                ):
                    return sp.key
        return None

    def _earlier_subject(self, sent: Sentence, lo: int) -> str | None:
        """A subjectless Chinese clause continues the nearest earlier clause's subject, passing over
        conditions (張偉警告，若中國不讓步，將加徵關稅: 張偉) and speakers (X表示，美方…，濫用出口管制: 美方)."""
        bounds = [sent.start] + [m.end() for m in self.r.clause_end.finditer(self.t, sent.start, lo)]
        found: str | None = None
        for c_lo, c_hi in reversed(list(zip(bounds, [*bounds[1:], lo], strict=True))):
            if self.r.condition is not None and self.r.condition.search(self.t, c_lo, c_hi):
                if c_hi == lo and self._obliged_at(lo) and (topic := self._topic_before_condition(sent, lo, lo)):
                    return topic  # 美方如果真想解決問題，就應該取消…: the topic before 如果 is asked
                continue  # 中國如果不履行承諾: a condition's subject takes no step
            # only a clause-initial mention is that clause's subject (not 幫助北京…)
            # a mention that starts there (中國商務部宣布，…: a long name ends well after it)
            lead = _ZH_TIME_LEAD.match(self.t, c_lo, c_hi)
            first = lead.end() if lead is not None else c_lo  # 60天後商務部將…: a time said first is passed over
            for sp in (x for x in self.idx.in_range(c_lo, c_hi) if x.start < first + _INITIAL):
                if self._obliqued(sp, c_lo) or self._modifier(sp):
                    continue
                if sp.start > c_lo and self._verb_before(c_lo, sp.start):
                    continue  # 暫停中美禁毒合作: after the clause's verb, an object's word, no subject
                if self.r.criticise is not None and self.r.criticise.search(self.t, c_lo, sp.start):
                    continue  # 指控北京在談判最後階段反悔: the one accused, an object
                if self._speaker(sp, c_hi):
                    # 商務部指美國…，脅迫…: the actor right after the speech verb is the reported subject
                    told = self._told_subject(sp, c_hi) if found is None else None
                    if told is not None:
                        return told
                    # 商務部表示，美方違反規則，將採取反制措施: whose step it is, the text leaves open
                    return None if found is not None and self.side(found) != self.side(sp.key) else found or sp.key
                if found is None:
                    found = sp.key
                break
        return found

    def _verb_before(self, lo: int, pos: int) -> bool:
        """Whether a verb of a step (暫停, 取消, 加徵, 制裁) stands in ``[lo, pos)``."""
        return any(p is not None and p.search(self.t, lo, pos) for p in (self.r.engagement_cut, self.r.verb, self.r.act))

    def _told_subject(self, sp: Span, hi: int) -> str | None:
        """Chinese: the actor opening the words a speaker reports in the same clause (商務部指美國…)."""
        m = self.r.speech.match(self.t, sp.end, hi) if self.r.speech is not None else None
        if m is None:
            return None
        x = next(iter(self.idx.in_range(m.end(), hi)), None)
        if x is None or x.start - m.end() > 2 or self._obliqued(x, m.end()) or self._modifier(x):
            return None
        if self.r.clause_end.match(self.t, x.end):
            return None  # 北京警告美國，若…: the one warned, an object
        return x.key

    def _object(self, sp: Span) -> bool:
        """An English mention right after a verb is its object (accused Jane Doe), unless the
        verb reports speech (said China …) or is a form of 'be'/'have'."""
        # a hyphenated modifier may stand between (claims self-ruling Taiwan)
        before = self.orig[max(0, sp.start - 40) : sp.start]
        m = re.search(r"([a-z]+)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?$", before)
        if m is None:
            return False
        word = m.group(1)
        if word in self.r.not_verb or (self.r.oblique is not None and self.r.oblique.fullmatch(word)):
            return False
        if self._speech_word(word):
            return False
        if before[: m.start()].endswith(("to ", "To ")):
            return True  # "take steps to revoke Hong Kong's special status": an infinitive's object
        return word.endswith(("ed", "es")) or word in self.r.object_verb

    def _first_person_subject(self, lo: int, a: int) -> bool:
        """Whether a first-person word opens the words ``[lo, a)`` of a quotation and no actor is
        named before the cue ("We condemn any action by China to expel …": China's): the clause's
        subject is the speaker's side."""
        m = self.r.first_person_rx.search(self.t, lo, a) if self.r.first_person_rx is not None else None
        return m is not None and not self.t[lo : m.start()].strip() and not self.idx.in_range(lo, a)

    def first_person(self, lo: int, a: int) -> bool:
        """Whether the words ``[lo, a)`` hold a first-person subject (我們, we): the speaker's side."""
        return self.r.first_person_rx is not None and self.r.first_person_rx.search(self.t, lo, a) is not None

    def _verb_after_pronoun(self, lo: int, a: int) -> bool:
        """An English clause opened by a pronoun whose verb takes the measure (It imposed tariffs), or
        whose threat word announces it (He also hinted at canceling a meeting)."""
        lo = self._past_lead_time(lo, a)
        m = re.match(r"\s*(?:it|they|he|she)\s+" + _AUX, self.t[lo:a])
        takes = (self.r.verb, self.r.relief, self.r.threat)
        if m and re.fullmatch(r"(?:[a-z]+ly\s+)?", self.t[lo + m.end() : a]):
            return True  # the cue is the pronoun's verb (He abruptly canceled a meeting …)
        if m and any(p is not None and p.search(self.t, lo + m.end(), a) for p in takes):
            return True  # … or eases it (he would lower the tariff), or threatens it (he hinted at canceling …)
        # "The president has vowed to …", "the ministry threatened …": a definite subject referring
        # back, then the verb that takes the measure or a threat word
        m = self.r.anaphor.match(self.t, lo, a) if self.r.anaphor is not None else None
        if m is None or m.lastgroup not in ("person", "body"):
            return False
        return any(p is not None and p.search(self.t, m.end(), a) for p in (self.r.verb, self.r.threat))

    def _verb_taker(self, sent: Sentence, lo: int) -> str | None:
        """English: the last actor before ``lo`` right before a verb taking a measure (``<p>-measure-verb``,
        adverbs and 'has' between), no oblique word's: the subject of the verb a clause cut off by
        an aside completes ("after Washington added 140 entities, many of them toolmakers, to its
        blacklist")."""
        if self.r.verb is None:
            return None
        for sp in reversed(self.idx.in_range(sent.start, lo)):
            gap = _VERB_OPENS.match(self.t, sp.end, lo)
            if gap is not None and self.r.verb.match(self.t, gap.end(), lo) and not self._obliqued(sp, sent.start):
                return sp.key
        return None

    def _sentence_head(self, sent: Sentence, pos: int) -> Span | None:
        """The sentence's first actor before ``pos`` that no oblique word governs, and in English
        no verb takes as its object nor modifies a noun after it ("placed 10 US defence companies"):
        its subject."""
        return next(
            (
                sp
                for sp in self.idx.in_range(sent.start, pos)
                if not self._obliqued(sp, sent.start)
                and not (self.lang == "en" and (self._object(sp) or self._modifier(sp)))
            ),
            None,
        )

    def _head_of_kind(self, sent: Sentence, pos: int, group: str) -> str | None:
        """The sentence's subject (:meth:`_sentence_head`), when it is of the kind a pronoun of
        ``group`` (he, they) can stand for."""
        head = self._sentence_head(sent, pos)
        want = _REFERENT_TYPES.get(group, ("State", "Organization", "Person"))
        return head.key if head is not None and self.idx.actors[head.key].type in want else None

    def _pronoun_subject(self, sent: Sentence, lo: int, depth: int = 2) -> str | None:
        """The referent of a subject opening an English clause that refers back (he, they, the
        lawmakers, the ministry; see ``_anaphor``); None when the clause opens otherwise."""
        joined = self.lang == "en" and lo > sent.start and _LEAD_AND.match(self.t, lo) is not None
        lo = self._past_lead_time(lo, len(self.t))
        m = self.r.anaphor.match(self.t, lo) if self.r.anaphor is not None else None
        if joined and m is not None and m.lastgroup in ("they", "he"):
            # "MOFCOM said …, and it launched an investigation": a pronoun after "and" is the
            # sentence's own subject, when it is of the pronoun's kind
            head = self._head_of_kind(sent, lo, m.lastgroup or "they")
            if head is not None:
                return head
        i = self.sent_no.get(sent.start, -1)
        if m is None or i <= 0 or any(sp.start < m.end() for sp in self.idx.in_range(lo, m.end())):
            return None  # "The White House urged": a name, no reference back
        if self.lang == "zh" and m.lastgroup == "they" and self.t[sent.start : lo].strip() and not self._besides(sent, lo):
            return None  # 該措施…，還拓展…: inside a sentence 還 goes on with its own subject, named or not
        if self.lang == "en" and m.lastgroup != "we" and self.t[lo - 5 : lo] == "that ":
            # "Trump said the talks went well and that he would lower the tariff": a second
            # that-clause's pronoun is the sentence's subject, when it is of the pronoun's kind
            head = self._head_of_kind(sent, lo, m.lastgroup or "they")
            if head is not None:
                return head
        return self._antecedent(i, m.lastgroup or "they", depth)

    def _past_lead_time(self, lo: int, hi: int) -> int:
        """English: where a clause's subject may start, after a time opening it ("On Wednesday it
        suspended …", "Last week, they …"): the time is no part of the subject."""
        if self.lang == "en" and (cm := _LEAD_AND.match(self.t, lo, hi)) is not None:
            lo = cm.end()  # "…, and it added …": the conjunction is no part of the subject either
        tm = _LEAD_TIME.match(self.t, lo, hi) if self.lang == "en" else None
        return tm.end() if tm is not None else lo

    def _besides(self, sent: Sentence, lo: int) -> bool:
        """Chinese: only a frame of what else is done (``zh-besides``: 除了電動車外，還將…) and no actor
        stands before the clause: like a sentence opened by 還, it goes on with the subject before."""
        return (
            self.r.besides is not None
            and self.r.besides.match(self.t, sent.start) is not None
            and not self.idx.in_range(sent.start, lo)
        )

    def _antecedent(self, i: int, kind: str, depth: int) -> str | None:
        """What a referring subject of sentence ``i`` stands for: for he, she and we the person
        speaking in the sentences before; else the subject of the nearest sentence before naming
        an actor of its kind (itself resolved when it too refers back)."""
        if kind in ("he", "we"):
            speaker = self.current_speaker(self.sentences[i])
            if speaker is not None and (kind == "we" or self.idx.actors[speaker].type == "Person"):
                return speaker
            if kind == "we" or self.lang == "zh":
                return None  # 他 with no one speaking before: whom it stands for, the text leaves open
        want = _REFERENT_TYPES.get(kind, ("State", "Organization", "Person"))
        for k in range(i - 1, max(-1, i - 3), -1):
            prev = self.sentences[k]
            if depth > 0:
                back = self._pronoun_subject(prev, prev.start, depth - 1)
                if back is not None and self.idx.actors[back].type in want:
                    return back
            for sp in self.idx.in_range(prev.start, prev.end):
                if self.idx.actors[sp.key].type in want and not self._obliqued(sp, prev.start):
                    if self._reporter(sp, prev.end):
                        continue  # 綜合美聯社等外媒報導，拜登宣布…: the outlet reports, 拜登 acts
                    return sp.key
        return None

    def _reporter(self, sp: Span, hi: int) -> bool:
        """Chinese: a mention followed, in its clause, by a verb of reporting (``zh-report``:
        美聯社等外媒報導): the outlet telling what others did."""
        if self.lang != "zh" or self.r.report is None:
            return False
        m = self.r.report.search(self.t, sp.end, min(hi, sp.end + 8))
        return m is not None and not self.r.clause_end.search(self.t, sp.end, m.start())

    def current_speaker(self, sent: Sentence, back: int = 3) -> str | None:
        """Who is speaking where a sentence names no subject of its own (何詠前稱，…。希望美方…;
        "…," he said. "We urge …"): the speaker of the nearest statement or speech verb in the
        few sentences before it."""
        i = self.sent_no.get(sent.start, -1)
        for k in range(i - 1, max(-1, i - 1 - back), -1):
            s2 = self.sentences[k]
            best: tuple[int, str] | None = None
            for qa, _qb, who in self.quotes:
                if s2.start <= qa < s2.end:
                    best = max(best or (qa, who), (qa, who))
            for m in self.r.speech.finditer(self.t, s2.start, s2.end) if self.r.speech is not None else ():
                subject = self._speech_subject(s2, m.start(), m.end())
                if subject is not None:
                    best = max(best or (m.start(), subject), (m.start(), subject))
            if best is not None:
                return best[1]
        return None

    def _speech_subject(self, sent: Sentence, a: int, b: int) -> str | None:
        """The actor saying a speech verb: right before it (何詠前稱, Lin said), or right after it
        in English ("said Lin Jian")."""
        before = self.idx.in_range(max(sent.start, a - 40), a)
        if before and len(self.t[before[-1].end : a].strip()) <= (2 if self.lang == "zh" else 0):
            return before[-1].key
        if self.lang == "en":
            after = next(iter(self.idx.in_range(b, min(sent.end, b + 60))), None)
            if after is not None and re.fullmatch(r"\s*(?:[A-Z][\w.'-]*\s+)*", self.orig[b : after.start]):
                return after.key
        return None

    def _possessor(self, sp: Span, a: int) -> bool:
        """An actor that owns the measure noun phrase: China's (new) export controls, U.S. tariffs, 中國的稀土管制."""
        between = self.t[sp.end : a]
        if self.lang == "en":
            if self.r.verb is not None and self.r.verb.fullmatch(between.strip()):
                return False  # "Canada impose sanctions": the subject of the verb, not an owner
            words = between.split()
            if re.search(r"\b(?:and|or|but)\b", between):
                return False  # "for three US exporters and halted purchases": a coordination, no owner
            if len(words) >= 2 and words[-1] in ("the", "a", "an") and not between.startswith(("'", "’")):
                return False  # "China opposes the export controls": a verb and its article, no owner
            if (
                words
                and self.r.oblique is not None
                and self.r.oblique.fullmatch(words[0])
                and all(w in _DETERMINERS for w in words[1:])
                and not re.match(r"[a-z]+(?:ing|ed)\b", self.t[a : a + 30])
            ):
                # "added Acme to the entity list": a preposition and at most a determiner between
                # name no owner (but "the US in October restricted", "allows Jane Doe to levy
                # tariffs", "accused Washington of abusing export controls", "follow the US in
                # restricting sales": a subject, however parted from its verb)
                return False
            intent = _OWNED_INTENT.match(between)
            if intent is not None and self.r.intent_noun is not None and self.r.intent_noun.fullmatch(intent.group(1)):
                return True  # "pointed to Beijing's decision in July 2023 to restrict exports": its step
            return re.fullmatch(r"(?:'s?|s')?(?:\s+(?:[a-z0-9%$.-]+)){0,2}\s*", between) is not None and (
                between.startswith("'") or between.strip() == "" or not self._obliqued(sp, max(0, sp.start - 20))
            )
        if self._modifier(sp):
            return False
        rest = self.r.issue.sub("", between) if self.r.issue is not None else between
        # 美國關稅, 中國的稀土出口管制; not 中國電動車關稅 (tariffs on Chinese cars: no 的)
        if not (between == "" or rest == "的"):
            return False
        if not self._obliqued(sp, max(0, sp.start - 12)):
            return True
        # after a verb, X的 + measure is the verb's object and X owns it (回擊美國的制裁); after a
        # preposition that aims (對美國的關稅: tariffs on the United States) X is the target
        before = self.t[max(0, sp.start - 4) : sp.start]
        return rest == "的" and not any(before.endswith(k) for k in self.r.aim_keys)

    def _owns_other_measure(self, sp: Span, a: int) -> bool:
        """English: a mention right before another measure noun than the one at ``a`` (US sanctions,
        Chinese tariffs, with at most one word between) owns that measure; it is no subject of a
        verb after it."""
        m = re.match(r"(?:'s?|s')?\s+", self.t[sp.end : a])
        if m is None:
            return False
        at = [sp.end + m.end()]
        w = re.match(r"[a-z-]+\s+", self.t[at[0] : a])
        if w is not None and not (self.r.verb is not None and self.r.verb.fullmatch(w.group().strip())):
            at.append(at[0] + w.end())  # US new sanctions (not "China imposed tariffs …": its verb)
        for x in at:
            for p in (self.r.measure, self.r.restrict, self.r.weak):
                hit = p.match(self.t, x) if p is not None and x < a else None
                # a noun, not the mention's own verb (the U.S. blocked exports … and revoked visas)
                if hit is not None and not re.search(r"(?:ed|ing)$", hit.group().split()[0]):
                    return True
        return False

    def _modifier(self, sp: Span) -> bool:
        """A mention followed by a goods or company noun modifies it (中國商品, 中國企業): no subject."""
        if self.lang == "en" and (
            _COMPOUND_NEXT.match(self.t, sp.end) or _COMPOUND_PREV.match(self.t[max(0, sp.start - 2) : sp.start])
        ):
            return True  # US-China talks, China-US relations, U.S.-led curbs: a part of a compound
        if self.lang == "en" and (n := _COUNTED.search(self.t, max(0, sp.start - 12), sp.start)) and _PLURAL_NEXT.match(
            self.t, sp.end
        ):
            # "added 15 United States entities", "10 US companies": a counted noun's modifier (not a day:
            # "On Oct. 9 Beijing tightened …")
            month = re.search(r"([a-z]+)\.?\s*$", self.t[max(0, n.start() - 12) : n.start()])
            if month is None or month.group(1) not in self.r.month_words:
                return True
        return self.r.modified is not None and self.r.modified.match(self.t, sp.end) is not None

    def _speaker(self, sp: Span, a: int) -> bool:
        """A Chinese mention followed by a speech verb and then a clause break or another actor
        (X表示，… / X指美國…): the reporter of the measure, not its taker (X宣布將… is the taker)."""
        if self.r.speech is None:
            return False
        m = self.r.speech.match(self.t, sp.end, a)
        if m is None:
            return False
        rest = self.t[m.end() : a].lstrip("称稱说說道")
        return bool(self.r.clause_end.match(rest[:1] or "，")) or any(
            x.start - m.end() <= 2 and not self._obliqued(x, m.end()) for x in self.idx.in_range(m.end(), a)
        )  # (商務部宣布對某船廠…採取反制措施: the one aimed at after 對 reports nothing; 商務部 takes the step)

    def _in_title(self, sent: Sentence, pos: int) -> bool:
        """Whether ``pos`` stands inside a title in 《》 cited as the basis of an act (根據《…反壟斷法》…:
        ``<p>-deal-by`` before the titles); a title acted on names the step (調整《禁止出口限制出口技術目錄》)."""
        opened = self.t.rfind("《", sent.start, pos)
        if opened < 0 or self.t.find("》", opened, pos) >= 0:
            return False
        first = opened
        while self.t[max(sent.start, first - 1) : first] in ("》", "、"):  # 《…》《…》、《…》: one run of titles
            first = self.t.rfind("《", sent.start, first - 1)
            if first < 0:
                return False
        by = self.r.deal_by
        return by is not None and by.search(self.t, max(sent.start, first - 3), first) is not None

    def _titled(self, sp: Span) -> bool:
        """A mention inside a title in 《》 (a law's or a book's name) is no actor of the clause."""
        before = self.t[max(0, sp.start - 30) : sp.start]
        return "《" in before and "》" not in before[before.rindex("《") :]

    def aimed_at(self, lo: int, a: int, b: int, hi: int) -> str | None:
        """The actor right after a target word in the measure's clause before it (對中國實施的關稅,
        針對美國的制裁), whatever its side; None when there is none."""
        if self.r.target is None:
            return None
        for m in self.r.target.finditer(self.t, lo, a):
            sp = next(iter(self.idx.in_range(m.end(), min(a, m.end() + 30))), None)
            if sp is not None and sp.start == m.end() and not self._modifier(sp):
                return sp.key
        return None

    def _aimed_side(self, lo: int, a: int, b: int, hi: int) -> str | None:
        """The side a measure is aimed at when its clause names no holder: an actor after a target
        word before it (對中國商品加徵的關稅), or in English right after it (tariffs on China,
        sanctions against Chinese officials: a demonym counts)."""
        aimed = self.aimed_at(lo, a, b, hi)
        if aimed is not None and self.lang == "zh" and any(
            sp.key == aimed and self.t[sp.end : sp.end + 1] == "的" for sp in self.idx.in_range(lo, a)
        ):
            return None  # 對於中國的稀土管制: the one named owns the measure, no one aims it at them
        side = self.side(aimed) if aimed is not None else None
        if aimed is None and self.lang == "en" and (m := _AIMED_AFTER.match(self.t, b, hi)) is not None:
            sp = next(iter(self.idx.in_range(m.end(), min(hi, m.end() + 40))), None)
            if sp is not None and sp.start == m.end():
                side = self.side(sp.key)
            else:  # a demonym (Chinese goods, American firms)
                side = self._demonym_side(m.end(), hi)
        return side if side in _SIDES else None

    def _demonym_side(self, pos: int, hi: int) -> str | None:
        """English: the side of a demonym starting at ``pos`` (Chinese goods, American firms)."""
        word = m.group() if (m := re.match(r"[A-Z][\w.]*", self.orig[pos:hi])) else ""
        return self.r.demonym_side.get(word.rstrip(".")) or self.r.demonym_side.get(word)

    def target(self, holder: str, lo: int, a: int, b: int, hi: int) -> str | None:
        """An actor after a target word near the cue (on China, 對美國), else the other side."""
        if self.r.target is not None:
            for m in self.r.target.finditer(self.t, lo, min(hi, b + _AFTER[self.lang])):
                sp = next(iter(self.idx.in_range(m.end(), min(hi, m.end() + 30))), None)
                if sp is None or sp.key == holder:
                    continue
                gap = self.t[m.end() : sp.start].strip()
                if gap in ("", "the") and self.side(sp.key) != self.side(holder):
                    return sp.key
        return self.other_state(holder)

    def issues(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        if self.r.issue is None:
            return []
        out = []
        for m in self.r.issue.finditer(self.t, lo, hi):
            iid = self.r.issue_of.get(m.group())
            # an actor's name is no issue, but an issue may hold one (中國市場)
            near = self.idx.in_range(max(0, m.start() - 40), m.end() + 40)
            inside = any(sp.start <= m.start() and m.end() <= sp.end for sp in near)
            if iid and not inside:
                out.append((m.start(), m.end(), iid))
        return out

    def depended_on(self, lo: int, a: int, b: int, hi: int) -> Span | None:
        """Who is depended on: the actor right after the cue (reliance on China, 依賴中國) or,
        in Chinese, after 對 before it (對中國進口的依賴)."""
        sp = next(iter(self.idx.in_range(b, min(hi, b + 30))), None)
        if sp is not None and self.t[b : sp.start].strip() in ("", "the"):
            return sp
        if self.lang == "zh" and self.r.target is not None:
            for m in self.r.target.finditer(self.t, max(lo, a - 14), a):
                sp = next(iter(self.idx.in_range(m.end(), a)), None)
                if sp is not None and sp.start == m.end():
                    return sp
        return None

    def _demonym_after(self, b: int, hi: int) -> str | None:
        """English: the state of a demonym right after ``b`` (dependence on Chinese rare earths:
        China), when the document names that side."""
        if self.lang != "en":
            return None
        m = re.match(r"\s+(?:the\s+)?", self.orig[b:hi])
        side = self._demonym_side(b + m.end(), hi) if m is not None and m.end() else None
        return self.state_keys.get(side) if side in _SIDES else None

    def complement(self, lo: int, a: int, b: int, hi: int) -> tuple[int, int]:
        """The measure word with what it bears on: ``tariffs on US soybeans`` (English, after it,
        up to a clause or conjunction) or ``對美國大豆加徵的關稅`` (Chinese, from 對 before it)."""
        limit = _THING[self.lang]
        if self.lang == "en":
            m = self.r.complement.match(self.t[b:hi]) if self.r.complement is not None else None
            end = b + m.end() if m else b
            pre = _PREMODIFIERS.search(self.t, max(lo, a - 40), a)
            x = pre.start() if pre is not None and not self.idx.in_range(pre.start(), a) else a
            if end - x > limit:
                x = a
            return x, (end if end - x <= limit else b)
        if self.r.target is not None:
            for m in self.r.target.finditer(self.t, max(lo, a - limit + (b - a)), a):
                if "，" not in self.t[m.start() : a] and "," not in self.t[m.start() : a]:
                    return m.start(), b
        if self.t[a - 1 : a] == "的" and self.r.disposal is not None:
            # 把2500億美元中國商品的關稅從25%上調至30%: the measure's owner phrase after 把/將,
            # and the change of its rate after it
            marks = list(self.r.disposal.finditer(self.t, max(lo, a - limit), a))
            if marks and not self.r.clause_end.search(self.t, marks[-1].end(), a):
                x = marks[-1].end()
                rate = _RATE.match(self.t, b, hi)
                y = rate.end() if rate is not None and rate.end() - x <= limit else b
                return x, y
        return a, b

    def emit(self, kind: str, actor: str, a: int, b: int, sent: Sentence, target: str | None, issue: str) -> None:
        """A claim whose phrase is ``orig[a:b]`` (cut from the original script)."""
        phrase = self.orig[a:b]
        if "」" in phrase and not 0 <= phrase.find("「") < phrase.find("」"):
            return  # 未經核實清單」移入限制: a span that starts inside a bracketed name is no phrase
        if kind == "Demand" and self.r.question is not None and self.r.question.search(self.t, a, b):
            return  # 美方希望中方怎麼做？: an item that asks is no item (zh-question)
        framed = self.r.frame_start is not None and self.r.frame_start.match(self.t, a) is not None
        if kind == "Demand" and framed and self._frame_ends(a, b):
            return  # 希望美方以此次會談為基礎，…: the ground the demand stands on, nothing asked
        if self.lang == "en" and any(q in phrase for q in "\"\u201c\u201d"):
            # (a quotation mark the matching text reads through is no part of the phrase)
            phrase = "".join(ch for ch, lo in zip(phrase, self.t[a:b], strict=True) if not (lo == " " and ch != " "))
        self.out.append(
            ClaimMention(
                kind=kind, actor=actor, phrase=phrase, sentence=sent, target=target,
                issue=issue or None, lang=self.tag,
            )
        )
        self.at.append(a)

    def _frame_ends(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` ends with the end of a 以…/從… frame (``zh-item-frame-end``: 為基礎, 為前提, 出發)."""
        rx = self.r.frame_end
        return rx is not None and any(m.end() == b for m in rx.finditer(self.t, max(a, b - 4), b))

    def measure_items(self, lo: int, a: int, b: int, hi: int, item: str) -> list[tuple[int, int, str]]:
        """What a measure is about: the issues its noun phrase names (``object``, ``required``);
        else, unless an item is ``required``, the measure itself with what it bears on (tariffs
        on US soybeans, 對美國大豆加徵的關稅), so the phrase shows both and stays a noun phrase."""
        things = self.listed_object(lo, a, b)  # 對鎢、碲實施出口管制; 提高電池、晶片等商品的關稅
        if things and self.lang == "en" and all(self._target_thing(x, y) for x, y, _iid in things):
            things = []  # sanctions on officials, individuals and entities: whom it hits, the measure is the item
        if things:
            # a thing without an issue of its own keeps the measure's (the batteries' tariffs)
            own = self.r.issue_of.get(self.t[a:b]) or ""
            if self.lang == "en":
                # tariffs on steel, cranes and solar panels: the first thing carries the measure's
                # issue, each other its own item (one issue for all would make them one claim)
                return [
                    (x, y, iid or (own if i == 0 or self._generic_thing(x, y) else ""))
                    for i, (x, y, iid) in enumerate(things)
                ]
            return [(x, y, iid or own) for x, y, iid in things]
        found = self.items(lo, a, b, hi) if item != "self" else []
        if found or item == "required":
            return found
        pa, pb = self.complement(lo, a, b, hi)
        rate = self.r.rate_step is not None and self.r.rate_step.fullmatch(self.t, a, b) is not None
        return [(pa, pb, self.r.issue_of.get(self.t[a:b]) or (self.r.rate_issue if rate else ""))]

    def phrase_end(self, a: int, b: int, complement: bool = False) -> int:
        """English: where a noun phrase (or a list of them) starting at ``a`` ends, at most ``b``:
        before a word that ends a noun phrase, unless it is part of a list's joining words (the
        "as" of "as well as"), or (with ``complement``) a "to" that goes on with the complement,
        or a stop mark."""
        if self.r.list_stop is None:
            return b
        b = self._before_attribution(a, b)
        joins = [(m.start(), m.end()) for m in self.r.enumeration.finditer(self.t, a, b)] if self.r.enumeration else []
        for m in self.r.list_stop.finditer(self.t, a, b):
            at = m.start() + (1 if self.t[m.start()].isspace() else 0)
            if not any(x <= at < y for x, y in joins) and not (complement and self._complement_goes_on(a, at, b)):
                return m.start()
        return b

    def _before_attribution(self, a: int, b: int) -> int:
        """English: ``b``, or where an attribution closing the span begins — a comma, its speakers
        in a few words, a verb of speech and at most a few words more ("…on Chinese products, experts
        and officials said on Tuesday."): who said it is no part of the phrase before."""
        if self.r.speech is None:
            return b
        for m in re.finditer(r",\s+", self.t[a:b]):
            words = self.t[a + m.end() : b].rstrip(" .").split()
            verb = next((i for i, w in enumerate(words[:7]) if self.r.speech.fullmatch(w)), None)
            if verb is not None and verb > 0 and len(words) - verb - 1 <= 3 and "," not in "".join(words[:verb]):
                return a + m.start()
        return b

    def _complement_goes_on(self, a: int, at: int, b: int) -> bool:
        """English: a "to" at ``at`` that does not end the noun phrase begun at ``a``: it opens
        the complement of the noun before it (access to advanced chips; ``en-complement-to``), or
        a side the step is aimed at between the noun and its "of" (exports to the United States
        of gallium): what the step is about follows."""
        if not self.t.startswith("to ", at):
            return False
        before = self.t[a:at].split()
        if before and before[-1].lower().strip(",") in self.r.complement_to:
            return True
        after = [sp for sp in self.idx.in_range(at + 3, b) if sp.start <= at + 8]
        if not after or self.idx.actors.get(after[0].key) is None:
            return False
        return re.match(r"\s+of\s", self.t[after[0].end : after[0].end + 5]) is not None

    def _target_thing(self, x: int, y: int) -> bool:
        """A thing that names people or bodies (``<p>-target-noun``: officials, entities, 官員, 部門) —
        in English within its first words: whom a measure hits, not what it is about."""
        if self.r.target_noun is None:
            return False
        if self.lang == "zh":
            return self.r.target_noun.search(self.t, x, y) is not None
        return self.r.target_noun.search(" ".join(self.t[x:y].split()[:4])) is not None

    def _generic_thing(self, x: int, y: int) -> bool:
        """English: a thing of at most two words headed by a generic trade noun (goods and
        services, other products; ``en-generic-goods``) is no item of its own."""
        words = self.t[x:y].split()  # "other goods", "us imports"; not "liquified natural gas products"
        generic = self.r.generic_goods
        return 0 < len(words) <= 2 and generic is not None and generic.fullmatch(words[-1]) is not None

    def _before_next_verb(self, a: int, b: int) -> int:
        """English: ``b``, or where a join before the next verb of the same subject begins ("…
        tungsten and indium, and added PVH to the list"): the coordinated verb phrase takes a
        step of its own, its words are no thing of the list before."""
        for m in _AND_THEN.finditer(self.t, a, b):
            for p in (self.r.verb, self.r.act):
                w = p.match(self.t, m.end(), b) if p is not None else None
                if w is not None and (w.end() == b or not self.t[w.end()].isalnum()):
                    return m.start()
        return b

    def listed(self, a: int, b: int) -> list[tuple[int, int]]:
        """The things of a list in ``[a, b)`` (鎢、碲和鉍; gallium, germanium and antimony), each a
        short phrase with no actor in it; [] when the span is no list."""
        if self.r.enumeration is None:
            return []
        if self.r.enumeration_end is not None and (m := self.r.enumeration_end.search(self.t, a, b)):
            b = m.start()
        if self.lang == "zh" and (m := _ZH_COUNTED_KIND.search(self.t, a, b)):
            b = m.start()  # 釤、釓…釔七種中重稀土: the count and the kind after the last thing are no thing
        if self.lang == "en":
            b = self._before_next_verb(a, b)
        cuts = [(m.start(), m.end()) for m in self.r.enumeration.finditer(self.t, a, b)]
        bounds = [a] + [y for _x, y in cuts]
        ends = [x for x, _y in cuts] + [b]
        out = []
        for x, y in zip(bounds, ends, strict=True):
            part = self.t[x:y]
            x += len(part) - len(part.lstrip(" "))
            y -= len(part) - len(part.rstrip(" ,"))
            lead = self.idx.in_range(x, y)
            if lead and lead[0].start == x and lead[0].end < y and len(lead) == 1:
                x = lead[0].end  # 中國電動車用鋰電池: the maker named first modifies the thing
                owned = re.match(r"(?:'s|’s|')?\s*", self.t[x:y])  # "US soybeans", "China's rare earths"
                x += owned.end() if owned else 0
            if x < y:
                out.append((x, y))
        limit = 12 if self.lang == "zh" else 40
        if len(out) < 2 or any(y - x > limit or self.idx.in_range(x, y) for x, y in out):
            return []
        words = [self.t[x:y].split() for x, y in out]
        single = [w for w in words[1:] if len(w) == 1]
        if self.lang == "en" and len(single) == len(words) - 1 and any(w[-1].endswith("ed") for w in words):
            return []  # "ships owned, operated, built or flagged by US entities": participles, no things
        return out

    def listed_object(self, lo: int, a: int, b: int) -> list[tuple[int, int, str]]:
        """A measure on a list of things, one item per thing (its issue, if it names one):
        ``對鎢、碲、鉍實施出口管制`` (between the target word and the measure, its verb left out),
        ``export controls on gallium, germanium and antimony`` (after the preposition)."""
        if self.lang == "zh":
            marks = list(self.r.target.finditer(self.t, lo, a)) if self.r.target is not None else []
            if not marks:
                return self.listed_before_de(lo, a) or self.listed_after_intro(b)
            x, y = marks[-1].end(), a
            if self.r.enumeration is not None and any(m.end() == a for m in self.r.enumeration.finditer(self.t, x, a)):
                return []  # 對華經貿政策、出口管制、…: the measure is itself a thing of the list
            # the verb applying the measure ends the list, a short modifier of the measure after it
            # (對牛肉、豬肉加徵報復性關稅)
            verbs = [m for m in self.r.apply.finditer(self.t, x, y) if m.end() >= y - 3] if self.r.apply else []
            verbs = [m for m in verbs if not self.r.clause_end.search(self.t, m.end(), y)]
            if verbs and self.r.enumeration is not None and self.r.enumeration.search(self.t, verbs[-1].end(), y):
                verbs = []
            y = verbs[-1].start() if verbs else y
            if y - x <= 2 and len(marks) > 1:
                # 對芯片、半導體製造設備的對華出口限制: the things stand after the target word before,
                # up to 的 (the last target word names who is aimed at)
                de = self.t.rfind("的", marks[-2].end(), marks[-1].start() + 1)
                if de > marks[-2].end() and de >= marks[-1].start() - 1:
                    x, y = marks[-2].end(), de
        else:
            starts = [x.start for x in self.sentences]
            sent_end = self.sentences[bisect.bisect_right(starts, a) - 1].end
            head = self.r.list_head.match(self.t, b) if self.r.list_head is not None else None
            if head is None:
                return self.en_listed_after_intro(b, sent_end)
            x = head.end()
            y = self.phrase_end(x, sent_end)
            intro = self.r.list_intro.search(self.t, x, min(sent_end, y + 9)) if self.r.list_intro else None
            if intro is not None and intro.start() <= y:
                y = intro.start()  # tariffs on farm goods, including soybeans / goods such as steel
            things = self._things(x, y)
            if all(self._generic_thing(tx, ty) for tx, ty, _iid in things):
                # export controls on items related to tungsten and indium, tariffs on goods such as
                # steel: a generic head names no item; the list after it does
                return self.en_listed_after_intro(y, sent_end, kind_from=x) or things
            return things
        return self._things(x, y)

    def en_listed_after_intro(self, pos: int, end: int, kind_from: int | None = None) -> list[tuple[int, int, str]]:
        """English: ``export controls on several elements, including tungsten, tellurium and
        indium`` — a list introduced (``en-list-intro``) after the measure's noun phrase, with no
        clause, stop or other measure between: one item per thing."""
        if self.r.list_intro is None:
            return []
        m = self.r.list_intro.search(self.t, pos, min(end, pos + _INTRO_REACH))
        if m is None or _INTRO_BREAK.search(self.t, pos, m.start()):
            return []
        for pat in (self.r.measure, self.r.restrict, self.r.weak, self.r.threat, self.r.verb):
            if pat is not None and pat.search(self.t, pos, m.start()):
                return []
        y = self.phrase_end(m.end(), end)
        named = self.idx.in_range(m.end(), y)
        if named:  # …, batteries and solar equipment, Bloomberg reported: the list ends before a name
            y = named[0].start
        return self._things(m.end(), y, kind=(pos if kind_from is None else kind_from, m.start()))

    def _things(self, x: int, y: int, kind: tuple[int, int] | None = None) -> list[tuple[int, int, str]]:
        """The things of a list in ``[x, y)``, each with its issue: its own, else the list's as a
        whole (鎵、鍺: one issue, each too short to name it; or the kind named before the list:
        "seven rare earths, including samarium and …"), else none."""
        whole = {i[2] for i in self.issues(x, y)} or ({i[2] for i in self.issues(*kind)} if kind else set())
        things = self.listed(x, y)
        if self.lang == "en" and len(things) > 1 and not _EN_JOIN.search(self.t, things[-2][1], things[-1][0]):
            y = things[-1][0]  # gallium and germanium, elements essential to …: an apposition, no thing
            things = self.listed(x, y)
        names = [{i[2] for i in self.issues(ia, ib)} for ia, ib in things]
        if any(names) and (self.lang != "en" or not re.search(r"\sof\s", self.t[things[-1][0] : things[-1][1]])):
            # crude oil, farm machinery and cars; 大豆、牛肉和豬肉: one thing's issue is not the
            # others' (but the manufacture and export of fentanyl: heads that share their complement)
            whole = set()
        out = []
        for (ia, ib), named in zip(things, names, strict=True):
            own = named if len(named) == 1 else whole if len(whole) == 1 and not named else set()
            out.append((ia, ib, next(iter(own), "")))
        return out

    def listed_before_de(self, lo: int, a: int) -> list[tuple[int, int, str]]:
        """Chinese: ``提高鋰電池、醫療用品與半導體等商品的關稅`` — a list between the verb that
        applies the measure and 的 right before it."""
        if self.r.apply is None or self.t[a - 1 : a] != "的":
            return []
        verbs = list(self.r.apply.finditer(self.t, lo, a - 1))
        return self._things(verbs[-1].end(), a - 1) if verbs else []

    def listed_after_intro(self, b: int) -> list[tuple[int, int, str]]:
        """Chinese: ``關稅將調高的商品包括電動車電池、太陽能電池、醫療用品等`` — a list introduced
        (``<p>-list-intro``) right after the measure's clause words, up to the clause's end."""
        if self.r.list_intro is None:
            return []
        m = self.r.list_intro.search(self.t, b, min(len(self.t), b + 12))
        if m is None or self.r.clause_end.search(self.t, b, m.start()) or _ZH_COVERB.search(self.t, b, m.start()):
            return []  # (禁止組織和個人與其開展有關交易: a small clause between, no list of the measure's)
        stop = self.r.clause_end.search(self.t, m.end())
        return self._things(m.end(), stop.start() if stop is not None else len(self.t))

    def act_items(self, a: int, b: int, hi: int, item: str = "act") -> list[tuple[int, int, str]]:
        """What a punitive verb acts on: the issues of its object, else the things of a list
        there, else the verb with its object when that is short enough to name a thing (revoked
        visas for Chinese students). None when the object is a measure: lifting or suspending
        tariffs is easing, and a measure is the measure engine's own."""
        x = b + len(self.t[b:hi]) - len(self.t[b:hi].lstrip(" "))
        y = hi
        if self.lang == "en":
            if _PREDICATE_NEXT.match(self.t, b):
                return []  # "the ban was unacceptable and threatened …": a noun, its clause's subject
            y = self.phrase_end(x, hi)
            if item == "required" and self.t.startswith(" as ", y):
                y = self.phrase_end(y + 4, hi)  # designated China as a currency manipulator
        if y <= x:
            return []
        if self.lang == "zh" and _ZH_NOUN_AFTER_VERB.match(self.t, b):
            return []  # 禁止措施, 封殺令: the verb modifies a noun, no step named by it
        for pat in (self.r.measure, self.r.restrict, self.r.weak, self.r.retaliation):
            if pat is not None and pat.search(self.t, x, y):
                return []
        found = self.issues(x, y)
        if self.lang == "en" and not found and item == "act":
            # cut off Beijing's access to advanced chips, banning exports to the US of gallium: the
            # complement after "to" names what the step is about; the step keeps its own words
            z = self.phrase_end(x, hi, complement=True)
            more = self.issues(y, z) if z > y else []
            text = self.orig[a:y].rstrip(" ,.。，")
            if more and len(text) <= _THING[self.lang]:
                return [(a, a + len(text), iid) for _i, _j, iid in more]
        if found and item != "org":
            return found
        if self.lang == "en" and (frm := re.match(r"\s+from\s+", self.t[y:hi])) is not None:
            # barred operators of critical infrastructure from buying Micron chips, banned its firms
            # from selling rare earth magnets: those bound are no item; what they may not do names it
            fx = y + frm.end()
            fy = self.phrase_end(fx, hi)
            org = self._object_org(fx, fy)
            if org is not None:  # (a name alone is no thing held: the words up to it)
                return [(a if org.end - a <= _THING[self.lang] else fx, org.end, "")]
            barred = self.issues(fx, fy)
            if barred:
                return barred
        text = self.orig[a:y].rstrip(" ,.。，")
        short = len(text) <= _THING[self.lang]
        org = self._object_org(x, y)
        if org is not None:
            # sanctioned five subsidiaries of Hanwha Ocean, banned sales of Micron's chips,
            # 禁止與雷神公司進行貿易: a step against a company names the company; the verb with its
            # object when that is short enough to be a thing, else the company's name
            ia, ib = (a, a + len(text)) if short else (org.start, org.end)
            return [(ia, ib, found[0][2] if len(found) == 1 else "")]
        if item == "org":
            return []
        if found or item == "required":
            return found
        if self.lang == "en":
            # halted its ties with the U.S. on several fronts, including talks on climate change and
            # military contacts: the list introduced after its object names what is cut, one item each
            end = self.sentences[bisect.bisect_right(self.starts, a) - 1].end
            intro = self.en_listed_after_intro(y, end) if self.r.list_intro is not None else []
            if intro:
                return intro
        things = self.listed(x, y)
        if (
            self.lang == "en"
            and things
            and (frm := re.match(r"\s+from\s", self.t[y:hi]))
            and all(self._target_thing(ia, ib) for ia, ib in things)
        ):
            # barring Chinese organizations and individuals from transactions with …: those bound
            # by the ban, no things of it; the company it shuts out, if one is named
            org = self._object_org(y + frm.end(), hi)
            return [(org.start, org.end, "")] if org is not None else []
        if things and not (self.lang == "zh" and _ZH_COVERB.search(self.t, things[0][0], things[-1][1])):
            return [(ia, ib, "") for ia, ib in things]
        # (禁止組織和個人與其交易: the list is the subject of a small clause, not the things acted on)
        return [(a, a + len(text), "")] if short else []

    def _object_org(self, x: int, y: int) -> Span | None:
        """The organisation a punitive verb's object names near its start (at most a few words or
        characters in, after 與/with or of), not a state or a person: the company acted against."""
        reach = x + (40 if self.lang == "en" else 8)
        for sp in self.idx.in_range(x, y):
            if sp.start > reach:
                break
            actor = self.idx.actors.get(sp.key)
            if actor is not None and actor.type == "Organization":
                return sp
        return None

    def items(self, lo: int, a: int, b: int, hi: int) -> list[tuple[int, int, str]]:
        """The issues a measure is about: named in its noun phrase before it (rare earth export
        controls, 稀土出口管制; an issue name that contains the cue counts), else right after it
        (restrictions on gallium, 限制稀土出口), stopping at the next measure word."""

        def covers(i: tuple[int, int, str]) -> bool:
            return i[0] <= a and b <= i[1] and i[1] - i[0] > b - a

        before = [
            i
            for i in self.issues(max(lo, a - _BEFORE[self.lang]), b)
            if covers(i) or (i[1] <= a and (self.lang != "en" or _EN_NP_GAP.fullmatch(self.t, i[1], a)))
        ]
        if before:
            return before
        end = min(hi, b + _AFTER[self.lang])
        for pat in (self.r.measure, self.r.restrict, self.r.weak):
            m = pat.search(self.t, b, end) if pat is not None else None
            if m is not None:
                end = m.start()
        found = self.issues(b, end)
        if found and end < hi:
            # exports of the critical minerals gallium, germanium and antimony: issues that follow
            # one another with only list marks between go on past the reach
            for x, y, iid in self.issues(found[-1][1], min(hi, found[-1][1] + _AFTER[self.lang])):
                if not _ISSUE_CHAIN.fullmatch(self.t, found[-1][1], x):
                    break
                if all(iid != f[2] for f in found):  # 稀土和稀土磁鐵: one issue, one claim
                    found.append((x, y, iid))
        return found

    # -- candidates -------------------------------------------------------------------------
    def run(self, sentences: list[Sentence]) -> list[ClaimMention]:
        self.sentences = sentences
        self.sent_no = {x.start: i for i, x in enumerate(sentences)}  # (why: a lookup per claim stays O(1))
        self.starts = [x.start for x in sentences]
        kinds = (
            ("measure", self.r.measure, "self"),  # tariffs on X: the tariff is the item, X its target
            ("measure", self.r.restrict, "object"),  # export controls on gallium: gallium, else the controls
            ("measure", self.r.weak, "required"),  # restrictions: only with a named item
            ("measure", self.r.rate_step, "self"),  # 再加50%: the rate of a step its noun is left out of
            ("retaliation", self.r.retaliation, "self"),  # countermeasures: only ever threatened
            ("control", self.r.control, "required"),
            ("dependence", self.r.dependence, "required"),
            ("act", self.r.act, "act"),  # revoked visas: the object is the item
            ("act", self.r.act_org, "org"),  # investigating Google: only an organisation's
            ("act", self.r.designate, "required"),  # labelled China a currency manipulator: an issue
            ("cut", self.r.engagement_cut, ""),  # 暫停…合作, cancel the talks: only with an engagement after it
            ("warning", self.r.warning, ""),  # 玩火自焚, serious consequences: a threat by itself
            ("ask", self.r.ask, ""),
            ("seek", self.r.seek, ""),
            ("modal", self.r.modal, ""),
            ("concern", self.r.concern, ""),
            ("market", self.r.market_power, ""),  # China is Vietnam's largest trading partner
            ("importance", self.r.importance, ""),  # 強調…的必要性, 認為北京購買農產品非常重要
            ("proposal", self.r.proposal, ""),  # 提出…等要求: what is asked stands before the noun
            ("deal", self.r.deal, ""),  # 協議要求中國…, 根據協議，中國將…: the terms bind one side
            ("until", self.r.until, ""),  # 將加徵關稅，直到中國停止…: what ends the step is wanted
            ("until_before", self.r.until_before, ""),  # 在中方阻止芬太尼流入之前，將加徵…
            ("reproach", self.r.reproach, ""),  # accused China of not doing enough to stop …: wanted
            ("condition", self.r.condition_any, ""),  # 只有美方…才, 前提是中方…: the condition is wanted
            ("oppose", self.r.oppose, ""),
            ("commit", self.r.commit, ""),
            ("return", self.r.return_lead, ""),  # In return, X would …: X gives what the other side wants
        )
        # each cue pattern runs once over the text; its matches are dealt to their sentences
        # (why: one pass per pattern, not one per pattern and sentence)
        starts = [x.start for x in sentences]
        per_sentence: list[list[tuple[int, int, int, str, str]]] = [[] for _ in sentences]
        for rank, (kind, pat, item) in enumerate(kinds):
            if pat is None:
                continue
            if kind == "reproach" and not any(
                p is not None and p.search(self.t) is not None for p in (self.r.reproach_verb, self.r.reproach_alone)
            ):
                continue  # 沒有, 拒絕 are everywhere; a reproach needs a verb of criticism or 未能 in the text
            for m in pat.finditer(self.t):
                if kind == "measure" and self._verb_use(m.start(), m.end()):
                    continue  # "allows Jane Roe to levy tariffs": the verb, the tariffs are the measure
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= sentences[i].end:
                    per_sentence[i].append((rank, m.start(), m.end(), kind, item))
        givers = self._listed_givers(sentences)
        for i, (sent, hits) in enumerate(zip(sentences, per_sentence, strict=True)):
            self.point(sent, i)
            if i in givers:
                self.listed_commitment(sent, givers[i])
            taken: list[tuple[int, int]] = []
            # cue kinds in the order listed (a measure before the retaliation word that holds it:
            # 加徵關稅), longer cues first within a kind
            for _rank, a, b, kind, item in sorted(hits, key=lambda h: (h[0], h[1] - h[2], h[1])):
                if kind == "market":
                    self.market_power(sent, a, b)
                    continue
                if kind == "concern":
                    self.concern(sent, a, b)
                    continue
                if kind == "importance":
                    self.importance(sent, a, b)
                    continue
                if kind == "proposal":
                    self.proposal(sent, a, b)
                    continue
                if kind == "deal":
                    self.deal(sent, a, b)
                    continue
                if kind == "until":
                    self.until(sent, a, b)
                    continue
                if kind == "until_before":
                    self.until_before(sent, a, b)
                    continue
                if kind == "reproach":
                    self.reproach(sent, a, b)
                    continue
                if kind == "condition":
                    self.condition(sent, a, b)
                    continue
                if kind == "oppose":
                    self.oppose(sent, a, b)
                    continue
                if kind == "warning":
                    self.warning(sent, a, b)
                    continue
                if kind == "return":
                    self.given_in_return(sent, a, b)
                    continue
                if kind in ("ask", "seek", "modal", "commit"):
                    self.demand(sent, kind, a, b)
                    continue
                if any(a < y and x < b for x, y in taken):
                    continue  # 管制 inside 出口管制: one cue
                if self._in_title(sent, a):
                    continue  # 《反壟斷法》: a word of a law's or a book's name, no step
                if kind == "cut":
                    taken.append((a, b))
                    self.cut(sent, a, b)
                    continue
                made = len(self.out)
                self.candidate(sent, kind, a, b, item)
                if not (item == "required" and len(self.out) == made):
                    taken.append((a, b))  # a weak cue with no item leaves its verb to "act" (ban the app, 禁止…交易)
        return self.out

    # -- demands -----------------------------------------------------------------------------
    def _needs_thing(self, a: int, b: int) -> bool:
        """Chinese: :func:`needs_thing`, with this engine's issues."""
        return self.lang == "zh" and needs_thing(
            self.t, a, b, lambda x: any(i == x for i, _j, _iid in self.issues(x, min(len(self.t), x + 8)))
        )

    def _calls_for_step(self, b: int, end: int) -> bool:
        """English: whether what is sought right after ``b`` is a punitive step itself, within
        its first words ('called for sanctions on Chinese officials', 'pushing for tougher export
        controls'): the one calling wants it taken, by its own side, and asks nothing of the
        other; a relief ('the removal of tariffs', 'lower tariffs', 'tariff relief') is asked."""
        m = re.match(r"\s*(?:for\s+)?", self.t[b:end])
        x = b + (m.end() if m else 0)
        step = step_opening(self.t, (self.r.measure, self.r.restrict), x, end, _CALL_LEAD_STOP)
        if step is None:
            return False
        reach = min(end, step.end() + 16)
        return not (self.r.relief is not None and self.r.relief.search(self.t, x, reach))

    def demand(self, sent: Sentence, kind: str, a: int, b: int) -> None:
        """One demand per bargaining item the wanted action names.

        ``ask`` (urged X to, 要求X): the subject asks the actor right after the cue; ``seek``
        (pushing for, in exchange for, 尋求, 換取): the subject wants it of the other side;
        ``modal`` (X should, Y應…): X is asked, by the sentence's speaker of the other side.
        """
        lo, _hi = self.clause(sent, a, b)
        if self.r.negation is not None and self.r.negation.search(self.t, lo, a):
            return
        if kind == "seek" and self._own_goal(b, _hi):
            return
        if kind in ("seek", "ask") and self.t.endswith(self.r.wish_denied, max(lo, a - 2), a):
            return  # 美國不尋求與中國衝突: a wish denied asks for nothing
        if kind == "seek" and self.lang == "en" and self._demand_noun(sent, a, b):
            return  # "refused to meet US demands and imposed tariffs": a noun, its owner no subject here
        if self.r.not_cue is not None and self.r.not_cue.match(self.t, a):
            return  # 應對, 需求, 的要求: a word that only begins like the cue
        if kind == "ask" and self.lang == "zh" and self.t[a - 1 : a] == "的":
            return  # 法規的要求: a noun
        if kind == "ask" and b - a == 1 and self.t[a - 1 : a] in self.r.ask_not_after:
            return  # 主要, 重要, 只要: a one-character cue ending another word
        fronted: int | None = None
        pronoun_asked = False  # the one asked is a pronoun (asked them to …)
        wanted_from: int | None = None  # where the wanted action starts, when known
        if kind == "modal" and self.lang == "en" and past_modal(self.t, b):
            return  # "the US should have lifted the tariffs": a reproach of the past, nothing asked
        if kind == "modal" and negated_modal(self.t[a:b]):
            wanted_from = a  # 美方不得侵犯…: what must not be done keeps its negation
        if kind == "modal" and self._needs_thing(a, b):
            return  # 華府需要稀土, 美國需要一到兩年建立替代產能: a need of a thing or of time, nothing asked
        addressee: str | None
        if kind == "commit":
            # X agreed to …: what X gives is what the other side wanted of it (not when both sides
            # agree: 中美雙方同意, Doe and Wang agreed)
            giver = self.subject(sent, lo, a)
            # a company gives for the side it is based in (Acmetel agreed to pay a fine: what the other
            # side wanted of it)
            gside = None if giver is None else self.based.get(giver, self.side(giver))
            if giver is None or gside not in _SIDES:
                return
            if any(self.side(sp.key) not in (gside, "Other") for sp in self.idx.in_range(lo, a)):
                return
            if giver in self.based and any(self.side(sp.key) == gside for sp in self.idx.in_range(b, _hi)):
                return  # "Acmetel agreed to give the U.S. government 15%": given to its own side
            addressee, demander = giver, self.state_keys[_OTHER_SIDE[gside]]
        elif kind == "ask" and (asked_passive := self._passive_ask(lo, a, b)) is not None:
            # "The US side is urged to remove its restrictions …": the one asked stands before the
            # passive verb; the speaker of the words (quoted, or said after them) asks it
            addressee, wanted_from = asked_passive
            demander = self._quoted_asker(a, b, addressee) or self.speaker_of(sent, addressee, a)
        elif kind == "modal":
            before = [sp for sp in self.idx.in_range(lo, a) if not self._obliqued(sp, lo)]
            if before and self.t[before[-1].end : a].strip() in ("", "also", "还", "也", "亦", "则"):
                addressee = before[-1].key
            elif (
                before
                and self.lang == "zh"
                and b - a >= 2  # (not the 應 of 反應: 中國的反應來得很快)
                and _ZH_OWN_NOUN.fullmatch(self.t, before[-1].end, a)
            ):
                addressee = before[-1].key  # 中方的承諾必須寫進法律: what is its must be, it is asked
            else:
                back = self._modal_subject_back(sent, lo, a) if not before else None
                if back is None and not before and self.lang == "zh" and _ZH_DEAL_MUST.search(self.t, lo, a):
                    # 劉鶴直言，任何協議都必須取消全部加徵的關稅: what a deal must hold is asked of the
                    # other side than the one who says so
                    heads = [
                        sp
                        for sp in self.idx.in_range(sent.start, lo)
                        if not self._obliqued(sp, sent.start) and self.side(sp.key) in _SIDES
                    ]
                    back = self.other_state(heads[0].key) if heads else None
                if back is None:
                    return
                addressee = back
            demander = self._quoted_asker(a, b, addressee) or self.speaker_of(sent, addressee, a)
        else:
            demander = self.subject(sent, lo, a)
            after = next(iter(self.idx.in_range(b, min(sent.end, b + 40))), None)
            near = after is not None and self.t[b : after.start].strip() in ("", "the", "that", "that the")
            addressee = after.key if kind == "ask" and near and after is not None else None
            # "told Beijing to buy", "pressed Beijing for", "warned Biden at the summit to stop",
            # "urged the Biden administration to": not "told Xinhua that …"
            if addressee is not None and after is not None and self.lang == "en":
                bridge = _BRIDGE.match(self.t, after.end, min(sent.end, after.end + 48))
                if bridge is not None and self._foretold(a, b, bridge.group()):
                    return  # "warned that China would pay a price": a warning, no demand
                against = self._asked_against(a, b, after.end)
                if against is not None:
                    wanted_from = against  # "cautioned the US against hyping the incident": kept, it is wanted
                elif bridge is not None:  # the action starts after "to" ("not to" kept: it is wanted)
                    wanted_from = bridge.start("not") if bridge.group("not") else bridge.end()
                elif self._speech_word(self.t[a:b]) or not re.match(r"\s+(?:for|on)\b", self.t[after.end :]):
                    return  # ("pressed Beijing on subsidies"; not "told the Daily Times on Tuesday")
            given = self._given_ultimatum(sent, lo, a, b) if kind == "seek" else None
            if given is not None:
                demander, addressee = given  # "had given Beijing an ultimatum: withdraw …"
            elif kind == "seek" and demander is not None:
                addressee = self.other_state(demander)
            if kind == "ask" and addressee is None and self.r.target is not None:
                # 就補貼問題向中國施壓: the one asked stands before the cue, after 向/對
                marks = list(self.r.target.finditer(self.t, max(lo, a - 16), a))
                m = marks[-1] if marks else None
                sp = next(iter(self.idx.in_range(m.end(), a)), None) if m is not None else None
                if sp is not None and m is not None and sp.start == m.end() and sp.end == a and sp.key != demander:
                    addressee, fronted = sp.key, lo
            pm = _PRONOUN_ASKED.match(self.t, b) if kind == "ask" and addressee is None and self.lang == "en" else None
            if pm is not None and demander is not None:
                # "I've asked them to reduce the trade deficit": the one asked is the other side,
                # when what it is asked names a bargaining item (below)
                addressee, wanted_from, pronoun_asked = self.other_state(demander), b + pm.end(), True
            quoted = self.quote_speaker(a)
            first_person = quoted is not None and self.first_person(max(quoted[0], a - 6), a)
            intent = self.t[a:b] in self.r.ask_intent  # 「我們要設立進口稅」: what the speaker will do
            if kind == "ask" and addressee is None and quoted is not None and demander == quoted[1] and first_person:
                addressee = None if intent else self.other_state(demander)  # 「我們希望開放中國市場」: wanted of the other side
        if demander is None or addressee is None or demander == addressee:
            return
        if self.side(demander) not in _SIDES or self.side(demander) == self.side(addressee):
            return
        # a third party asked by name (荷方應…, 要求字節跳動出售…) is asked too, in Chinese news
        # as much as the other side; elsewhere only the other side
        third = (kind == "ask" or (kind == "modal" and self.lang == "zh")) and self.side(addressee) == "Other"
        if (self.lang == "en" and kind == "ask") or kind == "commit":
            # "ordered Acmetel to sell its app", 某公司同意出售: a company of the other side's country
            third = third or self.based.get(addressee) == _OTHER_SIDE.get(self.side(demander))
        if self.side(addressee) not in _SIDES and not third:
            return
        if self.lang == "zh":
            # 承諾在2020、2021兩年內，以2017年為基準，額外採購…: a clause of time or basis before the
            # wanted action is no part of it
            while (adv := _ADVERBIAL_CLAUSE.match(self.t, b, sent.end)) is not None:
                b = adv.end()
        end = self.wanted_end(sent, b)
        if kind == "seek" and self.lang == "en" and self._calls_for_step(b, end):
            return  # "called for sanctions on Chinese officials": a step the asker's side would take
        # the first clause: those that go on with it are read one by one below
        first = self.r.clause_end.search(self.t, b, end)
        end = first.start() if first is not None else end
        and_then = self._second_action(b, end) if kind in ("ask", "modal") else []
        end = and_then[0][0] - 1 if and_then else end
        if kind == "commit" and self.r.seek is not None and (wanted := self.r.seek.search(self.t, b, end)):
            end = wanted.start()  # agreed to trim tariffs in exchange for …: what it gets is the other's
        if kind == "commit" and self.r.relief is not None and self.r.relief.search(self.t, b, end):
            return  # agreed to lift its tariffs: its measure, a lever in force (the measure engine's), no demand
        if kind == "commit" and self._promised_blow(b, end):
            return  # promised to take countermeasures: a threat (the measure engine's), nothing given
        items = self.issues(b, end)
        if pronoun_asked and not items:
            return  # "urged them to come": who they are is told only by a bargaining item
        if not items and kind == "ask" and fronted is not None:
            items = self.issues(fronted, a)  # the matter named before: 就清潔能源補貼問題向中國施壓
        action = self.action(sent, b, addressee, wanted_from) if kind != "seek" else None
        if action is not None and self.orig[action[0]] in "\u201c\"":
            items = self.issues(*action)  # needed to “correct its mistakes” regarding the tariff war: the words quoted
        if kind == "commit" and not (
            self.lang == "zh"
            and not items
            and action is not None
            and self.r.action_verb is not None
            and any(self.r.action_verb.match(self.t, action[0] + k) for k in (0, 2))
        ):
            # what a side gives counts where it names a bargaining item, or (Chinese) where it opens
            # with the verb of a wanted action (承諾額外採購…)
            action = None
        things = self.wanted_things(*(action or (b, end)))
        if things:
            items, action = things, None  # 購買美國農產品、能源和工業製品: one demand per thing
        if action is not None and and_then:
            action = (action[0], min(action[1], end)) if end - action[0] >= 2 else None
        if not items and action is not None:
            # no bargaining item named: the wanted action itself (correct its wrong actions, 糾正錯誤做法)
            items = [(*action, "")]
        if not items and kind != "commit":
            return  # (what a side agreed to may name its items only in the clauses that go on)
        seen: set[str] = set()
        for ia, ib, iid in items:
            if (iid or self.t[ia:ib]) not in seen:
                seen.add(iid or self.t[ia:ib])
                # the phrase is the wanted action when it holds the item (not to retaliate against tariffs)
                whole = action is not None and len(items) == 1 and action[0] <= ia and ib <= action[1]
                pa, pb = action if whole and action is not None else (ia, ib)
                self.emit("Demand", demander, pa, pb, sent, addressee, iid)
        if action is not None or self.lang == "zh" or kind == "seek":
            # 要求美方停止打壓，取消制裁，不得干涉 / urged the US to grasp …, stop interfering …:
            # each clause that goes on with what is wanted
            for ca, cb in and_then + self.more_wanted(sent, b):
                if kind == "commit" and not items and self.r.clause_end.match(self.t, ca - 1):
                    break  # what a side agreed to goes on only after 並/也 (同意進行改革，並大量採購…)
                got = [i for i in self.wanted_things(ca, cb) if (i[2] or self.t[i[0] : i[1]]) not in seen]
                if not got:
                    got = [i for i in self.issues(ca, cb) if i[2] not in seen]
                    if len(got) == 1 and self.clause_phrase(ca, cb):
                        got = [(ca, cb, got[0][2])]  # the clause holds its one item: stop interfering in HK affairs
                seen.update(i[2] or self.t[i[0] : i[1]] for i in got)
                for ia, ib, iid in got or ([] if kind == "commit" else self.clause_phrase(ca, cb)):
                    self.emit("Demand", demander, ia, ib, sent, addressee, iid)

    def _given_ultimatum(self, sent: Sentence, lo: int, a: int, b: int) -> tuple[str | None, str] | None:
        """English: a seeking noun before a colon given to the actor right before it ("had given
        Beijing an ultimatum: withdraw …"): the giver (named before the verb, or a pronoun referring
        back) and the one given it, who is asked; else None."""
        given = _GIVEN_TO.search(self.t, lo, a) if self.t[b - 1 : b] == ":" else None
        given_to = next(iter(self.idx.in_range(given.end(), a)), None) if given is not None else None
        if given is None or given_to is None or self.t[given_to.end : a].strip() not in ("", "a", "an", "its"):
            return None
        named = [sp for sp in self.idx.in_range(lo, given.start()) if not self._obliqued(sp, lo)]
        if named:
            return named[0].key, given_to.key
        pron = re.search(r"\b(he|she|they|it)\s+(?:\w+\s+){0,2}$", self.t[lo : given.start()])
        i = self.sent_no.get(sent.start, -1)
        if pron is not None and i > 0:  # "he had given Beijing an ultimatum": the one referred back to
            return self._antecedent(i, "he" if pron.group(1) in ("he", "she") else "they", 2), given_to.key
        return None, given_to.key

    def market_power(self, sent: Sentence, a: int, b: int) -> None:
        """A side's weight as a market, buyer, supplier or creditor of another (China is Vietnam's
        largest trading partner; 中國是越南最大的貿易夥伴; ``<p>-market-power``): a card of the
        clause's subject, over the one whose partner it is (a possessor before the words, or the
        other side); the words are its item."""
        lo, _hi = self.clause(sent, a, b)
        if self.r.negation is not None and self._negated(lo, a):
            return
        every = self.idx.in_range(lo, a)
        subject = next((sp for sp in every if not self._obliqued(sp, lo) and not self._possessor(sp, a)), None)
        if subject is None or self.side(subject.key) not in _SIDES:
            return
        owner = every[-1] if every and every[-1] is not subject and self._possessor(every[-1], a) else None
        if owner is None and self.lang == "zh" and every and every[-1] is not subject:
            # 中國是越南最大的貿易夥伴: the state right before the words is whose partner it is
            owner = every[-1] if self.t[every[-1].end : a].strip("的 ") == "" else None
        target = owner.key if owner is not None else self.other_state(subject.key)
        if target is None or self.side(target) == self.side(subject.key):
            return
        self.emit("Leverage", subject.key, a, b, sent, target, "")

    def _depended_thing(self, lo: int, a: int, b: int, hi: int) -> list[tuple[int, int, str]]:
        """The thing depended on where no issue names it: in English the noun phrase right after the
        word of dependence when a demonym of a side opens it (Chinese components, Chinese contract
        manufacturers); in Chinese the noun after the one depended on (依賴中國的原料藥供應,
        對中國原料藥的依賴); short enough to be a thing, else nothing."""
        if self.lang == "zh":
            on = self.depended_on(lo, a, b, hi)
            if on is None:
                return []
            x = on.end + (1 if self.t[on.end : on.end + 1] == "的" else 0)
            if on.start >= b:  # 依賴中國的原料藥供應: what follows the one depended on, to its clause's end
                stop = self.r.clause_end.search(self.t, x, hi)
                y = stop.start() if stop is not None else hi
            else:  # 對中國(的)原料藥的依賴: between the one depended on and the word
                y = a - (1 if self.t[a - 1 : a] == "的" else 0)
            text = self.t[x:y].rstrip("。．.")
            # (供應 alone names no thing: 依賴美國的供應)
            return [(x, x + len(text), "")] if 3 <= len(text) <= 8 and not text.startswith(("提供", "支持")) else []
        x = b + len(self.t[b:hi]) - len(self.t[b:hi].lstrip())
        if self._demonym_side(x, hi) is None:
            return []
        y = self.phrase_end(x, hi)
        text = self.t[x:y].rstrip(" ,.;")
        if not 2 <= len(text) <= _THING["en"] or "," in text:
            return []
        return [(x, x + len(text), "")]

    def _listed_givers(self, sentences: list[Sentence]) -> dict[int, str]:
        """Bulleted lines under a header that names a side and what it will do ("China will:",
        "Under the deal, the United States will:"; ``<p>-commit-header``): the side, for each line
        (a fact sheet's terms; the header may be in capitals, CHINA WILL:)."""
        if self.r.commit_header is None:
            return {}
        out: dict[int, str] = {}
        giver: str | None = None
        prev_end = 0
        for i, sent in enumerate(sentences):
            text = self.t[sent.start : sent.end].strip()
            same_line = "\n" not in self.t[prev_end : sent.start]
            prev_end = sent.end
            if _BULLET.match(text):
                if giver is not None:
                    out[i] = giver
                continue
            if same_line and giver is not None and i - 1 in out:
                continue  # "- Issue general licenses … . These licenses amount to …": the line goes on
            giver = None
            m = last_match(self.r.commit_header, text, 0, len(text))
            if m is None or text[m.end() :].strip() not in (":", "："):
                continue
            head = text[: m.start()].rstrip()
            named = self.idx.in_range(sent.start, sent.start + m.start())
            if named:
                giver = named[-1].key
            else:  # in capitals: a name of the document's actors, case folded
                states = (k for k, act in sorted(self.idx.actors.items()) if act.type == "State" and any(
                    head.endswith(n.casefold()) for n in act.names
                ))
                giver = next(states, None)
        return out

    def listed_commitment(self, sent: Sentence, giver: str) -> None:
        """One bulleted line of what a side will do (Suspend all retaliatory tariffs …; Purchase at
        least 12 million tons of soybeans …): what it gives is what the other side wanted of it — a
        demand of the other side, one per bargaining item its first clause names (as ``commit``)."""
        if self.side(giver) not in _SIDES:
            return
        demander = self.state_keys[_OTHER_SIDE[self.side(giver)]]
        if demander is None:
            return
        line = self.t[sent.start : sent.end]
        bullet = _BULLET.match(self.t, sent.start + len(line) - len(line.lstrip()))
        if bullet is None:
            return
        x = bullet.end()
        stop = self.r.clause_end.search(self.t, x, sent.end)
        y = min(stop.start() if stop is not None else sent.end, self.wanted_end(sent, x))
        y = x + len(self.t[x:y].rstrip(" .。"))
        items = self.wanted_things(x, y) or self.issues(x, y)
        if len({iid for _a, _b, iid in items}) == 1 and y - x <= _THING[self.lang]:
            items = [(x, y, items[0][2])]  # the line is the thing: "Suspend all retaliatory tariffs announced since …"
        seen: set[str] = set()
        for ia, ib, iid in items:
            if (iid or self.t[ia:ib]) not in seen:
                seen.add(iid or self.t[ia:ib])
                self.emit("Demand", demander, ia, ib, sent, giver, iid)

    def _passive_ask(self, lo: int, a: int, b: int) -> tuple[str, int] | None:
        """English: an asking verb in the passive with 'to' after it ("the US is urged to", "Beijing
        was asked to"): the actor right before the auxiliary (its "side" passed over) and where the
        wanted action starts; else None."""
        if self.lang != "en":
            return None
        aux = _PASSIVE_AUX.search(self.t, max(lo, a - 24), a)
        to = re.match(r"\s+to\s+", self.t[b : b + 6])
        if aux is None or to is None:
            return None
        before = [sp for sp in self.idx.in_range(lo, aux.start()) if not self._obliqued(sp, lo)]
        if not before or re.sub(r"\bside\b", "", self.t[before[-1].end : aux.start()]).strip():
            return None
        return before[-1].key, b + to.end()

    def _demand_noun(self, sent: Sentence, a: int, b: int) -> bool:
        return self.t[a:b] == "demands" and demand_noun(self.t, self.idx, sent.start, a)

    def _foretold(self, a: int, b: int, bridge: str) -> bool:
        """English: a verb that asks only with 'to' (warned X to, told X to; ``en-ask-with-to``)
        followed by a modal instead says what X will do (warned that China would pay): no demand."""
        if self.r.ask_with_to is None or not self.r.ask_with_to.fullmatch(self.t, a, b):
            return False
        return re.search(r"\bto\s*$", bridge) is None

    def _asked_against(self, a: int, b: int, pos: int) -> int | None:
        """English 'warned Washington against interfering': where what the one asked must not do
        begins ("against" kept in the phrase), after a verb of ``en-ask-against``."""
        if self.r.ask_against is None or not self.r.ask_against.fullmatch(self.t, a, b):
            return None
        m = re.match(r"\s+(?=against\s+[\w\"\u201c])", self.t[pos : pos + 12])
        return pos + m.end() if m is not None else None

    def _quoted_asker(self, a: int, b: int, addressee: str) -> str | None:
        """English '"China needs to stop …," said Gina Raimondo': the speaker of the quotation a
        modal demand stands in, when of the other side than the one asked — and not when what
        must be done is the addressee's own retaliation ("China must counter-attack")."""
        quoted = self.quote_speaker(a) if self.lang == "en" else None
        if quoted is None or self.side(quoted[1]) not in _SIDES or self.side(quoted[1]) == self.side(addressee):
            return None
        pos = b + len(self.t[b : b + 4]) - len(self.t[b : b + 4].lstrip())
        if any(p is not None and p.match(self.t, pos) for p in (self.r.retaliation, self.r.act)):
            return None
        return quoted[1]

    def _own_goal(self, b: int, hi: int) -> bool:
        """English 'is seeking to limit X': a step the subject means to take itself, no demand of
        the other side, unless its verb says what it would get (seeks to secure, to see …)."""
        if self.r.want_obtain is None:
            return False
        m = re.match(r"\s+to\s+", self.t[b:hi])
        return m is not None and self.r.want_obtain.search(self.t, b + m.end(), hi) is None

    def _promised_blow(self, b: int, end: int) -> bool:
        """English 'pledged to retaliate', 'promised to take strong countermeasures': what a side
        commits to is a blow against the other (``<p>-retaliation``, ``<p>-warning``) — a threat,
        nothing given. Only the committed act's own words count, up to a joined one (and to buy …)."""
        stop = min(end, b + 40)
        joined = _EN_JOIN.search(self.t, b, stop)
        stop = joined.start() if joined is not None else stop
        return any(p is not None and p.search(self.t, b, stop) for p in (self.r.retaliation, self.r.warning))

    def _modal_subject_back(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English: the one a modal asks when its clause names no actor but refers back to the
        sentence's subject — a pronoun (If Washington wants a deal, it needs to lift …) or a
        verb phrase joined to the subject's first one (The US has yet to …, and should stop …).
        The subject is the sentence's first actor that is no object; a pronoun "it" stands
        for a state or a body, never a person."""
        if self.lang == "zh":
            return self._topic_before_condition(sent, lo, a)
        m = _MODAL_BACK.fullmatch(self.t, lo, a) if self.lang == "en" else None
        if m is None:
            return None
        for sp in self.idx.in_range(sent.start, lo):
            if self._obliqued(sp, sent.start) or self._modifier(sp):
                continue
            if (m.group("it") or m.group("it2")) and self.idx.actors[sp.key].type == "Person":
                return None
            return sp.key
        return None

    def _obliged_at(self, lo: int) -> bool:
        """Chinese: a modal of obligation opens the clause at ``lo`` (after 就/也): 就應該取消…."""
        pos = lo + len(self.t[lo : lo + 2]) - len(self.t[lo : lo + 2].lstrip(" 就也则还便"))
        return self.r.modal is not None and self.r.modal.match(self.t, pos) is not None

    def _topic_before_condition(self, sent: Sentence, lo: int, a: int) -> str | None:
        """Chinese: a modal opening its clause (…，就應該取消…) after a clause whose actor stands
        before a condition word (美方如果真想解決問題): that actor is the topic of both clauses, the
        one asked."""
        if self.t[lo:a].strip(" 就也则还便") or self.r.condition is None:
            return None
        bounds = [sent.start] + [m.end() for m in self.r.clause_end.finditer(self.t, sent.start, lo)]
        if len(bounds) < 2:
            return None
        c_lo = bounds[-2]
        first = next(iter(self.idx.in_range(c_lo, lo)), None)
        if first is None or self._modifier(first):
            return None
        lead = self.t[c_lo : first.start].strip()
        # 美方如果…: the topic before the condition word; 如果美方…: the condition's own subject
        cond = self.r.condition.fullmatch(lead) if lead else self.r.condition.match(self.t, first.end)
        return first.key if cond is not None else None

    def given_in_return(self, sent: Sentence, a: int, b: int) -> None:
        """English "In return, Washington would lift its restrictions on …": a sentence opened by a
        lead of exchange (``en-return-lead``) whose subject gives something — what it gives is what
        the other side asked of it, one demand per bargaining item the clause names. Only when the
        lead opens the sentence, the subject (an actor of a side) opens the clause after it and
        its verb gives (``en-offer``: resume, buy; ``en-measure-relief``: lift, cut)."""
        if self.t[sent.start : a].strip() or not self.t.startswith(",", b):
            return
        said = _SAID_ASIDE.match(self.t, b + 1)  # "In exchange, he said, Beijing would …"
        at = said.end() if said is not None else b + 1
        _lo, hi = self.clause(sent, at, at)
        giver = next(iter(self.idx.in_range(at, hi)), None)
        if giver is None or self.t[at : giver.start].strip() not in ("", "the"):
            return
        demander = self.other_state(giver.key)
        end = self.wanted_end(sent, giver.end)  # (its verbs listed past the first comma: "…, resume …")
        gives = [p for p in (self.r.offer, self.r.relief) if p is not None and p.search(self.t, giver.end, end)]
        if demander is None or not gives:
            return  # "In return, the US would impose new tariffs": a step against, nothing given
        seen: set[str] = set()
        for ia, ib, iid in self.issues(giver.end, end):
            if iid not in seen:
                seen.add(iid)
                self.emit("Demand", demander, ia, ib, sent, giver.key, iid)

    def proposal(self, sent: Sentence, a: int, b: int) -> None:
        """A demand put forward as a noun, what is asked standing before it (美方提出了中方削減補貼的
        要求, 中方提出取消關稅、放寬出口管制等訴求): the subject of the proposing verb
        (``<p>-propose``) asks the actor after a target word before that verb (對中國提出), else
        the other side; one demand per thing listed, else per issue, else the content itself."""
        link = self.r.proposal_link.search(self.t, a - 2, a) if self.r.proposal_link is not None else None
        bare = self.t[a:b] in self.r.proposal_bare  # 提出中國產能過剩問題: no 的 needed, an issue is
        if bare and (link is None or link.end() != a):
            link = _EMPTY.match(self.t, a)  # (an empty link right at the noun)
        if link is None or link.end() != a or self.r.propose is None:
            return
        lo, _hi = self.clause(sent, a, b)
        verbs = list(self.r.propose.finditer(self.t, lo, link.start()))
        if not verbs or (bare and verbs[-1].group() not in self.r.raise_verbs):
            return  # (重申台灣問題是…: only raising a matter makes it one wanted)
        v = verbs[-1]
        ca = v.end()
        lead = self.r.engagement_lead.match(self.t, ca) if self.r.engagement_lead is not None else None
        ca = lead.end() if lead is not None else ca
        cb = link.start()
        if cb - ca < 2 or (self.r.negation is not None and self.r.negation.search(self.t, lo, v.start())):
            return
        demander = self.subject(sent, lo, v.start())
        if demander is None or self.side(demander) not in _SIDES:
            return
        addressee = None
        if self.r.target is not None:
            for m in self.r.target.finditer(self.t, lo, v.start()):
                sp = next((x for x in self.idx.in_range(m.end(), v.start()) if x.start == m.end()), None)
                if sp is not None and self.side(sp.key) in _SIDES and self.side(sp.key) != self.side(demander):
                    addressee = sp.key
        addressee = addressee or self.other_state(demander)
        if addressee is None:
            return
        asker = [sp for sp in self.idx.in_range(ca, cb) if sp.start == ca]
        if asker and self.side(asker[0].key) != self.side(addressee):
            return  # 提出了美方取消關稅的要求 said of the one asked: the content names the wrong side
        items = self.listed(ca, cb)
        if bare and not self.issues(ca, cb):
            return  # 提出了一個問題: a question, no matter of bargaining
        if len(items) >= 2:
            found = [(x, y, next(iter({i[2] for i in self.issues(x, y)}), "")) for x, y in items]
        else:
            found = self.issues(ca, cb)
            if len(found) <= 1 and cb - ca <= _THING[self.lang]:
                found = [(ca, cb, found[0][2] if found else "")]
        for ia, ib, iid in found:
            self.emit("Demand", demander, ia, ib, sent, addressee, iid)

    def _trailing_speaker(self, sent: Sentence, b: int) -> str | None:
        """English: the last actor in a short clause after ``b`` that a verb of speech closes
        ("…, or face sanctions, US officials said": the US), else None."""
        if self.r.speech is None:
            return None
        for m in self.r.speech.finditer(self.t, b, sent.end):
            lead = re.search(r",\s+(?:[\w.'-]+\s+){0,4}?$", self.t[b : m.start()])
            if lead is not None:
                inner = self.idx.in_range(b + lead.start(), m.start())
                return inner[-1].key if inner else None
        return None

    def _names_body(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` lies within or over a mention of a person or an organisation."""
        return any(
            sp.start < b and a < sp.end and self.idx.actors[sp.key].type in ("Person", "Organization")
            for sp in self.idx.in_range(max(0, a - 60), b + 60)
        )

    def responded(self, sent: Sentence, lo: int, a: int) -> str | None:
        """Chinese: who took a measure that a verb of responding (``zh-respond``) earlier in its own
        clause takes as its object — the actor right after the verb, of the other side than the
        one responding (商務部回應美國升級對華出口管制); else None."""
        if self.lang != "zh" or self.r.respond is None:
            return None
        verbs = list(self.r.respond.finditer(self.t, lo, a))
        if not verbs:
            return None
        v = verbs[-1]
        who = self.subject(sent, lo, v.start())
        after = next((sp for sp in self.idx.in_range(v.end(), a) if sp.start - v.end() <= 2), None)
        if who is None or after is None or self.side(after.key) not in _SIDES:
            return None
        return after.key if self.side(after.key) != self.side(who) else None

    def criticised(self, sent: Sentence, a: int) -> str | None:
        """Who a criticism right before a measure is aimed at (中方批評美國，不該對官員實施新制裁;
        condemned Washington for imposing sanctions): the actor right after the verb
        (``<p>-criticise``), of the other side than the critic. None when no criticism stands in
        the measure's clause or the one before (its subject then takes it); "" when one does but
        names no such actor (指責她違反美國對伊制裁): no holder can be told."""
        if self.r.criticise is None or self.r.criticise.search(self.t, sent.start, a) is None:
            return None  # (most sentences criticise nothing: one search first)
        lo = sent.start
        breaks = [m.end() for m in self.r.clause_end.finditer(self.t, sent.start, a)]
        if len(breaks) >= 2:
            lo = breaks[-2]  # the measure's clause or the one before (痛批北京…，…，因此提高關稅: another act)
        verbs = list(self.r.criticise.finditer(self.t, lo, a))
        if not verbs:
            return None
        v = verbs[-1]
        m_lo = breaks[-1] if breaks else sent.start
        if m_lo > v.end() and self.lang == "zh" and self.r.wanted_and is not None and self.r.wanted_and.match(self.t, m_lo):
            return None  # 譴責中國的行為，並威脅將加徵關稅: the critic's own next act, after 並
        c_lo, _c_hi = self.clause(sent, v.start(), v.end())
        critic = self.subject(sent, c_lo, v.start())
        gap = 2 if self.lang == "zh" else 5
        after = next((sp for sp in self.idx.in_range(v.end(), a) if sp.start - v.end() <= gap), None)
        if critic is None or after is None or self.side(after.key) not in _SIDES:
            return ""
        return after.key if self.side(after.key) != self.side(critic) else ""

    def topic_owner(self, sent: Sentence, lo: int, a: int, b: int, hi: int) -> str | None:
        """Chinese: a measure inside the matter a subject reacts to (``<subject> 就/對 <X> … <measure>
        <reaction>``: 商務部發言人就美商務部發布對華出口管制答記者問, 中方對美方出台投資限制措施強烈
        不滿) is X's, the actor opening the matter, when X is of the other side than the subject.
        The reaction after the measure (``zh-reaction``) tells the matter from an act aimed at X
        (美國對中國加徵關稅 ends with its measure)."""
        if self.lang != "zh" or self.r.reaction is None or self.r.concern_about is None:
            return None
        # 針對美國升級對華出口管制，商務部回應稱…: a matter opening the sentence, its reacting
        # subject in the clause after it
        opening = self.r.concern_about.match(self.t, sent.start) if lo == sent.start else None
        if opening is not None and hi < sent.end and self.r.reaction.search(self.t, hi, sent.end) is not None:
            x = next(iter(self.idx.in_range(opening.end(), a)), None)
            after = next((sp for sp in self.idx.in_range(hi, sent.end) if not self._obliqued(sp, hi)), None)
            if (
                x is not None
                and x.start - opening.end() <= 1
                and after is not None
                and self.side(x.key) in _SIDES
                and self.side(after.key) in _SIDES
                and self.side(after.key) != self.side(x.key)
            ):
                return x.key
        if self.r.reaction.search(self.t, b, hi) is None:
            return None
        for m in self.r.concern_about.finditer(self.t, lo, a):
            x = next(iter(self.idx.in_range(m.end(), a)), None)
            if x is None or x.start - m.end() > 1:
                continue
            subject = self.subject(sent, lo, m.start()) or self._earlier_subject(sent, lo)
            if subject is None or self.side(x.key) not in _SIDES or self.side(subject) == self.side(x.key):
                continue
            return x.key
        return None

    def until(self, sent: Sentence, a: int, b: int) -> None:
        """Chinese: a step kept up until the other side acts (川普稱將對中國商品徵收關稅，直到中國
        停止芬太尼流入美國; 除非中國讓步): what would end it is what the one taking it wants — a
        demand on the actor right after the cue (``<p>-until``), by the subject before it, when a
        measure or retaliation word stands in the sentence."""
        if not self._names_step(sent):
            return  # (除非中國讓步，否則將維持關稅: the step may come after)
        # (… to ensure that the US side …: "that" and "the" may stand before the one asked)
        gap = 1 if self.lang == "zh" else len(re.match(r"\s*(?:that\s+)?(?:the\s+)?", self.t[b : b + 14]).group())  # type: ignore[union-attr]
        asked = next((sp for sp in self.idx.in_range(b, sent.end) if sp.start - b <= gap), None)
        if asked is None or self.side(asked.key) not in _SIDES:
            return
        lo = self.clause(sent, a - 1, a)[0] if a > sent.start else sent.start
        demander = self._keeper(sent, lo, a, asked.key)
        if demander is None:
            return
        stop = self.r.clause_end.search(self.t, asked.end, sent.end)
        end = min(stop.start() if stop is not None else sent.end, self.wanted_end(sent, asked.end))
        text = self.t[asked.end : end].rstrip(" .。")
        self._wanted_from(sent, demander, asked.key, asked.end + len(text) - len(text.lstrip()), asked.end + len(text))

    def _names_step(self, sent: Sentence) -> bool:
        """Whether a step (a measure, restriction or retaliation word) stands in the sentence."""
        steps = (self.r.measure, self.r.restrict, self.r.weak, self.r.retaliation)
        return any(p is not None and p.search(self.t, sent.start, sent.end) for p in steps)

    def _keeper(self, sent: Sentence, lo: int, pos: int, asked: str) -> str | None:
        """Who keeps a step up until ``asked`` acts (the frame at ``pos``, its clause at ``lo``): the
        subject of the clause before, else of the sentence, when of a side other than the one asked."""
        keeper = self._earlier_subject(sent, lo) or self.subject(sent, sent.start, pos)
        if keeper is None or self.side(keeper) not in _SIDES or self.side(keeper) == self.side(asked):
            return None
        return keeper

    def until_before(self, sent: Sentence, a: int, b: int) -> None:
        """Chinese: a step kept up before the other side acts (在中方阻止芬太尼流入美國之前，將…加徵
        關稅; ``zh-until-before``: 之前): what would end it is wanted of the actor right after 在, by
        the subject of the sentence, when a step is named in it (as ``until``)."""
        if not self._names_step(sent):
            return
        at = self.t.rfind("在", max(sent.start, a - 30), a)
        if at < 0:
            return
        asked = next((sp for sp in self.idx.in_range(at + 1, a) if sp.start - (at + 1) <= 1), None)
        if asked is None or self.side(asked.key) not in _SIDES:
            return
        demander = self._keeper(sent, self.clause(sent, at, at + 1)[0], at, asked.key)
        if demander is None:
            return
        start, end = asked.end, a
        items = self.issues(start, end)
        if len({iid for _x, _y, iid in items}) <= 1 and 2 <= end - start <= _THING[self.lang]:
            items = [(start, end, items[0][2] if items else "")]  # the action whole: 阻止芬太尼流入美國
        for ia, ib, iid in items:
            self.emit("Demand", demander, ia, ib, sent, asked.key, iid)

    def reproach(self, sent: Sentence, a: int, b: int) -> None:
        """A failure the other side is criticised for (accused China of not doing enough to stop the
        flow of fentanyl; criticized Beijing for failing to curb …; 批評中國未能阻止芬太尼流入): what
        it fails to do is what the critic wants of it — a demand on the actor right before the cue
        (``<p>-reproach``), by the subject of the verb of criticism right before that actor
        (``en-reproach-verb``; in Chinese ``zh-criticise``), of the other side. One demand per
        item the wanted action names."""
        if self.r.reproach_verb is None:
            return
        gap = 1 if self.lang == "zh" else 2
        asked = next((sp for sp in reversed(self.idx.in_range(max(sent.start, a - 40), a)) if a - sp.end <= gap), None)
        if asked is None or self.t[asked.end : a].strip() not in ("", "的") or self.side(asked.key) not in _SIDES:
            return
        verb = last_match(self.r.reproach_verb, self.t, max(sent.start, asked.start - 12), asked.start)
        if verb is None or self.t[verb.end() : asked.start].strip() not in ("", "the"):
            # 戴琪表示，中國未能全面履行協議: a failure as the clause's own statement, voiced by the
            # sentence's speaker of the other side (only the failure words that say so unaided)
            alone = self.r.reproach_alone
            if alone is None or alone.fullmatch(self.t, a, b) is None:
                return
            lo = self.clause(sent, a, b)[0]
            if self.t[lo : asked.start].strip() not in ("", "the") and not self._reported_clause(lo, asked.start):
                return
            critic = self.speaker_of(sent, asked.key)
        else:
            critic = self.subject(sent, self.clause(sent, verb.start(), verb.end())[0], verb.start())
        if critic is None or self.side(critic) not in _SIDES or self.side(critic) == self.side(asked.key):
            return
        stop = self.r.clause_end.search(self.t, b, sent.end)
        end = min(stop.start() if stop is not None else sent.end, self.wanted_end(sent, b))
        segments = [(b, end)]
        if self.lang == "en" and self.r.reproach_alone is not None:
            # "is not complying with the deal and has failed to make reforms": a second failure of
            # the same actor, joined by "and", is a second thing wanted of it
            for m in re.finditer(r",?\s+and\s+", self.t[b:end]):
                more = self.r.reproach_alone.match(self.t, b + m.end())
                if more is not None:
                    segments = [(b, b + m.start()), (more.end(), end)]
                    break
        for x, y in segments:
            text = self.t[x:y].rstrip(" .。")
            self._wanted_from(sent, critic, asked.key, x + len(text) - len(text.lstrip()), x + len(text))

    def _reported_clause(self, lo: int, pos: int) -> bool:
        """English: ``pos`` opens a clause reported by a verb of speech right before it (Tai said
        (that) China has failed to …), the speaker's own words."""
        if self.lang != "en" or self.r.speech is None:
            return False
        before = self.t[lo:pos]
        verbs = list(self.r.speech.finditer(before))
        return bool(verbs) and re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", before[verbs[-1].end() :]) is not None

    def deal(self, sent: Sentence, a: int, b: int) -> None:
        """A deal's terms that bind one side (協議要求中國購買美國農產品; 根據協議，中國將增購美國
        商品): what the bound side must do is what the other side wanted of it — a demand of the
        other side on it, as for a commitment. The bound side is the actor right after a binding
        verb following the deal noun (``<p>-deal-binds``), or, after an opener (``<p>-deal-by``:
        根據協議，), the subject opening the next clause with a future or modal word after it."""
        bound: Span | None = None
        pos = b
        en = self.lang == "en"
        # English: a space and an article stand between the words ("requires the US to", ", China will")
        gap = (lambda x: _DEAL_GAP.match(self.t, x).end()) if en else (lambda x: x)  # noqa: E731
        binds = self.r.deal_binds.match(self.t, gap(b)) if self.r.deal_binds is not None else None
        if binds is not None:
            at = gap(binds.end())
            bound = next((sp for sp in self.idx.in_range(at, sent.end) if sp.start == at), None)
            pos = bound.end if bound is not None else pos
        elif self.r.deal_by is not None and self.r.deal_by.search(self.t, self.clause(sent, a, b)[0], a):
            stop = self.r.clause_end.match(self.t, b)
            if stop is None:
                return
            at = gap(stop.end())
            bound = next((sp for sp in self.idx.in_range(stop.end(), sent.end) if sp.start - at <= (0 if en else 1)), None)
            if bound is None:
                return
            # English: the bound side will / would / must / has agreed to …
            will = next(
                (
                    m
                    for p in (self.r.future, self.r.modal, self.r.commit if en else None)
                    if p is not None and (m := p.match(self.t, _DEAL_AUX.match(self.t, bound.end).end() if en else bound.end))
                ),
                None,
            )
            if will is None:
                return
            pos = will.end()
        if bound is None or self.side(bound.key) not in _SIDES or (demander := self.other_state(bound.key)) is None:
            return
        stop = self.r.clause_end.search(self.t, pos, sent.end)
        clause_end = stop.start() if stop is not None else sent.end
        end = min(clause_end, self.wanted_end(sent, pos))
        if end - pos < 2 or (self.r.relief is not None and self.r.relief.search(self.t, pos, end)):
            return  # 根據協議，美國將把關稅降至10%: easing its own measure, a lever in force
        # English: the items of the whole clause (go after chemical firms to stem the flow of fentanyl)
        items = self.wanted_things(pos, end) or self.issues(pos, clause_end if en else end)
        if not items and en and (act := self.action(sent, pos, bound.key, pos)) is not None:
            items = [(*act, "")]  # the act the side is bound to, up to its first joined act
        elif not items and end - pos <= _THING[self.lang]:
            items = [(pos, end, "")]
        seen: set[str] = set()
        for ia, ib, iid in items:
            if (iid or self.t[ia:ib]) not in seen:
                seen.add(iid or self.t[ia:ib])
                self.emit("Demand", demander, ia, ib, sent, bound.key, iid)

    def harm_if(self, sent: Sentence, lo: int, a: int, hi: int, holder: str) -> bool:
        """Chinese: a step on a condition whose consequence is harm to the other side, not a step of
        its own (若中國切斷稀土供應，美國國防工業將陷入停擺): what the holder could do to the other
        is a lever it holds. The clause after opens with the other side and has a future word,
        and no measure, retaliation or punitive act of anyone; the condition is no refusal."""
        if self.lang != "zh" or self.r.condition is None or self.r.future is None:
            return False
        if not self.r.condition.search(self.t, lo, a):
            return False
        for pat, x in ((self.r.negation, lo), (self.r.demand, sent.start)):
            if pat is not None and pat.search(self.t, x, a):
                return False  # 若中國不讓步: a refusal, the threat extractors' condition
        stop = self.r.clause_end.match(self.t, hi)
        if stop is None:
            return False
        nxt = self.r.clause_end.search(self.t, stop.end(), sent.end)
        c_lo, c_hi = stop.end(), nxt.start() if nxt is not None else sent.end
        first = next(iter(self.idx.in_range(c_lo, c_hi)), None)
        if first is None or first.start - c_lo > _INITIAL or self.side(first.key) == self.side(holder):
            return False
        if self.side(first.key) not in _SIDES or not self.r.future.search(self.t, first.end, c_hi):
            return False
        steps = (self.r.measure, self.r.restrict, self.r.weak, self.r.retaliation, self.r.act)
        return not any(p is not None and p.search(self.t, c_lo, c_hi) for p in steps)

    def proposed(self, lo: int, a: int, b: int, hi: int) -> bool:
        """Whether ``[a, b)`` lies in what a proposal asks: a proposing verb before it and a
        proposal noun after it in its clause (提出了取消加徵關稅的訴求)."""
        if self.r.proposal is None or self.r.propose is None or not self.r.propose.search(self.t, lo, a):
            return False
        m = self.r.proposal.search(self.t, b, hi)
        link = self.r.proposal_link.match(self.t, m.start() - 1) if m is not None and self.r.proposal_link else None
        return link is not None

    def wanted_things(self, ca: int, cb: int) -> list[tuple[int, int, str]]:
        """Chinese: a wanted action on a list of things (購買美國農產品、能源和工業製品), one item per
        thing — the first with the verb before it, each with its own issue if it names one. [] when
        the span is no such list: a later part opens a verb of its own (開放市場、保護知識產權: two
        actions, read as such), names an actor, or is too short or long to be a thing (維護和平)."""
        if self.lang != "zh" or self.r.enumeration is None:
            return []
        if self.r.enumeration_end is not None and (m := self.r.enumeration_end.search(self.t, ca, cb)):
            cb = m.start()
        cuts = [(m.start(), m.end()) for m in self.r.enumeration.finditer(self.t, ca, cb)]
        if not any(self.t[x:y] == "、" for x, y in cuts):
            return []  # 和 alone joins words too (零和思維, 維護和平): a list is marked by 、
        parts = list(zip([ca] + [y for _x, y in cuts], [x for x, _y in cuts] + [cb], strict=True))
        if len(parts) < 2 or not 2 <= parts[0][1] - parts[0][0] <= _THING["zh"]:
            return []
        for x, y in parts[1:]:
            if not 2 <= y - x <= 12 or self.idx.in_range(x, y) or "的" in self.t[x:y]:
                return []  # 公平、公正和非歧視的環境: the list modifies a noun after it
            if self.r.action_verb is not None and self.r.action_verb.match(self.t, x):
                return []
        if all(self._target_thing(x, y) for x, y in parts[1:]):
            return []  # 撤銷制裁中方領導人、官員和政府部門: whom the step hits, one wanted action
        out = []
        for x, y in parts:
            named = {i[2] for i in self.issues(x, y)}
            out.append((x, y, next(iter(named)) if len(named) == 1 else ""))
        return out

    def concern(self, sent: Sentence, a: int, b: int) -> None:
        """Concern or opposition voiced about a matter (對…表示擔憂, 就…表達嚴重關切, expressed
        concerns over …): the subject wants the other side to change it — a demand whose item is
        the matter (its issues, else its phrase when short enough to name a thing)."""
        lo, _hi = self.clause(sent, a, b)
        if self.r.negation is not None and self.r.negation.search(self.t, lo, a):
            return
        if self.lang == "zh":  # the matter stands before the cue, after 對/就
            marks = list(self.r.concern_about.finditer(self.t, lo, a)) if self.r.concern_about else []
            if not marks:
                return
            ma, mb = marks[0].end(), a
            demander = self.subject(sent, lo, marks[0].start())
        else:  # after it: concerns over/about …
            pos = b + len(self.t[b : b + 4]) - len(self.t[b : b + 4].lstrip())
            m = self.r.concern_about.match(self.t, pos) if self.r.concern_about else None
            if m is None:
                return
            ma = m.end()
            stop = self.r.clause_end.search(self.t, ma, sent.end)
            mb = min(stop.start() if stop else sent.end, self.wanted_end(sent, ma))
            head = self.r.matter_head.match(self.t, ma, mb) if self.r.matter_head is not None else None
            if head is not None:  # China's continued purchases of Iranian oil: the oil
                ma = head.end()
                mb = self.phrase_end(ma, mb)
            # its own clause names who voices it ("…, who have expressed concern": no one named);
            # an owner right before the noun voices it (report back on China's representations)
            named = [sp for sp in self.idx.in_range(lo, a) if not self._obliqued(sp, lo)]
            before = self.idx.in_range(lo, a)
            owner = before[-1] if before and re.fullmatch(r"(?:'s?|’s?)\s+", self.t[before[-1].end : a]) else None
            if owner is None and before and self.t[before[-1].end : a] == " " and self.idx.actors[before[-1].key].type == "State":
                owner = before[-1]  # "top US concerns about …": the state that modifies the noun voices it
            head = self._np_head(named) if named else None
            # the owner voices it when the subject is of another side (or none): "the minister
            # expressed his government's displeasure" is the minister's
            if owner is not None and (head is None or self.side(head) != self.side(owner.key)):
                head = owner.key
            demander = head
            if demander is None and re.match(r"\s*(?:he|she|they)\s", self.t[lo:a]):
                demander = self.subject(sent, lo, a)  # "he raised concerns about …": the pronoun's antecedent
        if demander is None or self.side(demander) not in _SIDES:
            return
        addressee = self.matter_actor(demander, ma, mb) or self.other_state(demander)
        if addressee is None:
            return
        whom = self.idx.in_range(ma, mb)
        if (
            self.lang == "en"
            and len(whom) == 1
            and not re.sub(r"\b(?:the|side)\b", "", self.t[ma : whom[0].start] + self.t[whom[0].end : mb]).strip(" ,.")
        ):
            # "lodged representations with the US side": the one it is lodged with, no matter; the
            # matter is what the sentence names before the cue, else the representations themselves
            items = self.issues(sent.start, a) or [(a, b, "")]
            self._demand_items(demander, items, sent, whom[0].key)
            return
        items = self.issues(ma, mb) or [(x, y, "") for x, y in self.listed(ma, mb)]
        if self.lang == "zh" and "、" in self.t[ma:mb] and len(parts := self.matters(ma, mb)) > 1:
            # 對美國取消關稅和制裁、公平對待中國企業等問題的關切: each matter listed, by its issues or words
            items = [i for x, y in parts for i in (self.issues(x, y) or [(x, y, "")])]
        text = self.orig[ma:mb].strip(" ,，.。")
        if not items and 2 <= len(text) <= _THING[self.lang] and not any(q in text for q in "「」“”\"『』"):
            start = ma + self.orig[ma:mb].index(text)
            items = [(start, start + len(text), "")]
        if self.lang == "en" and items:
            # "dissatisfaction with X's purchases of Iranian oil, as well as the sale of …": each matter
            for ca, cb in self.more_wanted(sent, ma, matters=True):
                items += self.issues(ca, cb) or self.clause_phrase(ca, cb)
        self._demand_items(demander, items, sent, addressee)

    def importance(self, sent: Sentence, a: int, b: int) -> None:
        """Chinese: a matter a speaker calls needed or important (X強調為美國企業提供公平競爭環境的
        必要性, X認為北京購買農產品非常重要): what the other side should do, a demand. The matter runs
        from the last verb of speech before the cue to the cue; its issues are the items (else its
        words, when short enough to name a thing); a negation in it asks for nothing."""
        if self.lang == "en":
            self._importance_en(sent, a, b)
            return
        if self.r.speech is None:
            return
        verbs = list(self.r.speech.finditer(self.t, sent.start, a))
        if not verbs:
            return
        v = verbs[-1]
        ma, mb = v.end(), a
        while ma < mb and self.t[ma] in "，,：: “「\"":
            ma += 1
        if (frame := _TIME_FRAME.match(self.t, ma, mb)) is not None:
            ma = frame.end()  # 認為，在談判進行期間，北京購買農產品非常重要: a time frame fronted
        if mb - ma < 2 or self.r.clause_end.search(self.t, ma, mb) is not None:
            return  # the matter is one clause right after the verb
        if self.r.negation is not None and self.r.negation.search(self.t, ma, mb):
            return
        if "对" in self.t[ma:mb] or (self.r.mutual is not None and self.r.mutual.match(self.t, ma)):
            return  # X對美國國家安全至關重要: important for someone; 中美關係十分重要: both sides' matter
        lo = max((m.end() for m in self.r.clause_end.finditer(self.t, sent.start, v.start())), default=sent.start)
        items = self.issues(ma, mb)
        text = self.orig[ma:mb].strip(" ,，.。的")
        if not items and 2 <= len(text) <= _THING[self.lang]:
            start = ma + self.orig[ma:mb].index(text)
            items = [(start, start + len(text), "")]
        self._needed_matter(sent, self.subject(sent, lo, v.start()), ma, mb, items)

    def _needed_matter(
        self, sent: Sentence, demander: str | None, ma: int, mb: int, items: list[tuple[int, int, str]]
    ) -> None:
        """The demands of a matter called needed: of a speaker of one side, not a matter of both
        sides nor the speaker's own step (習近平和拜登通話非常重要; 美國實施科技限制的必要性), of the
        actor the matter names, else of the other side."""
        if demander is None or self.side(demander) not in _SIDES or self._own_or_both(demander, ma, mb):
            return
        addressee = self.matter_actor(demander, ma, mb) or self.other_state(demander)
        if addressee is not None:
            self._demand_items(demander, items, sent, addressee)

    def _own_or_both(self, demander: str, ma: int, mb: int) -> bool:
        """A matter that names both sides, or opens with the demander's own side as its subject
        (美國實施科技限制的必要性; the need for Washington to …): no demand of the other side."""
        spans = self.idx.in_range(ma, mb)
        if len({self.side(sp.key) for sp in spans} & set(_SIDES)) > 1:
            return True
        if self.lang == "en" and _OWN_OBJECT.match(self.t, ma, mb):
            return True  # "the need to change our engagement strategy": the speaker's side's own step
        lead_words = 1 if self.lang == "en" else 0
        opening = spans[0] if spans and len(self.t[ma : spans[0].start].split()) <= lead_words else None
        if self.lang == "zh" and spans and spans[0].start - ma <= 1:
            opening = spans[0]
        if opening is not None and self._obliqued(opening, ma):
            opening = None  # 為美國工人提供…: the one it is for, not the matter's subject
        return opening is not None and self.side(opening.key) == self.side(demander)

    def _importance_en(self, sent: Sentence, a: int, b: int) -> None:
        """English: "stressed the importance of X", "underscored the need for X": the matter after
        the cue, to its clause's end, is wanted of the other side; not one of both sides (the need
        for both sides to …, the importance of bilateral ties) nor the subject's own step."""
        lo, _hi = self.clause(sent, a, b)
        if self.r.negation is not None and self.r.negation.search(self.t, lo, a):
            return
        stop = self.r.clause_end.search(self.t, b, sent.end)
        ma, mb = b, min(stop.start() if stop else sent.end, self.wanted_end(sent, b))
        while ma < mb and self.t[ma] == " ":
            ma += 1
        if mb - ma < 2 or (self.r.mutual is not None and self.r.mutual.match(self.t, ma)):
            return
        if _SHARED_NEED.search(self.t, lo, a):
            return  # "agree on the need to …", "remind us of the importance of …": shared or one's own
        self._needed_matter(sent, self.subject(sent, lo, a), ma, mb, self.issues(ma, mb) or self.clause_phrase(ma, mb))

    def _demand_items(self, demander: str, items: list[tuple[int, int, str]], sent: Sentence, addressee: str) -> None:
        """One demand per item: per issue, and a phrase without an issue is its own item."""
        seen: set[str] = set()
        for ia, ib, iid in items:
            key = iid or self.t[ia:ib]
            if key not in seen:
                seen.add(key)
                self.emit("Demand", demander, ia, ib, sent, addressee, iid)

    def matters(self, ma: int, mb: int) -> list[tuple[int, int]]:
        """Chinese: the matters of a concern listed with 、 up to 等 (取消關稅和制裁、公平對待中國企業等),
        each a phrase short enough to name a thing; [] when one is not."""
        if self.r.enumeration_end is not None and (m := self.r.enumeration_end.search(self.t, ma, mb)):
            mb = m.start()
        out = []
        x = ma
        for y in [i for i in range(ma, mb) if self.t[i] == "、"] + [mb]:
            if not 2 <= y - x <= _THING["zh"]:
                return []
            out.append((x, y))
            x = y + 1
        return out

    def matter_actor(self, demander: str, ma: int, mb: int) -> str | None:
        """Chinese: the actor opening the matter complained of or opposed (對荷蘭政府干預…表示不滿,
        反對荷蘭政府干預…), of another side than the one complaining, a third party too: the one
        asked to change it. None elsewhere (the other side is asked)."""
        if self.lang != "zh":
            return None
        sp = next(iter(self.idx.in_range(ma, mb)), None)
        if sp is None or sp.start - ma > 1 or self._modifier(sp) or self.side(sp.key) == self.side(demander):
            return None
        return sp.key

    def point(self, sent: Sentence, i: int) -> None:
        """One point of a list of demands given sentence by sentence (中方三個核心關切必須得到解決。
        一是取消全部加徵關稅。二是貿易採購數字要符合實際。): a sentence opening with an ordinal,
        after the sentence that names the list (``<p>-demand-list``) and its owner, is that owner's
        demand on the other side; its item is the point's first clause."""
        if self.r.point is None or self.r.demand_list is None:
            return
        m = self.r.point.match(self.t, sent.start)
        if m is None:
            return
        demander = None
        base = max(0, i - _POINT_REACH)
        is_point = [self.r.point.match(self.t, x.start) is not None for x in self.sentences[base:i]]
        for k in range(i - 1, base - 1, -1):
            s2 = self.sentences[k]
            if is_point[k - base] or any(is_point[max(0, k - 4 - base) : k - base]):
                continue  # an earlier point of the same list, or a point's own explanation (關稅是…的起點。)
            # the sentence before the first point opens the list, its noun near its end (中方三個核心關切
            # 必須得到解決。); none there, no list of demands (同意創造條件和氛圍，…; 幾點判斷)
            head = None
            for h in self.r.demand_list.finditer(self.t, s2.start, s2.end):
                head = h
            if head is not None and s2.end - head.end() <= _POINT_HEAD_TAIL:
                demander = self.subject(s2, s2.start, head.start())
            break
        if demander is None or self.side(demander) not in _SIDES or (addressee := self.other_state(demander)) is None:
            return
        stop = self.r.clause_end.search(self.t, m.end(), sent.end)
        b = stop.start() if stop is not None else sent.end
        items = self.issues(m.end(), b)
        if not items and b - m.end() <= _THING[self.lang]:
            items = [(m.end(), b, "")]
        for ia, ib, iid in items:
            self.emit("Demand", demander, ia, ib, sent, addressee, iid)

    def oppose(self, sent: Sentence, a: int, b: int) -> None:
        """Opposition to a matter named right after the cue (中方堅決反對將經貿問題政治化, the United
        States opposes unilateral changes to the status quo): the subject wants it stopped — a
        demand on the other side whose items are the matter's issues, else its things, else the
        matter itself when short enough to name a thing."""
        lo, _hi = self.clause(sent, a, b)
        if self.r.negation is not None and self.r.negation.search(self.t, lo, a):
            return
        if self.r.not_cue is not None and self.r.not_cue.match(self.t, a):
            return
        demander = self.subject(sent, lo, a)
        if demander is None or self.side(demander) not in _SIDES:
            return
        ma = b + len(self.t[b:]) - len(self.t[b:].lstrip(" "))
        addressee = self.matter_actor(demander, ma, sent.end) or self.other_state(demander)
        if addressee is None:
            return
        stop = self.r.clause_end.search(self.t, ma, sent.end)
        mb = stop.start() if stop is not None else sent.end
        if self.lang == "en":
            mb = self.phrase_end(ma, mb, complement=True)  # opposes the US side's intention to impose tariffs
            said = next(
                (m for m in re.finditer(r",?\s+and\s+([a-z]+)\b", self.t[ma:mb]) if self._speech_word(m.group(1))), None
            )
            if said is not None:
                mb = ma + said.start()  # "would oppose a forced sale and noted that …": the speaker's next words
        text = self.orig[ma:mb].rstrip(" .。")
        mb = ma + len(text)
        if len(text) < 2 or any(q in text for q in "「」“”\"『』"):
            return
        if self.r.enumeration is not None and self.r.enumeration.match(self.t, ma):
            return  # 不顧中方強烈反對和嚴正交涉: opposition as a noun in a list
        if self.r.thing_anaphor is not None and self.r.thing_anaphor.match(self.t, ma) and not self.issues(ma, mb):
            items = self._anaphor_issues(sent)  # "China firmly opposes this act": what the sentence before named
        else:
            items = self.issues(ma, mb) or [(x, y, "") for x, y in self.listed(ma, mb)]
            if not items and len(text) <= _THING[self.lang]:
                items = [(ma, mb, "")]
        self._demand_items(demander, items, sent, addressee)

    def _speech_word(self, word: str) -> bool:
        """Whether ``word`` is a verb of speech (said, noted, added)."""
        return self.r.speech is not None and self.r.speech.fullmatch(word) is not None

    def _anaphor_issues(self, sent: Sentence) -> list[tuple[int, int, str]]:
        """The issues a matter referring back (this act, such practices, 此舉; ``<p>-thing-anaphor``)
        stands for: those the sentence before names, its last one first; none when it names none
        (then the matter cannot be told, and no claim is made of it)."""
        i = self.sent_no.get(sent.start, -1)
        if i <= 0:
            return []
        prev = self.sentences[i - 1]
        found = self.issues(prev.start, prev.end)
        return [(ia, ib, iid) for ia, ib, iid in found if iid][:1]

    def warning(self, sent: Sentence, a: int, b: int) -> None:
        """A warning that threatens by itself (否則必將玩火自焚, warned of serious consequences,
        「玩火」): a threat of whoever says it — the clause's subject, else the speaker of the
        quotation or of the sentences before — on the other side; the warning is its item."""
        lo, _hi = self.clause(sent, a, b)
        if self.r.negation is not None and self.r.negation.search(self.t, lo, a):
            return
        quoted = self.quote_speaker(a)
        speech = list(self.r.speech.finditer(self.t, sent.start, a)) if self.r.speech is not None else []
        if quoted is not None:
            holder: str | None = quoted[1]
        elif speech:  # X said Y would pay a heavy price: X warns, Y is warned
            m = speech[-1]
            holder = self._speech_subject(sent, m.start(), m.end()) or next(
                (sp.key for sp in self.idx.in_range(sent.start, m.start()) if not self._obliqued(sp, sent.start)), None
            )
        else:
            holder = self.subject(sent, lo, a)
        if holder is None or self.side(holder) not in _SIDES:
            return
        self.emit("Threat", holder, a, b, sent, self.other_state(holder), "")

    def cut(self, sent: Sentence, a: int, b: int) -> None:
        """An engagement or grant cut off (中國宣布暫停與美國在氣候、禁毒等領域的合作, 取消與習近平的
        會面, 撤銷其飛行許可): withdrawing what the other side gets from the relation is a punitive
        step, so taken it is leverage and announced or on a condition a threat, as for a measure.

        The cut verb counts only when an engagement noun (``<p>-engagement``) ends its object within
        the clause, and not when that object is a measure (lifting tariffs is easing). The cutter is
        the clause's own subject, else the subject of the clause before (…，取消…並暫停…); the
        target the other side named in the object (與美國), else the other side; the items the
        fields listed in the object (one claim each), else its issues, else the object itself.
        """
        if self.r.engagement is None:
            return
        lo, hi = self.clause(sent, a, b)
        # a list of fields before the noun may run long (在氣候、禁毒、打擊犯罪…等方面的合作)
        nouns = list(self.r.engagement.finditer(self.t, b, min(hi, b + 2 * _THING[self.lang])))
        if not nouns:
            self.cut_fronted(sent, lo, a)
            return
        x = b
        for noun in nouns:
            y = noun.end()
            while (more := self.r.engagement.match(self.t, y)) is not None:
                y = more.end()  # 磋商機制: one compound noun
            if not re.match(r"[^，,。；;：:、]{0,15}?的", self.t[y:hi]):
                break  # the head: 暫停審批美軍艦機赴港休整的申請 ends in 申請, 審批 modifies it
        else:
            return  # 撤銷與某黨有聯繫或…的學生簽證: the noun sits in a modifier of another head
        lead = self.r.engagement_lead.match(self.t, x) if self.r.engagement_lead is not None else None
        x = lead.end() if lead is not None else x
        for pat, end in (
            (self.r.measure, min(hi, y + _AFTER[self.lang])),
            (self.r.restrict, min(hi, y + _AFTER[self.lang])),
            (self.r.weak, min(hi, y + _AFTER[self.lang])),
            (self.r.retaliation, y),
        ):
            if pat is not None and pat.search(self.t, x, end):
                # 取消對華加徵的關稅, 取消會談涉及的對華限制措施: easing a measure, the measure engine's
                return
        holder = self.cut_holder(sent, lo, a)
        quoted = self.quote_speaker(a)
        if holder is None and quoted is not None and self.first_person(quoted[0], a):
            holder = quoted[1]  # 「我們將暫停合作」: the speaker's side
        if holder is None or self.side(holder) not in _SIDES:
            return
        own = [sp for sp in self.idx.in_range(lo, a) if sp.key == holder]
        mood = self.mood(sent, lo, a, b, hi, own[-1].end if own else lo, eases=False)
        if mood is None:
            return
        # the partner cut off, after 與/同 (與美國的合作): never the cutter's own side
        partners = [sp.key for sp in self.idx.in_range(x, y) if self.side(sp.key) in _SIDES and self._obliqued(sp, x)]
        if any(self.side(k) == self.side(holder) for k in partners):
            return  # 美國…暫停與美國合作: no side cuts itself off; the cutter is not this actor
        target = partners[0] if partners else self.other_state(holder)
        for ia, ib, iid in self.cut_items(x, y):
            self.emit(mood, holder, ia, ib, sent, target, iid)

    def cut_fronted(self, sent: Sentence, lo: int, a: int) -> None:
        """Chinese: engagements named before the cut verb, a future word between (特朗普與習近平的
        會晤以及國事訪問都將取消): announced, each is a threat — by the speaker's side (美國官員表示，
        如果…，…都將取消), else the subject of an earlier clause; aimed at the other side."""
        if self.lang != "zh" or self.r.engagement is None or self.r.future is None:
            return
        nouns = list(self.r.engagement.finditer(self.t, lo, a))
        if not nouns:
            return
        bridge = self.t[nouns[-1].end() : a]
        fut = self.r.future.search(bridge)
        if fut is None or fut.end() != len(bridge) or len(bridge) > 4:
            return  # the noun is the verb's subject only with 將 (都將, 也將) right before it
        holder = self.speaker_of_clause(sent) or self._earlier_subject(sent, lo)
        if holder is None or self.side(holder) not in _SIDES:
            return
        target = self.other_state(holder)
        start = lo
        for n in nouns:
            # each engagement with its modifiers since the last join (會晤以及國事訪問)
            joins = list(_LIST_JOIN_ZH.finditer(self.t, start, n.start()))  # (與 joins the parties of one)
            x = joins[-1].end() if joins else start
            self.emit("Threat", holder, x, n.end(), sent, target, "")
            start = n.end()

    def speaker_of_clause(self, sent: Sentence) -> str | None:
        """The actor a speech verb opens the sentence with (美國官員表示，…: the state it names)."""
        if self.r.speech is None:
            return None
        first = self.r.clause_end.search(self.t, sent.start, sent.end)
        verbs = list(self.r.speech.finditer(self.t, sent.start, first.start() if first is not None else sent.end))
        if not verbs:
            return None
        m = verbs[-1]  # (不願透露姓名的美國官員表示: the clause's last verb of speech is its own)
        spans = [sp for sp in self.idx.in_range(sent.start, m.start()) if self.side(sp.key) in _SIDES]
        if not spans:
            return None
        if spans[0].start - sent.start <= 6:
            return spans[0].key
        # 一位不願透露姓名的美國官員表示: the side named in the speaker's own words right before the verb
        return spans[-1].key if m.start() - spans[-1].end <= 3 else None

    def cut_holder(self, sent: Sentence, lo: int, a: int) -> str | None:
        """Who cuts: an actor opening the cut verb's clause (中國宣布取消…), not one named inside an
        earlier object in it (取消美中軍方會議並暫停…: 美中 is what was cancelled); else the
        subject of the clause before."""
        spans = [sp for sp in self.idx.in_range(lo, a) if not self._obliqued(sp, lo) and not self._modifier(sp)]
        if not spans or spans[0].start >= lo + _INITIAL:
            return self._earlier_subject(sent, lo)
        if self._speaker(spans[0], a):
            # 商務部表示中方將暫停…: the one right after the speech verb; 中國宣布暫停…: the speaker
            m = self.r.speech.match(self.t, spans[0].end, a) if self.r.speech is not None else None
            nxt = next((sp for sp in spans[1:] if m is not None and sp.start - m.end() <= 2), None)
            return nxt.key if nxt is not None else spans[0].key
        return self._np_head(spans)

    def cut_items(self, x: int, y: int) -> list[tuple[int, int, str]]:
        """What is cut: the fields listed after a field word (在氣候、禁毒等方面的合作: 氣候, 禁毒),
        or listed right in the object (禁毒和執法合作), one each; else the object, with its issue."""
        field = None
        if self.r.engagement_field is not None:
            for m in self.r.engagement_field.finditer(self.t, x, y):
                field = m
        for fx in (field.end(),) if field is not None else ():
            things = self.listed(fx, y)
            if things:
                break
        else:
            things = self.listed(x, y)
        if things:
            # each field its own issue, if it names one (not the list's: 禁毒 is no climate item)
            named = [{i[2] for i in self.issues(ia, ib)} for ia, ib in things]
            return [(ia, ib, next(iter(n)) if len(n) == 1 else "") for (ia, ib), n in zip(things, named, strict=True)]
        found = self.issues(x, y)
        text = self.orig[x:y].strip(" ，,")
        if not text or len(text) > _THING[self.lang]:
            return found
        start = x + self.orig[x:y].index(text)
        return [(start, start + len(text), iid) for iid in sorted({i[2] for i in found})] or [
            (start, start + len(text), "")
        ]

    def condition(self, sent: Sentence, a: int, b: int) -> None:
        """A condition one side sets for the other (只有美方取消關稅，中方才會…; 除非中國讓步，美國
        不會…; 恢復談判的前提是美方…; 美方以中方打擊芬太尼為條件): what the side named in the
        condition must do is what the side granting wants of it — a demand.

        The one asked is the actor opening the condition: right after a lead word or copula
        (``<p>-condition-lead``, ``<p>-condition-is``), or right after 以 before 為條件
        (``<p>-condition-as``). The asker is, after a lead word, the subject opening the main
        clause that follows (past 否則, 那麼: ``<p>-condition-then``), else the clause's subject or
        speaker before; after a copula or 以, the subject before. Sides must differ (a side's own
        conditions on itself are no demand)."""
        word = self.t[a:b]
        lo, hi = self.clause(sent, a, b)
        if word in self.r.condition_not or word in self.r.condition_if:
            self._negated_condition(sent, word, a, b, lo, hi)
            return
        if word in self.r.condition_as:
            by = [m for m in self.r.condition_by.finditer(self.t, lo, a)] if self.r.condition_by is not None else []
            if not by:
                return
            start, end, before = by[-1].end(), a, by[-1].start()
        else:
            start, end, before = b, hi, a
        asked = next((sp for sp in self.idx.in_range(start, end) if sp.start - start <= 1), None)
        if asked is None or self.side(asked.key) not in _SIDES:
            return
        asker = None
        if word in self.r.condition_lead:
            if self.t[hi : hi + 1] not in ("，", ","):
                return  # 美國只有中國一個對手: no main clause follows, so no condition
            asker = self._main_subject(hi + 1, sent.end)
        asker = asker or self.subject(sent, lo, before)
        if asker is None or self.side(asker) not in _SIDES or self.side(asker) == self.side(asked.key):
            return
        x = asked.end
        lead = self.r.action_lead.match(self.t, x) if self.r.action_lead is not None else None
        x = lead.end() if lead is not None else x
        self._wanted_from(sent, asker, asked.key, x, end)

    def _wanted_from(self, sent: Sentence, asker: str, asked: str, x: int, end: int) -> None:
        """The demands of a wanted action from ``x`` (a condition's, what ends a step kept up, a
        failure reproached): its issues, else its words when short."""
        y = min(end, self.wanted_end(sent, x))
        items = self.issues(x, y)
        if not items and 2 <= y - x <= _THING[self.lang]:
            items = [(x, y, "")]
        for ia, ib, iid in items:
            self.emit("Demand", asker, ia, ib, sent, asked, iid)

    def _negated_condition(self, sent: Sentence, word: str, a: int, b: int, lo: int, hi: int) -> None:
        """Chinese: a threat on a negated condition (美國再不停止干預內政，中方必將反制; 如果美國不停止…，
        中方將…): what the side named in the condition fails to do is what the threatening side
        wants of it — a demand. The main clause after the condition must name a step or a warning
        and open with its own subject, of the other side."""
        if word in self.r.condition_if:
            asked = next((sp for sp in self.idx.in_range(b, hi) if sp.start - b <= 1), None)
            neg = re.match(r"(?:仍|再|还)?(?:不再|不|拒不)", self.t[asked.end : hi]) if asked is not None else None
            if asked is None or neg is None:
                return
            x = asked.end + neg.end()
        else:
            asked = next((sp for sp in reversed(self.idx.in_range(lo, a)) if a - sp.end <= 1), None)
            if asked is None:
                return
            x = b
        if self.t[hi : hi + 1] not in ("，", ","):
            return
        main = hi + 1
        while main < sent.end and self.t[main] in "「“\"":
            main += 1  # 「中方必將…」: the main clause quoted
        # the main clause holds a step or a warning (將採取反制措施), not an offer (將購買更多大豆:
        # then what is wanted is that the step not be taken)
        steps = (self.r.retaliation, self.r.measure, self.r.restrict, self.r.warning)
        if not any(p is not None and p.search(self.t, main, sent.end) for p in steps):
            return
        asker = self._main_subject(main, sent.end)
        if asker is None or self.side(asker) not in _SIDES or self.side(asker) == self.side(asked.key):
            return
        deadline = _DEADLINE.match(self.t, x, hi) if self.lang == "zh" else None
        if deadline is not None and deadline.end() < hi:
            x = deadline.end()  # 如果中方不在4月8日前撤回…: the deadline is no part of what is wanted
        self._wanted_from(sent, asker, asked.key, x, hi)

    def _main_subject(self, ca: int, hi: int) -> str | None:
        """The actor opening the clause at ``ca`` (past 否則, 那麼, 則): a main clause's subject."""
        then = self.r.condition_then.match(self.t, ca) if self.r.condition_then is not None else None
        ca = then.end() if then is not None else ca
        sp = next(iter(self.idx.in_range(ca, hi)), None)
        if sp is None or sp.start >= ca + _INITIAL or self._modifier(sp):
            return None
        return sp.key

    def _threat_noun(self, b: int) -> bool:
        """A threat noun right after the measure that ends its phrase (美方的關稅威脅，; 在制裁恫嚇
        下; 加徵關稅的威脅): the measure modifies it, so it is threatened, not taken."""
        if self.lang == "en":
            # "Trump's latest tariff threat", "sanctions threats": a compound noun, whatever follows
            gap = _SPACE_RUN.match(self.t, b)
            noun = self.r.threat_noun
            return noun is not None and noun.match(self.t, gap.end() if gap else b) is not None
        at = b + (self.t[b : b + 1] == "的")  # 加徵關稅的威脅: the measure modifies the noun through 的
        m = self.r.threat_noun.match(self.t, at) if self.r.threat_noun is not None else None
        if m is None:
            return False
        if self.r.clause_end.match(self.t, m.end()) or m.end() >= len(self.t):
            return True
        return self.r.threat_noun_end is not None and self.r.threat_noun_end.match(self.t, m.end()) is not None

    def _pronoun_speaker(self, i: int, verb: int) -> str | None:
        """Chinese: the person a pronoun right before a speech verb (他強調，…) stands for — the one
        speaking before, else the one person who is the subject of the sentence before (王毅與布林肯
        通電話。他強調…: 王毅, 布林肯 an object)."""
        if self.lang != "zh" or self.r.anaphor is None or i <= 0:
            return None
        m = self.r.anaphor.match(self.t, max(self.sentences[i].start, verb - 1))
        if m is None or m.lastgroup != "he" or m.end() != verb:
            return None
        speaker = self._antecedent(i, "he", 1)
        if speaker is not None:
            return speaker
        prev = self.sentences[i - 1]
        people = {
            sp.key for sp in self.idx.in_range(prev.start, prev.end)
            if self.idx.actors[sp.key].type == "Person" and not self._obliqued(sp, prev.start)
        }
        return people.pop() if len(people) == 1 else None

    def _second_action(self, b: int, end: int) -> list[tuple[int, int]]:
        """Chinese: a second wanted action joined by 並 in the first clause (要求美方停止打壓並取消
        制裁): its span, read like a clause that goes on; not 並非/並未 or 合併 (``<p>-wanted-and-not``)."""
        if self.lang != "zh" or self.r.wanted_and is None:
            return []
        for m in self.r.wanted_and.finditer(self.t, b, end):
            if m.group() in self.r.wanted_and_keys and m.start() - b >= 2 and end - m.end() >= 2:
                return [(m.end(), end)]
        return []

    def clause_phrase(self, ca: int, cb: int) -> list[tuple[int, int, str]]:
        """A clause that goes on with a wanted action, as the item when it names no issue: itself,
        when short enough to name a thing."""
        return [(ca, cb, "")] if cb - ca <= _THING[self.lang] else []

    def until_closing(self, pos: int, text: str, *, curly: bool) -> str:
        """``text`` (starting at ``pos``) up to the closing mark of the quotation it stands in:
        any closing mark inside a statement, only a curly one (”」』) elsewhere when ``curly``."""
        if self.quote_speaker(pos) is not None:
            return re.split(r"[,，]?[”」』\"]", text, maxsplit=1)[0]
        return re.split(r"[,，]?[”」』]", text, maxsplit=1)[0] if curly else text

    def more_wanted(self, sent: Sentence, b: int, *, matters: bool = False) -> list[tuple[int, int]]:
        """The clauses after the first that go on with what is wanted: after a comma, with no
        subject of their own, no speech and none of the words that turn away (``<p>-demand-stop``);
        their leading adverb, modal and 立即 are no part of the action (更需要把…落到實處).
        With ``matters`` (English: the matters of a concern), a clause headed by a noun of trade or
        conduct is its thing (", as well as the sale of dual-use technology to Russia": the technology)."""
        out: list[tuple[int, int]] = []
        m = self.r.clause_end.search(self.t, b, sent.end)
        while m is not None and len(out) < 4 and self.t[m.start()] in "，,、":
            ca = m.end()
            m = self.r.clause_end.search(self.t, ca, sent.end)
            cb = m.start() if m is not None else sent.end
            if self.r.demand_stop is not None and self.r.demand_stop.search(self.t, max(b, ca - 1), cb):
                break
            if self._speech_in(ca, cb):
                break
            join = self.r.wanted_and.match(self.t, ca) if self.r.wanted_and is not None else None
            if self.r.future is not None and self.r.future.match(self.t, join.end() if join is not None else ca):
                break  # 敦促美方…，並將採取必要措施: what the asker itself will do, no more of what it wants
            lead = self.r.go_on.match(self.t, ca) if self.r.go_on is not None else None
            ca = lead.end() if lead is not None else ca
            if any(sp.start == ca for sp in self.idx.in_range(ca, cb)):
                break  # a subject of its own: another statement
            if self.r.own_subject is not None and self.r.own_subject.match(self.t, ca):
                break  # 這也是…的核心議題, 他說…: a pronoun subject, another statement
            if self.lang == "zh" and _NOUN_IS.match(self.t, ca, cb):
                break  # 期限是24日下午4時: a noun and its copula, a statement of fact, nothing wanted
            head = self._matter_of(ca, cb) if matters else None
            if head is not None:
                ca, cb = head
            text = self.until_closing(ca, self.orig[ca:cb], curly=True).rstrip(" .。")
            if len(text) < 2 or any(q in text for q in "「」“”\"『』"):
                break
            if len(text) > _THING[self.lang] and self.lang == "en":
                # "stop interfering in Hong Kong affairs and implementing the bill": two actions
                at = ca
                for part in text.split(" and "):
                    if len(part) > _THING["en"] and is_wanted_action(part, self.lex):
                        # "stop interfering in China's affairs under the pretext of …": cut before
                        # what is attached to the wanted action
                        part_cut = trim_phrase(part, self.lex, attachments=True)[0]
                        if 2 <= len(part_cut) <= _THING["en"]:
                            out.append((at, at + len(part_cut)))
                    elif 2 <= len(part) <= _THING["en"]:
                        out.append((at, at + len(part)))
                    at += len(part) + 5
                continue
            out.append((ca, ca + len(text)))
        return out

    def _matter_of(self, ca: int, cb: int) -> tuple[int, int] | None:
        """English: the thing a clause of a list names after its head noun of trade or conduct
        (``en-matter-head``; "as well as the sale of X to Russia": X), else None."""
        if self.r.matter_head is None or self.r.enumeration is None:
            return None
        join = self.r.enumeration.match(self.t, ca)
        at = join.end() if join is not None else ca
        head = self.r.matter_head.match(self.t, at, cb)
        return (head.end(), self.phrase_end(head.end(), cb)) if head is not None else None

    def _speech_in(self, a: int, b: int) -> bool:
        """A verb of speech in ``[a, b)``; not one inside a hyphenated word (the so-called act)."""
        if self.r.speech is None:
            return False
        return any(self.t[m.start() - 1 : m.start()] != "-" for m in self.r.speech.finditer(self.t, a, b))

    def action(self, sent: Sentence, b: int, addressee: str, start: int | None = None) -> tuple[int, int] | None:
        """The wanted action after the asked actor (and ``to``) up to its clause's end, when short
        enough to be read as one (30 Chinese or 60 Latin characters); a relative clause that
        makes it longer is left out (fix systemic problems in their economy [that hurt …])."""
        pos = b
        sp = next((x for x in self.idx.in_range(b, min(sent.end, b + 40)) if x.key == addressee), None)
        if start is not None:
            pos = start
        elif sp is not None and not self.t[b : sp.start].strip(" the"):
            pos = sp.end
        pos += len(self.t[pos : pos + 8]) - len(self.t[pos : pos + 8].lstrip())
        lead = self.r.action_lead.match(self.t, pos) if self.r.action_lead is not None else None
        pos = lead.end() if lead else pos
        stop = self.r.clause_end.search(self.t, pos, sent.end)
        while stop is not None and self.lang == "en" and LIST_COMMA.match(self.t, stop.start()):
            # "give Chinese firms an open, fair and nondiscriminatory environment": a list's comma, no clause end
            stop = self.r.clause_end.search(self.t, stop.end(), sent.end)
        end = stop.start() if stop else sent.end
        end = min(end, self.wanted_end(sent, pos))
        text = self.until_closing(pos, self.orig[pos:end], curly=False).rstrip(" .。")
        if self.lang == "en" and (opened := _QUOTE_OPENING.match(text)) is not None:
            text = opened.group()  # needed to “correct its mistakes” regarding …: the words quoted
        if self.lang == "zh" and (inner := _ZH_QUOTED_ACTION.match(text)) is not None:
            # 要美方「停止對中國企業的無理打壓」: the quoted words are what is asked
            pos, text = pos + 1, inner.group(1)
        if any(q in text for q in "「」“”\"『』") and not (self.lang == "en" and _CLOSED_QUOTE.fullmatch(text)):
            return None  # the action runs into a quotation: no clean phrase (but: stop "cyber intrusions")
        if len(text) > _THING[self.lang] and self.lang == "en":
            rel = _RELATIVE.search(text, 12)
            text = text[: rel.start()] if rel is not None else text
            joined = text.find(" and ", 12) if len(text) > _THING["en"] else -1
            if 0 < joined <= _THING["en"]:
                text = text[:joined]  # "stop being domineering and return to the track of …": the first act
            if len(text) > _THING["en"]:
                # "not to fill any gap [in the Chinese market left by …]": the act without its last
                # adjuncts, cut where a preposition opens one
                cuts = [m.start() for m in _ADJUNCT.finditer(text, 12) if m.start() <= _THING["en"]]
                text = text[: cuts[-1]] if cuts else text
        if len(text) < 2 or len(text) > _THING[self.lang]:
            return None
        return pos, pos + len(text)

    def wanted_end(self, sent: Sentence, b: int) -> int:
        """Where the wanted action ends: the sentence's end, or a clause that turns away from it."""
        end = min(sent.end, b + 3 * _AFTER[self.lang])
        m = self.r.demand_stop.search(self.t, b, end) if self.r.demand_stop is not None else None
        return m.start() if m else end

    def quote_speaker(self, pos: int) -> tuple[int, str] | None:
        """The start and speaker of the statement quoting ``pos``, if it is inside one."""
        i = bisect.bisect_right(self.quotes, (pos, len(self.t), "\uffff")) - 1
        if i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]:  # a cue may open the quote: "grave consequences"
            return self.quotes[i][0], self.quotes[i][2]
        return None

    def subject(self, sent: Sentence, lo: int, a: int) -> str | None:
        """The asker: the first non-object actor before the cue in its clause; inside a quotation
        with none (我們希望看到中國…), its speaker; else the sentence's subject."""
        q = self.quote_speaker(a)
        if q is not None:
            lo = max(lo, q[0])
        every = self.idx.in_range(lo, a)
        spans = [sp for sp in every if not self._obliqued(sp, lo) and not self._modifier(sp)]
        if self.lang == "zh" and every and self._obliqued(every[0], lo):
            # (她)向中國總理李強表達…不滿: a clause whose first name follows a preposition has its
            # subject before it, and the names after (a title's person, 等中國領導人) are objects
            spans = []
        if self.lang == "en":
            for sp in every:  # "Xinhua quoted Vice Minister Le as calling for …": the one quoted asks
                if _QUOTED_BEFORE.search(self.orig, max(lo, sp.start - 60), sp.start) and re.match(
                    r"\s+as\s", self.orig[sp.end : sp.end + 4]
                ):
                    return sp.key
        if spans:
            return self._np_head(spans)  # the subject comes first (with Xi, on China … are objects)
        if q is not None:
            return q[1]
        if self.lang == "zh":
            earlier = self._earlier_subject(sent, lo)
            if earlier is None and not self.idx.in_range(sent.start, a):
                return self.current_speaker(sent)  # 何詠前稱，…。希望美方…: the speaker goes on
            return earlier
        inner = self._subject_body(lo, a) or self._attribution_before(sent, lo, a)
        if inner is not None:
            return inner
        if generic_subject_at(self.r.generic_subject, self.t, self.generic_starts, lo, a) is not None:
            return None  # "… and Republican politicians called for …": an unnamed asker
        first = next(iter(self.idx.in_range(sent.start, lo)), None)
        if first is not None:
            return first.key
        return self._pronoun_subject(sent, lo)  # "They also urged …", "It is hoped the US will …"

    def _attribution_before(self, sent: Sentence, lo: int, a: int) -> str | None:
        """English '…, a foreign ministry spokesperson said on Friday, urging the US to …': a
        participle clause right after a trailing attribution (a speech verb closing the clause
        before, a time at most after it) asks in the name of that verb's subject."""
        if (
            self.r.speech is None
            or _PARTICIPLE_OPENS.match(self.t, lo) is None  # the cue may be the participle (, urging …)
            or _COMMA_BEFORE.search(self.t[max(sent.start, lo - 3) : lo]) is None
            or self.idx.in_range(lo, a)
        ):
            return None
        bounds = [sent.start] + [m.end() for m in self.r.clause_end.finditer(self.t, sent.start, max(sent.start, lo - 2))]
        c_lo = bounds[-1]
        said = last_match(self.r.speech, self.t, c_lo, lo)
        if said is None or len(self.t[said.end() : lo].split()) > 3 or self.idx.in_range(said.end(), lo):
            return None
        named = [sp for sp in self.idx.in_range(c_lo, said.start()) if not self._obliqued(sp, c_lo)]
        return self._np_head(named) if named else None

    def _np_head(self, spans: list[Span]) -> str:
        """The actor a noun phrase opening with ``spans[0]`` names: a person right after it with
        only title words between (US Treasury Secretary Jane Doe, 美國財政部長張偉) is the
        one meant, not the body in the title."""
        first = spans[0]
        nxt = next((sp for sp in spans[1:] if sp.start >= first.end), None)
        if nxt is None or self.idx.actors[nxt.key].type != "Person" or self.idx.actors[first.key].type == "Person":
            return first.key
        gap = self.orig[first.end : nxt.start]
        words = gap.split()
        if self.lang == "en":
            titled = len(words) <= 4 and all(w[:1].isupper() for w in words)
        else:
            titled = len(gap) <= 8 and not re.search(r"[\s，,、。；;：:]", gap)
        speech = self.r.speech is not None and self.r.speech.search(self.t, first.end, nxt.start)
        return nxt.key if titled and not speech else first.key

    def _subject_body(self, lo: int, a: int) -> str | None:
        """The body inside a subject that names people by their place in it ("A spokesperson
        from the commerce ministry called on …", "Officials at the White House say they urged …"):
        the subject speaks for that body."""
        first = next(iter(self.idx.in_range(lo, a)), None)
        if first is None or self.idx.actors[first.key].type == "Person":
            return None
        return first.key if _SUBJECT_BODY.match(self.orig[lo : first.start]) else None

    def speaker_of(self, sent: Sentence, addressee: str, before: int | None = None) -> str | None:
        """Who says a modal demand: the subject of a speech verb in its sentence or the one before,
        of the other side than the one asked (商務部表示，美方應…); in Chinese also of a verb that
        puts a demand forward (``<p>-propose``: 美方在談判中提出，中方需…). Given the demand's
        position (``before``), its own sentence's verbs before it count, nearest first (中方認為…，
        而美方則堅持認為，世貿組織必須…: 美方)."""
        if self.r.speech is None:
            return None
        verbs = [self.r.speech] + ([self.r.propose] if self.lang == "zh" and self.r.propose is not None else [])
        i = self.sent_no.get(sent.start, -1)
        for k in (i, i - 1):
            if k < 0:
                continue
            s2 = self.sentences[k]
            found = [m for verb in verbs for m in verb.finditer(self.t, s2.start, s2.end)]
            if before is not None and k == i:
                # before it, nearest first; then an attribution after it (…, the spokesman said)
                found = sorted((m for m in found if m.start() < before), key=lambda m: -m.start()) + sorted(
                    (m for m in found if m.start() >= before), key=lambda m: m.start()
                )
            for m in found:
                near = self.idx.in_range(max(s2.start, m.start() - 40), m.start())
                participle = m.group().endswith("ing") and _COMMA_BEFORE.search(self.t[s2.start : m.start()])
                if self.lang == "en" and participle:
                    # "Doe ordered the tariffs over the weekend, saying …": a participle of speech after
                    # a comma speaks for the sentence's subject, however far back
                    heads = [sp for sp in self.idx.in_range(s2.start, m.start()) if not self._obliqued(sp, s2.start)]
                    head = self._np_head(heads) if heads else None
                    near = [sp for sp in heads if sp.key == head][:1]
                for sp in reversed(near):
                    if self.side(sp.key) in _SIDES and self.side(sp.key) != self.side(addressee):
                        return sp.key
                he = self._pronoun_speaker(k, m.start())
                if he is not None and self.side(he) in _SIDES and self.side(he) != self.side(addressee):
                    return he
        speaker = self.current_speaker(sent)  # 中方堅決反對。美方應立即停止…: the speaker goes on
        if speaker is not None and self.side(speaker) in _SIDES and self.side(speaker) != self.side(addressee):
            return speaker
        end = sent.end if before is None else before
        spoken = self.r.speech is not None and self.r.speech.search(self.t, sent.start, end) is not None
        named = self.idx.in_range(sent.start, end)
        if self.lang == "zh" and self.side(addressee) in _SIDES and not spoken and len(named) == 1 + sum(
            1 for sp in named if self._modifier(sp)
        ):
            # 美方應立即停止錯誤做法。 with no one named (before the demand, given its position): the
            # other side's voice (an answer to reporters, a statement), never the side asked
            return self.other_state(addressee)
        return None

    def wanted_lifted(self, sent: Sentence, lo: int, a: int, b: int, hi: int, item: str) -> bool:
        """A measure one side is asked to lift is in force: the other's leverage.

        ``urged the US to lift tariffs``, ``北京希望美國取消對中國商品的懲罰性關稅``, ``unless
        Beijing withdraws its 34% duty``: the actor right before the easing word holds the
        measure, and the one asking is its target. True when such a claim was made.
        """
        if self.r.relief is None:
            return False
        eased = last_match(self.r.relief, self.t, lo, a)
        if eased is None:
            return False
        asked = [p.search(self.t, sent.start, eased.start()) for p in (self.r.demand, self.r.condition) if p]
        if not any(asked):
            return False
        near = [sp for sp in self.idx.in_range(max(sent.start, eased.start() - 40), eased.start())]
        if near and self.t[near[-1].end : eased.start()].strip(" 將将会會to") not in ("",):
            # 建議美國履行承諾，解除…關稅: a later clause of the demand lifts it; the one asked right
            # after the cue, with no actor after it, holds the measure
            cue = asked[0]
            last = next((sp for sp in reversed(near) if not self._modifier(sp)), near[-1])  # (not 中國企業)
            if cue is None or self.t[eased.start() - 1 : eased.start()] not in ("，", ",") or last.start != cue.end():
                return False
            near = [last]
        elif not near:
            return False
        holder = near[-1].key
        if self.side(holder) not in _SIDES:
            return False
        for ia, ib, iid in self.measure_items(lo, a, b, hi, "self" if item == "self" else "object"):
            self.emit("Leverage", holder, ia, ib, sent, self.other_state(holder), iid)
        return True

    def _negated(self, lo: int, a: int) -> bool:
        """A negation of the step at ``a`` in ``lo``..``a``; a negating determiner (any new, any
        further) only right before it (not "any further escalation with countermeasures")."""
        assert self.r.negation is not None
        for m in self.r.negation.finditer(self.t, lo, a):
            opened = self.t.rfind("「", lo, m.start())
            closed = self.t.find("」", m.end(), opened + 14) if opened >= 0 else -1
            if opened > self.t.rfind("」", lo, m.start()) and closed >= 0:
                continue  # 移入「未經核實清單」: a word of a list's name, no negation of the step
            if not m.group().startswith("any ") or len(self.t[m.end() : a].split()) <= 1:
                return True
        return False

    def mood(
        self, sent: Sentence, lo: int, a: int, b: int, hi: int, words_from: int | None = None, *, eases: bool = True
    ) -> str | None:
        """``Threat``, ``Leverage`` or None from the words around the cue.

        Easing (lift, 取消) or a demand (urged … to, 要求) anywhere before the cue in its
        sentence, or easing after it in its clause, make it no pressure; a negation or a
        condition (if, 如果) in its clause, no step of its subject; a threat marker (would, 將)
        after ``words_from`` (the holder's mention) in its clause, a threat.
        """
        before, prefix = self.t[lo:a], self.t[sent.start : a]
        after = self.t[b : min(hi, b + _AFTER[self.lang])]
        if self.lang == "zh" and before.endswith(_ZH_IS_NOT):
            return None  # 真正的殺手鐧不是關稅，而是美元: the step named to be denied
        if self.lang == "zh" and (rate := _RATE_FROM.match(self.t, b, hi)) is not None:
            after = self.t[b : rate.end()]  # 關稅稅率從125%下調至10%: the change of its rate goes with it
        cut = self.r.condition.search(after) if self.r.condition is not None else None
        after = after[: cut.start()] if cut else after  # "… tariffs unless Beijing withdraws …": another clause
        if_m = self.r.condition.search(before) if self.r.condition is not None else None
        if (
            if_m is not None
            and self.first_person(lo + if_m.end(), min(a, lo + if_m.end() + 4))
            and not (self.r.negation is not None and self.r.negation.search(before))
            and not (self.r.demand is not None and self.r.demand.search(prefix))
        ):
            return "Threat"  # 如果我們實施100%的關稅…, "if we impose tariffs …": the speaker's own step, on a condition
        if self.r.held_open is not None and self.r.held_open.search(before):
            return "Threat"  # "did not rule out new tariffs": the step kept open, no negation of it
        if any(lead in before and tail in after for lead, tail in self.r.held_open_frames):
            return "Threat"  # 保留對中國使用貿易措施的權利: the right to the step reserved
        if self.r.options is not None and self.r.options.search(self.t, sent.start, a):
            return "Threat"  # 反制選項包括：將美企納入…清單: steps listed as options, none taken
        listed = last_match(self.r.steps_listed, self.t, sent.start, a) if self.r.steps_listed is not None else None
        threat = self.r.threat
        if listed is not None and threat is not None and threat.search(self.t, sent.start, listed.start()):
            return "Threat"  # 警告將採取反制措施，包括將美企列入…清單: the steps of the threat, listed
        alt = self.r.alternative.search(self.t, max(lo, a - 40), a) if self.r.alternative is not None else None
        near = alt is not None and len(self.t[alt.end() : a].split()) <= _ALT_WORDS
        if alt is not None and near and not self.r.clause_end.search(self.t, alt.end(), a):
            # "cut its tariffs or face new duties", 否則將面臨制裁: the step held over a demand (the demand before it
            # makes it no less one)
            return "Threat"
        if self.lang == "zh" and lo > sent.start and _ZH_OWN_FUTURE.match(self.t, lo) and self.r.demand is not None:
            asked = last_match(self.r.demand, self.t, sent.start, lo)
            if asked is not None and not any(sp.start - asked.end() <= 1 for sp in self.idx.in_range(asked.end(), lo)):
                # 中方堅決反對，將採取反制措施: with no one asked (not 要求美方…，將…), a clause of the
                # speaker's own future is no longer the demand's
                prefix = before
        if lo > sent.start and self.r.demand is not None and self.r.condition is not None:
            asked = last_match(self.r.demand, self.t, sent.start, lo)
            cond = last_match(self.r.condition, self.t, sent.start, asked.start()) if asked is not None else None
            joined = asked is None or cond is None or self.r.clause_end.search(self.t, cond.end(), asked.start())
            if not joined:
                # "If war is what the U.S. wants, we're ready to fight …": a wish inside a condition
                # before the cue's clause asks nothing of this step
                prefix = before
        owner = self._possessive_owner(lo, a)
        for pat, where in (
            (self.r.negation, before),
            (self.r.condition, before),
            (self.r.demand, prefix),
        ):
            if pat is not None and pat.search(where):
                if pat is self.r.negation and not self._negated(lo, a):
                    continue  # "respond to any further escalation with countermeasures": another noun's
                if pat is self.r.negation and owner is not None and not self._negated(owner, a):
                    continue  # "won't tolerate China's ban on …": the negation is the clause verb's
                return None
        if self.proposed(lo, a, b, hi):
            return None  # 中方提出了取消加徵關稅的訴求: what is asked, the proposal frame's
        # an easing word before the holder's mention is another clause's (the drop in the yuan came
        # after the president vowed to impose tariffs)
        eased_from = lo if words_from is None or self.lang != "en" else max(lo, words_from)
        t_from = lo if words_from is None else max(lo, words_from)  # the holder's own words on
        said_from = t_from if owner is None else max(t_from, owner)  # (not a verb before a possessor's noun)
        if (
            eases
            and self.r.relief is not None
            and (
                self._eased_before(eased_from, a)
                # (川普放話對進口晶片課徵100%關稅，僅豁免在美設廠者: an exemption out of a step still to come)
                or (self._relief_in(after) and not self._threatened_between(said_from, a))
            )
            and not (self.lang == "en" and self._future_after(sent, b, hi))  # the suspended levies will return
        ):
            # a measure being cut, paused or lifted was in force: the holder's lever, bargained
            # over, never a threat (美國同意取消…加徵的關稅; tariffs would be cut to 47%)
            return "Leverage"
        if self.lang == "zh" and after.startswith(_ZH_AS_THREAT):
            return "Threat"  # 動輒以高關稅相威脅: the step held up as a threat
        if self._consequence(sent, lo, a, t_from):
            return "Threat"  # 法案若成為法律，美國政府可以對…實施制裁: the step of a condition's consequence
        if self.r.threat is not None:
            for m in self.r.threat.finditer(self.t, said_from, a):
                if self.lang == "en" and self.orig[m.start()].isupper() and m.start() != sent.start:
                    continue  # "since May": a month, a name, no modal
                if self.r.not_threat is not None and self.r.not_threat.match(self.t, m.start()):
                    continue  # 對中國將領實施制裁: a general, no future
                if not self._disposal(m.end(), a):
                    return "Threat"
        if cut is not None:
            return "Threat"  # a step on a condition named after it (countermeasures if the US presses ahead)
        if self._takes_effect_later(sent, b):
            return "Threat"  # "… 100 percent tariff on all imports, set to take effect Nov. 1"
        if self._threat_noun(b):
            return "Threat"  # 川普的關稅威脅: the measure only threatened
        if self._dated_later(sent, lo):
            return "Threat"  # 對中國商品加徵關稅，11月1日起生效 in an October report: announced, not yet in force
        if self._announced_for_later(sent, a):
            return "Threat"  # 北京4日宣布對美國商品加徵34%關稅，10日起生效: the start after the announcement
        if self._future_after(sent, b, hi):
            return "Threat"  # the measure, then its future (關稅將調高, tariffs will rise)
        return "Leverage"

    def _relief_in(self, text: str) -> bool:
        """Whether an easing word stands in ``text`` outside a retaliation it belongs to ("take
        countermeasures and fight to the end": the end is no easing)."""
        if self.r.relief is None:
            return False
        vows = [m.span() for m in self.r.retaliation.finditer(text)] if self.r.retaliation is not None else []
        # ("would take resolute countermeasures to the end": a measure word carried to the end is vowed too)
        vows += [m.span() for m in _TO_THE_END.finditer(text)] if self.lang == "en" else []
        return any(
            not any(x <= m.start() and m.end() <= y for x, y in vows) for m in self.r.relief.finditer(text)
        )

    def _future_after(self, sent: Sentence, b: int, hi: int) -> bool:
        """The measure is followed by its future (關稅將調高; English: a rise or return, "tariffs will
        go back up", "levies are scheduled to return")."""
        if self.r.future is None:
            return False
        gap = 2 if self.lang == "zh" else 1
        head = _MEASURE_HEAD.match(self.t, b, sent.end) if self.lang == "zh" else None
        at = head.end() if head is not None else b  # 加徵關稅的措施，將…: the measure's head noun
        if self.lang == "en" and (comp := _EN_COMPLEMENT.match(self.t, b, hi)) is not None:
            at = comp.end()  # "duties on Chinese goods could climb back": past the measure's complement
        reach = gap + (3 if self.lang == "zh" else 16)  # (English: the whole future word, " are scheduled to")
        fm = self.r.future.search(self.t, at, min(hi if head is None else sent.end, at + reach))
        if head is not None and fm is not None and self.idx.in_range(at, fm.start()):
            fm = None  # 限制措施，中方將…: another's step after the comma
        if fm is not None and self.lang == "en" and not _RISES.match(self.t, fm.end()):
            fm = None  # "the tariffs will remain in place", "retaliation would result in …": no step to come
        return fm is not None and len(self.t[at : fm.start()].strip()) <= gap and not self._disposal(fm.end(), hi)

    def _threatened_between(self, x: int, a: int) -> bool:
        """A verb of threatening (<lang>-threat: 放話, 揚言, threatened) in ``[x, a)``, before the measure."""
        return self.r.threat_verb is not None and self.r.threat_verb.search(self.t, x, a) is not None

    def _consequence(self, sent: Sentence, lo: int, a: int, own: int) -> bool:
        """The clause before this one sets a condition (``<p>-measure-condition``: 若, 一旦, if)
        and this one, from its holder's words on, says what may then follow (``<p>-consequence``:
        可, 就, 則, can): the step is held over the condition, not taken. English: the condition
        opens the sentence ("If they don't honour it, we can move, and we can move with tariffs")."""
        if self.r.then is None or self.r.condition is None or lo <= sent.start:
            return False
        if self.lang == "en":
            marks = _OPENING_MARKS.match(sent.text)
            opens = self.r.condition.match(self.t, sent.start + (marks.end() if marks is not None else 0))
            return opens is not None and self.r.then.search(self.t, own, a) is not None
        if self.t[lo - 1] not in "，,":
            return False
        prev = self.clause(sent, lo - 1, lo - 1)[0]
        return bool(self.r.condition.search(self.t, prev, lo - 1) and self.r.then.search(self.t, own, a))

    def _possessive_owner(self, lo: int, a: int) -> int | None:
        """English: the end of the state named as the owner of the measure ("China's ban", "China's
        new export controls") between ``lo`` and it: a negation or modal before it is another verb's ("won't
        tolerate China's ban", "will not accept China's new tariffs"), not the measure's."""
        if self.lang != "en":
            return None
        ends = [
            sp.end
            for sp in self.idx.in_range(lo, a)
            if self.idx.actors[sp.key].type == "State"
            and (own := _POSSESSIVE_S.match(self.t, sp.end)) is not None
            and _OWNED_GAP.fullmatch(self.t, own.end(), a) is not None
        ]
        return ends[-1] if ends else None

    def _eased_before(self, lo: int, a: int) -> bool:
        """An easing word before the measure in its clause — not, in English, one of an earlier verb
        joined by 'and' to a threat word nearer the measure (China suspended port visits and vowed
        to impose sanctions: the sanctions are announced, the easing is another act's)."""
        assert self.r.relief is not None
        last = None
        for last in self.r.relief.finditer(self.t, lo, a):
            pass
        if last is None:
            return False
        if self.lang != "en" or self.r.threat is None:
            return True
        later = self.r.threat.search(self.t, last.end(), a)
        return later is None or _AND.search(self.t, last.end(), later.start()) is None

    def _attributive(self, a: int, b: int) -> bool:
        """English: a participle used as an adjective after a determiner or preposition
        (purchases of sanctioned Russian oil, the banned app) is no step anyone takes; in any
        language, a measure word naming the conflict it modifies (``<p>-measure-conflict``: 關稅戰,
        tariff war, tariff truce) is no step either."""
        after = b + len(self.t[b : b + 3]) - len(self.t[b : b + 3].lstrip())  # (English: past the space)
        if self.r.conflict is not None and self.r.conflict.match(self.t, after) is not None:
            return True
        if self.lang != "en" or not self.t[a:b].endswith("ed"):
            return False
        return _ATTRIBUTIVE_BEFORE.search(self.t, max(0, a - 10), a) is not None

    def _dated_later(self, sent: Sentence, lo: int) -> bool:
        """The measure's sentence, from its clause on, names a day after the document's date (its
        start or its taking effect: 自明年1月1日起, effective Nov. 1): the step is announced for
        later. Undated documents tell nothing."""
        if self.doc_day is None:
            return False
        # a time frame fronted in the clause before (自2025年11月1日起，在現行關稅基礎上加徵…) is
        # this clause's
        frame = _FRONTED_START.search(self.t, sent.start, lo)
        if frame is not None:
            lo = frame.start()
        try:
            days = mentions(self.orig[lo : sent.end], self.doc_day)
        except OverflowError:
            return False
        if any(d > self.doc_day for d in days):
            return True
        # a month of this year with no day, as a start (宣布6月起加徵關稅 in May): a month to come
        return any(int(m.group(1)) > self.doc_day.month for m in _MONTH_START.finditer(self.t, lo, sent.end))

    def _announced_for_later(self, sent: Sentence, a: int) -> bool:
        """Chinese, in any document: the day an announcement was made (4日宣布, 8月1日在社交媒體上宣布)
        and, after it in the sentence, a later start (自9月1日起, 10日起生效): the step is announced for
        later. Days with no month take the announcement's month; a start with no day says nothing."""
        if self.r.announce is None:
            return False
        said = last_match(self.r.announce, self.t, sent.start, a)
        if said is None:
            return False
        if self.lang == "en":
            return self._en_announced_for_later(sent, said, a)
        day = _ZH_DAY_BEFORE.search(self.t, max(sent.start, said.start() - _ANNOUNCED_REACH), said.start())
        if day is None:
            return False
        month = int(day.group(1)) if day.group(1) else None
        when = (month or 0, int(day.group(2)))
        # the start stands between the announcement and the measure (自9月1日起對…加徵), or opens the clause
        # right after the measure's (…加徵34%關稅，10日起生效); not a later clause's (，同時對稀土實施管制)
        lo, hi = self.clause(sent, a, a)
        frame = _FRONTED_START.search(self.t, sent.start, lo)  # (自9月1日起，對…: the clause before is its start)
        lo = frame.start() if frame is not None else lo
        nxt = self.r.clause_end.search(self.t, hi + 1, sent.end) if hi < sent.end else None
        starts = list(_ZH_START_DAY.finditer(self.t, max(said.end(), lo), a))
        after = _ZH_START_DAY.match(self.t, hi + 1, nxt.start() if nxt else sent.end) if hi < sent.end else None
        for start in [*starts, *([after] if after else [])]:
            later = (int(start.group(1)) if start.group(1) else (month or 0), int(start.group(2)))
            if later > when and (start.group(1) or month is not None or later[1] > when[1]):
                return True
        return False

    def _en_announced_for_later(self, sent: Sentence, said: re.Match[str], a: int) -> bool:
        """English: "On May 13, China announced tariffs on $60 billion of U.S. goods, effective June 1" --
        a month and day right before the announcing verb, and a later one after a start word
        (effective, starting, from) after the measure. Weekdays say nothing without the document's day."""
        seg = self.orig[max(sent.start, said.start() - _EN_ANNOUNCED_REACH) : said.start()]
        if not self._names_month(seg):
            return False
        told = mentions(seg, _ANY_DAY)
        if len(told) != 1 or told[0] == date.min:
            return False
        for m in _EN_START_WORD.finditer(self.t, a, sent.end):
            when = self.orig[m.end() : m.end() + 24]
            if not self._names_month(when):
                continue
            later = mentions(when, told[0])
            if later and later[0] != date.min and later[0] > told[0]:
                return True
        return False

    def _names_month(self, text: str) -> bool:
        """Whether ``text`` names a month by its English name (Oct., October)."""
        return any(w.casefold().rstrip(".") in self.r.month_words for w in re.findall(r"[A-Za-z]+\.?", text))

    def _takes_effect_later(self, sent: Sentence, b: int) -> bool:
        """The measure's sentence goes on to say it takes effect later (``<lang>-measure-later``: set
        to take effect, 即將生效; or a frame with the day between its words, ``-measure-later-frame``:
        將於8月1日生效), with no other measure named in between: announced, a threat."""
        end = min(sent.end, b + _LATER_REACH)
        m = self.r.later.search(self.t, b, end) if self.r.later is not None else None
        said = m.start() if m is not None else self._later_frame(b, end)
        if said is None:
            return False
        steps = (self.r.measure, self.r.restrict, self.r.weak, self.r.act)
        return not any(p is not None and p.search(self.t, b, said) for p in steps)

    def _later_frame(self, b: int, end: int) -> int | None:
        """Where a later-effect frame's lead stands in ``[b, end)`` (將於…生效: at most
        ``_FRAME_GAP`` characters between its words, within one clause, and no actor named
        before it: 而北京將自8月1日起… is another's step), else None."""
        for lead, tail in self.r.later_frames:
            at = self.t.find(lead, b, end)
            if at < 0:
                continue
            close = self.t.find(tail, at + len(lead), min(end, at + len(lead) + _FRAME_GAP + len(tail)))
            if close >= 0 and not self.r.clause_end.search(self.t, at, close) and not self.idx.in_range(b, at):
                return at
        return None

    def _suffered(self, lo: int, pos: int) -> bool:
        """Whether ``lo..pos`` (the clause before a measure's possessor) speaks of undergoing it
        (would be subject to, could face), not of another step (would retaliate against)."""
        between = self.t[lo:pos]
        steps = (self.r.retaliation, self.r.measure, self.r.restrict, self.r.act)
        return not any(p is not None and p.search(between) for p in steps)

    def _disposal(self, pos: int, a: int) -> bool:
        """A future marker followed by an actor or a number is the object marker 將 (將華為列入…), not 'will';
        one ending in another preposition never is (擬對中國船隻…: 對 takes the target)."""
        if self.lang != "zh":
            return False
        last = self.t[pos - 1 : pos]
        if last in self.r.oblique_keys and not (self.r.disposal is not None and self.r.disposal.match(last)):
            return False
        nxt = self.t[pos : pos + 1]
        if nxt.isdigit() or nxt in self.r.disposal_next or any(x.start == pos for x in self.idx.in_range(pos, a)):
            return True
        # 將雷神公司列入…, 將中國列為匯率操縱國: 將, a short object, then a verb that puts it somewhere
        if nxt == "把":
            return False  # 將把…列入: 將 the future, 把 the object
        verb = self.r.disposal_verb.search(self.t, pos, min(len(self.t), pos + 16)) if self.r.disposal_verb else None
        return verb is not None and not self.r.clause_end.search(self.t, pos, verb.start())

    def candidate(self, sent: Sentence, kind: str, a: int, b: int, item: str) -> None:
        if self._attributive(a, b):
            return
        lo, hi = self.clause(sent, a, b)
        quoted = self.quote_speaker(a)
        if kind == "measure" and self.wanted_lifted(sent, lo, a, b, hi, item):
            return

        if kind == "retaliation" and self.r.purpose is not None and self.r.purpose.search(self.t, b, min(hi, b + 6)):
            return  # 採取有力措施幫助企業: help, not retaliation
        if kind == "dependence":
            on = self.depended_on(lo, a, b, hi)
            holder = on.key if on is not None else self._demonym_after(b, hi)
            dependent = next((sp.key for sp in self.idx.in_range(lo, a) if on is None or sp.start != on.start), None)
            if holder is not None and dependent is not None and self.side(dependent) == self.side(holder):
                return  # 美國農民對美國補貼的依賴: no side holds anything over the other
        elif kind == "measure" and (topic := self.topic_owner(sent, lo, a, b, hi)) is not None:
            holder = topic  # 商務部就美商務部發布出口管制答記者問: the measure is the topic's
        elif kind == "measure" and self.r.concern is not None and (worry := self.r.concern.search(self.t, lo, hi)):
            # "Chinese officials raised concerns about the export controls": the measure the
            # subject complains of is the other side's
            complainant = self.subject(sent, lo, min(a, worry.start()))
            if complainant is None or self.other_state(complainant) is None:
                return
            holder = self.other_state(complainant)
        elif kind == "measure" and (responded := self.responded(sent, lo, a)) is not None:
            holder = responded  # 商務部回應美國升級對華出口管制: the act responded to is the other side's
        elif kind in ("measure", "act") and (criticised := self.criticised(sent, a)) is not None:
            if not criticised:
                return  # 美國指責她違反美國對伊制裁: whom the criticism is of, the text leaves open
            holder = criticised  # 中方批評美國對中國官員實施制裁: the criticised took the measure
        else:
            holder = self.holder(sent, lo, a, b, hi)
            if holder is None and quoted is not None and self.first_person(quoted[0], a):
                holder = quoted[1]  # 「我們將採取堅決有力的措施」: the speaker's side acts
            elif (
                quoted is not None
                and holder is not None
                and self.side(holder) != self.side(quoted[1])
                and self._first_person_subject(max(lo, quoted[0]), a)
            ):
                holder = quoted[1]  # 否則「我們就得對他們徵收關稅」: the speaker's side, not the clause before's
        target_of_passive = None
        if (
            holder is None
            and kind == "measure"
            and _UNNAMED_SUBJECT[self.lang].search(self.t, sent.start, a) is None
            and (aimed_side := self._aimed_side(lo, a, b, hi)) is not None
        ):
            # "the tariffs on Chinese goods will remain in place": no one named, but no side aims
            # a measure at itself; the other side holds it (not when a pronoun stands for the
            # subject: 他們都表示會對中國加徵關稅, its antecedent unknown)
            holder = self.state_keys[_OTHER_SIDE[aimed_side]]
            target_of_passive = self.state_keys[aimed_side]
        passive = self.r.passive.search(self.t, lo, a) if kind == "measure" and self.r.passive is not None else None
        if passive is not None and self.lang == "en" and len(self.t[passive.end() : a].split()) > 5:
            passive = None  # "a memorandum under Section 301 that could lead to tariffs": no one suffers the step
        if passive is not None and self.lang == "en" and _PLACED_UNDER.search(self.t, lo, passive.end()):
            passive = None  # "put gallium under export licensing": the thing is placed under it, the subject takes it
        alt = self.r.alternative
        if passive is not None and alt is not None and alt.search(self.t, lo, passive.end()):
            passive = None  # "… must stop …, or face more levies": the one setting the choice holds it (holder)
        if passive is not None:
            # 中國(電動車)遭受關稅打擊, China faces tariffs: the clause's subject is the target; the
            # agent right after the passive word (遭中國反制) or else the other side holds it
            before = self.idx.in_range(lo, passive.start())
            if self.lang == "en":
                before = [sp for sp in before if not self._says(sp, passive.start())]
            subject = next((sp.key for sp in before if not self._obliqued(sp, lo)), None)
            agent = next((sp for sp in self.idx.in_range(passive.end(), a) if sp.start == passive.end()), None)
            if agent is not None:
                holder = agent.key
                target_of_passive = subject if subject is not None and self.side(subject) != self.side(holder) else None
            elif subject is not None:
                target_of_passive, holder = subject, self.other_state(subject)
        if holder is None:
            return
        # a third state's step counts where it is aimed at one of the sides (Canada's surtax on Chinese
        # EVs, the Netherlands' licences for a Dutch firm's China sales): read as theirs below, kept only then
        third = self.side(holder) not in _SIDES
        if third and (
            self.idx.actors[holder].type != "State"
            or kind not in ("measure", "act")
            or not any(
                sp.key == holder and self.r.verb is not None and self.r.verb.search(self.t, sp.end, a)
                for sp in self.idx.in_range(lo, a)
            )
        ):
            return  # (its own verb taking the step: "Australia said tariffs on … would hurt" is no step of it)
        if self.lang == "zh" and target_of_passive is None and kind != "dependence":
            aimed = self.aimed_at(lo, a, b, hi)
            if aimed is not None and aimed != holder and self.side(aimed) == self.side(holder):
                # 劉鹤…對中國實施的大規模關稅: no side aims a measure at itself; the other side took it
                holder, target_of_passive = self.other_state(aimed), aimed
                if holder is None:
                    return
        # the mood is read from the holder's own words on (not "X will … after Y imposed Z")
        own = [sp for sp in self.idx.in_range(lo, a) if sp.key == holder]
        if self.lang == "zh":
            # 美國將針對審查美國人言論的官員實施…: a Chinese subject comes first; a later mention of
            # the holder stands in the object (after an oblique word), not before its own verb
            subjects = [sp for sp in own if not self._obliqued(sp, lo)][:1]
            # 北京不太可能對川普的關稅採取…: the holder named only in another's clause; the measure is
            # no step of that clause's subject, its mood is not the measure's
            if not subjects and not any(
                sp.key != holder and not self._obliqued(sp, lo) for sp in self.idx.in_range(lo, a)
            ):
                own = []
            own = subjects or own
        start = own[-1].end if own and kind != "retaliation" else lo
        if own and self._possessor(own[-1], a) and self._suffered(lo, own[-1].start):
            start = lo  # would be subject to U.S. sanctions: the clause's mood is the measure's
        mood_lo = lo
        if self.lang == "en" and not own and self._participle_clause(sent, lo, a):
            # "Doe warned he could escalate, slapping tariffs on …": a participle clause takes its
            # mood from its subject's clause, from the subject's mention on
            subj = [sp for sp in self.idx.in_range(sent.start, lo) if sp.key == holder]
            if subj:
                mood_lo = start = subj[-1].end
        mood = self.mood(sent, mood_lo, a, b, hi, start) if kind in ("measure", "retaliation", "act") else "Leverage"
        if (
            self.lang == "zh"
            and mood == "Threat"
            and self.t[b:hi].startswith(_ZH_AS_THREAT)
            and not self.idx.in_range(lo, a)
            and (other := self.other_state(holder)) is not None
        ):
            holder = other  # 商務部表示，動輒以高關稅相威脅…: the speaker reproaches the other side's threat
        if mood == "Leverage" and kind != "dependence" and not own:
            carried = self._mood_carried(sent, lo, a)
            if carried is not None and self.mood(sent, carried, a, b, hi, carried) == "Threat":
                mood = "Threat"  # 將加徵關稅，並對關鍵軟體實施出口管制: the second step is announced too
            elif self._threat_series(sent, lo, a, holder):
                mood = "Threat"  # 中方可能把美企列入清單，限制或調查高通，甚至暫停採購波音: the series threatened
        vowed = self.r.vowed is not None and self.r.vowed.fullmatch(self.t, a, b) is not None
        if mood == "Leverage" and kind == "retaliation" and vowed:
            mood = "Threat"  # 中方奉陪到底: a vow of what is still to come, with no 將 or condition
        if mood is None and kind in ("measure", "act") and self.harm_if(sent, lo, a, hi, holder):
            mood = "Leverage"  # 若中國切斷稀土供應，美國軍工將停擺: a lever described by its effect
        if mood is None or (kind == "retaliation" and mood != "Threat"):
            return
        found = self.act_items(a, b, hi, item) if kind == "act" else self.measure_items(lo, a, b, hi, item)
        if not found and kind == "dependence":
            found = self._depended_thing(lo, a, b, hi)  # "dependence on Chinese components": the thing depended on
        if len(found) > 1:
            # "sanctions on five firms, including Raytheon, ViaSat and …": the bodies listed are the
            # ones the measure targets, no things of it; with none left, the measure word itself
            things = [f for f in found if f[2] or not self._names_body(f[0], f[1])]
            if len(things) < len(found):
                found = things or [(a, b, next((iid for _x, _y, iid in found if iid), ""))]
        named = [iid for _x, _y, iid in self.issues(a, b)]
        if len(found) > _LONG_LIST and kind == "measure" and "tariffs" in named:
            # "tariffs on U.S. chicken, wheat, corn, cotton, sorghum, soybeans, pork …": a long list
            # enumerates the goods a tariff bears on, no bargaining items of their own (export
            # controls on five metals keep one claim per metal: each metal is a chip); a good the
            # lexicon knows as an issue of its own keeps its claim
            found = [(a, b, "tariffs")] + [f for f in found if f[2] not in ("", "tariffs")]  # soybeans stays
        if not found:
            return
        target = target_of_passive or self.target(holder, lo, a, b, hi)
        if third and target is None and (aimed_side := self._aimed_side(lo, a, b, hi)) is not None:
            target = self.state_keys.get(aimed_side)  # "a surtax on Chinese-made EVs": aimed at China
        if third and (target is None or self.side(target) not in _SIDES):
            return
        if len(found) == 1 and found[0][2] and kind in ("measure", "act"):
            # "tariffs on steel imports": one issue named with the measure word — the claim keeps
            # both (the phrase from the measure word to the issue), when that is short enough to name a thing
            ia, ib, iid = found[0]
            x, y = min(a, ia), max(b, ib)
            k = self.t.rfind("对", max(lo, x - 8), x) if self.lang == "zh" and x == ia < a else -1
            if k >= 0 and self.t[k - 1 : k] != "针" and not self.r.clause_end.search(self.t, k, x):
                x = k  # 對(中國)稀土實施出口管制: the preposition goes with its object
            if y - x <= _THING[self.lang] and not self.r.clause_end.search(self.t, x, y):
                found = [(x, y, iid)]
        seen: set[tuple[str, str]] = set()
        for ia, ib, iid in found:
            # one claim per issue, and per thing of a list (gallium, germanium: one issue, two things)
            key = (iid, self.t[ia:ib] if len(found) > 1 else "")
            if key in seen:
                continue
            seen.add(key)
            self.emit(mood, holder, ia, ib, sent, target, iid)


# words that, before the step a call's object opens with, make the step part of another noun
# phrase (the removal of tariffs, relief from tariffs)
_CALL_LEAD_STOP = frozenset({"of", "for", "to", "from", "on", "in", "with", "by"})


def step_opening(
    t: str, pats: tuple[re.Pattern[str] | None, ...], a: int, b: int, stop: frozenset[str]
) -> re.Match[str] | None:
    """English: the punitive step the object of a call opens with ('called for sanctions on …',
    'pushing for tougher export controls'): the first match of ``pats`` within the object's first
    40 characters in the lower-case text ``t``, after at most three words and none in ``stop``;
    None when the object opens with something else (the removal of tariffs)."""
    step = None
    for pat in pats:
        hit = pat.search(t, a, min(b, a + 40)) if pat is not None else None
        if hit is not None and (step is None or hit.start() < step.start()):
            step = hit
    if step is None:
        return None
    lead = t[a : step.start()].split()
    return None if len(lead) > 3 or any(w.lower() in stop for w in lead) else step


def demand_noun(t: str, idx: ActorIndex, lo: int, a: int) -> bool:
    """English: a demand word at ``a`` read as a noun (Washington's demands, the demands, meet US
    demands), in the lower-case text ``t`` whose sentence starts at ``lo``: only a subject right
    before it that opens its clause makes it a verb (China demands, and Beijing also demands)."""
    owned = _NOUN_BEFORE.search(t, max(lo, a - 40), a)
    if owned is not None and not idx.in_range(owned.start(), a):
        return True  # (the US demands: an actor after the determiner is read below)
    prev = next(iter(reversed(idx.in_range(max(lo, a - 60), a))), None)
    if prev is None or not _ADVERB_GAP.fullmatch(t, prev.end, a):
        return False
    if not t[lo : prev.start].strip():
        return False  # the sentence opens with its subject
    return not _SUBJECT_OPENS.search(t, max(lo, prev.start - 12), prev.start)


def needs_thing(text: str, a: int, b: int, issue_at: Callable[[int], bool]) -> bool:
    """Chinese (simplified ``text``): the modal 需要 (需) at ``[a, b)`` right before an amount or a
    bargaining item (``issue_at(b)``: 華府需要稀土, 北京需要晶片, 美國需要一到兩年建立替代產能): what a
    side needs, a dependence, not what it is asked to do."""
    if text[a:b] not in ("需要", "需"):
        return False
    return _ZH_AMOUNT.match(text, b) is not None or issue_at(b)


def last_match(pat: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pat`` in ``text[lo:hi]`` (the cue nearest what follows it), or None."""
    last = None
    for m in pat.finditer(text, lo, hi):
        last = m
    return last


def same_length_lower(text: str) -> str:
    """Lower case with every offset kept (a few characters, such as İ, lengthen under ``str.lower``)."""
    out = text.lower()
    if len(out) == len(text):
        return out
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _quoted(orig: str, claims: list[ClaimMention]) -> list[tuple[int, int, str]]:
    """Where each statement's quotation stands in the text, with its speaker (sorted)."""
    out = []
    for c in claims:
        if c.kind != "Statement" or not c.quote:
            continue
        head = c.quote[:12]
        at = orig.find(head, c.sentence.start)
        if at >= 0:
            out.append((at, min(len(orig), at + len(c.quote) + 2), c.actor))
    return sorted(out)


def _listed_together(text: str, x: str, y: str, joins: re.Pattern[str] | None, limit: int = 12) -> bool:
    """Two short phrases side by side in one list of the sentence (鎢、碲; gallium, germanium and
    antimony): only things and the list's joining words (``<p>-enumeration``) between them.
    ``limit``: the longest thing (English things run longer: agricultural machinery)."""
    if max(len(x), len(y)) > limit or x in y or y in x:
        return False
    i, j = text.find(x), text.find(y)
    if i < 0 or j < 0:
        return False
    gap = (text[i + len(x) : j] if i < j else text[j + len(y) : i]).lower()
    if joins is None or len(gap) > 40 or re.search(r"[，。；;：:]", gap) or not joins.search(gap):
        return False
    return all(len(part.strip()) <= limit for part in joins.split(gap))


def _after_join(whole: str, part: str, joins: re.Pattern[str] | None) -> bool:
    """Whether ``part`` follows a list's joining word (、, 和) inside ``whole``: a later thing of its list."""
    i = whole.find(part)
    return joins is not None and i > 0 and any(m.end() == i for m in joins.finditer(whole, max(0, i - 3), i))


def _same(c: ClaimMention, d: ClaimMention, side: dict[str, str], joins: re.Pattern[str] | None = None) -> bool:
    """The same fact: one actor (or one side, in one sentence: 張偉 and 美國) and one item.

    A demand is another fact than pressure on the same item (向中國施壓 is both)."""
    if "Demand" in (c.kind, d.kind) and c.kind != d.kind:
        return False
    if not d.issue and is_sentence_phrase(d.phrase):
        return False  # dropped later (a sentence names no item): it repeats nothing
    if c.actor != d.actor and not (
        c.sentence.start == d.sentence.start and side.get(c.actor) == side.get(d.actor) != "Other"
    ):
        return False
    same_place = c.kind == d.kind and c.sentence.start == d.sentence.start
    cp, dp = _unquoted(c.phrase), _unquoted(d.phrase)  # halt its "campaign of …" is halt its campaign of …
    if same_place and cp in dp and not is_sentence_phrase(d.phrase):
        # 出口限制 within 放寬高階晶片出口限制: part of a claim already made; but a later thing of a
        # list the other claim holds whole (能源 in 購買農產品、能源和工業製品) is a demand of its own,
        # and in Chinese a claim of its own of any kind (醫療用品 in 對電動車、太陽能電池和醫療用品加徵關稅)
        return not ((c.kind == "Demand" or c.lang != "en") and _after_join(d.phrase, c.phrase, joins))
    if c.issue and d.issue:
        # two things of one list under one issue (gallium, germanium) are two facts
        limit = 40 if c.lang == "en" else 12
        if c.issue != d.issue:
            return False
        if same_place and _listed_together(c.sentence.text, c.phrase, d.phrase, joins, limit):
            return False
        # Chinese: a thing of a list (鋰電池、醫療用品與半導體等商品的關稅) is a fact of its own, though
        # an earlier sentence named the same measure on something else (電動車的關稅)
        return c.lang == "en" or cp in dp or not _in_list(c.sentence.text, c.phrase, joins)
    return cp in dp or dp in cp


_QUOTE_MARKS = str.maketrans("", "", "\"“”「」『』")


def _unquoted(phrase: str) -> str:
    """A phrase without its quotation marks: the words quoted inside a claim are the same words."""
    return phrase.translate(_QUOTE_MARKS)


def _in_list(text: str, part: str, joins: re.Pattern[str] | None) -> bool:
    """Whether a short phrase stands in a list of its sentence: a list's joining word (、, 和)
    right before or right after it."""
    i = text.find(part)
    if joins is None or i < 0 or len(part) > 12:
        return False
    return joins.match(text, i + len(part)) is not None or any(
        m.end() == i for m in joins.finditer(text, max(0, i - 3), i)
    )


def find_measures(
    text: str,
    orig: str,
    tag: str,
    sentences: list[Sentence],
    index: ActorIndex,
    lex: Lexicon,
    existing: list[ClaimMention],
    doc_date: str | None = None,
) -> list[ClaimMention]:
    """Leverage and threats from measures and control of supply, not already among ``existing``.

    ``text`` is the matching copy of ``orig`` (same length: Simplified Chinese or
    lower-case English); ``tag`` is the document's language (``en``, ``zh-Hant``, ``zh-Hans``).
    """
    lang = "en" if tag == "en" else "zh"
    side = {k: a.side for k, a in index.actors.items()}
    # claims already made, by sentence and by actor: a candidate is compared with those it could repeat
    by_sentence: dict[int, list[ClaimMention]] = {}
    by_actor: dict[str, list[ClaimMention]] = {}
    for d in existing:
        if d.kind == "Statement":
            continue  # words said are no claim of leverage, demand or threat
        by_sentence.setdefault(d.sentence.start, []).append(d)
        by_actor.setdefault(d.actor, []).append(d)
    new: list[ClaimMention] = []
    made: dict[tuple[str, object], list[ClaimMention]] = {}  # this engine's own, by kind and actor or sentence
    if lang == "en":
        # would "aggressively revoke" visas: a few words quoted inside a clause are still its words
        text = _SCARE_QUOTE.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)
    finder = _Finder(text, orig, lang, tag, index, lex)
    finder.doc_day = parse_date(doc_date)
    finder.quotes = _quoted(orig, existing)
    found = finder.run(sentences)
    wanted: dict[int, list[ClaimMention]] = {}  # demands by sentence, of either extractor
    for d in [*existing, *found]:
        if d.kind == "Demand":
            wanted.setdefault(d.sentence.start, []).append(d)
    for c in found:
        asked = wanted.get(c.sentence.start, [])
        if c.kind != "Demand" and any(d.actor == c.actor and _unquoted(c.phrase) in _unquoted(d.phrase) for d in asked):
            continue  # "want those tariffs gone": a step the holder's own demand names is no step of the holder's
        near = by_sentence.get(c.sentence.start, []) + by_actor.get(c.actor, [])
        mine = made.get((c.kind, c.actor), []) + made.get((c.kind, c.sentence.start), [])
        joins = finder.r.claim_joins
        if any(_same(c, d, side, joins) for d in near) or any(_same(c, d, side, joins) for d in mine):
            continue
        new.append(c)
        made.setdefault((c.kind, c.actor), []).append(c)
        made.setdefault((c.kind, c.sentence.start), []).append(c)
    return new
