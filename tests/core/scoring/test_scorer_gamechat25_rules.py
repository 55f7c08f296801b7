"""Shapes of the gamechat25 round (targeting_gamechat25, gamechat25_words, gamechat23's
fix and the lexicon lines), at default settings: an order to leave the match opening
and closing its sentence but for a tail; a mocking question about the reader's hands,
eyes or skill before an ability word and the game's words; a player or the team said
to suck in chat grammar; a loss to a boss, a mob or a level is no player's; with the
look-alikes that stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # an order to leave the match, a tail or an opener beside it
    "leave the game",
    "leave this match pls",
    "pls leave this game",
    "just leave then",
    "just leave already lol",
    "ok so just leave",
    "mercy just leave",
    "go afk then",
    "just afk then noob",
    # a mocking question about the reader's hands, eyes or skill
    "do u even have hands",
    "do you even have a monitor?",
    "can you even aim lol",
    "are you even trying",
    "r u even awake",
    "who taught you how to play",
    "who taught u to aim?",
    "did u even look at the minimap",
    "r u playing with ur elbows",
    "are you playing with ur monitor off or what",
    "is your monitor off lol",
    # a loss to a player mocked (gamechat23's lines)
    "imagine losing to this team",
    "imagine losing to this noob",
    "imagine losing to that lol",
    # a player said to suck in chat grammar
    "tracer suck",
    "lol our support suck",
    "our healers suck hard",
    "he suck so bad",
    "my jungler sucked so bad",
    # Italian
    "esci dal gioco",
    "vattene dalla partita subito",
    "ma sai almeno giocare?",
    "sai mirare almeno?",
)

CLEAN = (
    # leaving talked of: the writer's, negated, a rule, a plan, a fix
    "i have to leave the game in a bit",
    "dont leave the game guys",
    "if u leave the game u lose elo",
    "leave the game open overnight",
    "leave the game and rejoin, it fixes it",
    "just leave him, he is fed",
    "please leave a review",
    "lets leave the game after this one",
    "just afk farm the jungle",
    # a question that means it
    "do u even need wards in this mode?",
    "can you even see the boss from there?",
    "do you even have the dlc?",
    "are u even online?",
    "did you even see that play?? crazy",
    "who taught you that combo? so clean",
    "who taught you to play guitar?",
    "can u even play this on ps4?",
    "are you playing with your squad tonight?",
    "r u playing with a pad?",
    "is your monitor off? nothing shows on stream",
    # the writer's own
    "do i even have hands lmao",
    "i can't even aim today",
    # a loss to a boss, a mob, a level
    "imagine losing to this boss 20 times, i did lol",
    "imagine losing to this raid boss",
    "imagine losing to that level lol",
    "imagine losing to these mobs",
    # "suck" of the writer, a thing, a plain verb, asked, a program
    "i suck lol",
    "we suck at this",
    "the servers suck",
    "mid lane sucks on this map",
    "tracer suck it up",
    "does our support suck?",
    "this bot suck lol",
    "the last patch sucked",
    # Italian
    "devo uscire dal gioco",
    "esci dal gioco e rientra",
    "ma sai giocare a scacchi?",
    "sai almeno dove andare?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat25_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat25_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
