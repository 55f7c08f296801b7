"""The italian26 probe (issue 8): Italian chat and social posts that call a person or a
group by a party or ideological label with a swearing tail ("comunista di merda",
"piddini del cazzo", "fascio demmerda"), and the southern "si" for "sei" before an insult
("si scemo?", "ma tu si proprio stupido"). Clean contrasts: the same tails on a thing or
a day, the labels said plainly, self-talk, reported speech, "si" as a reflexive or a
"yes" before praise, and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "comunista di merda", "sei un comunista di merda e lo sai", "leghista di merda",
    "fascio demmerda", "i piddini di merda rovinano tutto", "grillini di merda",
    "quei fascisti di merda hanno votato contro", "zecca di merda torna nel centro sociale",
    "sti leghisti del cazzo", "buonisti di merda aprite casa vostra",
    "piddino di merda vergognati", "renziani di merda", "politici di merda tutti a casa",
    "politico di merda", "pennivendolo di merda", "giornalisti del cazzo",
    "nazista di merda", "sovranisti di merda", "femminista di merda",
    "novax di merda", "ma stai zitto comunista di merda", "destrorso di merda",
    "sinistroidi di merda", "quel grillino di merda di mio cognato",
    "leghista de merda", "fasci de merda",
    "si scemo?", "ma si scemo?", "si proprio scemo", "tu si scemo",
    "ma tu si stupido?", "si cretino o cosa", "ma si deficiente?", "si un coglione",
    "si proprio n'idiota", "e si scemo pure tu",
)
TUNE_CLEAN: tuple[str, ...] = (
    "che partita di merda", "giornata di merda", "che tempo di merda oggi",
    "governo di merda", "che legge di merda", "un programma di merda",
    "sono un comunista convinto", "i leghisti hanno vinto in veneto",
    "mio nonno era comunista", "il partito comunista cinese", "i grillini al governo",
    "sono un comunista di merda lo ammetto", "mi sento un politico di merda",
    "mi ha dato del comunista di merda", "ha detto comunista di merda in diretta",
    "che campagna elettorale di merda", "questa riforma del cazzo",
    "si è scemi a vent'anni", "si crede furbo", "si, bravo", "si bravissimo",
    "si diventa scemi con sto caldo", "si, scemo io che ci ho creduto",
    "non si può essere così stupidi", "si sente stupido", "si vede che è scemo il gioco",
    "si fa lo scemo per non pagare il dazio", "ma si dai", "si si ho capito",
    "mi sento scemo", "sono proprio scemo",
)
TUNE_SWEARING: tuple[str, ...] = (
    "porca miseria che partita", "cazzo bravissimi", "che culo ragazzi",
    "minchia che gol", "porca puttana che tiro", "cazzo si vinciamo",
)
