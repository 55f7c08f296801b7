"""Word lists of the gamechat39 round (targeting_gamechat39.py): a third person's, a
role's or a hero's play called shit ("his aim is shit", "our jungler's rotations are
trash", "pudge's hooks are ass"), and a role or a teammate called shit ("their support
was so shit"). The play nouns, verdicts, copulas and tails are gamechat38's."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat38_words as g38

# fmt: off
# A third person's own: "his aim", "their drafts". Not "my" or "our" ("our rotations were
# shit" counts the writer in) and not "your" (gamechat38's).
THIRD_POSSESSIVES: Final[frozenset[str]] = frozenset({"his", "her", "their", "thier", "hes"})
# The clitic of "jungler's", "pudge's" (the tokenizer splits "jungler", "s").
CLITIC: Final = "s"

# A player named by the role they play, any game's: "our jungler", "mid's build", "their
# support". Not "top", "bot", "jungle", "team" (a lane, a bot, a place, the writer's side).
ROLES: Final[frozenset[str]] = frozenset({
    "mid", "midlaner", "laner", "toplaner", "botlaner", "jungler", "junglers", "jg", "jgl",
    "carry", "carries", "support", "supports", "supp", "supps", "sup", "offlaner",
    "offlaners", "roamer", "adc", "tank", "tanks", "healer", "healers", "dps", "igl",
    "awper", "fragger", "lurker", "duelist", "hardsupport", "player", "players",
    "teammate", "teammates", "guy", "guys", "dude", "kid", "noob", "bro",
})
# A player named by their hero, Dota's above all (the game-chat set's heroes), and a few
# other games' best-known ones.
HEROES: Final[frozenset[str]] = frozenset({
    "pudge", "invoker", "voker", "sniper", "riki", "jugg", "jugger", "juggernaut", "axe",
    "lion", "meepo", "tinker", "slark", "am", "antimage", "pa", "sf", "techies", "lina",
    "lich", "zeus", "earthshaker", "shaker", "es", "viper", "bristle", "bristleback",
    "ursa", "sven", "wk", "drow", "luna", "mirana", "potm", "qop", "ember", "faceless",
    "spectre", "medusa", "morph", "morphling", "naga", "tb", "terrorblade", "alch",
    "alche", "alchemist", "bloodseeker", "clock", "clockwerk", "centaur", "dazzle",
    "disruptor", "enigma", "jakiro", "kotl", "lc", "legion", "lycan", "necro", "nyx", "od",
    "oracle", "pugna", "razor", "rubick", "sk", "slardar", "tide", "tidehunter", "timber",
    "treant", "tusk", "undying", "venge", "veno", "venomancer", "visage", "wd", "wr",
    "windranger", "wraith", "hoodwink", "mars", "snapfire", "grimstroke", "pango",
    "pangolier", "kunkka", "huskar", "chen", "ogre", "bane", "abaddon", "brood", "weaver",
    "gyro", "gyrocopter", "puck", "leshrac", "lesh", "dk", "doom", "furion", "np", "ck",
    "cm", "silencer", "sky", "skywrath", "batrider", "bm", "beastmaster", "brew",
    "phoenix", "underlord", "ww", "troll", "lifestealer", "naix", "omni", "omniknight",
    "magnus", "tiny", "shadow", "sd", "dusa", "arc", "muerta", "marci", "primal",
    "dawnbreaker", "void", "storm", "earth", "invo", "yasuo", "yone", "zed",
    "jinx", "vayne", "teemo", "genji", "hanzo", "widow", "mercy", "reinhardt", "jett",
    "reyna", "sage",
})
PLAYERS: Final[frozenset[str]] = ROLES | HEROES
# The players that "this" or "that" may point at as a subject: roles, not heroes (their
# kit) and not "tank" (a tank in a shooter): "this guy is trash", "that jungler was shit".
ROLE_SUBJECTS: Final[frozenset[str]] = ROLES - {"tank", "tanks"}
# Before a player named as the subject: "their support was so shit", "our carry was shit
# mid", "the enemy carry was shit", "our pudge was shit"; "this guy is trash", "that
# jungler was shit" for a role, but a hero after "this" is its kit (gamechat34: "this
# slark is trash").
PERSON_DETERMINERS: Final[frozenset[str]] = frozenset({
    "our", "their", "thier", "his", "her", "ur", "your", "enemy", "enemies",
})
DETERMINERS: Final[frozenset[str]] = PERSON_DETERMINERS | {"this", "that"}
# Between the determiner and the player: "our mid player", "their pos 5", "our fucking
# carry".
PLAYER_MODIFIERS: Final[frozenset[str]] = frozenset({
    "mid", "top", "bot", "jungle", "safe", "safelane", "off", "offlane", "hard", "soft",
    "whole", "other", "own", "fucking", "fking", "damn", "new", "main", "pos", "position",
    "1", "2", "3", "4", "5",
})
MODIFIER_REACH: Final = 2
# gamechat38's play nouns and a few more a hero's or a role's play is named by ("their
# drafts", "axe's blinks", "his teamfights"), but not a hero's kit, which "trash" may
# judge (gamechat8: "their ult is trash"; gamechat34: "this slark is trash").
KIT_NOUNS: Final[frozenset[str]] = frozenset({
    "ult", "ults", "ultimate", "ulti", "skill", "skills", "spells", "stun", "stuns", "hook",
    "blink", "arrow", "items", "combo",
})
PLAY_NOUNS: Final[frozenset[str]] = (g38.PLAY_NOUNS | {
    "drafts", "blinks", "arrows", "fights", "fighting", "teamfights", "teamfighting",
    "initiation", "initiations", "roaming", "roams", "rotating", "gameplan", "predictions",
    "denies", "lasthitting",
}) - KIT_NOUNS
# Before the subject, a word that makes the verdict someone else's, or an opinion given
# up: "he said his aim was shit", "she thinks his build is trash", "i thought his pick was
# shit at first", "i heard their mid is trash". The writer's own "i think" stays aimed.
REPORTING: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "claims",
    "claimed", "claim", "thinks", "thought", "heard", "hear", "reckons", "believes",
    "believed", "assumed", "complained", "complains", "whined", "cried", "typed", "wrote",
    "called", "calling", "calls", "accused", "blamed", "blames", "if", "whether",
})
REPORT_REACH: Final = 3
# fmt: on
