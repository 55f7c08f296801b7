"""The third forum probe (issue 8, forum3): Reddit-style comments in subreddit styles.

The comments live in forum3_probe_comments.py (tuning) and forum3_holdout_comments.py
(held back), all written before any rule code was read. Before the forum3 rules the
default scorer flagged 80/139 hostile tuning comments (57.6%) and 1/132 clean ones (0/30
profanity-only); after them, 99/139 (71.2%) and 1/132 (0/30). HOLDOUT (102 comments
written last, measured only before and after the rules): 30/56 hostile (53.6%) and 0/46
clean flagged before, 33/56 (58.9%) and 0/46 after. The floors are the figures reached,
with a small margin, so a later change that loses them fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.forum3_holdout_comments import HOLDOUT
from tests.core.scoring.forum3_probe_comments import PROBE

Comments = tuple[tuple[bool, str, str], ...]


def _rate(scorer: Scorer, texts: list[str]) -> float:
    return sum(scorer.score(text).hostile for text in texts) / len(texts)


def _texts(comments: Comments, *, hostile: bool) -> list[str]:
    return [text for is_hostile, _, text in comments if is_hostile is hostile]


def test_the_probe_is_large_and_fresh() -> None:
    texts = [text for _, _, text in PROBE + HOLDOUT]
    assert len(PROBE) + len(HOLDOUT) >= 300
    assert len(HOLDOUT) >= 100
    assert len(set(texts)) == len(texts)
    assert sum(kind == "italian" for _, kind, _ in PROBE) >= 10


def test_recall_on_hostile_comments_holds(scorer: Scorer) -> None:
    assert _rate(scorer, _texts(PROBE, hostile=True)) >= RECALL_FLOOR


def test_clean_comments_stay_clean(scorer: Scorer) -> None:
    assert _rate(scorer, _texts(PROBE, hostile=False)) <= CLEAN_FLAG_CAP


def test_profanity_only_comments_stay_clean(scorer: Scorer) -> None:
    profane = [text for _, kind, text in PROBE if kind == "profanity"]
    assert _rate(scorer, profane) == 0.0


def test_the_holdout_keeps_its_figures(scorer: Scorer) -> None:
    assert _rate(scorer, _texts(HOLDOUT, hostile=True)) >= HOLDOUT_RECALL_FLOOR
    assert _rate(scorer, _texts(HOLDOUT, hostile=False)) <= HOLDOUT_CLEAN_CAP


RECALL_FLOOR = 0.70
CLEAN_FLAG_CAP = 0.01
HOLDOUT_RECALL_FLOOR = 0.58
HOLDOUT_CLEAN_CAP = 0.0
