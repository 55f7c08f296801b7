"""Shapes of the italian69 round (targeting_italian69, italian69_words), at default
settings: Italian national and ethnic groups the group list lacked, read as people after
a determiner or opening the message ("gli israeliani sono feccia", "odio i palestinesi",
"le siriane sono feccia"), and a named group called "bestie" over the copula and an adverb
("i musulmani sono tutti bestie") are aimed at the group; the same words as adjectives
after a noun, neutral and positive mentions, news, animals, negations, questions,
counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the groups the list lacked
    "gli israeliani sono feccia",
    "i palestinesi sono parassiti",
    "odio i ceceni",
    "i ceceni non sono esseri umani",
    "israeliani di merda",
    "maledetti palestinesi",
    "sono stufo degli israeliani",
    "i serbi sono animali",
    "i kosovari sono tutti ladri",
    "le cecene sono bestie",
    "le siriane sono feccia",
    "le turche sono tutte ignoranti",
    "questi bosniaci puzzano",
    "i sikh sono parassiti",
    # "bestie" over an adverb
    "i musulmani sono tutti bestie",
    "gli zingari sono soltanto bestie",
    "i rom sono tutte bestie e basta",
    "gli immigrati sono veramente tutti bestie",
    "i palestinesi sono solo bestie, non persone",
)

CLEAN = (
    # neutral, positive and news mentions
    "gli israeliani votano oggi",
    "i palestinesi chiedono la pace",
    "i ceceni sono un popolo del caucaso",
    "il rapporto dice che i ceceni sono stati perseguitati",
    "le siriane scappano dalla guerra",
    "amo i palestinesi e gli israeliani",
    # the nationality as an adjective after a noun
    "le serie turche fanno schifo",
    "le spezie indiane fanno schifo",
    "i vini croati fanno schifo",
    "odio le soap turche",
    # animals and things, a verdict that goes on
    "le mucche sono solo bestie",
    "quelle scimmie sono tutte bestie",
    "i tori sono soltanto bestie",
    "i palestinesi sono tutti bestie in campo",
    "sono tutti bestie",
    # negations, questions, counter-speech and reports
    "i palestinesi non sono terroristi",
    "non è vero che gli israeliani sono parassiti",
    "i palestinesi sono tutti bestie? no, sono persone come noi",
    "smettetela di dire che i rom sono tutti bestie",
    "dire che i musulmani sono bestie è razzismo",
    "chi dice che i palestinesi sono feccia è un razzista",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian69_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian69_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gli israeliani sono feccia").target is TargetKind.GROUP
    assert scorer.score("i musulmani sono tutti bestie").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian69_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
