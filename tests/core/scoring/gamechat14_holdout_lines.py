"""The fourteenth game-chat probe's held-back batch (issue 8), written after the studied
lines and before any rule; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # third person
    "axe is clueless", "our safelane is a dog", "this slark is braindead", "top is so bad lmao",
    "mid has no hands", "our carry is hopeless", "this storm is a potato", "our sup is a bot",
    "the jungler is useless", "this zeus is so bad", "our pos 5 is a donkey",
    "void has no brain", "tinker is a clown", "this mirana is retarded",
    # blame and sarcasm
    "thanks for nothing mid", "gg no sup", "worst support ever", "nice play genius",
    "gj dying", "nice blink einstein", "thx for feeding carry", "worst mid ever",
    "good job feeding again", "well done genius", "gj losing lane",
    # orders to leave
    "go afk noob", "just abandon pls", "go play fortnite", "go back to turbo",
    "just leave mid", "go play candy crush", "uninstall already pls",
    "go afk you are useless",
    # obfuscated
    "idi0t mid", "retard team", "u r trash", "n 0 0 b", "s t u p i d", "ur a n00b",
    "st0pid sup", "retart", "u r s0 trash", "n00b carry", "ur trsh", "1diot",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a game", "fucking sick play", "fuck this lag", "shit i misclicked",
    "damn that was close", "what the hell was that", "fuck yeah gg", "oh shit rosh is up",
    "holy fuck that ult", "shit we lost",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "kill the support first", "axe is so strong this patch", "their mid is farming fast",
    "this hero is garbage this patch", "i'm trash at carry", "my fault sorry",
    "i'm so bad at meepo", "go top", "go rosh now", "go smoke", "just farm mid",
    "nice one sup", "great blink axe", "good job everyone", "well played team",
    "their carry has no bkb", "their sup has no dust", "tinker has no escape",
    "their jungler is a monster", "the bots are dumb", "go afk jungle for 5 min",
    "go play safe mid", "this map is garbage", "abandon bot tower", "delete their rax",
    "leave the lane", "thx for the heal", "thanks mid gg", "i'm a noob at this lol",
    "this game is so bad lol", "their sniper is braindead easy to kill", "wow what a game",
    "best game ever", "noob question how do i buy wards", "the creeps are so dumb",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
