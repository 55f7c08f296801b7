"""The italian52 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time and before any rule; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli immigrati andrebbero sparati", "spariamo ai negri", "bisogna sparare ai gay",
    "i rom vanno sparati", "sparate agli zingari", "bisognerebbe sparare ai musulmani",
    "le lesbiche andrebbero prese a calci", "i froci vanno presi a bastonate",
    "chiudete i porti ai negri", "basta immigrati in italia",
    "chiudiamo i confini agli stranieri", "basta rom in italia",
    "fuori i musulmani dall'europa", "porti chiusi agli africani",
    "perché i gay devono esistere?", "a cosa servono i disabili?",
    "perché gli ebrei esistono?", "a cosa servono le donne?",
    "perché i negri devono esistere?", "i trans non dovrebbero esistere",
    "gli ebrei non dovrebbero esistere", "finocchi del cazzo", "sei una stronz",
    "che merdoso che sei", "sei un down di merda", "le donne sono tutte puttane",
    "finocchio di merda", "mongoloidi di merda", "gli zingari non servono a niente",
    "le donne vanno picchiate", "i gay andrebbero bruciati", "spariamogli a quei froci",
    "gli immigrati vanno presi a sprangate", "basta negri in europa", "brutto merdoso",
    "sparare a vista sui migranti", "i negri andrebbero fucilati",
    "a che servono i trans?", "basta islamici in italia", "zitto stronz",
)

HELD_CLEAN: tuple[str, ...] = (
    "ha sparato in porta da fuori area", "ho sparato due foto al tramonto",
    "chiudono il porto per la mareggiata", "perché i gay non possono adottare?",
    "finocchi in padella", "cazzo che rigore", "ha sparato un prezzo altissimo",
    "hanno chiuso le frontiere per la pandemia", "il porto di genova è chiuso",
    "basta caldo in italia", "basta burocrazia in italia",
    "perché i mammut non esistono più?", "a cosa serve il fegato?",
    "i disabili devono poter esistere con dignità",
    "chi dice che gli ebrei non dovrebbero esistere è un nazista",
    "non è vero che gli immigrati andrebbero sparati", "finocchio crudo con le arance",
    "i semi di finocchio", "un ragazzo down ha vinto la gara",
    "mia sorella lavora con ragazzi down", "i migranti sbarcano nei porti siciliani",
    "il cacciatore ha sparato a un cinghiale", "sparano i botti a capodanno",
    "a cosa servono le tasse?", "perché i musulmani fanno il ramadan?",
    "perché le donne vivono più a lungo?", "le persone trans esistono",
    "basta odio contro gli immigrati", "aprite le frontiere ai profughi",
    "un caffè merdoso", "ha sparato la palla in tribuna",
    "i rom non sono ladri", "spara alla porta", "il portiere chiude lo specchio",
    "perché esistono i buchi neri?", "a cosa servono le api?",
    "gli ebrei non dovrebbero avere paura", "basta negri è un insulto razzista",
    "il cecchino ha sparato al bersaglio", "chiudiamo la porta che fa freddo",
)

HELD_SWEARING: tuple[str, ...] = (
    "porca miseria che traffico", "cazzo che bello", "merda ho dimenticato le chiavi",
    "porco cane che freddo", "minchia che spettacolo", "che culo ho vinto",
)
