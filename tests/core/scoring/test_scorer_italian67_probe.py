"""The italian67 probe (issue 8): a named group called Nazis in Italian, said to be Nazis
("gli ucraini sono tutti nazisti", "gli ebrei sono un popolo di nazisti") or with
"nazisti" right before or after its name ("i nazisti ucraini", "sti russi nazisti": left
alone, see KNOWN_MISSES), the
clean lines in the same words (history, the Nazis themselves, negations, reports,
counter-speech, questions and neutral mentions), and friendly swearing, measured at
default settings (`Scorer()`). The lines are in italian67_probe_lines.py and
italian67_holdout_lines.py.

On 7d8246cf before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After targeting_italian67.py:
18 caught, 0 flagged, 0 swearing flagged (32 caught with "nazisti" beside a group's name
read too, a shape left alone for the dev data's precision).

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on 7d8246cf, 1 of 40 caught, 0 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
tests): 20 of 40 caught, 0 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept
for it.
"""

from __future__ import annotations

from tests.core.scoring import italian67_holdout_lines as held
from tests.core.scoring import italian67_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# "israeliani" is no group the cue lists name (only "sionisti"). "Nazisti" only beside a
# group's name is left alone: read at the group it flagged as many news lines that
# it_multa_telegram labels clean (precision -2.3 points, "none" +0.6 points).
KNOWN_MISSES: frozenset[str] = frozenset({
    "gli israeliani sono nazisti",
    "i nazisti ucraini bombardano il donbass",
    "fermate i nazisti ucraini",
    "il genocidio compiuto dai nazisti ucraini",
    "i russi nazisti invadono tutto",
    "sti ebrei nazisti",
    "ucraini nazisti",
    "nazisti ucraini ovunque",
    "gli americani nazisti comandano l europa",
    "la nato difende i nazisti ucraini",
    "i sionisti nazisti uccidono bambini",
    "ancora armi ai nazisti ucraini",
    "basta soldi ai neonazisti ucraini",
    "quei russi nazisti",
    "israele aiuta i nazisti ucraini",
    "i nazisti israeliani",
    "sti neonazisti ucraini",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.67  # 18 of 35 caught, 0 flagged: 0.679
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing

HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 20  # the final count (1 of 40 on 7d8246cf)
HELD_FLAGGED_CAP = 0  # the final count (0 of 40 on 7d8246cf)


class TestItalian67Probe(ProbeRoundChecks):
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
