"""The forum33 probe (issue 8): forum and social posts that derogate an identity group
with no slur and no insult word, in the shapes HateXplain and Gab hold and the older
rules missed: a group cast as sexual predators ("migrant rape gangs", "refugees rape
our women") and as the hidden rulers of a country or the world
("jews run the world", "the jews took over our country"); the clean lines in the same
words (crimes with no group blamed, groups as the victims, facts, counter-speech,
reported claims, everyday running) and friendly swearing, measured at default settings
(`Scorer()`). The lines are in forum33_probe_lines.py and forum33_holdout_lines.py.

On a494d2b5 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 1 clean flagged, 0 swearing flagged. After targeting_forum33.py:
25 caught, 1 flagged, 0 swearing flagged.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on a494d2b5, 2 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 26 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import forum33_holdout_lines as held
from tests.core.scoring import forum33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({
    # the passive with its doer after it: left to the older rules (it flagged as many
    # HateXplain controls, news and retold posts, as it caught)
    "how many more girls have to be raped by muslims before anyone acts",
    "our daughters are being raped by migrants every single day",
    "another teenager raped by a refugee and the media says nothing",
    "she got gang raped by somalis and the police covered it up",
    "every week another child raped by a muslim grooming gang",
    # "grooming gangs" carries no rape word and no ruling line
    "pakistani grooming gangs have ruined thousands of lives",
    # an older phrase ("everything wrong with") shadows the ruling line
    "the jews are behind everything wrong with the west",
    # a cleft with a negation after it reads as unsaid
    "it is the jews who run this country not the voters",
    # a city is no ruled domain of the round's lines
    "muslims have already taken over london",
    # "behind the whole" left out: "whole" as a new index word changed unrelated readings
    "jews are behind the whole immigration scam",
})  # fmt: skip
# A name-call of the man who holds the claim ("what a nutcase"): aimed, as older rules read it.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "he thinks the jews run the world, what a nutcase",
})  # fmt: skip

TUNE_F1_FLOOR = 0.81  # 25 of 35 caught, 1 flagged: 0.820
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 26  # the final count (2 of 40 on a494d2b5)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on a494d2b5)


class TestForum33Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
