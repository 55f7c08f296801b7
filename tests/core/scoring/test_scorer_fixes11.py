"""Table tests for review11's fixes to the hatecheck11, italian11, olid7 and phrase11
rounds (issue 8).

Every line in CLEAN_FIXED was flagged on main before these fixes (commit c31a7ae); the
GUARD lines are the near shapes that must keep their reading. The lines are fresh
wording, none taken from the data files.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.probe_checks import hostile_as_the_bot_scores

# Lines these fixes turn from hostile to clean.
CLEAN_FIXED: tuple[str, ...] = (
    # olid7's denial of wits (and new judging words) asked back and answered "no"
    "you are not very bright? no you are a genius",
    "he's not the sharpest tool? no way, he's a genius",
    "she's not very smart? lol no she's brilliant",
    "you are not very bright? lol no",
    "he's not the brightest? nah he's the smartest guy i know",
    "ur so petty? lol nah ur the sweetest",
    # italian11's orders to distrust or avoid: a thing about the group is distrusted
    "non fidatevi mai dei titoli dei giornali sugli immigrati",
    "non fidatevi delle fake news sui migranti",
    "diffidate delle bufale sugli stranieri",
    "non fidatevi di quello che dicono i giornali sui rom",
    # italian11's orders reported as another's words
    "mio padre mi diceva sempre: non fidatevi degli zingari. era razzista",
    "è razzista dire non fidatevi degli zingari",
    "chi dice state lontani dai musulmani è un razzista",
    "il giornale scriveva: non assumete stranieri. vergognoso",
)

# Near shapes that must stay hostile.
HOSTILE_GUARDS: tuple[str, ...] = (
    "you are not very bright",
    "he's not the sharpest tool in the shed",
    "she's not very smart? yes obviously",
    "she's not very smart? no she's a total idiot",
    "you're not very bright. no one likes you",
    "you are not very bright, no wonder you failed",
    "you are so petty. no one cares",
    "non fidatevi mai degli zingari",
    "state lontani per il vostro bene dagli zingari",
    "non affittate case per gli immigrati",
    "non assumete stranieri per nessun motivo",
    "state alla larga dai gay",
    "ti dico: non fidatevi degli zingari",
    "voglio dire, non fidatevi degli zingari",
    "vi devo dire una cosa: state lontani dai musulmani",
    "l'ho sempre detto: non fidatevi degli zingari",
)

# Near shapes that must stay clean.
CLEAN_GUARDS: tuple[str, ...] = (
    "the screen is not very bright outside",
    "i'm not very bright in the mornings",
    "non fidatevi mai del meteo",
    "state lontani dalle manifestazioni contro i gay",
)


@pytest.mark.parametrize("line", HOSTILE_GUARDS)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("line", CLEAN_FIXED + CLEAN_GUARDS)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize(
    "line",
    [
        "you are not very bright?",
        "you are not very bright? lol",
        "you are not very bright? no",
        "he's not the sharpest tool?",
        "not very bright",
        "non fidatevi dei titoli sugli",
        "diffidate delle",
        "diceva non fidatevi",
        "dire: diffidate dei",
    ],
)
def test_short_endings(scorer: Scorer, line: str) -> None:
    """The review11 reads look a few tokens past the hit: a line that ends there gives a
    verdict, never an IndexError."""
    for text in (line, line + " " + "the " * 30 + "end", "x " * 40 + line):
        scorer.score(text)
        scorer.score(text, mentions_someone=True, is_reply=True)
