"""Session 24: what the written corpus (corpus/written/) showed next.

Every sentence here was invented for the test in the manner of the outlets; each case pins the exact
claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import demands_named, facts

# -- English: what is asked ends before its time clause -------------------------------------------------------
# en-phrase-adjunct: "before …" and "until …" open a time clause after the thing asked; a demand as long as a
# sentence is cut there, so that it names its thing.
EN_DEMANDS = [
    ("In Iowa, the biggest hog-producing state, Jane Holloway, who raises hogs near Carroll, said she wanted "
     "Washington to settle the fight at the negotiating table before pork lost more ground in China.",
     {("Jane Holloway", "settle the fight at the negotiating table")}),
    ("Jane Holloway said she wanted Washington to keep up the pressure on Beijing until the last of the "
     "fentanyl labs had been shut down.",
     {("Jane Holloway", "keep up the pressure on Beijing")}),
    # en_claims._colon_list: an object that names nothing announces the things listed after its colon, one
    # demand each; near miss: an object that names its thing before the colon keeps it
    ("Senator Jane Holloway sought three things: tariff cuts, soybean purchases and an end to the export ban.",
     {("Jane Holloway", "tariff cuts"), ("Jane Holloway", "soybean purchases"),
      ("Jane Holloway", "an end to the export ban")}),
    ("Senator Jane Holloway wants something in return: relief from chip controls and a halt to the port fees.",
     {("Jane Holloway", "relief from chip controls"), ("Jane Holloway", "a halt to the port fees")}),
    ("Senator Jane Holloway wants tariff cuts: and more.", {("Jane Holloway", "tariff cuts: and more")}),
    # en-demand: "would like X to", "told X to", "pressure on X to"; split_vps: "to A, to B, and to C" repeats the
    # infinitive; en_claims._PARTICIPLE_BEFORE: a participle clause's asker is the main clause's subject. Near
    # misses: "told reporters that", "pressure on the yuan".
    ("China would like America to loosen its controls on advanced chips, to stop adding Chinese firms to its entity "
     "list, and to scrap the tariffs that remain.",
     {("China", "loosen its controls on advanced chips"), ("China", "stop adding Chinese firms to its entity list"),
      ("China", "scrap the tariffs that remain")}),
    ("Senator Jane Holloway ordered a ban on transactions with the owners of TikTok and WeChat, turning up the "
     "pressure on Beijing and on the app's parent company to sell its American business.",
     {("Jane Holloway", "sell its American business")}),
    ("Vice Foreign Minister Jane Holloway called in the US ambassador, John Roe, to lodge protests, and telling "
     "Washington to drop the arrest warrant.", {("Jane Holloway", "drop the arrest warrant")}),
    # en_claims._demand: the condition after "unless" is set by the one who threatens before it, not by the object
    # named nearest ("summoned the ambassador, John Roe, and warned of … unless …")
    ("The vice-foreign minister Jane Holloway summoned Canada's ambassador, John Roe, and warned of grave "
     "consequences unless Meng was freed at once.", {("Jane Holloway", "Meng was freed at once")}),
    # en_claims._demand: those asked named by places or a pronoun ("urged Amsterdam and Beijing to …", "urged them
    # to …"); "pressed above all for …" (an adverb before "for"); en_actors._runs: a plural possessive inside a
    # name (Manufacturers' Association). Near miss: "pressing for them to be eased" (them: things, not those asked).
    ("The European Automobile Manufacturers' Association warned of stoppages and urged Amsterdam and Beijing to find "
     "a diplomatic solution quickly.",
     {("European Automobile Manufacturers' Association", "find a diplomatic solution quickly")}),
    ("The China Semiconductor Industry Association warned members and urged them to buy more cautiously.",
     {("China Semiconductor Industry Association", "buy more cautiously")}),
    ("Senator Jane Holloway pressed above all for the soybean purchases.",
     {("Jane Holloway", "the soybean purchases")}),
    # en_claims._addressee_demands: a relative clause set off after the one hoped of ("hoped Trump, who …, would …")
    ("Spokesman Jane Holloway said China hoped Trump, who has described himself as a dealmaker, would be open to "
     "talks on tariffs.", {("China", "be open to talks on tariffs")}),
    ("Senator Jane Holloway told reporters on Monday that China would pay.", set()),
    ("Senator Jane Holloway said tariffs put pressure on the yuan.", set()),
    # near miss: a short demand keeps its time clause (it names its thing already)
    ("Senator Jane Holloway wanted Washington to lift the tariffs before May.",
     {("Jane Holloway", "lift the tariffs before May")}),
]


# -- English: what a step bears on, and what a chip list holds ---------------------------------------------------
# measures._before_attribution: an attribution closing the sentence (", experts and officials said on Tuesday.") is
# no part of the list of things a step bears on; en_claims._NO_THING: a chip list whose parts are no things (a lone
# participle, a negated one) is no list.
EN_STEPS = [
    ("India will watch imports after the United States raised tariffs on a swathe of Chinese products, experts and "
     "officials said on Tuesday.",
     {("Leverage", "state/us", "tariffs on a swathe of Chinese products")}),
    ("The United States raised tariffs on steel, aluminium and solar panels, officials said.",
     {("Leverage", "state/us", "steel"), ("Leverage", "state/us", "aluminium"),
      ("Leverage", "state/us", "solar panels")}),
    # measures._aside_attribution: ", he added," between a subject and its verb splits no clause; near miss: after
    # a condition's clause it is the clause break it stands at
    ("Spokesperson Jane Holloway spoke on Thursday. China, she added, will continue to take resolute and forceful "
     "measures to defend its sovereignty.", {("Threat", "state/china", "forceful measures")}),
    ("The United States, the ministry said, will impose new tariffs on Chinese steel.",
     {("Threat", "state/us", "tariffs on Chinese steel")}),
    ("If the US insists on going its own way, the ministry said, China will continue to take resolute and forceful "
     "measures.", {("Threat", "state/china", "forceful measures")}),
    # measures.candidate: a third state's step aimed at one of the sides, taken by its own verb, is its lever; near
    # misses: a third state's words about a step, a step aimed at another third state; en-retaliation: "corresponding
    # steps"; en-measure: "surtax"
    ("China protested. Canada has applied a 100-percent surtax on Chinese-made EVs since Oct. 1.",
     {("Leverage", "state/canada", "surtax on Chinese-made EVs")}),
    ("China protested. Australia said tariffs on Chinese goods would hurt.", set()),
    ("China protested. Japan imposed tariffs on Korean steel.", set()),
    ("The ministry said that if America persisted with its measures, China would resolutely take corresponding "
     "steps of its own.", {("Threat", "state/china", "corresponding steps of its own")}),
    # en-measure-later: a start relative to now ("from next month") announces the step; en-measure-weak: choking off
    # or squeezing a bargaining item is a step on it. Near misses: a passive participle of squeezing with no item;
    # a start day alone, which the document's date would have to place.
    ("Senator Jane Holloway this month announced a 10 percent tariff on the remaining Chinese imports from next month.",
     {("Threat", "person/Jane-Holloway-dc5589e1", "10 percent tariff on the remaining Chinese imports")}),
    ("China choked off rare earth magnets.", {("Leverage", "state/china", "rare earth")}),
    ("Squeezed by tariffs, American farmers suffered.", set()),
    # en_claims.threats: words quoted inside the clause of a subject and its modal are that subject's step, not the
    # quote's speaker's or the condition's subject's; near miss: a whole quotation, its speaker's
    ("The ministry spoke on Friday. If the US insisted on infringing China's interests, the spokesperson said, China "
     "would resolutely counter and \"fight to the end.\"", {("Threat", "state/china", "fight to the end")}),
    ("The ministry spoke. If the US insists on going its own way, China \"will resolutely take corresponding "
     "measures to safeguard its legitimate rights,\" it said.",
     {("Threat", "state/china", "take corresponding measures"), ("Threat", "state/china", "corresponding measures")}),
    ("\"If you want to fight, we will fight to the end,\" the Commerce Ministry said on Tuesday.",
     {("Threat", "org/mofcom", "fight to the end")}),
    # measures.listed: participles in a row ("ships owned, operated, built or flagged by US entities") are no list
    # of things; near miss: goods listed, one word each
    ("On Tuesday, China began charging special port fees on ships owned, operated, built or flagged by US entities.",
     {("Leverage", "state/china", "special port fees on ships owned")}),
    ("China imposed tariffs on soybeans, pork and beef.",
     {("Leverage", "state/china", "soybeans"), ("Leverage", "state/china", "pork"),
      ("Leverage", "state/china", "beef")}),
    # measures.mood: a future word right after a measure and a rise or start ("tariffs will rise", "would go back
    # up") announce it, English now read whole (" would" is five characters); measures._reporter_of_future: with no
    # actor in its clause, the one whose verb of speech reports it. Near misses: a measure that stays ("will stay"),
    # a consequence ("retaliation would result in …").
    ("If there is no deal, Senator Jane Holloway said, tariffs would go back up.",
     {("Threat", "person/Jane-Holloway-dc5589e1", "tariffs")}),
    ("Senator Jane Holloway said tariffs will rise.", {("Threat", "person/Jane-Holloway-dc5589e1", "tariffs")}),
    ("China's export controls will stay.", {("Leverage", "state/china", "export controls")}),
    ("China's Rare Earth Card: Shown, Not Yet Played", {("Leverage", "state/china", "Shown, Not Yet Played")}),
    ("China holds two cards: rare earths and frozen chicken.",
     {("Leverage", "state/china", "rare earths"), ("Leverage", "state/china", "frozen chicken")}),
]


# -- one claim per issue of a holder in a sentence: the phrase that names a thing -----------------------------------
# resolve.Resolver: two demands of one holder on one issue in one sentence are one claim; its phrase is the one
# short enough to name its thing, not the one as long as a sentence.
def test_claim_keeps_the_phrase_that_names_a_thing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import graph_of_text

    g = graph_of_text(
        "China urges the US to stop arming Taiwan and to stop abetting and supporting “Taiwan independence” separatist "
        "forces in their attempt to build up military strength to resist reunification, Jane Holloway said.",
        tmp=tmp_path,
    )
    phrases = {d.get("phrase") for _u, _v, d in g.edges(data=True) if d.get("kind") == "Demand"}
    assert "stop arming Taiwan" in phrases
    assert all(len(p) <= 60 for p in phrases)


# -- Chinese: a measure its clause wants lifted -------------------------------------------------------------------
# zh_claims._measure_to_lift: in one side's reported words a clause whose topic is a measure, a modal and a verb that
# lifts it (加徵的關稅應當逐步取消) is that side's demand of the other; near misses: a measure to be raised, an
# analyst's words.
ZH_DEMANDS = [
    # zh-oblique: 約談 takes an object, so the one summoned is not the asker; zh_claims._demands: 其 right after the
    # asking verb stands for the one named last before it, the one asked
    ("7月31日，國家網信辦約談英偉達，要求其就H20晶片的安全風險問題進行說明。",
     {("Demand", "org/cac", "H20晶片的安全風險問題進行說明")}),
    ("商務部約談美國駐華大使，要求美方立即撤銷制裁。", {("Demand", "org/mofcom", "立即撤銷制裁")}),
    # zh_claims._demands: a wish noun (最想要的) may take a comma before its copula, and the wish goes on over 並
    ("分析師認為，北京下一步最想要的，是美方撤除剩餘關稅，並鬆綁對華為等陸企的科技封鎖。",
     {("Demand", "state/china", "美方撤除剩餘關稅"), ("Demand", "state/china", "鬆綁對華為等陸企的科技封鎖")}),
    # measures._negated_condition: a deadline opening what the condition wants (不在4月8日前撤回…) is no part of it
    ("川普發文稱，如果中方不在4月8日前撤回反制關稅，美國將自4月9日起對中國商品再加徵50%的關稅。",
     {("Demand", "state/us", "反制"), ("Demand", "state/us", "關稅")}),
    # zh-demand-stop: 一邊…，一邊… sets a second act beside the demand, no more of what is wanted
    ("中國商務部多次表示，美方一邊要求中方採購，一邊持續加徵關稅、制裁中國企業。", {("Demand", "state/us", "採購")}),
    ("美國對中國加徵關稅。中方則堅持認為，加徵的關稅應當逐步取消。",
     {("Demand", "state/china", "加徵的關稅應當逐步取消")}),
    ("美國對中國加徵關稅。中方表示，美方加徵的關稅應當全部取消。",
     {("Demand", "state/china", "美方加徵的關稅應當全部取消")}),
    ("美國對中國加徵關稅。中方表示，關稅應當提高。", set()),
    ("美國對中國加徵關稅。分析人士表示，關稅應當取消。", set()),
]


# zh-measure-demand: a measure one side wants eased (北京想要調降關稅, 主張…取消) is the other's, no lever of the side
# wanting it; near miss: a measure the side takes.
ZH_STEPS = [
    # zh_claims._leverage: a chip noun's copula after a topic of a bare list (稀土、大豆、波音，是…三張牌), one chip per
    # thing; with no one named in the sentence the subject of the sentence before holds them; zh-measure-act: halting
    # deliveries or purchases (暫緩接收波音客機, 停止購買). Near misses: a list of one thing with 等方面; a topic that
    # names a speaker.
    ("北京的算法不同。稀土、大豆、波音，是最常被點名的三張牌。",
     {("Leverage", "state/china", "稀土"), ("Leverage", "state/china", "大豆"), ("Leverage", "state/china", "波音")}),
    ("知識產權、強制技術轉讓等方面是美方的籌碼。", {("Leverage", "state/us", "知識產權、強制技術轉讓等方面")}),
    ("副教授王大明指，北京刻意連環出招，是要讓華府看清中方手上的牌。", set()),
    ("北京也一度暫緩接收波音客機，直接打在美國製造業的痛處。", {("Leverage", "state/china", "暫緩接收波音客機")}),
    ("川普上週對記者說，北京想要調降關稅。", set()),
    ("所以美國決定加徵關稅。", {("Leverage", "state/us", "關稅")}),
    ("中國對美國商品加徵關稅。", {("Leverage", "state/china", "對美國商品加徵關稅")}),
]


# -- Chinese threats: a condition's retaliation without a modal, a speaker's own "we" -----------------------------
# zh_claims._consequence: after 如果…， a subject and a retaliation (中方奉陪到底, 中方就反制) are the future the
# condition sets; zh_claims._first_person_speaker: 我們 opening a threat verb's clause inside a quotation is its
# speaker; zh-punitive: 終止 (ending dealings) is a step. Near misses: a welcome, another's (他們) words.
ZH_THREATS = [
    # zh-clause-oblique: an actor after 因 or 以 (a cause, a pretext) is no subject of the main verb (揚言); measures
    # read zh-not-oblique too (所以美國…: a subject); zh_claims._leverage: a clause with no subject of its own in a
    # side's reported words (商務部表示，動輒以高關稅相威脅) is the other side's conduct
    ("川普上週因北京擴大稀土出口管制而揚言，從11月1日起對中國商品額外加徵100%關稅。",
     {("Threat", "person/donald-trump", "對中國商品額外加徵100%關稅")}),
    ("美方近日還以中方完善稀土出口管制為由，揚言升級關稅。", {("Threat", "state/us", "升級關稅")}),
    ("美國宣布加徵關稅。大陸商務部發言人表示，動輒以高關稅相威脅，「不是與中方相處的正確之道」。",
     {("Threat", "state/us", "高關稅相")}),
    ("王大明表示，如果美方執意打關稅戰，中方奉陪到底。", {("Threat", "state/china", "奉陪到底")}),
    ("王大明表示：「如果美方執意打關稅戰、貿易戰，中方奉陪到底。」", {("Threat", "state/china", "奉陪到底")}),
    ("如果美方取消關稅，中方歡迎。", set()),
    ("川普稱：「作為報復，我們正在考慮終止與中國在食用油方面的往來。」",
     {("Threat", "person/donald-trump", "終止與中國在食用油方面的往來")}),
    ("川普稱：「他們正在考慮終止與中國的往來。」", set()),
]


# -- English: who "the spokesperson" is ----------------------------------------------------------------------------
# en_claims._introduced: "a spokesperson for the ministry" introduced the body a definite noun after it stands for, so
# "the spokesperson" later speaks for that ministry, not for the body named last before it.
EN_SPEAKERS = [
    # en_claims._attribute: a quotation closing its sentence is attributed by the short sentence after it, up to ten
    # words after the verb ("Trump wrote on his social media site on Sunday"); _subject_of_sentence: a person named
    # as an object in a sentence its pronoun subject opens leaves "he" to that pronoun's person
    ("\"Do not worry about China, it will all be fine!\" Senator Jane Holloway wrote on her social media site on "
     "Sunday.", {("person/Jane-Holloway-dc5589e1", "Do not worry about China, it will all be fine!")}),
    ("The United States, Senator Jane Holloway wrote, would impose a 100% tariff on China. She also questioned "
     "whether she would go ahead with a planned meeting with Chinese President Xi Jinping at a summit. \"Now there "
     "seems to be no reason to do so,\" she wrote.",
     {("person/Jane-Holloway-dc5589e1", "Now there seems to be no reason to do so")}),
    # en_claims._attribute: a definite noun set off right before the verb (", the spokesperson said,") speaks, not
    # the last actor named before it
    ("China's commerce ministry hit back on Friday. If the US insisted on infringing China's interests, the "
     "spokesperson said, China would resolutely counter and \"fight to the end.\"",
     {("state/china", "fight to the end.")}),
    ("China's Ministry of Commerce on Tuesday voiced firm opposition to a new U.S. rule. \"This is abuse,\" a "
     "spokesperson for the ministry said. China firmly opposes the move, the spokesperson said, adding that the U.S. "
     "side should stop its suppression. \"China will take necessary measures to safeguard its rights,\" the "
     "spokesperson said.",
     {("org/mofcom", "This is abuse"), ("org/mofcom", "China will take necessary measures to safeguard its rights")}),
    # "In a statement …, a ministry spokesperson said …": "the statement" later is that ministry's, not the first body
    # the sentence names
    ("China's Commerce Ministry said on Sunday that the rules were legitimate. In a statement posted online, a "
     "ministry spokesperson pointed to a rule on the Commerce Department's entity list. \"We do not want a "
     "tariff war, but we are not afraid of one,\" the statement continued.",
     {("org/mofcom", "We do not want a tariff war, but we are not afraid of one")}),
]


# -- Chinese names: a Chinese name, then a verb ------------------------------------------------------------------
# zh_actors._chinese_name_before_verb: after a title, a run of four or five characters a speech verb or time
# word ends is one foreign name only when it is not a Chinese name and a dictionary word (王大明|套用).
ZH_SPEAKERS = [
    ("國台辦發言人王大明套用近期爆紅的網路歌曲，稱台灣應該「從從容容、遊刃有餘」。",
     {("person:王大明", "從從容容、遊刃有餘")}),
    ("中華經濟研究院研究員王大明受訪分析：「美方手上最大的籌碼是關稅。」",
     {("person:王大明", "美方手上最大的籌碼是關稅。")}),
]

# zh-document, zh-not-actor: a white paper (白皮書) speaks for the body that issued it and is no person (白 is a
# surname); zh_claims._title_coordination: 與 before a title that opens with its state (峰會與中國國家主席…) takes
# the person as its object, and the verb with no subject after it goes on with the sentence's subject.
ZH_SPEAKERS += [
    ("国务院新闻办公室2日发表白皮书。白皮书同时重申，“中方不愿打，不怕打，必要时不得不打”，这一态度从未改变。",
     {("org/scio", "中方不愿打，不怕打，必要时不得不打")}),
    ("川普預期6月底在大阪峰會與中國國家主席習近平見面，並說那可能是「非常有成果的會面」。",
     {("person/donald-trump", "非常有成果的會面")}),
    # near miss: 和 joining two words of a title, the person after it speaks
    ("技術和網絡安全專家王大明表示：「這是一場持久戰。」", {("person:王大明", "這是一場持久戰。")}),
]

# zh_actors._chinese_name_before_verb only splits before a verb (受訪); a Japanese name ending in a noun (…智子)
# stays whole; zh-name-follow: 套用, 借用, 引用 end a name.
ZH_SPEAKERS += [
    ("東亞資源戰略研究所首席研究員高橋美智子指出：「中國很清楚，自己的優勢就是最大本錢。」",
     {("person:高桥美智子", "中國很清楚，自己的優勢就是最大本錢。")}),
]

# zh_claims._inside_other_subjects_sentence: bodies before a person that are the person's own affiliation make the
# person no object inside another's sentence: 他 after it, and the quote after that, are the person's.
ZH_SPEAKERS += [
    ("美國宣布制裁。美方表示不會讓步。法國國際關係研究所亞洲中心研究員馬克·貝爾坦接受採訪時分析說，北京原本希望借布林肯"
     "來訪穩定關係。他認為，國會很可能推動更多限制。「如果北京報復，局勢可能進一步惡化。」",
     {("person:马克·贝尔坦", "如果北京報復，局勢可能進一步惡化。")}),
]

# zh_claims._prior_subject: 他 right after a quote that opens its sentence (「…」他說) is the subject of the sentence
# before, not the last person named there; zh_claims._owned_words: a person named right before a quote that a noun
# of speech follows (拜登總統「…」等承諾) said those words, and the reporter's next quote is not theirs.
ZH_SPEAKERS += [
    ("美方的表態更為謹慎。財長王大明在會後的記者會上稱會談富有建設性，但強調延期與否最終要由川普決定。「在同川普總統溝通之前，"
     "什麼都不算敲定。」他說。", {("person:王大明", "在同川普總統溝通之前，什麼都不算敲定。")}),
    ("商務部發言人說，美方此舉違背了拜登總統「不尋求與中國脫鉤斷鏈」等承諾，「美方應立即糾正錯誤做法」。",
     {("person/joe-biden", "不尋求與中國脫鉤斷鏈"), ("org/mofcom", "美方應立即糾正錯誤做法")}),
]

# zh_claims._head_start: two titles joined by 兼 are one chain, so 批評 before it makes the person its object (稱's
# subject is the critic); zh_claims._first_body: a body that is the person's affiliation gives way to the person;
# zh-oblique: 召見 takes an object.
ZH_SPEAKERS += [
    ("美國財政部長貝森特點名批評商務部國際貿易談判代表兼副部長李成鋼，稱其8月訪美時「不請自來」，還發表了煽動性言論。",
     {("person/scott-bessent", "不請自來")}),
    ("當時外交部副部長王大明召見加拿大駐華大使李小龍，要求立即釋放孟晚舟，否則「必將造成嚴重後果」。",
     {("person:王大明", "必將造成嚴重後果")}),
]

# zh_claims._speaker_before: a later verb of speech inside a noun's modifier (川普先前揚言…加徵的100%關稅) reports no
# quote; the earlier verb does. Near miss: a later clause with 的 after the verb's comma keeps the verb.
ZH_SPEAKERS += [
    ("美國財政部長貝森特26日接受專訪時表示，川普先前揚言自11月1日起對中國商品加徵的100%關稅，「實際上已經不在桌上了」。",
     {("person/scott-bessent", "實際上已經不在桌上了")}),
    ("旅美時事評論員王大明對記者表示，北京的反制裁只是對等姿態，被點名的美國議員在中國大陸並無資產，「完全是象徵性的」。",
     {("person:王大明", "完全是象徵性的")}),
]

# zh-describe, zh_claims._described: a person's short words after a verb of describing (形容時機「不好」) or after a
# noun of what was said and its copula (他的評價是「過時」; zh_claims._view_frame reads 他) were said; near miss: a
# short term a person names (宣布「對等」) stays a term
ZH_SPEAKERS += [
    ("對於市監總局在談判期間出手，貝森特形容時機「不好」，稱會回美國再討論。", {("person/scott-bessent", "不好")}),
    ("盧特尼克15日接受採訪時說，H200的事可以談。至於H20，他的評價是「過時」。", {("person/howard-lutnick", "過時")}),
    ("川普宣布「對等」。", set()),
]

# zh-title-state: Japanese and Korean ministers' titles (外相, 經濟產業相, 長官, 部長官); zh-former: 時任 (then)
ZH_TITLES = [
    ("時任經濟產業相西村康稔曾表示，將密切關注。", "person:西村康稔", "經濟產業相", None, True),
    ("日本外相林芳正表示，將密切關注。", "person:林芳正", "外相", "state/japan", False),
    ("韓國產業通商資源部長官安德根表示，將密切關注。", "person:安德根", "產業通商資源部長官", "state/south-korea",
     False),
]

ACTORS = [
    # en_actors._person_context: a capitalised run after a preposition of place is a place, no person
    ("US President Joe Biden, speaking in the Rose Garden, accused China of flooding world markets.",
     {"person/joe-biden", "state/china", "state/us"}),
    ("Treasury Secretary Scott Bessent, who met He Lifeng in Kuala Lumpur, said on Thursday that farmers could plan.",
     {"person/scott-bessent", "person/he-lifeng"}),
    # en_actors.coordinated_orgs: a body's name ending in "of" and a field goes on through the fields listed after
    # it ("Ministry of Economy, Trade and Industry"), no list of three bodies; near miss: a list with a known body;
    # ontology/actors.ttl: METI and MOTIE
    ("Japan's Ministry of Economy, Trade and Industry said on Friday it would require licences.",
     {"org/meti", "state/japan"}),
    ("The Ministry of Agriculture, Forestry and Fisheries said so.",
     {"org/Ministry-of-Agriculture-Forestry-and-Fisheries-8ae65688"}),
    ("The Ministry of Commerce and Huawei said so.", {"org/mofcom", "org/huawei"}),
    # ontology/actors.ttl: listed Chinese companies and the exchanges they leave (中國石油, 京東, 紐約證券交易所…);
    # zh-name-follow: 較早前 ends a name
    ("中國石油、中國石化和中國人壽宣布從紐約證券交易所退市，京東和瑞幸咖啡則在香港上市。",
     # (在香港上市: Hong Kong as a place, no actor, since session 26's zh-capital-city)
     {"org/petrochina", "org/sinopec", "org/china-life", "org/nyse", "org/jd", "org/luckin"}),
    ("港交所行政總裁王大明較早前表示，歡迎中概股回港上市。", {"org/hkex", "person:王大明"}),
    # zh_actors._suffix_orgs: a name read back from its ending starts after a type noun (華盛頓智庫|…研究所);
    # near miss: a type noun right before the ending is a word of the name (中國銀行研究院)
    ("华盛顿智库太平洋贸易政策研究所研究员王大明表示，关税不会消失。",
     {"org:太平洋贸易政策研究所", "person:王大明", "state/us"}),
    ("中国银行研究院研究员王大明表示，关税不会消失。", {"org:中国银行研究院", "person:王大明"}),
    ("中華經濟研究院研究員王大明受訪分析，美方手上最大的籌碼是關稅。",
     {"org:中华经济研究院", "person:王大明", "state/us"}),
    # near miss: a transliterated name is no Chinese name and a word
    ("歐盟執委會主席馮德萊恩近期呼籲中國讓步。",
     {"org/european-commission", "person/ursula-von-der-leyen", "state/china"}),
]


# -- English titles as British papers and analysts' bylines set them ------------------------------------------------
# en_actors._roles_before: a head of two words before the comma (the prime minister, Jane Doe), "then" as "former"
# (en-former: the then trade minister), the office's lower-case field after its "for" (the Dutch minister for
# foreign trade and development, Jane Doe: _lower_complement; en-demonym: Dutch); en_actors._apposition: a field
# before the head of a title after the name (a semiconductor analyst at …).
TITLES = [
    ("The cabinet, led since July by the prime minister, Jane Holloway, has said it wants to keep trade open.",
     "person/Jane-Holloway-dc5589e1", "prime minister", None, False),
    ("The then trade minister, Jane Holloway, told parliament the rules were fine.",
     "person/Jane-Holloway-dc5589e1", "trade minister", None, True),
    ("“I have taken this decision,” the Dutch minister for foreign trade and development, Jane Holloway, said.",
     "person/Jane-Holloway-dc5589e1", "minister for foreign trade and development", "state/netherlands", False),
    ("“Beijing knows it,” said Jane Holloway, a semiconductor analyst at Acmetel Research.",
     "person/Jane-Holloway-dc5589e1", "semiconductor analyst", "org/Acmetel-Research-0cc2ec21", False),
]
# en_actors._role_by_verb: a relative clause whose verb names an office over the body after it (who chairs, who heads)
TITLES += [
    ("John Moolenaar, the Republican who chairs the House select committee on China, said the deal fails.",
     "person/john-moolenaar", "chair", "org/house-select-committee-ccp", False),
    ("Jane Holloway, who heads the Acme Institute, said so.", "person/Jane-Holloway-dc5589e1", "head",
     "org/Acme-Institute-7e27f0a1", False),
]
NO_TITLES = [
    "Jane Holloway, who heads home on Friday, said so.",
    # near misses: a description before the comma is no title; a clause's object before the comma is no apposition
    "Jane Holloway, a Chinese team led by Beijing, said it.",
    "After meeting the minister for trade, Jane Holloway flew home.",
]


# -- English datelines ------------------------------------------------------------------------------------------
# kg.ingest._DATELINE: an English wire's dateline (the city in capitals, a country or the day, the agency, a dash) is
# a sentence of its own, so the place is no subject of the story's first sentence; near miss: a dash in a headline
DATELINES = [
    ("BUSAN, South Korea — President Donald Trump said he would lower tariffs.",
     ["BUSAN, South Korea —", "President Donald Trump said he would lower tariffs."]),
    ("BEIJING, Sept. 30 (Xinhua) -- China's Ministry of Commerce voiced opposition.",
     ["BEIJING, Sept. 30 (Xinhua) --", "China's Ministry of Commerce voiced opposition."]),
    ("US-China talks resume — officials say.", ["US-China talks resume — officials say."]),
]
EN_DEMANDS += [
    ("BUSAN, South Korea — Senator Jane Holloway said tariffs would be cut in exchange for Beijing restarting "
     "purchases of American soybeans.", {("Jane Holloway", "Beijing restarting purchases of American soybeans")}),
]


# -- the session's cases, one test per assertion ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), EN_DEMANDS)
def test_en_demands(extraction_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert demands_named(extraction_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), EN_SPEAKERS + ZH_SPEAKERS)
def test_speakers(claims_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Statement",), "actor", "quote") == expected


@pytest.mark.parametrize(("text", "expected"), ACTORS)
def test_actors(extraction_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(extraction_of(text).actors) == expected


@pytest.mark.parametrize(("text", "who", "title", "of", "former"), TITLES + ZH_TITLES)
def test_titles(extraction_of, text: str, who: str, title: str, of: str | None, former: bool) -> None:  # type: ignore[no-untyped-def]
    person = extraction_of(text).actors[who]
    assert [(r.title, r.of, r.former) for r in person.roles] == [(title, of, former)]


@pytest.mark.parametrize("text", NO_TITLES)
def test_no_titles(extraction_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for a in extraction_of(text).actors.values() for r in a.roles] == []


# each table's claims, compared over the kinds its cases pin
CLAIMS = [
    *((("Leverage", "Threat", "Demand"), *case) for case in EN_STEPS),
    *((("Demand",), *case) for case in ZH_DEMANDS),
    *((("Threat",), *case) for case in ZH_THREATS),
    *((("Leverage", "Threat"), *case) for case in ZH_STEPS),
]


@pytest.mark.parametrize(("kinds", "text", "expected"), CLAIMS)
def test_claims(claims_of, kinds: tuple[str, ...], text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), kinds, "kind", "actor", "phrase") == expected


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_datelines(text: str, expected: list[str]) -> None:
    from kg.ingest import split_sentences

    assert [x.text for x in split_sentences(text)] == expected
