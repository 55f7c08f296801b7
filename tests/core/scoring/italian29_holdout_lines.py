"""The italian29 held-back batch (issue 8): lines in the round's shapes with other
wording, written with the probe before any rule and not read while building.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "tutti da fucilare", "sono tutti da sterminare", "tutte da impiccare",
    "i ladri di stato sono da impiccare", "questi qua sono tutti da fucilare",
    "sono da impiccare uno per uno", "i mafiosi sono tutti da fucilare",
    "quelli del governo sono da impiccare", "voi siete da fucilare",
    "quella giornalista è da fucilare", "loro sono da sterminare",
    "sti parlamentari sono tutti da fucilare", "gente del genere è da impiccare",
    "i corrotti? tutti da fucilare", "per me quelli sono tutti da impiccare",
    "gli evasori sono da mettere al muro", "sono tutti da ammazzare di botte",
    "i pedofili sono da giustiziare", "tu sei da impiccare",
    "i banchieri tutti da impiccare", "sono da fucilare tutti quanti",
    "ministri da impiccare", "sono gente da fucilare", "tutti da gasare",
    # a curse word in the singular before a person noun
    "quel maledetto presidente", "quella maledetta giornalista", "sto fottuto sindaco",
    "quel dannato arbitro", "quella dannata ministra", "questo maledetto politico",
    "quel maledetto senatore", "sto maledetto giudice", "quel fottuto giornalista",
    "quel maledetto arbitro ci ha derubati", "quella maledetta deputata",
    "quel maledetto prete", "sto dannato sindaco", "quella fottuta politica di merda",
    "quel maledetto poliziotto", "quel maledetto tifoso",
)

HELD_CLEAN: tuple[str, ...] = (
    "un mostro da abbattere", "una noia da morire", "ore da ammazzare",
    "dati da eliminare", "questa canzone è da fucilare", "questo decreto è da buttare",
    "i topi sono da sterminare", "un freddo da morire", "roba da impiccarsi davvero",
    "un nemico da abbattere nel gioco", "quel maledetto martedì", "sto maledetto wifi",
    "quel dannato compito", "quel fottuto bug", "questa maledetta pioggia",
    "quel maledetto rigore", "maledetto traffico", "che maledetta sfortuna",
    "quella maledetta sveglia", "quel dannato boss",
    "maledetto me e quando ho comprato sto gioco", "sono da buttare oggi",
    "mi sento da buttare", "sono da fucilare, ho dimenticato le chiavi",
    "non sono da impiccare, sono da mandare a casa col voto",
    "nessuno merita di essere da fucilare", "chi scrive che vanno fucilati sbaglia",
    "dire che gli immigrati sono da sterminare è razzismo",
    "quel presidente è da stimare", "quel ministro ha lavorato bene",
    "il giudice è da ascoltare", "l'arbitro è da promuovere",
    "quella giornalista è brava", "quel sindaco è da rieleggere",
    "i rifugiati mi fanno tanta pena", "i profughi sui barconi fanno pena",
    "gli sfollati fanno pena", "mi fanno pena i terremotati", "i rifugiati fanno davvero pena",
    "i bambini profughi fanno pena",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che parata", "porca troia che gol", "minchia ragazzi bella partita",
    "maledizione ancora lag", "che culo ahah", "madonna che azione",
)
