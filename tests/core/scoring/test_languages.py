"""One language parser for the command line and `/kindness languages`."""

from __future__ import annotations

import pytest

from bot.core.scoring.languages import LanguageError, parse_languages


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en", ("en",)),
        ("en,it", ("en", "it")),
        ("it en", ("it", "en")),
        (" EN, it,", ("en", "it")),
        ("en,,en it", ("en", "it")),
    ],
)
def test_commas_and_spaces_separate_case_and_repeats_do_not_matter(
    raw: str, expected: tuple[str, ...]
) -> None:
    assert parse_languages(raw) == expected


@pytest.mark.parametrize(("raw", "unknown"), [("en,xx", ("xx",)), ("", ()), (" , ", ())])
def test_unknown_or_no_codes_are_refused_naming_the_unknown(
    raw: str, unknown: tuple[str, ...]
) -> None:
    with pytest.raises(LanguageError) as caught:
        parse_languages(raw)
    assert caught.value.unknown == unknown
