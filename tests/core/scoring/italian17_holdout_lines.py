"""The italian17 held-back batch (issue 8): written after italian17_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes, new wording. The first five clean lines are friendly swearing.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a group + a verb of contempt, harm or living off others + a general object
    "gli islamici disprezzano l'occidente", "i rom rovinano ogni quartiere",
    "gli immigrati distruggono la nostra identità", "i musulmani invadono l'europa",
    "gli ebrei sfruttano il mondo intero", "i clandestini sporcano le stazioni",
    "gli stranieri derubano gli italiani", "le femministe distruggono la famiglia",
    "i profughi approfittano della nostra bontà", "lo zingaro sporca tutto",
    "il musulmano disprezza le donne", "l'immigrato rovina le nostre città",
    "i gay corrompono i bambini", "i migranti divorano le nostre risorse",
    "gli ebrei avvelenano la società", "i nomadi infestano le periferie",
    "gli islamici rovinano tutto", "i cinesi invadono i nostri mercati",
    "gli albanesi rovinano l'italia", "i marocchini sporcano le nostre piazze",
    # stink
    "gli africani puzzano", "lo straniero puzza",
    # arabo / nero / femmina
    "gli arabi sono dei criminali", "l'arabo è un terrorista", "gli arabi puzzano",
    "i neri sono delle bestie", "il nero è un delinquente", "le femmine sono inferiori",
    "le femmine sono buone solo a cucinare", "gli arabi vanno cacciati",
    "nessun nero merita rispetto",
    # dehumanising nouns
    "gli immigrati sono feccia umana", "i musulmani sono un'infestazione",
    "i migranti sono spazzatura", "gli zingari sono parassiti della società",
    "gli ebrei sono una piaga per il mondo", "i nigeriani sono feccia",
    "gli arabi sono zecche", "i gay sono una sciagura", "i profughi sono rifiuti",
    "i rom sono topi di fogna",
    # questions and opinions
    "perché gli arabi vengono tutti qui a rubare?", "secondo me i neri sono meno intelligenti",
    "penso che le femmine siano stupide", "le donne sono una rovina",
)

HELD_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "porco cane che tiro", "cazzo ragazzi che vittoria", "che cazzo di gol, bravo",
    "minchia che fortuna", "porca puttana, ce l'abbiamo fatta",
    # neutral deeds
    "gli immigrati raccolgono i pomodori", "i musulmani digiunano durante il ramadan",
    "le donne dirigono l'azienda", "gli ebrei studiano la torah",
    "i rom suonano la fisarmonica", "gli stranieri imparano l'italiano",
    "i migranti costruiscono le nostre case", "i profughi rispettano le regole",
    "il musulmano cucina il cuscus",
    # arabo / nero / femmina
    "mia madre parla arabo e francese", "scrivi il numero in cifre arabe",
    "vesto il nero per la cena", "il cavallo nero ha vinto", "abbiamo adottato un cane femmina",
    "la tartaruga è femmina", "l'arabo è una lingua difficile",
    "il mercato arabo è pieno di spezie", "molti neri americani votano",
    "le femmine di pavone sono grigie", "un arabo mi ha aiutato con le valigie",
    # denials and counter-speech
    "non è vero che gli immigrati rovinano il paese", "gli arabi non sono terroristi",
    "dire che i musulmani sono feccia è disgustoso", "smettila di dire che i neri puzzano",
    "i rom non sono una piaga, sono persone",
    "è razzismo dire che gli stranieri sporcano le città",
    # things
    "la grandine rovina il raccolto", "le formiche invadono la cucina",
    "i cinghiali distruggono i campi", "i pidocchi sono parassiti",
    "la burocrazia distrugge le imprese", "le tasse rovinano le famiglie",
    "le zecche sono una piaga per i cani", "quella serie è spazzatura",
    "i tifosi invadono il campo", "le cimici infestano l'albergo",
    "questo governo sfrutta i lavoratori",
)
