"""The italian73 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as italian73_probe_lines.py and before any rule. Counted only as totals,
at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "noi non sopportiamo i musulmani", "noi non tolleriamo gli ebrei",
    "noi proprio non tolleriamo i rom", "non sopportiamo i cinesi",
    "non li sopportiamo sti rumeni", "non le tolleriamo le lesbiche",
    "siamo stufi dei neri", "siamo stufi marci degli albanesi",
    "non ne possiamo piu dei marocchini", "noi non ne possiamo più dei gay",
    "siamo stanchi degli immigrati", "siamo stanche dei musulmani",
    "qui non sopportiamo gli ebrei", "non tolleriamo piu gli zingari",
    "noi del nord non sopportiamo i meridionali", "sinceramente non tolleriamo gli arabi",
    "non li tolleriamo più questi stranieri", "siamo tutti stanchi dei rifugiati",
    "nel nostro clan non sopportiamo i trans", "ragazzi non ne possiamo più dei musulmani",
    "onestamente siamo stufi degli ebrei", "in paese non tolleriamo i rumeni",
    "noi proprio non sopportiamo gli africani", "siamo stanchi di sti zingari",
    "non ne possiamo più di questi rom", "noi i musulmani non li sopportiamo",
    "gli arabi non li sopportiamo", "i gay proprio non li tolleriamo",
    "io e i miei amici non sopportiamo gli ebrei", "siamo stufe degli immigrati",
    "a casa nostra non sopportiamo i neri", "non sopportiamo più i profughi",
    "noi non sopportiamo le donne musulmane", "siamo davvero stanchi degli albanesi",
    "noi qui non sopportiamo gli stranieri", "non tolleriamo i cinesi nel nostro quartiere",
    "siamo stufi di tutti questi musulmani", "non ne possiamo piu degli ebrei",
    "noi non tolleriamo più i marocchini", "mia moglie e io non sopportiamo i rom",
)

HELD_CLEAN: tuple[str, ...] = (
    "noi non sopportiamo il freddo", "non tolleriamo il lag",
    "siamo stufi di questa crisi", "non ne possiamo piu di questo caldo",
    "siamo stanchi dei ritardi dei treni", "noi non sopportiamo la domenica",
    "non li sopportiamo questi aggiornamenti", "siamo stufi marci del traffico",
    "noi non tolleriamo l'omofobia", "non sopportiamo chi insulta i musulmani",
    "siamo stufi di chi odia gli ebrei", "non ne possiamo più dell'odio contro i rom",
    "qui non tolleriamo insulti agli stranieri", "siamo stanchi di vedere i neri discriminati",
    "non è vero che non tolleriamo i musulmani",
    "dicono che siamo stufi degli immigrati, ma è falso", "noi non odiamo i gay",
    "noi adoriamo i nostri colleghi cinesi", "siamo orgogliosi dei nostri amici trans",
    "non pensiamo che gli africani siano inferiori",
    "non crediamo che i musulmani siano pericolosi", "non diciamo che i rom sono ladri",
    "non pensiamo proprio che gli ebrei siano avidi",
    "noi non crediamo che le donne siano stupide",
    "non diremo mai che i rifugiati sono criminali", "chi ti ha detto che sei un fallito?",
    "chi vi ha detto che siete degli idioti?",
    "sei un idiota, dice mio fratello, ma non è vero", "quel tipo è un genio",
    "sto admin è bravissimo", "odiamo la pioggia", "non sopportiamo il traffico",
    "siamo stufi di perdere", "non ne possiamo piu di sti bug",
    "non tolleriamo le bestemmie in chat", "non sopportiamo i cheater",
    "siamo stanchi dei camper", "non abbiamo mai pensato che i neri siano inferiori",
    "nessuno di noi crede che i musulmani siano terroristi",
    "noi non sopportiamo il razzismo contro i cinesi",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca puttana che gol", "cazzo finalmente il weekend", "minchia che freddo stamattina",
    "merda mi si è rotto il mouse", "che culo ragazzi abbiamo vinto", "porco cane che lag",
)
