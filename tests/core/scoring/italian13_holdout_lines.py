"""The italian13 held-back batch (issue 8): written after italian13_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes (Italian personal insults and harassment in chat, and their clean
contrasts), new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "andrea fa schifo", "chiara fa veramente schifo", "tu fai schifo marco",
    "paolo è proprio un fallito", "sei una fallita", "sei solo un poveretto",
    "che sfigata che sei", "sei un cesso ambulante", "fai proprio cagare come persona",
    "mi fai pena", "vergognati pezzente", "ma chi ti credi di essere, coglione",
    "tu non vali niente", "non vali nulla", "stai zitta cretina", "zitto tu idiota",
    "tornatene al tuo paese", "nessuno ti vuole", "qui nessuno ti vuole",
    "ti rompo la faccia", "ti vengo a cercare", "spero che tu crepi", "crepa",
    "ammazzati pure", "vai a buttarti sotto un treno", "ti faccio male",
    "quella cretina di chiara", "quel deficiente di andrea", "quello stronzo di paolo",
    "sei un babbeo", "sei uno stupidotto", "che scemone che sei", "sei un pirla",
    "brutto bischero", "sei un tamarro", "che cafone che sei", "sei una zoccola",
    "cornuto di merda", "sei un mona", "str0nzo", "c0glione", "vaffanc*lo",
    "sei un idi0ta", "deficente",
)

HELD_CLEAN: tuple[str, ...] = (
    "porca troia che parata", "cazzo che partita ragazzi", "minchia che freddo",
    "che culo quel gol", "porco cane che fortuna", "cazzo finalmente",
    "sono proprio un idiota, ho perso il treno", "che pirla che sono stato",
    "mi sento un fallito oggi", "sono un disastro",
    "questo gioco fa schifo", "fortnite fa schifo", "il caffè qui fa schifo",
    "la grafica fa pena", "questa canzone fa cagare", "il meteo fa schifo oggi",
    "il nuovo patch fa proprio schifo", "quest'anno la serie a fa schifo",
    "lui mi ha scritto 'fai schifo' e l'ho bloccato",
    "non scrivete 'vergognati' nei commenti",
    "andrea fa il cuoco", "chiara fa sport ogni giorno", "paolo fa sempre tardi",
    "ti vengo a prendere dopo il lavoro", "sto morendo di fame", "muoio di sonno",
    "nessuno vuole la pizza?", "torno a casa tra poco", "zitti che parla il prof",
    "vergognarsi è normale a volte", "ho la faccia stanca", "sei un grande",
    "sei una bomba", "marco è un genio", "che bravo che sei", "grazie mille ragazzi",
    "la mia squadra fa schifo quest'anno", "che schifo di tempo",
    "muori dal ridere con questo video",
    "il mio pc fa cagare",
)
