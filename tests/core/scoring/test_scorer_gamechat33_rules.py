"""Shapes of the gamechat33 round (gamechat33_words.flame_typos, read last by
lexicon_compile), at default settings: a game-chat name-call typed with one stray letter
("u iodiot", "idiotd mid", "ur so stuipid", "usefless carry", "retardt mid") or
"useless" with one letter mistyped ("uselees techies") reads as the word; with the
look-alikes that stay clean (the misspelled word at the writer or a thing, reported,
quoted, and the everyday words a stray letter makes: "mormons", "regarded", "idiom").
English only: the Italian words ("idiota", "stupido") are list words, left out."""

from __future__ import annotations

import pytest

from bot.core.scoring.gamechat33_words import flame_typos
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    "u iodiot",
    "omg u iodiot cant kill me",
    "idiotd",
    "idiotd mid",
    "ur such an idoiot",
    "our mid is a mornon",
    "stfu moreon",
    "u stuipid carry",
    "ur so stuipid",
    "uselees techies",
    "our carry is usefless",
    "retardt mid",
    "this retartd pa",
    "5 iodiots in my team",
)

CLEAN = (
    # the misspelled word at the writer or a thing
    "im such an iodiot lol",
    "my bad im stuipid",
    "uselees item",
    "this item is uselees",
    "stuipid lag again",
    # reported, quoted
    "he called me an iodiot",
    "he said 'u moronn' lol",
    # everyday words a stray letter makes
    "thats an idiom",
    "the mormons of utah",
    "morton salt",
    "we regarded him well",
    "rewards for the quest",
    "kind regards",
    "im in a stupor",
    "see u at noon",
    "morphling mid",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_gamechat33_table_leaves_out_list_words() -> None:
    """A list word is never a variant; NOT_TYPOS and 'regarded' are not read."""
    table = flame_typos(frozenset({"morons", "idiots"}))
    assert table["iodiot"] == "idiot"
    assert table["uselees"] == "useless"
    for word in ("morons", "idiots", "mormon", "mormons", "morton", "regarded", "rewards"):
        assert word not in table, word
