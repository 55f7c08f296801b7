"""The insults8 shapes (issue 8) as a table: comment-section put-downs of the person
replied to that carry no classic insult word (targeting_insults8.py).

- The reader's ignorance, "you" the subject: "you obviously have no clue what you're
  talking about", "have you been living under a rock?"; the writer's confusion ("I have
  no idea what you're talking about") and a third person's ("she knows nothing about
  cars") stay clean.
- The reader's age, a child's age or a child closing the sentence: "you must be eleven",
  "what are you, 9?"; "you must be 21 to buy this" and "you must be tired" stay clean.
- The reader blamed for a harm: "you're the reason this forum is dying", "people like
  you ruin every thread"; "you're the reason I kept going" stays clean.
- Sent back to a den: "crawl back into your hole"; "crawl back into bed" stays clean.
- A sarcastic title: "you're a real genius", "wow, what a genius"; "my aunt is a real
  genius with numbers" and "wow, what a genius invention" stay clean.

Every line is written for this file, none taken from the data. English only: the
Italian lexicon has no such phrases in this round.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

IGNORANCE_HOSTILE = (
    "you obviously have no clue what you're talking about",
    "you honestly have no idea what you are talking about, stop",
    "u really have no idea what ur talking about",
    "you simply don't know the first thing about history",
    "are you still living under a rock or what",
)
IGNORANCE_CLEAN = (
    "I have no idea what you're talking about, can you explain?",
    "sorry, no clue what you are talking about",
    "she knows nothing about cars",
    "we know nothing about the new coach yet",
    "I've been living under a rock, what did I miss?",
)
AGE_HOSTILE = (
    "you must be eleven",
    "what are you, 9?",
    "you sound like a twelve year old",
    "you act like a toddler",
    "you must be like 13 years old",
)
AGE_CLEAN = (
    "you must be 21 to buy this",
    "you must be tired after the game",
    "what are you cooking tonight",
    "you sound like my brother",
    "you are a child of the eighties too?",
)
BLAME_HOSTILE = (
    "you're the reason this forum is dying",
    "you are the reason nobody can have a normal discussion here",
    "people like you ruin every thread",
    "people like you are a plague on this site",
    "it's people like you who make everything worse",
)
BLAME_CLEAN = (
    "you're the reason I kept going, thank you",
    "you are the reason I signed up",
    "people like you make this community great",
    "people like you and me need cheaper housing",
    "I wish there were more people like you",
)
DEN_HOSTILE = (
    "crawl back into your hole",
    "go crawl back under whatever rock you live under",
    "slither back to your swamp",
    "crawl back to your basement and stay there",
    "just crawl back into your cave",
)
DEN_CLEAN = (
    "crawl back into bed and sleep it off",
    "the baby learned to crawl back to the couch",
    "the cat tried to crawl back inside",
    "we had to crawl back through the tunnel",
    "slither back and forth, the snake moved",
)
TITLE_HOSTILE = (
    "you're a real genius, huh",
    "ur a real einstein",
    "you are a regular genius aren't you",
    "wow, what a genius",
    "oh what a genius",
)
TITLE_CLEAN = (
    "my aunt is a real genius with numbers",
    "wow, what a genius invention",
    "you're a real genius, thanks for fixing it",
    "what a genius",
    "he was a regular genius at chess",
)

HOSTILE = IGNORANCE_HOSTILE + AGE_HOSTILE + BLAME_HOSTILE + DEN_HOSTILE + TITLE_HOSTILE
CLEAN = IGNORANCE_CLEAN + AGE_CLEAN + BLAME_CLEAN + DEN_CLEAN + TITLE_CLEAN


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
