"""The fifteenth game-chat probe's held-back batch (issue 8), written before any rule in
new wording; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "way to throw that fight", "way to feed the enemy carry", "way to lose lane",
    "nice way to throw mid", "way to int the game", "way to die to creeps",
    "way to waste the ult", "way to give them rosh", "way to throw it all away sup",
    "way to fail every gank",
    "support sucked all game", "our offlaner sucked", "top sucked hard",
    "so useless healer", "pretty useless carry", "completely useless tank",
    "our sup and carry so bad", "jungle and top so useless", "mid so damn bad",
    "the support was so useless",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck the lag sucked", "shit that round sucked", "holy fuck way to go team",
    "fucking useless item", "damn that sucked",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "best way to push top", "way to go everyone", "no way to get past that",
    "is there a way to counter him", "on our way to the base", "any way to win this",
    "the only way to stop her is stun", "the queue sucked today", "i sucked at mid sorry",
    "the last patch sucked", "this hero so useless now", "so useless this skill",
    "my positioning so bad", "our draft so bad", "the server so bad today",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
