"""Shapes of the discord38 round (targeting_discord38, discord38_words), at default
settings: a name-call after "that" or "this" as the object of the writer's verb of hate,
shutting out or harm ("i hate that bitch", "i'm blocking that asshole", "i'm done with
that idiot") and hate with "him" or "her" said outright ("i hate him so much") are aimed
at a third person; the writer naming themself, things, reported speech, a character in
a film or a book, negation, questions, events and mixed feelings stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a name-call as the object of the writer's verb
    "i hate that bitch",
    "i'm blocking that asshole",
    "i'm gonna beat that dumbass",
    "i despise that cunt",
    "i'm reporting that clown",
    "i literally hate that stupid bitch",
    "im about to mute this fat hoe",
    "i'm gonna ban that jerk tomorrow",
    "i'm gonna slap that whore",
    # after a rejecting preposition
    "i'm done with that idiot",
    "im so sick of that loser",
    "i'm so over that clown",
    "i'm tired of that prick talking",
    "i'm mad at this bitch",
    # hate with a pronoun, said outright
    "i hate him so much",
    "i really fucking hate her",
    "i despise him",
    "i hate her guts",
    "we hate him",
    "i hate him for what he did",
)

CLEAN = (
    # the writer naming themself
    "i'm that idiot who forgot the keys",
    "call me that bitch",
    "i was that loser who cried",
    # a kill in a match is play
    "i will kill that noob",
    # things, and a name-call word in a thing's name
    "i hate that song",
    "i'm blocking that website",
    "i hate that bitch of a boss fight",
    "i'm so done with that bitch of a level",
    "look at this clown fish i caught",
    "i hate that i love this",
    # reported speech, questions, negation, events, mixed feelings, things as "them"
    "he called me an idiot, what do i do?",
    "why do i hate him",
    "if i hate her then so be it",
    "i don't hate her",
    "i hate him leaving",
    "i hate her when she does that",
    "i hate him so much and i love him so much",
    "i hate them so much, spiders are gross",
    # a character in a film or a book
    "that idiot in the movie was hilarious",
    "the clown in that show is creepy",
    "the loser in that book wins in the end",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord38_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord38_name_call_is_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("i hate that bitch").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord38_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
