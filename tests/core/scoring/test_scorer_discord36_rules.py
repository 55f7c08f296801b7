"""Shapes of the discord36 round (targeting_discord36, discord36_words and its lexicon
lines), at default settings: the reader excluded with no insult word, read as a whole
line: friendship or belonging denied ("ur not my friend", "we're not friends anymore"),
discord35's rejection closed by a dismissal ("i dont like u. leave."), and a bare wish
of death ("die", "pls die"); with the look-alikes that stay clean (a possessive, the
line going on, someone else, asked, reported or quoted, a kind word or emoji after,
dying in a game or of laughter). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

DENIED = (
    "ur not my friend",
    "you're not my friend anymore",
    "u r not my friend lol",
    "honestly you were never my friend",
    "we're not friends anymore",
    "you and i are not friends",
    "i'm not your friend",
    "im not ur friend and never will be",
    "ur not part of this group",
    "you are not part of our squad",
    "ur not my friend. bye",
)

SENT_AWAY = (
    "i dont like u. leave.",
    "i dont like you, get out",
    "we dont like u. leave pls",
    "i never liked u. bye",
    "i dont like u at all so just leave",
)

DEATH_WISH = (
    "pls die",
    "PLS DIE",
    "die already",
    "just die. seriously",
    "just go die already",
    "<@123> die",
)

CLEAN = (
    # a possessive or the line goes on
    "ur not my friend's brother",
    "you're not my friend, you're my best friend",
    "ur not my friend, ur my family",
    "i'm not your friend, i'm your sister",
    "ur not part of this conversation",
    "ur not friends with him?",
    # someone else, asked, reported, quoted
    "he's not my friend anymore",
    "she said ur not my friend",
    "ur not my friend?",
    '"ur not my friend" is a meme',
    "not my friend lol",
    # a kind word or emoji after
    "ur not my friend jk ily",
    "ur not my friend 😘",
    # discord35's rejection going on, not sending away
    "i dont like u leaving so soon",
    "i dont like u going out late",
    "i dont like u. leave me alone",
    # leaving
    "leave the server if you want, no hard feelings",
    "i have to leave, bye",
    # dying in a game, of laughter, or as hype; a lone "die" is a game callout as often
    "die",
    "DIE",
    "die. seriously",
    "die lit",
    "die again lol",
    "i'll die if this boss hits again",
    "dont die this time",
    "i could die now",
    "die?",
    "he said die",
)


@pytest.mark.parametrize("text", DENIED)
def test_discord36_denied(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.SECOND_PERSON, text


@pytest.mark.parametrize("text", SENT_AWAY + DEATH_WISH)
def test_discord36_sent_away_or_death_wish(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
