"""Shapes of the discord46 round (targeting_discord46, discord46_words), at default
settings: a member's own work or self-expression trashed to their face in a Discord
server ("ur art is trash", "your posts are so cringe", "your singing is awful", "your pfp
is ugly af", "your art sucks") is aimed at the reader; the speaker's own work, things that
are nobody's, gear and play, slang praise, negations, questions, reports, conditions and
advice, a verdict that goes on or is taken back stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # art and drawings
    "ur art is trash",
    "your drawings are terrible",
    "your fanart is ass",
    "your new pfp is so ugly",
    "your art style is ugly",
    "ur fan art is garbage",
    # posts, memes, edits, jokes
    "your posts are so cringe",
    "ur memes are cringe af",
    "your edit was so cringe",
    "your jokes are so bad",
    "your content is absolute garbage lol",
    # voice and singing
    "your singing is awful",
    "ur voice is cringe af",
    "your laugh is so annoying",
    # pictures, profile
    "ur profile pic is cringe",
    "your selfies are ugly ngl",
    # a verdict verb, an opener
    "your art sucks",
    "honestly your art is trash",
    "your art's trash",
)

CLEAN = (
    # the speaker's own work, things that are nobody's
    "my art is trash ngl i need practice",
    "my voice is so cringe",
    "the art in this game is trash",
    "this meme is cringe",
    "that video was so cringe",
    # gear, connection and play stay the older readings
    "your ping is trash today",
    "your mic is so bad, fix it",
    "your wifi is garbage lol",
    # praise and slang praise
    "your art is amazing",
    "your music is so savage",
    "your edit is nasty",
    "your song is insane",
    "your laugh is evil lol",
    # negations, questions, reports, conditions, advice
    "your art isnt trash at all",
    "nobody thinks your posts are cringe",
    "i never said your art was bad",
    "your art is trash? nah it's fire",
    "he thinks your art is trash",
    "if your art is bad just keep practicing",
    "ignore anyone saying your art is trash",
    "he keeps saying my art is trash, what do i do",
    # a verdict that goes on, or is taken back
    "your old art was bad but now its amazing",
    "your cover is so bad it's good",
    "your art is trash. jk ily",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord46_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord46_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("ur art is trash").target is TargetKind.SECOND_PERSON
    assert scorer.score("your posts are so cringe").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord46_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
