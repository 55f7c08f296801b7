"""Shapes of the insults19 round (targeting_insults19, insults19_words and its lexicon
lines), at default settings: a bare name-call closing an order about "it" or after
"this" and a modifier, a sneering
question about the reader's reading or thinking, the reader's kind or ilk, the reader
taken seriously by no one, olid6's exclamation with a modifier; with the look-alikes
that stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a bare name-call closing an order about "it"
    "look it up moron",
    "look it up, moron",
    "@bob look it up moron lol",
    "then dont watch it loser",
    "get over it crybaby",
    "deal with it snowflake",
    "so just drop it already clown",
    "spell it right idiot",
    # ... or past the order's thing
    "read a book moron",
    "read a book, moron",
    # a name-call after "this" or "that" and a modifier, said of one person
    "fuck this fat idiot",
    "this lying moron is at it again",
    "fuck that lying moron",
    "this fat little creep thinks he's funny",
    # a sneering question, said whole or going on with what was not read or meant
    "do you even read?",
    "lol do you even read",
    "seriously, do you even think before you post",
    "did you even read the article",
    "do you even know what that word means",
    "do you even know what you're talking about",
    "how do you even function",
    # the reader's kind or ilk
    "you and your ilk",
    "people of your ilk ruin everything",
    "you and your kind",
    "you and your kind should leave",
    "your kind are the problem",
    # the reader taken seriously by no one
    "nobody takes you seriously",
    "@bob no one takes you seriously anymore",
    # olid6's exclamation, a modifier between
    "what a total tool",
    "what a complete fraud",
    # Italian
    "ma sai almeno leggere?",
    "nessuno ti prende sul serio",
    "tu e quelli come te",
    "tu e quelli come te siete la rovina",
)

CLEAN = (
    # no order, or the clause goes on: the writer's own, a thing
    "i looked it up, im such a moron",
    "forgot it again idiot",
    "read it again, the idiot box is on",
    "yesterday my brother said look it up moron",
    "nail it genius",
    "i read a book moron",
    "watch the clown",
    "read the book idiot proof guide",
    # "this" and a modifier before a name-call going on with a thing
    "this idiot proof design",
    "make this day my bitch",
    "think that thru asshole",
    "ugh this stupid idiot box",
    "this stupid game",
    # a question asked: going on with anything else, reported
    "do you even read manga?",
    "do you even think pineapple belongs on pizza",
    "do you even know what time it is lol",
    "he asked do you even read",
    "if you even read the rules you would know",
    "do you read before bed?",
    # kind words, kinds of things
    "thanks for your kind words",
    "your kind of music is great",
    "you and your kind heart",
    "what kind of dog is that",
    # anyone taken seriously, the writer's own
    "nobody takes me seriously",
    "nobody takes you seriously if you dont have a degree",
    "no one takes you seriously when you're new",
    # olid6's exclamation going on
    "what a total tool for the job",
    # Italian: the writer's own, anyone's, a kind word
    "nessuno mi prende sul serio",
    "nessuno ti prende sul serio se non hai una laurea",
    "quelli come te sono rari",
    "tu e quelli come te meritate un premio",
    "sai leggere lo spartito?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults19_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_insults19_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
