"""Shapes of the italian35 round (targeting_italian35, italian35_words, its lexicon lines
and the surname read whole in matching.py), at default settings: a named Italian
politician called a thief, a sellout or a traitor ("meloni ladra", "quel venduto di
draghi", "salvini sei un ladro", "la meloni è una ladra", "draghi dimettiti, venduto")
and "zingaretti" read as a surname, not as the slur "zingare" run together ("zingaretti
pagliaccio"); with the look-alikes that stay clean (the surnames with neutral words, the
fruit, the same calls at no figure, denied, asked, quoted, reported, countered)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a surname and a call, alone in their sentence
    "meloni ladra",
    "la meloni ladra",
    "salvini ladro!!",
    "ladra meloni",
    "draghi venduto",
    "la schlein venduta",
    "meloni traditrice",
    "renzi mafioso",
    "meloni corrotta",
    "salvini criminale",
    # after a pointing word, the figure after "di"
    "quella ladra della meloni",
    "quel venduto di draghi",
    "quella traditrice della schlein",
    # the figure, "sei" or "è", the call
    "meloni sei una ladra",
    "salvini sei un ladro",
    "renzi sei un venduto",
    "la meloni è una ladra",
    "draghi è un venduto",
    # the figure told to go, then called a name
    "zingaretti dimettiti incompetente",
    "draghi dimettiti, venduto",
    "renzi vattene pagliaccio",
    # "zingaretti" read as the surname it is
    "zingaretti pagliaccio",
    "zingaretti è un incapace",
    "quel buffone di zingaretti",
    "zingaretti sei un pagliaccio",
)

CLEAN = (
    # the surnames with neutral words, the fruit
    "zingaretti oggi ha parlato",
    "zingaretti",
    "intervista a zingaretti stasera",
    "meloni ha vinto",
    "ho comprato dei meloni",
    "meloni dolci",
    # the calls at no figure, or the verb
    "il ladro è stato arrestato",
    "quel ladro di mio cugino",
    "ho venduto la bici",
    "venduto!",
    "la traditrice del romanzo muore",
    "il mafioso è stato arrestato",
    "salvini ha venduto casa",
    "meloni ladra di voti",
    # denied, asked, quoted, reported, countered
    "la meloni non è una ladra",
    "meloni ladra? non direi",
    "zingaretti è davvero un incapace?",
    "renzi è un buffone?",
    'gridavano "meloni ladra" in piazza',
    "salvini ha detto che renzi è un venduto",
    "chi chiama meloni ladra sbaglia",
    "dire che draghi è un venduto è ingiusto",
    "zingaretti dimettiti",
    "renzi dimettiti incapace?",
    "chi dice renzi dimettiti incapace sbaglia",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian35_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
