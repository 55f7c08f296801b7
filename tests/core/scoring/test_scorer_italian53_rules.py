"""Shapes of the italian53 round (targeting_italian53, italian53_words, its lexicon lines),
at default settings: a named group's humanity denied with an intensifier or an article
inside ("non sono nemmeno persone", "non è neanche una persona"), nothing human left,
a worth below nothing or an animal, an animal worth more than a named group, "non
considero <group> persone", and "zinghi" cursed as a group are hostile; bots and
robots, pets, counts, counter-speech, reported lines, "mica" denials and a human noun
that says something else stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # humanity denied with an intensifier or an article inside
    "gli islamici non sono neppure persone",
    "le lesbiche non sono manco esseri umani",
    "i migranti non sono degli esseri umani",
    "una zingara non è nemmeno una persona",
    "un ebreo non è un vero essere umano",
    # nothing human left, a worth below nothing or an animal
    "gli stranieri non hanno nulla di umano",
    "un musulmano non ha proprio niente di umano",
    "i froci sono meno di zero",
    "gli zingari sono meno dei vermi",
    # an animal worth more than a named group
    "un maiale vale più di un musulmano",
    "i topi valgono più dei rom",
    "meglio un ratto che una lesbica",
    "un cane merita più rispetto di una trans",
    # "non considero" and a human noun
    "non considero gli zingari esseri umani",
    "i musulmani? non li considero nemmeno persone",
    "le lesbiche non le considero persone normali",
    # "zinghi", the mangled "zingari", as a group's name
    "zinghi di merda",
    "gli zinghi rubano",
)

CLEAN = (
    # bots, robots, pets, counts, arrivals
    "gli npc non sono neanche persone vere",
    "questo chatbot non ha nulla di umano",
    "il mio gatto vale più di qualsiasi regalo",
    "meglio un cane che un pesce",
    "i rom non sono neanche cento in tutta la città",
    "gli immigrati non sono nemmeno sbarcati",
    # counter-speech and reported lines
    "chi dice che gli ebrei non sono nemmeno persone è un nazista",
    "mi ha scritto che i gay non sono nemmeno umani, l'ho segnalato",
    # "mica" denials
    "le donne non sono mica tutte uguali",
    # "non considero" saying something else
    "non considero i musulmani persone pericolose",
    "non considero questa proposta",
    "i trans li considero persone come tutte",
    # "zinghi" with nothing hostile said of them
    "gli zinghi suonavano alla festa",
    # friendly swearing
    "cazzo che partita, non sono nemmeno riuscito a sedermi",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian53_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian53_animal_over_a_group_is_at_a_group(scorer: Scorer) -> None:
    assert scorer.score("un cane vale più di un ebreo").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian53_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
