"""`Verdict.to_json_line` equals `json.dumps(to_json_dict())` for every member of every enum.

The line is built from per-member strings made once (speed round 13); a member added
to `Severity`, `Category` or `TargetKind` must come out as `to_json_dict` says.
"""

from __future__ import annotations

import itertools
import json

import pytest

from bot.core.scoring.verdict import Category, Match, Severity, TargetKind, Verdict

_CATEGORY_SETS: list[tuple[Category, ...]] = [
    (),
    *((c,) for c in Category),
    tuple(Category),
    (Category.THREAT, Category.INSULT),
]


def _verdict(
    severity: Severity, categories: tuple[Category, ...], target: TargetKind, score: float
) -> Verdict:
    matches = tuple(
        Match(term, category, 0.5, 0, 3)
        for term, category in zip(("idiot", 'say "ciao"', "è\tun\\x"), categories, strict=False)
    )
    return Verdict(
        hostile=severity is not Severity.NONE,
        score=score,
        severity=severity,
        categories=categories,
        matches=matches,
        target=target,
        explanation=f"why: {target.value} \N{SEEDLING}",
    )


@pytest.mark.parametrize("severity", list(Severity))
def test_every_member_combination_is_what_json_dumps_writes(severity: Severity) -> None:
    scores = (0.0, 0.15, 1 / 3, 2.0)
    for categories, target, score in itertools.product(_CATEGORY_SETS, TargetKind, scores):
        verdict = _verdict(severity, categories, target, score)
        assert verdict.to_json_line() == json.dumps(verdict.to_json_dict())


def test_the_line_is_valid_json_with_the_categories_in_order() -> None:
    verdict = _verdict(Severity.HIGH, (Category.THREAT, Category.INSULT), TargetKind.REPLY, 0.9)
    parsed = json.loads(verdict.to_json_line())
    assert parsed["categories"] == ["threat", "insult"]
    assert parsed["severity"] == "high" and parsed["target"] == "reply"
    assert parsed["terms"] == ["idiot", 'say "ciao"']
