"""Shapes of the italian22 round (targeting_italian22, italian22_words, its cues and
lexicon lines), at default settings: verbless slogans that put a named group out ("fuori
immigrati dall'italia", "basta con gli zingari"), a group unwanted with the place said
first or the clause closing on it ("qui non vogliamo zingari"), a group's place of worship
burnt "le loro moschee", a group capable only of a vice, and chat abuse ("torna a
zappare", "cagasotto", "sei una cessa", "sei un aborto", "sei uno scarto"); with the
look-alikes that stay clean (reported or quoted slogans, a sentence that goes on, the group
suffering, no group, a thing, oneself, friendly swearing). Each rule's lines were written
after it and checked once against it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # verbless slogans
    "fuori arabi dall'italia",
    "fuori ebrei dal nostro paese",
    "fuori rom dal nostro paese",
    "basta gay",
    "basta marocchini in questa città",
    "basta con le persone trans",
    "basta con tutti questi rifugiati",
    "ora basta musulmani",
    "fuori le donne dalla politica",
    "fuori tutti gli immigrati",
    "via le persone trans dalle nostre città",
    "via tutte le persone trans",
    "fuori dall'europa gli arabi",
    "ebrei fuori",
    "tutti i musulmani fuori dall'italia",
    "rom fuori dalla nostra regione",
    "italia agli italiani, basta stranieri",
    # a group sent home
    "stranieri a casa",
    "le donne a casa a cucinare",
    "musulmani a casa, subito",
    # "no" to a group
    "no agli arabi",
    "no ai musulmani in italia",
    "no alle persone trans",
    # a group unwanted, the place first or the clause closing on it
    "qua non vogliamo musulmani",
    "nella nostra scuola non vogliamo gay",
    "non vogliamo le persone trans",
    "non vogliamo immigrati, basta",
    # the writer shuns a member
    "non mi siederei mai accanto a un rom",
    "non affitterei mai casa a un musulmano",
    # a group's place of worship burnt
    "bisogna bruciare le loro sinagoghe",
    "dovremmo bruciare tutte le loro moschee",
    # capable only of a vice
    "gli immigrati sono capaci soltanto di spacciare",
    "i rom sono solo capaci di rubare",
    "le donne sono buone soltanto a cucinare",
    "gli zingari non servono a un cazzo",
    # chat abuse
    "torna a zappare nabbo",
    "tornatene a zappare",
    "sei solo un cagasotto",
    "brutta cessa",
    "sei un aborto mancato",
    "sei uno scarto della società",
    "sei solo un burino",
    "sei un coatto",
    "autistico di merda",
    "sparati in testa",
    "vai a spararti",
    "va a morì ammazzato",
    "ti apro in due",
)

CLEAN = (
    # a slogan reported, quoted, judged
    "chi urla basta immigrati è un razzista",
    "mio zio dice fuori gli zingari, che vergogna",
    "'fuori i musulmani' è uno slogan razzista",
    # a sentence that goes on, the group suffering
    "fuori immigrati e turisti facevano la coda",
    "basta donne uccise dai mariti",
    "basta immigrati annegati in mare",
    "basta rifugiati lasciati al freddo",
    # no group right after, no group
    "basta con gli attacchi ai musulmani",
    "basta parlare male dei rom",
    "basta con i lag",
    "fuori le mani dal mio pc",
    "fuori rom dal sito, sono pirata",
    "basta rom per oggi, torno a giocare",
    "i rifugiati dormono fuori",
    "gli immigrati aspettavano fuori dalla questura",
    "basta, i gay sono persone come noi",
    "via roma è chiusa per lavori",
    "fuori roma c'è più verde",
    "e così via, gli immigrati pregano",
    "via mare arrivano i migranti",
    "i rifugiati restano fuori",
    "gli ebrei fuori dal ghetto vivevano male",
    "no agli insulti in chat",
    "no ai campi di concentramento",
    "no ai rifugiati lasciati in mare",
    "gridare no ai musulmani è da razzisti",
    "no ai musulmani? che schifo di slogan",
    "basta ebrei? che slogan orribile",
    "basta con i gay, dicono. io dico basta odio",
    "le donne a casa stasera guardano la partita",
    "i rifugiati a casa hanno trovato pace",
    "ho lasciato le donne a casa",
    "le donne a casa? che idea vecchia",
    "non vogliamo i musulmani? ma che dici",
    # unwanted: no group, the group a victim
    "qua non vogliamo razzisti",
    "nella nostra scuola non vogliamo bulli",
    "qui non vogliamo i gay trattati male",
    "non vogliamo le donne sfruttate",
    # shunning: no group, not the writer's refusal
    "non mi siederei mai vicino a lui",
    "non affitterei mai casa a uno studente",
    "mi siederei volentieri accanto a un musulmano",
    # places: a repair, a report
    "bisogna restaurare le loro sinagoghe",
    "le loro moschee sono molto antiche",
    # capable: praise, one person, a thing
    "gli immigrati sono capaci di tutto",
    "mio cugino è capace solo di dormire",
    "questo mouse non serve a un cazzo",
    # chat: oneself, a job, a topic
    "torno a zappare l'orto",
    "sono un cagasotto coi film horror",
    "la pioggia cessa alle tre",
    "si parla di aborto in tv",
    "questo skin è uno scarto",
    "sparati un caffè e poi giochiamo",
    "domicilio coatto per tre anni",
    "colpi sparati in testa, dice il telegiornale",
    "mio fratello è autistico",
    "ti apro in due la pizza",
    # friendly swearing
    "cazzo che partita ragazzi",
    "porca miseria che gol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian22_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian22_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
