"""The hatecheck10 rules (issue 8, targeting_hatecheck10.py and the "hatecheck10" lexicon
lines) as their specification: each shape with fresh lines (written after its rule, never
tuned on), English and Italian, and the clean near-misses beside it (no group named, a
negated or reported claim, a wish with no doom, someone else's wish)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a claim of evil, denial or theft said of a named group
    "trans people are the cause of all the violence",
    "jews are the source of every crisis",
    "refugees are not even human",
    "women will never be real men lol",
    "muslims are stealing our jobs",
    "immigrants are taking everything from us",
    "black people are robbing us every day",
    "i rom sono la radice di ogni problema",
    "i musulmani sono scarti",
    "gli immigrati ci stanno sostituendo piano piano",
    "le donne valgono meno di un cane",
    # the writer's wish for a group's death or removal
    "I hope every muslim dies",
    "I want all refugees out of here",
    "we want every jew gone",
    "I wish all trans people would disappear",
    "I hope all the immigrants drown",
    # the Italian first person plural of removal, a group after it
    "rimandiamo a casa gli stranieri",
    "cacciamo via i rom",
    "buttiamo fuori gli immigrati dall'italia",
    "rispediamoli in africa, questi neri",
    "vogliamo tutti i musulmani fuori",
    # the Italian question that asks a group to go home
    "ma perché i rom non se ne tornano in romania?",
    "perché i neri non tornano a casa loro?",
    "perché i musulmani non tornano al loro paese?",
    "i marocchini non tornano a casa loro, perché?",
)
CLEAN: tuple[str, ...] = (
    # no group named, a negated or reported claim
    "love is the root of all happiness",
    "the cause of all the lag is the server",
    "lies are the source of every crisis",
    "immigrants are not stealing our jobs",
    "the crows are stealing our food",
    "refugees are taking everything they own to the border",
    "women are stealing our hearts on the pitch",
    "my brother is robbing us at poker lol",
    "il lavoro nero è la radice di ogni problema",
    "i bambini ci stanno sostituendo i giochi",
    "non è vero che le donne valgono meno",
    "I hope every muslim has a blessed eid",
    # a wish with no doom, or someone else's wish
    "I want all refugees to be safe",
    "they want every jew gone, and we must stop them",
    "I hope all the immigrants find work",
    "I wish all trans people would feel welcome",
    "rimandiamo a casa i bambini",
    # a removal with no group after it
    "cacciamo via la noia",
    "buttiamo fuori la spazzatura",
    "rispediamo il pacco",
    "vogliamo tutti i giocatori in campo",
    "perché i turisti non tornano al loro paese d'estate?",
    # no group, or the claim denied or reported
    "gli uccelli non tornano a casa loro",
    "non è vero che i rom non se ne tornano",
    "chi dice che gli immigrati non tornano al loro paese mente",
    "mio zio non se ne torna mai",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
