"""Term validation: what moderators may add as custom or allowed terms."""

from __future__ import annotations

import pytest

from bot.core.moderation.term_validation import (
    MAX_TERM_LENGTH,
    normalise_term,
    validate_term,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Idiot", "idiot"),
        ("  waste   of\tspace ", "waste of space"),
        ("DON\u2019T", "don't"),
        ("ｆｕｌｌ-ｗｉｄｔｈ", "full-width"),
        ("zero\u200bwidth", "zerowidth"),
        ("e\u2013sports", "e-sports"),
        ("STRASSE", "strasse"),
        ("ab", "ab"),
        ("x" * MAX_TERM_LENGTH, "x" * MAX_TERM_LENGTH),
        ("3rd wheel", "3rd wheel"),
        ("stupido", "stupido"),
        ("perché", "perché"),
    ],
)
def test_valid_terms_are_normalised(raw: str, expected: str) -> None:
    check = validate_term(raw)
    assert check.ok, check.error
    assert check.term == expected
    assert normalise_term(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\u200b", "empty"),
        ("a", "too short"),
        ("x" * (MAX_TERM_LENGTH + 1), "too long (51 characters)"),
        ("x" * 500, "too long (500 characters)"),
        ("<@123456789012345678>", "mentions"),
        ("<@&42>", "mentions"),
        ("<#42>", "mentions"),
        ("@everyone", "mentions"),
        ("hey @here", "mentions"),
        ("https://example.com", "links"),
        ("www.example.com", "links"),
        ("discord.gg/abc", "links"),
        ("bad*word", "`*`"),
        ("semi;colon", "`;`"),
        ("under_score", "`_`"),
        ("12 34", "at least one letter"),
        ("--", "at least one letter"),
    ],
)
def test_invalid_terms_are_refused_with_a_clear_reason(raw: str, fragment: str) -> None:
    check = validate_term(raw)
    assert not check.ok
    assert check.term is None
    assert check.error is not None
    assert fragment in check.error


def test_length_counts_the_normalised_form() -> None:
    # 50 letters plus surrounding whitespace is still within the limit.
    assert validate_term("   " + "y" * MAX_TERM_LENGTH + "   ").ok
    # Full-width letters collapse to one character each under NFKC.
    assert validate_term("ｙ" * MAX_TERM_LENGTH).ok
