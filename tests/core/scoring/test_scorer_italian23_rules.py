"""Shapes of the italian23 round (targeting_italian23, italian23_words, its hook in
targeting_italian22 and lexicon lines), at default settings: a named group that "sa solo"
do something ("i musulmani sanno solo farsi esplodere"), the "fuori gli/i/le" slogans read
only as slogans, a slogan over a list of groups ("fuori le femministe e le donne dal
parlamento"), a bare "rom" shut out ("qui non vogliamo rom"), "niente <group>" with the
writer's place after it, the reader called refuse with "solo" or in the plural ("sei solo
uno scarto", "siete degli scarti"), and a group's places of worship to be razed; with the
look-alikes that stay clean ("outside", the slogan quoted and judged, no group, a
question, news, a student). Each rule's lines were written after it and checked once
against it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # "sanno solo"
    "gli zingari sanno solo truffare",
    "le donne sanno solo spettegolare",
    "i musulmani sanno soltanto uccidere",
    "i rifugiati sanno solo farsi mantenere",
    "le persone trans sanno solo confondere i bambini",
    # "fuori" slogans, closing, saying where, a list
    "fuori gli immigrati",
    "fuori gli immigrati clandestini",
    "fuori gli immigrati e basta",
    "fuori i rom dalle nostre città",
    "fuori gli stranieri che ci rubano il lavoro",
    "fuori le lesbiche e i gay dalle scuole",
    "fuori i musulmani e gli arabi",
    "basta immigrati e zingari in italia",
    # a bare "rom", "niente <group>" and the place
    "in questo quartiere non vogliamo rom",
    "non vogliamo rom qui",
    "niente rom",
    "niente musulmani nella nostra scuola",
    "niente immigrati in questo palazzo",
    "qua niente zingari",
    "nella mia scuola niente rom",
    # refuse, to the reader
    "sei solo uno scarto, vattene",
    "siete solo degli scarti",
    "siete spazzatura",
    "sei solo un rifiuto",
    # places of worship razed
    "dovremmo radere al suolo le sinagoghe",
    "raderemo al suolo le loro moschee",
    "vanno rase al suolo tutte le moschee",
)

CLEAN = (
    # "sanno solo": no group, not only, no infinitive, counter-speech
    "i gatti sanno solo dormire",
    "i musulmani non sanno solo pregare, sanno anche cucinare",
    "le donne sanno solo l'italiano?",
    "è falso che gli zingari sanno solo rubare",
    # "fuori" as outside, quoted and judged, reported
    "fuori i ragazzi giocano a pallone",
    "fuori le donne ridevano",
    "fuori gli immigrati è uno slogan orribile",
    "urlare fuori i rom è razzismo",
    "fuori i musulmani pregano in silenzio",
    # a bare "rom" or a group: asked, no place, the game files
    "non vogliamo rom? vergogna",
    "niente rom al festival?",
    "non vogliamo rom modificate nel torneo",
    "niente ebrei nel 1938, dicevano le leggi razziali",
    "qui niente musulmani?",
    "niente gay?",
    "in tv niente rom stasera",
    # refuse: a score, a thing, a student
    "sei solo uno studente del primo anno",
    "lo scarto finale è di due gol",
    "non siete degli scarti",
    # razed: news, a building
    "il terremoto ha raso al suolo la chiesa",
    "bisognerebbe radere al suolo quel palazzo abusivo",
    "raderei al suolo la loro base nel gioco",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian23_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian23_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
