"""The gamechat58 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as gamechat58_probe_lines.py and counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "pa is joke", "bristle joke", "void is joke lol", "our mid is joke",
    "carry so joke", "wp support is joke", "kunkka is joke", "huskar joke gg",
    "zeus is so joke", "lol jugg joke", "mirana is joke honestly", "ember joke",
    "am is joke", "bane so joke lol", "omg pudge is joke", "earth is joke",
    "viper joke", "jungler is joke", "their mid so joke", "wtf sf is joke",
    "sniper suck gg", "tinker so suck", "doom suck honestly", "axe suck",
    "tiny so suck", "storm suck lol", "gg clock suck", "wow sniper suck",
    "our doom suck", "lion suck", "ok tinker suck", "void suck",
    "arc suck lol", "earth suck", "tinker suck again", "ember suck",
    "mars suck", "sniper suck man", "doom so suck", "razor suck",
)

HELD_CLEAN: tuple[str, ...] = (
    "pa is joke hero", "bristle joke build", "void is no joke", "is our mid joke?",
    "my carry so joke lol", "kunkka joke is funny", "huskar joke item", "zeus is not joke",
    "jugg is a joke pick", "mirana joke from the voice lines", "tinker suck vs pa",
    "doom suck the mana", "axe suck this patch", "tiny suck in lane as a hero",
    "my storm suck sorry", "does clock suck now?", "sniper range suck", "lion suck hp",
    "my tinker so suck", "my doom suck", "void suck against silencer",
    "arc suck without items", "earth suck early game", "ember suck vs stuns",
    "i am joke sniper", "tell pudge joke", "pudge joke line", "the sf joke was good",
    "tinker build suck", "doom pick suck", "sniper is hard", "report the bug pls",
    "doom ult them now", "bad item on tinker", "tinker is not joke", "sf joke?",
    "no joke sf strong", "\"doom suck\" lol he said", "mars suck for us this patch",
    "razor suck pick",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yes we won", "holy shit that blink", "damn tinker that was clean",
    "shit my bad guys", "fucking awesome game", "hell yeah gg",
)
# fmt: on
