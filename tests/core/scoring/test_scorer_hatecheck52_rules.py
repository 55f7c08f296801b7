"""Shapes of the hatecheck52 round (folding.latin_words and hatecheck52_words), at
default settings: a group's name or a slur written with a look-alike letter of another
script inside an otherwise Latin word ("mսslims", "ꮃomen"), with a Latin IPA or hooked
letter ("gɑys", "ƒaggots"), or with a plural's "z" doubled ("jewzz") or written "z" where
the plain plural has an everyday sense ("fagz"), is read as spelled plainly; the same
spellings said kindly or reported, words ending in "z" and real text in those scripts
stay clean, and the normaliser never raises on floods of such letters."""

from __future__ import annotations

import pytest

from bot.core.scoring.folding import _IN_LATIN, flatten, fold, latin_words
from bot.core.scoring.hatecheck52_words import z_plural_spellings
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a look-alike letter of another script inside a Latin word
    "mսslims are filth",  # Armenian seh
    "all wօmen are worthless",  # Armenian oh
    "MՍSLIMS should be deported",  # Armenian capital seh, the rest Latin
    "mμslims are a disease",  # Greek mu
    "bӏacks are animals",  # Cyrillic palochka
    "ꮃomen are too dumb to vote",  # Cherokee small la
    "ᏔOMEN ARE USELESS",  # Cherokee ta
    "mս\u200dslims are vermin",  # with a zero-width joiner
    "ｍսｓｌｉｍｓ are scum",  # with fullwidth letters
    # Latin IPA and hooked letters
    "gɑys are disgusting",
    "niɡɡers are animals",
    "ƒaggots should die",
    # a plural's "z" doubled, "fagz" read as the slur
    "fagz should all die",
    "fagzz are vermin",
    "jewzz are parasites",
    "refugeezz are leeches",
    "i hate gayzz",
)

CLEAN = (
    # the same spellings, said kindly or neutrally, or reported
    "mսslims are fasting this week",
    "wօmen are brilliant scientists",
    "mμslims and jews prayed together",
    "ꮃomen deserve equal pay",
    "jewzz celebrate hanukkah",
    "calling people fagz is homophobic",
    # words ending in "z" or "zz", names with "z"
    "the jazz club was packed",
    "fizz buzz is a kids game",
    "this quiz is too easy",
    "liz and oz say hi",
    "the bees buzz and the soda fizzes",
    # other scripts, symbols and emoji
    "Բարև, ինչպես ես",
    "Привет, как дела у тебя?",
    "Γεια σου φίλε μου",
    "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ",
    "the sample was 5 µm across",
    "ƒ(x) is x squared",
    "good luck 💕🙏",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck52_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck52_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_look_alikes_read_only_inside_latin_words() -> None:
    assert latin_words("mսslims") == "muslims"
    assert latin_words("ꮃomen and ᏔOMEN") == "women and wOMEN"
    # words of the script itself, or with no Latin letter, stay as written
    for text in ("Բարև ձեզ", "Ս ո", "γεια σου", "μ", "ᏣᎳᎩ", "Ꮃ Ꮤ", "аս", "5 μ", "💕🙏"):
        assert latin_words(text) == text, text
    # a word with a letter of another script that reads as no Latin one stays whole
    assert latin_words("mսпlims") == "mսпlims"
    assert flatten("Բարև ձեզ").split()[1] == "ձեզ"


def test_same_length_letter_for_letter() -> None:
    """OffsetMap reads folded offsets from the text as written: each look-alike folds to
    one character, as its Latin letter does, so the reading keeps every offset."""
    assert all(len(fold(ch)) == 1 for ch in _IN_LATIN)
    for text in ("mսslims are filth", "ꮃomen!! and MՍSLIMS", "mս\u200bslims", "mµslims"):
        assert len(latin_words(text)) == len(text)
        assert len(fold(text)) == len(fold(text.translate(str.maketrans(_IN_LATIN))))


def test_bad_input_gives_a_verdict(scorer: Scorer) -> None:
    floods = (
        "ս" * 4000,
        "mս" * 2000,
        "mս " * 1333,
        "m\u200dս" * 2000,
        "\u200d" * 4000,
        "ꮃ" * 4000,
        "m" + "\ud800" * 3999,
        "mս\ud800slims are filth " * 200,
        "Ꮃ\u0301" * 2000,
    )
    for text in floods:
        verdict = scorer.score(text)
        assert isinstance(verdict.hostile, bool)
        assert len(latin_words(text)) == len(text)


def test_z_plural_spellings() -> None:
    typos = {"jewz": "jews", "fagz": "fags", "noobz": "noobs", "alwayz": "always", "jazz": "jaz"}
    found = z_plural_spellings(typos, {"noobzz"})
    assert found["jewzz"] == "jews"
    assert found["fagz"] == found["fagzz"] == "faggots"
    assert "noobzz" not in found  # taken: keeps its reading
    assert "jazzz" not in found  # "jazz" is no plural's "z"
    assert "jewz" not in found  # the older reading stands
