"""Shapes of the italian39 round (targeting_italian39, italian39_words and its lexicon
lines), at default settings: an Italian identity group denied a right ("i gay non devono
adottare", "togliamo la cittadinanza agli immigrati", "vietato l'ingresso ai rom") or
sent back ("rimpatriamo tutti gli immigrati"), and hate said in an idiom ("mi stanno sul
cazzo gli ebrei", "non posso soffrire i musulmani"); with the look-alikes that stay clean
(people who are no identity group, things, oneself, denied, asked, reported, a law or a
custom told, kind words), and the "-mente" adverb read whole."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a right denied, the group opening its clause with "must not" or "should not"
    "i gay non devono adottare",
    "le donne non dovrebbero guidare",
    "gli ebrei non devono insegnare",
    "i musulmani non devono pregare qui",
    "gli immigrati non devono avere la cittadinanza",
    "gli stranieri non dovrebbero poter avere la casa popolare",
    "nessun immigrato deve avere la cittadinanza",
    "nessun musulmano dovrebbe entrare in italia",
    "e le donne non devono votare",
    # the writer's call to take a right away or shut the group out
    "togliamo la cittadinanza agli immigrati",
    "bisogna togliere il voto alle donne",
    "vietare il matrimonio ai gay",
    "vietato l'ingresso ai rom",
    "chiudiamo le frontiere a tutti i musulmani",
    "niente case popolari agli immigrati",
    "niente diritti ai gay",
    # sent back
    "rimpatriamo tutti gli immigrati",
    "bisogna rimpatriare tutti i clandestini",
    "dobbiamo rimandare a casa tutti gli immigrati",
    # hate in an idiom
    "mi stanno sul cazzo gli ebrei",
    "i rom mi stanno sul cazzo",
    "mi stanno sulle palle i gay",
    "gli ebrei mi stanno antipatici",
    "non posso soffrire i musulmani",
    "i gay non li posso soffrire",
    "non riesco a sopportare i rom",
    "non posso vedere gli immigrati",
    "odio profondamente i neri",
)

CLEAN = (
    # no identity group
    "i minorenni non devono guidare",
    "i bambini non devono entrare in cucina",
    "nessun turista deve entrare senza biglietto",
    "vietato l'ingresso ai cani",
    "vietato l'ingresso ai minori di 18 anni",
    "niente alcol ai minorenni",
    "togliamo il voto ai sedicenni",
    "rimandiamo a casa gli ospiti alle dieci",
    "bisogna rimpatriare i turisti bloccati in egitto",
    "mi stanno sul cazzo i lunedì",
    "i politici mi stanno sul cazzo",
    "non posso soffrire il caldo",
    "non riesco a sopportare questo rumore",
    "non posso vedere la partita stasera",
    # the writer, kind words, denied, reported, asked
    "io non devo guidare stasera, ho bevuto",
    "i gay devono poter adottare",
    "gli immigrati non devono avere paura",
    "non è giusto togliere la cittadinanza agli immigrati",
    "non bisogna togliere il voto alle donne",
    "togliere il voto alle donne è da fascisti",
    "chi dice che i gay non devono adottare sbaglia",
    "la lega vuole togliere la cittadinanza agli immigrati, vergogna",
    "i gay possono adottare in italia?",
    "i gay non devono adottare?",
    '"vietato l\'ingresso ai rom" era scritto sul cartello',
    "non posso soffrire chi odia i gay",
    "non posso vedere i neri morire in mare",
    "mi stanno simpatici i miei vicini musulmani",
    "bisogna dare la cittadinanza agli immigrati",
    # a law or a custom told, not the writer's will
    "i gay non possono sposarsi in italia",
    "gli ebrei non devono guidare di sabato",
    # the words elsewhere
    "l'ingresso è gratis per i bambini",
    "la sanità pubblica è un disastro",
    "vogliamo adottare un cane",
    # an adverb in "-mente" is one word: "profondamente" holds no "men"
    "odio profondamente le cipolle",
    "detesto profondamente il lunedì",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian39_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian39_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
