"""The italian42 probe (issue 8): from a sweep over the functional categories of an
Italian hate-speech test suite, the two largest shapes the base missed: a veiled threat of
retribution against an identity group ("prima o poi gli ebrei la pagheranno cara", "i gay
avranno quello che si meritano", "ve la faremo pagare, musulmani") and a group denied
rights or welcome ("gli immigrati non hanno diritto a nulla", "nessun ebreo è benvenuto
qui", "i rom qui non sono graditi"); the near-miss lines in the same words that must stay
clean (paying bills, rights granted, welcome given, counter-speech, asked, reported,
negated) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # retribution
    "prima o poi gli ebrei la pagheranno cara", "i musulmani la pagheranno",
    "gli immigrati pagheranno caro tutto questo", "la pagherete cara, sporchi stranieri",
    "i froci la pagheranno, ve lo giuro", "ve la faremo pagare, musulmani",
    "i rom avranno quello che si meritano", "i gay avranno ciò che si meritano",
    "quei negri la pagheranno cara", "le femministe la pagheranno tutte",
    "un giorno gli zingari pagheranno per tutto", "presto i trans avranno quello che meritano",
    "ebrei, la pagherete tutti", "questi africani prima o poi la pagano cara",
    "gli arabi ce la pagheranno", "ai musulmani la faremo pagare cara",
    "i clandestini avranno ciò che meritano, state tranquilli",
    # rights or welcome denied
    "gli immigrati non hanno diritto a nulla", "i musulmani non hanno diritto di stare qui",
    "i gay non hanno il diritto di adottare", "le donne non hanno diritto di parlare",
    "i rom non hanno alcun diritto", "i trans non hanno diritto di esistere",
    "gli ebrei non hanno nessun diritto in questo paese",
    "gli stranieri non hanno diritto di lamentarsi", "i neri non hanno diritto a niente",
    "nessun ebreo è benvenuto qui", "i rom qui non sono graditi",
    "le donne non sono gradite in questo club", "nessun musulmano è gradito nel nostro quartiere",
    "gli zingari non sono ben accetti qui", "nessun frocio è benvenuto in casa mia",
    "i disabili non hanno diritto di lavorare", "nessuno straniero è il benvenuto qui",
)

TUNE_CLEAN: tuple[str, ...] = (
    # paying, getting, in the same words
    "i musulmani pagheranno le tasse come tutti", "gli immigrati pagheranno l'affitto a fine mese",
    "i rom avranno una casa nuova", "i gay avranno gli stessi diritti di tutti",
    "chi tocca i musulmani la pagherà cara", "gli evasori la pagheranno cara",
    "la juve la pagherà cara in finale", "le donne avranno quello che hanno chiesto",
    "gli ebrei pagheranno il biglietto ridotto",
    # rights and welcome given
    "gli immigrati hanno diritto all'asilo", "i musulmani hanno diritto di pregare",
    "le donne hanno diritto di parlare", "i trans hanno diritto di esistere",
    "i rom sono i benvenuti qui", "ogni straniero è benvenuto qui",
    "gli ebrei sono graditi ospiti", "nessuno è escluso, i gay sono benvenuti",
    "i disabili hanno diritto al lavoro",
    # counter-speech, reported, negated, asked
    "dire che gli ebrei la pagheranno è puro odio",
    "non è vero che gli immigrati non hanno diritto a nulla",
    "chi dice che i rom non sono graditi è un razzista",
    "i razzisti dicono che i musulmani non hanno diritto di stare qui",
    "perché dicono che le donne non hanno diritto di parlare?",
    "nessuno dovrebbe dire che i gay la pagheranno",
    "è falso che nessun musulmano è benvenuto qui",
    "i neri non hanno meno diritti di noi",
    "il cartello diceva 'nessun ebreo è benvenuto', una vergogna della storia",
    "i trans non hanno ancora il diritto di cambiare nome in molti paesi, è ingiusto",
    # no group
    "i cani non sono graditi nel ristorante", "nessun animale è benvenuto in piscina",
    "i ritardatari non hanno diritto al rimborso",
    "i ladri la pagheranno cara",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca troia ho dimenticato le chiavi",
    "minchia che caldo oggi", "che palle sto lunedì",
    "merda, ho perso il treno di nuovo", "vaffanculo al traffico di roma",
)
