"""The italian39 probe (issue 8): Italian hate against an identity group in two shapes
the base missed (a group kept out or denied a right: "i gay non devono adottare",
"togliamo la cittadinanza agli immigrati", "vietato l'ingresso ai rom", "rimpatriamo
tutti gli immigrati"; hate said in an idiom: "mi stanno sul cazzo gli ebrei", "non posso
soffrire i musulmani") and clean lines that look alike (the same words of other people,
of things or of oneself, denied, kind, reported, asked). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group kept out or denied a right
    "i gay non devono adottare", "le donne non devono guidare",
    "gli immigrati non devono avere la cittadinanza",
    "nessun immigrato deve avere la cittadinanza", "nessun musulmano dovrebbe entrare in italia",
    "i musulmani non devono costruire moschee", "i neri non possono entrare qui",
    "i gay non dovrebbero sposarsi", "gli ebrei non devono insegnare nelle scuole",
    "le donne non dovrebbero fare politica", "i rom non dovrebbero avere la casa popolare",
    "togliamo la cittadinanza agli immigrati", "togliere il voto alle donne",
    "vietare il matrimonio ai gay", "vietato l'ingresso ai rom",
    "chiudiamo le frontiere ai musulmani", "niente case popolari agli immigrati",
    "niente diritti ai gay", "rimpatriamo tutti gli immigrati",
    "bisogna rimpatriare tutti i clandestini", "bisogna rimandare a casa tutti gli immigrati",
    # hate said in an idiom
    "mi stanno sul cazzo gli ebrei", "i rom mi stanno sul cazzo",
    "mi stanno sulle palle i gay", "mi stanno sulle scatole i musulmani",
    "gli ebrei mi stanno antipatici", "non posso soffrire i musulmani",
    "i gay non li posso soffrire", "non riesco a sopportare i rom",
    "non posso vedere gli immigrati", "i neri non li posso vedere",
    "le donne mi stanno sul cazzo tutte", "non sopporto proprio i neri",
    "odio profondamente i neri", "detesto i gay",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames of people who are no identity group, or of things
    "i minorenni non devono guidare", "i bambini non devono entrare in cucina",
    "nessun turista deve entrare senza biglietto", "vietato l'ingresso ai cani",
    "niente alcol ai minorenni", "togliamo la patente agli ubriachi",
    "chiudiamo le finestre, fa freddo", "rimandiamo a casa gli ospiti alle dieci",
    "mi stanno sul cazzo i lunedì", "mi stanno sulle palle i compiti di matematica",
    "non posso soffrire il caldo", "non riesco a sopportare questo rumore",
    "non posso vedere i film horror", "i politici mi stanno sul cazzo",
    "odio i politici", "odio profondamente le cipolle",
    # oneself, kind, denied, reported, asked
    "io non devo guidare stasera, ho bevuto", "sono gay e voglio adottare",
    "i gay devono poter adottare", "le donne devono poter guidare ovunque",
    "non è giusto togliere la cittadinanza agli immigrati",
    "chi dice che i gay non devono adottare sbaglia",
    "la lega vuole togliere la cittadinanza agli immigrati, vergogna",
    "il giornale scrive che i rom non possono entrare in quel bar, assurdo",
    "i gay possono adottare in italia?", "perché le donne guadagnano meno?",
    "mi stanno simpatici i miei vicini musulmani", "adoro i miei colleghi ebrei",
    "ho incontrato dei musulmani ieri, gentilissimi", "non è vero che i neri sono animali",
    "bisogna accogliere tutti gli immigrati", "i rom hanno diritto a una casa",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che bella giornata", "porca miseria ho perso il treno",
    "merda, ho dimenticato le chiavi", "che cazzo di partita ragazzi, stupenda",
    "porca puttana che caldo oggi", "minchia che pizza buona",
)
# fmt: on
