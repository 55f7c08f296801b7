"""Shapes of the italian42 round (targeting_italian42, italian42_words and its lexicon
lines), at default settings: an Italian identity group promised retribution ("prima o poi
gli ebrei la pagheranno cara", "i gay avranno quello che si meritano", "ve la faremo
pagare, musulmani") or denied rights or welcome ("gli immigrati non hanno diritto a
nulla", "i rom qui non sono graditi", "nessun ebreo è benvenuto qui"); with the
look-alikes that stay clean (paying a bill, rights and welcome given, no identity group,
the group not opening the sentence, denied, asked, reported, judged)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # retribution promised, the group opening the sentence or called
    "i neri la pagheranno cara",
    "un giorno le femministe la pagheranno",
    "vedrete che gli zingari pagheranno caro",
    "gli omosessuali avranno quello che si meritano",
    "secondo me i musulmani avranno ciò che meritano",
    "agli ebrei la faremo pagare",
    "arabi, la pagherete cara",
    "ce la pagherete, sporchi immigrati",
    "le persone trans la pagheranno tutte",
    # rights or welcome denied
    "gli zingari non hanno alcun diritto qui",
    "le lesbiche non hanno il diritto di sposarsi",
    "gli africani non hanno diritti",
    "i musulmani qui non sono graditi",
    "gli ebrei non sono graditi nel nostro bar",
    "i gay non sono ben accetti in questa città",
    "nessuna donna è la benvenuta in questo club",
    "nessun rom è gradito qui",
    "per me nessun immigrato è il benvenuto",
)

CLEAN = (
    # paying, getting, rights and welcome given
    "i rom pagheranno la mensa scolastica",
    "le donne avranno il congedo pagato",
    "i neri hanno diritto di votare",
    "i musulmani sono graditi ospiti",
    "ogni ebreo è benvenuto qui",
    "ciao e benvenuto nel server",
    "nessun problema, sei il benvenuto",
    # no identity group, or the group not opening the sentence
    "gli spacciatori la pagheranno cara",
    "i turisti non hanno diritto al rimborso",
    "i gatti non sono graditi in casa",
    "nessun ospite è gradito dopo mezzanotte",
    "in alcuni paesi i gay non hanno diritto di sposarsi",
    "quelli che picchiano i gay la pagheranno cara",
    # denied, asked, reported, judged
    "non è vero che i musulmani non hanno diritto di pregare",
    "i neri la pagheranno cara?",
    "gli immigrati la pagheranno cara, dicono i razzisti",
    "i leghisti scrivono che gli zingari non sono graditi",
    "chi dice che le donne non hanno diritto di parlare è un maschilista",
    "dire che gli ebrei avranno quello che si meritano è puro odio",
    "il cartello diceva 'nessun ebreo è gradito'",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian42_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian42_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
