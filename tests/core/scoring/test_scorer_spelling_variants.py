"""Issue 8: a group's name misspelt or run together with the hate is still the group.

Functional hate-speech suites test spelling variations: swapped adjacent letters
("womne are trash"), a missing letter ("muslms are scum"), no spaces at all
("ihatemuslims", "womenarefilth"). A misspelt group name reads as the name, and a
long token no list knows is split into words when the pieces hold both a group's
name and a hostile word. A misspelt name alone, friendly words run together, a
hashtag that splits into kind words, and ordinary words one letter away from a
group's name ("done", "back") stay as they were. Default settings throughout.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category

HOSTILE = [
    # swapped adjacent letters in the group's name
    "womne are trash",
    "wmoen are trash",
    "balck people are trash",
    "msulims are scum",
    "dsiabled people are worthless",
    "immigarnts are vermin",
    "I hate musilms",
    "le dnone sono spazzatura",
    "i msuulmani sono feccia",
    "gli immigarti sono animali",
    # a missing letter
    "muslms are scum",
    "immgrants are parasites",
    "disbled people are useless",
    "i musulmni sono feccia",
    "gli imigrati sono spazzatura",
    # a doubled letter
    "womenn are trash",
    # no spaces
    "ihatemuslims",
    "ihatewomen",
    "womenarefilth",
    "muslimsarescum",
    "blackpeoplearedisgusting",
    "ihatetranspeople",
    "I hate immigrantsaredisgusting",
    "odiomusulmani",
    "odiogay",
    "immigratisonofeccia",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_misspelt_or_joined_group_hate_is_an_identity_attack(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert Category.IDENTITY_ATTACK in verdict.categories, (text, verdict.categories)


CLEAN = [
    # a misspelt group's name with nothing hostile
    "wmoen deserve respect",
    "msulims celebrate eid this week",
    "le dnone sono fantastiche",
    # ordinary words one letter from a group's name are not the group
    "I'm done with this trash game",
    "get back to the base, trash loot there",
    # words run together without a group and a hostile word
    "womenareawesome",
    "ilovemuslims",
    "blacklivesmatter",
    "amomusulmani",
    "whatagame",
    "holyshitgg",
    # joined words in a long message are not looked for; nor is an unknown long token
    "xqzvbnmtrashpeople",
]


@pytest.mark.parametrize("text", CLEAN)
def test_near_misses_and_kind_joined_words_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_joined_words_are_read_only_in_short_lines(scorer: Scorer) -> None:
    short = "ihatemuslims"
    long = "ihatemuslims " + " ".join(["and", "so", "on"] * 3)
    assert scorer.score(short).hostile
    assert not scorer.score(long).hostile


def test_joined_hit_names_the_pieces(scorer: Scorer) -> None:
    verdict = scorer.score("muslimsarescum")
    assert verdict.matches
    assert any("scum" in match.term for match in verdict.matches), verdict.matches


# "going to" / "gonna" / "want to" hurt a named group is the threat "will hurt" is; the
# same words about one's body, the weather or nobody in particular are not.
@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("I'm going to hurt women the first chance I get", True),
        ("I am gonna hurt muslims", True),
        ("I want to hurt gay people", True),
        ("I'm going to hurt my back lifting this", False),
        ("this is going to hurt", False),
        ("my legs are gonna hurt tomorrow", False),
        ("I never want to hurt you", False),
    ],
)
def test_going_to_hurt_a_group_is_a_threat(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, (text, verdict.explanation)
    if hostile:
        assert Category.THREAT in verdict.categories


# Counter-speech that names the hate as a statement or phrase reports it; a statement
# about the reader, or a name-call after it, is still aimed at the reader.
@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("Statements like 'women are scum' are deeply hurtful.", False),
        ('Phrases like "muslims are trash" have no place here', False),
        ("your statement is stupid, idiot", True),
        ("that statement makes you look like an idiot", True),
    ],
)
def test_statements_like_are_reported_speech(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile, text
