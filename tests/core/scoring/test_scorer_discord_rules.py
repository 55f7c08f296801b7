"""The rules the Discord probe called for (issue 8), as table tests: a quoted line judged
as a line, "you're the worst" laughed off, and the reader called "bestie" while teased.

Each rule has near-misses that must stay hostile: the same words with no quote, no
laughter, a strong name-call, or "bestie" naming someone other than the reader.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

CLEAN: tuple[tuple[str, TargetKind | None], ...] = (
    # A quoted line judged as a line: the "you" is the quote's.
    ('"i\'m gonna kill you" is the worst horror movie line ever lol', None),
    ('"kill you" is the worst line', TargetKind.OBJECT),
    ('"get lost" is the worst line in that song', None),
    ('"you are so dumb" was such a stupid line honestly', None),
    ('"nobody likes you" has to be the worst lyric i\'ve heard', None),
    # "You're the worst" laughed off.
    ("you guys are the worst lol i'm staying anyway", None),
    ("ur the worst lmao", None),
    ("you're the worst 😂", None),
    ("y'all are the worst haha", None),
    # The reader called a friend, first or last word, while mildly teased.
    ("bestie you're unhinged", None),
    ("you're such a dork bestie", None),
    ("bff you're so dumb", None),
)

HOSTILE: tuple[str, ...] = (
    # No quote, or the quote is not what is judged.
    "you are the worst",
    "you guys are the worst",
    'you "friend" are the worst',
    '"die" is the worst, you idiot',
    "i'm gonna kill you, this is the worst",
    # Laughter after another insult, or after a threat: bullies laugh too.
    "ur so ugly lol",
    "you are the worst lol kys",
    "you're the worst, get out lmao",
    # "bestie" with a strong name-call, or naming someone else.
    "bestie ur a bitch",
    "my bestie says you are an idiot",
    "you're unhinged",
)


@pytest.mark.parametrize(("line", "target"), CLEAN)
def test_friendly_shapes_stay_clean(scorer: Scorer, line: str, target: TargetKind | None) -> None:
    verdict = scorer.score(line)
    assert not verdict.hostile, verdict.explanation
    if target is not None:
        assert verdict.target is target


@pytest.mark.parametrize("line", HOSTILE)
def test_near_misses_stay_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


def test_a_laughed_off_worst_names_the_joke(scorer: Scorer) -> None:
    assert "joke" in scorer.score("ur the worst lol").explanation


def test_a_teased_friend_names_the_affection(scorer: Scorer) -> None:
    assert "affection" in scorer.score("bestie you're unhinged").explanation
