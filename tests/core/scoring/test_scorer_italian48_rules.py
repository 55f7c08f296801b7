"""Shapes of the italian48 round (targeting_italian48, italian48_words, its lexicon lines
in it/identity_attack.txt and it/insult.txt), at default settings: violence, animals as
food and filth said of a named group, silence wished on a group after its topic, a group
not wanted, "un cazzo" read as "niente", skills the word list lacks after "non sanno",
and a pointed third person put down with no insult word are hostile; things and animals,
kind or neutral claims, the writer's own "non capisco un cazzo", asked, quoted,
reported and denied lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # violence, food and filth said of a named group
    "i musulmani sgozzano la gente",
    "gli arabi, picchiano le loro mogli",
    "i musulmani ammazzano in nome di dio",
    "i marocchini ammazzano la gente",
    "i cinesi mangiano cani",
    "i cinesi, mangiano i pipistrelli",
    "i rom vivono nella sporcizia",
    "gli zingari vivono tra i rifiuti",
    # silence wished on a group after its topic
    "le donne, meglio zitte",
    "le donne? zitte",
    "le donne meglio zitte",
    "le femministe, meglio se tacciono",
    # a group not wanted
    "gli immigrati, non li voglio vedere qui",
    "i neri, non li voglio nel mio quartiere",
    "i musulmani, non li voglio",
    # "un cazzo" as "niente", skills the list lacks
    "i neri non capiscono un cazzo",
    "i rom non capiscono una mazza",
    "gli immigrati non sanno fare un cazzo",
    "le donne non sanno cucinare",
    "i musulmani non sanno vivere in una società civile",
    # a pointed third person put down
    "quel tizio non capisce un cazzo",
    "sto tipo non sa fare un cazzo",
    "quello non sa fare niente",
    "quella non capisce niente",
)

CLEAN = (
    # things, animals, no identity group, kind or neutral claims
    "i cinesi mangiano con le bacchette",
    "i gatti mangiano topi",
    "i boss picchiano forte",
    "i rom vivono in italia da secoli",
    "i rom vivono nella sporcizia per colpa dello stato",
    "i musulmani pregano in nome di dio",
    "le donne, meglio se decidono loro",
    "le donne meglio pagate",
    "i bambini, meglio zitti",
    "tutti zitti raga",
    "gli immigrati, non li voglio offendere",
    "i miei vicini, non li voglio vedere qui",
    "gli immigrati non sanno dove dormire",
    "le donne non sanno ancora i risultati",
    "i miei amici non sanno cucinare",
    # the writer, a relative, a thing, no pointing subject
    "non capisco un cazzo di questo gioco",
    "non ci capisco un cazzo lol",
    "mio fratello non capisce un cazzo",
    "sto gioco non capisce un cazzo",
    "questo non sa fare niente",
    # asked, quoted, reported, denied
    "i cinesi mangiano cani? ma dai",
    "i cinesi non mangiano cani",
    "chi dice che i cinesi mangiano cani è ignorante",
    "non è vero che i musulmani ammazzano in nome di dio",
    '"le donne, meglio zitte" è una frase sessista',
    "le donne? zitte? ma che dici",
    "quella non capisce un cazzo?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian48_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian48_group_claim_is_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i cinesi mangiano cani").target is TargetKind.GROUP


def test_italian48_pointed_put_down_is_at_a_person(scorer: Scorer) -> None:
    verdict = scorer.score("quel tizio non capisce un cazzo")
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_italian48_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
