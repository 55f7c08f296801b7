"""The vulgar-controls probe (issue 8): forum and social-media swearing aimed at nobody
(untargeted vulgarity, swearing at situations and things, intensifiers, words mentioned,
sexual talk, quotes), English and Italian, beside the same words aimed at people, measured
at default settings (`Scorer()`); the lines are in vulgar_probe_lines.py.

On main before the round, the studied part (144 + 30 clean, 77 + 15 hostile): 7 clean
lines flagged (6 English, 1 Italian), 10 hostile missed. After targeting_vulgar.py: 2
clean flagged, 10 missed (no hostile line lost).

The held-back part (40 clean, 40 hostile), written before any rule changed and measured
only at the start and the end, never read for misses: 1 clean flagged and 0 missed
before; 1 flagged and 0 missed after. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import vulgar_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

# Friendly ribbing with "you": the rules read the vocative as aimed (no rule here).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"haha you dirty bastard, good one"})
# Misses, none of them this round's shapes: a threat with "fucking" inside it, a
# relative clause's subject ("the idiot who wrote this"), "everyone in this thread",
# an exclamation about "this guy" after the name-call, words the lexicon weighs low.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "your opinion is shit just like you", "the author is a clueless hack and a liar",
        "fat bitch can't even run",
    }
)  # fmt: skip

# Floors: this round's figures on the held-back part.
HELD_FLAGGED_CEILING = 1
HELD_MISSED_CEILING = 0


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        probe.TUNE_HOSTILE + probe.TUNE_HOSTILE_IT,
        probe.TUNE_CLEAN + probe.TUNE_CLEAN_IT,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_held_back_part_floors(scorer: Scorer) -> None:
    assert len(flagged(scorer, probe.HELD_CLEAN)) <= HELD_FLAGGED_CEILING
    assert len(missed(scorer, probe.HELD_HOSTILE)) <= HELD_MISSED_CEILING


def test_probe_lines_are_distinct() -> None:
    lines = (
        probe.TUNE_CLEAN + probe.TUNE_CLEAN_IT + probe.TUNE_HOSTILE + probe.TUNE_HOSTILE_IT
        + probe.HELD_CLEAN + probe.HELD_HOSTILE
    )  # fmt: skip
    assert len(set(lines)) == len(lines)
