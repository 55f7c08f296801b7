"""Shapes of the hatecheck42 round (targeting_hatecheck42, hatecheck42_words), at default
settings: a list of judging words before people or an identity group ("these stupid,
ignorant people", "that ugly, fat loser") is aimed at them, and so is an identity group
taken up by a pronoun and called sick, crazy, insane or nuts ("muslims, they're crazy");
a list before a thing, a negated list, the writer's own, a claim of no group, a liking,
a report, a quote and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a list before plural people
    "these stupid, ignorant people",
    "those stupid, lazy teachers",
    "such dumb and useless guys",
    # a list before a person or a name-call
    "that ugly, fat loser",
    "this fat, lazy slob",
    "that dumb, ugly bitch",
    # a list before an identity group
    "those pathetic, worthless trans people",
    "those lazy, dirty immigrants",
    "filthy, disgusting gays",
    # an identity group taken up by a pronoun, and olid6's claims with "all" or "they're"
    "those trans people, they are all sick",
    "muslims, they're crazy",
    "immigrants? theyre nuts",
    "women - they're all insane",
    "gays, they're sick af",
    "gays are all sick",
)

CLEAN = (
    # a thing, a time or an animal
    "these stupid, annoying bugs",
    "those lazy, sunny afternoons",
    "his stupid, racist, moronic comments",
    "those dirty, smelly pigs at the farm",
    # one judging word, or a word that does not judge
    "those stupid people",
    "these brilliant, lazy people",
    # negated, the writer's own, reported, quoted, counter-speech
    "they aren't stupid, lazy people",
    "i'm a fat, lazy slob lol",
    "i froze like the dumb, crazy person in the movie",
    "my cat is a fat, lazy idiot lol",
    "i played so bad sorry guys",
    "those sick, insane players",
    "calling gays filthy, disgusting people is wrong",
    "stop calling immigrants lazy, dirty people",
    'he called them "lazy, dirty immigrants" and got banned',
    "she said those lazy, dirty immigrants were ruining it, which is racist",
    # the claims not said of an identity group, or a liking, a denial, a report, a question
    "they're all crazy lol",
    "you are all sick",
    "we're all crazy here",
    "my parents are all sick with flu",
    "my kids, they're all sick today",
    "women, they're crazy about this game",
    "i love muslims, they're all crazy nice",
    "not all muslims, they're crazy",
    "people say women, they're crazy, which is wrong",
    "are muslims, they're crazy?",
    'he said "gays, they are all sick" lol',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck42_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck42_plural_people_are_a_group(scorer: Scorer) -> None:
    assert scorer.score("these stupid, ignorant people").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck42_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
