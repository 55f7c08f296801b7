"""Table tests for targeting_hatecheck14.py and its lexicon lines (issue 8): friendly
swearing beside a group, harms denied by "no one", claims reported wearily or after "if
you call", and the hateful shapes the suites' earlier rounds left. The lines are fresh:
written after each rule, never seen by it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # swearing aimed at the group stays flagged
    "fuck muslims",
    "fanculo gli ebrei",
    "shit, muslims are vermin",
    "fuck, i hate gay people",
    "vaffanculo ai musulmani",
    "cazzo, sei un coglione",
    "fuck off, muslims",
    "damn, jews, everywhere",
    "vaffanculo, froci",
    "when your dad almost calls you a faggot haha",
    # Italian "sono" after a named group is "they are"
    "gli ebrei sono tutti merda",
    "i rom sono solo merda",
    "le donne sono delle merde",
    # a harm wished on a group "like you"
    "gays like you should be beaten",
    "i musulmani come te andrebbero presi a pugni",
    "le donne andrebbero prese a botte",
    # lexicon lines
    "migrants should be left to drown",
    "muslims are inherently lazy",
    "provo schifo per gli immigrati",
    "gli zingari sono da evitare",
]

CLEAN = [
    # a swear opening the line before a comma
    "shit, my muslim landlord fixed the heating",
    "damn, the trans choir was incredible",
    "holy fuck, my gay brother is getting married",
    "porca miseria, la mia vicina ebrea fa dolci buonissimi",
    "cazzo, il mio amico nero ha vinto la gara",
    # a swear told to bad luck
    "vaffanculo il lunedì, non ho voglia di vedere i colleghi",
    "vaffanculo la pioggia, niente partita con i ragazzi rom",
    # a harm denied by its subject
    "nobody should ever hurt a gay kid",
    "no one should attack refugees",
    "nessuno dovrebbe picchiare i gay",
    "nessuno deve ammazzare gli ebrei",
    # a claim heard wearily
    "i am tired of hearing that muslims are terrorists",
    "sick of reading that immigrants are animals",
    "sono stanca di sentire che i rom sono ladri",
    # "if you call ..."
    "if you call gay people freaks, you are a homophobe",
    "se chiami i neri scimmie sei un razzista",
    "if you call women sluts you are a sexist",
    "if you call jews vermin, you are a racist",
    "se chiami le donne oche sei un sessista",
    # the same words said of things or of oneself
    "i server sono una merda",
    "io sono una merda",
    "questi film sono da evitare",
    "the plants were left to die",
    "my cat is naturally lazy",
    "le donne sono fottutamente forti",
    "provo schifo per la politica",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
