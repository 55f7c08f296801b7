"""Words of the discord56 round (issue 8, targeting_discord56.py): a member of a Discord
server shut out by a call to the room, the room named after the member ("ignore him
guys", "unfriend <@2> everyone"), the member left out ("leave him out guys") or answered
by nobody ("nobody reply to him", "dont respond to her guys")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord47_words as d47
from bot.core.scoring import discord52_words as d52

# fmt: off
# --- The shun with the room after the member: discord47's own shunning verbs ("ignore",
# "mute", "unfriend", ...), the member right after them, and its older "block him" lines
# (never "kick", "ban" or "report": game and moderation talk). Discord47 and discord22
# cancel these with no rally before the verb; only those cancels are narrowed.
SHUN: Final[frozenset[str]] = d47.SHUN
SHUN_PERSONS: Final[frozenset[str]] = frozenset(
    f"{verb} {member}" for verb in d47.SHUN for member in ("him", "her")
)
# The older lines that hold the room already ("block him everyone"): read again only for
# a negation right before them ("please dont block him everyone").
ROOM_SHUNS: Final[frozenset[str]] = frozenset({"block him everyone", "block her everyone"})
NEGATORS: Final[frozenset[str]] = frozenset({"dont", "never", "not", "t"})
# The member: a pronoun for one person or a user mention; never "them" ("ignore them
# guys" is most often notifications or bots) nor the writer.
MEMBERS: Final[frozenset[str]] = frozenset({"him", "her"})
# The room called right after the member, over a short gap ("ignore her pls everyone").
ROOM: Final[frozenset[str]] = frozenset({
    "guys", "everyone", "everybody", "every1", "evry1", "everyon", "yall", "all", "gang",
})
ROOM_GAP: Final[frozenset[str]] = frozenset({"pls", "please", "plz", "rn", "now", "too"})
ROOM_REACH: Final = 3
# After the room, the member's own clause may follow with no comma ("ignore her yall she
# always does this", "mute him guys hes so annoying"); an excuse there still clears it.
MEMBER_CLAUSE: Final[frozenset[str]] = frozenset({"he", "she", "hes", "shes", "his"})
# --- The member left out: this round's own lines, the member inside ("leave him out").
LEFT_OUT: Final[frozenset[str]] = frozenset({"leave him out", "leave her out"})
# --- Nobody to answer the member: this round's own lines, the member inside.
NO_REPLY: Final[frozenset[str]] = frozenset({
    "reply to him", "reply to her", "respond to him", "respond to her",
})
# The ban right before the reply ("nobody", "no one", "dont", over "even", "pls"): "dont"
# alone may be advice to one reader ("dont reply to him, just block"), so with it the room
# must be called in the sentence ("dont reply to him guys").
ROOM_BANS: Final[frozenset[str]] = frozenset({"nobody", "noone"})
ROOM_BAN_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({("no", "one")})
BANS: Final[frozenset[str]] = frozenset({"dont", "never"})
BAN_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({("don", "t"), ("do", "not")})
BAN_GAP: Final[frozenset[str]] = frozenset({
    "ever", "even", "u", "you", "yall", "guys", "pls", "please", "plz", "just", "should",
})
BAN_GAP_REACH: Final = 3
# --- Before the call, only chat's openers and the room ("guys", "just", "ok"; "we
# should", "lets" for the member left out): a subject, a report, a negation or a question
# word leaves it no call ("she said ignore him guys", "dont leave him out", "why did they
# leave her out").
OPENERS: Final[frozenset[str]] = d52.OPENERS
LEFT_OUT_OPENERS: Final[frozenset[str]] = d52.OPENERS | {"we", "should", "lets", "let", "s"}
OPENER_REACH: Final = 4
# After the call: the line said whole, chat's tails only after it ("ignore him guys
# lol"), or the room or a standing word ("leave her out of the gc", "next time", "ever
# again"); never "of this" or "of it", which shields the member ("leave him out of this,
# he did nothing").
TAILS: Final[frozenset[str]] = d52.TAILS
TAIL_REACH: Final = 3
STANDING: Final[frozenset[str]] = d52.STANDING | {"plans", "party", "invite", "time"}
# A reason that makes it logistics, the member's own wish, a game or a bot ("ignore him
# guys hes tilted", "leave him out of the ranked stack, hes new", "nobody reply to him hes
# afk"): discord47's and discord52's.
EXCUSES: Final[frozenset[str]] = d47.EXCUSES | d52.EXCUSES
AFTER_REACH: Final = 8
# fmt: on
OWN_TERMS: Final[frozenset[str]] = LEFT_OUT | NO_REPLY
TERMS: Final[frozenset[str]] = SHUN | SHUN_PERSONS | ROOM_SHUNS | OWN_TERMS
