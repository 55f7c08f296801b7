"""Table tests for threats8 (issue 8): threats, doxxing, campaigns, shut-outs and
self-harm orders with no swear word, and the clean look-alikes the rules keep clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.threats8_words import AT_PERSON

_LEXICONS = Path(__file__).parents[3] / "bot" / "core" / "scoring" / "lexicons"

# A campaign or shut-out aimed at the pronoun it holds.
CAMPAIGNS = (
    "raid his dms", "send her death threats", "everyone unfollow him",
    "nobody talk to her", "nobody invite him", "dox him", "lets make her quit the server",
    "make his life miserable guys", "bloccatelo tutti", "non invitatela più",
    "nessuno le parli", "smettete di seguirlo",
)  # fmt: skip
# Threats, exposure and self-harm orders said to the reader.
THREATS = (
    "ill find your address", "you're going to regret this", "i'll leak your pics",
    "you better sleep with one eye open", "your days are numbered", "wait till i find u",
    "i'll put you in the hospital", "ti rovino la vita", "te la faccio pagare",
    "pubblico il tuo indirizzo", "ti aspetto sotto casa",
)  # fmt: skip
SELF_HARM = (
    "go jump off a bridge", "just end it already", "no one would miss you", "drink bleach",
    "the world would be better without you", "buttati da un ponte",
    "fatti un favore e sparisci", "non meriti di vivere",
)  # fmt: skip
# Clean: a program named, a treat or a clock time, a game's hazard or thing, a list.
CLEAN = (
    "block the scam accounts everyone", "report the spam bot until it's gone",
    "so dove abiti, ti porto la torta", "ti vengo a prendere alle otto",
    "you'll regret eating that taco", "we know where you work, we'll bring lunch",
    "watch your back, sniper on the roof", "guardati le spalle, ne arriva uno da dietro",
    "you're next in the queue", "i'm coming for you, hold the point",
    "i'll find your address in the signup sheet", "nobody talk during the exam",
    "jump off the bridge in the map to skip", "pls don't drink bleach it's a meme",
    "i want to die", "la mia vita è finita, ho perso la partita",
)  # fmt: skip


@pytest.mark.parametrize("line", CAMPAIGNS + THREATS + SELF_HARM)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, line


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, line


def test_campaign_is_said_of_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("raid his dms").target == "third_person"


def test_every_campaign_term_is_a_lexicon_line() -> None:
    terms = set()
    for path in _LEXICONS.glob("*/*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                terms.add(line.split(" = ")[0].split(" [")[0].strip())
    assert terms >= AT_PERSON, sorted(AT_PERSON - terms)
