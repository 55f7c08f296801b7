"""The gamechat60 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "zeus bad", "wk bad lol", "our carry bad", "lion bad gg", "ursa bad again",
    "their support bad", "ur sf bad", "gg tiny bad", "lol puck bad", "report riki bad",
    "omg void bad", "bristle bad tbh", "healer bad", "drow bad lmao", "enemy mid bad",
    "kunkka bad xd", "viper bad", "mirana bad gg", "spectre bad", "our jungler bad",
    "bad zeus", "bad wk lol", "gg bad carry", "bad lion gg", "bad ursa again",
    "lol bad puck", "bad drow xd", "what a bad riki", "bad healer", "ez bad kunkka",
    "bad mirana tbh", "report bad zeus", "bad spectre lol", "bad bristle", "wow bad support",
    "bad adc gg", "bad jg", "bad player lol", "omg bad sniper", "bad tiny",
)

HELD_CLEAN: tuple[str, ...] = (
    "zeus bad pick", "bad item on lion", "wk bad vs pa", "ursa bad this patch",
    "puck bad into silencer", "bad drow build", "riki bad late", "bad kunkka items",
    "mirana bad hero", "bad top lane", "bad support pick", "spectre bad in this meta",
    "tiny bad ult", "bad zeus ult timing", "my lion bad lol", "bad drow game from me",
    "my wk bad sorry", "my bad zeus", "lion my bad", "not bad lion", "not bad carry",
    "zeus bad?", "is wk bad?", "i was bad riki", "he said zeus bad", "i think ursa bad",
    "bad luck lion", "bad weather", "that storm bad", "bad ping mid", "bad game tiny",
    "viper, bad call", "bad draft lol", "our draft bad", "my bad mid", "bad day for drow",
    "bad rng on pa", "spectre bad farm", "bad luck carry", "kunkka bad torrent",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck bad luck again", "shit my bad", "holy fuck bad ping",
    "damn that zeus ult was fucking insane", "fucking bad rng lol", "shit bad lag guys",
)
# fmt: on
