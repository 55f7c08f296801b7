"""Shapes of the hatecheck49 round (hatecheck49_words and the spellings it names), at
default settings: a group's name or a slur written obfuscated inside a hateful statement
is read as spelled plainly (two letters of a name starred out, a name split by a hyphen,
a dot or an underscore, "k" for a hard "c" in a name, a slur's plural, "z", "ph" or
"ck", and slurs the lexicon lacked), and the same spellings in neutral or kind
statements, counter-speech and words that only look like a name or a slur stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.hate_spelling import short_group_misspellings, starred_group_name
from bot.core.scoring.hatecheck49_words import split_by_mark
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # two letters of a name starred out, one group's spellings
    "w*m*n are a plague",
    "g**s should be locked up",
    # a name split by a hyphen, a dot or an underscore
    "mus-lims are vermin",
    "deport all ref_ugees",
    "mus.lims are filth",
    "wom-en are useless",
    "immi_grants are cockroaches",
    # "k" for a hard "c" in a name
    "afrikans are animals",
    "mexikans are criminals",
    "katholics are pedos",
    # a slur's plural, "z", "ph" or "ck"
    "darkies are thieves",
    "porch monkeys should go back",
    "jungle bunnies are animals",
    "phaggots should burn",
    "shut up you phaggot",
    "spicks are lazy",
    # slurs the lexicon lacked
    "yids control the media",
    "pajeets are dirty scammers",
    "femoids are worthless",
    "dagos are greasy criminals",
    "lezzies are disgusting",
    "jiggaboos are subhuman",
)

CLEAN = (
    # the same spellings, said kindly or neutrally
    "w*m*n are amazing",
    "g**s deserve equal rights",
    "mus-lims are fasting for ramadan",
    "ref_ugees deserve our help",
    "wom-en are great engineers",
    "afrikans are so welcoming",
    "mexikans make the best food",
    # a slur reported or condemned
    "calling people darkies is racist",
    "'porch monkeys' is a vile slur",
    "never call anyone a pajeet",
    # words that only look like a name or a slur
    "the kitchen is spick and span",
    "the negros island is in the philippines",
    "x-men is my favourite movie",
    "my co-workers are great",
    "visit www.mexicans.com for recipes",
    "trans-gender people are valid",
    "the monkeys in the sand were cute",
    "i love yiddish songs",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck49_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck49_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_two_stars_read_only_for_one_group() -> None:
    names = frozenset({"women", "woman", "gays", "jews", "muslims", "moslems"})
    assert starred_group_name("w*m*n", names) == "woman"  # two spellings of one group
    assert starred_group_name("g**s", names) == "gays"
    assert starred_group_name("m**s", frozenset({"mans", "mums"})) is None  # two groups
    assert starred_group_name("m**l*ms", names) is None  # three stars
    assert starred_group_name("***s", names) is None  # the first letter hidden
    assert starred_group_name("g***", names) is None  # the last letter hidden


def test_hard_c_respellings() -> None:
    found = short_group_misspellings(["africans", "catholics", "chinese", "blacks"], set())
    assert found["afrikans"] == "africans"
    assert found["katholics"] == found["katholiks"] == "catholics"
    assert "khinese" not in found  # "ch" stays
    assert "blakks" not in found  # "ck" stays


def test_split_by_mark_gate() -> None:
    names = frozenset({"muslims", "refugees"})
    assert split_by_mark("mus-lims are vermin", ["mus", "lims", "are", "vermin"], names)
    assert split_by_mark("ref_ugees", ["ref", "ugees"], names)
    assert not split_by_mark("mus lims", ["mus", "lims"], names)  # no mark: the older split
    assert not split_by_mark("x-men", ["x", "men"], names)
