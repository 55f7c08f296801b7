"""Shapes of the discord21 round (targeting_discord21, discord21_words and its lexicon
lines), at default settings: a trait pinned on the reader with the reader's "ur" (or
"sei") opening the sentence, a mocking reply sent whole, the worst of a server role sent
whole; and clean: the same words about oneself, a game or a thing, a kind word after
them, a question or a clause going on, a report."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a trait pinned on the reader
    "ur so toxic",
    "ur so lame bro",
    "u r so toxic",
    "ur toxic af",
    "you are so lame",
    "bro ur literally so boring",
    "ur not funny",
    "ur not even funny lol",
    "ur really not funny",
    "you're not that funny",
    "your not funny",
    "ur so childish",
    "you are so immature lol",
    "ur so cocky",
    # a mocking reply sent whole
    # the worst of a server role sent whole
    "worst mod ever",
    "worst admin in history lol",
    # Italian
    "sei così noioso",
    "ma sei proprio così tossica",
    "non sei divertente",
    "non fai ridere",
    "ma non fai ridere",
)

CLEAN = (
    # the same words about oneself, a game or a thing
    "im so weird lol",
    "im not funny lol",
    "this game is so toxic",
    "the new map is so weird",
    "skill issue on my part lol",
    "pure skill issue from me",
    "skill issue honestly, i need to practice more",
    "the patch notes are lame",
    "my little brother is so immature",
    "the new boss is so cocky in the cutscene",
    # a kind word after it
    "ur not funny ur hilarious",
    "ur so lame lol ily",
    "non sei divertente, sei esilarante",
    # a question or a clause going on
    "was it lag or a skill issue",
    "ur mid or top?",
    "ur mid laner is cracked",
    "worst map ever",
    "the worst admin story i ever heard",
    "nobody cares about the patch notes lol",
    # a report
    "he told me ur so toxic, is that true?",
    "someone said skill issue to me in vc",
    # Italian
    "questo gioco è così noioso",
    "il film è così noioso",
    "non sono divertente lol",
    "mi ha detto non sei divertente",
    "non fai ridere, io invece sì lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord21_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord21_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
