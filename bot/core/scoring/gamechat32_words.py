"""Word lists of the gamechat32 round (targeting_gamechat32.py): a name-call right before
a hero or a role inside its sentence ("classic useless mercy", "blame stupid pudge", "gg we
lost to braindead jett") and a swear as the adjective on one ("fucking jett", "this
fucking alch")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat9_words import HEROES9
from bot.core.scoring.gamechat20_words import ROLES
from bot.core.scoring.gamechat21_words import PLAIN_HEROES

# fmt: off
# Name-calls the older rules aim only opening their sentence ("useless mercy"); here they
# may stand anywhere in it, right before the player ("classic useless mercy").
NAME_CALLS: Final[frozenset[str]] = frozenset({
    "useless", "stupid", "dumb", "retarded", "braindead", "brain dead", "trash", "garbage",
    "clueless", "pathetic", "worthless", "idiot", "moron", "dogshit", "shitty", "noob",
    "uselss", "usless", "useles",
})
# Swears that stand as the adjective on a player ("fucking jett", "this fuckin pudge").
SWEARS: Final[frozenset[str]] = frozenset({"fucking", "fuckin"})
# Names that are also everyday words or short forms of them ("am", "storm", "ta", "np",
# "ss"): "stupid am i", "this stupid storm", "useless ta", "useless ss of the bug".
RISKY_NAMES: Final[frozenset[str]] = frozenset({
    "am", "io", "axe", "tiny", "void", "doom", "storm", "lion", "ember", "tusk", "soldier",
    "reaper", "viper", "phoenix", "deadlock", "brimstone", "od", "ds", "ck", "np", "ta",
    "cm", "sb", "ss", "sk", "ld", "razor", "tide", "timber", "bane", "troll", "morph", "chamber",
    "fade", "harbor", "breach", "horizon", "catalyst", "seer", "striker", "goalie",
})
# Places on the map or words with a second reading ("this game is fucking mid", "stupid
# bot"): never a player here.
PLACE_ROLES: Final[frozenset[str]] = frozenset({
    "mid", "top", "jungle", "midlane", "toplane", "botlane", "offlane", "laner", "bot",
})
PLAYER_ROLES: Final[frozenset[str]] = (ROLES - PLACE_ROLES) | frozenset({
    "supports", "supps", "sups", "healers", "tanks", "junglers", "carries", "adcs",
    "duelists", "teammate", "teammates",
})
PLAYERS: Final[frozenset[str]] = (HEROES | HEROES9 | PLAIN_HEROES | PLAYER_ROLES) - RISKY_NAMES
# Roles that are everyday nouns ("useless support from the state", "stupid tank of gas"):
# a player only closing the clause or with chat's tails after.
PLAIN_ROLES: Final[frozenset[str]] = frozenset({
    "support", "supports", "carry", "carries", "tank", "tanks", "sup", "supp", "sups",
    "supps", "dps", "teammate", "teammates",
})
# A thing of the player's after the name: "the stupid pudge hook", "stupid jett skin",
# "fucking jett ult saved us".
THINGS: Final[frozenset[str]] = frozenset({
    "hook", "hooks", "ult", "ults", "ulti", "ultimate", "skin", "skins", "pick", "picks",
    "build", "builds", "item", "items", "main", "mains", "player", "players", "combo",
    "ability", "abilities", "kit", "buff", "nerf", "nerfed", "buffed", "lore", "voice",
    "voicelines", "arrow", "arrows", "drone", "dash", "wall", "smoke", "smokes", "flash",
    "spell", "spells", "talent", "talents", "passive", "role", "roles", "team", "ticket",
    "tickets", "staff", "system", "class", "meta", "rework", "hitbox", "animation",
    "cosplay", "art", "model", "game", "games", "queue", "tree", "s", "shield", "heal",
    "heals", "bubble", "blade", "clip", "clips", "guide", "guides", "of", "from", "for",
    "to",
})
# Chat's tails after the player: "fucking reyna again", "stupid jett lol".
TAILS: Final[frozenset[str]] = frozenset({
    "again", "lol", "lmao", "lmfao", "xd", "smh", "omg", "pls", "plz", "wtf", "bro",
    "ffs", "gg", "ff", "so", "always", "every", "rofl", "man", "dude", "ugh", "bruh",
})
# Words between the determiner and the name-call, or leading it: "classic useless mercy",
# "such a stupid jett", "another braindead support".
LEADS: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "our", "ur", "your", "their", "my",
    "such", "another", "classic", "typical", "some", "so", "really", "absolutely", "most",
})
LEAD_REACH: Final = 3
# Before the leads, a reading of oneself, a copula's predicate or a denial: "im a useless
# mercy", "no one is a useless support", "she's not a useless healer", "as a stupid jett".
BLOCKERS: Final[frozenset[str]] = frozenset({
    "i", "im", "m", "me", "myself", "as", "am", "is", "s", "are", "re", "was", "were", "be",
    "been", "being", "not", "never", "no", "nobody", "nt", "dont", "isnt", "aint", "wasnt",
    "without", "holy", "oh", "ohh", "ah", "aw",
})
# Praise in the next few tokens: "fucking jett is so good", "stupid reyna is cracked".
KIND_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({
    "good", "great", "nice", "insane", "cracked", "clean", "fun", "love", "sick", "goat",
    "amazing", "op", "strong", "carried", "carry", "saved", "clutch", "beast",
})
KIND_REACH: Final = 5
# fmt: on


def sworn_player(tokens: list[str]) -> bool:
    """A swear right before a hero or a role ("fucking pa", "u r a fucking carry"): the
    scorer's swearing shortcut reads such a line on, as it does a short one that may curse
    a name. Most swearing has no such pair: one set test of the line's tokens."""
    if SWEARS.isdisjoint(tokens):
        return False
    return any(word in SWEARS and tokens[i + 1] in PLAYERS for i, word in enumerate(tokens[:-1]))
