"""Shapes of the italian21 round (targeting_italian21, italian21_words, its cues and
lexicon lines), at default settings: a group too <trait> for a role ("le donne sono
troppo emotive per comandare") or unfit for it ("le donne non sono adatte a comandare"),
a group that can do nothing ("gli immigrati non sanno
fare niente"), no place for a group ("non c'è posto per i gay qui"), "fare fuori" a group
("li facciamo fuori tutti, quei rom"), praise denied of every member ("nessun immigrato
ha mai lavorato onestamente"), and the chat's spellings ("kazzone", "kretino",
"vaffankulo", "cojone", "d merda", "sei una sega", "giocate da cani", "tornatevene in
africa"); with the look-alikes that stay clean (oneself, a
state or a number, a denial, counter-speech, capacity, game talk, a report or a plight,
friendly swearing). Each rule's lines were written after it and checked once against it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group too <trait> for a role
    "le donne sono troppo isteriche per fare il presidente",
    "gli immigrati sono troppo primitivi per integrarsi",
    "i musulmani sono troppo fanatici per vivere in europa",
    "le donne sono troppo deboli e emotive per guidare un esercito",
    "perché i neri sono troppo ignoranti per votare?",
    "la donna è troppo emotiva per fare il capo",
    "ogni musulmano è troppo fanatico per integrarsi",
    # a group unfit for a role
    "le donne non sono adatte a fare il presidente",
    "i musulmani sono inadatti a vivere in europa",
    "le donne non sono portate per la politica",
    # a group that can do nothing
    "i musulmani non sanno fare niente",
    "le donne non sanno fare altro che lamentarsi",
    "gli zingari non sanno fare nulla",
    # no place for a group
    "non c'è posto per gli immigrati in questo paese",
    "nessun posto per i musulmani in europa",
    "non ce posto per le persone trans qui",
    # "fare fuori" a group
    "li faremo fuori tutti, gli immigrati",
    "facciamole fuori tutte, quelle zingare",
    "quei musulmani li farei fuori tutti",
    # praise denied of every member
    "nessun musulmano ha mai lavorato onestamente",
    "nessuno dei rom è onesto",
    "nessuna donna è mai stata capace di guidare",
    "nessun nero ha mai costruito niente",
    # the chat's spellings
    "sei proprio un kretino",
    "vaffankulo va",
    "sei un cojone",
    "zingari d merda",
    "sei un kazzone",
    # chat jabs at play, the order home
    "sei proprio una pippa",
    "giocate da cani",
    "tornatevene in africa",
    "torna nel tuo paese",
)

CLEAN = (
    # oneself, a state, a number, a denial, no role
    "sono troppo emotivo per parlarne adesso",
    "i rifugiati sono troppo stanchi per continuare a camminare",
    "le donne in parlamento sono troppo poche per cambiare le leggi",
    "le donne non sono troppo emotive per comandare",
    "i gay sono troppo felici stasera",
    "mia sorella è troppo emotiva per comandare",
    "il gatto è troppo pigro per muoversi",
    "dire che le donne sono troppo emotive per comandare è sessista",
    "non è vero che le donne sono troppo emotive per comandare",
    # no group, carried, counter-speech, an opinion denied
    "questo gioco non è adatto ai bambini",
    "queste scarpe non sono adatte alla neve",
    "i disabili non sono portati a scuola dal comune",
    "le donne sono adatte a comandare",
    "non è vero che le donne non sono adatte a comandare",
    "non penso che i musulmani non siano adatti a vivere qui",
    # no group, counter-speech
    "i miei compagni non sanno fare niente",
    "non è vero che gli immigrati non sanno fare niente",
    # capacity, things, counter-speech
    "non c'è posto per i bagagli in macchina",
    "non c'è posto per tutti gli immigrati nei centri di accoglienza",
    "non c'è posto per il razzismo qui",
    "non c'è posto per chi odia gli ebrei",
    # game talk, food
    "li facciamo fuori tutti al prossimo round",
    "facciamo fuori la torta",
    "li facciamo fuori in finale",
    # a report, a plight, no praise
    "nessun immigrato è stato arrestato",
    "nessun immigrato è stato pagato",
    "nessun rifugiato ha mai avuto vita facile",
    "nessuna donna ha mai vinto quel premio, purtroppo",
    "nessun immigrato ha chiesto aiuto",
    # friendly swearing in the chat's spellings
    "kazzo che gol",
    "minkia che giocata",
    "ke kazzo di fortuna",
    # no jab, a report, a trip told
    "mi faccio una pippa",
    "non sei una pippa, sei forte",
    "mio fratello dice che giochi da cani",
    "il papa torna in africa",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian21_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian21_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
