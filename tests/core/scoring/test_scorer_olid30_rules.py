"""Shapes of the olid30 round (targeting_olid30, olid30_words and its lexicon lines), at
default settings: a person or the reader given a character fault the lexicon lacked,
said whole after a being verb ("she is so rude", "he is a piece of work", "you are so
condescending", "he is full of himself"), and a faint name-call used as the pointer to
one person ("this creep keeps messaging me", "that sicko thinks it's funny"); with the
look-alikes that stay clean (a thing, the writer, denied, asked, reported, a condition,
the fault going on, fond, a group or a camp, the name-call describing a thing)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# (line, target kind)
HOSTILE = (
    # a fault said of one person
    ("he was so rude", TargetKind.THIRD_PERSON),
    ("she is incredibly disrespectful", TargetKind.THIRD_PERSON),
    ("my landlord is so condescending", TargetKind.THIRD_PERSON),
    ("the admin is really shady", TargetKind.THIRD_PERSON),
    ("ngl he is two faced", TargetKind.THIRD_PERSON),
    ("Sarah is such a snob", TargetKind.THIRD_PERSON),
    ("he is a total piece of work", TargetKind.THIRD_PERSON),
    ("this guy is so full of himself", TargetKind.THIRD_PERSON),
    ("she is narcissistic and cruel", TargetKind.THIRD_PERSON),
    ("he is heartless", TargetKind.THIRD_PERSON),
    ("our coach is so manipulative", TargetKind.THIRD_PERSON),
    ("he is just plain rude", TargetKind.THIRD_PERSON),
    # said to the reader
    ("you are so rude", TargetKind.SECOND_PERSON),
    ("you are being really condescending", TargetKind.SECOND_PERSON),
    ("you're so full of yourself", TargetKind.SECOND_PERSON),
    ("ur a real piece of work", TargetKind.SECOND_PERSON),
    ("honestly you are such a snob", TargetKind.SECOND_PERSON),
    ("you are a nuisance", TargetKind.SECOND_PERSON),
    ("you're patronizing", TargetKind.SECOND_PERSON),
    # a faint name-call pointing at one person
    ("this creep keeps dming me", TargetKind.THIRD_PERSON),
    ("that sicko is back", TargetKind.THIRD_PERSON),
    ("this pos blocked me again", TargetKind.THIRD_PERSON),
    ("that weirdo needs to leave", TargetKind.THIRD_PERSON),
    ("this freak again", TargetKind.THIRD_PERSON),
)

CLEAN = (
    # a thing
    "that was so rude of the weather",
    "this deal is shady",
    "the whole thing seems shady",
    "that's so condescending",
    "the noise is a nuisance",
    "the statue is a piece of work",
    "the book is full of surprises",
    # the writer
    "I'm such a snob about tea",
    "i was so rude to her, i feel awful",
    # denied, asked, reported, a condition
    "he is not rude",
    "she is never condescending",
    "is he shady?",
    "my sister said he was rude",
    "if he is rude he gets muted",
    # the fault goes on, or no verdict
    "he is entitled to his opinion",
    "she is a nuisance to nobody",
    "don't be rude",
    "how rude",
    # fond
    "ur so rude lol love you",
    # a group or a camp: the older rules' reading
    "they are so condescending",
    "teenagers are so disrespectful",
    # the name-call describing a thing
    "this freak accident wrecked my car",
    "that pos terminal froze",
    "this creepy house",
)


@pytest.mark.parametrize(("text", "kind"), HOSTILE)
def test_olid30_hostile(scorer: Scorer, text: str, kind: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is kind, (text, verdict.target)


@pytest.mark.parametrize("text", CLEAN)
def test_olid30_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_olid30_group_reading_kept(scorer: Scorer) -> None:
    """hateprobe3 still reads its words of an identity group as an identity attack."""
    verdict = scorer.score("women are rude")
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP
