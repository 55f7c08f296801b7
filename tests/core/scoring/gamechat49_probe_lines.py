"""The gamechat49 probe (issue 8): Dota 2 chat that puts a player down by a rank, a skill
or an animal label ("boosted monkey", "hardstuck herald", "u belong in low prio", "0 game
sense", "peak 900 mmr behavior", "dogshit positioning from our carry"), and the same words
in friendly or self-directed talk that must stay clean ("im bronze lol", "we're all
boosted here haha", "my positioning is dogshit today", "monkey king bar first"). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # rank labels said of a player
    "boosted monkey", "bronze player detected", "silver brain", "hardstuck herald",
    "herald brain pudge", "crusader player spotted", "typical 1k mmr invoker",
    "you belong in herald", "ur a herald", "ur hardstuck crusader for a reason",
    "bronze mentality", "herald mentality", "gold 4 mentality", "2k mmr brain",
    "peak herald behavior", "peak 900 mmr behavior", "silver brain carry",
    "boosted account buyer", "1k mmr hands", "play like a herald",
    "guardian level plays from our support",
    # low prio said of a player
    "u belong in low prio", "go back to low prio", "this sniper belongs in low prio",
    "low prio behaviour from this techies",
    # skill put-downs
    "0 game sense", "zero game sense", "no game sense at all from our mid",
    "dogshit positioning from our carry", "braindead positioning from our support",
    "trash positioning from you",
    # animal labels
    "you're a boosted ape", "boosted animal mid", "this monkey pudge",
    "our offlaner is a monkey", "you monkey",
)

TUNE_CLEAN: tuple[str, ...] = (
    "gg wp", "im bronze lol", "we're all boosted here haha", "my positioning is dogshit today",
    "monkey mode activated", "bronze to gold grind", "i was hardstuck herald for a year",
    "finally out of herald", "is low prio still 5 games?", "i'm in low prio again lol",
    "my game sense is 0 today", "gold 4 after placement, happy", "peak 900 mmr me back then",
    "i got boosted by my friend lol", "silver edge on our carry",
    "our carry has good positioning", "herald games are chaos", "what rank are you?",
    "im 2k mmr, be nice", "monkey king bar first", "monkey king is strong this patch",
    "i play like a herald today", "crusader to archon finally",
    "my brain is silver today haha", "don't call him a boosted monkey",
    "he said i'm a herald, whatever", "nobody is boosted, we just lost lanes",
    "the mmr system is dogshit", "low prio queue is dogshit", "bronze medal for me",
    "zero game sense from me that fight, sorry", "my bad, 1k mmr hands from me",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that rampage", "fuck this patch lol", "shit happens, next game",
    "what the fuck was that roshan timing lmao", "this game is fucking wild",
    "hell yeah we won",
)
