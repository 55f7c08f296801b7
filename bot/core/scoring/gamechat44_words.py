"""Word lists and the record pre-pass of the gamechat44 round (targeting_gamechat44.py):
a player shamed by a bad kill/death record ("lina 0-9 gg", "0/11 axe lol", "pudge 1-12
report", "our mid is 0 and 8").

Neither a record nor a hero is a lexicon word, and leet folding reads digits as letters
("0-9" as "o-g"), so no hit ever reached the rules. `record_told` rewrites each bad
record in the raw text into RECORD_TERM, an en/insult.txt line that only this round's
rule reads (cancelled unless said of a player); the scorer asks it only for a line with
a "-", a "/" or " and " and a digit, and only when the line was clean without it."""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat40_words as g40

# fmt: off
# The lexicon line a bad record is read as (en/insult.txt): a word nobody types.
RECORD_TERM: Final[str] = "badkdrecord"
OWN_TERMS: Final[frozenset[str]] = frozenset({RECORD_TERM})
# A kill/death record: "0-9", "0/11", "2 - 15", "0-9-2" (kills, deaths, assists), "0 and
# 8"; never inside a longer number, a time, a date with a year or a range with a unit
# glued on ("0:45", "1-12-2024", "5-10min").
_RECORD_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w:/.,+-])(\d{1,2})"
    r"(?:\s?([-/])\s?(\d{1,2})(?:\s?\2\s?\d{1,2})?|\s+and\s+(\d{1,2}))"
    r"(?![\w:/%+-])(?!\.\d)"
)
# A bad record: at least this many deaths, this many more than kills, and more than
# twice the kills ("5-10 min" is a range, "7-11" a bad game, not a shaming one). Not
# out of 10 with a slash (a rating, "1/10 lol"); with "and", only 0 or 1 kills ("0 and
# 8", not "between 2 and 8").
_MIN_DEATHS: Final[int] = 5
_MIN_GAP: Final[int] = 5
_RATED_OUT_OF: Final[int] = 10
_AND_MAX_KILLS: Final[int] = 1
_DIGITS: Final[tuple[str, ...]] = tuple("0123456789")
# How far back a player's name before "0/10" is looked for (gamechat45).
_NAME_REACH: Final[int] = 16

# Between the player and the record: "our mid is 0-8", "he went 1-13", "he's 0-10".
LINKS: Final[frozenset[str]] = frozenset({
    "is", "was", "s", "are", "r", "re", "were", "went", "goes", "going", "currently", "now",
    "already", "literally", "like",
})
LINK_REACH: Final[int] = 2
# The player as a pronoun: "he is 0-9 lol", "ur 0-9 lol" (the reader's).
THIRD_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "hes", "shes"})
READER_PRONOUNS: Final[frozenset[str]] = frozenset({"u", "ur", "you", "youre", "ure"})
# The players a record is said of: gamechat39's heroes and roles, and Dota's player
# colours ("blue 4-20 lol").
COLOURS: Final[frozenset[str]] = frozenset({
    "blue", "teal", "purple", "yellow", "orange", "pink", "grey", "gray", "green", "brown",
    "lightblue",
})
PLAYERS: Final[frozenset[str]] = g39.PLAYERS | COLOURS
# Words that shame a record standing alone: "1-11 report", "0/9 noob", "0-9 gg".
SHAMING: Final[frozenset[str]] = frozenset({
    "report", "reported", "uninstall", "noob", "noobs", "nub", "newb", "trash", "feeder",
    "feeding", "feed", "gg", "ggwp", "ez", "lol", "lmao", "lmfao", "rofl", "haha",
    "hahaha", "xd", "kek", "mvp", "gj", "wp", "wow", "omg", "sad", "lel",
})
# The writer or an apology near a record: "sorry guys | 0-9 lol", "i feed | 0-9 | gg".
WRITERS: Final[frozenset[str]] = frozenset({
    "i", "im", "ive", "me", "my", "mine", "myself", "we", "us", "sorry", "sry", "soz", "mb",
    "apologies",
})
# The other team's player: their record is the match going well, not a teammate shamed
# (gamechat35: "their mid is 0/12 lol" stays clean).
ENEMY_SIDE: Final[frozenset[str]] = frozenset({
    "their", "thier", "enemy", "enemies", "enemys", "opponent", "opponents",
})
UNSHAMED: Final[frozenset[str]] = WRITERS | ENEMY_SIDE
# What may open the line before the record or its player: chat's openers and the
# shaming words ("gg our mid 0-10", "report wk 0-8").
OPENING: Final[frozenset[str]] = g40.OPENERS | SHAMING
OPENING_REACH: Final[int] = 3
# How far a shaming word may stand from a record alone, across chat's "|" and commas:
# "report lina | 0-9", "1-10 | sad story".
SHAME_REACH: Final[int] = 3
# What may close the line after the record: gamechat40's tails, the shaming words, and
# the one shamed ("report him", "uninstall dota pls").
TAILS: Final[frozenset[str]] = g40.TAILS | SHAMING | frozenset({
    "him", "her", "them", "this", "dota", "game", "pls", "plz", "already", "again",
    "bro", "kid", "lul", "lmfao", "wtf", "xdd",
})
TAIL_REACH: Final[int] = 4
# fmt: on


def has_record_mark(text: str) -> bool:
    """A record's joint and a digit in `text`: C-level scans that spare nearly every
    message the regex."""
    return ("-" in text or "/" in text or " and " in text) and any(d in text for d in _DIGITS)


def record_told(text: str) -> str | None:
    """`text` with each bad kill/death record read as RECORD_TERM ("lina 0-9 gg" becomes
    "lina  badkdrecord  gg"), or None without one. The digits are gone before leet
    folding could read them as letters."""
    told = _RECORD_RE.sub(_told, text)
    return None if told == text else told


def _told(match: re.Match[str]) -> str:
    """A bad record as RECORD_TERM, spaced off; any other pair of numbers as written."""
    kills = int(match.group(1))
    joint = match.group(2)
    deaths = int(match.group(3) if joint else match.group(4))
    if (
        joint == "/"
        and deaths == _RATED_OUT_OF
        and match.group().count("/") == 1
        and not _after_player(match)
    ):
        return match.group()  # "1/10 lol": a rating; gamechat45: "jugg 0/10 gg" a record
    if joint is None and kills > _AND_MAX_KILLS:
        return match.group()  # "between 2 and 8"
    if deaths >= _MIN_DEATHS and deaths - kills >= _MIN_GAP and 2 * kills < deaths:
        return f" {RECORD_TERM} "
    return match.group()


def _after_player(match: re.Match[str]) -> bool:
    """gamechat45: a hero's or a role's name right before the match ("jugg 0/10 gg",
    "pa 1/10 gg"), where "0/10" is the player's record, not a rating."""
    before = match.string[max(0, match.start() - _NAME_REACH) : match.start()].split()
    return bool(before) and before[-1].lower() in PLAYERS
