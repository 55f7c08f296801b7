"""Word lists of the discord11 round (issue 8): Discord moderation shapes, read by
targeting_discord11.py."""

from __future__ import annotations

from typing import Final

# Exposure of the reader's life (doxxing, leaked pictures): no game has such a move, so
# a game word elsewhere in the line ("server", "general", "lobby") does not make them
# match talk the way "i'll kill you" is in a round. "i know where you live" is left out:
# in a game it finds the reader's base ("i know where you live in the game map lol").
EXPOSURE: Final = frozenset(
    {
        "post your address", "leak your address", "leak your nudes", "leak your pics",
        "leak your photos", "leak your chats", "post your chats", "post your pics",
        "post your real name", "leak your ip", "i know your ip", "i have your address",
        "find your address", "leak your selfies", "post your selfies",
        "send your selfies to", "post your face", "leak your face", "send your pics to",
        "i know your school",
        # discord12: doxxing is no match move either ("gonna dox u lol" in a game-word line)
        "dox you", "dox u", "doxx you", "doxx u", "i got ur ip", "i got your ip",
        "i have ur ip", "i have your ip",
        # discord13: the "ur" and past forms of a leaked address ("gonna leak ur address lol")
        "leak ur address", "leaked ur address", "leaked your address",
        "pubblico le tue foto", "pubblicherò le tue foto", "diffondo le tue foto",
        "faccio girare le tue foto",
    }
)  # fmt: skip

# "kys" glossed as the kind acronym: "kys = keep yourself safe", "keep yourself safe
# (kys)".
KYS: Final = frozenset({"kys"})
KIND_GLOSS: Final = ("keep", "yourself", "safe")

# Killing one's own character to respawn is a game move ("kill yourself with tnt to
# respawn", "kill yourself in lava to clear your inventory").
SELF_KILL: Final = frozenset(
    {"kill yourself", "kill urself", "kill your self", "kys", "kill ur self", "kill yoself"}
)
RESPAWN: Final = frozenset(
    {
        "respawn", "respawns", "respawning", "spawnpoint", "spawn", "checkpoint",
        "inventory", "despawn", "reset", "unstuck", "hardcore", "bed",
    }
)  # fmt: skip

# "<thing> is <name-call> and so is your personality": the judgement handed on to a part
# of the reader that stands for the reader (chat6 reads "... and so are you").
CARRY_SO: Final = frozenset({"so"})
CARRY_IS: Final = frozenset({"is", "s"})
CARRY_YOUR: Final = frozenset({"your", "ur", "yo"})
PERSON_PARTS: Final = frozenset(
    {
        "personality", "face", "attitude", "voice", "brain", "taste", "life", "mom",
        "mum", "character", "existence", "opinion", "opinions", "vibe", "vibes",
    }
)  # fmt: skip

# A warning not to expose oneself ("don't leak your ip in the server chat", "never post
# your address in general") is advice: the older reading stands.
NEGATORS: Final = frozenset({"don", "dont", "never", "not", "t", "pls", "please", "stop"})

# "we don't want you in danger / in trouble": care, not exclusion.
WANT_YOU_IN: Final = frozenset(
    {"we don t want you in", "we dont want you in", "nobody wants you in", "no one wants you in"}
)
CARE_STATES: Final = frozenset(
    {"danger", "trouble", "pain", "harm", "debt", "tears", "jail", "hospital"}
)

# "<your thing> is <name-call>, <quit / stop posting / learn to write>": the reader's work
# run down and the reader told to stop making it; the order after the judgement makes the
# judgement the reader's ("your covers are trash, stop posting them").
OWNERS: Final = frozenset({"your", "ur", "yo", "yor"})
QUIT_WORDS: Final = frozenset({"quit", "uninstall", "retire", "give", "stop", "learn", "delete"})
QUIT_ALONE: Final = frozenset({"quit", "uninstall", "retire"})
QUIT_PAIRS: Final = frozenset(
    {
        ("give", "up"), ("stop", "posting"), ("stop", "drawing"), ("stop", "making"),
        ("stop", "singing"), ("stop", "writing"), ("stop", "sharing"), ("stop", "uploading"),
        ("learn", "to"), ("learn", "how"), ("delete", "it"), ("delete", "this"),
        ("delete", "that"),
    }
)  # fmt: skip
