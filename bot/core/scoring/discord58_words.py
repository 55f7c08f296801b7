"""Words of the discord58 round (issue 8, targeting_discord58.py): a member's removal
asked for with the user mention before the verb ("<@12> needs to be banned", "<@4> should
get kicked") or in a negated order ("dont let <@55> join", "do not let <@3> back in")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord52_words as d52
from bot.core.scoring import discord55_words as d55

# fmt: off
# This round's own lines (lexicons/en/exclusion.txt): the removal in the passive after
# "be" or "get"; never a bare participle ("banned", "kicked").
OWN_TERMS: Final[frozenset[str]] = frozenset({"be banned", "get banned", "get removed"})
# The older lines of the same removal read again here: threat's "be kicked", "get
# kicked", hatecheck59's "be removed", insult's "should be banned", "be banned from",
# identity_attack's "be kicked out".
OLDER_TERMS: Final[frozenset[str]] = frozenset({
    "be kicked", "get kicked", "be removed", "should be banned", "be banned from",
    "be kicked out",
})
REMOVALS: Final[frozenset[str]] = OWN_TERMS | OLDER_TERMS
# The modal right before "be"/"get", as token runs ("needs to", "should", "has to"); a
# negation or a past tense is no call ("shouldnt be banned", "was banned by mistake").
MODALS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("needs", "to"), ("need", "to"), ("should",), ("must",), ("has", "to"), ("gotta",),
    ("deserves", "to"), ("ought", "to"), ("needa",), ("needs", "ta"),
})
# "should be banned" holds its own modal.
MODAL_TERMS: Final[frozenset[str]] = frozenset({"should be banned"})
MODAL_WORDS: Final = 2
# Softeners inside the call, skipped ("<@4> really needs to be banned", "... should just
# be removed").
SOFTENERS: Final[frozenset[str]] = frozenset({
    "really", "rly", "just", "honestly", "seriously", "srsly", "def", "definitely",
    "literally", "deadass", "actually", "prob", "probably", "lowkey", "highkey",
})
MODAL_REACH: Final = 5
# Before the member, only chat's openers and who is asked ("mods <@4> needs to be
# banned", "ngl <@2> should get kicked"): a report or another's thought leaves no call
# ("they think <@4> should be banned").
OPENERS: Final[frozenset[str]] = d52.OPENERS | d55.MODERATORS | {
    "imo", "imho", "yeah", "yea", "ye", "nah", "ok", "guys",
}
OPENER_REACH: Final = 3
# After the participle, the server or the room left ("from the server", "out", "from
# here"), then the line said whole over chat's tails and the moderators: a game's queue,
# a ball or a reason goes on and makes it logistics ("... from the queue, hes afk",
# "kicked off the ball", "kicked for that").
PLACES: Final[frozenset[str]] = frozenset({
    "from", "out", "of", "the", "this", "our", "here", "server", "discord", "chat", "gc",
    "guild", "group", "groupchat", "community", "permanently", "perma", "again", "already",
    "now", "asap", "forever",
})
PLACE_REACH: Final = 5
TAILS: Final[frozenset[str]] = d52.TAILS | d55.MODERATORS | {"mods", "asap", "now"}
TAIL_REACH: Final = 3
# The negated orders: identity_attack's "dont let" lines; the member right after, a user
# mention, and the joining right after him (ENTRIES).
DONT_LETS: Final[frozenset[str]] = frozenset({"dont let", "don t let", "do not let"})
ENTRIES: Final[frozenset[str]] = frozenset({"join", "rejoin", "back"})
# After the joining: the server or the room, and the standing (again, ever), then said
# whole: "dont let <@3> back in here", "... join the server again", "... rejoin ever
# again"; a raid, a match, "yet" or "without the role" goes on and is logistics.
ROOMS: Final[frozenset[str]] = frozenset({
    "in", "into", "the", "this", "our", "here", "server", "discord", "chat", "gc", "vc",
    "guild", "group", "groupchat", "community", "again", "ever", "anymore",
})
ROOM_REACH: Final = 5
# After the place, in the next few words: a reason that makes it logistics or a report of
# a broken rule (discord55's: "..., hes afk", "..., he posted a scam link"), or a game.
EXCUSES: Final[frozenset[str]] = d55.EXCUSES | {"queue", "lobby", "ball", "game", "match"}
AFTER_REACH: Final = 8
# fmt: on
