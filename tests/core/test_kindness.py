"""Kindness moments: hashtag or kind phrase, vetoed by any hostility."""

from __future__ import annotations

import pytest

from bot.core.kindness import is_kind


@pytest.mark.parametrize(
    ("text", "languages", "kind"),
    [
        ("#CreateKindness", ("en",), True),
        ("loved this stream #createkindness", ("en",), True),
        ("#CREATEKINDNESS!!", ("en",), True),
        ("thank you so much!", ("en",), True),
        ("you're amazing", ("en",), True),
        ("great job on the build", ("en",), True),
        ("grazie mille", ("en", "it"), True),
        ("sei fantastico", ("en", "it"), True),
        ("grazie mille", ("en",), False),  # Italian not chosen
        ("createkindness", ("en",), False),  # the word without the hashtag
        ("#CreateKindness you idiot", ("en",), False),  # hostility vetoes
        ("thank you so much, idiot", ("en",), False),
        ("the meeting is at noon", ("en",), False),
        ("", ("en",), False),
        ("\ud800", ("en",), False),
    ],
)
def test_is_kind(text: str, languages: tuple[str, ...], kind: bool) -> None:
    assert is_kind(text, languages) is kind
