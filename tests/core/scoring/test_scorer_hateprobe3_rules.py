"""The rules written after reading the third hate probe's misses (issue 8, hateprobe3):
claims whose denial is the attack, feelings aimed at a group, normalised hatred, harm
wished on a named group, slurs shut out or claimed, short core words misspelt. Each
shape with fresh examples (not the probe's) and the near-misses that must stay clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category

HOSTILE = [
    # A claim denied: a group's right to live, humanity or worth.
    "No trans woman deserves to exist.",
    "not one of those immigrants deserves to be alive",
    "Muslims don't even deserve to exist",
    "I refuse to see a gay man as a human being",
    "Nessuna donna merita di esistere.",
    "Non considererò mai gli zingari come esseri umani.",
    "Gli immigrati non saranno mai nostri pari.",
    "there is no such thing as a good immigrant",
    "There's no such thing as a good Muslim.",
    "La vita di un ebreo non vale nulla.",
    # A feeling aimed at the group after it.
    "honestly i'm sick and tired of muslims",
    "I'm so fed up with immigrants.",
    "Provo davvero ribrezzo per gli ebrei.",
    # Hatred said to be normal.
    "it is natural to hate trans people",
    "È giusto odiare gli zingari.",
    # Harm wished on a named group.
    "I want those gay people all dead",
    "every black person in this city deserves a bullet",
    "Trans people should be left to starve.",
    "Sarebbe bello se gli zingari fossero tutti morti.",
    "Un giorno sparo a un immigrato.",
    # A slur shut out; a rhetorical question that asks agreement.
    "Non vogliamo più froci nel nostro quartiere.",
    "L'Italia non sarebbe migliore senza i musulmani?",
    # A judging word said of a named group (group_predicates.py).
    "Transgender people are so untrustworthy.",
    "Gli ebrei sono subdoli e inaffidabili.",
    "Muslims are rodents.",
    # The writer's own saying; an adverb before the verb of hatred or the harm.
    "I would say muslims are parasites.",
    "I seriously loathe disabled people.",
    "Somebody should really kill immigrants.",
    "Gay people are not welcome here.",
    # A slur shut out after "basta".
    "Basta froci in questa città.",
    # Short core words misspelt.
    "i hte immigrants",
    "kil all muslims",
    "Women are so stpuid.",
    "Le donne sono fecia.",
    "Odoi gli immigrati.",
]

CLEAN = [
    # The same claims said plainly, or reported.
    "Every trans woman deserves to exist.",
    "Muslims deserve to live in peace like everyone else.",
    "No, immigrants deserve to be alive and safe.",
    "Black people were not treated as human beings under slavery.",
    "Ogni donna merita di vivere libera.",
    "Gli immigrati sono nostri pari.",
    "this phone doesn't matter at all",
    "Questo telefono non vale niente.",
    # Feelings about things, or the group's own.
    "I'm sick of this rain.",
    "Women are sick of being harassed at work.",
    "Provo disgusto per questa ingiustizia.",
    # Hatred called wrong.
    "It's not okay to hate trans people.",
    # Harm to things, games and plants.
    "my plants are all dead again",
    "the zombies should be left to rot in level 3",
    "Sparo a quel tank e vinciamo.",
    # Slurs claimed; negation said plainly.
    "Sono frocio e ne vado fiero.",
    "Siamo froci e felici.",
    "Il mondo non sarebbe migliore senza gli ebrei.",
    # Judging words said of things, of one person, or denied.
    "the new patch is so unreliable",
    "my landlord is untrustworthy",
    "Immigrants are often victims of aggressive policing.",
    "Muslims are not aggressive.",
    "Immigrants are welcome here.",
    # The reader's supposed opinion, others' words judged, hatred named as a thing.
    "If you think immigrants are parasites, you should meet some.",
    "It's shameful that people still call gay people perverts.",
    "Smettila di seminare odio verso i gay.",
    "How can anyone stand this heat?",
    # "rom" is a game file in English chat, so it names no group.
    "this rom is trash",
    # Typos near ordinary words; a thing after a negated clause.
    "i hate mondays",
    "Le verdure crude fanno schifo, non le sopporto.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_a_servers_own_term_is_not_read_as_said_of_group() -> None:
    """A custom term that is also a `said_of_group` word counts as the server set it."""
    custom = Scorer(ScorerConfig(custom_terms={"untrustworthy": Category.INSULT}))
    assert custom.score("you are untrustworthy").hostile
    assert not Scorer().score("you are untrustworthy").hostile
