"""The reads of targeting_chat9.py that need no rule state (issue 8): a person's thing
after a damage verb, a promise or a call for harm, who a called harm falls on, a raid's
place, a question mark, a machine as the subject. Each looks only at a few tokens
around a hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_words as c9
from bot.core.scoring import gamechat9_words as g9
from bot.core.scoring import leftovers8_words as l8
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.threats8_words import NOT_A_PERSON
from bot.core.scoring.verdict import TargetKind

NO_RAID_NOTE: Final = "no person's place raided"
_QUESTION_REACH: Final = 40  # characters read after a hit for its question mark


def owned_thing(after: list[str], owned: bool) -> bool:
    """A person's thing or body part among the next words: "your monitor" (the term
    held "your"), "every window in your house", "all your stuff", "every window you own"."""
    seen_owner = owned
    for j, word in enumerate(after):
        if word in c9.OWNERS:
            seen_owner = True
        elif word in c9.BELONGINGS:
            if seen_owner:
                return True
            rest = after[j + 1 : j + 4]
            return not c9.OWNERS.isdisjoint(rest) or ("you" in rest and "own" in rest)
        elif word not in c9.THING_FILLERS:
            return False
    return False


def promised(ctx: Context, hit: Hit) -> bool:
    """The writer promises the harm: a first person or a future marker before the verb
    and no other subject ("ill smash your pc"; "you'll break your phone" is news)."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, 6)
    before = tokens[start : hit.first]
    if not l8.OTHER_SUBJECTS.isdisjoint(before) or not l8.UNSAID.isdisjoint(before):
        return False
    if not l8.PROMISERS.isdisjoint(before) or not l8.PROMISING.isdisjoint(before):
        return True
    return any(
        before[j] in l8.PROMISING_TO and before[j + 1] == "to" for j in range(len(before) - 1)
    )


def hoped_harm(after: list[str]) -> bool:
    """Harm hoped for a thing: "dies", "burns", "gets stolen"; not "gets fixed"."""
    if after[0] in c9.GETS:
        return len(after) > 1 and after[1] in c9.GOT_HARM
    return after[0] in c9.HOPED_HARM


def unsaid(ctx: Context, hit: Hit) -> bool:
    """A condition or a denial before the call: "if someone should ...", "nobody hopes
    someone ...", "i dont hope your ..."."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, 6)
    return not c9.UNSAID.isdisjoint(tokens[start : hit.first])


def called(ctx: Context, hit: Hit) -> bool:
    """Someone else called to the harm before it: "someone should", "hope someone",
    "somebody go"; not after a condition or a denial ("if someone should ...")."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, 6)
    before = tokens[start : hit.first]
    if not l8.UNSAID.isdisjoint(before):
        return False
    for j in range(len(before) - 1):
        if before[j] in c9.CALLERS and (
            before[j + 1] in c9.CALL_VERBS or before[j - 1 : j] == ["hope"]
        ):
            return True
    return False


def harmed(tokens: list[str], at: int, end: int) -> TargetKind | None:
    """Who the harm verb after a call falls on: "beat him up", "burn his house down",
    "set fire to your house", "punch that kid"; None when no harm verb and person follow."""
    while at < end and tokens[at] in c9.CALL_FILLERS:
        at += 1
    if at >= end or tokens[at] not in c9.HARM_VERBS:
        return None
    for j in range(at + 1, min(end, at + 5)):
        word = tokens[j]
        following = tokens[j + 1] if j + 1 < end else ""
        if _contest(tokens, j, end):
            return None  # review10: "someone should beat him at chess"
        if word in c9.READER_OBJECTS:
            return Kind.SECOND_PERSON
        if word in c9.OWNERS and following in c9.BELONGINGS:
            return Kind.SECOND_PERSON
        if word in c9.THIRD_OWNERS and following in c9.BELONGINGS:
            return Kind.THIRD_PERSON
        if word in ("him", "them") or (word == "her" and following not in c9.BELONGINGS):
            return Kind.THIRD_PERSON
        if word in ("that", "this") and following in c9.POINTED_PEOPLE:
            return Kind.THIRD_PERSON
    return None


def _contest(tokens: list[str], j: int, end: int) -> bool:
    """review10: the person at `j` beaten at a game or contest ("beat him at chess",
    "destroy her in ranked"), not hurt."""
    if tokens[j] not in c9.READER_OBJECTS and tokens[j] not in ("him", "her", "them"):
        return False
    rest = tokens[j + 1 : min(end, j + 4)]
    return len(rest) > 1 and rest[0] in c9.CONTEST_AFTER and not c9.CONTESTS.isdisjoint(rest[1:])


def ongoing_raid(ctx: Context, hit: Hit) -> bool:
    """review10: "someone is flooding his chat", "people keep spamming her dms": a raid
    reported while it goes on, its subject not the writer ("we're raiding his stream")."""
    tokens = ctx.tokens
    if not tokens[hit.first].endswith("ing") or hit.first == 0:
        return False
    if tokens[hit.first - 1] not in c9.RAID_ONGOING or ctx.pause_after(hit.first - 2):
        return False
    return hit.first < 2 or tokens[hit.first - 2] not in c9.RAID_PLANNERS


def raided(ctx: Context, after: list[str]) -> tuple[TargetKind, str]:
    """A crowd verb on a person's place online: "raid their discord", "flood his twitch
    chat", "raid this server"; not a game's raid or a kind flood ("with birthday wishes")."""
    if after[:1] == ["all"]:
        after = after[1:]
    if not after or after[0] not in c9.PLACE_OWNERS:
        return Kind.OBJECT, NO_RAID_NOTE  # "raid the village", "spam the ability"
    if c9.PLATFORMS.isdisjoint(after[1:4]):
        return Kind.OBJECT, NO_RAID_NOTE
    if not l8.KINDNESS.isdisjoint(ctx.tokens) or not NOT_A_PERSON.isdisjoint(ctx.tokens):
        return Kind.OBJECT, NO_RAID_NOTE  # "flood his dms with love", "spam this bot"
    if "with" in after and c9.HOSTILE_PAYLOADS.isdisjoint(after):
        return Kind.OBJECT, NO_RAID_NOTE  # "flood his stream with follows"
    if after[0] in ("your", "ur"):
        return Kind.SECOND_PERSON, ""
    return Kind.THIRD_PERSON, SAID_OF_NOTE


def question_after(ctx: Context, hit: Hit) -> bool:
    """The hit's sentence ends in a question mark: "I assume you are trolling?"."""
    folded = ctx.folded
    at = ctx.spans[hit.last - 1][1]
    for char in folded[at : at + _QUESTION_REACH]:
        if char in ".!;|\n":
            return False
        if char == "?":
            return True
    return False


def machine_subject(ctx: Context, hit: Hit) -> bool:
    """The clause's subject is a machine: "the ai teammate is trash", "my bot teammate is
    useless", "the computer goalie is garbage", "npcs are so dumb"."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, 6)
    i = start
    if i < hit.first and tokens[i] in c9.MACHINE_LEADS:
        i += 1
    if i >= hit.first or tokens[i] not in c9.MACHINES:
        return False
    if i + 1 < hit.first and tokens[i + 1] in c9.MACHINE_PEOPLE:
        return False  # "ai bros are parasites": people named by a machine
    if c9.MACHINE_COPULAS.isdisjoint(tokens[i + 1 : hit.first]):
        return False  # "bot fill squad again absolute trash teammates": not its subject
    return g9.READERS.isdisjoint(tokens[start : hit.first])
