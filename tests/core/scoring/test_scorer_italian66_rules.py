"""Shapes of the italian66 round (targeting_italian66, italian66_words), at default
settings: a named group wished out of the country with a wish and "che" (or "magari")
and an expulsion in the subjunctive, the group before the verb ("spero che i rom vengano
deportati"), after it ("speriamo che caccino tutti gli zingari"), or "them" sent to their
own country or named as the topic before the wish ("magari li rimandassero tutti a casa
loro", "gli zingari? spero che li caccino tutti") is aimed at the group; news, history,
sport, school, people who are no group, good wishes, negations, another's wish,
questions and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the group before the verb
    "spero che gli albanesi vengano espulsi",
    "mi auguro che tutti i profughi vengano rimpatriati subito",
    "magari i clandestini fossero cacciati via tutti",
    "vorrei che i rom venissero deportati dall italia",
    "speriamo che i migranti vengano rispediti in africa",
    # the group after the verb
    "spero che caccino tutti i musulmani",
    "magari rimpatriassero tutti gli stranieri",
    "speriamo che vengano deportati tutti gli zingari",
    # "them" sent home, or the group as the topic
    "spero che li rispediscano tutti al loro paese",
    "che li caccino tutti a casa loro",
    "gli immigrati? magari li espellessero tutti",
    # chat's indicative after "spero che"
    "spero che i nigeriani vengono rimpatriati tutti",
    "spero che li cacciano tutti a casa loro",
)

CLEAN = (
    # news and history
    "la questura ha rimpatriato trenta clandestini",
    "i rom sono stati cacciati dal campo ieri sera",
    "nel 1943 furono deportati migliaia di ebrei",
    # sport, school, people who are no group
    "spero che vengano espulsi tutti e due i difensori",
    "speriamo che l arbitro venga espulso",
    "spero che i politici corrotti vengano cacciati tutti",
    "speriamo che vengano rimandati a casa agli ottavi",
    "spero che rimandino la riunione",
    "magari li rimandassero a settembre",
    "spero che rimandano la gita",
    "la polizia li caccia e loro tornano",
    "i rom vengono cacciati ogni mese dal comune",
    "gli studenti espulsi speriamo che tornino",
    # good wishes, negations, another's wish, questions, counter-speech
    "spero che i migranti vengano aiutati",
    "spero che i profughi non vengano rimpatriati",
    "ha scritto che spera che i rom vengano deportati",
    "davvero speri che gli stranieri vengano espulsi?",
    "chi spera che i musulmani vengano cacciati e un razzista",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian66_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian66_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("spero che gli albanesi vengano espulsi").target is TargetKind.GROUP
    assert scorer.score("spero che caccino tutti i musulmani").target is TargetKind.GROUP
    assert scorer.score("che li caccino tutti a casa loro").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian66_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
