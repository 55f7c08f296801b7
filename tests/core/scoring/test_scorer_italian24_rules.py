"""Shapes of the italian24 round (targeting_italian24, italian24_words, its fixes at
depth in matching.py, scorer.py's joined-token gate, targeting_vulgar, hatecheck9_words,
and lexicon lines), at default settings: a whole clause run together after its article
("ledonnesonoinferiori"), a group or a member to be beaten ("prenderò a botte ogni
musulmano che vedo"), a group named as a topic and a bare verdict after it ("I disabili?
Un peso."), a group's worth or life denied ("le donne non hanno alcun valore", "le vite
dei neri non contano"), disgust, a bullet, "si fottano", "la peggior specie", nobody
wanting a group; with the look-alikes that stay clean (the same words of a thing, a game,
the news, counter-speech, a slur talked about as a word, a reported remark judged).
Each rule's lines were written after it and checked once against it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a clause run together after its article
    "lepersonetranssonofeccia",
    "gliimmigratidevonomorire",
    "irifugiatifannoschifo",
    "iromsonoparassiti",
    "ledonnesonoinutili",
    "inerisonoanimali",
    # beaten
    "prenderei a schiaffi ogni ebreo",
    "gli immigrati vanno presi a pugni",
    "prendiamo a bastonate i rom",
    "i disabili andrebbero presi a schiaffi",
    # a topic and a bare verdict
    "Gli immigrati? Bestie.",
    "I gay? Malati.",
    "I rifugiati? Un peso.",
    "Le persone trans? Da curare.",
    # worth, life, disgust, a bullet, nobody wants them
    "i rom non hanno alcun valore",
    "la vita di un nero non conta niente",
    "le vite degli ebrei non contano",
    "non ne posso più degli zingari",
    "sono disgustata dagli immigrati",
    "ogni gay merita una pallottola",
    "che si fottano i musulmani",
    "i rom sono la peggior specie",
    "nessuno vuole gli ebrei qui",
    "i neri non li sopporta nessuno",
    "non rispetto nessuna persona trans",
    "le donne sono sottosviluppate",
    "Gli ebrei? Mai fidarsi.",
    # praise words beside a jab keep it
    "siete dei mostri, gg ez",
    "siete dei mostri, vergognatevi",
    "i rom sanno solo rubare",
)

CLEAN = (
    # run together, no hostile word
    "ledonnesonofantastiche",
    "gliimmigratilavoranoqui",
    "iromsuonanobenissimo",
    # a beating of a thing, in the news, judged
    "prenderei a schiaffi il computer",
    "prendiamo a calci il pallone",
    "un rom è stato preso a botte, che vergogna",
    "dire che i gay vanno presi a botte è violenza",
    # a topic and praise, no group, asked back, goes on
    "I gay? Bravissime persone.",
    "Il mio gatto? Una bestia.",
    "I rifugiati? Un peso? Ma dai.",
    "I rifugiati? Malati e stanchi dopo il viaggio.",
    "my bestie is here",
    "mi sono tolta un peso",
    # worth or life of a thing, said of a government, counter-speech
    "questo biglietto non ha alcun valore",
    "i rifugiati non contano niente per questo governo",
    "le vite dei neri contano",
    "i voti non contano",
    "non ne posso più di questa pioggia",
    "sono disgustato dal razzismo",
    "il boss merita una pallottola in testa",
    "che si fottano le regole",
    "la peggior specie di zanzara",
    "nessuno vuole la guerra",
    "questo gioco non lo vuole nessuno",
    "non rispetto nessun limite",
    "i paesi sottosviluppati",
    # a slur talked about as a word, a reported remark judged
    "negro è un insulto razzista",
    "frocio non è una parola da usare",
    "mio zio dice che i rom sono ladri, che schifo",
    # players praised as monsters, a skill counted (the brief's known false flags)
    "porca miseria siete dei mostri, gg",
    "siete dei mostri ahah bravissimi",
    "le donne sanno solo parlare tre lingue, e tu?",
    "Il meteo? Mai fidarsi.",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian24_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian24_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
