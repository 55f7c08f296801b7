"""The precision14 probe (issue 8, thirteenth session): mostly clean lines in shapes of
false flags from the even rows of insults_train, hatexplain and gab_hate, with hostile
lines of nearby shapes that must stay flagged, measured at default settings
(`Scorer()`). The lines are in precision14_probe_lines.py and precision14_holdout_lines.py.

First three shapes ("the fuck you" as a question's emphasis, "X is a bitch" of a thing,
an apology for a past name-call). On main before the round, the studied part (16
hostile, 24 clean, 6 untargeted swearing): 15 caught, 13 clean flagged, 0 swearing
flagged. After: 15 caught, 4 flagged, 0 swearing.

The held-back part (40 hostile, 40 clean, 6 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 38 caught, 15
flagged, 0 swearing flagged; after, 38 caught, 5 flagged (four of them "why the fuck
you ...", left to insults12's reading), 0 swearing flagged.
"""

from __future__ import annotations

from tests.core.scoring import precision14_holdout_lines as held
from tests.core.scoring import precision14_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "not sorry": an older negation rule reads the apology denied as the name-call denied.
KNOWN_MISSES: frozenset[str] = frozenset({"not sorry i called you a clown, you are one"})
# "why the fuck you ...": insults12 and controls9 pin it as blame aimed at the reader
# (their tests); left to them. "justice is a bitch if you are a criminal": the "you" of
# a generic condition is read as the reader.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "why the fuck you have to bad mouth this guy", "why the fuck you always late",
    "why the fuck you buy that skin", "justice is a bitch if you are a criminal lol",
})  # fmt: skip

TUNE_F1_FLOOR = 0.85
SWEARING_CEILING = 0.0
HELD_CAUGHT_FLOOR = 38  # of 40, as at the start: the round clears, it must not miss more
HELD_FLAGGED_CAP = 5  # of 40 (15 before the round)


class TestPrecision14Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )


# The fourth shape (added mid-round, its held-back batch written before its rule): a
# transcript line. The Miami line's quote runs past QUOTE_REACH; "the group chat" names
# no person.
TRANSCRIPT_KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "Most common things Miami Heat fans say: 1) Lebron is the GOAT 2) You are just a hater",
    "the group chat: you're a clown",
})  # fmt: skip
TRANSCRIPT_F1_FLOOR = 0.90
TRANSCRIPT_HELD_CAUGHT_FLOOR = 20  # of 20
TRANSCRIPT_HELD_FLAGGED_CAP = 6  # of 20 (18 before the rule)


class TestPrecision14TranscriptProbe(ProbeRoundChecks):
    """Before the rule: studied 10 of 10 hostile caught, 10 of 10 clean flagged; held
    back 20 of 20 caught, 18 of 20 flagged (counted before the rule). After: studied 10
    of 10, 2 flagged; held back 20 of 20 caught, 6 of 20 flagged (two of them the
    writer's own "me: ..." answer, flagged by design)."""

    ROUND = ProbeRound(
        studied=Part(
            probe.TUNE_TRANSCRIPT_HOSTILE, probe.TUNE_TRANSCRIPT_CLEAN, probe.TUNE_SWEARING
        ),
        held=Part(held.HELD_TRANSCRIPT_HOSTILE, held.HELD_TRANSCRIPT_CLEAN, held.HELD_SWEARING),
        known_misses=frozenset(),
        known_false_flags=TRANSCRIPT_KNOWN_FALSE_FLAGS,
        studied_f1_floor=TRANSCRIPT_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_caught_floor=TRANSCRIPT_HELD_CAUGHT_FLOOR,
        held_flagged_cap=TRANSCRIPT_HELD_FLAGGED_CAP,
    )
