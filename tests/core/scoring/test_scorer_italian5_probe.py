"""The italian5 probe (issue 8): Italian group hate in a functional suite's shapes (women,
gay people, migrants, Roma, Muslims, Jewish people, disabled people, black people,
southern Italians) and chat hostility (insults, textspeak, threats), with clean
counterparts (neutral and positive mentions, counter-speech, quoting, negated hate,
friendly profanity), at default settings (`Scorer()`). The lines are in
italian5_probe_lines.py and italian5_holdout_lines.py.

On main before the round, the studied part (114 hostile, 61 clean): 105 caught (recall
0.921), 1 clean flagged, F1 0.955. After targeting_italian5.py, lexicon_italian5.py and
the italian5 lexicon lines: 110 caught (recall 0.965), 1 flagged, F1 0.978.

The held-back part (57 hostile, 56 clean; two batches, both written and counted before
any rule changed), measured only at the start and the end, by counts: before, 51 caught,
2 flagged (F1 0.927); after, the same 51 caught and 2 flagged: this round's rules moved
none of its lines. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import italian5_holdout_lines as held
from tests.core.scoring import italian5_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

# The studied part's misses after the round: a stereotype asked as a question with no
# hostile word ("non hanno voglia di lavorare"), the chat truncation "cogl" (as a word
# the spelling rules read it inside "coglioneria"), a mild word left out ("poveraccio")
# and an identity made a condition ("se sei gay sei malato").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "sei 1 cogl",
        "se sei gay sei malato",
    }
)  # fmt: skip
# Banter taken back in the same line: "fate schifo" is read before "scherzo".
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({})

HELD_CAUGHT_FLOOR = 51  # of 57
HELD_FLAGGED_CEILING = 2  # of 56


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, probe.TUNE_HOSTILE, probe.TUNE_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
    )


def test_held_back_part_floor(scorer: Scorer) -> None:
    caught = len(held.HELD_HOSTILE) - len(missed(scorer, held.HELD_HOSTILE))
    assert caught >= HELD_CAUGHT_FLOOR
    assert caught / len(held.HELD_HOSTILE) >= 0.5  # the held-out Italian floor
    assert len(flagged(scorer, held.HELD_CLEAN)) <= HELD_FLAGGED_CEILING


def test_probe_lines_are_distinct() -> None:
    lines = probe.TUNE_HOSTILE + probe.TUNE_CLEAN + held.HELD_HOSTILE + held.HELD_CLEAN
    assert len(set(lines)) == len(lines)
