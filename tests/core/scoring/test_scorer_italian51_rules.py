"""Shapes of the italian51 round (italian51_spelling, read through the lexicon's typo
table), at default settings: an Italian hostile word or group name in chat letters ("k"
for a hard "c" or "ch", "x" for "z", "z" for a name's voiced "s"), a group's name or a
slur with the pejorative "-acci", a long insult with its last vowel clipped and
"terun" are read as spelled plainly; the same spellings said kindly, reported or of the
writer, everyday words near them and friendly swearing stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.italian51_spelling import chat_respellings
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # chat letters
    "sei un koglione",
    "fai skifo",
    "fai skifo al kazzo",
    "sei un rikkione",
    "gli ebrei sono skifosi",
    "sei uno stronxo",
    "sei un caxxone",
    "sei un kretino",
    "i muzulmani sono feccia",
    "muzzulmani di merda",
    # the pejorative "-acci"
    "zingaracci di merda",
    "musulmanacci del cazzo",
    "frociaccio di merda",
    "sei uno stronzaccio",
    # a clipped last vowel, a dialect name
    "zitto ritardat",
    "sei un coglion",
    "i terun sono ladri",
    "terun di merda",
)

CLEAN = (
    # the same spellings said kindly, reported or of the writer
    "i muzulmani celebrano il ramadan",
    "chi dice muzulmani di merda è razzista",
    "non chiamarli zingaracci",
    "sono un koglione, ho perso le chiavi",
    "mi sento un coglion oggi",
    "sono terun e ne vado fiero",
    # things and friendly swearing in chat letters
    "che skifo di partita",
    "questo film fa skifo",
    "ho fatto una kazzata",
    "che kazzo di gol",
    "kasa mia è piccola",
    # everyday words near these spellings
    "i ragazzacci del quartiere",
    "arriviamo in ritardo",
    "devo cogliere l'occasione",
    "i neretti del testo sono troppi",
    "ho preso un negroni al bar",
    "the assassin was caught",
    "the frontier town",
    "rancid butter smells",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian51_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian51_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_chat_respellings() -> None:
    found = chat_respellings(
        {"coglione", "schifo", "ricchione", "stronzo"},
        {"musulmani", "zingari", "zingaro"},
        {"ritardato", "ritardati", "coglione"},
        {"skifo"},
    )
    assert found["koglione"] == "coglione"
    assert found["rikkione"] == "ricchione"
    assert found["stronxo"] == "stronzo"
    assert "skifo" not in found  # taken: an older list's word
    assert found["muzulmani"] == found["muzzulmani"] == "musulmani"
    assert "muzulmani" not in chat_respellings({"musulmani"}, (), (), ())  # names only
    assert found["zingaracci"] == "zingari"
    assert found["zingaraccio"] == "zingaro"
    assert found["ritardat"] == "ritardato"  # the masculine singular of the clipped forms
    assert found["coglion"] == "coglione"
    assert found["terun"] == "terrone"
