"""Evaluation maths and input decoding used by `kindness-bot eval`."""

from __future__ import annotations

import pytest

from bot.core.scoring.evaluate import GroupTally, ProfanityDetector, Tally, decode_escapes


def test_tally_rates() -> None:
    tally = Tally()
    for actual, predicted, profane, selected in [
        (True, True, False, False),
        (True, True, False, False),
        (True, False, False, False),
        (False, True, True, True),
        (False, False, True, True),
        (False, False, True, False),
        (False, False, False, False),
    ]:
        tally.add(actual=actual, predicted=predicted, profane=profane, selected=selected)
    assert (tally.tp, tally.fp, tally.fn, tally.tn) == (2, 1, 1, 3)
    assert tally.precision == pytest.approx(2 / 3)
    assert tally.recall == pytest.approx(2 / 3)
    assert tally.f1 == pytest.approx(2 / 3)
    assert tally.false_positive_rate == pytest.approx(1 / 4)
    assert tally.profane_false_flag_rate == pytest.approx(1 / 3)
    assert tally.selected_false_flag_rate == pytest.approx(1 / 2)


def test_empty_tally_has_zero_rates() -> None:
    tally = Tally()
    assert tally.precision == tally.recall == tally.f1 == tally.false_positive_rate == 0.0


def test_group_tally_counts_rows_labels_and_flags_per_value() -> None:
    groups = GroupTally()
    for value, positive, flagged in [
        ("O", False, False),
        ("O", False, True),
        ("E", True, True),
        ("O", False, False),
        ("A", False, False),
    ]:
        groups.add(value, positive=positive, flagged=flagged)
    ranked = [(v, c.rows, c.positives, c.flagged) for v, c in groups.largest()]
    assert ranked == [("O", 3, 0, 1), ("A", 1, 0, 0), ("E", 1, 1, 1)]  # ties by value
    assert groups.groups["O"].flagged_rate == pytest.approx(1 / 3)
    assert "E" in groups and "I" not in groups
    assert groups.other.rows == 0


def test_group_tally_pools_values_past_its_limit() -> None:
    groups = GroupTally(limit=2)
    for i in range(5):
        groups.add(f"text {i}", positive=i == 4, flagged=i % 2 == 0)
    groups.add("text 0", positive=False, flagged=False)  # a kept value still counts
    assert list(groups.groups) == ["text 0", "text 1"]
    assert groups.groups["text 0"].rows == 2
    assert (groups.other.rows, groups.other.positives, groups.other.flagged) == (3, 1, 2)
    assert "text 3" not in groups


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ('"plain"', "plain"),
        ('"line\\nbreak"', "line\nbreak"),
        ('"non\\xa0breaking"', "non\xa0breaking"),
        ('"it\\xe2\\x80\\x99s"', "it\u2019s"),
        ('"back\\\\slash"', "back\\slash"),
        ('"bad \\x"', "bad \\x"),  # a broken escape is kept as written
    ],
)
def test_decode_escapes(raw: str, decoded: str) -> None:
    assert decode_escapes(raw) == decoded


@pytest.mark.parametrize(
    ("text", "profane"),
    [
        ("holy shit", True),
        ("what a sh1t show", True),
        ("that was a blow job", True),  # multi-word entry
        ("Scunthorpe classic", False),
        ("", False),
    ],
)
def test_profanity_detector(text: str, profane: bool) -> None:
    assert ProfanityDetector()(text) is profane
