"""The italian60 probe (issue 8): a named identity group reduced to a use ("le donne sono
buone solo per fare figli", "gli immigrati sono bravi solo a rubare", "le donne sono nate
per servire"), or a child wished dead rather than one of the group ("meglio un figlio
morto che un figlio gay"); and the clean lines in the same words that must stay clean
(people who are no group, gifts, negations, counter-speech, reports and questions).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # reduced to a use
    "le donne sono buone solo per fare figli",
    "le donne sono buone solo per cucinare e pulire",
    "i neri sono buoni solo per raccogliere pomodori",
    "gli immigrati sono bravi solo a rubare",
    "i rom sono bravi solo a chiedere l'elemosina",
    "gli zingari sono buoni solo per rubare",
    "le donne sono brave solo a lamentarsi",
    "i musulmani sono bravi solo a farsi esplodere",
    "i disabili sono buoni solo per prendere la pensione",
    "gli ebrei sono bravi solo a contare i soldi",
    "i gay sono buoni solo per fare le sfilate",
    "le donne sono utili solo per fare figli",
    "gli immigrati sono utili solo a raccogliere la frutta",
    "le donne sono buone solo a stare zitte",
    "i trans sono buoni solo per fare spettacolo",
    "le donne sono nate per servire",
    "le donne sono nate per obbedire",
    "i neri sono nati per fare gli schiavi",
    "le donne sono nate per stare zitte",
    "le donne sono nate solo per fare figli",
    "i neri sono nati per servire i bianchi",
    "gli immigrati sono nati per fare i servi",
    "una donna è nata per servire il marito",
    "le donne sono fatte per obbedire",
    "i rom sono buoni solo a fare casino",
    # a child wished dead rather than one of the group
    "meglio un figlio morto che un figlio gay",
    "meglio una figlia morta che una figlia lesbica",
    "meglio un figlio morto che un figlio trans",
    "preferirei un figlio morto che un figlio frocio",
    "meglio un figlio morto che un figlio musulmano",
    "meglio un figlio morto che un figlio islamico",
    "preferisco una figlia morta che una figlia lesbica",
    "meglio un figlio morto che gay",
    "meglio avere un figlio morto che un figlio gay",
    "meglio un figlio morto che omosessuale",
)

TUNE_CLEAN: tuple[str, ...] = (
    # people who are no group, gifts and praise
    "i miei colleghi sono buoni solo a lamentarsi",
    "questi pomodori sono buoni solo per il sugo",
    "le donne sono brave a fare tutto",
    "le donne sono buone e generose",
    "i cani sono buoni solo per la caccia",
    "i politici sono bravi solo a fare promesse",
    "le donne sono nate per essere libere",
    "le donne sono nate per vincere",
    "i neri sono nati liberi come tutti",
    "mio figlio è nato per fare il cuoco",
    "sono nata per correre",
    "gli immigrati sono bravi a cucinare",
    # negations, counter-speech, reports and questions
    "le donne non sono buone solo per fare figli",
    "non è vero che le donne sono buone solo per fare figli",
    "dire che le donne sono nate per servire è sessista",
    "chi dice che i neri sono buoni solo per raccogliere pomodori è razzista",
    "le donne sono buone solo per fare figli? no, assolutamente",
    "mio nonno diceva che le donne sono nate per servire, per fortuna è cambiato tutto",
    "basta con l'idea che le donne siano nate per obbedire",
    "le donne non sono nate per servire nessuno",
    "gli immigrati non sono bravi solo a rubare, sono persone come noi",
    # children and death, no group wished away
    "meglio un figlio gay che un figlio morto",
    "meglio un figlio felice che un figlio infelice",
    "ho perso un figlio, è morto giovane",
    "un figlio morto è il dolore più grande",
    "mio figlio è gay e lo amo",
    "dire meglio un figlio morto che un figlio gay è disumano",
    "chi dice meglio un figlio morto che un figlio gay non merita di essere padre",
    "mio padre diceva meglio un figlio morto che un figlio gay, e io l'ho perdonato",
    "meglio un figlio vivo e gay che morto",
    "preferirei un figlio gay a un figlio infelice",
    "il figlio morto della vicina era musulmano",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo se sono brava a cucinare",
    "porca miseria, sono nato per giocare a calcio",
    "minchia che buona questa pasta",
    "cazzo, meglio tardi che mai",
    "che culo, sono stato bravo solo a vincere oggi",
    "merda, sono morto di sonno",
)
