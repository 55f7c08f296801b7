"""Shapes of the gamechat32 round (targeting_gamechat32, gamechat32_words and scorer.py's
swearing shortcut reading a sworn player on), at default settings: a name-call right
before a hero or a role anywhere in its sentence ("classic useless mercy", "blame stupid
pudge") and a swear as the adjective on one ("fucking jett", "this fuckin pudge"); with
the look-alikes that stay clean (a thing of the hero's after the name, the writer's own,
denied, a copula's predicate, asked, quoted, praise after, a name that is an everyday
word, an everyday role noun that does not close its clause). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a name-call right before a hero or a role, inside its sentence
    "classic useless mercy",
    "typical braindead jungler",
    "blame stupid pudge",
    "gg we lost to stupid jett",
    "ofc the useless healer died first",
    "we had a retarded sova",
    "cant win with useless tanks",
    "thanks to our clueless adc",
    "another game with a pathetic genji",
    "imagine losing to braindead yasuo lol",
    # a swear as the adjective on a hero or a role
    "fucking jett",
    "fucking pa",
    "this fuckin pudge",
    "fucking yasuo again",
    "that fucking tracer",
    "blame the fucking healer",
    "our fucking jungler went afk",
    "we wait for your fucking carry",
    "FUCKING SLARDAR",
)

CLEAN = (
    # a thing of the hero's after the name
    "the stupid pudge hook got me again",
    "stupid jett skin is so pretty",
    "fucking jett ult saved us",
    "that fucking pudge hook was insane",
    # the writer's own, denied, a predicate
    "im a useless mercy sorry guys",
    "i'm such a useless support today",
    "she's not a useless healer at all",
    "he is not a stupid jett",
    # asked, quoted
    "is that stupid jett afk?",
    'he typed "useless mercy" and left',
    # praise after, an exclamation, the swear elsewhere
    "fucking jett is so good",
    "holy fucking genji that was clean",
    "fucking love playing jett",
    "jett fucking carried us",
    "holy shit jett is so fun",
    # a name that is an everyday word, a role noun that goes on, a place
    "this stupid storm knocked our power out",
    "stupid am i right",
    "the useless support from the state",
    "this game is fucking mid",
    "harder to win than fucking 5k",
    # plain game talk
    "kill the tank first",
    "their mid is fed",
    "we got destroyed lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
