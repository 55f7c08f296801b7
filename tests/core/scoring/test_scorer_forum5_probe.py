"""The forum5 probe (issue 8, eleventh session): Reddit-style comments in the shapes of
forum hostility that is longer and less direct than chat, measured at default settings
(`Scorer()`). The lines are in forum5_probe_lines.py and forum5_holdout_lines.py.

On main before the round, the studied part (58 hostile, 42 clean, 14 untargeted
swearing): 27 caught, 2 clean flagged, 0 swearing flagged, F1 0.621. After
targeting_forum5.py: 34 caught, 2 flagged (both flagged on main too), 0 swearing,
F1 0.723 ("clowns" was left out of the plural names: "the clowns who came to the
party were amazing").

The held-back part (45 hostile, 40 clean, 12 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 21 caught, 0
flagged, 0 swearing flagged, F1 0.636; after, 23 caught, 0 flagged, 0 swearing
flagged, F1 0.676. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import forum5_holdout_lines as held
from tests.core.scoring import forum5_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "clowns" (a plain word too); sneers with no hostile word ("imagine typing all that",
# "tell me you've never had a job"), group words no list has ("manbabies", "tankies ...
# lunatics", "anti vaxxers"), a person named by a role in a longer sentence ("the author
# is clearly a halfwit"), accusations ("a paid troll", "astroturfer") and profanity told
# to go ("fuck right off").
KNOWN_MISSES: frozenset[str] = frozenset({
    "not sure why anyone upvoted this, the author is clearly a halfwit",
    "imagine typing all that and still being wrong, couldn't be me",
    "bro really woke up and chose stupidity today",
    "the confidence of someone this uninformed is honestly impressive",
    "tell me you've never had a job without telling me you've never had a job",
    "sir this is a wendy's, nobody cares about your manifesto",
    "this is what happens when you let children post on reddit",
    "ok grandpa, time for your nap",
    "gamers are the whiniest manbabies in existence",
    "all these influencers are talentless parasites",
    "anti vaxxers are too stupid to be allowed to breed",
    "city people are soft, useless and entitled",
    "you people are exhausting and should be ignored",
    "the geniuses downvoting me can't even read",
    "this account is obviously a bot or a paid troll",
    "nice try, astroturfer, nobody buys it",
    "mate you can fuck right off with that attitude",
    "I don't care what your flair says, you're a fucking tool",
    "must be hard going through life with two brain cells",
    "talking to you is like talking to a brick wall with less intelligence",
})  # fmt: skip
# Both flagged on main before the round: "moronic" said of a law, and "nobody asked" read
# as a put-down with no one to aim at.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "that law is moronic and everyone knows it won't work",
    }
)

TUNE_F1_FLOOR = 0.72
HELD_F1_FLOOR = 0.67
SWEARING_CEILING = 0.0  # none of the untargeted swearing is flagged


class TestForum5Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=0,  # none flagged at the end of the round
    )
