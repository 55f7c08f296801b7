"""Shapes of the discord31 round (targeting_discord31, discord31_words and its lexicon
lines), at default settings: the reader's head or brain judged ("ur brain is empty",
"your head is full of air", "there's nothing in ur head"), a habit thrown at the reader
("you talk too much", "u literally never shut up", "ur always complaining") and what the
reader said dismissed in a whole line ("nobody laughed", "ok and? nobody cares"); with
the look-alikes that stay clean (the same words at the writer, at a thing, of a third
person, denied, asked, reported, quoted, a kind word after, a line that goes on).
English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the reader's head or brain judged
    "ur brain is empty",
    "your head is full of air",
    "bro ur brain is literally empty",
    "your brain is so smooth",
    "ur brain is the size of a grape",
    "nah ur head is so empty",
    "there's nothing in your head",
    "theres nothing in ur brain lol",
    # a habit thrown at the reader
    "you talk too much",
    "u talk way too much",
    "omg you talk too much",
    "u literally never shut up",
    "you just never stop talking",
    "u always complain",
    "you always complain about everything",
    "ur always complaining",
    "you're always whining",
    "you are always talking too much",
    "u always cry about everything",
    # a whole line's dismissal
    "nobody laughed",
    "no one laughed bro",
    "literally nobody laughed lol",
    "ok and? nobody cares",
    "and? no one cares",
)

CLEAN = (
    # the writer's, a third person's, a thing's
    "i talk too much lol",
    "sorry i never shut up",
    "my brain is empty today",
    "my head is full of air after that test",
    "his brain is so smooth lmao",
    "the teacher talks too much",
    "he never shuts up in class",
    "people always complain about the update",
    "my kids are always whining",
    "the chat is empty",
    "the balloon is full of air",
    # denied, asked, reported, quoted
    "ur brain isnt empty, ur just tired",
    "you dont talk too much at all",
    "do i talk too much?",
    "do you think i talk too much?",
    "why do you always complain?",
    "he said u talk too much lol",
    "they say you never shut up",
    '"you talk too much" is what she told me',
    "i feel like ur brain is empty",
    # not opening the sentence
    "if you talk too much they mute you",
    "when u never shut up the teacher gets mad",
    # a kind word after it
    "you talk too much but i love u",
    "u never shut up and thats why ur my best friend",
    "ur brain is empty jk",
    # a line that goes on past the dismissal
    "nobody laughed at my joke :(",
    "nobody laughed when he fell",
    "i told a joke and nobody laughed",
    "there's nothing in your head to worry about",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
