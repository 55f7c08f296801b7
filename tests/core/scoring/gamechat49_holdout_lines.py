"""The gamechat49 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as the probe and not studied until the final count."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "boosted chimp", "bronze detected", "herald brain", "hardstuck guardian",
    "you belong in low priority", "zero game sense support", "silver 2 mentality",
    "peak 1k mmr behaviour", "dogshit positioning from our mid",
    "our jungler is a boosted monkey", "u a herald", "guardian brain",
    "this carry belongs in low prio", "you should be in low prio", "herald player spotted",
    "typical herald pa", "1k mmr brain", "crusader mentality", "hardstuck archon support",
    "no game sense", "trash positioning from our offlaner", "you're a monkey",
    "monkey invoker", "boosted ape carry", "go back to herald", "you play like a guardian",
    "2k mmr hands", "peak bronze behavior", "iron brain",
    "legit 500 mmr gameplay from our mid", "you belong in herald bracket", "ur boosted",
    "braindead positioning from our carry", "herald tier support",
    "bronze level play from you", "low prio trash", "this boosted monkey sniper",
    "hardstuck herald loser", "you have 0 game sense", "silver mentality mid",
)

HELD_CLEAN: tuple[str, ...] = (
    "ggwp all", "im silver haha", "we're all herald here lol",
    "my positioning was dogshit that fight", "monkey time", "herald to crusader grind",
    "i was stuck in guardian forever", "out of low prio finally", "how long is low prio",
    "my game sense is dead tonight", "silver 2 after calibration", "peak 1k mmr me lol",
    "my friend boosted me once", "buy silver edge", "nice positioning carry",
    "guardian games are wild", "what mmr are you", "im 1k mmr please be patient",
    "mkb on the carry", "monkey king ult is broken", "i play like a bronze today",
    "archon to legend finally", "my brain is herald mode rn lol", "don't call people boosted",
    "he called me a monkey, lol", "nobody is herald here, just unlucky",
    "matchmaking is dogshit", "low prio queue times are trash", "gold medal for our support",
    "0 game sense from me sorry", "my 2k mmr hands failed me",
    "is our carry boosted or just unlucky?", "boosted or not, we play together",
    "the ranked system is trash", "herald bracket is fun to watch",
    "i'm the herald of this team lol", "bronze players need love too",
    "any silver players here?", "monkey see monkey do", "positioning is hard for everyone",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that comeback", "shit, forgot to buy tp", "damn what a game",
    "fucking lag again", "that was a shitty fight for both teams lol",
    "hell no not another rosh",
)
