"""Shapes of the italian56 round (targeting_italian56, italian56_words, its lexicon
lines), at default settings: a named group blamed as the author of a harm, its fault ("la
crisi è colpa di <group>"), its invention or work ("l'olocausto è un'invenzione di
<group>"), willed, made, caused or brought by it ("la guerra è stata voluta da <group>",
"le malattie le hanno portate <group>") or behind it ("dietro il caos c'è sempre
<group>"), is hostile; the same words about governments, weather, one's own fault, things
a group made or runs, history told, denials, questions, reports and counter-speech stay
clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # its fault
    "la disoccupazione giovanile è colpa dei migranti",
    "se i treni arrivano in ritardo è colpa dei rom",
    "la colpa è sempre degli islamici",
    "colpa di tutti gli immigrati se non si trova casa",
    "se le cose non vanno bene è colpa dei musulmani",
    # its invention, work or plan, with a harm
    "il terrorismo è un'invenzione degli ebrei",
    "i furti in centro sono opera degli zingari",
    "il caos in città è opera delle persone trans",
    # willed, made, caused or brought by it, with a harm
    "la crisi è stata orchestrata dagli ebrei",
    "la droga in quartiere è portata dai nigeriani",
    "gli stupri sono provocati dagli immigrati",
    "la pandemia l'hanno diffusa i cinesi",
    "la guerra se la sono inventata gli ebrei",
    # behind it
    "dietro ogni guerra c'è sempre un ebreo",
    "dietro la criminalità ci sono gli zingari",
)

CLEAN = (
    # the same words about other culprits and neutral things
    "la disoccupazione è colpa della crisi",
    "è colpa mia se abbiamo perso",
    "colpa del vento se la tenda è caduta",
    "colpa dei compiti se non sono uscito",
    "il couscous è un'invenzione dei berberi",
    "la festa è stata organizzata dai ragazzi musulmani",
    "il museo voluto dagli ebrei di roma è bellissimo",
    "il negozio è gestito dai cinesi ed è ottimo",
    "hanno portato gli immigrati in salvo dalla guerra",
    "dietro il bar ci sono i ragazzi rom che giocano",
    "dietro di me c'erano due ragazzi neri",
    # history told
    "la guerra fu voluta dai tedeschi",
    "l'olocausto è stato voluto dai nazisti",
    # denials, questions, reports, counter-speech
    "non è colpa degli immigrati se manca il lavoro",
    "mica è colpa dei rom se il comune non pulisce",
    "non credo che la crisi sia colpa degli stranieri",
    "è colpa degli immigrati? no, del governo",
    "la guerra non è stata voluta dagli ebrei",
    "mio nonno diceva che è tutta colpa degli ebrei",
    "dire che la crisi è colpa dei migranti è razzismo",
    "il complotto degli ebrei dietro la guerra è una bufala",
    "chi dice che il covid è colpa dei cinesi è un ignorante",
    '"è tutta colpa dei rom" dicono i razzisti',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian56_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian56_blame_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("la crisi è colpa degli immigrati").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian56_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
