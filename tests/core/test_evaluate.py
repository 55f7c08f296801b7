"""Evaluation maths and input decoding used by `kindness-bot eval`."""

from __future__ import annotations

import pytest

from bot.core.evaluate import ProfanityDetector, Tally, decode_escapes


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
