"""Words of the hatecheck81 round (issue 8, targeting_hatecheck81.py): a named group left
to die by neglect, wished or ordered by the writer ("let the refugees starve", "i hope the
muslims starve", "leave the migrants to die")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck75_words as h75

# fmt: off
# --- The death by neglect: the last word of a hit ("starve", "rot" and "freeze" are this
# round's `group_harm` cues, threats only in a message naming a group; "suffer" an older
# threat line, "drown" hateprobe5's, "die" discord36's self-harm line).
NEGLECTS: Final[frozenset[str]] = frozenset({"starve", "rot", "freeze", "suffer"})
# --- The deaths "leave ... to" takes: the neglects and hatecheck75's ("drown", "die").
LEFT_DEATHS: Final[frozenset[str]] = NEGLECTS | frozenset({"drown", "die"})
# --- The death drawn out after the verb: "starve to death", "freeze to death".
TO_DEATH: Final[tuple[str, ...]] = ("to", "death")
# --- After the death, before its clause closes: hatecheck75's tails and a place or time
# ("... at sea", "... in the desert", "... this winter").
TAILS: Final[frozenset[str]] = h75.TAILS | frozenset({
    "at", "in", "on", "sea", "the", "desert", "streets", "street", "cold", "camps",
    "this", "winter", "out", "there", "lol", "their", "own", "filth", "camp",
})
TAIL_REACH: Final[int] = 3  # "in the desert", "in their camps"
# --- "to" between the group and the death in the leave shape.
TO: Final[str] = "to"
# --- The order "leave", opening its sentence over a few leads: "just leave", "we should
# leave", "let's leave"; a negation stops the walk ("we must not leave ...").
LEAVE: Final[frozenset[str]] = frozenset({"leave"})
LEAVE_LEADS: Final[frozenset[str]] = frozenset({
    "just", "so", "then", "ok", "okay", "honestly", "we", "should", "must", "lets", "let",
    "s", "us", "i", "say", "simply",
})
LEAVE_REACH: Final[int] = 3  # "so we should leave"
# fmt: on
