"""Shapes of the italian37 round (targeting_italian37, italian37_words and its lexicon
lines), at default settings: the writer's call to ban, shut, burn or drive out a religion
or its houses of worship, in Italian and English ("vietate l'islam", "chiudete tutte le
moschee", "fuori l'islam dall'italia", "ban islam", "close every mosque"), the ban said
as due ("l'islam va vietato", "mosques should be shut down"), and a group driven out in
English ("kick every jew out", "deport them all, every last muslim"); with the
look-alikes that stay clean (things and ideas banned or shut, news, one building, another
thing named after, a passing reason, denied, asked, quoted, another's words)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a religion banned or driven out (Italian)
    "vietate l'islam",
    "vietiamo l'islam subito",
    "bisogna vietare l'islam in italia",
    "mettete al bando l'islam",
    "fuori l'islam dall'europa",
    "via l'islam!",
    "basta con l'islam",
    "abbasso l'islam",
    "bruciate il corano",
    # its houses of worship shut or burned (Italian)
    "chiudete tutte le moschee",
    "dobbiamo chiudere le moschee",
    "radete al suolo le moschee",
    "chiudete le moschee e le sinagoghe",
    "via le moschee!",
    "ora chiudiamo ogni moschea",
    # the ban said as due
    "l'islam va vietato",
    "l'islam dovrebbe essere bandito",
    "le moschee vanno chiuse tutte",
    "islam must be banned",
    "mosques should be shut down",
    "islam needs to be eradicated",
    # English calls
    "ban islam",
    "ban islam ban muslims",
    "we should just ban islam",
    "it's time to ban islam",
    "let's close every mosque",
    "shut down all the mosques",
    "burn down every synagogue",
    "outlaw judaism",
    "no more mosques",
    "stop islam now",
    "get islam out of europe",
    # a group driven out
    "kick every jew out",
    "kick all the muslims out of europe",
    "deport them all, every last muslim",
    "throw them out, every last one of these gypsies",
    # an older reading kept beside the denied wish
    "nobody wants muslims here",
)

CLEAN = (
    # things and ideas
    "vietate la plastica",
    "chiudete tutte le finestre",
    "ban plastic straws",
    "via i compiti!",
    "shut down all the servers",
    "fuori la mafia dallo stato",
    # news, one building, another thing named after, a passing reason
    "il comune ha chiuso la moschea per lavori",
    "they closed the mosque for renovations",
    "la moschea chiude alle otto",
    "chiudete la moschea",
    "close the mosque door please",
    "le moschee abusive vanno chiuse",
    "close all mosques and churches during lockdown",
    "niente moschee qui vicino, peccato",
    "basta moschee per oggi, torniamo in hotel",
    "no more mosques to visit, heading home",
    "ban the quran burning",
    # denied, asked, quoted, another's words
    "nessuno vuole chiudere le moschee",
    "non bisogna vietare l'islam",
    "nobody should ban islam",
    "davvero vogliono vietare l'islam?",
    "should we ban islam?",
    "chi dice 'chiudete le moschee' sbaglia",
    'saying "close every mosque" is bigotry',
    "il partito vuole chiudere le moschee",
    "my uncle says islam should be banned, i disagree",
    "they want to burn the mosques",
    "nobody wants to ban islam",
    "no one wants to shut down the mosques",
    # the names elsewhere
    "l'islam è una religione di pace",
    "islam should be respected",
    "le sinagoghe vanno protette",
    "we should visit the mosques",
    "il corano va letto con attenzione",
    # no group driven out
    "kick the ball out",
    "kick every troll out of the server",
    "i ate every last cookie",
    "every last one of you is welcome here",
    "every last muslim i know is kind",
    "they want to kick every jew out",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian37_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian37_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
