"""Review fixes of the seventh session's rounds (issue 8, fixes7): each finding's line,
fresh lines of the same shape, and lines the round meant to read that must stay read.

Each entry: lines that must be flagged, lines that must stay clean. Lines starting "R:"
are replies.
"""

from __future__ import annotations

import time

import pytest

from bot.core.scoring.scorer import Scorer


def _hostile(scorer: Scorer, line: str) -> bool:
    reply = line.startswith("R:")
    return scorer.score(line.removeprefix("R:"), is_reply=reply).hostile


RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # 1. fondness counts only right after the name-call, in its sentence
    "fond teasing": (
        (
            "he's such an idiot, nobody could love him",
            "he's a moron, i'd love him to leave forever",
            "he's a loser, his mom must love him",
            "he is an idiot. she is a moron. they are all losers. love him though",
            "she is a clown, who could ever love her",
            "he's such a loser, no one will love him",
        ),
        (
            "he's such an idiot, love him",
            "she's such a dork but i love her",
            "he is a dummy, i still love him",
            "marco è un cretino, gli voglio bene",
        ),
    ),
}


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (hostile, _) in RULES.items() for line in hostile]
)
def test_flags(scorer: Scorer, rule: str, line: str) -> None:
    assert _hostile(scorer, line), (rule, line)


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (_, clean) in RULES.items() for line in clean]
)
def test_leaves_clean(scorer: Scorer, rule: str, line: str) -> None:
    assert not _hostile(scorer, line), (rule, line)


def test_fond_cost_is_bounded(scorer: Scorer) -> None:
    """Fondness is looked for right after each hit, not across the whole message per
    hit: many name-calls and a "love him" at the end cost about what they cost without."""
    many = "he is an idiot. " * 800
    start = time.perf_counter()
    scorer.score(many + "love him")
    with_love = time.perf_counter() - start
    start = time.perf_counter()
    scorer.score(many + "bye now")
    without = time.perf_counter() - start
    assert with_love < without * 2 + 0.05
