"""Shapes of the gamechat44 round (targeting_gamechat44, gamechat44_words, its
en/insult.txt line and Scorer.score's record pass), at default settings: a bad
kill/death record said of a hero, a role, a colour, "he" or the reader, or standing
alone with a shaming word, is aimed; the writer's own record, the other team's, a good
record, a score, a count, a time, a date, a range, a rating, a bare record, asked and
quoted lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.gamechat44_words import RECORD_TERM, record_told
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a hero or a role before it, over "is", "was", "went"
    "lina 0-9 gg",
    "pudge 1-12 report",
    "our mid is 0 and 8",
    "our carry went 1-13 lol",
    "gg our pa 2-14",
    "report wk 0-8",
    "meepo 0 - 9 lmao",
    "lion 0-9-2 lol",
    "blue 4-20 lol",
    # "he", "she", the reader
    "he is 0-9 lol",
    "she's 1-11 report",
    "ur 0-9 lol",
    "you are 0-10",
    # a hero or a role right after it
    "0/11 axe lol",
    "0-9 sniper gg",
    "2-16 huskar report pls",
    # standing alone with a shaming word, even across chat's "|"
    "1-11 report",
    "0/9 noob",
    "gg 0-12",
    "fucking sniper | report lina | 0-9",
    "1-10 | sad story",
)

CLEAN = (
    # the writer's own record, or an apology near it
    "i'm 0-12 sorry guys",
    "my bad i'm 0/7",
    "sorry i went 0-8",
    "im 1-9 my fault",
    "sorry guys | 0-9 lol",
    "i feed | 0-9 | gg",
    # the other team's record
    "their mid is 0/12 lol",
    "enemy carry 1-9 haha",
    # a good or an even record
    "drow 12-0 carry us",
    "10-2 lets go",
    "gg wp 20-5",
    "huskar 7-11 not bad",
    # a score, a count, a time, a date, a range, a rating
    "score is 0-12 push now",
    "we are 0-9 in fights",
    "kills 3-15 push",
    "it's 0-10 in towers",
    "rosh at 0:45",
    "see you on 12-5",
    "game at 1-15 tomorrow",
    "wait 5-10 min",
    "lvl 1-10 lol",
    "1/10 would not play again",
    "1/10 lol",
    "between 2 and 8 lol",
    # a record with no player and no shaming word
    "0-9",
    "0-8 sniper on mid",
    # negated, asked, reported, quoted
    "he isnt 0-9 lol",
    "is lina 0-9?",
    "she said he was 0-9 lol",
    '"lina 0-9 gg" lol',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat44_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat44_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("lina 0-9 gg", f"lina  {RECORD_TERM}  gg"),
        ("our mid is 0 and 8", f"our mid is  {RECORD_TERM} "),
        ("drow 12-0 carry us", None),
        ("rosh at 0:45", None),
        ("1-12-2024", None),
        ("5-10min", None),
    ],
)
def test_gamechat44_record_told(text: str, told: str | None) -> None:
    """Only a bad record is rewritten; times, dates, ranges and good records are not."""
    assert record_told(text) == told
