"""Words of the discord60 round (issue 8, targeting_discord60.py): a member's removal asked
for with a ban word before "let" and the user mention after it ("never let <@9> join
again", "nobody let <@4> back in"), or a user mention opening its line denied a place in
the server ("<@9> shouldnt be allowed here", "<@7> should not be in this server", "<@5>
doesnt belong here")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord54_words as d54
from bot.core.scoring import discord58_words as d58

# fmt: off
# --- The door shut (lexicons/en/exclusion.txt): this round's own lines end at "let", two
# words each so that discord54's "let him in" (three) keeps its tokens ("no one let him
# in"); the ban before "let" is read over discord54's gap ("no one let", "dont ever let",
# "nobody should let"). Never a bare "let".
LET_TERMS: Final[frozenset[str]] = frozenset({
    "never let", "nobody let", "noone let", "one let", "ever let", "should let",
})
LET: Final[str] = "let"
# Right after the member: the joining (discord58's "join", "rejoin", "back") or
# discord54's "in"; "let <@9> solo the boss", "let <@9> down" are no door.
ENTRIES: Final[frozenset[str]] = d58.ENTRIES | {d54.IN}
# After the joining: discord58's server, room and standing words ("back in this server",
# "join the discord ever again"), then the line said whole (discord58's `said_whole`).
ROOMS: Final[frozenset[str]] = d58.ROOMS | {"community"}
ROOM_REACH: Final = d58.ROOM_REACH
# --- The place denied: this round's own lines hold the place, "here" after the verb ("be
# here", "belong here") or "in" and the server ("in here", "in the server", "in this
# discord"), never a negation and "be" ("shouldnt be" would take the tokens of the older
# "be hired", "be in charge" lines), "be in", "belong in" (the older "in jail", "in
# camps" keep theirs: "they belong in camps") nor "allowed here" (hatecheck21's
# "allowed" keeps its own: "why are immigrants allowed here?"); the older insult lines
# "shouldnt be allowed", "should not be allowed", hatecheck21's "allowed" and
# identity_attack's "in this server", "in this chat", "in this group" are read again
# here. The negation is read before the verb.
HERE_TERMS: Final[frozenset[str]] = frozenset({"be here", "belong here"})
IN_TERMS: Final[frozenset[str]] = frozenset({
    "in here", "in the server", "in our server", "in this discord", "in the discord",
    "in our discord", "in this gc", "in the gc", "in this community", "in this vc",
})
PLACE_TERMS: Final[frozenset[str]] = HERE_TERMS | IN_TERMS
OLDER_ALLOWED: Final[frozenset[str]] = frozenset({
    "shouldn t be allowed", "should not be allowed",
})
OLDER_PLACES: Final[frozenset[str]] = frozenset({
    "in this server", "in this chat", "in this group",
})
PLACES_AT_HIT: Final[frozenset[str]] = IN_TERMS | OLDER_PLACES
ALLOWED: Final[str] = "allowed"
# The place right after the hit, and the verb or "allowed" right before it for the rest.
PLACES_AFTER_HIT: Final[frozenset[str]] = OLDER_ALLOWED | {ALLOWED}
BE: Final[str] = "be"
# The negation right before the verb, over "even", as token runs: "shouldnt" is read as
# "shouldn t"; "doesnt" stays a word of its own. "should be here", "belongs in" are no
# denial.
NEGATIONS: Final[dict[str, frozenset[tuple[str, ...]]]] = {
    BE: frozenset({("shouldn", "t"), ("should", "not"), ("shouldnt",)}),
    "belong": frozenset({("doesn", "t"), ("does", "not"), ("doesnt",)}),
}
EVEN: Final[frozenset[str]] = frozenset({"even"})
# Where the place starts right after the verb ("be here", "belong in this server", "be
# allowed in here"); "be allowed to be this good", "belong on the bench" go elsewhere.
PLACE_STARTS: Final[frozenset[str]] = frozenset({"here", "in"})
# The place and its standing words, then the line said whole: "in this server at all",
# "here anymore", "in the discord"; a channel, a rank or a lobby names no server ("in the
# staff channel", "in silver").
PLACES: Final[frozenset[str]] = frozenset({
    "here", "in", "the", "this", "our", "server", "discord", "chat", "gc", "guild", "group",
    "groupchat", "community", "vc", "anymore", "again", "ever", "at", "all",
})
PLACE_REACH: Final = 5
# Between the member and the negation: discord58's softeners ("<@25> really doesnt belong
# here").
SOFTENERS: Final[frozenset[str]] = d58.SOFTENERS
SOFTENER_REACH: Final = 2
# --- Both shapes. Before the ban or the member, only chat's openers and the moderators
# (discord58's: "mods <@6> shouldnt be here", "yo never let <@33> back in"); a report, a
# question word or another's thought leaves no call ("she said never let <@21> join",
# "who says <@10> doesnt belong here").
OPENERS: Final[frozenset[str]] = d58.OPENERS
OPENER_REACH: Final = d58.OPENER_REACH
# After the call, in discord58's reach: its reasons that make it logistics, game talk or a
# report ("..., hes grounded", "... the event starts"), and the member said to belong
# elsewhere ("<@5> doesnt belong here, she belongs in diamond").
EXCUSES: Final[frozenset[str]] = d58.EXCUSES | {"belongs", "belong"}
# --- Both shapes, after the call in discord58's reach: the member said to be in another
# server ("..., hes in the eu one", "..., she's on the na server", "..., theyre in our
# other discord"): the servers sorted, no one kept out. A pronoun, maybe its copula, "in"
# or "on", a determiner and, within ELSEWHERE_REACH, a server noun or "one".
AFTER_REACH: Final = d58.AFTER_REACH
ELSEWHERE_PRONOUNS: Final[frozenset[str]] = frozenset({
    "he", "she", "they", "hes", "shes", "theyre", "theyr",
})
ELSEWHERE_COPULAS: Final[frozenset[str]] = frozenset({"s", "is", "re", "are"})
ELSEWHERE_PREPS: Final[frozenset[str]] = frozenset({"in", "on"})
ELSEWHERE_DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "our", "his", "her", "their", "another", "other",
})
ELSEWHERE_SERVERS: Final[frozenset[str]] = frozenset({
    "one", "server", "discord", "gc", "guild", "community",
})
ELSEWHERE_REACH: Final = 4
OWN_TERMS: Final[frozenset[str]] = LET_TERMS | PLACE_TERMS
# fmt: on
