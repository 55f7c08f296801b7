"""Held-back lines of the italian42 round (issue 8), written with the probe and before any
rule: other wordings of a veiled threat of retribution against an Italian identity group
and of a group denied rights or welcome, clean lines in the same words, and friendly
swearing. Counted only at the start and at the end (floors in
test_scorer_italian42_probe.py).
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # retribution
    "i musulmani la pagheranno cara, molto cara", "gli ebrei prima o poi la pagano",
    "vedrete che i rom la pagheranno", "la pagherete tutti, immigrati di merda",
    "i gay la pagheranno per quello che fanno", "le donne come lei la pagheranno cara",
    "gliela faremo pagare a questi negri", "ve la faremo pagare cara, zingari",
    "i trans avranno quello che si meritano prima o poi",
    "gli stranieri avranno ciò che si meritano", "i froci pagheranno caro",
    "un giorno i musulmani la pagheranno tutti", "gli africani la pagheranno, ve lo dico io",
    "sporchi ebrei, la pagherete", "i clandestini la pagheranno cara",
    "le lesbiche avranno quello che meritano", "i rumeni pagheranno cara questa storia",
    "i disabili la pagheranno", "questi arabi prima o poi la pagheranno cara",
    "ai rom gliela faremo pagare tutta",
    # rights or welcome denied
    "gli immigrati non hanno diritto di restare", "i rom non hanno diritto a una casa",
    "le donne non hanno il diritto di votare", "i gay non hanno diritto di sposarsi",
    "i musulmani non hanno alcun diritto qui", "gli ebrei non hanno diritto di vivere",
    "i neri non hanno diritto di entrare", "i trans non hanno nessun diritto",
    "i clandestini non hanno diritto a nulla", "gli stranieri non hanno diritto alla sanità",
    "nessun musulmano è benvenuto in italia", "nessun rom è gradito in questo paese",
    "i gay qui non sono graditi", "le femministe non sono gradite da noi",
    "gli ebrei non sono ben accetti in questo locale", "nessun negro è benvenuto qui",
    "nessuna donna è gradita in officina", "i neri non sono graditi nel mio bar",
    "gli arabi non hanno diritto di pregare qui", "nessun immigrato è il benvenuto da noi",
)

HELD_CLEAN: tuple[str, ...] = (
    # paying, getting
    "i musulmani pagheranno meno tasse l'anno prossimo", "gli immigrati pagheranno i contributi",
    "i rom avranno un nuovo campo sportivo", "i gay avranno il matrimonio egualitario",
    "chi insulta gli ebrei la pagherà cara", "i corrotti la pagheranno cara",
    "l'inter la pagherà cara domenica", "le donne avranno ciò che hanno conquistato",
    "gli stranieri pagheranno la stessa tariffa", "i trans avranno finalmente i documenti",
    # rights and welcome given
    "gli immigrati hanno diritto alla sanità", "i musulmani hanno il diritto di pregare",
    "le donne hanno il diritto di votare", "i gay hanno diritto di sposarsi",
    "i rom hanno diritto a una casa", "gli ebrei sono benvenuti qui",
    "ogni musulmano è gradito in questo locale", "le donne sono gradite in officina",
    "i neri sono i benvenuti nel mio bar", "i disabili hanno diritto all'assistenza",
    "gli stranieri sono ben accetti", "nessun problema, i trans sono i benvenuti",
    # counter-speech, reported, negated, asked
    "dire che i musulmani la pagheranno è una minaccia vergognosa",
    "non è vero che i rom non hanno diritto a una casa",
    "chi dice che i gay non sono graditi è un bigotto",
    "i leghisti dicono che gli immigrati non hanno diritto di restare",
    "perché scrivono che le donne non hanno diritto di votare?",
    "nessuno può dire che gli ebrei la pagheranno",
    "è falso che nessun nero è benvenuto qui",
    "gli immigrati non hanno meno diritti degli italiani",
    "sulle porte c'era scritto 'nessun ebreo è gradito', orribile",
    "in alcuni paesi le donne non hanno ancora il diritto di guidare, assurdo",
    # no group
    "i fumatori non sono graditi in terrazza", "nessun cane è benvenuto nel parco",
    "gli abbonati non hanno diritto allo sconto", "i truffatori la pagheranno cara",
    "i bambini non hanno diritto al bonus", "nessun estraneo è gradito alla festa",
    "i mafiosi avranno quello che si meritano", "i ladri avranno ciò che meritano",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol ragazzi", "porca puttana che freddo",
    "minchia che fame", "che culo ho vinto",
    "merda, ho rotto il telefono", "vaffanculo sto computer lento",
)
