"""Words of the discord57 round (issue 8, targeting_discord57.py): a member of a Discord
server kept out by the room's own decision, "we" or "lets" before a negated invite, add
or join, the member a pronoun or a user mention ("we shouldnt invite him", "can we not
let her join", "lets not add him back", "were not inviting <@4> again")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord52_words as d52

# fmt: off
# This round's own lines: a negation right before the inviting, adding or letting verb
# ("not invite", "shouldnt add", "arent inviting"); never a bare verb ("invite", "let").
OWN_TERMS: Final[frozenset[str]] = frozenset(
    {f"not {verb}" for verb in ("invite", "inviting", "add", "adding", "let", "letting")}
    | {f"{negation} {verb}" for negation in ("shouldnt", "shouldn t")
       for verb in ("invite", "add", "let")}
    | {f"{negation} {verb}" for negation in ("arent", "aren t")
       for verb in ("inviting", "adding", "letting")}
)
LETS: Final[frozenset[str]] = frozenset({"let", "letting"})
# Discord52's "let him join", "let her back" lines, longer than "not let" and so matched
# before it: read again here, the member inside ("we shouldnt let her join again").
LET_IN: Final[frozenset[str]] = frozenset(
    term for term in d52.LET_IN if term.split()[1] in ("him", "her")
)
# The room deciding, as token runs ending right before the verb: "we" and the negation
# ("we shouldnt", "we should not", "were not", "we arent"), "can we not" or "lets not".
# A subject that is not "we" tells someone else's choice ("they shouldnt invite him").
DECLINES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("we", "shouldnt"), ("we", "shouldn", "t"), ("we", "should", "not"),
    ("we", "re", "not"), ("were", "not"), ("we", "are", "not"), ("we", "arent"),
    ("we", "aren", "t"), ("can", "we", "not"), ("could", "we", "not"), ("lets", "not"),
    ("let", "s", "not"),
})
DECLINE_WORDS: Final = 3
# Softeners inside the decision, skipped ("we really shouldnt", "we def arent").
SOFTENERS: Final[frozenset[str]] = frozenset({
    "really", "rly", "def", "definitely", "prob", "probably", "just", "honestly", "srsly",
    "seriously", "deadass", "actually", "still",
})
DECLINE_REACH: Final = 5
# The member: a pronoun for one person or a user mention; never "them" (a group or the
# friends of the writer) nor the writer ("we shouldnt invite me lol").
MEMBERS: Final[frozenset[str]] = frozenset({"him", "her"})
# After "let" and the member, the joining ("let him join", "letting her back in").
ENTRIES: Final[frozenset[str]] = frozenset({"join", "back", "rejoin", "in"})
# Before the decision, only chat's openers and the writer's "i think" ("ngl we shouldnt
# ..."): a report, another's thought or a question word leaves it no decision ("they said
# we shouldnt invite him", "why would we not invite him").
OPENERS: Final[frozenset[str]] = d52.OPENERS | {
    "yeah", "yea", "ye", "yh", "nah", "no", "alright", "i", "think", "guys", "tbh",
}
OPENER_REACH: Final = 4
# After the member: the next time, ever again, back or the room (discord52's standing
# words), or the line said whole over chat's tails ("we shouldnt invite him lol"); a
# reason there makes it logistics (discord52's excuses: "... yet", "... hes busy",
# "... the lobby is full", "... till after the match").
STANDING: Final[frozenset[str]] = d52.STANDING | {"time"}
TAILS: Final[frozenset[str]] = d52.TAILS
TAIL_REACH: Final = 3
EXCUSES: Final[frozenset[str]] = d52.EXCUSES | {
    "till", "til", "after", "because", "cuz", "bc", "headset", "event", "party", "raid",
}
AFTER_REACH: Final = 8
# fmt: on
