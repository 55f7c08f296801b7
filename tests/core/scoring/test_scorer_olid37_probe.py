"""The olid37 probe (issue 8): one person put down in tweets in shapes the older rules
read as no one's, an exclamation with the person after the put-down ("what a sore loser
she is", "what a fraud that man is", "it proves what a liar he is"; left to the older
rounds, see below) and a person shown up by their own doing ("she has shown herself to
be a narcissist", "he proved himself a total fraud", "he keeps making a fool of
himself"); the clean lines in the same words
(praise, a thing, the writer, asked, denied, reported) and untargeted swearing with "what
a", measured at default settings (`Scorer()`). The lines are in olid37_probe_lines.py and
olid37_holdout_lines.py.

On e65ebfa8 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 6 caught, 0 clean flagged, 0 swearing flagged. After targeting_olid37.py: 22
caught, 0 flagged, 0 swearing flagged. The 13 misses are the exclamations with a pronoun
after the put-down ("what a sore loser she is"): a first rule caught them all but broke
older rounds' lines that keep "what a loser he is" clean on purpose
(test_scorer_precision, test_scorer_forum25_rules, test_scorer_olid5_rules, fixes7), so
it was dropped; "what a fraud that man is" was forum25's already.

The held-back part, written at the same time as the studied part and before any rule,
counted only at the start and the end: on e65ebfa8, 5 of 40 caught, 1 of 40 flagged, 0 of
6 swearing flagged. After (counted once, after the last change and the passing suite):
20 of 40 caught, 1 of 40 flagged, 0 of 6 swearing flagged. Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import olid37_holdout_lines as held
from tests.core.scoring import olid37_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# An exclamation with a pronoun after the put-down: kept clean by older rounds on purpose.
KNOWN_MISSES: frozenset[str] = frozenset({
    "what an idiot he is", "what a clown she is", "@USER what a fraud he is",
    "what a sore loser she is lol", "what a pathetic liar he is",
    "wow what a hypocrite she is", "what a miserable hag she is smh",
    "omg what a moron he is", "just showing the world what a sore loser she is",
    "it proves what a fraud he is", "every interview shows what a liar he is",
    "now we all know what a coward she is", "what a spoiled brat she is",
})  # fmt: skip
# Every studied clean line stays clean.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.77  # 22 of 35 caught, 0 flagged: 0.772
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 20  # the final count (5 of 40 on e65ebfa8)
HELD_FLAGGED_CAP = 1  # the final count (1 of 40 on e65ebfa8)


class TestOlid37Probe(ProbeRoundChecks):
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
