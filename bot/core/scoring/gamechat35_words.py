"""Word lists of the gamechat35 round (targeting_gamechat35.py): a teammate named by role
or hero blamed for an in-game failing ("this jungler is afk farming", "mid ks again",
"jungle never ganks", "support not helping at all", "adc doing nothing")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21
from bot.core.scoring.gamechat20_words import BLAME_BRIDGE, BLAME_LEADS, BLAME_TAILS, BLAMED_ROLES
from bot.core.scoring.gamechat32_words import PLAYERS

# fmt: off
# The round's lexicon lines (insult.txt, gamechat35): failings that read as blame only
# with a player named before them. A failing in play: farming alone while the team
# fights, taking a teammate's farm or kills, ganking no one. Any words may follow them
# ("jungle afk farming while we die", "jungle never ganks bot").
PLAY_FAILINGS: Final[frozenset[str]] = frozenset({
    "afk farming", "afk farm", "afk farms", "afk farmed",
    "stealing my farm", "steals my farm", "stole my farm", "stealing all my farm",
    "stealing my kills", "steals my kills", "stole my kill", "stole my kills",
    "stealing all the kills", "stealing all my kills", "stealing kills",
    "ks", "ksing", "kill stealing", "ks again",
    "never ganks", "never ganked", "never ganking", "ganked nobody", "ganked no one",
    "hasnt ganked", "0 ganks", "zero ganks", "no ganks", "no gank",
})
# Failings of no help, everyday words elsewhere ("i did nothing wrong", "no help needed"):
# only closing their sentence, chat's tails after at most ("support not helping at all").
HELP_FAILINGS: Final[frozenset[str]] = frozenset({
    "not helping", "isnt helping", "never helps", "no help", "doing nothing",
    "does nothing",
})
OWN_TERMS: Final[frozenset[str]] = PLAY_FAILINGS | HELP_FAILINGS
# What may close the sentence after a failing of no help: chat's tails and time words.
HELP_TAILS: Final[frozenset[str]] = BLAME_TAILS | frozenset({
    "at", "all", "game", "whole", "the", "this", "again", "as", "usual", "today",
    "once", "ever", "lmfao", "btw", "ez", "gj", "nice", "great", "thanks", "ty",
})
HELP_REACH: Final = 5
# The player named before the failing: a role, a lane or a hero (no hero that is an
# everyday word, gamechat32's RISKY_NAMES), maybe after "our", "this", "the", "my".
NAMED: Final[frozenset[str]] = BLAMED_ROLES | PLAYERS | frozenset({
    "jungler", "jgl", "midlaner", "toplaner", "offlaner", "pos1", "pos2", "pos3", "pos4",
    "pos5",
    # Dota 2 heroes the older lists lack, none an everyday word in chat
    "disruptor", "tinker", "shaker", "dazzle", "sniper", "clinkz", "weaver", "gyro",
    "kunkka", "mirana", "necro", "visage", "venge", "veno", "warlock", "undying",
    "bristle", "bristleback", "brewmaster", "batrider", "bat", "naga", "luna", "morphling",
})
DETERMINERS: Final[frozenset[str]] = frozenset({"our", "this", "the", "my", "that"})
# Between the player and the failing ("mid is afk farming", "jungle has 0 ganks"): no
# negation, so "mid didnt ks" names no failing.
BRIDGE: Final[frozenset[str]] = BLAME_BRIDGE | frozenset({"again", "also", "too", "only"})
BRIDGE_REACH: Final = 3
LEADS: Final[frozenset[str]] = BLAME_LEADS | frozenset({"lmao", "lmfao", "sigh", "classic"})
# Sarcastic thanks for a failing: "thx disruptor for stealing all the kills", "thanks
# mid for doing nothing" (the thanks opening the sentence, the player right before "for").
THANKS: Final[frozenset[str]] = frozenset({"thanks", "thx", "ty", "tnx", "thanx", "tyvm"})
THANK_YOU: Final[frozenset[tuple[str, str]]] = frozenset({
    ("thank", "you"), ("thank", "u"), ("thank", "ya"),
})
FOR: Final = "for"
# A failing approved, joked or talked of as play after it: "our jungle afk farming is
# fine he is scaling", "mid ks again lol jk", "sven afk farming is how you win", "jungle
# never ganks in this meta".
APPROVED_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({
    "fine", "ok", "okay", "good", "smart", "needed", "right", "correct", "np", "normal",
    "allowed", "understandable", "intended", "plan", "strat", "win", "wins", "meta", "op",
    "strong", "efficient", "haha",
})
APPROVED_REACH: Final = 6
# fmt: on
