"""Kindness moments: hashtag or kind phrase, vetoed by any hostility."""

from __future__ import annotations

import pytest

from bot.core.scoring.kindness import is_kind, kind_phrases


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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thank you", False),  # the pair "thank you" starts phrases but is none itself
        ("well, thank you for the help", True),  # a phrase in the middle
        ("we did it: well done", True),  # a phrase at the very end
        ("well i am done", False),  # the words, but not next to each other
        ("congrats!!", True),  # a one-word phrase
    ],
)
def test_phrases_match_whole_words_in_order(text: str, kind: bool) -> None:
    assert is_kind(text, ("en",)) is kind


@pytest.mark.parametrize("languages", [("en",), ("it",), ("en", "it")])
def test_every_kind_phrase_is_found_inside_a_sentence(languages: tuple[str, ...]) -> None:
    phrases = kind_phrases(languages)
    every = phrases.words | {" ".join(p) for p in phrases.longer}
    assert len(every) > 20
    for phrase in every:
        assert phrases.found_in(f"oh and {phrase} ok".split()), phrase
