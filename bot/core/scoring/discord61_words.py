"""Words of the discord61 round (issue 8, targeting_discord61.py): a member's removal
asked for with a bare removing verb first and the user mention after it ("ban <@9> pls",
"kick <@14> mods", "ban <@12> hes ruining the server").

A bare "ban" is no lexicon line and gets none: alone it bans a pick or names a bot's
command as often as it asks for a member's removal, and a user mention holds no token a
lexicon line could name. The round's hits are gated instead: the matcher and the
scorer's clean gate make one (VERB_ENTRIES) at each removing verb only in a line of at
most LINE_REACH tokens (`removal_in_line`), so every other message pays one length test,
and the rules cancel them outside the round's shape. Two verbs are older one-word lines:
discord47's "mute" (exclusion.txt), read again in the same shape, and threat.txt's
"kick", a group-only claim the scorer drops in a message naming no group; there the
gated "kick" is put before it (`kick_first`) and takes the token, and beside a named
group threat's line keeps it ("kick muslims out").
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord55_words as d55
from bot.core.scoring import discord58_words as d58
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

__all__ = [
    "AFTER_REACH",
    "CONTEMPT",
    "EXCUSES",
    "KICK",
    "LINE_REACH",
    "OLDER_VERBS",
    "OPENERS",
    "OPENER_REACH",
    "POSSESSIVE",
    "REASON_REACH",
    "REASON_STARTS",
    "ROOM_ALL",
    "ROOM_HATES",
    "ROOM_NONE",
    "ROOM_SHUNS",
    "STANDING",
    "STANDING_REACH",
    "TAILS",
    "TAIL_REACH",
    "URGES",
    "VERBS",
    "VERB_ENTRIES",
    "kick_first",
    "removal_candidates",
    "removal_in_line",
]

# fmt: off
# The removing verbs of the gated hits, bare: never "unban", "kicked" or "banned" (an
# undoing, a past event). "mute" is discord47's one-word line, read again here, not gated.
KICK: Final[str] = "kick"
VERBS: Final[frozenset[str]] = frozenset({"ban", KICK, "remove", "boot", "timeout", "permaban"})
# The older one-word lines read again in the shape: "mute", and threat's "kick" where a
# named group kept it ("kick <@9> from the team pls").
OLDER_VERBS: Final[frozenset[str]] = frozenset({"mute", KICK})
# One gated hit per verb: exclusion, discord55's weight for a removal asked of the room.
VERB_ENTRIES: Final[dict[str, Entry]] = {
    verb: Entry(verb, (verb,), Category.EXCLUSION, 0.75, None, False) for verb in VERBS
}
# The longest line the gate looks at: openers, the verb, the member, the standing and a
# short reason ("mods ban <@16> for good, hes ruining the vibe"); a longer message is no
# call of its own and pays nothing more.
LINE_REACH: Final = 12
# Before the verb, only chat's openers and who is asked (discord55's callers: "yo", "just",
# "mods", "can someone", "pls") and the ban's own "perma": a subject, a report, a negation
# or a question word leaves no call ("she said ban <@7>", "dont ban <@9>", "did you ban
# <@9>", "who would ban <@8> lol").
OPENERS: Final[frozenset[str]] = d55.CALLERS | {"perma", "permanently"}
OPENER_REACH: Final = d55.OPENER_REACH
# "<@9>'s pick": the mention owns the thing banned, a draft's ban.
POSSESSIVE: Final[str] = "s"
# Right after the member: the urging that makes a bare order a call ("pls", "already",
# "asap", "forever", "for good", "mods") and the server left ("from the server", "out of
# here"), over discord58's tails and a few carriers ("for", "from", "of"), at most
# STANDING_REACH tokens and never across a pause.
URGES: Final[frozenset[str]] = frozenset({
    "pls", "plz", "plss", "plzz", "please", "already", "fr", "frfr", "asap", "now", "rn", "forever",
    "permanently", "perma", "again", "good", "mods", "mod", "admins", "admin", "staff",
    "server", "discord", "here", "gc", "guild", "community", "out", "outta",
})
STANDING: Final[frozenset[str]] = URGES | (d58.ROOMS - {"vc", "in"}) | d58.TAILS | {
    "for", "from", "of", "omg",
}
STANDING_REACH: Final = 6
# After the standing, the line said whole over chat's tails (discord58's).
TAILS: Final[frozenset[str]] = d58.TAILS
TAIL_REACH: Final = d58.TAIL_REACH
# Or a reason of contempt right after the member or the standing, over a pause: a
# pronoun for the member or the room's verdict on him ("hes ruining the server", "nobody
# wants him", "everyone hates him", "shes toxic"), then, within REASON_REACH tokens, a
# word of contempt for the member.
REASON_STARTS: Final[frozenset[str]] = frozenset({
    "he", "hes", "she", "shes", "they", "theyre", "nobody", "noone", "no", "everyone",
    "everybody", "literally", "bc", "cuz", "cause", "because",
})
CONTEMPT: Final[frozenset[str]] = frozenset({
    "ruining", "ruins", "ruined", "ruin", "annoying", "toxic", "creep", "creepy", "cringe",
    "worst", "insufferable", "unbearable", "obnoxious", "weirdo", "loser", "cancer",
    "plague",
})
# The room's dislike, contempt only with the room before it in the reason: "nobody wants
# him", "no one likes her", "everyone hates him"; never the member's own ("she hates
# horror movies", "he wants to sleep") or the room's liking ("everyone likes him").
ROOM_SHUNS: Final[frozenset[str]] = frozenset({"wants", "likes", "stands"})
ROOM_NONE: Final[frozenset[str]] = frozenset({"nobody", "noone", "no"})
ROOM_HATES: Final[str] = "hates"
ROOM_ALL: Final[frozenset[str]] = frozenset({"everyone", "everybody"})
REASON_REACH: Final = 6
# After the member, in discord55's reach: its reasons that make the call a report of spam
# or a broken rule, logistics or the member's own wish ("..., he posted a scam link",
# "..., hes afk"), a game's party, draft or queue ("kick <@9> from the party", "ban
# <@8> from the draft"), a short spell ("mute <@7> for a sec"), a slip of the writer's
# ("remove <@9> pls, wrong person", "..., misclicked") and a joke's mark; the
# room's dislike ("wants", "hates") is the round's reason, not an excuse.
EXCUSES: Final[frozenset[str]] = (d58.EXCUSES - {"wants", "hates", "wanted"}) | {
    "party", "draft", "pick", "squad", "lobby", "queue", "raid", "sec", "secs", "min",
    "mins", "minute", "minutes", "second", "seconds", "bit", "hour", "mistake",
    "accident", "accidentally", "wrong", "misclick", "misclicked", "oops", "lol", "lmao",
    "jk", "xd",
}
AFTER_REACH: Final = d55.AFTER_REACH
# fmt: on


def removal_in_line(tokens: list[str]) -> bool:
    """A short line holding a removing verb: where the round's gated hits are made. One
    length test on any message; on a short one, one set test of its tokens."""
    return len(tokens) <= LINE_REACH and not VERBS.isdisjoint(tokens)


def removal_candidates(tokens: list[str]) -> list[tuple[int, int, Entry]]:
    """The gated hits at the line's removing verbs with a token after them (the caller has
    seen one): the matcher's candidates, which a longer older line over them shadows
    ("pls ban", "ban him")."""
    last = len(tokens) - 1
    return [
        (at, at + 1, VERB_ENTRIES[t]) for at, t in enumerate(tokens) if t in VERBS and at < last
    ]


def kick_first(
    found: list[tuple[int, int, Entry]], tokens: list[str], groups: frozenset[str]
) -> list[tuple[int, int, Entry]]:
    """The matcher's candidates with the gated "kick" hits first in a line naming no group,
    where the scorer would drop threat's one-word "kick" (a group-only claim): a tie of
    length goes to the first, so the gated hit takes the token. Beside a named group,
    threat's line keeps it ("kick muslims out")."""
    if KICK not in tokens or not groups.isdisjoint(tokens):
        return found
    kicks = [c for c in found if c[2] is VERB_ENTRIES[KICK]]
    return kicks + [c for c in found if c[2] is not VERB_ENTRIES[KICK]]
