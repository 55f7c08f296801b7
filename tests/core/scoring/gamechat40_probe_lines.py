"""The gamechat40 probe (issue 8): game chat that says a player, named by the hero they
play (a hero's name that is also an everyday word: doom, storm, axe, lion, void, tiny,
ember, sniper...) or by role, "sucks" or "sucked", with chat's tails after it ("badly",
"so bad", "so hard", "at this game", "ass"), and the clean lines in the same words: a
hero's kit or a matchup ("doom sucks vs this lineup", "lion sucks mana"), the weather,
the game, the writer's own hero, questions, negations and reported speech. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a hero whose name is an everyday word, as the subject
    "doom sucks", "storm sucked", "axe sucks", "lion sucked", "void sucks",
    "tiny sucked", "ember sucks", "sniper sucked", "earth sucks", "shadow sucked",
    # with chat's tails after it
    "doom sucks badly", "storm sucked so bad", "axe sucks so hard lol",
    "alche sucks badly", "lion sucks at this game", "void sucked ass",
    "sniper sucks so much", "tiny sucks hard", "ember sucked balls lol",
    "pudge sucks badly", "wr sucked so hard",
    # after gg, lol or a complaint
    "gg storm sucked", "lol doom sucks", "omg axe sucks so bad", "gg alche sucks badly",
    "ff lion sucks",
    # a player's determiner before the hero
    "our doom sucks", "their storm sucked so bad", "your axe sucks", "the enemy void sucks",
    "our fucking sniper sucked", "ur lion sucks badly",
    # a role with a tail
    "our mid sucks badly", "their carry sucked balls", "that support sucks so bad",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a hero's kit or a matchup, in the same words
    "doom sucks vs this lineup", "lion sucks mana from them", "storm sucks in this patch",
    "axe sucks against pudge", "void sucks without a bkb", "tiny sucks early game",
    "ember sucks into their draft", "sniper sucks on this map",
    # things, not players
    "this game sucks", "lag sucks", "the storm sucked last night", "the new patch sucks",
    "losing mid sucks", "that sucked", "this hero sucks", "this void sucks vs us",
    # the writer's own hero or side
    "my doom sucked sorry guys", "i suck with storm", "my axe sucks today my bad",
    "i sucked on lion", "we sucked that fight",
    # asked, negated, reported
    "does doom suck now?", "doom sucks? nah he is fine", "axe doesnt suck at all",
    "storm never sucked", "he said lion sucks", "not saying sniper sucks",
    "who says void sucks",
    # praise and callouts in the same words
    "doom is so good", "storm sucked them in with his ult", "kill the storm first",
    "axe is fed focus him",
)

# Untargeted friendly swearing, game chat's.
TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that doom ult was sick", "fuck this lag man", "damn this game sucks lol",
    "shit we lost the rax", "what the fuck was that storm play lmao gg wp",
    "hell yeah ez rosh",
)
