"""The gamechat40 held-back lines (issue 8): other wordings of the probe's shapes (a
player named by hero or role said to suck, with chat's tails; the kit, a matchup, a
thing, the writer's own, asked, negated or reported staying clean), written at the same
time as the studied part and before any rule. Counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "oracle sucks", "lina sucked", "zeus sucks", "mars sucked", "bane sucks",
    "chen sucked", "ogre sucks", "troll sucked", "arc sucks", "phoenix sucked",
    "oracle sucks badly", "lina sucked so bad", "zeus sucks so hard",
    "mars sucks at this game", "bane sucked ass", "troll sucks so much lol",
    "phoenix sucks hard", "kunkka sucked badly", "brood sucks so bad",
    "huskar sucked so hard", "jugg sucks badly", "gg zeus sucked",
    "lol oracle sucks", "omg mars sucks so bad", "wow lina sucked", "ff troll sucks",
    "report bane he sucks", "our lina sucks", "their zeus sucked so bad",
    "your mars sucks", "the enemy troll sucks", "our damn phoenix sucked",
    "ur brood sucks badly", "our offlaner sucks badly", "their support sucked balls",
    "our jungler sucks so hard", "their mid sucked badly", "gg our carry sucks",
    "that mid sucks so bad", "our pos 5 sucks badly",
)

HELD_CLEAN: tuple[str, ...] = (
    "zeus sucks vs this lineup", "oracle sucks in this patch", "mars sucks against void",
    "bane sucks without blink", "lina sucks early game", "troll sucks into their draft",
    "phoenix sucks on this map", "chen sucks in pubs", "arc sucks without a team",
    "huskar sucks vs ancient apparition",
    "this update sucks", "the queue sucks", "losing to rosh sucks",
    "that really sucked", "this hero sucks vs us", "the servers sucked yesterday",
    "my lina sucked my bad", "i suck with zeus", "my mars sucks today sorry",
    "i sucked on oracle", "we sucked that teamfight", "our draft sucks",
    "does zeus suck now?", "lina sucks? no way", "mars doesnt suck",
    "bane never sucked", "he said troll sucks", "not saying oracle sucks",
    "who says phoenix sucks", "i dont think zeus sucks",
    "zeus is so strong", "lina sucked the life out of them", "kill the oracle first",
    "mars is fed focus him", "phoenix sun ray sucks hp", "report bug zeus ult",
    "ez mid if lina sucks mana", "huskar is so fed", "help bot troll diving",
    "nice play lina",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a zeus ult", "fuck this ping", "damn that was close lol",
    "shit i forgot tp", "what the hell lag again gg", "fuck yeah we won",
)
