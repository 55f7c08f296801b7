"""The italian4 probe's measured verdicts as floors (issue 8): a later change may raise
them, not lower them. Default settings, before the italian4 rules: tuning part 88/117
hostile caught, 70/73 clean kept clean; held-back batch 33/45 and 35/35. After: 99/117,
72/73; held-back 35/45 and 35/35 (the two it gained are shapes, not studied lines: a role
after an elided article, "l'allenatore è un deficiente patentato", and a complement after
the noun, "la tipa di ieri è una zoccola"). On an Italian-only server: before 87/117,
68/73, 32/45, 35/35; after 98/117, 72/73, 34/45, 35/35.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from tests.core.scoring.italian4_probe_lines import (
    HELD_CLEAN,
    HELD_HOSTILE,
    TUNE_CLEAN,
    TUNE_HOSTILE,
)


@pytest.fixture(scope="module")
def italian_only() -> Scorer:
    return Scorer(ScorerConfig(languages=("it",)))


def _right(scorer: Scorer, lines: tuple[str, ...], hostile: bool) -> int:
    flagged = sum(scorer.score(line).hostile for line in lines)
    return flagged if hostile else len(lines) - flagged


@pytest.mark.parametrize(
    ("lines", "hostile", "floor"),
    [
        (TUNE_HOSTILE, True, 99),
        (TUNE_CLEAN, False, 72),
        (HELD_HOSTILE, True, 35),
        (HELD_CLEAN, False, 35),
    ],
)
def test_probe_floor(scorer: Scorer, lines: tuple[str, ...], hostile: bool, floor: int) -> None:
    right = _right(scorer, lines, hostile)
    assert right >= floor, (right, len(lines))


@pytest.mark.parametrize(
    ("lines", "hostile", "floor"),
    [
        (TUNE_HOSTILE, True, 98),
        (TUNE_CLEAN, False, 72),
        (HELD_HOSTILE, True, 34),
        (HELD_CLEAN, False, 35),
    ],
)
def test_probe_floor_italian_only(
    italian_only: Scorer, lines: tuple[str, ...], hostile: bool, floor: int
) -> None:
    right = _right(italian_only, lines, hostile)
    assert right >= floor, (right, len(lines))


def test_probe_is_fresh_and_big_enough() -> None:
    lines = TUNE_HOSTILE + TUNE_CLEAN + HELD_HOSTILE + HELD_CLEAN
    assert len(lines) >= 250
    assert len(HELD_HOSTILE + HELD_CLEAN) >= 80
    assert len(set(lines)) == len(lines)
