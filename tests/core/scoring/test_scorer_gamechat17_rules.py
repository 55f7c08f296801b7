"""The gamechat17 rules (issue 8, targeting_gamechat17.py, the "gamechat17" lexicon lines
and gamechat8's player-only "bot" modifiers) as their specification: fresh lines of each
shape, written after its rule and never tuned on, and the clean near-misses beside them
(the writer's own or the enemy's bottom frag, the verb "rat", a lane or a skin bot).

English only: the shapes are English chat's ("sei bottom frag" is left to later rounds).
Fresh lines the rules miss: "phoenix always bottom frag" ("phoenix" is an everyday word,
kept out of the hero lists), "what a thrower this sage is". Flagged on main and not this
round's reading: "silver bot lane is weak", "iron bot farm in minecraft".
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # "bottom frag" said of a teammate or the reader
    "sova bottom frag every game lol", "our duelist is bottom fragging again",
    "u r bottom frag and still talking", "ur the bottom fragger",
    "reyna bottom frag again", "you are bottom frag every game",
    # "you rat" closing its clause, "rat" said to the reader
    "quit peeking you rat", "you rat lol", "ok you filthy rat", "you little rat",
    "ur a rat", "you're a rat",
    # gamechat8's "bot" with a modifier only a player earns
    "silver bot smh", "default skin bot ez", "iron bot", "bronze bot lmao",
    "default skin bot gg", "default skin bot lol",
    # a thrower or an inter, with the copula and article
    "ur a thrower every game", "mid is a thrower", "you're a thrower", "youre an inter lol",
    "ur an inter smh", "you are an inter", "you re an inter bro",
)

CLEAN: tuple[str, ...] = (
    # the writer's own, the enemy's, a bare mention
    "i was bottom frag that game", "we had a bottom frag problem",
    "my friend went bottom frag and still won", "is bottom frag bad in ranked?",
    "their sage is bottom fragging", "i am bottom frag, my bad",
    # the verb "rat"
    "you rat him out every time", "did u rat on me", "you rat me out",
    # a bot that is no player
    "default bot difficulty", "default skin bot accounts are everywhere", "skin bot",
    "the default bot", "default bot, i mean",
    # weapons, athletes, the football club
    "flame thrower is broken", "he is a javelin thrower", "my dad is a thrower in track",
    "is he a thrower or a runner", "im such a thrower today lol", "ur an inter player?",
    "you are an inter milan fan", "you're an inter supporter too", "forza inter",
)
# fmt: on


@pytest.mark.parametrize("line", HOSTILE)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


def test_whose_bottom_frag(scorer: Scorer) -> None:
    """The same place on the scoreboard blames a teammate, not the writer or the enemy."""
    assert scorer.score("our jett bottom fragging as usual").hostile
    assert not scorer.score("their jett bottom fragging as usual").hostile
    assert not scorer.score("im bottom fragging as usual").hostile
