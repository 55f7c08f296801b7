"""The eighth game-chat probe (issue 8): chat from games the dev data lacks (League,
Valorant, CS2, Overwatch, Rainbow Six, Rocket League, Apex, Fortnite, CoD, WoW LFG,
Minecraft, World of Tanks) with their flaming slang, all caps and obfuscation, a quarter
Italian, measured at default settings (`Scorer()`); the lines are in
gamechat8_probe_lines.py.

On main before the round, the studied part (235 hostile, 159 clean, 40 of them
untargeted swearing): 176 caught (recall 0.749), 2 clean flagged, F1 0.852, swearing 1
of 40. After targeting_gamechat8.py and the "gamechat8" lexicon lines: 203 caught
(recall 0.864), 2 flagged, F1 0.923, swearing 1 of 40 (the same line).

The held-back part (63 hostile, 52 clean, 13 of them swearing), written before any rule
and never read for misses: before, 45 caught, 0 flagged, F1 0.833, swearing 0 of 13;
after, 51 caught, 0 flagged, F1 0.895, swearing 0 of 13 (53 and 0.914 before a hero
after "this" stopped counting as a player: "this yasuo is trash" may judge the
champion, as test_scorer_gamechat5_rules.py specifies). Only floors are kept for it;
the studied part keeps its known misses as data.
"""

from __future__ import annotations

from tests.core.scoring import gamechat8_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: a word no list holds ("hopeless",
# "mentally challenged", "scared", "thief", "garb"), a rank or a name after the verdict
# ("hardstuck iron kaisa", "boosted monkey"), a put-down with no hostile word ("go back
# to gold nova", "carried by ur duo kid", "she only got diamond cuz her bf played",
# "report this inter", "reported"), a trash can named literally ("ur a trash can"), a
# digit inside a word the typo list lacks ("st0pid"), a verdict before an order
# ("griefer trash get off the server"), "boosted" outside its verdict shapes ("u boosted
# monkey": "you boosted" is also Rocket League's verb) and lines the earlier rules read
# otherwise.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "boosted monkey", "malphite u boosted monkey", "this guy is boosted by his duo 100%",
        "carried by ur duo kid", "ct side full of bots", "default skin trash",
        "eco frag merchant useless", "enemy team is a bunch of cheaters",
        "ff15 this jungler is a feeder", "gay ass team", "git gud scrub", "go back to gold nova",
        "hardstuck iron kaisa",
        "i swear this yasuo is mentally challenged", "lfg: no idiots like the last tank",
        "nice killstreak... NOT u fkin noob", "our entry is so scared lol pathetic",
        "rein ur shield is down cuz ur brain is too", "report this inter", "reported",
        "she only got diamond cuz her bf played",
        "tank doesnt know the route kick him",
        "trash can", "tu sei il motivo per cui perdiamo",
        "u stole my diamonds u thief", "ur a trash can", "ur building is so bad lmao bot",
        "ur garb",
    }
)  # fmt: skip
# "fucking creeper" reads the mob as a player cursed; the joke's retraction comes after
# "he is so bad at this champ".
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"he is so bad at this champ haha im joking he carried"}
)

# Floors: this round's figures (F1 and the share of untargeted swearing flagged).
TUNE_F1_FLOOR = 0.92
HELD_F1_FLOOR = 0.89
SWEARING_CEILING = 0.025  # "fucking creeper": 1 of 40
HELD_SWEARING_CEILING = 0.0


class TestGameChat8Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(probe.HELD_HOSTILE, probe.HELD_CLEAN, probe.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
    )
