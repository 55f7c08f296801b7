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


def f1(hostile: int, clean_flagged: int, missed_count: int) -> float:
    """F1 from a probe's counts: its hostile lines, clean lines flagged, hostile missed."""
    caught = hostile - missed_count
    precision = caught / (caught + clean_flagged)
    recall = caught / hostile
    return 2 * precision * recall / (precision + recall)


def f1_and_swearing(
    scorer: Scorer, hostile: tuple[str, ...], clean: tuple[str, ...], swearing: tuple[str, ...]
) -> tuple[float, float]:
    """(F1, share of untargeted swearing flagged): the two figures the held-out game-chat
    floor names."""
    score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
    return score, len(flagged(scorer, swearing)) / len(swearing)


def hostile_as_the_bot_scores(scorer: Scorer, line: str, reply: bool) -> bool:
    """The verdict the bot would give: a user mention (not a role; "@USER" in tweets) and
    a reply passed on as the flags the Discord layer sets."""
    mentions = "<@" in line.replace("<@&", "") or "@USER" in line
    return scorer.score(line, mentions_someone=mentions, is_reply=reply).hostile


def reply_probe_verdicts(
    scorer: Scorer, hostile: tuple[str, ...], hostile_reply: tuple[str, ...],
    clean: tuple[str, ...], clean_reply: tuple[str, ...],
) -> tuple[set[str], set[str]]:  # fmt: skip
    """(missed hostile lines, flagged clean lines) of a probe whose lines come as posts and
    as replies, each scored as the bot scores it."""
    missed_lines = {line for line in hostile if not hostile_as_the_bot_scores(scorer, line, False)}
    missed_lines |= {
        line for line in hostile_reply if not hostile_as_the_bot_scores(scorer, line, True)
    }
    flagged_lines = {line for line in clean if hostile_as_the_bot_scores(scorer, line, False)}
    flagged_lines |= {line for line in clean_reply if hostile_as_the_bot_scores(scorer, line, True)}
    return missed_lines, flagged_lines
