"""The leftovers8 probe (issue 8): the Discord chat shapes the seventh session left
misread, measured at default settings (`Scorer()`), with `mentions_someone=True` for
lines with a user mention and `is_reply=True` for the *_REPLY lines, as
bot/discord/message_scoring.py passes them. The lines are in leftovers8_probe_lines.py
and leftovers8_holdout_lines.py.

On main before the round, the studied part (64 hostile, 58 clean): 36 caught (recall
0.562), 8 clean flagged, F1 0.667. After targeting_leftovers8.py and its lexicon lines:
61 caught (recall 0.953), 1 flagged, F1 0.968.

The held-back part (42 hostile, 40 clean), written after the studied part and before any
rule, measured only at the start and the end, by counts: before, 19 caught, 4 flagged,
F1 0.585; after, 34 caught, 2 flagged, F1 0.872. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import leftovers8_holdout_lines as held
from tests.core.scoring import leftovers8_probe_lines as probe
from tests.core.scoring.probe_checks import ReplyPart, f1

# The studied part's misses after the round: a pile-on whose person is a mention's
# possessive ("spam <@...>'s dms"). Harm to a belonging named apart from the verb ("break
# every window in your house") and a name the ordinary-word list knows ("sarah is so
# ugly lol") are caught since targeting_chat9.py.
KNOWN_MISSES: frozenset[str] = frozenset({f"everyone go spam {probe.M}'s dms"})
# A pet called by its name with nothing in the message saying it is a pet: nothing tells
# it from "emma is so ugly lol" (a person), so it is left flagged.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"mochi is so ugly lol"})

TUNE_F1_FLOOR = 0.96
HELD_F1_FLOOR = 0.87
HELD_RECALL_FLOOR = 0.80
HELD_MAX_FLAGGED = 2


STUDIED = ReplyPart(
    probe.TUNE_HOSTILE, probe.TUNE_HOSTILE_REPLY, probe.TUNE_CLEAN, probe.TUNE_CLEAN_REPLY
)
HELD = ReplyPart(held.HELD_HOSTILE, held.HELD_HOSTILE_REPLY, held.HELD_CLEAN, held.HELD_CLEAN_REPLY)


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    missed, flagged = STUDIED.verdicts(scorer)
    assert missed == KNOWN_MISSES, sorted(missed ^ KNOWN_MISSES)
    assert flagged == KNOWN_FALSE_FLAGS, sorted(flagged ^ KNOWN_FALSE_FLAGS)


def test_studied_part_floor(scorer: Scorer) -> None:
    missed, flagged = STUDIED.verdicts(scorer)
    assert f1(STUDIED.hostile_count(), len(flagged), len(missed)) >= TUNE_F1_FLOOR


def test_held_back_part_floor(scorer: Scorer) -> None:
    missed, flagged = HELD.verdicts(scorer)
    hostile = HELD.hostile_count()
    assert f1(hostile, len(flagged), len(missed)) >= HELD_F1_FLOOR
    assert (hostile - len(missed)) / hostile >= HELD_RECALL_FLOOR
    assert len(flagged) <= HELD_MAX_FLAGGED


def test_probe_lines_are_distinct() -> None:
    lines = STUDIED.lines() + HELD.lines()
    assert len(set(lines)) == len(lines)
