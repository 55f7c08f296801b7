"""Words of the discord59 round (issue 8, targeting_discord59.py): a mentioned member's
removal asked for with the mention first and the ban said deserved or needed ("<@9>
deserves a ban", "<@4> needs a perma ban asap"), or the member pushed out of the room
("get <@9> out of here", "mods get <@5> outta here")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord55_words as d55
from bot.core.scoring import discord58_words as d58

# fmt: off
# The ban as a noun after "a" (lexicons/en/exclusion.txt): this round's own lines, never
# a bare "ban"; with threat's older "a kick" read again here.
BAN_TERMS: Final[frozenset[str]] = frozenset({
    "a ban", "a perma ban", "a permaban", "a permanent ban", "a timeout", "a mute",
})
OLDER_BAN_TERMS: Final[frozenset[str]] = frozenset({"a kick"})
BANS: Final[frozenset[str]] = BAN_TERMS | OLDER_BAN_TERMS
# Right before the ban: the member said to deserve or need it ("deserves", "has earned");
# a negation, a past or a question word leaves no call ("doesnt deserve a ban", "got a
# ban", "does <@1> deserve a ban").
DUE: Final[frozenset[str]] = frozenset({
    "deserves", "deserve", "needs", "need", "earned", "earnt", "deserved",
})
# Between the member and "deserves": discord58's softeners and "has" ("<@6> has earned a
# ban", "<@4> really needs a ban").
SOFTENERS: Final[frozenset[str]] = d58.SOFTENERS | {"has", "totally", "so"}
SOFTENER_REACH: Final = 3
# The push out of the room (lexicons/en/exclusion.txt): this round's own lines, read only
# after "get" and a user mention.
OUT_TERMS: Final[frozenset[str]] = frozenset({"out of here", "outta here", "outa here"})
OWN_TERMS: Final[frozenset[str]] = BAN_TERMS | OUT_TERMS
GETS: Final[frozenset[str]] = frozenset({"get", "git"})
# Before the member (the ban) or "get" (the push): chat's openers and who is asked
# ("mods <@8> needs a ban", "can someone get <@30> out of here"); a report or another's
# thought leaves no call ("they think <@8> deserves a ban", "i cant get <@5> out").
OPENERS: Final[frozenset[str]] = d58.OPENERS
CALLERS: Final[frozenset[str]] = d55.CALLERS
OPENER_REACH: Final = 4
# After the ban: the server or the room left, then the line said whole over chat's tails
# and the moderators ("<@27> needs a ban from this server", "<@2> needs a ban mods"): an
# appeal, a game or a thing goes on ("a ban appeal link", "a timeout from the game", "a
# ban on junk food").
PLACES: Final[frozenset[str]] = d58.PLACES
PLACE_REACH: Final = 5
# After the call, in discord58's reach and over its tails (`said_whole`): a reason that
# makes it logistics, game talk or a report (discord58's, and someone stuck in the map:
# "get <@21> out of here, hes stuck in the wall").
EXCUSES: Final[frozenset[str]] = d58.EXCUSES | {"stuck", "trapped", "map", "wall", "boss"}
# fmt: on
