"""Shapes of the italian29 round (targeting_italian29, italian29_words and its lexicon
lines), at default settings: people called fit for the gallows or the firing squad with
"da" and only people or no one named before it; a singular curse word between a
pointing word or an article and a person noun; pity for people in need; with the
look-alikes that stay clean: a thing or an animal before the call, negation, reports,
quotes, the writer's own, games' monsters, a thing after the curse word, the curse word
alone or before the writer, pity read as scorn of other people."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # people fit for the gallows, no one or only people named before
    "sono tutti da impiccare",
    "tutti da fucilare sul posto",
    "i politici sono da fucilare",
    "gente da sterminare",
    "i corrotti sono da impiccare in piazza",
    "per me sono tutti da mettere al muro",
    "altro che galera, sono da fucilare",
    "da impiccare tutti quanti",
    "sono tutti da bruciare vivi",
    # the reader, a third person
    "siete tutti da impiccare",
    "sei da fucilare",
    "l'arbitro è da fucilare",
    "quel ministro è da impiccare",
    # a singular curse word before a person noun
    "quel maledetto ministro",
    "quella maledetta ministra",
    "sto maledetto arbitro",
    "quel maledetto ministro deve dimettersi",
    "quel fottuto arbitro",
    # before a group, as the older rules read the plural
    "quel maledetto zingaro",
    "maledetto ebreo",
)

CLEAN = (
    # a thing or an animal before the call, games' monsters
    "file da eliminare",
    "questo film è da fucilare",
    "le zanzare sono da sterminare",
    "tempo da ammazzare",
    "tutti da ammazzare nel dungeon",
    "un boss da abbattere",
    # negated, reported, quoted
    "non sono da fucilare, sono da votare meglio",
    "nessuno è da impiccare",
    "chi dice che sono tutti da impiccare esagera",
    "'sono tutti da impiccare' ha detto",
    # the writer's own
    "io sono da fucilare",
    "sono da fucilare, ho dimenticato le chiavi",
    "roba da impiccarsi",
    # a thing after the curse word, the curse word alone or of the writer
    "quel maledetto lunedì",
    "quel maledetto lag",
    "sto maledetto telefono",
    "quel fottuto server",
    "maledetta sfortuna",
    "maledetto me che non ho studiato",
    "maledetto!",
    # pity for people in need
    "i profughi fanno pena",
    "i profughi mi fanno pena",
    "mi fanno pena i profughi in mare",
    "i rifugiati fanno pena",
    # ordinary talk of people
    "quel ministro ha detto una cosa giusta",
    "il sindaco è da votare",
)

# Pity read as scorn of other people stays as the older rules read it.
STILL_HOSTILE = (
    "gli immigrati fanno pena",
    "i politici fanno pena",
)


@pytest.mark.parametrize("text", HOSTILE + STILL_HOSTILE)
def test_italian29_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian29_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
