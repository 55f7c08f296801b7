"""The phrase11 probe (issue 8): phrases read through a swear word or an intensifier
inside them, English and Italian, measured at default settings (`Scorer()`). The lines
are in phrase11_probe_lines.py and phrase11_holdout_lines.py.

On main before the round, the studied part (56 hostile with the brief's 5, 40 clean, 12
untargeted swearing): 30 caught, 1 clean flagged, 0 swearing flagged, F1 0.690. After
read_through.py: 49 caught, 1 flagged, 0 swearing, F1 0.925.

The held-back part (42 hostile, 42 clean, 11 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 23 caught, 0
flagged, 0 swearing flagged, F1 0.708; after, 38 caught, 1 flagged ("i'll fucking find
you a duo partner": the "i will find you" term's own false flag, as in the studied part),
0 swearing flagged, F1 0.938. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import phrase11_holdout_lines as held
from tests.core.scoring import phrase11_probe_lines as probe
from tests.core.scoring import test_scorer_phrase11_rules as table
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The phrase is missed without the swear word too: lexicon gaps ("esci dal mio server",
# "kill your self", "tornate nel vostro paese", "sei un peso"), not the reading.
# "you're a f*cking embarrassment": a swear word before an abstract noun reads as a
# curse at a thing (targeting_forum.py), a rule of its own.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "esci dal mio cazzo di server",
        "sei proprio un peso",
    }
)  # fmt: skip
# "i will find you a better build" is flagged on main too: the term reads no further.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"i will fucking find you a better build"})

TUNE_F1_FLOOR = 0.92
HELD_F1_FLOOR = 0.93  # set from the final count (0.938)
HELD_CLEAN_FLAGGED_MOST = 1
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_brief_lines_are_caught(scorer: Scorer) -> None:
    """The brief's five lines, all missed on main."""
    assert all(scorer.score(line).hostile for line in probe.BRIEF_HOSTILE)


def test_table_tests_hold_no_held_back_line() -> None:
    held_back = set(held.HELD_HOSTILE + held.HELD_CLEAN + held.HELD_SWEARING)
    assert not set(table.HOSTILE + table.CLEAN) & held_back


class TestPhrase11Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(
            probe.BRIEF_HOSTILE + probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING
        ),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=HELD_CLEAN_FLAGGED_MOST,
    )
