"""The italian36 probe (issue 8): Italian (and English) hate against identity groups in
the round's shapes (disgust at a group's ordinary act: "mi fa schifo vedere due gay che
si baciano", "è disgustoso che i gay si bacino in pubblico"; contact or a chance refused
to a member: "non voglio un collega gay", "non darei mai lavoro a un nero", "non farei
mai giocare mio figlio con un rom", "I wouldn't let my kids play with black kids") and
clean lines that look alike (the same words at no group, at oneself or a thing, denied,
kind, reported, asked, quoted), measured at default settings (`Scorer()`). The lines are
in italian36_probe_lines.py and italian36_holdout_lines.py.

On base29 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian36.py
and its lexicon lines: 33 caught, 0 flagged, 0 swearing flagged (the two left have no
refusal term of this round: "no way I'm letting my kids play with gypsy kids", and "I
would never let my daughter date a black guy", whose "would never let" was dropped
because hatecheck15's and hateprobe7's rules read that phrase's shapes).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 8 caught, 0 flagged,
0 swearing flagged; after, 32 caught, 0 flagged, 0 swearing flagged. Only floors are
kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian36_holdout_lines as held
from tests.core.scoring import italian36_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: refusals said without a refusal term of this round.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "no way I'm letting my kids play with gypsy kids",
        "I would never let my daughter date a black guy",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.97  # 33 of 35 caught, 0 flagged: 0.971
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (8 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestItalian36Probe(ProbeRoundChecks):
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
