"""The italian65 probe (issue 8): Italian identity groups the group lexicon did not know
(nationalities such as "eritrei", "siriani", "libici", "polacchi", "filippini"; "asiatici";
religions such as "cattolici", "atei", "buddisti", "induisti", "ortodossi", "protestanti";
disabilities such as "autistici", "ciechi", "sordi"; ages and bodies such as "anziani",
"vecchi", "obesi") derogated in the shapes the known groups are already caught in
(dehumanising comparisons, negative attributes, hate expressed, calls for harm or
exclusion, "sono tutti uguali", questions carrying the claim); and the clean lines in the
same words (neutral and positive mentions, the everyday senses of "vecchi", "ciechi",
"sordi", "anziani", counter-speech and reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # dehumanising comparisons
    "gli eritrei sono animali", "i siriani sono bestie", "i libici sono scimmie",
    "i filippini sono parassiti", "gli asiatici sono insetti", "i cattolici sono vermi",
    "gli atei sono feccia", "gli autistici sono animali", "gli obesi sono maiali",
    "i buddisti sono scarafaggi",
    # negative attributes
    "i polacchi sono tutti ladri", "i siriani sono sporchi e violenti",
    "gli eritrei sono dei criminali", "i protestanti sono ipocriti e falsi",
    "gli ortodossi sono dei fanatici", "gli induisti sono primitivi",
    "gli autistici sono un peso per la società", "gli anziani sono inutili",
    "i ciechi sono un peso per tutti", "gli obesi fanno schifo",
    # hate expressed
    "odio gli eritrei", "odio i filippini", "detesto gli atei", "odio i cattolici",
    "odio gli anziani", "io odio i sordi",
    # calls for harm or exclusion
    "i siriani andrebbero cacciati tutti", "i libici devono tornare a casa loro",
    "gli asiatici dovrebbero essere espulsi", "i sordi dovrebbero essere eliminati",
    "i vecchi dovrebbero morire tutti",
    # all the same; questions carrying the claim
    "i siriani sono tutti uguali", "gli atei sono tutti uguali",
    "perché i polacchi sono così sporchi?", "perché i ciechi sono così inutili?",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and positive mentions of the groups
    "i siriani fuggono dalla guerra", "gli anziani vanno protetti",
    "i cattolici festeggiano la pasqua", "gli eritrei arrivati ieri sono stati accolti",
    "i filippini della mia via sono gentilissimi", "gli atei hanno gli stessi diritti",
    "i buddisti meditano ogni mattina", "gli autistici meritano rispetto",
    "i ciechi usano il bastone bianco", "i sordi comunicano con la lingua dei segni",
    "gli obesi hanno bisogno di cure, non di insulti", "i libici hanno votato ieri",
    "gli ortodossi celebrano il natale a gennaio",
    # the everyday senses of the words
    "siamo vecchi amici", "è cieco di rabbia", "fa orecchie da mercante, è sordo",
    "ho un vecchio telefono che fa schifo", "i miei vecchi sono in vacanza",
    "i vecchi telefoni facevano schifo", "i vecchi tempi erano migliori",
    "questi vicoli ciechi sono un incubo", "odio i vecchi film in bianco e nero",
    # a match report
    "i polacchi hanno perso la partita 2 a 0",
    # counter-speech and reports
    "dire che i siriani sono animali è razzismo",
    "non è vero che gli eritrei sono criminali",
    "chi dice che i cattolici sono vermi è un bigotto",
    "ha scritto che gli anziani sono inutili ed è stato bannato",
    "smettila di dire che gli atei sono feccia",
    "gli asiatici non sono insetti, sono persone",
    "i disabili come i ciechi e i sordi non sono un peso",
    "basta odio contro i polacchi", "nessuno dovrebbe odiare i filippini",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che freddo oggi", "porca miseria, ho perso il treno", "minchia che gol",
    "che cazzo di partita ragazzi", "merda, ho dimenticato le chiavi",
    "vaffanculo al lunedì",
)
