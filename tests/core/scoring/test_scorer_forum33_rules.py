"""Shapes of the forum33 round (targeting_forum33, forum33_words), at default settings:
a named group cast as sexual predators ("immigrant rape gangs", "africans raping
women", "the refugees raped her") or as the hidden rulers of a country
or the world ("zionist jews rule america", "the jews took over the press") is an
identity attack; a crime with no group blamed, a group as the victims, a single crime
told, denials, frames, questions and reported posts, gender groups and everyday running
stay clean; "rapist" said near women who are the victims no longer reads as aimed at
women."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group's name before the noun, naming the doers
    "another girl raped by a muslim rape gang",
    "immigrant rape gangs operate freely",
    "muslim rape jihad is real",
    # the group as the subject
    "africans raping women all over europe",
    "muslims rape and the media hides it",
    "the refugees raped her in broad daylight",
    "illegals come here only to rape",
    "arab men are raping our daughters",
    # hidden rulers
    "zionist jews rule america",
    "the jews took over the press",
    "muslims secretly own our government",
    "jews are behind all the wars",
    "jews control what your kids watch",
    "the jews have taken over our schools",
)

CLEAN = (
    # a crime with no group blamed, or a single crime told
    "she was raped by her ex boyfriend",
    "he was raped by a migrant, the court heard",
    "the victim was raped by a refugee last may",
    # the group as the victims, or the topic
    "muslim rape victims rarely get justice",
    "refugee women are raped in the camps",
    "migrants were raped on the boats",
    "refugees fleeing rape deserve asylum",
    "the rape of jewish girls in the pogroms",
    # denied, framed, asked, reported, quoted
    "it's a lie that africans rape women",
    "people who say muslims rape children are bigots",
    "do migrants rape more than locals?",
    "tourist allegedly raped by migrant vendor",
    "the myth that jews run the world has a long history",
    '"the jews run the world" is an antisemitic slogan',
    "nobody serious thinks jews rule the world",
    # gender groups, and everyday running
    "men rape, and women live in fear of it",
    "white people made it illegal to rape your wife only in the nineties",
    "girls run the world, who run the world",
    "women rule the world in my house",
    "my jewish aunt runs the bakery",
    "the mexicans took over the kitchen tonight",
    "muslims run the food bank on fridays",
    # a rapist named near women who are the victims
    "the rapist walked free and the women he raped got nothing",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_forum33_predators_aim_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("refugees rape our women").target is TargetKind.GROUP


def test_forum33_rulers_aim_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("zionist jews rule america").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_forum33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
