"""Words of the discord54 round (issue 8, targeting_discord54.py): a member of a Discord
server kept out by a call to the room, a ban before "let <member> in" ("no one let him
in", "we shouldnt let her in", "dont let <@1> in the server")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord52_words as d52

# fmt: off
# This round's own lines, the pronoun inside ("let him in", "let her in"); never "them"
# ("dont let them in our base" is game talk) nor the writer ("dont let me in").
LET_IN: Final[frozenset[str]] = frozenset({"let him in", "let her in"})
# Hatecheck15's "dont let" lines, read again with a user mention and "in" right after
# them ("dont let <@1> in the server").
LET: Final[frozenset[str]] = frozenset({"dont let", "don t let", "do not let"})
IN: Final[str] = "in"
# Discord18's "dont let him in" lines: a reason after them makes it logistics ("dont
# let him in the call hes asleep"), cancelled as this round's own.
OLDER_LET_IN: Final[frozenset[str]] = frozenset({
    "dont let him in", "dont let her in", "don t let him in", "don t let her in",
})
# The ban right before "let", over a short gap ("dont ever", "no one should", "pls
# nobody"): one word or two.
BANS: Final[frozenset[str]] = frozenset({"dont", "never", "nobody", "noone", "shouldnt"})
BAN_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("don", "t"), ("do", "not"), ("no", "one"), ("lets", "not"), ("s", "not"),
    ("shouldn", "t"), ("should", "not"),
})
BAN_GAP: Final[frozenset[str]] = frozenset({
    "ever", "even", "u", "you", "yall", "guys", "pls", "please", "plz", "just", "should",
})
BAN_GAP_REACH: Final = 3
# Before the ban, only chat's openers and the room ("guys", "everyone", "we" of "we
# shouldnt", "let" of "let's not"): a subject, a report or a question word leaves it no
# call ("they said no one let her in", "why did no one let him in").
OPENERS: Final[frozenset[str]] = d52.OPENERS | {"we", "let"}
OPENER_REACH: Final = 4
# After "in": the room or a standing word ("in the vc", "in again"), or the line said
# whole, chat's tails only after it ("no one let him in lol").
STANDING: Final[frozenset[str]] = d52.STANDING | {"time"}
TAILS: Final[frozenset[str]] = d52.TAILS
TAIL_REACH: Final = 3
# A reason after the call that makes it logistics or the member's own wish ("... the vc
# is full", "... until he verifies", "... hes asleep", "... she asked to sit out"): as
# discord52's.
EXCUSES: Final[frozenset[str]] = d52.EXCUSES
AFTER_REACH: Final = 8
# fmt: on
OWN_TERMS: Final[frozenset[str]] = LET_IN
TERMS: Final[frozenset[str]] = LET_IN | LET | OLDER_LET_IN
