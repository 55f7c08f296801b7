"""The nineteenth speed round gives exactly the answers of the code it replaced (issue 8).

`has_letter_run` looks at every third byte instead of the regex `([a-z])\\1\\1`: it must
agree with the regex on every short string of letters, digits and spaces, a run at
every offset among them. `new_match` and `new_verdict` store the fields from inside
the classes: they must build objects equal to the dataclasses' own constructors, of the
same class, hash and repr, and still frozen.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from bot.core.scoring.clean_gates import has_letter_run
from bot.core.scoring.matching import RUN_GATE_RE
from bot.core.scoring.verdict import (
    Category,
    Match,
    Severity,
    TargetKind,
    Verdict,
    new_match,
    new_verdict,
)


def test_letter_runs_match_the_regex_on_every_short_string() -> None:
    """Every string of up to 8 characters over "aab1 " (runs of letters, of a digit,
    broken by a space, at every offset and at both ends)."""
    for length in range(9):
        for chars in itertools.product("ab1 ", repeat=length):
            flat = "".join(chars)
            assert has_letter_run(flat.encode()) == (RUN_GATE_RE.search(flat) is not None), flat


@pytest.mark.parametrize("offset", range(12))
def test_a_lone_run_is_found_at_every_offset(offset: int) -> None:
    head = ("xy" * 8)[:offset]
    for letter in "az":
        for tail in ("", "q", "qr", "qrq"):
            flat = head + letter * 3 + tail
            assert has_letter_run(flat.encode()), flat
            broken = head + letter * 2 + " " + letter + tail
            assert not has_letter_run(broken.encode()), broken


def test_only_letters_a_to_z_make_a_run() -> None:
    for code in range(128):
        text = chr(code) * 3
        assert has_letter_run(text.encode()) == ("a" <= chr(code) <= "z"), code


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
