"""The insults22 probe (issue 8): a forum commenter called a disguised or split swear word
or name ("you are a PieceOfCrap", "no, you s h i t head", "you azz clown", "stop whining
you p*ssy"), a rarer name-call aimed at the reader ("you dopey twit", "quit talking out
of your rear, you boob", "lick my boots, turd-breath") and sarcastic praise closing in a
put-down ("excellent command of the english language, genius"), the clean lines in the
same words that must stay clean (unaimed, self-directed, sincere praise, asked, negated,
reported), and friendly swearing, measured at default settings (`Scorer()`). The lines
are in insults22_probe_lines.py and insults22_holdout_lines.py.

On d991b7e6 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 27 caught, 1 clean flagged, 0 swearing flagged. After targeting_insults22.py,
insults22_words.py and the round's lexicon lines: 31 caught, 1 flagged, 0 swearing
flagged. The four misses are other shapes: "a total azz" (as "a total ass" is missed), a
stretched "soooo" praise with a tag, a "not" that undoes praise, and "you dope". The one
false flag ("a new douche bag for the gym") is older.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on d991b7e6, 29 of 40 caught, 1 of 40 flagged, 0
of 6 swearing flagged. After (counted once, after the last change and the passing
suite): 32 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import insults22_holdout_lines as held
from tests.core.scoring import insults22_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Other shapes, left to later rounds.
KNOWN_MISSES: frozenset[str] = frozenset({
    "you are a total azz", "you are soooo inteligent, aren't you",
    "such a deep thinker you are, not", "very clever, you dope",
})  # fmt: skip
# An older reading: "douche bag" said of a thing.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"he bought a new douche bag for the gym"})

TUNE_F1_FLOOR = 0.90  # 31 of 35 caught, 1 flagged: 0.925
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 32  # the final count (29 of 40 on d991b7e6)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on d991b7e6 too)


class TestInsults22Probe(ProbeRoundChecks):
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
