"""Shapes of the discord35 round (targeting_discord35, discord35_words and its lexicon
lines), at default settings: the reader rejected with no insult word, not liked, loved,
cared about or needed by the writer, the room or the reader's own people, sent as a
whole line ("i dont like u", "we dont care about you", "even ur mom doesnt like u",
"nobody loves u"); with the look-alikes that stay clean (the line goes on, a hedge or a
turn before it, asked, reported or quoted, a kind word or a loving emoji after, a thing
or someone else disliked). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer
    "i dont like u",
    "I don't like you",
    "bro i dont like u",
    "honestly i really dont like you",
    "i dont like u at all",
    "i dont like you and never will",
    "i never liked u lol",
    "i dont care about u",
    "i dont need u anymore",
    "i dont love you anymore",
    "because i dont like ya",
    # the room
    "we dont like u here",
    "none of us like u",
    "the whole server doesnt like u",
    "everyone here dislikes you",
    "they never liked you",
    # the reader's own people, and nobody
    "even ur own mom doesnt like u",
    "ur parents dont love u",
    "ur friends dont even like you",
    "she doesnt like u",
    "nobody loves u",
    "no one loves you lmao",
    "no one ever loved u",
)

CLEAN = (
    # the line goes on
    "i dont like u being sad",
    "i dont like u playing that hero",
    "i dont like you like that",
    "he doesnt like u back",
    "i dont like you guys fighting",
    "we dont need u to bring anything",
    "teachers dont like u if u talk in class",
    "i dont like you either way",
    # a hedge or a turn before it
    "its not that i dont like u",
    "i think she doesnt like u",
    "sorry i dont like you",
    "what if he doesnt like u",
    "cats dont like you",
    # asked, reported, quoted
    "does he like u?",
    "dont like you? fine",
    "he said i dont like u",
    '"i dont like you" is what she said',
    # a kind word or a loving emoji after
    "i dont like u lol jk",
    "i dont like u 😘",
    "nobody loves u like i do",
    # a thing or someone else
    "i dont like ur new pfp",
    "ur mom doesnt like cats",
    "no one loves mondays",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord35_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.SECOND_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord35_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
