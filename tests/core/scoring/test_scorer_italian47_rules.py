"""Shapes of the italian47 round (targeting_italian47, italian47_words, the paused-phrase
filter in matching.py), at default settings: a named group as an Italian topic set off by
a comma, then hateprobe5's claim ("i neri, non sanno fare niente"), "tutti uguali" said
whole after a group's topic, and a name-call pointed at with a verb of looking ("guarda
sto sfigato") are hostile; the claim asked, quoted or reported, a topic that is no
identity group, sameness that goes on ("tutti uguali a noi") and pointing at things stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # hateprobe5's claim after the group's comma topic
    "i neri, non sanno fare niente",
    "le donne, non sanno guidare",
    "gli albanesi, non sanno comportarsi",
    "i rom, non sanno fare altro che rubare",
    "le donne, proprio non sanno guidare",
    "e i gay, non sanno fare niente",
    # "tutti uguali" said whole after the topic
    "i rom? tutti uguali",
    "gli immigrati, tutti uguali",
    "i musulmani? sempre uguali",
    "le donne: tutte uguali",
    # a name-call pointed at with a look
    "guarda sto sfigato",
    "guarda questa sfigata",
    "guardate sti sfigati",
    "guarda sto fallito",
    "guarda sto sfigato lol",
)

CLEAN = (
    # the claim asked, quoted, reported after, or no identity group
    "i neri, non sanno fare niente? ma che dici",
    '"le donne, non sanno guidare" è una frase sessista',
    "le donne, non sanno guidare, dicono i maschilisti",
    "i miei colleghi, non sanno fare niente",
    "i computer, non sanno fare niente",
    "gli immigrati, non sanno dove andare",
    "le donne, sanno fare tutto",
    # sameness that goes on, asked, or of things and other people
    "gli zingari? tutti uguali a noi",
    "le donne, tutte uguali nei diritti",
    "gli ebrei, tutti uguali? no",
    "i pomodori? tutti uguali",
    "i politici, tutti uguali",
    # pointing at things or praise; a noun after the judging word
    "guarda sto video",
    "guarda sto campione",
    "guarda sto disastro",
    "guarda sto stupido gioco",
    "guarda sto sfigato?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian47_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian47_topic_claim_is_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i neri, non sanno fare niente").target is TargetKind.GROUP


def test_italian47_look_is_at_a_person(scorer: Scorer) -> None:
    assert scorer.score("guarda sto sfigato").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_italian47_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
