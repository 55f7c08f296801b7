"""The italian39 probe (issue 8): Italian hate against an identity group in the round's
shapes (a group kept out or denied a right: "i gay non devono adottare", "togliamo la
cittadinanza agli immigrati", "vietato l'ingresso ai rom", "rimpatriamo tutti gli
immigrati"; hate said in an idiom: "mi stanno sul cazzo gli ebrei", "non posso soffrire
i musulmani") and clean lines that look alike (the same words of people who are no
identity group, of things or of oneself, denied, kind, reported, asked), measured at
default settings (`Scorer()`). The lines are in italian39_probe_lines.py and
italian39_holdout_lines.py.

On base32 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 4 caught, 1 clean flagged ("odio profondamente le cipolle": "profondamente"
read as words run together, "men" among them), 0 swearing flagged. After
targeting_italian39.py, its lexicon lines and the "-mente" guard in matching.py: 32
caught, 0 flagged, 0 swearing flagged (the three left: "i neri non possono entrare qui",
"can" being kept out of the modal frame as it tells laws and customs; "i musulmani non
devono costruire moschee", italian37's "moschee" read first; "le donne non dovrebbero
fare politica", no right word).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 11 caught, 3 flagged,
0 swearing flagged; after, 34 caught, 2 flagged, 0 swearing flagged (counted once,
after every rule was final and the scorer suite passed; its lines were not read).
Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian39_holdout_lines as held
from tests.core.scoring import italian39_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: the studied "can", "moschee" and "fare politica" lines.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "i neri non possono entrare qui",
        "i musulmani non devono costruire moschee",
        "le donne non dovrebbero fare politica",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.95  # 32 of 35 caught, 0 flagged: 0.955
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 34  # the final count (11 at the start)
HELD_FLAGGED_CAP = 2  # the final count (3 at the start)


class TestItalian39Probe(ProbeRoundChecks):
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
