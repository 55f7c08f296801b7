"""Shapes of the olid29 round (targeting_olid29, olid29_words and its lexicon lines), at
default settings: the reader, one person or a camp called a scornful political label the
lexicon lacked ("you are a dupe", "Flake is a RINO", "she is a complete loon", "liberals
are lemmings", "sit down you crackpot", "what a kook"); with the look-alikes that stay
clean (a bird, a beast or a thing, the writer, denied, asked, a condition, reported,
quoted, fond, the label going on). English only: the labels are American political
words."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader
    "@USER you are a gullible dupe",
    "@USER ur such a loon",
    "@USER you're a complete crackpot",
    "@USER honestly you are a kook",
    "@USER you are a RINO and always were",
    "@USER you are just a party mouthpiece",
    "@USER you guys are lemmings",
    # thrown at the reader
    "@USER go home you kook",
    "@USER you absolute loon",
    # one person
    "@USER he is a swamp creature",
    "@USER she's a total kook",
    "@USER Collins is a RINO",
    "@USER this senator is nothing but a mouthpiece",
    "@USER that guy is a wing nut",
    # a camp
    "@USER Republicans are dupes",
    "@USER the Democrats are such crackpots",
    "@USER leftists are loons",
    # exclaimed at a reply
    "@USER what a soy boy",
    "@USER what a complete crackpot",
)

CLEAN = (
    # a bird, a beast, a thing
    "@USER two loons nested by the dock",
    "@USER lemmings live in the tundra",
    "@USER this serum is a dupe for the luxury brand",
    "@USER the wing nut on the clamp is stripped",
    "@USER the mouthpiece of my clarinet is chipped",
    "@USER it is a crackpot theory",
    # the writer
    "@USER I was a dupe for that ad lol",
    "@USER I'm a bit of a crackpot about maps",
    "@USER we are such lemmings lol",
    # denied, asked, a condition, reported, quoted
    "@USER she is not a kook",
    "@USER he's no dupe",
    "@USER is he a loon?",
    "@USER if she is a RINO she will lose the primary",
    "@USER my uncle said he is a crackpot",
    '@USER "swamp creature" is a silly nickname',
    # fond or thankful
    "thank you loon",
    "you loon, love you",
    "lol you loon",
    # the label going on, or no verdict
    "@USER he is a mouthpiece player in the band",
    "@USER can you dupe this item",
    "@USER stop calling people kooks",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_olid29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
