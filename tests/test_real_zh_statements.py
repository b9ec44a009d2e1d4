"""Chinese quotes and who says them, as real news writes them.

Sentences written for these tests in the styles of Taiwan, Hong Kong, mainland
and overseas Chinese outlets (no sentence of any article); each asserts the
exact statements — (speaker's first name, quote) — near misses included.
"""

from __future__ import annotations

import pytest


def _statements(ex) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(speaker's first name, quote) of each statement of an extraction."""
    return {(ex.actors[c.actor].names[0], c.quote or "") for c in ex.claims if c.kind == "Statement"}


# a quote of two or three characters is a term or a scare quote, unless it is all a verb of
# speech takes and ends its sentence
SHORT = [
    ("被問到協議何時簽署時，王建國只回應「再說吧」。", {("王建國", "再說吧")}),
    ("記者追問細節，李明在記者會上回答：「不知道」。", {("李明", "不知道")}),
    ("王建國坦言「很難說」。", {("王建國", "很難說")}),
    # near misses: a term the sentence goes on about, a scare quote inside reported speech
    ("王建國重申，「脫鉤」沒有好處，也不符合兩國利益。", set()),
    ("李明表示，美國的做法是在「玩火」，必將自食其果。", set()),
    ("王建國批評「脫鉤」。", set()),
]



# quotation marks as outlets type them: one quotation opened curly and closed straight, resumed
# after its attribution with a straight mark and closed curly, is one statement
MARKS = [
    ("“我們會繼續談下去。\"李明稱，\"這是一個複雜的問題，需要時間。”",
     {("李明", "我們會繼續談下去。 這是一個複雜的問題，需要時間。")}),
    ("外交部發言人王建國說:\"美方應立即糾正錯誤做法。\"",
     {("王建國", "美方應立即糾正錯誤做法。")}),
    ("外交部發言人王建國說:”美方應立即糾正錯誤做法。”", {("王建國", "美方應立即糾正錯誤做法。")}),
    # near miss: straight marks around a name in the title of a law are no speech
    ("美國國會通過了\"晶片法案\"。", set()),
]



# a verb of speech with no subject of its own (並稱, 又說) goes on with the speaker of the quote
# before it, in its sentence or closing right before it, even when its own quote is short
GOES_ON = [
    ("外交部發言人王建國說：「美方應停止干涉」，並稱美方的做法「極不負責任」。",
     {("王建國", "美方應停止干涉 極不負責任")}),
    ("外交部發言人王建國說：「美方應停止干涉。」並稱美方的做法「極不負責任」。",
     {("王建國", "美方應停止干涉。 極不負責任")}),
    # near miss: the verb has a subject of its own, though it is no named actor
    ("王建國說：「我們會談下去。」記者並稱此為「重大進展」。", {("王建國", "我們會談下去。")}),
]



# a quote framed as words said by the verb around it: the wording of a noun of speech after 的
# (放出「…」的狠話, 發布題為「…」的聲明), or the means of a verb of speech after it (以「…」回應)
FRAMED = [
    ("中共外交高官王建國放出「中國人不吃這一套」的狠話。", {("王建國", "中國人不吃這一套")}),
    ("美國總統川普發出「中國將付出沉重代價」的警告。", {("川普", "中國將付出沉重代價")}),
    ("美國國務院發布題為「新政策優先考慮美國」的聲明。", {("美國國務院", "新政策優先考慮美國")}),
    ("中方以「奉陪到底」回應。", {("中方", "奉陪到底")}),
    ("外交部發言人王建國以「堅決反對」來回應記者提問。", {("王建國", "堅決反對")}),
    # near misses: a term and a pretext in quotes, a noun that is no speech, a verb that utters nothing
    ("美方以「國家安全」為由擴大出口管制。", set()),
    ("美國商務部發布「實體清單」的更新。", set()),
    ("外交部發言人李明看過「中國不吃這一套」的報導。", set()),
]


# who says a quote named without a verb of speech before it: a name alone before a colon, a
# frame of someone's view (在X看來, 據X說, X的回答是：); a title in 《》 after 對 is whom it is said to
LI = "美國財政部長王建國週二抵達北京。"
NAMED = [
    ("外交部發言人王建國：「美方應立即停止對華打壓。」", {("王建國", "美方應立即停止對華打壓。")}),
    ("記者會上，美國財政部長李明華：「我們不會接受這樣的條件。」", {("李明華", "我們不會接受這樣的條件。")}),
    (LI + "在王建國看來，美國的做法是在「破壞全球供應鏈穩定」。", {("王建國", "破壞全球供應鏈穩定")}),
    (LI + "據王建國說，美方已經「準備好簽署協議了」。", {("王建國", "準備好簽署協議了")}),
    (LI + "王建國的回答是：「美方不會接受這樣的條件」。", {("王建國", "美方不會接受這樣的條件")}),
    ("美國財政部長王建國對《華爾街日報》說：「我們不會讓步。」", {("王建國", "我們不會讓步。")}),
    # near misses: no one named before the colon; a state's view of a catchword; an unnamed member
    ("他提出三點看法：「第一，雙方要相互尊重。」", set()),
    ("在美國看來，中國的出口管制是「經濟脅迫」。", set()),
    ("路透社報道說，一位美國財政部高級官員說：「我們看到更多公司虧損的威脅。」", set()),
]

# a two-character name found earlier is the speaker again before an adverb or a verb of speech
# that is no word of the name (接著, 笑稱, 續指, 所說)
LM = "美國財政部長李明週二抵達北京。"
LATER = [
    (LM + "李明接著說：「美方不會接受這樣的條件」。", {("李明", "美方不會接受這樣的條件")}),
    (LM + "李明笑稱：「這是一場馬拉松」。", {("李明", "這是一場馬拉松")}),
    (LM + "正如李明所說：「美方不會接受這樣的條件」。", {("李明", "美方不會接受這樣的條件")}),
    (LM + "李明續指：「美方不會接受這樣的條件」。", {("李明", "美方不會接受這樣的條件")}),
]

# precision: a short quote that names a thing (its head is 協議, 部分, 問題…) is a term; a pronoun
# after an unnamed person's words refers to that person, not to the last person named; an
# outlet named 《…網》 is an organisation and says what it publishes
PRECISION = [
    ("美國貿易代表李明華表示，中國未能履行雙方達成的「第一階段貿易協議」內容。", set()),
    ("美國貿易代表李明華強調，這只是會談的「次要部分」。", set()),
    ("美國貿易代表李明華強調，美國的對華政策「不會改變」。", {("李明華", "不會改變")}),
    ("川普週四宣布降低關稅。一位不願公開姓名的北京經貿界人士告訴記者，雙方只是達成原則性協議。"
     "她說：「具體細節還要再談。」", set()),
    (LM + "分析人士認為他此行意義重大。他說：「我們會達成協議。」", {("李明", "我們會達成協議。")}),
    ("官媒《中新網》刊文稱：「美方的做法只會損人害己。」", {("中新網", "美方的做法只會損人害己。")}),
]

# attribution after the quote: adjacent verbs (發文指出, 補充說), a short name in quotes inside it,
# a definite description (這位財政部長, 該部長) that refers to the last person of that title
Q = "「美方不會接受這樣的條件。」"
AFTER = [
    (LM + Q + "李明12日在臉書發文指出。", {("李明", "美方不會接受這樣的條件。")}),
    (LM + "「美方不會接受這樣的條件」，他補充說。", {("李明", "美方不會接受這樣的條件")}),
    (LM + Q + "李明在其社交平台「真實社交」上寫道。", {("李明", "美方不會接受這樣的條件。")}),
    (LM + Q + "這位財政部長說。", {("李明", "美方不會接受這樣的條件。")}),
    (LM + Q + "該部長表示。", {("李明", "美方不會接受這樣的條件。")}),
    (LM + "針對中方的說法，李明反駁稱：" + Q, {("李明", "美方不會接受這樣的條件。")}),
    # near misses: a definite description of no title anyone named holds
    (LM + Q + "該公司表示。", set()),
    (LM + Q + "這位大使說。", set()),
]

# whose words: a clause opened by 由於 keeps its subject; a title (題為「…」), a name before a noun
# of things (「美國優先」政策) and what others say (外界所說的「…」) are no one's statement here; an
# outlet citing an unnamed source does not speak itself, and one citing a person gives their words
MH = "美國財政部長李明華"
WHOSE = [
    ("由於美國總統川普日前痛批對手「讓中國佔盡了便宜」，選情更加激烈。", {("川普", "讓中國佔盡了便宜")}),
    ("《紐約時報》引述" + MH + "的話說：「這場談判不會有結果。」", {("李明華", "這場談判不會有結果。")}),
    (MH + "說，他讀過《紐約時報》題為「中國的反擊」的報導。", set()),
    (MH + "表示，「美國優先」政策將繼續推進。", set()),
    (MH + "表示，外界所說的「中國威脅論」毫無根據。", set()),
    ("《華爾街日報》引述知情人士說：「這場談判不會有結果。」", set()),
]

CASES = SHORT + MARKS + GOES_ON + FRAMED + NAMED + LATER + PRECISION + AFTER + WHOSE


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extraction_of(text)) == expected


# English statements: an unnamed spokesperson of a body named before speaks for that body (a
# ministry spokesperson, the spokesperson); a state's own commitment in two quoted words, its
# subject named before them, is said (a catchword the state only welcomes or calls is not)
MOFCOM = "China's Commerce Ministry"
EN = [
    ("China's Commerce Ministry said on Monday it opposed the levies. A ministry spokesperson criticised the new "
     "duties, calling them “a blatant act of bullying” against Chinese firms.\n\n“Beijing will respond firmly,” "
     "the spokesperson added.",
     {(MOFCOM, "a blatant act of bullying"), (MOFCOM, "Beijing will respond firmly")}),
    ("China said it would “firmly oppose” any forced sale of the app.", {("China", "firmly oppose")}),
    ("China promised to take “strong countermeasures” if the sanctions go ahead.",
     {("China", "strong countermeasures")}),
    # a participle clause (', while insisting …') goes on with the subject of the main clause
    ("Commerce Secretary Howard Lutnick said the administration wanted buyers hooked on American chips, while "
     "insisting the US would not sell China “our most advanced technology.”",
     {("Howard Lutnick", "our most advanced technology.")}),
    # an outlet that quoted someone, an apposition between, as saying: the one quoted speaks
    ("The Global Times quoted Hu Xijin, a former editor of the paper, as saying he expected warplanes “flying "
     "together with the plane into the airspace of the island.”",
     {("Hu Xijin", "flying together with the plane into the airspace of the island.")}),
    # a double prime typed for the closing mark ends the quotation (“Phase 1″ deal)
    ("The official said Tai would assess China’s record under the “Phase 1″ deal, including its purchases of "
     "U.S. goods. Tai said: “We will hold China to its commitments.”",
     {("Tai", "We will hold China to its commitments.")}),
    # near misses: a quoted modifier after a plural possessive; a catchword a state welcomes
    ("Biden said he reaffirmed the United States’ “One China” policy.", set()),
    ("Beijing welcomed the move as a “positive sign”.", set()),
    # the state named after the quotation, in a clause of its own ('after Washington added …'), does
    # not speak it: the state that vowed it does
    ("China vowed \"resolute countermeasures\" after Washington added more firms to its blacklist.",
     {("China", "resolute countermeasures")}),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_statements(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _statements(extraction_of(text)) == expected


def test_company_officer_label_before_a_colon(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """A name with a company title standing before a half-width colon labels the quote."""
    ex = extraction_of("華為首席財務長孟晚舟:「如果沒有大學,知識就無法被創造並傳承。」她在峰會上以英文演說。")
    assert [(c.actor, c.quote) for c in ex.claims if c.kind == "Statement"] == [
        ("person/meng-wanzhou", "如果沒有大學,知識就無法被創造並傳承。")
    ]


def test_speech_verb_in_a_concession_is_not_the_attribution(extraction_of) -> None:  # type: ignore[no-untyped-def]
    """縱使X強調…，…只是： then the quote in a paragraph of its own: the sentence's main speaker says it."""
    ex = extraction_of(
        "英國廣播公司分析稱,縱使TikTok強調不會將資料交予中國當局,只是:\n\n"
        "「但是,這在很大程度上都不重要,他們由中國公司擁有這一事實,就已足夠成為罪惡。」"
    )
    assert [c.actor for c in ex.claims if c.kind == "Statement"] == ["org/bbc"]
