"""The olid6 probe (issue 8, ninth session): OLID- and forum-shaped lines in four shapes
of attack on a person or group (a person called a liar, fraud, disgrace...; the reader
given a negative description; profanity aimed at someone; contempt for a political
group), measured at default settings (`Scorer()`); the lines are in olid6_probe_lines.py
and olid6_holdout_lines.py.

On main before the round, the studied part (64 hostile, 60 clean, 20 of them untargeted
swearing): 49 caught, 3 clean flagged, F1 0.845, swearing 1 of 20. After
targeting_olid6.py: 56 caught, 3 flagged, F1 0.911, swearing 1 of 20.

The held-back part (45 hostile, 45 clean, 15 of them swearing), written before any rule
and counted only at the start and the end, never read for misses: before, 37 caught, 0
flagged, F1 0.902, swearing 0 of 15; after, 41 caught, 0 flagged, F1 0.953, swearing 0
of 15. Only floors are kept for it; the studied part keeps its known misses as data.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import olid6_holdout_lines as held
from tests.core.scoring import olid6_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1, flagged, missed

# The studied part's misses after the round, by shape: an exclamation at a mention whose
# noun weighs just under the line ("what a clown"), descriptions with no word the lexicon
# knows ("a puppet for the NRA", "everything wrong with this country", "zero
# credibility", "not a real christian"), a curse at a name the lexicon knows as a word
# ("fuck Trump"), and a political group called a name the group rules do not reach
# ("MAGA people are brainwashed", "conservatives are racists": "racist" is read as
# calling out prejudice).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "@USER what a clown", "@USER he's a puppet for the NRA",
        "@USER you are everything wrong with this country",
        "@USER you have zero credibility", "@USER you are not a real christian",
        "@USER fuck Trump", "@USER MAGA people are brainwashed",
        "@USER conservatives are racists",
    }
)  # fmt: skip
# Flagged before the round too: a curse word before a judging word read as aimed, a
# name-call whose clause goes on past "but", a question answered with a hedge.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "@USER fucking ridiculous weather",
        "@USER he is a loser in the election but a good man",
        "@USER is he a hypocrite? maybe not",
    }
)  # fmt: skip

TUNE_F1_FLOOR = 0.91
HELD_CAUGHT_FLOOR = 41
HELD_FLAGGED_CEILING = 0


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
    )


def test_studied_part_floor(scorer: Scorer) -> None:
    hostile, clean = probe.TUNE_HOSTILE, probe.TUNE_CLEAN
    score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
    assert score >= TUNE_F1_FLOOR
    assert len(flagged(scorer, probe.TUNE_SWEARING)) <= 1  # "fucking ridiculous weather"


def test_held_back_part_floor(scorer: Scorer) -> None:
    caught = len(held.HELD_HOSTILE) - len(missed(scorer, held.HELD_HOSTILE))
    assert caught >= HELD_CAUGHT_FLOOR
    assert len(flagged(scorer, held.HELD_CLEAN)) <= HELD_FLAGGED_CEILING
    assert not flagged(scorer, held.HELD_SWEARING)


def test_probe_lines_are_distinct() -> None:
    lines = probe.TUNE_HOSTILE + probe.TUNE_CLEAN + held.HELD_HOSTILE + held.HELD_CLEAN
    assert len(set(lines)) == len(lines)
