"""The second forum probe (issue 8, forum2): Reddit comments in subreddit styles.

The comments live in forum2_probe_comments.py (with forum2_probe_italy.py and
forum2_probe_general.py), written before the rules were read.
Before the forum2 rules the default scorer flagged 98/162 hostile comments (60.5%)
and 0/175 clean ones (0/88 profanity-only); after them, 120/162 (74.1%) and 0/175.
HOLDOUT (85 comments written after the rules, never tuned on): 34/47 hostile and 1/38
clean flagged before, 39/47 (83.0%) and 1/38 after. The floors below are the figures
reached, with a small margin, so a later change that loses them fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.forum2_holdout_comments import HOLDOUT
from tests.core.scoring.forum2_probe_comments import PROBE
from tests.core.scoring.forum2_probe_support import Comment


def _rate(scorer: Scorer, comments: list[Comment]) -> float:
    return sum(scorer.score(c.text).hostile for c in comments) / len(comments)


def test_the_probe_is_large_and_balanced() -> None:
    assert len(PROBE) >= 300
    assert len({c.text for c in PROBE}) == len(PROBE)
    hostile = sum(c.hostile for c in PROBE)
    assert 0.40 <= hostile / len(PROBE) <= 0.50
    assert sum(c.sub == "italy" for c in PROBE) >= 40


def test_recall_on_hostile_comments_holds(scorer: Scorer) -> None:
    assert _rate(scorer, [c for c in PROBE if c.hostile]) >= RECALL_FLOOR


def test_clean_comments_stay_clean(scorer: Scorer) -> None:
    assert _rate(scorer, [c for c in PROBE if not c.hostile]) <= CLEAN_FLAG_CAP


def test_profanity_only_comments_stay_clean(scorer: Scorer) -> None:
    profane = [c for c in PROBE if c.kind == "profanity"]
    assert _rate(scorer, profane) <= PROFANITY_FLAG_CAP


def test_the_holdout_keeps_its_figures(scorer: Scorer) -> None:
    assert len(HOLDOUT) >= 80
    assert not {c.text for c in HOLDOUT} & {c.text for c in PROBE}
    assert _rate(scorer, [c for c in HOLDOUT if c.hostile]) >= HOLDOUT_RECALL_FLOOR
    assert _rate(scorer, [c for c in HOLDOUT if not c.hostile]) <= HOLDOUT_CLEAN_CAP


RECALL_FLOOR = 0.73
CLEAN_FLAG_CAP = 0.02
PROFANITY_FLAG_CAP = 0.03
HOLDOUT_RECALL_FLOOR = 0.80
HOLDOUT_CLEAN_CAP = 0.06
