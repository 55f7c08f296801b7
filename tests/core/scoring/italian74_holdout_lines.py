"""The italian74 held-back lines (issue 8): other wordings of the probe's shapes (a named
group said never to change or "made that way", a group sent home by a first-plural clitic
call, "we" all fed up with a group, a nationality that is a team in sport), written at the
same time as italian74_probe_lines.py and before any rule. Counted only as totals, at the
start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i rumeni non cambieranno mai", "sti negri non cambiano mai",
    "gli zingari non cambieranno mai, è inutile aiutarli", "gli ebrei non cambiano mai",
    "i migranti non cambieranno mai le loro abitudini da selvaggi",
    "questi islamici non cambieranno mai", "le rom non cambiano mai",
    "i nordafricani non cambieranno mai", "gli immigrati non cambiano mai, mai",
    "quei musulmani non cambieranno mai",
    "gli albanesi sono fatti così, non c'è niente da fare", "i rumeni sono fatti così",
    "gli africani sono fatti così, che ci vuoi fare", "i marocchini sono fatti così",
    "gli zingari sono così, non c'è niente da fare", "i rom sono così e basta",
    "gli arabi sono fatti così, ce l'hanno nel sangue", "le zingare sono fatte così",
    "i cinesi sono fatti così, niente da fare", "gli stranieri sono fatti così",
    "mandiamoli tutti a casa loro questi", "dai mandiamoli tutti a casa loro",
    "mandiamoli tutti nel loro paese", "mandiamole tutte a casa loro",
    "mandiamoli tutti a casa loro e chiudiamo i porti", "mandateli a casa loro",
    "rispediamoli tutti da dove sono venuti", "mandiamoli tutti nei loro paesi",
    "mandiamoli a casa loro subito",
    "siamo tutti stufi degli immigrati", "siamo tutti stufi dei musulmani",
    "siamo tutti stanchi degli zingari", "siamo tutti stufi dei negri",
    "siamo tutti stufi di sti rom", "siamo tutti stufi degli albanesi",
    "siamo tutte stanche degli stranieri", "in paese siamo tutti stufi dei marocchini",
    "siamo tutti stufi dei cinesi", "siamo tutti stufi degli africani",
    "ormai siamo tutti stufi degli ebrei",
)

HELD_CLEAN: tuple[str, ...] = (
    "siamo stufi degli spagnoli in questo campionato", "siamo stufi dei tedeschi in semifinale",
    "gli argentini hanno vinto la partita", "siamo tutti stufi dei francesi che vincono la coppa",
    "i tedeschi non cambiano mai allenatore durante il torneo",
    "siamo stanchi degli inglesi in finale",
    "mio padre non cambierà mai", "queste regole non cambieranno mai",
    "il tempo qui non cambia mai", "mio fratello è fatto così, non c'è niente da fare",
    "il mio cane è fatto così", "i ragazzini sono fatti così, giocano sempre",
    "la nonna è così, non c'è niente da fare",
    "sono stanchi morti, mandiamoli a casa", "i bambini hanno sonno, mandiamoli tutti a casa",
    "gli invitati sono stanchi, mandiamoli a casa loro in macchina",
    "mandiamoli a casa che è tardi", "i ragazzi hanno finito, mandiamoli a casa",
    "dire che gli zingari non cambieranno mai è un pregiudizio",
    "chi dice che gli africani sono fatti così è razzista",
    "non è vero che gli immigrati non cambiano mai",
    "ma davvero credi che i rom non cambieranno mai? che idiozia",
    "gli stranieri non sono fatti così, è un luogo comune",
    "basta dire che i musulmani sono fatti così",
    "chi urla mandiamoli a casa loro non conosce la storia",
    "non è giusto dire mandiamoli tutti a casa loro",
    "siamo tutti stufi della pioggia", "siamo tutti stufi delle tasse",
    "siamo tutti stufi di chi odia gli immigrati", "siamo tutti stanchi dopo il viaggio",
    "siamo tutti stufi dei ritardi del treno",
    "i miei colleghi rumeni sono bravissimi", "la cucina araba è buonissima",
    "gli studenti cinesi hanno vinto la gara di matematica",
    "ho tanti amici africani e sono fantastici", "i musulmani del quartiere hanno aiutato tutti",
    "le famiglie rom del campo hanno avuto una casa", "gli albanesi del mio paese sono gentili",
    "i ragazzi marocchini giocano a calcio con noi", "i nostri vicini cinesi sono simpatici",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo non cambia mai sto server", "porca puttana siamo tutti stufi di sto lag",
    "minchia che torneo, siamo stanchi morti lol", "vaffanculo che caldo",
    "merda siamo stanchi morti dopo il raid", "porco cane che partita ragazzi",
)

# fmt: on
