"""The insult-precision probe (issue 8): comment-section talk in the register of news and
forum comments, measured at default settings (`Scorer()`); the lines are in
insprec_probe_lines.py.

On main before the round, the studied part (76 hostile, 123 clean, 40 of them untargeted
swearing): 59 caught (recall 0.776), 4 clean flagged, F1 0.849, swearing 1 of 40. After
targeting_insprec.py and its benign and [thing] lines: 59 caught, 2 flagged, F1 0.861,
swearing 1 of 40 ("this phone is a piece of crap" and "their defense was pathetic
tonight" now judge things).

The held-back part (38 hostile, 40 clean, 12 of them swearing), written before any rule
and never read for misses: before, 30 caught, 1 flagged, F1 0.870, swearing 0 of 12;
after, the same. Only floors are kept for it; the studied part keeps its known misses
as data.
"""

from __future__ import annotations

from tests.core.scoring import insprec_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses, by shape: a public role the person nouns do not list ("the
# mayor", "that columnist", "the governor", "the poster above"), a bare name as subject
# ("Obama is a fraud"), a put-down with no hostile word ("do the world a favor and stop
# breathing", "your mother should have kept you in the basement"), and Italian said of
# a role ("il sindaco è un ladro e un buffone").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "do the world a favor and stop breathing",
        "il sindaco è un ladro e un buffone",
        "the author of this article is an ignorant hack",
        "the governor is a pathetic joke",
        "the troll above needs to get a life",
        "what an ass this politician is",
        "you're nothing but a paid shill", "your mother should have kept you in the basement",
    }
)  # fmt: skip
# Banter read as aimed ("lol you crazy bastard, congrats") and an interjection read as a
# name-call ("son of a bitch, the power went out").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "lol you crazy bastard, congrats on the new job",
    }
)

# Floors: this round's figures (F1 and the share of untargeted swearing flagged).
TUNE_F1_FLOOR = 0.86
HELD_F1_FLOOR = 0.869
TUNE_SWEARING_CEILING = 1 / 40
HELD_SWEARING_CEILING = 0.0


class TestInsPrecProbe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(probe.HELD_HOSTILE, probe.HELD_CLEAN, probe.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=TUNE_SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
    )
