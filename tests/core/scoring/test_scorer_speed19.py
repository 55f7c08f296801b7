"""The nineteenth speed round gives exactly the answers of the code it replaced (issue 8).

`new_match` and `new_verdict` store the fields from inside
the classes: they must build objects equal to the dataclasses' own constructors, of the
same class, hash and repr, and still frozen.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.scoring.verdict import (
    Category,
    Match,
    Severity,
    TargetKind,
    Verdict,
    new_match,
    new_verdict,
)


def test_new_match_is_the_dataclass_match() -> None:
    made = new_match("idiot", Category.INSULT, 0.7, 3, 8)
    plain = Match("idiot", Category.INSULT, 0.7, 3, 8)
    assert type(made) is Match
    assert made == plain
    assert hash(made) == hash(plain)
    assert repr(made) == repr(plain)
    assert dataclasses.astuple(made) == ("idiot", Category.INSULT, 0.7, 3, 8)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.term = "moron"  # type: ignore[misc]


def test_new_verdict_is_the_dataclass_verdict() -> None:
    match = new_match("idiot", Category.INSULT, 0.7, 3, 8)
    fields = {
        "hostile": True,
        "score": 0.7,
        "severity": Severity.LOW,
        "categories": (Category.INSULT,),
        "matches": (match,),
        "target": TargetKind.SECOND_PERSON,
        "explanation": "insult aimed at the reader",
    }
    made = new_verdict(**fields)  # type: ignore[arg-type]
    plain = Verdict(**fields)  # type: ignore[arg-type]
    assert type(made) is Verdict
    assert made == plain
    assert hash(made) == hash(plain)
    assert repr(made) == repr(plain)
    assert made.to_json_line() == plain.to_json_line()
    assert made.to_json_dict() == plain.to_json_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.score = 0.1  # type: ignore[misc]
