"""Words of the hatecheck70 round (issue 8, targeting_hatecheck70.py): violence ordered
against a named group's people, bare ("bomb the muslims", "shoot the immigrants", "just
burn the jews", "somebody pls hang the gays", "shoot every muslim you see")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The order's verb: hateprobe5's `group_harm` verbs (en/cues.txt), the first word of
# the hit (hateprobe5's own "shoot" or an older line such as "shoot every").
VERBS: Final[frozenset[str]] = frozenset({
    "slap", "punch", "stab", "shoot", "beat", "burn", "hurt", "hunt", "torch", "bomb",
    "smash", "kick", "strangle", "choke", "hang", "drown", "lynch", "bleed",
    "nuke", "execute", "behead", "massacre",  # this round's, added to `group_harm`
})
# --- Before the verb, back to its sentence's start: chat's openers and the reader's
# push ("just", "lets", "go", "somebody pls", "honestly", "now").
ORDER_LEADS: Final[frozenset[str]] = frozenset({
    "just", "lets", "let", "s", "us", "go", "somebody", "someone", "pls", "plz", "please",
    "honestly", "seriously", "now", "yall", "guys", "everyone", "everybody", "ok", "okay",
    "and", "then", "so", "literally", "fr", "ngl", "tbh", "imo", "frankly", "really",
})
# --- Between the verb and the group: determiners, quantifiers and emphasis ("the",
# "every", "those", "them", "the fucking").
OBJECT_SKIP: Final[frozenset[str]] = frozenset({
    "the", "all", "every", "those", "these", "them", "some", "any", "each", "of", "last",
    "single", "fucking", "fuckin", "damn", "dirty", "down", "up",
})
OBJECT_REACH: Final[int] = 4  # the verb's last word, then "every last fucking <member>"
# --- After the group, before its clause closes: where, when and how ("... you see",
# "... in this town", "... already", "... lol"); anything else leaves the shape: a thing
# ("... ban"), a game ("... at soccer", "... in the game"), a thing handed to the group
# ("shoot the muslims a message") or owned by it ("hang the gays' flag").
TAILS: Final[frozenset[str]] = frozenset({
    "already", "lol", "lmao", "lmfao", "haha", "now", "tonight", "today", "asap", "pls",
    "plz", "please", "alive", "all", "down", "out", "up", "first", "you", "see", "meet",
    "find", "in", "this", "our", "my", "town", "city", "country", "world", "street",
    "streets", "sight", "here", "there", "ffs", "fr", "tbh", "honestly", "right", "away",
    "again", "too", "dead", "every", "single", "one", "ok", "bro", "dude", "guys",
})
TAIL_REACH: Final[int] = 4
# Right after the group: the next clause ("just torch the muslims and be done").
JOINS: Final[frozenset[str]] = frozenset({"and", "then"})
# fmt: on
