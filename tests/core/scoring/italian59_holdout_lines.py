"""The italian59 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli zingari hanno il furto nel dna", "i rom ce l'hanno nel sangue di rubare",
    "rubare è nel dna dei rom", "i musulmani hanno la violenza nel sangue",
    "la violenza è nel sangue dei musulmani", "gli ebrei hanno l'avidità nel dna",
    "l'avidità è nel sangue degli ebrei", "i neri hanno il crimine nel dna",
    "è nel dna dei neri delinquere", "gli immigrati hanno la delinquenza nel dna",
    "spacciare è nel sangue degli immigrati", "le donne hanno la menzogna nel sangue",
    "mentire è nel sangue delle donne", "i gay hanno il vizio nel sangue",
    "i trans hanno la menzogna nel dna", "gli africani hanno il furto nel sangue",
    "gli zingari rubano, ce l'hanno nel dna", "i musulmani ammazzano, è nel loro sangue",
    "le donne mentono, è nella loro natura", "gli ebrei truffano, è nel loro dna",
    "è nella natura dei rom truffare", "è nella natura dei musulmani uccidere",
    "rubare è nella natura degli zingari", "la violenza è nella natura dei neri",
    "i neri hanno la pigrizia nei geni", "i musulmani hanno il terrorismo nei geni",
    "gli zingari hanno il furto nei geni", "è nei geni degli ebrei imbrogliare",
    "gli ebrei hanno il vizio di truffare", "gli zingari hanno il vizio di rubare",
    "i gay hanno il vizio di adescare i ragazzini", "gli immigrati hanno il vizio di spacciare",
    "le donne hanno il vizio del tradimento", "i musulmani hanno il vizio della violenza",
    "gli immigrati ce l'hanno nel dna di rubare", "i rom hanno la truffa nel sangue",
    "il terrorismo è nel dna dei musulmani", "i disabili hanno la pigrizia nel sangue",
    "gli arabi hanno la violenza nel sangue", "i neri hanno lo spaccio nel sangue",
)

HELD_CLEAN: tuple[str, ...] = (
    "i brasiliani hanno il calcio nel sangue", "gli zingari hanno la musica nel dna",
    "i neri hanno il blues nel sangue", "le donne hanno il coraggio nel dna",
    "gli ebrei hanno lo studio nel sangue", "i musulmani hanno la preghiera nel sangue",
    "ce l'ho nel sangue, adoro cucinare", "mia madre ha il teatro nel sangue",
    "mio cugino ha il vizio del gioco", "il cane ha il vizio di mordere le scarpe",
    "l'inganno è nel dna di questo gioco", "i banchieri hanno l'avidità nel sangue",
    "i test del dna degli immigrati sono stati fatti in ospedale",
    "lo zucchero nel sangue dei diabetici va controllato",
    "il razzismo contro i neri è nel dna di questo paese",
    "la violenza verso i gay è nel sangue dei fascisti",
    "i rom hanno poco ferro nel sangue secondo lo studio",
    "il furto non è nel dna dei rom", "i musulmani non hanno la violenza nel sangue",
    "non è vero che le donne hanno la menzogna nel sangue",
    "dire che i neri hanno il crimine nel dna è razzista",
    "chi dice che gli zingari hanno il furto nel sangue è un ignorante",
    "mia nonna dice che gli ebrei hanno il vizio del denaro, che vergogna",
    "è proprio nella natura dei musulmani la violenza?",
    "pensi davvero che i rom abbiano il furto nel sangue?",
    "nessun popolo ha la violenza nel dna, nemmeno i musulmani",
    "è un luogo comune che gli ebrei hanno l'avidità nel sangue",
    "lo stereotipo che le donne hanno la menzogna nel sangue è falso",
    "gli immigrati non hanno nessun vizio particolare",
    "mio fratello ha il vizio di rubare le patatine",
    "i rom hanno lo sport nel sangue come tutti", "le donne hanno la scienza nel dna",
    "i gay hanno l'arte nel sangue", "i trans hanno il coraggio nel dna",
    "i neri hanno la corsa nei geni, dicono gli allenatori",
    "i disabili hanno la forza di volontà nel sangue",
    "la mafia ha la violenza nel dna", "gli hacker hanno il furto nel sangue",
    "la pizza è nel dna dei napoletani", "il mio capo ha il vizio di urlare",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che botta, esce sangue dal naso", "porca miseria, che traffico",
    "minchia che bello questo posto", "merda, mi è caduto il caffè",
    "che palle questa pioggia, porca troia", "vaffanculo, ho perso di nuovo a carte",
)
