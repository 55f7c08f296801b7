"""Shapes of the forum24 round (targeting_forum24, forum24_words, olid5_words.HOLES and
its lexicon line), at default settings: a person of the thread named by their place in
it and called a name; a commenter sent back to their den or anywhere "where you belong";
the reader's reading judged; with the look-alikes that stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a person of the thread, named by their place in it
    "the guy above is a moron",
    "the commenter above is braindead",
    "the poster above is an idiot",
    "that commenter is clueless",
    "lol the person above is such a clown",
    "this user is a total idiot",
    "the dude below is an imbecile",
    "il tizio sopra è un idiota",
    "quel tizio sopra è un cretino",
    # a commenter sent back to their den, or anywhere "where you belong"
    "go back to your echo chamber",
    "just go back to your bubble",
    "go back to ur subreddit",
    "go back to facebook where you belong",
    "go back to r/politics where u belong",
    # the reader's reading judged
    "work on your reading comprehension",
    "your reading comprehension is nonexistent",
    "reading comprehension isn't your strong suit",
    "reading comprehension is hard for you huh",
    "you have zero reading comprehension",
    "you have the reading comprehension of a toddler",
)

CLEAN = (
    # no name, or praise, or a kind sense
    "the guy above is right",
    "the guy below is a genius",
    "the commenter above made a great point",
    # a clause or a negation before, asked
    "i don't think the guy above is an idiot",
    "the guy above is not an idiot",
    "is the guy above an idiot?",
    # no order, the writer's own wish, no den
    "i want to go back to italy where i belong",
    "the team should go back to basics",
    "go back to your seat",
    "go back to sleep",
    "echo chambers are bad for everyone",
    # the writer's own reading, praise, the skill itself
    "my reading comprehension isn't great tbh",
    "your reading comprehension is great",
    "reading comprehension tests are hard",
    "can you help my kid with reading comprehension",
    "can you help with reading comprehension homework",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_forum24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_forum24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
