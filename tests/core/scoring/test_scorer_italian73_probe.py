"""The italian73 probe (issue 8): the first person plural in Italian. A negated verb of
bearing or a fed-up phrase of "us" with a named group after it, or before its clitic, is
aimed at the group ("noi non sopportiamo gli ebrei", "siamo stufi degli immigrati", "non
ne possiamo più degli zingari", "gli zingari non li tolleriamo"); a negated first-plural
opinion or saying verb before "che" denies the claim ("non pensiamo che i neri siano
inferiori"); a name-call asked after ("chi ti ha detto che sei un mezzo uomo?") or said
and denied ("quello è un coglione, dice mio padre, ma non è vero") is another's words.
The clean lines use the same words (things, counter-speech, reports, denials, praise) and
friendly swearing, measured at default settings (`Scorer()`). The lines are in
italian73_probe_lines.py and italian73_holdout_lines.py.

On 156dda74 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 0 caught, 8 clean flagged, 0 swearing flagged. After targeting_italian73.py and
the round's Italian lexicon lines: 34 caught, 0 flagged, 0 swearing flagged ("siamo tutti
stufi degli stranieri", a word inside the phrase, is left for later).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 156dda74, 1 of 40 caught, 8 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing tests):
39 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import italian73_holdout_lines as held
from tests.core.scoring import italian73_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({"siamo tutti stufi degli stranieri"})
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.98  # 34 of 35 caught, 0 flagged: F1 0.986
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 39  # the final count (1 of 40 on 156dda74)
HELD_FLAGGED_CAP = 0  # the final count (8 of 40 on 156dda74)


class TestItalian73Probe(ProbeRoundChecks):
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
