"""The fifteenth game-chat probe (issue 8): two flaming shapes any game's chat writes,
written before any rule: sarcastic blame "way to throw / feed / lose it" aimed at whoever
did it, and a role judged in the past tense or with an adverb before the slur ("our
healer sucked", "so useless sup", "tank and healer so bad"). Clean lines: the same
words about the game, the map, oneself, and "way to go" praise."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # sarcastic "way to ..."
    "way to throw the game", "way to feed mid", "way to fucking throw", "way to lose us the game",
    "wow way to int", "way to die again jungler", "great way to throw carry",
    "way to feed them 10 kills", "way to ruin the game sup",
    # role judged: past tense, adverb, coordination
    "jungler sucked", "our healer sucked", "mid sucked so hard", "so useless sup",
    "so useless jungler", "our tank and healer so bad", "carry and mid so bad",
    "really useless support", "totally useless mid",
)

TUNE_CLEAN: tuple[str, ...] = (
    "best way to farm this hero", "no way to win this", "on my way to rosh",
    "way to go team", "way to go guys gg", "whats the way to beat this hero",
    "that was the way to play it", "no way to stop that ult",
    "the map sucked", "that fight sucked", "i sucked this game sorry", "my lane sucked",
    "this item is so useless", "so useless this patch", "ult so useless vs them",
    "our items so bad", "my farm so bad", "the lag so bad",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck that sucked", "holy shit way to go", "damn that game sucked", "shit lag sucked",
    "fucking useless ping",
)
