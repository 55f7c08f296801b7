"""The italian40 held-back lines (issue 8): other wordings of the round's shapes (an
identity group denied respect, pity or help with "meritare" or with no verb) and their
near-misses, written with the probe lines before any rule and counted only at the start
and at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "le lesbiche non meritano rispetto", "gli africani non meritano nessuna pietà",
    "i musulmani non meritano compassione", "le femmine non meritano considerazione",
    "i migranti nn meritano aiuto", "gli arabi non meritano la nostra pietà",
    "i gay non meritano nulla", "gli zingari nn meritano niente di niente",
    "i trans non meritano di essere rispettati", "le donne non meritano di essere ascoltate mai",
    "i clandestini non meritano di essere salvati", "i neri non meritano di essere aiutati",
    "un negro non merita rispetto", "una donna nn merita pietà",
    "nessun immigrato merita aiuto", "nessun ebreo merita pietà",
    "le persone gay non meritano alcun rispetto", "i rom non meritano un minimo di rispetto",
    "gli omosessuali non meritano considerazione", "ma i musulmani non meritano rispetto",
    "i negri meritano solo frustate", "le donne meritano solo schiaffi",
    "gli immigrati meritano solo disprezzo", "i trans meritano solo odio",
    "gli ebrei meritano solo il disprezzo", "i froci meritano solo botte",
    "i disabili meritano soltanto pietà e basta, niente diritti",
    "nessuna pietà per gli immigrati", "zero rispetto per gli zingari",
    "nessuna compassione per i negri", "per i musulmani nessuna pietà",
    "nessun rispetto per le lesbiche", "zero pietà per i clandestini",
    "nessuna pieta per i rom", "per i gay zero rispetto",
    "nessuna tolleranza per gli immigrati", "nessuna pietà x i trans",
    "zero compassione per i migranti", "nessun rispetto x i negri",
    "per gli zingari nessuna compassione",
)

HELD_CLEAN: tuple[str, ...] = (
    "le lesbiche meritano rispetto", "gli africani meritano di essere aiutati",
    "i musulmani meritano compassione come tutti", "le donne meritano considerazione",
    "i migranti meritano aiuto e rispetto", "ogni persona trans merita rispetto",
    "i bambini disabili meritano assistenza", "i neri meritano gli stessi diritti",
    "i truffatori non meritano rispetto", "gli assassini non meritano pietà",
    "i pedofili non meritano nessuna pietà", "i fascisti non meritano niente",
    "nessuna pietà per gli spacciatori", "zero rispetto per i bulli",
    "nessuna compassione per i mafiosi", "per i traditori nessuna pietà",
    "nessun rispetto per chi odia i neri", "zero pietà per chi maltratta gli animali",
    "quel ristorante non merita nessun rispetto", "la serie non merita niente",
    "chi pensa che i neri non meritano rispetto sbaglia",
    "secondo alcuni gli zingari non meritano aiuto, io non sono d'accordo",
    "ma chi ha detto che le donne non meritano rispetto?",
    "pensi davvero che i gay non meritino rispetto?",
    "nessuna tolleranza per il razzismo contro i rom",
    "nessuna pietà per chi sfrutta le donne",
    "zero rispetto per chi picchia i gay",
    "i migranti non meritano di morire in mare",
    "le donne non meritano di essere picchiate",
    "gli ebrei non meritano l'odio che ricevono",
    "nessuno merita di essere insultato, neanche i politici",
    "i musulmani meritano rispetto come tutti gli altri",
    "la squadra non merita questi tifosi",
    "nessuna pietà per la difesa del milan stasera",
    "i gay non meritano di essere discriminati",
    "gli immigrati meritano una seconda possibilità",
    "il professore non merita la mia considerazione",
    "per i ritardatari nessuna pietà, si chiude alle nove",
    "zero pietà per i compiti, li faccio domani",
    "i rom meritano case dignitose",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che freddo", "minchia ragazzi che serata",
    "che palle sto traffico", "merda, è finito il caffè", "cavolo che bel tramonto",
)
