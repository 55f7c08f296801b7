"""The italian39 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a group kept out or denied a right
    "le lesbiche non devono adottare bambini", "i froci non devono sposarsi",
    "le donne non devono votare", "i negri non devono entrare nel mio bar",
    "gli zingari non possono entrare nel negozio", "nessun ebreo deve insegnare ai nostri figli",
    "nessuno straniero dovrebbe avere la cittadinanza",
    "i musulmani non dovrebbero pregare in italia",
    "gli immigrati non dovrebbero avere la sanità gratis",
    "le donne non dovrebbero lavorare fuori casa",
    "i trans non devono usare i nostri bagni",
    "gli africani non devono avere il permesso di soggiorno",
    "togliamo il diritto di voto ai musulmani", "togliete la cittadinanza agli stranieri",
    "bisogna togliere i figli alle coppie gay", "vietiamo le moschee ai musulmani",
    "vietato l'ingresso agli zingari", "vietato l'ingresso ai negri",
    "chiudete le frontiere agli africani", "niente cittadinanza agli immigrati",
    "niente matrimonio per i gay", "rimpatriamoli tutti questi africani",
    "bisogna rimpatriare i rom", "dobbiamo rimandare a casa tutti i clandestini",
    # hate said in an idiom
    "mi stanno sul cazzo i rom", "gli immigrati mi stanno sul cazzo",
    "i musulmani mi stanno sulle palle", "mi stanno sulle scatole gli ebrei",
    "i neri mi stanno antipatici tutti", "non posso soffrire gli ebrei",
    "gli zingari non li posso soffrire", "non riesco proprio a sopportare i gay",
    "non posso vedere i negri", "i rom non li posso vedere neanche in foto",
    "le femministe e le donne in generale mi stanno sul cazzo", "i froci li detesto",
    "non sopporto per niente i musulmani", "odio davvero tanto gli ebrei",
    "mi stanno sulle palle tutti i musulmani", "odio con tutto il cuore i rom",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same frames of people who are no identity group, or of things
    "i neopatentati non devono guidare di notte",
    "gli studenti non devono usare il telefono in classe",
    "nessun ospite deve entrare in cucina", "vietato l'ingresso ai non addetti",
    "niente dolci ai bambini prima di cena", "togliamo il telefono ai ragazzi a cena",
    "chiudiamo le porte alle otto", "rimandiamo a casa i bambini, piove",
    "mi stanno sul cazzo le zanzare", "mi stanno sulle palle le riunioni del lunedì",
    "non posso soffrire il traffico", "non riesco a sopportare il mio capo oggi",
    "non posso vedere le serie tv doppiate", "i tifosi della juve mi stanno sulle scatole",
    "i tifosi della juve sono feccia", "odio profondamente il lunedì",
    # oneself, kind, denied, reported, asked
    "non devo entrare in quel negozio, spendo troppo", "sono lesbica e mi sono sposata",
    "le coppie gay devono poter adottare", "gli immigrati devono avere la cittadinanza",
    "non è giusto vietare il matrimonio ai gay",
    "chi dice che le donne non devono votare è un idiota",
    "il partito vuole chiudere le frontiere agli africani, che schifo",
    "ho letto che in quel paese le donne non possono guidare, assurdo",
    "le donne possono votare dal 1946?", "i musulmani possono entrare in chiesa?",
    "i miei vicini rom mi stanno simpaticissimi", "adoro i miei amici gay",
    "ho conosciuto dei rom, persone splendide", "non è vero che gli ebrei sono avidi",
    "bisogna dare la cittadinanza agli immigrati", "le donne hanno diritto di votare",
    "i gay hanno gli stessi diritti di tutti", "non sopporto chi odia i musulmani",
    "non posso soffrire il razzismo contro i neri", "mi stanno sul cazzo i razzisti",
    "vietato fumare", "togliamo le tasse ai giovani",
    "mio nonno diceva che le donne non devono votare, per fortuna le cose sono cambiate",
    "perché alcuni pensano che i gay non debbano adottare?",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che goal", "porca troia che freddo", "merda il treno è in ritardo di nuovo",
    "che cazzo di concerto, bellissimo", "minchia che sonno", "porca vacca ho vinto",
)
# fmt: on
