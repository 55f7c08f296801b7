"""The fourteenth game-chat probe's studied lines (issue 8), written before reading the rules.

Match chat (Dota 2, League, Overwatch, Valorant, CS2) in four shapes the earlier rounds
leave: a weak name-call said of a teammate, hero, role or nick in the third person
("pudge is clueless", "our top is a dog", "carry has no hands"); team blame and sarcasm
aimed at players ("thx for nothing team", "gg no team", "nice one genius", "gj feeding");
orders to leave or quit aimed at a player ("go afk", "just abandon", "go play minecraft");
obfuscated or misspelled flaming ("idi0t", "retrad", "u r trsh", spaced letters).

Clean lines are untargeted swearing (its own list: the held-out floor's control) and game
talk that looks like them: a hero's strength ("pudge is so strong this patch"), enemy
farm, orders about the game ("go b", "go roshan"), self-blame ("i'm trash at this") and
honest praise ("nice one mid").

The held-back batch is in gamechat14_holdout_lines.py, written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a weak name-call said of a teammate, hero, role or nick
    "pudge is clueless", "our top is a dog", "this sniper is braindead", "mid is so bad lol",
    "carry has no hands", "our support is clueless", "this invoker is hopeless",
    "jungler is a potato", "our mid is a bot", "this riki is so bad", "techies is a moron",
    "our offlaner is a donkey", "sven has no brain", "mid has no idea what hes doing",
    "this lion is retarded", "carry is so useless", "our pos 4 is a clown",
    # team blame and sarcasm aimed at players
    "thx for nothing team", "gg no team", "worst carry ever", "nice one genius",
    "gj feeding", "great ward einstein", "thanks for the feed mid", "worst team ever",
    "gg thanks to our carry", "well played genius", "nice buy einstein", "gj throwing",
    "wow what a support", "best mid in the world lol", "good job feeder",
    # orders to leave or quit aimed at a player
    "go afk", "just abandon", "go play minecraft", "go back to bots",
    "just leave the game noob", "pls abandon", "go play another game",
    "go afk in fountain you useless", "just uninstall already", "go play league",
    # obfuscated or misspelled flaming
    "idi0t", "retrad", "u r trsh", "n o o b", "i d i o t", "ur a n00b mid", "st0pid carry",
    "fking retart", "u r s0 bad", "n00b team", "ur trsh carry", "id1ot",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fucking nice shot", "fuck that was close", "shit my internet",
    "damn that ult was sick", "what the hell happened", "fuck roshan", "oh shit they have aegis",
    "fucking lag again", "shit shit shit", "holy fuck what a comeback", "hell yeah we won",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "kill the tank first", "pudge is so strong this patch", "their carry is farming fast",
    "this hero is trash this patch", "i'm trash at this", "my bad", "my bad guys i fed",
    "i'm so bad at invoker", "go b", "go roshan", "go mid together", "just farm carry",
    "nice one mid", "great ward sup", "good job team", "well played all", "gg wp",
    "their mid has no mana", "their support has no wards", "sniper has no escape",
    "pudge is out of position", "their offlaner is a beast", "the bots are easy",
    "go afk farm the jungle", "go play safe", "this patch is garbage", "abandon the lane",
    "delete their tower", "leave the ancient", "thx for the ward", "thanks team gg",
    "the jungle creeps are stupid", "i'm a noob at this hero lol", "this game is so bad lmao",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
