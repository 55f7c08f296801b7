"""Shapes of the italian58 round (targeting_italian58, italian58_words), at default
settings: a named group disliked ("non mi piacciono i gay", "a me i neri non piacciono")
or met with disgust at the sight of it ("ogni volta che vedo un nero mi viene da
vomitare", "vedere i rom in giro mi fa schifo") is aimed at the group; things and people
who are no group, a group's word used of a thing, a dative, disgust at harm done to a
group, questions, reports, denials and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # dislike, the group after or before
    "non mi piacciono gli zingari",
    "non mi piacciono proprio i musulmani",
    "non mi piacciono affatto i trans",
    "non mi piacciono gli ebrei, sono avari",
    "i neri non mi piacciono",
    "a me i gay non piacciono proprio",
    "le donne non mi piacciono per niente",
    # disgust at the sight
    "ogni volta che vedo un ebreo mi viene da vomitare",
    "quando vedo due gay mano nella mano mi viene il voltastomaco",
    "se incontro un rom mi viene la nausea",
    "vedere le donne velate mi fa schifo",
    "vedere due trans mi disgusta",
    "quando vedo un nero, mi viene il vomito",
)

CLEAN = (
    # disgust at how a group is treated (the final review's lines)
    "vedere gli immigrati sfruttati mi fa schifo",
    "vedere i rom respinti mi fa schifo",
    "vedere gli immigrati in quelle condizioni mi fa schifo",
    # things, people who are no group, a group's word used of a thing, a dative
    "non mi piacciono le melanzane",
    "non mi piacciono gli allenatori che urlano",
    "i vicini non mi piacciono",
    "non mi piacciono i locali gay troppo cari",
    "ai musulmani non piacciono i cani, dicono",
    "ai bambini rom non piacciono le verdure",
    # disgust at a thing or at harm done to the group
    "quando vedo le lumache mi viene da vomitare",
    "quando vedo un rom picchiato mi viene la nausea",
    "vedere i gay derisi in tv mi fa schifo",
    "mi viene il voltastomaco in nave",
    # questions, reports, denials, counter-speech, friendly lines
    "a chi non piacciono i gay?",
    "mio padre dice che gli zingari non gli piacciono",
    "non è vero che i neri non mi piacciono",
    "dire che ti viene la nausea quando vedi un gay è omofobo",
    "quando vedo un ebreo lo abbraccio",
    "mi piacciono molto gli immigrati che conosco",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian58_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian58_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("non mi piacciono gli zingari").target is TargetKind.GROUP
    assert scorer.score("vedere le donne velate mi fa schifo").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian58_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
