"""The rules the functional hate probe asked for (issue 8), as a specification.

Each rule with hostile cases and the clean near-misses that must stay clean, English and
Italian, at default settings: statements quoted in single quotes; group names shortened,
leet-spelt or run together; hatred of "every single one of them"; implicit derogation,
denied humanity and harm wished on a named group, which name no one when said of things.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.hate_spelling import (
    copula_run_together,
    group_run_together,
    inside,
    short_group_misspellings,
    single_quoted,
)
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, Severity, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "Writing 'immigrants are rats' should get you banned.",
        "Someone posted 'kill all Muslims' in chat and I reported it.",
        "'Trans people are freaks' is such an ignorant thing to say.",
        "Frasi come 'i neri sono scimmie' sono razziste.",
        "'Gli zingari sono tutti ladri' è un pregiudizio.",
        "Ho letto 'immigrati di merda' su un muro e mi sono vergognato.",
        "‘Women belong in the kitchen’ is not a joke, it is sexism.",
    ],
)
def test_a_statement_in_single_quotes_is_quoted_not_said(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "you 'genius' idiot",  # scare quotes around a word or two say it all the same
        "'women are trash' and you are an idiot",  # the words outside the quote are said
        "Immigrants are rats, don't 'educate' me.",
        "I don't care what you think, 'gay people are disgusting' and I mean it, faggot",
    ],
)
def test_scare_quotes_and_words_outside_the_quote_still_count(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


def test_single_quoted_spans_skip_apostrophes_and_short_quotes() -> None:
    text = "he said 'women don't matter' and the players' chat went 'lol'"
    spans = single_quoted(text)
    assert [text[a:b] for a, b in spans] == ["'women don't matter'"]
    assert inside(spans, text.index("women"), text.index("matter") + 6)
    assert not inside(spans, text.index("players"), text.index("players") + 7)
    assert single_quoted("it's fine, don't worry") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I hate wmen.", TargetKind.GROUP),
        ("I hate womn.", TargetKind.GROUP),
        ("Trns people are disgusting.", TargetKind.GROUP),
        ("Blck people are animals.", TargetKind.GROUP),
        ("I hate Mus1ims.", TargetKind.GROUP),
        ("D1sabled people are w0rthless.", TargetKind.GROUP),
        ("Odio le dnne.", TargetKind.GROUP),
        ("Gli ebri sono vermi.", TargetKind.GROUP),
    ],
)
def test_a_group_name_shortened_or_leet_spelt_is_the_group(
    scorer: Scorer, text: str, target: TargetKind
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is target


@pytest.mark.parametrize(
    "text",
    [
        "Wmen are great at this game.",  # a shortened name beside no hostile word
        "my blck phone died again",
        "Trns people are welcome in our guild.",
        "Le dnne del mio team sono fortissime.",
    ],
)
def test_a_shortened_group_name_alone_is_no_attack(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_short_misspellings_drop_vowels_only_and_skip_words() -> None:
    found = short_group_misspellings(["women", "trans", "muslims", "black"], {"tans", "blk"})
    assert found["wmen"] == "women" and found["womn"] == "women"
    assert found["trns"] == "trans" and found["musiims"] == "muslims"
    assert "tans" not in found  # a dropped consonant makes words ("tans", "bron")
    assert "blck" in found and "womens" not in found
    assert short_group_misspellings(["woman", "women"], set())["womn"] == "woman"  # either


@pytest.mark.parametrize(
    "text",
    [
        "I hate blackpeople.",
        "Kill allimmigrants.",
        "Odio gliimmigrati.",
        "Trans people aredisgusting.",
        "Disabled people areworthless.",
        "you aredisgusting",
    ],
)
def test_words_run_together_are_read_apart(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    ["blacklivesmatter", "allimmigrants are welcome here", "this isawesome", "gayprideparade"],
)
def test_run_together_words_without_hostility_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_run_together_pieces() -> None:
    cues = Scorer()._lexicon.cues
    assert group_run_together(["black", "people"], cues)
    assert group_run_together(["all", "immigrants"], cues)
    assert not group_run_together(["black", "lives", "matter"], cues)
    assert copula_run_together(["are", "disgusting"], {"disgusting"})
    assert not copula_run_together(["are", "awesome"], {"disgusting"})


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("I have met many women and I hate every single one of them.", True),
        ("Ho conosciuto tanti immigrati e li odio tutti.", True),
        ("I have met many gamers and I love every single one of them.", False),
        ("I have met many women and I hate every single one of these meetings.", False),
    ],
)
def test_hatred_reaches_every_single_one_of_them(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Trans people belong in a mental asylum.", Category.IDENTITY_ATTACK),
        ("Women are nothing but property.", Category.IDENTITY_ATTACK),
        ("Gay people should be kept away from children.", Category.IDENTITY_ATTACK),
        ("I feel that black people are less intelligent.", Category.IDENTITY_ATTACK),
        ("Immigrants should be shipped back where they came from.", Category.IDENTITY_ATTACK),
        ("Muslims should go back to the desert.", Category.IDENTITY_ATTACK),
        ("Trans people are not real people.", Category.IDENTITY_ATTACK),
        ("Black lives don't matter.", Category.IDENTITY_ATTACK),
        ("Black people can go fuck themselves.", Category.IDENTITY_ATTACK),
        ("Why are disabled people such a burden?", Category.IDENTITY_ATTACK),
        ("Gli ebrei sono avidi.", Category.IDENTITY_ATTACK),
        ("Gli zingari sono topi di fogna.", Category.IDENTITY_ATTACK),
        ("Ma i disabili a cosa servono?", Category.IDENTITY_ATTACK),
        ("Penso che i gay siano malati.", Category.IDENTITY_ATTACK),
        ("I neri dovrebbero tornare nella giungla.", Category.IDENTITY_ATTACK),
        ("Gli ebrei controllano tutte le banche.", Category.IDENTITY_ATTACK),
    ],
)
def test_implicit_derogation_of_a_named_group(
    scorer: Scorer, text: str, category: Category
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP
    assert verdict.categories[0] is category


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to shoot the gay people on my street.",
        "I will stab any disabled person who comes near me.",
        "I will murder every immigrant in this town.",
        "Women should be beaten.",
        "Muslims must all be deported.",
        "Le donne andrebbero picchiate.",
        "I disabili andrebbero soppressi.",
        "Penso che i musulmani vadano espulsi tutti.",
        "Prenderò a calci il prossimo gay che vedo.",
        "We should hang all black people.",
        "I will hunt down every trans person in this city.",
        "Let's burn every mosque and every Muslim with it.",
        "Darò fuoco agli zingari.",
    ],
)
def test_harm_meant_or_wished_on_a_named_group_is_a_severe_threat(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP
    assert Category.THREAT in verdict.categories
    assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Pandas belong in a zoo.",
        "These old chairs belong in the trash.",
        "Knives should be kept away from children.",
        "Eggs should be beaten until stiff.",
        "This bug should be eradicated.",
        "I'm going to shoot some hoops with the guys.",
        "gonna shoot the tank first",
        "I'm going to shoot a documentary about gay people.",
        "burn all the old files",
        "we should hang all the pictures in the hall",
        "gas all the way",
        "No gay person deserves to be beaten.",
        "Black lives matter.",
        "women should go back to work after the leave",
        "the guy was shipped back to the minors",
        "Questi treni andrebbero soppressi.",
        "I bambini sono avidi di dolci.",
        "Darò fuoco al camino stasera.",
        "Il campo rom è stato sgomberato ieri.",
        "Gli ebrei celebrano Hanukkah a dicembre.",
    ],
)
def test_the_same_words_said_of_things_or_denied_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
