"""The italian40 probe (issue 8): Italian hate that denies an identity group respect,
pity or help with "meritare" ("le donne non meritano nessun rispetto", "gli zingari non
meritano pietà", "i gay non meritano di essere rispettati", "le donne meritano solo
botte") or with no verb ("nessuna pietà per i clandestini", "per i rom nessuna pietà"),
and the near-miss lines in the same words that must stay clean (respect given, a group
that is no identity group, another's claim, a question). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group denied respect, pity or help with "meritare"
    "le donne non meritano nessun rispetto", "i musulmani nn meritano alcun rispetto",
    "gli zingari non meritano pietà", "i trans non meritano considerazione",
    "gli immigrati non meritano aiuto", "i neri non meritano la nostra pietà",
    "i rom non meritano nulla", "gli ebrei non meritano pieta",
    "i gay non meritano di essere rispettati", "le donne non meritano di essere ascoltate",
    "gli immigrati non meritano di essere salvati", "i disabili nn meritano di essere aiutati",
    "un musulmano non merita pietà", "un immigrato non merita niente",
    "nessun musulmano merita rispetto", "nessuna donna merita di essere rispettata",
    "i froci nn meritano nessuna pietà", "le persone trans non meritano alcuna considerazione",
    "gli stranieri non meritano un briciolo di rispetto",
    "e i negri non meritano compassione",
    # a group given only contempt or harm with "meritare"
    "le donne meritano solo botte", "gli immigrati meritano solo calci in culo",
    "i gay meritano solo disprezzo", "i rom meritano solo la galera",
    "i musulmani meritano soltanto odio", "gli zingari meritano solo bastonate",
    # regard refused with no verb
    "nessuna pietà per i clandestini", "zero rispetto per i musulmani",
    "nessuna compassione per gli zingari", "per i rom nessuna pietà",
    "nessun rispetto per i gay", "zero pieta x gli immigrati",
    "nessuna pietà per questi negri", "per gli ebrei zero rispetto",
    "nessuna tolleranza per i musulmani",
)

TUNE_CLEAN: tuple[str, ...] = (
    # respect given
    "i gay meritano rispetto", "gli immigrati meritano rispetto come tutti",
    "le donne meritano di essere ascoltate", "i rifugiati meritano pietà e aiuto",
    "i disabili meritano assistenza", "ogni musulmano merita rispetto",
    "i rom meritano una casa e un lavoro", "le persone trans meritano considerazione",
    "gli immigrati non meritano solo pietà, meritano diritti",
    # no identity group
    "i razzisti non meritano rispetto", "i politici non meritano niente",
    "l'arbitro non merita rispetto dopo questa partita", "i ladri non meritano pietà",
    "nessuna pietà per i corrotti", "zero pietà per la juve stasera",
    "nessun rispetto per chi picchia le donne", "per gli evasori nessuna pietà",
    "nessuna tolleranza per la violenza sulle donne",
    "i tifosi violenti non meritano di essere ascoltati",
    "questo film non merita nessun rispetto",
    # another's claim, a question, a group only the topic
    "chi dice che i gay non meritano rispetto è un idiota",
    "dicono che gli immigrati non meritano aiuto, che vergogna",
    "perché dite che le donne non meritano rispetto?",
    "davvero pensi che i musulmani non meritino pietà?",
    "nessuna pietà per chi discrimina i gay",
    "zero rispetto per chi insulta gli immigrati",
    "non meritano pietà quelli che sfruttano i migranti",
    "nessuno merita di essere trattato così, nemmeno gli immigrati",
    "i neri meritano giustizia, non pietà",
    "le donne non meritano di essere trattate così",
    "gli immigrati lavorano qui", "i gay meritano rispetto, punto",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria ho perso il treno", "che figata sto concerto cazzo",
    "minchia che caldo oggi", "madonna che fame", "merda, ho dimenticato le chiavi",
)
