"""The italian63 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as italian63_probe_lines.py and before any rule; counted only at the
round's start and end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "auguro la morte a tutte le lesbiche", "auguro una morte dolorosa a tutti i rom",
    "auguro a tutti i migranti di annegare", "auguro agli zingari di bruciare",
    "auguro ai musulmani di crepare tutti", "auguro a ogni ebreo di morire",
    "agli africani auguro la morte", "ai froci auguro di morire male",
    "alle persone trans auguro una morte orribile", "auguro tutto il male possibile ai rom",
    "auguro ai clandestini una morte lenta", "io agli immigrati auguro di affogare",
    "auguro la morte agli islamici, tutti", "auguriamo la morte a tutti i profughi",
    "auguro di cuore agli ebrei di sparire", "auguro agli stranieri di morire affogati",
    "davvero, auguro la morte a tutti i disabili", "auguro ogni male agli omosessuali",
    "auguro la peggior morte a tutti i negri", "auguro a tutte le femministe di morire",
    "spero che gli zingari si estinguano presto", "speriamo che gli africani si estinguano",
    "spero che tutti i musulmani vengano sterminati", "mi auguro che i froci vengano uccisi",
    "spero che i migranti vengano bruciati tutti", "speriamo che uccidano tutti gli ebrei",
    "spero che ammazzino tutti i clandestini", "vorrei che sterminassero tutti i rom",
    "spero proprio che li ammazzino tutti", "speriamo che li uccidano tutti quanti",
    "mi auguro che li sterminino tutti", "che si estinguano tutti gli islamici",
    "speriamo che si estinguano tutti", "spero che le lesbiche siano sterminate",
    "spero che gli immigrati vengano ammazzati", "vorrei che i neri si estinguessero",
    "che vengano sterminati tutti i musulmani", "speriamo che ammazzino tutti gli zingari",
    "spero che gli ebrei vengano bruciati vivi", "spero che uccidano tutti i gay",
)

HELD_CLEAN: tuple[str, ...] = (
    "auguro a tutti un buon anno", "vi auguro una buona serata",
    "auguro ai profughi di trovare pace", "auguro a tutti gli ebrei buon hanukkah",
    "auguro agli immigrati ogni bene", "alle persone trans auguro tanta felicità",
    "auguro ai rom una vita migliore", "auguro ai neri di vincere la causa",
    "spero che gli zingari trovino un lavoro", "speriamo che i migranti arrivino sani",
    "auguro la morte alla burocrazia", "auguro la morte a questo governo di incapaci",
    "speriamo che li battano tutti domenica", "spero che li stendano tutti al derby",
    "spero che i panda non si estinguano", "speriamo che si estingua la zanzara tigre",
    "spero che uccidano tutti i goblin nel dungeon", "speriamo che ammazzino il drago",
    "auguro la morte a tutti gli spacciatori", "spero che le api non si estinguano",
    "ha augurato la morte agli ebrei, è stato arrestato",
    "non auguro la morte a nessuno, nemmeno a lui",
    "mai augurerei ai migranti di affogare", "chi augura la morte ai gay fa schifo",
    "ha detto che spera che i rom vengano sterminati, pazzesco",
    "augurare ai migranti di annegare è disumano",
    "non spero che li ammazzino, spero che li arrestino",
    "auguri davvero la morte ai musulmani?", "nessuno dovrebbe augurare la morte agli zingari",
    "il post che augurava ai neri di morire è stato rimosso",
    "smettetela di augurare la morte ai profughi", "auguro ai migranti buona fortuna",
    "spero che li liberino tutti", "speriamo che li salvino tutti",
    "auguro a tutti i musulmani pace e serenità",
    "spero che i dinosauri si siano estinti in fretta",
    "auguro lunga vita agli ebrei", "speriamo che i cuccioli vengano adottati tutti",
    "auguro la morte al cancro", "auguro la morte a tutti i virus",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca puttana che goal", "cazzo, ho dimenticato le chiavi",
    "minchia che figata questo gioco", "merda, piove di nuovo",
    "porco cane che freddo", "vaffanculo al traffico stamattina",
)
