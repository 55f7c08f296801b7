"""The insults8 probe (issue 8): comment-section replies like the insult set's, a
put-down aimed at the person replied to, often with no classic insult word; the clean
lines are heated disagreement about ideas, profanity aimed at nothing, self-deprecation
and quoting. Measured at default settings (`Scorer()`); the lines are in
insults8_probe_lines.py (studied) and insults8_holdout_lines.py (held back).

On main before the round, the studied part (68 hostile, 52 clean, 12 of them
untargeted swearing): 41 caught, 1 clean flagged, F1 0.745, swearing 0 of 12. After
targeting_insults8.py and the "insults8" lexicon lines: 60 caught, 1 flagged, F1 0.930,
swearing 0 of 12.

The held-back part (42 hostile, 42 clean, 6 of them swearing), written before any rule
and never read for misses: before, 22 caught, 1 flagged, F1 0.677; after, 30 caught, 1
flagged, F1 0.822; swearing 0 of 6 both times. After that count the scorer suite found
"idea" made a hit word by the first phrases (it changed how "la tua idea è stupida come
te" is read), so the phrases became "what you're talking about" read after "no idea" /
"no clue", and the "... what you're saying" lines went; this floor test then read the
held-back F1 as 0.806 (a third look, by the figure only; no line was read and nothing
changed after it). Only floors are kept for it; the studied part keeps its known misses
as data.
"""

from __future__ import annotations

from tests.core.scoring import insults8_holdout_lines as held
from tests.core.scoring import insults8_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: a put-down no rule reads ("take
# your meds", "reading comprehension isn't your strong suit", "how can anyone be this
# stupid"), the reader's ignorance with "your post" as subject ("... proves how little
# you know": left out, an even-half row of the insult set labelled clean holds it), a phrase
# the lists lack ("no one gives a damn what you think", "well done, captain obvious":
# a comma parts the phrase), a third person's basement ("typed from his parents'
# basement") and "shill" below the flag line.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "take your meds",
        "typed from his parents' basement no doubt",
        "you're nothing but a shill", "your post just proves how little you know",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.93
HELD_F1_FLOOR = 0.80
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0


class TestInsults8Probe(ProbeRoundChecks):
    # This round counted its swearing lines among the clean ones for F1.
    ROUND = ProbeRound(
        studied=Part(
            probe.TUNE_HOSTILE, probe.TUNE_CLEAN + probe.TUNE_SWEARING, probe.TUNE_SWEARING
        ),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN + held.HELD_SWEARING, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
    )
