"""Shared checks for the fresh-line probes (issue 8): which lines a scorer misses or
flags, and a probe's F1 with its share of untargeted swearing flagged.

Each probe keeps its own lines, known misses and floors; these helpers keep the way
they are counted the same everywhere, so two probes' figures can be compared.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.scoring.scorer import Scorer


def missed(scorer: Scorer, hostile: Iterable[str]) -> set[str]:
    """The hostile lines the scorer leaves unflagged."""
    return {line for line in hostile if not scorer.score(line).hostile}


def flagged(scorer: Scorer, clean: Iterable[str]) -> set[str]:
    """The clean lines the scorer flags."""
    return {line for line in clean if scorer.score(line).hostile}


def assert_known_verdicts(
    scorer: Scorer,
    hostile: Iterable[str],
    clean: Iterable[str],
    known_misses: frozenset[str],
    known_false_flags: frozenset[str],
) -> None:
    """Every line outside the known lists gets its label; the message names the lines that
    moved, so a new miss (or a new false flag) reads straight off the failure."""
    new_misses = missed(scorer, hostile) - known_misses
    new_flags = flagged(scorer, clean) - known_false_flags
    assert not new_misses, sorted(new_misses)
    assert not new_flags, sorted(new_flags)


def f1_and_swearing(
    scorer: Scorer, hostile: tuple[str, ...], clean: tuple[str, ...], swearing: tuple[str, ...]
) -> tuple[float, float]:
    """(F1, share of untargeted swearing flagged): the two figures the held-out game-chat
    floor names."""
    caught = len(hostile) - len(missed(scorer, hostile))
    false_flags = len(flagged(scorer, clean))
    precision = caught / (caught + false_flags)
    recall = caught / len(hostile)
    f1 = 2 * precision * recall / (precision + recall)
    return f1, len(flagged(scorer, swearing)) / len(swearing)
