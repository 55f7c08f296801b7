"""The olid6 probe (issue 8, ninth session): OLID- and forum-shaped lines in four shapes
of attack on a person or group (a person called a liar, fraud, disgrace...; the reader
given a negative description; profanity aimed at someone; contempt for a political
group), measured at default settings (`Scorer()`); the lines are in olid6_probe_lines.py,
olid6_holdout_lines.py and olid6_holdout2_lines.py.

On main before the round, the studied part (64 hostile, 60 clean, 20 of them untargeted
swearing): 49 caught, 3 clean flagged, F1 0.845, swearing 1 of 20. After the round's
first part: 56 caught, 3 flagged, F1 0.911; after its second part: 60 caught, 3 flagged,
F1 0.945, swearing 1 of 20.

The held-back part (45 hostile, 45 clean, 15 of them swearing), written before any rule
and counted only at the start and the end, never read for misses: before, 37 caught, 0
flagged, F1 0.902, swearing 0 of 15; after, 41 caught, 0 flagged, F1 0.953, swearing 0
of 15. Its end count was taken after the first part; two of that part's phrases were
then left out (see the round's commits) and the second part added: only its floors,
still met, are checked since.

The second part has its own studied lines (12 hostile, 13 clean: before 2 caught, 0
flagged; after 7 caught, 0 flagged) and a second held-back batch (40 hostile, 40 clean,
10 of them swearing), written before the second part's rules: before, 9 caught, 0
flagged; after, 31 caught, 0 flagged, swearing 0 of 10. A third person's "ass" ("beat
his ass") was tried and left out: it flagged Civil Comments' and Gab's profanity-only
controls, so those lines stay missed.

Only floors are kept for the held-back batches; the studied parts keep their known
misses as data.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import olid6_holdout2_lines as held2
from tests.core.scoring import olid6_holdout_lines as held
from tests.core.scoring import olid6_probe_lines as probe
from tests.core.scoring.probe_checks import (
    Part,
    ProbeRound,
    ProbeRoundChecks,
    assert_known_verdicts,
    flagged,
    missed,
)

# The studied part's misses after the round, by shape: a description with no word the
# lexicon knows ("not a real christian"), a curse at a name the lexicon knows as a word
# ("fuck Trump"), and a political group called a name the group rules do not reach
# ("MAGA people are brainwashed", "conservatives are racists": "racist" is read as
# calling out prejudice).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "@USER you are not a real christian", "@USER fuck Trump",
        "@USER MAGA people are brainwashed", "@USER conservatives are racists",
    }
)  # fmt: skip
# The second part's studied misses: a third person's "ass" (left out, see above) and an
# exclamation whose noun is no name-call ("what a pathetic little man").
KNOWN_MISSES2: frozenset[str] = frozenset(
    {
        "@USER I hope they beat his ass", "@USER kick her sorry ass out",
        "@USER lock their corrupt asses up", "@USER somebody whoop his ass",
        "@USER what a pathetic little man",
    }
)  # fmt: skip
# Flagged before the round too: a curse word before a judging word read as aimed, a
# name-call whose clause goes on past "but", a question answered with a hedge.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "@USER he is a loser in the election but a good man",
        "@USER is he a hypocrite? maybe not",
    }
)  # fmt: skip

TUNE_F1_FLOOR = 0.94
HELD_CAUGHT_FLOOR = 41
HELD_FLAGGED_CEILING = 0
HELD2_CAUGHT_FLOOR = 31
HELD2_FLAGGED_CEILING = 0


class TestOlid6Probe(ProbeRoundChecks):
    """The first part; the second part's batches are checked by the functions below."""

    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=1 / len(probe.TUNE_SWEARING),  # "fucking ridiculous weather"
        held_swearing_ceiling=0.0,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CEILING,
    )


def test_second_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, probe.TUNE2_HOSTILE, probe.TUNE2_CLEAN, KNOWN_MISSES2, frozenset()
    )


def test_second_held_back_batch_floor(scorer: Scorer) -> None:
    caught = len(held2.HELD2_HOSTILE) - len(missed(scorer, held2.HELD2_HOSTILE))
    assert caught >= HELD2_CAUGHT_FLOOR
    assert len(flagged(scorer, held2.HELD2_CLEAN)) <= HELD2_FLAGGED_CEILING
    assert not flagged(scorer, held2.HELD2_SWEARING)


def test_probe_lines_are_distinct() -> None:
    lines = (
        probe.TUNE_HOSTILE + probe.TUNE_CLEAN + probe.TUNE2_HOSTILE + probe.TUNE2_CLEAN
        + held.HELD_HOSTILE + held.HELD_CLEAN + held2.HELD2_HOSTILE + held2.HELD2_CLEAN
    )  # fmt: skip
    repeated = {line for line in lines if lines.count(line) > 1}
    assert repeated == {"@USER what a loser"}  # studied above, and in the second batch
