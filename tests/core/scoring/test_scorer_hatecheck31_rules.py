"""Shapes of the hatecheck31 round (targeting_hatecheck31, hatecheck31_words, its
identity_attack.txt lines, hate_spelling.starred_group_name), at default settings: a
named group kept out or sent back ("keep the jews out", "send the immigrants back"), not
wanted as a neighbour ("i wouldn't want a muslim as a neighbour"), and a group's name
with a letter starred out ("m*slims are a plague"); with the look-alikes that stay
clean: the same frames at things or non-protected groups, a group kept safe or wanted,
someone else's saying, quoting, one person of a group kept out, and positive or neutral
mentions in the starred spelling.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.hate_spelling import starred_group_name
from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # kept out or sent back
    "keep the muslims out", "just keep the jews out", "we must keep immigrants out",
    "let's keep the trans people out of here", "keep those refugees out for good",
    "keep the fucking immigrants out", "keep the women out of politics",
    "send the jews back", "send all the refugees back where they came from",
    "we should send the muslims home", "send every immigrant back",
    # not wanted as a neighbour
    "i wouldn't want a jew as a neighbour", "i would never want a muslim as my neighbor",
    "i'd hate to have immigrants as neighbours", "we would never accept a muslim as a neighbour",
    "i don't want a gay man as my neighbour",
    # a group's name with a letter starred out
    "m*slims are a plague", "j*ws should be wiped out", "all m*slims should die",
    "w*men are inferior", "i hate j*ws",
    # the older readings kept beside the round's words
    "muslims? send them all back", "keep the muslims out of our country",
    "i don't want any muslims",
)  # fmt: skip

CLEAN = (
    # the same frames at things or non-protected groups
    "keep the dogs out", "keep the rain out", "keep them out", "keep up the good work",
    "send them all back to the warehouse", "send the pizzas back", "send help",
    "please send the link", "i wouldn't want a dog as a neighbour",
    "i wouldn't want a drummer as my neighbour",
    # a group kept safe, wanted, or not excluded by the writer
    "keep the jews safe", "keep the muslims in our thoughts", "keep the women out of it",
    "keep the refugees out of harm's way", "no one should send refugees back",
    "i'd love a muslim as a neighbour", "my neighbour is jewish",
    "people who wouldn't want a gay neighbour are bigots",
    # one person of a group kept out
    "keep the black guy out",
    # someone else's saying, quoting
    "saying 'keep the jews out' is antisemitic", "keep the jews out, said no one sane",
    "he said 'send the immigrants back' and got banned",
    "\"i wouldn't want a muslim as a neighbour\" is a bigoted thing to say",
    # the starred spelling, positive or neutral; other starred words
    "m*slims celebrate eid", "j*ws light candles for hanukkah", "w*men are amazing",
    "f*ck this level", "sh*t happens", "wh*t a game",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_terms_stay_gated() -> None:
    """The round's new anchors hold only its lines, read beside a named group: gated out
    of the clean fast path without a group."""
    english = build_lexicon(("en",))
    for word in ("keep", "neighbour", "neighbors"):
        assert word in english.index_words
        assert word in english.group_first_words


@pytest.mark.parametrize(
    ("masked", "name"),
    [("m*slims", "muslims"), ("j*ws", "jews"), ("w*men", "women"), ("*ews", None),
     ("jew*", None), ("m**l*ms", None), ("b*nana", None)],
)  # fmt: skip
def test_starred_group_name(masked: str, name: str | None) -> None:
    """One star in three letters at most, first and last letters shown, one name fits."""
    names = frozenset({"muslims", "jews", "women", "woman", "gays"})
    assert starred_group_name(masked, names) == name
