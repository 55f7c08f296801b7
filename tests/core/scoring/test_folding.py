"""Normalisation: every obfuscation folds to the plain word, offsets stay usable."""

from __future__ import annotations

import random

import pytest

from bot.core.scoring.discord_syntax import EMOJI_WORDS
from bot.core.scoring.folding import (
    _PREFILL,
    TOKEN_RE,
    OffsetMap,
    flat_words,
    flatten,
    fold,
    has_letter,
    spaced_runs,
    squeeze_variants,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("IDIOT", "idiot"),  # casefold
        ("ｉｄｉｏｔ", "idiot"),  # fullwidth (compatibility form)
        ("ﬁne", "fine"),  # ligature
        ("i\u200bd\u200ci\u200do\u2060t", "idiot"),  # zero-width characters
        ("i\u00addiot", "idiot"),  # soft hyphen
        ("i\u0336d\u0301\u0302i\u0317o\u035ct", "idiot"),  # zalgo / combining marks
        ("іdіоt", "idiot"),  # Cyrillic і and о
        ("ΙDΙΟΤ", "idiot"),  # Greek capitals
        ("1d10t", "idiot"),  # leet 1 and 0
        ("l0s3r", "loser"),  # leet 0 and 3
        ("4$$", "ass"),  # leet 4 and $
        ("@ss", "ass"),  # leet @
        ("5tup1d", "stupid"),  # leet 5 and 1
        ("7w47", "twat"),  # leet 7 and 4
        ("perché", "perche"),  # accents stripped
        ("Straße", "strasse"),  # casefold expands
    ],
)
def test_fold_undoes_obfuscation(raw: str, expected: str) -> None:
    assert "".join(TOKEN_RE.findall(fold(raw))) == expected


@pytest.mark.parametrize(
    ("token", "variants"),
    [
        ("stuuupid", ("stuupid", "stupid")),
        ("loooser", ("looser", "loser")),
        ("idiooooot", ("idioot", "idiot")),
        ("ass", ()),  # runs of two are never squeezed: "ass" must not become "as"
        ("book", ()),
    ],
)
def test_squeeze_only_runs_of_three(token: str, variants: tuple[str, ...]) -> None:
    assert squeeze_variants(token) == variants


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("f u c k", "fuck"),
        ("k.y.s", "kys"),
        ("k y s", "kys"),
        ("f-u-c-k", "fuck"),
        ("s . t . f . u", "stfu"),
    ],
)
def test_spaced_letters_rejoin(raw: str, joined: str) -> None:
    assert [run[0] for run in spaced_runs(fold(raw))] == [joined]


@pytest.mark.parametrize("raw", ["i am ok", "a b", "u r ok"])
def test_fewer_than_three_single_letters_are_left_alone(raw: str) -> None:
    assert list(spaced_runs(fold(raw))) == []


@pytest.mark.parametrize(
    ("raw", "word", "original"),
    [
        ("you i\u200bd\u200bi\u200bo\u200bt!", "idiot", "i\u200bd\u200bi\u200bo\u200bt"),
        ("Straße idiot", "idiot", "idiot"),  # "ß" folds to two letters
        ("ﬁne idiot", "idiot", "idiot"),  # a ligature folds to two letters
        ("i\u0336d\u0301iot", "idiot", "i\u0336d\u0301iot"),
        ("idiot", "idiot", "idiot"),
    ],
)
def test_offsets_map_folded_text_back_to_the_original(raw: str, word: str, original: str) -> None:
    folded = fold(raw)
    match = next(m for m in TOKEN_RE.finditer(folded) if m.group() == word)
    offsets = OffsetMap(raw)
    assert raw[offsets.start(match.start()) : offsets.end(match.end())] == original


@pytest.mark.parametrize("raw", ["", "\ud800", "a\x00b", "😀" * 3, "\ufeff"])
def test_fold_never_raises(raw: str) -> None:
    assert isinstance(fold(raw), str)


def test_has_letter_rejects_numbers_read_as_leet() -> None:
    assert not has_letter("455")
    assert has_letter("a55")


def test_ascii_shortcut_matches_the_full_tables() -> None:
    from bot.core.scoring.folding import _FLAT, _TABLE, flatten

    every_ascii = "".join(chr(c) for c in range(128))
    assert fold(every_ascii) == "".join(_TABLE[c] for c in range(128))
    assert flatten(every_ascii) == "".join(_FLAT[c] for c in range(128))
    assert flatten("You ARE an 1d10t!!") == "you are an idiot  "


def test_flatten_is_fold_with_every_non_alphanumeric_made_a_space() -> None:
    """`Matcher.rewrite` reads TOKEN_RE's words of `fold(t)` off `flatten(t).split()`:
    exact only while each character flattens to its fold with every character that is
    no letter or digit (TOKEN_RE's class) made a space. Checked here on the prefilled
    ranges, the emoji words, a line break and a random sample of all code points (the
    whole range was checked once when the shortcut was written)."""
    rng = random.Random(17)
    codes = [c for block in _PREFILL for c in block]
    codes += [ord(e) for e in EMOJI_WORDS] + [ord("\n")]
    codes += rng.sample(range(0x110000), 20_000)
    for text in ("".join(map(chr, codes)), "".join(map(chr, codes[:256]))):
        folded, flat = fold(text), flatten(text)
        assert flat == "".join(c if c.isalnum() else " " for c in folded)
        assert [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded)] == (
            flat_words(flat, flat.split())
        )
    for code in codes:
        folded = fold(chr(code))
        assert flatten(chr(code)) == "".join(c if c.isalnum() else " " for c in folded)
