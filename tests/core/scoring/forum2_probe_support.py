"""The second forum probe's shared pieces (issue 8, forum2): a comment, its kinds, and
the per-kind table.

Print the table for the probe and the holdout with
`.venv/bin/python -m tests.core.scoring.forum2_probe_support`.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple


class Comment(NamedTuple):
    """One probe comment: its subreddit style, kind, text and label."""

    sub: str
    kind: str
    text: str
    hostile: bool


_HOSTILE_KINDS = frozenset(
    {"commenter", "op", "third", "figure", "group", "identity", "slur", "harm"}
)


def comments_of(sub: str, pairs: tuple[tuple[str, str], ...]) -> tuple[Comment, ...]:
    """(kind, text) pairs as labelled comments of one subreddit style."""
    return tuple(Comment(sub, kind, text, kind in _HOSTILE_KINDS) for kind, text in pairs)


def table(comments: tuple[Comment, ...]) -> dict[str, tuple[int, int]]:
    """Flagged and total per kind, under the default scorer."""
    from bot.core.scoring.scorer import Scorer

    scorer = Scorer()
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for comment in comments:
        total[comment.kind] += 1
        flagged[comment.kind] += scorer.score(comment.text).hostile
    return {kind: (flagged[kind], total[kind]) for kind in sorted(total)}


if __name__ == "__main__":
    from tests.core.scoring.forum2_holdout_comments import HOLDOUT
    from tests.core.scoring.forum2_probe_comments import PROBE

    for name, comments in (("probe", PROBE), ("holdout", HOLDOUT)):
        hostile = [c for c in comments if c.hostile]
        print(name, len(comments), "comments,", len(hostile), "hostile")
        for kind, (hit, count) in table(comments).items():
            print(f"  {kind:10} {hit:3}/{count:3}")
