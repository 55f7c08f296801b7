"""The italian15 held-back batch (issue 8): written after italian15_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same functions (Italian hate speech about protected groups and their clean
contrasts), new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "l'islamico è un fanatico", "ogni clandestino è un criminale",
    "il clandestino spaccia", "l'islamico odia l'occidente",
    "islamici bastardi", "clandestini schifosi", "gli arabi puzzano",
    "i cinesi sono ratti", "lo straniero ruba il lavoro", "il rom ruba",
    "l'ebreo controlla le banche", "la donna non capisce niente",
    "il gay è un malato", "il disabile è un peso",
    "i negri? mandateli a casa", "gli zingari? fucilateli",
    "i musulmani, cacciateli via", "affogateli tutti questi clandestini",
    "impiccateli tutti i froci", "rispediamoli in africa, i neri",
    "mandate via gli islamici", "sparate ai clandestini",
    "annegateli tutti, i migranti", "bruciate i campi rom",
    "gli 1mmigrati sono parassiti", "i mus ul mani sono bestie",
    "fr0ci schifosi", "i negr1 puzzano", "le donn3 sono oche",
    "gli ebrrei sono vermi", "i zingari sono ladri di m3rda", "i d i s a b i l i sono inutili",
    "gli omosesuali sono malati", "le lesbich3 sono schifose",
    "i trans sono degli abomini", "le femmine servono solo in cucina",
    "i musulmani sono un virus", "gli immigrati sono una piaga",
    "vorrei vedere morti tutti gli islamici", "i clandestini devono sparire",
    "perché i clandestini delinquono sempre?", "secondo me l'islamico è violento per natura",
    "nessun arabo è affidabile", "non esiste un clandestino onesto",
    "ho visto degli zingari in piazza: fucilateli",
)

HELD_CLEAN: tuple[str, ...] = (
    "porca miseria che caldo", "cazzo che bel concerto", "porca puttana, ho vinto",
    "minchia che fame", "che cazzo di giornata fantastica",
    "il mio collega islamico è bravissimo", "gli islamici celebrano l'eid",
    "l'islamico e il cristiano hanno pregato insieme", "un clandestino è stato salvato in mare",
    "i clandestini sono stati soccorsi", "sto imparando l'arabo",
    "parla cinese fluentemente", "il cinese è la lingua più parlata",
    "ho comprato un libro in arabo", "l'immigrato ha aperto un ristorante",
    "la donna guida l'azienda", "il gay pride è sabato", "il disabile ha vinto l'oro",
    "il rom ha suonato il violino", "l'ebreo ha raccontato la sua storia",
    "gli immigrati sono una risorsa", "le donne sono forti",
    "i musulmani sono persone come noi", "i trans hanno diritto a vivere in pace",
    "dire che gli islamici sono terroristi è falso", "non è giusto dire che i clandestini rubano",
    "chi dice che i rom rubano è razzista", "basta insultare le donne",
    "odio chi odia i gay", "sono stufo di sentire che i neri sono inferiori",
    "noi froci ci vediamo al pride", "da lesbica dico che il film è bello",
    "i nemici? ammazzateli tutti", "bruciateli con il lanciafiamme, sono zombie",
    "le erbacce? bruciatele", "cacciateli dal nostro campo, quei goblin",
    "il ladro ruba la bici", "il vento porta via tutto",
    "ci sono 4 immigrati nella squadra", "l'arabo è bellissimo da ascoltare",
    "ho tanti amici cinesi", "c i a o  r a g a z z i",
)
