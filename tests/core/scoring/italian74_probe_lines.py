"""The italian74 probe (issue 8): a named group said never to change, a stereotype of
its nature ("questi africani non cambieranno mai", "i rom sono fatti così, non c'è niente
da fare"); a group sent home by a first-plural clitic call with no group named beside it
("mandiamoli tutti a casa loro"); "we" all fed up with a group ("siamo tutti stufi degli
stranieri"); and a nationality that is a team in a sports line, which names no group
("siamo stufi dei tedeschi in questo torneo"). The clean lines use the same words: things,
teams and single people, guests sent home for a plain reason, counter-speech, questions
that reject the claim, negation. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group that will never change
    "questi africani non cambieranno mai", "gli zingari non cambiano mai",
    "i musulmani non cambieranno mai, inutile illudersi", "gli immigrati non cambieranno mai",
    "i rom non cambiano mai, rubano da secoli", "ste zingare non cambieranno mai",
    "gli arabi non cambieranno mai", "i marocchini non cambiano mai e mai cambieranno",
    "tanto gli stranieri non cambiano mai", "gli albanesi non cambieranno mai purtroppo",
    "gli zingari non cambieranno mai, è nella loro natura",
    # a group "made that way"
    "i rom sono fatti così, non c'è niente da fare", "gli zingari sono fatti così",
    "i negri sono fatti così", "gli islamici sono fatti così, c'è poco da fare",
    "i nigeriani sono così, non c'è niente da fare", "gli extracomunitari sono fatti così",
    "che ci vuoi fare, i cinesi sono fatti così", "gli zingari sono così e basta",
    "i musulmani sono così, è nel loro sangue",
    # sent home by a clitic call, no group beside it
    "mandiamoli tutti a casa loro", "mandiamoli a casa loro", "mandiamoli tutti al loro paese",
    "mandiamoli tutti a casa loro sti parassiti", "basta, mandiamoli tutti a casa loro",
    "mandiamoli via tutti, a casa loro", "mandateli tutti a casa loro",
    "rimandiamoli tutti da dove sono venuti",
    # "we" all fed up with a group
    "siamo tutti stufi degli stranieri", "siamo tutti stufi degli zingari",
    "siamo tutti stanchi dei musulmani", "qui siamo tutti stufi di questi africani",
    "siamo tutti stufi dei rom", "siamo tutte stufe degli immigrati",
    "ormai siamo tutti stanchi degli arabi",
)

TUNE_CLEAN: tuple[str, ...] = (
    # teams named by nationality in sport
    "siamo stufi dei tedeschi in questo torneo", "siamo stufi dei francesi in finale ogni volta",
    "i tedeschi hanno vinto il torneo", "siamo tutti stufi degli inglesi che vincono il girone",
    "gli olandesi non cambiano mai modulo, giocano sempre col 4-3-3",
    "siamo stanchi dei brasiliani che vincono sempre i mondiali",
    # things and single people that never change
    "mio nonno non cambierà mai", "le cose non cambieranno mai", "i prezzi non cambiano mai",
    "il mio capo è fatto così, non c'è niente da fare", "mia sorella è fatta così",
    "i bambini sono fatti così, non stanno mai fermi", "i gatti sono fatti così",
    # guests and kids sent home for a plain reason
    "mandiamoli a casa, sono stanchi", "i ragazzi sono stanchi, mandiamoli tutti a casa",
    "gli ospiti sono stanchi, mandiamoli a casa loro con un taxi",
    "mandiamoli a casa presto che domani c'è scuola",
    # counter-speech, rejecting questions, negation
    "dire che gli stranieri non cambieranno mai è razzismo",
    "chi dice che gli zingari sono fatti così è un ignorante",
    "non è vero che i musulmani non cambieranno mai",
    "davvero pensi che gli africani non cambieranno mai? è una stupidaggine",
    "i rom non sono fatti così, sono persone come le altre",
    "smettiamola di dire che gli immigrati sono fatti così",
    "chi grida mandiamoli tutti a casa loro dimentica che siamo stati emigranti anche noi",
    # fed up with things, and with those who hate the group
    "siamo tutti stufi del caldo", "siamo tutti stufi di questo governo",
    "siamo tutti stufi di chi insulta gli stranieri", "siamo tutti stanchi dopo la partita",
    # neutral and positive mentions
    "gli immigrati che conosco sono persone splendide",
    "i miei vicini marocchini non cambierebbero casa per niente al mondo",
    "gli africani hanno una cucina fantastica",
    "la comunità rom della mia città organizza una festa",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo siamo tutti stanchi morti", "porca miseria non cambierà mai sto gioco",
    "ma che cazzo, il server non cambia mai", "minchia che partita",
    "vaffanculo al lag, sempre così", "merda ho perso di nuovo il torneo",
)

# fmt: on
