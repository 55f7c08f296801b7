"""The review14 probe (issue 8): a review of the five rounds merged on 2026-12-02
(italian15, precision14, hatecheck16, gamechat14, olid10). The lines (review14_lines.py)
were written from the rounds' reports before any of their rule code was read: for each
round, hostile lines in its shapes written differently, and the clean near-misses those
shapes risk.

Counted on main (78cf000): 20/45 caught, 12/73 clean flagged (F1 0.519). At the start
(merge13, 00b7a1b): 43/45 caught, 10/73 flagged (F1 0.878). At the end: 43/45 caught, 4/73
flagged (F1 0.935). The review's fixes (test_scorer_review14_rules.py) came from these
lines and the lead's three: a claim or an exclusion asked back and denied, a paper's
words, "has no brain damage"."""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import review14_lines as lines
from tests.core.scoring.probe_checks import assert_known_verdicts, f1, flagged, missed

# Left missed: "not sorry" before a past name-call, and a role called a thing with
# "literal" between the article and the thing.
KNOWN_MISSES: frozenset[str] = frozenset({
    "not sorry i called you trash",
})  # fmt: skip
# Left flagged: counter-speech naming the group after the deed (flagged on main too), a
# game boss with no brain and "you" in the next clause (new this session), "stop
# throwing" and "i'm the worst laner" (flagged on main too).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "i ladri rubano, non gli immigrati",
    "the boss has no brain, it just follows you",
    "stop throwing the game guys, we can still win",
    "i'm the worst laner on this team lol",
})  # fmt: skip

F1_FLOOR = 0.93


class TestReview14Probe:
    def test_known_verdicts(self, scorer: Scorer) -> None:
        assert_known_verdicts(
            scorer, lines.ALL_HOSTILE, lines.ALL_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
        )

    def test_floor(self, scorer: Scorer) -> None:
        hostile, clean = lines.ALL_HOSTILE, lines.ALL_CLEAN
        score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
        assert score >= F1_FLOOR

    def test_lines_are_distinct(self) -> None:
        every = lines.ALL_HOSTILE + lines.ALL_CLEAN
        assert len(set(every)) == len(every)
