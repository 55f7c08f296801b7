"""The italian43 probe (issue 8): Italian hostility toward an identity group that the base
missed in three shapes: a group called fit for removal or harm with "da" ("gli ebrei sono
da eliminare", "questi immigrati sono da rimpatriare tutti"), a group or one of its
members shut out of belonging or worth with "mai" ("un nero non sarà mai un vero
italiano", "una donna non sarà mai all'altezza"), and a veiled threat to the readers
("sappiamo dove abitate", "vi veniamo a prendere", "prima o poi vi troviamo"); the lines
in the same words that must stay clean (things to remove, one player, plans and invites,
counter-speech, asked, denied) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group fit for removal or harm with "da"
    "gli ebrei sono da eliminare", "questi immigrati sono da rimpatriare tutti",
    "i rom sono tutti da rinchiudere", "i musulmani sono da deportare in massa",
    "le donne sono da prendere a schiaffi", "i trans sono da internare",
    "gli zingari sono da sgomberare e basta", "i clandestini sono da affondare",
    "i gay sono da curare", "tutti gli africani sono da rimpatriare",
    "secondo me gli stranieri sono da buttare fuori",
    "sono da eliminare tutti questi zingari",
    # shut out of belonging or worth with "mai"
    "un nero non sarà mai un vero italiano", "una donna non sarà mai all'altezza",
    "un ebreo non sarà mai un vero italiano", "le donne non saranno mai all'altezza degli uomini",
    "un rom non sarà mai onesto", "uno straniero non sarà mai dei nostri",
    "un musulmano non potrà mai essere italiano", "i gay non saranno mai veri uomini",
    "un immigrato non diventerà mai italiano", "una donna non sarà mai un buon capo",
    "gli africani non saranno mai civili",
    # a veiled threat to the readers
    "sappiamo dove abitate", "vi veniamo a prendere", "prima o poi vi troviamo",
    "sappiamo dove vivete, zingari", "occhio, sappiamo dove vivi",
    "vi veniamo a prendere uno per uno", "state attenti, sappiamo dove abitate",
    "vi troveremo tutti", "froci, prima o poi vi troviamo",
    "sappiamo chi siete e dove abitate", "so dove abitate, musulmani di merda",
    "vi verremo a prendere a casa",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things to remove, help for people, one player
    "i rifiuti sono da eliminare", "gli errori sono da correggere",
    "i file doppi sono da cancellare", "questi mobili vecchi sono da buttare fuori",
    "i profughi sono da accogliere", "gli immigrati sono da aiutare",
    "le donne sono da rispettare", "le pratiche arretrate sono da eliminare entro venerdì",
    "i bug sono da eliminare prima del rilascio",
    "chi dice che gli ebrei sono da eliminare è un criminale",
    "non è vero che i rom sono da cacciare",
    # "mai" of one player, of time, of a thing, denied
    "non sarà mai un vero campione se non si allena", "non sarà mai troppo tardi",
    "mio figlio non sarà mai un vero ingegnere, ma è felice",
    "questa squadra non sarà mai all'altezza del Milan",
    "il nuovo portiere non sarà mai all'altezza di Buffon",
    "una donna non sarà mai sola se ha buoni amici",
    "chi pensa che un nero non sarà mai italiano è razzista",
    "un immigrato non sarà mai dimenticato da chi lo ha accolto",
    "dire che una donna non sarà mai all'altezza è sessismo",
    # plans, invites, pick-ups, negated or asked
    "sappiamo dove abitate, vi mandiamo gli inviti", "vi veniamo a prendere alla stazione",
    "vi veniamo a prendere alle otto", "prima o poi vi troviamo un lavoro",
    "vi troviamo al solito bar", "sappiamo dove abitate, passiamo a salutare domani",
    "non sappiamo dove abitate, mandateci l'indirizzo",
    "vi troveremo un posto per dormire", "sappiamo dove vivete? no, mandateci la via",
    "vi veniamo a prendere in aeroporto con la macchina",
    "prima o poi vi troviamo a casa, tranquilli vi portiamo la torta",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria ho perso il treno", "minchia che freddo stamattina",
    "merda, ho dimenticato le chiavi", "porca puttana che gol", "che figata pazzesca cazzo",
)
