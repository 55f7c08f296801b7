"""The review18 probe (issue 8): a review of the first wave of the fifteenth session
(olid12, gamechat18, discord15). The lines (review18_lines.py) were written before any of
those rounds' code or tests was read: hostile lines in their shapes written differently, the
clean forms those shapes risk, and near-misses one word from their hostile examples.

Counted on main (before the session's rounds), at the start (merge15) and at the end:
review set 4/16 caught and 1/33 clean flagged on main; 16/16 and 2/33 at the start; 16/16
and 2/33 at the end. Near-misses flagged: 0/30 on main, 8/30 at the start, 2/30 at the end.
The lines left wrong are kept here as data."""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import review18_lines as lines
from tests.core.scoring.probe_checks import assert_known_verdicts, f1, flagged, missed

KNOWN_MISSES: frozenset[str] = frozenset()
# Left flagged: "ew a girl" before a noun it modifies (no word class to tell "girl spider"
# from "girl in vc"); "smettila di feedare" with a literal object (flagged on main too, "e'
# grasso"); "basta feedare" with a literal object (gamechat18's lexicon line; "feedare l'adc
# nemico" is blame, so an object cannot clear it); a gamer's saying quoted as a saying.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "ew a girl spider in the bathroom",
    "smettila di feedare il gatto, e' grasso",
    "get good or get out is what my coach used to say",
    "basta feedare i piccioni",
})  # fmt: skip

F1_FLOOR = 0.88


class TestReview18Probe:
    def test_known_verdicts(self, scorer: Scorer) -> None:
        assert_known_verdicts(
            scorer,
            lines.REVIEW_HOSTILE,
            lines.REVIEW_CLEAN + lines.NEAR_MISSES,
            KNOWN_MISSES,
            KNOWN_FALSE_FLAGS,
        )

    def test_floor(self, scorer: Scorer) -> None:
        hostile, clean = lines.REVIEW_HOSTILE, lines.REVIEW_CLEAN + lines.NEAR_MISSES
        score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
        assert score >= F1_FLOOR

    def test_lines_are_distinct(self) -> None:
        every = lines.REVIEW_HOSTILE + lines.REVIEW_CLEAN + lines.NEAR_MISSES
        assert len(set(every)) == len(every)
