"""Word lists of the gamechat14 round (issue 8): match chat's flaming, read by
targeting_gamechat14.py."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_words

# "<role or hero> is a <thing>" (insult.txt, gamechat14): counted only of a role, a hero
# or a lane opening its clause ("our top is a dog", "jungler is a potato"); "my pet is a
# dog", "the sauce is a potato thing" name no player.
THING_CALLS: Final[frozenset[str]] = frozenset({
    "is a dog", "is a potato", "is a donkey", "is a monkey", "is a baby", "is a toddler",
})  # fmt: skip
# "<role or hero> has no brain" (insult.txt, gamechat14, counted only of people): a role
# or a hero opening the clause is such a person ("our carry has no brain").
HAS_NO: Final = frozenset({"has no brain", "has no brains", "have no brains", "has no brain cells"})
# review14: "has no brain damage": the brain is the body's, the line is relief or news.
BRAIN_GOES_ON: Final = frozenset(
    {
        "damage",
        "injury",
        "injuries",
        "bleed",
        "bleeding",
        "tumor",
        "tumour",
        "swelling",
        "trauma",
        "activity",
        "surgery",
    }
)
# May stand before the role or the hero: "our top", "the jungler", "this mid".
SUBJECT_OWNERS: Final = frozenset(
    {"our", "ur", "your", "their", "the", "this", "that", "my", "enemy", "gg", "lol", "ff"}
)
# May close the clause after the call: "our top is a dog lol".
CALL_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "xd", "again", "omg", "smh", "tbh", "honestly", "gg", "ff", "wtf",
    "literally", "lmfao", "haha", "ffs", "fr",
})  # fmt: skip
# "pos 4": a Dota position number, not "pos" (piece of shit).
POSITIONS: Final[frozenset[str]] = chat9_words.POSITIONS

# "sup" is a greeting alone (gamechat12 leaves it out of the roles); after an owner it is
# the support ("our sup is clueless").
OWNED_ROLES: Final = frozenset({"sup", "supp"})
ROLE_OWNERS: Final = frozenset({"our", "ur", "your", "their", "the", "enemy", "my"})

# Sarcastic praise right before a sabotage word ("gj feeding", "nice throwing again",
# "thanks for feeding carry"): blame said to the player, not a report of their play.
PRAISE_BEFORE: Final = frozenset({
    "gj", "wp", "nice", "great", "good", "job", "done", "well", "ty", "thx", "thanks",
    "for", "keep", "up", "the", "awesome", "amazing",
})  # fmt: skip
# The opener of the praise (the first word of the run before the sabotage word).
PRAISE_OPENERS: Final = frozenset({
    "gj", "wp", "nice", "great", "good", "well", "ty", "thx", "thanks", "awesome", "amazing",
})  # fmt: skip
SABOTAGE: Final = frozenset({"feeding", "throwing", "inting"})
PRAISE_REACH: Final = 4

# Orders to give the match up (insult.txt, gamechat14), counted only as the whole message
# with a vocative, laughter or "pls" beside them ("go afk", "just abandon pls", "go afk
# noob"); "go afk farm the jungle" and "abandon the lane" are plans.
LEAVE_ORDERS: Final = frozenset({
    "go afk", "just afk", "just abandon", "pls abandon", "plz abandon", "please abandon",
    "go abandon", "abandon pls", "just leave pls", "pls just leave", "just leave the game",
})  # fmt: skip

# Plain words that anchor this round's phrases ("go afk", "just abandon", "thx for
# nothing"): a judging word before one still judges the thing it names ("stupid afk
# timer", "stupid thx button"), as before they were lexicon words (targeting_person).
# gamechat19: "hands" joined the rule words with "you have no hands" and stays plain after
# a judging word ("stupid hands lol").
ORDINARY_ANCHORS: Final = frozenset({"afk", "abandon", "thx", "hands"})

# "gg no <role>" (insult.txt, gamechat14): blame only closing its clause ("gg no jungle
# lol"); "gg no carry no win", "gg no mid tower left" go on about the game.
GG_NO: Final = frozenset({
    "gg no team", "gg no jungle", "gg no jungler", "gg no support", "gg no carry",
    "gg no mid", "gg no healer", "gg no tank", "gg no adc",
})  # fmt: skip

# The misspellings the lexicon lists under "gamechat14": a starred-out word is never read
# as one of them ("id**t" is "idiot" or nothing; lexicon_compile leaves them unmasked).
MISSPELLINGS: Final = frozenset({"stopid", "dumass", "idjit", "fagit"})

# Every term the rules above read: the one gate other hits pay.
OWN_TERMS: Final = THING_CALLS | HAS_NO | SABOTAGE | LEAVE_ORDERS | GG_NO | {"pos"}
