"""The seventh game-chat probe (issue 8): chat from settings earlier probes under-used
(MMO raids, battle royale, fighting games, racing, sports games, Roblox and Minecraft,
chess.com, Twitch), measured at default settings (`Scorer()`); the lines are in
gamechat7_probe_lines.py.

On main before the round, the studied part (185 hostile, 136 clean, 30 of them
untargeted swearing): 95 caught (recall 0.514), 2 clean flagged, F1 0.674, swearing 0
of 30. After targeting_gamechat7.py and the "gamechat7" lexicon and cue lines: 117
caught (recall 0.632), 2 flagged, F1 0.770, swearing 0 of 30.

The held-back part (58 hostile, 38 clean, 8 of them swearing), written last and never
read for misses: before, 40 caught, 0 flagged, F1 0.816, swearing 0 of 8; after, 44
caught, 0 flagged, F1 0.863, swearing 0 of 8. Only floors are kept for it; the studied
part keeps its known misses as data.
"""

from __future__ import annotations

from tests.core.scoring import gamechat7_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: a word the lexicon weighs below
# the threshold ("ur a rat", "nice punt u donkey", "this dude is a fraud"), a hero named
# by an ordinary word ("that mercy is useless", "widow go back to qp"), "bot" for a
# player, emoji at a name, threats in game verbs ("i will end u", "id punch u irl"),
# put-downs with no hostile word ("ur brain is smol", "you play like a 5 year old").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "10/10 throw bro", "are you even trying healer",
        "can someone tell the sage to stop being an idiot",
        "carried by my team lol u did nothing", "center cant rebound for his life useless",
        "cheap ass player", "go back to 800 elo",
        "great call captain obvious", "healer 🗑️", "hes so washed",
        "hey jungle you need to stop being so useless", "hope u crash and die",
        "i will end u",
        "id punch u irl", "ill make sure u get banned and ur account deleted",
        "imagine needing meta players to win lmao ur terrible",
        "jett 🤡🤡🤡",
        "kicked the paladin good riddance trash",
        "mash more scrub", "nice punt u donkey",
        "our whole team is throwing", "pace abuser no skill",
        "ragequit like the baby u are",
        "reportate il jungla è un troll", "spam merchant",
        "spero che ti si rompa il pc", "supports in this game lol", "sweaty tryhard no life",
        "tank pulled again without waiting wtf is wrong with him",
        "thanks for the rez NOT u idiot", "that guy rammed me on purpose fucking idiot",
        "that mercy is useless", "that sova has no idea what hes doing",
        "this dps is doing less than the tank lmao what a joke",
        "tornatene a giocare a fortnite bambino",
        "tracer has zero game sense", "ur a baby", "ur a cheater engine user",
        "ur a scripted bot", "ur a waste of a slot",
        "ur brain is smol",
        "ur poor no robux lol", "ur so free lmao", "ur the reason this game is dead",
        "whole team throwing",
        "why does this mage keep standing in fire braindead", "widow go back to qp",
        "worst pug of my life bunch of mouthbreathers",
        "you play like a 5 year old",
    }
)  # fmt: skip
# "absolute monster of a tank" is praise read as "a monster" ("stupid valorant update",
# once read as a player's name, is clean since precision27's guard).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"absolute monster of a tank"})

# Floors: this round's figures (F1 and the share of untargeted swearing flagged).
TUNE_F1_FLOOR = 0.76
HELD_F1_FLOOR = 0.86
SWEARING_CEILING = 0.0


class TestGameChat7Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(probe.HELD_HOSTILE, probe.HELD_CLEAN, probe.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
    )
