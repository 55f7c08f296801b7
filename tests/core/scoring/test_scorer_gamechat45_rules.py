"""Shapes of the gamechat45 round (targeting_gamechat45, gamechat45_words), at default
settings: a put-down said of a teammate named by a Dota position ("pos 5 is a bot", "our
4 is trash"), a role with its modifier ("soft support is trash"), or a role or hero
after a lead clause ("ff at 15 this jungler is braindead"), and a bad record said of a
position or after a hero's name ("pos 1 0-12 gg", "jugg 0/10 gg") are aimed; role and
hero talk, a role judged in a patch, negated, asked, quoted, reported, self-directed
lines, scores and ratings stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a position as the subject
    "pos 5 is a bot",
    "pos 1 is trash",
    "our pos 1 is a bot",
    "pos3 is a noob",
    "position 4 is an idiot",
    "the 4 is useless lol",
    "5 is a bot",
    "btw, the 5 is a bot",
    # a role with its modifier
    "soft support is trash",
    "hard support is a noob",
    "soft support trash gg",
    # after a lead clause
    "ff at 15 this jungler is braindead",
    "ff at 20 this carry is useless",
    "ff now jugg is braindead",
    "gg go next our jungler is braindead",
    "report pos 5 is a bot",
    "ff at 25 this sf is a noob",
    "no wards, pos 5 is a bot",
    # a record said of a position, or "0/10" after a hero's name
    "pos 1 0-12 gg",
    "our pos 1 is 0-12",
    "gg our 5 0-9",
    "jugg 0/10 gg",
    "mid 0/10 gg",
)

CLEAN = (
    # role and hero talk
    "pos 5 buy wards pls",
    "am needs bf",
    "sf mid 2/0 nice",
    "our 5 is bot with me",
    "pos 5 is a bot lane support",
    "2 is trash and 3 is good",
    # a role or a hero's kit judged, not a player
    "pos 4 is useless in this patch",
    "pos 5 is useless if he has no gold",
    "gg this am is useless",
    "lvl 5 is trash",
    # surrender talk
    "ff at 15? no we can win",
    "ff at 10, this game is trash",
    # negated, asked, quoted, reported
    "our pos 5 isn't a bot, he's just unlucky",
    "our pos 5 is a bot?",
    '"pos 5 is a bot" lol',
    "he said, pos 5 is a bot",
    # the writer, a score, a rating, the other team's record
    "i'm pos 5 and i'm a bot today sorry",
    "sorry, pos 5 is a bot",
    "my pos 1 is trash sorry",
    "i'm 0-12 sorry",
    "score is 0-12 push now",
    "1/10 lol",
    "rate this jugg 0/10",
    "drow 0/10 would not pick",
    "their pos 1 0-12 lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat45_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_gamechat45_position_is_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("pos 5 is a bot").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat45_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
